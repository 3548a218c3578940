use crate::decode::{one_of, Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::embed::{recognise, Aspect, Provider, Recognised};
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;

/// Third-party content, which loads only with the reader's consent.
#[derive(JsonSchema)]
#[schemars(rename = "EmbedBlock")]
pub struct EmbedInput {
    /// The content's address on its provider's site, as a reader would copy it.
    #[schemars(extend("format" = "uri-reference"))]
    pub url: String,
    /// What it is: "Interview with the mayor".
    pub title: Option<Checked<String>>,
    /// Inline Markdown.
    pub caption: Option<Checked<String>>,
    pub credit: Option<Checked<String>>,
    /// The frame's shape; the provider's usual one when absent.
    pub aspect: Option<Checked<Aspect>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Embed {
    /// The content's page: the "Open on …" link, or the link card's.
    pub url: SafeUrl,
    /// The page's host without `www.`, which a link card names.
    pub host: String,
    pub title: Option<String>,
    pub caption: Option<Vec<Inline>>,
    pub credit: Option<String>,
    /// `None` for an address the viewer cannot frame: it is shown as a link card.
    pub frame: Option<Frame>,
}

/// A provider's frame, shown once the reader (or the page, for them) agrees.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    pub provider: &'static Provider,
    /// Built by the viewer from the provider's address and the content's identifier.
    pub src: SafeUrl,
    pub aspect: Aspect,
}

impl Decode for EmbedInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "an embed block: an object with `url`")?;
        Ok(Self {
            url: fields.required("url")?,
            title: fields.optional("title"),
            caption: fields.optional("caption"),
            credit: fields.optional("credit"),
            aspect: fields.optional("aspect"),
        })
    }
}

impl Decode for Aspect {
    fn decode(value: Value) -> Result<Self, Problem> {
        one_of(value, &Aspect::NAMES)
    }
}

impl Resolve for EmbedInput {
    type Output = Embed;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Embed> {
        let url_at = at.field("url");
        let url = resolver.required_url(&self.url, UrlUse::Embed, &url_at)?;
        // An embed's URL is http(s), so it has parts.
        let page = url.parts()?;
        let title = resolver.text(self.title, &at.field("title"));
        let caption = resolver.inline_markdown(self.caption, &at.field("caption"));
        let credit = resolver.text(self.credit, &at.field("credit"));
        let aspect = resolver.optional(self.aspect, &at.field("aspect"));
        let frame = match recognise(&page) {
            // Built from the provider's constants and a checked identifier; the policy sees it
            // all the same, since it alone makes the URLs the view may use.
            Recognised::Frame {
                provider,
                address,
                aspect: usual,
            } => resolver
                .policy
                .check(&address, UrlUse::Embed)
                .ok()
                .map(|src| Frame {
                    provider,
                    src,
                    aspect: aspect.unwrap_or(usual),
                }),
            Recognised::Unreadable(provider) => {
                let message = [
                    "a ",
                    provider.name,
                    " address that names no content the viewer can embed; shown as a link",
                ];
                resolver.diagnostics.warning(&url_at, message.concat());
                None
            }
            Recognised::Unknown => None,
        };
        let host = page
            .host
            .strip_prefix("www.")
            .unwrap_or(page.host)
            .to_owned();
        Some(Embed {
            host,
            url,
            title,
            caption,
            credit,
            frame,
        })
    }
}
