//! article-viewer: reference and footnote labels compared by their lower-case form, in place of
//! the unicase crate's full Unicode case folding and its own 6 KB table. The two differ only for
//! a few characters that fold to something other than their lower case (`ẞ`, `ς`, `ſ`, …). In
//! the browser the lower case is the browser's own (`toLowerCase`), so the module carries no
//! case table at all; natively it is the standard library's. See README.vendored.md.

use core::hash::{Hash, Hasher};

/// A label, with its lower case worked out once: a label is compared and hashed many times.
#[derive(Clone, Debug)]
pub(crate) struct UniCase<S> {
    label: S,
    folded: String,
}

impl<S: AsRef<str>> UniCase<S> {
    pub(crate) fn new(label: S) -> Self {
        let folded = lowercase(label.as_ref());
        UniCase { label, folded }
    }
}

fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        imp::lowercase(text)
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub fn lowercase(text: &str) -> String {
        js_sys::JsString::from(text).to_lower_case().into()
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn lowercase(text: &str) -> String {
        text.to_lowercase()
    }
}

impl<S: AsRef<str>> AsRef<str> for UniCase<S> {
    fn as_ref(&self) -> &str {
        self.label.as_ref()
    }
}

impl<S> PartialEq for UniCase<S> {
    fn eq(&self, other: &Self) -> bool {
        self.folded == other.folded
    }
}

impl<S> Eq for UniCase<S> {}

/// Hashes what [`PartialEq`] compares, so that equal labels hash alike.
impl<S> Hash for UniCase<S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.folded.hash(state);
    }
}
