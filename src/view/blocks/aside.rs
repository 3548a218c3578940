use crate::view::context::RenderContext;
use crate::view::markdown::markdown_view;
use article_core::blocks::aside::Aside;
use article_core::i18n::with_name;
use leptos::html;
use leptos::prelude::*;

/// A box beside the story, a labelled region: its title names it for assistive technology.
/// One without a title is named by the viewer, "Box 2" (the second without a title) and the
/// headline, so that its name differs from every other region's on the page.
pub fn aside_view(aside: &Aside, index: usize, number: usize, cx: &RenderContext) -> impl IntoView {
    let label_id = cx.id(&format!("b{index}-title"));
    let (labelled_by, own_label) = match &aside.title {
        Some(_) => (label_id.clone(), None),
        None => (
            cx.labelled_with_headline(&label_id),
            Some(with_name(cx.text.untitled_aside, &number.to_string())),
        ),
    };
    html::aside()
        .class("av-aside")
        .id(own_label.is_some().then(|| label_id.clone()))
        .attr("aria-label", own_label)
        .attr("aria-labelledby", labelled_by)
        .child((
            aside
                .title
                .clone()
                .map(|title| html::h2().class("av-aside-title").id(label_id).child(title)),
            markdown_view(&aside.text, cx, &format!("b{index}-")),
        ))
}
