use crate::view::context::RenderContext;
use crate::view::markdown::markdown_view;
use article_core::blocks::aside::Aside;
use leptos::html;
use leptos::prelude::*;

/// A box beside the story; its title names the region for assistive technology.
pub fn aside_view(aside: &Aside, index: usize, cx: &RenderContext) -> impl IntoView {
    let title_id = cx.id(&format!("b{index}-title"));
    html::aside()
        .class("av-aside")
        .attr(
            "aria-labelledby",
            aside.title.is_some().then(|| title_id.clone()),
        )
        .child((
            aside
                .title
                .clone()
                .map(|title| html::h2().class("av-aside-title").id(title_id).child(title)),
            markdown_view(&aside.text, cx, &format!("b{index}-")),
        ))
}
