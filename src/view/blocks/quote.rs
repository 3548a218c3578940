use crate::view::context::RenderContext;
use crate::view::markdown::markdown_view;
use crate::view::piece::IntoPiece;
use article_core::blocks::quote::Quote;
use leptos::html;
use leptos::prelude::*;

/// A block quotation; its attribution links to the source when `cite` is given.
pub fn quote_view(quote: &Quote, index: usize, cx: &RenderContext) -> impl IntoView {
    let cite = quote.cite.as_ref().map(ToString::to_string);
    let attribution = quote.attribution.clone().map(|attribution| {
        let source = match &cite {
            Some(cite) => html::a().href(cite.clone()).child(attribution).into_piece(),
            None => attribution.into_piece(),
        };
        html::figcaption().child(source)
    });
    html::figure().class("av-quote").child((
        html::blockquote()
            .cite(cite)
            .child(markdown_view(&quote.text, cx, &format!("b{index}-"))),
        attribution,
    ))
}
