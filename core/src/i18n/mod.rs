//! The viewer's own words, per language. A language is one file here, its `mod` line
//! and its line in [`LANGUAGES`]; an article in any other language gets English.

mod ar;
mod en;

use crate::lang::primary_subtag;

/// Everything the viewer says in its own voice.
pub struct UiText {
    /// "4 min read".
    pub reading_time: fn(u32) -> String,
    pub by: &'static str,
    /// Joins the last two names of a byline ("Ana and Ben").
    pub and: &'static str,
    /// Joins the other names of a byline ("Ana, Ben and Cy").
    pub list_separator: &'static str,
    pub published: &'static str,
    pub updated: &'static str,
    pub image_credit: &'static str,
    pub video_credit: &'static str,
    pub related_stories: &'static str,
    pub related_story: &'static str,
    pub tags: &'static str,
    pub pull_quote: &'static str,
    /// The name of an aside without a title, numbered among those of the article: "Box {}"
    /// (see [`with_name`]), followed by the headline.
    pub untitled_aside: &'static str,
    pub footnotes: &'static str,
    pub back_to_reference: &'static str,
    pub gallery: &'static str,
    pub loading: &'static str,
    pub cannot_show: &'static str,
    pub diagnostics: &'static str,
    pub video_unsupported: &'static str,
    /// Shown in place of an image or a video that did not load.
    pub image_unavailable: &'static str,
    pub video_unavailable: &'static str,
    /// The button that fetches an article again after a failure.
    pub try_again: &'static str,
    /// The reader controls' button.
    pub reading_settings: &'static str,
    pub text_size: &'static str,
    pub line_spacing: &'static str,
    pub spacing_compact: &'static str,
    pub spacing_normal: &'static str,
    pub spacing_relaxed: &'static str,
    pub theme: &'static str,
    /// Automatic, light, sepia, dark.
    pub themes: [&'static str; 4],
    /// The heading of the table of contents.
    pub contents: &'static str,
    /// The words of an embed's placeholder, where `{}` stands for the provider's name (see
    /// [`with_name`]): "Load content from {}".
    pub load_embed: &'static str,
    /// "Open on {}": the link to the content on the provider's site.
    pub open_embed: &'static str,
    /// A frame's name when the block has no title: "Content from {}".
    pub embed_from: &'static str,
    pub embed_credit: &'static str,
    /// The name of an image's button that opens it larger ("View larger: <its description>").
    pub view_larger: &'static str,
    /// The name of the dialog of an image opened larger, when the image has no caption.
    pub image: &'static str,
    /// The buttons of an image opened larger.
    pub close: &'static str,
    pub previous_image: &'static str,
    pub next_image: &'static str,
    /// The share button, where the browser has a share sheet, and where it has none.
    pub share: &'static str,
    pub copy_link: &'static str,
    /// Shown and announced once the article's address is on the clipboard.
    pub link_copied: &'static str,
}

const LANGUAGES: &[(&str, &UiText)] = &[("en", &en::TEXT), ("ar", &ar::TEXT)];

/// The viewer's words for an article's language tag (`"ar-EG"` gets Arabic).
pub fn ui_text(language_tag: &str) -> &'static UiText {
    let primary = primary_subtag(language_tag);
    LANGUAGES
        .iter()
        .find(|(code, _)| *code == primary)
        .map_or(&en::TEXT, |(_, text)| text)
}

/// `template` with its `{}` replaced by `name`: "Load content from YouTube".
pub fn with_name(template: &str, name: &str) -> String {
    let (before, after) = template.split_once('{').unwrap_or((template, "}"));
    [before, name, after.get(1..).unwrap_or_default()].concat()
}

impl UiText {
    /// "Ana", "Ana and Ben", "Ana, Ben and Cy": where each separator goes
    /// between `count` names (the view puts linked names between them).
    pub fn name_separators(&self, count: usize) -> Vec<&'static str> {
        (1..count)
            .map(|position| {
                if position + 1 == count {
                    self.and
                } else {
                    self.list_separator
                }
            })
            .collect()
    }
}
