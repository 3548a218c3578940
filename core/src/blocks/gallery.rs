use super::image::{Image, ImageInput};
use crate::decode::{Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use schemars::JsonSchema;

#[derive(JsonSchema)]
#[schemars(rename = "GalleryBlock")]
pub struct GalleryInput {
    /// Image blocks without `type`; at least one.
    #[schemars(length(min = 1))]
    pub images: Vec<Checked<ImageInput>>,
    /// Inline Markdown.
    pub caption: Option<Checked<String>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gallery {
    pub images: Vec<Image>,
    pub caption: Option<Vec<Inline>>,
}

impl Decode for GalleryInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a gallery block")?;
        Ok(Self {
            images: fields.required("images")?,
            caption: fields.optional("caption"),
        })
    }
}

impl Resolve for GalleryInput {
    type Output = Gallery;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Gallery> {
        let images = resolver.list(self.images, &at.field("images"));
        if images.is_empty() {
            resolver.diagnostics.error(
                &at.field("images"),
                "a gallery needs at least one image that can be shown",
            );
            return None;
        }
        Some(Gallery {
            images,
            caption: resolver.inline_markdown(self.caption, &at.field("caption")),
        })
    }
}
