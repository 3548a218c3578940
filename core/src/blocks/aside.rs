use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Markdown;
use crate::resolver::{non_empty, Resolve, Resolver};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "AsideBlock")]
pub struct AsideInput {
    pub title: Option<Checked<String>>,
    /// Markdown.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Aside {
    pub title: Option<String>,
    pub text: Markdown,
}

impl Decode for AsideInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "an aside block")?;
        Ok(Self {
            title: fields.optional("title"),
            text: fields.required("text")?,
        })
    }
}

impl Resolve for AsideInput {
    type Output = Aside;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Aside> {
        Some(Aside {
            title: non_empty(resolver.optional(self.title, &at.field("title"))),
            text: resolver.markdown(&self.text, &at.field("text")),
        })
    }
}
