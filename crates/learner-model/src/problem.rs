//! What went wrong with a document, and where, as facts: the widgets word them.

use std::fmt;

pub use crate::problem_key::ProblemKey;

/// One problem with a document: the path of the field (`dimensions[3].value`), what is wrong as a
/// key of the widgets' locale tables, and the values that fill that key's sentence in (numbers
/// and ids as the document writes them). The model says no sentence itself: every language,
/// English included, words a problem from its table (`learner_widgets::i18n::problem_words`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: String,
    pub key: ProblemKey,
    /// The `{name}`s of the key's sentence and their values, in the order given.
    pub args: Vec<(&'static str, String)>,
    /// The `{name}`s filled by words of their own: a key worded first (why a text is not JSON,
    /// the type a field expects), so a sentence and its parts are each written once a language.
    pub worded: Vec<(&'static str, ProblemKey)>,
}

impl Problem {
    pub fn new(path: impl Into<String>, key: ProblemKey) -> Self {
        Self {
            path: path.into(),
            key,
            args: Vec::new(),
            worded: Vec::new(),
        }
    }

    /// The problem with `{name}` filled by `value`.
    #[must_use]
    pub fn with(self, name: &'static str, value: impl fmt::Display) -> Self {
        self.with_text(name, &value)
    }

    /// [`Problem::with`] for any value through one copy of the code, not one a type.
    fn with_text(mut self, name: &'static str, value: &dyn fmt::Display) -> Self {
        self.args.push((name, value.to_string()));
        self
    }

    /// The problem with `{name}` filled by the words of `key`.
    #[must_use]
    pub fn with_words(mut self, name: &'static str, key: ProblemKey) -> Self {
        self.worded.push((name, key));
        self
    }

    /// The value given for `{name}`.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The same problem with its path under `root` (`profiles[2]` + `learner.id`).
    #[must_use]
    pub fn under(mut self, root: &str) -> Self {
        self.path = if self.path.is_empty() {
            root.to_string()
        } else if self.path.starts_with('[') {
            format!("{root}{}", self.path)
        } else {
            format!("{root}.{}", self.path)
        };
        self
    }

    pub fn empty(path: impl Into<String>) -> Self {
        Self::new(path, ProblemKey::EMPTY)
    }

    pub fn used_twice(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::USED_TWICE).with("id", id)
    }

    pub fn not_a_date(path: impl Into<String>, value: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::NOT_A_DATE).with("value", value)
    }

    pub fn unknown_competency(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::UNKNOWN_COMPETENCY).with("id", id)
    }

    pub fn unknown_activity(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::UNKNOWN_ACTIVITY).with("id", id)
    }

    pub fn unknown_dimension(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::UNKNOWN_DIMENSION).with("id", id)
    }

    pub fn unknown_section(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::UNKNOWN_SECTION).with("id", id)
    }

    pub fn unknown_learner(path: impl Into<String>, id: impl fmt::Display) -> Self {
        Self::new(path, ProblemKey::UNKNOWN_LEARNER).with("id", id)
    }
}

/// The facts, for logs and test failures: `dimensions[3].value: problem.off-scale (value 12, min
/// 0, max 10)`. People read a problem in words from the widgets' tables.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(self.key.as_str())?;
        let worded = self.worded.iter().map(|(name, key)| (*name, key.as_str()));
        let values = self
            .args
            .iter()
            .map(|(name, value)| (*name, value.as_str()));
        for (i, (name, value)) in values.chain(worded).enumerate() {
            let open = if i == 0 { " (" } else { ", " };
            write!(f, "{open}{name} {value}")?;
        }
        if !self.args.is_empty() || !self.worded.is_empty() {
            f.write_str(")")?;
        }
        Ok(())
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
    /// A record cannot be made: the options lack an issuer, a competency has no URI, or there is
    /// nothing to issue.
    CannotIssue,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid-json",
            ErrorCode::InvalidShape => "invalid-shape",
            ErrorCode::UnsupportedSchema => "unsupported-schema",
            ErrorCode::InvalidDocument => "invalid-document",
            ErrorCode::CannotIssue => "cannot-issue",
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

/// Every problem's facts, one a line (see [`Problem`]'s `Display`).
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
