//! Decoding that contains a failure to the part of the document it happened in.
//!
//! A field typed `Checked<T>` always deserializes: an invalid value becomes
//! `Checked::Invalid` with the problem's place and reason, so one bad block or
//! one bad optional field is left out while the rest of the article renders.

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::borrow::Cow;

/// Why a value could not be decoded, and where inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Relative to the value being decoded: `srcset[0].width`, or empty.
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl From<serde_path_to_error::Error<serde_json::Error>> for Problem {
    fn from(error: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = error.path().to_string();
        let path = if path == "." { String::new() } else { path };
        let message = error.into_inner().to_string();
        // serde reports a missing field at its parent; name the field itself.
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            let path = if path.is_empty() {
                field.to_owned()
            } else {
                format!("{path}.{field}")
            };
            return Problem::new(path, "missing field");
        }
        Problem::new(path, in_json_terms(&message))
    }
}

/// serde describes values in Rust's terms; an article's author writes JSON.
fn in_json_terms(message: &str) -> String {
    const TERMS: [(&str, &str); 11] = [
        ("invalid type: map", "invalid type: object"),
        ("invalid type: sequence", "invalid type: array"),
        ("invalid type: unit value", "invalid type: null"),
        ("expected a sequence", "expected an array"),
        ("expected a map", "expected an object"),
        ("expected a nonzero u32", "expected a whole number above 0"),
        ("expected u32", "expected a whole number"),
        ("expected u64", "expected a whole number"),
        ("expected u8", "expected a whole number"),
        ("expected i64", "expected a whole number"),
        // A value from a fixed set (`dir`, `layout`) that is not a string at all.
        ("expected string or map", "expected a string"),
    ];
    TERMS
        .iter()
        .fold(message.to_owned(), |message, (rust, json)| {
            message.replace(rust, json)
        })
}

/// How a value of the document is decoded from JSON.
pub trait Decode: Sized {
    fn decode(value: Value) -> Result<Self, Problem>;
}

impl<T: DeserializeOwned> Decode for T {
    fn decode(value: Value) -> Result<Self, Problem> {
        serde_path_to_error::deserialize(value).map_err(Problem::from)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Checked<T> {
    Valid(T),
    Invalid(Problem),
}

impl<'de, T: Decode> Deserialize<'de> for Checked<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Ok(match T::decode(value) {
            Ok(valid) => Checked::Valid(valid),
            Err(problem) => Checked::Invalid(problem),
        })
    }
}

impl<T: JsonSchema> JsonSchema for Checked<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}
