use crate::view::piece::{IntoPiece, Piece};
use article_core::blocks::heading::Heading;
use leptos::html;
use leptos::prelude::*;

pub fn heading_view(heading: &Heading) -> Piece {
    let (text, id) = (heading.text.clone(), heading.id.clone());
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
