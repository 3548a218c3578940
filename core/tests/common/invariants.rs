//! What must hold of every output of the core, whatever the input: shared by the property
//! tests (`core/tests/properties.rs`) and the fuzz targets (`fuzz/`, which include this file
//! by path), so it uses nothing but `article_core`, `url` and `std`.
//!
//! [`article_urls`] and [`markdown_urls`] collect every [`SafeUrl`] of a resolved article or
//! Markdown tree with the use it is put to. They destructure every struct exhaustively, so
//! a new field that holds a URL cannot be added to the model without being seen here.
#![allow(dead_code)]

#[path = "frame_origins.rs"]
mod frame_origins;
use frame_origins::documented_frame_origin;

use article_core::blocks::embed::{Embed, Frame};
use article_core::blocks::gallery::Gallery;
use article_core::blocks::image::{Image, SrcsetEntry};
use article_core::blocks::video::Video;
use article_core::blocks::{aside::Aside, pullquote::Pullquote, quote::Quote};
use article_core::markdown::{Footnote, Inline, Markdown, MdBlock};
use article_core::people::{Person, Source};
use article_core::story_link::StoryLink;
use article_core::tags::Tag;
use article_core::url_policy::{SafeUrl, UrlUse};
use article_core::{Article, Block, Diagnostic, Lead, LoadError, Place, Severity};
use std::collections::HashSet;

/// Every URL use, for loops over them.
pub const ALL_USES: [UrlUse; 5] = [
    UrlUse::Link,
    UrlUse::Image,
    UrlUse::Media,
    UrlUse::Document,
    UrlUse::Embed,
];

/// A URL found in the output, with what it is used for and where it is.
#[derive(Clone, Debug)]
pub struct Found {
    pub use_: UrlUse,
    pub url: SafeUrl,
    pub place: String,
}

#[derive(Default)]
struct Collector<'a> {
    found: Vec<Found>,
    /// `srcset` attributes, which carry several URLs in one string.
    srcsets: Vec<(String, &'a [SrcsetEntry])>,
    /// The frames' addresses, which the viewer builds, with their provider's key and places.
    frames: Vec<(&'a str, &'static str, String)>,
    /// Markdown fields, and inline Markdown fields, with their places.
    markdown: Vec<(&'a Markdown, String)>,
    inline_runs: Vec<(&'a [Inline], String)>,
}

impl<'a> Collector<'a> {
    fn url(&mut self, use_: UrlUse, url: &SafeUrl, place: &str) {
        self.found.push(Found {
            use_,
            url: url.clone(),
            place: place.to_owned(),
        });
    }

    fn optional(&mut self, use_: UrlUse, url: &Option<SafeUrl>, place: &str) {
        if let Some(url) = url {
            self.url(use_, url, place);
        }
    }

    fn article(&mut self, article: &'a Article) {
        let Article {
            id: _,
            url,
            lang: _,
            dir: _,
            kicker: _,
            headline: _,
            standfirst,
            byline,
            dateline: _,
            published: _,
            updated: _,
            source,
            lead,
            body,
            tags,
            related,
            reading_minutes: _,
        } = article;
        self.optional(UrlUse::Link, url, "url");
        self.optional_inlines(standfirst, "standfirst");
        for (index, person) in byline.iter().enumerate() {
            self.person(person, &format!("byline[{index}]"));
        }
        if let Some(Source { name: _, url, logo }) = source {
            self.optional(UrlUse::Link, url, "source.url");
            if let Some(logo) = logo {
                self.image(logo, "source.logo");
            }
        }
        match lead {
            Some(Lead::Image(image)) => self.image(image, "lead"),
            Some(Lead::Video(video)) => self.video(video, "lead"),
            None => {}
        }
        for (index, block) in body.iter().enumerate() {
            self.block(block, &format!("body[{index}]"));
        }
        for (index, Tag { name: _, url }) in tags.iter().enumerate() {
            self.optional(UrlUse::Link, url, &format!("tags[{index}].url"));
        }
        for (index, link) in related.iter().enumerate() {
            self.story_link(link, &format!("related[{index}]"));
        }
    }

    fn person(&mut self, person: &'a Person, at: &str) {
        let Person {
            name: _,
            role: _,
            url,
            image,
        } = person;
        self.optional(UrlUse::Link, url, &format!("{at}.url"));
        if let Some(image) = image {
            self.image(image, &format!("{at}.image"));
        }
    }

    fn block(&mut self, block: &'a Block, at: &str) {
        match block {
            Block::Text(markdown) => self.markdown(markdown, &format!("{at}.text")),
            Block::Heading(_) | Block::Divider => {}
            Block::Image(image) => self.image(image, at),
            Block::Gallery(Gallery { images, caption }) => {
                for (index, image) in images.iter().enumerate() {
                    self.image(image, &format!("{at}.images[{index}]"));
                }
                self.optional_inlines(caption, &format!("{at}.caption"));
            }
            Block::Pullquote(Pullquote {
                text,
                attribution: _,
            }) => self.inline_field(text, &format!("{at}.text")),
            Block::Quote(Quote {
                text,
                attribution: _,
                cite,
            }) => {
                self.markdown(text, &format!("{at}.text"));
                self.optional(UrlUse::Link, cite, &format!("{at}.cite"));
            }
            Block::Related(link) => self.story_link(link, at),
            Block::Aside(Aside { title: _, text }) => self.markdown(text, &format!("{at}.text")),
            Block::Video(video) => self.video(video, at),
            Block::Embed(embed) => self.embed(embed, at),
        }
    }

    fn embed(&mut self, embed: &'a Embed, at: &str) {
        let Embed {
            url,
            host: _,
            title: _,
            caption,
            credit: _,
            frame,
        } = embed;
        self.url(UrlUse::Embed, url, &format!("{at}.url"));
        if let Some(Frame {
            provider,
            src,
            aspect: _,
        }) = frame
        {
            self.url(UrlUse::Embed, src, &format!("{at}.url (its frame)"));
            self.frames
                .push((src.as_str(), provider.key, format!("{at}.url")));
        }
        self.optional_inlines(caption, &format!("{at}.caption"));
    }

    fn image(&mut self, image: &'a Image, at: &str) {
        let Image {
            src,
            alt: _,
            caption,
            credit: _,
            width: _,
            height: _,
            srcset,
            link,
            layout: _,
        } = image;
        self.url(UrlUse::Image, src, &format!("{at}.src"));
        for (index, SrcsetEntry { src, width: _ }) in srcset.iter().enumerate() {
            self.url(UrlUse::Image, src, &format!("{at}.srcset[{index}].src"));
        }
        if let Some(attribute) = image.srcset_attribute() {
            self.srcsets.push((attribute, srcset));
        }
        self.optional(UrlUse::Link, link, &format!("{at}.link"));
        self.optional_inlines(caption, &format!("{at}.caption"));
    }

    fn video(&mut self, video: &'a Video, at: &str) {
        let Video {
            src,
            poster,
            caption,
            credit: _,
            width: _,
            height: _,
        } = video;
        self.url(UrlUse::Media, src, &format!("{at}.src"));
        self.optional(UrlUse::Image, poster, &format!("{at}.poster"));
        self.optional_inlines(caption, &format!("{at}.caption"));
    }

    fn story_link(&mut self, link: &'a StoryLink, at: &str) {
        let StoryLink {
            headline: _,
            url,
            src,
            kicker: _,
            standfirst,
            image,
            published: _,
        } = link;
        self.optional(UrlUse::Link, url, &format!("{at}.url"));
        self.optional(UrlUse::Document, src, &format!("{at}.src"));
        self.optional_inlines(standfirst, &format!("{at}.standfirst"));
        if let Some(image) = image {
            self.image(image, &format!("{at}.image"));
        }
    }

    fn markdown(&mut self, markdown: &'a Markdown, at: &str) {
        self.markdown.push((markdown, at.to_owned()));
        let Markdown { blocks, footnotes } = markdown;
        self.md_blocks(blocks, at);
        for Footnote { number: _, blocks } in footnotes {
            self.md_blocks(blocks, at);
        }
    }

    fn md_blocks(&mut self, blocks: &[MdBlock], at: &str) {
        for block in blocks {
            match block {
                MdBlock::Paragraph(inlines)
                | MdBlock::Plain(inlines)
                | MdBlock::Heading {
                    level: _,
                    content: inlines,
                } => self.inlines(inlines, at),
                MdBlock::BlockQuote(blocks) => self.md_blocks(blocks, at),
                MdBlock::List { start: _, items } => {
                    for item in items {
                        self.md_blocks(item, at);
                    }
                }
                MdBlock::CodeBlock(_) | MdBlock::Rule => {}
                MdBlock::Table {
                    alignments: _,
                    head,
                    rows,
                } => {
                    for cell in head.iter().chain(rows.iter().flatten()) {
                        self.inlines(cell, at);
                    }
                }
            }
        }
    }

    fn optional_inlines(&mut self, inlines: &'a Option<Vec<Inline>>, at: &str) {
        if let Some(inlines) = inlines {
            self.inline_field(inlines, at);
        }
    }

    /// An inline Markdown field (a caption, a standfirst).
    fn inline_field(&mut self, inlines: &'a [Inline], at: &str) {
        self.inline_runs.push((inlines, at.to_owned()));
        self.inlines(inlines, at);
    }

    fn inlines(&mut self, inlines: &[Inline], at: &str) {
        for inline in inlines {
            match inline {
                Inline::Text(_)
                | Inline::Code(_)
                | Inline::LineBreak
                | Inline::FootnoteReference(_) => {}
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Strikethrough(content) => self.inlines(content, at),
                Inline::Link {
                    href,
                    title: _,
                    content,
                } => {
                    self.url(UrlUse::Link, href, at);
                    self.inlines(content, at);
                }
                Inline::Image {
                    src,
                    alt: _,
                    title: _,
                } => self.url(UrlUse::Image, src, at),
            }
        }
    }
}

/// Every URL of a resolved article, with its use and place.
pub fn article_urls(article: &Article) -> Vec<Found> {
    let mut collector = Collector::default();
    collector.article(article);
    collector.found
}

/// Every URL of a Markdown field.
pub fn markdown_urls(markdown: &Markdown) -> Vec<Found> {
    let mut collector = Collector::default();
    collector.markdown(markdown, "markdown");
    collector.found
}

/// Every URL of an inline Markdown field.
pub fn inline_urls(inlines: &[Inline]) -> Vec<Found> {
    let mut collector = Collector::default();
    collector.inlines(inlines, "inline");
    collector.found
}

/// Checks one URL that passed the policy against the policy, independently of how the
/// core decided it: the scheme the browser will see (the WHATWG parse, here the `url`
/// crate's) must be allowed for the use, and the text itself must begin with that
/// scheme, so no spelling (`jAvAsCrIpT:`, `java\tscript:`, leading controls) survives.
pub fn check_safe_url(use_: UrlUse, safe: &SafeUrl) -> Result<(), String> {
    check_url_text(use_, safe.as_str())
}

/// [`check_safe_url`] for a URL as written into an attribute.
pub fn check_url_text(use_: UrlUse, text: &str) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{use_:?} URL {text:?}: {why}"));
    // Every component the parser writes out is percent-encoded outside printable ASCII;
    // a space can stay only in the opaque path of `mailto:` and `data:`.
    if !text.bytes().all(|byte| (b' '..=b'~').contains(&byte)) {
        return fail("holds a control or non-ASCII character");
    }
    if text.starts_with(' ') || text.ends_with(' ') {
        return fail("begins or ends with a space");
    }
    if let Some(fragment) = text.strip_prefix('#') {
        if use_ != UrlUse::Link {
            return fail("a bare fragment is allowed for links only");
        }
        if fragment.contains([' ', '"', '<', '>', '`']) {
            return fail("the fragment is not percent-encoded");
        }
        return Ok(());
    }
    let lower = text.to_ascii_lowercase();
    let spelled = match lower.split_once(':') {
        Some((scheme, _)) => scheme,
        None => return fail("has no scheme"),
    };
    let Ok(parsed) = url::Url::parse(text) else {
        return fail("does not parse as an absolute URL");
    };
    if parsed.scheme() != spelled {
        return fail("the parsed scheme differs from the written one");
    }
    match (parsed.scheme(), use_) {
        ("https" | "http", _) => {
            if parsed.host_str().is_none_or(str::is_empty) {
                return fail("http(s) URL without a host");
            }
            if text.contains(' ') {
                return fail("http(s) URL with an unencoded space");
            }
        }
        ("mailto", UrlUse::Link) => {}
        ("data", UrlUse::Image) => {
            if !data_url_media_essence(text)
                .is_some_and(|essence| RASTER.contains(&essence.as_str()))
            {
                return fail("a data: URL that is not a raster image");
            }
        }
        (scheme, _) => return fail(&format!("the scheme `{scheme}:` is not allowed here")),
    }
    for hostile in [
        "javascript:",
        "vbscript:",
        "data:text",
        "file:",
        "livescript:",
    ] {
        if lower.starts_with(hostile) {
            return fail("begins with a scripting or local scheme");
        }
    }
    Ok(())
}

/// The raster image types a `data:` image may have (README, "URLs").
const RASTER: [&str; 5] = [
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
];

/// The essence (`type/subtype`, lower case) of the media type the browser reads from a
/// `data:` URL, as the Fetch standard's "data: URL processor" and "parse a MIME type" say,
/// written from the standard rather than from `url_policy.rs`: the URL without its fragment,
/// less `data:`, up to the first `,` (none: the browser decodes no data, `None`); ASCII
/// whitespace around it stripped; a `;base64` ending (after optional spaces) removed; then a
/// type token, `/`, and a subtype token up to the first `;`. A media type that does not
/// parse is `text/plain` to the browser, which is what this returns for it.
pub fn data_url_media_essence(serialised: &str) -> Option<String> {
    let without_fragment = serialised.split('#').next().unwrap_or_default();
    if !without_fragment.get(..5)?.eq_ignore_ascii_case("data:") {
        return None;
    }
    let (media, _body) = without_fragment[5..].split_once(',')?;
    let ascii_space = |c: char| matches!(c, '\t' | '\n' | '\u{c}' | '\r' | ' ');
    let mut media = media.trim_matches(ascii_space);
    let lower = media.to_ascii_lowercase();
    if let Some(before) = lower.strip_suffix("base64") {
        let before = before.trim_end_matches(' ');
        if before.ends_with(';') {
            media = &media[..before.len() - 1];
        }
    }
    let plain = || Some("text/plain".to_owned());
    let http_space = |c: char| matches!(c, '\t' | '\n' | '\r' | ' ');
    let media = media.trim_matches(http_space);
    let Some((kind, rest)) = media.split_once('/') else {
        return plain();
    };
    let subtype = rest
        .split(';')
        .next()
        .unwrap_or_default()
        .trim_end_matches(http_space);
    let token = |part: &str| {
        !part.is_empty()
            && part
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&byte))
    };
    if !token(kind) || !token(subtype) {
        return plain();
    }
    Some(format!("{kind}/{subtype}").to_ascii_lowercase())
}

/// How the HTML standard splits a `srcset` attribute into candidate URLs (the
/// "parse a srcset attribute" algorithm, descriptors skipped).
pub fn srcset_candidate_urls(attribute: &str) -> Vec<String> {
    let is_space = |c: char| matches!(c, '\t' | '\n' | '\u{c}' | '\r' | ' ');
    let mut urls = Vec::new();
    let mut rest = attribute;
    loop {
        rest = rest.trim_start_matches(|c: char| is_space(c) || c == ',');
        if rest.is_empty() {
            return urls;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        rest = after;
        let trimmed = url.trim_end_matches(',');
        if trimmed.len() == url.len() {
            // Descriptors follow, up to the next comma outside parentheses.
            let mut depth = 0usize;
            let mut cut = rest.len();
            for (at, c) in rest.char_indices() {
                match c {
                    '(' => depth += 1,
                    ')' => depth = depth.saturating_sub(1),
                    ',' if depth == 0 => {
                        cut = at + 1;
                        break;
                    }
                    _ => {}
                }
            }
            rest = &rest[cut..];
        }
        urls.push(trimmed.to_owned());
    }
}

/// The deepest Markdown tree a nesting limit allows, as [`markdown_depth`] counts: two
/// elements (a list and its item) per level of lists and quotes, up to the limit or its ceiling
/// of 100, and 16 elements of any other kind (the document, a footnote, a table's three, a
/// paragraph, emphasis and links); a list's item or a table's row and cell past that (so that
/// their text has a home), and a tight item's loose text, count one more each.
pub fn depth_bound(max_nesting: usize) -> usize {
    2 * max_nesting.min(100) + 16 + 3
}

/// Checks what must hold of any article that loaded under a Markdown nesting limit of
/// `max_nesting`: every URL within the policy; each `srcset` attribute splits back into
/// exactly its candidates' URLs (a URL with a space or an end comma would smuggle in
/// another candidate); a trimmed headline; unique anchors; heading levels 2 to 4; and
/// every Markdown field's footnotes and depth.
pub fn check_article(article: &Article, max_nesting: usize) -> Result<(), String> {
    let mut collector = Collector::default();
    collector.article(article);
    for found in &collector.found {
        check_safe_url(found.use_, &found.url).map_err(|why| format!("{}: {why}", found.place))?;
    }
    // A frame comes from the origin SECURITY.md documents for its provider.
    for (src, key, at) in &collector.frames {
        let origin = documented_frame_origin(key).unwrap_or("(none)");
        if !src.starts_with(&format!("{origin}/")) || !origin.starts_with("https://") {
            return Err(format!("{at}: the frame {src:?} is not on {origin}"));
        }
    }
    for (attribute, entries) in &collector.srcsets {
        let expected: Vec<&str> = entries.iter().map(|entry| entry.src.as_str()).collect();
        if srcset_candidate_urls(attribute) != expected {
            return Err(format!(
                "srcset attribute {attribute:?} does not split back into {expected:?}"
            ));
        }
    }
    if article.headline.is_empty() || article.headline.trim() != article.headline {
        return Err(format!(
            "headline {:?} is empty or untrimmed",
            article.headline
        ));
    }
    let mut anchors = HashSet::new();
    for block in &article.body {
        if let Block::Heading(heading) = block {
            if let Some(id) = &heading.id {
                if !anchors.insert(id) {
                    return Err(format!("anchor {id:?} used twice"));
                }
            }
            if !(2..=4).contains(&heading.level) {
                return Err(format!("heading level {}", heading.level));
            }
        }
    }
    for (markdown, at) in &collector.markdown {
        check_markdown_shape(markdown, depth_bound(max_nesting))
            .map_err(|why| format!("{at}: {why}"))?;
    }
    for (inlines, at) in &collector.inline_runs {
        let depth = inlines_depth(inlines);
        if depth > depth_bound(max_nesting) {
            return Err(format!("{at}: inline Markdown nests {depth} deep"));
        }
    }
    Ok(())
}

/// Checks a list of URLs found by [`markdown_urls`] or [`inline_urls`].
pub fn check_found(found: &[Found]) -> Result<(), String> {
    for found in found {
        check_safe_url(found.use_, &found.url).map_err(|why| format!("{}: {why}", found.place))?;
    }
    Ok(())
}

/// How deep the Markdown tree nests: a block or inline holding others counts one level.
pub fn markdown_depth(markdown: &Markdown) -> usize {
    markdown
        .blocks
        .iter()
        .chain(markdown.footnotes.iter().flat_map(|f| &f.blocks))
        .map(block_depth)
        .max()
        .unwrap_or(0)
}

fn block_depth(block: &MdBlock) -> usize {
    1 + match block {
        MdBlock::Paragraph(inlines)
        | MdBlock::Plain(inlines)
        | MdBlock::Heading {
            content: inlines, ..
        } => inlines_depth(inlines),
        MdBlock::BlockQuote(blocks) => blocks.iter().map(block_depth).max().unwrap_or(0),
        // A list and its item are one level each, as the builder counts them.
        MdBlock::List { items, .. } => {
            1 + items.iter().flatten().map(block_depth).max().unwrap_or(0)
        }
        MdBlock::CodeBlock(_) | MdBlock::Rule => 0,
        // A table, its row and its cell.
        MdBlock::Table { head, rows, .. } => {
            2 + head
                .iter()
                .chain(rows.iter().flatten())
                .map(|cell| inlines_depth(cell))
                .max()
                .unwrap_or(0)
        }
    }
}

/// How deep a run of inlines nests.
pub fn inlines_depth(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|inline| match inline {
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Strikethrough(content)
            | Inline::Link { content, .. } => 1 + inlines_depth(content),
            Inline::Text(_)
            | Inline::Code(_)
            | Inline::Image { .. }
            | Inline::LineBreak
            | Inline::FootnoteReference(_) => 0,
        })
        .max()
        .unwrap_or(0)
}

/// Footnotes are numbered 1, 2, 3… in order, every reference has its footnote, and the
/// tree nests no deeper than `max_depth`.
pub fn check_markdown_shape(markdown: &Markdown, max_depth: usize) -> Result<(), String> {
    for (index, footnote) in markdown.footnotes.iter().enumerate() {
        if footnote.number != index + 1 {
            return Err(format!(
                "footnote {} at position {}",
                footnote.number,
                index + 1
            ));
        }
    }
    let mut references = Vec::new();
    collect_references_blocks(&markdown.blocks, &mut references);
    for footnote in &markdown.footnotes {
        collect_references_blocks(&footnote.blocks, &mut references);
    }
    if let Some(missing) = references
        .iter()
        .find(|&&number| number == 0 || number > markdown.footnotes.len())
    {
        return Err(format!(
            "reference to footnote {missing}, of {}",
            markdown.footnotes.len()
        ));
    }
    let depth = markdown_depth(markdown);
    if depth > max_depth {
        return Err(format!("Markdown nests {depth} deep, over {max_depth}"));
    }
    Ok(())
}

fn collect_references_blocks(blocks: &[MdBlock], references: &mut Vec<usize>) {
    for block in blocks {
        match block {
            MdBlock::Paragraph(inlines)
            | MdBlock::Plain(inlines)
            | MdBlock::Heading {
                content: inlines, ..
            } => collect_references(inlines, references),
            MdBlock::BlockQuote(blocks) => collect_references_blocks(blocks, references),
            MdBlock::List { items, .. } => items
                .iter()
                .for_each(|item| collect_references_blocks(item, references)),
            MdBlock::CodeBlock(_) | MdBlock::Rule => {}
            MdBlock::Table { head, rows, .. } => head
                .iter()
                .chain(rows.iter().flatten())
                .for_each(|cell| collect_references(cell, references)),
        }
    }
}

fn collect_references(inlines: &[Inline], references: &mut Vec<usize>) {
    for inline in inlines {
        match inline {
            Inline::FootnoteReference(number) => references.push(*number),
            Inline::Emphasis(content)
            | Inline::Strong(content)
            | Inline::Strikethrough(content)
            | Inline::Link { content, .. } => collect_references(content, references),
            _ => {}
        }
    }
}

/// Diagnostics are well formed: a message, and a path such as `body[4].srcset[0].src`.
pub fn check_diagnostics(diagnostics: &[Diagnostic]) -> Result<(), String> {
    for diagnostic in diagnostics {
        if diagnostic.message.trim().is_empty() {
            return Err(format!("diagnostic without a message: {diagnostic:?}"));
        }
        if !is_path(&diagnostic.path) {
            return Err(format!(
                "diagnostic path {:?} is not a path",
                diagnostic.path
            ));
        }
    }
    Ok(())
}

/// A path as the diagnostics write it: empty, or `name`, `.name` and `[index]` parts.
pub fn is_path(path: &str) -> bool {
    if path.is_empty() {
        return true;
    }
    let mut rest = path;
    let mut first = true;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            let Some(end) = after.find(']') else {
                return false;
            };
            if end == 0 || !after[..end].bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
            rest = &after[end + 1..];
        } else {
            let name = if first {
                rest
            } else if let Some(after) = rest.strip_prefix('.') {
                after
            } else {
                return false;
            };
            let end = name.find(['.', '[']).unwrap_or(name.len());
            if end == 0
                || !name[..end]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
            {
                return false;
            }
            rest = &name[end..];
        }
        first = false;
    }
    true
}

/// A document that cannot be shown says where: a line and column counted from 1, or a path.
pub fn check_load_error(error: &LoadError) -> Result<(), String> {
    if error.message.trim().is_empty() {
        return Err(format!("load error without a message: {error:?}"));
    }
    match &error.place {
        Place::Document => Ok(()),
        Place::LineColumn { line, column } if *line >= 1 && *column >= 1 => Ok(()),
        Place::Path(path) if !path.is_empty() && is_path(path) => Ok(()),
        place => Err(format!("load error place {place:?}")),
    }
    .and_then(|()| {
        let diagnostic = error.to_diagnostic();
        if diagnostic.severity == Severity::Error {
            Ok(())
        } else {
            Err("a load error's diagnostic is not an error".into())
        }
    })
}

/// Hostile scheme spellings as the browser reads them: leading and trailing controls
/// and spaces stripped, tabs and newlines removed anywhere, case folded. A URL whose
/// reading begins with one of these must be refused, whatever the base.
pub fn reads_as_hostile_scheme(raw: &str) -> bool {
    let read: String = raw
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    [
        "javascript:",
        "vbscript:",
        "livescript:",
        "data:text",
        "data:image/svg",
        "data:application",
        "file:",
        "blob:",
        "about:",
        "filesystem:",
    ]
    .iter()
    .any(|scheme| read.starts_with(scheme))
}
