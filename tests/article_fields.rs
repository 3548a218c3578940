//! Every article field, as a reader's browser renders it.
#![cfg(target_arch = "wasm32")]

mod common;

use common::mount_json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EVERY_FIELD: &str = include_str!("fixtures/every-field.json");

#[wasm_bindgen_test]
fn the_article_element_carries_language_direction_and_id() {
    let view = mount_json(EVERY_FIELD);
    let article = view.one("article.av-article");
    assert_eq!(article.get_attribute("lang").as_deref(), Some("en-GB"));
    assert_eq!(article.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(
        article.get_attribute("data-article-id").as_deref(),
        Some("fixture-every-field")
    );
    assert_eq!(view.count("h1"), 1, "the headline is the only h1");
}

#[wasm_bindgen_test]
fn the_header_shows_kicker_headline_and_standfirst() {
    let view = mount_json(EVERY_FIELD);
    assert_eq!(view.text("header .av-kicker"), "Test desk");
    assert_eq!(view.text("header h1"), "Every article field, rendered");
    assert_eq!(
        view.text("header .av-standfirst"),
        "A fixture with every field of format 1."
    );
    assert_eq!(view.text("header .av-standfirst em"), "every");
}

#[wasm_bindgen_test]
fn the_byline_links_names_with_roles() {
    let view = mount_json(EVERY_FIELD);
    let byline = view.text(".av-byline");
    assert_eq!(
        byline,
        "By Ana Example, Format editor, Ben Example, Test writer and Cy Example"
    );
    let links = view.all(".av-byline a[rel=author]");
    let hrefs: Vec<_> = links
        .iter()
        .filter_map(|link| link.get_attribute("href"))
        .collect();
    assert_eq!(
        hrefs,
        ["https://news.example/people/ana", "mailto:cy@news.example"]
    );
    assert_eq!(
        view.text(".av-person:nth-of-type(1) .av-role"),
        "Format editor"
    );
    assert_eq!(
        view.attr(".av-portrait", "src").as_deref(),
        Some("https://news.example/articles/img/ana.png"),
        "the portrait resolves against the article's address"
    );
}

#[wasm_bindgen_test]
fn dates_are_time_elements_formatted_for_the_language() {
    let view = mount_json(EVERY_FIELD);
    let published = view.one(".av-published time");
    assert_eq!(
        published.get_attribute("datetime").as_deref(),
        Some("2026-11-24T09:00:00Z")
    );
    let shown = published.text_content().unwrap_or_default();
    assert!(
        shown.contains("2026") && shown.contains("November"),
        "formatted by Intl in English: {shown}"
    );
    assert_eq!(
        view.attr(".av-updated time", "datetime").as_deref(),
        Some("2026-11-24T13:30:00+01:00")
    );
    assert!(view.text(".av-updated").starts_with("Updated "));
    assert_eq!(view.text(".av-dateline"), "LONDON, United Kingdom");
}

#[wasm_bindgen_test]
fn an_update_no_later_than_publication_is_not_shown() {
    let json = EVERY_FIELD.replace("2026-11-24T13:30:00+01:00", "2026-11-24T10:00:00+01:00");
    let view = mount_json(&json);
    assert!(view.find(".av-published").is_some());
    assert!(
        view.find(".av-updated").is_none(),
        "10:00+01:00 is before 09:00Z"
    );
}

#[wasm_bindgen_test]
fn the_reading_time_is_estimated() {
    let view = mount_json(EVERY_FIELD);
    assert_eq!(view.text(".av-reading-time"), "1 min read");
    let long_text = "word ".repeat(1001);
    let json = EVERY_FIELD.replace(
        "One two three four five six seven eight nine ten.",
        &long_text,
    );
    assert_eq!(mount_json(&json).text(".av-reading-time"), "6 min read");
}

#[wasm_bindgen_test]
fn the_source_is_named_and_linked_with_its_logo() {
    let view = mount_json(EVERY_FIELD);
    assert_eq!(view.text(".av-source"), "The Example Times");
    assert_eq!(
        view.attr(".av-source a", "href").as_deref(),
        Some("https://news.example/")
    );
    assert_eq!(
        view.attr(".av-source-logo", "src").as_deref(),
        Some("https://news.example/logo.png")
    );
    assert_eq!(
        view.attr(".av-source-logo", "width").as_deref(),
        Some("120")
    );
}

#[wasm_bindgen_test]
fn the_lead_image_loads_first_without_layout_shift() {
    let view = mount_json(EVERY_FIELD);
    let image = view.one(".av-lead figure.av-layout-wide img");
    assert_eq!(
        image.get_attribute("src").as_deref(),
        Some("https://news.example/articles/img/lead.png")
    );
    assert_eq!(
        image.get_attribute("alt").as_deref(),
        Some("The lead image")
    );
    assert_eq!(image.get_attribute("width").as_deref(), Some("1200"));
    assert_eq!(image.get_attribute("height").as_deref(), Some("675"));
    assert_eq!(image.get_attribute("loading"), None, "the lead is not lazy");
    assert_eq!(
        image.get_attribute("fetchpriority").as_deref(),
        Some("high")
    );
    assert_eq!(
        view.text(".av-lead figcaption"),
        "A lead caption Image: Example Agency"
    );
    assert_eq!(
        view.text(".av-lead figcaption .av-credit"),
        "Image: Example Agency"
    );
    assert_eq!(view.text(".av-lead figcaption strong"), "lead");
}

#[wasm_bindgen_test]
fn tags_are_listed_and_linked_where_a_url_is_given() {
    let view = mount_json(EVERY_FIELD);
    let tags = view.one("nav.av-tags");
    assert_eq!(tags.get_attribute("aria-label").as_deref(), Some("Topics"));
    assert_eq!(
        tags.get_attribute("aria-labelledby"),
        Some(format!("{} {}", tags.id(), view.one("h1").id())),
        "named by its own label, then the headline"
    );
    let names: Vec<_> = view
        .all(".av-tags li")
        .iter()
        .filter_map(|li| li.text_content())
        .collect();
    assert_eq!(names, ["Testing", "Formats"]);
    assert_eq!(
        view.attr(".av-tags a[rel=tag]", "href").as_deref(),
        Some("https://news.example/topics/formats")
    );
}

#[wasm_bindgen_test]
fn related_stories_are_a_labelled_list_of_links() {
    let view = mount_json(EVERY_FIELD);
    let nav = view.one("nav.av-related");
    // Named by its heading and the headline, which tell two viewers' lists apart.
    let labels = nav.get_attribute("aria-labelledby").expect("labelled");
    let names: Vec<_> = labels
        .split(' ')
        .map(|id| {
            view.one(&format!("#{id}"))
                .text_content()
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(names, ["Related stories", view.text("h1").as_str()]);
    assert_eq!(view.count(".av-related-list > li"), 2);
    let first = ".av-related-list > li:first-child";
    assert_eq!(view.text(&format!("{first} .av-story-kicker")), "Next");
    assert_eq!(view.text(&format!("{first} h3 a")), "The next story");
    assert_eq!(
        view.attr(&format!("{first} h3 a"), "href").as_deref(),
        Some("https://news.example/next")
    );
    assert_eq!(
        view.text(&format!("{first} .av-story-standfirst em")),
        "next"
    );
    assert_eq!(
        view.attr(&format!("{first} img"), "alt").as_deref(),
        Some(""),
        "the thumbnail is decorative"
    );
    assert_eq!(
        view.attr(&format!("{first} time"), "datetime").as_deref(),
        Some("2026-11-20T08:00:00Z")
    );
    assert!(view.find(".av-related-list > li:last-child img").is_none());
}

#[wasm_bindgen_test]
fn the_canonical_url_is_validated_but_nothing_else_depends_on_it() {
    let json = EVERY_FIELD.replace(
        "https://news.example/2026/11/every-field",
        "javascript:alert(1)",
    );
    let view = mount_json(&json);
    let diagnostics = view.handle().diagnostics();
    assert!(
        diagnostics.iter().any(|d| d.path == "url"),
        "{diagnostics:?}"
    );
    assert_eq!(view.text("h1"), "Every article field, rendered");
}

/// The README promises lazy loading for every image but the lead: the byline's portraits, the
/// source's logo and the related stories' thumbnails too, decorative as they are.
#[wasm_bindgen_test]
fn every_image_but_the_lead_loads_lazily() {
    let view = mount_json(EVERY_FIELD);
    for selector in [
        ".av-portrait",
        ".av-source-logo",
        ".av-related .av-story-image",
    ] {
        let image = view.one(selector);
        assert_eq!(
            image.get_attribute("loading").as_deref(),
            Some("lazy"),
            "{selector}"
        );
        assert_eq!(
            image.get_attribute("alt").as_deref(),
            Some(""),
            "{selector}"
        );
    }
    // Every image of the article: all lazy but the lead, which loads first.
    let eager: Vec<String> = view
        .all("img")
        .iter()
        .filter(|image| image.get_attribute("loading").as_deref() != Some("lazy"))
        .filter_map(|image| image.get_attribute("src"))
        .collect();
    assert_eq!(eager, ["https://news.example/articles/img/lead.png"]);
}
