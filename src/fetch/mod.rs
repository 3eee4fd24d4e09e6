//! Fetch: downloads article pages over HTTP(S) and records them exactly as `record` does.
//!
//! - One blocking HTTP client ([`http::Http`]) with timeouts, a size cap and gzip.
//!   `CLAIMDIFF_HTTP_TIMEOUT_MS`, `CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS` and
//!   `CLAIMDIFF_HTTP_MAX_BYTES` override the defaults.
//! - Conditional requests: each URL's ETag and Last-Modified are kept in a JSON sidecar next to the
//!   database (`DB.http-cache.json`, [`cache::HttpCache`]), written atomically after the version
//!   is stored. A 304 answer records nothing; so does a page whose extracted text has not changed.
//! - Politeness: a minimum delay between two requests to one host, longer after failures
//!   (exponential backoff, `Retry-After` honoured), and a host that fails three times in a row is
//!   skipped for the rest of the run.
//! - Every URL is its own unit: a failure goes to the [`Reporter`] (the CLI prints one line on
//!   stderr, `claimdiff: error: URL: reason`) and the others proceed; the command fails at the end.
//!
//! [`Session`] holds all of that and is shared by `fetch` and `watch`; neither prints: progress,
//! pages and failures go to the [`Reporter`] the command passes in.

pub mod cache;
pub mod http;
mod trust;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};

use crate::extract::Extractor;
use crate::ingest::{self, Format as DocFormat, IngestOptions};
use crate::pipeline::extractor;
use crate::record::{record_bytes, RecordOutcome, RecordRequest};
use crate::store::{Recorded, Store, VersionRef, Which};
use crate::time::now;
use crate::url::{article_key, authority_of, host_of, resolve_url, usable_canonical};
use http::fail;

pub use cache::{CacheEntry, HttpCache};
pub use http::{
    duration_arg, parse_duration, Http, HttpConfig, Page, Response, Validators, USER_AGENT,
};

/// Where `fetch` and `watch` say what they are doing: progress, each page fetched, each
/// failure, warnings. The CLI's reporter draws a progress bar and prints; a library user may
/// collect instead.
pub trait Reporter {
    /// A batch of `len` URLs starts (`what`: "fetching", "feeds", "articles").
    fn start(&mut self, len: u64, what: &str);
    /// Work on one URL of the batch begins.
    fn step(&mut self, url: &str);
    /// That URL is done, whatever came of it.
    fn step_done(&mut self);
    /// The batch is over.
    fn finish(&mut self);
    /// A page was fetched (for `watch`: a page that is a new version).
    fn page(&mut self, outcome: &Outcome);
    /// One URL failed; the others proceed.
    fn failed(&mut self, url: &str, error: &anyhow::Error);
    /// Something worth saying that stops nothing.
    fn warning(&mut self, message: &str);
}

const ACCEPT_HTML: &str = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
const ACCEPT_FEED: &str = "application/rss+xml,application/atom+xml,application/feed+json,\
    application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

/// A host that failed this many times in a row is skipped for the rest of the run (or round).
const MAX_HOST_FAILURES: u32 = 3;
/// The longest wait imposed on a host after failures or by its `Retry-After`.
const MAX_BACKOFF: Duration = Duration::from_secs(300);

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
    /// Whether the page was stored as a new version.
    pub(crate) fn is_new_version(&self) -> bool {
        matches!(
            self,
            Outcome::Recorded { outcome, .. } if matches!(outcome.recorded, Recorded::Stored(_))
        )
    }
}

/// Whether a page failed because the database could not be reached or its connection was
/// lost (then it is the database that `watch` waits for, not the site).
pub fn is_database_failure(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<crate::error::Error>(),
            Some(crate::error::Error::CannotConnect { .. } | crate::error::Error::Postgres(_))
        )
    })
}

/// Overrides of what the page says about itself.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub source: Option<String>,
    pub article: Option<String>,
}

/// The state of one `fetch` or `watch` run: client, cache, database, politeness.
pub struct Session {
    pub http: Http,
    db: PathBuf,
    topics_file: Option<PathBuf>,
    cache: HttpCache,
    cache_path: PathBuf,
    store: Option<Box<dyn Store>>,
    extractor: Option<Extractor>,
    delay: Duration,
    hosts: HashMap<String, HostState>,
    /// Source names by host (the user's configuration), used when no source is given.
    pub host_sources: std::collections::BTreeMap<String, String>,
    /// Warnings about pages already handled, for the caller's reporter ([`Session::take_warnings`]).
    warnings: Vec<String>,
    /// Canonical hosts any page may name (`CLAIMDIFF_TRUSTED_HOSTS`).
    trusted_hosts: Vec<String>,
}

impl Session {
    /// A session recording into the database at `db` (created at the first page recorded),
    /// with `topics_file` added to the extractor's lexicon and at least `delay` between two
    /// requests to one host. A damaged HTTP cache is reported as a warning and ignored.
    pub fn new(
        db: &Path,
        topics_file: Option<&Path>,
        delay: Duration,
        reporter: &mut dyn Reporter,
    ) -> Result<Session> {
        let http = Http::new(HttpConfig::from_env()?);
        let cache_path = HttpCache::path_for(db);
        let (cache, warning) = HttpCache::load(&cache_path);
        if let Some(w) = warning {
            reporter.warning(&w);
        }
        let mut s = Session {
            http,
            db: db.to_path_buf(),
            topics_file: topics_file.map(Path::to_path_buf),
            cache,
            cache_path,
            store: None,
            extractor: None,
            delay,
            hosts: HashMap::new(),
            host_sources: Default::default(),
            warnings: Vec::new(),
            trusted_hosts: trust::trusted_hosts_from_env(),
        };
        if db.exists() {
            s.open_store()?;
        }
        Ok(s)
    }

    /// The warnings about the pages handled since the last call (a canonical URL on another
    /// site ignored, a cache that could not be written), oldest first.
    pub fn take_warnings(&mut self) -> Vec<String> {
        std::mem::take(&mut self.warnings)
    }

    /// Opens (creating if needed) the database and the extractor, once.
    fn open_store(&mut self) -> Result<()> {
        if self.store.is_none() {
            let store = crate::store::open(&self.db, true)?;
            self.extractor = Some(extractor(Some(&*store), self.topics_file.as_deref())?);
            self.store = Some(store);
        }
        Ok(())
    }

    /// Checks that the database can be used now (a lost PostgreSQL connection is replaced);
    /// `watch` waits on it after a page failed to reach the database.
    pub fn check_store(&mut self) -> Result<()> {
        self.open_store()?;
        if let Some(store) = &self.store {
            store.check()?;
        }
        Ok(())
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
            Err(e) => match e.downcast_ref::<crate::error::Error>() {
                Some(crate::error::Error::Fetch {
                    transient,
                    retry_after,
                    ..
                }) => (*transient, *retry_after),
                _ => (false, None),
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
    pub(crate) fn forgive_hosts(&mut self) {
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
        let key = HttpCache::key(url);
        let mut entry = entry;
        if let Some(links) = &mut entry.links {
            for l in links.iter_mut() {
                *l = HttpCache::key(l);
            }
        }
        if self.cache.urls.get(&key) == Some(&entry) {
            return Ok(());
        }
        self.cache.urls.insert(key, entry);
        self.cache.save(&self.cache_path)
    }

    /// Downloads one article page and records it.
    pub(crate) fn fetch_page(&mut self, url: &str, target: &Target) -> Result<Outcome> {
        article_key(url)?;
        // Validators only while the article they stand for is still in this database.
        let cached = self.cache.urls.get(&HttpCache::key(url)).cloned();
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
        // The page's own metadata names the source, the article and its canonical URL.
        let body = std::sync::Arc::new(page.body);
        let doc = read_within(
            body.clone(),
            page.charset.clone(),
            self.http.config.page_deadline,
        )?;
        let page = Page {
            body: std::sync::Arc::try_unwrap(body).unwrap_or_else(|b| (*b).clone()),
            ..page
        };
        if doc.format != DocFormat::Html {
            bail!("not an HTML page (no HTML markup in the body)");
        }
        let mut canonical = usable_canonical(&page.final_url, doc.meta.canonical_url.as_deref());
        let mut site_name = doc.meta.site_name.clone();
        if let Some(c) =
            canonical.take_if(|c| !trust::same_site(&page.final_url, c, &self.trusted_hosts))
        {
            self.warnings.push(trust::refused(&page.final_url, &c));
            site_name = None;
        }
        let page_url = canonical.clone().unwrap_or_else(|| page.final_url.clone());
        let source = target
            .source
            .clone()
            .or_else(|| {
                let host = host_of(&page.final_url)?;
                crate::config::source_for_host(&self.host_sources, &host).map(str::to_string)
            })
            .or_else(|| {
                site_name
                    .as_deref()
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            })
            .or_else(|| host_of(&page.final_url).map(|h| h.trim_start_matches("www.").into()))
            .ok_or_else(|| anyhow!("no site name and no host to name the source"))?;
        let article = match &target.article {
            Some(a) => a.clone(),
            None => article_key(&page_url)?,
        };
        self.open_store()?;
        let (Some(store), Some(ex)) = (self.store.as_mut(), self.extractor.as_ref()) else {
            bail!("the database is not open");
        };
        let outcome = record_bytes(
            &mut **store,
            ex,
            &page.body,
            &RecordRequest {
                source: Some(source.clone()),
                article: Some(article.clone()),
                url: Some(page_url),
                title: None,
                at: None,
            },
            page.charset.as_deref(),
        )?;
        // The version is stored: a cache that cannot be written only costs a full download
        // next time, so it is a warning, not this page's failure.
        if let Err(e) = self.remember(
            url,
            CacheEntry {
                etag: page.validators.etag,
                last_modified: page.validators.last_modified,
                article: Some(article.clone()),
                links: None,
                checked_at: now(),
            },
        ) {
            self.warnings.push(format!("{url}: recorded, but {e:#}"));
        }
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
    pub(crate) fn fetch_feed(&mut self, url: &str) -> Result<(Vec<String>, bool)> {
        if host_of(url).is_none() {
            bail!("bad URL {url:?}: expected http:// or https://");
        }
        let cached = self.cache.urls.get(&HttpCache::key(url)).cloned();
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
                checked_at: now(),
            },
        )?;
        Ok((links, true))
    }
}

/// Reads a downloaded page (decode, readability) on a thread of its own, within `deadline`: a
/// page that takes longer is an error (the thread finishes in the background), so one hostile
/// page cannot stall a `fetch` or a `watch` round.
fn read_within(
    body: std::sync::Arc<Vec<u8>>,
    charset: Option<String>,
    deadline: Duration,
) -> Result<ingest::Document> {
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    std::thread::spawn(move || {
        let opts = IngestOptions {
            known_furniture: None,
            charset_hint: charset.as_deref(),
        };
        let _ = tx.send(ingest::ingest(&body, &opts));
    });
    match rx.recv_timeout(deadline) {
        Ok(doc) => doc,
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            bail!("reading the page failed (internal error)")
        }
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => bail!(
            "reading the page took longer than {:.1} s (CLAIMDIFF_PAGE_DEADLINE_MS); skipped",
            deadline.as_secs_f64()
        ),
    }
}

/// `claimdiff fetch`: fetches and records every URL, telling `reporter` about each page and
/// failure; returns the pages fetched and how many URLs failed.
pub fn fetch_all(
    session: &mut Session,
    urls: &[String],
    target: &Target,
    reporter: &mut dyn Reporter,
) -> (Vec<Outcome>, usize) {
    reporter.start(urls.len() as u64, "fetching");
    let mut results = Vec::new();
    let mut failed = 0usize;
    for url in urls {
        reporter.step(url);
        match session.fetch_page(url, target) {
            Ok(o) => {
                reporter.page(&o);
                results.push(o);
            }
            Err(e) => {
                failed += 1;
                reporter.failed(url, &e);
            }
        }
        for w in session.take_warnings() {
            reporter.warning(&w);
        }
        reporter.step_done();
    }
    reporter.finish();
    (results, failed)
}
