//! Builds the release package with wasm-pack and assembles `dist/`, the files an integrator copies.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::ordered_json::Json;
use crate::{api, package_text, root, run};

/// Each widget's own wasm module: its crate, and the name of its files in `dist/` (the element's
/// tag: `learner-profile.js`, the wasm-bindgen glue, and `learner-profile_bg.wasm`).
pub const WIDGET_MODULES: [(&str, &str); 3] = [
    ("crates/embed-profile", "learner-profile"),
    ("crates/embed-progress", "learner-progress"),
    ("crates/embed-choice-board", "learner-choice-board"),
];

/// The modules made only when someone asks for what they do (a learner's record, a printed plan):
/// no page loads them otherwise, and they are never server-rendered, so they have no hydrating
/// twin.
pub const ON_DEMAND_MODULES: [(&str, &str); 2] = [
    ("crates/embed-record", "learner-record"),
    ("crates/embed-plan", "learner-plan"),
];

/// The files of `dist/` a student's browser may download: the loader, its helpers, each widget's
/// glue and wasm (and its `-hydrate` twin with its shadow stylesheet, for server-rendered pages),
/// the host stylesheet, and the helper that sizes iframes of `embed.html` on a host page.
pub const DIST_FILES: [&str; 37] = [
    "learner-widgets.js",
    "learner-xapi.js",
    "learner-storage.js",
    "learner-export.js",
    "learner-profile.js",
    "learner-profile_bg.wasm",
    "learner-progress.js",
    "learner-progress_bg.wasm",
    "learner-choice-board.js",
    "learner-choice-board_bg.wasm",
    // The printed plan's module, the page's part of printing it and its words, fetched only when
    // a plan is printed.
    "learner-plan.js",
    "learner-print.js",
    "learner-plan_bg.wasm",
    "learner-plan.es.txt",
    "learner-plan.ar.txt",
    "learner-widgets.css",
    "learner-frame.js",
    // Each widget's words in each language but English (which its module carries), fetched only
    // for an element in that language: `words_files` writes them.
    "learner-profile.es.txt",
    "learner-profile.ar.txt",
    "learner-progress.es.txt",
    "learner-progress.ar.txt",
    "learner-choice-board.es.txt",
    "learner-choice-board.ar.txt",
    // For a page whose elements a server rendered (crates/learner-server): each widget's module
    // that hydrates, and its shadow root's stylesheet as a file, which a strict CSP allows.
    "learner-profile-hydrate.js",
    "learner-profile-hydrate_bg.wasm",
    "learner-progress-hydrate.js",
    "learner-progress-hydrate_bg.wasm",
    "learner-choice-board-hydrate.js",
    "learner-choice-board-hydrate_bg.wasm",
    "learner-profile.shadow.css",
    "learner-progress.shadow.css",
    "learner-choice-board.shadow.css",
    // A learner's record, made only when asked for (`exportRecord()`, "Download my record"): the
    // page's side, then the module's glue, wasm and words.
    "learner-record-page.js",
    "learner-record.js",
    "learner-record_bg.wasm",
    "learner-record.es.txt",
    "learner-record.ar.txt",
];

/// The server renderer's files, which only a host's server loads: its wasm and glue, the
/// `learner-widgets/server` entry, and the `learner-render` command.
pub const SERVER_FILES: [&str; 4] = [
    "learner-server-wasm.js",
    "learner-server-wasm_bg.wasm",
    "server.js",
    "learner-render.js",
];

/// Each widget's shadow stylesheet (`crates/learner-widgets/src/styles/`), in the order its
/// element's `Kind::css()` adopts them; `tests/server/` checks the files against the server
/// renderer's own `shadowCss(tag)`.
const SHADOW_CSS: [(&str, &[&str]); 3] = [
    ("learner-profile", &["base.css", "profile.css"]),
    ("learner-progress", &["base.css", "progress.css"]),
    (
        "learner-choice-board",
        &["base.css", "progress.css", "choice.css"],
    ),
];

/// The languages besides English whose tables ship (`crates/learner-widgets/src/i18n/<code>.txt`).
pub const WORD_LANGUAGES: [&str; 2] = ["es", "ar"];

/// The cargo profile a module is built with: `release` (size first), but the progress module's
/// `progress` profile, which builds serde_json for speed (`opt-level = "s"`): the class heatmap
/// reads 10 MB of JSON: 1.0 KB gzip for about a fifth off its first render (docs/architecture.md,
/// "The class heatmap's first render").
fn cargo_profile(krate: &str) -> &'static [&'static str] {
    if krate == "crates/embed-progress" {
        &["--profile", "progress"]
    } else {
        &["--release"]
    }
}

/// Builds `dist/` unless it is newer than every source it is made from.
pub fn release_package() -> Result<(), String> {
    crate::guide::render()?;
    let root = root();
    let dist = root.join("dist");
    if is_up_to_date(&root, &dist) {
        println!("xtask: dist/ is up to date");
        return Ok(());
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;
    let pkg = root.join("target/wasm-pkg");
    let wasm_pack = |krate: &str, out_name: &str, features: &[&str]| {
        run::status(
            run::in_dir("wasm-pack", &root)
                .args(["build", krate])
                .args(cargo_profile(krate))
                .args([
                    "--target",
                    "web",
                    "--no-typescript",
                    "--no-pack",
                    "--out-name",
                    out_name,
                    "--out-dir",
                ])
                .arg(&pkg)
                .args(features),
        )?;
        let wasm = format!("{out_name}_bg.wasm");
        std::fs::copy(pkg.join(&wasm), dist.join(&wasm))
            .map_err(|e| format!("cannot copy {wasm} to dist/: {e}"))?;
        let glue = format!("{out_name}.js");
        let text = std::fs::read_to_string(pkg.join(&glue))
            .map_err(|e| format!("cannot read {glue}: {e}"))?;
        std::fs::write(
            dist.join(&glue),
            crate::glue::with_text_by_encoder(&text, &glue)?,
        )
        .map_err(|e| format!("cannot write dist/{glue}: {e}"))?;
        Ok::<(), String>(())
    };
    for (krate, name) in WIDGET_MODULES {
        wasm_pack(krate, name, &[])?;
        wasm_pack(
            krate,
            &format!("{name}-hydrate"),
            &["--", "--features", "hydrate"],
        )?;
    }
    for (krate, name) in ON_DEMAND_MODULES {
        wasm_pack(krate, name, &[])?;
    }
    wasm_pack("crates/learner-server", "learner-server-wasm", &[])?;
    shadow_stylesheets(&root, &dist)?;
    let server_js = root.join("crates/learner-server/js");
    for name in ["server.js", "learner-render.js"] {
        std::fs::copy(server_js.join(name), dist.join(name))
            .map_err(|e| format!("cannot copy {name} to dist/: {e}"))?;
    }
    // The one-module build's files, which an older dist/ may hold and no page asks for.
    for stale in ["learner_embed.js", "learner_embed_bg.wasm"] {
        let _ = std::fs::remove_file(dist.join(stale));
    }
    let js = root.join("crates/learner-embed/js");
    for name in [
        "learner-widgets.js",
        "learner-frame.js",
        "learner-storage.js",
        "learner-export.js",
        "learner-record-page.js",
        "learner-print.js",
        "learner-xapi.js",
    ] {
        std::fs::copy(js.join(name), dist.join(name))
            .map_err(|e| format!("cannot copy {name} to dist/: {e}"))?;
    }
    words_files(&root, &dist)?;
    npm_package(&root, &dist)?;
    let glue = WIDGET_MODULES.map(|(_, name)| format!("{name}.js"));
    let hydrate_glue = WIDGET_MODULES.map(|(_, name)| format!("{name}-hydrate.js"));
    let on_demand_glue = ON_DEMAND_MODULES.map(|(_, name)| format!("{name}.js"));
    for name in [
        "learner-widgets.js",
        "learner-frame.js",
        "learner-storage.js",
        "learner-export.js",
        "learner-record-page.js",
        "learner-print.js",
        "learner-xapi.js",
    ]
    .into_iter()
    .chain(glue.iter().map(String::as_str))
    .chain(hydrate_glue.iter().map(String::as_str))
    .chain(on_demand_glue.iter().map(String::as_str))
    {
        minify(&dist.join(name))?;
    }
    Ok(())
}

/// `dist/<tag>.shadow.css`: each widget's shadow stylesheet as one file, for the `<link>` of a
/// server-rendered root.
fn shadow_stylesheets(root: &Path, dist: &Path) -> Result<(), String> {
    let styles = root.join("crates/learner-widgets/src/styles");
    for (tag, parts) in SHADOW_CSS {
        let mut css = String::new();
        for part in parts {
            css.push_str(
                &std::fs::read_to_string(styles.join(part))
                    .map_err(|e| format!("cannot read styles/{part}: {e}"))?,
            );
        }
        std::fs::write(dist.join(format!("{tag}.shadow.css")), css)
            .map_err(|e| format!("cannot write dist/{tag}.shadow.css: {e}"))?;
    }
    Ok(())
}

// The locale tables' line format, read as the widgets' build script reads it.
include!("../../crates/learner-widgets/src/i18n/table_lines.rs");

/// `dist/<module>.<lang>.txt`: each widget module's words (the key prefixes `modules.txt` gives it)
/// in each language but English, as `key = text` lines, for the loader to fetch when an element
/// speaks that language.
fn words_files(root: &Path, dist: &Path) -> Result<(), String> {
    let i18n = root.join("crates/learner-widgets/src/i18n");
    let read = |name: &str| {
        std::fs::read_to_string(i18n.join(name)).map_err(|e| format!("cannot read {name}: {e}"))
    };
    let lines = |text: &str| -> Vec<(String, String)> {
        table_lines(text)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let modules = lines(&read("modules.txt")?);
    for lang in WORD_LANGUAGES {
        let mut table = lines(&read(&format!("{lang}.txt"))?);
        table.sort();
        for (module, prefixes) in &modules {
            let prefixes: Vec<String> = prefixes
                .split_whitespace()
                .map(|p| format!("{p}."))
                .collect();
            let mut out = String::new();
            for (key, text) in &table {
                if prefixes.iter().any(|p| key.starts_with(p.as_str())) {
                    out.push_str(&format!("{key} = {text}\n"));
                }
            }
            let name = format!("{module}.{lang}.txt");
            if !DIST_FILES.contains(&name.as_str()) {
                return Err(format!("{name} is not listed in DIST_FILES"));
            }
            std::fs::write(dist.join(&name), out)
                .map_err(|e| format!("cannot write dist/{name}: {e}"))?;
        }
    }
    Ok(())
}

/// The TypeScript types: the elements, events and documents, and the same for React's JSX and Vue.
const TYPE_FILES: [&str; 4] = ["index.d.ts", "react.d.ts", "vue.d.ts", "server.d.ts"];

/// The rest of the npm package: package.json, the TypeScript types, a README, the Custom Elements
/// Manifest and the JSON Schemas. None of it is downloaded by students, so none counts in the budget.
fn npm_package(root: &Path, dist: &Path) -> Result<(), String> {
    let package = root.join("crates/learner-embed/package");
    let copy = |from: PathBuf, to: PathBuf| {
        std::fs::copy(&from, &to)
            .map(|_| ())
            .map_err(|e| format!("cannot copy {}: {e}", from.display()))
    };
    for name in TYPE_FILES {
        copy(package.join(name), dist.join(name))?;
    }
    // The README's list of elements is written by `cargo xtask api`; the host stylesheet's rules
    // for the elements and package.json's description are written here from the same description.
    copy(package.join("README.md"), dist.join("README.md"))?;
    let read = |path: PathBuf| {
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let write = |name: &str, text: String| {
        std::fs::write(dist.join(name), text).map_err(|e| format!("cannot write dist/{name}: {e}"))
    };
    let elements = package_text::elements(&api::load()?);
    write(
        "learner-widgets.css",
        package_text::stylesheet(
            &read(root.join("crates/learner-embed/js/learner-widgets.css"))?,
            &elements,
        )?,
    )?;
    copy(
        root.join("custom-elements.json"),
        dist.join("custom-elements.json"),
    )?;
    let schemas = dist.join("schemas");
    std::fs::create_dir_all(&schemas).map_err(|e| format!("cannot create dist/schemas: {e}"))?;
    for entry in std::fs::read_dir(root.join("www/schemas"))
        .map_err(|e| e.to_string())?
        .flatten()
    {
        copy(entry.path(), schemas.join(entry.file_name()))?;
    }
    // Written in order: npm and TypeScript take the first condition of `exports` that matches.
    let entry = |types: &str| {
        Json::object([
            ("types", Json::text(types)),
            ("default", Json::text("./learner-widgets.js")),
        ])
    };
    let manifest = Json::object([
        ("name", Json::text("learner-widgets")),
        ("version", Json::text(env!("CARGO_PKG_VERSION"))),
        (
            "description",
            Json::text(&package_text::description(&elements)),
        ),
        ("license", Json::text("MIT OR Apache-2.0")),
        ("type", Json::text("module")),
        ("main", Json::text("learner-widgets.js")),
        ("module", Json::text("learner-widgets.js")),
        ("types", Json::text("index.d.ts")),
        ("customElements", Json::text("custom-elements.json")),
        (
            "exports",
            Json::object([
                (".", entry("./index.d.ts")),
                // The same loader, with React's JSX or Vue's component types for the elements.
                ("./react", entry("./react.d.ts")),
                ("./vue", entry("./vue.d.ts")),
                ("./frame", Json::text("./learner-frame.js")),
                (
                    "./server",
                    Json::object([
                        ("types", Json::text("./server.d.ts")),
                        ("default", Json::text("./server.js")),
                    ]),
                ),
                ("./learner-widgets.css", Json::text("./learner-widgets.css")),
                (
                    "./custom-elements.json",
                    Json::text("./custom-elements.json"),
                ),
                ("./schemas/*", Json::text("./schemas/*")),
                ("./package.json", Json::text("./package.json")),
            ]),
        ),
        (
            "files",
            Json::texts(
                DIST_FILES
                    .iter()
                    .copied()
                    .chain(SERVER_FILES)
                    .chain(TYPE_FILES)
                    .chain(["README.md", "custom-elements.json", "schemas/"]),
            ),
        ),
        (
            "bin",
            Json::object([("learner-render", Json::text("./learner-render.js"))]),
        ),
        ("sideEffects", Json::texts(["./learner-widgets.js"])),
        (
            "keywords",
            Json::texts([
                "web-components",
                "custom-elements",
                "education",
                "learner-profile",
                "competency-based",
                "xapi",
                "case",
                "react",
                "vue",
            ]),
        ),
    ]);
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())? + "\n";
    std::fs::write(dist.join("package.json"), text)
        .map_err(|e| format!("cannot write dist/package.json: {e}"))
}

/// Minifies an ES module in place with terser (from `tools/`): every byte is downloaded by every
/// student, and the readable source stays in the repository.
fn minify(file: &Path) -> Result<(), String> {
    let terser = root().join("tools/node_modules/.bin/terser");
    run::status(
        run::in_dir(&terser.to_string_lossy(), &root())
            .arg(file)
            .args(["--module", "--compress", "--mangle", "--output"])
            .arg(file),
    )
}

fn is_up_to_date(root: &Path, dist: &Path) -> bool {
    let built = DIST_FILES
        .iter()
        .chain(SERVER_FILES.iter())
        .map(|name| modified(&dist.join(name)))
        .min()
        .flatten();
    let Some(built) = built else { return false };
    let mut sources = vec![
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
        root.join("custom-elements.json"),
        // How the glue is changed as it is copied into dist/.
        root.join("xtask/src/glue.rs"),
    ];
    collect_files(&root.join("crates"), &mut sources);
    // The patched serde_json every module links.
    collect_files(&root.join("vendor"), &mut sources);
    collect_files(&root.join("www/schemas"), &mut sources);
    sources
        .iter()
        .filter_map(|path| modified(path))
        .all(|changed| changed <= built)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every described element's modules are files of dist/ (the loader's MODULES table
    /// is written from the description: `cargo xtask api`).
    #[test]
    fn every_described_element_has_its_files_in_dist() {
        let api = api::load().unwrap();
        assert_eq!(api.elements.len(), 3);
        for element in &api.elements {
            for file in [
                format!("{}.js", element.tag),
                format!("{}_bg.wasm", element.tag),
                format!("{}-hydrate.js", element.tag),
                format!("{}-hydrate_bg.wasm", element.tag),
            ] {
                assert!(
                    DIST_FILES.contains(&file.as_str()),
                    "{file} is not in DIST_FILES"
                );
            }
        }
    }
}
