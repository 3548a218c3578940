use super::context::RenderContext;
use super::dates::{time_element, DateStyle};
use super::figure::decorative_image;
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
                article
                    .source
                    .as_ref()
                    .map(|source| source_view(source, cx)),
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
                    // Filled in once the whole article is resolved.
                    html::span().class("av-reading-time").child(
                        cx.whole
                            .then(|| (cx.text.reading_time)(article.reading_minutes)),
                    ),
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
                // The name is beside the portrait, so the portrait is decorative.
                .map(|image| decorative_image("av-portrait", image, Some(48)))
                .collect::<Vec<_>>(),
            format!("{} ", cx.text.by),
            people,
        )),
    )
}

fn person_view(person: &Person, cx: &RenderContext) -> impl IntoView {
    let name = cx.linked(
        person.url.as_ref(),
        Some("author"),
        person.name.clone().into_piece(),
    );
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

fn source_view(source: &Source, cx: &RenderContext) -> impl IntoView {
    // The publisher's name follows, so the logo is decorative.
    let logo = source
        .logo
        .as_ref()
        .map(|logo| decorative_image("av-source-logo", logo, None));
    let name = (
        logo,
        html::span()
            .class("av-source-name")
            .child(source.name.clone()),
    );
    html::p()
        .class("av-source")
        .child(cx.linked(source.url.as_ref(), None, name.into_piece()))
}
