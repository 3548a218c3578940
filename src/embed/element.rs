//! The Rust side of `<article-viewer>`: the JS class forwards its lifecycle here.

use super::events::{diagnostics_of, event_hooks};
use super::shadow::ShadowMount;
use crate::error::ViewerError;
use crate::reader::ReaderChoices;
use crate::viewer::{Theme, Viewer, ViewerOptions, DEFAULT_FETCH_TIMEOUT_MS};
use crate::ArticleSource;
use article_core::embed::ProviderSet;
use article_core::limits::LIMIT_NAMES;
use article_core::{Limits, LoadError};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
pub struct ElementViewer {
    host: HtmlElement,
    connection: RefCell<Option<Connection>>,
}

/// What a connected element holds; all of it goes when the element leaves the page.
struct Connection {
    viewer: Rc<Viewer>,
    _shadow: ShadowMount,
}

#[wasm_bindgen]
impl ElementViewer {
    #[wasm_bindgen(constructor)]
    pub fn new(host: HtmlElement) -> ElementViewer {
        ElementViewer {
            host,
            connection: RefCell::new(None),
        }
    }

    /// The element entered the page: render its article.
    pub fn connect(&self) {
        self.disconnect();
        let shadow = match ShadowMount::new(&self.host) {
            Ok(shadow) => shadow,
            Err(error) => {
                return web_sys::console::error_2(&"article-viewer: no shadow root:".into(), &error)
            }
        };
        let options = ViewerOptions {
            show_diagnostics: self.show_diagnostics(),
            theme: self.theme(),
            limits: self.limits(),
            fetch_timeout_ms: self
                .number("fetch-timeout")
                .unwrap_or(DEFAULT_FETCH_TIMEOUT_MS),
            consent: self.consent(),
            hooks: event_hooks(&self.host),
            controls: self
                .host
                .has_attribute("controls")
                .then(ReaderChoices::default),
            ..ViewerOptions::default()
        };
        let viewer = Viewer::new(shadow.container.clone(), options);
        self.connection.replace(Some(Connection {
            viewer: Rc::clone(&viewer),
            _shadow: shadow,
        }));
        // No borrow is held while loading: the page's event listeners may call back.
        self.load_into(&viewer);
    }

    /// The element left the page: unmount, and free what it held.
    pub fn disconnect(&self) {
        let connection = self.connection.replace(None);
        if let Some(connection) = connection {
            connection.viewer.unmount();
        }
    }

    #[wasm_bindgen(js_name = attributeChanged)]
    pub fn attribute_changed(&self, name: &str) {
        let Some(viewer) = self.viewer() else { return };
        match name {
            "src" => self.load_into(&viewer),
            "theme" => viewer.set_theme(self.theme()),
            "diagnostics" => viewer.set_show_diagnostics(self.show_diagnostics()),
            "controls" => viewer.set_controls(self.host.has_attribute("controls")),
            // The limits and the timeout are the viewer's own: a viewer made anew with them
            // reads the article again.
            "fetch-timeout" => self.connect(),
            name if LIMIT_NAMES.iter().any(|limit| limit.attribute == name) => self.connect(),
            "consent" => viewer.set_consent(self.consent()),
            _ => {}
        }
    }

    /// The diagnostics of the article shown now, as `{severity, path, message}` objects.
    pub fn diagnostics(&self) -> JsValue {
        diagnostics_of(self.viewer())
    }
}

impl ElementViewer {
    fn viewer(&self) -> Option<Rc<Viewer>> {
        self.connection
            .borrow()
            .as_ref()
            .map(|connection| Rc::clone(&connection.viewer))
    }

    /// The article named by `src`, or else the JSON in a `<script type="application/json">` child.
    fn load_into(&self, viewer: &Rc<Viewer>) {
        if let Some(src) = self
            .host
            .get_attribute("src")
            .filter(|src| !src.trim().is_empty())
        {
            return viewer.load(ArticleSource::Url(src));
        }
        let inline = self
            .host
            .query_selector(":scope > script[type='application/json']")
            .ok()
            .flatten()
            .and_then(|script| script.text_content());
        match inline {
            Some(json) => viewer.load(ArticleSource::Json(json)),
            None => viewer.fail(ViewerError::Document {
                url: None,
                error: LoadError::of_document(
                    "no article: give the element a src attribute, or the article's JSON in a \
                     <script type=\"application/json\"> inside it",
                ),
            }),
        }
    }

    /// `consent="youtube vimeo"`: the embed providers whose content loads without asking.
    fn consent(&self) -> ProviderSet {
        ProviderSet::parse(&self.host.get_attribute("consent").unwrap_or_default())
    }

    fn theme(&self) -> Theme {
        Theme::from_name(self.host.get_attribute("theme").as_deref())
    }

    /// The limits the attributes set (`max-document-bytes`, … in [`LIMIT_NAMES`]), read when
    /// the element connects; the defaults otherwise.
    fn limits(&self) -> Limits {
        Limits::set_by(|name| self.number(name.attribute))
    }

    fn number<T: std::str::FromStr>(&self, attribute: &str) -> Option<T> {
        self.host.get_attribute(attribute)?.trim().parse().ok()
    }

    /// `diagnostics` is a boolean attribute: present means shown.
    fn show_diagnostics(&self) -> bool {
        self.host.has_attribute("diagnostics")
    }
}
