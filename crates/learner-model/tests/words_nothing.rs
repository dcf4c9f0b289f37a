//! The model words nothing a person reads: it returns facts (keys, numbers, ids) and the widgets'
//! language tables give every sentence. This scans the model's source for string literals that
//! read as English: two words, or one capitalised word.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

/// Literals that look like words but are not shown to anyone, each with why.
const NOT_WORDING: &[(&str, &str)] = &[
    // serde's own messages, read to turn them into problem keys.
    ("serde_error.rs", "*"),
    // serde's `Visitor::expecting`: its text only reaches serde's message, which is turned into a key.
    ("parse.rs", "any JSON value"),
    // JSON Schema documentation for integrators, not a widget's wording.
    ("schema.rs", "The document's type and version."),
    // How `f64::NAN` is written in a problem's facts.
    ("number.rs", "NaN"),
    // A placeholder title some CASE editors export; read and skipped.
    ("case.rs", "Destination"),
    // The Open Badges and CLR vocabulary: type names and values the standards spell.
    ("vocabulary.rs", "*"),
];

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line of code (comments and attributes skipped).
fn literals(line: &str) -> Vec<&str> {
    let code = line.trim_start();
    if code.starts_with("//") || code.starts_with("#[") {
        return vec![];
    }
    let code = code.split(" // ").next().unwrap_or(code);
    code.split('"').skip(1).step_by(2).collect()
}

fn reads_as_english(literal: &str) -> bool {
    let words: Vec<&str> = literal
        .split(' ')
        .filter(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .collect();
    let capitalised = literal.len() >= 2
        && literal
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_uppercase())
        && literal.chars().skip(1).all(|c| c.is_ascii_lowercase());
    words.len() >= 2 || capitalised
}

#[test]
fn the_model_builds_no_sentence_a_person_reads() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(
        files.len() > 20,
        "the scan found only {} files",
        files.len()
    );
    let mut found = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests at the end of a file may word what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or(&text);
        for (n, line) in code.lines().enumerate() {
            for literal in literals(line) {
                let allowed = NOT_WORDING
                    .iter()
                    .any(|(f, l)| *f == name && (*l == "*" || *l == literal));
                if reads_as_english(literal) && !allowed {
                    found.push(format!("{name}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "wording in the model (give a key and facts instead):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_wording() {
    assert!(reads_as_english("New activity {n}"));
    assert!(reads_as_english("Exemplar"));
    assert!(!reads_as_english("learner-progress/1"));
    assert!(!reads_as_english("rp-a-1"));
    assert_eq!(
        literals(r#"let t = format!("Hello {name}", x); // "not this""#),
        ["Hello {name}"]
    );
}
