//! The view layer: the resolved article to DOM elements, with Leptos's builder
//! API (which, unlike `view!`'s static templates, never hands markup to the HTML parser).

pub mod blocks;
pub mod context;
pub mod controls;
mod dates;
mod diagnostics;
pub(crate) mod figure;
mod footer;
mod header;
pub mod larger;
mod markdown;
pub mod piece;
pub mod share;
pub mod slots;
pub mod status;
mod story_card;
pub mod toc;

use crate::view::piece::{IntoPiece, Piece};
use article_core::{first_screen_blocks, Lead, Loaded};
use blocks::{block_view, is_untitled_aside};
use context::RenderContext;
use figure::{image_figure, video_figure, Loading};
use leptos::html;
use leptos::prelude::*;
use std::ops::Range;

/// An article with its first [`first_screen_blocks`] body blocks, with its diagnostics on the
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
    let body = blocks_view(loaded, 0..first_screen_blocks(article.body.len()), cx);
    let slot = |name| cx.slots.as_ref().map(|_| slots::slot(name));
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
                    .child((toc::toc_view(article, cx), body)),
                slot(slots::AFTER_BODY),
                html::footer()
                    .class("av-footer")
                    .attr("part", "footer")
                    .child((
                        footer::tags_view(&article.tags, cx),
                        slot(slots::BEFORE_RELATED),
                        footer::related_view(&article.related, cx),
                    )),
                slot(slots::END),
            )),
    )
}

/// The body blocks in `range` (clamped to the body), in order, each followed by the
/// embedding page's slot for it if it has one; the range that ends the body (of an article
/// resolved whole) also ends with the slots of blocks past its end.
pub fn blocks_view(loaded: &Loaded, range: Range<usize>, cx: &RenderContext) -> Vec<Piece> {
    let body = &loaded.article.body;
    let range = range.start.min(body.len())..range.end.min(body.len());
    let slots = cx.slots.as_deref();
    // Counted from the body's start, so that a chunk rendered later numbers on.
    let mut untitled_asides = body[..range.start]
        .iter()
        .filter(|block| is_untitled_aside(block))
        .count();
    let mut views: Vec<Piece> = body[range.clone()]
        .iter()
        .zip(range.clone())
        .map(|(block, index)| {
            let view = block_view(block, index, untitled_asides, cx);
            untitled_asides += usize::from(is_untitled_aside(block));
            match slots.and_then(|slots| slots.after_block(index + 1)) {
                Some(slot) => (view, slot).into_piece(),
                None => view,
            }
        })
        .collect();
    if let Some(slots) = slots.filter(|_| cx.whole && range.end == body.len()) {
        views.push(slots.past_the_end(body.len()).into_piece());
    }
    views
}
