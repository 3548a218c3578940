//! The share button: the browser's share sheet where it has one, "Copy link" otherwise, for
//! the article's `url`, or the page's address when it has none.

use article_core::i18n::UiText;
use article_core::Article;
use js_sys::Reflect;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Clipboard, Element, ShareData};

/// The button, and beside it what it did. The viewer passes it its clicks (see
/// `Viewer::control_event`).
pub fn share_view(text: &UiText) -> impl IntoView {
    html::p().class("av-share").child((
        html::button().r#type("button").child(if can_share() {
            text.share
        } else {
            text.copy_link
        }),
        // Says that the link was copied, on the page and to screen readers.
        html::span().role("status"),
    ))
}

fn navigator() -> JsValue {
    web_sys::window().map_or(JsValue::UNDEFINED, |window| window.navigator().into())
}

/// Whether the browser has a share sheet (some do, on some systems).
fn can_share() -> bool {
    Reflect::get(&navigator(), &"share".into()).is_ok_and(|share| share.is_function())
}

/// Shares `article`, or copies its address, for the share `button` that was clicked.
pub fn share(button: &Element, article: &Article, text: &'static UiText) {
    let status = button
        .closest(".av-share")
        .ok()
        .flatten()
        .and_then(|share| share.query_selector("[role=status]").ok().flatten());
    let (Some(window), Some(status)) = (web_sys::window(), status) else {
        return;
    };
    let url = match &article.url {
        Some(url) => url.as_str().to_owned(),
        None => window.location().href().unwrap_or_default(),
    };
    let navigator = window.navigator();
    // Asked for now, while the click still lets the page open a share sheet.
    let shared = can_share().then(|| {
        let data = ShareData::new();
        data.set_title(&article.headline);
        data.set_url(&url);
        navigator.share_with_data(&data)
    });
    // Emptied first, so that copying again is announced again.
    status.set_text_content(None);
    spawn_local(async move {
        // The share sheet says what it did. One closed unused, or refused here (a frame without
        // the `web-share` permission), leaves the link copied instead.
        if let Some(shared) = shared {
            if JsFuture::from(shared).await.is_ok() {
                return;
            }
        }
        // Only a secure page has a clipboard. Where the link cannot be copied, it is shown, for
        // the reader to copy.
        let copied = match Reflect::get(&navigator, &"clipboard".into()) {
            Ok(clipboard) if clipboard.is_object() => {
                let clipboard: Clipboard = clipboard.unchecked_into();
                JsFuture::from(clipboard.write_text(&url)).await.is_ok()
            }
            _ => false,
        };
        status.set_text_content(Some(if copied { text.link_copied } else { &url }));
    });
}
