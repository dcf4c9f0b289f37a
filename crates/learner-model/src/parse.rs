//! Turning JSON text into a typed document, with the path of the field when the shape is wrong.

use serde::de::DeserializeOwned;

use crate::problem::{DocumentError, ErrorCode, Problem};

/// A document type that knows its schema name and how to check its own values.
pub trait Document: DeserializeOwned {
    /// The value the `schema` field must hold, e.g. `learner-profile/1`.
    const SCHEMA: &'static str;
    /// Every problem with the values, each with its path. Empty when the document is usable.
    fn problems(&self) -> Vec<Problem>;
}

/// Parses and validates a document from JSON text.
///
/// Checks, in order: the text is JSON; `schema` names this document type and version; the fields
/// have the right types; the values are consistent. Errors name the path of the field.
pub fn parse_document<D: Document>(text: &str) -> Result<D, DocumentError> {
    typed(parse_value(text)?)
}

/// The text as JSON, or an `invalid-json` error.
pub(crate) fn parse_value(text: &str) -> Result<serde_json::Value, DocumentError> {
    serde_json::from_str(text).map_err(|err| {
        DocumentError::single(
            ErrorCode::InvalidJson,
            Problem::new("", format!("the text is not valid JSON ({err})")),
        )
    })
}

/// JSON as a document of type `D`: schema, shape, then values.
pub(crate) fn typed<D: Document>(value: serde_json::Value) -> Result<D, DocumentError> {
    check_schema::<D>(&value)?;
    let document: D = serde_path_to_error::deserialize(value).map_err(|err| {
        let path = display_path(&err.path().to_string());
        let message = err.into_inner().to_string();
        DocumentError::single(ErrorCode::InvalidShape, Problem::new(path, message))
    })?;
    let problems = document.problems();
    if problems.is_empty() {
        Ok(document)
    } else {
        Err(DocumentError {
            code: ErrorCode::InvalidDocument,
            problems,
        })
    }
}

fn check_schema<D: Document>(value: &serde_json::Value) -> Result<(), DocumentError> {
    let Some(object) = value.as_object() else {
        return Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new(
                "",
                format!("expected a JSON object with \"schema\": \"{}\"", D::SCHEMA),
            ),
        ));
    };
    match object.get("schema") {
        Some(serde_json::Value::String(schema)) if schema == D::SCHEMA => Ok(()),
        Some(serde_json::Value::String(schema)) => Err(DocumentError::single(
            ErrorCode::UnsupportedSchema,
            Problem::new(
                "schema",
                format!("expected \"{}\", found \"{schema}\"", D::SCHEMA),
            ),
        )),
        Some(other) => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new(
                "schema",
                format!("expected the text \"{}\", found {other}", D::SCHEMA),
            ),
        )),
        None => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("schema", format!("missing; expected \"{}\"", D::SCHEMA)),
        )),
    }
}

/// serde_path_to_error writes the root as `.`; an empty path reads better in a message.
fn display_path(path: &str) -> String {
    if path == "." {
        String::new()
    } else {
        path.to_string()
    }
}
