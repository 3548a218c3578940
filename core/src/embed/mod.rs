//! Third-party content (the `embed` block): which provider an address belongs to, the content's
//! identifier in it, and the address of the provider's own player that the viewer frames in
//! place of the article's URL.
//!
//! Each provider is one entry of [`PROVIDERS`] (`providers.rs`): the hosts of its pages, compared
//! exactly as the browser reads them (so neither `youtube.com.evil.example` nor `youtube.com.` is
//! YouTube); the shapes of its pages' addresses, in which each identifier's character set and
//! length are checked; and for each shape, the frame's address, built from the provider's
//! constants and those identifiers alone.

mod providers;

pub use providers::PROVIDERS;

use crate::url_policy::Parts;
use schemars::JsonSchema;
use std::fmt;

/// A provider whose content the viewer can frame.
pub struct Provider {
    /// Its name for pages: `consent="youtube vimeo"`, and the `article-viewer:consent` event.
    pub key: &'static str,
    /// Its name for readers: "Load content from YouTube".
    pub name: &'static str,
    /// The hosts of its content's pages.
    pub hosts: &'static [&'static str],
    /// The start of its frames' addresses, which each shape's frame goes on from.
    frame: &'static str,
    /// The shapes of its pages' addresses, tried in turn.
    shapes: &'static [Shape],
    /// The least and most characters of an identifier written `$` in its shapes.
    lengths: (usize, usize),
    /// The frame's `sandbox`: the least its player needs.
    pub sandbox: &'static str,
    /// The frame's `allow` (the features its player may use).
    pub allow: &'static str,
}

/// One shape of a provider's page addresses: `(pattern, frame, aspect)`.
///
/// The pattern is the path, segment by segment: a word is that word; `a|b` is either word; `*`
/// is any segment; `$` is an identifier of letters, digits, `-` and `_` of the provider's
/// lengths; `#` is one of 1 to 20 digits; `..`, last, is any further segments. It may begin with
/// the one host it is for (`youtu.be/$`) and end with a query parameter that holds an identifier
/// (`watch?v=$`). The frame's address is the provider's `frame`, then the shape's, in which `$1`
/// to `$9` stand for what the `a|b`, `$` and `#` of the pattern read, in order.
type Shape = (&'static str, &'static str, Aspect);

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
pub fn recognise(page: &Parts) -> Recognised {
    let Some(provider) = PROVIDERS
        .iter()
        .find(|provider| provider.hosts.contains(&page.host))
    else {
        return Recognised::Unknown;
    };
    // No provider's own addresses carry a port or a user name.
    let read = (page.port.is_empty() && !page.credentials)
        .then(|| {
            provider.shapes.iter().find_map(|(pattern, frame, aspect)| {
                let read = read(pattern, provider.lengths, page)?;
                Some((fill(provider.frame, frame, &read)?, *aspect))
            })
        })
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

/// What `pattern` reads from the page's address, in order, when the address has its shape.
/// Segments and values are compared as written, still percent-encoded: an encoded character
/// fails every identifier's character set.
fn read<'a>(pattern: &str, lengths: (usize, usize), page: &Parts<'a>) -> Option<Vec<&'a str>> {
    let (path, query) = pattern.split_once('?').unwrap_or((pattern, ""));
    let path = match path.split_once('/') {
        Some((host, rest)) if host.contains('.') => (host == page.host).then_some(rest)?,
        _ => path,
    };
    let mut segments = page.path.split('/').filter(|segment| !segment.is_empty());
    let mut read = Vec::new();
    let mut rest_allowed = false;
    for token in path.split('/') {
        if token == ".." {
            rest_allowed = true;
            break;
        }
        let segment = segments.next()?;
        match token {
            "*" => {}
            "$" | "#" => read.push(identifier(token, segment, lengths)?),
            words if words.contains('|') => {
                read.push(
                    words
                        .split('|')
                        .any(|word| word == segment)
                        .then_some(segment)?,
                );
            }
            word => (word == segment).then_some(())?,
        }
    }
    if !rest_allowed && segments.next().is_some() {
        return None;
    }
    if let Some((name, token)) = query.split_once('=') {
        let value = page
            .query
            .split('&')
            .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))?;
        read.push(identifier(token, value, lengths)?);
    }
    Some(read)
}

/// `text` when it is an identifier of the kind `token` stands for: `#` for 1 to 20 digits, `$`
/// for letters, digits, `-` and `_`, as many as `lengths` allows.
fn identifier<'a>(token: &str, text: &'a str, (least, most): (usize, usize)) -> Option<&'a str> {
    let (least, most, digits) = match token {
        "#" => (1, 20, true),
        _ => (least, most, false),
    };
    let allowed = |byte: u8| {
        byte.is_ascii_digit()
            || (!digits && (byte.is_ascii_alphabetic() || byte == b'-' || byte == b'_'))
    };
    ((least..=most).contains(&text.len()) && text.bytes().all(allowed)).then_some(text)
}

/// The frame's address: `start`, then `frame` with each `$1` to `$9` replaced by what was read.
fn fill(start: &str, frame: &str, read: &[&str]) -> Option<String> {
    let mut address = String::with_capacity(start.len() + frame.len() + 32);
    address.push_str(start);
    let mut bytes = frame.split('$');
    address.push_str(bytes.next().unwrap_or_default());
    for piece in bytes {
        let index = piece.bytes().next()?.checked_sub(b'1')?;
        address.push_str(read.get(usize::from(index))?);
        address.push_str(piece.get(1..).unwrap_or_default());
    }
    Some(address)
}

/// A set of providers: those whose content loads without asking.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProviderSet(u16);

impl ProviderSet {
    /// The providers a page names by key, in any case, separated by spaces or commas
    /// (`"youtube vimeo"`); other names are ignored.
    pub fn parse(names: &str) -> Self {
        let mut set = Self::default();
        for name in names.split(|c: char| !c.is_ascii_alphanumeric()) {
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

    /// True when every provider of this set is in `other`.
    pub fn within(self, other: ProviderSet) -> bool {
        self.0 & !other.0 == 0
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
