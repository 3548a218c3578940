use crate::view::context::RenderContext;
use crate::view::piece::{IntoPiece, Piece};
use article_core::blocks::heading::Heading;
use leptos::html;
use leptos::prelude::*;

pub fn heading_view(heading: &Heading, index: usize, cx: &RenderContext) -> Piece {
    let (text, id) = (heading.text.clone(), heading_anchor(heading, index, cx));
    match heading.level {
        3 => html::h3()
            .class("av-heading")
            .id(id)
            .child(text)
            .into_piece(),
        4 => html::h4()
            .class("av-heading")
            .id(id)
            .child(text)
            .into_piece(),
        _ => html::h2()
            .class("av-heading")
            .id(id)
            .child(text)
            .into_piece(),
    }
}

/// The heading's `id`: the article's anchor, scoped to this viewer ([`RenderContext::anchor`]),
/// or else one of the viewer's own (for the contents to link to), from the block's place in
/// the body.
pub fn heading_anchor(heading: &Heading, index: usize, cx: &RenderContext) -> String {
    match &heading.id {
        Some(id) => cx.anchor(id),
        None => cx.id(&format!("section-{}", index + 1)),
    }
}
