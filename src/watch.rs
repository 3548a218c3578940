//! Watches on the page around a viewer and on its reader, each undone when dropped.

use js_sys::Array;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventTarget, HtmlAnchorElement, IntersectionObserver,
    IntersectionObserverEntry, IntersectionObserverInit, MouseEvent, MutationObserver,
    MutationObserverInit, ShadowRoot, VisibilityState,
};

/// Calls back when the children of the shadow host around a viewer change, or their `slot`
/// attributes do.
pub struct SlotWatch {
    observer: MutationObserver,
    _on_change: Closure<dyn FnMut(Array)>,
}

impl SlotWatch {
    /// A watch on the host of the shadow root `target` is in; none outside a shadow root.
    pub fn new(target: &Element, on_change: impl Fn() + 'static) -> Option<SlotWatch> {
        let root: ShadowRoot = target.get_root_node().dyn_into().ok()?;
        let on_change = Closure::<dyn FnMut(Array)>::new(move |_records| on_change());
        let observer = MutationObserver::new(on_change.as_ref().unchecked_ref()).ok()?;
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        // The children's `slot` attributes are a subtree's: the page's changes deeper down
        // call back too, and cost a look at the host's children.
        options.set_subtree(true);
        options.set_attribute_filter(&Array::of1(&"slot".into()));
        observer.observe_with_options(&root.host(), &options).ok()?;
        Some(SlotWatch {
            observer,
            _on_change: on_change,
        })
    }
}

impl Drop for SlotWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// What a reader did with the article, for the page to measure reading without a tracker.
pub enum Reading<'a> {
    /// The reader has scrolled past this percentage of the body: 25, 50, 75 or 100.
    Progress(u8),
    /// The end of the body has been on screen; the article was on screen this long before.
    Read { seconds: f64 },
    /// The reader followed a link out of the article (not one inside it, nor a story
    /// that opened in place); `external` when it leaves the page's origin.
    Link { url: &'a str, external: bool },
}

const PERCENTS: [u8; 4] = [25, 50, 75, 100];

/// Reports how far down the body a reader got, and for how long the article was on
/// screen. An `IntersectionObserver` on the article and on four marks in the body (at 25,
/// 50, 75 and 100 percent of its height) does it: no scroll handler, no timer; it stops
/// once the end has been seen.
pub struct ReadingWatch {
    observer: IntersectionObserver,
    _on_intersect: Closure<dyn FnMut(Array, IntersectionObserver)>,
    _on_visibility: Option<Listener>,
}

/// What the reader has seen of one article, kept while it is rendered again (in another
/// theme, say), so each percentage is reported once per article.
#[derive(Default)]
pub struct Seen {
    /// The highest percentage of the body passed.
    percent: u8,
    /// Milliseconds the article was on screen, before `since`.
    on_screen_ms: f64,
    /// When the article came on screen (with the page visible), if it is now.
    since: Option<f64>,
    article_intersects: bool,
}

impl Seen {
    /// The article is on screen (or not) from `now` on.
    fn on_screen(&mut self, on_screen: bool, now: f64) {
        match (on_screen, self.since) {
            (true, None) => self.since = Some(now),
            (false, Some(since)) => {
                self.on_screen_ms += now - since;
                self.since = None;
            }
            _ => {}
        }
    }

    fn seconds(&self, now: f64) -> f64 {
        let ms = self.on_screen_ms + self.since.map_or(0.0, |since| now - since);
        (ms / 100.0).round() / 10.0
    }
}

impl ReadingWatch {
    /// A watch on `article` and its `body`, unless `seen` holds that the end was seen.
    pub fn start(
        article: &Element,
        body: &Element,
        seen: Rc<RefCell<Seen>>,
        report: impl Fn(Reading) + 'static,
    ) -> Option<ReadingWatch> {
        if seen.borrow().percent == 100 {
            return None;
        }
        let document = body.owner_document()?;
        let page_visible = {
            let document = document.clone();
            move || document.visibility_state() == VisibilityState::Visible
        };
        let on_intersect = {
            let seen = Rc::clone(&seen);
            let page_visible = page_visible.clone();
            Closure::<dyn FnMut(Array, IntersectionObserver)>::new(
                move |entries: Array, observer: IntersectionObserver| {
                    let now = js_sys::Date::now();
                    let mut seen = seen.borrow_mut();
                    let before = seen.percent;
                    for entry in entries.iter() {
                        let entry: IntersectionObserverEntry = entry.unchecked_into();
                        match mark_percent(&entry.target()) {
                            Some(percent) if passed(&entry) => {
                                seen.percent = seen.percent.max(percent)
                            }
                            Some(_) => {}
                            None => {
                                seen.article_intersects = entry.is_intersecting();
                                let on_screen = seen.article_intersects && page_visible();
                                seen.on_screen(on_screen, now);
                            }
                        }
                    }
                    let after = seen.percent;
                    let seconds = seen.seconds(now);
                    // No borrow is held while the page hears of it.
                    drop(seen);
                    for percent in PERCENTS
                        .into_iter()
                        .filter(|p| (before + 1..=after).contains(p))
                    {
                        report(Reading::Progress(percent));
                    }
                    if before < 100 && after == 100 {
                        observer.disconnect();
                        report(Reading::Read { seconds });
                    }
                },
            )
        };
        let observer = IntersectionObserver::new(on_intersect.as_ref().unchecked_ref()).ok()?;
        observer.observe(article);
        for percent in PERCENTS {
            let mark = document.create_element("div").ok()?;
            mark.set_class_name(&format!("av-mark av-mark-{percent}"));
            let _ = mark.set_attribute("aria-hidden", "true");
            let _ = mark.set_attribute("data-percent", &percent.to_string());
            body.append_child(&mark).ok()?;
            observer.observe(&mark);
        }
        let on_visibility = Listener::new(&document, "visibilitychange", move |_| {
            let mut seen = seen.borrow_mut();
            let on_screen = seen.article_intersects && page_visible();
            seen.on_screen(on_screen, js_sys::Date::now());
        });
        Some(ReadingWatch {
            observer,
            _on_intersect: on_intersect,
            _on_visibility: on_visibility,
        })
    }
}

impl Drop for ReadingWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The percentage a reading mark stands for; none for the article itself.
fn mark_percent(target: &Element) -> Option<u8> {
    target.get_attribute("data-percent")?.parse().ok()
}

/// A mark on screen, or above it: a reader who jumps to the end has passed the middle.
fn passed(entry: &IntersectionObserverEntry) -> bool {
    entry.is_intersecting()
        || entry
            .root_bounds()
            .is_some_and(|root| entry.bounding_client_rect().top() < root.bottom())
}

/// The link a click follows out of the article, if it follows one: not a link inside the
/// article (`#…`), nor a click that a handler cancelled (a story opening in place).
pub fn followed_link(event: &Event) -> Option<(String, bool)> {
    let is_aux = event.type_() == "auxclick";
    let button = event.dyn_ref::<MouseEvent>().map(MouseEvent::button);
    if event.default_prevented() || (is_aux && button != Some(1)) {
        return None;
    }
    let target: Element = event.target()?.dyn_into().ok()?;
    let anchor: HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if anchor.get_attribute("href")?.starts_with('#') {
        return None;
    }
    let page_origin = anchor.owner_document()?.location()?.origin().ok()?;
    Some((anchor.href(), anchor.origin() != page_origin))
}

/// An event listener, removed when dropped.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        callback: impl FnMut(Event) + 'static,
    ) -> Option<Listener> {
        let callback = Closure::<dyn FnMut(Event)>::new(callback);
        target
            .add_event_listener_with_callback(kind, callback.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener {
            target: target.clone(),
            kind,
            callback,
        })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.kind, self.callback.as_ref().unchecked_ref());
    }
}

/// Follows the section being read: its link in the contents gets `aria-current`. The
/// current section is the last whose heading has passed the top third of the screen; the
/// observer's root reaches far above the screen, so that a jump past several headings
/// still reports each of them.
pub struct SectionWatch {
    observer: IntersectionObserver,
    _on_intersect: Closure<dyn FnMut(Array)>,
}

impl SectionWatch {
    /// A watch on `headings`, marking their `links` (one each, in the same order).
    pub fn start(headings: Vec<Element>, links: Vec<Element>) -> Option<SectionWatch> {
        if headings.len() != links.len() {
            return None;
        }
        let observed = headings.clone();
        let mut passed = vec![false; headings.len()];
        let on_intersect = Closure::<dyn FnMut(Array)>::new(move |entries: Array| {
            for entry in entries.iter() {
                let entry: IntersectionObserverEntry = entry.unchecked_into();
                if let Some(index) = headings
                    .iter()
                    .position(|heading| *heading == entry.target())
                {
                    passed[index] = entry.is_intersecting();
                }
            }
            let current = passed.iter().rposition(|&passed| passed);
            for (index, link) in links.iter().enumerate() {
                let _ = if Some(index) == current {
                    link.set_attribute("aria-current", "location")
                } else {
                    link.remove_attribute("aria-current")
                };
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin("1000000px 0px -67% 0px");
        let observer =
            IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options)
                .ok()?;
        for heading in &observed {
            observer.observe(heading);
        }
        Some(SectionWatch {
            observer,
            _on_intersect: on_intersect,
        })
    }
}

impl Drop for SectionWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
