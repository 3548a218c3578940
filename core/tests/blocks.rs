//! Every block type with all of its fields, and invalid blocks left out while the
//! rest of the article renders.

mod common;

use article_core::blocks::aside::Aside;
use article_core::blocks::gallery::Gallery;
use article_core::blocks::heading::Heading;
use article_core::blocks::image::{Image, Layout, SrcsetEntry};
use article_core::blocks::pullquote::Pullquote;
use article_core::blocks::quote::Quote;
use article_core::blocks::video::Video;
use article_core::markdown::{Inline, Markdown, MdBlock};
use article_core::story_link::StoryLink;
use article_core::time::Timestamp;
use article_core::Block;
use common::*;
use serde_json::{json, Value};
use std::num::NonZeroU32;

fn px(n: u32) -> Option<NonZeroU32> {
    NonZeroU32::new(n)
}

fn nz(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).expect("not zero")
}

fn paragraph(words: &str) -> Markdown {
    Markdown {
        blocks: vec![MdBlock::Paragraph(vec![text(words)])],
        footnotes: Vec::new(),
    }
}

fn image(src: &str, alt: &str) -> Image {
    Image {
        src: safe(src),
        alt: alt.to_owned(),
        caption: None,
        credit: None,
        width: None,
        height: None,
        srcset: Vec::new(),
        link: None,
        layout: Layout::Inline,
    }
}

/// The body of an article made of `blocks`, which must load without any diagnostic.
fn clean_body(blocks: Value) -> Vec<Block> {
    let loaded = load_body(blocks);
    assert_diagnostics(&loaded.diagnostics, &[]);
    loaded.article.body
}

fn one_block(block: Value) -> Block {
    let mut body = clean_body(json!([block]));
    assert_eq!(body.len(), 1);
    body.remove(0)
}

#[test]
fn text_block() {
    assert_eq!(
        one_block(json!({ "type": "text", "text": "Hello *world*.\n\nAgain." })),
        Block::Text(Markdown {
            blocks: vec![
                MdBlock::Paragraph(vec![
                    text("Hello "),
                    Inline::Emphasis(vec![text("world")]),
                    text(".")
                ]),
                MdBlock::Paragraph(vec![text("Again.")]),
            ],
            footnotes: Vec::new(),
        })
    );
}

#[test]
fn heading_block() {
    assert_eq!(
        one_block(
            json!({ "type": "heading", "text": " The *road* north ", "level": 3, "id": "road-north" })
        ),
        Block::Heading(Heading {
            text: "The *road* north".into(),
            level: 3,
            id: Some("road-north".into())
        })
    );
    // The level defaults to 2; 2, 3 and 4 are allowed.
    let body = clean_body(json!([
        { "type": "heading", "text": "a" },
        { "type": "heading", "text": "b", "level": 2 },
        { "type": "heading", "text": "c", "level": 4 },
        { "type": "heading", "text": "d", "level": null }
    ]));
    let levels: Vec<u8> = body
        .iter()
        .map(|block| match block {
            Block::Heading(heading) => heading.level,
            other => panic!("a heading, not {other:?}"),
        })
        .collect();
    assert_eq!(levels, [2, 2, 4, 2]);
}

#[test]
fn heading_anchor_rules() {
    let arabic = "القسم-الأول-من-التقرير-عن-الوضع-في-إدلب"; // 38 letters, 72 bytes
    let sixty_five = "a".repeat(65);
    let loaded = load_body(json!([
        { "type": "heading", "text": "1", "id": "a_b.c:d-9" },
        { "type": "heading", "text": "2", "id": arabic },
        { "type": "heading", "text": "3", "id": "has space" },
        { "type": "heading", "text": "4", "id": "" },
        { "type": "heading", "text": "5", "id": "\"><script>" },
        { "type": "heading", "text": "6", "id": sixty_five },
        { "type": "heading", "text": "7", "id": "a".repeat(64) }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Warning, "body[2].id", "anchor left out"),
            (Warning, "body[3].id", "anchor left out"),
            (Warning, "body[4].id", "anchor left out"),
            (Warning, "body[5].id", "1 to 64 letters"),
        ],
    );
    let ids = heading_ids(&loaded);
    assert_eq!(
        ids,
        [
            Some("a_b.c:d-9".into()),
            Some(arabic.into()),
            None,
            None,
            None,
            None,
            Some("a".repeat(64))
        ]
    );
}

#[test]
fn image_block_with_every_field() {
    assert_eq!(
        one_block(json!({
            "type": "image",
            "src": "photos/road.jpg",
            "alt": " Families on the M5 highway ",
            "caption": "Leaving *Maarat al-Numan*",
            "credit": "Photo: A. Photographer",
            "width": 1600,
            "height": 900,
            "srcset": [
                { "src": "photos/road-480.jpg", "width": 480 },
                { "src": "https://cdn.example.net/road-960.jpg", "width": 960 }
            ],
            "link": "https://example.org/gallery",
            "layout": "wide"
        })),
        Block::Image(Image {
            src: safe("https://example.org/news/photos/road.jpg"),
            alt: "Families on the M5 highway".into(),
            caption: Some(vec![
                text("Leaving "),
                Inline::Emphasis(vec![text("Maarat al-Numan")])
            ]),
            credit: Some("Photo: A. Photographer".into()),
            width: px(1600),
            height: px(900),
            srcset: vec![
                SrcsetEntry {
                    src: safe("https://example.org/news/photos/road-480.jpg"),
                    width: nz(480)
                },
                SrcsetEntry {
                    src: safe("https://cdn.example.net/road-960.jpg"),
                    width: nz(960)
                },
            ],
            link: Some(safe("https://example.org/gallery")),
            layout: Layout::Wide,
        })
    );
}

#[test]
fn image_layouts_and_decorative_alt() {
    let body = clean_body(json!([
        { "type": "image", "src": "a.png", "alt": "" },
        { "type": "image", "src": "a.png", "alt": "", "layout": "inline" },
        { "type": "image", "src": "a.png", "alt": "", "layout": "full" }
    ]));
    let layouts: Vec<(Layout, &str)> = body
        .iter()
        .map(|block| match block {
            Block::Image(image) => (image.layout, image.alt.as_str()),
            other => panic!("an image, not {other:?}"),
        })
        .collect();
    assert_eq!(
        layouts,
        [
            (Layout::Inline, ""),
            (Layout::Inline, ""),
            (Layout::Full, "")
        ]
    );
}

#[test]
fn srcset_attribute() {
    let Block::Image(image) = one_block(json!({
        "type": "image", "src": "a.jpg", "alt": "",
        "srcset": [{ "src": "a-480.jpg", "width": 480 }, { "src": "/b 960.jpg", "width": 960 }]
    })) else {
        panic!("an image")
    };
    assert_eq!(
        image.srcset_attribute().as_deref(),
        Some("https://example.org/news/a-480.jpg 480w, https://example.org/b%20960.jpg 960w")
    );
    let Block::Image(image) =
        one_block(json!({ "type": "image", "src": "a.jpg", "alt": "", "srcset": [] }))
    else {
        panic!("an image")
    };
    assert_eq!(image.srcset_attribute(), None);
}

#[test]
fn gallery_block() {
    assert_eq!(
        one_block(json!({
            "type": "gallery",
            "caption": "Scenes from **Idlib**",
            "images": [
                { "src": "one.jpg", "alt": "One", "credit": "A", "width": 800, "height": 600 },
                { "type": "image", "src": "two.jpg", "alt": "", "caption": "Second", "layout": "wide" }
            ]
        })),
        Block::Gallery(Gallery {
            images: vec![
                Image {
                    credit: Some("A".into()),
                    width: px(800),
                    height: px(600),
                    ..image("https://example.org/news/one.jpg", "One")
                },
                Image {
                    caption: Some(vec![text("Second")]),
                    layout: Layout::Wide,
                    ..image("https://example.org/news/two.jpg", "")
                },
            ],
            caption: Some(vec![
                text("Scenes from "),
                Inline::Strong(vec![text("Idlib")])
            ]),
        })
    );
}

#[test]
fn gallery_keeps_its_good_images_and_needs_one() {
    let loaded = load_body(json!([
        { "type": "gallery", "images": [{ "src": "a.jpg" }, { "src": "javascript:alert(1)", "alt": "" }, { "src": "b.jpg", "alt": "B" }] },
        { "type": "gallery", "images": [] },
        { "type": "gallery", "images": [{ "src": "vbscript:x", "alt": "" }] },
        { "type": "gallery" },
        { "type": "gallery", "images": "a.jpg" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "body[0].images[0].alt", "missing field"),
            (
                Error,
                "body[0].images[1].src",
                "`javascript:` is not allowed for images",
            ),
            (Error, "body[1].images", "at least one image"),
            (Error, "body[2].images[0].src", "`vbscript:` is not allowed"),
            (Error, "body[2].images", "at least one image"),
            (Error, "body[3].images", "missing field"),
            (Error, "body[4].images", "expected an array"),
        ],
    );
    assert_eq!(
        loaded.article.body,
        vec![Block::Gallery(Gallery {
            images: vec![image("https://example.org/news/b.jpg", "B")],
            caption: None
        })]
    );
}

#[test]
fn pullquote_block() {
    assert_eq!(
        one_block(
            json!({ "type": "pullquote", "text": "We had *nowhere* to go", "attribution": " Umm Ahmad " })
        ),
        Block::Pullquote(Pullquote {
            text: vec![
                text("We had "),
                Inline::Emphasis(vec![text("nowhere")]),
                text(" to go")
            ],
            attribution: Some("Umm Ahmad".into()),
        })
    );
    let loaded = load_body(
        json!([{ "type": "pullquote", "text": "  " }, { "type": "pullquote", "text": "x", "attribution": "" }]),
    );
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "body[0].text", "empty pull quote")],
    );
    assert_eq!(
        loaded.article.body,
        vec![Block::Pullquote(Pullquote {
            text: vec![text("x")],
            attribution: None
        })]
    );
}

#[test]
fn quote_block() {
    assert_eq!(
        one_block(json!({
            "type": "quote",
            "text": "First line.\n\nSecond paragraph.",
            "attribution": "A spokesperson",
            "cite": "/statements/1"
        })),
        Block::Quote(Quote {
            text: Markdown {
                blocks: vec![
                    MdBlock::Paragraph(vec![text("First line.")]),
                    MdBlock::Paragraph(vec![text("Second paragraph.")]),
                ],
                footnotes: Vec::new(),
            },
            attribution: Some("A spokesperson".into()),
            cite: Some(safe("https://example.org/statements/1")),
        })
    );
    // A refused cite leaves the quote without it.
    let loaded =
        load_body(json!([{ "type": "quote", "text": "q", "cite": "javascript:alert(1)" }]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Warning, "body[0].cite", "`javascript:` is not allowed")],
    );
    assert_eq!(
        loaded.article.body,
        vec![Block::Quote(Quote {
            text: paragraph("q"),
            attribution: None,
            cite: None
        })]
    );
}

#[test]
fn related_block() {
    assert_eq!(
        one_block(json!({
            "type": "related",
            "headline": " How the offensive began ",
            "url": "https://example.org/2019/12/offensive",
            "src": "/2019/12/offensive.json",
            "kicker": "Background",
            "standfirst": "Three *months* on",
            "image": { "src": "thumb.jpg", "alt": "" },
            "published": "2019-12-19T08:00:00+03:00"
        })),
        Block::Related(StoryLink {
            headline: "How the offensive began".into(),
            url: Some(safe("https://example.org/2019/12/offensive")),
            src: Some(safe("https://example.org/2019/12/offensive.json")),
            kicker: Some("Background".into()),
            standfirst: Some(vec![
                text("Three "),
                Inline::Emphasis(vec![text("months")]),
                text(" on")
            ]),
            image: Some(image("https://example.org/news/thumb.jpg", "")),
            published: Some(Timestamp::parse("2019-12-19T08:00:00+03:00").expect("valid")),
        })
    );
    let loaded = load_body(json!([
        { "type": "related", "headline": "x" },
        { "type": "related", "headline": " ", "url": "/x" },
        { "type": "related", "headline": "x", "url": "data:text/html,hi" },
        { "type": "divider" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "body[0].url", "missing field"),
            (Error, "body[1].headline", "empty headline"),
            (Warning, "body[2].url", "`data:` is not allowed for links"),
        ],
    );
    // A refused story link becomes text: the story stays, without its link.
    assert!(loaded.diagnostics[2].message.contains("shown without it"));
    let Block::Related(story) = &loaded.article.body[0] else {
        panic!(
            "the story with a refused link stays: {:?}",
            loaded.article.body
        );
    };
    assert_eq!((story.headline.as_str(), &story.url), ("x", &None));
    assert_eq!(loaded.article.body[1], Block::Divider);
    assert_eq!(loaded.article.body.len(), 2);
}

#[test]
fn aside_block() {
    assert_eq!(
        one_block(json!({ "type": "aside", "title": " Key facts ", "text": "- one\n- two" })),
        Block::Aside(Aside {
            title: Some("Key facts".into()),
            text: Markdown {
                blocks: vec![MdBlock::List {
                    start: None,
                    items: vec![
                        vec![MdBlock::Plain(vec![text("one")])],
                        vec![MdBlock::Plain(vec![text("two")])]
                    ],
                }],
                footnotes: Vec::new(),
            },
        })
    );
    assert_eq!(
        one_block(json!({ "type": "aside", "title": "", "text": "x" })),
        Block::Aside(Aside {
            title: None,
            text: paragraph("x")
        })
    );
}

#[test]
fn video_block() {
    assert_eq!(
        one_block(json!({
            "type": "video",
            "src": "https://media.example.net/clip.mp4",
            "poster": "clip.jpg",
            "caption": "The *convoy*",
            "credit": "Video: B",
            "width": 1920,
            "height": 1080
        })),
        Block::Video(Video {
            src: safe("https://media.example.net/clip.mp4"),
            poster: Some(safe("https://example.org/news/clip.jpg")),
            caption: Some(vec![text("The "), Inline::Emphasis(vec![text("convoy")])]),
            credit: Some("Video: B".into()),
            width: px(1920),
            height: px(1080),
        })
    );
    // A refused poster is left out alone; a refused source leaves the video out.
    let loaded = load_body(json!([
        { "type": "video", "src": "clip.mp4", "poster": "javascript:alert(1)" },
        { "type": "video", "src": "data:video/mp4;base64,AAAA" },
        { "type": "video", "src": "javascript:alert(1)" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Error,
                "body[0].poster",
                "`javascript:` is not allowed for images",
            ),
            (Error, "body[1].src", "`data:` is not allowed for video"),
            (
                Error,
                "body[2].src",
                "`javascript:` is not allowed for video",
            ),
        ],
    );
    assert_eq!(
        loaded.article.body,
        vec![Block::Video(Video {
            src: safe("https://example.org/news/clip.mp4"),
            poster: None,
            caption: None,
            credit: None,
            width: None,
            height: None,
        })]
    );
}

#[test]
fn divider_block() {
    assert_eq!(
        one_block(json!({ "type": "divider", "ignored": "field" })),
        Block::Divider
    );
}

#[test]
fn unknown_fields_are_ignored_in_every_block() {
    let body = clean_body(json!([
        { "type": "text", "text": "t", "x": 1 },
        { "type": "heading", "text": "h", "x": 1 },
        { "type": "image", "src": "a.png", "alt": "", "x": 1, "srcset": [{ "src": "b.png", "width": 2, "x": 1 }] },
        { "type": "gallery", "images": [{ "src": "a.png", "alt": "", "x": 1 }], "x": 1 },
        { "type": "pullquote", "text": "p", "x": 1 },
        { "type": "quote", "text": "q", "x": 1 },
        { "type": "related", "headline": "r", "url": "/r", "x": 1 },
        { "type": "aside", "text": "a", "x": 1 },
        { "type": "video", "src": "v.mp4", "x": 1 },
        { "type": "divider", "x": 1 }
    ]));
    assert_eq!(body.len(), 10);
}

#[test]
fn invalid_blocks_and_invalid_optional_fields_are_left_out_and_the_rest_renders() {
    let loaded = load_body(json!([
        { "type": "text", "text": "First." },
        { "type": "image", "src": "a.jpg", "alt": "", "srcset": [{ "src": "a-1.jpg", "width": 0 }, { "src": "a-2.jpg", "width": 2 }] },
        { "type": "heading", "text": "Nine", "level": 9 },
        { "type": "chart", "data": [] },
        { "type": "image", "alt": "No source" },
        "a string",
        { "type": 7 },
        { "text": "no type" },
        { "type": "text", "text": 5 },
        null,
        [],
        { "type": "image", "src": "a.jpg", "alt": "", "layout": "huge" },
        { "type": "image", "src": "a.jpg", "alt": "", "width": -1 },
        { "type": "image", "src": "a.jpg", "alt": "", "height": 1.5 },
        { "type": "heading", "text": "x", "level": "2" },
        { "type": "heading", "text": " " },
        { "type": "quote" },
        { "type": "aside", "title": "t" },
        { "type": "pullquote", "text": ["x"] },
        { "type": "divider" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Error,
                "body[1].srcset[0].width",
                "expected a whole number above 0",
            ),
            (Error, "body[2].level", "heading level 9 is not 2, 3 or 4"),
            (Error, "body[3].type", "unknown block type `chart`"),
            (Error, "body[4].src", "missing field"),
            (
                Error,
                "body[5]",
                "a block must be an object, found a string",
            ),
            (Error, "body[6].type", "expected a string, found a number"),
            (Error, "body[7].type", "missing field"),
            (
                Error,
                "body[8].text",
                "invalid type: integer `5`, expected a string",
            ),
            (Error, "body[9]", "a block must be an object, found null"),
            (
                Error,
                "body[10]",
                "a block must be an object, found an array",
            ),
            (Error, "body[11].layout", "unknown variant `huge`"),
            (Error, "body[12].width", "invalid value: integer `-1`"),
            (
                Error,
                "body[13].height",
                "invalid type: floating point `1.5`",
            ),
            (Error, "body[14].level", "invalid type: string \"2\""),
            (Error, "body[15].text", "empty heading"),
            (Error, "body[16].text", "missing field"),
            (Error, "body[17].text", "missing field"),
            (Error, "body[18].text", "expected a string"),
        ],
    );
    assert_eq!(
        loaded.diagnostics[3].to_string(),
        "error: body[4].src: missing field"
    );
    assert_eq!(
        loaded.article.body,
        vec![
            Block::Text(paragraph("First.")),
            Block::Image(Image {
                srcset: vec![SrcsetEntry {
                    src: safe("https://example.org/news/a-2.jpg"),
                    width: nz(2)
                }],
                ..image("https://example.org/news/a.jpg", "")
            }),
            // An invalid optional field (level 9, layout "huge", width -1, height 1.5,
            // level "2") is dropped alone: the block stays, with the field's default.
            Block::Heading(Heading {
                text: "Nine".into(),
                level: 2,
                id: None
            }),
            Block::Image(image("https://example.org/news/a.jpg", "")),
            Block::Image(image("https://example.org/news/a.jpg", "")),
            Block::Image(image("https://example.org/news/a.jpg", "")),
            Block::Heading(Heading {
                text: "x".into(),
                level: 2,
                id: None
            }),
            Block::Divider,
        ]
    );
}

#[test]
fn heading_levels_outside_two_to_four_are_refused() {
    for level in [0, 1, 5, 6, 9, 255] {
        let loaded = load_body(
            json!([{ "type": "heading", "text": "x", "level": level }, { "type": "divider" }]),
        );
        assert_diagnostics(
            &loaded.diagnostics,
            &[(
                Error,
                "body[0].level",
                &format!("heading level {level} is not 2, 3 or 4"),
            )],
        );
        // The heading stays, at the default level.
        let heading = Heading {
            text: "x".into(),
            level: 2,
            id: None,
        };
        assert_eq!(
            loaded.article.body,
            vec![Block::Heading(heading), Block::Divider]
        );
    }
    let loaded =
        load_body(json!([{ "type": "heading", "text": "x", "level": 300 }, { "type": "divider" }]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "body[0].level", "heading level 300 is not 2, 3 or 4")],
    );
}

#[test]
fn srcset_entries_are_checked_one_by_one() {
    let loaded = load_body(json!([{
        "type": "image", "src": "a.jpg", "alt": "",
        "srcset": [
            { "src": "ok.jpg", "width": 100 },
            { "width": 200 },
            { "src": "data:image/svg+xml,<svg/>", "width": 300 },
            { "src": "x.jpg", "width": "wide" },
            "y.jpg 400w"
        ]
    }]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "body[0].srcset[1].src", "missing field"),
            (
                Error,
                "body[0].srcset[2].src",
                "`data:` is not allowed for images",
            ),
            (
                Error,
                "body[0].srcset[3].width",
                "expected a whole number above 0",
            ),
            (Error, "body[0].srcset[4]", "invalid type: string"),
        ],
    );
    let Block::Image(image) = &loaded.article.body[0] else {
        panic!("an image")
    };
    assert_eq!(
        image.srcset_attribute().as_deref(),
        Some("https://example.org/news/ok.jpg 100w")
    );
}

#[test]
fn a_refused_image_source_leaves_the_image_out_but_a_refused_link_only_drops_the_link() {
    let loaded = load_body(json!([
        { "type": "image", "src": "javascript:alert(1)", "alt": "x" },
        { "type": "image", "src": "a.jpg", "alt": "x", "link": "javascript:alert(1)", "caption": "c" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Error,
                "body[0].src",
                "`javascript:` is not allowed for images",
            ),
            (
                Warning,
                "body[1].link",
                "`javascript:` is not allowed for links",
            ),
        ],
    );
    assert_eq!(
        loaded.article.body,
        vec![Block::Image(Image {
            caption: Some(vec![text("c")]),
            ..image("https://example.org/news/a.jpg", "x")
        })]
    );
}

#[test]
fn markdown_diagnostics_name_the_field_of_the_block() {
    let loaded = load_body(json!([
        { "type": "divider" },
        { "type": "text", "text": "[x](javascript:alert(1))" },
        { "type": "image", "src": "a.jpg", "alt": "", "caption": "<b>c</b>" },
        { "type": "gallery", "caption": "![](vbscript:x)", "images": [{ "src": "a.jpg", "alt": "", "caption": "<i>x</i>" }] },
        { "type": "quote", "text": "<script>alert(1)</script>" },
        { "type": "aside", "text": "[a](file:///etc/passwd)" },
        { "type": "pullquote", "text": "<u>p</u>" },
        { "type": "video", "src": "v.mp4", "caption": "[v](data:text/html,x)" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Warning,
                "body[1].text",
                "link shown as plain text: `javascript:alert(1)`",
            ),
            (Warning, "body[2].caption", "raw HTML"),
            (Warning, "body[3].images[0].caption", "raw HTML"),
            (Error, "body[3].caption", "image left out: `vbscript:x`"),
            (Warning, "body[4].text", "raw HTML"),
            (Warning, "body[5].text", "`file:` is not allowed"),
            (Warning, "body[6].text", "raw HTML"),
            (
                Warning,
                "body[7].caption",
                "`data:` is not allowed for links",
            ),
        ],
    );
    assert_eq!(loaded.article.body.len(), 8);
}
