//! Body blocks. A block type is one file here, one variant in [`BlockInput`] and
//! [`Block`], and one arm in each `match` below.

pub mod aside;
pub mod embed;
pub mod gallery;
pub mod heading;
pub mod image;
pub mod pullquote;
pub mod quote;
pub mod text;
pub mod video;

use crate::decode::{Decode, Problem};
use crate::diagnostics::Path;
use crate::json::Value;
use crate::markdown::Markdown;
use crate::resolver::{Resolve, Resolver};
use crate::story_link::{StoryLink, StoryLinkInput};
use schemars::JsonSchema;

/// A block as written in the document, chosen by its `type`.
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[schemars(rename = "Block")]
pub enum BlockInput {
    Text(text::TextInput),
    Heading(heading::HeadingInput),
    // Boxed: the two largest inputs, so that a block's size is not theirs.
    Image(Box<image::ImageInput>),
    Gallery(gallery::GalleryInput),
    Pullquote(pullquote::PullquoteInput),
    Quote(quote::QuoteInput),
    Related(Box<StoryLinkInput>),
    Aside(aside::AsideInput),
    Video(video::VideoInput),
    Divider,
    Embed(embed::EmbedInput),
}

/// A block ready to render.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Text(Markdown),
    Heading(heading::Heading),
    Image(image::Image),
    Gallery(gallery::Gallery),
    Pullquote(pullquote::Pullquote),
    Quote(quote::Quote),
    Related(StoryLink),
    Aside(aside::Aside),
    Video(video::Video),
    Divider,
    Embed(embed::Embed),
}

/// Dispatches on `type` before decoding the block's own fields, so that an
/// error inside a block keeps its full path (`srcset[0].width`).
impl Decode for BlockInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        let kind = match value.get("type") {
            Some(Value::String(kind)) => kind.clone(),
            Some(other) => {
                return Err(Problem::new(
                    "type",
                    format!("expected a string, found {}", json_kind(other)),
                ))
            }
            None if value.is_object() => return Err(Problem::new("type", "missing field")),
            None => {
                return Err(Problem::new(
                    "",
                    format!("a block must be an object, found {}", json_kind(&value)),
                ))
            }
        };
        Ok(match kind.as_str() {
            "text" => BlockInput::Text(Decode::decode(value)?),
            "heading" => BlockInput::Heading(Decode::decode(value)?),
            "image" => BlockInput::Image(Decode::decode(value)?),
            "gallery" => BlockInput::Gallery(Decode::decode(value)?),
            "pullquote" => BlockInput::Pullquote(Decode::decode(value)?),
            "quote" => BlockInput::Quote(Decode::decode(value)?),
            "related" => BlockInput::Related(Decode::decode(value)?),
            "aside" => BlockInput::Aside(Decode::decode(value)?),
            "video" => BlockInput::Video(Decode::decode(value)?),
            "divider" => BlockInput::Divider,
            "embed" => BlockInput::Embed(Decode::decode(value)?),
            other => {
                return Err(Problem::new(
                    "type",
                    format!("unknown block type `{other}`"),
                ))
            }
        })
    }
}

impl Resolve for BlockInput {
    type Output = Block;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Block> {
        Some(match self {
            BlockInput::Text(text) => Block::Text(text.resolve(resolver, at)?),
            BlockInput::Heading(heading) => Block::Heading(heading.resolve(resolver, at)?),
            BlockInput::Image(image) => Block::Image((*image).resolve(resolver, at)?),
            BlockInput::Gallery(gallery) => Block::Gallery(gallery.resolve(resolver, at)?),
            BlockInput::Pullquote(pullquote) => Block::Pullquote(pullquote.resolve(resolver, at)?),
            BlockInput::Quote(quote) => Block::Quote(quote.resolve(resolver, at)?),
            BlockInput::Related(link) => Block::Related((*link).resolve(resolver, at)?),
            BlockInput::Aside(aside) => Block::Aside(aside.resolve(resolver, at)?),
            BlockInput::Video(video) => Block::Video(video.resolve(resolver, at)?),
            BlockInput::Divider => Block::Divider,
            BlockInput::Embed(embed) => Block::Embed(embed.resolve(resolver, at)?),
        })
    }
}

impl Block {
    /// Words a reader reads in this block, for the reading time. Pull quotes repeat
    /// the story and captions are glanced at, so neither counts.
    pub fn word_count(&self) -> usize {
        match self {
            Block::Text(markdown) => markdown.word_count(),
            Block::Heading(heading) => heading.text.split_whitespace().count(),
            Block::Quote(quote) => quote.text.word_count(),
            Block::Aside(aside) => aside.text.word_count(),
            Block::Image(_)
            | Block::Gallery(_)
            | Block::Pullquote(_)
            | Block::Related(_)
            | Block::Video(_)
            | Block::Divider
            | Block::Embed(_) => 0,
        }
    }
}

/// The lead media: an image or a video block.
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
#[schemars(rename = "Lead")]
pub enum LeadInput {
    Image(image::ImageInput),
    Video(video::VideoInput),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Lead {
    Image(image::Image),
    Video(video::Video),
}

impl Decode for LeadInput {
    fn decode(value: Value) -> Result<Self, Problem> {
        match BlockInput::decode(value)? {
            BlockInput::Image(image) => Ok(LeadInput::Image(*image)),
            BlockInput::Video(video) => Ok(LeadInput::Video(video)),
            _ => Err(Problem::new(
                "type",
                "the lead must be an `image` or a `video` block",
            )),
        }
    }
}

impl Resolve for LeadInput {
    type Output = Lead;

    fn resolve(self, resolver: &mut Resolver, at: &Path) -> Option<Lead> {
        Some(match self {
            LeadInput::Image(image) => Lead::Image(image.resolve(resolver, at)?),
            LeadInput::Video(video) => Lead::Video(video.resolve(resolver, at)?),
        })
    }
}

/// How a JSON value is named in messages: "an array", "a string".
pub fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
