use crate::decode::{one_of, Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::JsonSchema;
use std::num::NonZeroU32;

/// An image: the `image` block, gallery items, the lead, portraits and logos.
#[derive(JsonSchema)]
#[schemars(rename = "Image")]
pub struct ImageInput {
    /// URL of the image.
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// Alternative text; `""` marks the image as decorative.
    pub alt: String,
    /// Inline Markdown.
    pub caption: Option<Checked<String>>,
    pub credit: Option<Checked<String>>,
    /// Intrinsic width in pixels.
    pub width: Option<Checked<NonZeroU32>>,
    /// Intrinsic height in pixels.
    pub height: Option<Checked<NonZeroU32>>,
    pub srcset: Option<Checked<Vec<Checked<SrcsetEntryInput>>>>,
    /// Where the image links to.
    #[schemars(extend("format" = "uri-reference"))]
    pub link: Option<Checked<String>>,
    pub layout: Option<Checked<Layout>>,
}

#[derive(JsonSchema)]
#[schemars(rename = "SrcsetEntry")]
pub struct SrcsetEntryInput {
    #[schemars(extend("format" = "uri-reference"))]
    pub src: String,
    /// Width of this candidate in pixels.
    pub width: NonZeroU32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, JsonSchema)]
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

impl Decode for ImageInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "an image: an object with `src` and `alt`")?;
        Ok(Self {
            src: fields.required("src")?,
            alt: fields.required("alt")?,
            caption: fields.optional("caption"),
            credit: fields.optional("credit"),
            width: fields.optional("width"),
            height: fields.optional("height"),
            srcset: fields.optional("srcset"),
            link: fields.optional("link"),
            layout: fields.optional("layout"),
        })
    }
}

impl Decode for SrcsetEntryInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(
            value,
            "a srcset candidate: an object with `src` and `width`",
        )?;
        Ok(Self {
            src: fields.required("src")?,
            width: fields.required("width")?,
        })
    }
}

impl Decode for Layout {
    fn decode(value: Value) -> Result<Self, Problem> {
        one_of(
            value,
            &[
                ("inline", Layout::Inline),
                ("wide", Layout::Wide),
                ("full", Layout::Full),
            ],
        )
    }
}

impl Resolve for ImageInput {
    type Output = Image;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Image> {
        let src = resolver.required_url(&self.src, UrlUse::Image, &at.field("src"))?;
        Some(Image {
            src,
            alt: self.alt.trim().to_owned(),
            caption: resolver.inline_markdown(self.caption, &at.field("caption")),
            credit: resolver.text(self.credit, &at.field("credit")),
            width: resolver.optional(self.width, &at.field("width")),
            height: resolver.optional(self.height, &at.field("height")),
            srcset: resolver.optional_list(self.srcset, &at.field("srcset")),
            link: resolver.optional_url(self.link, UrlUse::Link, &at.field("link")),
            layout: resolver
                .optional(self.layout, &at.field("layout"))
                .unwrap_or_default(),
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
