//! The providers, one entry each: the hosts of their pages, the shapes of their pages' addresses
//! (see [`super::Shape`]) and the frame each shape becomes. Each entry cites where its frame's
//! address and its pages' shapes are documented.
//!
//! A frame's address is the provider's constant text and what its shape read: identifiers that
//! passed their character set (never `%`, `&`, `?`, `/`, `:`, `.`, a quote or a space) and
//! words of the table, so nothing else from the article reaches it.

use super::{Aspect, Provider};
use Aspect::{Portrait, Square, Standard, Wide};

/// A player or a post: its own scripts on its own origin (it keeps its state there, and a
/// cross-origin frame still cannot reach the page), and links that open the provider's site in a
/// new tab, which must not inherit the sandbox. No forms, no top navigation, no downloads.
const PLAYER: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
/// A chart: a player's, and the downloads it offers (its data, its image).
const CHART: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads";
const VIDEO: &str = "encrypted-media; fullscreen; picture-in-picture";

pub static PROVIDERS: [Provider; 9] = [
    // The privacy-enhanced player, which stores nothing until the video plays (YouTube Help,
    // "Embed videos & playlists", Turn on privacy-enhanced mode: "change the domain for the embed
    // URL … from https://www.youtube.com to https://www.youtube-nocookie.com"). A video's ID is
    // 11 letters, digits, `-` or `_`; a short is upright.
    Provider {
        key: "youtube",
        name: "YouTube",
        hosts: &[
            "www.youtube.com",
            "youtube.com",
            "m.youtube.com",
            "music.youtube.com",
            "youtu.be",
            "www.youtube-nocookie.com",
            "youtube-nocookie.com",
        ],
        frame: "https://www.youtube-nocookie.com/embed/",
        shapes: &[
            ("youtu.be/$", "$1", Wide),
            ("watch?v=$", "$1", Wide),
            ("embed|live|v/$", "$2", Wide),
            ("shorts/$", "$1", Portrait),
        ],
        lengths: (11, 11),
        sandbox: PLAYER,
        allow: VIDEO,
    },
    // Vimeo's player (vimeo/player.js README: `https://player.vimeo.com/video/{id}?h={hash}`, the
    // hash of an unlisted video; its embed options: `dnt`, "prevent the player from tracking
    // session data, including cookies"). Page hosts as player.js's isVimeoUrl accepts them.
    Provider {
        key: "vimeo",
        name: "Vimeo",
        hosts: &["vimeo.com", "www.vimeo.com", "player.vimeo.com"],
        frame: "https://player.vimeo.com/video/",
        shapes: &[
            ("video/#?h=$", "$1?dnt=1&h=$2", Wide),
            ("video/#", "$1?dnt=1", Wide),
            ("#", "$1?dnt=1", Wide),
            ("#/$", "$1?dnt=1&h=$2", Wide),
            ("channels/*/#", "$1?dnt=1", Wide),
            ("groups/*/videos/#", "$1?dnt=1", Wide),
            ("album|showcase/*/video/#", "$2?dnt=1", Wide),
        ],
        lengths: (1, 32),
        sandbox: PLAYER,
        allow: VIDEO,
    },
    // A post, in the frame X's own widgets.js makes for an embedded post
    // (`platform.twitter.com/embed/Tweet.html?id={id}`), with its documented `dnt` option
    // (docs.x.com, X for Websites, "Embedded Post parameter reference").
    Provider {
        key: "x",
        name: "X",
        hosts: &[
            "x.com",
            "www.x.com",
            "mobile.x.com",
            "twitter.com",
            "www.twitter.com",
            "mobile.twitter.com",
        ],
        frame: "https://platform.twitter.com/embed/Tweet.html?id=",
        shapes: &[
            ("*/status|statuses/#/..", "$2&dnt=true", Square),
            ("i/web/status/#/..", "$1&dnt=true", Square),
        ],
        lengths: (0, 0),
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // A post's embed page (`https://www.instagram.com/p/{shortcode}/embed/`, the page Instagram's
    // embed.js and AMP's amp-instagram frame; the shortcode is the part after /p/ in a post's URL).
    Provider {
        key: "instagram",
        name: "Instagram",
        hosts: &["www.instagram.com", "instagram.com"],
        frame: "https://www.instagram.com/p/",
        shapes: &[
            ("p|reel|reels|tv/$/..", "$2/embed/", Portrait),
            ("*/p|reel/$/..", "$2/embed/", Portrait),
        ],
        lengths: (5, 40),
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // TikTok's Embed Player (developers.tiktok.com/doc/embed-player: "www.tiktok.com/player/v1/
    // {tiktok_post_id}", the ID from a post's URL `https://www.tiktok.com/@user/video/{id}`). Short
    // links (`vm.tiktok.com/…`) name no ID and stay links.
    Provider {
        key: "tiktok",
        name: "TikTok",
        hosts: &["www.tiktok.com", "tiktok.com", "m.tiktok.com"],
        frame: "https://www.tiktok.com/player/v1/",
        shapes: &[
            ("*/video/#", "$1", Portrait),
            ("embed|player/v2|v1/#", "$3", Portrait),
        ],
        lengths: (0, 0),
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // Spotify Embeds (`https://open.spotify.com/embed/{type}/{id}`, the address of the embed code
    // Spotify generates; it needs `encrypted-media`, and links that open in new tabs). An ID is
    // 22 letters or digits; a language (`intl-fr/`) may come first.
    Provider {
        key: "spotify",
        name: "Spotify",
        hosts: &["open.spotify.com"],
        frame: "https://open.spotify.com/embed/",
        shapes: &[
            ("track|album|playlist|episode|show|artist/$", "$1/$2", Wide),
            (
                "*/track|album|playlist|episode|show|artist/$",
                "$1/$2",
                Wide,
            ),
        ],
        lengths: (22, 22),
        sandbox: PLAYER,
        allow: VIDEO,
    },
    // SoundCloud's widget (developers.soundcloud.com/docs/api/html5-widget: the player at
    // `https://w.soundcloud.com/player/?url=…`, embedded with `allow="autoplay"`), given the page's
    // own address, a track or a set, which the widget resolves.
    Provider {
        key: "soundcloud",
        name: "SoundCloud",
        hosts: &["soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"],
        frame: "https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/",
        shapes: &[
            ("$/$", "$1/$2&visual=true", Wide),
            ("$/sets/$", "$1/sets/$2&visual=true", Wide),
        ],
        lengths: (1, 200),
        sandbox: PLAYER,
        allow: "autoplay",
    },
    // A published chart (Datawrapper's embed code: `https://datawrapper.dwcdn.net/{id}/{version}/`;
    // its share link is `https://www.datawrapper.de/_/{id}/`). An ID is 5 letters or digits.
    Provider {
        key: "datawrapper",
        name: "Datawrapper",
        hosts: &[
            "datawrapper.dwcdn.net",
            "www.datawrapper.de",
            "datawrapper.de",
        ],
        frame: "https://datawrapper.dwcdn.net/",
        shapes: &[
            ("datawrapper.dwcdn.net/$", "$1/", Standard),
            ("datawrapper.dwcdn.net/$/#", "$1/$2/", Standard),
            ("_/$", "$1/", Standard),
        ],
        lengths: (5, 5),
        sandbox: CHART,
        allow: "",
    },
    // A visualisation or a story (Flourish's embed code: `https://flo.uri.sh/visualisation/{id}/
    // embed`, whose own sandbox list this one narrows: without forms or top navigation).
    Provider {
        key: "flourish",
        name: "Flourish",
        hosts: &["public.flourish.studio", "flo.uri.sh"],
        frame: "https://flo.uri.sh/",
        shapes: &[("visualisation|story/#/..", "$1/$2/embed", Standard)],
        lengths: (0, 0),
        sandbox: CHART,
        allow: "fullscreen",
    },
];
