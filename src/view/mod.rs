//! The view layer: the resolved article to DOM elements, with Leptos's builder
//! API (which, unlike `view!`'s static templates, never hands markup to the HTML parser).

pub mod blocks;
pub mod context;
mod dates;
mod diagnostics;
mod figure;
mod footer;
mod header;
mod markdown;
pub mod piece;
pub mod status;
mod story_card;

use crate::view::piece::{IntoPiece, Piece};
use article_core::{Lead, Loaded};
use blocks::block_view;
use context::RenderContext;
use figure::{image_figure, video_figure, Loading};
use leptos::html;
use leptos::prelude::*;
use std::ops::Range;

/// How many body blocks come with the article's first paint: all of them for an article
/// of up to 200 blocks, which renders in a few milliseconds; for a longer one, 24, more than
/// a tall screen holds, and the rest follow in later tasks ([`blocks_view`]), so that the
/// first screen of a long article comes as soon as a short one's.
pub fn first_blocks(blocks: usize) -> usize {
    if blocks <= 200 {
        blocks
    } else {
        24
    }
}

/// An article with its first [`first_blocks`] body blocks, with its diagnostics on the
/// page when `show_diagnostics`.
pub fn article_view(loaded: &Loaded, show_diagnostics: bool, cx: &RenderContext) -> impl IntoView {
    let article = &loaded.article;
    let lead = article.lead.as_ref().map(|lead| match lead {
        Lead::Image(image) => html::div()
            .class("av-lead")
            .attr("part", "lead")
            .child(image_figure(image, Loading::Eager, cx))
            .into_piece(),
        Lead::Video(video) => html::div()
            .class("av-lead")
            .attr("part", "lead")
            .child(video_figure(video, cx))
            .into_piece(),
    });
    let body = blocks_view(loaded, 0..first_blocks(article.body.len()), cx);
    (
        (show_diagnostics && !loaded.diagnostics.is_empty())
            .then(|| diagnostics::diagnostics_view(&loaded.diagnostics, cx)),
        html::article()
            .class("av-article")
            .attr("part", "article")
            .lang(article.lang.clone())
            .dir(article.dir.as_str())
            .attr("data-article-id", article.id.clone())
            .child((
                header::header_view(article, cx),
                lead,
                html::div()
                    .class("av-body")
                    .attr("part", "body")
                    .child(body),
                html::footer()
                    .class("av-footer")
                    .attr("part", "footer")
                    .child((
                        footer::tags_view(&article.tags, cx),
                        footer::related_view(&article.related, cx),
                    )),
            )),
    )
}

/// The body blocks in `range` (clamped to the body), in order.
pub fn blocks_view(loaded: &Loaded, range: Range<usize>, cx: &RenderContext) -> Vec<Piece> {
    let body = &loaded.article.body;
    let range = range.start.min(body.len())..range.end.min(body.len());
    body[range.clone()]
        .iter()
        .zip(range)
        .map(|(block, index)| block_view(block, index, cx))
        .collect()
}
