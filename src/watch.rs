//! Watch: polls RSS/Atom feeds and fetches every article they link to, recording new versions.
//!
//! A round reads every feed (conditionally: a feed that answers 304 gives the links it listed
//! last time, kept in the HTTP cache), then fetches each linked article once (conditionally too)
//! through the same polite [`Session`] as `fetch`: a delay between two requests to one host,
//! backoff after failures. `--once` runs one round and exits (non-zero when any feed or
//! article failed), for cron; otherwise rounds repeat every `--every` until interrupted.
//!
//! Output: each new version with its claim changes, and one summary line per round (text); one
//! JSON document for `--once`, else one JSON line per round. Errors go to stderr, one line each.

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use serde_json::json;

use crate::app::Global;
use crate::fetch::{self, parse_duration, Session, Target};
use crate::render::{self, Format};

#[derive(Debug, Clone, Default)]
pub struct WatchArgs {
    pub feeds: Vec<String>,
    /// Time between the starts of two rounds (`--every`, default 15m).
    pub every: Option<String>,
    pub once: bool,
    /// The source name for every article (default: each page's site name, else its host).
    pub source: Option<String>,
    /// Minimum time between two requests to one host (`--delay`, default 1 s).
    pub delay: Option<String>,
}

/// Counts of one round.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct RoundSummary {
    pub feeds: usize,
    pub articles: usize,
    pub new_versions: usize,
    pub unchanged: usize,
    pub failed: usize,
}

pub fn watch(g: &Global, args: &WatchArgs) -> Result<String> {
    if args.feeds.is_empty() {
        bail!("give at least one feed URL");
    }
    let every = match &args.every {
        Some(e) => parse_duration(e, "--every")?,
        None => Duration::from_secs(15 * 60),
    };
    if every.is_zero() && !args.once {
        bail!("bad --every value: it must be longer than 0s");
    }
    let delay = match &args.delay {
        Some(d) => parse_duration(d, "--delay")?,
        None => Duration::from_secs(1),
    };
    for f in &args.feeds {
        if fetch::host_of(f).is_none() {
            bail!("bad feed URL {f:?}: expected http:// or https://");
        }
    }
    let mut session = Session::new(g, delay)?;
    loop {
        let started = Instant::now();
        let (summary, doc) = round(&mut session, g, args);
        if args.once {
            if g.format == Format::Json {
                session.print(&render::json(&doc));
            }
            if summary.failed > 0 {
                bail!(
                    "{} of {} URLs failed",
                    summary.failed,
                    summary.feeds + summary.articles
                );
            }
            return Ok(String::new());
        }
        if g.format == Format::Json {
            session.print(&format!("{doc}\n"));
        }
        if let Some(rest) = every.checked_sub(started.elapsed()) {
            std::thread::sleep(rest);
        }
        session.forgive_hosts();
    }
}

/// One pass over every feed and every article they link to.
fn round(session: &mut Session, g: &Global, args: &WatchArgs) -> (RoundSummary, serde_json::Value) {
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut summary = RoundSummary {
        feeds: args.feeds.len(),
        ..RoundSummary::default()
    };
    let mut feeds_json = Vec::new();
    let mut links: Vec<String> = Vec::new();
    session.start_progress(args.feeds.len() as u64, "feeds");
    for feed in &args.feeds {
        session.progress_step(feed);
        match session.fetch_feed(feed) {
            Ok((found, fresh)) => {
                feeds_json.push(json!({
                    "url": feed, "articles": found.len(), "not_modified": !fresh,
                }));
                for l in found {
                    if !links.contains(&l) {
                        links.push(l);
                    }
                }
            }
            Err(e) => {
                summary.failed += 1;
                session.report_error(feed, &e);
            }
        }
        session.progress_inc();
    }
    summary.articles = links.len();
    let target = Target {
        source: args.source.clone(),
        article: None,
    };
    let mut results = Vec::new();
    session.start_progress(links.len() as u64, "articles");
    for url in &links {
        session.progress_step(url);
        match session.fetch_page(url, &target) {
            Ok(o) => {
                if o.is_new_version() {
                    summary.new_versions += 1;
                    if g.format != Format::Json {
                        session.print(&fetch::outcome_text(g, &o, true));
                    }
                } else {
                    summary.unchanged += 1;
                }
                results.push(fetch::outcome_json(&o));
            }
            Err(e) => {
                summary.failed += 1;
                session.report_error(url, &e);
            }
        }
        session.progress_inc();
    }
    session.finish_progress();
    if g.format != Format::Json {
        session.print(&format!(
            "{at}: {} feed{}, {} article{}: {} new version{}, {} unchanged, {} failed\n",
            summary.feeds,
            plural(summary.feeds),
            summary.articles,
            plural(summary.articles),
            summary.new_versions,
            plural(summary.new_versions),
            summary.unchanged,
            summary.failed
        ));
    }
    let doc = json!({
        "at": at, "feeds": feeds_json, "results": results, "summary": summary,
    });
    (summary, doc)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
