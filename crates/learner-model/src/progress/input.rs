//! A document for `<learner-progress>`: one learner's progress, or a class for the heatmap.

use std::rc::Rc;

use super::class::ClassProgressDocument;
use super::document::{Evidence, ProgressDocument};
use crate::parse::{neither_schema, parse_head, read_part, typed};
use crate::problem::{DocumentError, ErrorCode, Problem, ProblemKey};

/// Shared, so a widget's render and the element's edits never copy a class of evidence.
#[derive(Debug, Clone, PartialEq)]
pub enum ProgressInput {
    Learner(Rc<ProgressDocument>),
    Class(Rc<ClassProgressDocument>),
}

impl ProgressInput {
    /// Reads either document, chosen by its `schema` field.
    pub fn from_json(text: &str) -> Result<Self, DocumentError> {
        let head = parse_head(text)?;
        match head.schema() {
            Some(ClassProgressDocument::SCHEMA) => {
                typed::<ClassProgressDocument>(&head, text).map(|d| Self::Class(Rc::new(d)))
            }
            Some(ProgressDocument::SCHEMA) | None => {
                typed::<ProgressDocument>(&head, text).map(|d| Self::Learner(Rc::new(d)))
            }
            Some(other) => Err(neither_schema(
                text,
                other,
                ProgressDocument::SCHEMA,
                ClassProgressDocument::SCHEMA,
            )),
        }
    }

    /// This document with one more piece of evidence, given as the JSON text of one `evidence`
    /// entry (the host's `addEvidence`). A class needs the id of the learner it is for; one
    /// learner's document takes no id, or that learner's. Problems are said at `evidence.…`, the
    /// entry as the host gave it. A class shares every other learner's records with this
    /// document, so the update costs one learner, not the class.
    pub fn with_evidence(
        &self,
        learner: Option<&str>,
        evidence: &str,
    ) -> Result<Self, DocumentError> {
        let evidence: Evidence = read_part(evidence, "evidence")?;
        let refused = |problems: Vec<Problem>| DocumentError {
            code: ErrorCode::InvalidDocument,
            problems: problems.into_iter().map(as_given).collect(),
        };
        match (self, learner) {
            (Self::Class(class), Some(id)) => class
                .with_evidence(id, evidence)
                .map(|class| Self::Class(Rc::new(class)))
                .map_err(refused),
            (Self::Class(_), None) => Err(DocumentError::single(
                ErrorCode::InvalidDocument,
                Problem::new("learner", ProblemKey::CLASS_NEEDS_LEARNER),
            )),
            (Self::Learner(doc), Some(id)) if id != doc.learner.id => Err(DocumentError::single(
                ErrorCode::InvalidDocument,
                Problem::unknown_learner("learner", id),
            )),
            (Self::Learner(doc), _) => doc
                .with_evidence(evidence)
                .map(|(doc, _)| Self::Learner(Rc::new(doc)))
                .map_err(refused),
        }
    }

    pub fn to_json(&self) -> String {
        match self {
            Self::Learner(doc) => doc.to_json(),
            Self::Class(doc) => doc.to_json(),
        }
    }
}

/// `learners[3].evidence[1000].score` as the host gave it: `evidence.score`.
fn as_given(problem: Problem) -> Problem {
    let within = problem.path.rfind("evidence[").and_then(|at| {
        let rest = problem.path.get(at..)?;
        rest.find(']').and_then(|end| rest.get(end + 1..))
    });
    match within {
        Some(rest) => Problem {
            path: format!("evidence{rest}"),
            ..problem.clone()
        },
        None => problem,
    }
}
