//! What SECURITY.md documents of the embeds' frames, for the tests and the fuzz targets alike
//! (a file of its own, as `invariants.rs` does not build for wasm and the embeds' tests do).

/// The origin that SECURITY.md's table tells a page with a strict CSP to allow in `frame-src`
/// for the provider `key` (a row `| YouTube | \`youtube\` | \`https://www.youtube-nocookie.com\` |`).
pub fn documented_frame_origin(key: &str) -> Option<&'static str> {
    include_str!("../../../SECURITY.md")
        .lines()
        .find_map(|line| {
            let cells: Vec<&str> = line
                .strip_prefix("| ")?
                .strip_suffix(" |")?
                .split(" | ")
                .collect();
            match cells.as_slice() {
                [_, named, origin] if named.trim_matches('`') == key => {
                    Some(origin.trim_matches('`'))
                }
                _ => None,
            }
        })
}
