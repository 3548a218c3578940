use crate::diagnostics::{Diagnostic, Severity};
use std::fmt;

/// Why an article cannot be shown at all, and where in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub message: String,
    pub place: Place,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// The document as a whole (it is empty, or not an object).
    Document,
    /// A JSON syntax error, counted from 1 as editors do.
    LineColumn { line: usize, column: usize },
    /// A field, as `body` or `headline`.
    Path(String),
}

impl LoadError {
    pub fn at_path(path: &str, message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            place: Place::Path(path.to_owned()),
        }
    }

    pub fn of_document(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
            place: Place::Document,
        }
    }

    /// The same finding in the form every diagnostic takes.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            path: match &self.place {
                Place::Path(path) => path.clone(),
                Place::Document | Place::LineColumn { .. } => String::new(),
            },
            message: self.to_string(),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Document => f.write_str("the document"),
            Place::LineColumn { line, column } => write!(f, "line {line}, column {column}"),
            Place::Path(path) => f.write_str(path),
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Place::Document => f.write_str(&self.message),
            _ => write!(f, "{}: {}", self.place, self.message),
        }
    }
}

impl std::error::Error for LoadError {}
