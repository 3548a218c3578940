//! Body blocks: one file per block type, and [`block_view`], the one place that
//! dispatches on the type. A new block type is one file here and one arm below.

mod aside;
mod divider;
pub mod embed;
mod gallery;
pub mod heading;
mod pullquote;
mod quote;
mod related;
mod text;

use super::context::RenderContext;
use super::figure::{image_figure, video_figure, Loading};
use crate::view::piece::{IntoPiece, Piece};
use article_core::Block;

/// An aside without a title, which the viewer names itself.
pub fn is_untitled_aside(block: &Block) -> bool {
    matches!(block, Block::Aside(aside) if aside.title.is_none())
}

/// A body block. `index` is its place in the body, which keeps the `id`s it
/// makes (footnotes) apart from those of other blocks; `untitled_asides` counts the asides
/// without a title before it, which an aside without a title is named by.
pub fn block_view(
    block: &Block,
    index: usize,
    untitled_asides: usize,
    cx: &RenderContext,
) -> Piece {
    match block {
        Block::Text(markdown) => text::text_view(markdown, index, cx).into_piece(),
        Block::Heading(heading) => heading::heading_view(heading, index, cx),
        Block::Image(image) => image_figure(image, Loading::Lazy, cx).into_piece(),
        Block::Gallery(gallery) => gallery::gallery_view(gallery, cx).into_piece(),
        Block::Pullquote(pullquote) => pullquote::pullquote_view(pullquote, cx).into_piece(),
        Block::Quote(quote) => quote::quote_view(quote, index, cx).into_piece(),
        Block::Related(link) => related::related_view(link, cx).into_piece(),
        Block::Aside(aside) => {
            aside::aside_view(aside, index, untitled_asides + 1, cx).into_piece()
        }
        Block::Video(video) => video_figure(video, cx).into_piece(),
        Block::Divider => divider::divider_view().into_piece(),
        Block::Embed(embed) => embed::embed_view(embed, cx).into_piece(),
    }
}
