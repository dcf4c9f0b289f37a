//! JSON Schemas of every document type, generated from the Rust types serde reads, so the schema an
//! integrator validates against is the one the widgets use.

use serde_json::Value;

use crate::choice::ChoiceBoardDocument;
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
            with_schema_name::<RosterDocument>(RosterDocument::SCHEMA),
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
            with_schema_name::<ClassProgressDocument>(ClassProgressDocument::SCHEMA),
        ),
    ]
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
