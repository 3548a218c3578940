use crate::view::context::RenderContext;
use crate::view::markdown::inline_view;
use article_core::blocks::pullquote::Pullquote;
use article_core::markdown::plain_text;
use leptos::html;
use leptos::prelude::*;

/// A pull quote repeats words from the story. It is a labelled complementary region,
/// so a screen reader announces "Pull quote" before reading the words again; its words
/// follow in its name ("Pull quote: …"), which keeps the landmarks of several apart.
pub fn pullquote_view(pullquote: &Pullquote, cx: &RenderContext) -> impl IntoView {
    html::aside()
        .class("av-pullquote")
        .attr(
            "aria-label",
            format!("{}: {}", cx.text.pull_quote, plain_text(&pullquote.text)),
        )
        .child(
            html::figure().child((
                html::blockquote().child(html::p().child(inline_view(&pullquote.text, cx))),
                pullquote
                    .attribution
                    .clone()
                    .map(|attribution| html::figcaption().child(attribution)),
            )),
        )
}
