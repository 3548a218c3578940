//! pulldown-cmark events to [`Markdown`] nodes, with an explicit stack so that
//! nesting depth costs heap, not call stack, and is capped (see [`DEFAULT_MAX_NESTING`]).

use super::{Alignment, Footnote, Inline, Markdown, MdBlock};
use crate::diagnostics::{Diagnostics, Path};
use crate::url_policy::{SafeUrl, UrlPolicy, UrlUse};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::HashMap;

/// Lists and block quotes nested more levels deep than this (a list in a quote in a list is
/// three levels), unless the page sets another limit, are flattened into their parent: the
/// text stays, the extra structure goes.
pub const DEFAULT_MAX_NESTING: usize = 32;

/// The most levels the page's limit can allow, as [`crate::limits::JSON_DEPTH_CEILING`] is
/// for JSON: the tree is built without recursion, but the view renders it recursively.
pub const MARKDOWN_NESTING_CEILING: usize = 100;

/// What else may nest, beyond a list's two elements (the list and its item) per level: the
/// document, a footnote, a table's three (table, row, cell), a paragraph, and emphasis, links
/// and the like inside each other. Deeper than that, the structure is flattened too, whatever
/// it is made of, so that the tree's depth has a bound.
const OTHER_ELEMENTS: usize = 16;

/// Parses a Markdown field: CommonMark with tables, strikethrough and footnotes.
pub fn parse_block_markdown(
    source: &str,
    policy: &UrlPolicy,
    max_nesting: usize,
    diagnostics: &mut Diagnostics,
    path: &Path,
) -> Markdown {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
    Builder::new(policy, max_nesting, diagnostics, path).run(Parser::new_ext(source, options))
}

/// Parses an inline Markdown field (captions, standfirsts): the same syntax taken
/// as one paragraph, so any block structure is flattened into one run of text.
pub fn parse_inline_markdown(
    source: &str,
    policy: &UrlPolicy,
    max_nesting: usize,
    diagnostics: &mut Diagnostics,
    path: &Path,
) -> Vec<Inline> {
    let markdown = Builder::new(policy, max_nesting, diagnostics, path)
        .run(Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH));
    let mut inlines = Vec::new();
    flatten_into(markdown.blocks, &mut inlines);
    inlines
}

fn flatten_into(blocks: Vec<MdBlock>, inlines: &mut Vec<Inline>) {
    for block in blocks {
        let content = match block {
            MdBlock::Paragraph(content)
            | MdBlock::Plain(content)
            | MdBlock::Heading { content, .. } => content,
            MdBlock::CodeBlock(code) => vec![Inline::Code(code.trim_end().to_owned())],
            MdBlock::BlockQuote(blocks) => {
                flatten_into(blocks, inlines);
                continue;
            }
            MdBlock::List { items, .. } => {
                items
                    .into_iter()
                    .for_each(|item| flatten_into(item, inlines));
                continue;
            }
            MdBlock::Table { head, rows, .. } => head
                .into_iter()
                .chain(rows.into_iter().flatten())
                .flatten()
                .collect(),
            MdBlock::Rule => continue,
        };
        if !inlines.is_empty() && !content.is_empty() {
            push_inline(inlines, Inline::Text(" ".into()));
        }
        content
            .into_iter()
            .for_each(|inline| push_inline(inlines, inline));
    }
}

/// Appends an inline, joining adjacent text so the DOM gets one text node per run.
fn push_inline(inlines: &mut Vec<Inline>, inline: Inline) {
    if let (Some(Inline::Text(last)), Inline::Text(next)) = (inlines.last_mut(), &inline) {
        last.push_str(next);
    } else {
        inlines.push(inline);
    }
}

enum Frame {
    /// The document, a block quote, a list item or a footnote definition.
    Container {
        kind: ContainerKind,
        blocks: Vec<MdBlock>,
        inlines: Vec<Inline>,
    },
    List {
        start: Option<u64>,
        items: Vec<Vec<MdBlock>>,
    },
    Leaf {
        kind: LeafKind,
        inlines: Vec<Inline>,
    },
    Code(String),
    Span {
        kind: SpanKind,
        inlines: Vec<Inline>,
    },
    Table {
        alignments: Vec<Alignment>,
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    /// A table's head or one of its rows.
    Row(Vec<Vec<Inline>>),
}

enum ContainerKind {
    Document,
    BlockQuote,
    Item,
    Footnote(String),
}

enum LeafKind {
    Paragraph,
    Heading(u8),
    /// Raw HTML, kept as the text it is.
    Html,
    TableCell,
}

enum SpanKind {
    Emphasis,
    Strong,
    Strikethrough,
    /// A refused link's text stays; only the link goes.
    Link(Option<(SafeUrl, Option<String>)>),
    /// A refused image is left out.
    Image(Option<(SafeUrl, Option<String>)>),
}

struct Builder<'a> {
    policy: &'a UrlPolicy,
    diagnostics: &'a mut Diagnostics,
    path: &'a Path,
    stack: Vec<Frame>,
    /// Lists and block quotes nested deeper than this are flattened.
    max_levels: usize,
    /// The lists and block quotes on the stack.
    levels: usize,
    /// Anything opened on a stack this high is flattened.
    max_frames: usize,
    /// Elements opened past a limit (flattened) and not yet closed.
    flattened: usize,
    footnote_numbers: HashMap<String, usize>,
    footnote_bodies: HashMap<String, Vec<MdBlock>>,
    reported_html: bool,
    reported_nesting: bool,
    /// A flattened block has ended: the next words are kept apart from its last ones.
    separate_next: bool,
}

impl<'a> Builder<'a> {
    fn new(
        policy: &'a UrlPolicy,
        max_nesting: usize,
        diagnostics: &'a mut Diagnostics,
        path: &'a Path,
    ) -> Self {
        let max_levels = max_nesting.min(MARKDOWN_NESTING_CEILING);
        Self {
            policy,
            max_levels,
            levels: 0,
            max_frames: 2 * max_levels + OTHER_ELEMENTS,
            diagnostics,
            path,
            stack: vec![Frame::Container {
                kind: ContainerKind::Document,
                blocks: Vec::new(),
                inlines: Vec::new(),
            }],
            flattened: 0,
            footnote_numbers: HashMap::new(),
            footnote_bodies: HashMap::new(),
            reported_html: false,
            reported_nesting: false,
            separate_next: false,
        }
    }

    /// Builds the nodes, an event at a time. The loop over the events is kept small, with the
    /// parser's step and each event's work out of line (`#[inline(never)]` here, and
    /// `--one-caller-inline-max-function-size` for wasm-opt, in `index.html`): V8 compiles a
    /// function again with its optimising compiler once it has spent a budget that each pass
    /// through a loop draws on by the size of the loop's code. Inlined, this loop was 23 KB,
    /// and an article of a few thousand events (the format tour) had it and the parser
    /// recompiled, which took 300 to 400 ms of a second core while the article loaded
    /// (`node bench/compile.mjs`).
    fn run<'s>(mut self, mut events: impl Iterator<Item = Event<'s>>) -> Markdown {
        while let Some(event) = next_event(&mut events) {
            match event {
                Event::Start(tag) => self.open(tag),
                Event::End(tag) => self.close(tag),
                Event::Text(text) => self.text(&text),
                Event::SoftBreak => self.text(" "),
                event => self.other_event(event),
            }
        }
        self.finish()
    }

    /// The events a text has few of, out of the loop over all of them.
    #[inline(never)]
    fn other_event(&mut self, event: Event<'_>) {
        match event {
            Event::Code(code) => self.inline(Inline::Code(code.into_string())),
            Event::Html(html) | Event::InlineHtml(html) => {
                self.report_html();
                self.text(&html);
            }
            Event::FootnoteReference(label) => self.footnote_reference(label.into_string()),
            Event::HardBreak => self.inline(Inline::LineBreak),
            Event::Rule => self.block(MdBlock::Rule),
            // Math and task lists are not enabled; their source stays as text.
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
            Event::TaskListMarker(done) => self.text(if done { "[x] " } else { "[ ] " }),
            // `run` handles these itself.
            Event::Start(_) | Event::End(_) | Event::Text(_) | Event::SoftBreak => {}
        }
    }

    #[inline(never)]
    fn open(&mut self, tag: Tag<'_>) {
        if self.too_deep(&tag) {
            self.flattened += 1;
            if !is_inline_tag(&tag) {
                self.separate_words();
            }
            return;
        }
        let frame = self.frame_for(tag);
        self.levels += usize::from(is_level(&frame));
        self.stack.push(frame);
    }

    /// The frame that collects what `tag` holds until its end.
    fn frame_for(&mut self, tag: Tag<'_>) -> Frame {
        match tag {
            // Definition lists and metadata are not enabled: their text still shows.
            Tag::Paragraph
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_) => leaf(LeafKind::Paragraph),
            Tag::Heading { level, .. } => leaf(LeafKind::Heading((level as u8).clamp(2, 6))),
            Tag::BlockQuote(_) => container(ContainerKind::BlockQuote),
            Tag::CodeBlock(_) => Frame::Code(String::new()),
            Tag::HtmlBlock => {
                self.report_html();
                leaf(LeafKind::Html)
            }
            Tag::List(start) => Frame::List {
                start,
                items: Vec::new(),
            },
            Tag::Item => container(ContainerKind::Item),
            Tag::FootnoteDefinition(label) => {
                container(ContainerKind::Footnote(label.into_string()))
            }
            Tag::Table(alignments) => Frame::Table {
                alignments: alignments.into_iter().map(Alignment::from).collect(),
                head: Vec::new(),
                rows: Vec::new(),
            },
            Tag::TableHead | Tag::TableRow => Frame::Row(Vec::new()),
            Tag::TableCell => leaf(LeafKind::TableCell),
            // Superscript and subscript are not enabled: kept as emphasis, their text shows.
            Tag::Emphasis | Tag::Superscript | Tag::Subscript => span(SpanKind::Emphasis),
            Tag::Strong => span(SpanKind::Strong),
            Tag::Strikethrough => span(SpanKind::Strikethrough),
            Tag::Link {
                link_type,
                dest_url,
                title,
                ..
            } => {
                let destination = match link_type {
                    LinkType::Email => format!("mailto:{dest_url}"),
                    _ => dest_url.into_string(),
                };
                let checked = self.check_url(&destination, UrlUse::Link, title.into_string());
                span(SpanKind::Link(checked))
            }
            Tag::Image {
                dest_url, title, ..
            } => {
                let checked = self.check_url(&dest_url, UrlUse::Image, title.into_string());
                span(SpanKind::Image(checked))
            }
        }
    }

    /// Whether `tag` opens past a limit, and is to be flattened: a list or a block quote one
    /// level past the page's limit, or anything on a stack [`OTHER_ELEMENTS`] higher than that
    /// allows. The first time, a warning says which.
    fn too_deep(&mut self, tag: &Tag<'_>) -> bool {
        // Inside a flattened element, everything is flattened: its end is counted off first.
        if self.flattened > 0 {
            return true;
        }
        let level_too_deep =
            matches!(tag, Tag::List(_) | Tag::BlockQuote(_)) && self.levels >= self.max_levels;
        // A list, a table or a row holds no text of its own, so its item, row or cell is
        // always opened (at most two past the height): the text needs a home.
        let top_holds_text = !matches!(
            self.stack.last(),
            Some(Frame::List { .. } | Frame::Table { .. } | Frame::Row(_))
        );
        let stack_too_high = self.stack.len() >= self.max_frames && top_holds_text;
        if !level_too_deep && !stack_too_high {
            return false;
        }
        if !self.reported_nesting {
            self.reported_nesting = true;
            // Levels of lists and quotes, or elements of any kind (emphasis in emphasis).
            let (limit, what) = match level_too_deep {
                true => (self.max_levels, "levels"),
                false => (self.max_frames, "elements"),
            };
            let message = format!(
                "Markdown nested more than {limit} {what} deep, the nesting limit \
                 (maxMarkdownNesting); the deeper structure is flattened"
            );
            self.diagnostics.warning(self.path, message);
        }
        true
    }

    #[inline(never)]
    fn close(&mut self, tag: TagEnd) {
        if self.flattened > 0 {
            self.flattened -= 1;
            // Text after a flattened block (a tight list item's, after a heading) is not
            // opened by a tag of its own: keep it apart from the block's last word.
            if !is_inline_end(&tag) {
                self.separate_next = true;
            }
            return;
        }
        // The document frame is never closed by an event, and events are balanced.
        if self.stack.len() < 2 {
            return;
        }
        let Some(frame) = self.stack.pop() else {
            return;
        };
        self.levels -= usize::from(is_level(&frame));
        match frame {
            Frame::Container {
                kind,
                blocks,
                inlines,
            } => self.close_container(kind, with_plain(blocks, inlines)),
            Frame::List { start, items } => self.block(MdBlock::List { start, items }),
            Frame::Leaf { kind, inlines } => self.close_leaf(kind, inlines),
            Frame::Code(code) => self.block(MdBlock::CodeBlock(code)),
            Frame::Span { kind, inlines } => self.close_span(kind, inlines),
            Frame::Row(cells) => match self.stack.last_mut() {
                Some(Frame::Table { head, rows, .. }) if head.is_empty() && rows.is_empty() => {
                    *head = cells
                }
                Some(Frame::Table { rows, .. }) => rows.push(cells),
                _ => {}
            },
            Frame::Table {
                alignments,
                head,
                rows,
            } => self.block(MdBlock::Table {
                alignments,
                head,
                rows,
            }),
        }
    }

    fn close_container(&mut self, kind: ContainerKind, blocks: Vec<MdBlock>) {
        match kind {
            ContainerKind::BlockQuote => self.block(MdBlock::BlockQuote(blocks)),
            ContainerKind::Item => {
                if let Some(Frame::List { items, .. }) = self.stack.last_mut() {
                    items.push(blocks);
                } else {
                    blocks.into_iter().for_each(|block| self.block(block));
                }
            }
            ContainerKind::Footnote(label) => {
                self.footnote_bodies.insert(footnote_key(&label), blocks);
            }
            ContainerKind::Document => {}
        }
    }

    fn close_leaf(&mut self, kind: LeafKind, inlines: Vec<Inline>) {
        match kind {
            LeafKind::Paragraph | LeafKind::Html => self.block(MdBlock::Paragraph(inlines)),
            LeafKind::Heading(level) => self.block(MdBlock::Heading {
                level,
                content: inlines,
            }),
            LeafKind::TableCell => {
                if let Some(Frame::Row(cells)) = self.stack.last_mut() {
                    cells.push(inlines);
                }
            }
        }
    }

    fn close_span(&mut self, kind: SpanKind, inlines: Vec<Inline>) {
        match kind {
            SpanKind::Emphasis => self.inline(Inline::Emphasis(inlines)),
            SpanKind::Strong => self.inline(Inline::Strong(inlines)),
            SpanKind::Strikethrough => self.inline(Inline::Strikethrough(inlines)),
            SpanKind::Link(Some((href, title))) => self.inline(Inline::Link {
                href,
                title,
                content: inlines,
            }),
            SpanKind::Link(None) => inlines.into_iter().for_each(|inline| self.inline(inline)),
            SpanKind::Image(Some((src, title))) => self.inline(Inline::Image {
                src,
                alt: super::plain_text(&inlines),
                title,
            }),
            SpanKind::Image(None) => {}
        }
    }

    #[inline(never)]
    fn text(&mut self, text: &str) {
        if let Some(Frame::Code(code)) = self.stack.last_mut() {
            code.push_str(text);
        } else {
            self.inline(Inline::Text(text.to_owned()));
        }
    }

    #[inline(never)]
    fn inline(&mut self, inline: Inline) {
        if std::mem::take(&mut self.separate_next) {
            self.separate_words();
        }
        match self.stack.last_mut() {
            Some(
                Frame::Container { inlines, .. }
                | Frame::Leaf { inlines, .. }
                | Frame::Span { inlines, .. },
            ) => push_inline(inlines, inline),
            Some(Frame::Code(code)) => code.push_str(&super::plain_text(&[inline])),
            // Lists, tables and rows hold no loose text; flattened content lands here.
            Some(Frame::List { .. } | Frame::Table { .. } | Frame::Row(_)) | None => {}
        }
    }

    fn block(&mut self, block: MdBlock) {
        match self.stack.last_mut() {
            Some(Frame::Container {
                blocks, inlines, ..
            }) => {
                if !inlines.is_empty() {
                    blocks.push(MdBlock::Plain(std::mem::take(inlines)));
                }
                blocks.push(block);
            }
            Some(Frame::List { items, .. }) => items.push(vec![block]),
            // A block inside a flattened leaf or span keeps its words.
            Some(Frame::Leaf { .. } | Frame::Span { .. } | Frame::Code(_)) => {
                let mut inlines = Vec::new();
                flatten_into(vec![block], &mut inlines);
                inlines.into_iter().for_each(|inline| self.inline(inline));
            }
            Some(Frame::Table { .. } | Frame::Row(_)) | None => {}
        }
    }

    /// Keeps the words of a flattened block apart from the text before it.
    fn separate_words(&mut self) {
        if let Some(
            Frame::Container { inlines, .. }
            | Frame::Leaf { inlines, .. }
            | Frame::Span { inlines, .. },
        ) = self.stack.last_mut()
        {
            let ends_with_space = match inlines.last() {
                None => true,
                Some(Inline::Text(text)) => text.ends_with(char::is_whitespace),
                Some(_) => false,
            };
            if !ends_with_space {
                push_inline(inlines, Inline::Text(" ".into()));
            }
        }
    }

    fn footnote_reference(&mut self, label: String) {
        let next = self.footnote_numbers.len() + 1;
        let number = *self
            .footnote_numbers
            .entry(footnote_key(&label))
            .or_insert(next);
        self.inline(Inline::FootnoteReference(number));
    }

    fn check_url(
        &mut self,
        raw: &str,
        use_: UrlUse,
        title: String,
    ) -> Option<(SafeUrl, Option<String>)> {
        let title = Some(title).filter(|title| !title.is_empty());
        match self.policy.check(raw, use_) {
            Ok(url) => Some((url, title)),
            Err(refusal) => {
                let (what, severity_is_error) = match use_ {
                    UrlUse::Image => ("image left out", true),
                    _ => ("link shown as plain text", false),
                };
                let message = format!("{what}: {} ({refusal})", quote_url(raw));
                if severity_is_error {
                    self.diagnostics.error(self.path, message);
                } else {
                    self.diagnostics.warning(self.path, message);
                }
                None
            }
        }
    }

    fn report_html(&mut self) {
        if !self.reported_html {
            self.reported_html = true;
            self.diagnostics.warning(
                self.path,
                "raw HTML in Markdown is shown as text, not interpreted",
            );
        }
    }

    fn finish(mut self) -> Markdown {
        while self.stack.len() > 1 {
            self.close(TagEnd::Paragraph);
        }
        let blocks = match self.stack.pop() {
            Some(Frame::Container {
                blocks, inlines, ..
            }) => with_plain(blocks, inlines),
            _ => Vec::new(),
        };
        // Numbered 1, 2, … as first referred to: each label is put in its place, with no
        // sorting (whose code would be the module's only use of it).
        let mut labels = vec![String::new(); self.footnote_numbers.len()];
        for (label, number) in self.footnote_numbers {
            if let Some(place) = labels.get_mut(number - 1) {
                *place = label;
            }
        }
        let footnotes = (1..)
            .zip(labels)
            .map(|(number, label)| Footnote {
                number,
                blocks: self.footnote_bodies.remove(&label).unwrap_or_default(),
            })
            .collect();
        Markdown { blocks, footnotes }
    }
}

/// Quotes a URL from the document for a diagnostic, shortened if it is long.
pub fn quote_url(raw: &str) -> String {
    const LIMIT: usize = 80;
    match raw.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("`{}…`", &raw[..cut]),
        None => format!("`{raw}`"),
    }
}

/// Footnote labels match case-insensitively, as pulldown-cmark matches them
/// (`[^Note]` refers to `[^note]:`), so both sides are keyed by the folded label.
fn footnote_key(label: &str) -> String {
    crate::unicode::lowercase(label)
}

/// Emphasis, links and the like: flattening them loses no word boundary.
fn is_inline_tag(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::Superscript
            | Tag::Subscript
    )
}

/// The end of a tag [`is_inline_tag`] accepts.
fn is_inline_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Link
            | TagEnd::Image
            | TagEnd::Superscript
            | TagEnd::Subscript
    )
}

/// A list or a block quote: one level of [`DEFAULT_MAX_NESTING`].
fn is_level(frame: &Frame) -> bool {
    matches!(
        frame,
        Frame::List { .. }
            | Frame::Container {
                kind: ContainerKind::BlockQuote,
                ..
            }
    )
}

fn container(kind: ContainerKind) -> Frame {
    Frame::Container {
        kind,
        blocks: Vec::new(),
        inlines: Vec::new(),
    }
}

fn leaf(kind: LeafKind) -> Frame {
    Frame::Leaf {
        kind,
        inlines: Vec::new(),
    }
}

fn span(kind: SpanKind) -> Frame {
    Frame::Span {
        kind,
        inlines: Vec::new(),
    }
}

/// A container's blocks, with trailing loose text (a tight list item's) as a plain block.
fn with_plain(mut blocks: Vec<MdBlock>, inlines: Vec<Inline>) -> Vec<MdBlock> {
    if !inlines.is_empty() {
        blocks.push(MdBlock::Plain(inlines));
    }
    blocks
}

impl From<pulldown_cmark::Alignment> for Alignment {
    fn from(alignment: pulldown_cmark::Alignment) -> Self {
        match alignment {
            pulldown_cmark::Alignment::None => Alignment::None,
            pulldown_cmark::Alignment::Left => Alignment::Left,
            pulldown_cmark::Alignment::Center => Alignment::Center,
            pulldown_cmark::Alignment::Right => Alignment::Right,
        }
    }
}

/// The parser's next event, out of line (see [`Builder::run`]).
#[inline(never)]
fn next_event<I: Iterator>(events: &mut I) -> Option<I::Item> {
    events.next()
}
