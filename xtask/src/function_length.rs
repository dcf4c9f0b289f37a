//! No function in `crates/` is longer than [`MAX_LINES`]: a longer one does several things, and
//! each deserves a name. A function's length runs from the line with `fn` to the line with its
//! closing `}` at the same indentation (rustfmt puts it there), signature and `html!` included.
//! Tests count too: a long test is as hard to read as long code.

use std::path::{Path, PathBuf};

const MAX_LINES: usize = 120;

/// A function and how many lines it takes.
#[derive(Debug, PartialEq)]
struct Function {
    name: String,
    /// The 1-based line of its `fn`.
    line: usize,
    lines: usize,
}

/// The name of the function a line declares, if it starts one (`pub(crate) async fn name<…>(`).
fn declared_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start();
    if let Some(after) = rest.strip_prefix("pub") {
        rest = match after.strip_prefix('(') {
            Some(scoped) => scoped.split_once(')')?.1,
            None => after,
        }
        .trim_start();
    }
    for qualifier in ["const ", "async ", "unsafe ", "extern \"C\" "] {
        rest = rest.strip_prefix(qualifier).unwrap_or(rest).trim_start();
    }
    let name = rest.strip_prefix("fn ")?;
    let end = name
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(name.len());
    Some(&name[..end]).filter(|n| !n.is_empty())
}

/// Every function with a body in a Rust source text, with its length.
fn functions(source: &str) -> Vec<Function> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(name) = declared_name(line) else {
            continue;
        };
        let indent = &line[..line.len() - line.trim_start().len()];
        // The signature ends where the body opens (`{`), closes on the same line (`{ … }`), or
        // where a declaration without a body ends (`;`).
        let Some(opened) = (start..lines.len()).find(|&i| {
            let end = lines[i].trim_end();
            end.ends_with('{') || end.ends_with('}') || end.ends_with(';')
        }) else {
            continue;
        };
        let closed = if lines[opened].trim_end().ends_with('{') {
            let closing = format!("{indent}}}");
            (opened + 1..lines.len()).find(|&i| lines[i].trim_end() == closing)
        } else if lines[opened].trim_end().ends_with('}') {
            Some(opened)
        } else {
            None
        };
        if let Some(end) = closed {
            found.push(Function {
                name: name.to_string(),
                line: start + 1,
                lines: end - start + 1,
            });
        }
    }
    found
}

/// Every `.rs` file under `dir`, build output (`target/`) and installed packages aside.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() && name != "target" && name != "node_modules" {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn counts_from_fn_to_its_closing_brace() {
    let source = "\
/// A doc comment naming fn not_a_function() {}
pub(crate) fn outer(
    a: u32,
) -> u32 {
    let text = \"fn in a string\";
    fn inner() -> u32 { 1 }
    a
}

impl Thing {
    pub async fn method(&self) {
        if x {
        }
    }
    fn declared(&self);
}
";
    let found = functions(source);
    let lengths: Vec<(&str, usize, usize)> = found
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines))
        .collect();
    assert_eq!(
        lengths,
        [("outer", 2, 7), ("inner", 6, 1), ("method", 11, 4)]
    );
}

#[test]
fn no_function_in_crates_is_over_the_limit() {
    let mut files = Vec::new();
    rust_files(&crate::root().join("crates"), &mut files);
    files.sort();
    assert!(files.len() > 50, "found only {} files", files.len());
    let root = crate::root();
    let mut too_long = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        for f in functions(&source) {
            if f.lines > MAX_LINES {
                let at = file.strip_prefix(&root).unwrap_or(file).display();
                too_long.push(format!("{at}:{} {} is {} lines", f.line, f.name, f.lines));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "functions over {MAX_LINES} lines (split each where a name explains the part):\n{}",
        too_long.join("\n")
    );
}
