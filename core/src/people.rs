//! Who wrote the story and who published it.

use crate::blocks::image::{Image, ImageInput};
use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "Person")]
pub struct PersonInput {
    pub name: String,
    /// "Syrian correspondent".
    pub role: Option<Checked<String>>,
    #[schemars(extend("format" = "uri-reference"))]
    pub url: Option<Checked<String>>,
    pub image: Option<Checked<ImageInput>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub url: Option<SafeUrl>,
    pub image: Option<Image>,
}

/// The publisher.
#[derive(JsonSchema)]
#[schemars(rename = "Source")]
pub struct SourceInput {
    pub name: String,
    #[schemars(extend("format" = "uri-reference"))]
    pub url: Option<Checked<String>>,
    pub logo: Option<Checked<ImageInput>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    pub url: Option<SafeUrl>,
    pub logo: Option<Image>,
}

impl Decode for PersonInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a person: an object with a `name`")?;
        Ok(Self {
            name: fields.required("name")?,
            role: fields.optional("role"),
            url: fields.optional("url"),
            image: fields.optional("image"),
        })
    }
}

impl Decode for SourceInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a source: an object with a `name`")?;
        Ok(Self {
            name: fields.required("name")?,
            url: fields.optional("url"),
            logo: fields.optional("logo"),
        })
    }
}

impl Resolve for PersonInput {
    type Output = Person;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Person> {
        let name = named(resolver, self.name, at)?;
        Some(Person {
            name,
            role: resolver.text(self.role, &at.field("role")),
            url: resolver.optional_url(self.url, UrlUse::Link, &at.field("url")),
            image: resolver.optional_resolved(self.image, &at.field("image")),
        })
    }
}

impl Resolve for SourceInput {
    type Output = Source;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Source> {
        let name = named(resolver, self.name, at)?;
        Some(Source {
            name,
            url: resolver.optional_url(self.url, UrlUse::Link, &at.field("url")),
            logo: resolver.optional_resolved(self.logo, &at.field("logo")),
        })
    }
}

fn named(resolver: &mut Resolver, name: String, at: &Path) -> Option<String> {
    let name = non_empty(Some(name));
    if name.is_none() {
        resolver.diagnostics.error(&at.field("name"), "empty name");
    }
    name
}
