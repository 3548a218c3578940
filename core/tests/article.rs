//! The article as a whole: every field, what makes an article unshowable, and
//! invalid optional fields dropped alone.

mod common;

use article_core::blocks::image::{Image, Layout};
use article_core::blocks::video::Video;
use article_core::lang::Direction;
use article_core::markdown::{Inline, MdBlock};
use article_core::people::{Person, Source};
use article_core::story_link::StoryLink;
use article_core::tags::Tag;
use article_core::time::Timestamp;
use article_core::{
    load, load_value, validate, Block, Lead, Limits, LoadError, Place, FORMAT_VERSION,
};
use common::*;
use serde_json::json;
use std::num::NonZeroU32;

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

fn timestamp(text: &str) -> Timestamp {
    Timestamp::parse(text).expect("a valid timestamp")
}

fn load_error(json: &str) -> LoadError {
    match load(json, Some(BASE)) {
        Ok(loaded) => panic!(
            "the article should not load, but it did: {:?}",
            loaded.article.headline
        ),
        Err(error) => error,
    }
}

#[test]
fn every_article_field_is_read() {
    let loaded = load_ok(json!({
        "version": 1,
        "id": " story-42 ",
        "url": "/2020/02/10/idlib",
        "lang": "en-GB",
        "dir": "ltr",
        "kicker": "Middle East",
        "headline": "  Thousands flee Idlib  ",
        "standfirst": "The *offensive* continues",
        "byline": [
            {
                "name": "Ana Reporter",
                "role": "Syrian correspondent",
                "url": "https://example.org/people/ana",
                "image": { "src": "ana.jpg", "alt": "Ana Reporter" }
            },
            { "name": " Ben " }
        ],
        "dateline": "IDLIB, Syria",
        "published": "2020-02-10T14:30:00Z",
        "updated": "2020-02-10T18:00:00+02:00",
        "source": {
            "name": "Example News",
            "url": "https://example.org/",
            "logo": { "src": "/logo.png", "alt": "Example News", "width": 120, "height": 40 }
        },
        "lead": { "type": "image", "src": "lead.jpg", "alt": "Families on the road", "layout": "full" },
        "body": [{ "type": "text", "text": "One two three." }],
        "tags": ["Syria", { "name": "Idlib", "url": "/topics/idlib" }],
        "related": [{
            "headline": "Earlier",
            "url": "https://example.org/earlier",
            "src": "earlier.json",
            "kicker": "Background",
            "standfirst": "What *happened*",
            "image": { "src": "e.jpg", "alt": "" },
            "published": "2020-01-01T00:00:00Z"
        }],
        "some_future_field": { "ignored": true }
    }));
    assert_diagnostics(&loaded.diagnostics, &[]);
    let article = loaded.article;

    assert_eq!(article.id.as_deref(), Some("story-42"));
    assert_eq!(
        article.url,
        Some(safe("https://example.org/2020/02/10/idlib"))
    );
    assert_eq!(article.lang, "en-GB");
    assert_eq!(article.dir, Direction::Ltr);
    assert_eq!(article.kicker.as_deref(), Some("Middle East"));
    assert_eq!(article.headline, "Thousands flee Idlib");
    assert_eq!(
        article.standfirst,
        Some(vec![
            text("The "),
            Inline::Emphasis(vec![text("offensive")]),
            text(" continues")
        ])
    );
    assert_eq!(
        article.byline,
        vec![
            Person {
                name: "Ana Reporter".into(),
                role: Some("Syrian correspondent".into()),
                url: Some(safe("https://example.org/people/ana")),
                image: Some(image("https://example.org/news/ana.jpg", "Ana Reporter")),
            },
            Person {
                name: "Ben".into(),
                role: None,
                url: None,
                image: None
            },
        ]
    );
    assert_eq!(article.dateline.as_deref(), Some("IDLIB, Syria"));
    assert_eq!(
        article.published.as_ref().map(Timestamp::as_str),
        Some("2020-02-10T14:30:00Z")
    );
    assert_eq!(
        article.updated.as_ref().map(Timestamp::as_str),
        Some("2020-02-10T18:00:00+02:00")
    );
    assert_eq!(
        article.source,
        Some(Source {
            name: "Example News".into(),
            url: Some(safe("https://example.org/")),
            logo: Some(Image {
                width: NonZeroU32::new(120),
                height: NonZeroU32::new(40),
                ..image("https://example.org/logo.png", "Example News")
            }),
        })
    );
    assert_eq!(
        article.lead,
        Some(Lead::Image(Image {
            layout: Layout::Full,
            ..image("https://example.org/news/lead.jpg", "Families on the road")
        }))
    );
    assert_eq!(article.body.len(), 1);
    let Block::Text(markdown) = &article.body[0] else {
        panic!("a text block")
    };
    assert_eq!(
        markdown.blocks,
        vec![MdBlock::Paragraph(vec![text("One two three.")])]
    );
    assert_eq!(
        article.tags,
        vec![
            Tag {
                name: "Syria".into(),
                url: None
            },
            Tag {
                name: "Idlib".into(),
                url: Some(safe("https://example.org/topics/idlib"))
            },
        ]
    );
    assert_eq!(
        article.related,
        vec![StoryLink {
            headline: "Earlier".into(),
            url: Some(safe("https://example.org/earlier")),
            src: Some(safe("https://example.org/news/earlier.json")),
            kicker: Some("Background".into()),
            standfirst: Some(vec![
                text("What "),
                Inline::Emphasis(vec![text("happened")])
            ]),
            image: Some(image("https://example.org/news/e.jpg", "")),
            published: Some(timestamp("2020-01-01T00:00:00Z")),
        }]
    );
    assert_eq!(article.reading_minutes, 1);
}

#[test]
fn absent_optional_fields_take_their_defaults() {
    let loaded = load_ok(json!({ "headline": "Only this", "body": [{ "type": "divider" }] }));
    assert_diagnostics(&loaded.diagnostics, &[]);
    let article = loaded.article;
    assert_eq!(article.lang, "en");
    assert_eq!(article.dir, Direction::Ltr);
    assert_eq!(
        (
            article.id,
            article.url,
            article.kicker,
            article.standfirst,
            article.dateline
        ),
        (None, None, None, None, None)
    );
    assert!(article.published.is_none() && article.updated.is_none());
    assert!(article.source.is_none() && article.lead.is_none());
    assert!(article.byline.is_empty() && article.tags.is_empty() && article.related.is_empty());
    assert_eq!(article.body, vec![Block::Divider]);
}

#[test]
fn null_optional_fields_read_as_absent() {
    let loaded = load_ok(json!({
        "headline": "h", "body": [], "lead": null, "id": null, "url": null, "lang": null, "dir": null,
        "kicker": null, "standfirst": null, "byline": null, "dateline": null, "published": null,
        "updated": null, "source": null, "tags": null, "related": null, "version": null
    }));
    // Only the empty body is worth saying anything about.
    assert_diagnostics(&loaded.diagnostics, &[(Error, "body", "nothing to show")]);
    assert_eq!(loaded.article.lang, "en");
}

#[test]
fn empty_optional_strings_are_left_out() {
    let loaded = load_ok(doc(
        json!({ "id": "  ", "kicker": "", "dateline": " \n ", "standfirst": "   " }),
    ));
    assert_diagnostics(&loaded.diagnostics, &[]);
    let article = loaded.article;
    assert_eq!(
        (
            article.id,
            article.kicker,
            article.dateline,
            article.standfirst
        ),
        (None, None, None, None)
    );
}

#[test]
fn a_video_lead_is_read() {
    let loaded = load_ok(doc(json!({
        "body": [],
        "lead": {
            "type": "video", "src": "clip.mp4", "poster": "clip.jpg", "caption": "The **road**",
            "credit": "Video: B", "width": 1280, "height": 720
        }
    })));
    assert_diagnostics(&loaded.diagnostics, &[]);
    assert_eq!(
        loaded.article.lead,
        Some(Lead::Video(Video {
            src: safe("https://example.org/news/clip.mp4"),
            poster: Some(safe("https://example.org/news/clip.jpg")),
            caption: Some(vec![text("The "), Inline::Strong(vec![text("road")])]),
            credit: Some("Video: B".into()),
            width: NonZeroU32::new(1280),
            height: NonZeroU32::new(720),
        }))
    );
    // A lead with an empty body is a whole article: no diagnostic.
    assert!(loaded.article.body.is_empty());
}

#[test]
fn a_lead_that_is_not_image_or_video_is_dropped_alone() {
    let loaded = load_ok(doc(json!({ "lead": { "type": "text", "text": "words" } })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "lead.type", "must be an `image` or a `video`")],
    );
    assert_eq!(loaded.article.lead, None);
    assert_eq!(loaded.article.body, vec![Block::Divider]);

    let loaded = load_ok(doc(json!({ "lead": { "src": "a.jpg", "alt": "" } })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "lead.type", "missing field")],
    );

    let loaded = load_ok(doc(json!({ "lead": { "type": "image", "alt": "" } })));
    assert_diagnostics(&loaded.diagnostics, &[(Error, "lead.src", "missing field")]);

    let loaded = load_ok(doc(
        json!({ "lead": { "type": "video", "src": "javascript:alert(1)" } }),
    ));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "lead.src", "`javascript:` is not allowed")],
    );
    assert_eq!(loaded.article.lead, None);
}

#[test]
fn an_empty_body_without_lead_is_reported() {
    let loaded = load_ok(doc(json!({ "body": [] })));
    assert_diagnostics(&loaded.diagnostics, &[(Error, "body", "nothing to show")]);
    assert_eq!(loaded.article.headline, "A headline");

    // A body whose every block is left out has nothing to show either.
    let loaded = load_ok(doc(json!({ "body": [{ "type": "image", "alt": "" }] })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "body[0].src", "missing field"),
            (Error, "body", "nothing to show"),
        ],
    );

    // A lead that is itself left out does not count.
    let loaded = load_ok(doc(
        json!({ "body": [], "lead": { "type": "image", "src": "file:///a.png", "alt": "" } }),
    ));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "lead.src", "`file:` is not allowed"),
            (Error, "body", "nothing to show"),
        ],
    );
}

#[test]
fn updated_is_shown_only_when_later_than_published() {
    let updated = |published: Option<&str>, updated: &str| {
        let mut fields = json!({ "updated": updated });
        if let Some(published) = published {
            fields["published"] = json!(published);
        }
        let loaded = load_ok(doc(fields));
        assert_diagnostics(&loaded.diagnostics, &[]);
        loaded.article.updated.map(|t| t.as_str().to_owned())
    };
    let published = Some("2020-02-10T14:30:00Z");
    assert_eq!(
        updated(published, "2020-02-10T14:30:01Z").as_deref(),
        Some("2020-02-10T14:30:01Z")
    );
    assert_eq!(
        updated(published, "2020-02-10T14:30:00.5Z").as_deref(),
        Some("2020-02-10T14:30:00.5Z")
    );
    assert_eq!(
        updated(published, "2020-02-10T14:30:00Z"),
        None,
        "same time"
    );
    assert_eq!(
        updated(published, "2020-02-10T16:30:00+02:00"),
        None,
        "same instant, other offset"
    );
    assert_eq!(
        updated(published, "2020-02-10T16:00:00+02:00"),
        None,
        "earlier instant, later clock"
    );
    assert_eq!(updated(published, "2020-02-09T23:00:00Z"), None, "earlier");
    assert_eq!(
        updated(published, "2020-02-10T10:00:00-05:00").as_deref(),
        Some("2020-02-10T10:00:00-05:00"),
        "later instant, earlier clock"
    );
    assert_eq!(
        updated(None, "2020-02-10T14:30:00Z").as_deref(),
        Some("2020-02-10T14:30:00Z")
    );
}

#[test]
fn updated_is_compared_with_a_valid_published_only() {
    let loaded = load_ok(doc(
        json!({ "published": "yesterday", "updated": "2020-02-10T14:30:00Z" }),
    ));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Error, "published", "not an RFC 3339 date-time")],
    );
    assert_eq!(loaded.article.published, None);
    assert_eq!(
        loaded.article.updated.as_ref().map(Timestamp::as_str),
        Some("2020-02-10T14:30:00Z")
    );
}

#[test]
fn an_invalid_optional_article_field_is_dropped_alone() {
    let cases = [
        ("id", json!(42), Error, "id", "expected a string"),
        ("url", json!(["x"]), Error, "url", "expected a string"),
        (
            "url",
            json!("javascript:alert(1)"),
            Warning,
            "url",
            "`javascript:` is not allowed",
        ),
        ("lang", json!(7), Error, "lang", "expected a string"),
        (
            "lang",
            json!("not a tag"),
            Error,
            "lang",
            "not a BCP 47 language tag",
        ),
        (
            "dir",
            json!("sideways"),
            Error,
            "dir",
            "unknown variant `sideways`",
        ),
        ("kicker", json!({}), Error, "kicker", "expected a string"),
        (
            "standfirst",
            json!(true),
            Error,
            "standfirst",
            "expected a string",
        ),
        ("byline", json!("Ana"), Error, "byline", "expected an array"),
        (
            "byline",
            json!([{ "role": "x" }]),
            Error,
            "byline[0].name",
            "missing field",
        ),
        (
            "byline",
            json!([{ "name": " " }]),
            Error,
            "byline[0].name",
            "empty name",
        ),
        ("dateline", json!(1), Error, "dateline", "expected a string"),
        (
            "published",
            json!("10 Feb 2020"),
            Error,
            "published",
            "not an RFC 3339 date-time",
        ),
        (
            "published",
            json!(1581345000),
            Error,
            "published",
            "expected a string",
        ),
        (
            "updated",
            json!("2020-02-30T00:00:00Z"),
            Error,
            "updated",
            "not an RFC 3339 date-time",
        ),
        ("source", json!("Reuters"), Error, "source", "invalid type"),
        (
            "source",
            json!({ "url": "https://example.org/" }),
            Error,
            "source.name",
            "missing field",
        ),
        (
            "source",
            json!({ "name": "" }),
            Error,
            "source.name",
            "empty name",
        ),
        ("lead", json!(5), Error, "lead", "found a number"),
        ("tags", json!("Syria"), Error, "tags", "expected an array"),
        (
            "tags",
            json!([5]),
            Error,
            "tags[0]",
            "a tag: a string, or an object",
        ),
        ("tags", json!([""]), Error, "tags[0]", "empty tag"),
        (
            "tags",
            json!([{ "name": " " }]),
            Error,
            "tags[0].name",
            "empty tag",
        ),
        ("related", json!({}), Error, "related", "expected an array"),
        (
            "related",
            json!([{ "headline": "x" }]),
            Error,
            "related[0].url",
            "missing field",
        ),
        (
            "related",
            json!([{ "url": "https://example.org/" }]),
            Error,
            "related[0].headline",
            "missing field",
        ),
    ];
    for (field, value, severity, path, message) in cases {
        let mut fields = json!({ "kicker": "Kept" });
        fields[field] = value.clone();
        let loaded = load_ok(doc(fields));
        let context = format!("{field}: {value}");
        assert_eq!(
            loaded.diagnostics.len(),
            1,
            "{context}: {:?}",
            loaded.diagnostics
        );
        assert_diagnostics(&loaded.diagnostics, &[(severity, path, message)]);
        // The rest of the article is there.
        assert_eq!(loaded.article.headline, "A headline", "{context}");
        assert_eq!(loaded.article.body, vec![Block::Divider], "{context}");
        if field != "kicker" {
            assert_eq!(loaded.article.kicker.as_deref(), Some("Kept"), "{context}");
        }
    }
}

#[test]
fn dropped_fields_leave_nothing_behind() {
    let loaded = load_ok(doc(json!({
        "id": 42, "url": "javascript:x", "lang": "??", "kicker": {}, "standfirst": [], "byline": "x",
        "dateline": 0, "published": "x", "updated": "y", "source": 1, "lead": "z", "tags": {}, "related": 3
    })));
    assert_eq!(loaded.diagnostics.len(), 13, "{:#?}", loaded.diagnostics);
    let article = loaded.article;
    assert_eq!(
        (article.id, article.url, article.kicker, article.standfirst),
        (None, None, None, None)
    );
    assert_eq!(article.lang, "en");
    assert!(article.byline.is_empty() && article.tags.is_empty() && article.related.is_empty());
    assert!(article.published.is_none() && article.updated.is_none());
    assert!(article.source.is_none() && article.lead.is_none() && article.dateline.is_none());
}

#[test]
fn one_bad_item_of_a_list_field_is_dropped_alone() {
    let loaded = load_ok(doc(json!({
        "byline": [{ "name": "Ana" }, 5, { "name": "Cy", "url": "javascript:alert(1)", "image": { "src": 5, "alt": "" } }],
        "tags": ["Syria", { "name": "Idlib", "url": "vbscript:msgbox" }, null, "Aid"],
        "related": [{ "headline": "Bad", "url": "javascript:alert(1)" }, { "headline": "Good", "url": "/good" }]
    })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "byline[1]", "invalid type: integer `5`"),
            (Warning, "byline[2].url", "`javascript:` is not allowed"),
            (
                Error,
                "byline[2].image.src",
                "invalid type: integer `5`, expected a string",
            ),
            (Warning, "tags[1].url", "`vbscript:` is not allowed"),
            (Error, "tags[2]", "a tag: a string, or an object"),
            // A refused story link becomes text: the story stays, without its link.
            (Warning, "related[0].url", "`javascript:` is not allowed"),
        ],
    );
    let article = loaded.article;
    let names: Vec<_> = article
        .byline
        .iter()
        .map(|p| (p.name.as_str(), p.url.is_some(), p.image.is_some()))
        .collect();
    assert_eq!(names, [("Ana", false, false), ("Cy", false, false)]);
    assert_eq!(
        article.tags,
        vec![
            Tag {
                name: "Syria".into(),
                url: None
            },
            Tag {
                name: "Idlib".into(),
                url: None
            },
            Tag {
                name: "Aid".into(),
                url: None
            },
        ]
    );
    let related: Vec<_> = article
        .related
        .iter()
        .map(|story| (story.headline.as_str(), story.url.clone()))
        .collect();
    assert_eq!(
        related,
        [
            ("Bad", None),
            ("Good", Some(safe("https://example.org/good")))
        ]
    );
}

#[test]
fn a_refused_byline_link_leaves_the_name_as_text() {
    let loaded = load_ok(doc(json!({
        "byline": [{ "name": "Ana", "url": "javascript:alert(1)" }, { "name": "Ben", "url": "/people/ben" }]
    })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(
            Warning,
            "byline[0].url",
            "URL `javascript:alert(1)` refused: the scheme `javascript:` is not allowed for links",
        )],
    );
    assert_eq!(
        loaded.article.byline,
        vec![
            Person {
                name: "Ana".into(),
                role: None,
                url: None,
                image: None
            },
            Person {
                name: "Ben".into(),
                role: None,
                url: Some(safe("https://example.org/people/ben")),
                image: None
            },
        ]
    );
}

#[test]
fn a_bad_portrait_or_logo_drops_the_image_alone() {
    let loaded = load_ok(doc(json!({
        "byline": [{ "name": "Ana", "role": "Reporter", "image": { "src": "data:text/html,<b>", "alt": "Ana" } }],
        "source": { "name": "News", "url": "/", "logo": { "src": "logo.png" } }
    })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Error,
                "byline[0].image.src",
                "`data:` is not allowed for images",
            ),
            (Error, "source.logo.alt", "missing field"),
        ],
    );
    assert_eq!(
        loaded.article.byline,
        vec![Person {
            name: "Ana".into(),
            role: Some("Reporter".into()),
            url: None,
            image: None
        }]
    );
    assert_eq!(
        loaded.article.source,
        Some(Source {
            name: "News".into(),
            url: Some(safe("https://example.org/")),
            logo: None
        })
    );
}

#[test]
fn a_related_story_with_a_bad_date_or_image_keeps_the_rest() {
    let loaded = load_ok(doc(json!({
        "related": [{
            "headline": "x", "url": "https://example.org/x", "src": "mailto:a@example.org",
            "published": "2020-02-10", "image": { "alt": "" }, "standfirst": "<i>hi</i>"
        }]
    })));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Warning,
                "related[0].src",
                "`mailto:` is not allowed for article documents",
            ),
            (Warning, "related[0].standfirst", "raw HTML"),
            (Error, "related[0].image.src", "missing field"),
            (Error, "related[0].published", "not an RFC 3339 date-time"),
        ],
    );
    let link = &loaded.article.related[0];
    assert_eq!(
        (
            link.src.as_ref(),
            link.image.as_ref(),
            link.published.as_ref()
        ),
        (None, None, None)
    );
    assert_eq!(link.standfirst, Some(vec![text("<i>hi</i>")]));
}

// ---- articles that cannot be shown ----

#[test]
fn not_json_gives_line_and_column() {
    let error = load_error("{\n  \"headline\": \"x\",\n  \"body\": [,]\n}");
    assert_eq!(
        error.place,
        Place::LineColumn {
            line: 3,
            column: 12
        }
    );
    assert!(
        error.message.starts_with("not valid JSON: "),
        "{}",
        error.message
    );
    assert!(
        !error.message.contains("line 3"),
        "the place is not repeated: {}",
        error.message
    );
    assert_eq!(
        error.to_string(),
        format!("line 3, column 12: {}", error.message)
    );

    let error = load_error("{\"headline\": \"x\", \"body\": []} trailing");
    assert_eq!(
        error.place,
        Place::LineColumn {
            line: 1,
            column: 31
        }
    );
    assert!(
        error.message.contains("trailing characters"),
        "{}",
        error.message
    );

    let error = load_error("{\"headline\": \"unterminated");
    assert!(
        matches!(error.place, Place::LineColumn { line: 1, .. }),
        "{error:?}"
    );
    assert!(error.message.contains("EOF"), "{}", error.message);
}

#[test]
fn json_nested_too_deep_is_an_error_not_a_crash() {
    let json = format!(
        "{{\"headline\":\"x\",\"body\":[],\"extra\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = load_error(&json);
    // The article's object is level 1 and the first "[" (column 35) level 2, so the 64th
    // "[", at column 98, opens level 65.
    assert_eq!(
        error.place,
        Place::LineColumn {
            line: 1,
            column: 98
        },
        "{error:?}"
    );
    assert!(
        error.message.contains("(maxJsonDepth)"),
        "{}",
        error.message
    );
}

#[test]
fn limits_stop_large_documents_and_say_which_limit() {
    let big = format!(
        r#"{{"headline": "x", "body": [], "extra": "{}"}}"#,
        "a".repeat(20 * 1024 * 1024)
    );
    let error = load_error(&big);
    assert_eq!(error.place, Place::Document);
    assert!(
        error
            .message
            .contains("20.0 MB, over the size limit of 8.0 MB (maxDocumentBytes)"),
        "{}",
        error.message
    );

    let tight = Limits {
        max_document_bytes: 100,
        ..Limits::default()
    };
    let error = article_core::load_with(
        &format!(r#"{{"headline": "{}", "body": []}}"#, "x".repeat(200)),
        None,
        &tight,
    )
    .expect_err("over 100 bytes");
    assert!(
        error.message.contains("over the size limit of 100 bytes"),
        "{}",
        error.message
    );

    let shallow = Limits {
        max_json_depth: 3,
        ..Limits::default()
    };
    let nested = r#"{"headline": "x", "body": [{"type": "gallery", "images": [{"src": "a.png", "alt": ""}]}]}"#;
    let error = article_core::load_with(nested, None, &shallow).expect_err("4 levels");
    // The `[` of `images` opens level 4.
    assert_eq!(
        error.place,
        Place::LineColumn {
            line: 1,
            column: 58
        }
    );
    let value = article_core::json::parse(nested, 100).expect("json");
    let error = load_value(value, None, &shallow).expect_err("4 levels, parsed");
    assert!(
        error.message.contains("more than 3 levels"),
        "{}",
        error.message
    );
    // A bracket inside a string is text, not nesting.
    let in_string = r#"{"headline": "[[[[[[", "body": [{"type": "divider"}]}"#;
    assert!(article_core::load_with(in_string, None, &shallow).is_ok());
}

#[test]
fn blocks_beyond_the_limit_are_left_out_and_said_so() {
    let blocks = vec![json!({ "type": "divider" }); 12];
    let few = Limits {
        max_blocks: 10,
        ..Limits::default()
    };
    let loaded = load_value(
        to_core(&json!({ "headline": "x", "body": blocks })),
        None,
        &few,
    )
    .expect("loads");
    assert_eq!(loaded.article.body.len(), 10);
    assert_eq!(loaded.diagnostics.len(), 1);
    assert_eq!(loaded.diagnostics[0].path, "body");
    assert!(
        loaded.diagnostics[0]
            .message
            .contains("12 blocks; the first 10 are shown"),
        "{:?}",
        loaded.diagnostics
    );
    assert!(loaded.diagnostics[0].message.contains("(maxBlocks)"));
}

#[test]
fn a_large_legitimate_article_loads_whole() {
    let paragraph =
        "A paragraph of a long report, with *emphasis* and a [link](https://example.org/). "
            .repeat(5);
    let blocks: Vec<_> = (0..5_000)
        .map(|_| json!({ "type": "text", "text": paragraph }))
        .collect();
    let json = json!({ "headline": "Long", "body": blocks }).to_string();
    assert!(json.len() > 2_000_000, "{} bytes", json.len());
    let loaded = load(&json, None).expect("loads");
    assert_eq!(loaded.article.body.len(), 5_000);
    assert!(loaded.diagnostics.is_empty());
}

#[test]
fn empty_text_is_refused() {
    for json in ["", "   \n\t ", "\u{feff}", "\u{feff}  \n"] {
        let error = load_error(json);
        assert_eq!(error.place, Place::Document, "{json:?}");
        assert_eq!(error.message, "the document is empty", "{json:?}");
        assert_eq!(error.to_string(), "the document is empty");
    }
}

#[test]
fn a_document_that_is_not_an_object_is_refused() {
    for (json, kind) in [
        ("[]", "an array"),
        ("\"headline\"", "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "a boolean"),
    ] {
        let error = load_error(json);
        assert_eq!(error.place, Place::Document, "{json}");
        assert_eq!(
            error.message,
            format!("the document is {kind}; an article is a JSON object")
        );
    }
}

#[test]
fn the_headline_is_required_and_not_empty() {
    let cases = [
        (r#"{"body": []}"#, "missing field"),
        (r#"{"headline": null, "body": []}"#, "missing field"),
        (r#"{"headline": "", "body": []}"#, "empty"),
        (r#"{"headline": " \n\t ", "body": []}"#, "empty"),
        (
            r#"{"headline": 5, "body": []}"#,
            "invalid type: integer `5`, expected a string",
        ),
        (r#"{"headline": ["a"], "body": []}"#, "expected a string"),
    ];
    for (json, message) in cases {
        let error = load_error(json);
        assert_eq!(error.place, Place::Path("headline".into()), "{json}");
        assert!(error.message.contains(message), "{json}: {}", error.message);
        assert!(error.to_string().starts_with("headline: "), "{error}");
    }
}

#[test]
fn the_body_is_required_and_an_array() {
    let cases = [
        (r#"{"headline": "h"}"#, "missing field"),
        (r#"{"headline": "h", "body": null}"#, "missing field"),
        (r#"{"headline": "h", "body": {}}"#, "expected an array"),
        (r#"{"headline": "h", "body": "text"}"#, "expected an array"),
        (r#"{"headline": "h", "body": 0}"#, "expected an array"),
    ];
    for (json, message) in cases {
        let error = load_error(json);
        assert_eq!(error.place, Place::Path("body".into()), "{json}");
        assert!(error.message.contains(message), "{json}: {}", error.message);
    }
}

#[test]
fn a_version_too_new_is_refused_and_says_so() {
    let error = load_error(r#"{"version": 2, "headline": "h", "body": []}"#);
    assert_eq!(error.place, Place::Path("version".into()));
    assert!(
        error.message.contains("format version 2"),
        "{}",
        error.message
    );
    assert!(
        error
            .message
            .contains(&format!("format version {FORMAT_VERSION}")),
        "{}",
        error.message
    );

    // Checked before anything else: a newer format may not have a headline at all.
    let error = load_error(r#"{"version": 99, "title": "h"}"#);
    assert_eq!(error.place, Place::Path("version".into()));

    let error = load_error(r#"{"version": 18446744073709551615, "headline": "h", "body": []}"#);
    assert_eq!(error.place, Place::Path("version".into()));

    // A newer version written as a number with a fraction, or as a string, is still newer.
    for version in ["2.0", "2.5", "1e3", "\"2\"", "\" 3 \""] {
        let error = load_error(&format!(
            r#"{{"version": {version}, "headline": "h", "body": []}}"#
        ));
        assert_eq!(error.place, Place::Path("version".into()), "{version}");
        assert!(
            error.message.contains("this viewer reads format version 1"),
            "{version}: {error}"
        );
    }
}

#[test]
fn version_one_or_absent_is_read_quietly_and_odd_versions_with_a_warning() {
    assert_diagnostics(&load_ok(doc(json!({ "version": 1 }))).diagnostics, &[]);
    assert_diagnostics(&load_ok(doc(json!({}))).diagnostics, &[]);
    let cases = [
        (json!(0), "version 0 does not exist"),
        (
            json!("1"),
            "invalid type: string \"1\", expected a whole number",
        ),
        (
            json!(true),
            "invalid type: boolean `true`, expected a whole number",
        ),
        (json!(-1), "version -1 is not a whole number"),
        (json!(1.5), "version 1.5 is not a whole number"),
    ];
    for (version, message) in cases {
        let loaded = load_ok(doc(json!({ "version": version })));
        assert_diagnostics(&loaded.diagnostics, &[(Warning, "version", message)]);
        assert!(loaded.diagnostics[0].message.ends_with("read as version 1"));
        assert_eq!(loaded.article.body, vec![Block::Divider]);
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let loaded = load(
        "\u{feff}{\"headline\": \"BOM\", \"body\": [{\"type\": \"divider\"}]}",
        None,
    )
    .expect("loads");
    assert_eq!(loaded.article.headline, "BOM");
    assert_diagnostics(&loaded.diagnostics, &[]);
}

#[test]
fn load_value_refuses_as_load_does() {
    let error =
        load_value(to_core(&json!([1])), None, &Limits::default()).expect_err("not an object");
    assert_eq!(error.place, Place::Document);
    let error = load_value(to_core(&json!({ "body": [] })), None, &Limits::default())
        .expect_err("no headline");
    assert_eq!(error.place, Place::Path("headline".into()));
}

#[test]
fn validate_returns_the_diagnostics_or_the_load_error_as_one() {
    let diagnostics = validate(
        r#"{"headline": "h", "body": [{"type": "map"}, {"type": "divider"}]}"#,
        Some(BASE),
        &Limits::default(),
    );
    assert_diagnostics(
        &diagnostics,
        &[(Error, "body[0].type", "unknown block type `map`")],
    );

    let diagnostics = validate(r#"{"body": []}"#, Some(BASE), &Limits::default());
    assert_diagnostics(&diagnostics, &[(Error, "headline", "missing field")]);
    assert_eq!(
        diagnostics[0].message,
        "headline: missing field (an article needs a headline)"
    );

    let diagnostics = validate("{\n}\n}", None, &Limits::default());
    assert_diagnostics(
        &diagnostics,
        &[(Error, "", "line 3, column 1: not valid JSON")],
    );

    let diagnostics = validate("[]", None, &Limits::default());
    assert_diagnostics(&diagnostics, &[(Error, "", "the document is an array")]);

    assert!(validate(
        r#"{"headline": "h", "body": [{"type": "divider"}]}"#,
        None,
        &Limits::default()
    )
    .is_empty());
}

#[test]
fn diagnostics_are_machine_readable() {
    let loaded = load_body(json!([{ "type": "image", "alt": "" }]));
    let json = serde_json::to_value(&loaded.diagnostics).expect("serializes");
    assert_eq!(
        json,
        json!([
            { "severity": "error", "path": "body[0].src", "message": "missing field" },
            { "severity": "error", "path": "body", "message": "the article has nothing to show: no body blocks and no lead media" }
        ])
    );
    assert_eq!(
        loaded.diagnostics[0].to_string(),
        "error: body[0].src: missing field"
    );

    let loaded = load_ok(doc(json!({ "url": "javascript:x" })));
    let json = serde_json::to_value(&loaded.diagnostics[0]).expect("serializes");
    assert_eq!(json["severity"], "warning");
    assert!(loaded.diagnostics[0]
        .to_string()
        .starts_with("warning: url: URL `javascript:x` refused"));
}

#[test]
fn heading_anchors_are_unique_across_the_article() {
    let loaded = load_body(json!([
        { "type": "heading", "text": "One", "id": "part" },
        { "type": "heading", "text": "Two", "id": "part" },
        { "type": "heading", "text": "Three", "id": "other" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[(Warning, "body[1].id", "anchor `part` is already used")],
    );
    let ids: Vec<_> = loaded
        .article
        .body
        .iter()
        .map(|block| match block {
            Block::Heading(heading) => (heading.text.as_str(), heading.id.as_deref()),
            other => panic!("a heading, not {other:?}"),
        })
        .collect();
    assert_eq!(
        ids,
        [
            ("One", Some("part")),
            ("Two", None),
            ("Three", Some("other"))
        ]
    );
}
