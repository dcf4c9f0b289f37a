//! What went wrong with a document, and where.

use std::fmt;

/// One problem with a document: the path of the field (`dimensions[3].value`) and what is wrong,
/// in English. The problems a person meets while editing (an empty field, a date, an id, a step the
/// work cannot take) also carry a locale-table key and its arguments, so the widgets say them in
/// the learner's language; the rest are addressed to whoever wrote the document.
#[derive(Debug, Clone)]
pub struct Problem {
    pub path: String,
    pub message: String,
    /// The `problem.…` key in the widgets' locale tables, and what fills it in.
    pub words: Option<(&'static str, Vec<(&'static str, String)>)>,
}

/// Two problems are the same when they name the same field with the same words.
impl PartialEq for Problem {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && self.message == other.message
    }
}

impl Eq for Problem {}

impl Problem {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
            words: None,
        }
    }

    /// A problem with its locale-table key and arguments as well as its English.
    pub fn worded(
        path: impl Into<String>,
        message: impl Into<String>,
        key: &'static str,
        args: Vec<(&'static str, String)>,
    ) -> Self {
        Self {
            words: Some((key, args)),
            ..Self::new(path, message)
        }
    }

    pub fn empty(path: impl Into<String>) -> Self {
        Self::worded(path, "must not be empty", "problem.empty", Vec::new())
    }

    pub fn used_twice(path: impl Into<String>, id: impl fmt::Display) -> Self {
        let id = id.to_string();
        let message = format!("\"{id}\" is used twice");
        Self::worded(path, message, "problem.used-twice", vec![("id", id)])
    }

    pub fn not_a_date(path: impl Into<String>, value: impl fmt::Display) -> Self {
        let value = value.to_string();
        let message = format!("\"{value}\" is not a date written YYYY-MM-DD");
        Self::worded(path, message, "problem.not-a-date", vec![("value", value)])
    }

    pub fn unknown_competency(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::unknown(path, "competency", "problem.unknown-competency", id)
    }

    pub fn unknown_activity(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::unknown(path, "activity", "problem.unknown-activity", id)
    }

    pub fn unknown_dimension(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::unknown(path, "dimension", "problem.unknown-dimension", id)
    }

    pub fn unknown_section(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::unknown(path, "section", "problem.unknown-section", id)
    }

    pub fn unknown_learner(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::unknown(path, "learner", "problem.unknown-learner", id)
    }

    /// `no <thing> has the id "<id>"`, worded by `key`.
    fn unknown(
        path: impl Into<String>,
        thing: &str,
        key: &'static str,
        id: impl fmt::Display,
    ) -> Self {
        let id = id.to_string();
        let message = format!("no {thing} has the id \"{id}\"");
        Self::worded(path, message, key, vec![("id", id)])
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
