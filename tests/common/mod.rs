//! Helpers shared by the browser tests: mount a viewer into a fresh element of
//! the real document, query what it rendered, wait for fetches.
#![allow(dead_code)] // each test file uses a different part of this module

use article_viewer::{mount, ArticleSource, ViewerHandle, ViewerOptions};
use js_sys::Promise;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};

/// The address relative URLs in test articles resolve against.
pub const BASE: &str = "https://news.example/articles/story.json";

/// The body's blocks: its children, less the contents, the reading marks and the slots.
pub const BLOCKS: &str = ".av-body > :not(.av-toc, .av-mark, slot)";

pub struct Mounted {
    pub root: HtmlElement,
    pub handle: Option<ViewerHandle>,
    /// Set once the first article (or error) is wholly in the document: a long article's
    /// blocks after the first screen come in later tasks.
    settled: Rc<Cell<bool>>,
}

pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A new element at the end of the body, for one viewer.
pub fn new_target() -> HtmlElement {
    let element = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&element)
        .expect("append");
    element.dyn_into().expect("an HtmlElement")
}

/// `count` text blocks as JSON, "Paragraph 0." on: the body of a long article, for a test to
/// change some of.
pub fn paragraphs(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| format!(r#"{{"type": "text", "text": "Paragraph {i}."}}"#))
        .collect()
}

pub fn mount_with(source: ArticleSource, mut options: ViewerOptions) -> Mounted {
    let root = new_target();
    let settled = Rc::new(Cell::new(false));
    let (on_load, on_error) = (options.hooks.on_load.take(), options.hooks.on_error.take());
    let (loaded, failed) = (Rc::clone(&settled), Rc::clone(&settled));
    options.hooks.on_load = Some(Box::new(move |article| {
        loaded.set(true);
        if let Some(on_load) = &on_load {
            on_load(article);
        }
    }));
    options.hooks.on_error = Some(Box::new(move |error| {
        failed.set(true);
        if let Some(on_error) = &on_error {
            on_error(error);
        }
    }));
    let handle = mount(root.clone(), source, options);
    Mounted {
        root,
        handle: Some(handle),
        settled,
    }
}

/// Mounts article JSON with relative URLs resolved against [`BASE`].
pub fn mount_json(json: &str) -> Mounted {
    mount_with(
        ArticleSource::Json(json.to_owned()),
        ViewerOptions {
            base_url: Some(BASE.to_owned()),
            ..ViewerOptions::default()
        },
    )
}

impl Mounted {
    pub fn one(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| {
            panic!(
                "no element matches `{selector}` in:\n{}",
                self.root.outer_html()
            )
        })
    }

    pub fn find(&self, selector: &str) -> Option<Element> {
        self.root
            .query_selector(selector)
            .expect("a valid selector")
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self
            .root
            .query_selector_all(selector)
            .expect("a valid selector");
        (0..list.length())
            .filter_map(|index| list.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    pub fn count(&self, selector: &str) -> usize {
        self.all(selector).len()
    }

    pub fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }

    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        self.one(selector).get_attribute(name)
    }

    /// Whether the first article (or error) is wholly in the document.
    pub fn is_settled(&self) -> bool {
        self.settled.get()
    }

    /// Waits until the first article (or error) is wholly in the document.
    pub async fn settled(&self) {
        // Up to a minute: a 10,000-block article takes seconds in a debug build.
        for _ in 0..3000 {
            if self.settled.get() {
                return;
            }
            sleep(20).await;
        }
        panic!("timed out waiting until the article is wholly rendered");
    }

    pub fn handle(&self) -> &ViewerHandle {
        self.handle.as_ref().expect("still mounted")
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.handle.take();
        self.root.remove();
    }
}

pub async fn sleep(milliseconds: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .expect("setTimeout");
    });
    JsFuture::from(promise).await.expect("timer");
}

/// Waits until `done` holds, checking every 20 ms for up to 5 s.
pub async fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..250 {
        if done() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting until {what}");
}

/// The origin of the page the tests run in, which serves nothing but the tests.
pub fn test_origin() -> String {
    web_sys::window()
        .expect("a window")
        .location()
        .origin()
        .expect("an origin")
}
