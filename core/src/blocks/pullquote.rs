use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "PullquoteBlock")]
pub struct PullquoteInput {
    /// Inline Markdown: words lifted out of the story for emphasis.
    pub text: String,
    pub attribution: Option<Checked<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pullquote {
    pub text: Vec<Inline>,
    pub attribution: Option<String>,
}

impl Decode for PullquoteInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a pull quote block")?;
        Ok(Self {
            text: fields.required("text")?,
            attribution: fields.optional("attribution"),
        })
    }
}

impl Resolve for PullquoteInput {
    type Output = Pullquote;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Pullquote> {
        let text = Some(Checked::Valid(self.text));
        let Some(text) = resolver.inline_markdown(text, &at.field("text")) else {
            resolver
                .diagnostics
                .error(&at.field("text"), "empty pull quote");
            return None;
        };
        Some(Pullquote {
            text,
            attribution: resolver.text(self.attribution, &at.field("attribution")),
        })
    }
}
