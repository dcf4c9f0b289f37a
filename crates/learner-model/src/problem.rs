//! What went wrong with a document, and where.

use std::fmt;

/// One problem with a document: the path of the field (`dimensions[3].value`) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The kind of failure, as the stable `code` of a `learner-error` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// The text is not JSON at all.
    InvalidJson,
    /// The JSON does not have the shape of the document (a missing field, a wrong type).
    InvalidShape,
    /// The `schema` field names another document type or a version this build does not know.
    UnsupportedSchema,
    /// The document has the right shape but its values contradict each other or the scale.
    InvalidDocument,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::InvalidShape => "invalid-shape",
            ErrorCode::UnsupportedSchema => "unsupported-schema",
            ErrorCode::InvalidDocument => "invalid-document",
        }
    }
}

/// A document that could not be used, with every problem found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError {
    pub code: ErrorCode,
    /// Never empty.
    pub problems: Vec<Problem>,
}

impl DocumentError {
    pub fn single(code: ErrorCode, problem: Problem) -> Self {
        Self {
            code,
            problems: vec![problem],
        }
    }

    /// The first problem: the one named in a one-line message.
    pub fn first(&self) -> Option<&Problem> {
        self.problems.first()
    }
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for problem in &self.problems {
            if !first {
                f.write_str("\n")?;
            }
            first = false;
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DocumentError {}
