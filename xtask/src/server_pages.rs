//! Pages of the demo site drawn on the server, as a PHP or Ruby host would draw them: each
//! `<!-- learner-render TAG DOCUMENT [NAME=VALUE]... -->` mark in an HTML file is replaced by what
//! `dist/learner-render.js` writes for that document (a path from the repository's root), with
//! `/dist/` as its assets, the attributes given and the browser's `User-Agent` (which decides the
//! preload links). See `examples/server-rendered.html`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const MARK: &str = "<!-- learner-render ";

/// Whether `html` has marks to draw.
pub fn has_marks(html: &str) -> bool {
    html.contains(MARK)
}

/// `html` with every mark replaced by the element the command draws; an error names the mark.
pub fn draw(root: &Path, html: &str, user_agent: Option<&str>) -> Result<String, String> {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len()..];
        let end = after
            .find("-->")
            .ok_or_else(|| String::from("a learner-render mark is not closed"))?;
        out.push_str(&render(root, after[..end].trim(), user_agent)?);
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Runs the command for one mark's words: `TAG DOCUMENT [NAME=VALUE]...`.
fn render(root: &Path, mark: &str, user_agent: Option<&str>) -> Result<String, String> {
    let mut words = mark.split_whitespace();
    let (Some(tag), Some(document)) = (words.next(), words.next()) else {
        return Err(format!("learner-render {mark}: give a tag and a document"));
    };
    let text = std::fs::read(root.join(document))
        .map_err(|e| format!("learner-render {mark}: cannot read {document}: {e}"))?;
    let mut command = Command::new("node");
    command
        .current_dir(root)
        .arg("dist/learner-render.js")
        .arg(tag)
        .args(["--assets", "/dist/"]);
    for attribute in words {
        command.args(["--attr", attribute]);
    }
    if let Some(user_agent) = user_agent {
        command.args(["--user-agent", user_agent]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("learner-render {mark}: cannot run node: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(&text)
            .map_err(|e| format!("learner-render {mark}: {e}"))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("learner-render {mark}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "learner-render {mark}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .trim_end()
        .to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_marks_is_left_as_it_is() {
        let html = "<p>no marks</p>";
        assert!(!has_marks(html));
        assert_eq!(draw(Path::new("."), html, None).unwrap(), html);
    }

    #[test]
    fn a_mark_must_be_closed_and_name_a_tag_and_a_document() {
        assert!(draw(Path::new("."), "<!-- learner-render learner-profile", None).is_err());
        assert!(
            draw(
                Path::new("."),
                "<!-- learner-render learner-profile -->",
                None
            )
            .is_err()
        );
    }
}
