//! What the `claimdiff serve` tests share: a database of the bundled samples, a server started
//! on a free loopback port (stopped when dropped) and a small HTTP client over it.

#![allow(dead_code)] // each test crate uses part of it

pub mod webdriver;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;

pub const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

/// The samples, recorded as `samples/demo.sh` records them: (file, source, article, time).
const SAMPLES: &[(&str, &str, &str, &str)] = &[
    (
        "extradition/courier-v1.txt",
        "The Gulf Courier",
        "courier-sheinbaum-trump",
        "2025-12-04T08:00:00Z",
    ),
    (
        "extradition/wire.txt",
        "Northern Wire",
        "wire-sheinbaum-trump",
        "2025-12-04T11:00:00Z",
    ),
    (
        "extradition/courier-v2.txt",
        "The Gulf Courier",
        "courier-sheinbaum-trump",
        "2025-12-04T14:30:00Z",
    ),
    (
        "extradition/courier-v3.txt",
        "The Gulf Courier",
        "courier-sheinbaum-trump",
        "2025-12-05T09:15:00Z",
    ),
    (
        "aranceles/bajio-v1.txt",
        "Diario del Bajío",
        "bajio-aranceles",
        "2025-12-04T10:00:00Z",
    ),
    (
        "aranceles/bajio-v2.txt",
        "Diario del Bajío",
        "bajio-aranceles",
        "2025-12-05T07:45:00Z",
    ),
];

/// A fresh database path under the test temp dir.
pub fn fresh_db(name: &str) -> PathBuf {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("serve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join(format!("{name}.db"));
    let _ = std::fs::remove_file(&db);
    db
}

/// Runs `claimdiff ARGS` on `db` and returns its stdout; panics unless it succeeds.
pub fn cli(db: &Path, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env("CLAIMDIFF_DB", db)
        .env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "claimdiff {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The samples database, recorded once per test binary.
pub fn samples_db() -> &'static Path {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let db = fresh_db("samples");
        for (file, source, article, at) in SAMPLES {
            let file = format!("samples/{file}");
            cli(
                &db,
                &[
                    "record",
                    &file,
                    "--source",
                    source,
                    "--article",
                    article,
                    "--at",
                    at,
                ],
            );
        }
        db
    })
}

/// A running `claimdiff serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT` (no trailing slash).
    pub base: String,
}

impl Server {
    /// Serves `db` on a free loopback port with `extra` arguments.
    pub fn start(db: &Path, extra: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--bind", "127.0.0.1:0", "--db"])
            .arg(db)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) else {
            let mut err = String::new();
            let _ = child.stderr.take().unwrap().read_to_string(&mut err);
            panic!("serve printed no address: {line:?} {err}");
        };
        Server {
            child,
            base: url.trim_end_matches('/').to_string(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP answer.
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub csp: String,
    pub location: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

fn answer(mut res: ureq::http::Response<ureq::Body>) -> Answer {
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (content_type, csp, location) = (
        header("content-type"),
        header("content-security-policy"),
        header("location"),
    );
    Answer {
        status: res.status().as_u16(),
        content_type,
        csp,
        location,
        body: res.body_mut().read_to_string().unwrap(),
    }
}

/// GET `url`, with `Accept: application/json` when `json`.
pub fn get(url: &str, json: bool) -> Answer {
    let mut req = agent().get(url);
    if json {
        req = req.header("Accept", "application/json");
    }
    answer(req.call().unwrap())
}

/// POST `form` to `url` as a form, with extra headers.
pub fn post(url: &str, form: &[(&str, &str)], headers: &[(&str, &str)]) -> Answer {
    let mut req = agent().post(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    answer(req.send_form(form.iter().copied()).unwrap())
}
