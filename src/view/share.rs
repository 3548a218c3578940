//! The share button: the browser's share sheet where it has one, "Copy link" otherwise, for
//! the article's `url`, or the page's address when it has none.

use article_core::i18n::UiText;
use article_core::Article;
use js_sys::Reflect;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, Navigator, ShareData};

/// The button, and beside it what it did. The viewer passes it its clicks (see
/// `Viewer::control_event`).
pub fn share_view(text: &UiText) -> impl IntoView {
    let can_share = navigator().is_some_and(|navigator| has(&navigator, "share"));
    html::p().class("av-share").child((
        html::button().r#type("button").child(if can_share {
            text.share
        } else {
            text.copy_link
        }),
        // Says that the link was copied, on the page and to screen readers.
        html::span().role("status"),
    ))
}

fn navigator() -> Option<Navigator> {
    web_sys::window().map(|window| window.navigator())
}

/// Whether the browser offers this API (`share` only some do, `clipboard` only to secure pages).
fn has(navigator: &Navigator, name: &str) -> bool {
    Reflect::has(navigator, &name.into()).unwrap_or(false)
}

/// Shares `article`, or copies its address, for the share `button` that was clicked.
pub fn share(button: &Element, article: &Article, text: &'static UiText) {
    let (Some(navigator), Some(status)) = (navigator(), button.next_element_sibling()) else {
        return;
    };
    let url = match &article.url {
        Some(url) => url.to_string(),
        None => button
            .owner_document()
            .and_then(|document| document.url().ok())
            .unwrap_or_default(),
    };
    let title = article.headline.clone();
    // Emptied first, so that copying again is announced again.
    status.set_text_content(None);
    spawn_local(async move {
        if has(&navigator, "share") {
            let data = ShareData::new();
            data.set_title(&title);
            data.set_url(&url);
            // A share sheet closed unused, or refused here (a frame without the `web-share`
            // permission): the link is copied instead.
            if JsFuture::from(navigator.share_with_data(&data))
                .await
                .is_ok()
            {
                return;
            }
        }
        let copied = has(&navigator, "clipboard")
            && JsFuture::from(navigator.clipboard().write_text(&url))
                .await
                .is_ok();
        // Where the link cannot be copied, it is shown, for the reader to copy.
        status.set_text_content(Some(if copied { text.link_copied } else { &url }));
    });
}
