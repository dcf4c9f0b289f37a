//! `cargo xtask bench`: measures speed, memory and size and writes BENCHMARKS.md.
//!
//! It builds `dist/`, serves it with the benchmark pages (`tests/bench/pages/`, under the same
//! strict CSP as every page), runs `tests/bench/run.js` in headless Chromium, runs the native
//! criterion bench (`crates/learner-model/benches/rollup.rs`), measures every file of `dist/` raw,
//! gzip and brotli, asks twiggy for the wasm's largest items, and writes it all, with the machine
//! and the method, to BENCHMARKS.md. Issue 8 sets the targets; each is reported met or not met.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::build::DIST_FILES;
use crate::{build, root, run, serve, sizes, tools};

/// Issue 8's targets.
const TARGET_GZIP_BYTES: u64 = 150 * 1024;
/// Issue 18's: a profile-only page's mobile cold start within 1.7× the Chart.js radar's.
const TARGET_PHONE_RATIO: f64 = 1.7;
/// Issue 23's: a server-rendered profile painted within 0.8× the Chart.js radar's time (goal
/// beyond: 0.5×), and interactive no later than the same widget rendered by the client alone.
const TARGET_SERVER_PAINT_RATIO: f64 = 0.8;
const GOAL_SERVER_PAINT_RATIO: f64 = 0.5;
const TARGET_SERVER_INTERACTIVE_RATIO: f64 = 1.0;
/// Issue 19's: the heatmap's first render from JSON text within 3× the browser's `JSON.parse` of it.
const TARGET_HEATMAP_OVER_PARSE: f64 = 3.0;
/// Issue 19's: an `addEvidence` update on the heatmap in the DOM within 8 ms at p95, and drawn in
/// the very next frame (within one frame interval plus 2 ms at p95).
const TARGET_UPDATE_DOM_P95_MS: f64 = 8.0;
const TARGET_UPDATE_FRAME_SLACK_MS: f64 = 2.0;
const TARGET_ROLLUP_MS: f64 = 5.0;

/// The wasm as cargo leaves it, before wasm-bindgen and wasm-opt: it still has its names.
const WASM_WITH_NAMES: &str = "target/wasm32-unknown-unknown/release/embed_profile.wasm";

pub fn run(args: &[String]) -> Result<(), String> {
    let runs = match args.iter().position(|a| a == "--runs") {
        None => 7,
        Some(i) => args
            .get(i + 1)
            .and_then(|n| n.parse::<u32>().ok())
            .filter(|n| *n > 0)
            .ok_or_else(|| String::from("--runs needs a positive number, e.g. --runs 7"))?,
    };
    tools::ensure_test_tools()?;
    build::release_package()?;
    let root = root();
    let machine = Machine::read();

    let browser = browser(&root, runs)?;
    let native = native(&root)?;
    let files = measure_dist(&root.join("dist"))?;
    let twiggy = twiggy(&root);
    let size_notes = size_section(
        &std::fs::read_to_string(root.join("docs/architecture.md")).unwrap_or_default(),
    );
    let load_after = Machine::load_average();

    let report = Report {
        machine,
        load_after,
        browser,
        native,
        files,
        twiggy,
        size_notes,
    };
    let text = report.markdown();
    std::fs::write(root.join("BENCHMARKS.md"), &text)
        .map_err(|e| format!("cannot write BENCHMARKS.md: {e}"))?;
    println!("\n{}", report.targets_table());
    println!("xtask: wrote BENCHMARKS.md");
    Ok(())
}

/// Serves dist/ and the bench pages, runs tests/bench/run.js, and reads what it wrote.
fn browser(root: &Path, runs: u32) -> Result<Value, String> {
    let server = serve::start_bench(0)?;
    let out = root.join("target/bench/browser.json");
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let _ = std::fs::remove_file(&out);
    run::status(
        run::in_dir("node", &root.join("tests"))
            .arg("bench/run.js")
            .env("LEARNER_BASE_URL", &server.url)
            .env("CHROMIUM", tools::chromium())
            .env("BENCH_RUNS", runs.to_string())
            .env("BENCH_OUT", &out),
    )?;
    drop(server);
    let text =
        std::fs::read_to_string(&out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", out.display()))
}

/// Medians from criterion, in milliseconds, by benchmark id (`group/function`).
struct Native {
    medians: Vec<(&'static str, Option<f64>)>,
}

const NATIVE_BENCHES: [(&str, &str); 5] = [
    (
        "rollup/class_grid",
        "`ClassGrid::of`: every learner's standing on every competency (the heatmap's numbers)",
    ),
    (
        "rollup/standing_per_learner",
        "`standing()` on each of the 60 competencies of each of the 150 learners, one learner document at a time",
    ),
    (
        "parse/class_from_json",
        "for comparison: `ClassProgressDocument::from_json` on the class's 10 MB of JSON, as the element reads it",
    ),
    (
        "parse/json_value",
        "for comparison: the whole text as a `serde_json::Value`, which choosing the type once took (it now reads only the `schema` field, `parse::Head`)",
    ),
    (
        "parse/serde_typed",
        "its main step: serde reading the text into the typed document (the rest of `from_json` is the `schema` field read first, and the checks of every field)",
    ),
];

fn native(root: &Path) -> Result<Native, String> {
    run::status(run::in_dir("cargo", root).args([
        "bench",
        "-p",
        "learner-model",
        "--bench",
        "rollup",
    ]))?;
    let criterion = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), PathBuf::from)
        .join("criterion");
    let medians = NATIVE_BENCHES
        .iter()
        .map(|(id, _)| {
            let path = criterion.join(id).join("new/estimates.json");
            let median = std::fs::read_to_string(path)
                .ok()
                .and_then(|text| serde_json::from_str::<Value>(&text).ok())
                .and_then(|json| json["median"]["point_estimate"].as_f64())
                .map(|ns| ns / 1e6);
            (*id, median)
        })
        .collect();
    Ok(Native { medians })
}

/// One file of dist/: raw, gzip -9 and brotli (quality 11, window 22) bytes.
struct DistFile {
    name: String,
    downloaded: bool,
    raw: u64,
    gzip: u64,
    brotli: u64,
}

fn measure_dist(dist: &Path) -> Result<Vec<DistFile>, String> {
    let mut paths = Vec::new();
    collect(dist, &mut paths);
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let bytes =
                std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .strip_prefix(dist)
                .unwrap_or(path)
                .to_string_lossy()
                .replace('\\', "/");
            Ok(DistFile {
                downloaded: DIST_FILES.contains(&name.as_str()),
                name,
                raw: bytes.len() as u64,
                gzip: sizes::gzip_len(&bytes)?,
                brotli: brotli_len(&bytes)?,
            })
        })
        .collect()
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

fn brotli_len(bytes: &[u8]) -> Result<u64, String> {
    let mut compressed = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut compressed, 4096, 11, 22);
        writer.write_all(bytes).map_err(|e| e.to_string())?;
        writer.flush().map_err(|e| e.to_string())?;
    }
    Ok(compressed.len() as u64)
}

/// `twiggy top -n 20` on the wasm with names, or why there is none (installing twiggy is tried
/// first, once; when that fails the report says so and the bench goes on).
fn twiggy(root: &Path) -> Result<String, String> {
    let wasm = root.join(WASM_WITH_NAMES);
    if !wasm.is_file() {
        return Err(format!(
            "{WASM_WITH_NAMES} is missing (cargo xtask dist builds it)"
        ));
    }
    if let Err(why) = tools::ensure_twiggy() {
        eprintln!("xtask: twiggy is missing and could not be installed: {why}");
    }
    let out = std::process::Command::new("twiggy")
        .args(["top", "-n", "20"])
        .arg(&wasm)
        .output()
        .map_err(|_| {
            String::from(
                "twiggy is not installed (`cargo install twiggy` puts it in ~/.cargo/bin), so \
                 the wasm's largest items were not listed in this run",
            )
        })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
    } else {
        Err(format!(
            "twiggy failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}

/// The Size section of docs/architecture.md, without its heading.
fn size_section(architecture: &str) -> String {
    let mut lines = architecture
        .lines()
        .skip_while(|line| line.trim() != "## Size")
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .collect::<Vec<_>>();
    while lines.last().is_some_and(|line| line.trim().is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

struct Machine {
    cpu: String,
    cores: usize,
    os: String,
    load: String,
    node: String,
    rustc: String,
}

impl Machine {
    fn read() -> Machine {
        let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        let (cpu, cores) = cpu_of(&cpuinfo);
        let os = std::fs::read_to_string("/etc/os-release")
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                    .map(|v| v.trim_matches('"').to_string())
            })
            .unwrap_or_else(|| String::from("unknown"));
        let version = |program: &str| {
            run::output(program, &["--version"])
                .map(|v| v.trim().to_string())
                .unwrap_or_else(|| String::from("unknown"))
        };
        Machine {
            cpu,
            cores,
            os,
            load: Machine::load_average(),
            node: version("node"),
            rustc: version("rustc"),
        }
    }

    /// The 1, 5 and 15 minute load averages.
    fn load_average() -> String {
        std::fs::read_to_string("/proc/loadavg")
            .map(|text| {
                text.split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|_| String::from("unknown"))
    }
}

/// The CPU's model name and the number of logical processors in /proc/cpuinfo.
fn cpu_of(cpuinfo: &str) -> (String, usize) {
    let model = cpuinfo
        .lines()
        .find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == "model name").then(|| value.trim().to_string())
        })
        .unwrap_or_else(|| String::from("unknown"));
    let cores = cpuinfo
        .lines()
        .filter(|line| {
            line.split(':')
                .next()
                .is_some_and(|k| k.trim() == "processor")
        })
        .count();
    (model, cores)
}

/// The median: the middle value, or the mean of the two middle values.
fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => sorted.get(n / 2).copied(),
        _ => Some((sorted.get(n / 2 - 1)? + sorted.get(n / 2)?) / 2.0),
    }
}

/// The 95th percentile by nearest rank: the smallest value at or above 95% of them.
fn p95(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = (0.95 * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.max(1) - 1).copied()
}

/// `field` of every object in the array at `path` of the results.
fn series(results: &Value, path: &[&str], field: &str) -> Vec<f64> {
    let mut at = results;
    for key in path {
        at = &at[*key];
    }
    at.as_array()
        .map(|items| items.iter().filter_map(|i| i[field].as_f64()).collect())
        .unwrap_or_default()
}

fn ms(value: Option<f64>) -> String {
    value.map_or_else(|| String::from("n/a"), |v| format!("{v:.1} ms"))
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

fn mb(bytes: Option<f64>) -> String {
    bytes.map_or_else(
        || String::from("n/a"),
        |b| format!("{:.1} MB", b / (1024.0 * 1024.0)),
    )
}

fn met(ok: Option<bool>) -> &'static str {
    match ok {
        Some(true) => "met",
        Some(false) => "**not met**",
        None => "not measured",
    }
}

fn list(values: &[f64]) -> String {
    values
        .iter()
        .map(|v| format!("{v:.1}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The heatmap's first render over the browser's own `JSON.parse` of the same text: each run's
/// ratio (both timed in one page), then the median of those. `None` without runs.
fn heatmap_over_parse(results: &Value, key: &str) -> Option<f64> {
    let ratios: Vec<f64> = results[key]
        .as_array()
        .map(|runs| {
            runs.iter()
                .filter_map(|run| Some((run["frame"].as_f64()?, run["parse"].as_f64()?)))
                .filter(|(_, parse)| *parse > 0.0)
                .map(|(frame, parse)| frame / parse)
                .collect()
        })
        .unwrap_or_default();
    median(&ratios)
}

/// The sentence under the class table: how the heatmap compares with `JSON.parse`, each way.
fn heatmap_ratios(results: &Value) -> String {
    let ratio = |key: &str| ratio_text(heatmap_over_parse(results, key));
    format!(
        "The heatmap's first render, to the drawn frame, over the browser's own `JSON.parse` of the \
         same text in the same page (the median of each page's ratio; the target is at most 3×): \
         from JSON text {}, from an object {}, from JSON text on a CPU 4× slower {}.",
        ratio("heatmap"),
        ratio("heatmapObject"),
        ratio("heatmapSlowCpu"),
    )
}

/// One pair of the phone cold start: ours and Chart.js, loaded back to back.
struct PhonePair {
    ours: f64,
    chart: f64,
    ours_bytes: f64,
    chart_bytes: f64,
}

impl PhonePair {
    fn ratio(&self) -> f64 {
        self.ours / self.chart
    }
}

/// One page load of the server-rendered section: when the widget was painted (styled), when it
/// became interactive (its core started, its widget drawn), and what it downloaded.
#[derive(Debug, Clone, PartialEq)]
struct Load {
    painted: f64,
    interactive: Option<f64>,
    bytes: f64,
    /// The sum of the load's layout-shift values.
    shift: f64,
    /// The first contentful paint came before the widget's shadow stylesheet had arrived.
    unstyled: bool,
    /// When the loader (`learner-widgets.js`) had arrived, and the widget's wasm was requested
    /// and had arrived (its resource timing), when the page recorded them.
    loader_end: Option<f64>,
    wasm: Option<(f64, f64)>,
}

impl Load {
    fn from(v: &Value) -> Option<Load> {
        Some(Load {
            painted: v["painted"].as_f64()?,
            interactive: v["interactive"].as_f64(),
            bytes: v["bytes"].as_f64()?,
            shift: v["shifts"].as_array().map_or(0.0, |s| {
                s.iter()
                    .filter_map(|e| e["value"].as_f64())
                    .fold(0.0, |a, b| a + b)
            }),
            unstyled: v["unstyledPaint"].as_bool().unwrap_or(false),
            loader_end: resource(v, |f| f == "learner-widgets.js").map(|(_, end)| end),
            wasm: resource(v, |f| f.ends_with("_bg.wasm")),
        })
    }
}

/// (start, end) of the first file of dist/ the load fetched whose name passes `which`.
fn resource(load: &Value, which: impl Fn(&str) -> bool) -> Option<(f64, f64)> {
    let entry = load["resources"]
        .as_array()?
        .iter()
        .find(|r| r["file"].as_str().is_some_and(&which))?;
    Some((entry["start"].as_f64()?, entry["end"].as_f64()?))
}

/// One round of the server-rendered section for one widget: its client-only page, its
/// server-rendered page (as `renderWidget` writes it, with the links that preload the hydrating
/// module), the same without those links, and (for the profile) the Chart.js radar, loaded back to
/// back in a rotating order.
#[derive(Debug, Clone, PartialEq)]
struct ServerRound {
    client: Load,
    server: Load,
    /// Rendered with `preload: false`.
    bare: Option<Load>,
    chart: Option<Load>,
}

/// The widgets of the server-rendered section: the name in the results, and as written.
const SERVER_WIDGETS: [(&str, &str); 3] = [
    ("profile", "`<learner-profile>` (12 dimensions)"),
    ("progress", "`<learner-progress>` (12 competencies)"),
    ("choice", "`<learner-choice-board>` (3 × 3)"),
];

/// Each page of a round, as the section's tables name it.
const SERVER_PAGES: [(Page, &str); 4] = [
    (Page::Client, "client-only"),
    (Page::Server, "server-rendered"),
    (Page::Bare, "server-rendered, without the preload links"),
    (Page::Chart, "Chart.js radar"),
];

/// Which page of a round.
#[derive(Clone, Copy, PartialEq)]
enum Page {
    Client,
    Server,
    Bare,
    Chart,
}

impl ServerRound {
    fn load(&self, page: Page) -> Option<&Load> {
        match page {
            Page::Client => Some(&self.client),
            Page::Server => Some(&self.server),
            Page::Bare => self.bare.as_ref(),
            Page::Chart => self.chart.as_ref(),
        }
    }

    /// `page`'s painted time over the Chart.js radar's in the same round.
    fn paint_ratio(&self, page: Page) -> Option<f64> {
        Some(self.load(page)?.painted / self.chart.as_ref()?.painted)
    }

    /// `page`'s interactive time over the client-only page's in the same round.
    fn interactive_ratio(&self, page: Page) -> Option<f64> {
        Some(self.load(page)?.interactive? / self.client.interactive?)
    }
}

/// The rounds of the server-rendered section for widget `name` (`profile`, `progress`, `choice`).
fn server_rounds(browser: &Value, name: &str) -> Vec<ServerRound> {
    browser["server"]["pages"][name]
        .as_array()
        .map(|rounds| {
            rounds
                .iter()
                .filter_map(|r| {
                    Some(ServerRound {
                        client: Load::from(&r["client"])?,
                        server: Load::from(&r["server"])?,
                        bare: Load::from(&r["bare"]),
                        chart: Load::from(&r["chartjs"]),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A ratio as "2.10×", or "n/a".
fn ratio_text(ratio: Option<f64>) -> String {
    ratio.map_or_else(|| String::from("n/a"), |r| format!("{r:.2}×"))
}

struct Report {
    machine: Machine,
    load_after: String,
    browser: Value,
    native: Native,
    files: Vec<DistFile>,
    twiggy: Result<String, String>,
    size_notes: String,
}

impl Report {
    /// What a page with one `<learner-profile>` in English downloads from `dist/`, gzip -9: the
    /// loader, the xAPI helper and the profile's module.
    fn profile_page_gzip(&self) -> u64 {
        let page = [
            "learner-widgets.js",
            "learner-xapi.js",
            "learner-profile.js",
            "learner-profile_bg.wasm",
        ];
        self.files
            .iter()
            .filter(|f| page.contains(&f.name.as_str()))
            .map(|f| f.gzip)
            .sum()
    }

    /// The phone cold start's pairs for page `name`: (ours, Chart.js) rendered ms and bytes.
    fn phone_pairs(&self, name: &str) -> Vec<PhonePair> {
        self.browser["phone"]["pairs"][name]
            .as_array()
            .map(|pairs| {
                pairs
                    .iter()
                    .filter_map(|p| {
                        Some(PhonePair {
                            ours: p["ours"]["rendered"].as_f64()?,
                            chart: p["chartjs"]["rendered"].as_f64()?,
                            ours_bytes: p["ours"]["bytes"].as_f64()?,
                            chart_bytes: p["chartjs"]["bytes"].as_f64()?,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Issue 18's targets: what a profile-only page downloads, and its cold start on a phone.
    fn phone_targets_table(&self) -> String {
        let pairs = self.phone_pairs("profile");
        let ratio = median(&pairs.iter().map(PhonePair::ratio).collect::<Vec<_>>());
        let bytes = median(&pairs.iter().map(|p| p.ours_bytes).collect::<Vec<_>>());
        let mut t = String::from("| target (issue 18) | measured | |\n|---|---|---|\n");
        let _ = writeln!(
            t,
            "| A page with one `<learner-profile>` downloads at most 160 KB gzip in all | {} over the wire, counted by the browser (median of the phone runs: the page, the loader, its helper, the module, gzip as served); the files from `dist/`: {} gzip | {} |",
            bytes.map_or_else(|| String::from("n/a"), |b| kb(b as u64)),
            kb(self.profile_page_gzip()),
            met(bytes.map(|b| b <= sizes::PROFILE_PAGE_TARGET_GZIP as f64))
        );
        // The page as the loader alone makes it is the target's; the guide's preload links beside it.
        let preloaded = self.phone_pairs("preloaded");
        let preloaded_ratio = median(&preloaded.iter().map(PhonePair::ratio).collect::<Vec<_>>());
        let _ = writeln!(
            t,
            "| Mobile cold start of the 12-dimension profile at most 1.7× the Chart.js radar | {} (median of {} per-pair ratios); with its module preloaded by two `<link>`s, as the integrator guide advises: {} | {} |",
            ratio_text(ratio),
            pairs.len(),
            ratio_text(preloaded_ratio),
            met(ratio.map(|r| r <= TARGET_PHONE_RATIO))
        );
        t
    }

    /// Issue 23's targets: the server-rendered pages painted against the Chart.js radar and
    /// interactive against the client-only pages, each a median of per-round ratios. (The pages
    /// rendered without the preload links are in the section's table, for comparison.)
    fn server_targets_table(&self) -> String {
        let mut t = String::from("| target (issue 23) | measured | |\n|---|---|---|\n");
        let profile = server_rounds(&self.browser, "profile");
        {
            let (page, label) = (Page::Server, "server-rendered");
            let ratios: Vec<f64> = profile.iter().filter_map(|r| r.paint_ratio(page)).collect();
            let ratio = median(&ratios);
            let goal = match ratio {
                Some(r) if r <= GOAL_SERVER_PAINT_RATIO => " (and the goal beyond, 0.5×)",
                _ => "",
            };
            let _ = writeln!(
                t,
                "| The {label} `<learner-profile>` (12 dimensions) painted at most {TARGET_SERVER_PAINT_RATIO}× the Chart.js radar's time (goal beyond: {GOAL_SERVER_PAINT_RATIO}×) | {} (median of {} per-round ratios) | {}{goal} |",
                ratio_text(ratio),
                ratios.len(),
                met(ratio.map(|r| r <= TARGET_SERVER_PAINT_RATIO)),
            );
        }
        for (name, widget) in SERVER_WIDGETS {
            let rounds = server_rounds(&self.browser, name);
            {
                let (page, label) = (Page::Server, "server-rendered");
                let ratios: Vec<f64> = rounds
                    .iter()
                    .filter_map(|r| r.interactive_ratio(page))
                    .collect();
                let ratio = median(&ratios);
                let _ = writeln!(
                    t,
                    "| The {label} {widget} interactive no later than the client-only one ({TARGET_SERVER_INTERACTIVE_RATIO:.1}×) | {} (median of {} per-round ratios) | {} |",
                    ratio_text(ratio),
                    ratios.len(),
                    met(ratio.map(|r| r <= TARGET_SERVER_INTERACTIVE_RATIO)),
                );
            }
        }
        t
    }

    /// Issue 23's section: every page of every widget, its medians and its rounds.
    fn server_section(&self) -> String {
        let b = &self.browser;
        let mut s = String::from("## Server-rendered first paint (issue 23)\n\n");
        let _ = writeln!(
            s,
            "The phone profile above ({} ms round trip, 1.6 Mbps down, the CPU 4× slower, no cache, \
             gzip -9). Each widget's page as a server writes it: `tests/bench/run.js` renders the \
             same document as the client-only page with `renderWidget` from `dist/server.js` \
             (`assets: '/dist/'`) into `tests/bench/pages/server-*.html`, with the client-only \
             page's head, served by the bench server like every page (gzip, the same strict \
             policy). The widget is in the HTML, in a declarative shadow root whose stylesheet is \
             a `<link>` to `{{tag}}.shadow.css`; the loader fetches the `-hydrate` module, which \
             adopts the server's nodes. Before the element the renderer writes \
             `<link rel=\"modulepreload\">` for the hydrating glue and \
             `<link rel=\"preload\" as=\"fetch\" type=\"application/wasm\" crossorigin>` for its \
             wasm; the page *without the preload links* is rendered with `preload: false`, to \
             show what they buy. Per round, each \
             page of the widget is loaded once in a fresh context, in an order that rotates \
             every round (one warm-up round dropped); ratios are taken per round, then their \
             median.\n\n\
             - **painted**: client-only pages and Chart.js as above (the frame after the widget \
             is in the shadow DOM, or after `new Chart()`). Server pages: the first frame that \
             shows the widget *with its shadow stylesheet*: the first contentful paint when it \
             came after the stylesheet had arrived (the stylesheet's load, or its resource \
             timing's `responseEnd` when it had arrived before the page's script ran), else the \
             frame after the stylesheet's load, and that load counts as an **unstyled first \
             paint**.\n\
             - **interactive**: the first moment (checked on every mutation in the shadow root \
             and every frame) when the element's wasm core has started (its module arrived, \
             the element left `:state(loading)`, `data` is not null) and its widget is drawn; \
             after each load, a control is clicked (the profile's second view button, the \
             tracker's first unpressed view button, the board's first unpicked activity) and \
             the run fails unless it answers.\n\
             - **layout shift**: the sum of the load's `layout-shift` entries, median over the \
             loads.\n",
            b["server"]["latency"].as_f64().unwrap_or(0.0)
        );
        let _ = writeln!(
            s,
            "| widget | page | loads | median painted | median interactive | median downloaded | painted ÷ Chart.js | interactive ÷ client-only | unstyled first paints | median layout shift |\n\
             |---|---|---|---|---|---|---|---|---|---|"
        );
        for (name, widget) in SERVER_WIDGETS {
            let rounds = server_rounds(b, name);
            for (page, label) in SERVER_PAGES {
                let loads: Vec<&Load> = rounds.iter().filter_map(|r| r.load(page)).collect();
                if loads.is_empty() {
                    continue;
                }
                let col = |f: &dyn Fn(&Load) -> Option<f64>| {
                    median(&loads.iter().filter_map(|l| f(l)).collect::<Vec<_>>())
                };
                let paint: Vec<f64> = rounds.iter().filter_map(|r| r.paint_ratio(page)).collect();
                let inter: Vec<f64> = rounds
                    .iter()
                    .filter_map(|r| r.interactive_ratio(page))
                    .collect();
                let _ = writeln!(
                    s,
                    "| {widget} | {label} | {} | {} | {} | {} | {} | {} | {} | {} |",
                    loads.len(),
                    ms(col(&|l| Some(l.painted))),
                    ms(col(&|l| l.interactive)),
                    col(&|l| Some(l.bytes)).map_or_else(|| String::from("n/a"), |v| kb(v as u64)),
                    if page == Page::Chart {
                        String::from("1×")
                    } else {
                        ratio_text(median(&paint))
                    },
                    if page == Page::Chart {
                        String::from("")
                    } else {
                        ratio_text(median(&inter))
                    },
                    if page == Page::Server || page == Page::Bare {
                        format!(
                            "{} of {}",
                            loads.iter().filter(|l| l.unstyled).count(),
                            loads.len()
                        )
                    } else {
                        String::new()
                    },
                    col(&|l| Some(l.shift))
                        .map_or_else(|| String::from("n/a"), |v| format!("{v:.3}")),
                );
            }
        }
        let _ = writeln!(s, "\n{}", self.server_targets_table());
        let _ = writeln!(
            s,
            "Where the time to interactive goes (medians, ms from navigation start, from each \
             file's resource timing): the loader fetches the widget's glue and its wasm together, \
             so the wasm is requested only once the loader has arrived and run, unless the page \
             preloads it (as the renderer's links do).\n\n\
             | widget | page | loader arrived | wasm requested | wasm arrived | interactive |\n\
             |---|---|---|---|---|---|"
        );
        for (name, widget) in SERVER_WIDGETS {
            let rounds = server_rounds(b, name);
            for (page, label) in SERVER_PAGES.into_iter().filter(|(p, _)| *p != Page::Chart) {
                let loads: Vec<&Load> = rounds.iter().filter_map(|r| r.load(page)).collect();
                if loads.is_empty() {
                    continue;
                }
                let col = |f: &dyn Fn(&Load) -> Option<f64>| {
                    ms(median(
                        &loads.iter().filter_map(|l| f(l)).collect::<Vec<_>>(),
                    ))
                };
                let _ = writeln!(
                    s,
                    "| {widget} | {label} | {} | {} | {} | {} |",
                    col(&|l| l.loader_end),
                    col(&|l| l.wasm.map(|w| w.0)),
                    col(&|l| l.wasm.map(|w| w.1)),
                    col(&|l| l.interactive),
                );
            }
        }
        let _ = writeln!(s, "\nEvery round (painted / interactive ms):\n");
        for (name, widget) in SERVER_WIDGETS {
            let rounds = server_rounds(b, name);
            let one = |l: Option<&Load>| {
                l.map_or_else(String::new, |l| match l.interactive {
                    Some(i) => format!("{:.0}/{:.0}", l.painted, i),
                    None => format!("{:.0}", l.painted),
                })
            };
            let text: Vec<String> = rounds
                .iter()
                .map(|r| {
                    let mut parts = vec![
                        format!("client {}", one(Some(&r.client))),
                        format!("server {}", one(Some(&r.server))),
                    ];
                    if r.bare.is_some() {
                        parts.push(format!("without preload links {}", one(r.bare.as_ref())));
                    }
                    if r.chart.is_some() {
                        parts.push(format!("Chart.js {}", one(r.chart.as_ref())));
                    }
                    parts.join(", ")
                })
                .collect();
            let _ = writeln!(s, "- {widget}: {}", text.join("; "));
        }
        s.push('\n');
        s
    }

    fn native_median(&self, id: &str) -> Option<f64> {
        self.native
            .medians
            .iter()
            .find(|(name, _)| *name == id)
            .and_then(|(_, m)| *m)
    }

    fn targets_table(&self) -> String {
        let b = &self.browser;
        let gzip = self.profile_page_gzip();
        let ours = median(&series(b, &["cold", "ours"], "rendered"));
        let chart = median(&series(b, &["cold", "chartjs"], "rendered"));
        let ratio = ours.zip(chart).map(|(o, c)| o / c);
        let first = median(&series(b, &["heatmap"], "frame"));
        let update_dom = p95(&series(b, &["heatmapUpdates"], "dom"));
        let update_frame = p95(&series(b, &["heatmapUpdates"], "frame"));
        let rollup = self.native_median("rollup/class_grid");
        let mut t = String::from("| target (issue 8) | measured | |\n|---|---|---|\n");
        let _ = writeln!(
            t,
            "| At most 150 KB gzip (since issue 18 a page pays only for its widgets: measured here for a page with one `<learner-profile>`) | {} gzip (each module and one-widget page held to a budget by `cargo xtask test`, `xtask/src/sizes.rs`) | {} |",
            kb(gzip),
            met(Some(gzip <= TARGET_GZIP_BYTES))
        );
        let _ = writeln!(
            t,
            "| Cold start no slower than the Chart.js radar | {} against {} (median, navigation start to rendered): {} | {} |",
            ms(ours),
            ms(chart),
            ratio_text(ratio),
            met(ratio.map(|r| r <= 1.0))
        );
        let _ = writeln!(
            t,
            "| Rollups for 150 × 60 × 20 within 5 ms natively | {} (median, `ClassGrid::of`) | {} |",
            ms(rollup),
            met(rollup.map(|r| r <= TARGET_ROLLUP_MS))
        );
        t.push_str("\n| target (issue 19) | measured | |\n|---|---|---|\n");
        let over_parse = heatmap_over_parse(b, "heatmap");
        let _ = writeln!(
            t,
            "| Heatmap (150 × 60 × 20) first render at most 3× the browser's `JSON.parse` of the same text | {} from JSON text (median, data set to drawn frame), {} the parse | {} |",
            ms(first),
            ratio_text(over_parse),
            met(over_parse.map(|r| r <= TARGET_HEATMAP_OVER_PARSE))
        );
        let interval = b["frameInterval"].as_f64();
        let _ = writeln!(
            t,
            "| An evidence update reaches the DOM within 8 ms at p95, and the drawn frame within one frame interval + 2 ms at p95 | p95 {} to the DOM, {} to the drawn frame; the frame interval {} | {} |",
            ms(update_dom),
            ms(update_frame),
            ms(interval),
            met(update_dom
                .zip(update_frame)
                .zip(interval)
                .map(|((dom, frame), interval)| {
                    dom <= TARGET_UPDATE_DOM_P95_MS
                        && frame <= interval + TARGET_UPDATE_FRAME_SLACK_MS
                }))
        );
        t
    }

    /// The largest document each schema allows: its default view's time, and memory around it.
    fn largest_section(&self) -> String {
        let b = &self.browser;
        let mut s = String::from(
            "## The largest documents\n\n\
             The largest document each schema allows: every list at its `maxItems` \
             (`crates/learner-model/src/limits.rs`), built by `tests/e2e/largest.js`. Each is set \
             as an object on a fresh page that already shows a sample document, and timed from \
             setting `data` to the drawn frame (its default view; issue 22's bar: 1 s). Memory is \
             read on the first run: the wasm linear memory with the sample, with the largest \
             document, and after the sample replaces it again, and the JS heap after a full \
             collection.\n\n\
             | document | size | drawn, median | max | wasm memory: sample, largest, replaced | within 20 % after | JS heap: largest, replaced |\n\
             |---|---|---|---|---|---|---|\n",
        );
        let names = [
            (
                "progress",
                "`learner-progress/1`: 5,000 competencies, 50,000 pieces of evidence",
            ),
            (
                "class",
                "`learner-progress-class/1`: 500 learners × 1,200 pieces of evidence",
            ),
            (
                "profile",
                "`learner-profile/1`: 64 dimensions, 1,000 snapshots",
            ),
            ("roster", "`learner-roster/1`: 500 profiles"),
            ("board", "`learner-choice-board/1`: 100 activities"),
        ];
        for (name, label) in names {
            let entry = &b["largest"][name];
            let drawn: Vec<f64> = entry["drawn"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_f64).collect())
                .unwrap_or_default();
            let memory = &entry["memory"];
            let (before, replaced) = (
                memory["before"].as_f64(),
                memory["replaced"]["wasm"].as_f64(),
            );
            let within = match (before, replaced) {
                (Some(b), Some(r)) if b > 0.0 => met(Some(r <= b * 1.2)),
                _ => "not measured",
            };
            let _ = writeln!(
                s,
                "| {label} | {:.1} MB | {} | {} | {}, {}, {} | {within} | {}, {} |",
                entry["megabytes"].as_f64().unwrap_or(0.0),
                ms(median(&drawn)),
                ms(drawn.iter().copied().reduce(f64::max)),
                mb(memory["before"].as_f64()),
                mb(memory["large"]["wasm"].as_f64()),
                mb(memory["replaced"]["wasm"].as_f64()),
                mb(memory["large"]["heap"]["used"].as_f64()),
                mb(memory["replaced"]["heap"]["used"].as_f64()),
            );
        }
        s.push_str(
            "\nThe JS heap comes back once the sample replaces the document. WebAssembly linear \
             memory only grows, so the wasm memory comes back another way: once the page is idle, \
             the loader gives a module whose memory is more than a fifth above what its \
             documents need a fresh instance, and the old one's memory is collected \
             (`tests/e2e/hostile-large.spec.js` checks that it is). The replaced column is read \
             once that has happened (waited for up to 3 s). See docs/architecture.md, \"Large \
             documents\".\n\n",
        );
        s
    }

    fn markdown(&self) -> String {
        let b = &self.browser;
        let m = &self.machine;
        let runs = b["runs"].as_u64().unwrap_or(0);
        let date = b["date"].as_str().unwrap_or("unknown");
        let day = date.get(..10).unwrap_or(date);
        let chromium = b["chromium"].as_str().unwrap_or("unknown");
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# Benchmarks\n\n\
             Written by `cargo xtask bench` (`xtask/src/bench.rs`) on {day}, from one real run; \
             run it again to refresh every figure. The targets are issue 8's. Times are in \
             milliseconds; KB and MB are 1,024 and 1,048,576 bytes.\n"
        );
        let _ = writeln!(
            s,
            "## Targets\n\n{}\n{}\n{}",
            self.phone_targets_table(),
            self.server_targets_table(),
            self.targets_table()
        );

        let _ = writeln!(
            s,
            "## Machine\n\n\
             - CPU: {} ({} logical cores, from /proc/cpuinfo)\n\
             - OS: {}\n\
             - Browser: Chromium {chromium}, headless, with the launch options of \
             `tests/playwright.config.js` (`--no-sandbox --disable-gpu` and the no-network flags), \
             driven by Playwright from Node ({})\n\
             - Native: {}, the `bench` profile (opt-level 3; the wasm is built for size, opt-level \"z\")\n\
             - Date: {date}\n\
             - Load average (1, 5, 15 min) at the start: {}; at the end: {}. The machine is shared \
             with other builds, so single runs are noisy: compare medians, and ratios taken in the \
             same run.\n",
            m.cpu, m.cores, m.os, m.node, m.rustc, m.load, self.load_after
        );

        let _ = writeln!(
            s,
            "## Method\n\n\
             `cargo xtask bench` builds `dist/` (release, `wasm-opt -Oz`, minified JS), serves it with \
             the pages in `tests/bench/pages/` under the same strict Content-Security-Policy and \
             Trusted Types as every page (no inline script; Chart.js comes from \
             `tests/node_modules/chart.js` through that server only), and runs `tests/bench/run.js`, \
             which fails on any console error or policy violation. The documents come from \
             `tests/bench/pages/data.js`, the same every run.\n\n\
             - **rendered / to the DOM**: when the change is in the element's shadow DOM, seen by a \
             `MutationObserver` (so to within a microtask of the last mutation).\n\
             - **painted / to the frame**: then a `requestAnimationFrame` callback, and a message posted \
             from it, which runs after that frame's style, layout and paint: when a person could see it.\n\
             - **Cold start**: one page load each, in a fresh browser context, from navigation start \
             (`performance.now()` = 0) to the 12-dimension profile drawn: for ours, the radar's 12 \
             points and shape in the shadow DOM (the page sets `data` at once, the wasm is fetched, \
             compiled and instantiated, the element renders); for Chart.js 4, `new Chart()` returning \
             (with `animation: false` and `responsive: false` it draws in its constructor) a radar of \
             the same values and usual ranges. One warm-up load of each is dropped, then {runs} of \
             each, interleaved, alternating which goes first.\n\
             - **Class scale**: each first render on a fresh page whose module is already loaded, from \
             setting `data` to drawn; {runs} runs. The profile class is a `learner-roster/1` of \
             150 learners on the 12 dimensions (`view=\"class\"`); the heatmap is a \
             `learner-progress-class/1` of 150 learners × 60 competencies with 20 scores on about 85% \
             of the cells (153,040 scores, 10 MB of JSON). The heatmap is given as the JSON text the \
             host received (the integrator guide's advice: read in wasm once) and, on other pages of \
             the same run, as a parsed object (which the element writes as JSON text first); each \
             page times the browser's own `JSON.parse` of the same text. Then the text way on a CPU \
             4× slower (`Emulation.setCPUThrottlingRate`), as on a school Chromebook.\n\
             - **Evidence update**: the host adds one score with `addEvidence(evidence, learnerId)`, \
             50 times, each on a cell that had no evidence, and waits until the heatmap counts it; \
             then, for comparison, 10 times the old way: the score pushed to the host's own document \
             and `data` set to the whole class again.\n\
             - **Choice board**: a 10 × 10 board with a line-of-five rule and a points rule; 20 picks, \
             each a `click()` on a different cell, until that cell shows it is picked (the rules \
             evaluated and the board redrawn).\n\
             - **Memory**: through the DevTools protocol, a full garbage collection \
             (`HeapProfiler.collectGarbage`) then `Runtime.getHeapUsage`; the wasm memory is the \
             instance's `memory.buffer.byteLength` (linear memory only grows).\n\
             - **Native**: criterion (`crates/learner-model/benches/rollup.rs`), on the same class built \
             by the same generator (`crates/learner-model/tests/support/big_class.rs`).\n"
        );

        // Cold start on a phone.
        let _ = writeln!(
            s,
            "## Cold start on a student's phone\n\n\
             Lighthouse's mobile profile, applied through the DevTools protocol: {} ms round trip, \
             1.6 Mbps down, 750 Kbps up (`Network.emulateNetworkConditions`), the CPU 4× slower \
             (`Emulation.setCPUThrottlingRate`), the cache disabled, every file served gzip -9 as a \
             CDN would. Each page is loaded in a fresh browser context, paired with the Chart.js \
             radar loaded the same way right before or after it (the order alternates; one warm-up \
             pair dropped), so both meet the same load on the machine; the ratio is taken per pair, \
             then its median. **downloaded** is what the page received over the wire (the sum of \
             `Network.loadingFinished`'s `encodedDataLength`), the HTML page and the data included.\n\n\
             | page | pairs | ours, median rendered | Chart.js, median rendered | median ratio | ours downloaded | Chart.js downloaded |\n\
             |---|---|---|---|---|---|---|",
            b["phone"]["latency"].as_f64().unwrap_or(0.0)
        );
        let pages = [
            ("profile", "one `<learner-profile>` (12 dimensions)"),
            (
                "preloaded",
                "the same, its module preloaded (two `<link>`s in the `<head>`: the integrator guide, \"A faster first load\")",
            ),
            ("progress", "one `<learner-progress>` (12 competencies)"),
            ("choice", "one `<learner-choice-board>` (3 × 3)"),
            ("all", "all three"),
        ];
        for (name, label) in pages {
            let pairs = self.phone_pairs(name);
            let col =
                |f: &dyn Fn(&PhonePair) -> f64| median(&pairs.iter().map(f).collect::<Vec<_>>());
            let _ = writeln!(
                s,
                "| {label} | {} | {} | {} | {} | {} | {} |",
                pairs.len(),
                ms(col(&|p| p.ours)),
                ms(col(&|p| p.chart)),
                ratio_text(col(&PhonePair::ratio)),
                col(&|p| p.ours_bytes).map_or_else(|| String::from("n/a"), |v| kb(v as u64)),
                col(&|p| p.chart_bytes).map_or_else(|| String::from("n/a"), |v| kb(v as u64)),
            );
        }
        let _ = writeln!(s, "\nEvery pair (ours / Chart.js, rendered ms):\n");
        for (name, label) in pages {
            let pairs: Vec<String> = self
                .phone_pairs(name)
                .iter()
                .map(|p| format!("{:.0} / {:.0}", p.ours, p.chart))
                .collect();
            let _ = writeln!(s, "- {label}: {}", pairs.join(", "));
        }
        s.push('\n');

        s.push_str(&self.server_section());

        // Cold start on localhost.
        let ours = series(b, &["cold", "ours"], "rendered");
        let chart = series(b, &["cold", "chartjs"], "rendered");
        let ours_painted = series(b, &["cold", "ours"], "painted");
        let chart_painted = series(b, &["cold", "chartjs"], "painted");
        let _ = writeln!(
            s,
            "## Cold start on localhost, unthrottled: a 12-dimension profile\n\n\
             The same profile page and Chart.js radar with no throttling and no compression: this \
             hides what the network and a slow CPU cost, and is kept as a second row.\n\n\
             | | median rendered | median painted | every run (rendered) |\n|---|---|---|---|\n\
             | `<learner-profile>` (radar) | {} | {} | {} |\n\
             | Chart.js radar, animation off | {} | {} | {} |\n",
            ms(median(&ours)),
            ms(median(&ours_painted)),
            list(&ours),
            ms(median(&chart)),
            ms(median(&chart_painted)),
            list(&chart)
        );
        if let (Some(o), Some(c)) = (median(&ours), median(&chart)) {
            let _ = writeln!(
                s,
                "Ours over Chart.js: {:.2}× rendered, {} painted.\n",
                o / c,
                median(&ours_painted)
                    .zip(median(&chart_painted))
                    .map_or_else(|| String::from("n/a"), |(o, c)| format!("{:.2}×", o / c))
            );
        }

        // Class scale.
        let row = |name: &str, key: &str| {
            let dom = series(b, &[key], "dom");
            let frame = series(b, &[key], "frame");
            format!(
                "| {name} | {} | {} | {} |\n",
                ms(median(&dom)),
                ms(median(&frame)),
                list(&frame)
            )
        };
        let parse_row = |name: &str, key: &str| {
            let parse = series(b, &[key], "parse");
            format!("| {name} | | {} | {} |\n", ms(median(&parse)), list(&parse))
        };
        let _ = writeln!(
            s,
            "## Class scale\n\n\
             | first render | median to the DOM | median to the frame | every run (frame) |\n\
             |---|---|---|---|\n{}{}{}{}{}{}\n{}\n",
            row("150 profiles as small multiples", "profileClass"),
            row("heatmap, 150 × 60 × 20", "heatmap"),
            parse_row("JSON.parse of that class", "heatmap"),
            row("heatmap, 150 × 60 × 20, set as an object", "heatmapObject"),
            row("heatmap, 150 × 60 × 20, CPU 4× slower", "heatmapSlowCpu"),
            parse_row("JSON.parse of that class, CPU 4× slower", "heatmapSlowCpu"),
            heatmap_ratios(b),
        );
        let dom = series(b, &["heatmapUpdates"], "dom");
        let frame = series(b, &["heatmapUpdates"], "frame");
        let by_data_dom = series(b, &["heatmapUpdatesByData"], "dom");
        let by_data_frame = series(b, &["heatmapUpdatesByData"], "frame");
        let _ = writeln!(
            s,
            "| evidence updates on that heatmap | runs | median | p95 |\n|---|---|---|---|\n\
             | `addEvidence(evidence, learnerId)`, to the DOM | {} | {} | {} |\n\
             | `addEvidence(evidence, learnerId)`, to the frame | {} | {} | {} |\n\
             | for comparison, the class pushed to and `data` set again, to the DOM | {} | {} | {} |\n\
             | for comparison, the class pushed to and `data` set again, to the frame | {} | {} | {} |\n",
            dom.len(),
            ms(median(&dom)),
            ms(p95(&dom)),
            frame.len(),
            ms(median(&frame)),
            ms(p95(&frame)),
            by_data_dom.len(),
            ms(median(&by_data_dom)),
            ms(p95(&by_data_dom)),
            by_data_frame.len(),
            ms(median(&by_data_frame)),
            ms(p95(&by_data_frame)),
        );

        // Where the heatmap's time goes.
        let parts = |key: &str| {
            let items = b[key].as_array().cloned().unwrap_or_default();
            let pick = |f: &dyn Fn(&Value) -> Option<f64>| -> Vec<f64> {
                items.iter().filter_map(f).collect()
            };
            let set = pick(&|i| i["set"].as_f64());
            let render = pick(&|i| Some(i["dom"].as_f64()? - i["set"].as_f64()?));
            let paint = pick(&|i| Some(i["frame"].as_f64()? - i["dom"].as_f64()?));
            (median(&set), median(&render), median(&paint))
        };
        let (first_set, first_render, first_paint) = parts("heatmap");
        let (object_set, object_render, object_paint) = parts("heatmapObject");
        let (update_set, update_render, update_paint) = parts("heatmapUpdates");
        let stringify = median(&series(b, &["heatmapObject"], "stringify"));
        let _ = writeln!(
            s,
            "Where the heatmap's time goes (medians). Setting `data` returns once the wasm has read \
             the text with serde and checked every field (an object is first written as JSON text \
             by the element; `JSON.stringify` of it, measured apart, takes {}); Yew then renders in \
             a microtask (the rollup, `ClassGrid::of`, runs there, then the virtual DOM of the \
             heatmap and its two tables is built, compared and applied); then the browser styles, \
             lays out and paints.\n\n\
             | | setting `data` (or calling `addEvidence`) | rendering (to the DOM) | style, layout, paint (to the frame) |\n\
             |---|---|---|---|\n\
             | first render, from JSON text | {} | {} | {} |\n\
             | first render, from an object | {} | {} | {} |\n\
             | evidence update (`addEvidence`) | {} | {} | {} |\n\n\
             Natively (below), reading and checking the class's JSON takes {} (for comparison, \
             parsing the whole text into a `serde_json::Value`, which choosing the type once did, \
             takes {}). Serde's typed read of it, measured alone, takes {}, and the checks the rest \
             (the two are separate criterion runs, so on a busy machine the part can come out \
             larger than the whole); the rollup takes {}.\n",
            ms(stringify),
            ms(first_set),
            ms(first_render),
            ms(first_paint),
            ms(object_set),
            ms(object_render),
            ms(object_paint),
            ms(update_set),
            ms(update_render),
            ms(update_paint),
            ms(self.native_median("parse/class_from_json")),
            ms(self.native_median("parse/json_value")),
            ms(self.native_median("parse/serde_typed")),
            ms(self.native_median("rollup/class_grid")),
        );

        // Choice board.
        let dom = series(b, &["choicePicks"], "dom");
        let frame = series(b, &["choicePicks"], "frame");
        let _ = writeln!(
            s,
            "## Choice board, 10 × 10\n\n\
             | {} picks | median | p95 |\n|---|---|---|\n\
             | click to the board redrawn (DOM) | {} | {} |\n| click to the frame | {} | {} |\n",
            dom.len(),
            ms(median(&dom)),
            ms(p95(&dom)),
            ms(median(&frame)),
            ms(p95(&frame))
        );

        // Memory.
        let mem = |when: &str, path: &[&str]| {
            let mut at = &b["memory"][when];
            for key in path {
                at = &at[*key];
            }
            at.as_f64()
        };
        let _ = writeln!(
            s,
            "## Memory\n\n\
             | | JS heap used | JS heap total | wasm memory |\n|---|---|---|---|\n\
             | page with the module loaded, no widget | {} | {} | {} |\n\
             | after both class views (150 profiles; heatmap 150 × 60 × 20 after its 50 updates) | {} | {} | {} |\n\
             | then both elements removed from the page | {} | {} | {} |\n\n\
             The host's own reference to the class document is dropped before the second row; the \
             element still keeps the last object given to its `data` property (to show it again when \
             it is moved or re-added), so the host's 153,040 evidence objects stay in the JS heap as \
             long as the element does: the third row shows what goes when it does. The wasm memory \
             holds the parsed documents, the widgets' state and Yew's virtual DOM; linear memory \
             only grows, so once the elements are gone the loader gives the module a fresh \
             instance when the page is idle, and the old memory is collected (the third row).\n",
            mb(mem("before", &["heap", "used"])),
            mb(mem("before", &["heap", "total"])),
            mb(mem("before", &["wasm"])),
            mb(mem("after", &["heap", "used"])),
            mb(mem("after", &["heap", "total"])),
            mb(mem("after", &["wasm"])),
            mb(mem("removed", &["heap", "used"])),
            mb(mem("removed", &["heap", "total"])),
            mb(mem("removed", &["wasm"])),
        );

        s.push_str(&self.largest_section());

        // Size.
        let _ = writeln!(
            s,
            "## Size\n\n\
             Every file of `dist/`. The files marked ● are what pages download, each only what it \
             shows (the loader and a widget's module; another language's words only for a page in \
             it); the rest is the npm package's metadata, types and schemas.\n\n\
             | file | | raw | gzip -9 | brotli 11 |\n|---|---|---|---|---|"
        );
        for f in &self.files {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} | {} | {} |",
                f.name,
                if f.downloaded { "●" } else { "" },
                kb(f.raw),
                kb(f.gzip),
                kb(f.brotli)
            );
        }
        let total = |pick: &dyn Fn(&DistFile) -> u64, only_downloaded: bool| -> u64 {
            self.files
                .iter()
                .filter(|f| f.downloaded || !only_downloaded)
                .map(pick)
                .sum()
        };
        let _ = writeln!(
            s,
            "| all ● files | | {} | {} | {} |\n\
             | all of `dist/` | | {} | {} | {} |\n",
            kb(total(&|f| f.raw, true)),
            kb(total(&|f| f.gzip, true)),
            kb(total(&|f| f.brotli, true)),
            kb(total(&|f| f.raw, false)),
            kb(total(&|f| f.gzip, false)),
            kb(total(&|f| f.brotli, false)),
        );
        let module = |tag: &str, pick: &dyn Fn(&DistFile) -> u64| -> u64 {
            let (glue, wasm) = (format!("{tag}.js"), format!("{tag}_bg.wasm"));
            let loader = ["learner-widgets.js", "learner-xapi.js"];
            self.files
                .iter()
                .filter(|f| f.name == glue || f.name == wasm || loader.contains(&f.name.as_str()))
                .map(pick)
                .sum()
        };
        let _ = writeln!(
            s,
            "What a page with one widget in English downloads from `dist/` (the loader, the xAPI \
             helper, the widget's glue and wasm; `cargo xtask test` holds each to a budget):\n\n\
             | one-widget page | raw | gzip -9 | brotli 11 |\n|---|---|---|---|"
        );
        for tag in [
            "learner-profile",
            "learner-progress",
            "learner-choice-board",
        ] {
            let _ = writeln!(
                s,
                "| `<{tag}>` | {} | {} | {} |",
                kb(module(tag, &|f| f.raw)),
                kb(module(tag, &|f| f.gzip)),
                kb(module(tag, &|f| f.brotli)),
            );
        }
        s.push('\n');
        let _ = writeln!(
            s,
            "### Largest items in the wasm\n\n\
             `twiggy top -n 20 {WASM_WITH_NAMES}` (the wasm before wasm-bindgen and `wasm-opt -Oz`, \
             which still has its names; the shipped `learner-profile_bg.wasm` is smaller):\n"
        );
        match &self.twiggy {
            Ok(table) => {
                let _ = writeln!(s, "```\n{table}\n```\n");
            }
            Err(why) => {
                let _ = writeln!(s, "Not listed: {why}.\n");
            }
        }
        let _ = writeln!(
            s,
            "### What was done about them\n\n\
             From `docs/architecture.md`, \"Size\":\n\n{}\n",
            self.size_notes
        );

        // Native.
        let _ = writeln!(
            s,
            "## Native: mastery rollups, 150 × 60 × 20\n\n\
             | criterion bench | what | median |\n|---|---|---|"
        );
        for (id, what) in NATIVE_BENCHES {
            let _ = writeln!(s, "| `{id}` | {what} | {} |", ms(self.native_median(id)));
        }
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_p95_by_nearest_rank() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        let hundred: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(p95(&hundred), Some(95.0));
        let fifty: Vec<f64> = (1..=50).map(f64::from).collect();
        assert_eq!(p95(&fifty), Some(48.0));
        assert_eq!(p95(&[7.0]), Some(7.0));
        assert_eq!(p95(&[]), None);
    }

    #[test]
    fn the_cpu_is_read_from_proc_cpuinfo() {
        let info = "processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Processor\n\n\
                    processor\t: 1\nmodel name\t: Intel(R) Xeon(R) Processor\n";
        assert_eq!(
            cpu_of(info),
            (String::from("Intel(R) Xeon(R) Processor"), 2)
        );
    }

    #[test]
    fn the_size_notes_are_the_architecture_s_size_section() {
        let doc = "# A\n## Never panic\nx\n## Size\nEvery KB.\n- one\n\n## Tests\ny\n";
        assert_eq!(size_section(doc), "Every KB.\n- one");
        let real = std::fs::read_to_string(root().join("docs/architecture.md")).unwrap();
        assert!(size_section(&real).contains("twiggy"));
    }

    #[test]
    fn brotli_shrinks_repetitive_text() {
        let text = "learner ".repeat(1000);
        let br = brotli_len(text.as_bytes()).unwrap();
        assert!(br > 0 && br < 100, "{br}");
    }

    #[test]
    fn server_rounds_read_each_page_and_take_ratios_per_round() {
        let json = serde_json::json!({ "server": { "pages": { "profile": [
            {
                "client": { "painted": 2000.0, "interactive": 1990.0, "bytes": 300.0, "shifts": [] },
                "server": { "painted": 500.0, "interactive": 2200.0, "bytes": 320.0,
                            "shifts": [{ "value": 0.25, "at": 400.0 }, { "value": 0.5, "at": 600.0 }],
                            "unstyledPaint": true },
                "bare": { "painted": 480.0, "interactive": 1800.0, "bytes": 320.0, "resources": [
                    { "file": "learner-widgets.css", "start": 50.0, "end": 300.0 },
                    { "file": "learner-widgets.js", "start": 55.0, "end": 700.0 },
                    { "file": "learner-profile-hydrate_bg.wasm", "start": 60.0, "end": 1500.0 }
                ] },
                "chartjs": { "painted": 1000.0, "bytes": 75.0 }
            },
            { "client": { "painted": 1.0, "bytes": 1.0 } }
        ], "choice": [
            {
                "client": { "painted": 900.0, "interactive": 1000.0, "bytes": 1.0 },
                "server": { "painted": 300.0, "interactive": 900.0, "bytes": 1.0 }
            }
        ] } } });
        let profile = server_rounds(&json, "profile");
        // The second round lacks its server load: it is left out.
        assert_eq!(profile.len(), 1);
        let round = &profile[0];
        assert_eq!(round.server.shift, 0.75);
        // No shift is 0, written "0.000" (an empty sum of f64 would be -0.0).
        assert!(round.client.shift == 0.0 && round.client.shift.is_sign_positive());
        assert!(round.server.unstyled && !round.client.unstyled);
        assert_eq!(round.chart.as_ref().unwrap().interactive, None);
        let bare = round.bare.as_ref().unwrap();
        assert_eq!(bare.loader_end, Some(700.0));
        assert_eq!(bare.wasm, Some((60.0, 1500.0)));
        assert_eq!(round.server.wasm, None);
        assert_eq!(round.paint_ratio(Page::Server), Some(0.5));
        assert_eq!(round.paint_ratio(Page::Bare), Some(0.48));
        assert_eq!(round.interactive_ratio(Page::Server), Some(2200.0 / 1990.0));
        assert_eq!(round.interactive_ratio(Page::Chart), None);
        let choice = server_rounds(&json, "choice");
        assert_eq!(choice[0].paint_ratio(Page::Server), None);
        assert_eq!(choice[0].interactive_ratio(Page::Server), Some(0.9));
        assert_eq!(choice[0].interactive_ratio(Page::Bare), None);
        assert!(server_rounds(&json, "progress").is_empty());
    }

    #[test]
    fn the_heatmap_is_compared_with_json_parse_page_by_page() {
        let json = serde_json::json!({ "heatmap": [
            { "frame": 90.0, "parse": 30.0 },
            { "frame": 100.0, "parse": 50.0 },
            { "frame": 80.0 },
            { "frame": 120.0, "parse": 30.0 },
        ] });
        // 3×, 2× and 4×: the median of the pages' own ratios; a page without a parse is left out.
        assert_eq!(heatmap_over_parse(&json, "heatmap"), Some(3.0));
        assert_eq!(heatmap_over_parse(&json, "heatmapObject"), None);
        assert!(heatmap_ratios(&json).contains("from JSON text 3.00×, from an object n/a"));
    }

    #[test]
    fn series_reads_one_field_of_each_run() {
        let json =
            serde_json::json!({ "cold": { "ours": [{ "rendered": 1.5 }, { "rendered": 2.5 }] } });
        assert_eq!(series(&json, &["cold", "ours"], "rendered"), [1.5, 2.5]);
        assert!(series(&json, &["heatmap"], "dom").is_empty());
    }
}
