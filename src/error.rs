use article_core::{LoadError, Place};
use std::fmt;

/// Why the viewer shows no article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewerError {
    /// The article's address is not one the viewer may fetch.
    Refused { url: String, reason: String },
    /// The request did not complete (offline, blocked, refused connection).
    Network { url: String, message: String },
    /// The request or its body took longer than the viewer waits.
    TimedOut { url: String, seconds: u32 },
    /// The server answered with an error status.
    Status {
        url: String,
        status: u16,
        status_text: String,
    },
    /// The document arrived but cannot be shown.
    Document {
        url: Option<String>,
        error: LoadError,
    },
}

impl ViewerError {
    /// What went wrong, in a sentence.
    pub fn reason(&self) -> String {
        match self {
            ViewerError::Refused { reason, .. } => {
                format!("The article's address was refused: {reason}.")
            }
            ViewerError::Network { message, .. } => {
                format!("The article could not be fetched: {message}.")
            }
            ViewerError::TimedOut { seconds, .. } => {
                format!("The article took longer than {seconds} s to arrive; the viewer stopped waiting.")
            }
            // HTTP/2 carries no status text.
            ViewerError::Status {
                status,
                status_text,
                ..
            } if status_text.is_empty() => {
                format!("The server answered {status}.")
            }
            ViewerError::Status {
                status,
                status_text,
                ..
            } => {
                format!("The server answered {status} {status_text}.")
            }
            ViewerError::Document { error, .. } => capitalised(&error.message),
        }
    }

    /// Where in the document the problem is, when it is in the document.
    pub fn place(&self) -> Option<String> {
        match self {
            ViewerError::Document { error, .. } => match &error.place {
                Place::Document => None,
                place => Some(place.to_string()),
            },
            _ => None,
        }
    }

    /// The address the article was fetched from, when it was fetched.
    pub fn url(&self) -> Option<&str> {
        match self {
            ViewerError::Refused { url, .. }
            | ViewerError::Network { url, .. }
            | ViewerError::TimedOut { url, .. }
            | ViewerError::Status { url, .. } => Some(url),
            ViewerError::Document { url, .. } => url.as_deref(),
        }
    }
}

impl fmt::Display for ViewerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason())?;
        if let Some(place) = self.place() {
            write!(f, " (at {place})")?;
        }
        if let Some(url) = self.url() {
            write!(f, " [{url}]")?;
        }
        Ok(())
    }
}

/// The core's messages are its own English, so only an ASCII letter is raised: `to_uppercase`
/// would bring Unicode's upper-case table into the module (2.8 KB of brotli).
fn capitalised(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => format!(
            "{}{}.",
            first.to_ascii_uppercase(),
            chars.as_str().trim_end_matches('.')
        ),
        None => String::new(),
    }
}
