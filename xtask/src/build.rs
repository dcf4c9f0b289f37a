//! Builds the release package with wasm-pack and assembles `dist/`, the files an integrator copies.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::{root, run};

/// The files of `dist/`: the entry module, the wasm-bindgen glue, the wasm, the host stylesheet,
/// and the helper that sizes iframes of `embed.html` on a host page.
pub const DIST_FILES: [&str; 8] = [
    "learner-widgets.js",
    "learner-xapi.js",
    "learner-storage.js",
    "learner-export.js",
    "learner_embed.js",
    "learner_embed_bg.wasm",
    "learner-widgets.css",
    "learner-frame.js",
];

/// Builds `dist/` unless it is newer than every source it is made from.
pub fn release_package() -> Result<(), String> {
    crate::guide::render()?;
    let root = root();
    let dist = root.join("dist");
    if is_up_to_date(&root, &dist) {
        println!("xtask: dist/ is up to date");
        return Ok(());
    }
    let pkg = root.join("target/wasm-pkg");
    run::status(
        run::in_dir("wasm-pack", &root)
            .args([
                "build",
                "crates/learner-embed",
                "--release",
                "--target",
                "web",
                "--no-typescript",
                "--no-pack",
                "--out-dir",
            ])
            .arg(&pkg),
    )?;
    std::fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;
    let js = root.join("crates/learner-embed/js");
    for (from, name) in [
        (pkg.join("learner_embed.js"), "learner_embed.js"),
        (pkg.join("learner_embed_bg.wasm"), "learner_embed_bg.wasm"),
        (js.join("learner-widgets.js"), "learner-widgets.js"),
        (js.join("learner-widgets.css"), "learner-widgets.css"),
        (js.join("learner-frame.js"), "learner-frame.js"),
        (js.join("learner-storage.js"), "learner-storage.js"),
        (js.join("learner-export.js"), "learner-export.js"),
        (js.join("learner-xapi.js"), "learner-xapi.js"),
    ] {
        std::fs::copy(&from, dist.join(name))
            .map_err(|e| format!("cannot copy {} to dist/: {e}", from.display()))?;
    }
    npm_package(&root, &dist)?;
    for name in [
        "learner_embed.js",
        "learner-widgets.js",
        "learner-frame.js",
        "learner-storage.js",
        "learner-export.js",
        "learner-xapi.js",
    ] {
        minify(&dist.join(name))?;
    }
    Ok(())
}

/// The rest of the npm package: package.json, the TypeScript types, a README, the Custom Elements
/// Manifest and the JSON Schemas. None of it is downloaded by students, so none counts in the budget.
fn npm_package(root: &Path, dist: &Path) -> Result<(), String> {
    let package = root.join("crates/learner-embed/package");
    let copy = |from: PathBuf, to: PathBuf| {
        std::fs::copy(&from, &to)
            .map(|_| ())
            .map_err(|e| format!("cannot copy {}: {e}", from.display()))
    };
    copy(package.join("index.d.ts"), dist.join("index.d.ts"))?;
    copy(package.join("README.md"), dist.join("README.md"))?;
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
    let manifest = serde_json::json!({
        "name": "learner-widgets",
        "version": env!("CARGO_PKG_VERSION"),
        "description": "Embeddable widgets for personalized learning: a jagged learner profile and a competency progress tracker, as custom elements (Rust + WebAssembly). No data leaves the browser.",
        "license": "MIT OR Apache-2.0",
        "type": "module",
        "main": "learner-widgets.js",
        "module": "learner-widgets.js",
        "types": "index.d.ts",
        "customElements": "custom-elements.json",
        "exports": {
            ".": { "types": "./index.d.ts", "default": "./learner-widgets.js" },
            "./frame": "./learner-frame.js",
            "./learner-widgets.css": "./learner-widgets.css",
            "./custom-elements.json": "./custom-elements.json",
            "./schemas/*": "./schemas/*"
        },
        "files": DIST_FILES.iter().copied().chain(["index.d.ts", "README.md", "custom-elements.json", "schemas/"]).collect::<Vec<_>>(),
        "sideEffects": ["./learner-widgets.js"],
        "keywords": ["web-components", "custom-elements", "education", "learner-profile", "competency-based", "xapi", "case"]
    });
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
        .map(|name| modified(&dist.join(name)))
        .min()
        .flatten();
    let Some(built) = built else { return false };
    let mut sources = vec![
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
        root.join("custom-elements.json"),
    ];
    collect_files(&root.join("crates"), &mut sources);
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
