//! Markdown to safe nodes: the CommonMark subset the format page names, raw HTML
//! kept as text, nesting capped without a stack overflow, inline Markdown flattened.

mod common;

use article_core::markdown::{
    plain_text, Alignment, Footnote, Inline, Markdown, MdBlock, DEFAULT_MAX_NESTING as MAX_NESTING,
};
use common::*;
use std::time::{Duration, Instant};

fn para(inlines: Vec<Inline>) -> MdBlock {
    MdBlock::Paragraph(inlines)
}

fn plain(words: &str) -> MdBlock {
    MdBlock::Plain(vec![text(words)])
}

fn blocks(source: &str) -> Vec<MdBlock> {
    let markdown = md_clean(source);
    assert!(markdown.footnotes.is_empty());
    markdown.blocks
}

fn em(inlines: Vec<Inline>) -> Inline {
    Inline::Emphasis(inlines)
}

fn strong(inlines: Vec<Inline>) -> Inline {
    Inline::Strong(inlines)
}

fn link(href: &str, content: Vec<Inline>) -> Inline {
    Inline::Link {
        href: safe(href),
        title: None,
        content,
    }
}

/// All the words of a Markdown field, as the reading time counts them.
fn words(markdown: &Markdown) -> Vec<String> {
    let mut all = String::new();
    fn collect(blocks: &[MdBlock], all: &mut String) {
        for block in blocks {
            match block {
                MdBlock::Paragraph(inlines)
                | MdBlock::Plain(inlines)
                | MdBlock::Heading {
                    content: inlines, ..
                } => {
                    all.push_str(&plain_text(inlines));
                }
                MdBlock::BlockQuote(blocks) => collect(blocks, all),
                MdBlock::List { items, .. } => items.iter().for_each(|item| collect(item, all)),
                MdBlock::CodeBlock(code) => all.push_str(code),
                MdBlock::Rule => {}
                MdBlock::Table { head, rows, .. } => {
                    for cell in head.iter().chain(rows.iter().flatten()) {
                        all.push_str(&plain_text(cell));
                        all.push(' ');
                    }
                }
            }
            all.push(' ');
        }
    }
    collect(&markdown.blocks, &mut all);
    all.split_whitespace().map(str::to_owned).collect()
}

#[test]
fn paragraphs_and_soft_breaks() {
    assert_eq!(
        blocks("First paragraph\nstill the first.\n\n\nSecond."),
        vec![
            para(vec![text("First paragraph still the first.")]),
            para(vec![text("Second.")])
        ]
    );
    assert_eq!(blocks(""), vec![]);
    assert_eq!(blocks("  \n\n "), vec![]);
}

#[test]
fn hard_breaks() {
    assert_eq!(
        blocks("one  \ntwo\\\nthree"),
        vec![para(vec![
            text("one"),
            Inline::LineBreak,
            text("two"),
            Inline::LineBreak,
            text("three")
        ])]
    );
}

#[test]
fn emphasis_strong_and_strikethrough() {
    assert_eq!(
        blocks("*em* _em_ **strong** __strong__ ***both*** ~~gone~~ **a *b* c**"),
        vec![para(vec![
            em(vec![text("em")]),
            text(" "),
            em(vec![text("em")]),
            text(" "),
            strong(vec![text("strong")]),
            text(" "),
            strong(vec![text("strong")]),
            text(" "),
            em(vec![strong(vec![text("both")])]),
            text(" "),
            Inline::Strikethrough(vec![text("gone")]),
            text(" "),
            strong(vec![text("a "), em(vec![text("b")]), text(" c")]),
        ])]
    );
}

#[test]
fn inline_code_and_code_blocks() {
    assert_eq!(
        blocks("Use `x < y && <b>` here.\n\n```rust\nfn main() {}\n<script>\n```\n\n    indented\n    code\n\n---\n\nafter"),
        vec![
            para(vec![text("Use "), Inline::Code("x < y && <b>".into()), text(" here.")]),
            MdBlock::CodeBlock("fn main() {}\n<script>\n".into()),
            MdBlock::CodeBlock("indented\ncode\n".into()),
            MdBlock::Rule,
            para(vec![text("after")]),
        ]
    );
}

#[test]
fn links_with_titles_relative_and_absolute() {
    assert_eq!(
        blocks("[site](https://example.com/a \"The title\") [up](../other.json) [q](?page=2) [notes](#notes) [mail](mailto:desk@example.org)"),
        vec![para(vec![
            Inline::Link {
                href: safe("https://example.com/a"),
                title: Some("The title".into()),
                content: vec![text("site")],
            },
            text(" "),
            link("https://example.org/other.json", vec![text("up")]),
            text(" "),
            link("https://example.org/news/story.json?page=2", vec![text("q")]),
            text(" "),
            link("#notes", vec![text("notes")]),
            text(" "),
            link("mailto:desk@example.org", vec![text("mail")]),
        ])]
    );
}

#[test]
fn reference_links() {
    assert_eq!(
        blocks("See [the report][r] and [R].\n\n[r]: https://example.com/report \"Report\"\n"),
        vec![para(vec![
            text("See "),
            Inline::Link {
                href: safe("https://example.com/report"),
                title: Some("Report".into()),
                content: vec![text("the report")],
            },
            text(" and "),
            Inline::Link {
                href: safe("https://example.com/report"),
                title: Some("Report".into()),
                content: vec![text("R")],
            },
            text("."),
        ])]
    );
}

#[test]
fn autolinks_and_email_autolinks() {
    assert_eq!(
        blocks("<https://example.com/path?q=1> and <editor@example.org>"),
        vec![para(vec![
            link(
                "https://example.com/path?q=1",
                vec![text("https://example.com/path?q=1")]
            ),
            text(" and "),
            link(
                "mailto:editor@example.org",
                vec![text("editor@example.org")]
            ),
        ])]
    );
    // A bare address is not a link (no GFM autolink extension).
    assert_eq!(
        blocks("www.example.com"),
        vec![para(vec![text("www.example.com")])]
    );
}

#[test]
fn links_with_formatting_inside() {
    assert_eq!(
        blocks("[**bold** link](https://example.com/)"),
        vec![para(vec![link(
            "https://example.com/",
            vec![strong(vec![text("bold")]), text(" link")]
        )])]
    );
}

#[test]
fn images() {
    assert_eq!(
        blocks(
            "![A *map* of `Idlib`](maps/idlib.png \"Map\") ![](data:image/png;base64,iVBORw0KGgo=)"
        ),
        vec![para(vec![
            Inline::Image {
                src: safe("https://example.org/news/maps/idlib.png"),
                alt: "A map of Idlib".into(),
                title: Some("Map".into()),
            },
            text(" "),
            Inline::Image {
                src: safe("data:image/png;base64,iVBORw0KGgo="),
                alt: String::new(),
                title: None
            },
        ])]
    );
    // An image inside a link.
    assert_eq!(
        blocks("[![logo](logo.png)](https://example.com/)"),
        vec![para(vec![link(
            "https://example.com/",
            vec![Inline::Image {
                src: safe("https://example.org/news/logo.png"),
                alt: "logo".into(),
                title: None
            }]
        )])]
    );
}

#[test]
fn bulleted_and_ordered_lists() {
    assert_eq!(
        blocks("- one\n- two *2*\n\n* other list"),
        vec![
            MdBlock::List {
                start: None,
                items: vec![
                    vec![plain("one")],
                    vec![MdBlock::Plain(vec![text("two "), em(vec![text("2")])])]
                ],
            },
            MdBlock::List {
                start: None,
                items: vec![vec![plain("other list")]]
            },
        ]
    );
    assert_eq!(
        blocks("3. three\n4. four\n"),
        vec![MdBlock::List {
            start: Some(3),
            items: vec![vec![plain("three")], vec![plain("four")]]
        }]
    );
    assert_eq!(
        blocks("1) one\n"),
        vec![MdBlock::List {
            start: Some(1),
            items: vec![vec![plain("one")]]
        }]
    );
    assert_eq!(
        blocks("0. zero\n"),
        vec![MdBlock::List {
            start: Some(0),
            items: vec![vec![plain("zero")]]
        }]
    );
}

#[test]
fn loose_list_items_hold_paragraphs_and_tight_ones_plain_text() {
    assert_eq!(
        blocks("- a\n\n- b\n"),
        vec![MdBlock::List {
            start: None,
            items: vec![vec![para(vec![text("a")])], vec![para(vec![text("b")])]],
        }]
    );
    assert_eq!(
        blocks("- a\n  - b\n  - c\n- d"),
        vec![MdBlock::List {
            start: None,
            items: vec![
                vec![
                    plain("a"),
                    MdBlock::List {
                        start: None,
                        items: vec![vec![plain("b")], vec![plain("c")]]
                    },
                ],
                vec![plain("d")],
            ],
        }]
    );
}

#[test]
fn headings_are_clamped_to_levels_two_to_six() {
    let heading = |level, words: &str| MdBlock::Heading {
        level,
        content: vec![text(words)],
    };
    assert_eq!(
        blocks("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n\nSetext\n===\n\nSetext two\n---"),
        vec![
            heading(2, "One"),
            heading(2, "Two"),
            heading(3, "Three"),
            heading(4, "Four"),
            heading(5, "Five"),
            heading(6, "Six"),
            heading(2, "Setext"),
            heading(2, "Setext two"),
        ]
    );
    assert_eq!(
        blocks("####### seven"),
        vec![para(vec![text("####### seven")])]
    );
}

#[test]
fn markdown_extensions_the_format_leaves_out_stay_text() {
    // The format's Markdown is CommonMark with tables, strikethrough and footnotes; the
    // parser's other extensions are compiled out of it (vendor/pulldown-cmark, change 5).
    let paragraph = |words: &str| vec![para(vec![text(words)])];
    let cases = [
        (
            "[[Wiki]] [[page|label]]",
            paragraph("[[Wiki]] [[page|label]]"),
        ),
        ("$x$ and $$y$$", paragraph("$x$ and $$y$$")),
        ("^up^ H~2~O", paragraph("^up^ H~2~O")),
        ("\"quoted\" -- ...", paragraph("\"quoted\" -- ...")),
        ("Term\n: definition", paragraph("Term : definition")),
        (
            "# Title {#anchor .class}",
            vec![MdBlock::Heading {
                level: 2,
                content: vec![text("Title {#anchor .class}")],
            }],
        ),
        (
            "> [!NOTE]\n> text",
            vec![MdBlock::BlockQuote(paragraph("[!NOTE] text"))],
        ),
    ];
    for (source, expected) in cases {
        assert_eq!(blocks(source), expected, "{source}");
    }
}

#[test]
fn block_quotes() {
    assert_eq!(
        blocks("> quoted\n> still\n>\n> second\n>> nested"),
        vec![MdBlock::BlockQuote(vec![
            para(vec![text("quoted still")]),
            para(vec![text("second")]),
            MdBlock::BlockQuote(vec![para(vec![text("nested")])]),
        ])]
    );
}

#[test]
fn tables_with_alignment() {
    assert_eq!(
        blocks("| Name | Age | City | Note |\n|:-----|:---:|-----:|------|\n| *Ana* | 30 | Idlib | |\n| Ben | 4 | Aleppo | x |"),
        vec![MdBlock::Table {
            alignments: vec![Alignment::Left, Alignment::Center, Alignment::Right, Alignment::None],
            head: vec![vec![text("Name")], vec![text("Age")], vec![text("City")], vec![text("Note")]],
            rows: vec![
                vec![vec![em(vec![text("Ana")])], vec![text("30")], vec![text("Idlib")], vec![]],
                vec![vec![text("Ben")], vec![text("4")], vec![text("Aleppo")], vec![text("x")]],
            ],
        }]
    );
    // A table with a head only.
    assert_eq!(
        blocks("| a | b |\n|---|--:|"),
        vec![MdBlock::Table {
            alignments: vec![Alignment::None, Alignment::Right],
            head: vec![vec![text("a")], vec![text("b")]],
            rows: vec![],
        }]
    );
}

#[test]
fn footnotes_are_numbered_by_first_reference() {
    let markdown = md_clean(
        "Alpha[^later] beta[^first] gamma[^later].\n\n[^first]: The *first* defined.\n\n[^later]: Referenced first.\n\n[^unused]: Never referenced.\n",
    );
    assert_eq!(
        markdown.blocks,
        vec![para(vec![
            text("Alpha"),
            Inline::FootnoteReference(1),
            text(" beta"),
            Inline::FootnoteReference(2),
            text(" gamma"),
            Inline::FootnoteReference(1),
            text("."),
        ])]
    );
    assert_eq!(
        markdown.footnotes,
        vec![
            Footnote {
                number: 1,
                blocks: vec![para(vec![text("Referenced first.")])]
            },
            Footnote {
                number: 2,
                blocks: vec![para(vec![
                    text("The "),
                    em(vec![text("first")]),
                    text(" defined.")
                ])],
            },
        ]
    );
}

#[test]
fn footnote_labels_match_regardless_of_case() {
    let markdown = md_clean("See[^Note].\n\n[^note]: The body.\n");
    assert_eq!(
        markdown.blocks,
        vec![para(vec![
            text("See"),
            Inline::FootnoteReference(1),
            text(".")
        ])]
    );
    assert_eq!(
        markdown.footnotes,
        vec![Footnote {
            number: 1,
            blocks: vec![para(vec![text("The body.")])]
        }]
    );
}

#[test]
fn a_reference_to_an_undefined_footnote_stays_text() {
    let markdown = md_clean("See[^missing].");
    assert_eq!(markdown.blocks, vec![para(vec![text("See[^missing].")])]);
    assert!(markdown.footnotes.is_empty());
}

#[test]
fn footnotes_may_be_defined_before_use() {
    let markdown = md_clean("[^b]: Defined first.\n\nText[^b].");
    assert_eq!(
        markdown.blocks,
        vec![para(vec![
            text("Text"),
            Inline::FootnoteReference(1),
            text(".")
        ])]
    );
    assert_eq!(
        markdown.footnotes,
        vec![Footnote {
            number: 1,
            blocks: vec![para(vec![text("Defined first.")])]
        }]
    );
}

#[test]
fn a_footnote_referenced_only_from_a_footnote_comes_after_it() {
    let markdown = md_clean("Text[^a].\n\n[^a]: A, see[^b].\n\n[^b]: B.\n");
    assert_eq!(
        markdown.blocks,
        vec![para(vec![
            text("Text"),
            Inline::FootnoteReference(1),
            text(".")
        ])]
    );
    assert_eq!(
        markdown.footnotes,
        vec![
            Footnote {
                number: 1,
                blocks: vec![para(vec![
                    text("A, see"),
                    Inline::FootnoteReference(2),
                    text(".")
                ])]
            },
            Footnote {
                number: 2,
                blocks: vec![para(vec![text("B.")])]
            },
        ]
    );
}

#[test]
fn a_footnote_without_definition_text_is_kept_empty() {
    let markdown = md_clean("x[^e]\n\n[^e]:\n");
    assert_eq!(
        markdown.blocks,
        vec![para(vec![text("x"), Inline::FootnoteReference(1)])]
    );
    assert_eq!(
        markdown.footnotes,
        vec![Footnote {
            number: 1,
            blocks: vec![]
        }]
    );
}

#[test]
fn raw_html_block_stays_text_with_one_warning() {
    let (markdown, diagnostics) = md("<script>alert(1)</script>\n\n<div onclick=\"x()\">\n*not emphasis*\n</div>\n\nAfter <b>bold</b> and <img src=x onerror=alert(1)>.");
    assert_diagnostics(
        &diagnostics,
        &[(
            Warning,
            "body[0].text",
            "raw HTML in Markdown is shown as text",
        )],
    );
    assert_eq!(
        markdown.blocks,
        vec![
            para(vec![text("<script>alert(1)</script>\n")]),
            para(vec![text(
                "<div onclick=\"x()\">\n*not emphasis*\n</div>\n"
            )]),
            para(vec![text(
                "After <b>bold</b> and <img src=x onerror=alert(1)>."
            )]),
        ]
    );
}

#[test]
fn raw_inline_html_stays_text() {
    let (markdown, diagnostics) = md("a <script>alert(1)</script> b <!-- comment --> c");
    assert_diagnostics(&diagnostics, &[(Warning, "body[0].text", "raw HTML")]);
    assert_eq!(
        markdown.blocks,
        vec![para(vec![text(
            "a <script>alert(1)</script> b <!-- comment --> c"
        )])]
    );
    let (inlines, diagnostics) = inline_md("Caption <iframe src=\"javascript:alert(1)\"></iframe>");
    assert_diagnostics(&diagnostics, &[(Warning, "standfirst", "raw HTML")]);
    assert_eq!(
        inlines,
        vec![text(
            "Caption <iframe src=\"javascript:alert(1)\"></iframe>"
        )]
    );
}

#[test]
fn markdown_without_html_gives_no_warning() {
    let (_, diagnostics) = md("a < b > c & d &amp; e");
    assert_diagnostics(&diagnostics, &[]);
    assert_eq!(
        md_clean("a < b > c &amp; &lt;i&gt;").blocks,
        vec![para(vec![text("a < b > c & <i>")])]
    );
}

/// Named character references, decoded by the vendored pulldown-cmark's packed entity table
/// (vendor/pulldown-cmark/README.vendored.md): first, last, short, multi-character and
/// one-byte-off names.
#[test]
fn entities_are_decoded_to_their_characters() {
    assert_eq!(
        md_clean("&AElig; &zwnj;x &semi; &fjlig; &copy;&nbsp;2026 &NotNestedGreaterGreater;")
            .blocks,
        vec![para(vec![text(
            "\u{C6} \u{200C}x ; fj \u{A9}\u{A0}2026 \u{2AA2}\u{338}"
        )])]
    );
    assert_eq!(
        md_clean("&copyx; &cop; &zzzz; &AAAA;").blocks,
        vec![para(vec![text("&copyx; &cop; &zzzz; &AAAA;")])]
    );
}

/// Reference labels match without regard to case, Unicode letters included (the vendored
/// pulldown-cmark compares their lower case: vendor/pulldown-cmark/README.vendored.md).
#[test]
fn reference_labels_match_in_any_case() {
    let blocks = md_clean(
        "[one][Ärger] and [two][ZEIT]\n\n[ärger]: https://e.example/a\n[Zeit]: https://e.example/z",
    )
    .blocks;
    let MdBlock::Paragraph(inlines) = &blocks[0] else {
        panic!("{blocks:?}");
    };
    let hrefs: Vec<String> = inlines
        .iter()
        .filter_map(|inline| match inline {
            Inline::Link { href, .. } => Some(href.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(hrefs, ["https://e.example/a", "https://e.example/z"]);
}

/// How many block quotes, one in each other, `blocks` is; and what the innermost holds.
fn quotes_in_each_other(mut blocks: &Vec<MdBlock>) -> (usize, &Vec<MdBlock>) {
    let mut depth = 0;
    while let [MdBlock::BlockQuote(inner)] = blocks.as_slice() {
        depth += 1;
        blocks = inner;
    }
    (depth, blocks)
}

#[test]
fn deeply_nested_block_quotes_are_flattened_without_overflow() {
    let source = format!("{}deep words", "> ".repeat(5_000));
    let started = Instant::now();
    let (markdown, diagnostics) = md(&source);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_diagnostics(
        &diagnostics,
        &[(
            Warning,
            "body[0].text",
            &format!("nested more than {MAX_NESTING} levels deep"),
        )],
    );
    // MAX_NESTING quotes are kept, and the words land in the innermost one.
    let (depth, level) = quotes_in_each_other(&markdown.blocks);
    assert_eq!(depth, MAX_NESTING);
    assert_eq!(level, &vec![plain("deep words")]);
}

#[test]
fn deeply_nested_lists_are_flattened_without_overflow() {
    let source = format!("{}deep", "- ".repeat(5_000));
    let started = Instant::now();
    let (markdown, diagnostics) = md(&source);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_diagnostics(&diagnostics, &[(Warning, "body[0].text", "flattened")]);
    let mut depth = 0;
    let mut level = &markdown.blocks;
    while let [MdBlock::List { items, .. }] = level.as_slice() {
        let [item] = items.as_slice() else {
            panic!("one item per level")
        };
        depth += 1;
        level = item;
    }
    // The limit counts levels of lists, not the elements that make them (a list and its item).
    assert_eq!(depth, MAX_NESTING);
    assert_eq!(level, &vec![plain("deep")]);

    // Nested items each with their own words: every word stays, apart.
    let source: String = (0..5_000)
        .map(|n| format!("{}- w{n}\n", "  ".repeat(n.min(60))))
        .collect();
    let (markdown, diagnostics) = md(&source);
    assert_eq!(diagnostics.len(), 1);
    let expected: Vec<String> = (0..5_000).map(|n| format!("w{n}")).collect();
    assert_eq!(words(&markdown), expected);
}

#[test]
fn text_at_the_nesting_limit_is_kept_whatever_holds_it() {
    // Quotes and lists alternating put a list at the limit.
    let (markdown, diagnostics) = md(&format!("{}deep", "> - ".repeat(2_500)));
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(words(&markdown), ["deep"]);

    // A list or a table exactly at the limit keeps its text.
    let quotes = "> ".repeat(MAX_NESTING - 1);
    let (markdown, diagnostics) = md(&format!("{quotes}- item one\n{quotes}- item two\n"));
    assert!(diagnostics.len() <= 1);
    assert_eq!(words(&markdown), ["item", "one", "item", "two"]);

    let (markdown, diagnostics) = md(&format!(
        "{quotes}- loose *one*\n{quotes}\n{quotes}- loose two\n"
    ));
    assert!(diagnostics.len() <= 1);
    assert_eq!(words(&markdown), ["loose", "one", "loose", "two"]);

    let (markdown, diagnostics) = md(&format!(
        "{quotes}| a | *b* |\n{quotes}|---|---|\n{quotes}| c | d |\n"
    ));
    assert!(diagnostics.len() <= 1);
    assert_eq!(words(&markdown), ["a", "b", "c", "d"]);
}

#[test]
fn flattened_blocks_keep_their_words_apart() {
    let quotes = "> ".repeat(MAX_NESTING + 8);
    let (markdown, diagnostics) = md(&format!(
        "{quotes}first\n{quotes}\n{quotes}second\n{quotes}\n{quotes}# third\n"
    ));
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(words(&markdown), ["first", "second", "third"]);
}

#[test]
fn deeply_nested_emphasis_is_flattened_and_keeps_every_word() {
    let source = format!("{}core{}", "*a ".repeat(2_000), " b*".repeat(2_000));
    let started = Instant::now();
    let (markdown, diagnostics) = md(&source);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "took {:?}",
        started.elapsed()
    );
    assert_diagnostics(&diagnostics, &[(Warning, "body[0].text", "flattened")]);
    let all = words(&markdown);
    assert_eq!(all.len(), 4_001);
    assert_eq!(all.iter().filter(|word| *word == "a").count(), 2_000);
    assert_eq!(all[2_000], "core");
    // The tree itself is no deeper than the cap.
    fn depth(inlines: &[Inline]) -> usize {
        inlines
            .iter()
            .map(|inline| match inline {
                Inline::Emphasis(inner) | Inline::Strong(inner) => 1 + depth(inner),
                _ => 0,
            })
            .max()
            .unwrap_or(0)
    }
    let [MdBlock::Paragraph(inlines)] = markdown.blocks.as_slice() else {
        panic!("one paragraph")
    };
    // Emphasis is not a level of lists or quotes, but its depth has a bound all the same.
    let bound = 2 * MAX_NESTING + 16;
    assert!(depth(inlines) < bound, "depth {}", depth(inlines));
    assert!(depth(inlines) > MAX_NESTING, "depth {}", depth(inlines));
}

#[test]
fn nesting_within_the_cap_gives_no_warning() {
    let (markdown, diagnostics) = md(&format!("{}ok", "> ".repeat(MAX_NESTING - 2)));
    assert_diagnostics(&diagnostics, &[]);
    assert_eq!(words(&markdown), ["ok"]);
}

#[test]
fn inline_markdown_flattens_block_structure() {
    let (inlines, diagnostics) = inline_md(
        "First *para*\n\n- item one\n- item two\n\n> quote\n\n# Heading\n\n```\ncode\n```\n\n---\n\n1. last",
    );
    assert_diagnostics(&diagnostics, &[]);
    assert_eq!(
        inlines,
        vec![
            text("First "),
            em(vec![text("para")]),
            text(" item one item two quote Heading "),
            Inline::Code("code".into()),
            text(" last"),
        ]
    );
}

#[test]
fn inline_markdown_keeps_links_and_has_no_tables_or_footnotes() {
    let (inlines, diagnostics) = inline_md("A [link](/a) ~~old~~ | a | b |\n|---|---|\nnote[^1]");
    assert_diagnostics(&diagnostics, &[]);
    assert_eq!(
        inlines,
        vec![
            text("A "),
            link("https://example.org/a", vec![text("link")]),
            text(" "),
            Inline::Strikethrough(vec![text("old")]),
            text(" | a | b | |---|---| note[^1]"),
        ]
    );
}

#[test]
fn plain_text_reads_every_inline() {
    let (inlines, _) = inline_md("a *b* **c** ~~d~~ `e` [f](/f) ![g](/g.png) h  \ni");
    assert_eq!(plain_text(&inlines), "a b c d e f g h\ni");
}

#[test]
fn word_count_covers_every_block_and_footnotes() {
    let markdown = md_clean(
        "One two.\n\n## Three\n\n> four\n\n- five\n- six\n\n```\nseven eight\n```\n\n| nine | ten |\n|---|---|\n| eleven | twelve |\n\nThirteen[^n].\n\n[^n]: Fourteen fifteen.",
    );
    assert_eq!(markdown.word_count(), 15);
    assert_eq!(md_clean("**bold**text *x*y").word_count(), 2);
    assert_eq!(md_clean("").word_count(), 0);
}

/// The limit is a number of levels of lists and quotes, alike and mixed: the README's "32"
/// allows 32 lists in each other, 32 quotes, or 32 of both, and flattens the 33rd.
#[test]
fn the_nesting_limit_counts_levels_of_lists_and_quotes() {
    let nested = |levels: usize, marker: &str| format!("{}deep", marker.repeat(levels));
    let count = |markdown: &Markdown| {
        fn levels(blocks: &[MdBlock]) -> usize {
            blocks
                .iter()
                .map(|block| match block {
                    MdBlock::BlockQuote(inner) => 1 + levels(inner),
                    MdBlock::List { items, .. } => {
                        1 + items.iter().map(|item| levels(item)).max().unwrap_or(0)
                    }
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        }
        levels(&markdown.blocks)
    };
    for marker in ["- ", "> ", "> - ", "1. > "] {
        let per = if marker.len() > 2 { 2 } else { 1 };
        let (markdown, diagnostics) = md(&nested(MAX_NESTING / per, marker));
        assert_diagnostics(&diagnostics, &[]);
        assert_eq!(count(&markdown), MAX_NESTING, "{marker:?} at the limit");
        let (markdown, diagnostics) = md(&nested(MAX_NESTING / per + 1, marker));
        assert_diagnostics(
            &diagnostics,
            &[(
                Warning,
                "body[0].text",
                &format!("nested more than {MAX_NESTING} levels deep"),
            )],
        );
        assert_eq!(count(&markdown), MAX_NESTING, "{marker:?} past the limit");
        assert_eq!(words(&markdown), ["deep"]);
    }
}

/// Like JSON's depth, the Markdown nesting limit has a ceiling: a page's limit above 100
/// allows 100 levels.
#[test]
fn the_nesting_limit_has_a_ceiling() {
    use article_core::markdown::MARKDOWN_NESTING_CEILING;
    assert_eq!(MARKDOWN_NESTING_CEILING, 100);
    use article_core::diagnostics::{Diagnostics, Path};
    let mut diagnostics = Diagnostics::default();
    let markdown = article_core::markdown::parse_block_markdown(
        &format!("{}deep", "> ".repeat(5_000)),
        &article_core::url_policy::UrlPolicy::new(Some("https://news.example/a/story.json")),
        usize::MAX,
        &mut diagnostics,
        &Path::root().field("body").index(0).field("text"),
    );
    let (depth, _) = quotes_in_each_other(&markdown.blocks);
    assert_eq!(depth, MARKDOWN_NESTING_CEILING);
    let messages: Vec<String> = diagnostics
        .into_vec()
        .into_iter()
        .map(|diagnostic| diagnostic.message)
        .collect();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("nested more than 100 levels deep"),
        "{messages:?}"
    );
}
