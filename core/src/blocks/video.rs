use crate::diagnostics::Path;
use crate::markdown::Inline;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;
use std::num::NonZeroU32;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Video")]
#[serde(expecting = "a video: an object with `src`")]
pub struct VideoInput {
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// An image shown before the video plays.
    #[schemars(extend("format" = "uri-reference"))]
    pub poster: Option<String>,
    /// Inline Markdown.
    pub caption: Option<String>,
    pub credit: Option<String>,
    pub width: Option<NonZeroU32>,
    pub height: Option<NonZeroU32>,
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

impl Resolve for VideoInput {
    type Output = Video;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Video> {
        Some(Video {
            src: resolver.required_url(&self.src, UrlUse::Media, &at.field("src"))?,
            poster: resolver.optional_url(self.poster, UrlUse::Image, &at.field("poster")),
            caption: resolver.inline_markdown(self.caption, &at.field("caption")),
            credit: non_empty(self.credit),
            width: self.width,
            height: self.height,
        })
    }
}
