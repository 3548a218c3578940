use super::image::{Image, ImageInput};
use crate::checked::Checked;
use crate::diagnostics::Path;
use crate::markdown::Inline;
use crate::resolver::{Resolve, Resolver};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "GalleryBlock")]
#[serde(expecting = "a gallery block")]
pub struct GalleryInput {
    /// Image blocks without `type`; at least one.
    #[schemars(length(min = 1))]
    pub images: Vec<Checked<ImageInput>>,
    /// Inline Markdown.
    pub caption: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Gallery {
    pub images: Vec<Image>,
    pub caption: Option<Vec<Inline>>,
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
