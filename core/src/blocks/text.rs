use crate::diagnostics::Path;
use crate::markdown::Markdown;
use crate::resolver::{Resolve, Resolver};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "TextBlock")]
#[serde(expecting = "a text block")]
pub struct TextInput {
    /// Markdown: paragraphs, emphasis, links, lists, sub-headings, block quotes,
    /// tables, footnotes, strikethrough.
    pub text: String,
}

impl Resolve for TextInput {
    type Output = Markdown;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Markdown> {
        Some(resolver.markdown(&self.text, &at.field("text")))
    }
}
