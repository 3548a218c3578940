//! One viewer: what it shows (loading, an article, an error), where, and how it
//! moves from one article to the next.

use crate::error::ViewerError;
use crate::fetch::{fetch_and_load, EarlyFetch};
use crate::reader::ReaderChoices;
use crate::view::blocks::embed::load_waiting;
use crate::view::context::{Consent, ConsentGiven, RenderContext, StoryActivation};
use crate::view::controls::controls_view;
use crate::view::figure;
use crate::view::larger::Larger;
use crate::view::piece::{IntoPiece, Piece, PieceState};
use crate::view::share::share;
use crate::view::slots::Slots;
use crate::view::status::{error_view, loading_view, Retry};
use crate::view::toc::toc_view;
use crate::view::{article_view, blocks_view};
use crate::watch::{followed_link, Listener, Reading, ReadingWatch, SectionWatch, Seen, SlotWatch};
use crate::{browser, ArticleSource};
use article_core::blocks::Lead;
use article_core::embed::{Provider, ProviderSet, PROVIDERS};
use article_core::i18n::ui_text;
use article_core::story_link::StoryLink;
use article_core::url_policy::{SafeUrl, UrlPolicy, UrlUse};
use article_core::{first_screen_blocks, Diagnostic, Limits, Loaded, Rest};
use gloo_timers::callback::Timeout;
use js_sys::Promise;
use leptos::html;
use leptos::mount::{mount_to, UnmountHandle};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, Event, HtmlElement, MouseEvent};

/// What happens when a reader activates a link to another story.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Navigation {
    /// Open the story's `src` in this viewer (if it has none, follow the link).
    InPlace,
    /// Let the browser follow the link to the story's web page.
    FollowLink,
    /// Do nothing: the embedding page took care of it.
    Cancel,
}

/// An article was rendered, with these diagnostics.
pub type OnLoad = Box<dyn Fn(&Loaded)>;
/// No article could be shown.
pub type OnError = Box<dyn Fn(&ViewerError)>;
/// A related story was activated.
pub type OnNavigate = Box<dyn Fn(&StoryLink) -> Navigation>;
/// The reader agreed to load a provider's content (the page of the content they loaded).
pub type OnConsent = Box<dyn Fn(&'static Provider, &SafeUrl)>;

/// The reader did something the page may measure.
pub type OnReading = Box<dyn Fn(Reading)>;

/// The embedding page's say in what the viewer does. Each hook is optional.
#[derive(Default)]
pub struct Hooks {
    pub on_load: Option<OnLoad>,
    pub on_error: Option<OnError>,
    /// Without this hook, a story with `src` opens in place and any other link is followed.
    pub on_navigate: Option<OnNavigate>,
    /// Without this hook, nothing watches the reader.
    pub on_reading: Option<OnReading>,
    /// Once per provider and viewer, so that the page can remember the reader's choice.
    pub on_consent: Option<OnConsent>,
}

/// The colour scheme: the reader's preference (`Auto`), or one forced by the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    /// Dark text on warm paper.
    Sepia,
    Dark,
}

impl Theme {
    /// Every theme, in the order the reader controls offer them.
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Sepia, Theme::Dark];

    /// `light`, `sepia`, `dark`; anything else (or nothing) is `auto`.
    pub fn from_name(name: Option<&str>) -> Self {
        let name = name.map(str::trim).unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|theme| {
                theme
                    .attribute()
                    .is_some_and(|known| known.eq_ignore_ascii_case(name))
            })
            .unwrap_or(Theme::Auto)
    }

    /// The `data-theme` value; none for `auto`.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("light"),
            Theme::Sepia => Some("sepia"),
            Theme::Dark => Some("dark"),
        }
    }
}

pub struct ViewerOptions {
    /// The address relative URLs of inline JSON resolve against, and that a relative
    /// `Url` source is fetched from; the page's own address when `None`.
    pub base_url: Option<String>,
    /// Shows the diagnostics above the article.
    pub show_diagnostics: bool,
    pub theme: Theme,
    /// How much of a document the viewer takes on.
    pub limits: Limits,
    /// How long the viewer waits for an article it fetches.
    pub fetch_timeout_ms: u32,
    /// The embed providers whose content loads without asking: the reader agreed already.
    pub consent: ProviderSet,
    pub hooks: Hooks,
    /// The article's fetch, if the page started it already: taken by the first load of
    /// the same address.
    pub early_fetch: Option<EarlyFetch>,
    /// Reader controls, set to these choices; none when `None`.
    pub controls: Option<ReaderChoices>,
    /// Keeps the reader's choices for the next visit (the app's `localStorage`).
    pub remember: Option<fn(ReaderChoices)>,
}

/// The width from which the contents stand beside the text (75em in viewer.css).
const WIDE_PX: i32 = 1200;

/// A fetch that has not finished after this long has most likely stalled.
pub const DEFAULT_FETCH_TIMEOUT_MS: u32 = 20_000;

impl Default for ViewerOptions {
    fn default() -> Self {
        Self {
            base_url: None,
            show_diagnostics: false,
            theme: Theme::Auto,
            limits: Limits::default(),
            fetch_timeout_ms: DEFAULT_FETCH_TIMEOUT_MS,
            consent: ProviderSet::default(),
            hooks: Hooks::default(),
            early_fetch: None,
            controls: None,
            remember: None,
        }
    }
}

enum ViewState {
    Loading,
    /// An article; completed in place when it was resolved first screen first.
    Ready(Box<RefCell<Loaded>>),
    Failed(ViewerError),
}

pub(crate) struct Viewer {
    target: HtmlElement,
    mounted: RefCell<Option<UnmountHandle<PieceState>>>,
    /// What is mounted after the first paint: the body's blocks after the
    /// [`first_screen_blocks`], a chunk at a time, and the contents of an article resolved
    /// first screen first.
    rest: RefCell<Vec<UnmountHandle<PieceState>>>,
    /// The body blocks of the article shown now that are still to be resolved: a long
    /// article is shown first screen first.
    unresolved: RefCell<Option<Rest>>,
    /// Counts renders, so that chunks of an earlier render are not added to a later one.
    renders: Cell<u64>,
    /// Tells the page of what is shown now once all of it is in the document: kept when it is
    /// rendered again before that, so that the page still hears of it.
    when_whole: RefCell<Option<Box<dyn FnOnce()>>>,
    /// What is shown now, kept to render it again when an option changes.
    state: RefCell<Rc<ViewState>>,
    /// Counts loads, so that a slow fetch finishing after a newer load is ignored.
    generation: Cell<u64>,
    /// Set when a story opens in place, so its headline takes focus once it is shown.
    focus_on_load: Cell<bool>,
    /// The address of the article last fetched, for "Try again" after a failure.
    fetched_from: RefCell<Option<String>>,
    base_url: String,
    id_prefix: String,
    show_diagnostics: Cell<bool>,
    theme: Cell<Theme>,
    limits: Limits,
    fetch_timeout_ms: u32,
    /// The providers approved by the page or by the reader; kept across renders.
    consent: Rc<Cell<ProviderSet>>,
    hooks: Hooks,
    early_fetch: RefCell<Option<EarlyFetch>>,
    /// The places for the host page's content, read at each render (none outside a shadow root).
    slots: RefCell<Option<Rc<Slots>>>,
    /// Whether the viewer was wide at the last render: read once, as reading it lays out
    /// the document, which takes long once a long article is in.
    wide: Cell<bool>,
    /// Renders again when the host's children come to ask for other places.
    _slot_watch: Option<SlotWatch>,
    /// The reader's choices, when the viewer offers its controls.
    choices: Cell<Option<ReaderChoices>>,
    remember: Option<fn(ReaderChoices)>,
    /// How far the reader got in the article shown now.
    reading: RefCell<Option<ReadingWatch>>,
    /// The section being read, marked in the contents.
    sections: RefCell<Option<SectionWatch>>,
    seen: RefCell<Rc<RefCell<Seen>>>,
    /// The image opened larger, if one was.
    larger: RefCell<Option<Larger>>,
    /// Clicks and middle clicks (for the links the reader follows), keys and pointers (for
    /// the viewer's own controls), all in one place rather than one listener per control.
    _listeners: Vec<Listener>,
}

impl Viewer {
    pub(crate) fn new(target: HtmlElement, options: ViewerOptions) -> Rc<Self> {
        thread_local!(static VIEWERS: Cell<u64> = const { Cell::new(0) });
        let number = VIEWERS.with(|count| {
            count.set(count.get() + 1);
            count.get()
        });
        Rc::new_cyclic(|viewer: &Weak<Self>| Self {
            _slot_watch: {
                let viewer = viewer.clone();
                SlotWatch::new(&target, move || {
                    if let Some(viewer) = viewer.upgrade() {
                        viewer.slots_changed();
                    }
                })
            },
            slots: RefCell::new(None),
            wide: Cell::new(false),
            reading: RefCell::new(None),
            sections: RefCell::new(None),
            seen: RefCell::default(),
            larger: RefCell::new(None),
            choices: Cell::new(options.controls),
            remember: options.remember,
            _listeners: ["click", "auxclick", "keydown", "pointerdown", "pointerup"]
                .into_iter()
                .filter_map(|kind| {
                    let viewer = viewer.clone();
                    Listener::new(&target, kind, move |event| {
                        if let Some(viewer) = viewer.upgrade() {
                            viewer.event(&event);
                        }
                    })
                })
                .collect(),
            target,
            mounted: RefCell::new(None),
            rest: RefCell::new(Vec::new()),
            unresolved: RefCell::new(None),
            renders: Cell::new(0),
            when_whole: RefCell::new(None),
            state: RefCell::new(Rc::new(ViewState::Loading)),
            generation: Cell::new(0),
            focus_on_load: Cell::new(false),
            fetched_from: RefCell::new(None),
            base_url: options.base_url.unwrap_or_else(browser::page_url),
            id_prefix: format!("av{number}-"),
            show_diagnostics: Cell::new(options.show_diagnostics),
            theme: Cell::new(options.theme),
            limits: options.limits,
            fetch_timeout_ms: options.fetch_timeout_ms,
            consent: Rc::new(Cell::new(options.consent)),
            hooks: options.hooks,
            early_fetch: RefCell::new(options.early_fetch),
        })
    }

    fn event(&self, event: &Event) {
        let kind = event.type_();
        if let (Some(on_reading), true) = (&self.hooks.on_reading, kind.ends_with("click")) {
            if let Some((url, external)) = followed_link(event) {
                on_reading(Reading::Link {
                    url: &url,
                    external,
                });
            }
        }
        self.control_event(event, &kind);
    }

    /// The viewer's own controls: an image's button opens it larger, and the dialog then
    /// takes the events until it closes; the share button shares.
    fn control_event(&self, event: &Event, kind: &str) {
        let state = Rc::clone(&self.state.borrow());
        let ViewState::Ready(loaded) = &*state else {
            return;
        };
        let loaded = loaded.borrow();
        if let Some(larger) = self
            .larger
            .borrow_mut()
            .as_mut()
            .filter(|larger| larger.is_open())
        {
            return larger.handle(event, kind);
        }
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok());
        let (Some(target), "click") = (target, kind) else {
            return;
        };
        let text = ui_text(&loaded.article.lang);
        if let Ok(Some(opener)) = target.closest(".av-larger") {
            self.larger
                .replace(Larger::open(&opener, text, &self.id_prefix));
        } else if let Ok(Some(button)) = target.closest(".av-share button") {
            share(&button, &loaded.article, text);
        }
    }

    /// Watches how far the reader gets in the article now in the document, and which
    /// section they are in.
    fn watch_reading(self: &Rc<Self>) {
        let all = |selector| {
            let found = self.target.query_selector_all(selector).ok();
            found.map_or_else(Vec::new, |list| {
                (0..list.length())
                    .filter_map(|index| list.item(index)?.dyn_into::<web_sys::Element>().ok())
                    .collect()
            })
        };
        let links = all(".av-toc a");
        if !links.is_empty() {
            let watch = SectionWatch::start(all(".av-body .av-heading"), links);
            self.sections.replace(watch);
        }
        let find = |selector| self.target.query_selector(selector).ok().flatten();
        let (Some(_), Some(article), Some(body)) = (
            &self.hooks.on_reading,
            find(".av-article"),
            find(".av-body"),
        ) else {
            return;
        };
        let viewer = Rc::downgrade(self);
        let seen = Rc::clone(&self.seen.borrow());
        let watch = ReadingWatch::start(&article, &body, seen, move |reading| {
            if let Some(viewer) = viewer.upgrade() {
                if let Some(on_reading) = &viewer.hooks.on_reading {
                    on_reading(reading);
                }
            }
        });
        self.reading.replace(watch);
    }

    /// The host's children changed: renders again if they now ask for other places.
    fn slots_changed(self: &Rc<Self>) {
        let now = Slots::for_target(&self.target);
        let same = match (&now, &*self.slots.borrow()) {
            (Some(now), Some(before)) => now.same_places(before),
            (now, before) => now.is_none() && before.is_none(),
        };
        if !same {
            self.render_shown();
        }
    }

    pub(crate) fn load(self: &Rc<Self>, source: ArticleSource) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        let inline_error = |error| ViewerError::Document { url: None, error };
        self.fetched_from.replace(None);
        match source {
            ArticleSource::Json(json) => {
                let result =
                    article_core::load_first_screen(json, Some(&self.base_url), &self.limits);
                self.finish(generation, result.map_err(inline_error));
            }
            ArticleSource::Url(raw) => {
                let url = match UrlPolicy::new(Some(&self.base_url)).check(&raw, UrlUse::Document) {
                    Ok(url) => url.to_string(),
                    Err(refusal) => {
                        let reason = refusal.to_string();
                        return self
                            .finish(generation, Err(ViewerError::Refused { url: raw, reason }));
                    }
                };
                self.fetched_from.replace(Some(url.clone()));
                self.show(ViewState::Loading);
                let early = match self.early_fetch.take() {
                    Some(early) if early.url == url => Some(early),
                    // A fetch of another address is of no use: stop it.
                    Some(other) => {
                        other.controller.abort();
                        None
                    }
                    None => None,
                };
                let viewer = Rc::clone(self);
                spawn_local(async move {
                    let limits = viewer.limits;
                    let timeout = viewer.fetch_timeout_ms;
                    let result = fetch_and_load(&url, &limits, timeout, early).await;
                    if generation == viewer.generation.get() && viewer.request_lead_early(&result) {
                        // The image's request starts at the next microtask checkpoint, which
                        // the render would otherwise hold back until it is done.
                        let _ = JsFuture::from(Promise::resolve(&JsValue::UNDEFINED)).await;
                    }
                    viewer.finish(generation, result);
                });
            }
        }
    }

    /// Asks for a fetched article's lead image before the article is built
    /// ([`figure::request_lead_early`]); false when there is none to ask for.
    fn request_lead_early(&self, result: &Result<(Loaded, Option<Rest>), ViewerError>) -> bool {
        let (Ok((loaded, _)), Some(document)) = (result, self.target.owner_document()) else {
            return false;
        };
        let Some(Lead::Image(image)) = &loaded.article.lead else {
            return false;
        };
        figure::request_lead_early(image, &document);
        true
    }

    /// Shows an error instead of an article, as a load that failed would.
    pub(crate) fn fail(self: &Rc<Self>, error: ViewerError) {
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        self.finish(generation, Err(error));
    }

    /// The diagnostics of the article shown now.
    pub(crate) fn diagnostics(&self) -> Vec<Diagnostic> {
        match &**self.state.borrow() {
            ViewState::Ready(loaded) => loaded.borrow().diagnostics.clone(),
            ViewState::Loading | ViewState::Failed(_) => Vec::new(),
        }
    }

    pub(crate) fn set_show_diagnostics(self: &Rc<Self>, show: bool) {
        if self.show_diagnostics.replace(show) != show {
            // The diagnostics on the page are the whole article's.
            self.resolve_rest(usize::MAX);
            self.render_shown();
        }
    }

    pub(crate) fn set_theme(self: &Rc<Self>, theme: Theme) {
        if self.theme.replace(theme) != theme {
            self.render_shown();
        }
    }

    /// Offers the reader controls (with the default choices), or stops offering them.
    pub(crate) fn set_controls(self: &Rc<Self>, shown: bool) {
        if self.choices.get().is_some() != shown {
            self.choices.set(shown.then(ReaderChoices::default));
            self.render_shown();
        }
    }

    /// The providers the page approves now, in place of those it approved before (and of the
    /// reader's approvals, which a page that remembers them includes). The embeds of a provider
    /// added load in place; when one is taken away, the article renders again, without its frames.
    pub(crate) fn set_consent(self: &Rc<Self>, consent: ProviderSet) {
        if self.consent.replace(consent).within(consent) {
            self.load_approved();
        } else {
            self.render_shown();
        }
    }

    /// The reader changed a choice: applied to the article in place, without rendering it
    /// again, so the reader keeps their place.
    fn choose(&self, choices: ReaderChoices) {
        self.choices.set(Some(choices));
        if let Some(viewer) = self.target.query_selector(".av-viewer").ok().flatten() {
            for (name, value) in self.look() {
                let _ = match value {
                    Some(value) => viewer.set_attribute(name, &value),
                    None => viewer.remove_attribute(name),
                };
            }
        }
        if let Some(remember) = self.remember {
            remember(choices);
        }
    }

    /// The attributes of `.av-viewer` that the theme and the reader's choices set.
    fn look(&self) -> [(&'static str, Option<String>); 3] {
        let choices = self.choices.get();
        let theme = match (self.theme.get(), choices) {
            (Theme::Auto, Some(choices)) => choices.theme,
            (theme, _) => theme,
        };
        [
            ("data-theme", theme.attribute().map(str::to_owned)),
            ("data-size", choices.map(|choices| choices.size.to_string())),
            (
                "data-spacing",
                choices.map(|choices| choices.spacing.to_string()),
            ),
        ]
    }

    /// Loads the waiting embeds of every approved provider.
    fn load_approved(&self) {
        let approved = self.consent.get();
        for provider in PROVIDERS
            .iter()
            .filter(|provider| approved.contains(provider))
        {
            load_waiting(&self.target, provider);
        }
    }

    pub(crate) fn unmount(&self) {
        // Later fetches of this viewer find a newer generation and do nothing.
        self.generation.set(self.generation.get() + 1);
        self.renders.set(self.renders.get() + 1);
        self.when_whole.replace(None);
        self.rest.borrow_mut().clear();
        self.unresolved.replace(None);
        self.reading.replace(None);
        self.sections.replace(None);
        self.larger.replace(None);
        self.mounted.replace(None);
    }

    fn finish(
        self: &Rc<Self>,
        generation: u64,
        result: Result<(Loaded, Option<Rest>), ViewerError>,
    ) {
        if generation != self.generation.get() {
            return;
        }
        self.unresolved.replace(None);
        match result {
            Ok((mut loaded, rest)) => {
                match rest {
                    // The diagnostics on the page are the whole article's.
                    Some(rest) if self.show_diagnostics.get() => rest.finish(&mut loaded),
                    Some(rest) => {
                        self.unresolved.replace(Some(rest));
                    }
                    None => {}
                }
                if self.unresolved.borrow().is_none() {
                    browser::log_diagnostics(&loaded.diagnostics);
                }
                self.show(ViewState::Ready(Box::new(RefCell::new(loaded))));
                if self.focus_on_load.replace(false) {
                    self.focus_headline();
                }
            }
            Err(error) => {
                // The story that was to take focus did not come; a later load must not.
                self.focus_on_load.set(false);
                browser::log_error(&error);
                self.show(ViewState::Failed(error));
            }
        }
    }

    /// Replaces what the viewer shows, then tells the page (so that its handlers
    /// find the new content already in the document).
    fn show(self: &Rc<Self>, state: ViewState) {
        // Another article: its reading starts from the top.
        self.seen.replace(Rc::default());
        self.state.replace(Rc::new(state));
        let viewer = Rc::downgrade(self);
        // Once the whole article is in the document (resolved whole by then). No borrow is
        // held while a hook runs: a hook may load another article at once.
        self.when_whole.replace(Some(Box::new(move || {
            let Some(viewer) = viewer.upgrade() else {
                return;
            };
            let state = Rc::clone(&viewer.state.borrow());
            match &*state {
                ViewState::Loading => {}
                ViewState::Ready(loaded) => {
                    if let Some(on_load) = &viewer.hooks.on_load {
                        on_load(&loaded.borrow());
                    }
                }
                ViewState::Failed(error) => {
                    if let Some(on_error) = &viewer.hooks.on_error {
                        on_error(error);
                    }
                }
            }
        })));
        self.render_shown();
    }

    /// Renders what is shown now; [`Self::whole`] once all of it is in the document.
    fn render_shown(self: &Rc<Self>) {
        let render = self.renders.get() + 1;
        self.renders.set(render);
        self.rest.borrow_mut().clear();
        self.reading.replace(None);
        self.sections.replace(None);
        self.larger.replace(None);
        self.mounted.replace(None);
        self.slots
            .replace(Slots::for_target(&self.target).map(Rc::new));
        self.wide.set(self.target.client_width() >= WIDE_PX);
        let viewer = Rc::clone(self);
        let state = Rc::clone(&self.state.borrow());
        let shown = Rc::clone(&state);
        let handle = mount_to(self.target.clone(), move || viewer.render(&shown));
        self.mounted.replace(Some(handle));
        lay_out_opening_blocks(&self.target);
        match &*state {
            ViewState::Ready(loaded) => {
                let blocks = loaded.borrow().article.body.len();
                let first = first_screen_blocks(blocks);
                if blocks > first || self.unresolved.borrow().is_some() {
                    // The rest once the first screen is painted.
                    let viewer = Rc::downgrade(self);
                    after_paint(move || {
                        if let Some(viewer) = viewer.upgrade() {
                            viewer.render_rest(
                                render,
                                first,
                                Batch::new(&viewer.target, first, CHUNK_BLOCKS),
                            );
                        }
                    });
                } else {
                    self.watch_reading();
                    self.whole();
                }
            }
            _ => self.whole(),
        }
    }

    /// All of what is shown is in the document: the embeds of approved providers load, and the
    /// page hears of it if it has not yet.
    fn whole(&self) {
        self.load_approved();
        if let Some(tell) = self.when_whole.take() {
            tell();
        }
    }

    /// Adds the body's blocks from `from` on, a chunk per task, then [`Self::whole`]; stops if
    /// the viewer rendered anew meanwhile. An article shown first screen first is resolved a
    /// chunk at a time, so that no task resolves all of a long article's rest.
    ///
    /// Chunks are built out of the document, in `batch`, and go into it a batch at a time
    /// (see [`BATCH_BLOCKS`]).
    fn render_rest(self: &Rc<Self>, render: u64, from: usize, batch: Option<Batch>) {
        if self.renders.get() != render {
            return;
        }
        let to = from + CHUNK_BLOCKS;
        if self.resolve_rest(to) {
            self.complete_first_screen();
        }
        let state = Rc::clone(&self.state.borrow());
        let ViewState::Ready(loaded) = &*state else {
            return;
        };
        let loaded = loaded.borrow();
        let body = self.target.query_selector(".av-body").ok().flatten();
        let batch = batch.or_else(|| Batch::new(&self.target, from, BATCH_BLOCKS));
        let (Some(body), Some(batch)) = (body, batch) else {
            return;
        };
        let more = loaded.article.body.len() > to || self.unresolved.borrow().is_some();
        let cx = self.render_context(&loaded);
        let chunk = Rc::clone(&state);
        let handle = mount_to(batch.holder.clone(), move || match &*chunk {
            ViewState::Ready(loaded) => blocks_view(&loaded.borrow(), from..to, &cx).into_piece(),
            _ => ().into_piece(),
        });
        self.rest.borrow_mut().push(handle);
        let batch = if !more || to >= batch.until {
            batch.add_to(&body);
            None
        } else {
            Some(batch)
        };
        if more {
            let viewer = Rc::downgrade(self);
            let next = move || {
                if let Some(viewer) = viewer.upgrade() {
                    viewer.render_rest(render, to, batch);
                }
            };
            Timeout::new(0, next).forget();
        } else {
            self.watch_reading();
            self.whole();
        }
    }

    /// Resolves the article shown now as far as `until` blocks, if it was shown first screen
    /// first; true if that resolved the last of it.
    fn resolve_rest(&self, until: usize) -> bool {
        let state = Rc::clone(&self.state.borrow());
        let ViewState::Ready(loaded) = &*state else {
            return false;
        };
        // Never borrowed while the rest is left: this only keeps a mistake from aborting.
        let Ok(mut loaded) = loaded.try_borrow_mut() else {
            return false;
        };
        let Some(rest) = self.unresolved.take() else {
            return false;
        };
        let left = rest.resolve_until(&mut loaded, until);
        let whole = left.is_none();
        self.unresolved.replace(left);
        if whole {
            browser::log_diagnostics(&loaded.diagnostics);
        }
        whole
    }

    /// Fills in what the first screen showed before the whole article was resolved: its
    /// reading time, and its contents (which may list headings further down).
    fn complete_first_screen(self: &Rc<Self>) {
        let state = Rc::clone(&self.state.borrow());
        let ViewState::Ready(loaded) = &*state else {
            return;
        };
        let loaded = loaded.borrow();
        let cx = self.render_context(&loaded);
        let find = |selector| self.target.query_selector(selector).ok().flatten();
        if let Some(reading_time) = find(".av-reading-time") {
            let minutes = (cx.text.reading_time)(loaded.article.reading_minutes);
            reading_time.set_text_content(Some(&minutes));
        }
        let holder = (self.target.owner_document())
            .and_then(|document| document.create_element("div").ok())
            .and_then(|holder| holder.dyn_into::<HtmlElement>().ok());
        let (Some(body), Some(holder)) = (find(".av-body"), holder) else {
            return;
        };
        let whole = Rc::clone(&state);
        let handle = mount_to(holder.clone(), move || match &*whole {
            ViewState::Ready(loaded) => toc_view(&loaded.borrow().article, &cx).into_piece(),
            _ => ().into_piece(),
        });
        let Some(contents) = holder.first_element_child() else {
            return;
        };
        let shown = find(".av-toc");
        let _ = match &shown {
            Some(shown) => {
                // As the reader left it.
                let open = find(".av-toc details").is_some_and(|d| d.has_attribute("open"));
                if let Ok(Some(details)) = contents.query_selector("details") {
                    let _ = details.toggle_attribute_with_force("open", open);
                }
                shown.replace_with_with_node_1(&contents)
            }
            None => body.prepend_with_node_1(&contents),
        };
        self.rest.borrow_mut().push(handle);
    }

    fn render(self: &Rc<Self>, state: &ViewState) -> Piece {
        let page_text = ui_text(&browser::page_language());
        let mut controls = None;
        let content = match state {
            ViewState::Loading => loading_view(page_text).into_piece(),
            ViewState::Failed(error) => error_view(error, page_text, self.retry()).into_piece(),
            ViewState::Ready(loaded) => {
                let loaded = &*loaded.borrow();
                let cx = self.render_context(loaded);
                controls = self.choices.get().map(|choices| {
                    let viewer = Rc::downgrade(self);
                    let on_choice = Rc::new(move |choices| {
                        if let Some(viewer) = viewer.upgrade() {
                            viewer.choose(choices);
                        }
                    });
                    let offer_theme = self.theme.get() == Theme::Auto;
                    controls_view(choices, offer_theme, &loaded.article, &cx, on_choice)
                });
                article_view(loaded, self.show_diagnostics.get(), &cx).into_piece()
            }
        };
        let [(_, theme), (_, size), (_, spacing)] = self.look();
        html::div()
            .class("av-viewer")
            .attr("data-theme", theme)
            .attr("data-size", size)
            .attr("data-spacing", spacing)
            .child((controls, content))
            .into_piece()
    }

    fn render_context(self: &Rc<Self>, loaded: &Loaded) -> RenderContext {
        RenderContext {
            wide: self.wide.get(),
            whole: self.unresolved.borrow().is_none(),
            ..RenderContext::new(
                &loaded.article.lang,
                &self.id_prefix,
                Some(self.story_activation()),
                self.slots.borrow().clone(),
                Consent {
                    approved: Rc::clone(&self.consent),
                    on_given: Some(self.consent_given()),
                },
            )
        }
    }

    fn consent_given(self: &Rc<Self>) -> ConsentGiven {
        let viewer: Weak<Self> = Rc::downgrade(self);
        Rc::new(move |provider, url| {
            if let Some(on_consent) = viewer
                .upgrade()
                .as_ref()
                .and_then(|v| v.hooks.on_consent.as_ref())
            {
                on_consent(provider, url);
            }
        })
    }

    /// Fetches the article again: offered when a fetched article could not be shown.
    fn retry(self: &Rc<Self>) -> Option<Retry> {
        let url = self.fetched_from.borrow().clone()?;
        let viewer = Rc::downgrade(self);
        Some(Rc::new(move || {
            if let Some(viewer) = viewer.upgrade() {
                viewer.load(ArticleSource::Url(url.clone()));
            }
        }))
    }

    fn story_activation(self: &Rc<Self>) -> StoryActivation {
        let viewer: Weak<Self> = Rc::downgrade(self);
        Rc::new(move |link: &StoryLink, event: &MouseEvent| {
            let Some(viewer) = viewer.upgrade() else {
                return;
            };
            if opens_elsewhere(event) {
                return;
            }
            let navigation = match &viewer.hooks.on_navigate {
                Some(on_navigate) => on_navigate(link),
                None => Navigation::InPlace,
            };
            match (navigation, &link.src) {
                (Navigation::InPlace, Some(src)) => {
                    event.prevent_default();
                    viewer.focus_on_load.set(true);
                    viewer.load(ArticleSource::Url(src.to_string()));
                }
                (Navigation::Cancel, _) => event.prevent_default(),
                (Navigation::InPlace | Navigation::FollowLink, _) => {}
            }
        })
    }

    /// After a story opens in place, reading (and a screen reader) starts at its headline.
    fn focus_headline(&self) {
        let headline = self.target.query_selector(".av-headline").ok().flatten();
        if let Some(headline) = headline.and_then(|element| element.dyn_into::<HtmlElement>().ok())
        {
            let _ = headline.focus();
        }
    }
}

/// A click with a modifier key or a middle button asks for a new tab or window:
/// the browser handles it, with the story's web address.
fn opens_elsewhere(event: &MouseEvent) -> bool {
    event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
}

/// Blocks at the top of the body that are laid out with the headline, whatever the screen:
/// more than a first screen shows below the headline and the lead picture (4, 8 and 16
/// measured alike, within the noise: `bench/ab.mjs`).
const OPENING_BLOCKS: u32 = 8;

/// Marks the body's opening blocks as laid out at once (`data-opening`, which
/// `style/viewer.css` leaves out of `content-visibility: auto`). Chromium first lays out a
/// block under `content-visibility: auto` as if it were off screen, and only once that layout
/// finds it on screen styles and lays it out again, in the same frame: the first screen paid
/// for two passes (in a trace of the 10,000-block article, 29 ms of its 63 before the first
/// paint).
fn lay_out_opening_blocks(target: &HtmlElement) {
    let Some(body) = target.query_selector(".av-body").ok().flatten() else {
        return;
    };
    let blocks = body.children();
    for index in 0..blocks.length().min(OPENING_BLOCKS) {
        if let Some(block) = blocks.item(index) {
            let _ = block.set_attribute("data-opening", "");
        }
    }
}

/// Blocks per task: tens of milliseconds of work on a desktop, so that the page still
/// answers input while a long article is built.
const CHUNK_BLOCKS: usize = 200;

/// Blocks that go into the document together, but for the first chunk after the first screen,
/// which goes in alone. Each change to the body costs the browser a pass over all of its
/// blocks: a long article's rest added a chunk at a time would take longer the longer it is.
const BATCH_BLOCKS: usize = 1000;

/// Body blocks rendered out of the document, until they go in: those before block `until`.
struct Batch {
    holder: HtmlElement,
    until: usize,
}

impl Batch {
    fn new(target: &HtmlElement, from: usize, blocks: usize) -> Option<Batch> {
        let holder = target.owner_document()?.create_element("div").ok()?;
        Some(Batch {
            holder: holder.dyn_into().ok()?,
            until: from + blocks,
        })
    }

    /// Moves the batch's blocks (and slots) to the end of `body`, in one change.
    fn add_to(self, body: &web_sys::Element) {
        let _ = body.append_with_node(&js_sys::Array::from(&self.holder.child_nodes()));
    }
}

/// Runs `task` once what the page shows now has been painted: a task queued from an
/// animation frame runs after that frame. A hidden page paints no frames, so there the
/// task is only queued.
fn after_paint(task: impl FnOnce() + 'static) {
    let queue = move || {
        Timeout::new(0, task).forget();
    };
    let window = web_sys::window();
    let visible = window
        .as_ref()
        .and_then(web_sys::Window::document)
        .is_some_and(|document| !document.hidden());
    match window {
        Some(window) if visible => {
            let frame = Closure::once_into_js(queue);
            let _ = window.request_animation_frame(frame.unchecked_ref());
        }
        _ => queue(),
    }
}
