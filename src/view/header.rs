use super::context::RenderContext;
use super::dates::{time_element, DateStyle};
use super::figure::hide_when_broken;
use super::markdown::inline_view;
use super::share::share_view;
use crate::view::piece::IntoPiece;
use article_core::people::{Person, Source};
use article_core::Article;
use leptos::html;
use leptos::prelude::*;

pub fn header_view(article: &Article, cx: &RenderContext) -> impl IntoView {
    html::header()
        .class("av-header")
        .attr("part", "header")
        .child((
            article.kicker.clone().map(|kicker| {
                html::p()
                    .class("av-kicker")
                    .attr("part", "kicker")
                    .child(kicker)
            }),
            // Focusable from script only, so a story opened in place can move focus here.
            html::h1()
                .id(cx.headline_id())
                .class("av-headline")
                .attr("part", "headline")
                .tabindex(-1)
                .child(article.headline.clone()),
            article.standfirst.as_ref().map(|standfirst| {
                html::p()
                    .class("av-standfirst")
                    .attr("part", "standfirst")
                    .child(inline_view(standfirst, cx))
            }),
            html::div().class("av-meta").attr("part", "meta").child((
                byline_view(&article.byline, cx),
                article.source.as_ref().map(source_view),
                html::p().class("av-when").child((
                    article
                        .dateline
                        .clone()
                        .map(|dateline| html::span().class("av-dateline").child(dateline)),
                    article.published.as_ref().map(|published| {
                        html::span().class("av-published").child(time_element(
                            published,
                            DateStyle::DateTime,
                            cx,
                        ))
                    }),
                    article.updated.as_ref().map(|updated| {
                        html::span().class("av-updated").child((
                            format!("{} ", cx.text.updated),
                            time_element(updated, DateStyle::DateTime, cx),
                        ))
                    }),
                    html::span()
                        .class("av-reading-time")
                        .child((cx.text.reading_time)(article.reading_minutes)),
                )),
                share_view(cx.text),
            )),
        ))
}

/// "By Ana Lima, Syrian correspondent and Ben Okafor": each name linked when a
/// URL is given, followed by its role.
fn byline_view(byline: &[Person], cx: &RenderContext) -> Option<impl IntoView> {
    if byline.is_empty() {
        return None;
    }
    let separators = cx.text.name_separators(byline.len());
    let people = byline
        .iter()
        .enumerate()
        .map(|(position, person)| {
            let separator = position
                .checked_sub(1)
                .and_then(|before| separators.get(before).copied());
            (separator, person_view(person, cx))
        })
        .collect::<Vec<_>>();
    Some(
        html::p().class("av-byline").child((
            byline
                .iter()
                .filter_map(|person| person.image.as_ref())
                .map(|image| {
                    // The name is beside the portrait, so the portrait is decorative.
                    html::img()
                        .class("av-portrait")
                        .src(image.src.to_string())
                        .alt("")
                        .width("48")
                        .height("48")
                        .decoding("async")
                        .on(leptos::ev::error, hide_when_broken)
                })
                .collect::<Vec<_>>(),
            format!("{} ", cx.text.by),
            people,
        )),
    )
}

fn person_view(person: &Person, cx: &RenderContext) -> impl IntoView {
    let name = match &person.url {
        Some(url) => html::a()
            .rel("author")
            .href(url.to_string())
            .child(person.name.clone())
            .into_piece(),
        None => person.name.clone().into_piece(),
    };
    html::span().class("av-person").child((
        html::span().class("av-name").child(name),
        person.role.clone().map(|role| {
            (
                cx.text.list_separator,
                html::span().class("av-role").child(role),
            )
        }),
    ))
}

fn source_view(source: &Source) -> impl IntoView {
    let logo = source.logo.as_ref().map(|logo| {
        // The publisher's name follows, so the logo is decorative.
        html::img()
            .class("av-source-logo")
            .src(logo.src.to_string())
            .alt("")
            .width(logo.width.map(|width| width.to_string()))
            .height(logo.height.map(|height| height.to_string()))
            .decoding("async")
            .on(leptos::ev::error, hide_when_broken)
    });
    let name = (
        logo,
        html::span()
            .class("av-source-name")
            .child(source.name.clone()),
    );
    html::p().class("av-source").child(match &source.url {
        Some(url) => html::a().href(url.to_string()).child(name).into_piece(),
        None => name.into_piece(),
    })
}
