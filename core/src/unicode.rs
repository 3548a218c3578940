//! The two questions the core asks of Unicode: a text's lower case (labels that match in any
//! case) and whether a character is a letter or a digit (anchors). In the browser the answers
//! are the browser's own (`toLowerCase`, and a `\p{Alphabetic}\p{N}` expression), so the module
//! carries no case or letter tables (7 KB of brotli); natively they are the standard library's,
//! which follow the same Unicode properties. `core/tests/unicode.rs` holds both to one set of
//! cases.

/// `text` in lower case, as a whole: a word's final `Σ` becomes `ς`, as both write it.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        imp::lowercase(text)
    }
}

/// A letter or a digit of any script: Unicode's `Alphabetic` or `Number`.
pub fn is_alphanumeric(character: char) -> bool {
    character.is_ascii_alphanumeric() || (!character.is_ascii() && imp::is_alphanumeric(character))
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use js_sys::{JsString, RegExp};

    pub fn lowercase(text: &str) -> String {
        JsString::from(text).to_lower_case().into()
    }

    thread_local! {
        static ALPHANUMERIC: RegExp = RegExp::new(r"^[\p{Alphabetic}\p{N}]$", "u");
    }

    pub fn is_alphanumeric(character: char) -> bool {
        ALPHANUMERIC.with(|expression| expression.test(character.encode_utf8(&mut [0; 4])))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn lowercase(text: &str) -> String {
        text.to_lowercase()
    }

    pub fn is_alphanumeric(character: char) -> bool {
        character.is_alphanumeric()
    }
}
