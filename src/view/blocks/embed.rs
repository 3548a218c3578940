//! Third-party content. Nothing of the provider's loads until the reader asks for it (or the page
//! approved the provider for them): until then the block is a placeholder that names the provider
//! and offers to load it. An address no provider's frame can show is a link card.

use crate::view::context::RenderContext;
use crate::view::figure::figcaption;
use crate::view::piece::{IntoPiece, Piece};
use article_core::blocks::embed::Embed;
use article_core::embed::{Aspect, Provider};
use article_core::i18n::with_name;
use article_core::url_policy::SafeUrl;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn embed_view(embed: &Embed, cx: &RenderContext) -> impl IntoView {
    let content = match &embed.frame {
        // Always a placeholder first: the viewer loads those of providers already approved at
        // once, once the article is in the document (`load_waiting`).
        Some(frame) => html::div()
            .class(box_class(frame.aspect))
            .child(placeholder(embed, frame, cx))
            .into_piece(),
        None => link_card(embed),
    };
    html::figure()
        .class(if embed.frame.is_some() {
            "av-figure av-embed"
        } else {
            "av-figure av-embed av-embed-link"
        })
        .child((
            content,
            figcaption(
                embed.caption.as_deref(),
                embed.credit.as_deref(),
                cx.text.embed_credit,
                cx,
            ),
        ))
}

/// Loads the embeds of `provider` under `root` that wait for consent, as their buttons would.
pub fn load_waiting(root: &Element, provider: &Provider) {
    let selector = [".av-embed-load[data-provider=", provider.key, "]"].concat();
    let Ok(waiting) = root.query_selector_all(&selector) else {
        return;
    };
    for index in 0..waiting.length() {
        let button = waiting.item(index);
        if let Some(button) = button.and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
            button.click();
        }
    }
}

/// The box keeps the frame's shape from the start, so nothing moves when it loads.
fn box_class(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Wide => "av-embed-frame av-aspect-16-9",
        Aspect::Standard => "av-embed-frame av-aspect-4-3",
        Aspect::Square => "av-embed-frame av-aspect-1-1",
        Aspect::Portrait => "av-embed-frame av-aspect-9-16",
    }
}

/// The provider's frame: the address the core built, and a name for it.
#[derive(Clone)]
struct Frame {
    src: String,
    title: String,
    provider: &'static Provider,
}

impl Frame {
    /// The sandbox and the features it may use are its provider's least; it loads when near the
    /// screen, and tells the provider the page's origin only (which some players need), never the
    /// page's address.
    fn element(self) -> impl IntoView {
        html::iframe()
            .src(self.src)
            .title(self.title)
            .attr("loading", "lazy")
            .referrerpolicy("strict-origin-when-cross-origin")
            .sandbox(self.provider.sandbox)
            .allow(self.provider.allow)
    }
}

/// What shows until the reader agrees: the provider, the title, a button that loads it, and a link
/// to the content on the provider's own site.
fn placeholder(
    embed: &Embed,
    frame: &article_core::blocks::embed::Frame,
    cx: &RenderContext,
) -> Piece {
    let provider = frame.provider;
    let loaded = Frame {
        src: frame.src.to_string(),
        title: (embed.title.clone())
            .unwrap_or_else(|| with_name(cx.text.embed_from, provider.name)),
        provider,
    };
    let consent = cx.consent.clone();
    let page: SafeUrl = embed.url.clone();
    let load = move |event: ev::MouseEvent| {
        let box_ = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| target.closest(".av-embed-frame").ok().flatten());
        let Some(box_) = box_ else { return };
        let mut frame = loaded.clone().element().build();
        box_.set_text_content(None);
        frame.mount(&box_, None);
        if consent.give(provider, &page) {
            // The reader agreed to the provider: its other embeds in this article load too (each
            // as it nears the screen), and reading goes on in the frame they asked for.
            if let Some(body) = box_.closest(".av-body").ok().flatten() {
                load_waiting(&body, provider);
            }
            let frame = frame.elements().into_iter().next();
            if let Some(frame) = frame.and_then(|frame| frame.dyn_into::<HtmlElement>().ok()) {
                let _ = frame.focus();
            }
        }
    };
    html::div()
        .class("av-embed-consent")
        .child((
            html::p().class("av-embed-provider").child(provider.name),
            embed
                .title
                .clone()
                .map(|title| html::p().class("av-embed-title").child(title)),
            html::button()
                .r#type("button")
                .class("av-embed-load")
                .attr("data-provider", provider.key)
                .on(ev::click, load)
                .child(with_name(cx.text.load_embed, provider.name)),
            html::a()
                .class("av-embed-open")
                .href(embed.url.to_string())
                .child(with_name(cx.text.open_embed, provider.name)),
        ))
        .into_piece()
}

/// An address the viewer cannot frame: a link to it, named by its title and its site.
fn link_card(embed: &Embed) -> Piece {
    html::a()
        .class("av-embed-card")
        .href(embed.url.to_string())
        .child((
            embed
                .title
                .clone()
                .map(|title| html::span().class("av-embed-title").child(title)),
            html::span()
                .class("av-embed-host")
                .child(embed.host.clone()),
        ))
        .into_piece()
}
