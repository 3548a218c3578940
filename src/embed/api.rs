//! The JS API: `mount(target, article, options)` and `validate(article)`.

use super::events::{event_hooks, to_js};
use super::shadow::ShadowMount;
use crate::fetch::fetch_article;
use crate::viewer::{Theme, Viewer, ViewerOptions};
use crate::{browser, ArticleSource};
use article_core::url_policy::{UrlPolicy, UrlUse};
use article_core::{Diagnostic, Severity};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A viewer made by `mount`: in its own element (`element`) at the end of the target.
#[wasm_bindgen]
pub struct MountedViewer {
    host: HtmlElement,
    mounted: RefCell<Option<(Rc<Viewer>, ShadowMount)>>,
}

/// Renders `article` (an object, JSON text, or the URL of article JSON) at the end of
/// `target`. Options: `theme` ("light", "dark", "auto"), `diagnostics` (show them on
/// the page) and `baseUrl` (what relative URLs resolve against; the page by default).
/// Events are dispatched on the viewer's element and bubble to `target`.
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
    let shadow = ShadowMount::new(&host).map_err(|_| JsError::new("mount: no shadow root"))?;
    let options = ViewerOptions {
        base_url: option(&options, "baseUrl").as_string(),
        show_diagnostics: option(&options, "diagnostics").is_truthy(),
        theme: Theme::from_name(option(&options, "theme").as_string().as_deref()),
        hooks: event_hooks(&host),
    };
    let viewer = Viewer::new(shadow.container.clone(), options);
    let mounted = MountedViewer {
        host,
        mounted: RefCell::new(Some((Rc::clone(&viewer), shadow))),
    };
    viewer.load(source_of(&article));
    Ok(mounted)
}

#[wasm_bindgen]
impl MountedViewer {
    /// Shows another article in the same place.
    pub fn update(&self, article: JsValue) {
        if let Some(viewer) = self.viewer() {
            viewer.load(source_of(&article));
        }
    }

    /// Removes the viewer and its element, and frees what it held.
    pub fn destroy(&self) {
        let mounted = self.mounted.replace(None);
        if let Some((viewer, _shadow)) = mounted {
            viewer.unmount();
            self.host.remove();
        }
    }

    /// The diagnostics of the article shown now.
    #[wasm_bindgen(getter)]
    pub fn diagnostics(&self) -> JsValue {
        let diagnostics = self
            .viewer()
            .map(|viewer| viewer.diagnostics())
            .unwrap_or_default();
        to_js(&serde_json::json!(diagnostics))
    }

    /// The element the viewer renders in (its events are dispatched here).
    #[wasm_bindgen(getter)]
    pub fn element(&self) -> HtmlElement {
        self.host.clone()
    }
}

impl MountedViewer {
    fn viewer(&self) -> Option<Rc<Viewer>> {
        self.mounted
            .borrow()
            .as_ref()
            .map(|(viewer, _)| Rc::clone(viewer))
    }
}

/// The diagnostics of `article` (as `mount` takes it), without rendering it.
#[wasm_bindgen]
pub async fn validate(article: JsValue, options: JsValue) -> JsValue {
    let base_url = option(&options, "baseUrl")
        .as_string()
        .unwrap_or_else(browser::page_url);
    let diagnostics = match source_of(&article) {
        ArticleSource::Json(json) => article_core::validate(&json, Some(&base_url)),
        ArticleSource::Value(value) => match article_core::load_value(value, Some(&base_url)) {
            Ok(loaded) => loaded.diagnostics,
            Err(error) => vec![error.to_diagnostic()],
        },
        ArticleSource::Url(raw) => {
            match UrlPolicy::new(Some(&base_url)).check(&raw, UrlUse::Document) {
                Err(refusal) => vec![document_error(format!(
                    "the article's address was refused: {refusal}"
                ))],
                Ok(url) => match fetch_article(url.as_str()).await {
                    Ok(fetched) => article_core::validate(&fetched.text, Some(&fetched.url)),
                    Err(error) => vec![document_error(error.to_string())],
                },
            }
        }
    };
    to_js(&serde_json::json!(diagnostics))
}

fn document_error(message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        path: String::new(),
        message,
    }
}

/// An article as the JS API takes it: text that opens with `{` (or `[`) is JSON,
/// other text and `URL` objects are addresses, and any other value is the document.
fn source_of(article: &JsValue) -> ArticleSource {
    if let Some(text) = article.as_string() {
        return match text.trim_start().chars().next() {
            Some('{' | '[') => ArticleSource::Json(text),
            _ => ArticleSource::Url(text),
        };
    }
    if let Some(url) = article.dyn_ref::<web_sys::Url>() {
        return ArticleSource::Url(url.href());
    }
    let json = js_sys::JSON::stringify(article)
        .ok()
        .and_then(|json| json.as_string())
        .unwrap_or_default();
    ArticleSource::Json(json)
}

fn option(options: &JsValue, name: &str) -> JsValue {
    if options.is_object() {
        js_sys::Reflect::get(options, &name.into()).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}
