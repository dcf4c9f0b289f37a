//! Compiles the English table (`src/i18n/en.txt`, where translators work) into one sorted list of
//! keys and the texts in that order, for the widgets this build carries (the crate's features
//! `profile`, `progress`, `choice-board`, `plan`, and `src/i18n/modules.txt`, which names each widget's
//! key prefixes). Other languages are not compiled in: a page in Spanish or Arabic fetches that
//! widget's words (`dist/<module>.<lang>.txt`) and hands them over with `add_language`.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// Each feature, and the module in `modules.txt` whose prefixes it brings.
const FEATURES: [(&str, &str); 5] = [
    ("CARGO_FEATURE_PROFILE", "learner-profile"),
    ("CARGO_FEATURE_PROGRESS", "learner-progress"),
    ("CARGO_FEATURE_CHOICE_BOARD", "learner-choice-board"),
    ("CARGO_FEATURE_RECORD", "learner-record"),
    ("CARGO_FEATURE_PLAN", "learner-plan"),
];

include!("src/i18n/table_lines.rs");

/// A table's `key = text` lines, by key.
fn entries(source: &str) -> BTreeMap<&str, &str> {
    table_lines(source).collect()
}

fn read(path: &Path) -> Result<String, String> {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn main() -> Result<(), String> {
    let english = read(Path::new("src/i18n/en.txt"))?;
    let modules = read(Path::new("src/i18n/modules.txt"))?;
    let mut prefixes: Vec<String> = Vec::new();
    for (feature, module) in FEATURES {
        if std::env::var_os(feature).is_none() {
            continue;
        }
        let line = entries(&modules)
            .get(module)
            .copied()
            .ok_or(format!("src/i18n/modules.txt does not name {module}"))?;
        prefixes.extend(line.split_whitespace().map(|p| format!("{p}.")));
    }
    let table: Vec<(&str, &str)> = entries(&english)
        .into_iter()
        .filter(|(key, _)| prefixes.iter().any(|p| key.starts_with(p.as_str())))
        .collect();
    let keys: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
    let texts: Vec<&str> = table.iter().map(|(_, t)| *t).collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The keys of this build's widgets, sorted, one a line.\nconst KEYS: &str = {:?};",
        keys.join("\n")
    );
    let _ = writeln!(
        out,
        "/// English's texts in the order of [`KEYS`], one a line.\nconst ENGLISH: &str = {:?};",
        texts.join("\n")
    );
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("tables.rs");
    std::fs::write(&dest, out).map_err(|e| format!("cannot write {}: {e}", dest.display()))
}
