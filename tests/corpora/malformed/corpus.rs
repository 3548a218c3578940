//! The malformed-document corpus, shared by the tests that check it: natively
//! `core/tests/malformed.rs` (against `article_core`) and in the browser
//! `tests/malformed.rs` (through the real viewer). It reads `expected.json`, builds the
//! cases too big to check in (named there as `"generated": "<name>"`), and compares
//! what a test observed with what a case expects.
#![allow(dead_code)] // each test uses a different part

use serde_json::Value;

/// The manifest, `expected.json`.
pub struct Manifest {
    /// The address relative URLs in the corpus resolve against.
    pub base: String,
    pub cases: Vec<Case>,
}

pub struct Case {
    /// The file's name in this folder, or the generated case's name.
    pub name: String,
    pub generated: bool,
    pub description: String,
    pub expected: Expected,
}

pub enum Expected {
    /// One error, at `place`: `None` for the document as a whole, else as the viewer
    /// writes it ("line 3, column 12", or a path such as "headline").
    Error {
        place: Option<String>,
        message_contains: String,
    },
    Renders {
        headline: String,
        blocks: usize,
        diagnostics: Vec<ExpectedDiagnostic>,
    },
}

pub struct ExpectedDiagnostic {
    pub severity: String,
    pub path: String,
    pub message_contains: String,
}

/// What a test saw: the error view, or the article with its diagnostics.
#[derive(Debug)]
pub enum Observed {
    Error {
        place: Option<String>,
        message: String,
    },
    Renders {
        headline: String,
        blocks: usize,
        /// Severity (`error`, `warning`), path, message.
        diagnostics: Vec<(String, String, String)>,
    },
}

impl Manifest {
    pub fn parse(json: &str) -> Result<Manifest, String> {
        let manifest: Value =
            serde_json::from_str(json).map_err(|error| format!("expected.json: {error}"))?;
        let base = string(&manifest, "base")?;
        let cases = manifest
            .get("cases")
            .and_then(Value::as_array)
            .ok_or("expected.json: no `cases` array")?
            .iter()
            .map(Case::parse)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Manifest { base, cases })
    }
}

impl Case {
    fn parse(case: &Value) -> Result<Case, String> {
        let (name, generated) = match (string(case, "file"), string(case, "generated")) {
            (Ok(file), Err(_)) => (file, false),
            (Err(_), Ok(name)) => (name, true),
            _ => return Err(format!("a case needs `file` or `generated`: {case}")),
        };
        let description = string(case, "description")?;
        let expected = case
            .get("expected")
            .ok_or_else(|| format!("{name}: no `expected`"))?;
        let expected = if let Some(error) = expected.get("error") {
            let place = match error.get("place") {
                Some(Value::String(place)) if place == "document" => None,
                Some(Value::String(path)) => Some(path.clone()),
                Some(Value::Object(at)) => {
                    let number = |key: &str| at.get(key).and_then(Value::as_u64);
                    match (number("line"), number("column")) {
                        (Some(line), Some(column)) => Some(format!("line {line}, column {column}")),
                        _ => return Err(format!("{name}: a place needs `line` and `column`")),
                    }
                }
                _ => return Err(format!("{name}: the error has no `place`")),
            };
            Expected::Error {
                place,
                message_contains: string(error, "message_contains")?,
            }
        } else if let Some(article) = expected.get("renders") {
            let diagnostics = article
                .get("diagnostics")
                .and_then(Value::as_array)
                .ok_or_else(|| format!("{name}: `renders` needs `diagnostics`"))?
                .iter()
                .map(|diagnostic| {
                    Ok(ExpectedDiagnostic {
                        severity: string(diagnostic, "severity")?,
                        path: string(diagnostic, "path")?,
                        message_contains: string(diagnostic, "message_contains")?,
                    })
                })
                .collect::<Result<Vec<_>, String>>()?;
            Expected::Renders {
                headline: string(article, "headline")?,
                blocks: article
                    .get("blocks")
                    .and_then(Value::as_u64)
                    .ok_or_else(|| format!("{name}: `renders` needs `blocks`"))?
                    as usize,
                diagnostics,
            }
        } else {
            return Err(format!(
                "{name}: `expected` is neither `error` nor `renders`"
            ));
        };
        Ok(Case {
            name,
            generated,
            description,
            expected,
        })
    }

    /// The document's text: a file's bytes decoded as the browser's fetch decodes a
    /// response (UTF-8, each invalid sequence replaced by U+FFFD), or the generated text.
    pub fn text(&self, file: impl FnOnce(&str) -> Option<Vec<u8>>) -> Result<String, String> {
        if self.generated {
            generated(&self.name).ok_or_else(|| format!("{}: no such generated case", self.name))
        } else {
            let bytes = file(&self.name).ok_or_else(|| format!("{}: no such file", self.name))?;
            Ok(String::from_utf8_lossy(&bytes).into_owned())
        }
    }

    /// `Ok` when what was observed is what the case expects, else every difference.
    pub fn check(&self, observed: &Observed) -> Result<(), String> {
        let mut problems = Vec::new();
        match (&self.expected, observed) {
            (
                Expected::Error {
                    place,
                    message_contains,
                },
                Observed::Error {
                    place: seen_place,
                    message,
                },
            ) => {
                if place != seen_place {
                    problems.push(format!(
                        "the place is {seen_place:?}, expected {place:?} (message: {message:?})"
                    ));
                }
                if !contains(message, message_contains) {
                    problems.push(format!(
                        "the message {message:?} does not contain {message_contains:?}"
                    ));
                }
            }
            (
                Expected::Renders {
                    headline,
                    blocks,
                    diagnostics,
                },
                Observed::Renders {
                    headline: seen_headline,
                    blocks: seen_blocks,
                    diagnostics: seen,
                },
            ) => {
                if headline != seen_headline {
                    problems.push(format!(
                        "the headline is {seen_headline:?}, expected {headline:?}"
                    ));
                }
                if blocks != seen_blocks {
                    problems.push(format!("{seen_blocks} blocks, expected {blocks}"));
                }
                let matches = |(expected, (severity, path, message)): (
                    &ExpectedDiagnostic,
                    &(String, String, String),
                )| {
                    &expected.severity == severity
                        && &expected.path == path
                        && message.contains(&expected.message_contains)
                };
                if diagnostics.len() != seen.len() || !diagnostics.iter().zip(seen).all(matches) {
                    let expected: Vec<String> = diagnostics
                        .iter()
                        .map(|d| format!("{} {}: …{}…", d.severity, d.path, d.message_contains))
                        .collect();
                    let seen: Vec<String> = seen
                        .iter()
                        .map(|(severity, path, message)| format!("{severity} {path}: {message}"))
                        .collect();
                    problems.push(format!(
                        "the diagnostics differ:\n    expected {expected:#?}\n    seen {seen:#?}"
                    ));
                }
            }
            (Expected::Error { .. }, Observed::Renders { headline, .. }) => problems.push(format!(
                "it rendered (headline {headline:?}) instead of showing an error"
            )),
            (Expected::Renders { .. }, Observed::Error { place, message }) => problems.push(
                format!("it showed an error instead of rendering: {message:?} at {place:?}"),
            ),
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} ({}):\n  {}",
                self.name,
                self.description,
                problems.join("\n  ")
            ))
        }
    }
}

/// The error view writes the message as a sentence, capitalised: either form matches.
fn contains(message: &str, part: &str) -> bool {
    let mut chars = part.chars();
    let capitalised = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    };
    message.contains(part) || message.contains(&capitalised)
}

fn string(value: &Value, key: &str) -> Result<String, String> {
    value
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("expected.json: no string `{key}` in {value}"))
}

/// The JSON text of the generated case `name`, or `None` for a name not known here.
pub fn generated(name: &str) -> Option<String> {
    Some(match name {
        "arrays-nested-10000" => arrays_nested(10_000),
        "objects-nested-10000" => objects_nested(10_000),
        "json-depth-64" => at_depth(64),
        "json-depth-65" => at_depth(65),
        "markdown-lists-10000" => text_article(&format!("{}deep", "- ".repeat(10_000))),
        "markdown-quotes-10000" => text_article(&format!("{}deep", "> ".repeat(10_000))),
        "emphasis-nested-10000" => {
            text_article(&format!("{}deep{}", "*".repeat(10_000), "*".repeat(10_000)))
        }
        "emphasis-alternating-5000" => text_article(&format!(
            "{}deep{}",
            "*a _b ".repeat(2_500),
            " c_ d*".repeat(2_500)
        )),
        "inline-markdown-nested-10000" => inline_nested(10_000),
        "links-nested-10000" => text_article(&format!(
            "{}deep{}",
            "[".repeat(10_000),
            "](https://example.org/)".repeat(10_000)
        )),
        "string-20mb" => format!(
            "{{\"headline\": \"Generated\", \"body\": [{{\"type\": \"text\", \"text\": \"{}\"}}]}}",
            "a".repeat(20 * 1024 * 1024)
        ),
        "blocks-100000" => blocks(100_000),
        "legit-5000-blocks" => legit(5_000),
        "long-lines" => long_lines(),
        _ => return None,
    })
}

/// An article whose one block is a text block holding `markdown`.
fn text_article(markdown: &str) -> String {
    format!(
        "{{\"headline\": \"Generated\", \"body\": [{{\"type\": \"text\", \"text\": {}}}]}}",
        json_string(markdown)
    )
}

fn json_string(text: &str) -> String {
    if !text.contains(|c: char| c == '"' || c == '\\' || c < ' ') {
        return format!("\"{text}\"");
    }
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c if c < ' ' => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Inline Markdown fields (a standfirst, a caption, a pull quote) nested `depth` deep.
fn inline_nested(depth: usize) -> String {
    format!(
        "{{\"headline\": \"Generated\", \"standfirst\": {}, \"body\": [\
         {{\"type\": \"image\", \"src\": \"a.jpg\", \"alt\": \"\", \"caption\": {}}}, \
         {{\"type\": \"pullquote\", \"text\": {}}}]}}",
        json_string(&format!("{}deep{}", "*".repeat(depth), "*".repeat(depth))),
        json_string(&format!("{}deep", "> ".repeat(depth))),
        json_string(&format!("{}deep", "- ".repeat(depth)))
    )
}

/// Arrays nested `depth` deep in an unknown field, on the third line: the document's
/// object is level 1, so the 64th `[` (column 11 + 64) opens level 65.
fn arrays_nested(depth: usize) -> String {
    format!(
        "{{\n  \"headline\": \"Deep\", \"body\": [{{\"type\": \"divider\"}}],\n  \"extra\": {}{}\n}}",
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

/// Objects nested `depth` deep in an unknown field, on one line: the 64th `{"a":`
/// (column 57 + 5 × 63) opens level 65.
fn objects_nested(depth: usize) -> String {
    format!(
        "{{\"headline\": \"Deep\", \"body\": [], \"lead\": null, \"extra\": {}1{}}}",
        "{\"a\":".repeat(depth),
        "}".repeat(depth)
    )
}

/// A valid article whose deepest array is at level `depth` (the document is level 1).
fn at_depth(depth: usize) -> String {
    format!(
        "{{\"headline\": \"Depth {depth}\", \"body\": [{{\"type\": \"divider\"}}], \"extra\": {}{}}}",
        "[".repeat(depth - 1),
        "]".repeat(depth - 1)
    )
}

/// `count` short text blocks.
fn blocks(count: usize) -> String {
    let body: Vec<String> = (0..count)
        .map(|n| format!("{{\"type\": \"text\", \"text\": \"Block {n}.\"}}"))
        .collect();
    format!(
        "{{\"headline\": \"{count} blocks\", \"body\": [\n{}\n]}}",
        body.join(",\n")
    )
}

/// A long article that is valid throughout: `count` blocks of every kind, about 400
/// bytes each (over 2 MB for 5,000), that must all render with no diagnostic.
fn legit(count: usize) -> String {
    let body: Vec<String> = (0..count)
        .map(|n| match n % 10 {
            0 => format!(
                "{{\"type\": \"heading\", \"text\": \"Section {n}\", \"level\": {}, \"id\": \"s{n}\"}}",
                2 + n % 3
            ),
            1 => format!(
                "{{\"type\": \"image\", \"src\": \"/img/{n}.jpg\", \"alt\": \"Photograph {n}\", \
                 \"caption\": \"The scene on *day {n}*: families queue for bread at a \
                 distribution point outside the town, as the lorries arrive late again\", \"credit\": \"Agency\", \"width\": 1200, \
                 \"height\": 800, \"srcset\": [{{\"src\": \"/img/{n}-600.jpg\", \"width\": 600}}], \
                 \"layout\": \"wide\"}}"
            ),
            2 => format!(
                "{{\"type\": \"pullquote\", \"text\": \"Words worth *repeating*, number {n}: we do not know \
                 where we will sleep tomorrow, and nobody can tell us, because nobody knows where \
                 the front line will be by then\", \
                 \"attribution\": \"A witness\"}}"
            ),
            3 => format!(
                "{{\"type\": \"quote\", \"text\": \"Quoted {n}: we left at night, with what we could \
                 carry, and walked north towards the border until the road was too crowded to \
                 walk on. Nobody told us where to go. The camps were full before we got there, so \
                 we stayed in the olive groves, under sheets of plastic, and waited for the \
                 shelling to stop. It did not stop. It came closer every night, and every morning \
                 more families arrived from the villages we had passed on the way.\\n\\nAnd a \
                 second paragraph, shorter than the first, to end the quotation.\", \
                 \"attribution\": \"A source\", \"cite\": \"https://example.org/{n}\"}}"
            ),
            4 => format!(
                "{{\"type\": \"related\", \"headline\": \"Earlier story {n}\", \
                 \"url\": \"https://example.org/stories/{n}\", \"kicker\": \"Background\"}}"
            ),
            5 => format!(
                "{{\"type\": \"aside\", \"title\": \"Fact box {n}\", \
                 \"text\": \"- one fact, stated plainly and at some length so that the box is \
                 worth reading on its own\\n- another fact, with a number: 3.5 million people live \
                 in the province, about half of them displaced from elsewhere in the country\\n- a \
                 third fact, about the season: the winter nights fall below freezing\\n- a \
                 [link](https://example.org/f{n}) to the background story\"}}"
            ),
            6 => "{\"type\": \"divider\"}".to_owned(),
            _ => format!(
                "{{\"type\": \"text\", \"text\": \"Paragraph {n} of the story, with **strong** words, \
                 *emphasis*, `code` and a [link](https://example.org/p{n}). It runs on for a while, \
                 as the paragraphs of a long live blog do, so that the whole article weighs about \
                 two megabytes by the end of it; readers scroll and scroll.\\n\\nA second paragraph \
                 follows, because live blogs are written in bursts: an update, a quote from an \
                 official, a correction, a photograph described in words, and then the wait for the \
                 next thing to happen. Nothing here is malformed; it is only long, and every one of \
                 its blocks must reach the page, in order, with its words, its links and its \
                 emphasis, exactly as a short article would.\\n\\nA third paragraph closes the entry with a \
                 [source](https://example.org/source/{n}) and a time, 14:{:02} local.\"}}",
                n % 60
            ),
        })
        .collect();
    format!(
        "{{\"headline\": \"A long day, live\", \"lang\": \"en\", \"body\": [\n{}\n]}}",
        body.join(",\n")
    )
}

/// Very long single lines: a 1 MB image URL, a 1 MB link URL in Markdown, a 3 MB word,
/// and a refused 1 MB `javascript:` link, whose diagnostic quotes only its start.
fn long_lines() -> String {
    let long = "a".repeat(1024 * 1024);
    format!(
        "{{\"headline\": \"Long lines\", \"body\": [\
         {{\"type\": \"image\", \"src\": \"https://example.org/{long}.jpg\", \"alt\": \"\"}}, \
         {{\"type\": \"text\", \"text\": \"A [link](https://example.org/{long}) here.\"}}, \
         {{\"type\": \"text\", \"text\": \"{}\"}}, \
         {{\"type\": \"text\", \"text\": \"A [bad link](javascript:{long}) here.\"}}]}}",
        "w".repeat(3 * 1024 * 1024)
    )
}
