//! Arbitrary JSON values built from the fuzzer's bytes by `arbitrary`, shaped like format 1
//! (its field names, block types, URL tricks, hostile spellings, Markdown holding them),
//! through `load_value` and, as text, `load_with`. The checks are the load target's.
#![no_main]

use arbitrary::Arbitrary;
use article_core_fuzz::{load_and_check, BLOCK_TYPES, FIELD_NAMES, MARKDOWN_FORMS, URL_TRICKS};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Number, Value};

#[derive(Arbitrary, Debug)]
struct Document {
    headline: Option<Text>,
    body: Option<Vec<Block>>,
    lead: Option<Block>,
    fields: Vec<(Key, Json)>,
}

#[derive(Arbitrary, Debug)]
struct Block {
    kind: u8,
    fields: Vec<(Key, Json)>,
}

#[derive(Arbitrary, Debug)]
enum Key {
    Field(u8),
    Other(String),
}

#[derive(Arbitrary, Debug)]
enum Text {
    /// One of the URL tricks.
    Url(u8),
    /// A URL trick in one of the Markdown forms.
    Markdown(u8, u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
enum Json {
    Null,
    Bool(bool),
    Small(u8),
    Int(i64),
    Float(f64),
    Text(Text),
    Array(Vec<Json>),
    Object(Vec<(Key, Json)>),
    Block(Block),
}

fn pick<'a>(list: &[&'a str], index: u8) -> &'a str {
    list[usize::from(index) % list.len()]
}

impl Key {
    fn name(&self) -> String {
        match self {
            Key::Field(index) => pick(FIELD_NAMES, *index).to_owned(),
            Key::Other(name) => name.clone(),
        }
    }
}

impl Text {
    fn value(&self) -> String {
        match self {
            Text::Url(index) => pick(URL_TRICKS, *index).to_owned(),
            Text::Markdown(form, url) => {
                pick(MARKDOWN_FORMS, *form).replace("{}", pick(URL_TRICKS, *url))
            }
            Text::Any(text) => text.clone(),
        }
    }
}

fn object(fields: &[(Key, Json)]) -> Map<String, Value> {
    fields
        .iter()
        .map(|(key, value)| (key.name(), value.value()))
        .collect()
}

impl Block {
    fn value(&self) -> Value {
        let mut fields = object(&self.fields);
        fields.insert("type".into(), pick(BLOCK_TYPES, self.kind).into());
        Value::Object(fields)
    }
}

impl Json {
    fn value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Small(n) => Value::from(*n),
            Json::Int(n) => Value::from(*n),
            Json::Float(f) => Number::from_f64(*f).map_or(Value::Null, Value::Number),
            Json::Text(text) => Value::String(text.value()),
            Json::Array(items) => Value::Array(items.iter().map(Json::value).collect()),
            Json::Object(fields) => Value::Object(object(fields)),
            Json::Block(block) => block.value(),
        }
    }
}

impl Document {
    fn value(&self) -> Value {
        let mut fields = object(&self.fields);
        if let Some(headline) = &self.headline {
            fields.insert("headline".into(), headline.value().into());
        }
        if let Some(body) = &self.body {
            fields.insert("body".into(), body.iter().map(Block::value).collect());
        }
        if let Some(lead) = &self.lead {
            fields.insert("lead".into(), lead.value());
        }
        Value::Object(fields)
    }
}

fuzz_target!(|document: Document| {
    let value = document.value();
    let text = value.to_string();
    load_and_check(&text, text.as_bytes());
});
