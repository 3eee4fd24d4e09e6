//! Watch: polls RSS/Atom feeds and fetches every article they link to, recording new versions.
//!
//! A round reads every feed (conditionally: a feed that answers 304 gives the links it listed
//! last time, kept in the HTTP cache), then fetches each linked article once (conditionally too)
//! through the same polite [`Session`] as `fetch`: a delay between two requests to one host,
//! backoff after failures. `--once` runs one round and exits (non-zero when any feed or
//! article failed), for cron; otherwise rounds repeat every `--every` until interrupted.
//!
//! Nothing here prints: each new version, each failure and each round's [`Round`] go to the
//! [`WatchReporter`] the command passes in (the CLI prints each new version with its claim
//! changes and a summary line per round, or JSON).

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use serde::Serialize;

use crate::fetch::{Outcome, Reporter, Session, Target};

/// What to watch, and how often.
#[derive(Debug, Clone, Default)]
pub struct WatchOptions {
    pub feeds: Vec<String>,
    /// Time between the starts of two rounds.
    pub every: Duration,
    /// Run one round and stop.
    pub once: bool,
    /// The source name for every article (default: each page's site name, else its host).
    pub source: Option<String>,
}

/// Counts of one round.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct RoundSummary {
    pub feeds: usize,
    pub articles: usize,
    pub new_versions: usize,
    pub unchanged: usize,
    pub failed: usize,
}

/// One feed read in a round.
#[derive(Debug, Clone, Serialize)]
pub struct FeedRead {
    pub url: String,
    /// How many article links it listed.
    pub articles: usize,
    /// It answered 304: the links are the ones it listed last time.
    pub not_modified: bool,
}

/// One round: when it started, the feeds read, every article page fetched, the counts.
#[derive(Serialize)]
pub struct Round {
    pub at: String,
    pub feeds: Vec<FeedRead>,
    pub results: Vec<Outcome>,
    pub summary: RoundSummary,
}

/// A [`Reporter`] that is also told when a round ends.
pub trait WatchReporter: Reporter {
    /// A round is over (it was the last one when `once`).
    fn round(&mut self, round: &Round);
}

/// Polls the feeds: one round with `once`, else a round every `every` until interrupted. Fails
/// after a `once` round in which any feed or article failed.
pub fn watch(
    session: &mut Session,
    opts: &WatchOptions,
    reporter: &mut dyn WatchReporter,
) -> Result<()> {
    loop {
        let started = Instant::now();
        let round = round(session, opts, reporter);
        reporter.round(&round);
        if opts.once {
            let s = round.summary;
            if s.failed > 0 {
                bail!("{} of {} URLs failed", s.failed, s.feeds + s.articles);
            }
            return Ok(());
        }
        if let Some(rest) = opts.every.checked_sub(started.elapsed()) {
            std::thread::sleep(rest);
        }
        session.forgive_hosts();
    }
}

/// One pass over every feed and every article they link to.
fn round(session: &mut Session, opts: &WatchOptions, reporter: &mut dyn WatchReporter) -> Round {
    let at = crate::time::now();
    let mut summary = RoundSummary {
        feeds: opts.feeds.len(),
        ..RoundSummary::default()
    };
    let mut feeds = Vec::new();
    let mut links: Vec<String> = Vec::new();
    reporter.start(opts.feeds.len() as u64, "feeds");
    for feed in &opts.feeds {
        reporter.step(feed);
        match session.fetch_feed(feed) {
            Ok((found, fresh)) => {
                feeds.push(FeedRead {
                    url: feed.clone(),
                    articles: found.len(),
                    not_modified: !fresh,
                });
                for l in found {
                    if !links.contains(&l) {
                        links.push(l);
                    }
                }
            }
            Err(e) => {
                summary.failed += 1;
                reporter.failed(feed, &e);
            }
        }
        reporter.step_done();
    }
    summary.articles = links.len();
    let target = Target {
        source: opts.source.clone(),
        article: None,
    };
    let mut results = Vec::new();
    reporter.start(links.len() as u64, "articles");
    for (i, url) in links.iter().enumerate() {
        reporter.step(url);
        let mut fetched = session.fetch_page(url, &target);
        if let Err(e) = &fetched {
            if crate::fetch::is_database_failure(e) {
                match wait_for_database(session, opts.once, reporter, e) {
                    Ok(()) => fetched = session.fetch_page(url, &target),
                    Err(gave_up) => {
                        reporter.failed(url, &gave_up);
                        reporter.step_done();
                        // The rest would fail the same way: not fetched, counted failed.
                        summary.failed += links.len() - i;
                        break;
                    }
                }
            }
        }
        match fetched {
            Ok(o) => {
                if o.is_new_version() {
                    summary.new_versions += 1;
                    reporter.page(&o);
                } else {
                    summary.unchanged += 1;
                }
                results.push(o);
            }
            Err(e) => {
                summary.failed += 1;
                reporter.failed(url, &e);
            }
        }
        for w in session.take_warnings() {
            reporter.warning(&w);
        }
        reporter.step_done();
    }
    reporter.finish();
    Round {
        at,
        feeds,
        results,
        summary,
    }
}

/// The first wait after the database could not be reached; each next one is twice as long.
const FIRST_WAIT: Duration = Duration::from_secs(1);
/// The longest wait between two tries to reach the database.
const MAX_WAIT: Duration = Duration::from_secs(60);
/// How many waits `--once` makes before giving up on the database (1 + 2 + 4 + 8 + 16 s).
const ONCE_RETRIES: u32 = 5;

/// After a page failed on the database (`failure`): checks the database until it answers,
/// waiting between tries (1 s, doubling up to a minute), with a warning per wait that names
/// the cause and the wait (messages never show the database password). Watching goes on
/// for as long as it takes; `--once` gives up after [`ONCE_RETRIES`] waits.
fn wait_for_database(
    session: &mut Session,
    once: bool,
    reporter: &mut dyn WatchReporter,
    failure: &anyhow::Error,
) -> Result<()> {
    let mut wait = FIRST_WAIT;
    let mut cause = format!("{failure:#}");
    let mut retries = 0;
    loop {
        match session.check_store() {
            Ok(()) if retries == 0 => {
                reporter.warning(&format!(
                    "lost the database connection ({cause}); connected again"
                ));
                return Ok(());
            }
            Ok(()) => {
                reporter.warning("the database answers again; watching goes on");
                return Ok(());
            }
            Err(e) => cause = format!("{e:#}"),
        }
        if once && retries == ONCE_RETRIES {
            bail!("the database is unreachable ({cause}); gave up after {retries} retries");
        }
        reporter.warning(&format!(
            "the database is unreachable ({cause}); retrying in {}s",
            wait.as_secs()
        ));
        std::thread::sleep(wait);
        wait = (wait * 2).min(MAX_WAIT);
        retries += 1;
    }
}

/// The one-line summary of a round.
pub fn round_line(r: &Round) -> String {
    let s = r.summary;
    format!(
        "{}: {} feed{}, {} article{}: {} new version{}, {} unchanged, {} failed\n",
        r.at,
        s.feeds,
        plural(s.feeds),
        s.articles,
        plural(s.articles),
        s.new_versions,
        plural(s.new_versions),
        s.unchanged,
        s.failed
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
