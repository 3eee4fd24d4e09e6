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

// ---------------------------------------------------------------------------------------------
// tests

#[test]
fn fetch_records_the_article_body_and_the_page_metadata() {
    let server = Server::start(|_, _| Reply::html(fixture("harbour-v1.html")));
    let (_dir, db) = temp_db();
    let url = server.url("/business/port?utm_source=rss");
    let r = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(&format!(
            "{url}: recorded {PORT_KEY}@1 (The Harbour Ledger, "
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("first version: every claim is new"));
    assert_eq!(r.stderr, "");

    // A clear user agent, and gzip offered.
    let hit = &server.hits("/business/port")[0];
    let ua = &hit.headers["user-agent"];
    assert!(
        ua.starts_with("claimdiff/") && ua.contains("(+https://github.com/claimdiff)"),
        "{ua}"
    );
    assert!(hit.headers["accept-encoding"].contains("gzip"));

    // The article's metadata: source from og:site_name, key from the canonical URL, the
    // canonical URL and title stored, the version's time from JSON-LD dateModified.
    let log = json_of(&claimdiff(&db, &["log", "--format", "json"], &[]));
    let a = &log["articles"][0];
    assert_eq!(a["key"], PORT_KEY, "{log}");
    assert_eq!(a["source"], "The Harbour Ledger");
    assert_eq!(a["title"], "Port of Eastmere expansion to cost $2.4bn");
    assert_eq!(
        a["url"],
        "https://www.harbourledger.example/business/2025/mar/04/eastmere-port-expansion"
    );
    let versions = versions_of(&db, PORT_KEY);
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0]["published_at"], "2025-03-04T08:00:00Z");

    // The claims are the article's, and none comes from the page furniture.
    let claims = claims_of(&db, PORT_KEY);
    assert_claims_from_body(&claims, PORT_BODY_V1, PORT_FURNITURE);
    let s = surfaces(&claims);
    for want in [
        "$2.4 billion",
        "12",
        "about 900 metres",
        "more than 3,000",
        "$600 million",
        "19 hours",
        "40 hectares",
    ] {
        assert!(s.iter().any(|x| x == want), "no claim {want:?} in {s:?}");
    }
    let billion = claims
        .iter()
        .find(|c| c["surface"] == "$2.4 billion")
        .unwrap();
    assert_eq!(billion["value"].as_f64(), Some(2.4e9));
    assert_eq!(billion["unit"], "USD");
}

#[test]
fn a_changing_page_records_new_versions_and_only_body_changes() {
    // v1 on the first request, v2 afterwards (the sidebar, cookie box and counts change too).
    let server = Server::start(|_, n| {
        Reply::html(fixture(if n == 1 {
            "harbour-v1.html"
        } else {
            "harbour-v2.html"
        }))
    });
    let (_dir, db) = temp_db();
    let url = server.url("/business/port");
    let r1 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r1.code, 0, "{}", r1.stderr);
    let r2 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r2.code, 0, "{}", r2.stderr);
    assert!(
        r2.stdout.contains(&format!("recorded {PORT_KEY}@2")),
        "{}",
        r2.stdout
    );
    assert!(
        r2.stdout.contains(&format!("claims since {PORT_KEY}@1:")),
        "{}",
        r2.stdout
    );

    // The version's time is the page's modified time.
    let versions = versions_of(&db, PORT_KEY);
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1]["published_at"], "2025-03-04T13:30:00Z");

    // Exactly the two body edits changed; the furniture's new numbers are not claims.
    let d = json_of(&claimdiff(
        &db,
        &[
            "diff",
            &format!("{PORT_KEY}@1"),
            &format!("{PORT_KEY}@2"),
            "--format",
            "json",
        ],
        &[],
    ));
    let changes: Vec<&Value> = d["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] != "unchanged")
        .collect();
    let mut pairs: Vec<(String, String)> = changes
        .iter()
        .map(|c| {
            assert_eq!(c["status"], "changed", "{c}");
            (
                c["before"]["surface"].as_str().unwrap().into(),
                c["after"]["surface"].as_str().unwrap().into(),
            )
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![
            ("$2.4 billion".to_string(), "$2.7 billion".to_string()),
            ("more than 3,000".to_string(), "3,400".to_string())
        ]
    );
    let furniture: Vec<&str> = PORT_FURNITURE.to_vec();
    assert_claims_from_body(
        &claims_of(&db, &format!("{PORT_KEY}@2")),
        &PORT_BODY_V1
            .iter()
            .map(|p| {
                p.replace("$2.4 billion", "$2.7 billion")
                    .replace("more than 3,000", "3,400")
            })
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        &furniture,
    );

    // The same page again: identical text, nothing recorded.
    let r3 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r3.code, 0, "{}", r3.stderr);
    assert_eq!(
        r3.stdout,
        format!("{url}: unchanged since {PORT_KEY}@2: nothing recorded\n")
    );
    assert_eq!(versions_of(&db, PORT_KEY).len(), 2);
}

#[test]
fn etag_and_last_modified_make_conditional_requests() {
    let server = Server::start(|hit, _| {
        let page = Reply::html(fixture("harbour-v1.html"));
        match hit.path.as_str() {
            "/etag" => {
                if hit.headers.get("if-none-match").map(String::as_str) == Some("\"v1\"") {
                    Reply::status(304).header("ETag", "\"v1\"")
                } else {
                    page.header("ETag", "\"v1\"")
                }
            }
            _ => {
                let lm = "Tue, 04 Mar 2025 08:00:00 GMT";
                if hit.headers.get("if-modified-since").map(String::as_str) == Some(lm) {
                    Reply::status(304)
                } else {
                    Reply::html(fixture("plain-story.html")).header("Last-Modified", lm)
                }
            }
        }
    });
    let (dir, db) = temp_db();
    let etag_url = server.url("/etag");
    let lm_url = server.url("/lastmod");
    let r1 = claimdiff(&db, &["fetch", &etag_url, &lm_url, "--delay", "0s"], &[]);
    assert_eq!(r1.code, 0, "{}", r1.stderr);
    assert!(!server.hits("/etag")[0]
        .headers
        .contains_key("if-none-match"));

    // The validators sit in a sidecar next to the database; no temporary file is left.
    let cache_path = dir.path().join("news.db.http-cache.json");
    let cache: Value =
        serde_json::from_str(&std::fs::read_to_string(&cache_path).unwrap()).unwrap();
    assert_eq!(cache["urls"][&etag_url]["etag"], "\"v1\"", "{cache}");
    assert_eq!(
        cache["urls"][&lm_url]["last_modified"],
        "Tue, 04 Mar 2025 08:00:00 GMT"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");

    let r2 = claimdiff(&db, &["fetch", &etag_url, &lm_url, "--delay", "0s"], &[]);
    assert_eq!(r2.code, 0, "{}", r2.stderr);
    let second = &server.hits("/etag")[1];
    assert_eq!(second.headers["if-none-match"], "\"v1\"");
    assert_eq!(
        server.hits("/lastmod")[1].headers["if-modified-since"],
        "Tue, 04 Mar 2025 08:00:00 GMT"
    );
    assert_eq!(
        r2.stdout,
        format!(
            "{etag_url}: unchanged ({PORT_KEY}, 304 Not Modified): nothing recorded\n\
             {lm_url}: unchanged (127.0.0.1:{}/lastmod, 304 Not Modified): nothing recorded\n",
            server.base.rsplit(':').next().unwrap()
        )
    );
    assert_eq!(versions_of(&db, PORT_KEY).len(), 1);

    // A fresh database does not trust the old validators: the page is downloaded again.
    std::fs::remove_file(&db).unwrap();
    let r3 = claimdiff(&db, &["fetch", &etag_url, "--delay", "0s"], &[]);
    assert_eq!(r3.code, 0, "{}", r3.stderr);
    assert!(!server.hits("/etag")[2]
        .headers
        .contains_key("if-none-match"));
    assert!(r3.stdout.contains("recorded"), "{}", r3.stdout);
}

#[test]
fn redirects_are_followed_and_pages_without_metadata_use_the_url() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/go/ferry" => Reply::status(301).header("Location", "/island/ferry-cuts"),
        "/island/ferry-cuts" => Reply::html(fixture("plain-story.html")),
        _ => Reply::status(404),
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["fetch", &server.url("/go/ferry"), "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(server.hits("/island/ferry-cuts").len(), 1);
    // No og:site_name, no canonical: the source is the host, the key the final URL's.
    let port = server.base.rsplit(':').next().unwrap().to_string();
    let key = format!("127.0.0.1:{port}/island/ferry-cuts");
    assert!(
        r.stdout.contains(&format!("recorded {key}@1 (127.0.0.1, ")),
        "{}",
        r.stdout
    );
    let claims = claims_of(&db, &key);
    let body = [
        "The island's ferry operator cancelled 14 sailings on Monday after a delivery of marine diesel failed to arrive, leaving about 600 passengers stranded on the mainland.",
        "A spokesman for the operator said a tanker carrying 250 tonnes of fuel was expected on Wednesday and that a reduced timetable of four crossings a day would run until then.",
        "Local shops reported that deliveries of fresh food had been delayed by at least two days.",
    ];
    assert_claims_from_body(
        &claims,
        &body,
        &["£2", "31", "£3m", "212", "5,000", "01234", "8 Pier"],
    );
    let s = surfaces(&claims);
    for want in ["14", "about 600", "250 tonnes"] {
        assert!(s.iter().any(|x| x == want), "no claim {want:?} in {s:?}");
    }

    // --source and --article override what the page says.
    let r = claimdiff(
        &db,
        &[
            "fetch",
            &server.url("/island/ferry-cuts"),
            "--source",
            "Island Weekly",
            "--article",
            "ferry-cuts",
            "--delay",
            "0s",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("recorded ferry-cuts@1 (Island Weekly, "),
        "{}",
        r.stdout
    );
}

#[test]
fn latin1_declared_only_in_the_http_header_is_decoded() {
    let page = fixture("valdoria-latin1.html");
    assert!(
        !page.contains("charset"),
        "the page itself must not name its charset"
    );
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(!bad);
    let bytes = bytes.into_owned();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must need decoding"
    );
    let server = Server::start(move |_, _| {
        Reply::with_type(200, "text/html; charset=ISO-8859-1", bytes.clone())
    });
    let (_dir, db) = temp_db();
    let url = server.url("/ciudad/presupuesto-2026.html");
    let r = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let key = "diariodevaldoria.example/ciudad/2025/11/20/presupuesto-2026.html";
    assert!(
        r.stdout
            .contains(&format!("recorded {key}@1 (Diario de Valdoria, "))
            && r.stdout.contains("decoded from windows-1252"),
        "{}",
        r.stdout
    );
    let claims = claims_of(&db, key);
    let body = [
        "El pleno del Ayuntamiento de Valdoria aprobó este jueves un presupuesto de 450 millones de euros para 2026, un 8% más que el del año pasado, según la concejala de Hacienda.",
        "La partida de vivienda crecerá hasta los 62 millones de euros y la de transporte público alcanzará los 35 millones, detalló el equipo de gobierno.",
        "Unas 1.200 familias recibirán ayudas al alquiler, frente a las 900 de este año.",
        "La oposición votó en contra y criticó que el gasto en limpieza se quede en 18 millones, la misma cifra que en 2025.",
    ];
    assert_claims_from_body(
        &claims,
        &body,
        &[
            "38 terceros",
            "20.000",
            "30 carreteras",
            "24 horas",
            "4 jóvenes",
            "28001",
            "915",
        ],
    );
    let eur = claims
        .iter()
        .find(|c| c["surface"] == "450 millones de euros")
        .expect("450 millones de euros");
    assert_eq!(eur["value"].as_f64(), Some(450e6));
    assert_eq!(eur["unit"], "EUR");
    assert!(surfaces(&claims).iter().any(|s| s == "8%"));
}

/// A gzip stream of `data` in stored (uncompressed) deflate blocks.
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let chunks: Vec<&[u8]> = data.chunks(65_535).collect();
    for (i, c) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = c.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(c);
    }
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

#[test]
fn gzip_bodies_are_decoded() {
    let server = Server::start(|hit, _| {
        let html = fixture("harbour-v1.html");
        if hit
            .headers
            .get("accept-encoding")
            .is_some_and(|e| e.contains("gzip"))
        {
            Reply::html(gzip_stored(html.as_bytes())).header("Content-Encoding", "gzip")
        } else {
            Reply::html(html)
        }
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["fetch", &server.url("/business/port"), "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(&format!("recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
    assert_claims_from_body(&claims_of(&db, PORT_KEY), PORT_BODY_V1, PORT_FURNITURE);
}

#[test]
fn each_bad_url_gets_one_error_line_and_the_others_proceed() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/ok" => Reply::html(fixture("harbour-v1.html")),
        "/missing" => Reply::status(404),
        "/broken" => Reply::status(500),
        "/slow" => {
            let mut r = Reply::html(fixture("plain-story.html"));
            r.delay = Duration::from_secs(10);
            r
        }
        "/huge" => Reply::html(vec![b'x'; 300_000]),
        "/huge-chunked" => {
            let mut r = Reply::html(vec![b'x'; 300_000]);
            r.chunked = true;
            r
        }
        "/photo.png" => Reply::with_type(200, "image/png", vec![0x89, b'P', b'N', b'G', 0, 0]),
        "/section" => Reply::html(fixture("section-front.html")),
        _ => Reply::status(404),
    });
    let (_dir, db) = temp_db();
    let bad: Vec<(String, &str)> = vec![
        (server.url("/missing"), "HTTP 404 Not Found"),
        (server.url("/broken"), "HTTP 500 Internal Server Error"),
        (server.url("/slow"), "timed out after 400 ms"),
        (server.url("/huge"), "larger than the 97 KB limit"),
        (server.url("/huge-chunked"), "larger than the 97 KB limit"),
        (
            server.url("/photo.png"),
            "not an HTML page (Content-Type: image/png)",
        ),
        (server.url("/section"), "no article body found"),
        (
            "http://127.0.0.1:1/closed".to_string(),
            "connection refused",
        ),
        ("not-a-url".to_string(), "expected http:// or https://"),
    ];
    let ok = server.url("/ok");
    let mut args: Vec<&str> = vec!["fetch"];
    args.extend(bad.iter().map(|(u, _)| u.as_str()));
    args.push(&ok);
    args.extend(["--delay", "0s"]);
    let started = Instant::now();
    let r = claimdiff(
        &db,
        &args,
        &[
            ("CLAIMDIFF_HTTP_TIMEOUT_MS", "400"),
            ("CLAIMDIFF_HTTP_MAX_BYTES", "100000"),
        ],
    );
    // The slow page answers after 10 s: the 400 ms timeout must keep the run short.
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), bad.len() + 1, "{}", r.stderr);
    for ((url, reason), line) in bad.iter().zip(&lines) {
        let prefix = format!("claimdiff: error: {url}: ");
        assert!(
            line.starts_with(&prefix) && line.contains(reason),
            "want {prefix}…{reason}…, got {line}"
        );
    }
    assert_eq!(
        lines[bad.len()],
        format!(
            "claimdiff: error: {} of {} URLs failed",
            bad.len(),
            bad.len() + 1
        )
    );
    // The good URL was recorded, and only it.
    assert!(
        r.stdout
            .starts_with(&format!("{ok}: recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
    let log = json_of(&claimdiff(&db, &["log", "--format", "json"], &[]));
    assert_eq!(log["articles"].as_array().unwrap().len(), 1, "{log}");
}

#[test]
fn nothing_is_created_when_every_url_fails() {
    let server = Server::start(|_, _| Reply::status(404));
    let (dir, db) = temp_db();
    let r = claimdiff(&db, &["fetch", &server.url("/a"), "--delay", "0s"], &[]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "no database, no cache"
    );
}

#[test]
fn a_host_that_keeps_failing_is_skipped_and_json_output_stays_clean() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/ok" => Reply::html(fixture("harbour-v1.html")),
        _ => Reply::status(503),
    });
    let (_dir, db) = temp_db();
    let ok = server.url("/ok");
    let urls: Vec<String> = (1..=4).map(|i| server.url(&format!("/down{i}"))).collect();
    let mut args: Vec<&str> = vec!["fetch", &ok];
    args.extend(urls.iter().map(String::as_str));
    args.extend(["--delay", "0s", "--format", "json"]);
    let r = claimdiff(&db, &args, &[]);
    assert_eq!(r.code, 1);
    // Three failures in a row, then the host is left alone.
    assert_eq!(server.hits("/down4").len(), 0);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[3].contains("skipped: 127.0.0.1:") && lines[3].contains("failed 3 times in a row"),
        "{}",
        r.stderr
    );
    // JSON on stdout has the successes only; the errors stayed on stderr.
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["status"], "stored");
    assert_eq!(results[0]["url"], ok.as_str());
    assert_eq!(results[0]["article"], PORT_KEY);
    assert_eq!(results[0]["source"], "The Harbour Ledger");
    assert_eq!(results[0]["version"]["number"], 1);
}

#[test]
fn requests_to_one_host_are_spaced_by_the_delay() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/a" => Reply::html(fixture("harbour-v1.html")),
        _ => Reply::html(fixture("plain-story.html")),
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &[
            "fetch",
            &server.url("/a"),
            &server.url("/b"),
            "--delay",
            "300ms",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let gap = server.hits("/b")[0].at - server.hits("/a")[0].at;
    assert!(gap >= Duration::from_millis(290), "{gap:?}");
}

#[test]
fn bad_flags_fail_before_any_request() {
    let (dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["watch", "http://127.0.0.1:1/feed", "--every", "15x"],
        &[],
    );
    assert_eq!(r.code, 2, "a bad duration is a usage error");
    assert!(
        r.stderr
            .contains("invalid value '15x' for '--every <DURATION>': expected a duration like"),
        "{}",
        r.stderr
    );
    let r = claimdiff(
        &db,
        &[
            "fetch",
            "http://127.0.0.1:1/a",
            "http://127.0.0.1:1/b",
            "--article",
            "k",
        ],
        &[],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("--article"), "{}", r.stderr);
    let r = claimdiff(&db, &["fetch"], &[]);
    assert_eq!(r.code, 2);
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

fn feed_server() -> Server {
    Server::start(|hit, _| {
        let base = format!("http://{}", hit.headers["host"]);
        match hit.path.split('?').next().unwrap() {
            "/feeds/business.rss" => {
                let body = fixture("feed.rss").replace("{{BASE}}", &base);
                if hit.headers.get("if-none-match").map(String::as_str) == Some("\"rss-1\"") {
                    Reply::status(304)
                } else {
                    Reply::with_type(200, "application/rss+xml; charset=utf-8", body)
                        .header("ETag", "\"rss-1\"")
                }
            }
            "/feeds/ciudad.atom" => Reply::with_type(
                200,
                "application/atom+xml",
                fixture("feed.atom").replace("{{BASE}}", &base),
            ),
            "/feeds/broken.xml" => Reply::with_type(
                200,
                "application/rss+xml",
                "<rss><channel><item><title>oops</ti",
            ),
            "/business/port" => Reply::html(fixture("harbour-v1.html")),
            "/island/ferry-cuts" => Reply::html(fixture("plain-story.html")),
            "/ciudad/presupuesto-2026.html" => Reply::html(fixture("valdoria-latin1.html")),
            _ => Reply::status(404),
        }
    })
}

#[test]
fn watch_once_reads_rss_and_atom_and_records_every_linked_article() {
    let server = feed_server();
    let (_dir, db) = temp_db();
    let rss = server.url("/feeds/business.rss");
    let atom = server.url("/feeds/ciudad.atom");
    let r = claimdiff(&db, &["watch", &rss, &atom, "--once", "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(r.stderr, "");
    // Three distinct articles (the port story is in both feeds, once with tracking parameters).
    let port = server.base.rsplit(':').next().unwrap().to_string();
    for key in [
        PORT_KEY.to_string(),
        format!("127.0.0.1:{port}/island/ferry-cuts"),
        "diariodevaldoria.example/ciudad/2025/11/20/presupuesto-2026.html".to_string(),
    ] {
        assert!(
            r.stdout.contains(&format!("recorded {key}@1")),
            "{key}: {}",
            r.stdout
        );
    }
    assert!(
        r.stdout
            .lines()
            .last()
            .unwrap()
            .ends_with(": 2 feeds, 4 articles: 3 new versions, 1 unchanged, 0 failed"),
        "{}",
        r.stdout
    );
    // The relative Atom link was resolved against the feed; the enclosure was not fetched.
    assert_eq!(server.hits("/ciudad/presupuesto-2026.html").len(), 1);
    assert!(server.hits("/img/pleno.jpg").is_empty());

    // A second round: the RSS feed answers 304 and its cached links are fetched again.
    let r = claimdiff(
        &db,
        &[
            "watch", &rss, &atom, "--once", "--delay", "0s", "--format", "json",
        ],
        &[],
    );
    let v = json_of(&r);
    assert_eq!(
        server.hits("/feeds/business.rss")[1].headers["if-none-match"],
        "\"rss-1\""
    );
    assert_eq!(v["feeds"][0]["not_modified"], true, "{v}");
    assert_eq!(v["feeds"][0]["articles"], 2);
    assert_eq!(v["summary"]["new_versions"], 0);
    assert_eq!(v["summary"]["unchanged"], 4);
    assert_eq!(server.hits("/island/ferry-cuts").len(), 2);
    assert_eq!(versions_of(&db, PORT_KEY).len(), 1);
}

#[test]
fn watch_reports_a_malformed_feed_and_goes_on() {
    let server = feed_server();
    let (_dir, db) = temp_db();
    let broken = server.url("/feeds/broken.xml");
    let missing = server.url("/feeds/gone.rss");
    let rss = server.url("/feeds/business.rss");
    let r = claimdiff(
        &db,
        &["watch", &broken, &missing, &rss, "--once", "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!(
            "claimdiff: error: {broken}: not an RSS or Atom feed"
        )),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        format!("claimdiff: error: {missing}: HTTP 404 Not Found")
    );
    assert_eq!(lines[2], "claimdiff: error: 2 of 5 URLs failed");
    assert!(
        r.stdout.contains(&format!("recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
}

#[test]
fn watch_without_once_polls_again_after_the_interval() {
    // Runs the loop for a little over one interval and checks the feed was read twice.
    let server = feed_server();
    let (_dir, db) = temp_db();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args([
            "watch",
            &server.url("/feeds/ciudad.atom"),
            "--every",
            "400ms",
            "--delay",
            "0s",
            "--db",
        ])
        .arg(&db)
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.hits("/feeds/ciudad.atom").len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let hits = server.hits("/feeds/ciudad.atom");
    assert!(hits.len() >= 2, "{out}");
    let gap = hits[1].at - hits[0].at;
    assert!(gap >= Duration::from_millis(350), "{gap:?}");
    assert!(
        out.contains(": 1 feed, 2 articles: 2 new versions, 0 unchanged, 0 failed"),
        "{out}"
    );
}
