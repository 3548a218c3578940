//! The viewer's news for the page: DOM events on the host element, which bubble and
//! cross the shadow boundary (`composed`).

use crate::viewer::Viewer;
use crate::{Hooks, Navigation};
use article_core::story_link::StoryLink;
use serde_json::json;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

pub const LOAD: &str = "article-viewer:load";
pub const ERROR: &str = "article-viewer:error";
pub const NAVIGATE: &str = "article-viewer:navigate";

/// Hooks that tell the page through events dispatched on `host`.
pub fn event_hooks(host: &HtmlElement) -> Hooks {
    let (on_load_host, on_error_host, on_navigate_host) =
        (host.clone(), host.clone(), host.clone());
    Hooks {
        on_load: Some(Box::new(move |loaded| {
            let detail = json!({
                "headline": loaded.article.headline,
                "id": loaded.article.id,
                "diagnostics": loaded.diagnostics,
            });
            dispatch(&on_load_host, LOAD, &detail, false);
        })),
        on_error: Some(Box::new(move |error| {
            let detail =
                json!({ "message": error.reason(), "place": error.place(), "url": error.url() });
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
    }
}

fn story_detail(story: &StoryLink) -> serde_json::Value {
    json!({
        "headline": story.headline,
        "url": story.url.as_ref().map(|url| url.as_str()),
        "src": story.src.as_ref().map(|src| src.as_str()),
        "kicker": story.kicker,
    })
}

/// Dispatches a custom event; false when a listener cancelled it.
fn dispatch(host: &HtmlElement, name: &str, detail: &serde_json::Value, cancelable: bool) -> bool {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_cancelable(cancelable);
    init.set_detail(&to_js(detail));
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
    to_js(&json!(diagnostics))
}

/// A JSON value as a plain JS object.
pub fn to_js(value: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
}
