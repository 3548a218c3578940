//! A link to another story, in the body or in the related list.

use super::context::RenderContext;
use super::dates::time_element;
use super::figure::decorative_image;
use super::markdown::inline_view;
use crate::view::dates::DateStyle;
use crate::view::piece::{IntoPiece, Piece};
use article_core::story_link::StoryLink;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CardPlace {
    /// Inside the body: the headline is not a heading, so the story's outline stays its own.
    Body,
    /// In the related stories list, under its heading.
    List,
}

pub fn story_card(link: &StoryLink, place: CardPlace, cx: &RenderContext) -> impl IntoView {
    let anchor = story_anchor(link, cx);
    let headline = match place {
        CardPlace::List => html::h3()
            .class("av-story-headline")
            .child(anchor)
            .into_piece(),
        CardPlace::Body => html::p()
            .class("av-story-headline")
            .child(anchor)
            .into_piece(),
    };
    html::div().class("av-story").child((
        // The thumbnail illustrates the headline beside it, so it is decorative.
        link.image
            .as_ref()
            .map(|image| decorative_image("av-story-image", image, None)),
        html::div().class("av-story-text").child((
            link.kicker
                .clone()
                .map(|kicker| html::p().class("av-story-kicker").child(kicker)),
            headline,
            link.standfirst.as_ref().map(|standfirst| {
                html::p()
                    .class("av-story-standfirst")
                    .child(inline_view(standfirst, cx))
            }),
            link.published.as_ref().map(|published| {
                html::p()
                    .class("av-story-date")
                    .child(time_element(published, DateStyle::Date, cx))
            }),
        )),
    ))
}

/// The link to the story's web page; the viewer may open the story in place instead.
/// A story whose address was refused is its headline as text.
fn story_anchor(link: &StoryLink, cx: &RenderContext) -> Piece {
    let Some(url) = &link.url else {
        return link.headline.clone().into_piece();
    };
    let on_story = cx.on_story.clone();
    let story = link.clone();
    html::a()
        .class("av-story-link")
        .href(cx.href(url))
        .on(ev::click, move |event| {
            if let Some(on_story) = &on_story {
                on_story(&story, &event);
            }
        })
        .child(link.headline.clone())
        .into_piece()
}
