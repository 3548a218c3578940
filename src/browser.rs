//! The few facts the viewer reads from the page, and its console messages.

use crate::error::ViewerError;
use article_core::Diagnostic;
use web_sys::console;

/// The page's address, which relative URLs of inline JSON resolve against.
pub fn page_url() -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .unwrap_or_default()
}

/// The page's language, for the viewer's words when there is no article to take them from.
pub fn page_language() -> String {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .filter(|lang| !lang.is_empty())
        .unwrap_or_else(|| "en".to_owned())
}

pub fn log_diagnostics(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        console::warn_1(&format!("article-viewer: {diagnostic}").into());
    }
}

pub fn log_error(error: &ViewerError) {
    console::error_1(&format!("article-viewer: {error}").into());
}
