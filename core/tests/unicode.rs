//! Lower case and letters, which the browser answers in the browser and the standard library
//! natively (src/unicode.rs, and pulldown-cmark's labels in vendor/pulldown-cmark/src/fold.rs).
//!
//! The same tests run natively and in Chromium (`scripts/test` runs them with wasm-pack), so
//! both answers are held to one set of cases, through the features that ask: anchors, and
//! reference and footnote labels that match in any case.

mod common;

use article_core::markdown::{Footnote, Inline, MdBlock};
use article_core::unicode::{is_alphanumeric, lowercase};
use common::*;
use serde_json::json;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[test]
fn lower_case_of_every_script() {
    let cases = [
        ("ÄRGER über Zeit", "ärger über zeit"),
        ("МОСКВА", "москва"),
        ("ΑΘΗΝΑ", "αθηνα"),
        // A word's last capital sigma becomes the final form; one inside a word does not.
        ("ΟΔΟΣ ΣΟΦΙΑ", "οδο\u{3C2} σοφια"),
        // Dotted capital I lowers to i and a combining dot above.
        ("İstanbul", "i\u{307}stanbul"),
        // A title-case digraph, Georgian Mtavruli, Armenian and full-width Latin.
        ("ǅemal", "ǆemal"),
        ("ᲗᲑᲘᲚᲘᲡᲘ", "თბილისი"),
        ("ԵՐԵՎԱՆ", "երեվան"),
        ("ＡＢＣ", "ａｂｃ"),
        // What has no case stays as it is.
        ("إدلب ٢٠١٥ 中文 😀", "إدلب ٢٠١٥ 中文 😀"),
        ("plain ASCII, Mixed", "plain ascii, mixed"),
    ];
    for (text, lower) in cases {
        assert_eq!(lowercase(text), lower, "the lower case of {text}");
    }
}

#[test]
fn letters_and_digits_of_every_script() {
    // A vowel sign (`ा`) is part of its letter: Unicode's Alphabetic.
    let letters = ['a', 'Z', 'ß', 'Ж', 'Ω', 'ب', 'א', 'क', 'ा', '中', 'ㄱ', 'ა'];
    // Arabic-Indic and Devanagari digits, a Roman numeral, a fraction, a superscript.
    let digits = ['7', '٣', '७', 'Ⅻ', '½', '²'];
    let others = [
        '-', '_', ' ', '€', '·', '—', '“', '😀', '\u{200B}', '\u{301}', '\u{A0}', '؟',
    ];
    for character in letters.into_iter().chain(digits) {
        assert!(
            is_alphanumeric(character),
            "{character} is a letter or digit"
        );
    }
    for character in others {
        assert!(!is_alphanumeric(character), "{character} is neither");
    }
}

#[test]
fn anchors_of_letters_and_digits_in_any_script_are_kept() {
    let kept = ["القسم-الأول", "Глава_2", "τμήμα.3", "第一章", "भाग:७", "Ⅻ½"];
    let refused = ["prix-€", "a·b", "emoji-😀", "dash—dash"];
    let body: Vec<_> = kept
        .iter()
        .chain(&refused)
        .map(|id| json!({ "type": "heading", "text": "A section", "id": id }))
        .collect();
    let loaded = load_body(json!(body));
    let ids = heading_ids(&loaded);
    let expected: Vec<Option<String>> = kept
        .iter()
        .map(|id| Some(id.to_string()))
        .chain(refused.iter().map(|_| None))
        .collect();
    assert_eq!(ids, expected);
    assert_eq!(loaded.diagnostics.len(), refused.len());
}

#[test]
fn labels_match_in_any_case_in_any_script() {
    let markdown = md_clean(
        "[one][МОСКВА], [two][οδο\u{3C2}] and a note[^ΣΗΜΕΙΩΣΗ].\n\n\
         [москва]: https://e.example/m\n[ΟΔΟΣ]: https://e.example/o\n\n\
         [^σημειωση]: The note.\n",
    );
    let MdBlock::Paragraph(inlines) = &markdown.blocks[0] else {
        panic!("{:?}", markdown.blocks);
    };
    let found: Vec<String> = inlines
        .iter()
        .filter_map(|inline| match inline {
            Inline::Link { href, .. } => Some(href.to_string()),
            Inline::FootnoteReference(number) => Some(format!("note {number}")),
            _ => None,
        })
        .collect();
    assert_eq!(
        found,
        ["https://e.example/m", "https://e.example/o", "note 1"]
    );
    assert_eq!(
        markdown.footnotes,
        [Footnote {
            number: 1,
            blocks: vec![MdBlock::Paragraph(vec![text("The note.")])],
        }]
    );
}
