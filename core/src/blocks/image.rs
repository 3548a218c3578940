use crate::checked::Checked;
use crate::diagnostics::Path;
use crate::markdown::Inline;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use serde::Deserialize;
use std::num::NonZeroU32;

/// An image: the `image` block, gallery items, the lead, portraits and logos.
#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Image")]
#[serde(expecting = "an image: an object with `src` and `alt`")]
pub struct ImageInput {
    /// URL of the image.
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// Alternative text; `""` marks the image as decorative.
    pub alt: String,
    /// Inline Markdown.
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// Intrinsic width in pixels.
    pub width: Option<NonZeroU32>,
    /// Intrinsic height in pixels.
    pub height: Option<NonZeroU32>,
    pub srcset: Option<Vec<Checked<SrcsetEntryInput>>>,
    /// Where the image links to.
    #[schemars(extend("format" = "uri-reference"))]
    pub link: Option<String>,
    pub layout: Option<Layout>,
}

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "SrcsetEntry")]
#[serde(expecting = "a srcset candidate: an object with `src` and `width`")]
pub struct SrcsetEntryInput {
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// Width of this candidate in pixels.
    pub width: NonZeroU32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    #[default]
    Inline,
    Wide,
    Full,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Image {
    pub src: SafeUrl,
    pub alt: String,
    pub caption: Option<Vec<Inline>>,
    pub credit: Option<String>,
    pub width: Option<NonZeroU32>,
    pub height: Option<NonZeroU32>,
    pub srcset: Vec<SrcsetEntry>,
    pub link: Option<SafeUrl>,
    pub layout: Layout,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SrcsetEntry {
    pub src: SafeUrl,
    pub width: NonZeroU32,
}

impl Image {
    /// The `srcset` attribute: `a.jpg 480w, b.jpg 960w`; `None` without candidates.
    pub fn srcset_attribute(&self) -> Option<String> {
        (!self.srcset.is_empty()).then(|| {
            self.srcset
                .iter()
                .map(|entry| format!("{} {}w", entry.src, entry.width))
                .collect::<Vec<_>>()
                .join(", ")
        })
    }
}

impl Resolve for ImageInput {
    type Output = Image;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Image> {
        let src = resolver.required_url(&self.src, UrlUse::Image, &at.field("src"))?;
        let srcset = resolver.list(self.srcset.unwrap_or_default(), &at.field("srcset"));
        Some(Image {
            src,
            alt: self.alt.trim().to_owned(),
            caption: resolver.inline_markdown(self.caption, &at.field("caption")),
            credit: non_empty(self.credit),
            width: self.width,
            height: self.height,
            srcset,
            link: resolver.optional_url(self.link, UrlUse::Link, &at.field("link")),
            layout: self.layout.unwrap_or_default(),
        })
    }
}

impl Resolve for SrcsetEntryInput {
    type Output = SrcsetEntry;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<SrcsetEntry> {
        let src = resolver.required_url(&self.src, UrlUse::Image, &at.field("src"))?;
        // In `srcset`, whitespace ends a URL and commas at its ends are dropped, so such a
        // URL (a `data:` URL keeps its spaces) would be read as other, unchecked candidates.
        let text = src.as_str();
        if text.contains(|c: char| c.is_ascii_whitespace()) || text.ends_with(',') {
            resolver.diagnostics.error(
                &at.field("src"),
                format!(
                    "URL {} cannot be a srcset candidate: it holds a space or ends with a comma \
                     (write them as %20 and %2C); left out",
                    crate::markdown::quote_url(text)
                ),
            );
            return None;
        }
        Some(SrcsetEntry {
            src,
            width: self.width,
        })
    }
}
