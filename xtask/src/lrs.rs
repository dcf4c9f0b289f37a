//! A Learning Record Store for the xAPI example and its test: the demo server's `/lrs/` path
//! forwards to one, adding the credentials as a host's own back end would (the browser never sees
//! them), and `cargo xtask test` starts a real one (Ralph, from PyPI, with its file-system
//! backend) on a free loopback port. `cargo xtask demo` uses `LEARNER_LRS` (the base URL) and
//! `LEARNER_LRS_AUTH` (`user:pass`) when set; otherwise `/lrs/` answers 503.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use tiny_http::{Header, Method, Request, Response};

/// Where an LRS is and how to sign in to it.
#[derive(Clone, Debug)]
pub struct Lrs {
    pub url: String,
    pub auth: String,
}

impl Lrs {
    /// The LRS named by `LEARNER_LRS` and `LEARNER_LRS_AUTH`, if any.
    pub fn from_env() -> Option<Lrs> {
        Some(Lrs {
            url: std::env::var("LEARNER_LRS").ok()?,
            auth: std::env::var("LEARNER_LRS_AUTH").unwrap_or_default(),
        })
    }
}

/// Answers a request under `/lrs/` by forwarding it to the LRS.
pub fn forward(mut request: Request, rest: &str, lrs: Option<&Lrs>) {
    let Some(Lrs { url: base, auth }) = lrs else {
        let _ = request.respond(Response::from_string("no LRS configured").with_status_code(503));
        return;
    };
    let url = format!("{}/{rest}", base.trim_end_matches('/'));
    let basic = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(auth)
    );
    let call = match request.method() {
        Method::Get => ureq::get(&url),
        Method::Post => ureq::post(&url),
        _ => {
            let _ =
                request.respond(Response::from_string("GET or POST only").with_status_code(405));
            return;
        }
    }
    .set("Authorization", &basic)
    .set("X-Experience-API-Version", "1.0.3")
    .set("Content-Type", "application/json");
    let mut body = String::new();
    let _ = request.as_reader().read_to_string(&mut body);
    let result = if body.is_empty() {
        call.call()
    } else {
        call.send_string(&body)
    };
    let (status, text) = match result {
        Ok(response) => (
            response.status(),
            response.into_string().unwrap_or_default(),
        ),
        Err(ureq::Error::Status(code, response)) => {
            (code, response.into_string().unwrap_or_default())
        }
        Err(err) => (502, format!("the LRS could not be reached: {err}")),
    };
    let mut response = Response::from_string(text).with_status_code(status);
    if let Ok(header) = Header::from_bytes(&b"Content-Type"[..], &b"application/json"[..]) {
        response.add_header(header);
    }
    let _ = request.respond(response);
}

/// A running Ralph LRS; stopped when dropped.
pub struct Ralph {
    pub lrs: Lrs,
    child: Child,
}

impl Drop for Ralph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Installs Ralph in `target/ralph/venv` when missing, and starts it on a free loopback port.
pub fn start_ralph() -> Result<Ralph, String> {
    let home = crate::root().join("target/ralph");
    let venv = home.join("venv");
    let ralph: PathBuf = venv.join("bin/ralph");
    if !ralph.exists() {
        crate::run::status(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        crate::run::status(Command::new(venv.join("bin/pip")).args([
            "install",
            "--quiet",
            "ralph-malph[cli,lrs]==5.1.0",
            "requests",
        ]))?;
    }
    let data = home.join("statements");
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).map_err(|e| format!("cannot create {}: {e}", data.display()))?;
    let auth_file = home.join("auth.json");
    let _ = std::fs::remove_file(&auth_file);
    let env = [
        ("RALPH_APP_DIR", home.clone().into_os_string()),
        ("RALPH_AUTH_FILE", auth_file.into_os_string()),
        ("RALPH_RUNSERVER_BACKEND", "fs".into()),
        // tests/lrs/sitecustomize.py makes Ralph's file-system backend append (see there why).
        (
            "PYTHONPATH",
            crate::root().join("tests/lrs").into_os_string(),
        ),
    ];
    let password = format!("test-{}", std::process::id());
    crate::run::status(
        Command::new(&ralph)
            .args([
                "auth",
                "-u",
                "learner",
                "-p",
                &password,
                "-s",
                "all",
                "-M",
                "mailto:learner@example.org",
                "-w",
            ])
            .envs(env.clone()),
    )?;
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("no free port for the LRS: {e}"))?;
    // `ralph runserver` always starts uvicorn in reload mode, which watches its working directory:
    // given the checkout (target/ included) that scan eats the machine. Give it an empty one.
    let quiet = home.join("run");
    std::fs::create_dir_all(&quiet)
        .map_err(|e| format!("cannot create {}: {e}", quiet.display()))?;
    let child = Command::new(&ralph)
        .current_dir(&quiet)
        .args(["runserver", "-b", "fs", "--fs-default-directory-path"])
        .arg(&data)
        .args(["-h", "127.0.0.1", "-p", &port.to_string()])
        .envs(env)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start Ralph: {e}"))?;
    let running = Ralph {
        lrs: Lrs {
            url: format!("http://127.0.0.1:{port}"),
            auth: format!("learner:{password}"),
        },
        child,
    };
    // Ready when it answers at all (401 without credentials counts).
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        match ureq::get(&format!("{}/whoami", running.lrs.url)).call() {
            Ok(_) | Err(ureq::Error::Status(..)) => return Ok(running),
            Err(_) => std::thread::sleep(Duration::from_millis(250)),
        }
    }
    Err(String::from("Ralph did not start within 60 s"))
}
