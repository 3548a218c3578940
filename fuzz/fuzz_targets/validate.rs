//! `validate` on any text: the diagnostics are those of loading the document (or its one
//! error), well formed, and the same on a second run.
#![no_main]

use article_core::{load_with, validate};
use article_core_fuzz::{bases_for, invariants::check_diagnostics, limits};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for limits in limits() {
        for base in bases_for(data) {
            let diagnostics = validate(&text, base, &limits);
            if let Err(why) = check_diagnostics(&diagnostics) {
                panic!("base {base:?}: {why}");
            }
            let expected = match load_with(&text, base, &limits) {
                Ok(loaded) => loaded.diagnostics,
                Err(error) => vec![error.to_diagnostic()],
            };
            assert_eq!(diagnostics, expected, "validate and load disagree");
            assert_eq!(
                diagnostics,
                validate(&text, base, &limits),
                "validate is not deterministic"
            );
        }
    }
});
