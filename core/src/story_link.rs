use crate::blocks::image::{Image, ImageInput};
use crate::checked::Checked;
use crate::diagnostics::Path;
use crate::markdown::Inline;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::time::Timestamp;
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;

/// A link to another story: in `related`, and the `related` block in the body.
#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "StoryLink")]
#[serde(expecting = "a story link: an object with `headline` and `url`")]
pub struct StoryLinkInput {
    pub headline: String,
    /// Where the story lives on the web.
    #[schemars(extend("format" = "uri-reference"))]
    pub url: String,
    /// The story's own article JSON: when present, the viewer can open it in place.
    #[schemars(extend("format" = "uri-reference"))]
    pub src: Option<String>,
    pub kicker: Option<String>,
    /// Inline Markdown.
    pub standfirst: Option<String>,
    pub image: Option<Checked<ImageInput>>,
    /// RFC 3339 date-time.
    #[schemars(extend("format" = "date-time"))]
    pub published: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StoryLink {
    pub headline: String,
    pub url: SafeUrl,
    pub src: Option<SafeUrl>,
    pub kicker: Option<String>,
    pub standfirst: Option<Vec<Inline>>,
    pub image: Option<Image>,
    pub published: Option<Timestamp>,
}

impl Resolve for StoryLinkInput {
    type Output = StoryLink;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<StoryLink> {
        let Some(headline) = non_empty(Some(self.headline)) else {
            resolver
                .diagnostics
                .error(&at.field("headline"), "empty headline");
            return None;
        };
        let url = resolver.required_url(&self.url, UrlUse::Link, &at.field("url"))?;
        Some(StoryLink {
            headline,
            url,
            src: resolver.optional_url(self.src, UrlUse::Document, &at.field("src")),
            kicker: non_empty(self.kicker),
            standfirst: resolver.inline_markdown(self.standfirst, &at.field("standfirst")),
            image: resolver.optional_resolved(self.image, &at.field("image")),
            published: resolver.timestamp(self.published, &at.field("published")),
        })
    }
}
