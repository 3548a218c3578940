use crate::decode::{whole_number, Checked, Decode, Fields, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::resolver::{Resolve, Resolver};
use crate::unicode;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

#[derive(JsonSchema)]
#[schemars(rename = "HeadingBlock")]
pub struct HeadingInput {
    /// Plain text.
    pub text: String,
    /// 2, 3 or 4; 2 when absent.
    pub level: Option<Checked<HeadingLevel>>,
    /// An anchor for links to this heading (`#section`).
    pub id: Option<Checked<String>>,
}

/// A section heading level: 2, 3 or 4 (the headline is the only level 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLevel(u8);

impl JsonSchema for HeadingLevel {
    fn schema_name() -> Cow<'static, str> {
        "HeadingLevel".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "enum": [2, 3, 4] })
    }
}

impl HeadingLevel {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl Decode for HeadingLevel {
    // Any whole number is read first, so that `300` or `-1` is told the levels there are.
    fn decode(value: Value) -> Result<Self, Problem> {
        match whole_number(value)? {
            level @ 2..=4 => Ok(Self(level as u8)),
            other => Err(Problem::new(
                "",
                format!("heading level {other} is not 2, 3 or 4"),
            )),
        }
    }
}

impl Decode for HeadingInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let mut fields = Fields::of(value, "a heading block")?;
        Ok(Self {
            text: fields.required("text")?,
            level: fields.optional("level"),
            id: fields.optional("id"),
        })
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Heading {
    pub text: String,
    pub level: u8,
    pub id: Option<String>,
}

impl Resolve for HeadingInput {
    type Output = Heading;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Heading> {
        let text = self.text.trim().to_owned();
        if text.is_empty() {
            resolver
                .diagnostics
                .error(&at.field("text"), "empty heading");
            return None;
        }
        let id = resolver.optional(self.id, &at.field("id"));
        let id = id.and_then(|id| anchor(resolver, id, &at.field("id")));
        let level = resolver.optional(self.level, &at.field("level"));
        Some(Heading {
            text,
            level: level.map_or(2, HeadingLevel::get),
            id,
        })
    }
}

/// An anchor is kept when it is a usable, unique `id`: letters, digits, `-`, `_`,
/// `.` and `:` only, so it cannot be mistaken for anything but a name.
fn anchor(resolver: &mut Resolver, id: String, at: &Path) -> Option<String> {
    let usable = !id.is_empty()
        && id.chars().count() <= 64
        && id
            .chars()
            .all(|c| unicode::is_alphanumeric(c) || matches!(c, '-' | '_' | '.' | ':'));
    if !usable {
        resolver.diagnostics.warning(
            at,
            "anchor left out: use 1 to 64 letters, digits, `-`, `_`, `.` or `:`",
        );
        return None;
    }
    if !resolver.anchors.insert(id.clone()) {
        resolver.diagnostics.warning(
            at,
            format!("anchor `{id}` is already used in this article; left out"),
        );
        return None;
    }
    Some(id)
}
