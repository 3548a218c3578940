//! Machine-readable findings about a document: `{ severity, path, message }`.

use serde::Serialize;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something in the input was invalid and was left out.
    Error,
    /// Something was shown, but not as written (a refused link shown as text, say).
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Where in the document, as `body[4].src`; empty for the document itself.
    pub path: String,
    pub message: String,
}

impl Severity {
    /// `error` or `warning`, as in the diagnostics' JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = self.severity.as_str();
        if self.path.is_empty() {
            write!(f, "{severity}: {}", self.message)
        } else {
            write!(f, "{severity}: {}: {}", self.path, self.message)
        }
    }
}

/// A place in the document, written as `body[4].srcset[0].src`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path(String);

impl Path {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn field(&self, name: &str) -> Self {
        if self.0.is_empty() {
            Self(name.to_owned())
        } else {
            Self(format!("{}.{name}", self.0))
        }
    }

    pub fn index(&self, index: usize) -> Self {
        Self(format!("{}[{index}]", self.0))
    }

    /// Appends a path written relative to this one (`srcset[0].width`, or `[2]`).
    pub fn join(&self, relative: &str) -> Self {
        if relative.is_empty() {
            self.clone()
        } else if self.0.is_empty() || relative.starts_with('[') {
            Self(format!("{}{relative}", self.0))
        } else {
            Self(format!("{}.{relative}", self.0))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Collects diagnostics while a document is resolved.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn error(&mut self, path: &Path, message: impl Into<String>) {
        self.push(Severity::Error, path, message.into());
    }

    pub fn warning(&mut self, path: &Path, message: impl Into<String>) {
        self.push(Severity::Warning, path, message.into());
    }

    pub fn push(&mut self, severity: Severity, path: &Path, message: String) {
        self.0.push(Diagnostic {
            severity,
            path: path.to_string(),
            message,
        });
    }

    /// How many so far.
    pub fn count(&self) -> usize {
        self.0.len()
    }

    /// The diagnostics from `at` on, taken out.
    pub fn split_off(&mut self, at: usize) -> Vec<Diagnostic> {
        self.0.split_off(at)
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.0
    }
}
