//! Third-party content. Nothing of the provider's loads until the reader asks for it (or the page
//! approved the provider for them): until then the block is a placeholder that names the provider
//! and offers to load it. An address no provider's frame can show is a link card.

use crate::view::context::RenderContext;
use crate::view::figure::figcaption;
use crate::view::piece::{IntoPiece, Piece};
use article_core::blocks::embed::{Embed, Frame};
use article_core::embed::Aspect;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

pub fn embed_view(embed: &Embed, cx: &RenderContext) -> impl IntoView {
    let content = match &embed.frame {
        Some(frame) => html::div()
            .class(format!("av-embed-frame {}", aspect_class(frame.aspect)))
            .child(if cx.consent.allows(frame.provider) {
                iframe(embed, frame, cx).into_piece()
            } else {
                placeholder(embed, frame, cx)
            })
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

/// The box keeps the frame's shape from the start, so nothing moves when it loads.
fn aspect_class(aspect: Aspect) -> &'static str {
    match aspect {
        Aspect::Wide => "av-aspect-16-9",
        Aspect::Standard => "av-aspect-4-3",
        Aspect::Square => "av-aspect-1-1",
        Aspect::Portrait => "av-aspect-9-16",
    }
}

/// The provider's frame. Its address is the one the core built; the sandbox and the features it
/// may use are its provider's least; it loads when near the screen, and tells the provider the
/// page's origin only (which some players need), never the page's address.
fn iframe(embed: &Embed, frame: &Frame, cx: &RenderContext) -> impl IntoView {
    let name = frame.provider.name;
    html::iframe()
        .src(frame.src.to_string())
        .title(
            embed
                .title
                .clone()
                .unwrap_or_else(|| (cx.text.embed_from)(name)),
        )
        .attr("loading", "lazy")
        .referrerpolicy("strict-origin-when-cross-origin")
        .sandbox(frame.provider.sandbox)
        .allow(frame.provider.allow)
}

/// What shows until the reader agrees: the provider, the title, what loading means, a button that
/// loads it, and a link to the content on the provider's own site.
fn placeholder(embed: &Embed, frame: &Frame, cx: &RenderContext) -> Piece {
    let name = frame.provider.name;
    let (consent, cx_frame) = (cx.consent.clone(), cx.clone());
    let (embed_clicked, frame_clicked) = (embed.clone(), frame.clone());
    let load = move |event: ev::MouseEvent| {
        let box_ = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|target| target.closest(".av-embed-frame").ok().flatten());
        let Some(box_) = box_ else { return };
        let provider = frame_clicked.provider;
        let first = consent.give(provider, &embed_clicked.url);
        let mut loaded = iframe(&embed_clicked, &frame_clicked, &cx_frame).build();
        box_.set_text_content(None);
        loaded.mount(&box_, None);
        if first {
            // The reader agreed to the provider: its other embeds in this article load too (each
            // as it nears the screen), and reading goes on in the frame they asked for.
            let waiting = box_.closest(".av-body").ok().flatten().and_then(|body| {
                let selector = format!(".av-embed-load[data-provider={}]", provider.key);
                body.query_selector_all(&selector).ok()
            });
            for index in 0..waiting.as_ref().map_or(0, |list| list.length()) {
                let button = waiting.as_ref().and_then(|list| list.item(index));
                if let Some(button) = button.and_then(|node| node.dyn_into::<HtmlElement>().ok()) {
                    button.click();
                }
            }
            if let Some(loaded) = loaded
                .elements()
                .first()
                .and_then(|e| e.dyn_ref::<HtmlElement>())
            {
                let _ = loaded.focus();
            }
        }
    };
    html::div()
        .class("av-embed-consent")
        .child((
            html::p().class("av-embed-provider").child(name),
            embed
                .title
                .clone()
                .map(|title| html::p().class("av-embed-title").child(title)),
            html::p()
                .class("av-embed-notice")
                .child((cx.text.embed_notice)(name)),
            html::p().class("av-embed-actions").child((
                html::button()
                    .r#type("button")
                    .class("av-embed-load")
                    .attr("data-provider", frame.provider.key)
                    .on(ev::click, load)
                    .child((cx.text.load_embed)(name)),
                html::a()
                    .class("av-embed-open")
                    .href(embed.url.to_string())
                    .child((cx.text.open_embed)(name)),
            )),
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
