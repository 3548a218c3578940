use crate::view::context::RenderContext;
use crate::view::markdown::markdown_view;
use crate::view::piece::IntoPiece;
use article_core::blocks::quote::Quote;
use leptos::html;
use leptos::prelude::*;

/// A block quotation; its attribution links to the source when `cite` is given.
pub fn quote_view(quote: &Quote, index: usize, cx: &RenderContext) -> impl IntoView {
    let attribution = quote.attribution.clone().map(|attribution| {
        html::figcaption().child(cx.linked(quote.cite.as_ref(), None, attribution.into_piece()))
    });
    html::figure().class("av-quote").child((
        html::blockquote()
            .cite(quote.cite.as_ref().map(ToString::to_string))
            .child(markdown_view(&quote.text, cx, &format!("b{index}-"))),
        attribution,
    ))
}
