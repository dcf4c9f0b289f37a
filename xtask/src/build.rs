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
    let mut sources = vec![root.join("Cargo.toml"), root.join("Cargo.lock")];
    collect_files(&root.join("crates"), &mut sources);
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
