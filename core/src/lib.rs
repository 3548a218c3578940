//! The browser-free core of article-viewer: the format-1 model, validation with
//! diagnostics, Markdown to safe nodes, the URL policy, dates, language and the
//! viewer's own words. It compiles natively and is tested with `cargo test`.

pub mod article;
pub mod blocks;
mod decode;
pub mod diagnostics;
pub mod embed;
pub mod error;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod limits;
pub mod markdown;
pub mod people;
pub mod reading_time;
mod resolver;
pub mod schema;
pub mod story_link;
pub mod tags;
pub mod time;
pub mod unicode;
pub mod url_policy;

pub use article::{first_screen_blocks, Article, ArticleInput, FORMAT_VERSION};
pub use blocks::{Block, Lead};
pub use diagnostics::{Diagnostic, Severity};
pub use error::{LoadError, Place};
pub use limits::Limits;

use article::BodyText;
use blocks::json_kind;
use decode::Decode;
use json::Value;
use resolver::Resolver;
use url_policy::UrlPolicy;

/// An article that can be shown, with what was found wrong in it.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub article: Article,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads an article from JSON text, within the default [`Limits`]. `base` is the address
/// the JSON came from (or the page's, for inline JSON): relative URLs resolve against it.
pub fn load(json: &str, base: Option<&str>) -> Result<Loaded, LoadError> {
    load_with(json, base, &Limits::default())
}

/// Reads an article from JSON text, within `limits`.
pub fn load_with(json: &str, base: Option<&str>, limits: &Limits) -> Result<Loaded, LoadError> {
    let (loaded, _) = load_text(json.to_owned(), base, limits, false)?;
    Ok(loaded)
}

/// Like [`load_with`], but a long article comes first with only the blocks of its first
/// screen, and without diagnostics: [`Rest::finish`] then completes it to what
/// [`load_with`] gives. A short article comes whole, with no rest.
pub fn load_first_screen(
    json: String,
    base: Option<&str>,
    limits: &Limits,
) -> Result<(Loaded, Option<Rest>), LoadError> {
    load_text(json, base, limits, true)
}

/// Reads an article from JSON already parsed, within `limits`.
pub fn load_value(value: Value, base: Option<&str>, limits: &Limits) -> Result<Loaded, LoadError> {
    limits.check_value(&value)?;
    let (loaded, _) = resolve_value(value, None, base, limits, false)?;
    Ok(loaded)
}

/// The body blocks of an article after its first screen, not resolved yet.
pub struct Rest(article::Remaining);

impl Rest {
    /// Resolves more of the body into `loaded`, until it holds `until` blocks. Gives what is
    /// still left; when nothing is, completes `loaded` as [`Rest::finish`] does instead.
    pub fn resolve_until(mut self, loaded: &mut Loaded, until: usize) -> Option<Rest> {
        self.0.resolve(&mut loaded.article, until);
        if self.0.has_blocks() {
            Some(self)
        } else {
            self.finish(loaded);
            None
        }
    }

    /// Resolves the rest of the body into `loaded`, which then is exactly what [`load_with`]
    /// gives for the same document: all of its blocks, its reading time and its diagnostics.
    pub fn finish(self, loaded: &mut Loaded) {
        loaded.diagnostics = self.0.finish(&mut loaded.article);
    }
}

/// Takes the text whole, since a long body's blocks are kept as text until they are resolved:
/// a fetched document (megabytes, for a long article) is kept, not copied.
fn load_text(
    mut json: String,
    base: Option<&str>,
    limits: &Limits,
    first_screen: bool,
) -> Result<(Loaded, Option<Rest>), LoadError> {
    // A byte-order mark is allowed to open a JSON text (RFC 8259, section 8.1).
    if json.starts_with('\u{feff}') {
        json.drain(..'\u{feff}'.len_utf8());
    }
    if json.trim().is_empty() {
        return Err(LoadError::of_document("the document is empty"));
    }
    limits.check_size(json.len())?;
    // The body's blocks are parsed as they are resolved, after the first screen's.
    let parsed = json::parse_deferring(&json, limits.json_depth(), "body");
    let (value, places) = parsed.map_err(|error| {
        let (line, column) = json::line_and_column(&json, error.at);
        LoadError {
            message: match error.kind {
                json::ErrorKind::Syntax(message) => format!("not valid JSON: {message}"),
                json::ErrorKind::TooDeep => limits.depth_message(),
            },
            place: Place::LineColumn { line, column },
        }
    })?;
    let body_text = places.map(|places| BodyText { text: json, places });
    resolve_value(value, body_text, base, limits, first_screen)
}

fn resolve_value(
    value: Value,
    body_text: Option<BodyText>,
    base: Option<&str>,
    limits: &Limits,
    first_screen: bool,
) -> Result<(Loaded, Option<Rest>), LoadError> {
    if !value.is_object() {
        return Err(LoadError::of_document(format!(
            "the document is {}; an article is a JSON object",
            json_kind(&value)
        )));
    }
    let input = ArticleInput::decode(value)
        .map_err(|problem| LoadError::at_path(&problem.path, problem.message))?;
    let resolver = Resolver::new(UrlPolicy::new(base), *limits);
    let (article, remaining) = article::resolve(input, body_text, resolver, first_screen)?;
    let mut loaded = Loaded {
        article,
        diagnostics: Vec::new(),
    };
    let rest = Rest(remaining);
    if rest.0.has_blocks() {
        return Ok((loaded, Some(rest)));
    }
    rest.finish(&mut loaded);
    Ok((loaded, None))
}

/// The diagnostics of a document, without keeping the article: for validation.
pub fn validate(json: &str, base: Option<&str>, limits: &Limits) -> Vec<Diagnostic> {
    match load_with(json, base, limits) {
        Ok(loaded) => loaded.diagnostics,
        Err(error) => vec![error.to_diagnostic()],
    }
}
