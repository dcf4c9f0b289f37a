//! `cargo xtask schemas`: writes the JSON Schema of every document type to `www/schemas/`, where the
//! site serves them. A test fails when the committed files differ from the types.

use std::path::PathBuf;

use crate::root;

fn folder() -> PathBuf {
    root().join("www/schemas")
}

/// Each schema file's path and its text as written (pretty, with a final newline).
fn rendered() -> Vec<(PathBuf, String)> {
    learner_model::schema::schemas()
        .into_iter()
        .map(|(name, schema)| {
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n";
            (folder().join(name), text)
        })
        .collect()
}

pub fn write() -> Result<(), String> {
    std::fs::create_dir_all(folder()).map_err(|e| format!("cannot create www/schemas: {e}"))?;
    for (path, text) in rendered() {
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committed_schemas_match_the_document_types() {
        for (path, text) in rendered() {
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == text,
                "{} is out of date: run `cargo xtask schemas` and commit it",
                path.display()
            );
        }
    }

    #[test]
    fn the_profile_schema_describes_every_field_the_widget_reads() {
        let (_, profile) = &learner_model::schema::schemas()[0];
        assert_eq!(
            profile["properties"]["schema"]["const"],
            "learner-profile/1"
        );
        let required = profile["required"].as_array().unwrap();
        for field in ["schema", "learner", "scale", "dimensions"] {
            assert!(required.iter().any(|r| r == field), "{field} is required");
        }
        let text = profile.to_string();
        for field in [
            "selfRating",
            "evidenceCount",
            "snapshots",
            "contexts",
            "levels",
            "range",
        ] {
            assert!(
                text.contains(&format!("\"{field}\"")),
                "{field} is described"
            );
        }
    }
}
