//! Figures shared by the lead, image, gallery and video blocks.

use super::context::RenderContext;
use super::markdown::inline_view;
use article_core::blocks::image::{Image, Layout};
use article_core::blocks::video::Video;
use article_core::markdown::Inline;
use leptos::html;
use leptos::prelude::*;

/// How an image is loaded: the lead is needed at once, the rest only when near.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    Eager,
    Lazy,
}

pub fn layout_class(layout: Layout) -> &'static str {
    match layout {
        Layout::Inline => "av-layout-inline",
        Layout::Wide => "av-layout-wide",
        Layout::Full => "av-layout-full",
    }
}

/// The widths the stylesheet gives each layout, so the browser picks the right
/// `srcset` candidate before the stylesheet applies.
fn sizes(layout: Layout) -> &'static str {
    match layout {
        Layout::Inline => "(min-width: 46rem) 42rem, 100vw",
        Layout::Wide => "(min-width: 66rem) 62rem, 100vw",
        Layout::Full => "100vw",
    }
}

pub fn image_element(image: &Image, loading: Loading) -> AnyView {
    let srcset = image.srcset_attribute();
    let img = html::img()
        .src(image.src.to_string())
        .alt(image.alt.clone())
        .width(image.width.map(|width| width.to_string()))
        .height(image.height.map(|height| height.to_string()))
        .sizes(srcset.is_some().then(|| sizes(image.layout)))
        .srcset(srcset)
        .loading((loading == Loading::Lazy).then_some("lazy"))
        .fetchpriority((loading == Loading::Eager).then_some("high"))
        .decoding("async");
    match &image.link {
        Some(link) => html::a().href(link.to_string()).child(img).into_any(),
        None => img.into_any(),
    }
}

/// An image in a `<figure>`, with its caption and credit.
pub fn image_figure(image: &Image, loading: Loading, cx: &RenderContext) -> impl IntoView {
    html::figure()
        .class(format!("av-figure av-image {}", layout_class(image.layout)))
        .child((
            image_element(image, loading),
            figcaption(
                image.caption.as_deref(),
                image.credit.as_deref(),
                cx.text.image_credit,
                cx,
            ),
        ))
}

pub fn video_figure(video: &Video, cx: &RenderContext) -> impl IntoView {
    html::figure()
        .class("av-figure av-video av-layout-wide")
        .child((
            html::video()
                .src(video.src.to_string())
                .poster(video.poster.as_ref().map(ToString::to_string))
                .width(video.width.map(|width| width.to_string()))
                .height(video.height.map(|height| height.to_string()))
                .controls(true)
                .preload("metadata")
                .playsinline(true)
                .child(cx.text.video_unsupported),
            figcaption(
                video.caption.as_deref(),
                video.credit.as_deref(),
                cx.text.video_credit,
                cx,
            ),
        ))
}

/// A caption and a credit ("Image: Agency"); nothing when there is neither.
pub fn figcaption(
    caption: Option<&[Inline]>,
    credit: Option<&str>,
    credit_prefix: &str,
    cx: &RenderContext,
) -> Option<impl IntoView> {
    if caption.is_none() && credit.is_none() {
        return None;
    }
    Some(html::figcaption().child((
        caption.map(|caption| {
            html::span()
                .class("av-caption")
                .child(inline_view(caption, cx))
        }),
        // A space, so that caption and credit read as two phrases when copied or spoken.
        (caption.is_some() && credit.is_some()).then_some(" "),
        credit.map(|credit| {
            html::span()
                .class("av-credit")
                .child(format!("{credit_prefix} {credit}"))
        }),
    )))
}
