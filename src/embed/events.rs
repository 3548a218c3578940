//! The viewer's news for the page: DOM events on the host element, which bubble and
//! cross the shadow boundary (`composed`).

use crate::viewer::Viewer;
use crate::watch::Reading;
use crate::{Hooks, Navigation};
use article_core::story_link::StoryLink;
use article_core::Diagnostic;
use js_sys::{Array, Object, Reflect};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const LOAD: &str = "article-viewer:load";
pub const ERROR: &str = "article-viewer:error";
pub const NAVIGATE: &str = "article-viewer:navigate";
pub const PROGRESS: &str = "article-viewer:progress";
pub const READ: &str = "article-viewer:read";
pub const LINK: &str = "article-viewer:link";
pub const CONSENT: &str = "article-viewer:consent";

/// Hooks that tell the page through events dispatched on `host`.
pub fn event_hooks(host: &HtmlElement) -> Hooks {
    let (on_load_host, on_error_host, on_navigate_host) =
        (host.clone(), host.clone(), host.clone());
    let (on_reading_host, on_consent_host) = (host.clone(), host.clone());
    Hooks {
        on_load: Some(Box::new(move |loaded| {
            let article = &loaded.article;
            let detail = object(&[
                ("headline", article.headline.as_str().into()),
                ("id", nullable(article.id.as_deref())),
                ("diagnostics", diagnostics_array(&loaded.diagnostics)),
            ]);
            dispatch(&on_load_host, LOAD, &detail, false);
        })),
        on_error: Some(Box::new(move |error| {
            let detail = object(&[
                ("message", error.reason().into()),
                ("place", nullable(error.place().as_deref())),
                ("url", nullable(error.url())),
            ]);
            dispatch(&on_error_host, ERROR, &detail, false);
        })),
        on_navigate: Some(Box::new(move |story| {
            if !dispatch(&on_navigate_host, NAVIGATE, &story_detail(story), true) {
                Navigation::Cancel
            } else if story.src.is_some() {
                Navigation::InPlace
            } else {
                Navigation::FollowLink
            }
        })),
        on_reading: Some(Box::new(move |reading| {
            let (name, detail) = match reading {
                Reading::Progress(percent) => (PROGRESS, object(&[("percent", percent.into())])),
                Reading::Read { seconds } => (READ, object(&[("seconds", seconds.into())])),
                Reading::Link { url, external } => (
                    LINK,
                    object(&[("url", url.into()), ("external", external.into())]),
                ),
            };
            dispatch(&on_reading_host, name, &detail, false);
        })),
        on_consent: Some(Box::new(move |provider, url| {
            let detail = object(&[
                ("provider", provider.key.into()),
                ("url", url.as_str().into()),
            ]);
            dispatch(&on_consent_host, CONSENT, &detail, false);
        })),
    }
}

fn story_detail(story: &StoryLink) -> JsValue {
    object(&[
        ("headline", story.headline.as_str().into()),
        ("url", nullable(story.url.as_ref().map(|url| url.as_str()))),
        ("src", nullable(story.src.as_ref().map(|src| src.as_str()))),
        ("kicker", nullable(story.kicker.as_deref())),
    ])
}

/// Dispatches a custom event; false when a listener cancelled it.
fn dispatch(host: &HtmlElement, name: &str, detail: &JsValue, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(detail);
    match CustomEvent::new_with_event_init_dict(name, &init) {
        Ok(event) => host.dispatch_event(&event).unwrap_or(true),
        Err(_) => true,
    }
}

/// The diagnostics of the article a viewer shows now (none without a viewer), as
/// `{severity, path, message}` objects.
pub fn diagnostics_of(viewer: Option<Rc<Viewer>>) -> JsValue {
    let diagnostics = viewer
        .map(|viewer| viewer.diagnostics())
        .unwrap_or_default();
    diagnostics_array(&diagnostics)
}

/// Diagnostics as an array of plain `{severity, path, message}` objects.
pub fn diagnostics_array(diagnostics: &[Diagnostic]) -> JsValue {
    diagnostics
        .iter()
        .map(|diagnostic| {
            object(&[
                ("severity", diagnostic.severity.as_str().into()),
                ("path", diagnostic.path.as_str().into()),
                ("message", diagnostic.message.as_str().into()),
            ])
        })
        .collect::<Array>()
        .into()
}

/// A text, or `null` (as in JSON) for none.
fn nullable(text: Option<&str>) -> JsValue {
    text.map_or(JsValue::NULL, JsValue::from_str)
}

/// A plain JS object of these fields.
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (name, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}
