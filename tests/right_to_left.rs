//! Right-to-left articles: direction from the language, and the viewer's words in it.
#![cfg(target_arch = "wasm32")]

mod common;

use common::mount_json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ARABIC: &str = r#"{
  "lang": "ar",
  "kicker": "اختبار",
  "headline": "مقال من اليمين إلى اليسار",
  "standfirst": "نص *تجريبي* لاختبار الاتجاه.",
  "byline": [{ "name": "فريق العرض", "role": "محرر" }, { "name": "كاتب آخر" }],
  "published": "2026-11-24T09:00:00Z",
  "updated": "2026-11-24T12:00:00Z",
  "body": [{ "type": "text", "text": "فقرة أولى." }, { "type": "image", "src": "a.png", "alt": "صورة", "credit": "وكالة" }],
  "tags": ["اختبار"],
  "related": [{ "headline": "قصة أخرى", "url": "https://news.example/ar/other" }]
}"#;

#[wasm_bindgen_test]
fn arabic_is_right_to_left_with_arabic_words() {
    let view = mount_json(ARABIC);
    let article = view.one("article");
    assert_eq!(article.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(article.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(view.text(".av-related h2"), "مواضيع ذات صلة");
    assert_eq!(view.text(".av-reading-time"), "قراءة في دقيقة واحدة");
    assert_eq!(view.text(".av-byline"), "بقلم فريق العرض، محرر وكاتب آخر");
    assert_eq!(view.text(".av-credit"), "صورة: وكالة");
    assert!(view.text(".av-updated").starts_with("حُدّث"));
    assert_eq!(
        view.attr(".av-tags", "aria-label").as_deref(),
        Some("مواضيع")
    );
}

#[wasm_bindgen_test]
fn dates_are_formatted_in_arabic() {
    let view = mount_json(ARABIC);
    let shown = view.text(".av-published time");
    assert!(
        shown.contains("نوفمبر") || shown.contains("تشرين"),
        "Arabic month name in {shown:?}"
    );
}

#[wasm_bindgen_test]
fn every_right_to_left_language_of_the_format_and_an_explicit_dir() {
    for lang in [
        "ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ckb", "ug", "ar-EG", "HE",
    ] {
        let json =
            format!(r#"{{"lang": "{lang}", "headline": "H", "body": [{{"type": "divider"}}]}}"#);
        assert_eq!(
            mount_json(&json).attr("article", "dir").as_deref(),
            Some("rtl"),
            "{lang}"
        );
    }
    for lang in ["en", "tr", "fr-CA", "arn"] {
        let json =
            format!(r#"{{"lang": "{lang}", "headline": "H", "body": [{{"type": "divider"}}]}}"#);
        assert_eq!(
            mount_json(&json).attr("article", "dir").as_deref(),
            Some("ltr"),
            "{lang}"
        );
    }
    let forced = r#"{"lang": "ar", "dir": "ltr", "headline": "H", "body": [{"type": "divider"}]}"#;
    assert_eq!(
        mount_json(forced).attr("article", "dir").as_deref(),
        Some("ltr")
    );
}
