use crate::decode::{Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Markdown;
use crate::resolver::{Resolve, Resolver};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "TextBlock")]
pub struct TextInput {
    /// Markdown: paragraphs, emphasis, links, lists, sub-headings, block quotes,
    /// tables, footnotes, strikethrough.
    pub text: String,
}

impl Decode for TextInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a text block")?;
        Ok(Self {
            text: fields.required("text")?,
        })
    }
}

impl Resolve for TextInput {
    type Output = Markdown;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Markdown> {
        Some(resolver.markdown(&self.text, &at.field("text")))
    }
}
