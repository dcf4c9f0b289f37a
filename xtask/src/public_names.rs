//! Public names are API: every CSS part and `--learner-*` property the widgets use must be listed in
//! the Custom Elements Manifest and the integrator guide. The tests here fail when one is not.

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use crate::root;

    fn sources(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("rs" | "css" | "js")
            ) {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    /// Every name that follows `prefix` up to a character that cannot be in a name.
    fn names_after(text: &str, prefix: &str) -> BTreeSet<String> {
        text.match_indices(prefix)
            .map(|(at, _)| {
                text[at + prefix.len()..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect::<String>()
            })
            .filter(|name| !name.is_empty())
            .collect()
    }

    #[test]
    fn every_part_and_custom_property_is_documented() {
        let mut code = String::new();
        sources(&root().join("crates/learner-widgets/src"), &mut code);
        sources(&root().join("crates/learner-embed/js"), &mut code);
        let manifest = std::fs::read_to_string(root().join("custom-elements.json")).unwrap();
        let guide = std::fs::read_to_string(root().join("docs/integrator-guide.md")).unwrap();

        let mut parts = names_after(&code, "part=\"");
        parts.extend(names_after(&code, "setAttribute('part', '"));
        assert!(parts.contains("storage-notice"), "{parts:?}");
        assert!(
            parts.contains("chart") && parts.contains("error"),
            "{parts:?}"
        );
        for part in &parts {
            assert!(
                manifest.contains(&format!("\"name\": \"{part}\"")),
                "part {part} is not in the manifest"
            );
            assert!(
                guide.contains(&format!("| `{part}` |")),
                "part {part} is not in the guide"
            );
        }
        let properties = names_after(&code, "var(--learner-");
        assert!(properties.contains("accent"), "{properties:?}");
        for property in &properties {
            let name = format!("--learner-{property}");
            assert!(
                manifest.contains(&format!("\"name\": \"{name}\"")),
                "{name} is not in the manifest"
            );
            assert!(
                guide.contains(&format!("| `{name}` |")),
                "{name} is not in the guide"
            );
        }
    }
}
