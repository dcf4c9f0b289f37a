//! The documentation as pages of the site, served at `/guide/`: README.md as the index, `docs/*.md`,
//! BENCHMARKS.md and SECURITY.md rendered to `target/guide/*.html`, a list of the JSON Schemas, and
//! `docs/images/`. Links between documents and to the site's files are rewritten to their
//! addresses, and every page carries the same navigation; a crawl test
//! (`tests/e2e/site.spec.js`) follows every link of the served site.

use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, html};

use crate::root;

/// Where the rendered pages go.
pub fn folder() -> PathBuf {
    root().join("target/guide")
}

/// The documents outside `docs/`, each with the page it becomes.
const ROOT_DOCUMENTS: [(&str, &str); 3] = [
    ("README.md", "index"),
    ("BENCHMARKS.md", "benchmarks"),
    ("SECURITY.md", "security"),
];

/// Renders every document, the schema list and the images. Cheap enough to do on every build.
pub fn render() -> Result<(), String> {
    let out = folder();
    std::fs::create_dir_all(out.join("images"))
        .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let write = |name: &str, html: String| {
        std::fs::write(out.join(format!("{name}.html")), html)
            .map_err(|e| format!("cannot write the {name} page: {e}"))
    };
    let docs = root().join("docs");
    let entries = std::fs::read_dir(&docs).map_err(|e| format!("cannot read docs/: {e}"))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("md") {
            continue;
        }
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("index");
        write(name, page(&read(&path)?, "docs"))?;
    }
    for (file, name) in ROOT_DOCUMENTS {
        write(name, page(&read(&root().join(file))?, ""))?;
    }
    write("schemas", page(&schema_list()?, "docs"))?;
    if let Ok(images) = std::fs::read_dir(docs.join("images")) {
        for image in images.flatten() {
            std::fs::copy(image.path(), out.join("images").join(image.file_name()))
                .map_err(|e| format!("cannot copy {}: {e}", image.path().display()))?;
        }
    }
    Ok(())
}

/// A document listing the JSON Schemas of `www/schemas/`, as links.
fn schema_list() -> Result<String, String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("www/schemas"))
        .map_err(|e| format!("cannot read www/schemas/: {e}"))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(String::from))
        .filter(|name| name.ends_with(".schema.json"))
        .collect();
    names.sort();
    let mut text = String::from(
        "# JSON Schemas\n\nEvery document the widgets read, as a JSON Schema (draft 2020-12), \
         generated from the model's types by `cargo xtask schemas`. The \
         [integrator guide](integrator-guide.md) explains each field.\n\n",
    );
    for name in names {
        text.push_str(&format!("- [`{name}`](../www/schemas/{name})\n"));
    }
    Ok(text)
}

/// A whole page: the site's header and stylesheet around the rendered document, whose relative
/// links are relative to `folder` (a folder of the repository: "docs", or "" for its root).
fn page(markdown: &str, folder: &str) -> String {
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
            dest_url: site_address(&dest_url, folder).into(),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: site_address(&dest_url, folder).into(),
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
         <a href=\"/guide/\">Docs</a> · \
         <a href=\"/guide/integrator-guide.html\">Integrator guide</a> · \
         <a href=\"/guide/lms.html\">In an LMS</a> · <a href=\"/embed-builder.html\">Embed builder</a> · \
         <a href=\"/examples/\">Examples</a> · <a href=\"/designer.html\">Theme designer</a> · \
         <a href=\"/guide/architecture.html\">Architecture</a> · \
         <a href=\"/guide/benchmarks.html\">Benchmarks</a> · \
         <a href=\"/guide/security.html\">Security and privacy</a></nav>\n  \
         <main class=\"guide\">\n{body}  </main>\n</body>\n</html>\n",
        escape(title)
    )
}

/// Where a link written in a document of the repository's `folder` points on the site.
fn site_address(link: &str, folder: &str) -> String {
    if link.contains("://") || link.starts_with('#') || link.starts_with("mailto:") {
        return link.to_string();
    }
    let (path, anchor) = link.split_once('#').map_or((link, ""), |(p, a)| (p, a));
    let anchor = if anchor.is_empty() {
        String::new()
    } else {
        format!("#{anchor}")
    };
    // The path from the repository's root, `..` resolved.
    let mut parts: Vec<String> = Vec::new();
    for component in Path::new(folder).join(path).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop();
            }
            _ => {}
        }
    }
    let from_root = parts.join("/");
    let folder_link = path.ends_with('/');
    let address = match from_root.as_str() {
        "README.md" => String::from("/guide/"),
        "BENCHMARKS.md" => String::from("/guide/benchmarks.html"),
        "SECURITY.md" => String::from("/guide/security.html"),
        "custom-elements.json" => String::from("/dist/custom-elements.json"),
        "www/schemas" => String::from("/guide/schemas.html"),
        other => {
            if let Some(doc) = other
                .strip_prefix("docs/")
                .and_then(|d| d.strip_suffix(".md"))
                .filter(|d| !d.contains('/'))
            {
                format!("/guide/{doc}.html")
            } else if let Some(image) = other.strip_prefix("docs/images/") {
                format!("/guide/images/{image}")
            } else if let Some(rest) = other.strip_prefix("www/") {
                format!("/{rest}")
            } else if other == "examples" || other.starts_with("examples/") {
                format!("/{other}{}", if folder_link { "/" } else { "" })
            } else {
                link.to_string()
            }
        }
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
        assert_eq!(site_address("lms.md", "docs"), "/guide/lms.html");
        assert_eq!(
            site_address("integrator-guide.md#iframes", "docs"),
            "/guide/integrator-guide.html#iframes"
        );
        assert_eq!(
            site_address("../www/schemas/learner-profile-1.schema.json", "docs"),
            "/schemas/learner-profile-1.schema.json"
        );
        assert_eq!(site_address("../examples/", "docs"), "/examples/");
        assert_eq!(
            site_address("../custom-elements.json", "docs"),
            "/dist/custom-elements.json"
        );
        assert_eq!(
            site_address("https://example.org/a", "docs"),
            "https://example.org/a"
        );
    }

    #[test]
    fn links_in_the_readme_point_where_the_site_serves_them() {
        assert_eq!(
            site_address("docs/integrator-guide.md", ""),
            "/guide/integrator-guide.html"
        );
        assert_eq!(site_address("BENCHMARKS.md", ""), "/guide/benchmarks.html");
        assert_eq!(site_address("SECURITY.md", ""), "/guide/security.html");
        assert_eq!(site_address("www/schemas/", ""), "/guide/schemas.html");
        assert_eq!(site_address("examples/", ""), "/examples/");
        assert_eq!(
            site_address("docs/images/gallery.png", ""),
            "/guide/images/gallery.png"
        );
        assert_eq!(site_address("../README.md", "docs"), "/guide/");
    }

    #[test]
    fn a_page_has_the_documents_title_and_its_tables() {
        let html = page("# The guide\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "docs");
        assert!(html.contains("<title>The guide · Learner widgets</title>"));
        assert!(html.contains("<table>"));
    }
}
