//! article-viewer: renders a news article from format-1 JSON in the browser.
//!
//! [`mount`] renders an article into an element and returns a [`ViewerHandle`];
//! the standalone app ([`app`]) is one user of it, the embedding API another.

pub mod app;
mod browser;
pub mod embed;
mod error;
mod fetch;
mod head;
mod reader;
mod view;
mod viewer;
mod watch;

pub use article_core;
pub use error::ViewerError;
pub use viewer::{Hooks, Navigation, Theme, ViewerOptions};
pub use watch::Reading;

use article_core::Diagnostic;
use std::rc::Rc;
use viewer::Viewer;
use web_sys::HtmlElement;

/// Where an article comes from.
pub enum ArticleSource {
    /// Article JSON as text.
    Json(String),
    /// The address of article JSON, absolute or relative to the page (or to `base_url`).
    Url(String),
}

/// Renders an article into `target`, replacing nothing else the page holds.
/// Several viewers can share a page; each keeps its own article and state.
pub fn mount(target: HtmlElement, source: ArticleSource, options: ViewerOptions) -> ViewerHandle {
    let viewer = Viewer::new(target, options);
    viewer.load(source);
    ViewerHandle { viewer }
}

/// A mounted viewer. Dropping the handle (or calling [`ViewerHandle::unmount`])
/// removes what it rendered and frees what it held.
pub struct ViewerHandle {
    viewer: Rc<Viewer>,
}

impl ViewerHandle {
    /// Shows another article in the same place.
    pub fn load(&self, source: ArticleSource) {
        self.viewer.load(source);
    }

    /// The diagnostics of the article shown now.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        self.viewer.diagnostics()
    }

    /// Shows or hides the diagnostics on the page.
    pub fn set_show_diagnostics(&self, show: bool) {
        self.viewer.set_show_diagnostics(show);
    }

    pub fn set_theme(&self, theme: Theme) {
        self.viewer.set_theme(theme);
    }

    /// The embed providers whose content loads without asking, in place of the earlier ones.
    pub fn set_consent(&self, consent: article_core::embed::ProviderSet) {
        self.viewer.set_consent(consent);
    }

    pub fn unmount(self) {}
}

impl Drop for ViewerHandle {
    fn drop(&mut self) {
        self.viewer.unmount();
    }
}
