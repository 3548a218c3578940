//! Bugs found by the property tests (`properties.rs`) and the fuzz targets (`fuzz/`),
//! one test each, with the input that found it.

mod common;

use article_core::Block;
use common::*;
use serde_json::{json, Value};

/// Loads an image with `srcset`; returns its `srcset` attribute and the diagnostics.
fn srcset_of(srcset: Value) -> (Option<String>, Vec<article_core::Diagnostic>) {
    let loaded =
        load_body(json!([{ "type": "image", "src": "a.png", "alt": "", "srcset": srcset }]));
    let Some(Block::Image(image)) = loaded.article.body.first() else {
        panic!("expected an image block, got {:?}", loaded.article.body);
    };
    (image.srcset_attribute(), loaded.diagnostics)
}

/// Found by the property test: the opaque path of a `data:` URL keeps its spaces, and
/// `srcset` ends a URL at whitespace, so the rest of the URL was read as more candidates
/// that the policy never saw (here an image from elsewhere; it could as well be a URL
/// resolved against the embedding page rather than the article). Such an entry is now
/// left out, and said so.
#[test]
fn a_space_in_a_data_url_does_not_smuggle_a_srcset_candidate() {
    let (attribute, diagnostics) = srcset_of(json!([
        { "src": "data:image/png,a b 480w, https://evil.example/c.png", "width": 1 },
        { "src": "data:image/png,x%20y", "width": 2 },
    ]));
    assert_eq!(attribute.as_deref(), Some("data:image/png,x%20y 2w"));
    assert_diagnostics(
        &diagnostics,
        &[(
            Error,
            "body[0].srcset[0].src",
            "cannot be a srcset candidate",
        )],
    );
}

/// Found by the srcset invariant: `srcset` drops the commas that end a URL, so a URL
/// ending in one lost it, and its width was read as a candidate of its own (`480w`,
/// resolved against the page). That includes `data:image/png,`, whose one comma ends it.
#[test]
fn a_url_ending_in_a_comma_is_not_a_srcset_candidate() {
    let (attribute, diagnostics) = srcset_of(json!([
        { "src": "https://example.org/a.jpg,", "width": 480 },
        { "src": "data:image/png,", "width": 480 },
        { "src": "b.jpg,,", "width": 960 },
        { "src": "https://example.org/a,b.jpg", "width": 1920 },
    ]));
    assert_eq!(
        attribute.as_deref(),
        Some("https://example.org/a,b.jpg 1920w")
    );
    assert_diagnostics(
        &diagnostics,
        &[
            (Error, "body[0].srcset[0].src", "ends with a comma"),
            (Error, "body[0].srcset[1].src", "ends with a comma"),
            (Error, "body[0].srcset[2].src", "ends with a comma"),
        ],
    );
}

/// Found by the markdown fuzz target: past the nesting limit, text that follows a block in
/// a tight list item (here a setext heading) has no tag of its own to separate it, so it was
/// glued to the block's last word ("cd" for "c" and "d").
#[test]
fn words_after_a_flattened_block_stay_apart() {
    use article_core::diagnostics::{Diagnostics, Path};
    use article_core::markdown::{parse_block_markdown, plain_text, MdBlock};
    use article_core::url_policy::UrlPolicy;

    let source = "- a\n  - b\n    - c\n      -\n      d\n";
    let mut diagnostics = Diagnostics::default();
    let markdown = parse_block_markdown(
        source,
        &UrlPolicy::new(Some(BASE)),
        // One level of lists: the limit counts levels (a list and its item are one).
        1,
        &mut diagnostics,
        &Path::root().field("text"),
    );
    let MdBlock::List { items, .. } = &markdown.blocks[0] else {
        panic!("expected a list: {markdown:?}");
    };
    let words: Vec<String> = items[0]
        .iter()
        .map(|block| match block {
            MdBlock::Plain(inlines) => plain_text(inlines),
            other => panic!("expected the flattened words, got {other:?}"),
        })
        .collect();
    assert_eq!(
        words.join(" ").split_whitespace().collect::<Vec<_>>(),
        ["a", "b", "c", "d"]
    );
    assert_eq!(markdown.word_count(), 4);
    assert_eq!(md(source).0.word_count(), 4, "the same, within the limit");
}
