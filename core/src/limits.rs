//! Limits that stop pathological input before it can exhaust the stack or freeze the
//! page. Each has a default; the embedding page may set its own.

use crate::error::LoadError;
use crate::json::Value;
use crate::markdown::DEFAULT_MAX_NESTING;

/// How much of a document the viewer takes on. The names in parentheses in messages
/// are those of the JS API's `limits` option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The document's size in bytes (`maxDocumentBytes`).
    pub max_document_bytes: usize,
    /// How deep arrays and objects may nest in the JSON (`maxJsonDepth`); at most
    /// [`JSON_DEPTH_CEILING`], where the JSON parser stops anyway.
    pub max_json_depth: usize,
    /// Blocks in the body (`maxBlocks`); the ones after are left out.
    pub max_blocks: usize,
    /// How deep Markdown containers nest (`maxMarkdownNesting`); deeper ones are flattened.
    pub max_markdown_nesting: usize,
}

/// The JSON parser refuses deeper documents whatever the limit says.
pub const JSON_DEPTH_CEILING: usize = 100;

/// A limit a page can set, by the names it sets it with: the element's attribute and the JS
/// API's option (`limits: { … }`, the name the messages give in parentheses).
pub struct LimitName {
    pub attribute: &'static str,
    pub option: &'static str,
    field: fn(&mut Limits) -> &mut usize,
}

/// The one table of the limits' names, for the element and the JS API alike.
pub const LIMIT_NAMES: [LimitName; 4] = [
    LimitName {
        attribute: "max-document-bytes",
        option: "maxDocumentBytes",
        field: |limits| &mut limits.max_document_bytes,
    },
    LimitName {
        attribute: "max-json-depth",
        option: "maxJsonDepth",
        field: |limits| &mut limits.max_json_depth,
    },
    LimitName {
        attribute: "max-blocks",
        option: "maxBlocks",
        field: |limits| &mut limits.max_blocks,
    },
    LimitName {
        attribute: "max-markdown-nesting",
        option: "maxMarkdownNesting",
        field: |limits| &mut limits.max_markdown_nesting,
    },
];

impl Default for Limits {
    fn default() -> Self {
        Self {
            // A long article is a few hundred kilobytes; 2 MB articles still fit four times.
            max_document_bytes: 8 * 1024 * 1024,
            // Format 1 itself nests 7 levels (article, body, block, images, image, srcset, entry).
            max_json_depth: 64,
            // A live blog that ran for days has a few thousand.
            max_blocks: 10_000,
            max_markdown_nesting: DEFAULT_MAX_NESTING,
        }
    }
}

impl Limits {
    /// The limits a page sets: `value` reads each by its [`LimitName`]; one it leaves out
    /// (`None`) keeps its default.
    pub fn set_by(mut value: impl FnMut(&LimitName) -> Option<usize>) -> Self {
        let mut limits = Self::default();
        for name in &LIMIT_NAMES {
            if let Some(value) = value(name) {
                *(name.field)(&mut limits) = value;
            }
        }
        limits
    }

    /// Checks a document's size, as soon as it is known (a response's length, say).
    pub fn check_size(&self, bytes: usize) -> Result<(), LoadError> {
        if bytes > self.max_document_bytes {
            return Err(LoadError::of_document(format!(
                "the document is {}, over the size limit of {} (maxDocumentBytes)",
                human_bytes(bytes),
                human_bytes(self.max_document_bytes)
            )));
        }
        Ok(())
    }

    /// Checks the bytes received so far of a document whose size was not announced.
    pub fn check_received(&self, bytes: usize) -> Result<(), LoadError> {
        if bytes > self.max_document_bytes {
            return Err(LoadError::of_document(format!(
                "the document is over the size limit of {} (maxDocumentBytes); the viewer \
                 stopped reading it there",
                human_bytes(self.max_document_bytes)
            )));
        }
        Ok(())
    }

    /// Checks the nesting of JSON already parsed.
    pub fn check_value(&self, value: &Value) -> Result<(), LoadError> {
        let mut pending = vec![(value, 1)];
        while let Some((value, depth)) = pending.pop() {
            let children: Box<dyn Iterator<Item = &Value>> = match value {
                Value::Array(items) => Box::new(items.iter()),
                Value::Object(fields) => Box::new(fields.values()),
                _ => continue,
            };
            if depth > self.json_depth() {
                return Err(LoadError::of_document(self.depth_message()));
            }
            pending.extend(children.map(|child| (child, depth + 1)));
        }
        Ok(())
    }

    /// The depth the JSON parser allows (`json::parse`).
    pub(crate) fn json_depth(&self) -> usize {
        self.max_json_depth.min(JSON_DEPTH_CEILING)
    }

    pub(crate) fn depth_message(&self) -> String {
        format!(
            "arrays and objects nest more than {} levels deep, the depth limit (maxJsonDepth)",
            self.json_depth()
        )
    }
}

/// Sizes in words, with one decimal for megabytes, in whole numbers: the module then
/// carries no float formatting.
fn human_bytes(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB {
        let tenths = (bytes as u64 * 10 + MIB as u64 / 2) / MIB as u64;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else if bytes < 1024 {
        format!("{bytes} bytes")
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}
