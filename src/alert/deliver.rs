//! Delivery of one JSON payload to one target: an HTTP POST to a URL, or a shell command that
//! reads it on stdin. Each attempt is bounded in time; a failed attempt is retried after an
//! exponentially growing delay, up to a number of attempts.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Where alerts go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyTarget {
    /// POST the JSON to this http(s) URL; any 2xx answer is a delivery.
    Url(String),
    /// Run this with `sh -c`, the JSON on its stdin; exit status 0 is a delivery.
    Command(String),
}

impl NotifyTarget {
    /// The target for `--notify-url`: refused unless it is an http:// or https:// URL.
    pub fn url(url: &str) -> Result<NotifyTarget, String> {
        match crate::url::host_of(url) {
            Some(_) => Ok(NotifyTarget::Url(url.to_string())),
            None => Err(format!("{url:?} is not an http:// or https:// URL")),
        }
    }

    /// The name the delivery ledger knows the target by.
    pub fn ledger_name(&self) -> String {
        match self {
            NotifyTarget::Url(u) => format!("url:{u}"),
            NotifyTarget::Command(c) => format!("cmd:{c}"),
        }
    }
}

/// How hard to try.
#[derive(Debug, Clone, Copy)]
pub struct Delivery {
    /// Attempts per payload and run (at least 1).
    pub attempts: u32,
    /// The longest one attempt may take.
    pub timeout: Duration,
    /// The wait after the first failed attempt; doubled after each further one.
    pub backoff: Duration,
}

impl Default for Delivery {
    fn default() -> Delivery {
        Delivery {
            attempts: 4,
            timeout: Duration::from_secs(10),
            backoff: Duration::from_secs(1),
        }
    }
}

/// Delivers `json` to `target`, retrying with backoff; the last attempt's error when every
/// attempt failed, with how many were made.
pub fn deliver(target: &NotifyTarget, json: &str, d: &Delivery) -> Result<(), String> {
    let attempts = d.attempts.max(1);
    let mut wait = d.backoff;
    let mut last = String::new();
    for attempt in 1..=attempts {
        match attempt_once(target, json, d.timeout) {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
        if attempt < attempts {
            std::thread::sleep(wait);
            wait = wait.saturating_mul(2);
        }
    }
    Err(format!(
        "{last} ({attempts} attempt{})",
        if attempts == 1 { "" } else { "s" }
    ))
}

fn attempt_once(target: &NotifyTarget, json: &str, timeout: Duration) -> Result<(), String> {
    match target {
        NotifyTarget::Url(url) => post(url, json, timeout),
        NotifyTarget::Command(cmd) => run_command(cmd, json, timeout),
    }
}

fn post(url: &str, json: &str, timeout: Duration) -> Result<(), String> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(timeout))
        .max_redirects(0)
        .build()
        .into();
    let resp = agent
        .post(url)
        .header("Content-Type", "application/json")
        .send(json)
        .map_err(|e| match e {
            ureq::Error::Timeout(_) => format!("no answer within {} ms", timeout.as_millis()),
            e => e.to_string(),
        })?;
    let status = resp.status();
    if status.is_success() {
        Ok(())
    } else {
        Err(format!("HTTP {}", status.as_u16()))
    }
}

fn run_command(cmd: &str, json: &str, timeout: Duration) -> Result<(), String> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run the command: {e}"))?;
    if let Some(mut stdin) = child.stdin.take() {
        // A command that exits without reading its input is judged by its exit status.
        let _ = stdin.write_all(json.as_bytes());
    }
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => return Err(format!("the command failed ({status})")),
            Ok(None) if started.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "the command did not finish within {} ms",
                    timeout.as_millis()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("cannot wait for the command: {e}")),
        }
    }
}
