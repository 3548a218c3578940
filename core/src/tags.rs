use crate::diagnostics::Path;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;

/// A topic: a name, or a name with the address of the topic's page.
#[derive(Deserialize, JsonSchema)]
#[serde(
    untagged,
    expecting = "a tag: a string, or an object with `name` and `url`"
)]
#[schemars(rename = "Tag")]
pub enum TagInput {
    Name(String),
    Linked {
        name: String,
        #[schemars(extend("format" = "uri-reference"))]
        url: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tag {
    pub name: String,
    pub url: Option<SafeUrl>,
}

impl Resolve for TagInput {
    type Output = Tag;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Tag> {
        let (name, url, name_at) = match self {
            TagInput::Name(name) => (name, None, at.clone()),
            TagInput::Linked { name, url } => (name, url, at.field("name")),
        };
        let Some(name) = non_empty(Some(name)) else {
            resolver.diagnostics.error(&name_at, "empty tag");
            return None;
        };
        Some(Tag {
            name,
            url: resolver.optional_url(url, UrlUse::Link, &at.field("url")),
        })
    }
}
