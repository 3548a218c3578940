//! Helpers shared by the integration tests: documents, loading and assertions.
#![allow(dead_code)]

use article_core::diagnostics::{Diagnostics, Path};
use article_core::markdown::{self, Inline, Markdown, DEFAULT_MAX_NESTING};
use article_core::url_policy::{SafeUrl, UrlPolicy, UrlUse};
use article_core::{load_value, Block, Diagnostic, Limits, Loaded, Severity};
use serde_json::{json, Value};

/// The address the test articles are "loaded from".
pub const BASE: &str = "https://example.org/news/story.json";

/// A minimal valid article with `fields` set on top (a `null` field removes it).
pub fn doc(fields: Value) -> Value {
    let mut document = json!({ "headline": "A headline", "body": [{ "type": "divider" }] });
    let (Some(target), Value::Object(fields)) = (document.as_object_mut(), fields) else {
        panic!("doc() takes an object");
    };
    for (name, value) in fields {
        if value.is_null() {
            target.remove(&name);
        } else {
            target.insert(name, value);
        }
    }
    document
}

/// A document built with serde_json's `json!`, as the core's own JSON value.
pub fn to_core(value: &Value) -> article_core::json::Value {
    use article_core::json::{Map, Number, Value as Core};
    match value {
        Value::Null => Core::Null,
        Value::Bool(value) => Core::Bool(*value),
        Value::Number(number) => Core::Number(
            number
                .to_string()
                .parse::<Number>()
                .expect("serde_json writes JSON numbers"),
        ),
        Value::String(text) => Core::String(text.clone()),
        Value::Array(items) => Core::Array(items.iter().map(to_core).collect()),
        Value::Object(fields) => {
            let mut map = Map::new();
            for (key, value) in fields {
                map.insert(key.clone(), to_core(value));
            }
            Core::Object(map)
        }
    }
}

/// Loads a document that must be showable, against [`BASE`].
pub fn load_ok(document: Value) -> Loaded {
    match load_value(to_core(&document), Some(BASE), &Limits::default()) {
        Ok(loaded) => loaded,
        Err(error) => panic!("the article should load, but: {error}"),
    }
}

/// Loads a minimal article with the given body.
pub fn load_body(body: Value) -> Loaded {
    load_ok(doc(json!({ "body": body })))
}

/// The `id` of each block of a body made only of headings.
pub fn heading_ids(loaded: &Loaded) -> Vec<Option<String>> {
    loaded
        .article
        .body
        .iter()
        .map(|block| match block {
            Block::Heading(heading) => heading.id.clone(),
            other => panic!("a heading, not {other:?}"),
        })
        .collect()
}

/// Asserts the exact list of diagnostics: severity, path, and a part of each message.
#[track_caller]
pub fn assert_diagnostics(actual: &[Diagnostic], expected: &[(Severity, &str, &str)]) {
    let shown: Vec<String> = actual.iter().map(ToString::to_string).collect();
    assert_eq!(
        actual.len(),
        expected.len(),
        "expected {} diagnostics, got {}: {shown:#?}",
        expected.len(),
        actual.len()
    );
    for (diagnostic, (severity, path, part)) in actual.iter().zip(expected) {
        assert_eq!(diagnostic.severity, *severity, "severity of {diagnostic}");
        assert_eq!(diagnostic.path, *path, "path of {diagnostic}");
        assert!(
            diagnostic.message.contains(part),
            "message of `{diagnostic}` should contain `{part}`"
        );
    }
}

#[allow(unused_imports)]
pub use Severity::{Error, Warning};

/// A URL that passed the policy, for building expected nodes (`https:`, `mailto:`,
/// `data:image/...` and `#fragment` only).
pub fn safe(url: &str) -> SafeUrl {
    let policy = UrlPolicy::new(None);
    match policy
        .check(url, UrlUse::Link)
        .or_else(|_| policy.check(url, UrlUse::Image))
    {
        Ok(safe) => {
            assert_eq!(
                safe.as_str(),
                url,
                "safe() takes URLs already in their normal form"
            );
            safe
        }
        Err(refusal) => panic!("{url} is not a safe URL: {refusal}"),
    }
}

pub fn text(words: &str) -> Inline {
    Inline::Text(words.to_owned())
}

/// Parses a Markdown field at the path `body[0].text`, against [`BASE`].
pub fn md(source: &str) -> (Markdown, Vec<Diagnostic>) {
    let policy = UrlPolicy::new(Some(BASE));
    let mut diagnostics = Diagnostics::default();
    let path = Path::root().field("body").index(0).field("text");
    let markdown = markdown::parse_block_markdown(
        source,
        &policy,
        DEFAULT_MAX_NESTING,
        &mut diagnostics,
        &path,
    );
    (markdown, diagnostics.into_vec())
}

/// Parses an inline Markdown field at the path `standfirst`, against [`BASE`].
pub fn inline_md(source: &str) -> (Vec<Inline>, Vec<Diagnostic>) {
    let policy = UrlPolicy::new(Some(BASE));
    let mut diagnostics = Diagnostics::default();
    let path = Path::root().field("standfirst");
    let inlines = markdown::parse_inline_markdown(
        source,
        &policy,
        DEFAULT_MAX_NESTING,
        &mut diagnostics,
        &path,
    );
    (inlines, diagnostics.into_vec())
}

/// Markdown that must parse without any diagnostic.
#[track_caller]
pub fn md_clean(source: &str) -> Markdown {
    let (markdown, diagnostics) = md(source);
    assert_diagnostics(&diagnostics, &[]);
    markdown
}
