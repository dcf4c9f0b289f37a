//! `cargo xtask api [--check]`: the files that tell integrators and tools what the elements are,
//! written from one description of each element (`crates/learner-embed/api/`) and the documents'
//! JSON Schemas: `custom-elements.json`, the package's `index.d.ts`, the loader's `MODULES` table
//! (what the elements use at run time) and the package README's list of elements. `--check`
//! changes nothing and fails naming each committed file that differs, and each part or custom
//! property the integrator guide does not list.

pub mod description;
mod document_types;
mod loader_table;
mod manifest;
mod typescript;

use std::path::{Path, PathBuf};

use crate::{package_text, root};
use description::Api;

/// The description, from `crates/learner-embed/api/`.
pub fn load() -> Result<Api, String> {
    description::load(&root().join("crates/learner-embed/api"))
}

pub fn run(args: &[String]) -> Result<(), String> {
    let check = args.iter().any(|a| a == "--check");
    crate::tools::ensure_node_tools()?;
    let api = load()?;
    let files = generated(&api)?;
    if check {
        let mut problems: Vec<String> = files
            .iter()
            .filter(|(path, text)| std::fs::read_to_string(path).ok().as_ref() != Some(text))
            .map(|(path, _)| format!("{} differs from what the code makes", shown(path)))
            .collect();
        let guide = root().join("docs/integrator-guide.md");
        let guide_text = std::fs::read_to_string(&guide)
            .map_err(|e| format!("cannot read {}: {e}", guide.display()))?;
        problems.extend(missing_from_guide(&api, &guide_text));
        if problems.is_empty() {
            println!("api: {} files are as the code makes them", files.len());
            return Ok(());
        }
        for problem in &problems {
            eprintln!("api: {problem}");
        }
        return Err(String::from(
            "the API files are out of date: run `cargo xtask api` and commit them",
        ));
    }
    for (path, text) in files {
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", shown(&path));
    }
    Ok(())
}

/// Each generated file's path and its text.
fn generated(api: &Api) -> Result<Vec<(PathBuf, String)>, String> {
    let root = root();
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let loader = root.join("crates/learner-embed/js/learner-widgets.js");
    let readme = root.join("crates/learner-embed/package/README.md");
    let elements = package_text::elements(api);
    Ok(vec![
        (root.join("custom-elements.json"), manifest::render(api)?),
        (
            root.join("crates/learner-embed/package/index.d.ts"),
            typescript::render(api, &document_types::render()?),
        ),
        (
            loader.clone(),
            replace_between(
                &read(&loader)?,
                loader_table::BEGIN,
                loader_table::END,
                &loader_table::render(api),
            )?,
        ),
        (
            readme.clone(),
            replace_between(
                &read(&readme)?,
                package_text::README_BEGIN,
                package_text::README_END,
                &package_text::readme_list(&elements),
            )?,
        ),
    ])
}

/// `text` with what runs from `begin` to `end` (both included) replaced by `with`.
fn replace_between(text: &str, begin: &str, end: &str, with: &str) -> Result<String, String> {
    let (Some(start), Some(stop)) = (text.find(begin), text.find(end)) else {
        return Err(format!("{begin} … {end} is missing"));
    };
    if stop < start || text.matches(begin).count() != 1 {
        return Err(format!("{begin} … {end} must appear once, in that order"));
    }
    let before = text.get(..start).unwrap_or_default();
    let after = text.get(stop + end.len()..).unwrap_or_default();
    Ok(format!("{before}{with}{after}"))
}

/// The parts and custom properties the guide has no table row for (`| \`name\` |`).
fn missing_from_guide(api: &Api, guide: &str) -> Vec<String> {
    let mut missing = Vec::new();
    for element in &api.elements {
        let parts = element.items.parts.iter().map(|p| ("part", &p.name));
        let properties = element
            .items
            .css_properties
            .iter()
            .map(|p| ("custom property", &p.name));
        for (kind, name) in parts.chain(properties) {
            let row = format!("| `{name}` |");
            let said = format!("docs/integrator-guide.md has no row for the {kind} `{name}`");
            if !guide.contains(&row) && !missing.contains(&said) {
                missing.push(said);
            }
        }
    }
    missing
}

fn shown(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marked_region_is_replaced_and_a_missing_mark_named() {
        let text = "a\n// <x>\nold\n// </x>\nb\n";
        assert_eq!(
            replace_between(text, "// <x>", "// </x>", "// <x>\nnew\n// </x>").unwrap(),
            "a\n// <x>\nnew\n// </x>\nb\n"
        );
        assert!(replace_between("a", "// <x>", "// </x>", "").is_err());
    }

    #[test]
    fn the_guide_lists_every_part_and_custom_property() {
        let api = load().unwrap();
        let guide = std::fs::read_to_string(root().join("docs/integrator-guide.md")).unwrap();
        assert_eq!(missing_from_guide(&api, &guide), Vec::<String>::new());
        let without = guide.replace("| `legend` |", "");
        assert_eq!(
            missing_from_guide(&api, &without),
            ["docs/integrator-guide.md has no row for the part `legend`"]
        );
    }

    /// The committed files are what `cargo xtask api` writes, but for index.d.ts, whose document
    /// types need Node (`cargo xtask api --check`, run by `cargo xtask test`, compares it too).
    #[test]
    fn the_committed_manifest_loader_table_and_readme_are_up_to_date() {
        let api = load().unwrap();
        let manifest = std::fs::read_to_string(root().join("custom-elements.json")).unwrap();
        assert!(
            manifest == manifest::render(&api).unwrap(),
            "custom-elements.json is out of date: run `cargo xtask api`"
        );
        let loader =
            std::fs::read_to_string(root().join("crates/learner-embed/js/learner-widgets.js"))
                .unwrap();
        assert!(
            loader.contains(&loader_table::render(&api)),
            "learner-widgets.js's MODULES is out of date: run `cargo xtask api`"
        );
        let readme =
            std::fs::read_to_string(root().join("crates/learner-embed/package/README.md")).unwrap();
        assert!(
            readme.contains(&package_text::readme_list(&package_text::elements(&api))),
            "the package README's list of elements is out of date: run `cargo xtask api`"
        );
    }
}
