use crate::diagnostics::Path;
use crate::markdown::Markdown;
use crate::resolver::{non_empty, Resolve, Resolver};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "AsideBlock")]
#[serde(expecting = "an aside block")]
pub struct AsideInput {
    pub title: Option<String>,
    /// Markdown.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Aside {
    pub title: Option<String>,
    pub text: Markdown,
}

impl Resolve for AsideInput {
    type Output = Aside;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Aside> {
        Some(Aside {
            title: non_empty(self.title),
            text: resolver.markdown(&self.text, &at.field("text")),
        })
    }
}
