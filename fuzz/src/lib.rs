//! What the fuzz targets share: the bases and limits they load under, and the checks of
//! every result. The invariants themselves are the property tests' own
//! (`core/tests/common/invariants.rs`), included here by path so both check the same.

#[path = "../../core/tests/common/invariants.rs"]
pub mod invariants;
#[path = "../../core/tests/common/vocabulary.rs"]
mod vocabulary;

use article_core::{load_value, load_with, Limits, LoadError, Loaded, Place};
use invariants::{check_article, check_diagnostics, check_load_error};
use serde_json::Value;
pub use vocabulary::{BLOCK_TYPES, FIELD_NAMES};

/// The address the articles are "loaded from".
pub const BASE: &str = "https://example.org/news/story.json";

/// Bases that are not the usual one: not a URL at all (so, none), an odd but valid
/// one, and opaque ones that nothing relative resolves against but a bare fragment does.
pub const ODD_BASES: [&str; 6] = [
    "samples/story.json",
    "http://user:pw@[::1]:8080/a/b/?q=1#f",
    "https://例え.jp/記事/",
    "javascript:alert(1)//",
    "data:image/png,x",
    "file:///srv/news/",
];

/// The default limits, and tight ones under which every limit is reached often.
pub fn limits() -> [Limits; 2] {
    [
        Limits::default(),
        Limits {
            max_document_bytes: 4096,
            max_json_depth: 8,
            max_blocks: 3,
            max_markdown_nesting: 2,
        },
    ]
}

/// The bases one input is loaded against: none, [`BASE`], and one of [`ODD_BASES`]
/// chosen by the input, so every input tries three and every odd base is tried.
pub fn bases_for(input: &[u8]) -> [Option<&'static str>; 3] {
    let pick = input
        .iter()
        .fold(input.len(), |sum, &b| sum.wrapping_add(b as usize));
    [None, Some(BASE), Some(ODD_BASES[pick % ODD_BASES.len()])]
}

/// Panics, with the input's description, when `result` is not what a load may return.
pub fn check_loaded(result: &Result<Loaded, LoadError>, limits: &Limits, what: &str) {
    let checked = match result {
        Ok(loaded) => check_article(&loaded.article, limits.max_markdown_nesting)
            .and_then(|()| check_diagnostics(&loaded.diagnostics))
            .and_then(|()| {
                if loaded.article.body.len() > limits.max_blocks {
                    Err(format!(
                        "{} blocks, over the limit",
                        loaded.article.body.len()
                    ))
                } else {
                    Ok(())
                }
            }),
        Err(error) => check_load_error(error),
    };
    if let Err(why) = checked {
        panic!("{what}: {why}\nresult: {result:#?}");
    }
}

/// Loads JSON text under every limit and base for `input`, checks every result, and
/// checks that the text and the same JSON already parsed load alike.
pub fn load_and_check(text: &str, input: &[u8]) {
    for limits in limits() {
        for base in bases_for(input) {
            let what = format!("base {base:?}, {limits:?}");
            let from_text = load_with(text, base, &limits);
            check_loaded(&from_text, &limits, &what);
            // The same document parsed first: `load_value` skips only the text checks
            // (size, and a byte-order mark), so it must agree whenever they pass.
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            if text.len() > limits.max_document_bytes {
                continue;
            }
            let Ok(value) = same_as_serde_json(text) else {
                continue;
            };
            let from_value = load_value(value, base, &limits);
            check_loaded(&from_value, &limits, &what);
            assert_same(&from_text, &from_value, &what);
        }
    }
}

/// Parses `text` with the core's JSON reader, and checks that serde_json, whose acceptance,
/// words and places it keeps, agrees: both read it, or both refuse it at the same place.
pub fn same_as_serde_json(text: &str) -> Result<article_core::json::Value, ()> {
    // serde_json's own depth limit is 127 levels.
    let ours = article_core::json::parse(text, 127);
    let theirs = serde_json::from_str::<Value>(text);
    match (&ours, &theirs) {
        (Ok(_), Ok(_)) => {}
        (Err(error), Err(theirs)) => {
            let before = text.as_bytes().get(..error.at).unwrap_or(text.as_bytes());
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |n| n + 1);
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            assert_eq!(
                (line, error.at - line_start),
                (theirs.line(), theirs.column()),
                "the place of the JSON error in {text:?}: ours {error:?}, serde_json's {theirs}"
            );
        }
        _ => panic!("JSON reader and serde_json disagree on {text:?}: {ours:?} against {theirs:?}"),
    }
    ours.map_err(|_| ())
}

/// Two loads of one document agree: the same article and diagnostics, or the same error
/// (whose place is a line and column only when read from text).
pub fn assert_same(a: &Result<Loaded, LoadError>, b: &Result<Loaded, LoadError>, what: &str) {
    let same = match (a, b) {
        (Ok(a), Ok(b)) => a.article == b.article && a.diagnostics == b.diagnostics,
        (Err(a), Err(b)) => {
            a.message == b.message
                && match (&a.place, &b.place) {
                    (Place::Path(a), Place::Path(b)) => a == b,
                    (Place::Path(_), _) | (_, Place::Path(_)) => false,
                    _ => true,
                }
        }
        _ => false,
    };
    assert!(
        same,
        "{what}: two loads of one document differ:\n{a:#?}\n{b:#?}"
    );
}

/// URLs and spellings for the structured target and the seeds: allowed, tricky, hostile.
pub const URL_TRICKS: &[&str] = &[
    "https://example.org/a.jpg",
    "http://example.org/story",
    "HTTPS://EXAMPLE.ORG/",
    "https://example.org/a.jpg,",
    "https://example.org/a b.jpg",
    "data:image/png,a b 480w, https://evil.example/c.png",
    "data:image/png;base64,iVBORw0KGgo=",
    "DATA:IMAGE/PNG,x",
    "data:image/png",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD4=",
    "javascript:alert(1)",
    "jAvAsCrIpT:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    " \u{0}\u{1}javascript:alert(1)",
    "javascript:alert(1)\u{0} ",
    "javascript://%0aalert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "livescript:alert(1)",
    "file:///etc/passwd",
    "blob:https://example.org/uuid",
    "about:blank",
    "mailto:desk@example.org",
    "mailto:a b@example.org",
    "tel:+15555550100",
    "#notes",
    "#java script:alert(1)",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "/relative/path.png",
    "../up.png",
    "?q=1",
    "https://例え.jp/記事",
    "https://xn--r8jz45g.jp/",
    "https://[::1]/x",
    "http://0x7f.1/",
    "https://example.org/?q=javascript:alert(1)",
    "",
    "   ",
];

/// Markdown that puts a URL to work: `{}` stands for the URL.
pub const MARKDOWN_FORMS: &[&str] = &[
    "[link]({})",
    "![image]({} \"title\")",
    "[ref][r]\n\n[r]: {}",
    "<{}>",
    "> - **[deep]({})**",
    "| a | b |\n|---|---|\n| [x]({}) | ![y]({}) |",
    "words[^1]\n\n[^1]: [note]({})",
    "<a href=\"{}\">raw</a> <img src=\"{}\" onerror=alert(1)>",
    "[![nested]({})]({})",
];
