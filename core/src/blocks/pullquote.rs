use crate::diagnostics::Path;
use crate::markdown::Inline;
use crate::resolver::{non_empty, Resolve, Resolver};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "PullquoteBlock")]
#[serde(expecting = "a pull quote block")]
pub struct PullquoteInput {
    /// Inline Markdown: words lifted out of the story for emphasis.
    pub text: String,
    pub attribution: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pullquote {
    pub text: Vec<Inline>,
    pub attribution: Option<String>,
}

impl Resolve for PullquoteInput {
    type Output = Pullquote;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Pullquote> {
        let Some(text) = resolver.inline_markdown(Some(self.text), &at.field("text")) else {
            resolver
                .diagnostics
                .error(&at.field("text"), "empty pull quote");
            return None;
        };
        Some(Pullquote {
            text,
            attribution: non_empty(self.attribution),
        })
    }
}
