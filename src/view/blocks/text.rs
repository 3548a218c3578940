use crate::view::context::RenderContext;
use crate::view::markdown::markdown_view;
use article_core::markdown::Markdown;
use leptos::html;
use leptos::prelude::*;

pub fn text_view(markdown: &Markdown, index: usize, cx: &RenderContext) -> impl IntoView {
    html::div()
        .class("av-text")
        .child(markdown_view(markdown, cx, &format!("b{index}-")))
}
