//! Embeds: the placeholder a reader sees first, the frame that loading it builds, the page's
//! pre-approval, and the consent hook.
//!
//! Every viewer here renders in a hidden element: a frame with `loading="lazy"` that is not
//! displayed is never fetched, so no request leaves for a provider (the end-to-end test,
//! `tests/e2e/embeds.test.mjs`, routes the providers' hosts and watches what is fetched).
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::article_core::embed::ProviderSet;
use article_viewer::{mount, ArticleSource, Hooks, ViewerHandle, ViewerOptions};
use common::{new_target, BASE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const YOUTUBE: &str = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";

fn article(lang: &str) -> String {
    serde_json::json!({
        "lang": lang,
        "headline": "Embeds",
        "body": [
            { "type": "embed", "url": YOUTUBE, "title": "Interview with the mayor", "caption": "The mayor, *at work*.", "credit": "City Hall" },
            { "type": "embed", "url": "https://vimeo.com/76979871", "aspect": "4:3" },
            { "type": "embed", "url": "https://youtu.be/dQw4w9WgXcQ?t=90" },
            { "type": "embed", "url": "https://www.example.com/interactive/flood-map", "title": "The flood map" },
            { "type": "embed", "url": "https://www.tiktok.com/@scout2015/video/6718335390845095173" }
        ]
    })
    .to_string()
}

struct View {
    root: HtmlElement,
    handle: Option<ViewerHandle>,
    /// What the consent hook heard: (provider key, page address).
    heard: Rc<RefCell<Vec<(String, String)>>>,
}

impl View {
    /// A viewer of [`article`] in a hidden element, with the page's pre-approval `consent`.
    fn mount(lang: &str, consent: &str) -> View {
        let root = new_target();
        root.set_hidden(true);
        let heard = Rc::new(RefCell::new(Vec::new()));
        let hook_heard = Rc::clone(&heard);
        let handle = mount(
            root.clone(),
            ArticleSource::Json(article(lang)),
            ViewerOptions {
                base_url: Some(BASE.to_owned()),
                consent: ProviderSet::parse(consent),
                hooks: Hooks {
                    on_consent: Some(Box::new(move |provider, url| {
                        hook_heard
                            .borrow_mut()
                            .push((provider.key.to_owned(), url.to_string()));
                    })),
                    ..Hooks::default()
                },
                ..ViewerOptions::default()
            },
        );
        View {
            root,
            handle: Some(handle),
            heard,
        }
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).expect("a selector");
        (0..list.length())
            .filter_map(|index| list.item(index))
            .filter_map(|node| node.dyn_into::<Element>().ok())
            .collect()
    }

    /// The `index`th embed of the body.
    fn embed(&self, index: usize) -> Element {
        self.all(".av-body > figure.av-embed")
            .get(index)
            .cloned()
            .unwrap_or_else(|| panic!("no embed {index}"))
    }

    fn heard(&self) -> Vec<(String, String)> {
        self.heard.borrow().clone()
    }
}

impl Drop for View {
    fn drop(&mut self) {
        self.handle.take();
        self.root.remove();
    }
}

fn text(element: &Element, selector: &str) -> String {
    element
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|found| found.text_content())
        .unwrap_or_else(|| panic!("no {selector} in {}", element.outer_html()))
}

fn attribute(element: &Element, selector: &str, name: &str) -> Option<String> {
    element
        .query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector} in {}", element.outer_html()))
        .get_attribute(name)
}

fn click_load(embed: &Element) {
    embed
        .query_selector("button.av-embed-load")
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into::<HtmlElement>().ok())
        .expect("a load button")
        .click();
}

#[wasm_bindgen_test]
fn each_embed_is_a_placeholder_until_the_reader_agrees() {
    let view = View::mount("en", "");
    assert_eq!(view.all(".av-body > figure.av-embed").len(), 5);
    assert_eq!(view.all("iframe").len(), 0, "no frame before consent");

    let first = view.embed(0);
    assert_eq!(text(&first, ".av-embed-provider"), "YouTube");
    assert_eq!(text(&first, ".av-embed-title"), "Interview with the mayor");
    assert_eq!(
        text(&first, "button.av-embed-load"),
        "Load content from YouTube"
    );
    assert_eq!(
        attribute(&first, "button.av-embed-load", "type").as_deref(),
        Some("button")
    );
    assert_eq!(text(&first, "a.av-embed-open"), "Open on YouTube");
    assert_eq!(
        attribute(&first, "a.av-embed-open", "href").as_deref(),
        Some(YOUTUBE),
        "the link goes to the page the article named"
    );
    assert_eq!(text(&first, "figcaption .av-caption em"), "at work");
    assert_eq!(text(&first, "figcaption .av-credit"), "Source: City Hall");
    // The box keeps the frame's shape: the provider's, or the block's own.
    let shapes: Vec<String> = (0..5)
        .filter_map(|index| {
            view.embed(index)
                .query_selector(".av-embed-frame")
                .ok()
                .flatten()
        })
        .map(|frame| frame.class_name())
        .collect();
    assert_eq!(
        shapes,
        [
            "av-embed-frame av-aspect-16-9",
            "av-embed-frame av-aspect-4-3",
            "av-embed-frame av-aspect-16-9",
            "av-embed-frame av-aspect-9-16",
        ]
    );
    assert_eq!(text(&view.embed(1), ".av-embed-provider"), "Vimeo");
    assert!(
        view.embed(1)
            .query_selector(".av-embed-title")
            .ok()
            .flatten()
            .is_none(),
        "no title, no title line"
    );
}

#[wasm_bindgen_test]
fn an_address_no_provider_frames_is_a_link_card() {
    let view = View::mount("en", "");
    let card = view.embed(3);
    assert_eq!(card.class_name(), "av-figure av-embed av-embed-link");
    assert_eq!(
        attribute(&card, "a.av-embed-card", "href").as_deref(),
        Some("https://www.example.com/interactive/flood-map")
    );
    assert_eq!(text(&card, ".av-embed-title"), "The flood map");
    assert_eq!(text(&card, ".av-embed-host"), "example.com");
    assert!(card
        .query_selector("button, iframe")
        .ok()
        .flatten()
        .is_none());
}

#[wasm_bindgen_test]
fn loading_builds_the_providers_frame_and_tells_the_page_once() {
    let view = View::mount("en", "");
    click_load(&view.embed(0));

    let frame = view
        .embed(0)
        .query_selector(".av-embed-frame > iframe")
        .ok()
        .flatten()
        .expect("a frame in the box");
    let attributes: Vec<(String, Option<String>)> = [
        "src",
        "title",
        "loading",
        "referrerpolicy",
        "sandbox",
        "allow",
    ]
    .iter()
    .map(|name| ((*name).to_owned(), frame.get_attribute(name)))
    .collect();
    let expected = [
        ("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("title", "Interview with the mayor"),
        ("loading", "lazy"),
        ("referrerpolicy", "strict-origin-when-cross-origin"),
        (
            "sandbox",
            "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox",
        ),
        ("allow", "encrypted-media; fullscreen; picture-in-picture"),
    ]
    .map(|(name, value)| (name.to_owned(), Some(value.to_owned())));
    assert_eq!(attributes, expected);
    assert_eq!(
        frame.get_attribute_names().length(),
        6,
        "no other attribute"
    );
    assert!(
        view.embed(0)
            .query_selector(".av-embed-consent")
            .ok()
            .flatten()
            .is_none(),
        "the placeholder is gone"
    );
    assert_eq!(
        text(&view.embed(0), "figcaption .av-caption em"),
        "at work",
        "the caption stays"
    );

    // Approving YouTube loads the article's other YouTube embed too, with its own title; Vimeo
    // and TikTok still wait.
    let other = view
        .embed(2)
        .query_selector("iframe")
        .ok()
        .flatten()
        .expect("the other YouTube embed loaded");
    assert_eq!(
        other.get_attribute("src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    );
    assert_eq!(
        other.get_attribute("title").as_deref(),
        Some("Content from YouTube")
    );
    assert_eq!(view.all("iframe").len(), 2);
    assert_eq!(view.all("button.av-embed-load").len(), 2);
    assert_eq!(view.heard(), [("youtube".to_owned(), YOUTUBE.to_owned())]);

    click_load(&view.embed(1));
    assert_eq!(
        attribute(&view.embed(1), "iframe", "src").as_deref(),
        Some("https://player.vimeo.com/video/76979871?dnt=1")
    );
    assert_eq!(view.heard().len(), 2, "one event per provider");
    assert_eq!(view.heard()[1].0, "vimeo");
}

#[wasm_bindgen_test]
fn the_page_can_approve_providers_ahead() {
    let view = View::mount("en", "vimeo TikTok");
    assert_eq!(
        attribute(&view.embed(1), ".av-embed-frame > iframe", "src").as_deref(),
        Some("https://player.vimeo.com/video/76979871?dnt=1")
    );
    assert_eq!(
        attribute(&view.embed(1), "iframe", "title").as_deref(),
        Some("Content from Vimeo")
    );
    assert_eq!(
        attribute(&view.embed(4), "iframe", "src").as_deref(),
        Some("https://www.tiktok.com/player/v1/6718335390845095173")
    );
    assert_eq!(
        view.all("button.av-embed-load").len(),
        2,
        "YouTube still asks"
    );
    assert!(
        view.heard().is_empty(),
        "the page's own approval is not news to it"
    );

    // The page changes its mind: YouTube now, and not Vimeo or TikTok any more.
    let handle = view.handle.as_ref().expect("mounted");
    handle.set_consent(ProviderSet::parse("youtube"));
    let sources: Vec<String> = view
        .all("iframe")
        .iter()
        .filter_map(|frame| frame.get_attribute("src"))
        .collect();
    assert_eq!(
        sources,
        [
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
        ]
    );
    assert_eq!(view.all("button.av-embed-load").len(), 2);
    assert!(view.heard().is_empty());
}

/// A provider the page adds loads in place: the frames already there stay as they are.
#[wasm_bindgen_test]
fn a_provider_the_page_adds_loads_in_place() {
    let view = View::mount("en", "vimeo");
    let vimeo = view.embed(1).query_selector("iframe").ok().flatten();
    assert!(vimeo.is_some());
    let handle = view.handle.as_ref().expect("mounted");
    handle.set_consent(ProviderSet::parse("vimeo youtube"));
    assert_eq!(
        view.embed(1).query_selector("iframe").ok().flatten(),
        vimeo,
        "the same Vimeo frame"
    );
    assert_eq!(view.all("iframe").len(), 3, "and both YouTube embeds");
    assert_eq!(
        view.all("button.av-embed-load").len(),
        1,
        "TikTok still asks"
    );
    assert!(view.heard().is_empty());
}

/// The reader's approval counts for the viewer's later renders (a theme change), and a page
/// that stores it and says so again changes nothing.
#[wasm_bindgen_test]
fn the_readers_approval_outlives_a_render() {
    let view = View::mount("en", "");
    click_load(&view.embed(1));
    let handle = view.handle.as_ref().expect("mounted");
    let frame = view.embed(1).query_selector("iframe").ok().flatten();
    handle.set_consent(ProviderSet::parse("vimeo"));
    assert_eq!(
        view.embed(1).query_selector("iframe").ok().flatten(),
        frame,
        "the same frame: nothing rendered again"
    );
    handle.set_theme(article_viewer::Theme::Dark);
    assert!(view
        .embed(1)
        .query_selector("iframe")
        .ok()
        .flatten()
        .is_some());
    assert_eq!(view.all("button.av-embed-load").len(), 3);
}

#[wasm_bindgen_test]
fn the_placeholder_speaks_the_articles_language() {
    let view = View::mount("ar", "");
    let first = view.embed(0);
    assert_eq!(
        text(&first, "button.av-embed-load"),
        "تحميل المحتوى من YouTube"
    );
    assert_eq!(text(&first, "a.av-embed-open"), "فتح في YouTube");
    assert_eq!(text(&first, "figcaption .av-credit"), "المصدر: City Hall");
    click_load(&view.embed(1));
    assert_eq!(
        attribute(&view.embed(1), "iframe", "title").as_deref(),
        Some("محتوى من Vimeo")
    );
}
