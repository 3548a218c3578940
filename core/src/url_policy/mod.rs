//! Which URLs from an article may reach the page, resolved against the article's address.
//!
//! URLs are parsed with the WHATWG URL algorithm ([`whatwg`]: the browser's own parser in
//! the browser), the one the browser applies to `href` and `src`, so every spelling trick
//! the browser would undo (case, tabs and newlines inside the scheme, leading control
//! characters) is undone here first, and the scheme checked is the one the browser will see.

mod whatwg;

use std::fmt;
use whatwg::{Failure, Parsed};

/// What a URL is used for; each use allows different schemes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// A link a reader follows: `https`, `http`, `mailto`, or a fragment inside the article.
    Link,
    /// An image source: `https`, `http`, or `data:` with a raster image type.
    Image,
    /// A video source: `https`, `http`.
    Media,
    /// Another article's JSON, fetched by the viewer: `https`, `http`.
    Document,
    /// Third-party content: an `embed` block's page, and the frame address the viewer builds
    /// from it: `https`, `http`.
    Embed,
}

const RASTER_IMAGE_TYPES: [&str; 5] = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
];

/// A URL that passed the policy: the only kind the view layer puts in an attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for a fragment inside the article (`#notes`).
    pub fn is_fragment(&self) -> bool {
        self.0.starts_with('#')
    }

    /// The parts of an `http(s)` URL; `None` for any other. The browser's serialisation
    /// percent-encodes `@`, `/`, `?` and `#` in a user name or password, so the host is what
    /// follows the one `@` before the first `/`, and the path is all the rest before `?`.
    pub fn parts(&self) -> Option<Parts<'_>> {
        let rest = (self.0.strip_prefix("https://")).or_else(|| self.0.strip_prefix("http://"))?;
        let authority = rest.split('/').next().unwrap_or_default();
        let rest = rest.get(authority.len()..).unwrap_or_default();
        let (credentials, host) = match authority.split_once('@') {
            Some((_, host)) => (true, host),
            None => (false, authority),
        };
        // A port is the digits after the last colon (an IPv6 address ends with `]`).
        let colon = host.bytes().rposition(|b| b == b':').unwrap_or(host.len());
        let port = host.get(colon + 1..).unwrap_or_default();
        let (host, port) = match port.bytes().all(|b| b.is_ascii_digit()) && !port.is_empty() {
            true => (host.get(..colon).unwrap_or(host), port),
            false => (host, ""),
        };
        let rest = rest.split('#').next().unwrap_or_default();
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        Some(Parts {
            host,
            port,
            credentials,
            path,
            query,
        })
    }
}

/// Where an `http(s)` URL points, read from the URL as the browser wrote it back: its host
/// lowercase, an international name in its `xn--` form, percent-encoded letters decoded, the
/// scheme's own port left out. For telling a site by its address, by exact comparison.
#[derive(Debug, PartialEq, Eq)]
pub struct Parts<'a> {
    pub host: &'a str,
    /// Empty for the scheme's own port.
    pub port: &'a str,
    /// The URL names a user or a password (`https://user@host/`).
    pub credentials: bool,
    /// Percent-encoded as the browser writes it: `/watch`.
    pub path: &'a str,
    /// Without its `?` and the fragment.
    pub query: &'a str,
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a URL was refused; the text is written for the article's author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal(String);

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, Default)]
pub struct UrlPolicy {
    /// An absolute URL, as parsed.
    base: Option<String>,
}

impl UrlPolicy {
    /// `base` is the address the article JSON was loaded from (or the page's, for
    /// inline JSON). Without one, relative URLs are refused.
    pub fn new(base: Option<&str>) -> Self {
        Self {
            base: base.and_then(|base| whatwg::parse(base, None).ok().map(|url| url.href)),
        }
    }

    pub fn check(&self, raw: &str, use_: UrlUse) -> Result<SafeUrl, Refusal> {
        let trimmed = raw.trim_matches(|c: char| c <= ' ');
        if trimmed.is_empty() {
            return Err(Refusal("empty URL".into()));
        }
        if use_ == UrlUse::Link && trimmed.starts_with('#') {
            return fragment_only(trimmed);
        }
        let url =
            whatwg::parse(trimmed, self.base.as_deref()).map_err(|failure| match failure {
                Failure::RelativeWithoutBase => {
                    Refusal("relative URL, and no address to resolve it against".into())
                }
                Failure::Invalid => Refusal("not a valid URL".into()),
            })?;
        if allowed(&url, use_) {
            Ok(SafeUrl(url.href))
        } else {
            Err(Refusal(format!(
                "the scheme `{}:` is not allowed for {}",
                url.scheme,
                use_.description()
            )))
        }
    }
}

impl UrlUse {
    fn description(self) -> &'static str {
        match self {
            UrlUse::Link => "links (allowed: https, http, mailto)",
            UrlUse::Image => "images (allowed: https, http, data:image/png|jpeg|gif|webp|avif)",
            UrlUse::Media => "video (allowed: https, http)",
            UrlUse::Document => "article documents (allowed: https, http)",
            UrlUse::Embed => "embedded content (allowed: https, http)",
        }
    }
}

fn allowed(url: &Parsed, use_: UrlUse) -> bool {
    match (url.scheme.as_str(), use_) {
        ("https" | "http", _) => true,
        ("mailto", UrlUse::Link) => true,
        ("data", UrlUse::Image) => is_raster_image_data(&url.path),
        _ => false,
    }
}

/// `image/png;base64,...` or `image/png,...`, case-insensitively.
fn is_raster_image_data(path: &str) -> bool {
    let media_type = path
        .split([';', ','])
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    RASTER_IMAGE_TYPES.contains(&media_type.as_str()) && path.contains(',')
}

/// Normalises a fragment as the browser would (tabs and newlines removed,
/// spaces and quotes percent-encoded), keeping it relative to the article.
fn fragment_only(fragment: &str) -> Result<SafeUrl, Refusal> {
    whatwg::parse(fragment, Some("https://article.invalid/"))
        .map(|url| SafeUrl(format!("#{}", url.fragment)))
        .map_err(|_| Refusal("not a valid fragment".into()))
}
