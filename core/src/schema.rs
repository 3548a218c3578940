//! The JSON Schema of format 1, generated from the input types.
//!
//! Optional fields also allow `null`, because the viewer reads `null` as absent.

use crate::article::ArticleInput;

/// The schema checked in at `schema/article-format-1.schema.json`.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(ArticleInput);
    let mut json = serde_json::to_string_pretty(&schema).unwrap_or_default();
    json.push('\n');
    json
}
