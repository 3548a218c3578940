//! The malformed-document corpus (`tests/corpora/malformed/`), natively: every case
//! either renders with exactly its expected diagnostics or fails with one error at its
//! place, within the default limits; and each limit, set lower, is the one named.

#[path = "../../tests/corpora/malformed/corpus.rs"]
mod corpus;

use article_core::{load_with, Limits, LoadError, Loaded, Place, Severity};
use corpus::{generated, Case, Manifest, Observed};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora/malformed")
}

fn manifest() -> Manifest {
    let text = std::fs::read_to_string(corpus_dir().join("expected.json")).expect("expected.json");
    Manifest::parse(&text).unwrap_or_else(|problem| panic!("{problem}"))
}

fn observe(result: Result<Loaded, LoadError>) -> Observed {
    match result {
        Ok(loaded) => Observed::Renders {
            headline: loaded.article.headline,
            blocks: loaded.article.body.len(),
            diagnostics: loaded
                .diagnostics
                .into_iter()
                .map(|diagnostic| {
                    let severity = match diagnostic.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    };
                    (severity.to_owned(), diagnostic.path, diagnostic.message)
                })
                .collect(),
        },
        Err(error) => Observed::Error {
            place: match error.place {
                Place::Document => None,
                place => Some(place.to_string()),
            },
            message: error.message,
        },
    }
}

fn run(case: &Case, base: &str) -> Result<Duration, String> {
    let text = case.text(|file| std::fs::read(corpus_dir().join(file)).ok())?;
    let start = Instant::now();
    let result = load_with(&text, Some(base), &Limits::default());
    let took = start.elapsed();
    case.check(&observe(result))?;
    Ok(took)
}

#[test]
fn every_case_of_the_corpus_has_its_expected_outcome() {
    let manifest = manifest();
    // The README's count: a manifest that lost its cases would pass with nothing checked.
    assert!(manifest.cases.len() >= 84, "{} cases", manifest.cases.len());
    let mut failures = Vec::new();
    let mut slowest = Vec::new();
    for case in &manifest.cases {
        match run(case, &manifest.base) {
            Ok(took) => slowest.push((took, &case.name)),
            Err(problem) => failures.push(problem),
        }
    }
    assert_eq!(
        slowest.len() + failures.len(),
        manifest.cases.len(),
        "every case was run"
    );
    slowest.sort();
    for (took, name) in slowest.iter().rev().take(5) {
        println!("{took:>12.1?}  {name}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        manifest.cases.len(),
        failures.join("\n\n")
    );
}

/// Every file of the corpus is in the manifest, every file the manifest names exists,
/// and the browser test embeds exactly those files.
#[test]
fn the_manifest_the_files_and_the_browser_test_agree() {
    let manifest = manifest();
    let in_manifest: BTreeSet<String> = manifest
        .cases
        .iter()
        .filter(|case| !case.generated)
        .map(|case| case.name.clone())
        .collect();
    let in_folder: BTreeSet<String> = std::fs::read_dir(corpus_dir())
        .expect("the corpus folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name != "expected.json" && name != "corpus.rs")
        .collect();
    assert_eq!(
        in_manifest, in_folder,
        "files in expected.json vs the folder"
    );

    let browser_test = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/malformed.rs"),
    )
    .expect("tests/malformed.rs");
    let embedded: BTreeSet<String> = browser_test
        .split("corpus_file!(\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(
        in_manifest, embedded,
        "files in expected.json vs tests/malformed.rs"
    );

    let names: Vec<&String> = manifest.cases.iter().map(|case| &case.name).collect();
    let unique: BTreeSet<&String> = names.iter().copied().collect();
    assert_eq!(names.len(), unique.len(), "case names are unique");
}

#[test]
fn the_generated_cases_are_as_big_as_they_say() {
    let size = |name: &str| generated(name).expect(name).len();
    assert!(size("string-20mb") > 20_000_000);
    assert!(size("legit-5000-blocks") > 2_000_000);
    assert!(size("blocks-100000") > 4_000_000);
    assert!(size("long-lines") > 6_000_000);
    assert!(size("long-lines") < Limits::default().max_document_bytes);
}

// ---- each limit set lower by the page is the one applied, and named ----

fn load_within(json: &str, limits: Limits) -> Observed {
    observe(load_with(json, None, &limits))
}

#[test]
fn a_lower_size_limit_is_applied_and_named() {
    let json = format!(
        r#"{{"headline": "Two kilobytes", "body": [{{"type": "text", "text": "{}"}}]}}"#,
        "a".repeat(1_900)
    );
    let limits = Limits {
        max_document_bytes: 1_024,
        ..Limits::default()
    };
    match load_within(&json, limits) {
        Observed::Error { place, message } => {
            assert_eq!(place, None);
            assert_eq!(
                message,
                "the document is 2 KB, over the size limit of 1 KB (maxDocumentBytes)"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_lower_depth_limit_is_applied_and_named() {
    // The srcset of the gallery's image opens level 6.
    let json = "{\"headline\": \"Deep\", \"body\": [\n  {\"type\": \"gallery\", \"images\": [{\"src\": \"a.jpg\", \"alt\": \"\", \"srcset\": [{\"src\": \"b.jpg\", \"width\": 1}]}]}\n]}";
    let limits = Limits {
        max_json_depth: 5,
        ..Limits::default()
    };
    match load_within(json, limits) {
        Observed::Error { place, message } => {
            assert_eq!(place.as_deref(), Some("line 2, column 72"));
            assert_eq!(
                message,
                "arrays and objects nest more than 5 levels deep, the depth limit (maxJsonDepth)"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_lower_block_limit_is_applied_and_named() {
    let json = r#"{"headline": "Five blocks", "body": [{"type": "divider"}, {"type": "divider"}, {"type": "divider"}, {"type": "divider"}, {"type": "divider"}]}"#;
    let limits = Limits {
        max_blocks: 3,
        ..Limits::default()
    };
    match load_within(json, limits) {
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

#[test]
fn a_lower_markdown_nesting_limit_is_applied_and_named() {
    let json = r#"{"headline": "Quotes", "body": [{"type": "text", "text": "> > > three deep"}]}"#;
    let limits = Limits {
        max_markdown_nesting: 2,
        ..Limits::default()
    };
    match load_within(json, limits) {
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
}

/// One table of the limits' names serves the element (attributes) and the JS API (options):
/// each name sets its own limit and no other, and the names are those the README lists.
#[test]
fn each_limit_is_set_by_its_own_names() {
    use article_core::limits::LIMIT_NAMES;
    let names: Vec<(&str, &str)> = LIMIT_NAMES
        .iter()
        .map(|name| (name.attribute, name.option))
        .collect();
    assert_eq!(
        names,
        [
            ("max-document-bytes", "maxDocumentBytes"),
            ("max-json-depth", "maxJsonDepth"),
            ("max-blocks", "maxBlocks"),
            ("max-markdown-nesting", "maxMarkdownNesting"),
        ]
    );
    let defaults = Limits::default();
    assert_eq!(
        Limits::set_by(|_| None),
        defaults,
        "nothing set: the defaults"
    );
    let set = |attribute: &str| Limits::set_by(|name| (name.attribute == attribute).then_some(7));
    assert_eq!(
        set("max-document-bytes"),
        Limits {
            max_document_bytes: 7,
            ..defaults
        }
    );
    assert_eq!(
        set("max-json-depth"),
        Limits {
            max_json_depth: 7,
            ..defaults
        }
    );
    assert_eq!(
        set("max-blocks"),
        Limits {
            max_blocks: 7,
            ..defaults
        }
    );
    assert_eq!(
        set("max-markdown-nesting"),
        Limits {
            max_markdown_nesting: 7,
            ..defaults
        }
    );
}
