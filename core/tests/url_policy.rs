//! Which URLs may reach the page: allowed schemes per use, every refused scheme in
//! any spelling, fragments, and relative URLs resolved against the article's address.
//!
//! The same tests run natively (the `url` crate parses) and in Chromium (the browser's own
//! `URL` parses; `scripts/test` runs them with wasm-pack), so both parsers are held to them.

mod common;

use article_core::markdown::{Inline, MdBlock};
use article_core::url_policy::{Parts, UrlPolicy, UrlUse};
use article_core::Block;
use common::*;
use serde_json::json;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

const ALL_USES: [UrlUse; 5] = [
    UrlUse::Link,
    UrlUse::Image,
    UrlUse::Media,
    UrlUse::Document,
    UrlUse::Embed,
];

fn policy() -> UrlPolicy {
    UrlPolicy::new(Some(BASE))
}

#[track_caller]
fn allowed(raw: &str, use_: UrlUse) -> String {
    match policy().check(raw, use_) {
        Ok(url) => url.as_str().to_owned(),
        Err(refusal) => panic!("{raw:?} should be allowed for {use_:?}, but: {refusal}"),
    }
}

#[track_caller]
fn refused(raw: &str, use_: UrlUse) -> String {
    match policy().check(raw, use_) {
        Ok(url) => panic!("{raw:?} should be refused for {use_:?}, but became {url}"),
        Err(refusal) => refusal.to_string(),
    }
}

/// Scripting and local schemes in the spellings a browser would still run.
const HOSTILE: [(&str, &str); 19] = [
    ("javascript:alert(1)", "javascript"),
    ("JaVaScRiPt:alert(1)", "javascript"),
    ("JAVASCRIPT:alert(1)", "javascript"),
    ("  javascript:alert(1)", "javascript"),
    ("\u{0}\u{1}\u{1f} javascript:alert(1)", "javascript"),
    ("\t\n\rjavascript:alert(1)", "javascript"),
    ("java\tscript:alert(1)", "javascript"),
    ("java\nscript:alert(1)", "javascript"),
    ("java\r\nscript:alert(1)", "javascript"),
    ("jav\u{9}ascript:alert(1)", "javascript"),
    ("javascript:alert(1)\u{0} ", "javascript"),
    ("vbscript:msgbox(1)", "vbscript"),
    ("VBScript:msgbox(1)", "vbscript"),
    ("data:text/html,<script>alert(1)</script>", "data"),
    ("data:text/html;base64,PHNjcmlwdD4=", "data"),
    ("data:image/svg+xml,<svg onload=alert(1)>", "data"),
    ("data:image/svg+xml;base64,PHN2Zz4=", "data"),
    ("file:///etc/passwd", "file"),
    ("FILE://server/share", "file"),
];

#[test]
fn hostile_schemes_are_refused_for_every_use_in_every_spelling() {
    for (raw, scheme) in HOSTILE {
        for use_ in ALL_USES {
            let refusal = refused(raw, use_);
            assert!(
                refusal.contains(&format!("the scheme `{scheme}:` is not allowed")),
                "{raw:?} for {use_:?}: {refusal}"
            );
        }
    }
}

#[test]
fn other_schemes_are_refused() {
    for raw in [
        "ftp://example.org/file",
        "ws://example.org/",
        "blob:https://example.org/uuid",
        "about:blank",
        "tel:+15555550100",
        "sms:+15555550100",
        "chrome://settings",
        "view-source:https://example.org/",
        "intent://scan/#Intent;scheme=zxing;end",
        "x-custom:thing",
    ] {
        for use_ in ALL_USES {
            let refusal = refused(raw, use_);
            assert!(refusal.contains("is not allowed"), "{raw}: {refusal}");
        }
    }
}

#[test]
fn https_and_http_are_allowed_for_every_use() {
    for use_ in ALL_USES {
        assert_eq!(
            allowed("https://example.com/a?b=c#d", use_),
            "https://example.com/a?b=c#d"
        );
        assert_eq!(allowed("http://example.com", use_), "http://example.com/");
        assert_eq!(
            allowed("HTTPS://EXAMPLE.COM/Path", use_),
            "https://example.com/Path"
        );
        assert_eq!(
            allowed("  https://example.com/x  ", use_),
            "https://example.com/x"
        );
        assert_eq!(
            allowed("https://exa\tmple.com/x", use_),
            "https://example.com/x"
        );
    }
}

/// The parts an embed's provider is recognised by, read from the URL as each parser wrote it.
#[test]
fn the_parts_that_say_where_a_url_points() {
    let url = allowed(
        " HTTPS://User:Pw@WWW.Example.COM:8080/a/./b/../c?q=1&r=%3C#frag?x",
        UrlUse::Embed,
    );
    assert_eq!(
        url,
        "https://User:Pw@www.example.com:8080/a/c?q=1&r=%3C#frag?x"
    );
    let safe = policy().check(&url, UrlUse::Embed).expect("allowed");
    assert_eq!(
        safe.parts(),
        Some(Parts {
            host: "www.example.com",
            port: "8080",
            credentials: true,
            path: "/a/c",
            query: "q=1&r=%3C"
        })
    );
    let cases = [
        // The scheme's own port is no port; a bare `@` names nobody.
        ("https://example.com:443/", "example.com", "", false, "/"),
        ("http://example.com:80", "example.com", "", false, "/"),
        ("https://@example.com/", "example.com", "", false, "/"),
        ("https://:pw@example.com/", "example.com", "", true, "/"),
        ("https://a@b@example.com/x", "example.com", "", true, "/x"),
        (
            "https://example.com.@evil.example/",
            "evil.example",
            "",
            true,
            "/",
        ),
        (
            "https://evil.example\\@example.com/",
            "evil.example",
            "",
            false,
            "/@example.com/",
        ),
        (
            "https://a/b@example.com/",
            "a",
            "",
            false,
            "/b@example.com/",
        ),
        // Percent-encoded and international names, as the browser resolves them.
        ("https://%65xample.com/", "example.com", "", false, "/"),
        ("https://EXAMPLE.com./", "example.com.", "", false, "/"),
        (
            "https://b\u{fc}cher.example/",
            "xn--bcher-kva.example",
            "",
            false,
            "/",
        ),
        ("https://[::1]:8080/", "[::1]", "8080", false, "/"),
        ("https://[::1]/", "[::1]", "", false, "/"),
        ("story.html", "example.org", "", false, "/news/story.html"),
    ];
    for (raw, host, port, credentials, path) in cases {
        let safe = policy().check(raw, UrlUse::Embed).expect("allowed");
        let parts = safe.parts().expect("parts");
        assert_eq!(
            (parts.host, parts.port, parts.credentials, parts.path),
            (host, port, credentials, path),
            "{raw}"
        );
    }
    for other in ["#notes", "mailto:desk@example.org"] {
        let safe = policy().check(other, UrlUse::Link).expect("allowed");
        assert_eq!(safe.parts(), None, "{other}");
    }
}

#[test]
fn mailto_is_for_links_only() {
    assert_eq!(
        allowed("mailto:desk@example.org", UrlUse::Link),
        "mailto:desk@example.org"
    );
    assert_eq!(
        allowed("MAILTO:desk@example.org?subject=Hi", UrlUse::Link),
        "mailto:desk@example.org?subject=Hi"
    );
    for use_ in [
        UrlUse::Image,
        UrlUse::Media,
        UrlUse::Document,
        UrlUse::Embed,
    ] {
        assert!(refused("mailto:desk@example.org", use_).contains("`mailto:` is not allowed"));
    }
}

#[test]
fn raster_data_images_are_for_images_only() {
    for media_type in ["png", "jpeg", "gif", "webp", "avif"] {
        let raw = format!("data:image/{media_type};base64,AAAA");
        assert_eq!(allowed(&raw, UrlUse::Image), raw);
        let plain = format!("data:image/{media_type},raw");
        assert_eq!(allowed(&plain, UrlUse::Image), plain);
        for use_ in [UrlUse::Link, UrlUse::Media, UrlUse::Document, UrlUse::Embed] {
            assert!(
                refused(&raw, use_).contains("`data:` is not allowed"),
                "{raw} for {use_:?}"
            );
        }
    }
    // The media type is case-insensitive, as browsers read it.
    assert_eq!(
        allowed("data:IMAGE/PNG;base64,AAAA", UrlUse::Image),
        "data:IMAGE/PNG;base64,AAAA"
    );
    assert_eq!(
        allowed("DATA:Image/Jpeg;BASE64,AAAA", UrlUse::Image),
        "data:Image/Jpeg;BASE64,AAAA"
    );
}

#[test]
fn other_data_urls_are_refused_for_images() {
    for raw in [
        "data:image/png",
        "data:image/pngx;base64,AAAA",
        "data:image/svg+xml;base64,AAAA",
        "data:image/x-icon;base64,AAAA",
        "data:,image/png",
        "data:;base64,AAAA",
        "data:text/plain;base64,AAAA",
        "data:application/octet-stream;base64,AAAA",
    ] {
        assert!(
            refused(raw, UrlUse::Image).contains("`data:` is not allowed for images"),
            "{raw}"
        );
    }
}

#[test]
fn fragment_only_urls_stay_as_they_are_for_links() {
    assert_eq!(allowed("#notes", UrlUse::Link), "#notes");
    assert_eq!(allowed("  #fn-1 ", UrlUse::Link), "#fn-1");
    assert_eq!(allowed("#", UrlUse::Link), "#");
    assert_eq!(allowed("#a b\"c", UrlUse::Link), "#a%20b%22c");
    assert_eq!(allowed("#not\tes", UrlUse::Link), "#notes");
    // Even without an address to resolve against.
    let no_base = UrlPolicy::new(None);
    assert_eq!(
        no_base
            .check("#notes", UrlUse::Link)
            .map(|url| url.is_fragment()),
        Ok(true)
    );
    assert_eq!(
        no_base
            .check("#notes", UrlUse::Link)
            .map(|url| url.to_string()),
        Ok("#notes".into())
    );
    // Elsewhere a fragment is a place in the article's own document.
    assert_eq!(allowed("#x", UrlUse::Image), format!("{BASE}#x"));
    assert!(!policy()
        .check("https://example.org/#x", UrlUse::Link)
        .map_or(true, |url| url.is_fragment()));
}

#[test]
fn relative_urls_resolve_against_the_base() {
    let cases = [
        ("photo.jpg", "https://example.org/news/photo.jpg"),
        ("./photo.jpg", "https://example.org/news/photo.jpg"),
        ("img/photo.jpg", "https://example.org/news/img/photo.jpg"),
        ("../photo.jpg", "https://example.org/photo.jpg"),
        ("../../../../photo.jpg", "https://example.org/photo.jpg"),
        ("/photo.jpg", "https://example.org/photo.jpg"),
        (
            "//cdn.example.net/photo.jpg",
            "https://cdn.example.net/photo.jpg",
        ),
        ("?page=2", "https://example.org/news/story.json?page=2"),
        ("photo one.jpg", "https://example.org/news/photo%20one.jpg"),
        (
            "%6Aavascript:alert(1)",
            "https://example.org/news/%6Aavascript:alert(1)",
        ),
        (
            "\u{a0}javascript:alert(1)",
            "https://example.org/news/%C2%A0javascript:alert(1)",
        ),
        (
            "\\\\cdn.example.net\\a.jpg",
            "https://cdn.example.net/a.jpg",
        ),
        ("https:photo.jpg", "https://example.org/news/photo.jpg"),
    ];
    for (raw, resolved) in cases {
        for use_ in ALL_USES {
            assert_eq!(allowed(raw, use_), resolved, "{raw:?} for {use_:?}");
        }
    }
    let http = UrlPolicy::new(Some("http://example.org/a/b/c.json"));
    assert_eq!(
        http.check("//host/p", UrlUse::Image).map(|u| u.to_string()),
        Ok("http://host/p".into())
    );
    assert_eq!(
        http.check("../d.png", UrlUse::Image).map(|u| u.to_string()),
        Ok("http://example.org/a/d.png".into())
    );
}

#[test]
fn without_a_base_relative_urls_are_refused() {
    for base in [None, Some("not a URL"), Some("")] {
        let policy = UrlPolicy::new(base);
        for raw in [
            "photo.jpg",
            "/photo.jpg",
            "../photo.jpg",
            "//cdn.example.net/a.jpg",
            "?page=2",
        ] {
            for use_ in ALL_USES {
                let refusal = policy.check(raw, use_).expect_err("relative without base");
                assert_eq!(
                    refusal.to_string(),
                    "relative URL, and no address to resolve it against",
                    "{raw}"
                );
            }
        }
        assert_eq!(
            policy
                .check("https://example.com/", UrlUse::Link)
                .map(|u| u.to_string()),
            Ok("https://example.com/".into())
        );
    }
}

#[test]
fn a_file_base_does_not_let_relative_urls_through() {
    let policy = UrlPolicy::new(Some("file:///home/me/story.json"));
    assert!(policy
        .check("photo.jpg", UrlUse::Image)
        .expect_err("file")
        .to_string()
        .contains("`file:`"));
}

#[test]
fn empty_and_malformed_urls_are_refused() {
    for raw in ["", "   ", "\t\n"] {
        assert_eq!(refused(raw, UrlUse::Link), "empty URL");
        assert_eq!(refused(raw, UrlUse::Image), "empty URL");
    }
    // Malformed for both parsers (Chromium's host parser accepts a space, as `%20`).
    assert!(refused("https://example.com:99999/", UrlUse::Link).starts_with("not a valid URL"));
    assert!(refused("http://[::1", UrlUse::Image).starts_with("not a valid URL"));
}

#[test]
fn refused_urls_in_fields_are_reported_and_left_out() {
    let loaded = load_body(json!([
        { "type": "image", "src": " JaVaScRiPt:alert(1)", "alt": "" },
        { "type": "video", "src": "java\tscript:alert(1)" },
        { "type": "image", "src": "data:image/svg+xml,<svg/>", "alt": "" },
        { "type": "image", "src": "\u{0001}javascript:alert(1)", "alt": "" },
        { "type": "image", "src": "data:image/webp;base64,UklGRg==", "alt": "ok" }
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (Error, "body[0].src", "URL ` JaVaScRiPt:alert(1)` refused: the scheme `javascript:` is not allowed for images"),
            (Error, "body[1].src", "the scheme `javascript:` is not allowed for video"),
            (Error, "body[2].src", "the scheme `data:` is not allowed for images"),
            (Error, "body[3].src", "the scheme `javascript:` is not allowed for images"),
        ],
    );
    assert_eq!(loaded.article.body.len(), 1);
    let Block::Image(image) = &loaded.article.body[0] else {
        panic!("an image")
    };
    assert_eq!(image.src.as_str(), "data:image/webp;base64,UklGRg==");
}

#[test]
fn long_refused_urls_are_shortened_in_messages() {
    let raw = format!("javascript:{}", "x".repeat(500));
    let loaded = load_ok(doc(json!({ "url": raw })));
    let message = &loaded.diagnostics[0].message;
    assert!(message.contains(&format!("`{}…`", &raw[..80])), "{message}");
    assert!(message.len() < 300, "{message}");
}

/// The inlines of a one-paragraph Markdown text, with its diagnostics.
fn paragraph(source: &str) -> (Vec<Inline>, Vec<article_core::Diagnostic>) {
    let (markdown, diagnostics) = md(source);
    match markdown.blocks.as_slice() {
        [MdBlock::Paragraph(inlines)] => (inlines.clone(), diagnostics),
        other => panic!("one paragraph, not {other:?}"),
    }
}

#[test]
fn markdown_links_with_refused_schemes_become_plain_text() {
    let cases = [
        ("[click](javascript:alert(1))", "javascript:alert(1)"),
        ("[click](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)"),
        ("[click](&#106;avascript:alert(1))", "javascript:alert(1)"),
        ("[click](&#x6A;avascript:alert(1))", "javascript:alert(1)"),
        ("[click](javascript&colon;alert(1))", "javascript:alert(1)"),
        ("[click](java&#9;script:alert(1))", "java\tscript:alert(1)"),
        ("[click](java&Tab;script:alert(1))", "java\tscript:alert(1)"),
        ("[click](<javascript:alert(1)>)", "javascript:alert(1)"),
        ("[click](vbscript:msgbox)", "vbscript:msgbox"),
        (
            "[click](data:text/html,<b>hi</b>)",
            "data:text/html,<b>hi</b>",
        ),
        (
            "[click](data:image/png;base64,AAAA)",
            "data:image/png;base64,AAAA",
        ),
        ("[click](file:///etc/passwd)", "file:///etc/passwd"),
        (
            "[click][r]\n\n[r]: javascript:alert(1)",
            "javascript:alert(1)",
        ),
        (
            "[click][r]\n\n[r]: &#106;avascript:alert(1)",
            "javascript:alert(1)",
        ),
        (
            "[click]\n\n[click]: <javascript:alert(1)>",
            "javascript:alert(1)",
        ),
    ];
    for (source, destination) in cases {
        let (inlines, diagnostics) = paragraph(source);
        assert_eq!(inlines, vec![text("click")], "{source}");
        assert_diagnostics(
            &diagnostics,
            &[(
                Warning,
                "body[0].text",
                &format!("link shown as plain text: `{destination}`"),
            )],
        );
        assert!(
            diagnostics[0].message.contains("is not allowed for links"),
            "{source}"
        );
    }
}

#[test]
fn markdown_autolinks_with_refused_schemes_become_plain_text() {
    for source in [
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:x>",
        "<file:///etc/passwd>",
        "<data:text/html,x>",
    ] {
        let (inlines, diagnostics) = paragraph(source);
        assert_eq!(
            inlines,
            vec![text(&source[1..source.len() - 1])],
            "{source}"
        );
        assert_diagnostics(
            &diagnostics,
            &[(Warning, "body[0].text", "link shown as plain text")],
        );
    }
}

#[test]
fn markdown_images_with_refused_sources_are_left_out() {
    for source in [
        "a![x](javascript:alert(1))b",
        "a![x](&#106;avascript:alert(1))b",
        "a![x](data:image/svg+xml,<svg/>)b",
        "a![x](data:text/html,x)b",
        "a![x](mailto:a@example.org)b",
        "a![x][i]b\n\n[i]: vbscript:x",
    ] {
        let (inlines, diagnostics) = paragraph(source);
        assert_eq!(inlines, vec![text("ab")], "{source}");
        assert_diagnostics(
            &diagnostics,
            &[(Error, "body[0].text", "image left out: `")],
        );
    }
}

#[test]
fn markdown_images_and_links_that_are_allowed() {
    let (inlines, diagnostics) = paragraph(
        "![a](data:image/gif;base64,R0lGOD) [b](#fn) [c](mailto:x@example.org) [d](//cdn.example.net/) [e](../up)",
    );
    assert_diagnostics(&diagnostics, &[]);
    let targets: Vec<&str> = inlines
        .iter()
        .filter_map(|inline| match inline {
            Inline::Link { href, .. } => Some(href.as_str()),
            Inline::Image { src, .. } => Some(src.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        targets,
        [
            "data:image/gif;base64,R0lGOD",
            "#fn",
            "mailto:x@example.org",
            "https://cdn.example.net/",
            "https://example.org/up",
        ]
    );
}

#[test]
fn a_refused_link_keeps_its_formatted_text() {
    let (inlines, _) = paragraph("before [*em* and `code`](javascript:x) after");
    assert_eq!(
        inlines,
        vec![
            text("before "),
            Inline::Emphasis(vec![text("em")]),
            text(" and "),
            Inline::Code("code".into()),
            text(" after")
        ]
    );
}

#[test]
fn markdown_without_base_refuses_relative_links() {
    let loaded = article_core::load(
        r##"{"headline": "h", "body": [{"type": "text", "text": "[a](page.html) [b](#ok) ![c](c.png) [d](https://example.com/)"}]}"##,
        None,
    )
    .expect("loads");
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Warning,
                "body[0].text",
                "link shown as plain text: `page.html` (relative URL, and no address",
            ),
            (
                Error,
                "body[0].text",
                "image left out: `c.png` (relative URL",
            ),
        ],
    );
    let Block::Text(markdown) = &loaded.article.body[0] else {
        panic!("text")
    };
    assert_eq!(
        markdown.blocks,
        vec![MdBlock::Paragraph(vec![
            text("a "),
            Inline::Link {
                href: safe("#ok"),
                title: None,
                content: vec![text("b")]
            },
            text("  "),
            Inline::Link {
                href: safe("https://example.com/"),
                title: None,
                content: vec![text("d")]
            },
        ])]
    );
}
