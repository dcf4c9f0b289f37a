//! Public names are API: every CSS part and `--learner-*` property the widgets use must be listed in
//! the Custom Elements Manifest and the integrator guide, and the TypeScript types (which the React
//! and Vue types are made from) must name the manifest's attributes and events. The tests here fail
//! when one is not.

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

    /// The names declared in the body of `interface <name>` (up to its first line that is `}`).
    fn interface_keys(types: &str, name: &str) -> (BTreeSet<String>, Option<String>) {
        let Some(start) = types
            .find(&format!("interface {name} "))
            .or_else(|| types.find(&format!("interface {name}<")))
        else {
            return (BTreeSet::new(), None);
        };
        let head = types[start..].lines().next().unwrap_or_default();
        let parent = head
            .split(" extends ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .map(String::from);
        let keys = types[start..]
            .lines()
            .skip(1)
            .take_while(|line| line.trim() != "}")
            .filter_map(|line| {
                let line = line.trim();
                let key = line.split(':').next()?.trim_end_matches('?');
                let key = key.trim_matches('\'');
                let is_name = !key.is_empty()
                    && key.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                    && line.contains(':');
                is_name.then(|| key.to_string())
            })
            .collect();
        (keys, parent)
    }

    /// The attributes of an interface and of the interfaces it extends.
    fn attribute_keys(types: &str, name: &str) -> BTreeSet<String> {
        let (mut keys, parent) = interface_keys(types, name);
        if let Some(parent) = parent {
            keys.extend(attribute_keys(types, &parent));
        }
        keys
    }

    #[test]
    fn the_types_name_every_attribute_and_event_of_the_manifest() {
        let types = std::fs::read_to_string(root().join("crates/learner-embed/package/index.d.ts"))
            .unwrap();
        let manifest: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root().join("custom-elements.json")).unwrap(),
        )
        .unwrap();
        let (events, _) = interface_keys(&types, "LearnerEvents");
        let mut seen = 0;
        for module in manifest["modules"].as_array().unwrap() {
            for element in module["declarations"].as_array().unwrap() {
                let Some(tag) = element["tagName"].as_str() else {
                    continue;
                };
                seen += 1;
                let names = |key: &str| -> BTreeSet<String> {
                    element[key]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|item| item["name"].as_str().unwrap().to_string())
                        .collect()
                };
                // `'learner-profile': { … attributes: LearnerProfileAttributes; …`
                let entry = &types[types.find(&format!("'{tag}': {{")).unwrap()..];
                let interface = entry
                    .split("attributes: ")
                    .nth(1)
                    .and_then(|rest| rest.split(';').next())
                    .unwrap();
                assert_eq!(
                    attribute_keys(&types, interface),
                    names("attributes"),
                    "{tag}'s attributes in index.d.ts ({interface}) and custom-elements.json"
                );
                assert_eq!(events, names("events"), "{tag}'s events");
            }
        }
        assert_eq!(seen, 3);
    }
}
