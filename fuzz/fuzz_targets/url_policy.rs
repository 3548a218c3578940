//! Any text as a URL, for every use, against no base, the usual one and an odd one. An allowed URL must
//! be within the policy as the browser will read it, be checked again to itself (so the
//! view and the core agree on it), and be the same for every use that allows the same
//! schemes; a URL that reads as a script or local scheme must be refused.
#![no_main]

use article_core::url_policy::UrlPolicy;
use article_core_fuzz::invariants::{check_safe_url, reads_as_hostile_scheme, ALL_USES};
use article_core_fuzz::{bases_for, BASE, ODD_BASES};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

/// The policy of every base in [`bases_for`], made once.
fn policy(base: Option<&str>) -> &'static UrlPolicy {
    static POLICIES: OnceLock<Vec<(Option<&'static str>, UrlPolicy)>> = OnceLock::new();
    let policies = POLICIES.get_or_init(|| {
        [None, Some(BASE)]
            .into_iter()
            .chain(ODD_BASES.iter().copied().map(Some))
            .map(|base| (base, UrlPolicy::new(base)))
            .collect()
    });
    policies
        .iter()
        .find(|(known, _)| *known == base)
        .map(|(_, policy)| policy)
        .expect("a base from bases_for")
}

fuzz_target!(|data: &[u8]| {
    let raw = String::from_utf8_lossy(data);
    let hostile = reads_as_hostile_scheme(&raw);
    let without_base = policy(None);
    for base in bases_for(data) {
        let policy = policy(base);
        let results = ALL_USES.map(|use_| policy.check(&raw, use_));
        for (use_, result) in ALL_USES.into_iter().zip(&results) {
            let what = format!("{raw:?} for {use_:?} against {base:?}");
            let Ok(safe) = result else {
                continue;
            };
            assert!(!hostile, "{what}: a hostile URL became {safe}");
            if let Err(why) = check_safe_url(use_, safe) {
                panic!("{what}: {why}");
            }
            // What passed, passes again as it is, needing no base: it is absolute.
            assert_eq!(
                policy.check(safe.as_str(), use_).as_ref(),
                Ok(safe),
                "{what}: again"
            );
            assert_eq!(
                without_base.check(safe.as_str(), use_).as_ref(),
                Ok(safe),
                "{what}: again, without a base"
            );
        }
        // http and https are allowed for every use: a video URL is every use's too
        // (a bare fragment aside, which only a link keeps as it is).
        let [link, image, media, document, embed] = &results;
        assert_eq!(
            media.as_ref().ok(),
            document.as_ref().ok(),
            "{raw:?}: media vs document"
        );
        assert_eq!(
            media.as_ref().ok(),
            embed.as_ref().ok(),
            "{raw:?}: media vs embed"
        );
        if let Ok(media_url) = media {
            let fragment = raw.trim_matches(|c: char| c <= ' ').starts_with('#');
            assert_eq!(image.as_ref(), Ok(media_url), "{raw:?}: image vs media");
            if !fragment {
                assert_eq!(link.as_ref(), Ok(media_url), "{raw:?}: link vs media");
            }
        }
        if let Err(refusal) = document {
            assert!(!refusal.to_string().is_empty());
        }
    }
});
