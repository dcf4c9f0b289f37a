//! The documentation as pages of the site: `docs/*.md` rendered to `target/guide/*.html`, served at
//! `/guide/`, with links between documents and to the site's files rewritten to their addresses.

use std::path::PathBuf;

use pulldown_cmark::{Event, Options, Parser, Tag, html};

use crate::root;

/// Where the rendered pages go.
pub fn folder() -> PathBuf {
    root().join("target/guide")
}

/// Renders every `docs/*.md`. Cheap enough to do on every build.
pub fn render() -> Result<(), String> {
    let out = folder();
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let docs = root().join("docs");
    let entries = std::fs::read_dir(&docs).map_err(|e| format!("cannot read docs/: {e}"))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let markdown = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("index");
        std::fs::write(out.join(format!("{name}.html")), page(&markdown))
            .map_err(|e| format!("cannot write the {name} page: {e}"))?;
    }
    Ok(())
}

/// A whole page: the site's header and stylesheet around the rendered document.
fn page(markdown: &str) -> String {
    let title = markdown
        .lines()
        .find_map(|line| line.strip_prefix("# "))
        .unwrap_or("Learner widgets")
        .trim();
    let events = Parser::new_ext(markdown, Options::ENABLE_TABLES).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: site_address(&dest_url).into(),
            title,
            id,
        }),
        other => other,
    });
    let mut body = String::new();
    html::push_html(&mut body, events);
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  \
         <title>{} · Learner widgets</title>\n  <link rel=\"icon\" href=\"data:,\">\n  \
         <link rel=\"stylesheet\" href=\"/site.css\">\n</head>\n<body>\n  \
         <nav class=\"guide-nav\" aria-label=\"Site\"><a href=\"/\">Gallery</a> · \
         <a href=\"/guide/integrator-guide.html\">Integrator guide</a> · \
         <a href=\"/guide/lms.html\">LMS snippets</a> · <a href=\"/examples/\">Examples</a></nav>\n  \
         <main class=\"guide\">\n{body}  </main>\n</body>\n</html>\n",
        escape(title)
    )
}

/// Where a link in `docs/` points on the site.
fn site_address(link: &str) -> String {
    if link.starts_with("http://") || link.starts_with("https://") || link.starts_with('#') {
        return link.to_string();
    }
    let (path, anchor) = link.split_once('#').map_or((link, ""), |(p, a)| (p, a));
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    let address = if let Some(doc) = path.strip_suffix(".md").filter(|p| !p.contains('/')) {
        format!("/guide/{doc}.html")
    } else if let Some(rest) = path.strip_prefix("../www/") {
        format!("/{rest}")
    } else if let Some(rest) = path.strip_prefix("../examples/") {
        format!("/examples/{rest}")
    } else if path == "../custom-elements.json" {
        String::from("/dist/custom-elements.json")
    } else {
        path.to_string()
    };
    format!("{address}{anchor}")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_between_documents_and_to_the_site_are_rewritten() {
        assert_eq!(site_address("lms.md"), "/guide/lms.html");
        assert_eq!(
            site_address("integrator-guide.md#iframes"),
            "/guide/integrator-guide.html#iframes"
        );
        assert_eq!(
            site_address("../www/schemas/learner-profile-1.schema.json"),
            "/schemas/learner-profile-1.schema.json"
        );
        assert_eq!(site_address("../examples/"), "/examples/");
        assert_eq!(
            site_address("../custom-elements.json"),
            "/dist/custom-elements.json"
        );
        assert_eq!(
            site_address("https://example.org/a"),
            "https://example.org/a"
        );
    }

    #[test]
    fn a_page_has_the_documents_title_and_its_tables() {
        let html = page("# The guide\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert!(html.contains("<title>The guide · Learner widgets</title>"));
        assert!(html.contains("<table>"));
    }
}
