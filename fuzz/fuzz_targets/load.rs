//! Any bytes, read as text (as the viewer reads a response), loaded under the default
//! and tight limits, with no base, the usual base and an odd one. Every result must be
//! within the policy and well formed, and agree with loading the same JSON parsed first.
#![no_main]

use article_core_fuzz::load_and_check;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    load_and_check(&text, data);
});
