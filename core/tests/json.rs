//! The core's own JSON reader (`article_core::json`): a table of valid and invalid texts in
//! the manner of JSONTestSuite, numbers, escapes, the depth limit, the places of errors, and a
//! differential test against serde_json, whose acceptance, words and places it keeps.

// Natively only, as the other property tests: proptest is not built for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use article_core::json::{self, ErrorKind, Number, Value};
use proptest::prelude::*;
use std::cmp::Ordering;

fn parse(text: &str) -> Result<Value, json::Error> {
    json::parse(text, 100)
}

/// The message and the place (line, column in characters) of an error, as the viewer shows them.
fn error_of(text: &str) -> (String, usize, usize) {
    let error = parse(text).expect_err(text);
    let (line, column) = json::line_and_column(text, error.at);
    let message = match error.kind {
        ErrorKind::Syntax(message) => message.to_owned(),
        ErrorKind::TooDeep => "too deep".to_owned(),
    };
    (message, line, column)
}

#[test]
fn valid_texts_are_read() {
    let valid = [
        "null",
        "true",
        "false",
        "0",
        "-0",
        "1",
        "-1",
        "0.5",
        "1e5",
        "1E+5",
        "1e-5",
        "-0.0e0",
        "123456789012345678901234567890",
        "1e308",
        "-1e308",
        "1.7976931348623157e308",
        "1e-400",
        "0e999999999999",
        "\"\"",
        "\"a\"",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
        "\"\\u0000\"",
        "\"\\u00e9\\u00E9\"",
        "\"\\ud83d\\udcf0\"",
        "\"\u{7f}\u{80}\u{ffff}\u{10ffff}\"",
        "[]",
        "[ ]",
        "{}",
        "{ }",
        "[1,2,3]",
        "[[],[[]]]",
        "{\"a\":1}",
        "{\"a\":[{\"b\":null}]}",
        " \t\r\n[ \t\r\n1 \t\r\n, \t\r\n2 \t\r\n] \t\r\n",
        "{\"a\":1,\"a\":2}",
        "{\"\":0}",
    ];
    for text in valid {
        assert!(
            parse(text).is_ok(),
            "{text:?} should be valid: {:?}",
            parse(text)
        );
    }
}

#[test]
fn invalid_texts_are_refused_with_serde_json_s_words_and_place() {
    // (text, message, line, column): the column in characters, as editors count.
    let invalid: &[(&str, &str, usize, usize)] = &[
        ("", "EOF while parsing a value", 1, 1),
        ("   ", "EOF while parsing a value", 1, 3),
        ("nul", "EOF while parsing a value", 1, 3),
        ("nulx", "expected ident", 1, 4),
        ("True", "expected value", 1, 1),
        ("[1,]", "trailing comma", 1, 4),
        ("{\"a\":1,}", "trailing comma", 1, 8),
        ("[1 2]", "expected `,` or `]`", 1, 4),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`", 1, 8),
        ("{\"a\" 1}", "expected `:`", 1, 6),
        ("{a:1}", "key must be a string", 1, 2),
        ("{\"a\":1,b:2}", "key must be a string", 1, 8),
        ("[", "EOF while parsing a list", 1, 1),
        ("[1,", "EOF while parsing a value", 1, 3),
        ("{", "EOF while parsing an object", 1, 1),
        ("{\"a\"", "EOF while parsing an object", 1, 4),
        ("{\"a\":", "EOF while parsing a value", 1, 5),
        ("\"abc", "EOF while parsing a string", 1, 4),
        ("1 2", "trailing characters", 1, 3),
        ("[]]", "trailing characters", 1, 3),
        ("01", "invalid number", 1, 2),
        ("-", "EOF while parsing a value", 1, 1),
        ("-a", "invalid number", 1, 2),
        ("1.", "EOF while parsing a value", 1, 2),
        ("1.e5", "invalid number", 1, 3),
        ("[1.]", "invalid number", 1, 4),
        ("1e", "EOF while parsing a value", 1, 2),
        ("1e+", "EOF while parsing a value", 1, 3),
        ("1ex", "invalid number", 1, 3),
        (".5", "expected value", 1, 1),
        ("+1", "expected value", 1, 1),
        ("1e309", "number out of range", 1, 5),
        ("-1e400", "number out of range", 1, 6),
        ("1.8e308", "number out of range", 1, 7),
        ("1e99999999999", "number out of range", 1, 12),
        (
            "\"a\u{1}\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
            1,
            3,
        ),
        (
            "\"a\nb\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
            2,
            1,
        ),
        ("\"\\x\"", "invalid escape", 1, 3),
        ("\"\\u12G4\"", "invalid escape", 1, 7),
        ("\"\\u12", "EOF while parsing a string", 1, 5),
        ("\"\\", "EOF while parsing a string", 1, 2),
        ("'a'", "expected value", 1, 1),
        ("[1,2,3]\u{0}", "trailing characters", 1, 8),
        ("\u{a0}1", "expected value", 1, 1),
        ("/* */ 1", "expected value", 1, 1),
        // Columns count characters: é is 2 bytes, 📰 4.
        ("[\"é📰\" x]", "expected `,` or `]`", 1, 7),
        ("{\n  \"a\": [1,\n  ]\n}", "trailing comma", 3, 3),
    ];
    for &(text, message, line, column) in invalid {
        assert_eq!(
            error_of(text),
            (message.to_owned(), line, column),
            "the error of {text:?}"
        );
    }
}

#[test]
fn lone_surrogates_are_refused_where_the_escape_ends() {
    for (text, column) in [
        ("\"\\ud800\"", 8),
        ("\"\\udc00\"", 7),
        ("\"\\ud800\\u0041\"", 13),
        ("\"\\ud800\\ud800\"", 13),
        ("\"\\ud800x\"", 8),
        ("\"\\ud800\\n\"", 9),
    ] {
        let (message, line, at) = error_of(text);
        assert!(
            message.starts_with("a lone surrogate in a \\u escape"),
            "{text}: {message}"
        );
        assert_eq!((line, at), (1, column), "{text}");
    }
    assert_eq!(error_of("\"\\ud800").0, "EOF while parsing a string");
    assert_eq!(error_of("\"\\ud800\\").0, "EOF while parsing a string");
}

#[test]
fn strings_are_unescaped() {
    let cases = [
        ("\"plain\"", "plain"),
        ("\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d"),
        ("\"\\b\\f\\n\\r\\t\"", "\u{8}\u{c}\n\r\t"),
        ("\"\\u0041\\u00e9\\u20AC\"", "Aé€"),
        ("\"\\ud83d\\udcf0 news\"", "📰 news"),
        ("\"é📰\u{2028}\"", "é📰\u{2028}"),
        ("\"\\u0000\"", "\u{0}"),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse(text),
            Ok(Value::String(expected.to_owned())),
            "{text}"
        );
    }
}

#[test]
fn numbers_are_classed_as_serde_json_classes_them() {
    let number = |text: &str| match parse(text) {
        Ok(Value::Number(number)) => number,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(number("0").as_u64(), Some(0));
    assert_eq!(number("640").as_u64(), Some(640));
    assert_eq!(number("18446744073709551615").as_u64(), Some(u64::MAX));
    assert_eq!(number("-1").as_i64(), Some(-1));
    assert_eq!(number("-1").as_u64(), None);
    assert_eq!(number("-9223372036854775808").as_i64(), Some(i64::MIN));
    for float in [
        "18446744073709551616",
        "-9223372036854775809",
        "-0",
        "1.0",
        "1e2",
        "0.5",
    ] {
        let parsed = number(float);
        assert!(parsed.is_f64(), "{float}");
        assert_eq!(parsed.as_u64(), None, "{float}");
        assert_eq!(parsed.as_i64(), None, "{float}");
        // Written back as written.
        assert_eq!(parsed.to_string(), float);
    }
    assert_eq!(number("4294967296").to_string(), "4294967296");
    assert_eq!(number("-5").to_string(), "-5");
}

#[test]
fn numbers_compare_with_whole_numbers_exactly() {
    let cmp = |text: &str, whole: u64| text.parse::<Number>().expect(text).cmp_whole(whole);
    for (text, whole, expected) in [
        ("2", 2, Ordering::Equal),
        ("2.0", 2, Ordering::Equal),
        ("2.00e0", 2, Ordering::Equal),
        ("0.2e1", 2, Ordering::Equal),
        ("20e-1", 2, Ordering::Equal),
        ("1.5", 2, Ordering::Less),
        ("1.9999999999999999999", 2, Ordering::Less),
        ("2.0000000000000000001", 2, Ordering::Greater),
        ("2.5", 2, Ordering::Greater),
        ("1e300", 2, Ordering::Greater),
        ("1e-300", 0, Ordering::Greater),
        ("-0", 0, Ordering::Equal),
        ("-0.0e5", 1, Ordering::Less),
        ("-1.5", 0, Ordering::Less),
        ("0.0", 0, Ordering::Equal),
        ("100", 100, Ordering::Equal),
        ("1e2", 100, Ordering::Equal),
        ("1.0", 1, Ordering::Equal),
        ("0.999", 1, Ordering::Less),
        ("0e99999999999999999999", 0, Ordering::Equal),
        ("1e-99999999999999999999", 1, Ordering::Less),
        ("18446744073709551616", u64::MAX, Ordering::Greater),
    ] {
        assert_eq!(cmp(text, whole), expected, "{text} against {whole}");
    }
    // Only a number, as serde_json's `Number::from_str`.
    for not_a_number in ["", " 2", "2 ", "two", "2x", "[2]", "+2", "02", "\"2\""] {
        assert!(not_a_number.parse::<Number>().is_err(), "{not_a_number:?}");
    }
}

#[test]
fn objects_keep_their_order_and_the_later_of_a_repeated_key() {
    let Ok(Value::Object(mut map)) = parse(r#"{"b": 1, "a": 2, "b": 3, "c": {"b": 4}}"#) else {
        panic!("an object");
    };
    let keys: Vec<&str> = map.iter().map(|(key, _)| key.as_str()).collect();
    assert_eq!(keys, ["b", "a", "b", "c"]);
    assert_eq!(map.get("b"), Some(&Value::Number(3u64.into())));
    assert_eq!(map.remove("b"), Some(Value::Number(3u64.into())));
    // Taken out with the earlier one: the key is gone.
    assert_eq!(map.get("b"), None);
    assert_eq!(map.remove("b"), None);
    assert_eq!(map.len(), 2);
}

#[test]
fn the_depth_limit_stops_the_parser_at_the_bracket_too_deep() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(json::parse(&nested(5), 5).is_ok());
    let error = json::parse(&nested(6), 5).expect_err("6 levels");
    assert_eq!(error.kind, ErrorKind::TooDeep);
    assert_eq!(json::line_and_column(&nested(6), error.at), (1, 6));
    let objects = "{\"a\":{\"a\":{\"a\":{}}}}";
    let error = json::parse(objects, 3).expect_err("4 levels");
    assert_eq!((error.kind, error.at), (ErrorKind::TooDeep, 16));
    // A million brackets, unclosed, stop at the limit without exhausting the stack.
    let deep = "[{\"a\":".repeat(500_000);
    let error = json::parse(&deep, 100).expect_err("too deep");
    assert_eq!(error.kind, ErrorKind::TooDeep);
    // Brackets in strings are text.
    assert!(json::parse("[\"[[[[[[[[\"]", 1).is_ok());
}

#[test]
fn positions_are_in_characters_and_never_column_0() {
    assert_eq!(json::line_and_column("abc", 0), (1, 1));
    assert_eq!(json::line_and_column("abc", 2), (1, 2));
    assert_eq!(json::line_and_column("a\nbc", 2), (2, 1));
    assert_eq!(json::line_and_column("a\nbc", 4), (2, 2));
    assert_eq!(json::line_and_column("é😀x", 7), (1, 3));
    // An offset inside a character counts that character.
    assert_eq!(json::line_and_column("é😀x", 4), (1, 2));
    assert_eq!(json::line_and_column("ab", 99), (1, 2));
}

// The differential test: whatever the text, the core's reader and serde_json agree on whether
// it is JSON, on the value, and on the error's words and place.

/// serde_json's verdict, in the reader's terms: its value, or (message, line, byte column).
fn serde_verdict(text: &str) -> Result<serde_json::Value, (String, usize, usize)> {
    serde_json::from_str::<serde_json::Value>(text).map_err(|error| {
        let (line, column) = (error.line(), error.column());
        let full = error.to_string();
        let message = full
            .strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&full)
            .to_owned();
        (message, line, column)
    })
}

fn same_value(ours: &Value, theirs: &serde_json::Value) -> bool {
    match (ours, theirs) {
        (Value::Null, serde_json::Value::Null) => true,
        (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
        (Value::String(a), serde_json::Value::String(b)) => a == b,
        (Value::Number(a), serde_json::Value::Number(b)) => {
            if a.is_f64() || b.is_f64() {
                // serde_json computes the float, with its own rounding; the core keeps the text.
                let ours: f64 = a.to_string().parse().expect("a JSON number");
                let theirs = b.as_f64().expect("a float");
                a.is_f64()
                    && b.is_f64()
                    && (ours == theirs
                        || (ours - theirs).abs() <= ours.abs() * 1e-15
                        || (ours.abs() < 1e-300 && theirs.abs() < 1e-300))
            } else {
                a.as_u64() == b.as_u64() && a.as_i64() == b.as_i64()
            }
        }
        (Value::Array(a), serde_json::Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same_value(a, b))
        }
        (Value::Object(a), serde_json::Value::Object(b)) => {
            let mut keys: Vec<&String> = a.iter().map(|(key, _)| key).collect();
            keys.sort();
            keys.dedup();
            keys.len() == b.len()
                && b.iter()
                    .all(|(key, theirs)| a.get(key).is_some_and(|ours| same_value(ours, theirs)))
        }
        _ => false,
    }
}

fn check_against_serde(text: &str) -> Result<(), TestCaseError> {
    // serde_json's own limit is 127 levels; ours is set to the same for this comparison.
    let ours = json::parse(text, 127);
    match (ours, serde_verdict(text)) {
        (Ok(ours), Ok(theirs)) => {
            prop_assert!(
                same_value(&ours, &theirs),
                "{text:?}: {ours:?} against {theirs:?}"
            );
        }
        (Err(error), Err((message, line, column))) => {
            let ours_message = match error.kind {
                ErrorKind::Syntax(message) => message,
                ErrorKind::TooDeep => "recursion limit exceeded",
            };
            let message = match message.as_str() {
                "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
                    "a lone surrogate in a \\u escape (\\uD800 to \\uDFFF come only in pairs that make one character)".to_owned()
                }
                _ => message,
            };
            prop_assert_eq!(ours_message, message.as_str(), "{:?}", text);
            // serde_json's place: the line, and the bytes from the line's start to the offset.
            let before = text.as_bytes().get(..error.at).unwrap_or(text.as_bytes());
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |n| n + 1);
            let ours_line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            prop_assert_eq!(
                (ours_line, error.at - line_start),
                (line, column),
                "{:?}",
                text
            );
        }
        (ours, theirs) => {
            prop_assert!(false, "{text:?}: ours {ours:?}, serde_json {theirs:?}");
        }
    }
    Ok(())
}

/// `parse_deferring` gives `parse`'s verdict and error, reads every array of the field
/// at the top level as empty, and the elements of the one that counts (the later), each
/// parsed at its place, are that array as `parse` read it. Returns whether one was deferred.
fn check_deferring(text: &str) -> Result<bool, TestCaseError> {
    let (deferred, whole) = (
        json::parse_deferring(text, 127, "body"),
        json::parse(text, 127),
    );
    let ((value, places), whole) = match (deferred, whole) {
        (Ok(deferred), Ok(whole)) => (deferred, whole),
        (Err(deferred), Err(whole)) => {
            prop_assert_eq!(deferred, whole, "{:?}", text);
            return Ok(false);
        }
        (deferred, whole) => {
            prop_assert!(false, "{text:?}: deferring {deferred:?}, whole {whole:?}");
            unreachable!()
        }
    };
    let emptied = match &whole {
        Value::Object(fields) => {
            let mut emptied = json::Map::new();
            for (key, value) in fields.iter() {
                let deferred = key == "body" && matches!(value, Value::Array(_));
                emptied.insert(
                    key.clone(),
                    if deferred {
                        Value::Array(Vec::new())
                    } else {
                        value.clone()
                    },
                );
            }
            Value::Object(emptied)
        }
        other => other.clone(),
    };
    prop_assert_eq!(&value, &emptied, "{:?}", text);
    let Some(places) = places else {
        prop_assert!(
            !matches!(whole.get("body"), Some(Value::Array(_))),
            "{:?}",
            text
        );
        return Ok(false);
    };
    let elements = places
        .iter()
        .map(|place| json::parse_element(text, place.clone(), 127));
    let elements = elements.collect::<Result<Vec<_>, _>>();
    let elements = elements.map(Value::Array);
    prop_assert_eq!(elements.as_ref().ok(), whole.get("body"), "{:?}", text);
    Ok(true)
}

/// `text` as it is and in the places where an array is deferred, or looks as if it might be.
fn check_deferring_around(text: &str) -> Result<(), TestCaseError> {
    for framed in [
        text.to_owned(),
        format!("{{\"body\": [{text}]}}"),
        format!("{{\"a\": [{text}], \"body\" :[ {text} , {text} ], \"z\": 1}}"),
        format!("{{\"body\": [1], \"body\": {text}}}"),
        format!("{{\"body\": {text}, \"body\": [{text}]}}"),
        format!("[{{\"body\": [{text}]}}]"),
        format!("{{\"x\": {{\"body\": [{text}]}}}}"),
    ] {
        check_deferring(&framed)?;
    }
    Ok(())
}

#[test]
fn a_deferred_array_is_checked_but_built_only_when_asked() {
    let text = r#"{"headline": "h", "body": [{"type": "text", "text": "a\u00e9"}, [1, 2.5], "x"], "tags": []}"#;
    assert!(
        check_deferring(text).unwrap(),
        "the positive control: the body is deferred"
    );
    let (value, places) = json::parse_deferring(text, 127, "body").unwrap();
    assert_eq!(value.get("body"), Some(&Value::Array(Vec::new())));
    assert_eq!(value.get("tags"), Some(&Value::Array(Vec::new())));
    let places = places.unwrap();
    let elements: Vec<&str> = places.iter().map(|place| &text[place.clone()]).collect();
    assert_eq!(
        elements,
        [
            r#"{"type": "text", "text": "a\u00e9"}"#,
            "[1, 2.5]",
            r#""x""#
        ]
    );
    assert_eq!(
        json::parse_element(text, places[2].clone(), 127),
        Ok(Value::String("x".into()))
    );
    // Only the top-level object's field, and only when its later value is an array.
    assert!(!check_deferring(r#"[{"body": [1]}]"#).unwrap());
    assert!(!check_deferring(r#"{"a": {"body": [1]}}"#).unwrap());
    assert!(!check_deferring(r#"{"body": [1], "body": 2}"#).unwrap());
    assert!(check_deferring(r#"{"body": 2, "body": [1]}"#).unwrap());
    // An error in a deferred element is found, where `parse` finds it.
    let broken = r#"{"body": [{"text": "a\x"}], "headline": "h"}"#;
    assert_eq!(
        json::parse_deferring(broken, 127, "body"),
        Err(json::parse(broken, 127).unwrap_err())
    );
    let deep = r#"{"body": [[[[1]]]]}"#;
    let error = json::parse_deferring(deep, 4, "body").expect_err("5 levels");
    assert_eq!((error.kind, error.at), (ErrorKind::TooDeep, 13));
    assert_eq!(Err(error), json::parse(deep, 4));
}

/// Bits of JSON and of near-JSON, so that random texts are often nearly valid.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            " ",
            "\n",
            "\t",
            "\"",
            "\\",
            "\"a\"",
            "\"é\"",
            "\"😀\"",
            "null",
            "true",
            "fals",
            "nul",
            "0",
            "1",
            "-",
            "-0",
            "12",
            ".",
            "5",
            "e",
            "E",
            "+",
            "e5",
            "1e308",
            "1e309",
            "9e307",
            "18446744073709551615",
            "18446744073709551616",
            "9223372036854775808",
            "00",
            "\\u",
            "\\ud800",
            "\\udc00",
            "\\u00e9",
            "\\n",
            "\\x",
            "\u{1}",
            "\u{7f}",
            "x",
            "1.5",
            "1.",
            "1.e3",
            "\"k\":",
            "{\"a\":",
            "[1,",
            "é",
            "\r",
        ])
        .prop_map(str::to_owned),
        "[0-9]{1,25}",
        "[0-9a-fA-F]{0,5}",
    ]
}

fn near_json() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..24).prop_map(|tokens| tokens.concat())
}

/// A valid document written by serde_json, then cut, or with one byte changed.
fn edited_json() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        (-1e300..1e300f64).prop_map(serde_json::Value::from),
        "[a-z\\\\\"\u{0}-\u{1f}é😀\u{fffd}]{0,8}".prop_map(serde_json::Value::from),
    ];
    let value = leaf.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::vec(("[a-c]{0,2}", inner), 0..4)
                .prop_map(|fields| { serde_json::Value::Object(fields.into_iter().collect()) }),
        ]
    });
    (
        value,
        any::<bool>(),
        any::<prop::sample::Index>(),
        any::<prop::sample::Index>(),
        0u8..128,
    )
        .prop_map(|(value, pretty, cut, at, byte)| {
            let text = if pretty {
                serde_json::to_string_pretty(&value).expect("serializes")
            } else {
                value.to_string()
            };
            let mut bytes = text.into_bytes();
            match byte {
                // Cut off.
                0..=15 => bytes.truncate(cut.index(bytes.len() + 1)),
                // Unchanged.
                16..=23 => {}
                // A bit of JSON inserted: `[1]` becomes `[1,]`, say.
                24..=47 => {
                    let bits: [&[u8]; 8] = [b",", b"]", b"}", b":", b"\"", b" ", b"0", b"-"];
                    let at = at.index(bytes.len() + 1);
                    let bit = bits[usize::from(byte) % bits.len()];
                    bytes.splice(at..at, bit.iter().copied());
                }
                // One ASCII byte in place of another.
                _ if !bytes.is_empty() => {
                    let at = at.index(bytes.len());
                    if bytes[at].is_ascii() {
                        bytes[at] = byte;
                    }
                }
                _ => {}
            }
            String::from_utf8(bytes).unwrap_or_default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn near_json_is_read_as_serde_json_reads_it(text in near_json()) {
        check_against_serde(&text)?;
    }

    #[test]
    fn edited_json_is_read_as_serde_json_reads_it(text in edited_json()) {
        check_against_serde(&text)?;
    }

    #[test]
    fn near_json_is_read_the_same_with_the_body_deferred(text in near_json()) {
        check_deferring_around(&text)?;
    }

    #[test]
    fn edited_json_is_read_the_same_with_the_body_deferred(text in edited_json()) {
        check_deferring_around(&text)?;
    }

    #[test]
    fn numbers_are_read_as_serde_json_reads_them(
        sign in prop::sample::select(vec!["", "-"]),
        integer in "0|[1-9][0-9]{0,24}",
        fraction in prop::option::of("[0-9]{0,20}"),
        exponent in prop::option::of(("[eE]", "[+-]?", "[0-9]{1,4}")),
    ) {
        let mut text = format!("{sign}{integer}");
        if let Some(fraction) = fraction {
            text = format!("{text}.{fraction}");
        }
        if let Some((e, exponent_sign, digits)) = exponent {
            text = format!("{text}{e}{exponent_sign}{digits}");
        }
        check_against_serde(&text)?;
        check_against_serde(&format!("[{text}]"))?;
    }
}
