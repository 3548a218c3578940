//! Text direction and language, reading time, RFC 3339 date-times and the viewer's
//! own words.

mod common;

use article_core::i18n::ui_text;
use article_core::lang::{is_well_formed_tag, primary_subtag, Direction};
use article_core::reading_time::{reading_minutes, WORDS_PER_MINUTE};
use article_core::time::{is_us_english, us_english, LocalTime, Timestamp};
use common::*;
use serde_json::{json, Value};

fn direction_of(fields: Value) -> (String, Direction) {
    let loaded = load_ok(doc(fields));
    (loaded.article.lang, loaded.article.dir)
}

// ---- direction and language ----

#[test]
fn every_right_to_left_language_of_the_format_page_is_rtl() {
    for tag in ["ar", "fa", "he", "ur", "ps", "sd", "yi", "dv", "ckb", "ug"] {
        assert_eq!(
            direction_of(json!({ "lang": tag })),
            (tag.to_owned(), Direction::Rtl),
            "{tag}"
        );
        assert_eq!(Direction::of_language(tag), Direction::Rtl, "{tag}");
    }
}

#[test]
fn region_script_and_case_do_not_change_the_primary_subtag() {
    for tag in [
        "ar-SY",
        "ar-EG",
        "AR",
        "Ar-sy",
        "fa-IR",
        "he-IL",
        "ur-PK",
        "ps-AF",
        "sd-Arab-PK",
        "yi-001",
        "dv-MV",
        "ckb-IQ",
        "CKB-Arab",
        "ug-CN",
    ] {
        assert_eq!(
            direction_of(json!({ "lang": tag })),
            (tag.to_owned(), Direction::Rtl),
            "{tag}"
        );
    }
}

#[test]
fn other_languages_are_ltr() {
    for tag in [
        "en",
        "tr",
        "fr-CA",
        "de",
        "zh-Hant-TW",
        "ku",
        "arn",
        "ara",
        "heb",
        "ug2",
        "sdh",
        "en-AR",
    ] {
        let expected = if is_well_formed_tag(tag) { tag } else { "en" };
        assert_eq!(
            direction_of(json!({ "lang": tag })),
            (expected.to_owned(), Direction::Ltr),
            "{tag}"
        );
    }
    assert_eq!(Direction::of_language("en-AR"), Direction::Ltr);
    assert_eq!(Direction::of_language("arn"), Direction::Ltr);
}

#[test]
fn an_explicit_dir_overrides_the_language() {
    assert_eq!(
        direction_of(json!({ "lang": "ar", "dir": "ltr" })).1,
        Direction::Ltr
    );
    assert_eq!(
        direction_of(json!({ "lang": "en", "dir": "rtl" })).1,
        Direction::Rtl
    );
    assert_eq!(direction_of(json!({ "dir": "rtl" })).1, Direction::Rtl);
    assert_eq!(
        direction_of(json!({ "lang": "he", "dir": "auto" })).1,
        Direction::Rtl
    );
    assert_eq!(
        direction_of(json!({ "lang": "fr", "dir": "auto" })).1,
        Direction::Ltr
    );
    assert_eq!(Direction::Rtl.as_str(), "rtl");
    assert_eq!(Direction::Ltr.as_str(), "ltr");
}

#[test]
fn an_invalid_dir_falls_back_to_auto() {
    for dir in [json!("RTL"), json!("right"), json!(1), json!(true)] {
        let loaded = load_ok(doc(json!({ "lang": "ar", "dir": dir })));
        assert_diagnostics(&loaded.diagnostics, &[(Error, "dir", "")]);
        assert_eq!(loaded.article.dir, Direction::Rtl, "{dir}");
    }
}

#[test]
fn language_tags_are_checked() {
    for tag in [
        "en",
        "ar",
        "fr-CA",
        "zh-Hant-TW",
        "sr-Latn-RS",
        "es-419",
        "de-CH-1996",
        "en-US-x-twain",
        "ckb",
        "x-klingon",
        "i-navajo",
        "X-private",
    ] {
        assert!(is_well_formed_tag(tag), "{tag}");
    }
    for tag in [
        "",
        "e",
        "q-private",
        "x",
        "en-",
        "-en",
        "en--US",
        "en_US",
        "fr CA",
        "123",
        "e1",
        "abcdefghi",
        "en-abcdefghi",
        "ar-سوريا",
        "en-US!",
    ] {
        assert!(!is_well_formed_tag(tag), "{tag}");
    }
}

#[test]
fn an_invalid_language_tag_is_read_as_english_with_an_error() {
    for tag in ["", "ar_SY", "arabic language", "12"] {
        let loaded = load_ok(doc(json!({ "lang": tag })));
        assert_diagnostics(
            &loaded.diagnostics,
            &[(
                Error,
                "lang",
                &format!("`{tag}` is not a BCP 47 language tag; read as \"en\""),
            )],
        );
        assert_eq!(
            (loaded.article.lang.as_str(), loaded.article.dir),
            ("en", Direction::Ltr),
            "{tag}"
        );
    }
}

#[test]
fn primary_subtags() {
    assert_eq!(primary_subtag("AR-eg"), "ar");
    assert_eq!(primary_subtag("ckb"), "ckb");
    assert_eq!(primary_subtag("en_GB"), "en");
    assert_eq!(primary_subtag(""), "");
}

// ---- reading time ----

fn words(n: usize) -> String {
    vec!["word"; n].join(" ")
}

fn reading_time_of(body: Value) -> u32 {
    let loaded = load_body(body);
    assert_diagnostics(&loaded.diagnostics, &[]);
    loaded.article.reading_minutes
}

#[test]
fn reading_minutes_round_up_with_a_minimum_of_one() {
    assert_eq!(WORDS_PER_MINUTE, 200);
    assert_eq!(reading_minutes(0), 1);
    assert_eq!(reading_minutes(1), 1);
    assert_eq!(reading_minutes(200), 1);
    assert_eq!(reading_minutes(201), 2);
    assert_eq!(reading_minutes(400), 2);
    assert_eq!(reading_minutes(401), 3);
    assert_eq!(reading_minutes(10_000), 50);
    assert_eq!(reading_minutes(usize::MAX), u32::MAX);
}

#[test]
fn reading_time_of_an_article() {
    assert_eq!(reading_time_of(json!([{ "type": "divider" }])), 1);
    assert_eq!(
        reading_time_of(json!([{ "type": "text", "text": words(200) }])),
        1
    );
    assert_eq!(
        reading_time_of(json!([{ "type": "text", "text": words(201) }])),
        2
    );
    assert_eq!(
        reading_time_of(
            json!([{ "type": "text", "text": words(150) }, { "type": "text", "text": words(150) }])
        ),
        2
    );
    // Markdown syntax is not words.
    assert_eq!(
        reading_time_of(json!([{ "type": "text", "text": format!("**{}** [x](/a)", words(199)) }])),
        1
    );
}

#[test]
fn text_headings_quotes_and_asides_count_and_the_rest_does_not() {
    let counted = [
        json!({ "type": "text", "text": words(201) }),
        json!({ "type": "heading", "text": words(201) }),
        json!({ "type": "quote", "text": words(201) }),
        json!({ "type": "aside", "text": words(201) }),
    ];
    for block in counted {
        let kind = block["type"].clone();
        assert_eq!(reading_time_of(json!([block])), 2, "{kind}");
    }
    let not_counted = [
        json!({ "type": "pullquote", "text": words(500) }),
        json!({ "type": "image", "src": "a.jpg", "alt": words(500), "caption": words(500) }),
        json!({ "type": "gallery", "images": [{ "src": "a.jpg", "alt": "", "caption": words(500) }], "caption": words(500) }),
        json!({ "type": "video", "src": "a.mp4", "caption": words(500) }),
        json!({ "type": "related", "headline": words(500), "url": "/x", "standfirst": words(500) }),
        json!({ "type": "quote", "text": "one", "attribution": words(500) }),
        json!({ "type": "aside", "title": words(500), "text": "one" }),
    ];
    for block in not_counted {
        // 199 words of text, plus at most the one counted word of the block.
        let kind = block["type"].clone();
        assert_eq!(
            reading_time_of(json!([block, { "type": "text", "text": words(199) }])),
            1,
            "{kind}"
        );
    }
    // Nor do the headline and the standfirst.
    let loaded = load_ok(doc(
        json!({ "headline": words(300), "standfirst": words(300) }),
    ));
    assert_eq!(loaded.article.reading_minutes, 1);
}

#[test]
fn footnotes_and_tables_count() {
    let text = format!(
        "{}[^a]\n\n| a |\n|---|\n| {} |\n\n[^a]: {}",
        words(100),
        words(60),
        words(50)
    );
    assert_eq!(
        reading_time_of(json!([{ "type": "text", "text": text }])),
        2
    );
}

// ---- dates in US English, as Intl writes them (held to Intl itself in Chromium:
// tests/e2e/dates.test.mjs) ----

fn local(year: i64, month: i64, day: i64, hour: i64, minute: i64) -> LocalTime {
    LocalTime {
        year,
        month,
        day,
        hour,
        minute,
    }
}

#[test]
fn us_english_dates_with_and_without_the_time() {
    let cases = [
        (
            local(2026, 11, 24, 9, 0),
            "November 24, 2026 at 9:00 AM",
            "Nov 24, 2026",
        ),
        (
            local(2026, 11, 24, 0, 5),
            "November 24, 2026 at 12:05 AM",
            "Nov 24, 2026",
        ),
        (
            local(2026, 1, 1, 12, 30),
            "January 1, 2026 at 12:30 PM",
            "Jan 1, 2026",
        ),
        (
            local(2026, 9, 3, 23, 59),
            "September 3, 2026 at 11:59 PM",
            "Sep 3, 2026",
        ),
        (local(5, 5, 31, 13, 7), "May 31, 5 at 1:07 PM", "May 31, 5"),
    ];
    for (time, long, medium) in &cases {
        assert_eq!(us_english(time, true).as_deref(), Some(*long));
        assert_eq!(us_english(time, false).as_deref(), Some(*medium));
    }
}

#[test]
fn us_english_leaves_what_it_cannot_write_to_intl() {
    // Intl writes an era before year 1; a month out of range is not a date.
    for time in [
        local(0, 1, 1, 0, 0),
        local(-1, 12, 31, 0, 0),
        local(2026, 0, 1, 0, 0),
        local(2026, 13, 1, 0, 0),
    ] {
        assert_eq!(us_english(&time, true), None);
    }
}

#[test]
fn only_us_english_is_written_without_intl() {
    for lang in ["en", "EN", "en-US", "en-us"] {
        assert!(is_us_english(lang), "{lang}");
    }
    for lang in ["en-GB", "en-Latn", "fr", "ar", "", "english"] {
        assert!(!is_us_english(lang), "{lang}");
    }
}

// ---- RFC 3339 ----

fn instant(text: &str) -> Timestamp {
    match Timestamp::parse(text) {
        Ok(timestamp) => timestamp,
        Err(message) => panic!("{text:?} should parse: {message}"),
    }
}

#[test]
fn valid_rfc_3339_forms() {
    for text in [
        "2020-02-10T14:30:00Z",
        "2020-02-10t14:30:00z",
        "2020-02-10 14:30:00Z",
        "2020-02-10T14:30:00+03:00",
        "2020-02-10T14:30:00-05:30",
        "2020-02-10T14:30:00+00:00",
        "2020-02-10T14:30:00-00:00",
        "2020-02-10T14:30:00+23:59",
        "2020-02-10T14:30:00.5Z",
        "2020-02-10T14:30:00.123456789Z",
        "2020-02-10T14:30:00.1234567891234+01:00",
        "2020-02-29T00:00:00Z",
        "2000-02-29T00:00:00Z",
        "2016-12-31T23:59:60Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "2021-04-30T00:00:00Z",
        "2021-01-31T00:00:00Z",
    ] {
        assert_eq!(instant(text).as_str(), text);
        assert_eq!(instant(text).to_string(), text);
    }
}

#[test]
fn invalid_rfc_3339_forms() {
    for text in [
        "",
        "2020-02-10",
        "2020-02-10T14:30Z",
        "2020-02-10T14:30:00",
        "2020-02-10T14:30:00.Z",
        "2020-02-10T14:30:00+0300",
        "2020-02-10T14:30:00+03",
        "2020-02-10T14:30:00+24:00",
        "2020-02-10T14:30:00+03:60",
        "2020-02-10T14:30:00ZZ",
        "2020-02-10T14:30:00Z ",
        " 2020-02-10T14:30:00Z",
        "2020-02-10T14:30:00 Z",
        "2020-02-10X14:30:00Z",
        "2020/02/10T14:30:00Z",
        "2020-2-10T14:30:00Z",
        "20-02-10T14:30:00Z",
        "+2020-02-10T14:30:00Z",
        "2020-00-10T14:30:00Z",
        "2020-13-10T14:30:00Z",
        "2020-01-00T14:30:00Z",
        "2020-01-32T14:30:00Z",
        "2021-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2020-02-30T00:00:00Z",
        "2021-04-31T00:00:00Z",
        "2020-02-10T24:00:00Z",
        "2020-02-10T23:60:00Z",
        "2020-02-10T23:59:61Z",
        "２０２０-02-10T14:30:00Z",
        "10 Feb 2020 14:30 GMT",
        "1581345000",
    ] {
        let message = Timestamp::parse(text).expect_err(text);
        assert_eq!(
            message,
            "not an RFC 3339 date-time (expected a form like 2020-02-10T14:30:00Z)"
        );
    }
}

#[test]
fn timestamps_compare_as_instants() {
    assert_eq!(
        instant("2020-02-10T14:30:00Z"),
        instant("2020-02-10T17:30:00+03:00")
    );
    assert_eq!(
        instant("2020-02-10T14:30:00Z"),
        instant("2020-02-10T09:30:00-05:00")
    );
    assert_eq!(
        instant("2020-02-10T14:30:00Z"),
        instant("2020-02-10 14:30:00.000z")
    );
    assert_eq!(
        instant("2020-02-11T01:00:00+01:00"),
        instant("2020-02-11T00:00:00Z")
    );
    assert_eq!(
        instant("2020-01-01T00:30:00+01:00"),
        instant("2019-12-31T23:30:00Z")
    );
    assert!(instant("2020-02-10T14:30:00.5Z") > instant("2020-02-10T14:30:00.499999999Z"));
    assert!(instant("2020-02-10T14:30:00.000000001Z") > instant("2020-02-10T14:30:00Z"));
    assert!(instant("2020-02-10T14:30:00+01:00") < instant("2020-02-10T14:30:00Z"));
    assert!(instant("2020-03-01T00:00:00Z") > instant("2020-02-29T23:59:59Z"));
    assert!(instant("2021-01-01T00:00:00Z") > instant("2020-12-31T23:59:59Z"));
    assert!(instant("1969-12-31T23:59:59Z") < instant("1970-01-01T00:00:00Z"));
    assert!(instant("0001-01-01T00:00:00Z") < instant("9999-12-31T23:59:59Z"));
    // Offsets that cross into a leap day, or over a missing one.
    assert_eq!(
        instant("2020-02-29T23:00:00-01:00"),
        instant("2020-03-01T00:00:00Z")
    );
    assert_eq!(
        instant("2019-02-28T23:00:00-01:00"),
        instant("2019-03-01T00:00:00Z")
    );
    assert_eq!(
        instant("2020-03-01T23:59:00+23:59"),
        instant("2020-03-01T00:00:00Z")
    );
    assert_eq!(
        instant("2020-03-01T00:00:00+23:59"),
        instant("2020-02-29T00:01:00Z")
    );
}

// ---- the viewer's words ----

#[test]
fn the_viewers_words_follow_the_primary_subtag() {
    for tag in ["ar", "ar-SY", "AR", "ar-Arab-EG"] {
        assert_eq!(ui_text(tag).by, "بقلم", "{tag}");
        assert_eq!(ui_text(tag).footnotes, "هوامش", "{tag}");
    }
    for tag in ["en", "en-GB", "fr", "fa", "he", "tr", "", "zz-ZZ", "arn"] {
        assert_eq!(ui_text(tag).by, "By", "{tag}");
        assert_eq!(ui_text(tag).footnotes, "Notes", "{tag}");
    }
}

#[test]
fn english_reading_time() {
    let english = ui_text("en");
    assert_eq!((english.reading_time)(1), "1 min read");
    assert_eq!((english.reading_time)(12), "12 min read");
}

#[test]
fn arabic_reading_time_uses_arabic_plural_forms() {
    let arabic = ui_text("ar");
    let cases = [
        (1, "قراءة في دقيقة واحدة"),
        (2, "قراءة في دقيقتين"),
        (3, "قراءة في 3 دقائق"),
        (10, "قراءة في 10 دقائق"),
        (11, "قراءة في 11 دقيقة"),
        (99, "قراءة في 99 دقيقة"),
        (100, "قراءة في 100 دقيقة"),
        (102, "قراءة في 102 دقيقة"),
        (103, "قراءة في 103 دقائق"),
        (110, "قراءة في 110 دقائق"),
        (111, "قراءة في 111 دقيقة"),
    ];
    for (minutes, expected) in cases {
        assert_eq!((arabic.reading_time)(minutes), expected, "{minutes}");
    }
}

#[test]
fn byline_name_separators() {
    let english = ui_text("en");
    assert_eq!(english.name_separators(0), Vec::<&str>::new());
    assert_eq!(english.name_separators(1), Vec::<&str>::new());
    assert_eq!(english.name_separators(2), [" and "]);
    assert_eq!(english.name_separators(3), [", ", " and "]);
    assert_eq!(english.name_separators(4), [", ", ", ", " and "]);
    let joined = |names: &[&str], separators: Vec<&str>| {
        let mut line = names[0].to_owned();
        for (separator, name) in separators.iter().zip(&names[1..]) {
            line.push_str(separator);
            line.push_str(name);
        }
        line
    };
    assert_eq!(
        joined(&["Ana", "Ben", "Cy"], english.name_separators(3)),
        "Ana, Ben and Cy"
    );

    let arabic = ui_text("ar-SY");
    assert_eq!(arabic.name_separators(2), [" و"]);
    assert_eq!(arabic.name_separators(3), ["، ", " و"]);
    assert_eq!(
        joined(&["أحمد", "سارة", "ليلى"], arabic.name_separators(3)),
        "أحمد، سارة وليلى"
    );
}
