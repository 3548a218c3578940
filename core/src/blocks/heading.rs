use crate::diagnostics::Path;
use crate::resolver::{Resolve, Resolver};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::Deserialize;
use std::borrow::Cow;

#[derive(Deserialize, JsonSchema)]
#[schemars(rename = "HeadingBlock")]
#[serde(expecting = "a heading block")]
pub struct HeadingInput {
    /// Plain text.
    pub text: String,
    /// 2, 3 or 4; 2 when absent.
    pub level: Option<HeadingLevel>,
    /// An anchor for links to this heading (`#section`).
    pub id: Option<String>,
}

/// A section heading level: 2, 3 or 4 (the headline is the only level 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
// Any whole number is read first, so that `300` or `-1` is told the levels there are.
#[serde(try_from = "i64")]
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

impl TryFrom<i64> for HeadingLevel {
    type Error = String;

    fn try_from(level: i64) -> Result<Self, String> {
        match level {
            2 => Ok(Self(2)),
            3 => Ok(Self(3)),
            4 => Ok(Self(4)),
            other => Err(format!("heading level {other} is not 2, 3 or 4")),
        }
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
        let id = self.id.and_then(|id| anchor(resolver, id, &at.field("id")));
        Some(Heading {
            text,
            level: self.level.map_or(2, HeadingLevel::get),
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
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
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
