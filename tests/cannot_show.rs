//! Documents that cannot be shown get one clear error with its place, never a panic.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{ArticleSource, Hooks, ViewerOptions};
use common::{mount_json, mount_with, test_origin, wait_until, Mounted};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn assert_error_view(view: &Mounted, reason_contains: &str, place: Option<&str>) {
    assert!(view.find("article").is_none(), "no article is shown");
    let alert = view.one(".av-error[role=alert]");
    assert_eq!(view.text(".av-error h1"), "This article cannot be shown");
    let reason = view.text(".av-error-reason");
    assert!(
        reason
            .to_lowercase()
            .contains(&reason_contains.to_lowercase()),
        "reason {reason:?} should contain {reason_contains:?}"
    );
    assert_eq!(
        view.find(".av-error-place")
            .and_then(|p| p.text_content())
            .as_deref(),
        place
    );
    drop(alert);
}

#[wasm_bindgen_test]
fn a_json_syntax_error_names_line_and_column() {
    let view = mount_json("{\n  \"headline\": \"Broken\",\n  \"body\": [\n}");
    assert_error_view(&view, "not valid JSON", Some("line 4, column 1"));
}

#[wasm_bindgen_test]
fn a_document_that_is_not_an_object() {
    assert_error_view(
        &mount_json("[1, 2, 3]"),
        "an array; an article is a JSON object",
        None,
    );
    assert_error_view(&mount_json("\"text\""), "a string", None);
    assert_error_view(&mount_json("   "), "empty", None);
}

#[wasm_bindgen_test]
fn an_article_without_a_headline() {
    assert_error_view(
        &mount_json(r#"{"body": []}"#),
        "missing field",
        Some("headline"),
    );
    assert_error_view(
        &mount_json(r#"{"headline": "  ", "body": []}"#),
        "empty",
        Some("headline"),
    );
    assert_error_view(
        &mount_json(r#"{"headline": 42, "body": []}"#),
        "expected a string",
        Some("headline"),
    );
}

#[wasm_bindgen_test]
fn an_article_whose_body_is_not_an_array() {
    assert_error_view(
        &mount_json(r#"{"headline": "H", "body": "text"}"#),
        "expected an array",
        Some("body"),
    );
    assert_error_view(
        &mount_json(r#"{"headline": "H"}"#),
        "missing field",
        Some("body"),
    );
}

#[wasm_bindgen_test]
fn a_version_newer_than_the_viewer() {
    let view = mount_json(r#"{"version": 2, "headline": "From the future", "body": []}"#);
    assert_error_view(&view, "format version 2", Some("version"));
}

#[wasm_bindgen_test]
fn the_error_hook_is_told_and_the_article_hook_is_not() {
    let errors = Rc::new(RefCell::new(Vec::new()));
    let loads = Rc::new(RefCell::new(0));
    let (errors_seen, loads_seen) = (Rc::clone(&errors), Rc::clone(&loads));
    let hooks = Hooks {
        on_error: Some(Box::new(move |error| {
            errors_seen.borrow_mut().push(error.to_string())
        })),
        on_load: Some(Box::new(move |_| *loads_seen.borrow_mut() += 1)),
        ..Hooks::default()
    };
    let _view = mount_with(
        ArticleSource::Json("{".into()),
        ViewerOptions {
            hooks,
            ..ViewerOptions::default()
        },
    );
    assert_eq!(*loads.borrow(), 0);
    assert_eq!(errors.borrow().len(), 1);
    assert!(
        errors.borrow()[0].contains("line 1, column 1"),
        "{:?}",
        errors.borrow()
    );
}

#[wasm_bindgen_test]
fn a_refused_address_is_never_fetched() {
    let view = mount_with(
        ArticleSource::Url("javascript:alert(1)".into()),
        ViewerOptions::default(),
    );
    assert_error_view(&view, "address was refused", None);
    assert_eq!(view.text(".av-error-source"), "javascript:alert(1)");
}

#[wasm_bindgen_test]
async fn a_missing_document_shows_the_status() {
    let url = format!("{}/no-such-article.json", test_origin());
    let view = mount_with(ArticleSource::Url(url.clone()), ViewerOptions::default());
    assert!(
        view.find(".av-loading[role=status]").is_some(),
        "loading is shown while fetching"
    );
    wait_until("the error is shown", || view.find(".av-error").is_some()).await;
    assert_error_view(&view, "404", None);
    assert_eq!(view.text(".av-error-source"), url);
}

#[wasm_bindgen_test]
async fn an_unreachable_server_shows_the_reason() {
    let view = mount_with(
        ArticleSource::Url("http://127.0.0.1:9/article.json".into()),
        ViewerOptions::default(),
    );
    wait_until("the error is shown", || view.find(".av-error").is_some()).await;
    assert_error_view(&view, "could not be fetched", None);
}

#[wasm_bindgen_test]
async fn a_document_that_is_not_json_shows_where_parsing_failed() {
    // The test runner's own page is HTML.
    let view = mount_with(
        ArticleSource::Url(format!("{}/", test_origin())),
        ViewerOptions::default(),
    );
    wait_until("the error is shown", || view.find(".av-error").is_some()).await;
    assert_error_view(&view, "not valid JSON", Some("line 1, column 1"));
}
