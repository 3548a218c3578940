//! Any text as a Markdown field and as an inline Markdown field, with a small and the
//! default nesting limit, with and without a base. Every link and image URL must be
//! within the policy, footnotes numbered and referenced consistently, the tree no deeper
//! than the limit allows, and flattening past the limit must keep every word.
#![no_main]

use article_core::diagnostics::{Diagnostics, Path};
use article_core::markdown::{parse_block_markdown, parse_inline_markdown, DEFAULT_MAX_NESTING};
use article_core::url_policy::UrlPolicy;
use article_core_fuzz::invariants::{
    check_found, check_markdown_shape, depth_bound, inline_urls, inlines_depth, markdown_urls,
};
use article_core_fuzz::BASE;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const SMALL_NESTING: usize = 2;

fn policies() -> &'static [UrlPolicy; 2] {
    static POLICIES: OnceLock<[UrlPolicy; 2]> = OnceLock::new();
    POLICIES.get_or_init(|| [UrlPolicy::new(None), UrlPolicy::new(Some(BASE))])
}

fn fail(what: &str, why: String) -> ! {
    panic!("{what}: {why}")
}

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    let path = Path::root().field("body").index(0).field("text");
    for (p, policy) in policies().iter().enumerate() {
        let mut words = Vec::new();
        for nesting in [SMALL_NESTING, DEFAULT_MAX_NESTING] {
            let what = format!("policy {p}, nesting {nesting}");
            let mut diagnostics = Diagnostics::default();
            let markdown = parse_block_markdown(&source, policy, nesting, &mut diagnostics, &path);
            if let Err(why) = check_found(&markdown_urls(&markdown)) {
                fail(&what, why);
            }
            if let Err(why) = check_markdown_shape(&markdown, depth_bound(nesting)) {
                fail(&what, why);
            }
            words.push(markdown.word_count());

            let mut diagnostics = Diagnostics::default();
            let inlines = parse_inline_markdown(&source, policy, nesting, &mut diagnostics, &path);
            if let Err(why) = check_found(&inline_urls(&inlines)) {
                fail(&format!("inline, {what}"), why);
            }
            let depth = inlines_depth(&inlines);
            if depth > depth_bound(nesting) {
                fail(&format!("inline, {what}"), format!("nests {depth} deep"));
            }
        }
        // Flattening keeps every word. It may add some: an image past the limit shows
        // its alternative text, where a refused image within it is left out whole.
        assert!(
            words[0] >= words[1],
            "flattening past the nesting limit lost words: {} of {}",
            words[0],
            words[1]
        );
    }
});
