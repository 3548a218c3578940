//! The Rust mounting API: several independent viewers on one page, replacing an
//! article, unmounting.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{mount, ArticleSource, Hooks, Theme, ViewerOptions};
use common::{mount_json, new_target, BLOCKS};
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
fn a_parsed_value_renders_like_text() {
    let value = article_core::json::parse(&article("From a value"), 64).expect("json");
    let target = new_target();
    let handle = mount(
        target.clone(),
        ArticleSource::Value(value),
        ViewerOptions::default(),
    );
    assert_eq!(
        target
            .query_selector("h1")
            .ok()
            .flatten()
            .and_then(|h| h.text_content())
            .as_deref(),
        Some("From a value")
    );
    assert!(handle.diagnostics().is_empty());
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
    let blocks: Vec<String> = (0..1000)
        .map(|i| format!(r#"{{"type": "text", "text": "Paragraph {i}."}}"#))
        .collect();
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
