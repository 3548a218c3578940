//! An article with invalid parts: the valid ones render, the invalid ones do not,
//! and the diagnostics say where.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{ArticleSource, ViewerOptions};
use common::{mount_json, mount_with, BASE, BLOCKS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const WITH_INVALID_BLOCKS: &str = r#"{
  "headline": "Some blocks are broken",
  "published": "last Tuesday",
  "body": [
    { "type": "text", "text": "First paragraph." },
    { "type": "image", "alt": "No source" },
    { "type": "heading", "text": "Too deep", "level": 9 },
    { "type": "hologram", "text": "From the future" },
    { "type": "image", "src": "javascript:alert(1)", "alt": "Refused" },
    { "type": "text", "text": "A [bad link](javascript:alert(1)) and a [good one](https://news.example/)." },
    "not even an object",
    { "type": "text", "text": "Last paragraph." }
  ]
}"#;

fn paths(view: &common::Mounted) -> Vec<String> {
    view.handle()
        .diagnostics()
        .into_iter()
        .map(|d| d.path)
        .collect()
}

#[wasm_bindgen_test]
fn valid_blocks_render_and_invalid_ones_leave_nothing() {
    let view = mount_json(WITH_INVALID_BLOCKS);
    assert_eq!(
        view.count(BLOCKS),
        4,
        "three valid text blocks, and the heading without its invalid level"
    );
    let paragraphs: Vec<_> = view
        .all(".av-body p")
        .iter()
        .filter_map(|p| p.text_content())
        .collect();
    assert_eq!(
        paragraphs,
        [
            "First paragraph.",
            "A bad link and a good one.",
            "Last paragraph."
        ]
    );
    assert_eq!(view.count("img"), 0);
    // An invalid optional field is dropped alone: level 9 becomes the default, 2.
    assert_eq!(view.all("h2.av-heading").len(), 1);
    assert_eq!(
        view.find("h2.av-heading")
            .and_then(|h| h.text_content())
            .as_deref(),
        Some("Too deep")
    );
    assert!(
        view.find(".av-published").is_none(),
        "an invalid date is dropped alone"
    );
}

#[wasm_bindgen_test]
fn diagnostics_name_the_place_of_each_problem() {
    let view = mount_json(WITH_INVALID_BLOCKS);
    assert_eq!(
        paths(&view),
        [
            "published",
            "body[1].src",
            "body[2].level",
            "body[3].type",
            "body[4].src",
            "body[5].text",
            "body[6]"
        ]
    );
    let diagnostics = view.handle().diagnostics();
    assert!(
        diagnostics[1].message.contains("missing field"),
        "{:?}",
        diagnostics[1]
    );
    assert!(
        diagnostics[3].message.contains("hologram"),
        "{:?}",
        diagnostics[3]
    );
    assert!(
        diagnostics[4].message.contains("javascript"),
        "{:?}",
        diagnostics[4]
    );
}

#[wasm_bindgen_test]
fn a_refused_link_becomes_plain_text() {
    let view = mount_json(WITH_INVALID_BLOCKS);
    let hrefs: Vec<_> = view
        .all(".av-body a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, ["https://news.example/"]);
    assert!(!view.root.inner_html().contains("javascript:"));
}

#[wasm_bindgen_test]
fn diagnostics_are_shown_on_the_page_only_when_asked_for() {
    let hidden = mount_json(WITH_INVALID_BLOCKS);
    assert!(hidden.find(".av-diagnostics").is_none());

    let shown = mount_with(
        ArticleSource::Json(WITH_INVALID_BLOCKS.to_owned()),
        ViewerOptions {
            base_url: Some(BASE.to_owned()),
            show_diagnostics: true,
            ..ViewerOptions::default()
        },
    );
    assert_eq!(shown.count(".av-diagnostics li"), 7);
    assert_eq!(
        shown.text(".av-diagnostics li:nth-child(2) code"),
        "body[1].src"
    );
    assert!(shown.text(".av-diagnostics h2").contains("(7)"));
    assert_eq!(
        shown.text("h1"),
        "Some blocks are broken",
        "the article still renders"
    );
}

/// Format revision 2: an invalid optional field is dropped alone, with a diagnostic at
/// its path, and what holds it renders without it (its default).
const WITH_INVALID_OPTIONAL_FIELDS: &str = r#"{
  "headline": "Optional fields gone wrong",
  "byline": [{ "name": "Ana Writer", "role": 5 }],
  "body": [
    { "type": "image", "src": "https://news.example/a.png", "alt": "A picture", "width": 0, "height": 300, "caption": "Its caption" },
    { "type": "quote", "text": "Words.", "cite": 7 },
    { "type": "aside", "title": ["not", "a", "title"], "text": "The aside's text." }
  ],
  "tags": [{ "name": "Lenient", "url": 5 }],
  "related": [{ "headline": "Still a story", "url": "https://news.example/next", "published": 5 }]
}"#;

#[wasm_bindgen_test]
fn an_invalid_optional_field_is_dropped_alone_and_its_block_or_item_renders() {
    let view = mount_json(WITH_INVALID_OPTIONAL_FIELDS);
    assert_eq!(
        paths(&view),
        [
            "byline[0].role",
            "body[0].width",
            "body[1].cite",
            "body[2].title",
            "tags[0].url",
            "related[0].published"
        ]
    );
    // Every block stays.
    assert_eq!(view.count(BLOCKS), 3);
    // The image, without the width 0 that many CMSs write for "unknown", keeps its height.
    let image = view.one(".av-body img");
    assert_eq!(
        image.get_attribute("src").as_deref(),
        Some("https://news.example/a.png")
    );
    assert_eq!(image.get_attribute("width"), None);
    assert_eq!(image.get_attribute("height").as_deref(), Some("300"));
    assert_eq!(view.text(".av-body figcaption .av-caption"), "Its caption");
    // The quote without its source, the aside without its title.
    assert_eq!(view.text(".av-body blockquote p"), "Words.");
    assert_eq!(view.one(".av-body blockquote").get_attribute("cite"), None);
    assert!(view.text(".av-body aside").contains("The aside's text."));
    // The person without a role, the tag without a link, the story without a date.
    assert_eq!(view.text(".av-byline .av-name"), "Ana Writer");
    assert_eq!(view.count(".av-byline .av-role"), 0);
    assert_eq!(view.text(".av-tags li"), "Lenient");
    assert_eq!(view.count(".av-tags a"), 0);
    assert_eq!(view.text(".av-related .av-story-headline"), "Still a story");
    assert_eq!(
        view.attr(".av-related a.av-story-link", "href").as_deref(),
        Some("https://news.example/next")
    );
    assert_eq!(view.count(".av-related .av-story-date"), 0);
}

#[wasm_bindgen_test]
fn a_refused_story_link_shows_its_story_as_text() {
    let view = mount_json(
        r#"{
          "headline": "Stories with refused links",
          "body": [
            { "type": "related", "headline": "In the body", "url": "javascript:alert(1)", "src": "next.json", "kicker": "Read" },
            { "type": "text", "text": "After it." }
          ],
          "related": [
            { "headline": "Refused", "url": "vbscript:msgbox(1)", "standfirst": "Its standfirst." },
            { "headline": "Allowed", "url": "https://news.example/allowed" }
          ]
        }"#,
    );
    assert_eq!(paths(&view), ["body[0].url", "related[0].url"]);
    // The body's story stays, its headline as text, with its kicker.
    assert_eq!(view.count(BLOCKS), 2);
    assert_eq!(
        view.text(".av-body .av-story-headline"),
        "In the body",
        "{}",
        view.root.inner_html()
    );
    assert_eq!(view.text(".av-body .av-story-kicker"), "Read");
    assert_eq!(view.count(".av-body .av-story a"), 0);
    // In the list, both stories, the refused one as text with its standfirst.
    let headlines: Vec<_> = view
        .all(".av-related .av-story-headline")
        .iter()
        .filter_map(|headline| headline.text_content())
        .collect();
    assert_eq!(headlines, ["Refused", "Allowed"]);
    let hrefs: Vec<_> = view
        .all(".av-related a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, ["https://news.example/allowed"]);
    assert_eq!(
        view.text(".av-related .av-story-standfirst"),
        "Its standfirst."
    );
    let html = view.root.inner_html();
    assert!(!html.contains("javascript:") && !html.contains("vbscript:"));
}
