//! Embedding in any page: the Rust side of the `<article-viewer>` element and of the
//! JS API (`mount`, `validate`), each viewer in its own shadow root.

mod api;
mod element;
mod events;
mod shadow;

pub use api::{mount, validate, MountedViewer};
pub use element::ElementViewer;
pub use shadow::use_stylesheet;
