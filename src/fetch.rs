//! Fetch: downloads article pages over HTTP(S) and records them exactly as `record` does.
//!
//! - One blocking HTTP client ([`Http`], ureq) with a clear user agent, redirects, a connect and an
//!   overall timeout, a size cap and gzip. `CLAIMDIFF_HTTP_TIMEOUT_MS`,
//!   `CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS` and `CLAIMDIFF_HTTP_MAX_BYTES` override the defaults.
//! - Conditional requests: each URL's ETag and Last-Modified are kept in a JSON sidecar next to the
//!   database (`DB.http-cache.json`, [`HttpCache`]), written atomically after the version is stored.
//!   A 304 answer records nothing; so does a page whose extracted text has not changed.
//! - Politeness: a minimum delay between two requests to one host, longer after failures
//!   (exponential backoff, `Retry-After` honoured), and a host that fails three times in a row is
//!   skipped for the rest of the run.
//! - Every URL is its own unit: a failure prints one line on stderr
//!   (`claimdiff: error: URL: reason`) and the others proceed; the command fails at the end.
//!
//! [`Session`] holds all of that and is shared by `fetch` and `watch`.

use std::collections::{BTreeMap, HashMap};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::app::{self, Global, RecordArgs, RecordOutcome};
use crate::extract::Extractor;
use crate::ingest::{self, Format as DocFormat, IngestOptions};
use crate::render::{self, Format};
use crate::store::{Recorded, SqliteStore, Store, VersionRef, Which};

/// The User-Agent every request sends.
pub const USER_AGENT: &str = concat!(
    "claimdiff/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/claimdiff)"
);

const ACCEPT_HTML: &str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
const ACCEPT_FEED: &str = "application/rss+xml,application/atom+xml,application/feed+json,\
    application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

/// A host that failed this many times in a row is skipped for the rest of the run (or round).
const MAX_HOST_FAILURES: u32 = 3;
/// The longest wait imposed on a host after failures or by its `Retry-After`.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

// ---------------------------------------------------------------------------------------------
// configuration

/// Limits of the HTTP client.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// Time allowed to resolve the host and open the connection.
    pub connect_timeout: Duration,
    /// Time allowed for the whole exchange, redirects and body included.
    pub timeout: Duration,
    /// Largest body accepted (after gzip decoding).
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 10,
        }
    }
}

impl HttpConfig {
    /// The defaults, overridden by `CLAIMDIFF_HTTP_TIMEOUT_MS`, `CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS`
    /// and `CLAIMDIFF_HTTP_MAX_BYTES`.
    pub fn from_env() -> Result<HttpConfig> {
        fn num(var: &str) -> Result<Option<u64>> {
            match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => v
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Some)
                    .ok_or_else(|| anyhow!("bad {var} value {v:?}: expected a positive integer")),
                _ => Ok(None),
            }
        }
        let mut c = HttpConfig::default();
        if let Some(ms) = num("CLAIMDIFF_HTTP_TIMEOUT_MS")? {
            c.timeout = Duration::from_millis(ms);
        }
        if let Some(ms) = num("CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS")? {
            c.connect_timeout = Duration::from_millis(ms);
        }
        c.connect_timeout = c.connect_timeout.min(c.timeout);
        if let Some(n) = num("CLAIMDIFF_HTTP_MAX_BYTES")? {
            c.max_bytes = n;
        }
        Ok(c)
    }
}

/// Parses a duration: `30s`, `15m`, `1h`, `1h30m`, `500ms`, `2d`; a bare number is seconds.
pub fn parse_duration(s: &str, flag: &str) -> Result<Duration> {
    let bad = || anyhow!("bad {flag} value {s:?}: expected a duration like 30s, 15m or 1h");
    let t = s.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Err(bad());
    }
    if let Ok(n) = t.parse::<f64>() {
        return (n.is_finite() && n >= 0.0)
            .then(|| Duration::from_secs_f64(n))
            .ok_or_else(bad);
    }
    let mut total = 0f64;
    let mut rest = t.as_str();
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .ok_or_else(bad)?;
        if num_end == 0 {
            return Err(bad());
        }
        let n: f64 = rest[..num_end].parse().map_err(|_| bad())?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let secs = match &rest[..unit_end] {
            "ms" => 0.001,
            "s" | "sec" | "secs" => 1.0,
            "m" | "min" | "mins" => 60.0,
            "h" | "hr" | "hrs" => 3600.0,
            "d" => 86400.0,
            _ => return Err(bad()),
        };
        total += n * secs;
        rest = &rest[unit_end..];
    }
    Ok(Duration::from_secs_f64(total))
}

// ---------------------------------------------------------------------------------------------
// HTTP

/// Validators of a cached response, sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful (2xx) response.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL after redirects.
    pub final_url: String,
    pub mime_type: Option<String>,
    pub charset: Option<String>,
    pub body: Vec<u8>,
    pub validators: Validators,
}

/// What a GET gave.
#[derive(Debug)]
pub enum Response {
    /// 304: the cached version is current.
    NotModified,
    Ok(Page),
}

/// Why a request failed, and whether it says something about the host's health (timeouts,
/// refused connections, 5xx, 429) rather than about the one URL (404, a non-HTML page).
#[derive(Debug)]
pub struct FetchError {
    pub reason: String,
    pub transient: bool,
    pub retry_after: Option<Duration>,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for FetchError {}

fn fail(reason: impl Into<String>, transient: bool) -> anyhow::Error {
    anyhow::Error::new(FetchError {
        reason: reason.into(),
        transient,
        retry_after: None,
    })
}

/// The blocking HTTP client.
pub struct Http {
    agent: ureq::Agent,
    pub config: HttpConfig,
}

fn human_bytes(n: u64) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MB", n / (1024 * 1024))
    } else if n >= 1024 * 1024 {
        format!("{:.1} MB", n as f64 / (1024.0 * 1024.0))
    } else if n >= 1024 {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

fn human_duration(d: Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{} ms", d.as_millis())
    } else if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

impl Http {
    pub fn new(config: HttpConfig) -> Http {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .http_status_as_error(false)
            .max_redirects(config.max_redirects)
            .timeout_global(Some(config.timeout))
            .timeout_resolve(Some(config.connect_timeout))
            .timeout_connect(Some(config.connect_timeout))
            .build()
            .into();
        Http { agent, config }
    }

    /// GETs `url`, following redirects, sending the validators if any. Non-2xx answers other
    /// than 304 are errors ([`FetchError`] inside the anyhow error).
    pub fn get(&self, url: &str, accept: &str, v: Option<&Validators>) -> Result<Response> {
        use ureq::ResponseExt;
        let mut req = self.agent.get(url).header("Accept", accept);
        if let Some(v) = v {
            if let Some(e) = &v.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(m) = &v.last_modified {
                req = req.header("If-Modified-Since", m);
            }
        }
        let mut resp = req.call().map_err(|e| self.error(e))?;
        let status = resp.status();
        if status.as_u16() == 304 {
            return Ok(Response::NotModified);
        }
        if !status.is_success() {
            let reason = match status.canonical_reason() {
                Some(r) => format!("HTTP {} {r}", status.as_u16()),
                None => format!("HTTP {}", status.as_u16()),
            };
            let code = status.as_u16();
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|h| h.to_str().ok())
                .and_then(|s| s.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(anyhow::Error::new(FetchError {
                reason: if status.is_redirection() {
                    format!("{reason} without a usable Location")
                } else {
                    reason
                },
                transient: code == 429 || code >= 500,
                retry_after,
            }));
        }
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|h| h.to_str().ok())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let final_url = resp.get_uri().to_string();
        let body = resp.body_mut();
        let mime_type = body.mime_type().map(|m| m.to_ascii_lowercase());
        let charset = body.charset().map(str::to_string);
        let max = self.config.max_bytes;
        if body.content_length().is_some_and(|n| n > max) {
            bail!(fail(
                format!(
                    "the page is larger than the {} limit (CLAIMDIFF_HTTP_MAX_BYTES)",
                    human_bytes(max)
                ),
                false
            ));
        }
        let bytes = body
            .with_config()
            .limit(max)
            .read_to_vec()
            .map_err(|e| self.error(e))?;
        Ok(Response::Ok(Page {
            final_url,
            mime_type,
            charset,
            body: bytes,
            validators,
        }))
    }

    fn error(&self, e: ureq::Error) -> anyhow::Error {
        use ureq::Error as E;
        let (reason, transient) = match e {
            E::Timeout(_) => (
                format!(
                    "timed out after {} (CLAIMDIFF_HTTP_TIMEOUT_MS)",
                    human_duration(self.config.timeout)
                ),
                true,
            ),
            E::HostNotFound => ("host not found".to_string(), true),
            E::ConnectionFailed => ("could not connect".to_string(), true),
            E::Io(io) => {
                let r = match io.kind() {
                    std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
                    std::io::ErrorKind::ConnectionReset => "connection reset".to_string(),
                    std::io::ErrorKind::TimedOut => format!(
                        "timed out after {} (CLAIMDIFF_HTTP_TIMEOUT_MS)",
                        human_duration(self.config.timeout)
                    ),
                    std::io::ErrorKind::UnexpectedEof => {
                        "the server closed the connection early".to_string()
                    }
                    _ => format!("network error: {io}"),
                };
                (r, true)
            }
            E::BodyExceedsLimit(_) => (
                format!(
                    "the page is larger than the {} limit (CLAIMDIFF_HTTP_MAX_BYTES)",
                    human_bytes(self.config.max_bytes)
                ),
                false,
            ),
            E::TooManyRedirects => (
                format!("more than {} redirects", self.config.max_redirects),
                false,
            ),
            E::RedirectFailed => ("a redirect could not be followed".to_string(), false),
            E::BadUri(u) => (format!("bad URL ({u})"), false),
            E::Decompress(_, io) => (format!("could not decompress the body: {io}"), false),
            E::LargeResponseHeader(..) => ("the response headers are too large".into(), false),
            other => (other.to_string(), true),
        };
        fail(reason, transient)
    }
}

// ---------------------------------------------------------------------------------------------
// the sidecar cache of validators

/// What is remembered about one URL.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CacheEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The article the page was recorded as (validators are only sent while it exists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// For a feed: the article links it listed, reused when it answers 304.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    #[serde(default)]
    pub checked_at: String,
}

impl CacheEntry {
    fn validators(&self) -> Option<Validators> {
        (self.etag.is_some() || self.last_modified.is_some()).then(|| Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        })
    }
}

/// The validators of every URL fetched with one database, in `DB.http-cache.json`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HttpCache {
    #[serde(default)]
    pub urls: BTreeMap<String, CacheEntry>,
}

impl HttpCache {
    /// `claimdiff.db` → `claimdiff.db.http-cache.json`.
    pub fn path_for(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".http-cache.json");
        PathBuf::from(p)
    }

    /// Reads the cache; a missing file is an empty cache, and so is a damaged one (it only
    /// makes the next requests unconditional), with a warning.
    pub fn load(path: &Path) -> HttpCache {
        match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                eprintln!(
                    "claimdiff: warning: ignoring the damaged HTTP cache {} ({e})",
                    path.display()
                );
                HttpCache::default()
            }),
            Err(_) => HttpCache::default(),
        }
    }

    /// Writes the cache atomically: a temporary file in the same directory, then a rename.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".tmp{}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&serde_json::to_vec_pretty(self).unwrap_or_default())?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            anyhow!("cannot write the HTTP cache {}: {e}", path.display())
        })
    }
}

// ---------------------------------------------------------------------------------------------
// URLs

/// The host of an http(s) URL, lower case, without port or credentials.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let host = if authority.starts_with('[') {
        authority.split(']').next().map(|h| format!("{h}]"))?
    } else {
        authority.split(':').next()?.to_string()
    };
    (!host.is_empty()).then(|| host.to_lowercase())
}

/// The host and port of an http(s) URL (the unit of politeness), lower case.
fn authority_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    (!authority.is_empty()).then(|| authority.to_lowercase())
}

/// Resolves a link found in a page or feed against the URL it came from.
pub fn resolve_url(base: &str, link: &str) -> Option<String> {
    let link = link.trim();
    if link.is_empty() {
        return None;
    }
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(link.to_string());
    }
    if link.contains(':') && !link.starts_with('/') && !link.starts_with('.') {
        let scheme = link.split(':').next().unwrap_or("");
        if scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return None; // mailto:, javascript:, ftp: ...
        }
    }
    let scheme_end = base.find("://")? + 3;
    if let Some(rest) = link.strip_prefix("//") {
        return Some(format!("{}//{rest}", &base[..scheme_end - 2]));
    }
    let after = &base[scheme_end..];
    let auth_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = &base[..scheme_end + auth_end];
    if link.starts_with('/') {
        return Some(format!("{origin}{link}"));
    }
    let path = after[auth_end..].split(['?', '#']).next().unwrap_or("");
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    if link.starts_with('?') || link.starts_with('#') {
        return Some(format!("{origin}{path}{link}"));
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let segs: Vec<&str> = link.split('/').collect();
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            "." => {}
            ".." => {
                parts.pop();
            }
            s if i + 1 == segs.len() || !s.is_empty() => parts.push(s),
            _ => {}
        }
    }
    Some(format!("{origin}/{}", parts.join("/")))
}

/// The canonical URL a page names, when it is usable as the article's identity: absolute
/// http(s), and not the site's front page standing in for an article.
fn usable_canonical(final_url: &str, canonical: Option<&str>) -> Option<String> {
    let c = resolve_url(final_url, canonical?)?;
    let key = app::article_key(&c).ok()?;
    let final_key = app::article_key(final_url).ok()?;
    let is_front = |k: &str| !k.contains('/');
    if is_front(&key) && !is_front(&final_key) {
        return None;
    }
    Some(c)
}

// ---------------------------------------------------------------------------------------------
// the session shared by fetch and watch

/// Politeness bookkeeping of one host (host and port).
#[derive(Debug, Default)]
struct HostState {
    next_at: Option<Instant>,
    failures: u32,
}

/// What fetching one article page gave.
pub enum Outcome {
    /// 304 Not Modified: the article's latest version is current.
    NotModified { url: String, article: String },
    /// The page was downloaded and recorded (or found identical to the latest version).
    Recorded {
        url: String,
        final_url: String,
        article: String,
        source: String,
        title: Option<String>,
        outcome: Box<RecordOutcome>,
    },
}

impl Outcome {
    pub fn is_new_version(&self) -> bool {
        matches!(
            self,
            Outcome::Recorded { outcome, .. } if matches!(outcome.recorded, Recorded::Stored(_))
        )
    }
}

/// Overrides of what the page says about itself.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub source: Option<String>,
    pub article: Option<String>,
}

/// The state of one `fetch` or `watch` run: client, cache, database, politeness, progress.
pub struct Session {
    pub global: Global,
    pub http: Http,
    cache: HttpCache,
    cache_path: PathBuf,
    store: Option<SqliteStore>,
    extractor: Option<Extractor>,
    delay: Duration,
    hosts: HashMap<String, HostState>,
    progress: ProgressBar,
}

impl Session {
    pub fn new(global: &Global, delay: Duration) -> Result<Session> {
        let http = Http::new(HttpConfig::from_env()?);
        let cache_path = HttpCache::path_for(&global.db);
        let mut s = Session {
            global: global.clone(),
            http,
            cache: HttpCache::load(&cache_path),
            cache_path,
            store: None,
            extractor: None,
            delay,
            hosts: HashMap::new(),
            progress: ProgressBar::hidden(),
        };
        if global.db.exists() {
            s.open_store()?;
        }
        Ok(s)
    }

    /// Opens (creating if needed) the database and the extractor, once.
    fn open_store(&mut self) -> Result<()> {
        if self.store.is_none() {
            let store = SqliteStore::open(&self.global.db, true)?;
            self.extractor = Some(app::extractor(&self.global, Some(&store))?);
            self.store = Some(store);
        }
        Ok(())
    }

    /// Shows a progress bar of `len` steps on stderr, when stderr is a terminal.
    pub fn start_progress(&mut self, len: u64, what: &str) {
        self.progress.finish_and_clear();
        self.progress = if std::io::stderr().is_terminal() && len > 1 {
            let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(&format!(
                "{{spinner}} {what} {{pos}}/{{len}} [{{bar:30}}] {{wide_msg}}"
            ))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            pb.set_style(style);
            pb.enable_steady_tick(Duration::from_millis(120));
            pb
        } else {
            ProgressBar::hidden()
        };
    }

    pub fn progress_step(&self, msg: &str) {
        self.progress.set_message(msg.to_string());
    }

    pub fn progress_inc(&self) {
        self.progress.inc(1);
    }

    pub fn finish_progress(&self) {
        self.progress.finish_and_clear();
    }

    /// Writes text on stdout without tearing the progress bar.
    pub fn print(&self, text: &str) {
        if text.is_empty() {
            return;
        }
        self.progress.suspend(|| {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
        });
    }

    /// Reports one URL's failure on stderr: `claimdiff: error: URL: reason`.
    pub fn report_error(&self, url: &str, e: &anyhow::Error) {
        let msg = format!("{e:#}").replace('\n', " ");
        self.progress
            .suspend(|| eprintln!("claimdiff: error: {url}: {msg}"));
    }

    /// Waits until the host may be asked again; errors when the host keeps failing.
    fn wait_for_host(&mut self, url: &str) -> Result<()> {
        let Some(host) = authority_of(url) else {
            return Ok(());
        };
        let st = self.hosts.entry(host.clone()).or_default();
        if st.failures >= MAX_HOST_FAILURES {
            bail!(fail(
                format!("skipped: {host} failed {} times in a row", st.failures),
                false
            ));
        }
        if let Some(at) = st.next_at {
            let now = Instant::now();
            if at > now {
                std::thread::sleep(at - now);
            }
        }
        Ok(())
    }

    /// Books the host's next slot after a request: the delay, doubled per failure in a row.
    fn after_request(&mut self, url: &str, result: &Result<Response>) {
        let Some(host) = authority_of(url) else {
            return;
        };
        let delay = self.delay;
        let st = self.hosts.entry(host).or_default();
        let (transient, retry_after) = match result {
            Ok(_) => (false, None),
            Err(e) => match e.downcast_ref::<FetchError>() {
                Some(f) => (f.transient, f.retry_after),
                None => (false, None),
            },
        };
        let wait = if transient {
            st.failures += 1;
            let backoff = delay.saturating_mul(1u32 << st.failures.min(8));
            retry_after.unwrap_or(backoff).max(delay).min(MAX_BACKOFF)
        } else {
            st.failures = 0;
            delay
        };
        st.next_at = Some(Instant::now() + wait);
    }

    /// Lets hosts that failed be tried again (at the start of a new `watch` round).
    pub fn forgive_hosts(&mut self) {
        for st in self.hosts.values_mut() {
            st.failures = st.failures.min(MAX_HOST_FAILURES - 1);
        }
    }

    /// A polite GET: waits for the host's slot, then books the next one.
    pub fn get(&mut self, url: &str, accept: &str, v: Option<&Validators>) -> Result<Response> {
        self.wait_for_host(url)?;
        let r = self.http.get(url, accept, v);
        self.after_request(url, &r);
        r
    }

    fn article_exists(&self, key: &str) -> bool {
        self.store.as_ref().is_some_and(|s| {
            s.resolve(&VersionRef {
                article: key.to_string(),
                which: Which::Latest,
            })
            .is_ok()
        })
    }

    fn remember(&mut self, url: &str, entry: CacheEntry) -> Result<()> {
        if self.cache.urls.get(url) == Some(&entry) {
            return Ok(());
        }
        self.cache.urls.insert(url.to_string(), entry);
        self.cache.save(&self.cache_path)
    }

    /// Downloads one article page and records it.
    pub fn fetch_page(&mut self, url: &str, target: &Target) -> Result<Outcome> {
        app::article_key(url)?;
        // Validators only while the article they stand for is still in this database.
        let cached = self.cache.urls.get(url).cloned();
        let validators = cached
            .as_ref()
            .filter(|c| c.article.as_deref().is_some_and(|a| self.article_exists(a)))
            .filter(|c| target.article.is_none() || c.article == target.article)
            .and_then(CacheEntry::validators);
        let page = match self.get(url, ACCEPT_HTML, validators.as_ref())? {
            Response::NotModified => {
                let article = cached.and_then(|c| c.article).unwrap_or_default();
                return Ok(Outcome::NotModified {
                    url: url.to_string(),
                    article,
                });
            }
            Response::Ok(p) => p,
        };
        match page.mime_type.as_deref() {
            None | Some("text/html") | Some("application/xhtml+xml") => {}
            Some(other) => bail!("not an HTML page (Content-Type: {other})"),
        }
        let opts = IngestOptions {
            known_furniture: None,
            charset_hint: page.charset.as_deref(),
        };
        let doc = ingest::ingest(&page.body, &opts)?;
        if doc.format != DocFormat::Html {
            bail!("not an HTML page (no HTML markup in the body)");
        }
        let canonical = usable_canonical(&page.final_url, doc.meta.canonical_url.as_deref());
        let page_url = canonical.clone().unwrap_or_else(|| page.final_url.clone());
        let source = target
            .source
            .clone()
            .or_else(|| {
                doc.meta
                    .site_name
                    .as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            })
            .or_else(|| host_of(&page.final_url).map(|h| h.trim_start_matches("www.").into()))
            .ok_or_else(|| anyhow!("no site name and no host to name the source"))?;
        let article = match &target.article {
            Some(a) => a.clone(),
            None => app::article_key(&page_url)?,
        };
        self.open_store()?;
        let (Some(store), Some(ex)) = (self.store.as_mut(), self.extractor.as_ref()) else {
            bail!("the database is not open");
        };
        let outcome = app::record_bytes(
            store,
            ex,
            &page.body,
            &RecordArgs {
                input: None,
                source: Some(source.clone()),
                article: Some(article.clone()),
                url: Some(page_url),
                title: None,
                at: None,
            },
            page.charset.as_deref(),
        )?;
        self.remember(
            url,
            CacheEntry {
                etag: page.validators.etag,
                last_modified: page.validators.last_modified,
                article: Some(article.clone()),
                links: None,
                checked_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            },
        )?;
        Ok(Outcome::Recorded {
            url: url.to_string(),
            final_url: page.final_url,
            article,
            source,
            title: doc.meta.title,
            outcome: Box::new(outcome),
        })
    }

    /// Downloads a feed (conditionally) and returns its article links, absolute, in feed order.
    /// The second value is false when the feed answered 304 and the links are the cached ones.
    pub fn fetch_feed(&mut self, url: &str) -> Result<(Vec<String>, bool)> {
        if host_of(url).is_none() {
            bail!("bad URL {url:?}: expected http:// or https://");
        }
        let cached = self.cache.urls.get(url).cloned();
        let validators = cached
            .as_ref()
            .filter(|c| c.links.is_some())
            .and_then(CacheEntry::validators);
        let page = match self.get(url, ACCEPT_FEED, validators.as_ref())? {
            Response::NotModified => {
                let links = cached.and_then(|c| c.links).unwrap_or_default();
                return Ok((links, false));
            }
            Response::Ok(p) => p,
        };
        let feed = feed_rs::parser::Builder::new()
            .base_uri(Some(&page.final_url))
            .build()
            .parse(&page.body[..])
            .map_err(|e| anyhow!("not an RSS or Atom feed ({e})"))?;
        let mut links = Vec::new();
        for entry in &feed.entries {
            let link = entry
                .links
                .iter()
                .find(|l| {
                    l.rel.as_deref().is_none_or(|r| r == "alternate")
                        && l.media_type.as_deref().is_none_or(|m| m.contains("html"))
                })
                .or_else(|| entry.links.first());
            let href = link.map(|l| l.href.clone()).or_else(|| {
                // RSS items without <link> but with a permalink <guid>.
                let id = entry.id.trim();
                (id.starts_with("http://") || id.starts_with("https://")).then(|| id.to_string())
            });
            if let Some(abs) = href.and_then(|h| resolve_url(&page.final_url, &h)) {
                if !links.contains(&abs) {
                    links.push(abs);
                }
            }
        }
        self.remember(
            url,
            CacheEntry {
                etag: page.validators.etag,
                last_modified: page.validators.last_modified,
                article: None,
                links: Some(links.clone()),
                checked_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            },
        )?;
        Ok((links, true))
    }
}

// ---------------------------------------------------------------------------------------------
// rendering

/// One line (plus the claim changes, for a new version) per fetched page.
pub fn outcome_text(g: &Global, o: &Outcome, with_diff: bool) -> String {
    match o {
        Outcome::NotModified { url, article } => {
            if article.is_empty() {
                format!("{url}: unchanged (304 Not Modified): nothing recorded\n")
            } else {
                format!("{url}: unchanged ({article}, 304 Not Modified): nothing recorded\n")
            }
        }
        Outcome::Recorded {
            url,
            article,
            outcome,
            ..
        } => {
            let mut s = String::new();
            let enc = outcome
                .encoding
                .map(|e| format!("; decoded from {e}"))
                .unwrap_or_default();
            match &outcome.recorded {
                Recorded::Unchanged(n) => s.push_str(&format!(
                    "{url}: unchanged since {article}@{n}{enc}: nothing recorded\n"
                )),
                Recorded::Stored(v) => {
                    s.push_str(&format!(
                        "{url}: recorded {} ({}, {} claims{enc})\n",
                        render::vref(v),
                        v.source,
                        v.claims
                    ));
                    if with_diff {
                        match &outcome.diff {
                            None => s.push_str("  first version: every claim is new\n"),
                            Some((prev, d)) => {
                                let title = format!("claims since {}:", render::vref(prev));
                                for line in
                                    render::diff_text(&title, d, g.style, false, false).lines()
                                {
                                    if !line.is_empty() {
                                        s.push_str("  ");
                                        s.push_str(line);
                                    }
                                    s.push('\n');
                                }
                            }
                        }
                    }
                }
            }
            s
        }
    }
}

/// The JSON object of one fetched page.
pub fn outcome_json(o: &Outcome) -> serde_json::Value {
    match o {
        Outcome::NotModified { url, article } => json!({
            "url": url, "status": "not_modified",
            "article": (!article.is_empty()).then_some(article),
        }),
        Outcome::Recorded {
            url,
            final_url,
            article,
            source,
            title,
            outcome,
        } => {
            let (status, version) = match &outcome.recorded {
                Recorded::Unchanged(n) => ("unchanged", json!({"number": n})),
                Recorded::Stored(v) => ("stored", serde_json::to_value(v).unwrap_or_default()),
            };
            let diff = outcome.diff.as_ref().map(|(prev, d)| {
                json!({"from": {"article": prev.article, "source": prev.source, "version": prev.number},
                       "summary": d.summary, "claims": d.claims})
            });
            json!({
                "url": url, "final_url": final_url, "status": status, "article": article,
                "source": source, "title": title, "version": version, "claims": outcome.claims,
                "encoding": outcome.encoding, "diff": diff,
            })
        }
    }
}

// ---------------------------------------------------------------------------------------------
// the fetch command

#[derive(Debug, Clone, Default)]
pub struct FetchArgs {
    pub urls: Vec<String>,
    pub source: Option<String>,
    pub article: Option<String>,
    /// Minimum time between two requests to one host (`--delay`, default 1 s).
    pub delay: Option<String>,
}

/// `claimdiff fetch`: prints each page's result as it comes (text) or one document at the end
/// (JSON); errors go to stderr, one line per URL; fails at the end when any URL failed.
pub fn fetch(g: &Global, args: &FetchArgs) -> Result<String> {
    if args.urls.is_empty() {
        bail!("give at least one URL");
    }
    if args.article.is_some() && args.urls.len() > 1 {
        bail!("--article names one article: give it with one URL");
    }
    if let Some(a) = &args.article {
        if a.trim().is_empty() {
            bail!("--article must not be empty");
        }
    }
    let delay = match &args.delay {
        Some(d) => parse_duration(d, "--delay")?,
        None => Duration::from_secs(1),
    };
    let mut session = Session::new(g, delay)?;
    let target = Target {
        source: args.source.clone(),
        article: args.article.as_ref().map(|a| a.trim().to_string()),
    };
    session.start_progress(args.urls.len() as u64, "fetching");
    let mut results = Vec::new();
    let mut failed = 0usize;
    for url in &args.urls {
        session.progress_step(url);
        match session.fetch_page(url, &target) {
            Ok(o) => {
                if g.format != Format::Json {
                    session.print(&outcome_text(g, &o, true));
                }
                results.push(outcome_json(&o));
            }
            Err(e) => {
                failed += 1;
                session.report_error(url, &e);
            }
        }
        session.progress_inc();
    }
    session.finish_progress();
    if g.format == Format::Json {
        session.print(&render::json(&json!({ "results": results })));
    }
    if failed > 0 {
        bail!("{failed} of {} URLs failed", args.urls.len());
    }
    Ok(String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let d = |s| parse_duration(s, "--every").unwrap();
        assert_eq!(d("30s"), Duration::from_secs(30));
        assert_eq!(d("15m"), Duration::from_secs(900));
        assert_eq!(d("1h"), Duration::from_secs(3600));
        assert_eq!(d("1h30m"), Duration::from_secs(5400));
        assert_eq!(d("250ms"), Duration::from_millis(250));
        assert_eq!(d("90"), Duration::from_secs(90));
        for bad in ["", "m", "15x", "-1s", "1.2.3s", "h1"] {
            assert!(parse_duration(bad, "--every").is_err(), "{bad}");
        }
    }

    #[test]
    fn links_resolve_against_their_page() {
        let base = "https://news.example/world/2025/story.html?x=1";
        let r = |l| resolve_url(base, l);
        assert_eq!(r("/a/b").as_deref(), Some("https://news.example/a/b"));
        assert_eq!(
            r("other.html").as_deref(),
            Some("https://news.example/world/2025/other.html")
        );
        assert_eq!(r("../x").as_deref(), Some("https://news.example/world/x"));
        assert_eq!(
            r("//cdn.example/p").as_deref(),
            Some("https://cdn.example/p")
        );
        assert_eq!(r("http://a.example/").as_deref(), Some("http://a.example/"));
        assert_eq!(r("mailto:x@y.example"), None);
        assert_eq!(r("javascript:void(0)"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.a.example:8443/x").as_deref(),
            Some("www.a.example")
        );
        assert_eq!(
            host_of("http://127.0.0.1:9/x").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(host_of("ftp://a.example/"), None);
    }

    #[test]
    fn canonical_front_page_is_not_an_article() {
        let f = "https://a.example/news/2025/story";
        assert_eq!(usable_canonical(f, Some("https://a.example/")), None);
        assert_eq!(
            usable_canonical(f, Some("/news/2025/story-slug")).as_deref(),
            Some("https://a.example/news/2025/story-slug")
        );
    }

    #[test]
    fn cache_path_sits_next_to_the_database() {
        assert_eq!(
            HttpCache::path_for(Path::new("/tmp/x/claimdiff.db")),
            PathBuf::from("/tmp/x/claimdiff.db.http-cache.json")
        );
    }
}
