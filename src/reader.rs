//! The reader's own choices of text size, line spacing and theme, offered by the reader
//! controls (src/view/controls.rs).

use crate::viewer::Theme;

/// What the reader chose. The embedding page's custom properties and `theme` still win:
/// the choices only fill in what the page leaves to the viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReaderChoices {
    /// A step of [`TEXT_SIZES`]: 0 is the smallest.
    pub size: u8,
    /// 0 compact, 1 normal, 2 relaxed.
    pub spacing: u8,
    pub theme: Theme,
}

/// Text size steps, as percentages of the viewer's own size (step 2).
pub const TEXT_SIZES: [u16; 7] = [85, 92, 100, 110, 122, 136, 150];

impl Default for ReaderChoices {
    fn default() -> Self {
        Self {
            size: 2,
            spacing: 1,
            theme: Theme::Auto,
        }
    }
}

impl ReaderChoices {
    /// Kept as `size spacing theme`, e.g. `3 1 sepia`.
    pub fn to_text(self) -> String {
        format!(
            "{} {} {}",
            self.size,
            self.spacing,
            self.theme.attribute().unwrap_or("auto")
        )
    }

    /// Choices kept by [`Self::to_text`]; the defaults for anything unreadable.
    pub fn from_text(text: &str) -> Self {
        let mut parts = text.split(' ');
        let mut number = |limit: usize, default: u8| {
            parts
                .next()
                .and_then(|part| part.parse::<u8>().ok())
                .filter(|&value| usize::from(value) < limit)
                .unwrap_or(default)
        };
        let defaults = Self::default();
        let size = number(TEXT_SIZES.len(), defaults.size);
        let spacing = number(3, defaults.spacing);
        Self {
            size,
            spacing,
            theme: Theme::from_name(parts.next()),
        }
    }
}

/// The app remembers the choices for the reader in `localStorage`; a page that refuses
/// storage (a privacy setting, a sandboxed frame) gets the defaults and keeps none.
pub mod remembered {
    use super::ReaderChoices;

    const KEY: &str = "article-viewer:reading";

    pub fn load() -> ReaderChoices {
        storage()
            .and_then(|storage| storage.get_item(KEY).ok().flatten())
            .map_or_else(ReaderChoices::default, |text| {
                ReaderChoices::from_text(&text)
            })
    }

    pub fn save(choices: ReaderChoices) {
        if let Some(storage) = storage() {
            let _ = storage.set_item(KEY, &choices.to_text());
        }
    }

    /// Reading `localStorage` itself throws where storage is refused.
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }
}
