//! Decoding JSON values into the input types, by hand rather than through serde's derives:
//! each field is taken out of its object and decoded on its own, so a problem is contained
//! to the field it is in, and the browser module carries no generic deserializer per type.
//!
//! A field typed `Checked<T>` always decodes: an invalid value becomes `Checked::Invalid`
//! with the problem's place and reason, so one bad block, item or optional field is left
//! out while the rest of the article renders. Messages use serde's words for the same
//! failures, in JSON's terms ("expected an array", "invalid type: object").

use crate::json::{Map, Value};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;
use std::num::NonZeroU32;

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

    /// A value of the wrong JSON type: `invalid type: string "x", expected an array`.
    pub fn invalid_type(found: &Value, expected: &str) -> Self {
        Self::new(
            "",
            format!("invalid type: {}, expected {expected}", unexpected(found)),
        )
    }

    /// The same problem, inside the field or item `outer` of the value decoded.
    fn within(mut self, outer: &str) -> Self {
        self.path = match (self.path.is_empty(), self.path.starts_with('[')) {
            (true, _) => outer.to_owned(),
            (false, true) => format!("{outer}{}", self.path),
            (false, false) => format!("{outer}.{}", self.path),
        };
        self
    }
}

/// How serde names a value it did not expect.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(value) => format!("boolean `{value}`"),
        // As written: the viewer carries no float formatting.
        Value::Number(number) if number.is_f64() => format!("floating point `{number}`"),
        Value::Number(number) => format!("integer `{number}`"),
        Value::String(text) => format!("string {}", quoted(text)),
        Value::Array(_) => "array".to_owned(),
        Value::Object(_) => "object".to_owned(),
    }
}

/// A string in double quotes, its quotes, backslashes and control characters escaped as
/// Rust's `{:?}` would (which would bring Unicode tables into the module for the rest).
pub fn quoted(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\t' => quoted.push_str("\\t"),
            c if c.is_control() => quoted.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[derive(Clone, Debug, PartialEq)]
pub enum Checked<T> {
    Valid(T),
    Invalid(Problem),
}

impl<T> Checked<T> {
    pub fn of(result: Result<T, Problem>) -> Self {
        match result {
            Ok(valid) => Checked::Valid(valid),
            Err(problem) => Checked::Invalid(problem),
        }
    }
}

/// In the schema, a checked field is the field it checks.
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

/// How a value of the document is decoded from JSON.
pub trait Decode: Sized {
    fn decode(value: Value) -> Result<Self, Problem>;
}

impl<T: Decode> Decode for Checked<T> {
    fn decode(value: Value) -> Result<Self, Problem> {
        Ok(Checked::of(T::decode(value)))
    }
}

impl<T: Decode> Decode for Box<T> {
    fn decode(value: Value) -> Result<Self, Problem> {
        T::decode(value).map(Box::new)
    }
}

/// Any value, decoded later (a body block, when it is resolved).
impl Decode for Value {
    fn decode(value: Value) -> Result<Self, Problem> {
        Ok(value)
    }
}

impl Decode for String {
    fn decode(value: Value) -> Result<Self, Problem> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(Problem::invalid_type(&other, "a string")),
        }
    }
}

impl Decode for NonZeroU32 {
    fn decode(value: Value) -> Result<Self, Problem> {
        const EXPECTED: &str = "a whole number above 0";
        match value {
            Value::Number(number) if !number.is_f64() => number
                .as_u64()
                .and_then(|whole| u32::try_from(whole).ok())
                .and_then(NonZeroU32::new)
                .ok_or_else(|| {
                    Problem::new(
                        "",
                        format!("invalid value: integer `{number}`, expected {EXPECTED}"),
                    )
                }),
            other => Err(Problem::invalid_type(&other, EXPECTED)),
        }
    }
}

/// A whole number of any size, for values checked against a range of their own.
pub fn whole_number(value: Value) -> Result<i64, Problem> {
    match value {
        Value::Number(number) if !number.is_f64() => number.as_i64().ok_or_else(|| {
            Problem::new(
                "",
                format!("invalid value: integer `{number}`, expected a whole number"),
            )
        }),
        other => Err(Problem::invalid_type(&other, "a whole number")),
    }
}

/// One of a fixed set of names (`"wide"`), as `variants` lists them with their values.
pub fn one_of<T: Copy>(value: Value, variants: &[(&str, T)]) -> Result<T, Problem> {
    let Value::String(name) = value else {
        return Err(Problem::invalid_type(&value, "a string"));
    };
    variants
        .iter()
        .find(|(known, _)| *known == name)
        .map(|(_, variant)| *variant)
        .ok_or_else(|| {
            let names: Vec<String> = variants
                .iter()
                .map(|(known, _)| format!("`{known}`"))
                .collect();
            Problem::new(
                "",
                format!(
                    "unknown variant `{name}`, expected one of {}",
                    names.join(", ")
                ),
            )
        })
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(value: Value) -> Result<Self, Problem> {
        let Value::Array(items) = value else {
            return Err(Problem::invalid_type(&value, "an array"));
        };
        items
            .into_iter()
            .enumerate()
            .map(|(index, item)| {
                T::decode(item).map_err(|problem| problem.within(&format!("[{index}]")))
            })
            .collect()
    }
}

/// The fields of an object, each taken out and decoded on its own. Unknown fields are
/// ignored; `null` is read as absent.
pub struct Fields(Map);

impl Fields {
    /// The object `value`, or a problem naming what it should have been (`expecting`).
    pub fn of(value: Value, expecting: &str) -> Result<Self, Problem> {
        match value {
            Value::Object(map) => Ok(Self(map)),
            other => Err(Problem::invalid_type(&other, expecting)),
        }
    }

    fn take(&mut self, name: &str) -> Option<Value> {
        self.0.remove(name).filter(|value| !value.is_null())
    }

    /// A field the value cannot do without.
    pub fn required<T: Decode>(&mut self, name: &str) -> Result<T, Problem> {
        match self.0.remove(name) {
            Some(value) => T::decode(value).map_err(|problem| problem.within(name)),
            None => Err(Problem::new(name, "missing field")),
        }
    }

    /// An optional field, decoded on its own: an invalid value is dropped alone, and
    /// reported when the value is resolved.
    pub fn optional<T: Decode>(&mut self, name: &str) -> Option<Checked<T>> {
        self.take(name).map(|value| Checked::of(T::decode(value)))
    }

    /// An optional field of any JSON value, for a field read in its own way (`version`).
    pub fn raw(&mut self, name: &str) -> Option<Value> {
        self.take(name)
    }
}
