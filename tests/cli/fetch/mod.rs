//! `claimdiff fetch` and `claimdiff watch` against a local HTTP server (tiny_http on
//! 127.0.0.1, port 0) that each test starts and stops itself. No other address is touched.
//!
//! The pages are fixtures written for these tests (tests/fixtures/fetch/), shaped like real news
//! pages: navigation, a "Most read" sidebar full of numbers, newsletter, paywall and cookie boxes,
//! a footer with numbers, JSON-LD.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// fixtures

fn fixture(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fetch")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

const PORT_KEY: &str = "harbourledger.example/business/2025/mar/04/eastmere-port-expansion";

/// The article body of harbour-v1.html, paragraph by paragraph: every claim must come from here.
const PORT_BODY_V1: &[&str] = &[
    "The Port of Eastmere will spend $2.4 billion over the next seven years to double its container capacity, port officials said on Tuesday.",
    "The expansion will add 12 new berths and about 900 metres of quay, according to the port authority.",
    "Officials said more than 3,000 construction jobs would be created during the works, which still need approval from the regional planning board.",
    "Mara Quint, who leads the dockworkers' union, said the plan had been discussed for nearly a decade and that her members wanted guarantees on permanent jobs.",
    "The first phase, costing $600 million, is due to start in March next year. Ships calling at Eastmere have waited an average of 19 hours for a berth this winter, the port said.",
    "Environmental groups warned that dredging the approach channel could harm 40 hectares of salt marsh.",
];

/// Figures printed only in the page furniture of the harbour pages (both versions).
const PORT_FURNITURE: &[&str] = &[
    "143",
    "151",
    "40,000",
    "52,000",
    "3-1",
    "15%",
    "2026",
    "18,000",
    "9 cents",
    "6%",
    "250,000",
    "6am",
    "$1",
    "5 articles",
    "6 months",
    "87",
    "112",
    "1.2 million",
    "48 hours",
    "0800",
    "04512873",
    "120 Quay",
    "Top 10",
    "24/7",
    "14 vacancies",
    "7°C",
    "9°C",
    "2032",
];

// ---------------------------------------------------------------------------------------------
// the local server

#[derive(Clone, Debug)]
struct Hit {
    path: String,
    headers: HashMap<String, String>,
    at: Instant,
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Wait this long before answering (the slow page).
    delay: Duration,
    /// Send the body without a Content-Length (chunked).
    chunked: bool,
}

impl Reply {
    fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::with_type(200, "text/html; charset=utf-8", body)
    }
    fn with_type(status: u16, ct: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), ct.into())],
            body: body.into(),
            delay: Duration::ZERO,
            chunked: false,
        }
    }
    fn status(status: u16) -> Reply {
        Reply::with_type(
            status,
            "text/html",
            format!("<html><body><h1>Error {status}</h1></body></html>"),
        )
    }
    fn header(mut self, k: &str, v: &str) -> Reply {
        self.headers.push((k.into(), v.into()));
        self
    }
}

type Handler = dyn Fn(&Hit, usize) -> Reply + Send + Sync;

/// A tiny_http server on 127.0.0.1:0, answering with `handler(hit, nth request to that path)`.
/// Stopped (and its threads joined) when dropped; it also stops by itself after 60 s.
struct Server {
    base: String,
    stop: Arc<AtomicBool>,
    hits: Arc<Mutex<Vec<Hit>>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start(handler: impl Fn(&Hit, usize) -> Reply + Send + Sync + 'static) -> Server {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = server.server_addr().to_ip().expect("an IP address");
        assert!(addr.ip().is_loopback());
        let base = format!("http://127.0.0.1:{}", addr.port());
        let stop = Arc::new(AtomicBool::new(false));
        let hits: Arc<Mutex<Vec<Hit>>> = Arc::default();
        let handler: Arc<Handler> = Arc::new(handler);
        let thread = {
            let stop = stop.clone();
            let hits = hits.clone();
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(60);
                let mut workers: Vec<JoinHandle<()>> = Vec::new();
                let mut counts: HashMap<String, usize> = HashMap::new();
                while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
                    let Ok(Some(req)) = server.recv_timeout(Duration::from_millis(20)) else {
                        continue;
                    };
                    let hit = Hit {
                        path: req.url().to_string(),
                        headers: req
                            .headers()
                            .iter()
                            .map(|h| {
                                (
                                    h.field.as_str().as_str().to_ascii_lowercase(),
                                    h.value.to_string(),
                                )
                            })
                            .collect(),
                        at: Instant::now(),
                    };
                    let path_only = hit.path.split('?').next().unwrap_or("").to_string();
                    let n = {
                        let c = counts.entry(path_only).or_insert(0);
                        *c += 1;
                        *c
                    };
                    hits.lock().unwrap().push(hit.clone());
                    let reply = handler(&hit, n);
                    let stop = stop.clone();
                    workers.push(std::thread::spawn(move || {
                        let until = Instant::now() + reply.delay;
                        while Instant::now() < until && !stop.load(Ordering::SeqCst) {
                            std::thread::sleep(Duration::from_millis(10));
                        }
                        let headers: Vec<tiny_http::Header> = reply
                            .headers
                            .iter()
                            .map(|(k, v)| {
                                tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap()
                            })
                            .collect();
                        let len = (!reply.chunked).then_some(reply.body.len());
                        let resp = tiny_http::Response::new(
                            tiny_http::StatusCode(reply.status),
                            headers,
                            std::io::Cursor::new(reply.body),
                            len,
                            None,
                        );
                        let _ = req.respond(resp);
                    }));
                }
                stop.store(true, Ordering::SeqCst);
                for w in workers {
                    let _ = w.join();
                }
            })
        };
        Server {
            base,
            stop,
            hits,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn hits(&self, path: &str) -> Vec<Hit> {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|h| h.path.split('?').next() == Some(path))
            .cloned()
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// running the binary

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn claimdiff(db: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_claimdiff"));
    cmd.args(args).arg("--db").arg(db);
    for var in [
        "CLAIMDIFF_DB",
        "CLAIMDIFF_HTTP_TIMEOUT_MS",
        "CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS",
        "CLAIMDIFF_HTTP_MAX_BYTES",
        "HTTP_PROXY",
        "http_proxy",
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(var);
    }
    // The fixtures' canonical URLs name their outlets' hosts, not the test server's.
    cmd.env("NO_COLOR", "1")
        .env("CLAIMDIFF_HTTP_TIMEOUT_MS", "3000")
        .env(
            "CLAIMDIFF_TRUSTED_HOSTS",
            "harbourledger.example,diariodevaldoria.example",
        );
    for (k, v) in env {
        cmd.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("run claimdiff");
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

fn json_of(r: &Run) -> Value {
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

fn claims_of(db: &Path, version: &str) -> Vec<Value> {
    let v = json_of(&claimdiff(
        db,
        &["claims", version, "--format", "json"],
        &[],
    ));
    v["claims"].as_array().cloned().unwrap_or_default()
}

fn versions_of(db: &Path, article: &str) -> Vec<Value> {
    let v = json_of(&claimdiff(db, &["log", article, "--format", "json"], &[]));
    v["versions"].as_array().cloned().unwrap_or_default()
}

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("news.db");
    (dir, db)
}

/// Every claim's sentence lies in the article body, and no furniture figure became a claim.
fn assert_claims_from_body(claims: &[Value], body: &[&str], furniture: &[&str]) {
    assert!(!claims.is_empty());
    for c in claims {
        let sentence = c["sentence"].as_str().unwrap();
        assert!(
            body.iter().any(|p| p.contains(sentence.trim())),
            "claim {} comes from outside the article body: {sentence:?}",
            c["surface"]
        );
        for f in furniture {
            assert!(
                !sentence.contains(f),
                "furniture figure {f:?} in claim sentence {sentence:?}"
            );
        }
    }
}

fn surfaces(claims: &[Value]) -> Vec<String> {
    claims
        .iter()
        .map(|c| c["surface"].as_str().unwrap().to_string())
        .collect()
}

mod failures;
mod pages;
mod watch;
