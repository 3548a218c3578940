use crate::blocks::{Block, BlockInput, Lead, LeadInput};
use crate::checked::Checked;
use crate::diagnostics::Path;
use crate::error::LoadError;
use crate::lang::{is_well_formed_tag, Direction};
use crate::markdown::Inline;
use crate::people::{Person, PersonInput, Source, SourceInput};
use crate::reading_time::reading_minutes;
use crate::resolver::{non_empty, Resolver};
use crate::story_link::{StoryLink, StoryLinkInput};
use crate::tags::{Tag, TagInput};
use crate::time::Timestamp;
use crate::url_policy::{SafeUrl, UrlUse};
use schemars::{JsonSchema, Schema};
use serde::Deserialize;

/// The newest format version this viewer reads.
pub const FORMAT_VERSION: u64 = 1;

/// A news article: the contract between whoever publishes it and the viewer.
/// Unknown fields are ignored.
// Every field is decoded on its own, so that an invalid optional field is
// dropped alone; `headline` and `body` are required, checked in `resolve`.
#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "Article", title = "Article JSON, format 1", transform = require_headline_and_body)]
pub struct ArticleInput {
    /// Format version; 1 when absent. A higher version is refused.
    #[schemars(range(min = 1))]
    pub version: Option<Checked<u64>>,
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
    pub body: Option<Checked<Vec<Checked<BlockInput>>>>,
    /// Topics.
    pub tags: Option<Checked<Vec<Checked<TagInput>>>>,
    /// Related stories, shown after the body.
    pub related: Option<Checked<Vec<Checked<StoryLinkInput>>>>,
}

#[derive(Clone, Copy, Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "Dir")]
pub enum DirInput {
    Ltr,
    Rtl,
    Auto,
}

/// `headline` and `body` are `Option` in Rust only so that their absence is reported
/// in the viewer's words; in the format they are required and never `null`.
fn require_headline_and_body(schema: &mut Schema) {
    schema.insert("required".into(), serde_json::json!(["headline", "body"]));
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
    pub reading_minutes: u32,
}

pub fn resolve(input: ArticleInput, resolver: &mut Resolver) -> Result<Article, LoadError> {
    let root = Path::root();
    check_version(input.version, resolver)?;
    let headline = required_headline(input.headline)?;
    let body = match input.body {
        None => return Err(LoadError::at_path("body", "missing field (an article needs a body: an array of blocks)")),
        Some(Checked::Invalid(problem)) => return Err(LoadError::at_path("body", problem.message)),
        Some(Checked::Valid(blocks)) => blocks,
    };

    let lang_at = root.field("lang");
    let lang = match resolver.optional(input.lang, &lang_at) {
        Some(tag) if is_well_formed_tag(&tag) => tag,
        Some(tag) => {
            resolver
                .diagnostics
                .error(&lang_at, format!("`{tag}` is not a BCP 47 language tag; read as \"en\""));
            "en".to_owned()
        }
        None => "en".to_owned(),
    };
    let dir = match resolver.optional(input.dir, &root.field("dir")) {
        Some(DirInput::Ltr) => Direction::Ltr,
        Some(DirInput::Rtl) => Direction::Rtl,
        Some(DirInput::Auto) | None => Direction::of_language(&lang),
    };

    let lead = resolver.optional_resolved(input.lead, &root.field("lead"));
    let body_at = root.field("body");
    let body = resolver.list(body, &body_at);
    if body.is_empty() && lead.is_none() {
        resolver
            .diagnostics
            .error(&body_at, "the article has nothing to show: no body blocks and no lead media");
    }

    let published_at = root.field("published");
    let published = resolver.optional(input.published, &published_at);
    let published = resolver.timestamp(published, &published_at);
    let updated_at = root.field("updated");
    let updated = resolver.optional(input.updated, &updated_at);
    let updated = resolver
        .timestamp(updated, &updated_at)
        .filter(|updated| published.as_ref().is_none_or(|published| updated > published));

    let url_at = root.field("url");
    let url = resolver.optional(input.url, &url_at);
    let standfirst_at = root.field("standfirst");
    let standfirst = resolver.optional(input.standfirst, &standfirst_at);
    let byline = resolver.optional(input.byline, &root.field("byline")).unwrap_or_default();
    let tags = resolver.optional(input.tags, &root.field("tags")).unwrap_or_default();
    let related = resolver.optional(input.related, &root.field("related")).unwrap_or_default();

    let reading_minutes = reading_minutes(body.iter().map(Block::word_count).sum());
    Ok(Article {
        id: non_empty(resolver.optional(input.id, &root.field("id"))),
        url: resolver.optional_url(url, UrlUse::Link, &url_at),
        lang,
        dir,
        kicker: non_empty(resolver.optional(input.kicker, &root.field("kicker"))),
        headline,
        standfirst: resolver.inline_markdown(standfirst, &standfirst_at),
        byline: resolver.list(byline, &root.field("byline")),
        dateline: non_empty(resolver.optional(input.dateline, &root.field("dateline"))),
        published,
        updated,
        source: resolver.optional_resolved(input.source, &root.field("source")),
        lead,
        body,
        tags: resolver.list(tags, &root.field("tags")),
        related: resolver.list(related, &root.field("related")),
        reading_minutes,
    })
}

/// A version newer than the viewer's is refused before anything else is read,
/// since its fields may mean something else.
fn check_version(version: Option<Checked<u64>>, resolver: &mut Resolver) -> Result<(), LoadError> {
    let at = Path::root().field("version");
    match version {
        Some(Checked::Valid(version)) if version > FORMAT_VERSION => Err(LoadError::at_path(
            "version",
            format!("this is format version {version}; this viewer reads format version {FORMAT_VERSION} and older"),
        )),
        Some(Checked::Valid(0)) => {
            resolver.diagnostics.warning(&at, "version 0 does not exist; read as version 1");
            Ok(())
        }
        Some(Checked::Invalid(problem)) => {
            resolver
                .diagnostics
                .warning(&at, format!("{}; read as version 1", problem.message));
            Ok(())
        }
        Some(Checked::Valid(_)) | None => Ok(()),
    }
}

fn required_headline(headline: Option<Checked<String>>) -> Result<String, LoadError> {
    match headline {
        None => Err(LoadError::at_path("headline", "missing field (an article needs a headline)")),
        Some(Checked::Invalid(problem)) => Err(LoadError::at_path("headline", problem.message)),
        Some(Checked::Valid(headline)) => {
            non_empty(Some(headline)).ok_or_else(|| LoadError::at_path("headline", "empty (an article needs a headline)"))
        }
    }
}
