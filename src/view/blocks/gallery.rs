use crate::view::context::RenderContext;
use crate::view::figure::{figcaption, image_element, Loading};
use article_core::blocks::gallery::Gallery;
use leptos::html;
use leptos::prelude::*;

/// A set of figures under one caption. Each image keeps its own caption and credit.
pub fn gallery_view(gallery: &Gallery, cx: &RenderContext) -> impl IntoView {
    let items = gallery
        .images
        .iter()
        .map(|image| {
            html::li().child(html::figure().class("av-figure").child((
                image_element(image, Loading::Lazy, cx),
                figcaption(
                    image.caption.as_deref(),
                    image.credit.as_deref(),
                    cx.text.image_credit,
                    cx,
                ),
            )))
        })
        .collect::<Vec<_>>();
    html::figure()
        .class("av-figure av-gallery av-layout-wide")
        // A figure of figures, named "Gallery" (a `figure` may not take the role `group`).
        .attr("aria-label", cx.text.gallery)
        .child((
            html::ul().class("av-gallery-items").child(items),
            figcaption(gallery.caption.as_deref(), None, "", cx),
        ))
}
