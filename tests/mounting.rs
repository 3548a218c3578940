//! The Rust mounting API: several independent viewers on one page, replacing an
//! article, unmounting.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{mount, ArticleSource, Hooks, Reading, Theme, ViewerOptions};
use common::{mount_json, mount_with, new_target, wait_until, BLOCKS};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn article(headline: &str) -> String {
    format!(
        r#"{{"headline": "{headline}", "body": [{{"type": "text", "text": "Text[^1].\n\n[^1]: A note."}}]}}"#
    )
}

#[wasm_bindgen_test]
fn viewers_on_one_page_are_independent() {
    let first = mount_json(&article("First"));
    let second = mount_json(&article("Second"));
    assert_eq!(first.text("h1"), "First");
    assert_eq!(second.text("h1"), "Second");
    let first_note = first.one(".av-footnotes li").id();
    let second_note = second.one(".av-footnotes li").id();
    assert_ne!(first_note, second_note, "ids are unique across viewers");

    second
        .handle()
        .load(ArticleSource::Json(article("Second, updated")));
    assert_eq!(first.text("h1"), "First");
    assert_eq!(second.text("h1"), "Second, updated");
    assert_eq!(
        second.count("article"),
        1,
        "the old article is replaced, not kept"
    );
}

#[wasm_bindgen_test]
fn unmounting_removes_what_was_rendered_and_leaves_the_rest() {
    let target = new_target();
    let keep = common::document().create_element("p").expect("p");
    keep.set_text_content(Some("The page's own content"));
    target.append_child(&keep).expect("append");
    let handle = mount(
        target.clone(),
        ArticleSource::Json(article("Temporary")),
        ViewerOptions::default(),
    );
    assert!(target.query_selector("article").ok().flatten().is_some());
    handle.unmount();
    assert!(target.query_selector("article").ok().flatten().is_none());
    assert_eq!(
        target.text_content().as_deref(),
        Some("The page's own content")
    );
    target.remove();
}

#[wasm_bindgen_test]
fn the_load_hook_sees_the_rendered_article() {
    let target = new_target();
    let seen = Rc::new(RefCell::new(None));
    let (seen_by_hook, target_in_hook) = (Rc::clone(&seen), target.clone());
    let hooks = Hooks {
        on_load: Some(Box::new(move |loaded| {
            let rendered = target_in_hook
                .query_selector("h1")
                .ok()
                .flatten()
                .and_then(|h1| h1.text_content());
            *seen_by_hook.borrow_mut() = Some((loaded.article.headline.clone(), rendered));
        })),
        ..Hooks::default()
    };
    let handle = mount(
        target.clone(),
        ArticleSource::Json(article("Hooked")),
        ViewerOptions {
            hooks,
            ..ViewerOptions::default()
        },
    );
    assert_eq!(
        *seen.borrow(),
        Some(("Hooked".to_owned(), Some("Hooked".to_owned())))
    );
    drop(handle);
    target.remove();
}

#[wasm_bindgen_test]
fn theme_and_diagnostics_change_without_reloading() {
    let json = r#"{"headline": "Themed", "body": [{"type": "heading", "text": "x", "level": 9}, {"type": "divider"}]}"#;
    let view = common::mount_json(json);
    assert_eq!(
        view.attr(".av-viewer", "data-theme"),
        None,
        "auto by default"
    );
    view.handle().set_theme(Theme::Dark);
    assert_eq!(
        view.attr(".av-viewer", "data-theme").as_deref(),
        Some("dark")
    );
    view.handle().set_theme(Theme::from_name(Some("LIGHT")));
    assert_eq!(
        view.attr(".av-viewer", "data-theme").as_deref(),
        Some("light")
    );
    assert!(view.find(".av-diagnostics").is_none());
    view.handle().set_show_diagnostics(true);
    assert_eq!(view.text(".av-diagnostics code"), "body[0].level");
    view.handle().set_show_diagnostics(false);
    assert!(view.find(".av-diagnostics").is_none());
    assert_eq!(view.text("h1"), "Themed");
}

#[wasm_bindgen_test]
fn a_hook_may_load_another_article_at_once() {
    let target = new_target();
    let slot: Rc<RefCell<Option<article_viewer::ViewerHandle>>> = Rc::default();
    let from_hook = Rc::clone(&slot);
    let hooks = Hooks {
        on_load: Some(Box::new(move |loaded| {
            if loaded.article.headline == "First" {
                if let Some(handle) = from_hook.borrow().as_ref() {
                    handle.load(ArticleSource::Json(article("Second")));
                }
            }
        })),
        ..Hooks::default()
    };
    let handle = mount(
        target.clone(),
        ArticleSource::Json(article("Zero")),
        ViewerOptions {
            hooks,
            ..ViewerOptions::default()
        },
    );
    slot.replace(Some(handle));
    slot.borrow()
        .as_ref()
        .expect("mounted")
        .load(ArticleSource::Json(article("First")));
    let headline = target
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h1| h1.text_content());
    assert_eq!(headline.as_deref(), Some("Second"));
    slot.replace(None);
    target.remove();
}

#[wasm_bindgen_test]
async fn a_long_article_shows_its_first_screen_at_once_and_the_rest_before_load() {
    let blocks = common::paragraphs(1000);
    let json = format!(
        r#"{{"headline": "A long day", "body": [{}]}}"#,
        blocks.join(",")
    );
    let view = mount_json(&json);
    // The first screen is there as soon as `mount` returns; the rest is not yet.
    assert_eq!(view.text("h1.av-headline"), "A long day");
    let first = view.count(BLOCKS);
    assert!((1..1000).contains(&first), "{first} blocks at first");
    view.settled().await;
    assert_eq!(view.count(BLOCKS), 1000);
    let last = view
        .all(".av-body > .av-text p")
        .pop()
        .and_then(|p| p.text_content());
    assert_eq!(last.as_deref(), Some("Paragraph 999."), "in order");
}

/// A long article's rest is resolved and built a little at a time, so that the page answers
/// between the steps (a task of its own runs between each), and goes into the document a few
/// times, in order, never a block at a time nor all at once.
#[wasm_bindgen_test]
async fn a_long_articles_rest_comes_in_short_steps() {
    let json = format!(
        r#"{{"headline": "A long day", "body": [{}]}}"#,
        common::paragraphs(3000).join(",")
    );
    let view = mount_json(&json);
    let blocks = || view.one(".av-body").child_element_count() as usize;
    let mut counts = vec![blocks()];
    let mut turns = 0;
    while !view.is_settled() {
        common::sleep(0).await;
        turns += 1;
        assert!(turns < 100_000, "the article never settled");
        if counts.last() != Some(&blocks()) {
            counts.push(blocks());
        }
    }
    assert_eq!(counts.first(), Some(&24), "the first screen: {counts:?}");
    assert_eq!(counts.last(), Some(&3000), "{counts:?}");
    assert!(
        (4..=6).contains(&counts.len()),
        "into the document in a few steps: {counts:?}"
    );
    assert!(
        counts
            .windows(2)
            .all(|step| step[0] < step[1] && step[1] - step[0] <= 1000),
        "no step adds more than 1,000 blocks: {counts:?}"
    );
    // 2,976 blocks, 200 a task.
    assert!(
        turns >= 14,
        "the page ran {turns} tasks while the rest was built"
    );
    let last = view.all(".av-body > .av-text p").pop();
    assert_eq!(
        last.and_then(|p| p.text_content()).as_deref(),
        Some("Paragraph 2999."),
        "in order"
    );
}

/// A long article rendered again before all of it is in (a page that sets the theme right
/// after the article, say) still tells the page it loaded, once, when it is whole.
#[wasm_bindgen_test]
async fn a_long_article_rendered_again_before_it_is_whole_still_loads_once() {
    let json = format!(
        r#"{{"headline": "Long", "body": [{}]}}"#,
        common::paragraphs(300).join(",")
    );
    let loads = Rc::new(RefCell::new(0));
    let view = mount_with(
        ArticleSource::Json(json),
        ViewerOptions {
            hooks: Hooks {
                on_load: Some(Box::new({
                    let loads = Rc::clone(&loads);
                    move |_| *loads.borrow_mut() += 1
                })),
                ..Hooks::default()
            },
            ..ViewerOptions::default()
        },
    );
    assert!(view.count(BLOCKS) < 300, "the rest is still to come");
    view.handle().set_theme(Theme::Dark);
    wait_until("the article has loaded", || *loads.borrow() > 0).await;
    assert_eq!(view.count(BLOCKS), 300);
    assert_eq!(
        view.attr(".av-viewer", "data-theme").as_deref(),
        Some("dark")
    );
    common::sleep(100).await;
    assert_eq!(*loads.borrow(), 1, "once");
}

/// A long article whose first screen is resolved before the rest: that screen shows at once,
/// and once the rest is resolved the same page is completed in place (not rendered again):
/// the reading time and the contents become the whole article's, and `on_load` gets what
/// loading it whole gives, diagnostics included.
#[wasm_bindgen_test]
async fn a_long_article_first_screen_first_is_completed_in_place() {
    let mut body: Vec<String> = (0..300)
        .map(|i| {
            let words = "word ".repeat(100);
            format!(r#"{{"type": "text", "text": "Paragraph {i}: {words}"}}"#)
        })
        .collect();
    for (at, id) in [
        (2, "one"),
        (5, "two"),
        (8, "three"),
        (150, "four"),
        (290, "one"),
    ] {
        body[at] = format!(r#"{{"type": "heading", "text": "Part {at}", "id": "{id}"}}"#);
    }
    body[200] = r#"{"type": "image"}"#.to_owned();
    let json = format!(r#"{{"headline": "Long", "body": [{}]}}"#, body.join(","));
    let whole = article_core::load_with(&json, Some(common::BASE), &Default::default())
        .expect("the article loads");
    assert_eq!(whole.diagnostics.len(), 2, "{:?}", whole.diagnostics);

    let loads = Rc::new(RefCell::new(Vec::new()));
    let view = mount_with(
        ArticleSource::Json(json),
        ViewerOptions {
            base_url: Some(common::BASE.to_owned()),
            hooks: Hooks {
                on_load: Some(Box::new({
                    let loads = Rc::clone(&loads);
                    move |loaded| loads.borrow_mut().push(loaded.clone())
                })),
                ..Hooks::default()
            },
            ..ViewerOptions::default()
        },
    );
    let toc_links = |view: &common::Mounted| -> Vec<String> {
        view.all(".av-toc a")
            .iter()
            .map(|a| a.text_content().unwrap_or_default())
            .collect()
    };
    // The first screen: its blocks, and the contents of its headings; the reading time waits.
    assert_eq!(view.count(BLOCKS), 24);
    assert_eq!(toc_links(&view), ["Part 2", "Part 5", "Part 8"]);
    assert_eq!(view.text(".av-reading-time"), "");
    assert!(
        view.handle().diagnostics().is_empty(),
        "none until it is whole"
    );
    let headline = view.one("h1.av-headline");
    view.one(".av-toc details")
        .toggle_attribute_with_force("open", true)
        .unwrap();

    view.settled().await;
    assert_eq!(view.count(BLOCKS), 299);
    assert!(
        headline.is_same_node(Some(&view.one("h1.av-headline"))),
        "the same page"
    );
    assert_eq!(
        toc_links(&view),
        ["Part 2", "Part 5", "Part 8", "Part 150", "Part 290"]
    );
    assert_eq!(view.count(".av-toc"), 1);
    assert!(
        view.one(".av-toc details").has_attribute("open"),
        "left as the reader left it"
    );
    let minutes = whole.article.reading_minutes;
    assert!(minutes > 100, "the whole body's words: {minutes}");
    assert_eq!(view.text(".av-reading-time"), format!("{minutes} min read"));
    let loads = loads.borrow();
    assert_eq!(loads.len(), 1);
    assert_eq!(loads[0].article, whole.article);
    assert_eq!(loads[0].diagnostics, whole.diagnostics);
    assert_eq!(view.handle().diagnostics(), whole.diagnostics);
    // The heading past the first screen that repeats an anchor does not take it.
    assert_eq!(view.count("h2[id$='-a-one']"), 1);
}

/// Contents that only the rest of a long article calls for come at the top of its body.
#[wasm_bindgen_test]
async fn contents_of_headings_past_the_first_screen_come_at_the_top() {
    let mut body = common::paragraphs(300);
    for at in [100, 150, 250] {
        body[at] = format!(r#"{{"type": "heading", "text": "Part {at}"}}"#);
    }
    let view = mount_json(&format!(
        r#"{{"headline": "Long", "body": [{}]}}"#,
        body.join(",")
    ));
    assert_eq!(view.count(".av-toc"), 0, "no headings on the first screen");
    view.settled().await;
    assert_eq!(view.count(".av-toc a"), 3);
    let first = view.one(".av-body").first_element_child();
    assert!(first.is_some_and(|first| first.class_name() == "av-toc"));
}

#[wasm_bindgen_test]
async fn the_reader_is_watched_only_when_a_hook_listens() {
    let unheard = mount_json(&article("Unheard"));
    unheard.settled().await;
    let heard = Rc::new(RefCell::new(Vec::new()));
    let hooks = Hooks {
        on_reading: Some(Box::new({
            let heard = Rc::clone(&heard);
            move |reading| {
                heard.borrow_mut().push(match reading {
                    Reading::Progress(percent) => percent.to_string(),
                    Reading::Read { .. } => "read".to_owned(),
                    Reading::Link { .. } => "link".to_owned(),
                })
            }
        })),
        ..Hooks::default()
    };
    let watched = mount_with(
        ArticleSource::Json(article("Watched")),
        ViewerOptions {
            hooks,
            ..ViewerOptions::default()
        },
    );
    watched.settled().await;
    // The short article comes on screen whole: every quarter at once, then the end. (The
    // page below it makes room to scroll it up.)
    let below = common::new_target();
    below
        .style()
        .set_property("height", "100vh")
        .expect("style");
    watched.one(".av-body").scroll_into_view();
    wait_until("the reading is reported", || heard.borrow().len() == 5).await;
    assert_eq!(*heard.borrow(), ["25", "50", "75", "100", "read"]);
    assert_eq!(
        watched.count(".av-mark"),
        4,
        "the watched body has its marks"
    );
    assert_eq!(unheard.count(".av-mark"), 0, "nothing watches unheard");
    below.remove();
}

/// Two viewers mounted from Rust into one document (no shadow root between them) showing
/// articles with the same heading anchors: each gives the page its own `id`s, and each of its
/// fragment links (Markdown's, the contents', the footnotes') reaches its own element, never
/// the other viewer's. Following one scrolls to that viewer's heading.
#[wasm_bindgen_test]
async fn heading_anchors_are_scoped_per_viewer_and_their_links_reach_their_own() {
    let long = |n: usize| -> String {
        (0..n)
            .map(|i| format!(r#"{{"type": "text", "text": "Paragraph {i} of a long story."}}"#))
            .collect::<Vec<_>>()
            .join(",")
    };
    let story = |headline: &str| {
        format!(
            r#"{{"headline": "{headline}", "body": [
                {{"type": "text", "text": "[To the notes](#notes), a note[^1].\n\n[^1]: A note."}},
                {{"type": "heading", "text": "One", "id": "one"}}, {},
                {{"type": "heading", "text": "Two", "id": "two"}}, {},
                {{"type": "heading", "text": "Notes", "id": "notes"}}, {}
            ]}}"#,
            long(5),
            long(40),
            long(40)
        )
    };
    let first = mount_json(&story("First"));
    let second = mount_json(&story("Second"));
    let document = common::document();

    // One element per viewer for the anchor `notes`, under two `id`s.
    let anchors = document
        .query_selector_all("h2[id$='-a-notes']")
        .expect("a valid selector");
    assert_eq!(anchors.length(), 2);
    assert_ne!(
        first.one("h2[id$='-a-notes']").id(),
        second.one("h2[id$='-a-notes']").id()
    );

    for viewer in [&first, &second] {
        let links = viewer.all("a[href^='#']");
        // The Markdown link, three contents links, the footnote and its way back.
        assert_eq!(links.len(), 6, "{}", viewer.root.outer_html());
        for link in links {
            let href = link.get_attribute("href").unwrap_or_default();
            let id = js_sys::decode_uri_component(&href[1..])
                .map(String::from)
                .expect("a decodable fragment");
            let target = document
                .get_element_by_id(&id)
                .unwrap_or_else(|| panic!("{href} reaches nothing"));
            assert!(
                viewer.root.contains(Some(&target)),
                "{href} reaches an element of another viewer"
            );
        }
    }

    // Following the second viewer's link scrolls to its own heading, not the first's.
    let window = web_sys::window().expect("a window");
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .expect("a height");
    // `getBoundingClientRect().top`, through JS: the crate's web-sys has no DOMRect.
    let top = |view: &common::Mounted| -> f64 {
        let heading = view.one("h2[id$='-a-notes']");
        let method =
            js_sys::Reflect::get(&heading, &"getBoundingClientRect".into()).expect("a method");
        let rect = js_sys::Function::from(method)
            .call0(&heading)
            .expect("a rectangle");
        js_sys::Reflect::get(&rect, &"top".into())
            .ok()
            .and_then(|top| top.as_f64())
            .expect("a top")
    };
    window.scroll_to_with_x_and_y(0.0, 0.0);
    assert!(
        top(&second) > height,
        "the heading starts out of view: the check can fail"
    );
    let link: web_sys::HtmlElement =
        wasm_bindgen::JsCast::dyn_into(second.one(".av-text a[href^='#']")).expect("a link");
    link.click();
    common::wait_until("the second viewer's heading is in view", || {
        (0.0..height).contains(&top(&second))
    })
    .await;
    assert!(
        !(0.0..height).contains(&top(&first)),
        "the first viewer's heading stays out of view"
    );
    // Leave the page as it was for the other tests.
    let location = window.location();
    let address = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let _ = window.history().and_then(|history| {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address))
    });
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// The JS API's `mount` with an object `JSON.stringify` refuses (a cycle, a BigInt) shows why,
/// not "the document is empty"; `validate` says the same.
#[wasm_bindgen_test]
async fn the_js_api_names_an_object_it_cannot_read() {
    use js_sys::{Object, Reflect};
    use wasm_bindgen::JsValue;

    let cyclic = Object::new();
    Reflect::set(&cyclic, &"headline".into(), &"Cycle".into()).expect("set");
    Reflect::set(&cyclic, &"self".into(), &cyclic).expect("set");
    let big = Object::new();
    Reflect::set(&big, &"headline".into(), &js_sys::BigInt::from(5)).expect("set");
    // Positive control: the same reading of an object that is fine renders it.
    let fine = Object::new();
    Reflect::set(&fine, &"headline".into(), &"Fine".into()).expect("set");
    Reflect::set(&fine, &"body".into(), &js_sys::Array::new()).expect("set");

    for (article, expected) in [
        (
            &cyclic,
            "The article object cannot be read as JSON (Converting circular structure to JSON",
        ),
        (
            &big,
            "The article object cannot be read as JSON (Do not know how to serialize a BigInt).",
        ),
    ] {
        let target = new_target();
        let viewer =
            article_viewer::embed::mount(target.clone().into(), article.into(), JsValue::UNDEFINED)
                .unwrap_or_else(|_| panic!("mounted"));
        let root = viewer.element().shadow_root().expect("a shadow root");
        let reason = root
            .query_selector(".av-error-reason")
            .ok()
            .flatten()
            .and_then(|reason| reason.text_content())
            .unwrap_or_default();
        assert!(reason.starts_with(expected), "{reason:?}");
        let diagnostics = article_viewer::embed::validate(article.into(), JsValue::UNDEFINED).await;
        let message = Reflect::get(&js_sys::Array::from(&diagnostics).get(0), &"message".into())
            .ok()
            .and_then(|message| message.as_string())
            .unwrap_or_default();
        assert!(
            message.starts_with(&expected[..30].to_lowercase()),
            "{message:?}"
        );
        viewer.destroy();
        target.remove();
    }
    let target = new_target();
    let viewer =
        article_viewer::embed::mount(target.clone().into(), fine.into(), JsValue::UNDEFINED)
            .unwrap_or_else(|_| panic!("mounted"));
    let root = viewer.element().shadow_root().expect("a shadow root");
    let headline = root
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h1| h1.text_content());
    assert_eq!(headline.as_deref(), Some("Fine"));
    viewer.destroy();
    target.remove();
}

/// A `mount` that fails (here, no shadow root can be made) leaves nothing in the page.
#[wasm_bindgen_test]
fn a_failed_js_mount_leaves_no_element_behind() {
    use js_sys::{Function, Reflect};
    use wasm_bindgen::JsValue;

    let prototype = Reflect::get(&js_sys::global(), &"Element".into())
        .and_then(|element| Reflect::get(&element, &"prototype".into()))
        .expect("Element.prototype");
    let attach = Reflect::get(&prototype, &"attachShadow".into()).expect("attachShadow");
    let refuse = Function::new_no_args("throw new DOMException('refused', 'NotSupportedError')");
    Reflect::set(&prototype, &"attachShadow".into(), &refuse).expect("patch");
    let target = new_target();
    let mounted = article_viewer::embed::mount(
        target.clone().into(),
        JsValue::from_str(r#"{"headline": "Never", "body": []}"#),
        JsValue::UNDEFINED,
    );
    Reflect::set(&prototype, &"attachShadow".into(), &attach).expect("restore");
    assert!(mounted.is_err(), "the mount fails");
    assert_eq!(target.child_element_count(), 0, "{}", target.outer_html());
    // Positive control: with shadow roots allowed again, the same call leaves its element.
    let mounted = article_viewer::embed::mount(
        target.clone().into(),
        JsValue::from_str(r#"{"headline": "Now", "body": []}"#),
        JsValue::UNDEFINED,
    )
    .unwrap_or_else(|_| panic!("mounted"));
    assert_eq!(target.child_element_count(), 1);
    mounted.destroy();
    target.remove();
}
