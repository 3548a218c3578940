//! The `embed` block: which addresses become which provider's frame, which stay links, and what
//! of the article's URL reaches a frame (its identifier, checked, and nothing else).
//!
//! The same tests run natively (the `url` crate parses) and in Chromium (the browser's own `URL`
//! parses; `scripts/test` runs them with wasm-pack), so hosts are compared as the browser reads them.

mod common;
#[path = "common/frame_origins.rs"]
mod frame_origins;

use article_core::blocks::embed::{Embed, Frame};
use article_core::embed::{recognise, Aspect, ProviderSet, Recognised, PROVIDERS};
use article_core::url_policy::{UrlPolicy, UrlUse};
use article_core::Block;
use common::*;
use frame_origins::documented_frame_origin;
use serde_json::{json, Value};
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// `block`, as the first of a body that also holds a divider (`None` when it was left out),
/// with the article's diagnostics.
fn embed_of(block: Value) -> (Option<Embed>, Vec<article_core::Diagnostic>) {
    let loaded = load_body(json!([block, { "type": "divider" }]));
    let embed = match loaded.article.body.first() {
        Some(Block::Embed(embed)) => Some(embed.clone()),
        Some(Block::Divider) => None,
        other => panic!("not an embed: {other:?}"),
    };
    (embed, loaded.diagnostics)
}

/// The frame an address gets, as (provider key, frame address, shape), or `None` for a link card.
fn frame_of(url: &str) -> Option<(&'static str, String, Aspect)> {
    let (embed, _) = embed_of(json!({ "type": "embed", "url": url }));
    let embed = embed.unwrap_or_else(|| panic!("{url:?} was left out"));
    embed.frame.map(
        |Frame {
             provider,
             src,
             aspect,
         }| { (provider.key, src.as_str().to_owned(), aspect) },
    )
}

/// Every provider, in each shape of address a reader copies, and the frame it becomes.
const FRAMED: &[(&str, &str, &str, Aspect)] = &[
    // YouTube
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("http://music.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://youtu.be/dQw4w9WgXcQ?t=43", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=7", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube.com/live/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Portrait),
    ("HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    ("https://www.youtube.com:443/watch?v=dQw4w9WgXcQ", "youtube", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", Aspect::Wide),
    // Vimeo
    ("https://vimeo.com/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1", Aspect::Wide),
    ("https://vimeo.com/76979871/8272103f6e", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e", Aspect::Wide),
    ("https://player.vimeo.com/video/76979871?h=8272103f6e&autoplay=1", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e", Aspect::Wide),
    ("https://vimeo.com/channels/staffpicks/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1", Aspect::Wide),
    ("https://vimeo.com/groups/shortfilms/videos/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1", Aspect::Wide),
    ("https://vimeo.com/showcase/1234/video/76979871", "vimeo", "https://player.vimeo.com/video/76979871?dnt=1", Aspect::Wide),
    // X / Twitter
    ("https://x.com/jack/status/20", "x", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true", Aspect::Square),
    ("https://twitter.com/jack/status/1234567890123456789?s=20", "x", "https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789&dnt=true", Aspect::Square),
    ("https://mobile.twitter.com/jack/statuses/20", "x", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true", Aspect::Square),
    ("https://x.com/jack/status/20/photo/1", "x", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true", Aspect::Square),
    ("https://twitter.com/i/web/status/20", "x", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true", Aspect::Square),
    // Instagram
    ("https://www.instagram.com/p/CEZCQC-osEP/", "instagram", "https://www.instagram.com/p/CEZCQC-osEP/embed/", Aspect::Portrait),
    ("https://instagram.com/p/fBwFP", "instagram", "https://www.instagram.com/p/fBwFP/embed/", Aspect::Portrait),
    ("https://www.instagram.com/reel/CTuakCmAhU5/?igsh=x", "instagram", "https://www.instagram.com/p/CTuakCmAhU5/embed/", Aspect::Portrait),
    ("https://www.instagram.com/natgeo/p/CEZCQC-osEP/", "instagram", "https://www.instagram.com/p/CEZCQC-osEP/embed/", Aspect::Portrait),
    // TikTok
    ("https://www.tiktok.com/@scout2015/video/6718335390845095173", "tiktok", "https://www.tiktok.com/player/v1/6718335390845095173", Aspect::Portrait),
    ("https://www.tiktok.com/@scout2015/video/6718335390845095173?lang=en", "tiktok", "https://www.tiktok.com/player/v1/6718335390845095173", Aspect::Portrait),
    ("https://www.tiktok.com/embed/v2/6718335390845095173", "tiktok", "https://www.tiktok.com/player/v1/6718335390845095173", Aspect::Portrait),
    ("https://www.tiktok.com/player/v1/6718335390845095173", "tiktok", "https://www.tiktok.com/player/v1/6718335390845095173", Aspect::Portrait),
    // Spotify
    ("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC", "spotify", "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC", Aspect::Wide),
    ("https://open.spotify.com/intl-fr/album/4uLU6hMCjMI75M1A2tKUQC?si=x", "spotify", "https://open.spotify.com/embed/album/4uLU6hMCjMI75M1A2tKUQC", Aspect::Wide),
    ("https://open.spotify.com/episode/4uLU6hMCjMI75M1A2tKUQC", "spotify", "https://open.spotify.com/embed/episode/4uLU6hMCjMI75M1A2tKUQC", Aspect::Wide),
    ("https://open.spotify.com/embed/playlist/4uLU6hMCjMI75M1A2tKUQC", "spotify", "https://open.spotify.com/embed/playlist/4uLU6hMCjMI75M1A2tKUQC", Aspect::Wide),
    // SoundCloud
    ("https://soundcloud.com/frankzappa/it-must-be-a-camel", "soundcloud", "https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/frankzappa/it-must-be-a-camel&visual=true", Aspect::Wide),
    ("https://m.soundcloud.com/frank_zappa/sets/hot-rats?si=1", "soundcloud", "https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/frank_zappa/sets/hot-rats&visual=true", Aspect::Wide),
    // Datawrapper
    ("https://datawrapper.dwcdn.net/MUWoW/", "datawrapper", "https://datawrapper.dwcdn.net/MUWoW/", Aspect::Standard),
    ("https://datawrapper.dwcdn.net/MUWoW/3/", "datawrapper", "https://datawrapper.dwcdn.net/MUWoW/3/", Aspect::Standard),
    ("https://www.datawrapper.de/_/MUWoW/", "datawrapper", "https://datawrapper.dwcdn.net/MUWoW/", Aspect::Standard),
    // Flourish
    ("https://public.flourish.studio/visualisation/18552565/", "flourish", "https://flo.uri.sh/visualisation/18552565/embed", Aspect::Standard),
    ("https://flo.uri.sh/visualisation/18552565/embed", "flourish", "https://flo.uri.sh/visualisation/18552565/embed", Aspect::Standard),
    ("https://public.flourish.studio/story/871216/", "flourish", "https://flo.uri.sh/story/871216/embed", Aspect::Standard),
];

#[test]
fn every_provider_frames_each_shape_of_its_addresses() {
    for (url, provider, frame, aspect) in FRAMED {
        assert_eq!(
            frame_of(url),
            Some((*provider, (*frame).to_owned(), *aspect)),
            "{url}"
        );
    }
    // At least two shapes of address for each of the nine providers.
    assert_eq!(PROVIDERS.len(), 9);
    for provider in &PROVIDERS {
        let shapes = FRAMED
            .iter()
            .filter(|(_, key, _, _)| *key == provider.key)
            .count();
        assert!(shapes >= 2, "{} has {shapes} shapes", provider.key);
    }
    assert_eq!(FRAMED.len(), 44);
}

/// A frame's address is its provider's prefix and the identifier: nothing else of the
/// article's URL (its other parameters, fragment, user name) is carried into it.
#[test]
fn a_frame_carries_nothing_of_the_address_but_its_identifier() {
    let noisy = [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=javascript:alert(1)#<script>", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=javascript:alert(1)", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m%22onload", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://soundcloud.com/frankzappa/it-must-be-a-camel?url=javascript:alert(1)&visual=false", "https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/frankzappa/it-must-be-a-camel&visual=true"),
        ("https://player.vimeo.com/video/76979871?dnt=0&autoplay=1&h=8272103f6e", "https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e"),
        // A hash that is no hash is left out: the frame shows the public video, or nothing.
        ("https://player.vimeo.com/video/76979871?h=82721%2203f6e", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://x.com/jack/status/20?ref_src=javascript:alert(1)", "https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true"),
        ("https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC?si=%3Cscript%3E", "https://open.spotify.com/embed/track/4uLU6hMCjMI75M1A2tKUQC"),
    ];
    for (url, frame) in noisy {
        assert_eq!(
            frame_of(url).map(|(_, src, _)| src).as_deref(),
            Some(frame),
            "{url}"
        );
    }
    // And every frame address is on the origin SECURITY.md tells a strict page to allow.
    for (url, key, _, _) in FRAMED {
        let (_, src, _) = frame_of(url).expect("framed");
        let provider = PROVIDERS
            .iter()
            .find(|p| p.key == *key)
            .expect("a provider");
        let origin = documented_frame_origin(provider.key).expect("a row in SECURITY.md");
        assert!(
            origin.starts_with("https://") && src.starts_with(&format!("{origin}/")),
            "{src}"
        );
    }
}

/// Hosts that look like a provider's are not: the comparison is exact, on the host as the
/// browser reads it. Each is a link card, naming the host the link really goes to.
#[test]
fn look_alike_hosts_are_link_cards() {
    let look_alikes = [
        (
            "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "youtube.com.evil.example",
        ),
        (
            "https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ",
            "youtube.com.evil.example",
        ),
        (
            "https://evil-youtube.com/watch?v=dQw4w9WgXcQ",
            "evil-youtube.com",
        ),
        (
            "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
            "evilyoutube.com",
        ),
        ("https://youtube.co/watch?v=dQw4w9WgXcQ", "youtube.co"),
        ("https://youtube.com./watch?v=dQw4w9WgXcQ", "youtube.com."),
        (
            "https://evil.youtube.com/watch?v=dQw4w9WgXcQ",
            "evil.youtube.com",
        ),
        // A Cyrillic "о" in the name: its xn-- form is another host.
        (
            "https://www.y\u{43e}utube.com/watch?v=dQw4w9WgXcQ",
            "xn--yutube-wqf.com",
        ),
        // The provider's host as a user name, a path, a query or a fragment of another host's URL.
        (
            "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://www.youtube.com:x@evil.example/watch?v=dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://evil.example/www.youtube.com/watch?v=dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://evil.example/#https://youtu.be/dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://evil.example\\@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "evil.example",
        ),
        (
            "https://vimeo.com.evil.example/76979871",
            "vimeo.com.evil.example",
        ),
        (
            "https://x.com.evil.example/jack/status/20",
            "x.com.evil.example",
        ),
        ("https://twitter.co/jack/status/20", "twitter.co"),
        (
            "https://spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
            "spotify.com",
        ),
        (
            "https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/a/b",
            "w.soundcloud.com",
        ),
        (
            "https://datawrapper.dwcdn.net.evil.example/MUWoW/",
            "datawrapper.dwcdn.net.evil.example",
        ),
        (
            "https://flo.uri.sh.evil.example/visualisation/18552565/embed",
            "flo.uri.sh.evil.example",
        ),
        ("https://192.0.2.1/watch?v=dQw4w9WgXcQ", "192.0.2.1"),
    ];
    for (url, host) in look_alikes {
        let (embed, diagnostics) = embed_of(json!({ "type": "embed", "url": url }));
        let embed = embed.unwrap_or_else(|| panic!("{url:?} was left out"));
        assert_eq!(embed.frame, None, "{url} must not be framed");
        assert_eq!(embed.host, host, "{url}");
        assert_diagnostics(&diagnostics, &[]);
    }
}

/// A provider's host with a user name, a password or another port is no address of its own:
/// it is shown as a link, with a warning.
#[test]
fn user_names_and_ports_are_never_framed() {
    for url in [
        "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://user:password@youtu.be/dQw4w9WgXcQ",
        "https://:password@vimeo.com/76979871",
        "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
        "http://www.youtube.com:443/watch?v=dQw4w9WgXcQ",
        "https://open.spotify.com:80/track/4uLU6hMCjMI75M1A2tKUQC",
    ] {
        let (embed, diagnostics) = embed_of(json!({ "type": "embed", "url": url }));
        assert_eq!(embed.expect("a link card").frame, None, "{url}");
        assert_diagnostics(
            &diagnostics,
            &[(
                Warning,
                "body[0].url",
                "names no content the viewer can embed; shown as a link",
            )],
        );
    }
}

/// An identifier is taken only when every character is one its provider uses, as written:
/// a percent-encoded character, a quote, a space or a scheme inside it fails.
#[test]
fn identifiers_outside_their_character_set_are_never_framed() {
    let unreadable = [
        // YouTube: 11 of A-Z a-z 0-9 - _
        "https://www.youtube.com/watch?v=dQw4w9WgXc",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
        "https://www.youtube.com/watch?v=dQw4w9WgXc%51",
        "https://www.youtube.com/watch?v=dQw4w9Wg%22Q",
        "https://www.youtube.com/watch?v=javascript:alert(1)",
        "https://www.youtube.com/watch?v=j%61vascript:a",
        "https://www.youtube.com/watch?v=dQw4w9W<gXc",
        "https://www.youtube.com/watch?v=dQw4w9W gXc",
        "https://www.youtube.com/watch?V=dQw4w9WgXcQ",
        "https://www.youtube.com/watch",
        "https://www.youtube.com/embed/dQw4w9WgXc.",
        "https://www.youtube.com/embed/dQw4w9WgXc%2F",
        "https://youtu.be/d\u{fc}w4w9WgXcQ",
        "https://www.youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw",
        "https://www.youtube.com/",
        // Vimeo: digits, and a hash of letters and digits
        "https://vimeo.com/7697987a",
        "https://vimeo.com/%37%36",
        "https://vimeo.com/76979871/8272103f6e%26x",
        "https://vimeo.com/channels/staffpicks",
        // X: digits
        "https://x.com/jack/status/2O",
        "https://x.com/jack/status/20%2F",
        "https://x.com/jack",
        // Instagram: 5 to 40 of A-Z a-z 0-9 - _
        "https://www.instagram.com/p/CEZC.osEP/",
        "https://www.instagram.com/p/abc/",
        "https://www.instagram.com/natgeo/",
        // TikTok: digits
        "https://www.tiktok.com/@scout2015/video/67183353908450951x3",
        "https://www.tiktok.com/@scout2015",
        // Spotify: 22 letters or digits
        "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQ",
        "https://open.spotify.com/user/4uLU6hMCjMI75M1A2tKUQC",
        // SoundCloud: names of A-Z a-z 0-9 - _
        "https://soundcloud.com/frankzappa/it.must",
        "https://soundcloud.com/frankzappa/it%2Fmust",
        "https://soundcloud.com/frankzappa",
        // Datawrapper: 5 letters or digits, a version of digits
        "https://datawrapper.dwcdn.net/MUWoWx/",
        "https://datawrapper.dwcdn.net/MUWoW/3a/",
        "https://www.datawrapper.de/chart/MUWoW/",
        // Flourish: digits
        "https://public.flourish.studio/visualisation/1855a565/",
        "https://flo.uri.sh/template/18552565/embed",
    ];
    for url in unreadable {
        let (embed, diagnostics) = embed_of(json!({ "type": "embed", "url": url }));
        assert_eq!(
            embed.expect("a link card").frame,
            None,
            "{url} must not be framed"
        );
        assert_eq!(diagnostics.len(), 1, "{url}: {diagnostics:?}");
        assert_eq!(diagnostics[0].severity, Warning, "{url}");
    }
    assert_eq!(unreadable.len(), 37);
}

/// The page's address goes through the URL policy: a refused scheme leaves the block out with
/// an error, whatever the address looks like after it.
#[test]
fn an_address_the_policy_refuses_leaves_the_block_out() {
    for url in [
        "javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "JaVaScRiPt:alert(1)",
        "java\tscript:alert(1)//youtu.be/dQw4w9WgXcQ",
        "data:text/html,<iframe src=https://youtu.be/dQw4w9WgXcQ>",
        "vbscript:msgbox(1)",
        "mailto:someone@youtube.com",
        "file:///etc/passwd",
        "",
        "https://",
    ] {
        let (embed, diagnostics) = embed_of(json!({ "type": "embed", "url": url }));
        assert_eq!(embed, None, "{url:?} must be left out");
        assert_eq!(diagnostics.len(), 1, "{url:?}: {diagnostics:?}");
        assert_eq!(diagnostics[0].severity, Error);
        assert_eq!(diagnostics[0].path, "body[0].url");
        assert!(
            diagnostics[0].message.contains("refused"),
            "{}",
            diagnostics[0]
        );
    }
}

/// A relative address resolves against the article's, like any URL, and is a link card.
#[test]
fn a_relative_address_is_a_link_card_on_the_articles_host() {
    let (embed, diagnostics) =
        embed_of(json!({ "type": "embed", "url": "/video/42", "title": "Our video" }));
    let embed = embed.expect("a link card");
    assert_eq!(embed.url.as_str(), "https://example.org/video/42");
    assert_eq!(embed.host, "example.org");
    assert_eq!(embed.frame, None);
    assert_diagnostics(&diagnostics, &[]);
}

#[test]
fn an_embed_with_every_field() {
    let (embed, diagnostics) = embed_of(json!({
        "type": "embed",
        "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "title": "  Interview with the mayor ",
        "caption": "The mayor, *in her office*.",
        "credit": "City Hall",
        "aspect": "4:3",
        "unknown": true
    }));
    assert_diagnostics(&diagnostics, &[]);
    let embed = embed.expect("kept");
    assert_eq!(
        embed.url.as_str(),
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    );
    assert_eq!(embed.host, "youtube.com");
    assert_eq!(embed.title.as_deref(), Some("Interview with the mayor"));
    assert_eq!(
        embed.caption,
        Some(vec![
            text("The mayor, "),
            article_core::markdown::Inline::Emphasis(vec![text("in her office")]),
            text(".")
        ])
    );
    assert_eq!(embed.credit.as_deref(), Some("City Hall"));
    let frame = embed.frame.expect("framed");
    assert_eq!(frame.provider.name, "YouTube");
    assert_eq!(frame.aspect, Aspect::Standard, "the block's shape wins");
}

/// Revision 2: an invalid optional field drops that field alone; a missing or invalid `url`
/// drops the block.
#[test]
fn invalid_fields_are_dropped_alone() {
    let loaded = load_body(json!([
        { "type": "embed", "url": "https://vimeo.com/76979871", "title": 5, "caption": ["x"], "credit": {}, "aspect": "2:1" },
        { "type": "embed", "url": "https://vimeo.com/76979871", "aspect": 16 },
        { "type": "embed" },
        { "type": "embed", "url": 5 },
        { "type": "embed", "url": null },
        "embed",
    ]));
    assert_diagnostics(
        &loaded.diagnostics,
        &[
            (
                Error,
                "body[0].title",
                "invalid type: integer `5`, expected a string",
            ),
            (
                Error,
                "body[0].caption",
                "invalid type: array, expected a string",
            ),
            (
                Error,
                "body[0].credit",
                "invalid type: object, expected a string",
            ),
            (
                Error,
                "body[0].aspect",
                "unknown variant `2:1`, expected one of `16:9`, `4:3`, `1:1`, `9:16`",
            ),
            (
                Error,
                "body[1].aspect",
                "invalid type: integer `16`, expected a string",
            ),
            (Error, "body[2].url", "missing field"),
            (
                Error,
                "body[3].url",
                "invalid type: integer `5`, expected a string",
            ),
            (
                Error,
                "body[4].url",
                "invalid type: null, expected a string",
            ),
            (Error, "body[5]", "a block must be an object"),
        ],
    );
    assert_eq!(loaded.article.body.len(), 2);
    for block in &loaded.article.body {
        let Block::Embed(embed) = block else {
            panic!("{block:?}")
        };
        assert_eq!(
            (&embed.title, &embed.caption, &embed.credit),
            (&None, &None, &None)
        );
        let frame = embed.frame.as_ref().expect("still framed");
        assert_eq!(frame.aspect, Aspect::Wide, "the provider's shape");
    }
}

#[test]
fn unknown_providers_are_link_cards_without_a_diagnostic() {
    let (embed, diagnostics) = embed_of(json!({
        "type": "embed",
        "url": "https://www.example.com/interactive/map",
        "title": "The flood map",
        "aspect": "1:1"
    }));
    assert_diagnostics(&diagnostics, &[]);
    let embed = embed.expect("a link card");
    assert_eq!(embed.frame, None);
    assert_eq!(embed.host, "example.com");
    assert_eq!(embed.title.as_deref(), Some("The flood map"));
}

/// Recognition works on the URL as the policy read it.
#[test]
fn recognise_reads_the_url_as_the_policy_wrote_it() {
    let policy = UrlPolicy::new(Some(BASE));
    let check = |raw: &str| policy.check(raw, UrlUse::Embed).expect("allowed");
    let url = check("https://%77ww.YouTube.com/watch?v=dQw4w9WgXcQ");
    let parts = url.parts().expect("http(s)");
    assert_eq!(
        parts.host, "www.youtube.com",
        "percent-decoded and lowercased, as a browser does"
    );
    assert_eq!(
        recognise(&parts),
        Recognised::Frame {
            provider: &PROVIDERS[0],
            address: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ".to_owned(),
            aspect: Aspect::Wide
        }
    );
    let url = check("https://vimeo.com/about");
    assert_eq!(
        recognise(&url.parts().expect("http(s)")),
        Recognised::Unreadable(&PROVIDERS[1])
    );
    let url = check("https://example.com/");
    assert_eq!(
        recognise(&url.parts().expect("http(s)")),
        Recognised::Unknown
    );
}

#[test]
fn the_consent_set_reads_provider_keys() {
    // As the attribute writes them, and as JS writes an array (`String(['x', 'spotify'])`).
    let set = ProviderSet::parse(" YouTube vimeo  x\tnot_a_provider twitter youtube,spotify ");
    let keys: Vec<&str> = PROVIDERS
        .iter()
        .filter(|p| set.contains(p))
        .map(|p| p.key)
        .collect();
    assert_eq!(keys, ["youtube", "vimeo", "x", "spotify"]);
    assert_eq!(ProviderSet::parse(""), ProviderSet::default());
    let mut set = ProviderSet::default();
    assert!(set.insert(&PROVIDERS[8]));
    assert!(!set.insert(&PROVIDERS[8]), "only the first insert adds it");
    assert!(set.contains(&PROVIDERS[8]) && !set.contains(&PROVIDERS[0]));
}

/// Each provider's frame gets the least it needs: never the right to navigate the page, to
/// submit forms or to open windows that stay sandboxed, and only the features it uses.
#[test]
fn each_provider_has_its_own_narrow_frame() {
    let mut keys = Vec::new();
    for provider in &PROVIDERS {
        let tokens: Vec<&str> = provider.sandbox.split(' ').collect();
        for needed in [
            "allow-scripts",
            "allow-same-origin",
            "allow-popups",
            "allow-popups-to-escape-sandbox",
        ] {
            assert!(tokens.contains(&needed), "{}: {needed}", provider.key);
        }
        for never in [
            "allow-top-navigation",
            "allow-top-navigation-by-user-activation",
            "allow-forms",
            "allow-modals",
            "allow-pointer-lock",
        ] {
            assert!(!tokens.contains(&never), "{}: {never}", provider.key);
        }
        for feature in provider.allow.split("; ").filter(|f| !f.is_empty()) {
            assert!(
                [
                    "autoplay",
                    "encrypted-media",
                    "fullscreen",
                    "picture-in-picture"
                ]
                .contains(&feature),
                "{}: {feature}",
                provider.key
            );
        }
        assert_eq!(provider.key, provider.key.to_ascii_lowercase());
        keys.push(provider.key);
    }
    assert_eq!(
        keys,
        [
            "youtube",
            "vimeo",
            "x",
            "instagram",
            "tiktok",
            "spotify",
            "soundcloud",
            "datawrapper",
            "flourish"
        ]
    );
}
