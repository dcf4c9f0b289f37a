//! JSON Schemas of every document type, generated from the Rust types serde reads, so the schema an
//! integrator validates against is the one the widgets use.

use serde_json::Value;

use crate::choice::ChoiceBoardDocument;
use crate::limits::{MAX_CLASS_COMPETENCIES, MAX_ROSTER_CONTEXTS, MAX_ROSTER_SNAPSHOTS};
use crate::progress::{ClassProgressDocument, ProgressDocument};
use crate::{ProfileDocument, RosterDocument};

/// Each document's schema file name (as served under `www/schemas/`) and its JSON Schema.
pub fn schemas() -> Vec<(&'static str, Value)> {
    vec![
        (
            "learner-profile-1.schema.json",
            with_schema_name::<ProfileDocument>(ProfileDocument::SCHEMA),
        ),
        (
            "learner-roster-1.schema.json",
            with_limits(
                with_schema_name::<RosterDocument>(RosterDocument::SCHEMA),
                &[
                    (
                        "/$defs/ProfileDocument/properties/snapshots",
                        MAX_ROSTER_SNAPSHOTS,
                    ),
                    (
                        "/$defs/ProfileDocument/properties/contexts",
                        MAX_ROSTER_CONTEXTS,
                    ),
                ],
            ),
        ),
        (
            "learner-progress-1.schema.json",
            with_schema_name::<ProgressDocument>(ProgressDocument::SCHEMA),
        ),
        (
            "learner-choice-board-1.schema.json",
            with_schema_name::<ChoiceBoardDocument>(ChoiceBoardDocument::SCHEMA),
        ),
        (
            "learner-progress-class-1.schema.json",
            with_limits(
                with_schema_name::<ClassProgressDocument>(ClassProgressDocument::SCHEMA),
                &[(
                    "/$defs/Framework/properties/competencies",
                    MAX_CLASS_COMPETENCIES,
                )],
            ),
        ),
    ]
}

/// A type shared by two documents may hold less in one of them: a class's `Framework` (the
/// heatmap's columns) and a roster's profiles (their histories). Each schema file has its own
/// `$defs`, so that file's copy says so, as the document's checks do.
fn with_limits(mut schema: Value, limits: &[(&str, usize)]) -> Value {
    for (pointer, max) in limits {
        if let Some(Value::Object(list)) = schema.pointer_mut(pointer) {
            list.insert("maxItems".into(), (*max).into());
        }
    }
    schema
}

/// The generated schema, with `schema` pinned to the document's type and version.
fn with_schema_name<T: schemars::JsonSchema>(name: &str) -> Value {
    let mut schema = schemars::schema_for!(T).to_value();
    if let Some(field) = schema.pointer_mut("/properties/schema") {
        *field =
            serde_json::json!({ "const": name, "description": "The document's type and version." });
    }
    if let Some(object) = schema.as_object_mut() {
        object.insert(
            "$id".into(),
            Value::String(format!("{}.schema.json", name.replace('/', "-"))),
        );
    }
    schema
}
