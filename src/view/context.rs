use super::slots::Slots;
use article_core::i18n::{ui_text, UiText};
use article_core::story_link::StoryLink;
use std::rc::Rc;
use web_sys::MouseEvent;

/// Called when a reader activates a link to another story; it decides whether the
/// browser follows the link (and calls `prevent_default` on the event if not).
pub type StoryActivation = Rc<dyn Fn(&StoryLink, &MouseEvent)>;

/// What every part of an article's view needs to know besides its own data.
#[derive(Clone)]
pub struct RenderContext {
    /// The viewer's words, in the article's language.
    pub text: &'static UiText,
    /// The article's language, for dates formatted by `Intl`.
    pub lang: String,
    /// Makes the viewer's own `id`s unique when several viewers share a document.
    pub id_prefix: String,
    pub on_story: Option<StoryActivation>,
    /// The places for the embedding page's content, in a shadow root only.
    pub slots: Option<Rc<Slots>>,
    /// Whether the viewer was wide when rendered: the contents then start open.
    pub wide: bool,
}

impl RenderContext {
    pub fn new(
        lang: &str,
        id_prefix: &str,
        on_story: Option<StoryActivation>,
        slots: Option<Rc<Slots>>,
    ) -> Self {
        Self {
            text: ui_text(lang),
            lang: lang.to_owned(),
            id_prefix: id_prefix.to_owned(),
            on_story,
            slots,
            wide: false,
        }
    }

    /// An `id` of the viewer's own, unique within the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}{name}", self.id_prefix)
    }

    /// The `id` of the article's headline.
    pub fn headline_id(&self) -> String {
        self.id("headline")
    }

    /// An `aria-labelledby` naming a region by its own label (`label_id`: its heading, or
    /// itself when it has an `aria-label`) and then the article's headline: "Related stories,
    /// Floods in Valencia". Several viewers on a page each have such regions; the headline
    /// tells them apart in a screen reader's list of landmarks.
    pub fn labelled_with_headline(&self, label_id: &str) -> String {
        format!("{label_id} {}", self.headline_id())
    }
}
