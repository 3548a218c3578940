//! The WHATWG URL parser, behind the one function the policy needs. In the browser it is
//! the browser's own `URL`, so the policy and the page can never disagree about a URL
//! (and the module carries no Unicode tables for IDNA); natively it is the `url` crate,
//! which implements the same standard, for tests and tools.

/// The parts of a parsed URL the policy looks at.
pub struct Parsed {
    /// The serialised URL, as the browser writes it back.
    pub href: String,
    /// The scheme, lowercased, without its colon.
    pub scheme: String,
    /// The path (for `data:`, the media type and the data).
    pub path: String,
    /// The fragment without its `#`, empty when there is none.
    pub fragment: String,
}

/// Why a URL did not parse.
#[derive(Debug, PartialEq, Eq)]
pub enum Failure {
    /// A relative URL with no base to resolve it against.
    RelativeWithoutBase,
    Invalid,
}

/// Parses `input` against `base` (an absolute URL, already parsed once).
pub fn parse(input: &str, base: Option<&str>) -> Result<Parsed, Failure> {
    match imp::parse(input, base) {
        Some(parsed) => Ok(parsed),
        // Parsing against a stand-in base tells a relative URL from a malformed one.
        None if base.is_none() && imp::parse(input, Some("https://base.invalid/")).is_some() => {
            Err(Failure::RelativeWithoutBase)
        }
        None => Err(Failure::Invalid),
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::Parsed;
    use web_sys::Url;

    pub fn parse(input: &str, base: Option<&str>) -> Option<Parsed> {
        let url = match base {
            Some(base) => Url::new_with_base(input, base),
            None => Url::new(input),
        }
        .ok()?;
        let protocol = url.protocol();
        let hash = url.hash();
        Some(Parsed {
            href: url.href(),
            scheme: protocol.strip_suffix(':').unwrap_or(&protocol).to_owned(),
            path: url.pathname(),
            fragment: hash.strip_prefix('#').unwrap_or(&hash).to_owned(),
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Parsed;
    use url::Url;

    pub fn parse(input: &str, base: Option<&str>) -> Option<Parsed> {
        let base = match base {
            Some(base) => Some(Url::parse(base).ok()?),
            None => None,
        };
        let url = Url::options().base_url(base.as_ref()).parse(input).ok()?;
        Some(Parsed {
            scheme: url.scheme().to_owned(),
            path: url.path().to_owned(),
            fragment: url.fragment().unwrap_or_default().to_owned(),
            href: url.into(),
        })
    }
}
