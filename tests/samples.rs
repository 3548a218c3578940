//! The two samples the repository ships render completely and cleanly.
#![cfg(target_arch = "wasm32")]

mod common;

use article_viewer::{ArticleSource, ViewerOptions};
use common::{mount_with, Mounted, BLOCKS};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLES: &str = "https://news.example/samples/";

fn mount_sample(file: &str, json: &str) -> Mounted {
    mount_with(
        ArticleSource::Json(json.to_owned()),
        ViewerOptions {
            base_url: Some(format!("{SAMPLES}{file}")),
            ..ViewerOptions::default()
        },
    )
}

#[wasm_bindgen_test]
fn the_idlib_sample_renders_faithfully() {
    let view = mount_sample("idlib.json", include_str!("../samples/idlib.json"));
    assert!(
        view.handle().diagnostics().is_empty(),
        "{:?}",
        view.handle().diagnostics()
    );
    assert_eq!(
        view.text("h1"),
        "Humanitarian crisis in Idlib: Russia and Assad seek to break the revolution"
    );
    assert!(view
        .text(".av-standfirst")
        .starts_with("As the Assad regime seeks to reassert its grip over Syria"));
    assert_eq!(view.count(".av-body > .av-text > p"), 15);
    assert_eq!(view.text(".av-source"), "TRT World");
    assert_eq!(
        view.attr(".av-lead img", "src").as_deref(),
        Some("https://news.example/samples/media/idlib-lead.png")
    );
    assert!(view
        .text(".av-lead .av-credit")
        .contains("Placeholder image"));
    assert!(
        view.find(".av-byline").is_none(),
        "the source names no author, so none is shown"
    );
    assert!(view.find(".av-published").is_none(), "nor a date");
    let last = view
        .all(".av-body > .av-text > p")
        .last()
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    assert!(last.ends_with("and also into Europe."), "{last}");
    assert_eq!(
        view.attr(".av-related a", "href").as_deref(),
        Some("https://example.org/article-viewer/samples/format-tour")
    );
}

#[wasm_bindgen_test]
async fn the_format_tour_uses_every_block_type_without_a_diagnostic() {
    let view = mount_sample(
        "format-tour.json",
        include_str!("../samples/format-tour.json"),
    );
    view.settled().await;
    assert_eq!(view.count(BLOCKS), 54);
    assert!(
        view.handle().diagnostics().is_empty(),
        "{:?}",
        view.handle().diagnostics()
    );
    for selector in [
        ".av-body > .av-text",
        ".av-body > .av-heading",
        ".av-body > figure.av-image.av-layout-inline",
        ".av-body > figure.av-image.av-layout-wide",
        ".av-body > figure.av-image.av-layout-full",
        ".av-body > figure.av-gallery",
        ".av-body > aside.av-pullquote",
        ".av-body > figure.av-quote",
        ".av-body > aside.av-related-block",
        ".av-body > aside.av-aside",
        ".av-body > figure.av-video",
        ".av-body > hr.av-divider",
        ".av-body > figure.av-embed .av-embed-frame button.av-embed-load",
        ".av-body > figure.av-embed-link > a.av-embed-card",
        ".av-byline a[rel=author]",
        ".av-tags a[rel=tag]",
        ".av-updated time",
        ".av-footnotes",
        ".av-table",
    ] {
        assert!(view.find(selector).is_some(), "the tour shows {selector}");
    }
    assert_eq!(
        view.attr(".av-related a", "href").as_deref(),
        Some("https://news.example/samples/idlib.json")
    );
}
