//! `cargo xtask test`: every check, stopping at the first failure, then one line
//! `N passed, N failed`.

use crate::{build, lrs, root, run, serve, sizes, tools};

/// Tests counted so far. A check without its own tests (fmt, clippy, the size budget) counts as one.
#[derive(Default)]
struct Tally {
    passed: u64,
    failed: u64,
}

impl Tally {
    fn summary(&self) -> String {
        format!("{} passed, {} failed", self.passed, self.failed)
    }
}

pub fn run() -> Result<(), String> {
    let mut tally = Tally::default();
    let outcome = run_all(&mut tally);
    if let Err(message) = &outcome {
        eprintln!("\nxtask: {message}");
        tally.failed = tally.failed.max(1);
    }
    println!("\n{}", tally.summary());
    outcome.map_err(|_| String::from("tests failed"))
}

fn run_all(tally: &mut Tally) -> Result<(), String> {
    tools::ensure_test_tools()?;
    let root = root();

    check(
        tally,
        "cargo fmt",
        run::status(run::in_dir("cargo", &root).args(["fmt", "--all", "--check"])),
    )?;
    // Cheap, and says at once when the API files are behind the description.
    check(
        tally,
        "cargo xtask api --check",
        crate::api::run(&[String::from("--check")]),
    )?;
    check(
        tally,
        "clippy",
        run::status(run::in_dir("cargo", &root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])),
    )?;

    check(
        tally,
        "clippy (wasm)",
        run::status(run::in_dir("cargo", &root).args([
            "clippy",
            "-p",
            "learner-widgets",
            "-p",
            "learner-embed",
            "-p",
            "embed-profile",
            "-p",
            "embed-progress",
            "-p",
            "embed-choice-board",
            "-p",
            "embed-record",
            "-p",
            "embed-plan",
            "-p",
            "learner-server",
            // The hydrating modules' code (the plain modules' is the same less that).
            "--features",
            "learner-embed/hydrate",
            "--target",
            "wasm32-unknown-unknown",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])),
    )?;
    check(
        tally,
        "learner-model has no web dependencies",
        model_is_pure(&root),
    )?;

    let (ok, out) = run::tee(run::in_dir("cargo", &root).args(["test", "--workspace"]))?;
    counted(tally, "native tests", ok, &out)?;

    for krate in ["crates/learner-widgets", "crates/embed-profile"] {
        let (ok, out) = run::tee(
            run::in_dir("wasm-pack", &root)
                .args(["test", "--headless", "--chrome", krate])
                .env("CHROMEDRIVER", "chromedriver"),
        )?;
        counted(tally, &format!("wasm tests of {krate}"), ok, &out)?;
    }

    build::release_package()?;
    check(tally, "npm package", npm_package(&root))?;
    node_tests(tally, "the server renderer's tests", "server/", &[])?;
    end_to_end(tally)?;

    let report = sizes::measure(&root.join("dist"))?;
    print!("\n{report}");
    let over = report.over_budget();
    let within = if over.is_empty() {
        Ok(())
    } else {
        Err(over.join("; "))
    };
    check(tally, "size budgets", within)
}

/// Serves the site on a free port, with a Learning Record Store behind `/lrs/`, and runs the
/// browser tests against it: Playwright in Chromium, then (if that passed) the engines suite in
/// Firefox ESR and WebKitGTK.
fn end_to_end(tally: &mut Tally) -> Result<(), String> {
    let ralph = lrs::start_ralph()?;
    let server = serve::start(0, Some(ralph.lrs.clone()))?;
    let outcome =
        playwright(tally, &server.url, &ralph.lrs).and_then(|()| other_engines(tally, &server.url));
    drop(server);
    drop(ralph);
    outcome
}

/// Runs Playwright in `tests/` (Chromium) against the site at `url`.
fn playwright(tally: &mut Tally, url: &str, lrs: &lrs::Lrs) -> Result<(), String> {
    let tests = root().join("tests");
    let results = tests.join("test-results/e2e.json");
    let _ = std::fs::remove_file(&results);
    let (ok, _) = run::tee(
        run::in_dir("npx", &tests)
            .args(["playwright", "test"])
            .env("LEARNER_BASE_URL", url)
            .env("CHROMIUM", tools::chromium())
            .env("LEARNER_LRS", &lrs.url)
            .env("LEARNER_LRS_AUTH", &lrs.auth)
            .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &results),
    )?;
    let (passed, failed, flaky) = std::fs::read_to_string(&results)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .map(|json| {
            let stat = |key: &str| json["stats"][key].as_u64().unwrap_or(0);
            (
                stat("expected") + stat("flaky"),
                stat("unexpected"),
                stat("flaky"),
            )
        })
        .unwrap_or((0, 0, 0));
    if flaky > 0 {
        // Passed on its retry: said, so a test that starts to fail now and then is noticed.
        println!(
            "xtask: {flaky} end-to-end test(s) passed only on a retry (flaky; see the list above)"
        );
    }
    browser_suite(tally, "end-to-end tests", ok, passed, failed)
}

/// Counts a browser suite's tests into the tally; it passed when its runner did, none failed, and
/// some ran (a runner that found no tests has not tested anything).
fn browser_suite(
    tally: &mut Tally,
    what: &str,
    ok: bool,
    passed: u64,
    failed: u64,
) -> Result<(), String> {
    tally.passed += passed;
    tally.failed += failed;
    if ok && failed == 0 && passed > 0 {
        Ok(())
    } else {
        Err(format!("{what} failed ({passed} passed, {failed} failed)"))
    }
}

/// Runs the smoke suite of `tests/engines/` (node:test, WebDriver) in Firefox ESR and WebKitGTK
/// against the site at `url`, and counts the tests of its TAP summary.
fn other_engines(tally: &mut Tally, url: &str) -> Result<(), String> {
    node_tests(
        tally,
        "the engines suite (Firefox ESR, WebKitGTK)",
        "engines/smoke.test.js",
        &[("LEARNER_BASE_URL", url), ("FIREFOX", &tools::firefox())],
    )
}

/// Runs the node:test files `files` of `tests/` (with `env`), and counts the tests of its TAP
/// summary into the tally.
fn node_tests(
    tally: &mut Tally,
    what: &str,
    files: &str,
    env: &[(&str, &str)],
) -> Result<(), String> {
    let tests = root().join("tests");
    let results = tests.join(format!(
        "test-results/{}.tap",
        files.split('/').next().unwrap_or("node")
    ));
    let _ = std::fs::create_dir_all(tests.join("test-results"));
    let _ = std::fs::remove_file(&results);
    let mut command = run::in_dir("node", &tests);
    command.args([
        "--test",
        "--test-reporter=spec",
        "--test-reporter-destination=stdout",
        "--test-reporter=tap",
        &format!("--test-reporter-destination={}", results.display()),
        files,
    ]);
    for (name, value) in env {
        command.env(name, value);
    }
    let (ok, _) = run::tee(&mut command)?;
    let (passed, failed) = std::fs::read_to_string(&results)
        .map(|tap| tap_counts(&tap))
        .unwrap_or((0, 0));
    browser_suite(tally, what, ok, passed, failed)
}

/// The passed and failed (or cancelled) tests of a node:test TAP summary (`# pass N`, ...).
fn tap_counts(tap: &str) -> (u64, u64) {
    let count = |key: &str| {
        tap.lines()
            .filter_map(|line| {
                line.strip_prefix("# ")?
                    .strip_prefix(key)?
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .sum::<u64>()
    };
    (count("pass "), count("fail ") + count("cancelled "))
}

/// The package in dist/ packs. (`tests/e2e/frameworks.spec.js` installs the packed tarball into the
/// host apps of `tests/apps`, checks it with publint and type-checks the apps against its types.)
fn npm_package(root: &std::path::Path) -> Result<(), String> {
    run::status(run::in_dir("npm", &root.join("dist")).args(["pack", "--dry-run", "--json"]))
}

/// Crates that tie code to a browser; the model must build and test without any of them.
const WEB_CRATES: [&str; 5] = ["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

fn model_is_pure(root: &std::path::Path) -> Result<(), String> {
    let out = std::process::Command::new("cargo")
        .current_dir(root)
        .args([
            "tree",
            "-p",
            "learner-model",
            "-e",
            "normal,dev,build",
            "--prefix",
            "none",
        ])
        .output()
        .map_err(|e| format!("cannot run cargo tree: {e}"))?;
    if !out.status.success() {
        return Err(String::from("cargo tree failed"));
    }
    match web_crates_in(&String::from_utf8_lossy(&out.stdout)) {
        found if found.is_empty() => Ok(()),
        found => Err(format!("learner-model depends on {}", found.join(", "))),
    }
}

/// The web crates named in `cargo tree` output (one `name vX.Y.Z` per line).
fn web_crates_in(tree: &str) -> Vec<String> {
    let mut found: Vec<String> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| {
            WEB_CRATES
                .iter()
                .any(|web| name == web || name.starts_with(&format!("{web}-")))
        })
        .map(String::from)
        .collect();
    found.sort();
    found.dedup();
    found
}

fn check(tally: &mut Tally, name: &str, result: Result<(), String>) -> Result<(), String> {
    match result {
        Ok(()) => {
            tally.passed += 1;
            Ok(())
        }
        Err(message) => {
            tally.failed += 1;
            Err(format!("{name}: {message}"))
        }
    }
}

/// Adds the counts from cargo's `test result:` lines; fails when the run failed or ran nothing.
fn counted(tally: &mut Tally, name: &str, ok: bool, output: &str) -> Result<(), String> {
    let (passed, failed) = cargo_counts(output);
    tally.passed += passed;
    tally.failed += failed;
    if !ok || failed > 0 {
        Err(format!("{name} failed"))
    } else if passed == 0 {
        Err(format!("{name} ran no test"))
    } else {
        Ok(())
    }
}

/// Sums `N passed; M failed` over every `test result:` line.
fn cargo_counts(output: &str) -> (u64, u64) {
    let mut totals = (0, 0);
    for line in output.lines().filter(|l| l.contains("test result:")) {
        let number_before = |word: &str| {
            let words: Vec<&str> = line.split_whitespace().collect();
            words
                .windows(2)
                .find(|pair| pair[1].trim_end_matches([';', ',']) == word)
                .and_then(|pair| pair[0].parse::<u64>().ok())
                .unwrap_or(0)
        };
        totals.0 += number_before("passed");
        totals.1 += number_before("failed");
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_summed_over_every_test_binary() {
        let out = "test result: ok. 12 passed; 0 failed; 0 ignored\n\
                   noise\n\
                   test result: FAILED. 3 passed; 2 failed; 1 ignored\n";
        assert_eq!(cargo_counts(out), (15, 2));
    }

    #[test]
    fn tap_summaries_are_counted() {
        let tap = "TAP version 13\n# Subtest: firefox\nok 1 - firefox\n1..2\n# tests 56\n\
                   # suites 6\n# pass 53\n# fail 2\n# cancelled 1\n# skipped 0\n";
        assert_eq!(tap_counts(tap), (53, 3));
        assert_eq!(tap_counts("not a summary\n"), (0, 0));
    }

    #[test]
    fn web_crates_are_found_in_a_dependency_tree() {
        let tree =
            "learner-model v0.1.0\nserde v1.0.0\nweb-sys v0.3.0\nyew v0.23.0\nyew v0.23.0 (*)\n";
        assert_eq!(web_crates_in(tree), vec!["web-sys", "yew"]);
        assert!(web_crates_in("serde v1\nserde_json v1\n").is_empty());
    }
}
