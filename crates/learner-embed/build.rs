//! `LEARNER_DRAWING`: a fingerprint of the code that draws the widgets (the sources of
//! learner-model, learner-widgets and this crate). A server-rendered root records it, and only a
//! build with the same fingerprint hydrates that root: Yew's hydration panics on any node it does
//! not expect, and two builds of one version may draw differently (a page cached by a CDN across
//! an update, a development build).

use std::path::{Path, PathBuf};

fn main() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for krate in ["learner-model", "learner-widgets", "learner-embed"] {
        let src = crates.join(krate).join("src");
        println!("cargo:rerun-if-changed={}", src.display());
        collect(&src, &mut files);
    }
    files.sort();
    // FNV-1a over each file's path (from src/) and bytes: stable across compilers and machines.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &files {
        let relative = file.strip_prefix(&crates).unwrap_or(file);
        eat(relative.to_string_lossy().replace('\\', "/").as_bytes());
        eat(&std::fs::read(file).unwrap_or_default());
    }
    println!("cargo:rustc-env=LEARNER_DRAWING={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
