use crate::blocks::json_kind;
use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;

/// A topic: a name, or a name with the address of the topic's page.
#[derive(JsonSchema)]
#[serde(untagged)]
#[schemars(rename = "Tag")]
pub enum TagInput {
    Name(String),
    Linked {
        name: String,
        #[schemars(extend("format" = "uri-reference"))]
        url: Option<Checked<String>>,
    },
}

impl Decode for TagInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        match value {
            Value::String(name) => Ok(TagInput::Name(name)),
            Value::Object(_) => {
                let mut fields =
                    Fields::of(value, "a tag: a string, or an object with `name` and `url`")?;
                Ok(TagInput::Linked {
                    name: fields.required("name")?,
                    url: fields.optional("url"),
                })
            }
            other => Err(Problem::new(
                "",
                format!(
                    "expected a tag: a string, or an object with `name` and `url`; found {}",
                    json_kind(&other)
                ),
            )),
        }
    }
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
