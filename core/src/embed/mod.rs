//! Third-party content (the `embed` block): which provider an address belongs to, the content's
//! identifier in it, and the address of the provider's own player that the viewer frames in
//! place of the article's URL.
//!
//! Each provider is one entry of [`PROVIDERS`] (`providers.rs`): the hosts of its pages, compared
//! exactly as the browser reads them (so neither `youtube.com.evil.example` nor `youtube.com.` is
//! YouTube); a reader that takes the identifier from a page's address and checks its character
//! set; and the frame's address, built from the provider's constants and that identifier alone.

mod providers;

pub use providers::PROVIDERS;

use crate::url_policy::Located;
use schemars::JsonSchema;
use std::fmt;
use std::ops::RangeInclusive;

/// A provider whose content the viewer can frame.
pub struct Provider {
    /// Its name for pages: `consent="youtube vimeo"`, and the `article-viewer:consent` event.
    pub key: &'static str,
    /// Its name for readers: "Load content from YouTube".
    pub name: &'static str,
    /// The hosts of its content's pages.
    pub hosts: &'static [&'static str],
    /// The frame's address for a page's, with the content's usual shape; `None` when the
    /// address names no content the viewer can frame.
    read: fn(&Address) -> Option<(String, Aspect)>,
    /// Where its frames come from: what a strict CSP's `frame-src` must allow for it.
    pub frame_origin: &'static str,
    /// The frame's `sandbox`: the least its player needs.
    pub sandbox: &'static str,
    /// The frame's `allow` (the features its player may use).
    pub allow: &'static str,
}

/// A provider is known by its key (comparing its reader, a function, would say nothing).
impl PartialEq for Provider {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for Provider {}

impl fmt::Debug for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key)
    }
}

/// The shape a frame keeps, so that nothing moves when it loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, JsonSchema)]
pub enum Aspect {
    #[serde(rename = "16:9")]
    Wide,
    #[serde(rename = "4:3")]
    Standard,
    #[serde(rename = "1:1")]
    Square,
    #[serde(rename = "9:16")]
    Portrait,
}

impl Aspect {
    /// The names the format uses, with their values.
    pub const NAMES: [(&'static str, Aspect); 4] = [
        ("16:9", Aspect::Wide),
        ("4:3", Aspect::Standard),
        ("1:1", Aspect::Square),
        ("9:16", Aspect::Portrait),
    ];
}

/// What an embed's address turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum Recognised {
    /// A provider's content: the frame's address (before the URL policy sees it) and shape.
    Frame {
        provider: &'static Provider,
        address: String,
        aspect: Aspect,
    },
    /// A provider's host, but no content the viewer can frame: another kind of page, an
    /// identifier with a character it cannot have, a port or a user name.
    Unreadable(&'static Provider),
    /// No provider's.
    Unknown,
}

/// The provider of a page's address, and the address of the frame that shows its content.
pub fn recognise(page: &Located) -> Recognised {
    let Some(provider) = PROVIDERS
        .iter()
        .find(|provider| provider.hosts.contains(&page.host.as_str()))
    else {
        return Recognised::Unknown;
    };
    let address = Address {
        host: &page.host,
        segments: page.path.split('/').filter(|s| !s.is_empty()).collect(),
        query: &page.query,
    };
    // No provider's own addresses carry a port or a user name.
    let read = (page.port.is_empty() && !page.credentials)
        .then(|| (provider.read)(&address))
        .flatten();
    match read {
        Some((address, aspect)) => Recognised::Frame {
            provider,
            address,
            aspect,
        },
        None => Recognised::Unreadable(provider),
    }
}

/// A page's address, as the readers take it apart.
struct Address<'a> {
    host: &'a str,
    /// The path's segments, still percent-encoded, without empty ones: `["watch"]`.
    segments: Vec<&'a str>,
    /// Still percent-encoded: an encoded character fails every identifier's character set.
    query: &'a str,
}

impl<'a> Address<'a> {
    /// The first value of a query parameter, as written.
    fn param(&self, name: &str) -> Option<&'a str> {
        self.query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
    }
}

/// `text` when its length is in `lengths` and each of its bytes is `allowed`.
fn identifier(text: &str, lengths: RangeInclusive<usize>, allowed: fn(u8) -> bool) -> Option<&str> {
    (lengths.contains(&text.len()) && text.bytes().all(allowed)).then_some(text)
}

/// A set of providers: those whose content loads without asking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProviderSet(u16);

impl ProviderSet {
    /// The providers a page names by key, in any case, separated by spaces or commas
    /// (`"youtube vimeo"`); other names are ignored.
    pub fn parse(names: &str) -> Self {
        let mut set = Self::default();
        for name in names.split(|c: char| c.is_whitespace() || c == ',') {
            if let Some(provider) = PROVIDERS
                .iter()
                .find(|provider| provider.key.eq_ignore_ascii_case(name))
            {
                set.insert(provider);
            }
        }
        set
    }

    pub fn contains(self, provider: &Provider) -> bool {
        self.0 & bit(provider) != 0
    }

    /// Adds `provider`; true when it was not in the set yet.
    pub fn insert(&mut self, provider: &Provider) -> bool {
        let added = !self.contains(provider);
        self.0 |= bit(provider);
        added
    }
}

fn bit(provider: &Provider) -> u16 {
    PROVIDERS
        .iter()
        .position(|known| known == provider)
        .map_or(0, |index| 1 << index)
}
