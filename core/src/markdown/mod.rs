//! Markdown as a small tree of safe nodes.
//!
//! The view layer turns these nodes into DOM elements one by one; nothing here is
//! HTML. Raw HTML in the source arrives as text, and every link and image URL has
//! already passed the [`UrlPolicy`](crate::url_policy::UrlPolicy).

mod build;

pub use build::{
    parse_block_markdown, parse_inline_markdown, quote_url, DEFAULT_MAX_NESTING,
    MARKDOWN_NESTING_CEILING,
};

use crate::url_policy::SafeUrl;

/// A Markdown field (`text` of text, quote and aside blocks).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Markdown {
    pub blocks: Vec<MdBlock>,
    /// Footnotes in the order of their first reference, numbered from 1.
    pub footnotes: Vec<Footnote>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MdBlock {
    Paragraph(Vec<Inline>),
    /// Text of a tight list item, shown without a paragraph around it.
    Plain(Vec<Inline>),
    /// A sub-heading; the level is 2 to 6 (the article's headline is the only `h1`).
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    BlockQuote(Vec<MdBlock>),
    List {
        /// The first number of an ordered list; `None` for a bulleted list.
        start: Option<u64>,
        items: Vec<Vec<MdBlock>>,
    },
    CodeBlock(String),
    Rule,
    Table {
        alignments: Vec<Alignment>,
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    None,
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Footnote {
    pub number: usize,
    pub blocks: Vec<MdBlock>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inline {
    Text(String),
    Code(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Strikethrough(Vec<Inline>),
    Link {
        href: SafeUrl,
        title: Option<String>,
        content: Vec<Inline>,
    },
    Image {
        src: SafeUrl,
        alt: String,
        title: Option<String>,
    },
    LineBreak,
    FootnoteReference(usize),
}

/// The words a reader sees, for reading time and alternative text.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut text = String::new();
    append_plain_text(inlines, &mut text);
    text
}

fn append_plain_text(inlines: &[Inline], text: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text(words) | Inline::Code(words) => text.push_str(words),
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Strikethrough(content)
            | Inline::Link { content, .. } => append_plain_text(content, text),
            Inline::Image { alt, .. } => text.push_str(alt),
            Inline::LineBreak => text.push('\n'),
            Inline::FootnoteReference(_) => {}
        }
    }
}

impl Markdown {
    /// Counts the words of the text, footnotes included.
    pub fn word_count(&self) -> usize {
        let mut text = String::new();
        for block in self
            .blocks
            .iter()
            .chain(self.footnotes.iter().flat_map(|f| &f.blocks))
        {
            block.append_plain_text(&mut text);
        }
        text.split_whitespace().count()
    }
}

impl MdBlock {
    fn append_plain_text(&self, text: &mut String) {
        match self {
            MdBlock::Paragraph(inlines)
            | MdBlock::Plain(inlines)
            | MdBlock::Heading {
                content: inlines, ..
            } => append_plain_text(inlines, text),
            MdBlock::BlockQuote(blocks) => blocks
                .iter()
                .for_each(|block| block.append_plain_text(text)),
            MdBlock::List { items, .. } => items
                .iter()
                .flatten()
                .for_each(|block| block.append_plain_text(text)),
            MdBlock::CodeBlock(code) => text.push_str(code),
            MdBlock::Rule => {}
            MdBlock::Table { head, rows, .. } => {
                for cell in head.iter().chain(rows.iter().flatten()) {
                    append_plain_text(cell, text);
                    text.push(' ');
                }
            }
        }
        text.push(' ');
    }
}
