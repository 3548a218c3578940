use super::piece::{IntoPiece, Piece};
use super::slots::Slots;
use article_core::embed::{Provider, ProviderSet};
use article_core::i18n::{ui_text, UiText};
use article_core::story_link::StoryLink;
use article_core::url_policy::SafeUrl;
use leptos::html;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::MouseEvent;

/// Called when a reader activates a link to another story; it decides whether the
/// browser follows the link (and calls `prevent_default` on the event if not).
pub type StoryActivation = Rc<dyn Fn(&StoryLink, &MouseEvent)>;

/// Called when the reader agrees to load a provider's content: the provider, and the page of the
/// content they loaded.
pub type ConsentGiven = Rc<dyn Fn(&'static Provider, &SafeUrl)>;

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
    /// False while only the article's first screen is resolved: its reading time, and the
    /// slots past the body's end, wait for the rest.
    pub whole: bool,
    pub consent: Consent,
}

impl RenderContext {
    pub fn new(
        lang: &str,
        id_prefix: &str,
        on_story: Option<StoryActivation>,
        slots: Option<Rc<Slots>>,
        consent: Consent,
    ) -> Self {
        Self {
            text: ui_text(lang),
            lang: lang.to_owned(),
            id_prefix: id_prefix.to_owned(),
            on_story,
            slots,
            wide: false,
            whole: true,
            consent,
        }
    }

    /// An `id` of the viewer's own, unique within the page.
    pub fn id(&self, name: &str) -> String {
        format!("{}{name}", self.id_prefix)
    }

    /// The `id` an anchor of the article's own (a heading's `id`) takes in the page: the
    /// viewer's prefix, then `a-`, a namespace no `id` of the viewer's is in. Two viewers that
    /// show the same anchor, or an article whose anchor is named like one of the viewer's own
    /// (`headline`, `contents`), then give the page no `id` twice.
    pub fn anchor(&self, anchor: &str) -> String {
        self.id(&format!("a-{anchor}"))
    }

    /// The `href` of an address from the article: a fragment (`#notes`) points to that anchor
    /// as this viewer names it ([`Self::anchor`]), so that it reaches this viewer's element and
    /// no other; any other address as it is.
    pub fn href(&self, url: &SafeUrl) -> String {
        match url.as_str().strip_prefix('#') {
            Some(fragment) => format!("#{}", self.anchor(fragment)),
            None => url.to_string(),
        }
    }

    /// `content` as a link to `url` (with `rel`, when given), or as it is without one.
    pub fn linked(
        &self,
        url: Option<&SafeUrl>,
        rel: Option<&'static str>,
        content: Piece,
    ) -> Piece {
        match url {
            Some(url) => html::a()
                .rel(rel)
                .href(self.href(url))
                .child(content)
                .into_piece(),
            None => content,
        }
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

/// The providers whose content loads without asking: those the page approved, and those the
/// reader agreed to in this viewer. Shared by all of a viewer's renders.
#[derive(Clone)]
pub struct Consent {
    pub approved: Rc<Cell<ProviderSet>>,
    pub on_given: Option<ConsentGiven>,
}

impl Consent {
    /// The reader agreed to load `provider`'s content at `url`. True, once the page has been
    /// told, when the provider was not approved yet.
    pub fn give(&self, provider: &'static Provider, url: &SafeUrl) -> bool {
        let mut approved = self.approved.get();
        let added = approved.insert(provider);
        self.approved.set(approved);
        if let (true, Some(on_given)) = (added, &self.on_given) {
            on_given(provider, url);
        }
        added
    }
}
