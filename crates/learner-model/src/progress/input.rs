//! A document for `<learner-progress>`: one learner's progress, or a class for the heatmap.

use std::rc::Rc;

use super::class::ClassProgressDocument;
use super::document::ProgressDocument;
use crate::parse::{parse_head, typed};
use crate::problem::{DocumentError, ErrorCode, Problem};

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
            Some(other) => Err(DocumentError::single(
                ErrorCode::UnsupportedSchema,
                Problem::new(
                    "schema",
                    format!(
                        "expected \"{}\" or \"{}\", found \"{other}\"",
                        ProgressDocument::SCHEMA,
                        ClassProgressDocument::SCHEMA
                    ),
                ),
            )),
        }
    }

    pub fn to_json(&self) -> String {
        match self {
            Self::Learner(doc) => doc.to_json(),
            Self::Class(doc) => doc.to_json(),
        }
    }
}
