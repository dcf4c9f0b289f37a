//! The TypeScript types of the documents, made from the JSON Schemas that schemars makes of the
//! model's types (the same as `www/schemas/`) by json-schema-to-typescript (`tools/`). The schemas
//! are first joined into one: each document's root becomes the `$defs` entry named as index.d.ts
//! names it (`LearnerProfileDocument`), the definitions they share are kept once, and what only
//! validates (limits, formats, defaults) is left out, so that two schemas that differ only in a
//! limit give one type.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Map, Value, json};

use super::description::document_type_name;
use crate::root;

/// Keywords that limit or describe a value without changing its type.
const CHECKS_ONLY: [&str; 14] = [
    "$schema",
    "default",
    "format",
    "maxItems",
    "minItems",
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxProperties",
    "minProperties",
    "pattern",
];

/// The TypeScript declarations of every document type (and `LearnerDocument`, any of them).
pub fn render() -> Result<String, String> {
    let schema = joined(learner_model::schema::schemas())?;
    compile(&schema)
}

/// The schemas as one: `LearnerDocument`, any of the documents, with every definition.
fn joined(schemas: Vec<(&'static str, Value)>) -> Result<Value, String> {
    let schemas: Vec<(&str, Value)> = schemas
        .into_iter()
        .map(|(file, schema)| (file, types_only(schema)))
        .collect();
    // A document inside another (a roster's profiles) is defined under its Rust name, the title of
    // its own schema: it is that document's own type.
    let mut renames = Vec::new();
    for (file, schema) in &schemas {
        let name = document_name(schema)
            .ok_or_else(|| format!("{file}: its root has no `schema` const"))?;
        if let Some(title) = schema.get("title").and_then(Value::as_str) {
            renames.push((format!("#/$defs/{title}"), format!("#/$defs/{name}")));
        }
    }
    let mut defs = Map::new();
    let mut roots = Vec::new();
    for (file, mut schema) in schemas {
        let name = document_name(&schema).unwrap_or_default();
        let own_defs = match schema.as_object_mut().and_then(|o| o.remove("$defs")) {
            Some(Value::Object(own)) => own,
            _ => Map::new(),
        };
        for (def, body) in own_defs {
            if renames
                .iter()
                .any(|(from, _)| *from == format!("#/$defs/{def}"))
            {
                continue;
            }
            match defs.get(&def) {
                Some(kept) if *kept != body => {
                    return Err(format!(
                        "{file}: its `{def}` differs from another schema's `{def}`: give one of them another name"
                    ));
                }
                _ => {
                    defs.insert(def, body);
                }
            }
        }
        if let Some(root) = schema.as_object_mut() {
            root.insert(String::from("title"), Value::String(name.clone()));
        }
        roots.push(json!({ "$ref": format!("#/$defs/{name}") }));
        defs.insert(name, schema);
    }
    let mut all = json!({
        "title": "LearnerDocument",
        "description": "Any of the documents the elements show.",
        "anyOf": roots,
        "$defs": defs,
    });
    point_at_documents(&mut all, &renames);
    Ok(all)
}

/// The TypeScript name of the document a schema describes (`properties.schema.const`).
fn document_name(schema: &Value) -> Option<String> {
    schema
        .pointer("/properties/schema/const")
        .and_then(Value::as_str)
        .map(document_type_name)
}

/// `schema` without the keywords that only validate (the keys of `properties` and `$defs` are
/// names, not keywords, and stay). A `$ref` with a description beside it becomes an `allOf` of the
/// one reference, which json-schema-to-typescript names as the referenced type rather than as a
/// copy of it (`MethodSpec1`).
fn types_only(schema: Value) -> Value {
    match schema {
        Value::Object(object) => {
            let mut object: Map<String, Value> = object
                .into_iter()
                .filter(|(key, _)| !CHECKS_ONLY.contains(&key.as_str()))
                .map(|(key, value)| {
                    let value = match (key.as_str(), value) {
                        ("properties" | "$defs", Value::Object(named)) => Value::Object(
                            named
                                .into_iter()
                                .map(|(name, schema)| (name, types_only(schema)))
                                .collect(),
                        ),
                        (_, value) => types_only(value),
                    };
                    (key, value)
                })
                .collect();
            if object.len() > 1
                && let Some(reference) = object.remove("$ref")
            {
                object.insert(String::from("allOf"), json!([{ "$ref": reference }]));
            }
            Value::Object(object)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(types_only).collect()),
        other => other,
    }
}

/// Points each `$ref` to a document's definition under its Rust name (`#/$defs/ProfileDocument`
/// in the roster's schema) at the document's own type (`#/$defs/LearnerProfileDocument`).
fn point_at_documents(value: &mut Value, renames: &[(String, String)]) {
    match value {
        Value::Object(object) => {
            for (key, inner) in object.iter_mut() {
                if key == "$ref"
                    && let Some(target) = inner.as_str()
                    && let Some((_, to)) = renames.iter().find(|(from, _)| from == target)
                {
                    *inner = Value::String(to.clone());
                } else {
                    point_at_documents(inner, renames);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| point_at_documents(item, renames)),
        _ => {}
    }
}

/// Runs `tools/schema-to-typescript.mjs` on `schema`.
fn compile(schema: &Value) -> Result<String, String> {
    let script = root().join("tools/schema-to-typescript.mjs");
    let mut child = Command::new("node")
        .arg(&script)
        .current_dir(root().join("tools"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start node: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(schema.to_string().as_bytes())
            .map_err(|e| format!("could not give the schemas to node: {e}"))?;
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("node did not finish: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed (is tools/ installed? `cargo xtask dist` installs it): {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    String::from_utf8(out.stdout)
        .map_err(|e| format!("json-schema-to-typescript wrote non-UTF-8: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_go_but_fields_named_like_keywords_stay() {
        let schema = json!({
            "type": "object",
            "properties": { "format": { "type": "string", "maxLength": 9 } },
            "maxProperties": 3,
        });
        assert_eq!(
            types_only(schema),
            json!({ "type": "object", "properties": { "format": { "type": "string" } } })
        );
    }

    #[test]
    fn every_document_is_a_definition_and_a_roster_refers_to_the_profile() {
        let all = joined(learner_model::schema::schemas()).unwrap();
        for name in [
            "LearnerProfileDocument",
            "LearnerRosterDocument",
            "LearnerProgressDocument",
            "LearnerProgressClassDocument",
            "LearnerChoiceBoardDocument",
        ] {
            assert_eq!(all["$defs"][name]["title"], name);
        }
        assert!(all["$defs"].get("ProfileDocument").is_none());
        assert_eq!(
            all["$defs"]["Framework"]["properties"]["method"]["allOf"][0]["$ref"],
            "#/$defs/MethodSpec"
        );
        assert_eq!(
            all["$defs"]["LearnerRosterDocument"]["properties"]["profiles"]["items"]["$ref"],
            "#/$defs/LearnerProfileDocument"
        );
        assert!(!all.to_string().contains("maxItems"));
    }

    #[test]
    fn two_definitions_of_one_name_that_differ_in_type_are_refused() {
        let document = |schema: &str, kind: &str| {
            json!({
                "title": schema,
                "properties": { "schema": { "const": schema } },
                "$defs": { "Shared": { "type": kind } },
            })
        };
        let refused = joined(vec![
            ("a.json", document("learner-a/1", "string")),
            ("b.json", document("learner-b/1", "number")),
        ])
        .unwrap_err();
        assert!(
            refused.contains("b.json: its `Shared` differs"),
            "{refused}"
        );
    }
}
