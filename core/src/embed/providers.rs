//! The providers, one entry each: the hosts of their pages, how an identifier is read from a
//! page's address, and the frame the viewer builds from it. Each entry cites where its frame's
//! address and its pages' shapes are documented.
//!
//! The frame's address is the provider's constant prefix and the identifier, which has already
//! passed its character set (never `%`, `&`, `?`, `/` or `:` unless named there), so nothing else
//! from the article reaches it.

use super::{identifier, Address, Aspect, Provider};

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
    // URL … from https://www.youtube.com to https://www.youtube-nocookie.com").
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
        read: youtube,
        frame_origin: "https://www.youtube-nocookie.com",
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
        read: vimeo,
        frame_origin: "https://player.vimeo.com",
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
        read: x_post,
        frame_origin: "https://platform.twitter.com",
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // A post's embed page (`https://www.instagram.com/p/{shortcode}/embed/`, the page Instagram's
    // embed.js and AMP's amp-instagram frame; the shortcode is the part after /p/ in a post's URL).
    Provider {
        key: "instagram",
        name: "Instagram",
        hosts: &["www.instagram.com", "instagram.com"],
        read: instagram,
        frame_origin: "https://www.instagram.com",
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // TikTok's Embed Player (developers.tiktok.com/doc/embed-player: "www.tiktok.com/player/v1/
    // {tiktok_post_id}", the ID from a post's URL `https://www.tiktok.com/@user/video/{id}`).
    Provider {
        key: "tiktok",
        name: "TikTok",
        hosts: &["www.tiktok.com", "tiktok.com", "m.tiktok.com"],
        read: tiktok,
        frame_origin: "https://www.tiktok.com",
        sandbox: PLAYER,
        allow: "fullscreen",
    },
    // Spotify Embeds (`https://open.spotify.com/embed/{type}/{id}`, the address of the embed code
    // Spotify generates; it needs `encrypted-media`, and links that open in new tabs).
    Provider {
        key: "spotify",
        name: "Spotify",
        hosts: &["open.spotify.com"],
        read: spotify,
        frame_origin: "https://open.spotify.com",
        sandbox: PLAYER,
        allow: VIDEO,
    },
    // SoundCloud's widget (developers.soundcloud.com/docs/api/html5-widget: the player at
    // `https://w.soundcloud.com/player/?url=…`, embedded with `allow="autoplay"`), given the page's
    // own address, which the widget resolves.
    Provider {
        key: "soundcloud",
        name: "SoundCloud",
        hosts: &["soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"],
        read: soundcloud,
        frame_origin: "https://w.soundcloud.com",
        sandbox: PLAYER,
        allow: "autoplay",
    },
    // A published chart (Datawrapper's embed code: `https://datawrapper.dwcdn.net/{id}/{version}/`;
    // its share link is `https://www.datawrapper.de/_/{id}/`).
    Provider {
        key: "datawrapper",
        name: "Datawrapper",
        hosts: &[
            "datawrapper.dwcdn.net",
            "www.datawrapper.de",
            "datawrapper.de",
        ],
        read: datawrapper,
        frame_origin: "https://datawrapper.dwcdn.net",
        sandbox: CHART,
        allow: "",
    },
    // A visualisation or a story (Flourish's embed code: `https://flo.uri.sh/visualisation/{id}/
    // embed`, whose own sandbox list this one narrows: without forms or top navigation).
    Provider {
        key: "flourish",
        name: "Flourish",
        hosts: &["public.flourish.studio", "flo.uri.sh"],
        read: flourish,
        frame_origin: "https://flo.uri.sh",
        sandbox: CHART,
        allow: "fullscreen",
    },
];

fn digit(byte: u8) -> bool {
    byte.is_ascii_digit()
}

fn alphanumeric(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
}

/// Letters, digits, `-` and `_`: YouTube's and Instagram's IDs, SoundCloud's names.
fn word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// `watch?v={id}`, `youtu.be/{id}`, `embed/{id}`, `live/{id}`, `shorts/{id}` (upright); the ID is
/// 11 letters, digits, `-` or `_`. A start time (`t=90`, `t=1m30s`, `start=90`) is kept.
fn youtube(address: &Address) -> Option<(String, Aspect)> {
    let (id, aspect) = match (address.host, address.segments.as_slice()) {
        ("youtu.be", [id]) => (*id, Aspect::Wide),
        (_, ["watch"]) => (address.param("v")?, Aspect::Wide),
        (_, ["embed" | "live" | "v", id]) => (*id, Aspect::Wide),
        (_, ["shorts", id]) => (*id, Aspect::Portrait),
        _ => return None,
    };
    let id = identifier(id, 11..=11, word)?;
    let start = address
        .param("t")
        .or_else(|| address.param("start"))
        .and_then(seconds)
        .filter(|&seconds| seconds > 0);
    let frame = match start {
        Some(start) => format!("https://www.youtube-nocookie.com/embed/{id}?start={start}"),
        None => format!("https://www.youtube-nocookie.com/embed/{id}"),
    };
    Some((frame, aspect))
}

/// A start time as YouTube writes it, in seconds: `90`, `90s`, `1m30s`, `1h2m3s`.
fn seconds(text: &str) -> Option<u32> {
    let (mut total, mut number, mut digits) = (0u32, 0u32, false);
    for byte in text.bytes() {
        let unit = match byte {
            b'0'..=b'9' => {
                number = number
                    .checked_mul(10)?
                    .checked_add(u32::from(byte - b'0'))?;
                digits = true;
                continue;
            }
            b'h' => 3600,
            b'm' => 60,
            b's' => 1,
            _ => return None,
        };
        if !digits {
            return None;
        }
        total = total.checked_add(number.checked_mul(unit)?)?;
        (number, digits) = (0, false);
    }
    total.checked_add(number)
}

/// `vimeo.com/{id}`, `vimeo.com/{id}/{hash}` (unlisted), `player.vimeo.com/video/{id}?h={hash}`,
/// and a video in a channel, group, album or showcase; the ID is digits.
fn vimeo(address: &Address) -> Option<(String, Aspect)> {
    let (id, hash) = match address.segments.as_slice() {
        ["video", id] => (*id, address.param("h")),
        [id] => (*id, None),
        [id, hash] => (*id, Some(*hash)),
        ["channels", _, id] | ["groups", _, "videos", id] => (*id, None),
        ["album" | "showcase", _, "video", id] => (*id, None),
        _ => return None,
    };
    let id = identifier(id, 1..=12, digit)?;
    let frame = match hash {
        Some(hash) => {
            let hash = identifier(hash, 1..=32, alphanumeric)?;
            format!("https://player.vimeo.com/video/{id}?dnt=1&h={hash}")
        }
        None => format!("https://player.vimeo.com/video/{id}?dnt=1"),
    };
    Some((frame, Aspect::Wide))
}

/// `{user}/status/{id}` (and what follows it, a photo's number), `i/web/status/{id}`; the ID is
/// digits.
fn x_post(address: &Address) -> Option<(String, Aspect)> {
    let id = match address.segments.as_slice() {
        [_, "status" | "statuses", id, ..] | ["i", "web", "status", id, ..] => *id,
        _ => return None,
    };
    let id = identifier(id, 1..=20, digit)?;
    Some((
        format!("https://platform.twitter.com/embed/Tweet.html?id={id}&dnt=true"),
        Aspect::Square,
    ))
}

/// `p/{shortcode}`, `reel/{shortcode}`, `tv/{shortcode}`, also after the author's name; the
/// shortcode is letters, digits, `-` or `_`.
fn instagram(address: &Address) -> Option<(String, Aspect)> {
    let code = match address.segments.as_slice() {
        ["p" | "reel" | "reels" | "tv", code, ..] | [_, "p" | "reel", code, ..] => *code,
        _ => return None,
    };
    let code = identifier(code, 5..=40, word)?;
    Some((
        format!("https://www.instagram.com/p/{code}/embed/"),
        Aspect::Portrait,
    ))
}

/// `@{user}/video/{id}`, `embed/v2/{id}`, `player/v1/{id}`; the ID is digits. Short links
/// (`vm.tiktok.com/…`) name no ID and stay links.
fn tiktok(address: &Address) -> Option<(String, Aspect)> {
    let id = match address.segments.as_slice() {
        [user, "video", id] if user.starts_with('@') => *id,
        ["embed", "v2", id] | ["player", "v1", id] => *id,
        _ => return None,
    };
    let id = identifier(id, 1..=25, digit)?;
    Some((
        format!("https://www.tiktok.com/player/v1/{id}"),
        Aspect::Portrait,
    ))
}

/// `{type}/{id}` for a track, album, playlist, episode, show or artist, after a language
/// (`intl-fr/`) or in an embed address; the ID is 22 letters or digits.
fn spotify(address: &Address) -> Option<(String, Aspect)> {
    let segments = match address.segments.as_slice() {
        [first, rest @ ..] if first.starts_with("intl-") || *first == "embed" => rest,
        all => all,
    };
    let (kind, id) = match segments {
        [kind @ ("track" | "album" | "playlist" | "episode" | "show" | "artist"), id] => {
            (*kind, *id)
        }
        _ => return None,
    };
    let id = identifier(id, 22..=22, alphanumeric)?;
    Some((
        format!("https://open.spotify.com/embed/{kind}/{id}"),
        Aspect::Wide,
    ))
}

/// `{user}/{track}` and `{user}/sets/{playlist}`; names are letters, digits, `-` or `_`.
fn soundcloud(address: &Address) -> Option<(String, Aspect)> {
    let path = match address.segments.as_slice() {
        [user, track] => [
            identifier(user, 1..=100, word)?,
            identifier(track, 1..=200, word)?,
        ]
        .join("/"),
        [user, "sets", set] => [
            identifier(user, 1..=100, word)?,
            "sets",
            identifier(set, 1..=200, word)?,
        ]
        .join("/"),
        _ => return None,
    };
    Some((
        format!("https://w.soundcloud.com/player/?url=https%3A//soundcloud.com/{path}&visual=true"),
        Aspect::Wide,
    ))
}

/// `datawrapper.dwcdn.net/{id}/`, with its version (`/{id}/3/`), and `datawrapper.de/_/{id}/`;
/// the ID is 5 letters or digits.
fn datawrapper(address: &Address) -> Option<(String, Aspect)> {
    let (id, version) = match (address.host, address.segments.as_slice()) {
        ("datawrapper.dwcdn.net", [id]) => (*id, None),
        ("datawrapper.dwcdn.net", [id, version]) => (*id, Some(*version)),
        (_, ["_", id]) => (*id, None),
        _ => return None,
    };
    let id = identifier(id, 5..=5, alphanumeric)?;
    let frame = match version {
        Some(version) => {
            let version = identifier(version, 1..=5, digit)?;
            format!("https://datawrapper.dwcdn.net/{id}/{version}/")
        }
        None => format!("https://datawrapper.dwcdn.net/{id}/"),
    };
    Some((frame, Aspect::Standard))
}

/// `visualisation/{id}` and `story/{id}` on either host; the ID is digits.
fn flourish(address: &Address) -> Option<(String, Aspect)> {
    let (kind, id) = match address.segments.as_slice() {
        [kind @ ("visualisation" | "story"), id, ..] => (*kind, *id),
        _ => return None,
    };
    let id = identifier(id, 1..=12, digit)?;
    Some((
        format!("https://flo.uri.sh/{kind}/{id}/embed"),
        Aspect::Standard,
    ))
}
