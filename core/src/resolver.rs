//! The state shared while an input document is turned into a [`crate::Article`]:
//! the URL policy, the diagnostics so far and the anchors already used.

use crate::decode::Checked;
use crate::diagnostics::{Diagnostics, Path, Severity};
use crate::limits::Limits;
use crate::markdown::{self, Inline, Markdown};
use crate::time::Timestamp;
use crate::url_policy::{SafeUrl, UrlPolicy, UrlUse};
use std::collections::HashSet;

pub struct Resolver {
    pub policy: UrlPolicy,
    pub limits: Limits,
    pub diagnostics: Diagnostics,
    pub anchors: HashSet<String>,
}

/// Turns a decoded input value into what the view renders, or leaves it out
/// (returning `None`) after saying why in a diagnostic.
pub trait Resolve {
    type Output;
    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Self::Output>;
}

impl Resolver {
    pub fn new(policy: UrlPolicy, limits: Limits) -> Self {
        Self {
            policy,
            limits,
            diagnostics: Diagnostics::default(),
            anchors: HashSet::new(),
        }
    }

    /// The valid value of a checked field, or `None` with an error that names its place.
    pub fn valid<T>(&mut self, checked: Checked<T>, at: &Path) -> Option<T> {
        match checked {
            Checked::Valid(value) => Some(value),
            Checked::Invalid(problem) => {
                self.diagnostics
                    .error(&at.join(&problem.path), problem.message);
                None
            }
        }
    }

    /// Like [`Self::valid`] for an optional field, which is dropped alone when invalid.
    pub fn optional<T>(&mut self, field: Option<Checked<T>>, at: &Path) -> Option<T> {
        field.and_then(|checked| self.valid(checked, at))
    }

    /// An optional field resolved in turn (a portrait, a logo), dropped alone when invalid.
    pub fn optional_resolved<T: Resolve>(
        &mut self,
        field: Option<Checked<T>>,
        at: &Path,
    ) -> Option<T::Output> {
        self.optional(field, at)?.resolve(self, at)
    }

    /// Resolves each valid item of a list, leaving out the invalid ones.
    pub fn list<T: Resolve>(&mut self, items: Vec<Checked<T>>, at: &Path) -> Vec<T::Output> {
        items
            .into_iter()
            .enumerate()
            .filter_map(|(index, item)| {
                let at = at.index(index);
                self.valid(item, &at)?.resolve(self, &at)
            })
            .collect()
    }

    /// An optional list field: each valid item resolved, the invalid ones and an
    /// invalid list left out.
    pub fn optional_list<T: Resolve>(
        &mut self,
        field: Option<Checked<Vec<Checked<T>>>>,
        at: &Path,
    ) -> Vec<T::Output> {
        let items = self.optional(field, at).unwrap_or_default();
        self.list(items, at)
    }

    /// A URL the item cannot do without (an image's `src`, a story's `url`): when
    /// the policy refuses it, the item is left out, which is an error.
    pub fn required_url(&mut self, raw: &str, use_: UrlUse, at: &Path) -> Option<SafeUrl> {
        self.checked_url(raw, use_, at, Severity::Error)
    }

    /// An optional URL: when refused, only the URL goes. For media (a poster) that
    /// is an error, since something is not shown; for a link it is a warning, since
    /// its text still shows.
    pub fn optional_url(
        &mut self,
        raw: Option<Checked<String>>,
        use_: UrlUse,
        at: &Path,
    ) -> Option<SafeUrl> {
        let raw = self.optional(raw, at);
        let severity = match use_ {
            UrlUse::Image | UrlUse::Media | UrlUse::Embed => Severity::Error,
            UrlUse::Link | UrlUse::Document => Severity::Warning,
        };
        raw.and_then(|raw| self.checked_url(&raw, use_, at, severity))
    }

    fn checked_url(
        &mut self,
        raw: &str,
        use_: UrlUse,
        at: &Path,
        severity: Severity,
    ) -> Option<SafeUrl> {
        self.policy
            .check(raw, use_)
            .map_err(|refusal| {
                let consequence = match severity {
                    Severity::Error => "left out",
                    Severity::Warning => "shown without it",
                };
                let message = format!(
                    "URL {} refused: {refusal}; {consequence}",
                    markdown::quote_url(raw)
                );
                self.diagnostics.push(severity, at, message);
            })
            .ok()
    }

    pub fn markdown(&mut self, source: &str, at: &Path) -> Markdown {
        markdown::parse_block_markdown(
            source,
            &self.policy,
            self.limits.max_markdown_nesting,
            &mut self.diagnostics,
            at,
        )
    }

    /// Optional plain text with its surrounding whitespace removed; `None` when nothing is left.
    pub fn text(&mut self, field: Option<Checked<String>>, at: &Path) -> Option<String> {
        non_empty(self.optional(field, at))
    }

    /// Optional inline Markdown, or `None` when it holds nothing to show.
    pub fn inline_markdown(
        &mut self,
        source: Option<Checked<String>>,
        at: &Path,
    ) -> Option<Vec<Inline>> {
        let source = self
            .optional(source, at)
            .filter(|source| !source.trim().is_empty())?;
        let inlines = markdown::parse_inline_markdown(
            &source,
            &self.policy,
            self.limits.max_markdown_nesting,
            &mut self.diagnostics,
            at,
        );
        (!inlines.is_empty()).then_some(inlines)
    }

    pub fn timestamp(&mut self, raw: Option<Checked<String>>, at: &Path) -> Option<Timestamp> {
        match Timestamp::parse(&self.optional(raw, at)?) {
            Ok(timestamp) => Some(timestamp),
            Err(message) => {
                self.diagnostics.error(at, message);
                None
            }
        }
    }
}

/// Plain text with its surrounding whitespace removed; `None` when nothing is left.
pub fn non_empty(text: Option<String>) -> Option<String> {
    let text = text?;
    let trimmed = text.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}
