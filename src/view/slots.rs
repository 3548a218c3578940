//! Places in the article for the embedding page's own content (an advertisement, a sign-up
//! box): shadow DOM `<slot>`s, which the host element's children with `slot="…"` fill. That
//! content stays in the page's light DOM, so the page's CSS and scripts apply to it and the
//! viewer's stylesheet does not.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ShadowRoot};

/// After the body's block N (counting from 1, as rendered): `after-block-N`.
const AFTER_BLOCK: &str = "after-block-";
/// After the whole body.
pub const AFTER_BODY: &str = "after-body";
/// In the footer, before the related stories.
pub const BEFORE_RELATED: &str = "before-related";
/// At the end of the article.
pub const END: &str = "end";

/// The slots a viewer in a shadow root offers. A `<slot>` after every block would cost
/// an element per block, so only the blocks that the host's children name get one.
#[derive(Default)]
pub struct Slots {
    /// The block numbers named by `after-block-N`, in order, without repeats.
    after_blocks: Vec<usize>,
}

impl Slots {
    /// The slots for the viewer rendering into `target`: none unless `target` is in a
    /// shadow root, whose host's children then say which blocks need one.
    pub fn for_target(target: &Element) -> Option<Slots> {
        let root: ShadowRoot = target.get_root_node().dyn_into().ok()?;
        let children = root.host().children();
        let mut after_blocks = Vec::new();
        let numbers = (0..children.length())
            .filter_map(|index| children.item(index)?.get_attribute("slot"))
            .filter_map(|name| name.strip_prefix(AFTER_BLOCK)?.parse::<usize>().ok());
        for number in numbers.filter(|&number| number > 0) {
            // Kept in order as they come: a page has a few of them, and a sort costs 3 KB.
            if let Err(place) = after_blocks.binary_search(&number) {
                after_blocks.insert(place, number);
            }
        }
        Some(Slots { after_blocks })
    }

    /// Whether the host's children name the same blocks as `other`'s did.
    pub fn same_places(&self, other: &Slots) -> bool {
        self.after_blocks == other.after_blocks
    }

    /// The slot after block `number`, if the host asked for one.
    pub fn after_block(&self, number: usize) -> Option<impl IntoView> {
        self.after_blocks
            .binary_search(&number)
            .is_ok()
            .then(|| slot(format!("{AFTER_BLOCK}{number}")))
    }

    /// The slots of blocks past the last of `blocks`: their content goes to the end of the
    /// body rather than vanishing.
    pub fn past_the_end(&self, blocks: usize) -> Vec<impl IntoView> {
        let first = self
            .after_blocks
            .partition_point(|&number| number <= blocks);
        self.after_blocks[first..]
            .iter()
            .map(|number| slot(format!("{AFTER_BLOCK}{number}")))
            .collect()
    }
}

/// A named slot. It adds no role or label: screen readers hear the page's content where it
/// sits, not as part of the story's text.
pub fn slot(name: impl Into<String>) -> impl IntoView {
    html::slot().name(name.into())
}
