use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use std::num::NonZeroU32;

#[derive(JsonSchema)]
#[schemars(rename = "Video")]
pub struct VideoInput {
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// An image shown before the video plays.
    #[schemars(extend("format" = "uri-reference"))]
    pub poster: Option<Checked<String>>,
    /// Inline Markdown.
    pub caption: Option<Checked<String>>,
    pub credit: Option<Checked<String>>,
    pub width: Option<Checked<NonZeroU32>>,
    pub height: Option<Checked<NonZeroU32>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Video {
    pub src: SafeUrl,
    pub poster: Option<SafeUrl>,
    pub caption: Option<Vec<Inline>>,
    pub credit: Option<String>,
    pub width: Option<NonZeroU32>,
    pub height: Option<NonZeroU32>,
}

impl Decode for VideoInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a video: an object with `src`")?;
        Ok(Self {
            src: fields.required("src")?,
            poster: fields.optional("poster"),
            caption: fields.optional("caption"),
            credit: fields.optional("credit"),
            width: fields.optional("width"),
            height: fields.optional("height"),
        })
    }
}

impl Resolve for VideoInput {
    type Output = Video;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Video> {
        Some(Video {
            src: resolver.required_url(&self.src, UrlUse::Media, &at.field("src"))?,
            poster: resolver.optional_url(self.poster, UrlUse::Image, &at.field("poster")),
            caption: resolver.inline_markdown(self.caption, &at.field("caption")),
            credit: resolver.text(self.credit, &at.field("credit")),
            width: resolver.optional(self.width, &at.field("width")),
            height: resolver.optional(self.height, &at.field("height")),
        })
    }
}
