//! The JS API: `mount(target, article, options)` and `validate(article, options)`.

use super::events::{diagnostics_array, diagnostics_of, event_hooks};
use super::shadow::ShadowMount;
use crate::error::ViewerError;
use crate::fetch::fetch_and_load;
use crate::reader::ReaderChoices;
use crate::viewer::{Theme, Viewer, ViewerOptions, DEFAULT_FETCH_TIMEOUT_MS};
use crate::{browser, ArticleSource};
use article_core::embed::ProviderSet;
use article_core::url_policy::{UrlPolicy, UrlUse};
use article_core::{Diagnostic, Limits, LoadError, Severity};
use rustc_hash::FxHashMap as HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

thread_local! {
    /// The viewers `mount` made, until `destroy`. They live here, not in the handle: a
    /// page that drops the handle (and the garbage collector that then frees it) must not
    /// make its article disappear.
    static MOUNTED: RefCell<HashMap<u64, (Rc<Viewer>, ShadowMount)>> = RefCell::new(HashMap::default());
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

/// A handle on a viewer made by `mount`, in its own element (`element`) at the end of
/// the target.
#[wasm_bindgen]
pub struct MountedViewer {
    id: u64,
    host: HtmlElement,
}

/// Renders `article` (an object, JSON text, or the URL of article JSON) at the end of
/// `target`. Options: `theme` ("light", "dark", "auto"), `diagnostics` (show them on the
/// page), `baseUrl` (what relative URLs resolve against; the page by default), `limits`,
/// `fetchTimeout` (milliseconds), `slots` (the page's elements to place in the article,
/// by slot name), `controls` (offer the reader controls) and `consent` (the embed providers
/// the reader agreed to). Events are dispatched on the viewer's element and bubble to `target`.
#[wasm_bindgen]
pub fn mount(
    target: JsValue,
    article: JsValue,
    options: JsValue,
) -> Result<MountedViewer, JsError> {
    let target: HtmlElement = target
        .dyn_into()
        .map_err(|_| JsError::new("mount: the target must be an element"))?;
    let document = target
        .owner_document()
        .ok_or_else(|| JsError::new("mount: the target is in no document"))?;
    let host: HtmlElement = document
        .create_element("div")
        .map_err(|_| JsError::new("mount: cannot create an element"))?
        .unchecked_into();
    host.set_class_name("article-viewer");
    target
        .append_child(&host)
        .map_err(|_| JsError::new("mount: cannot add to the target"))?;
    place_slotted(&host, &option(&options, "slots"));
    let shadow = ShadowMount::new(&host).map_err(|_| {
        // Nothing of a viewer that could not be mounted stays in the page.
        host.remove();
        JsError::new("mount: no shadow root")
    })?;
    let viewer_options = ViewerOptions {
        base_url: option(&options, "baseUrl").as_string(),
        show_diagnostics: option(&options, "diagnostics").is_truthy(),
        theme: Theme::from_name(option(&options, "theme").as_string().as_deref()),
        limits: limits_of(&options),
        fetch_timeout_ms: fetch_timeout_of(&options),
        consent: consent_of(&options),
        hooks: event_hooks(&host),
        early_fetch: None,
        controls: option(&options, "controls")
            .is_truthy()
            .then(ReaderChoices::default),
        remember: None,
    };
    let viewer = Viewer::new(shadow.container.clone(), viewer_options);
    let id = NEXT_ID.with(|next| next.replace(next.get() + 1));
    MOUNTED.with(|mounted| {
        mounted
            .borrow_mut()
            .insert(id, (Rc::clone(&viewer), shadow))
    });
    load_into(&viewer, &article);
    Ok(MountedViewer { id, host })
}

#[wasm_bindgen]
impl MountedViewer {
    /// Shows another article in the same place.
    pub fn update(&self, article: JsValue) {
        if let Some(viewer) = self.viewer() {
            load_into(&viewer, &article);
        }
    }

    /// Removes the viewer and its element, and frees what it held.
    pub fn destroy(&self) {
        let mounted = MOUNTED.with(|mounted| mounted.borrow_mut().remove(&self.id));
        if let Some((viewer, _shadow)) = mounted {
            viewer.unmount();
            self.host.remove();
        }
    }

    /// The diagnostics of the article shown now.
    #[wasm_bindgen(getter)]
    pub fn diagnostics(&self) -> JsValue {
        diagnostics_of(self.viewer())
    }

    /// The element the viewer renders in (its events are dispatched here).
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> HtmlElement {
        self.host.clone()
    }
}

impl MountedViewer {
    fn viewer(&self) -> Option<Rc<Viewer>> {
        MOUNTED.with(|mounted| {
            mounted
                .borrow()
                .get(&self.id)
                .map(|(viewer, _)| Rc::clone(viewer))
        })
    }
}

/// The `slots` option, `{ "after-block-3": element, … }`: each element goes into the viewer's
/// element under that `slot` name, for the viewer's slot of that name to show it.
fn place_slotted(host: &HtmlElement, slots: &JsValue) {
    let Some(slots) = slots.dyn_ref::<js_sys::Object>() else {
        return;
    };
    for entry in js_sys::Object::entries(slots).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let (Some(name), Ok(element)) =
            (entry.get(0).as_string(), entry.get(1).dyn_into::<Element>())
        else {
            continue;
        };
        if element.set_attribute("slot", &name).is_ok() {
            let _ = host.append_child(&element);
        }
    }
}

/// The `fetchTimeout` option in milliseconds, or the default.
fn fetch_timeout_of(options: &JsValue) -> u32 {
    // `as` saturates, and turns NaN into 0: a nonsense timeout gives up at once.
    option(options, "fetchTimeout")
        .as_f64()
        .map_or(DEFAULT_FETCH_TIMEOUT_MS, |milliseconds| milliseconds as u32)
}

/// The `consent` option: provider keys, as an array (`['youtube', 'vimeo']`) or in one string
/// (`'youtube vimeo'`). Both read as JS's `[consent].join()` writes them.
fn consent_of(options: &JsValue) -> ProviderSet {
    let names = js_sys::Array::of1(&option(options, "consent")).join(" ");
    ProviderSet::parse(&String::from(names))
}

/// The diagnostics of `article` (as `mount` takes it), without rendering it. Options:
/// `baseUrl`, `limits` and `fetchTimeout`, as for `mount`.
#[wasm_bindgen]
pub async fn validate(article: JsValue, options: JsValue) -> JsValue {
    let base_url = option(&options, "baseUrl")
        .as_string()
        .unwrap_or_else(browser::page_url);
    let limits = limits_of(&options);
    let source = match source_of(&article) {
        Ok(source) => source,
        Err(error) => return diagnostics_array(&[error.to_diagnostic()]),
    };
    let diagnostics = match source {
        ArticleSource::Json(json) => article_core::validate(&json, Some(&base_url), &limits),
        ArticleSource::Url(raw) => {
            match UrlPolicy::new(Some(&base_url)).check(&raw, UrlUse::Document) {
                Err(refusal) => vec![document_error(format!(
                    "the article's address was refused: {refusal}"
                ))],
                Ok(url) => {
                    let timeout = fetch_timeout_of(&options);
                    match fetch_and_load(url.as_str(), &limits, timeout, None).await {
                        Ok((mut loaded, rest)) => {
                            if let Some(rest) = rest {
                                rest.finish(&mut loaded);
                            }
                            loaded.diagnostics
                        }
                        Err(ViewerError::Document { error, .. }) => vec![error.to_diagnostic()],
                        Err(error) => vec![document_error(error.to_string())],
                    }
                }
            }
        }
    };
    diagnostics_array(&diagnostics)
}

fn document_error(message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: String::new(),
        message,
    }
}

/// Shows `article` (as `mount` takes it) in `viewer`, or why it cannot.
fn load_into(viewer: &Rc<Viewer>, article: &JsValue) {
    match source_of(article) {
        Ok(source) => viewer.load(source),
        Err(error) => viewer.fail(ViewerError::Document { url: None, error }),
    }
}

/// An article as the JS API takes it: text that opens with `{` (or `[`) is JSON,
/// other text and `URL` objects are addresses, and any other value is the document. An
/// object that `JSON.stringify` refuses (a cycle, a BigInt, a getter that throws) is an
/// error that says so, with the browser's reason.
fn source_of(article: &JsValue) -> Result<ArticleSource, LoadError> {
    if let Some(text) = article.as_string() {
        return Ok(match text.trim_start().chars().next() {
            Some('{' | '[') => ArticleSource::Json(text),
            _ => ArticleSource::Url(text),
        });
    }
    if let Some(url) = article.dyn_ref::<web_sys::Url>() {
        return Ok(ArticleSource::Url(url.href()));
    }
    match js_sys::JSON::stringify(article) {
        // `undefined`, a function: no text at all, "the document is empty".
        Ok(json) => Ok(ArticleSource::Json(json.as_string().unwrap_or_default())),
        Err(thrown) => {
            let reason = thrown
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .unwrap_or_default();
            // Chromium explains a cycle over several lines; the first says what it is.
            let message = match reason.lines().next().filter(|line| !line.is_empty()) {
                Some(reason) => format!("the article object cannot be read as JSON ({reason})"),
                None => "the article object cannot be read as JSON".to_owned(),
            };
            Err(LoadError::of_document(message))
        }
    }
}

/// The `limits` option: `{maxDocumentBytes, maxJsonDepth, maxBlocks, maxMarkdownNesting}`
/// (the options of [`article_core::limits::LIMIT_NAMES`]), each optional; the others keep their defaults.
fn limits_of(options: &JsValue) -> Limits {
    let limits = option(options, "limits");
    // `as` saturates, and turns NaN into 0.
    Limits::set_by(|name| option(&limits, name.option).as_f64().map(|n| n as usize))
}

fn option(options: &JsValue, name: &str) -> JsValue {
    if options.is_object() {
        js_sys::Reflect::get(options, &name.into()).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}
