//! Property tests: arbitrary JSON, shaped like format 1 or not, full of hostile URL
//! spellings, through `load_value` and `load_with`. Whatever goes in, nothing panics,
//! every URL that comes out is within the policy (checked independently of the policy's
//! own code, by `common/invariants.rs`), text and parsed JSON give the same result, and a
//! document whose every URL is hostile comes out with no URL at all.
//!
//! The fuzz targets in `fuzz/` check the same invariants for much longer runs.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "common/invariants.rs"]
mod invariants;
#[path = "common/vocabulary.rs"]
mod vocabulary;

use article_core::{load_value, load_with, Limits, LoadError, Loaded};
use common::BASE;
use invariants::*;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{Map, Number, Value};
use vocabulary::{BLOCK_TYPES, FIELD_NAMES};

/// Bases the documents are "loaded from": none, the usual one, one that is not a URL
/// (so, none), and an opaque one that nothing relative resolves against.
const BASES: [Option<&str>; 4] = [
    None,
    Some(BASE),
    Some("samples/story.json"),
    Some("javascript:alert(1)//"),
];

/// Script and local schemes in spellings a browser still reads as such.
const HOSTILE_URLS: &[&str] = &[
    "javascript:alert(1)",
    "jAvAsCrIpT:alert(1)",
    "\tjavascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\r\nscript:alert(1)",
    " \u{0}\u{1}javascript:alert(1)",
    "javascript:alert(1)\u{0} ",
    "\u{1f}JAVASCRIPT:alert(document.domain)",
    "javascript://%0aalert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,x",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "data:image/svg+xml;base64,PHN2Zz4=",
    "data:application/javascript,alert(1)",
    "file:///etc/passwd",
    "blob:https://example.org/uuid",
    "about:blank",
];

/// URLs that are allowed somewhere, or tricky without being hostile.
const OTHER_URLS: &[&str] = &[
    "https://example.org/a.jpg",
    "http://example.org/story",
    "https://example.org/a.jpg,",
    ",https://example.org/a.jpg",
    "https://example.org/a b.jpg",
    "https://example.org/a.jpg 2x, https://evil.example/b.jpg",
    "HTTPS://EXAMPLE.ORG/",
    "https://例え.jp/記事",
    "https://[::1]/x",
    "//evil.example/x",
    "\\\\evil.example\\x",
    "/relative/path.png",
    "../up.png",
    "media/a.png",
    "?q=1",
    "#notes",
    "#java script:alert(1)",
    "#",
    "mailto:desk@example.org",
    "mailto:a b@example.org",
    "data:image/png;base64,iVBORw0KGgo=",
    "DATA:IMAGE/PNG,x",
    "data:image/png,a b 480w, https://evil.example/c.png",
    "data:image/png",
    "data:image/jpeg;charset=x,y",
    "tel:+15555550100",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "https://example.org/?q=javascript:alert(1)",
    "",
    "   ",
    "\u{feff}https://example.org/",
];

/// Addresses of the embed providers' content, their look-alikes and near misses.
const EMBED_URLS: &[&str] = &[
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=javascript:alert(1)",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=javascript:alert(1)",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com@evil.example/embed/dQw4w9WgXcQ",
    "https://user@www.youtube.com/embed/dQw4w9WgXcQ",
    "https://vimeo.com/76979871/8272103f6e",
    "https://x.com/jack/status/20",
    "https://www.instagram.com/p/CEZCQC-osEP/",
    "https://www.tiktok.com/@scout2015/video/6718335390845095173",
    "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
    "https://soundcloud.com/frankzappa/it-must-be-a-camel",
    "https://soundcloud.com/a%22b/c",
    "https://datawrapper.dwcdn.net/MUWoW/3/",
    "https://flo.uri.sh/visualisation/18552565/embed",
    "https://www.example.com/interactive",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(list).prop_map(str::to_owned)
}

/// A hostile URL as a Markdown destination: plain, in angle brackets, or with the
/// entities and escapes that CommonMark decodes before the URL is seen.
fn hostile_markdown_destination() -> impl Strategy<Value = String> {
    (pick(HOSTILE_URLS), 0..6u8).prop_map(|(url, how)| {
        // CommonMark reads NUL as U+FFFD, which no browser strips: that spelling is text.
        let url = url.replace(['\u{0}', '\u{1}', '\u{1f}', ' '], "");
        hostile_spelling(&url, how)
    })
}

fn hostile_spelling(url: &str, how: u8) -> String {
    match how {
        0 => url.replace(['\t', '\n', '\r', ' ', '\u{0}', '\u{1}', '\u{1f}'], ""),
        1 => format!("<{}>", url.replace(['\n', '\r', '<', '>'], "")),
        2 => url
            .replacen(':', "&colon;", 1)
            .replace([' ', '\n', '\t', '\r'], ""),
        3 => {
            let mut chars = url.trim().chars();
            let first = chars.next().map_or(0, u32::from);
            format!("&#{first};{}", chars.as_str()).replace([' ', '\n', '\t', '\r'], "")
        }
        4 => {
            let mut chars = url.trim().chars();
            let first = chars.next().map_or(0, u32::from);
            format!("&#x{first:X};{}", chars.as_str()).replace([' ', '\n', '\t', '\r'], "")
        }
        _ => url
            .replacen(':', "\\:", 1)
            .replace([' ', '\n', '\t', '\r'], ""),
    }
}

/// Markdown carrying `url` in every way a URL can appear in it.
fn markdown_with(url: String, words: String) -> impl Strategy<Value = String> {
    (0..9u8).prop_map(move |how| match how {
        0 => format!("[{words}]({url})"),
        1 => format!("![{words}]({url} \"title\")"),
        2 => format!("[{words}][r]\n\n[r]: {url}"),
        3 => format!("<{url}>"),
        4 => format!("> - **[{words}]({url})**"),
        5 => format!("| a | b |\n|---|---|\n| [{words}]({url}) | ![x]({url}) |"),
        // In inline Markdown, footnotes are off and this defines a link to `url`.
        6 => format!("{words}[^1]\n\n[^1]: {url}\n\n[^2]: [note]({url})"),
        7 => format!("<a href=\"{url}\">{words}</a> <img src=\"{url}\" onerror=alert(1)>"),
        _ => format!("[![{words}]({url})]({url})"),
    })
}

/// Words, with Markdown that holds no URL (`any::<String>()` could, by chance, so a
/// hostile document goes without it).
fn words_of(hostile: bool) -> BoxedStrategy<String> {
    let fixed = prop_oneof![
        "[a-z ]{0,12}",
        Just("*em* **strong** ~~gone~~ `code`".to_owned()),
        Just("> > > > > > deep\n- - - - - list\n\n1. a\n   * b\n     > c".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        // In inline Markdown, footnotes are off and `[^a]: …` defines a link: a hostile one.
        Just("[^a] [^A] [^missing]\n\n[^a]: javascript:alert(1)\n[^A]: two [^a]".to_owned()),
    ];
    if hostile {
        fixed.boxed()
    } else {
        prop_oneof![3 => fixed, 1 => any::<String>()].boxed()
    }
}

/// A URL field's value: `hostile` chooses only hostile spellings.
fn url_value(hostile: bool) -> BoxedStrategy<String> {
    if hostile {
        pick(HOSTILE_URLS).boxed()
    } else {
        prop_oneof![
            3 => pick(OTHER_URLS),
            2 => pick(HOSTILE_URLS),
            1 => any::<String>(),
        ]
        .boxed()
    }
}

/// A Markdown field's value: `hostile` puts only hostile URLs in it.
fn markdown_value(hostile: bool) -> BoxedStrategy<String> {
    let url = if hostile {
        hostile_markdown_destination().boxed()
    } else {
        prop_oneof![url_value(false), hostile_markdown_destination()].boxed()
    };
    prop_oneof![
        1 => words_of(hostile),
        3 => (url, words_of(hostile)).prop_flat_map(|(url, words)| markdown_with(url, words)),
        1 => prop::collection::vec(words_of(hostile), 0..4).prop_map(|parts| parts.join("\n\n")),
    ]
    .boxed()
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        hostile_leaf(),
        any::<String>().prop_map(Value::String),
        pick(OTHER_URLS).prop_map(Value::String),
    ]
}

/// A JSON leaf that is no URL, or a hostile one.
fn hostile_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop::sample::select(vec![0i64, 1, 2, 4, 9, -1, 480, i64::MAX]).prop_map(Value::from),
        prop::sample::select(vec![0.5f64, 2.5, 1e300, -0.0])
            .prop_map(|f| Number::from_f64(f).map_or(Value::Null, Value::Number)),
        pick(HOSTILE_URLS).prop_map(Value::String),
    ]
}

/// Any JSON value, with keys mostly from the format's field names.
fn any_json() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![4 => pick(FIELD_NAMES), 1 => any::<String>()],
                    inner
                ),
                0..8
            )
            .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// An object with some of `fields`: each present (`Some`) with a value from its strategy.
fn object(fields: Vec<(&'static str, BoxedStrategy<Value>)>) -> BoxedStrategy<Value> {
    let with_presence: Vec<_> = fields
        .into_iter()
        .map(|(name, value)| prop::option::weighted(0.7, value).prop_map(move |v| (name, v)))
        .collect();
    with_presence
        .prop_map(|fields| {
            Value::Object(
                fields
                    .into_iter()
                    .filter_map(|(name, value)| Some((name.to_owned(), value?)))
                    .collect::<Map<_, _>>(),
            )
        })
        .boxed()
}

/// What goes into a document: with `hostile`, every URL in it, in a field or in
/// Markdown, is a script or local scheme, and nothing else can read as a URL.
#[derive(Clone, Copy)]
struct Gen {
    hostile: bool,
}

impl Gen {
    /// Mostly the right kind of value, sometimes a JSON leaf of the wrong type.
    fn or_wrong(self, value: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
        if self.hostile {
            prop_oneof![6 => value, 1 => hostile_leaf()].boxed()
        } else {
            prop_oneof![6 => value, 1 => json_leaf()].boxed()
        }
    }

    fn string(self, strategy: impl Strategy<Value = String> + 'static) -> BoxedStrategy<Value> {
        self.or_wrong(strategy.prop_map(Value::String).boxed())
    }

    fn words(self) -> BoxedStrategy<Value> {
        self.string(words_of(self.hostile))
    }

    fn url(self) -> BoxedStrategy<Value> {
        self.string(url_value(self.hostile))
    }

    fn markdown(self) -> BoxedStrategy<Value> {
        self.string(markdown_value(self.hostile))
    }

    fn size(self) -> BoxedStrategy<Value> {
        self.or_wrong(
            prop::sample::select(vec![1u32, 2, 3, 4, 160, 480, 960, 0])
                .prop_map(Value::from)
                .boxed(),
        )
    }

    fn list(self, item: BoxedStrategy<Value>, max: usize) -> BoxedStrategy<Value> {
        self.or_wrong(
            prop::collection::vec(item, 0..max)
                .prop_map(Value::Array)
                .boxed(),
        )
    }

    fn image(self) -> BoxedStrategy<Value> {
        let srcset_entry = object(vec![("src", self.url()), ("width", self.size())]);
        object(vec![
            ("src", self.url()),
            ("alt", self.words()),
            ("caption", self.markdown()),
            ("credit", self.words()),
            ("width", self.size()),
            ("height", self.size()),
            ("srcset", self.list(srcset_entry, 4)),
            ("link", self.url()),
            (
                "layout",
                self.string(pick(&["inline", "wide", "full", "huge"])),
            ),
        ])
    }

    fn video(self) -> BoxedStrategy<Value> {
        object(vec![
            ("src", self.url()),
            ("poster", self.url()),
            ("caption", self.markdown()),
            ("credit", self.words()),
            ("width", self.size()),
            ("height", self.size()),
        ])
    }

    fn embed(self) -> BoxedStrategy<Value> {
        let url = if self.hostile {
            self.url()
        } else {
            prop_oneof![self.string(pick(EMBED_URLS)), self.url()].boxed()
        };
        object(vec![
            ("url", url),
            ("title", self.words()),
            ("caption", self.markdown()),
            ("credit", self.words()),
            (
                "aspect",
                self.string(pick(&["16:9", "4:3", "1:1", "9:16", "2:1"])),
            ),
        ])
    }

    fn story_link(self) -> BoxedStrategy<Value> {
        object(vec![
            ("headline", self.words()),
            ("url", self.url()),
            ("src", self.url()),
            ("kicker", self.words()),
            ("standfirst", self.markdown()),
            ("image", self.image()),
            (
                "published",
                self.string(pick(&["2026-11-24T09:00:00Z", "yesterday"])),
            ),
        ])
    }

    fn person(self) -> BoxedStrategy<Value> {
        object(vec![
            ("name", self.words()),
            ("role", self.words()),
            ("url", self.url()),
            ("image", self.image()),
        ])
    }

    fn block(self) -> BoxedStrategy<Value> {
        let typed_blocks = prop_oneof![
            typed("text", object(vec![("text", self.markdown())])),
            typed(
                "heading",
                object(vec![
                    ("text", self.words()),
                    ("level", self.size()),
                    ("id", self.string(pick(&["notes", "a b", "notes", "x:y"]))),
                ])
            ),
            typed("image", self.image()),
            typed(
                "gallery",
                object(vec![
                    ("images", self.list(self.image(), 3)),
                    ("caption", self.markdown())
                ])
            ),
            typed(
                "pullquote",
                object(vec![
                    ("text", self.markdown()),
                    ("attribution", self.words())
                ])
            ),
            typed(
                "quote",
                object(vec![
                    ("text", self.markdown()),
                    ("attribution", self.words()),
                    ("cite", self.url()),
                ])
            ),
            typed("related", self.story_link()),
            typed(
                "aside",
                object(vec![("title", self.words()), ("text", self.markdown())])
            ),
            typed("video", self.video()),
            typed("divider", object(vec![])),
            typed("embed", self.embed()),
        ];
        if self.hostile {
            typed_blocks.boxed()
        } else {
            // Any JSON under a block type, known or not.
            let loose = (pick(BLOCK_TYPES), any_json()).prop_map(|(kind, mut value)| {
                if let Value::Object(fields) = &mut value {
                    fields.insert("type".into(), kind.into());
                }
                value
            });
            prop_oneof![10 => typed_blocks, 1 => loose].boxed()
        }
    }

    /// An article in the shape of format 1, with wrong values here and there.
    fn article(self) -> BoxedStrategy<Value> {
        let tag = prop_oneof![
            self.words(),
            object(vec![("name", self.words()), ("url", self.url())]),
        ]
        .boxed();
        let lead = prop_oneof![
            typed("image", self.image()),
            typed("video", self.video()),
            self.block(),
        ]
        .boxed();
        let source = object(vec![
            ("name", self.words()),
            ("url", self.url()),
            ("logo", self.image()),
        ]);
        let version = prop::sample::select(vec![0u64, 1, 2])
            .prop_map(Value::from)
            .boxed();
        object(vec![
            ("version", self.or_wrong(version)),
            ("id", self.words()),
            ("url", self.url()),
            (
                "lang",
                self.string(pick(&["en", "ar", "fr-CA", "not a tag"])),
            ),
            ("dir", self.string(pick(&["ltr", "rtl", "auto", "up"]))),
            ("kicker", self.words()),
            ("headline", self.words()),
            ("standfirst", self.markdown()),
            ("byline", self.list(self.person(), 3)),
            ("dateline", self.words()),
            (
                "published",
                self.string(pick(&["2026-11-24T09:00:00Z", "2026-02-30T00:00:00Z"])),
            ),
            (
                "updated",
                self.string(pick(&["2026-11-24T10:00:00+01:00", "2026-11-25T00:00:00Z"])),
            ),
            ("source", source),
            ("lead", lead),
            ("body", self.list(self.block(), 6)),
            ("tags", self.list(tag, 4)),
            ("related", self.list(self.story_link(), 3)),
        ])
    }
}

fn typed(kind: &'static str, fields: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
    fields
        .prop_map(move |mut value| {
            if let Value::Object(fields) = &mut value {
                fields.insert("type".into(), kind.into());
            }
            value
        })
        .boxed()
}

fn limits() -> impl Strategy<Value = Limits> {
    prop_oneof![
        3 => Just(Limits::default()),
        1 => Just(Limits {
            max_json_depth: 6,
            max_blocks: 2,
            max_markdown_nesting: 2,
            ..Limits::default()
        }),
    ]
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

/// Loads `value` as a value and as text, and checks every invariant of the result.
fn check_document(value: &Value, limits: &Limits) -> Result<Option<Loaded>, TestCaseError> {
    let text = value.to_string();
    let mut first = None;
    for base in BASES {
        let from_value = load_value(common::to_core(value), base, limits);
        let from_text = load_with(&text, base, limits);
        match (&from_value, &from_text) {
            (Ok(loaded), Ok(again)) => {
                check_article(&loaded.article, limits.max_markdown_nesting)
                    .map_err(TestCaseError::fail)?;
                check_diagnostics(&loaded.diagnostics).map_err(TestCaseError::fail)?;
                prop_assert_eq!(&loaded.article, &again.article, "text and value differ");
                prop_assert_eq!(&loaded.diagnostics, &again.diagnostics);
            }
            (Err(error), Err(again)) => {
                check_load_error(error).map_err(TestCaseError::fail)?;
                check_load_error(again).map_err(TestCaseError::fail)?;
                prop_assert_eq!(comparable(error), comparable(again));
            }
            _ => {
                return Err(TestCaseError::fail(format!(
                    "as a value: {:?}\nas text: {:?}",
                    from_value.as_ref().map(|_| "loaded"),
                    from_text.as_ref().map(|_| "loaded")
                )))
            }
        }
        if base == Some(BASE) {
            first = from_value.ok();
        }
    }
    Ok(first)
}

/// A load error without its place, which is a line and column only for text.
fn comparable(error: &LoadError) -> (&str, Option<&article_core::Place>) {
    match &error.place {
        place @ article_core::Place::Path(_) => (&error.message, Some(place)),
        _ => (&error.message, None),
    }
}

proptest! {
    #![proptest_config(config(600))]

    #[test]
    fn any_article_shaped_document_stays_within_the_policy(
        document in Gen { hostile: false }.article(),
        limits in limits(),
    ) {
        check_document(&document, &limits)?;
    }

}

/// A document whose every URL is hostile comes out with no URL at all. Only a document that
/// loads can show it, so the run must have loaded enough of them, and enough whose hostile
/// URLs reached the policy and were refused: a generator or a loader gone wrong, which loads
/// nothing, would otherwise pass here.
#[test]
fn a_document_whose_every_url_is_hostile_yields_no_url() {
    use std::cell::Cell;
    const CASES: u32 = 600;
    let (loaded, refused) = (Cell::new(0u32), Cell::new(0u32));
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        source_file: Some(file!()),
        ..config(CASES)
    });
    let result = runner.run(&Gen { hostile: true }.article(), |document| {
        if let Some(loaded_document) = check_document(&document, &Limits::default())? {
            let urls = article_urls(&loaded_document.article);
            prop_assert!(urls.is_empty(), "hostile URLs got through: {:#?}", urls);
            loaded.set(loaded.get() + 1);
            if loaded_document
                .diagnostics
                .iter()
                .any(|diagnostic| diagnostic.message.contains("refused"))
            {
                refused.set(refused.get() + 1);
            }
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    let (loaded, refused) = (loaded.get(), refused.get());
    eprintln!("{loaded} of {CASES} hostile documents loaded, {refused} with a URL refused");
    assert!(
        loaded >= CASES / 5,
        "only {loaded} of {CASES} hostile documents loaded: too few to show anything"
    );
    assert!(
        refused >= CASES / 6,
        "only {refused} of {CASES} hostile documents that loaded had a URL refused"
    );
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn any_json_value_loads_or_fails_cleanly(
        document in prop_oneof![
            any_json(),
            (any_json(), Gen { hostile: false }.block()).prop_map(|(mut value, block)| {
                if let Value::Object(fields) = &mut value {
                    fields.insert("headline".into(), "A headline".into());
                    fields.insert("body".into(), Value::Array(vec![block]));
                }
                value
            }),
        ],
        limits in limits(),
    ) {
        check_document(&document, &limits)?;
    }

    #[test]
    fn every_hostile_spelling_is_refused_for_every_use(
        raw in prop_oneof![
            pick(HOSTILE_URLS),
            (pick(HOSTILE_URLS), "[ \t\n\r\u{0}-\u{1f}]{0,3}", "[ \t\n\r\u{0}-\u{1f}]{0,3}")
                .prop_map(|(url, before, after)| format!("{before}{url}{after}")),
        ],
    ) {
        prop_assume!(reads_as_hostile_scheme(&raw));
        for base in BASES {
            let policy = article_core::url_policy::UrlPolicy::new(base);
            for use_ in ALL_USES {
                let checked = policy.check(&raw, use_);
                prop_assert!(checked.is_err(), "{:?} for {:?} became {:?}", raw, use_, checked);
            }
        }
    }
}

/// The invariants themselves can fail: a check that passes everything proves nothing.
#[test]
fn the_invariants_catch_what_they_are_for() {
    use article_core::url_policy::{UrlPolicy, UrlUse};
    let policy = UrlPolicy::new(Some(BASE));
    let link = |raw: &str| policy.check(raw, UrlUse::Link).expect("allowed link");
    let image = |raw: &str| policy.check(raw, UrlUse::Image).expect("allowed image");
    // A mailto link is fine as a link, not as an image; a fragment only as a link.
    assert!(check_safe_url(UrlUse::Link, &link("mailto:a@example.org")).is_ok());
    assert!(check_safe_url(UrlUse::Image, &link("mailto:a@example.org")).is_err());
    assert!(check_safe_url(UrlUse::Media, &link("#notes")).is_err());
    assert!(check_safe_url(UrlUse::Link, &image("data:image/png,x")).is_err());
    assert!(check_safe_url(UrlUse::Document, &image("data:image/png,x")).is_err());
    assert!(check_safe_url(UrlUse::Image, &image("data:image/png,x")).is_ok());
    // The data: check reads the media type as the browser does, not as the policy's code.
    for (raw, essence) in [
        ("data:image/png;base64,iVBO", Some("image/png")),
        ("DATA:Image/PNG ;base64,x", Some("image/png")),
        ("data:image/jpeg;charset=x,y", Some("image/jpeg")),
        ("data:image/png;x=a,b;base64,c", Some("image/png")),
        ("data:;base64,x", Some("text/plain")),
        ("data:image/svg+xml,<svg>", Some("image/svg+xml")),
        ("data:image/png?x,y", Some("text/plain")),
        ("data:image /png,x", Some("text/plain")),
        ("data:image/png", None),
        ("data:image/png#,x", None),
        ("https://example.org/data:image/png,x", None),
    ] {
        assert_eq!(data_url_media_essence(raw).as_deref(), essence, "{raw}");
    }
    for text in [
        "data:image/svg+xml,x",
        "data:image/png",
        "data:image/pngx,x",
        "data:text/html;image/png,x",
        "data:image/png?x,y",
    ] {
        assert!(check_url_text(UrlUse::Image, text).is_err(), "{text}");
    }
    assert!(check_url_text(UrlUse::Image, "data:image/webp;base64,UklG").is_ok());
    // The srcset splitter sees a candidate smuggled in by an end comma.
    assert_eq!(
        srcset_candidate_urls("https://a.example/x.jpg, 480w"),
        ["https://a.example/x.jpg", "480w"]
    );
    assert_eq!(
        srcset_candidate_urls("a.jpg 480w, b.jpg 960w"),
        ["a.jpg", "b.jpg"]
    );
    assert!(reads_as_hostile_scheme(" \u{0}Java\tScript:x"));
    assert!(!reads_as_hostile_scheme(
        "https://example.org/?javascript:x"
    ));
    assert!(is_path("body[4].srcset[0].src"));
    assert!(!is_path("body[x]"));
    assert!(!is_path("body..src"));
    // A frame on another origin than its provider's is seen.
    let mut loaded = article_core::load_value(
        common::to_core(&serde_json::json!({ "headline": "h", "body": [{ "type": "embed", "url": "https://youtu.be/dQw4w9WgXcQ" }] })),
        Some(BASE),
        &article_core::Limits::default(),
    )
    .expect("loads");
    assert!(check_article(&loaded.article, 32).is_ok());
    if let Some(article_core::Block::Embed(embed)) = loaded.article.body.first_mut() {
        if let Some(frame) = embed.frame.as_mut() {
            frame.src = policy
                .check("https://evil.example/embed/dQw4w9WgXcQ", UrlUse::Embed)
                .expect("allowed");
        }
    }
    assert!(check_article(&loaded.article, 32).is_err());
}
