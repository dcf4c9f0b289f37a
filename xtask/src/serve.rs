//! A static file server for the gallery (`www/`), the examples (`examples/`) and the built package
//! (`dist/`). Every page is served under the strict Content-Security-Policy, with Trusted Types
//! required, that the widgets promise to run under. The server `cargo xtask bench` starts also
//! serves the benchmark pages (`tests/bench/pages/` at `/bench/`) and the Chart.js they compare
//! with, from `tests/node_modules`; no other server does.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use tiny_http::{Header, Request, Response, Server};

use crate::{lrs, root};

/// The policy a strict host page sets; the widgets must render with no violation under it.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/// The iframe examples frame `embed.html` from the other loopback name, to show a cross-origin
/// embed; only they may.
const FRAMING_POLICY: &str = "; frame-src 'self' http://localhost:* http://127.0.0.1:*";

/// A running server; it stops when dropped.
pub struct Running {
    pub url: String,
    server: Arc<Server>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts serving in a background thread. Port 0 picks a free port. `/lrs/` forwards to `lrs`.
pub fn start(port: u16, lrs: Option<lrs::Lrs>) -> Result<Running, String> {
    start_with(port, lrs, false)
}

/// The same, plus the benchmark pages at `/bench/` (for `cargo xtask bench`).
pub fn start_bench(port: u16) -> Result<Running, String> {
    start_with(port, None, true)
}

fn start_with(port: u16, lrs: Option<lrs::Lrs>, bench: bool) -> Result<Running, String> {
    let server = Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| String::from("the server has no IP address"))?;
    let server = Arc::new(server);
    let serving = Arc::clone(&server);
    let root = Arc::new(root());
    let lrs = Arc::new(lrs);
    let thread = std::thread::spawn(move || {
        // One thread a request: a slow client (or a slow LRS) never holds up the others.
        for request in serving.incoming_requests() {
            let (root, lrs) = (Arc::clone(&root), Arc::clone(&lrs));
            std::thread::spawn(move || respond(&root, request, lrs.as_ref().as_ref(), bench));
        }
    });
    Ok(Running {
        url: format!("http://{addr}"),
        server,
        thread: Some(thread),
    })
}

/// Serves until the process is stopped; `bench` adds the benchmark pages.
pub fn serve_forever(port: u16, bench: bool) -> Result<(), String> {
    let running = start_with(port, lrs::Lrs::from_env(), bench)?;
    println!(
        "\nServing the learner widgets gallery at {}/  (Ctrl+C to stop)",
        running.url
    );
    println!("  examples: {}/examples/", running.url);
    if bench {
        println!("  benchmark pages: {}/bench/", running.url);
    }
    // The server thread does the work while `running` stays alive.
    loop {
        std::thread::park();
    }
}

fn respond(root: &Path, request: Request, lrs: Option<&lrs::Lrs>, bench: bool) {
    let url = request
        .url()
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .to_string();
    if let Some(rest) = url.strip_prefix("/lrs/") {
        return lrs::forward(request, rest, lrs);
    }
    let policy = if url.starts_with("/examples/iframe") {
        format!("{CONTENT_SECURITY_POLICY}{FRAMING_POLICY}")
    } else {
        CONTENT_SECURITY_POLICY.to_string()
    };
    // The bench serves gzip, as a CDN or an LMS does, so what a page downloads is what a student's
    // device would; the tests read the files as they are.
    let gzip = bench
        && request
            .headers()
            .iter()
            .any(|h| h.field.equiv("Accept-Encoding") && h.value.as_str().contains("gzip"));
    let response = match resolve(root, &url, bench) {
        Some(path) => match read_page(root, &path, &request) {
            Ok(bytes) => {
                let mut headers = vec![
                    ("Content-Type", content_type(&path)),
                    ("Content-Security-Policy", policy.as_str()),
                    ("Cache-Control", "no-store"),
                    ("X-Content-Type-Options", "nosniff"),
                ];
                let body = match gzip.then(|| gzipped(&path, &bytes)).flatten() {
                    Some(compressed) => {
                        headers.push(("Content-Encoding", "gzip"));
                        headers.push(("Vary", "Accept-Encoding"));
                        compressed
                    }
                    None => bytes,
                };
                with_headers(Response::from_data(body), &headers)
            }
            Err(PageError::Missing) => not_found(),
            Err(PageError::NotDrawn(problem)) => with_headers(
                Response::from_string(problem),
                &[("Content-Type", "text/plain; charset=utf-8")],
            )
            .with_status_code(500),
        },
        None => not_found(),
    };
    let _ = request.respond(response);
}

enum PageError {
    Missing,
    /// A page drawn on the server (server_pages.rs) whose widget could not be drawn.
    NotDrawn(String),
}

/// The file at `path`; an HTML page with `learner-render` marks is drawn first, as a server-side
/// host would (`examples/server-rendered.html`), told the browser's `User-Agent`.
fn read_page(root: &Path, path: &Path, request: &Request) -> Result<Vec<u8>, PageError> {
    let bytes = std::fs::read(path).map_err(|_| PageError::Missing)?;
    if path.extension().is_some_and(|e| e == "html")
        && let Ok(html) = std::str::from_utf8(&bytes)
        && crate::server_pages::has_marks(html)
    {
        let user_agent = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("User-Agent"))
            .map(|h| h.value.as_str().to_string());
        return crate::server_pages::draw(root, html, user_agent.as_deref())
            .map(String::into_bytes)
            .map_err(PageError::NotDrawn);
    }
    Ok(bytes)
}

/// The file at `path` (whose content is `bytes`) gzip -9, or None if compression failed (then it
/// is served as it is). Compressed once per version of the file, as a CDN keeps it: compressing
/// the wasm on every request would add the server's time to every cold start measured.
fn gzipped(path: &Path, bytes: &[u8]) -> Option<Vec<u8>> {
    use std::collections::HashMap;
    use std::io::Write;
    use std::sync::{Mutex, OnceLock};
    use std::time::SystemTime;
    type Cache = Mutex<HashMap<PathBuf, (Option<SystemTime>, usize, Vec<u8>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Cache::default);
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    if let Ok(cached) = cache.lock()
        && let Some((when, len, body)) = cached.get(path)
        && *when == modified
        && *len == bytes.len()
    {
        return Some(body.clone());
    }
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).ok()?;
    let body = encoder.finish().ok()?;
    if let Ok(mut cached) = cache.lock() {
        cached.insert(path.to_path_buf(), (modified, bytes.len(), body.clone()));
    }
    Some(body)
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    with_headers(
        Response::from_string("not found"),
        &[("Content-Type", "text/plain; charset=utf-8")],
    )
    .with_status_code(404)
}

/// Maps a URL path to a file: `/dist/...`, `/examples/...`, anything else from `www/`; with
/// `bench`, `/bench/...` too. Folders serve their `index.html`. Paths that climb out (`..`) are
/// refused.
fn resolve(root: &Path, url: &str, bench: bool) -> Option<PathBuf> {
    let relative = Path::new(url.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut parts = relative.components();
    let base = match parts.next().and_then(|c| c.as_os_str().to_str()) {
        Some("dist") => root.join("dist").join(parts.as_path()),
        Some("examples") => root.join("examples").join(parts.as_path()),
        Some("guide") => crate::guide::folder().join(parts.as_path()),
        Some("bench") if bench => match parts.as_path().to_str() {
            // Chart.js's UMD build (one file, it sets the global `Chart`), for the cold-start peer.
            Some("chart.umd.js") => root.join("tests/node_modules/chart.js/dist/chart.umd.js"),
            _ => root.join("tests/bench/pages").join(parts.as_path()),
        },
        _ => root.join("www").join(relative),
    };
    let path = if base.is_dir() {
        base.join("index.html")
    } else {
        base
    };
    path.is_file().then_some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn with_headers<R: std::io::Read>(
    mut response: Response<R>,
    headers: &[(&str, &str)],
) -> Response<R> {
    for (name, value) in headers {
        if let Ok(header) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(header);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_their_folders_and_never_climb_out() {
        let root = crate::root();
        assert_eq!(
            resolve(&root, "/", false),
            Some(root.join("www/index.html"))
        );
        assert_eq!(resolve(&root, "/../Cargo.toml", false), None);
        assert_eq!(resolve(&root, "/samples/../../Cargo.toml", false), None);
        assert_eq!(resolve(&root, "/no-such-file", false), None);
        assert_eq!(resolve(&root, "/bench/../../Cargo.toml", true), None);
    }

    /// Chromium opens several keep-alive connections at once to load a page; each must be
    /// answered, not queued behind the others (tiny_http's task-pool race, patched in
    /// xtask/vendor/tiny_http: see PATCH.md, which says how often this failed without it).
    #[test]
    fn connections_opened_together_are_each_answered() {
        use std::io::{Read, Write};
        use std::net::TcpStream;
        use std::sync::Barrier;
        use std::time::Duration;

        const CONNECTIONS: usize = 16;
        let server = start_with(0, None, false).unwrap();
        let address = server.url.trim_start_matches("http://").to_string();
        for round in 0..8 {
            let barrier = Arc::new(Barrier::new(CONNECTIONS));
            let clients: Vec<_> = (0..CONNECTIONS)
                .map(|_| {
                    let (barrier, address) = (Arc::clone(&barrier), address.clone());
                    std::thread::spawn(move || {
                        barrier.wait();
                        let mut stream = TcpStream::connect(&address).unwrap();
                        stream
                            .set_read_timeout(Some(Duration::from_secs(10)))
                            .unwrap();
                        stream
                            .write_all(b"GET /no-such-file HTTP/1.1\r\nHost: test\r\n\r\n")
                            .unwrap();
                        let mut head = [0u8; 12];
                        let answered = stream.read_exact(&mut head).is_ok();
                        // Held open, as a browser keeps it, until every client has its answer.
                        (answered, stream)
                    })
                })
                .collect();
            let results: Vec<_> = clients.into_iter().map(|c| c.join().unwrap()).collect();
            let unanswered = results.iter().filter(|(answered, _)| !answered).count();
            assert_eq!(
                unanswered, 0,
                "round {round}: {unanswered} of {CONNECTIONS} unanswered"
            );
        }
    }

    #[test]
    fn only_the_bench_server_serves_the_bench_pages() {
        let root = crate::root();
        let page = root.join("tests/bench/pages/widgets.html");
        assert_eq!(resolve(&root, "/bench/widgets.html", true), Some(page));
        assert_eq!(resolve(&root, "/bench/widgets.html", false), None);
    }
}
