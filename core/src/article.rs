use crate::blocks::{Block, BlockInput, Lead, LeadInput};
use crate::decode::{one_of, quoted, Checked, Decode, Fields, Problem};
use crate::diagnostics::{Diagnostic, Path};
use crate::error::LoadError;
use crate::json::{self, Number, Value};
use crate::lang::{is_well_formed_tag, Direction};
use crate::markdown::Inline;
use crate::people::{Person, PersonInput, Source, SourceInput};
use crate::reading_time::reading_minutes;
use crate::resolver::{non_empty, Resolve, Resolver};
use crate::story_link::{StoryLink, StoryLinkInput};
use crate::tags::{Tag, TagInput};
use crate::time::Timestamp;
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::{JsonSchema, Schema};
use std::iter::Enumerate;
use std::ops::Range;
use std::vec;

/// The newest format version this viewer reads.
pub const FORMAT_VERSION: u64 = 1;

/// A news article: the contract between whoever publishes it and the viewer.
/// Unknown fields are ignored.
// Every field is decoded on its own, so that an invalid optional field is
// dropped alone; `headline` and `body` are required, checked in `resolve`.
#[derive(JsonSchema)]
#[schemars(rename = "Article", title = "Article JSON, format 1", transform = require_headline_and_body)]
pub struct ArticleInput {
    /// Format version; 1 when absent. A higher version is refused.
    // Any JSON value, so that "2", a number written as a string, is still refused as too new.
    #[schemars(with = "Option<u64>", range(min = 1))]
    pub version: Option<Value>,
    /// Stable identifier.
    pub id: Option<Checked<String>>,
    /// Canonical web address of the story.
    #[schemars(extend("format" = "uri-reference"))]
    pub url: Option<Checked<String>>,
    /// BCP 47 language tag of the text; "en" when absent.
    pub lang: Option<Checked<String>>,
    /// Text direction; `auto` (the default) follows `lang`.
    pub dir: Option<Checked<DirInput>>,
    /// Section or label shown above the headline.
    pub kicker: Option<Checked<String>>,
    /// Plain text; required and not empty.
    #[schemars(length(min = 1))]
    pub headline: Option<Checked<String>>,
    /// Inline Markdown: the summary under the headline.
    pub standfirst: Option<Checked<String>>,
    /// Who wrote or reported the story.
    pub byline: Option<Checked<Vec<Checked<PersonInput>>>>,
    /// Where the story was reported from ("IDLIB, Syria").
    pub dateline: Option<Checked<String>>,
    /// First publication, RFC 3339.
    #[schemars(extend("format" = "date-time"))]
    pub published: Option<Checked<String>>,
    /// Last substantive update, RFC 3339; shown only when later than `published`.
    #[schemars(extend("format" = "date-time"))]
    pub updated: Option<Checked<String>>,
    /// The publisher.
    pub source: Option<Checked<SourceInput>>,
    /// The lead media, shown above the body.
    pub lead: Option<Checked<LeadInput>>,
    /// The story itself; may be empty only when `lead` is present.
    // Each block is decoded when it is resolved: a long article's first screen need not
    // wait for the rest.
    #[schemars(with = "Option<Vec<BlockInput>>")]
    pub body: Option<Checked<Vec<Value>>>,
    /// Topics.
    pub tags: Option<Checked<Vec<Checked<TagInput>>>>,
    /// Related stories, shown after the body.
    pub related: Option<Checked<Vec<Checked<StoryLinkInput>>>>,
}

#[derive(Clone, Copy, Debug, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "Dir")]
pub enum DirInput {
    Ltr,
    Rtl,
    Auto,
}

impl Decode for ArticleInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "an object")?;
        Ok(Self {
            version: fields.raw("version"),
            id: fields.optional("id"),
            url: fields.optional("url"),
            lang: fields.optional("lang"),
            dir: fields.optional("dir"),
            kicker: fields.optional("kicker"),
            headline: fields.optional("headline"),
            standfirst: fields.optional("standfirst"),
            byline: fields.optional("byline"),
            dateline: fields.optional("dateline"),
            published: fields.optional("published"),
            updated: fields.optional("updated"),
            source: fields.optional("source"),
            lead: fields.optional("lead"),
            body: fields.optional("body"),
            tags: fields.optional("tags"),
            related: fields.optional("related"),
        })
    }
}

impl Decode for DirInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        one_of(
            value,
            &[
                ("ltr", DirInput::Ltr),
                ("rtl", DirInput::Rtl),
                ("auto", DirInput::Auto),
            ],
        )
    }
}

/// `headline` and `body` are `Option` in Rust only so that their absence is reported
/// in the viewer's words; in the format they are required and never `null`.
fn require_headline_and_body(schema: &mut Schema) {
    schema.insert("required".into(), vec!["headline", "body"].into());
    if let Some(properties) = schema.get_mut("properties").and_then(|p| p.as_object_mut()) {
        for (field, json_type) in [("headline", "string"), ("body", "array")] {
            if let Some(property) = properties.get_mut(field).and_then(|p| p.as_object_mut()) {
                property.insert("type".into(), json_type.into());
            }
        }
    }
}

/// An article ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct Article {
    pub id: Option<String>,
    pub url: Option<SafeUrl>,
    pub lang: String,
    pub dir: Direction,
    pub kicker: Option<String>,
    pub headline: String,
    pub standfirst: Option<Vec<Inline>>,
    pub byline: Vec<Person>,
    pub dateline: Option<String>,
    pub published: Option<Timestamp>,
    /// Present only when later than `published`.
    pub updated: Option<Timestamp>,
    pub source: Option<Source>,
    pub lead: Option<Lead>,
    pub body: Vec<Block>,
    pub tags: Vec<Tag>,
    pub related: Vec<StoryLink>,
    /// 0 in an article loaded first screen first, until [`crate::Rest::finish`] counts the
    /// whole body.
    pub reading_minutes: u32,
}

/// Resolves the fields in the order the format lists them, so that diagnostics
/// come in document order. What makes an article impossible to show is checked first.
///
/// With `first_screen`, a long body is resolved only as far as its first screen (see
/// [`first_screen_blocks`]): the article returned holds those blocks, and [`Remaining`] the
/// rest. Otherwise [`Remaining`] holds no blocks, and finishing it only completes the article.
/// With `body_text`, the body's blocks are those, and `input`'s body is read as empty.
pub fn resolve(
    input: ArticleInput,
    body_text: Option<BodyText>,
    mut resolver: Resolver,
    first_screen: bool,
) -> Result<(Article, Remaining), LoadError> {
    check_version(input.version, &mut resolver)?;
    let headline = required_headline(input.headline)?;
    let body = match input.body {
        None => {
            return Err(LoadError::at_path(
                "body",
                "missing field (an article needs a body: an array of blocks)",
            ))
        }
        Some(Checked::Invalid(problem)) => return Err(LoadError::at_path("body", problem.message)),
        Some(Checked::Valid(blocks)) => blocks,
    };

    let root = Path::root();
    let at = |field: &str| root.field(field);
    let id = resolver.text(input.id, &at("id"));
    let url = resolver.optional_url(input.url, UrlUse::Link, &at("url"));
    let lang = language(
        resolver.optional(input.lang, &at("lang")),
        &mut resolver,
        &at("lang"),
    );
    let dir = match resolver.optional(input.dir, &at("dir")) {
        Some(DirInput::Ltr) => Direction::Ltr,
        Some(DirInput::Rtl) => Direction::Rtl,
        Some(DirInput::Auto) | None => Direction::of_language(&lang),
    };
    let kicker = resolver.text(input.kicker, &at("kicker"));
    let standfirst = resolver.inline_markdown(input.standfirst, &at("standfirst"));
    let byline = resolver.optional_list(input.byline, &at("byline"));
    let dateline = resolver.text(input.dateline, &at("dateline"));
    let published = resolver.timestamp(input.published, &at("published"));
    let updated = resolver
        .timestamp(input.updated, &at("updated"))
        .filter(|updated| {
            published
                .as_ref()
                .is_none_or(|published| updated > published)
        });
    let source = resolver.optional_resolved(input.source, &at("source"));
    let lead = resolver.optional_resolved(input.lead, &at("lead"));
    let body = match body_text {
        Some(BodyText { text, places }) => Pending::Text {
            places: within_block_limit(places, &mut resolver).into_iter(),
            text,
            max_depth: resolver.limits.json_depth(),
        },
        None => Pending::Values(within_block_limit(body, &mut resolver).into_iter()),
    };
    let first = if first_screen {
        first_screen_blocks(body.len())
    } else {
        body.len()
    };
    let mut remaining = body.enumerate();
    let mut body = Vec::new();
    resolve_blocks(&mut remaining, first, &mut body, &mut resolver);
    // The fields after the body come with the first screen (the footer is on it), but their
    // diagnostics after the body's.
    let body_diagnostics_end = resolver.diagnostics.count();
    let tags = resolver.optional_list(input.tags, &at("tags"));
    let related = resolver.optional_list(input.related, &at("related"));
    let after_body = resolver.diagnostics.split_off(body_diagnostics_end);

    let article = Article {
        reading_minutes: 0,
        id,
        url,
        lang,
        dir,
        kicker,
        headline,
        standfirst,
        byline,
        dateline,
        published,
        updated,
        source,
        lead,
        body,
        tags,
        related,
    };
    let remaining = Remaining {
        blocks: remaining,
        after_body,
        resolver,
    };
    Ok((article, remaining))
}

/// How many body blocks come with a long article's first paint: all of them for an article
/// of up to 200 blocks, which renders in a few milliseconds; for a longer one, 24, more than
/// a tall screen holds, so that the first screen of a long article comes as soon as a short
/// one's. The view renders the rest in later tasks.
pub fn first_screen_blocks(blocks: usize) -> usize {
    if blocks <= 200 {
        blocks
    } else {
        24
    }
}

/// An article's body blocks still as JSON text: their places in `text`, where
/// [`json::parse_deferring`] checked them; each is parsed when it is resolved, so that a long
/// article's first screen need not wait for the rest to be built.
pub struct BodyText {
    pub text: String,
    pub places: json::Places,
}

/// The body's blocks not resolved yet, in order: already parsed, or still text.
enum Pending {
    Values(vec::IntoIter<Value>),
    Text {
        text: String,
        places: vec::IntoIter<Range<usize>>,
        max_depth: usize,
    },
}

impl Iterator for Pending {
    type Item = Result<Value, Problem>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Pending::Values(values) => values.next().map(Ok),
            Pending::Text {
                text,
                places,
                max_depth,
            } => places.next().map(|place| {
                // Checked already when the document was read, so this never fails.
                json::parse_element(text, place, *max_depth)
                    .map_err(|_| Problem::new("", "not valid JSON"))
            }),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = match self {
            Pending::Values(values) => values.len(),
            Pending::Text { places, .. } => places.len(),
        };
        (left, Some(left))
    }
}

impl ExactSizeIterator for Pending {}

/// What is left to resolve of an article after its first screen: the rest of its body.
pub struct Remaining {
    /// The body's blocks not resolved yet, with their places in the body.
    blocks: Enumerate<Pending>,
    /// The diagnostics of the fields after the body, resolved already.
    after_body: Vec<Diagnostic>,
    resolver: Resolver,
}

impl Remaining {
    /// Whether blocks are left to resolve.
    pub fn has_blocks(&self) -> bool {
        self.blocks.len() > 0
    }

    /// Resolves more of the body into `article`, until it holds `until` blocks or none are
    /// left.
    pub fn resolve(&mut self, article: &mut Article, until: usize) {
        resolve_blocks(
            &mut self.blocks,
            until,
            &mut article.body,
            &mut self.resolver,
        );
    }

    /// Resolves the rest of the body into `article`, and completes it: its reading time, and
    /// all of its diagnostics in document order.
    pub fn finish(mut self, article: &mut Article) -> Vec<Diagnostic> {
        let resolver = &mut self.resolver;
        resolve_blocks(&mut self.blocks, usize::MAX, &mut article.body, resolver);
        if article.body.is_empty() && article.lead.is_none() {
            resolver.diagnostics.error(
                &Path::root().field("body"),
                "the article has nothing to show: no body blocks and no lead media",
            );
        }
        article.reading_minutes = reading_minutes(article.body.iter().map(Block::word_count).sum());
        let mut diagnostics = self.resolver.diagnostics.into_vec();
        diagnostics.append(&mut self.after_body);
        diagnostics
    }
}

/// Resolves blocks until `body` holds `until` of them or none are left; an invalid block
/// is left out, and said so.
fn resolve_blocks(
    blocks: &mut Enumerate<Pending>,
    until: usize,
    body: &mut Vec<Block>,
    resolver: &mut Resolver,
) {
    let at = Path::root().field("body");
    while body.len() < until {
        let Some((index, value)) = blocks.next() else {
            return;
        };
        let at = at.index(index);
        let input = resolver.valid(Checked::of(value.and_then(BlockInput::decode)), &at);
        body.extend(input.and_then(|input| input.resolve(resolver, &at)));
    }
}
/// The body's first `max_blocks` blocks; the rest are left out, and said so, before any
/// is resolved or rendered.
fn within_block_limit<T>(mut body: Vec<T>, resolver: &mut Resolver) -> Vec<T> {
    let max = resolver.limits.max_blocks;
    if body.len() > max {
        resolver.diagnostics.error(
            &Path::root().field("body"),
            format!(
                "the body has {} blocks; the first {max} are shown, the block limit (maxBlocks)",
                body.len()
            ),
        );
        body.truncate(max);
    }
    body
}

/// The article's language tag; English when it is absent or malformed.
fn language(tag: Option<String>, resolver: &mut Resolver, at: &Path) -> String {
    match tag {
        Some(tag) if is_well_formed_tag(&tag) => tag,
        Some(tag) => {
            resolver.diagnostics.error(
                at,
                format!("`{tag}` is not a BCP 47 language tag; read as \"en\""),
            );
            "en".to_owned()
        }
        None => "en".to_owned(),
    }
}

/// A version newer than the viewer's is refused before anything else is read,
/// since its fields may mean something else.
fn check_version(version: Option<Value>, resolver: &mut Resolver) -> Result<(), LoadError> {
    let at = Path::root().field("version");
    // In the words serde uses for every other field of the wrong type.
    let mut wrong_type = |found: String| {
        resolver.diagnostics.warning(
            &at,
            format!("invalid type: {found}, expected a whole number; read as version 1"),
        );
        Ok(())
    };
    let number = match version {
        None | Some(Value::Null) => return Ok(()),
        Some(Value::Number(number)) => number,
        // "2" is still a newer version; any other string is only the wrong type.
        Some(Value::String(text)) => match text.trim().parse() {
            Ok(number) if is_newer(&number) => number,
            _ => return wrong_type(format!("string {}", quoted(&text))),
        },
        Some(Value::Bool(value)) => return wrong_type(format!("boolean `{value}`")),
        Some(Value::Array(_)) => return wrong_type("array".to_owned()),
        Some(Value::Object(_)) => return wrong_type("object".to_owned()),
    };
    if is_newer(&number) {
        return Err(LoadError::at_path(
            "version",
            format!("this is format version {number}; this viewer reads format version {FORMAT_VERSION} and older"),
        ));
    }
    let problem = match number.as_u64() {
        Some(0) => "version 0 does not exist; read as version 1".to_owned(),
        Some(_) => return Ok(()),
        // 1.0 is version 1, written with a fraction.
        None if number.cmp_whole(1).is_eq() => return Ok(()),
        None => format!("version {number} is not a whole number above 0; read as version 1"),
    };
    resolver.diagnostics.warning(&at, problem);
    Ok(())
}

/// Above the viewer's version, written whole or not: 2.0 or 2.5 still says "newer than
/// this viewer"; -1 or 0.5 says nothing.
fn is_newer(version: &Number) -> bool {
    version.cmp_whole(FORMAT_VERSION + 1).is_ge()
}

fn required_headline(headline: Option<Checked<String>>) -> Result<String, LoadError> {
    match headline {
        None => Err(LoadError::at_path(
            "headline",
            "missing field (an article needs a headline)",
        )),
        Some(Checked::Invalid(problem)) => Err(LoadError::at_path("headline", problem.message)),
        Some(Checked::Valid(headline)) => non_empty(Some(headline))
            .ok_or_else(|| LoadError::at_path("headline", "empty (an article needs a headline)")),
    }
}
