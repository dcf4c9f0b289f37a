//! Running commands: echoed first, output streamed to the terminal and kept for reading counts.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;

/// Runs a command to completion with its output on the terminal. Err names it when it fails.
pub fn status(cmd: &mut Command) -> Result<(), String> {
    echo(cmd);
    let status = cmd
        .status()
        .map_err(|e| format!("could not start {}: {e}", program(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", program(cmd)))
    }
}

/// Runs a command, streaming its output, and returns whether it succeeded and everything it printed.
pub fn tee(cmd: &mut Command) -> Result<(bool, String), String> {
    echo(cmd);
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", program(cmd)))?;
    let stderr = child.stderr.take();
    let err_thread = thread::spawn(move || {
        let mut kept = String::new();
        if let Some(stderr) = stderr {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("{line}");
                kept.push_str(&line);
                kept.push('\n');
            }
        }
        kept
    });
    let mut kept = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            kept.push_str(&line);
            kept.push('\n');
        }
    }
    let status = child
        .wait()
        .map_err(|e| format!("{} did not finish: {e}", program(cmd)))?;
    kept.push_str(&err_thread.join().unwrap_or_default());
    let _ = std::io::stdout().flush();
    Ok((status.success(), kept))
}

/// What a command prints, or None when it cannot run or fails: for asking tools their version.
pub fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn in_dir(program: &str, dir: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.current_dir(dir);
    cmd
}

fn program(cmd: &Command) -> String {
    cmd.get_program().to_string_lossy().into_owned()
}

fn echo(cmd: &Command) {
    let args: Vec<String> = cmd
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    println!("\n$ {} {}", program(cmd), args.join(" "));
}
