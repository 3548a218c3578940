//! The standalone app: the built-in sample, or the article at `?src=URL`.
//! Stories opened in place get their own address, so Back and Forward work, and the page's
//! head describes the article shown ([`head`], `web/app.js`).

use crate::fetch::EarlyFetch;
use crate::head;
use crate::reader::remembered;
use crate::{mount, ArticleSource, Hooks, Navigation, ViewerHandle, ViewerOptions};
use js_sys::Function;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, UrlSearchParams};

/// Opened when the address names no article.
const SAMPLE: &str = "samples/idlib.json";

/// Called by the app's loader (`web/app.js`) once the module is initialised, with the
/// article's fetch it started meanwhile (`{ url, response, controller }`), if any, and the
/// function that writes the page's head (`describeArticle`): given each article's
/// [`head::summary`], or null when none is shown.
#[wasm_bindgen(js_name = startApp)]
pub fn start_app(early_fetch: JsValue, describe: Function) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(target) = document
        .get_element_by_id("app")
        .and_then(|element| element.dyn_into::<HtmlElement>().ok())
    else {
        web_sys::console::error_1(
            &"article-viewer: the page has no element with id=\"app\"".into(),
        );
        return;
    };
    let show_diagnostics = query_param("diagnostics").is_some_and(|value| value != "0");
    // The `src` shown now. History entries that differ only in their fragment (a
    // footnote, a heading's anchor) show the same article, which then stays as it is.
    let shown = Rc::new(RefCell::new(current_src()));
    let shown_after_navigation = Rc::clone(&shown);
    let describe_none = describe.clone();
    let hooks = Hooks {
        on_load: Some(Box::new(move |loaded| {
            let _ = describe.call1(&JsValue::NULL, &head::summary(&loaded.article));
        })),
        on_error: Some(Box::new(move |_| {
            let _ = describe_none.call1(&JsValue::NULL, &JsValue::NULL);
        })),
        on_navigate: Some(Box::new(move |link| match &link.src {
            Some(src) => {
                push_address(src.as_str());
                shown_after_navigation.replace(current_src());
                Navigation::InPlace
            }
            None => Navigation::FollowLink,
        })),
        on_reading: None,
        on_consent: None,
    };
    let options = ViewerOptions {
        show_diagnostics,
        hooks,
        early_fetch: EarlyFetch::from_js(&early_fetch),
        controls: Some(remembered::load()),
        remember: Some(remembered::save),
        ..ViewerOptions::default()
    };
    let handle = mount(target, ArticleSource::Url(current_src()), options);
    reload_on_history_change(&window, handle, shown);
}

/// The article the address names.
fn current_src() -> String {
    query_param("src")
        .filter(|src| !src.trim().is_empty())
        .unwrap_or_else(|| SAMPLE.to_owned())
}

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get(name)
}

/// Records the story opened in place as a new history entry (`?src=...`).
fn push_address(src: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(search) = window.location().search() else {
        return;
    };
    let Ok(params) = UrlSearchParams::new_with_str(&search) else {
        return;
    };
    params.set("src", src);
    let address = format!("?{}", String::from(params.to_string()));
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Back and Forward change the address without loading a page: show its article,
/// unless it is the one shown already.
fn reload_on_history_change(
    window: &web_sys::Window,
    handle: ViewerHandle,
    shown: Rc<RefCell<String>>,
) {
    let on_popstate = Closure::<dyn Fn()>::new(move || {
        let src = current_src();
        if *shown.borrow() != src {
            handle.load(ArticleSource::Url(src.clone()));
            shown.replace(src);
        }
    });
    let _ =
        window.add_event_listener_with_callback("popstate", on_popstate.as_ref().unchecked_ref());
    // The app lives as long as the page.
    on_popstate.forget();
}
