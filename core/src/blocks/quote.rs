use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Markdown;
use crate::resolver::{Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "QuoteBlock")]
pub struct QuoteInput {
    /// Markdown.
    pub text: String,
    pub attribution: Option<Checked<String>>,
    /// The source of the quotation.
    #[schemars(extend("format" = "uri-reference"))]
    pub cite: Option<Checked<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub text: Markdown,
    pub attribution: Option<String>,
    pub cite: Option<SafeUrl>,
}

impl Decode for QuoteInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a quote block")?;
        Ok(Self {
            text: fields.required("text")?,
            attribution: fields.optional("attribution"),
            cite: fields.optional("cite"),
        })
    }
}

impl Resolve for QuoteInput {
    type Output = Quote;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Quote> {
        Some(Quote {
            text: resolver.markdown(&self.text, &at.field("text")),
            attribution: resolver.text(self.attribution, &at.field("attribution")),
            cite: resolver.optional_url(self.cite, UrlUse::Link, &at.field("cite")),
        })
    }
}
