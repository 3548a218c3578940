//! Prints the diagnostics of article JSON files:
//! `cargo run -p article-core --example validate -- samples/*.json`.
//! Relative URLs resolve against `https://example.org/<file>`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut failed = false;
    for file in std::env::args().skip(1) {
        let base = format!("https://example.org/{file}");
        match std::fs::read_to_string(&file) {
            Err(error) => {
                failed = true;
                println!("{file}: cannot read: {error}");
            }
            Ok(json) => match article_core::load(&json, Some(&base)) {
                Err(error) => {
                    failed = true;
                    println!("{file}: cannot be shown: {error}");
                }
                Ok(loaded) => {
                    println!(
                        "{file}: {} blocks, {} diagnostics",
                        loaded.article.body.len(),
                        loaded.diagnostics.len()
                    );
                    for diagnostic in &loaded.diagnostics {
                        failed = true;
                        println!("  {diagnostic}");
                    }
                }
            },
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
