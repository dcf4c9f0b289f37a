//! Installs what building and testing need, once: every step checks first and skips what is there at
//! the right version. Only registries are used (crates.io, npm, Debian); nothing is downloaded from a
//! project's release page, which these machines cannot reach.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{root, run};

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const WASM_PACK_VERSION: &str = "0.15.1";
const TWIGGY_VERSION: &str = "0.8.0";
/// geckodriver, Firefox's WebDriver server, from crates.io (Mozilla publishes it there too).
const GECKODRIVER_VERSION: &str = "0.37.1";

/// Puts `~/.cargo/bin` and the npm-installed wasm-opt first on PATH for this process and its children.
/// Called once at start-up, before any thread exists.
pub fn set_path() {
    let mut dirs: Vec<PathBuf> = vec![root().join("tools/node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo").into_os_string()))
    {
        dirs.push(Path::new(&home).join("bin"));
    }
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    if let Ok(joined) = std::env::join_paths(dirs) {
        // SAFETY: called from main before any other thread is started.
        unsafe { std::env::set_var("PATH", joined) };
    }
}

/// The wasm target, wasm-pack, wasm-bindgen-cli at the version in Cargo.lock, and wasm-opt.
pub fn ensure_build_tools() -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_cargo_tool("wasm-pack", "wasm-pack", WASM_PACK_VERSION)?;
    ensure_cargo_tool(
        "wasm-bindgen",
        "wasm-bindgen-cli",
        &locked_version("wasm-bindgen")?,
    )?;
    ensure_node_tools()
}

/// The npm packages of `tools/` alone (json-schema-to-typescript for `cargo xtask api`).
pub fn ensure_node_tools() -> Result<(), String> {
    ensure_npm_packages(&root().join("tools"))
}

/// The build tools, plus Chromium and ChromeDriver, plus the other engines (Firefox ESR with
/// geckodriver, WebKitGTK with WebKitWebDriver and the Xvfb display it needs), plus the test
/// packages under `tests/` and the host apps' packages under `tests/apps` (one npm workspace:
/// React, Vue, Vite, TypeScript).
pub fn ensure_test_tools() -> Result<(), String> {
    ensure_build_tools()?;
    ensure_browsers()?;
    ensure_npm_packages(&root().join("tests"))?;
    ensure_npm_packages(&root().join("tests/apps"))
}

/// twiggy, for `cargo xtask bench`'s list of the wasm's largest items. Err says why it is missing;
/// the bench reports that rather than failing.
pub fn ensure_twiggy() -> Result<(), String> {
    ensure_cargo_tool("twiggy", "twiggy", TWIGGY_VERSION)
}

/// The Chromium the browser tests drive.
pub fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| String::from("/usr/bin/chromium"))
}

/// The Firefox ESR the engines suite drives through geckodriver.
pub fn firefox() -> String {
    std::env::var("FIREFOX").unwrap_or_else(|_| String::from("/usr/bin/firefox-esr"))
}

/// WebKitGTK's WebDriver server; it starts the MiniBrowser of the same package set.
const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";
/// The X server WebKitGTK's MiniBrowser is shown on (it has no headless mode).
const XVFB: &str = "/usr/bin/Xvfb";

fn ensure_wasm_target() -> Result<(), String> {
    let installed = run::output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    run::status(Command::new("rustup").args(["target", "add", WASM_TARGET]))
}

/// Installs `krate` from crates.io unless `binary --version` already reports `version`.
fn ensure_cargo_tool(binary: &str, krate: &str, version: &str) -> Result<(), String> {
    let reported = run::output(binary, &["--version"]).unwrap_or_default();
    if reported.split_whitespace().any(|word| word == version) {
        return Ok(());
    }
    println!("xtask: installing {krate} {version} from crates.io (once; a few minutes)");
    // --force: cargo may still list a tool whose binary is gone, and would then skip it.
    run::status(Command::new("cargo").args([
        "install",
        krate,
        "--version",
        &format!("={version}"),
        "--force",
    ]))
}

/// The version of a package as pinned in Cargo.lock.
fn locked_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() != needle {
            continue;
        }
        if let Some(version) = lines
            .next()
            .and_then(|l| l.trim().strip_prefix("version = "))
        {
            return Ok(version.trim_matches('"').to_string());
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// `npm ci` in `dir` unless its node_modules already matches its package-lock.json.
fn ensure_npm_packages(dir: &Path) -> Result<(), String> {
    let lock = dir.join("package-lock.json");
    let installed = dir.join("node_modules/.package-lock.json");
    let fresh = match (modified(&lock), modified(&installed)) {
        (Some(lock), Some(installed)) => installed >= lock,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    run::status(
        run::in_dir("npm", dir)
            .args(["ci", "--no-audit", "--no-fund"])
            .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"),
    )
}

/// Debian's browsers and WebDriver servers, in one `apt-get` run for whichever are missing:
/// Chromium and ChromeDriver (Playwright, wasm tests); for the engines suite (`tests/engines/`),
/// `firefox-esr`, `webkit2gtk-driver` (WebKitWebDriver, which brings WebKitGTK and its MiniBrowser)
/// and `xvfb`. Then geckodriver from crates.io at a pinned version.
fn ensure_browsers() -> Result<(), String> {
    let (chromium, firefox) = (chromium(), firefox());
    let mut missing: Vec<&str> = Vec::new();
    let have_chromedriver = run::output("chromedriver", &["--version"]).is_some();
    if !Path::new(&chromium).exists() || !have_chromedriver {
        missing.extend(["chromium", "chromium-driver"]);
    }
    for (path, package) in [
        (firefox.as_str(), "firefox-esr"),
        (WEBKIT_DRIVER, "webkit2gtk-driver"),
        (XVFB, "xvfb"),
    ] {
        if !Path::new(path).exists() {
            missing.push(package);
        }
    }
    if !missing.is_empty() {
        ensure_debian_packages(
            &missing,
            &format!(
                "missing: Debian's {} (looked for Chromium at {chromium}, Firefox ESR at {firefox}); \
                 install them as root, or set CHROMIUM and FIREFOX to the browsers' binaries",
                missing.join(", ")
            ),
        )?;
    }
    ensure_cargo_tool("geckodriver", "geckodriver", GECKODRIVER_VERSION)
}

/// `apt-get install`s `packages` (as root; otherwise Err with `why`).
fn ensure_debian_packages(packages: &[&str], why: &str) -> Result<(), String> {
    let is_root = run::output("id", &["-u"]).is_some_and(|id| id.trim() == "0");
    if !is_root {
        return Err(why.to_string());
    }
    println!("xtask: installing Debian's {} (once)", packages.join(", "));
    run::status(Command::new("apt-get").args(["update", "-q"]))?;
    run::status(
        Command::new("apt-get")
            .args(["install", "-y", "-q"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
