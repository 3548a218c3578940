//! Prints the JSON Schema of format 1: `cargo run -p article-core --example schema > schema/article-format-1.schema.json`.

fn main() {
    print!("{}", article_core::schema::schema_json());
}
