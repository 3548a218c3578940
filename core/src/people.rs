//! Who wrote the story and who published it.

use crate::blocks::image::{Image, ImageInput};
use crate::checked::Checked;
use crate::diagnostics::Path;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Person")]
#[serde(expecting = "a person: an object with a `name`")]
pub struct PersonInput {
    pub name: String,
    /// "Syrian correspondent".
    pub role: Option<String>,
    #[schemars(extend("format" = "uri-reference"))]
    pub url: Option<String>,
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
#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Source")]
#[serde(expecting = "a source: an object with a `name`")]
pub struct SourceInput {
    pub name: String,
    #[schemars(extend("format" = "uri-reference"))]
    pub url: Option<String>,
    pub logo: Option<Checked<ImageInput>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub name: String,
    pub url: Option<SafeUrl>,
    pub logo: Option<Image>,
}

impl Resolve for PersonInput {
    type Output = Person;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Person> {
        let name = named(resolver, self.name, at)?;
        Some(Person {
            name,
            role: non_empty(self.role),
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
