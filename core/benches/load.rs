//! How long the core takes to turn article JSON into a renderable article (parse,
//! validate, resolve URLs, Markdown to nodes), whole and as far as its first screen (what a
//! long article waits for before it is painted). `cargo bench -p article-core`.

use std::hint::black_box;
use std::time::{Duration, Instant};

const BASE: &str = "https://news.example/samples/article.json";

fn main() {
    let (large, huge) = (large_article(1_000), large_article(5_000));
    let cases = [
        (
            "samples/idlib.json",
            include_str!("../../samples/idlib.json").to_owned(),
        ),
        (
            "samples/format-tour.json",
            include_str!("../../samples/format-tour.json").to_owned(),
        ),
        ("generated, 1,000 blocks", large),
        ("generated, 5,000 blocks", huge),
    ];
    println!("| document | size | median | p90 | first screen, median |");
    println!("|---|---:|---:|---:|---:|");
    for (name, json) in &cases {
        let whole = measure(
            || json.as_str(),
            |json| {
                let loaded = article_core::load(black_box(json), Some(BASE));
                assert!(
                    loaded.is_ok_and(|loaded| loaded.diagnostics.is_empty()),
                    "the benchmark's documents are valid"
                );
            },
        );
        let limits = article_core::Limits::default();
        // Each run is given a copy of its own, untimed: the viewer hands over the text it fetched.
        let first_screen = measure(
            || json.clone(),
            |json| {
                let loaded = article_core::load_first_screen(black_box(json), Some(BASE), &limits);
                assert!(loaded.is_ok(), "the benchmark's documents are valid");
            },
        );
        println!(
            "| {name} | {} KB | {} | {} | {} |",
            json.len() / 1024,
            format_duration(percentile(&whole, 50)),
            format_duration(percentile(&whole, 90)),
            format_duration(percentile(&first_screen, 50)),
        );
    }
}

/// Runs `load` repeatedly for at least a second (and 20 times), after a warm-up, each time
/// on what `input` makes for it (not timed).
fn measure<T>(mut input: impl FnMut() -> T, mut load: impl FnMut(T)) -> Vec<Duration> {
    for _ in 0..5 {
        load(input());
    }
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < 20 || started.elapsed() < Duration::from_secs(1) {
        let given = input();
        let start = Instant::now();
        load(given);
        times.push(start.elapsed());
    }
    times.sort();
    times
}

fn percentile(sorted: &[Duration], percent: usize) -> Duration {
    sorted[(sorted.len() - 1) * percent / 100]
}

fn format_duration(duration: Duration) -> String {
    let micros = duration.as_secs_f64() * 1e6;
    if micros < 1000.0 {
        format!("{micros:.0} µs")
    } else {
        format!("{:.2} ms", micros / 1000.0)
    }
}

/// A long article of every common kind of block, like a live blog that ran all day.
fn large_article(blocks: usize) -> String {
    let body: Vec<String> = (0..blocks)
        .map(|index| match index % 5 {
            0 => format!(r#"{{"type": "heading", "text": "Update {index}", "id": "update-{index}"}}"#),
            1 => format!(
                r#"{{"type": "image", "src": "img/{index}.png", "alt": "Picture {index}", "caption": "A *caption*", "width": 960, "height": 540}}"#
            ),
            2 => r#"{"type": "quote", "text": "Something said, **quoted**.", "attribution": "Someone"}"#.to_owned(),
            _ => format!(
                r#"{{"type": "text", "text": "Paragraph {index} with *emphasis*, a [link](https://news.example/{index}) and enough words to be a real paragraph of a real story, as a reporter files it.\n\n- a list item\n- another"}}"#
            ),
        })
        .collect();
    format!(
        r#"{{"headline": "A long day", "lang": "en", "body": [{}]}}"#,
        body.join(",")
    )
}
