//! Every block type, as a reader's browser renders it.
#![cfg(target_arch = "wasm32")]

mod common;

use common::mount_json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EVERY_BLOCK: &str = include_str!("fixtures/every-block.json");

/// The body's children in order, by their class or tag, to check nothing was lost.
#[wasm_bindgen_test]
fn every_block_renders_in_order() {
    let view = mount_json(EVERY_BLOCK);
    let paths: Vec<_> = view
        .handle()
        .diagnostics()
        .into_iter()
        .map(|d| d.path)
        .collect();
    assert_eq!(paths, ["body[0].text"], "only the raw HTML warning");
    let kinds: Vec<String> = view
        .all(".av-body > *")
        .iter()
        .map(|element| {
            element
                .class_name()
                .split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        kinds,
        [
            // Three headings: the contents come first.
            "av-toc",
            "av-text",
            "av-heading",
            "av-heading",
            "av-heading",
            "av-figure av-image",
            "av-figure av-image",
            "av-figure av-gallery",
            "av-pullquote",
            "av-quote",
            "av-related-block",
            "av-aside",
            "av-figure av-video",
            "av-divider",
            "av-figure av-embed",
        ]
    );
}

#[wasm_bindgen_test]
fn text_markdown_becomes_elements() {
    let view = mount_json(EVERY_BLOCK);
    let text = ".av-body > .av-text";
    assert_eq!(
        view.text(&format!("{text} > p:first-child em")),
        "paragraph"
    );
    assert_eq!(view.text(&format!("{text} strong")), "strong");
    assert_eq!(view.text(&format!("{text} del")), "struck");
    assert_eq!(view.text(&format!("{text} p code")), "code");
    let link = view.one(&format!("{text} a[title]"));
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://news.example/a")
    );
    assert_eq!(link.get_attribute("title").as_deref(), Some("A title"));
    assert_eq!(view.count(&format!("{text} ul > li")), 2);
    assert_eq!(
        view.attr(&format!("{text} ol"), "start").as_deref(),
        Some("3")
    );
    assert_eq!(
        view.text(&format!("{text} h2")),
        "A sub-heading",
        "# in Markdown is an h2: the headline is the h1"
    );
    assert_eq!(view.text(&format!("{text} blockquote p")), "A block quote.");
}

#[wasm_bindgen_test]
fn tables_have_header_cells_and_alignment() {
    let view = mount_json(EVERY_BLOCK);
    assert_eq!(view.count(".av-table table thead th[scope=col]"), 3);
    assert_eq!(
        view.attr(".av-table thead th:nth-child(1)", "class")
            .as_deref(),
        Some("av-align-start")
    );
    assert_eq!(
        view.attr(".av-table thead th:nth-child(2)", "class")
            .as_deref(),
        Some("av-align-center")
    );
    assert_eq!(
        view.attr(".av-table tbody td:nth-child(3)", "class")
            .as_deref(),
        Some("av-align-end")
    );
    assert_eq!(
        view.attr(".av-table", "tabindex").as_deref(),
        Some("0"),
        "a wide table scrolls by keyboard"
    );
}

#[wasm_bindgen_test]
fn a_code_block_scrolls_by_keyboard() {
    let view = mount_json(
        r#"{ "headline": "Code", "body": [{ "type": "text", "text": "```\nlet x = 1;\n```" }] }"#,
    );
    assert_eq!(view.text(".av-text pre > code"), "let x = 1;\n");
    assert_eq!(view.attr(".av-text pre", "tabindex").as_deref(), Some("0"));
}

#[wasm_bindgen_test]
fn footnotes_link_both_ways() {
    let view = mount_json(EVERY_BLOCK);
    let references = view.all(".av-text sup.av-footnote-ref a");
    assert_eq!(references.len(), 2, "two references to one footnote");
    let target = references[0].get_attribute("href").expect("href");
    assert_eq!(references[1].get_attribute("href").as_ref(), Some(&target));
    let note = view.one(&format!(".av-footnotes li{target}"));
    assert!(note
        .text_content()
        .unwrap_or_default()
        .contains("The source of the claim."));
    let back = view.one(&format!(".av-footnotes li{target} a.av-footnote-back"));
    let back_target = back.get_attribute("href").expect("href");
    assert_eq!(
        format!("#{}", references[0].id()),
        back_target,
        "the back link returns to the first reference"
    );
    assert!(references[1].id().is_empty(), "ids stay unique");
    assert_eq!(
        back.get_attribute("aria-label").as_deref(),
        Some("Back to the text")
    );
    let notes = view.one(".av-footnotes");
    assert_eq!(
        (
            notes.get_attribute("role").as_deref(),
            notes.get_attribute("aria-label").as_deref()
        ),
        (Some("group"), Some("Notes")),
        "a named group, not a landmark, which an article may have several of"
    );
}

#[wasm_bindgen_test]
fn raw_html_in_markdown_is_text() {
    let view = mount_json(EVERY_BLOCK);
    assert_eq!(view.count("script"), 0);
    assert_eq!(view.count("b"), 0);
    assert_eq!(view.count("[onclick]"), 0);
    let text = view.text(".av-body > .av-text");
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("<b onclick=\"x()\">bold?</b>"), "{text}");
}

#[wasm_bindgen_test]
fn headings_keep_their_level_and_anchor() {
    let view = mount_json(EVERY_BLOCK);
    // The article's anchor, scoped to the viewer: `av<n>-a-section-two`.
    let heading = view.one("h2.av-heading[id$='-a-section-two']");
    assert_eq!(heading.text_content().as_deref(), Some("Section two"));
    let id = heading.id();
    let number = id
        .strip_prefix("av")
        .and_then(|rest| rest.strip_suffix("-a-section-two"));
    assert!(
        number.is_some_and(|n| n.parse::<u32>().is_ok()),
        "scoped anchor {id:?}"
    );
    assert_eq!(view.text("h3.av-heading"), "A level three");
    assert_eq!(view.text("h4.av-heading"), "A level four");
}

#[wasm_bindgen_test]
fn images_are_figures_with_size_srcset_caption_and_credit() {
    let view = mount_json(EVERY_BLOCK);
    let figure = ".av-body > figure.av-image.av-layout-full";
    let image = view.one(&format!(
        "{figure} a[href='https://news.example/photo'] > img"
    ));
    assert_eq!(
        image.get_attribute("src").as_deref(),
        Some("https://news.example/articles/img/photo-960.png")
    );
    assert_eq!(image.get_attribute("alt").as_deref(), Some("A photo"));
    assert_eq!(image.get_attribute("width").as_deref(), Some("960"));
    assert_eq!(image.get_attribute("height").as_deref(), Some("540"));
    assert_eq!(image.get_attribute("loading").as_deref(), Some("lazy"));
    assert_eq!(
        image.get_attribute("srcset").as_deref(),
        Some("https://news.example/articles/img/photo-480.png 480w, https://news.example/articles/img/photo-960.png 960w")
    );
    assert_eq!(image.get_attribute("sizes").as_deref(), Some("100vw"));
    assert_eq!(
        view.text(&format!("{figure} figcaption .av-caption em")),
        "caption"
    );
    assert_eq!(
        view.text(&format!("{figure} figcaption .av-credit")),
        "Image: Photo Agency"
    );
}

#[wasm_bindgen_test]
fn a_decorative_image_has_empty_alternative_text_and_no_caption() {
    let view = mount_json(EVERY_BLOCK);
    let figure = view.all(".av-body > figure.av-image")[1].clone();
    let image = figure.query_selector("img").ok().flatten().expect("an img");
    assert_eq!(
        image.get_attribute("alt").as_deref(),
        Some(""),
        "alt is present and empty"
    );
    assert!(figure.query_selector("figcaption").ok().flatten().is_none());
    assert!(
        figure.class_name().contains("av-layout-inline"),
        "inline is the default layout"
    );
}

#[wasm_bindgen_test]
fn a_gallery_is_a_labelled_figure_of_figures_under_one_caption() {
    let view = mount_json(EVERY_BLOCK);
    let gallery = view.one("figure.av-gallery");
    assert_eq!(
        gallery.get_attribute("role"),
        None,
        "a figure (of figures), which may not be a group"
    );
    assert_eq!(
        gallery.get_attribute("aria-label").as_deref(),
        Some("Gallery")
    );
    assert_eq!(
        view.count("figure.av-gallery li > figure > button.av-larger > img"),
        3
    );
    assert_eq!(view.text("figure.av-gallery > figcaption"), "Three images");
    assert_eq!(
        view.text("figure.av-gallery li:nth-child(1) figcaption"),
        "One"
    );
    assert_eq!(
        view.text("figure.av-gallery li:nth-child(2) figcaption"),
        "Image: Someone"
    );
}

#[wasm_bindgen_test]
fn a_pull_quote_is_announced_as_one() {
    let view = mount_json(EVERY_BLOCK);
    let aside = view.one("aside.av-pullquote");
    assert_eq!(
        aside.get_attribute("aria-label").as_deref(),
        Some("Pull quote: Words lifted out"),
        "its words, as plain text, after the label"
    );
    assert_eq!(
        view.text("aside.av-pullquote blockquote"),
        "Words lifted out"
    );
    assert_eq!(view.text("aside.av-pullquote figcaption"), "A speaker");
}

#[wasm_bindgen_test]
fn a_quote_cites_its_source() {
    let view = mount_json(EVERY_BLOCK);
    assert_eq!(
        view.attr("figure.av-quote blockquote", "cite").as_deref(),
        Some("https://news.example/source")
    );
    assert_eq!(view.count("figure.av-quote blockquote p"), 2);
    assert_eq!(view.text("figure.av-quote figcaption a"), "A writer");
    assert_eq!(
        view.attr("figure.av-quote figcaption a", "href").as_deref(),
        Some("https://news.example/source")
    );
}

#[wasm_bindgen_test]
fn a_related_block_links_to_the_story_without_adding_a_heading() {
    let view = mount_json(EVERY_BLOCK);
    assert_eq!(
        view.attr("aside.av-related-block", "aria-label").as_deref(),
        Some("Related: A story in the body")
    );
    assert_eq!(
        view.text("aside.av-related-block .av-story-kicker"),
        "Read more"
    );
    assert_eq!(
        view.attr("aside.av-related-block a", "href").as_deref(),
        Some("https://news.example/in-body")
    );
    assert_eq!(
        view.text("aside.av-related-block p.av-story-headline"),
        "A story in the body"
    );
    assert_eq!(
        view.count("aside.av-related-block h2, aside.av-related-block h3"),
        0
    );
    assert_eq!(
        view.text("aside.av-related-block .av-story-standfirst em"),
        "standfirst"
    );
}

#[wasm_bindgen_test]
fn an_aside_is_named_by_its_title() {
    let view = mount_json(EVERY_BLOCK);
    let aside = view.one("aside.av-aside");
    let title_id = aside.get_attribute("aria-labelledby").expect("labelled");
    assert_eq!(view.text(&format!("#{title_id}")), "Fact box");
    assert_eq!(view.count("aside.av-aside li"), 2);
}

#[wasm_bindgen_test]
fn a_video_has_controls_poster_and_caption() {
    let view = mount_json(EVERY_BLOCK);
    let video = view.one("figure.av-video video");
    assert_eq!(
        video.get_attribute("src").as_deref(),
        Some("https://news.example/articles/media/clip.webm")
    );
    assert_eq!(
        video.get_attribute("poster").as_deref(),
        Some("https://news.example/articles/media/poster.png")
    );
    assert!(video.has_attribute("controls"));
    assert_eq!(video.get_attribute("width").as_deref(), Some("640"));
    assert_eq!(video.get_attribute("height").as_deref(), Some("360"));
    assert_eq!(
        view.text("figure.av-video figcaption"),
        "A clip Video: Video Agency"
    );
}

#[wasm_bindgen_test]
fn a_divider_is_a_thematic_break() {
    let view = mount_json(EVERY_BLOCK);
    assert_eq!(view.count(".av-body > hr.av-divider"), 1);
}

/// An aside is a labelled region: by its title when it has one; else by the viewer's
/// "Box N", numbered among the untitled ones, and the headline, so that two untitled asides
/// (and those of two viewers on one page) never share a landmark's name.
#[wasm_bindgen_test]
async fn an_aside_without_a_title_is_a_region_named_apart() {
    let mut body = common::paragraphs(300);
    body[3] = r#"{ "type": "aside", "text": "First untitled" }"#.into();
    body[5] = r#"{ "type": "aside", "title": "Fact box", "text": "Titled" }"#.into();
    body[7] = r#"{ "type": "aside", "text": "Second untitled" }"#.into();
    // Past the first screen's blocks (24 of a long article): rendered in a later chunk.
    body[250] = r#"{ "type": "aside", "text": "Third untitled" }"#.into();
    let json = |lang: &str| {
        format!(
            r#"{{ "headline": "Boxes", "lang": "{lang}", "body": [{}] }}"#,
            body.join(",")
        )
    };
    let view = mount_json(&json("en"));
    view.settled().await;
    let headline_id = view.one("h1").id();
    assert!(!headline_id.is_empty());
    let name = |aside: &web_sys::Element| -> String {
        let ids = aside.get_attribute("aria-labelledby").unwrap_or_default();
        ids.split_whitespace()
            .map(|id| {
                let element = common::document()
                    .get_element_by_id(id)
                    .unwrap_or_else(|| panic!("aria-labelledby names a missing id {id:?}"));
                element
                    .get_attribute("aria-label")
                    .or_else(|| element.text_content())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let names: Vec<String> = view.all("aside.av-aside").iter().map(name).collect();
    assert_eq!(
        names,
        ["Box 1 Boxes", "Fact box", "Box 2 Boxes", "Box 3 Boxes"]
    );
    for aside in view.all("aside.av-aside") {
        let labelled_by = aside.get_attribute("aria-labelledby").unwrap_or_default();
        if aside.get_attribute("aria-label").is_some() {
            assert_eq!(labelled_by, format!("{} {headline_id}", aside.id()));
        }
    }

    // In Arabic, the viewer's words are Arabic.
    let arabic = mount_json(&json("ar"));
    arabic.settled().await;
    assert_eq!(
        arabic.attr("aside.av-aside", "aria-label").as_deref(),
        Some("إطار 1")
    );
}
