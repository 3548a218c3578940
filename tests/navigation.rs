//! Activating a related story: in place when it has `src`, otherwise the link is
//! followed; the embedding page's hook can decide otherwise.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{ArticleSource, Hooks, Navigation, ViewerOptions};
use common::{mount_with, test_origin, wait_until, Mounted};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const WITH_STORIES: &str = r#"{
  "headline": "A story with related stories",
  "body": [{ "type": "text", "text": "Body." }],
  "related": [
    { "headline": "Opens in place", "url": "https://news.example/in-place", "src": "missing-story.json" },
    { "headline": "Only on the web", "url": "https://news.example/web" }
  ]
}"#;

fn mount_stories(hooks: Hooks) -> Mounted {
    // Relative `src`s resolve against the test server, which answers 404 for them.
    let base_url = format!("{}/articles/story.json", test_origin());
    mount_with(
        ArticleSource::Json(WITH_STORIES.to_owned()),
        ViewerOptions {
            base_url: Some(base_url),
            hooks,
            ..ViewerOptions::default()
        },
    )
}

/// Clicks a story link and reports whether the viewer prevented the browser from
/// following it. A listener on the root prevents it afterwards in any case, so
/// the test page itself never navigates.
fn click(view: &Mounted, selector: &str, ctrl_key: bool) -> bool {
    let was_prevented = Rc::new(RefCell::new(None));
    let seen = Rc::clone(&was_prevented);
    let guard = Closure::<dyn Fn(Event)>::new(move |event: Event| {
        *seen.borrow_mut() = Some(event.default_prevented());
        event.prevent_default();
    });
    view.root
        .add_event_listener_with_callback("click", guard.as_ref().unchecked_ref())
        .expect("listen");
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_ctrl_key(ctrl_key);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("event");
    view.one(selector).dispatch_event(&event).expect("dispatch");
    view.root
        .remove_event_listener_with_callback("click", guard.as_ref().unchecked_ref())
        .expect("unlisten");
    let prevented = was_prevented.borrow().expect("the click reached the root");
    prevented
}

const IN_PLACE: &str = ".av-related-list > li:nth-child(1) a";
const WEB_ONLY: &str = ".av-related-list > li:nth-child(2) a";

#[wasm_bindgen_test]
async fn a_story_with_src_opens_in_place() {
    let view = mount_stories(Hooks::default());
    assert!(
        click(&view, IN_PLACE, false),
        "the viewer keeps the browser on the page"
    );
    assert!(
        view.find(".av-loading").is_some(),
        "the story is being fetched"
    );
    wait_until("the fetch fails", || view.find(".av-error").is_some()).await;
    assert_eq!(
        view.text(".av-error-source"),
        format!("{}/articles/missing-story.json", test_origin())
    );
}

/// A story that fails to open leaves no promise of focus behind: the page's next load (here,
/// of another article through the handle) keeps the reader where they are. The control: a
/// story that opens moves focus to its headline.
#[wasm_bindgen_test]
async fn focus_moves_to_a_story_that_opened_and_not_after_one_that_failed() {
    let view = mount_stories(Hooks::default());
    view.settled().await;
    assert!(click(&view, IN_PLACE, false));
    wait_until("the fetch fails", || view.find(".av-error").is_some()).await;
    let document = common::document();
    let elsewhere: web_sys::HtmlElement = document
        .create_element("button")
        .expect("button")
        .dyn_into()
        .expect("an HtmlElement");
    document
        .body()
        .expect("body")
        .append_child(&elsewhere)
        .expect("append");
    elsewhere.focus().expect("focus");
    view.handle().load(ArticleSource::Json(
        WITH_STORIES.replace("A story with", "Another story with"),
    ));
    wait_until("the next article is shown", || view.find("h1").is_some()).await;
    let focused = || {
        document
            .active_element()
            .and_then(|element| element.text_content())
    };
    assert_eq!(view.text("h1"), "Another story with related stories");
    assert_eq!(
        focused(),
        elsewhere.text_content(),
        "focus stayed where the reader put it"
    );
    elsewhere.remove();

    // The control: a story that opens takes focus to its headline. The page's `fetch` answers
    // for it, as the test server has no articles.
    js_sys::eval(
        r#"window.realFetch = window.fetch;
        window.fetch = (request) => String(request.url ?? request).endsWith('/opens.json')
          ? Promise.resolve(new Response('{"headline": "Opened", "body": [{"type": "divider"}]}', { headers: { 'content-type': 'application/json' } }))
          : window.realFetch(request);"#,
    )
    .expect("fetch replaced");
    view.handle().load(ArticleSource::Json(
        WITH_STORIES.replace("missing-story.json", "opens.json"),
    ));
    assert!(click(&view, IN_PLACE, false));
    wait_until("the story opens", || {
        view.find("h1")
            .is_some_and(|h1| h1.text_content().as_deref() == Some("Opened"))
    })
    .await;
    js_sys::eval("window.fetch = window.realFetch").expect("fetch restored");
    assert_eq!(focused().as_deref(), Some("Opened"));
}

#[wasm_bindgen_test]
fn a_story_without_src_is_followed() {
    let view = mount_stories(Hooks::default());
    assert!(!click(&view, WEB_ONLY, false));
    assert_eq!(view.text("h1"), "A story with related stories");
}

#[wasm_bindgen_test]
fn a_click_asking_for_a_new_tab_is_left_to_the_browser() {
    let asked = Rc::new(RefCell::new(0));
    let counter = Rc::clone(&asked);
    let hooks = Hooks {
        on_navigate: Some(Box::new(move |_| {
            *counter.borrow_mut() += 1;
            Navigation::InPlace
        })),
        ..Hooks::default()
    };
    let view = mount_stories(hooks);
    assert!(!click(&view, IN_PLACE, true));
    assert_eq!(*asked.borrow(), 0);
    assert_eq!(view.text("h1"), "A story with related stories");
}

#[wasm_bindgen_test]
fn the_page_can_cancel_or_follow_instead() {
    let decisions = Rc::new(RefCell::new(Vec::new()));
    let seen = Rc::clone(&decisions);
    let hooks = Hooks {
        on_navigate: Some(Box::new(move |link| {
            seen.borrow_mut().push(link.headline.clone());
            if link.headline == "Opens in place" {
                Navigation::Cancel
            } else {
                Navigation::FollowLink
            }
        })),
        ..Hooks::default()
    };
    let view = mount_stories(hooks);
    assert!(
        click(&view, IN_PLACE, false),
        "cancelled: the browser does not follow it either"
    );
    assert_eq!(
        view.text("h1"),
        "A story with related stories",
        "and the viewer stays"
    );
    assert!(!click(&view, WEB_ONLY, false));
    assert_eq!(*decisions.borrow(), ["Opens in place", "Only on the web"]);
}
