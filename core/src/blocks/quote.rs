use crate::diagnostics::Path;
use crate::markdown::Markdown;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "QuoteBlock")]
#[serde(expecting = "a quote block")]
pub struct QuoteInput {
    /// Markdown.
    pub text: String,
    pub attribution: Option<String>,
    /// The source of the quotation.
    #[schemars(extend("format" = "uri-reference"))]
    pub cite: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub text: Markdown,
    pub attribution: Option<String>,
    pub cite: Option<SafeUrl>,
}

impl Resolve for QuoteInput {
    type Output = Quote;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Quote> {
        Some(Quote {
            text: resolver.markdown(&self.text, &at.field("text")),
            attribution: non_empty(self.attribution),
            cite: resolver.optional_url(self.cite, UrlUse::Link, &at.field("cite")),
        })
    }
}
