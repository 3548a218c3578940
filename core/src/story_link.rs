use crate::blocks::image::{Image, ImageInput};
use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::time::Timestamp;
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;

/// A link to another story: in `related`, and the `related` block in the body.
#[derive(JsonSchema)]
#[schemars(rename = "StoryLink")]
pub struct StoryLinkInput {
    pub headline: String,
    /// Where the story lives on the web.
    #[schemars(extend("format" = "uri-reference"))]
    pub url: String,
    /// The story's own article JSON: when present, the viewer can open it in place.
    #[schemars(extend("format" = "uri-reference"))]
    pub src: Option<Checked<String>>,
    pub kicker: Option<Checked<String>>,
    /// Inline Markdown.
    pub standfirst: Option<Checked<String>>,
    pub image: Option<Checked<ImageInput>>,
    /// RFC 3339 date-time.
    #[schemars(extend("format" = "date-time"))]
    pub published: Option<Checked<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StoryLink {
    pub headline: String,
    /// `None` when the story's `url` was refused: the story is then shown as text.
    pub url: Option<SafeUrl>,
    pub src: Option<SafeUrl>,
    pub kicker: Option<String>,
    pub standfirst: Option<Vec<Inline>>,
    pub image: Option<Image>,
    pub published: Option<Timestamp>,
}

impl Decode for StoryLinkInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a story link: an object with `headline` and `url`")?;
        Ok(Self {
            headline: fields.required("headline")?,
            url: fields.required("url")?,
            src: fields.optional("src"),
            kicker: fields.optional("kicker"),
            standfirst: fields.optional("standfirst"),
            image: fields.optional("image"),
            published: fields.optional("published"),
        })
    }
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
        // A refused link becomes text: the story is still listed, without a link.
        let url = Some(Checked::Valid(self.url));
        Some(StoryLink {
            headline,
            url: resolver.optional_url(url, UrlUse::Link, &at.field("url")),
            src: resolver.optional_url(self.src, UrlUse::Document, &at.field("src")),
            kicker: resolver.text(self.kicker, &at.field("kicker")),
            standfirst: resolver.inline_markdown(self.standfirst, &at.field("standfirst")),
            image: resolver.optional_resolved(self.image, &at.field("image")),
            published: resolver.timestamp(self.published, &at.field("published")),
        })
    }
}
