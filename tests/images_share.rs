//! Images larger and the share button, as a reader's browser renders them. The reader's side
//! (keys, swipes, focus, the clipboard, the share sheet) is tested end to end in
//! `tests/e2e/images-share.test.mjs`.
#![cfg(target_arch = "wasm32")]

mod common;

use common::{mount_json, test_origin, wait_until, Mounted, BASE};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const EVERY_BLOCK: &str = include_str!("fixtures/every-block.json");

const IMAGE: &str = r#"{
  "headline": "An image",
  "body": [{ "type": "image", "src": "img/mid.png", "alt": "A photo", "caption": "The *caption*",
    "credit": "Agency", "srcset": [{ "src": "img/big.png", "width": 1440 },
    { "src": "img/small.png", "width": 480 }, { "src": "img/mid.png", "width": 960 }] }]
}"#;

fn click(view: &Mounted, selector: &str) {
    view.one(selector)
        .dyn_into::<HtmlElement>()
        .expect("an HtmlElement")
        .click();
}

fn resolved(path: &str) -> String {
    web_sys::Url::new_with_base(path, BASE)
        .expect("a URL")
        .href()
}

#[wasm_bindgen_test]
fn an_image_is_a_button_that_opens_it_larger_with_its_caption_and_credit() {
    let view = mount_json(IMAGE);
    let opener = ".av-image > button.av-larger";
    assert_eq!(
        view.attr(opener, "aria-label").as_deref(),
        Some("View larger: A photo")
    );
    assert_eq!(view.count(&format!("{opener} > img[alt='A photo']")), 1);
    assert_eq!(view.count("dialog"), 0, "no dialog until one is asked for");

    click(&view, opener);
    let dialog = ".av-article > dialog.av-dialog[open]";
    assert_eq!(view.count(dialog), 1);
    assert_eq!(
        view.attr(&format!("{dialog} img"), "src"),
        Some(resolved("img/big.png")),
        "the widest candidate, wherever it is in the srcset"
    );
    assert_eq!(
        view.attr(&format!("{dialog} img"), "alt").as_deref(),
        Some("A photo")
    );
    assert_eq!(
        view.text(&format!("{dialog} figcaption")),
        "The caption Image: Agency"
    );
    assert_eq!(view.text(&format!("{dialog} figcaption em")), "caption");
    // Named by its caption, not its credit: the copied caption's id, one of this viewer's.
    let named_by = view
        .attr(dialog, "aria-labelledby")
        .expect("aria-labelledby");
    assert!(
        named_by.starts_with("av") && named_by.ends_with("-larger-caption"),
        "{named_by}"
    );
    assert_eq!(view.text(&format!("{dialog} #{named_by}")), "The caption");
    assert_eq!(
        view.count(&format!("#{named_by}")),
        1,
        "one element of that id"
    );
    assert_eq!(
        view.count(&format!("{dialog} .av-previous, {dialog} .av-next")),
        0,
        "one image: nothing to step to"
    );

    click(&view, &format!("{dialog} .av-close"));
    assert_eq!(view.count(dialog), 0, "closed");
}

#[wasm_bindgen_test]
fn a_linked_or_decorative_image_is_no_button() {
    let view = mount_json(EVERY_BLOCK);
    let figures = view.all(".av-body > figure.av-image");
    assert_eq!(figures.len(), 2);
    let buttons = |figure: &web_sys::Element| {
        figure
            .query_selector_all(".av-larger")
            .expect("a selector")
            .length()
    };
    assert_eq!(view.count(".av-body > figure.av-image > a > img"), 1);
    assert_eq!(buttons(&figures[0]), 0, "the link wins");
    assert_eq!(buttons(&figures[1]), 0, "nothing to see larger");
    assert_eq!(view.count(".av-gallery .av-larger"), 3, "the control");
}

#[wasm_bindgen_test]
fn a_gallery_steps_both_ways_from_the_last_to_the_first() {
    let view = mount_json(EVERY_BLOCK);
    click(&view, ".av-gallery li:nth-child(2) .av-larger");
    let dialog = "dialog.av-dialog[open]";
    let shown = || {
        (
            view.attr(&format!("{dialog} img"), "alt")
                .unwrap_or_default(),
            view.find(&format!("{dialog} figcaption"))
                .and_then(|caption| caption.text_content())
                .unwrap_or_default(),
        )
    };
    assert_eq!(shown(), ("Second".into(), "Image: Someone".into()));
    // Its name: the caption of the image shown, or the word for an image when it has none (a
    // credit is no caption).
    let name = || {
        (
            view.attr(dialog, "aria-labelledby")
                .map(|id| view.text(&format!("{dialog} #{id}"))),
            view.attr(dialog, "aria-label"),
        )
    };
    assert_eq!(name(), (None, Some("Image".into())));
    click(&view, &format!("{dialog} .av-previous"));
    assert_eq!(name(), (Some("One".into()), Some("Image".into())));
    click(&view, &format!("{dialog} .av-next"));
    assert_eq!(
        view.attr(&format!("{dialog} .av-next"), "aria-label")
            .as_deref(),
        Some("Next image")
    );
    let mut seen = Vec::new();
    for button in [".av-next", ".av-next", ".av-previous", ".av-previous"] {
        click(&view, &format!("{dialog} {button}"));
        seen.push(shown().0);
    }
    assert_eq!(seen, ["Third", "First", "Third", "Second"]);
    assert_eq!(shown(), ("Second".into(), "Image: Someone".into()));
}

#[wasm_bindgen_test]
fn the_share_button_speaks_the_articles_language_and_has_a_status_beside_it() {
    let has_share_sheet = web_sys::window()
        .map(|window| js_sys::Reflect::has(&window.navigator(), &"share".into()))
        .and_then(Result::ok)
        .unwrap_or(false);
    let (english, arabic) = if has_share_sheet {
        ("Share", "مشاركة")
    } else {
        ("Copy link", "نسخ الرابط")
    };
    let view = mount_json(IMAGE);
    assert_eq!(view.text(".av-header .av-share > button"), english);
    assert_eq!(view.text(".av-share > [role=status]"), "");

    let view = mount_json(
        r#"{ "lang": "ar", "headline": "مقال", "body": [] , "lead": { "type": "image", "src": "a.png", "alt": "صورة" } }"#,
    );
    assert_eq!(view.text(".av-share > button"), arabic);
    assert_eq!(
        view.attr(".av-lead .av-larger", "aria-label").as_deref(),
        Some("عرض بحجم أكبر: صورة")
    );
}

#[wasm_bindgen_test]
fn an_image_open_when_the_viewer_renders_again_goes_and_the_images_still_open() {
    let view = mount_json(EVERY_BLOCK);
    click(&view, ".av-gallery li:nth-child(1) .av-larger");
    assert_eq!(view.count("dialog.av-dialog[open]"), 1);

    view.handle().set_theme(article_viewer::Theme::Dark);
    assert_eq!(view.count("dialog"), 0, "gone with the article it was in");
    click(&view, ".av-gallery li:nth-child(3) .av-larger");
    assert_eq!(
        view.attr("dialog.av-dialog[open] img", "alt").as_deref(),
        Some("Third")
    );
}

#[wasm_bindgen_test]
async fn an_image_that_does_not_load_is_no_button() {
    let json = format!(
        r#"{{ "headline": "A missing image", "body": [{{ "type": "image",
          "src": "{}/no-such-image.png", "alt": "Gone", "caption": "Still here" }}] }}"#,
        test_origin()
    );
    let view = mount_json(&json);
    assert_eq!(view.count(".av-larger"), 1, "the control");
    wait_until("the stand-in is in", || {
        view.count(".av-media-fallback") == 1
    })
    .await;
    assert_eq!(view.count(".av-larger"), 0, "nothing to see larger");
    assert_eq!(view.count(".av-image > .av-media-fallback[role=img]"), 1);
    assert_eq!(view.text(".av-image figcaption"), "Still here");
}
