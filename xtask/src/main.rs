//! `cargo xtask demo|dist|test|bench|serve|schemas|api`: everything a newcomer or CI needs, from a machine that has
//! only the Rust toolchain, Node and npm.

mod api;
mod bench;
mod build;
#[cfg(test)]
mod function_length;
mod glue;
mod guide;
mod lrs;
mod ordered_json;
mod package_text;
mod run;
#[cfg(test)]
mod schema_limits;
mod schemas;
mod serve;
mod server_pages;
mod sizes;
mod test;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  demo [--port N]   install what is missing, build the release package, serve www/ and examples/
                    on http://127.0.0.1:8080 (or port N)
  dist              build dist/ (JS module, wasm, CSS) and print each file's raw and gzip size
  test              install what tests need, then fmt, clippy, native tests, wasm tests in
                    headless Chromium, Playwright end-to-end tests, the smoke tests in Firefox
                    ESR and WebKitGTK (WebDriver) and the size budget
  bench [--runs N]  build dist/, then measure speed in headless Chromium (against Chart.js),
                    memory, size (gzip, brotli, twiggy) and the native rollups (criterion), and
                    write BENCHMARKS.md; medians of N runs (7)
  serve [--port N] [--bench]
                    serve what is already built, without installing or building; --bench adds
                    the benchmark pages at /bench/
  schemas           write the JSON Schema of every document type to www/schemas/
  api [--check]     write custom-elements.json, the package's index.d.ts, the loader's MODULES
                    table and the package README's list of elements from the elements'
                    description (crates/learner-embed/api/) and the JSON Schemas; --check
                    writes nothing and fails naming each file that differs";

fn main() -> ExitCode {
    tools::set_path();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => port(&args).and_then(demo),
        Some("dist") => dist(),
        Some("test") => test::run(),
        Some("bench") => bench::run(&args),
        Some("schemas") => schemas::write(),
        Some("api") => api::run(&args),
        Some("serve") => {
            let bench = args.iter().any(|a| a == "--bench");
            port(&args).and_then(|port| serve::serve_forever(port, bench))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn demo(port: u16) -> Result<(), String> {
    tools::ensure_build_tools()?;
    build::release_package()?;
    serve::serve_forever(port, false)
}

fn dist() -> Result<(), String> {
    tools::ensure_build_tools()?;
    build::release_package()?;
    let report = sizes::measure(&root().join("dist"))?;
    print!("{report}");
    Ok(())
}

fn port(args: &[String]) -> Result<u16, String> {
    match args.iter().position(|a| a == "--port") {
        None => Ok(8080),
        Some(i) => args
            .get(i + 1)
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| String::from("--port needs a number, e.g. --port 8081")),
    }
}

/// The workspace root: the parent of this crate's folder.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
