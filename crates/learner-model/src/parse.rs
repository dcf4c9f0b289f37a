//! Turning JSON text into a typed document, with the path of the field when the shape is wrong.

use std::fmt;

use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::json_path::path_at;
use crate::problem::{DocumentError, ErrorCode, Problem, ProblemKey};
use crate::serde_error::{not_json, wrong_shape};

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
    typed(&parse_head(text)?, text)
}

/// What choosing and checking a document's type needs of its text: whether it is a JSON object,
/// and its `schema` field. Read without building the whole text as a tree, which for a class of
/// 150 learners (some 10 MB) took three times as long as reading the typed document itself.
pub(crate) enum Head {
    NotAnObject,
    Object { schema: Option<SchemaField> },
}

/// A document's `schema` field: its text, or what else it was (`1`, `true`, `null`, an object, a
/// list), for the problem. Read without `serde_json::Value`, whose tree of maps, in the one
/// place it was needed, was several KB of every widget's wasm.
pub(crate) enum SchemaField {
    Text(String),
    /// A number, `true`, `false` or `null`, as JSON writes it.
    Other(String),
    Object,
    List,
}

impl Head {
    /// The `schema` field when it is text.
    pub(crate) fn schema(&self) -> Option<&str> {
        match self {
            Head::Object {
                schema: Some(SchemaField::Text(s)),
            } => Some(s),
            _ => None,
        }
    }
}

impl<'de> Deserialize<'de> for SchemaField {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_any(SchemaFieldVisitor)
    }
}

struct SchemaFieldVisitor;

impl<'de> Visitor<'de> for SchemaFieldVisitor {
    type Value = SchemaField;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<SchemaField, E> {
        Ok(SchemaField::Text(v.to_string()))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<SchemaField, E> {
        Ok(SchemaField::Other(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<SchemaField, E> {
        Ok(SchemaField::Other(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<SchemaField, E> {
        Ok(SchemaField::Other(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<SchemaField, E> {
        Ok(SchemaField::Other(v.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<SchemaField, E> {
        Ok(SchemaField::Other(String::from("null")))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<SchemaField, M::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(SchemaField::Object)
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<SchemaField, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(SchemaField::List)
    }
}

impl<'de> Deserialize<'de> for Head {
    fn deserialize<De: Deserializer<'de>>(deserializer: De) -> Result<Self, De::Error> {
        deserializer.deserialize_any(HeadVisitor)
    }
}

struct HeadVisitor;

impl<'de> Visitor<'de> for HeadVisitor {
    type Value = Head;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Head, M::Error> {
        let mut schema = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == "schema" {
                schema = Some(map.next_value::<SchemaField>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Head::Object { schema })
    }

    fn visit_seq<S: SeqAccess<'de>>(self, mut seq: S) -> Result<Head, S::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Head::NotAnObject)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
    fn visit_unit<E: de::Error>(self) -> Result<Head, E> {
        Ok(Head::NotAnObject)
    }
}

/// The text's head, or an `invalid-json` error naming where it stopped making sense. A text that
/// begins `{"schema": "…"`, as every document this project writes does, is read no further: the
/// typed read that follows reads all of it (and [`typed`] says invalid JSON as such). Skipping a
/// 10 MB class only to find `schema` took a fifth of reading it in a browser.
pub(crate) fn parse_head(text: &str) -> Result<Head, DocumentError> {
    if let Some(schema) = leading_schema(text) {
        return Ok(Head::Object {
            schema: Some(SchemaField::Text(schema)),
        });
    }
    serde_json::from_str(text).map_err(|err| invalid_json(text, &err))
}

/// The `schema` text when it is the first field.
fn leading_schema(text: &str) -> Option<String> {
    let json_space: &[char] = &[' ', '\t', '\n', '\r'];
    let rest = text
        .trim_start_matches(json_space)
        .strip_prefix('{')?
        .trim_start_matches(json_space)
        .strip_prefix("\"schema\"")?
        .trim_start_matches(json_space)
        .strip_prefix(':')?;
    // Reads one JSON string and stops: what follows is the typed read's to check.
    String::deserialize(&mut serde_json::Deserializer::from_str(rest)).ok()
}

/// An element that shows two document types was given another: `unsupported-schema`, unless the
/// text is not JSON at all.
pub(crate) fn neither_schema(text: &str, found: &str, one: &str, other: &str) -> DocumentError {
    unless_invalid_json(
        text,
        DocumentError::single(
            ErrorCode::UnsupportedSchema,
            Problem::new("schema", ProblemKey::SCHEMA_NEITHER_EXPECTED)
                .with("one", one)
                .with("other", other)
                .with("found", found),
        ),
    )
}

/// `error` about a text whose head was read quickly, unless the text is not JSON at all: that is
/// said first, as a full read of the head would have.
fn unless_invalid_json(text: &str, error: DocumentError) -> DocumentError {
    match parse_value(text) {
        Err(invalid) => invalid,
        Ok(_) => error,
    }
}

/// The text as JSON, or an `invalid-json` error naming where it stopped making sense.
pub(crate) fn parse_value(text: &str) -> Result<serde_json::Value, DocumentError> {
    serde_json::from_str(text).map_err(|err| invalid_json(text, &err))
}

fn invalid_json(text: &str, err: &serde_json::Error) -> DocumentError {
    let path = path_at(text, err.line(), err.column());
    DocumentError::single(ErrorCode::InvalidJson, not_json(path, err))
}

/// JSON as a document of type `D`: schema, shape, then values.
pub(crate) fn typed<D: Document>(head: &Head, text: &str) -> Result<D, DocumentError> {
    check_schema::<D>(head)
        .and_then(|()| from_text(text))
        // The quick reads skip what the head does not need: deep nesting, a lone surrogate or a
        // number out of range there is still invalid JSON, and said as such.
        .map_err(|error| unless_invalid_json(text, error))
}

/// The shape, read from the text so a wrong field's line and column give its path; then the values.
fn from_text<D: Document>(text: &str) -> Result<D, DocumentError> {
    let document: D = serde_json::from_str(text).map_err(|err| {
        let problem = wrong_shape(path_at(text, err.line(), err.column()), &err);
        DocumentError::single(ErrorCode::InvalidShape, problem)
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

/// A part of a document given alone (one evidence entry for `addEvidence`, say): its shape, with
/// paths under `root`.
pub(crate) fn read_part<T: serde::de::DeserializeOwned>(
    text: &str,
    root: &str,
) -> Result<T, DocumentError> {
    serde_json::from_str(text).map_err(|err| {
        if !matches!(err.classify(), serde_json::error::Category::Data) {
            return invalid_json(text, &err);
        }
        let within = path_at(text, err.line(), err.column());
        let path = if within.is_empty() || root.is_empty() || within.starts_with('[') {
            format!("{root}{within}")
        } else {
            format!("{root}.{within}")
        };
        DocumentError::single(ErrorCode::InvalidShape, wrong_shape(path, &err))
    })
}

fn check_schema<D: Document>(head: &Head) -> Result<(), DocumentError> {
    let Head::Object { schema } = head else {
        return Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("", ProblemKey::NOT_AN_OBJECT).with("expected", D::SCHEMA),
        ));
    };
    match schema {
        Some(SchemaField::Text(schema)) if schema == D::SCHEMA => Ok(()),
        Some(SchemaField::Text(schema)) => Err(DocumentError::single(
            ErrorCode::UnsupportedSchema,
            Problem::new("schema", ProblemKey::SCHEMA_NOT_EXPECTED)
                .with("expected", D::SCHEMA)
                .with("found", schema),
        )),
        Some(SchemaField::Other(other)) => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("schema", ProblemKey::SCHEMA_NOT_TEXT)
                .with("expected", D::SCHEMA)
                .with("found", other),
        )),
        Some(SchemaField::Object) => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("schema", ProblemKey::SCHEMA_IS_OBJECT).with("expected", D::SCHEMA),
        )),
        Some(SchemaField::List) => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("schema", ProblemKey::SCHEMA_IS_LIST).with("expected", D::SCHEMA),
        )),
        None => Err(DocumentError::single(
            ErrorCode::InvalidShape,
            Problem::new("schema", ProblemKey::SCHEMA_MISSING).with("expected", D::SCHEMA),
        )),
    }
}
