//! Language tags and the text direction they imply.

/// Primary language subtags written right to left (format 1, `dir`).
const RIGHT_TO_LEFT: [&str; 10] = ["ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ckb", "ug"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction `auto` means for a language tag.
    pub fn of_language(tag: &str) -> Self {
        if RIGHT_TO_LEFT.contains(&primary_subtag(tag).as_str()) {
            Direction::Rtl
        } else {
            Direction::Ltr
        }
    }
}

/// The primary subtag, lower-cased: `"ar"` for `"AR-eg"`.
pub fn primary_subtag(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Checks the shape of a BCP 47 tag: alphanumeric subtags of 1 to 8 characters
/// joined by hyphens, starting with a 2 to 8 letter language, or with the `x` or
/// `i` of a private-use or grandfathered tag (`x-klingon`, `i-navajo`).
pub fn is_well_formed_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-').peekable();
    let language = subtags.next().unwrap_or_default();
    let singleton = language.eq_ignore_ascii_case("x") || language.eq_ignore_ascii_case("i");
    let language_ok = language.bytes().all(|b| b.is_ascii_alphabetic())
        && ((2..=8).contains(&language.len()) || (singleton && subtags.peek().is_some()));
    language_ok
        && subtags.all(|subtag| {
            (1..=8).contains(&subtag.len()) && subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}
