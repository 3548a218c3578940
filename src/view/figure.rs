//! Figures shared by the lead, image, gallery and video blocks.

use super::context::RenderContext;
use super::larger;
use super::markdown::inline_view;
use crate::view::piece::{IntoPiece, Piece};
use article_core::blocks::image::{Image, Layout};
use article_core::blocks::video::Video;
use article_core::markdown::Inline;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

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

/// A figure's image. If it fails to load, a visible, labelled stand-in takes its place;
/// the figure's caption and credit stay. An image that is neither a link nor decorative is
/// a button that opens it larger (`Viewer::control_event` sees its clicks).
pub fn image_element(image: &Image, loading: Loading, cx: &RenderContext) -> Piece {
    let srcset = image.srcset_attribute();
    let fallback = MediaFallback {
        unavailable: cx.text.image_unavailable,
        description: image.alt.clone(),
        decorative: image.alt.is_empty(),
    };
    let img = html::img()
        .src(image.src.to_string())
        .alt(image.alt.clone())
        .width(image.width.map(|width| width.to_string()))
        .height(image.height.map(|height| height.to_string()))
        .sizes(srcset.is_some().then(|| sizes(image.layout)))
        .srcset(srcset)
        .loading((loading == Loading::Lazy).then_some("lazy"))
        .fetchpriority((loading == Loading::Eager).then_some("high"))
        .decoding("async")
        .on(ev::error, move |event| fallback.replace(&event));
    match &image.link {
        // The link wins: an image that leads somewhere does not open larger.
        Some(link) => cx.linked(Some(link), None, img.into_piece()),
        // A decorative image (a rule, an ornament) is not worth a stop for the keyboard.
        None if image.alt.is_empty() => img.into_piece(),
        None => html::button()
            .r#type("button")
            .class("av-larger")
            .attr(
                "aria-label",
                format!("{}: {}", cx.text.view_larger, image.alt),
            )
            .attr(larger::LARGEST, larger::largest(image))
            .child(img)
            .into_piece(),
    }
}

/// Asks for the lead image before the article is built, with the attributes its element will
/// have: the element then finds its request under way instead of starting it once the whole
/// first screen is built. The lead image is most often the largest thing painted first.
pub fn request_lead_early(image: &Image, document: &Document) {
    let Ok(img) = document.create_element("img") else {
        return;
    };
    if let Some(srcset) = image.srcset_attribute() {
        let _ = img.set_attribute("sizes", sizes(image.layout));
        let _ = img.set_attribute("srcset", &srcset);
    }
    let _ = img.set_attribute("fetchpriority", "high");
    let _ = img.set_attribute("src", &image.src.to_string());
}

/// What stands for media that did not load: "Image unavailable: <its description>".
/// Read as an image with that name; for a decorative image, not read at all.
///
/// It replaces the failed element in the DOM directly: a reactive view that switched
/// between the two would cost the bundle about 17 KB of wasm for this one use.
struct MediaFallback {
    unavailable: &'static str,
    description: String,
    decorative: bool,
}

impl MediaFallback {
    /// Puts the stand-in where the media that raised `event` was: in place of the button
    /// around an image, too, as there is nothing to see larger.
    fn replace(&self, event: &web_sys::Event) {
        let Some(media) = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
        else {
            return;
        };
        let media = match media.closest(".av-larger") {
            Ok(Some(button)) => button,
            _ => media,
        };
        if let Some(fallback) = self.element(&media) {
            // Fails only when the media has already left the document: nothing to replace.
            let _ = media.replace_with_with_node_1(&fallback);
        }
    }

    fn element(&self, media: &Element) -> Option<Element> {
        // The label is made only for media that failed, not for every figure rendered.
        let label = if self.description.is_empty() {
            self.unavailable.to_owned()
        } else {
            format!("{}: {}", self.unavailable, self.description)
        };
        let document = media.owner_document()?;
        let fallback = document.create_element("div").ok()?;
        fallback.set_class_name("av-media-fallback");
        if self.decorative {
            fallback.set_attribute("aria-hidden", "true").ok()?;
        } else {
            fallback.set_attribute("role", "img").ok()?;
            fallback.set_attribute("aria-label", &label).ok()?;
        }
        // Seen, not read: the label above says it once.
        let visible = document.create_element("span").ok()?;
        visible.set_attribute("aria-hidden", "true").ok()?;
        visible.set_text_content(Some(&label));
        fallback.append_child(&visible).ok()?;
        Some(fallback)
    }
}

/// A decorative image beside the words it illustrates (a byline's portrait, the source's
/// logo, a story's thumbnail): empty `alt`, loaded lazily like every image but the lead, and
/// hidden if it does not load, rather than show the browser's broken-image sign. `size`, when
/// given, is the box the stylesheet draws it in; otherwise the image's own width and height.
pub fn decorative_image(class: &'static str, image: &Image, size: Option<u32>) -> impl IntoView {
    let (width, height) = match size {
        Some(size) => (Some(size.to_string()), Some(size.to_string())),
        None => (
            image.width.map(|width| width.to_string()),
            image.height.map(|height| height.to_string()),
        ),
    };
    html::img()
        .class(class)
        .src(image.src.to_string())
        .alt("")
        .width(width)
        .height(height)
        .loading("lazy")
        .decoding("async")
        .on(ev::error, hide_when_broken)
}

fn hide_when_broken(event: web_sys::ErrorEvent) {
    if let Some(image) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlElement>().ok())
    {
        image.set_hidden(true);
    }
}

/// An image in a `<figure>`, with its caption and credit.
pub fn image_figure(image: &Image, loading: Loading, cx: &RenderContext) -> impl IntoView {
    html::figure()
        .class(format!("av-figure av-image {}", layout_class(image.layout)))
        .child((
            image_element(image, loading, cx),
            figcaption(
                image.caption.as_deref(),
                image.credit.as_deref(),
                cx.text.image_credit,
                cx,
            ),
        ))
}

/// A video with its controls. If it fails to load, a visible stand-in takes its place;
/// the caption and credit stay.
pub fn video_figure(video: &Video, cx: &RenderContext) -> impl IntoView {
    let fallback = MediaFallback {
        unavailable: cx.text.video_unavailable,
        description: String::new(),
        decorative: false,
    };
    let player = html::video()
        .src(video.src.to_string())
        .poster(video.poster.as_ref().map(ToString::to_string))
        .width(video.width.map(|width| width.to_string()))
        .height(video.height.map(|height| height.to_string()))
        .controls(true)
        .preload("metadata")
        .playsinline(true)
        .on(ev::error, move |event| fallback.replace(&event))
        .child(cx.text.video_unsupported);
    html::figure()
        .class("av-figure av-video av-layout-wide")
        .child((
            player,
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
