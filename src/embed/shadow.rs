//! A viewer's shadow root: the page's styles stay out, the viewer's stay in.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Element, Event, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

thread_local! {
    /// One stylesheet object, adopted by every shadow root: parsed once per page.
    static STYLESHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Gives the viewers their stylesheet (the module's `viewer.css`, already parsed).
#[wasm_bindgen(js_name = useStylesheet)]
pub fn use_stylesheet(sheet: CssStyleSheet) {
    STYLESHEET.with(|stylesheet| stylesheet.replace(Some(sheet)));
}

/// The element a viewer renders into, inside its host's shadow root, and the
/// listener that keeps the article's own links inside it (removed when dropped).
pub struct ShadowMount {
    pub container: HtmlElement,
    fragment_links: Closure<dyn Fn(Event)>,
}

impl ShadowMount {
    /// Makes `host`'s shadow root if it has none yet, and empties it.
    pub fn new(host: &HtmlElement) -> Result<Self, JsValue> {
        let root = match host.shadow_root() {
            Some(root) => root,
            None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
        };
        let sheets = STYLESHEET.with(|stylesheet| {
            stylesheet
                .borrow()
                .iter()
                .cloned()
                .collect::<js_sys::Array>()
        });
        js_sys::Reflect::set(&root, &"adoptedStyleSheets".into(), &sheets)?;
        // What an earlier connection rendered goes; nothing of it is parsed.
        root.set_text_content(None);
        let document = host.owner_document().ok_or("the host is in no document")?;
        let container: HtmlElement = document.create_element("div")?.unchecked_into();
        let fragment_links = follow_fragments_inside(root.clone());
        container
            .add_event_listener_with_callback("click", fragment_links.as_ref().unchecked_ref())?;
        root.append_child(&container)?;
        Ok(Self {
            container,
            fragment_links,
        })
    }
}

impl Drop for ShadowMount {
    fn drop(&mut self) {
        // A listener still registered would call a freed closure.
        let _ = self.container.remove_event_listener_with_callback(
            "click",
            self.fragment_links.as_ref().unchecked_ref(),
        );
    }
}

/// A link to `#notes` would make the browser look for `notes` in the page, where it is
/// not, and change the page's address. Inside a shadow root the viewer finds it itself;
/// a fragment it does not hold (`#comments`, or a dropped heading) moves nothing, so that
/// a link in an article never scrolls the host page or changes its address.
fn follow_fragments_inside(root: ShadowRoot) -> Closure<dyn Fn(Event)> {
    Closure::new(move |event: Event| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .and_then(|element| element.closest("a[href^='#']").ok().flatten());
        let Some(href) = link.and_then(|link| link.get_attribute("href")) else {
            return;
        };
        let fragment = href.trim_start_matches('#');
        let id = js_sys::decode_uri_component(fragment)
            .map(String::from)
            .unwrap_or_default();
        event.prevent_default();
        if let Some(target) = root.get_element_by_id(&id) {
            target.scroll_into_view();
        }
    })
}
