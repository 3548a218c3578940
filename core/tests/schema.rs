//! The JSON Schema: the checked-in file is the generated one, and it says what the
//! format page says.

use article_core::schema::schema_json;
use serde_json::Value;
use std::collections::BTreeSet;

const CHECKED_IN: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../schema/article-format-1.schema.json"
);

fn schema() -> Value {
    serde_json::from_str(&schema_json()).expect("the generated schema is JSON")
}

fn def<'a>(schema: &'a Value, name: &str) -> &'a Value {
    schema["$defs"]
        .get(name)
        .unwrap_or_else(|| panic!("no $defs/{name} in the schema"))
}

fn strings(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("an array, not {value}"))
        .iter()
        .map(|item| match item {
            Value::String(text) => text.clone(),
            other => other.to_string(),
        })
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value
        .as_object()
        .map(|object| object.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn the_checked_in_schema_is_the_generated_one() {
    let checked_in = std::fs::read_to_string(CHECKED_IN).unwrap_or_default();
    assert!(
        checked_in == schema_json(),
        "schema/article-format-1.schema.json is out of date with the Rust types; regenerate it with \
         `cargo run -p article-core --example schema > schema/article-format-1.schema.json`"
    );
}

#[test]
fn the_article_has_the_fields_of_the_format_page() {
    let schema = schema();
    assert_eq!(schema["type"], "object");
    assert_eq!(
        keys(&schema["properties"]),
        set(&[
            "version",
            "id",
            "url",
            "lang",
            "dir",
            "kicker",
            "headline",
            "standfirst",
            "byline",
            "dateline",
            "published",
            "updated",
            "source",
            "lead",
            "body",
            "tags",
            "related",
        ])
    );
    assert_eq!(strings(&schema["required"]), set(&["headline", "body"]));
    assert_eq!(schema["properties"]["headline"]["type"], "string");
    assert_eq!(schema["properties"]["headline"]["minLength"], 1);
    assert_eq!(schema["properties"]["body"]["type"], "array");
    assert_eq!(
        schema["properties"]["body"]["items"]["$ref"],
        "#/$defs/Block"
    );
    assert_eq!(schema["properties"]["published"]["format"], "date-time");
    assert_eq!(schema["properties"]["updated"]["format"], "date-time");
    // Unknown fields are ignored, so they must not be forbidden.
    assert!(schema
        .get("additionalProperties")
        .is_none_or(|extra| extra != false));
    // An optional field may be null: the viewer reads null as absent.
    for field in ["id", "kicker", "standfirst", "dateline", "url", "lang"] {
        assert_eq!(
            strings(&schema["properties"][field]["type"]),
            set(&["string", "null"]),
            "{field}"
        );
    }
}

#[test]
fn every_block_type_of_the_format_page_is_in_the_schema() {
    let schema = schema();
    let variants = def(&schema, "Block")["oneOf"].as_array().expect("oneOf");
    let types: Vec<&str> = variants
        .iter()
        .map(|variant| {
            variant["properties"]["type"]["const"]
                .as_str()
                .expect("a const type")
        })
        .collect();
    assert_eq!(
        types,
        [
            "text",
            "heading",
            "image",
            "gallery",
            "pullquote",
            "quote",
            "related",
            "aside",
            "video",
            "divider",
            "embed"
        ]
    );
    for variant in variants {
        assert_eq!(strings(&variant["required"]), set(&["type"]));
    }
    let lead: Vec<&str> = def(&schema, "Lead")["oneOf"]
        .as_array()
        .expect("oneOf")
        .iter()
        .map(|variant| {
            variant["properties"]["type"]["const"]
                .as_str()
                .expect("a const type")
        })
        .collect();
    assert_eq!(lead, ["image", "video"]);
}

#[test]
fn block_fields_and_their_constraints() {
    let schema = schema();
    let fields = |name: &str| keys(&def(&schema, name)["properties"]);
    let required = |name: &str| strings(&def(&schema, name)["required"]);

    assert_eq!(fields("TextBlock"), set(&["text"]));
    assert_eq!(required("TextBlock"), set(&["text"]));
    assert_eq!(fields("HeadingBlock"), set(&["text", "level", "id"]));
    assert_eq!(required("HeadingBlock"), set(&["text"]));
    assert_eq!(
        strings(&def(&schema, "HeadingLevel")["enum"]),
        set(&["2", "3", "4"])
    );
    assert_eq!(
        fields("Image"),
        set(&["src", "alt", "caption", "credit", "width", "height", "srcset", "link", "layout"])
    );
    assert_eq!(required("Image"), set(&["src", "alt"]));
    assert_eq!(def(&schema, "Image")["properties"]["width"]["minimum"], 1);
    assert_eq!(
        strings(&def(&schema, "Layout")["enum"]),
        set(&["inline", "wide", "full"])
    );
    assert_eq!(fields("SrcsetEntry"), set(&["src", "width"]));
    assert_eq!(required("SrcsetEntry"), set(&["src", "width"]));
    assert_eq!(fields("GalleryBlock"), set(&["images", "caption"]));
    assert_eq!(required("GalleryBlock"), set(&["images"]));
    assert_eq!(
        def(&schema, "GalleryBlock")["properties"]["images"]["minItems"],
        1
    );
    assert_eq!(fields("PullquoteBlock"), set(&["text", "attribution"]));
    assert_eq!(required("PullquoteBlock"), set(&["text"]));
    assert_eq!(fields("QuoteBlock"), set(&["text", "attribution", "cite"]));
    assert_eq!(required("QuoteBlock"), set(&["text"]));
    assert_eq!(fields("AsideBlock"), set(&["title", "text"]));
    assert_eq!(required("AsideBlock"), set(&["text"]));
    assert_eq!(
        fields("Video"),
        set(&["src", "poster", "caption", "credit", "width", "height"])
    );
    assert_eq!(required("Video"), set(&["src"]));
    assert_eq!(
        fields("EmbedBlock"),
        set(&["url", "title", "caption", "credit", "aspect"])
    );
    assert_eq!(required("EmbedBlock"), set(&["url"]));
    assert_eq!(
        def(&schema, "EmbedBlock")["properties"]["url"]["format"],
        "uri-reference"
    );
    assert_eq!(
        strings(&def(&schema, "Aspect")["enum"]),
        set(&["16:9", "4:3", "1:1", "9:16"])
    );
    assert_eq!(
        fields("StoryLink"),
        set(&[
            "headline",
            "url",
            "src",
            "kicker",
            "standfirst",
            "image",
            "published"
        ])
    );
    assert_eq!(required("StoryLink"), set(&["headline", "url"]));
    assert_eq!(
        strings(&def(&schema, "Dir")["enum"]),
        set(&["ltr", "rtl", "auto"])
    );
}

#[test]
fn people_sources_and_tags() {
    let schema = schema();
    assert_eq!(
        keys(&def(&schema, "Person")["properties"]),
        set(&["name", "role", "url", "image"])
    );
    assert_eq!(strings(&def(&schema, "Person")["required"]), set(&["name"]));
    assert_eq!(
        keys(&def(&schema, "Source")["properties"]),
        set(&["name", "url", "logo"])
    );
    assert_eq!(strings(&def(&schema, "Source")["required"]), set(&["name"]));
    let tag = def(&schema, "Tag")["anyOf"].as_array().expect("anyOf");
    assert_eq!(tag.len(), 2);
    assert_eq!(tag[0]["type"], "string");
    assert_eq!(keys(&tag[1]["properties"]), set(&["name", "url"]));
    assert_eq!(strings(&tag[1]["required"]), set(&["name"]));
}
