//! article-viewer: reference and footnote labels compared by their lower-case form
//! (`char::to_lowercase`, whose tables the viewer has anyway), in place of the unicase crate's
//! full Unicode case folding and its own 6 KB table. The two differ only for a few characters
//! that fold to something other than their lower case (`ẞ`, `ς`, `ſ`, …). See README.vendored.md.

use core::hash::{Hash, Hasher};

#[derive(Clone, Debug)]
pub(crate) struct UniCase<S>(S);

impl<S: AsRef<str>> UniCase<S> {
    pub(crate) fn new(label: S) -> Self {
        UniCase(label)
    }

    fn folded(&self) -> impl Iterator<Item = char> + '_ {
        self.0.as_ref().chars().flat_map(char::to_lowercase)
    }
}

impl<S: AsRef<str>> AsRef<str> for UniCase<S> {
    fn as_ref(&self) -> &str {
        self.0.as_ref()
    }
}

impl<S: AsRef<str>> PartialEq for UniCase<S> {
    fn eq(&self, other: &Self) -> bool {
        self.folded().eq(other.folded())
    }
}

impl<S: AsRef<str>> Eq for UniCase<S> {}

/// Hashes what [`PartialEq`] compares, so that equal labels hash alike.
impl<S: AsRef<str>> Hash for UniCase<S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for character in self.folded() {
            character.hash(state);
        }
    }
}
