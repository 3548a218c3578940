//! A long article's first screen comes first (`load_first_screen`), and finishing the rest
//! gives exactly what `load_with` gives: every block, the reading time, the diagnostics in
//! document order.

mod common;

use article_core::{first_screen_blocks, load_first_screen, load_with, Limits, Loaded, Severity};
use common::{doc, BASE};
use serde_json::{json, Value};

/// Loads `document` both ways; asserts that the first screen held `first` blocks and no
/// diagnostics, and that finishing it gives what the whole load gives. Returns the whole.
#[track_caller]
fn both_ways(document: &Value, limits: &Limits, first: usize) -> Loaded {
    let json = document.to_string();
    let whole = load_with(&json, Some(BASE), limits).expect("the article loads");
    let (mut loaded, rest) = load_first_screen(json.clone(), Some(BASE), limits).expect("it loads");
    let rest = rest.expect("a long body leaves a rest");
    assert_eq!(
        loaded.article.body.len(),
        first,
        "blocks on the first screen"
    );
    assert_eq!(loaded.article.body[..], whole.article.body[..first]);
    assert!(
        loaded.diagnostics.is_empty(),
        "diagnostics wait for the rest"
    );
    rest.finish(&mut loaded);
    assert_eq!(loaded.article, whole.article);
    assert_eq!(loaded.diagnostics, whole.diagnostics);
    let stepped = in_steps(&json, limits, 37, &whole);
    assert_eq!(stepped.article, whole.article);
    assert_eq!(stepped.diagnostics, whole.diagnostics);
    whole
}

/// Loads `json` first screen first, then resolves the rest `step` blocks at a time, as the
/// viewer renders it; asserts that each step adds the next `step` blocks of `whole`, with
/// no diagnostics until the last.
#[track_caller]
fn in_steps(json: &str, limits: &Limits, step: usize, whole: &Loaded) -> Loaded {
    let (mut loaded, rest) =
        load_first_screen(json.to_owned(), Some(BASE), limits).expect("it loads");
    let mut rest = rest.expect("a long body leaves a rest");
    let mut steps = 0;
    loop {
        let until = loaded.article.body.len() + step;
        steps += 1;
        match rest.resolve_until(&mut loaded, until) {
            Some(left) => {
                assert_eq!(loaded.article.body[..], whole.article.body[..until]);
                assert!(loaded.diagnostics.is_empty(), "none until the last step");
                assert_eq!(loaded.article.reading_minutes, 0, "not counted yet");
                rest = left;
            }
            None => break,
        }
    }
    // One more when invalid blocks follow the last valid one.
    let blocks = whole.article.body.len() - first_screen_blocks(whole.article.body.len());
    assert!(
        steps >= blocks.div_ceil(step),
        "{steps} steps for {blocks} blocks"
    );
    loaded
}

/// `count` paragraphs, each with a link.
fn paragraphs(count: usize) -> Vec<Value> {
    (0..count)
        .map(|n| json!({ "type": "text", "text": format!("Paragraph {n} has [a link](https://example.org/{n}) in it.") }))
        .collect()
}

fn paths(loaded: &Loaded) -> Vec<&str> {
    loaded.diagnostics.iter().map(|d| d.path.as_str()).collect()
}

#[test]
fn the_rule_is_every_block_up_to_200_and_24_past_it() {
    assert_eq!(first_screen_blocks(0), 0);
    assert_eq!(first_screen_blocks(200), 200);
    assert_eq!(first_screen_blocks(201), 24);
    assert_eq!(first_screen_blocks(10_000), 24);
}

#[test]
fn a_short_article_comes_whole() {
    let document = doc(json!({ "body": paragraphs(200) }));
    let json = document.to_string();
    let (loaded, rest) = load_first_screen(json.clone(), Some(BASE), &Limits::default()).unwrap();
    assert!(rest.is_none());
    let whole = load_with(&json, Some(BASE), &Limits::default()).unwrap();
    assert_eq!(loaded.article, whole.article);
    assert_eq!(loaded.article.body.len(), 200);
}

#[test]
fn a_long_body_after_a_byte_order_mark_resolves_from_the_right_places() {
    // The document is kept without its mark, and its blocks' places are counted in what is kept.
    let json = doc(json!({ "body": paragraphs(300) })).to_string();
    let whole = load_with(&json, Some(BASE), &Limits::default()).unwrap();
    let marked = format!("\u{feff}{json}");
    let (mut loaded, rest) = load_first_screen(marked, Some(BASE), &Limits::default()).unwrap();
    rest.expect("a long body leaves a rest").finish(&mut loaded);
    assert_eq!(loaded.article, whole.article);
    assert_eq!(loaded.diagnostics, whole.diagnostics);
    assert_eq!(loaded.article.body.len(), 300);
}

#[test]
fn the_fixtures_repeated_past_200_blocks_finish_as_loaded_whole() {
    let mut checked = 0;
    for entry in
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures")).unwrap()
    {
        let path = entry.unwrap().path();
        let mut document: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let body = document["body"].as_array().cloned().unwrap_or_default();
        if body.is_empty() {
            continue;
        }
        let long: Vec<Value> = body
            .iter()
            .cycle()
            .take(body.len().max(300) * 2)
            .cloned()
            .collect();
        document["body"] = Value::Array(long);
        let whole = both_ways(&document, &Limits::default(), 24);
        assert!(whole.article.body.len() > 200, "{}", path.display());
        checked += 1;
    }
    assert_eq!(checked, 7, "fixtures checked");
}

#[test]
fn diagnostics_come_in_document_order_across_the_split() {
    let mut body = paragraphs(300);
    body[3] = json!({ "type": "text" });
    body[30] = json!({ "type": "video" });
    body[40] = json!({ "type": "text", "text": "A [bad link](javascript:alert(1))." });
    body[5] = json!({ "type": "heading", "text": "Again", "id": "again" });
    body[50] = json!({ "type": "heading", "text": "Again", "id": "again" });
    let document = doc(json!({
        "dateline": 7,
        "body": body,
        "tags": [{ "name": "Ok" }, 5],
        "related": "none",
    }));
    let whole = both_ways(&document, &Limits::default(), 24);
    assert_eq!(
        paths(&whole),
        [
            "dateline",
            "body[3].text",
            "body[30].src",
            "body[40].text",
            "body[50].id",
            "tags[1]",
            "related"
        ]
    );
    assert!(whole.diagnostics[3].message.contains("shown as plain text"));
    assert_eq!(whole.diagnostics[3].severity, Severity::Warning);
    // The heading past the first screen did not take the anchor the one on it took.
    let anchors: Vec<_> = whole
        .article
        .body
        .iter()
        .filter_map(|block| match block {
            article_core::Block::Heading(heading) => heading.id.clone(),
            _ => None,
        })
        .collect();
    assert_eq!(anchors.len(), 1, "one heading keeps its id: {anchors:?}");
    assert_eq!(whole.article.body.len(), 298);
}

#[test]
fn the_reading_time_counts_the_whole_body() {
    let words = |n: usize| vec!["word"; n].join(" ");
    let body: Vec<Value> = (0..400)
        .map(|_| json!({ "type": "text", "text": words(100) }))
        .collect();
    let whole = both_ways(&doc(json!({ "body": body })), &Limits::default(), 24);
    // 40,000 words: the first screen's 2,400 would be a tenth of it.
    assert!(
        whole.article.reading_minutes > 100,
        "{}",
        whole.article.reading_minutes
    );
}

#[test]
fn invalid_blocks_at_the_start_do_not_shorten_the_first_screen() {
    let mut body = paragraphs(300);
    for block in &mut body[..30] {
        *block = json!({ "type": "nonsense" });
    }
    let whole = both_ways(&doc(json!({ "body": body })), &Limits::default(), 24);
    assert_eq!(whole.diagnostics.len(), 30);
    assert_eq!(whole.diagnostics[29].path, "body[29].type");
}

#[test]
fn a_body_past_the_block_limit_is_cut_before_its_first_screen() {
    let limits = Limits {
        max_blocks: 250,
        ..Limits::default()
    };
    let document = doc(json!({ "body": paragraphs(300), "tags": [1] }));
    let whole = both_ways(&document, &limits, 24);
    assert_eq!(whole.article.body.len(), 250);
    assert_eq!(paths(&whole), ["body", "tags[0]"]);
    assert!(whole.diagnostics[0].message.contains("maxBlocks"));
}

#[test]
fn a_long_body_of_nothing_valid_is_reported_once_whole() {
    let body = vec![json!({ "type": "nonsense" }); 300];
    let json = doc(json!({ "body": body })).to_string();
    let (loaded, rest) = load_first_screen(json.clone(), Some(BASE), &Limits::default()).unwrap();
    assert!(rest.is_none(), "nothing was left to resolve");
    let whole = load_with(&json, Some(BASE), &Limits::default()).unwrap();
    assert_eq!(loaded.diagnostics, whole.diagnostics);
    assert_eq!(whole.diagnostics.len(), 301);
    assert!(whole.diagnostics[300].message.contains("nothing to show"));
}

#[test]
fn a_long_body_is_checked_whole_before_its_first_screen() {
    let json = doc(json!({ "body": paragraphs(300) })).to_string();
    let late = json.find("Paragraph 250 has").expect("block 250");
    let too_deep = Limits {
        max_json_depth: 4,
        ..Limits::default()
    };
    let mut checked = 0;
    for (broken, limits) in [
        (
            format!("{}\\x{}", &json[..late], &json[late..]),
            Limits::default(),
        ),
        (
            format!("{}{}", &json[..late - 9], &json[late - 8..]),
            Limits::default(),
        ),
        (
            json.replacen("\"Paragraph 250", "[[[\"Paragraph 250\"]]], \"", 1),
            too_deep,
        ),
    ] {
        let whole = load_with(&broken, Some(BASE), &limits).expect_err("broken");
        let first = load_first_screen(broken.clone(), Some(BASE), &limits).err();
        assert_eq!(first, Some(whole), "{}", &broken[late - 40..late + 40]);
        checked += 1;
    }
    assert_eq!(checked, 3);
}

#[test]
fn a_repeated_body_is_read_as_its_later_value_first_screen_first() {
    let later = serde_json::to_string(&paragraphs(300)).unwrap();
    for earlier in ["[{\"type\": \"nonsense\"}]", "7", "{\"a\": [1]}"] {
        let json = format!("{{\"headline\": \"H\", \"body\": {earlier}, \"body\": {later}}}");
        let (mut loaded, rest) =
            load_first_screen(json.clone(), Some(BASE), &Limits::default()).unwrap();
        rest.expect("the later body is long").finish(&mut loaded);
        let whole = load_with(&json, Some(BASE), &Limits::default()).unwrap();
        assert_eq!(loaded.article, whole.article);
        assert_eq!(loaded.diagnostics, whole.diagnostics);
        assert_eq!(whole.article.body.len(), 300);
    }
    // And a later value that is not an array hides an earlier long one.
    let json = format!("{{\"headline\": \"H\", \"body\": {later}, \"body\": 7}}");
    let whole = load_with(&json, Some(BASE), &Limits::default()).expect_err("no body");
    assert_eq!(
        load_first_screen(json.clone(), Some(BASE), &Limits::default()).err(),
        Some(whole)
    );
}
