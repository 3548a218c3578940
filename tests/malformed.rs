//! The malformed-document corpus (`tests/corpora/malformed/`) through the real viewer
//! in headless Chromium: each case, checked in or generated, shows its article with
//! exactly the expected diagnostics, or one error view with its place. The release
//! build aborts on a panic, which would kill every viewer on the page, so the test
//! ends by checking that a viewer still works after all of them. Each limit, set
//! lower through `ViewerOptions`, is the one applied and named.
#![cfg(target_arch = "wasm32")]

mod common;
#[path = "corpora/malformed/corpus.rs"]
mod corpus;

use article_core::{Limits, Severity};
use article_viewer::{ArticleSource, ViewerOptions};
use common::{mount_with, sleep, Mounted, BLOCKS};
use corpus::{Manifest, Observed};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A file of the corpus, embedded as bytes: the test decodes them as fetch would.
macro_rules! corpus_file {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!("corpora/malformed/", $name)) as &[u8],
        )
    };
}

/// Every file `expected.json` names (`core/tests/malformed.rs` checks that the two agree).
const FILES: &[(&str, &[u8])] = &[
    corpus_file!("body-wrong-type.json"),
    corpus_file!("bom-only.json"),
    corpus_file!("bom-then-syntax-error.json"),
    corpus_file!("bom.json"),
    corpus_file!("brackets-in-strings.json"),
    corpus_file!("comment-block.json"),
    corpus_file!("comment-line.json"),
    corpus_file!("control-character-newline.json"),
    corpus_file!("control-character-nul.json"),
    corpus_file!("control-character-tab.json"),
    corpus_file!("crlf-syntax-error.json"),
    corpus_file!("duplicate-keys.json"),
    corpus_file!("empty-body-no-lead.json"),
    corpus_file!("empty-object.json"),
    corpus_file!("empty.json"),
    corpus_file!("escaped-control-characters.json"),
    corpus_file!("headline-blank.json"),
    corpus_file!("headline-wrong-type.json"),
    corpus_file!("html-injection.json"),
    corpus_file!("huge-numbers.json"),
    corpus_file!("infinity.json"),
    corpus_file!("invalid-dates-and-language.json"),
    corpus_file!("invalid-utf8-in-strings.json"),
    corpus_file!("invalid-utf8-outside-string.json"),
    corpus_file!("invisible-and-bidi-characters.json"),
    corpus_file!("lone-surrogate-before-other-escape.json"),
    corpus_file!("lone-surrogate-leading.json"),
    corpus_file!("lone-surrogate-trailing.json"),
    corpus_file!("markdown-hostile.json"),
    corpus_file!("nan.json"),
    corpus_file!("negative-infinity.json"),
    corpus_file!("negative-number-out-of-range.json"),
    corpus_file!("null-body.json"),
    corpus_file!("null-headline.json"),
    corpus_file!("nulls-optional.json"),
    corpus_file!("nulls-required.json"),
    corpus_file!("number-out-of-range.json"),
    corpus_file!("single-quotes.json"),
    corpus_file!("surrogate-pair.json"),
    corpus_file!("syntax-error-after-non-ascii.json"),
    corpus_file!("top-level-array.json"),
    corpus_file!("top-level-boolean.json"),
    corpus_file!("top-level-null.json"),
    corpus_file!("top-level-number.json"),
    corpus_file!("top-level-string.json"),
    corpus_file!("trailing-comma-array.json"),
    corpus_file!("trailing-comma-object.json"),
    corpus_file!("trailing-document.json"),
    corpus_file!("truncated-after-array-open.json"),
    corpus_file!("truncated-after-brace.json"),
    corpus_file!("truncated-after-colon.json"),
    corpus_file!("truncated-in-block.json"),
    corpus_file!("truncated-in-key.json"),
    corpus_file!("truncated-in-literal.json"),
    corpus_file!("truncated-in-number.json"),
    corpus_file!("truncated-in-string-value.json"),
    corpus_file!("unknown-fields.json"),
    corpus_file!("version-0.json"),
    corpus_file!("version-1.0.json"),
    corpus_file!("version-2-to-the-64.json"),
    corpus_file!("version-2.5.json"),
    corpus_file!("version-2.json"),
    corpus_file!("version-99.json"),
    corpus_file!("version-array.json"),
    corpus_file!("version-negative.json"),
    corpus_file!("version-string-2.json"),
    corpus_file!("whitespace-only.json"),
    corpus_file!("wrong-types-article-items.json"),
    corpus_file!("wrong-types-article.json"),
    corpus_file!("wrong-types-blocks.json"),
];

const MANIFEST: &str = include_str!("corpora/malformed/expected.json");

fn manifest() -> Manifest {
    Manifest::parse(MANIFEST).unwrap_or_else(|problem| panic!("{problem}"))
}

fn file(name: &str) -> Option<Vec<u8>> {
    FILES
        .iter()
        .find(|(file, _)| *file == name)
        .map(|(_, bytes)| bytes.to_vec())
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Mounts article JSON with its diagnostics shown on the page, so that their view is
/// exercised too.
fn mount_text(text: String, base: &str, limits: Limits) -> Mounted {
    mount_with(
        ArticleSource::Json(text),
        ViewerOptions {
            base_url: Some(base.to_owned()),
            show_diagnostics: true,
            limits,
            ..ViewerOptions::default()
        },
    )
}

/// What the viewer shows: its error view, or its article with the handle's diagnostics.
/// Either way it must be exactly one of them, once.
fn observe(view: &Mounted) -> Result<Observed, String> {
    let errors = view.count(".av-error");
    let articles = view.count("article.av-article");
    match (errors, articles) {
        (1, 0) => {
            if view.count("[role=alert]") != 1 {
                return Err("the error view is not one alert".into());
            }
            Ok(Observed::Error {
                place: view
                    .find(".av-error-place")
                    .map(|place| place.text_content().unwrap_or_default()),
                message: view.text(".av-error-reason"),
            })
        }
        (0, 1) => {
            if view.count("h1") != 1 {
                return Err(format!("{} h1 elements", view.count("h1")));
            }
            let diagnostics = view.handle().diagnostics();
            if view.count(".av-diagnostics li") != diagnostics.len() {
                return Err(format!(
                    "{} diagnostics, {} on the page",
                    diagnostics.len(),
                    view.count(".av-diagnostics li")
                ));
            }
            Ok(Observed::Renders {
                headline: view.text("h1.av-headline"),
                blocks: view.count(BLOCKS),
                diagnostics: diagnostics
                    .into_iter()
                    .map(|diagnostic| {
                        let severity = match diagnostic.severity {
                            Severity::Error => "error",
                            Severity::Warning => "warning",
                        };
                        (severity.to_owned(), diagnostic.path, diagnostic.message)
                    })
                    .collect(),
            })
        }
        _ => Err(format!(
            "{errors} error views and {articles} articles: {}",
            view.root.outer_html().chars().take(500).collect::<String>()
        )),
    }
}

/// Every case of the corpus, then a plain article in a new viewer: the wasm instance
/// did not trap on any of them.
#[wasm_bindgen_test]
async fn every_case_shows_its_article_or_its_error_and_nothing_traps() {
    let manifest = manifest();
    // The README's count: a manifest that lost its cases would pass with nothing checked.
    assert!(
        manifest.cases.len() >= 84,
        "{} cases in the manifest",
        manifest.cases.len()
    );
    let mut failures = Vec::new();
    let mut timings = Vec::new();
    for case in &manifest.cases {
        // Shown with the failure if a case traps: the last case started.
        web_sys::console::log_1(&format!("case {}", case.name).into());
        let text = match case.text(file) {
            Ok(text) => text,
            Err(problem) => {
                failures.push(problem);
                continue;
            }
        };
        let start = now();
        let view = mount_text(text, &manifest.base, Limits::default());
        view.settled().await;
        let took = now() - start;
        if let Err(problem) = observe(&view).and_then(|observed| case.check(&observed)) {
            failures.push(problem);
        }
        drop(view);
        timings.push((took, case.name.clone()));
        // Lets the page breathe (and the runner read the output) between cases.
        sleep(0).await;
    }
    timings.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (took, name) in timings.iter().take(8) {
        web_sys::console::log_1(&format!("{took:>8.0} ms  {name}").into());
    }

    let view = mount_text(
        r#"{"headline": "Still here", "body": [{"type": "text", "text": "After *all* of them."}]}"#
            .to_owned(),
        &manifest.base,
        Limits::default(),
    );
    assert_eq!(view.text("h1.av-headline"), "Still here");
    assert_eq!(view.text(".av-body em"), "all");
    assert!(view.handle().diagnostics().is_empty());
    drop(view);

    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        manifest.cases.len(),
        failures.join("\n\n")
    );
    assert_eq!(
        timings.len(),
        manifest.cases.len(),
        "every case was rendered"
    );
}

// ---- each limit set lower by the page is the one applied, and named ----

fn with_limits(json: &str, limits: Limits) -> Observed {
    let view = mount_text(
        json.to_owned(),
        "https://example.org/news/story.json",
        limits,
    );
    observe(&view).unwrap_or_else(|problem| panic!("{problem}"))
}

#[wasm_bindgen_test]
fn the_page_s_size_limit_is_applied_and_named() {
    let json = format!(
        r#"{{"headline": "Two kilobytes", "body": [{{"type": "text", "text": "{}"}}]}}"#,
        "a".repeat(1_900)
    );
    let limits = Limits {
        max_document_bytes: 1_024,
        ..Limits::default()
    };
    match with_limits(&json, limits) {
        Observed::Error { place, message } => {
            assert_eq!(place, None);
            assert_eq!(
                message,
                "The document is 2 KB, over the size limit of 1 KB (maxDocumentBytes)."
            );
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_page_s_depth_limit_is_applied_and_named() {
    let json = "{\"headline\": \"Deep\", \"body\": [\n  {\"type\": \"gallery\", \"images\": [{\"src\": \"a.jpg\", \"alt\": \"\", \"srcset\": [{\"src\": \"b.jpg\", \"width\": 1}]}]}\n]}";
    let limits = Limits {
        max_json_depth: 5,
        ..Limits::default()
    };
    match with_limits(json, limits) {
        Observed::Error { place, message } => {
            assert_eq!(place.as_deref(), Some("line 2, column 72"));
            assert_eq!(
                message,
                "Arrays and objects nest more than 5 levels deep, the depth limit (maxJsonDepth)."
            );
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_page_s_block_limit_is_applied_and_named() {
    let json = r#"{"headline": "Five blocks", "body": [{"type": "divider"}, {"type": "divider"}, {"type": "divider"}, {"type": "divider"}, {"type": "divider"}]}"#;
    let limits = Limits {
        max_blocks: 3,
        ..Limits::default()
    };
    match with_limits(json, limits) {
        Observed::Renders {
            blocks,
            diagnostics,
            ..
        } => {
            assert_eq!(blocks, 3);
            assert_eq!(
                diagnostics,
                [(
                    "error".to_owned(),
                    "body".to_owned(),
                    "the body has 5 blocks; the first 3 are shown, the block limit (maxBlocks)"
                        .to_owned()
                )]
            );
        }
        other => panic!("{other:?}"),
    }
}

#[wasm_bindgen_test]
fn the_page_s_markdown_nesting_limit_is_applied_and_named() {
    let json = r#"{"headline": "Quotes", "body": [{"type": "text", "text": "> > > three deep"}]}"#;
    let limits = Limits {
        max_markdown_nesting: 2,
        ..Limits::default()
    };
    let view = mount_text(
        json.to_owned(),
        "https://example.org/news/story.json",
        limits,
    );
    match observe(&view).unwrap_or_else(|problem| panic!("{problem}")) {
        Observed::Renders { diagnostics, .. } => assert_eq!(
            diagnostics,
            [(
                "warning".to_owned(),
                "body[0].text".to_owned(),
                "Markdown nested more than 2 levels deep, the nesting limit (maxMarkdownNesting); \
                 the deeper structure is flattened"
                    .to_owned()
            )]
        ),
        other => panic!("{other:?}"),
    }
    // The document frame holds the first quote, which holds the second; the third is
    // flattened into it, and its words stay.
    assert_eq!(view.count(".av-body blockquote blockquote"), 1);
    assert_eq!(view.count(".av-body blockquote blockquote blockquote"), 0);
    assert_eq!(view.text(".av-body blockquote blockquote"), "three deep");
}
