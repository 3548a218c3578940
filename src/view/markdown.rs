//! Markdown nodes to DOM elements. Text becomes text nodes; nothing is parsed as HTML.

use super::context::RenderContext;
use crate::view::piece::{IntoPiece, Piece};
use article_core::markdown::{Alignment, Footnote, Inline, Markdown, MdBlock};
use leptos::html;
use leptos::prelude::*;
use rustc_hash::FxHashSet as HashSet;
use std::cell::RefCell;

/// A Markdown field, with its footnotes listed after it. `scope` keeps footnote
/// `id`s apart when several fields of the article have footnotes.
pub fn markdown_view(markdown: &Markdown, cx: &RenderContext, scope: &str) -> Piece {
    let renderer = Renderer {
        cx,
        scope,
        referenced: RefCell::default(),
    };
    let blocks = renderer.blocks(&markdown.blocks);
    let footnotes =
        (!markdown.footnotes.is_empty()).then(|| renderer.footnotes(&markdown.footnotes));
    (blocks, footnotes).into_piece()
}

/// Inline Markdown (a caption, a standfirst).
pub fn inline_view(inlines: &[Inline], cx: &RenderContext) -> Vec<Piece> {
    Renderer {
        cx,
        scope: "",
        referenced: RefCell::default(),
    }
    .inlines(inlines)
}

struct Renderer<'a> {
    cx: &'a RenderContext,
    scope: &'a str,
    /// Footnotes already referenced: only the first reference gets the `id` that
    /// the footnote's back link points to.
    referenced: RefCell<HashSet<usize>>,
}

impl Renderer<'_> {
    fn blocks(&self, blocks: &[MdBlock]) -> Vec<Piece> {
        blocks.iter().map(|block| self.block(block)).collect()
    }

    fn block(&self, block: &MdBlock) -> Piece {
        match block {
            MdBlock::Paragraph(inlines) => html::p().child(self.inlines(inlines)).into_piece(),
            MdBlock::Plain(inlines) => self.inlines(inlines).into_piece(),
            MdBlock::Heading { level, content } => {
                let content = self.inlines(content);
                match level {
                    2 => html::h2().child(content).into_piece(),
                    3 => html::h3().child(content).into_piece(),
                    4 => html::h4().child(content).into_piece(),
                    5 => html::h5().child(content).into_piece(),
                    _ => html::h6().child(content).into_piece(),
                }
            }
            MdBlock::BlockQuote(blocks) => {
                html::blockquote().child(self.blocks(blocks)).into_piece()
            }
            MdBlock::List { start: None, items } => {
                html::ul().child(self.items(items)).into_piece()
            }
            MdBlock::List {
                start: Some(start),
                items,
            } => html::ol()
                .start((*start != 1).then(|| start.to_string()))
                .child(self.items(items))
                .into_piece(),
            // Long lines scroll sideways; focusable, so a keyboard can scroll them too.
            MdBlock::CodeBlock(code) => html::pre()
                .tabindex(0)
                .child(html::code().child(code.clone()))
                .into_piece(),
            MdBlock::Rule => html::hr().into_piece(),
            MdBlock::Table {
                alignments,
                head,
                rows,
            } => self.table(alignments, head, rows),
        }
    }

    fn items(&self, items: &[Vec<MdBlock>]) -> Vec<Piece> {
        items
            .iter()
            .map(|item| html::li().child(self.blocks(item)).into_piece())
            .collect()
    }

    fn table(
        &self,
        alignments: &[Alignment],
        head: &[Vec<Inline>],
        rows: &[Vec<Vec<Inline>>],
    ) -> Piece {
        let align = |column: usize| match alignments.get(column) {
            Some(Alignment::Left) => Some("av-align-start"),
            Some(Alignment::Center) => Some("av-align-center"),
            Some(Alignment::Right) => Some("av-align-end"),
            Some(Alignment::None) | None => None,
        };
        let head_row = html::tr().child(
            head.iter()
                .enumerate()
                .map(|(column, cell)| {
                    html::th()
                        .scope("col")
                        .class(align(column))
                        .child(self.inlines(cell))
                })
                .collect::<Vec<_>>(),
        );
        let body_rows = rows
            .iter()
            .map(|row| {
                html::tr().child(
                    row.iter()
                        .enumerate()
                        .map(|(column, cell)| {
                            html::td().class(align(column)).child(self.inlines(cell))
                        })
                        .collect::<Vec<_>>(),
                )
            })
            .collect::<Vec<_>>();
        // The wrapper scrolls a wide table on a narrow screen, and is focusable so
        // keyboard users can scroll it too.
        html::div()
            .class("av-table")
            .tabindex(0)
            .child(html::table().child((
                html::thead().child(head_row),
                html::tbody().child(body_rows),
            )))
            .into_piece()
    }

    fn inlines(&self, inlines: &[Inline]) -> Vec<Piece> {
        inlines.iter().map(|inline| self.inline(inline)).collect()
    }

    fn inline(&self, inline: &Inline) -> Piece {
        match inline {
            Inline::Text(text) => text.clone().into_piece(),
            Inline::Code(code) => html::code().child(code.clone()).into_piece(),
            Inline::Emphasis(content) => html::em().child(self.inlines(content)).into_piece(),
            Inline::Strong(content) => html::strong().child(self.inlines(content)).into_piece(),
            Inline::Strikethrough(content) => html::del().child(self.inlines(content)).into_piece(),
            Inline::Link {
                href,
                title,
                content,
            } => html::a()
                .href(self.cx.href(href))
                .title(title.clone())
                .child(self.inlines(content))
                .into_piece(),
            Inline::Image { src, alt, title } => html::img()
                .src(src.to_string())
                .alt(alt.clone())
                .title(title.clone())
                .loading("lazy")
                .decoding("async")
                .into_piece(),
            Inline::LineBreak => html::br().into_piece(),
            Inline::FootnoteReference(number) => {
                let first = self.referenced.borrow_mut().insert(*number);
                html::sup()
                    .class("av-footnote-ref")
                    .child(
                        html::a()
                            .href(format!("#{}", self.footnote_id(*number)))
                            .id(first.then(|| self.reference_id(*number)))
                            .child(number.to_string()),
                    )
                    .into_piece()
            }
        }
    }

    fn footnotes(&self, footnotes: &[Footnote]) -> Piece {
        let items = footnotes
            .iter()
            .map(|footnote| {
                html::li().id(self.footnote_id(footnote.number)).child((
                    self.blocks(&footnote.blocks),
                    html::a()
                        .class("av-footnote-back")
                        .href(format!("#{}", self.reference_id(footnote.number)))
                        .attr("aria-label", self.cx.text.back_to_reference)
                        .child("↩"),
                ))
            })
            .collect::<Vec<_>>();
        // A named group, not a region: an article may have several, and landmarks must
        // differ by name.
        html::section()
            .class("av-footnotes")
            .role("group")
            .attr("aria-label", self.cx.text.footnotes)
            .child(html::ol().child(items))
            .into_piece()
    }

    fn footnote_id(&self, number: usize) -> String {
        self.cx.id(&format!("{}fn-{number}", self.scope))
    }

    fn reference_id(&self, number: usize) -> String {
        self.cx.id(&format!("{}fnref-{number}", self.scope))
    }
}
