//! `claimdiff watch FEED_URL... [--every DURATION] [--once]`: polls RSS/Atom feeds and records
//! new versions of every article they link to. Text prints each new version with its claim
//! changes and a summary line per round; JSON one document for `--once`, else a line a round.
//! With `--notify-url`/`--notify-cmd` (the flags of [`super::notify`]) each qualifying claim change
//! of a new version is also delivered, once; what an earlier run could not deliver goes first.

use std::io::Write;
use std::time::Duration;

use anyhow::{bail, Result};
use clap::Args;

use claimdiff::alert::Notifier;
use claimdiff::fetch::{duration_arg, Outcome, Reporter};
use claimdiff::render::terminal::neutralise;
use claimdiff::render::write_sorted_json;
use claimdiff::url::host_of;
use claimdiff::watch::{round_line, watch, Round, WatchOptions, WatchReporter};

use super::fetch::{Console, SessionArgs};
use super::notify::{flush_warnings, NotifyArgs};
use super::{Common, Global};

#[derive(Args)]
pub struct WatchArgs {
    /// RSS or Atom feeds to poll (http:// or https://)
    #[arg(required = true, value_name = "FEED_URL")]
    feeds: Vec<String>,
    /// Time between two polls: 30s, 15m, 1h, ...
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = duration_arg)]
    every: Duration,
    /// Poll once and exit (for cron)
    #[arg(long)]
    once: bool,
    /// The source for every article (default: each page's site name, else host)
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    #[command(flatten)]
    session: SessionArgs,
    #[command(flatten)]
    notify: NotifyArgs,
    #[command(flatten)]
    common: Common,
}

impl WatchArgs {
    /// The options the flags describe, checked.
    fn options(&self) -> Result<(WatchOptions, Duration)> {
        if self.feeds.is_empty() {
            bail!("give at least one feed URL");
        }
        let every = self.every;
        if every.is_zero() && !self.once {
            bail!("bad --every value: it must be longer than 0s");
        }
        let delay = self.session.delay;
        for f in &self.feeds {
            if host_of(f).is_none() {
                bail!("bad feed URL {f:?}: expected http:// or https://");
            }
        }
        let opts = WatchOptions {
            feeds: self.feeds.clone(),
            every,
            once: self.once,
            source: self.source.clone(),
        };
        Ok((opts, delay))
    }
}

pub fn run(args: &WatchArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.session.format);
    let (opts, delay) = args.options()?;
    let mut console = Console::new(&g, out);
    console.once = opts.once;
    let mut session = super::fetch::session(&g, delay, &mut console)?;
    let mut alerting = Alerting {
        notifier: args.notify.notifier(&g.db)?,
        console: &mut console,
        pending: 0,
    };
    // Changes an earlier run recorded but did not queue, or could not deliver, go out first.
    alerting.catch_up();
    let watched = watch(&mut session, &opts, &mut alerting);
    let pending = alerting.pending;
    console.written()?;
    watched?;
    if opts.once && pending > 0 {
        bail!("{pending} claim change notification(s) not delivered; kept for the next run");
    }
    Ok(())
}

/// The console, plus notification of the claim changes of each new version.
struct Alerting<'c, 'o> {
    console: &'c mut Console<'o>,
    notifier: Option<Notifier>,
    /// Alerts left pending by the last flush.
    pending: usize,
}

impl Alerting<'_, '_> {
    /// Queues the changes of versions stored since the last run's cursor, then delivers what
    /// is pending.
    fn catch_up(&mut self) {
        if let Some(n) = &mut self.notifier {
            if let Err(e) = n.catch_up() {
                self.console.warning(&format!("notifications: {e:#}"));
            }
        }
        self.flush();
    }

    /// Delivers what is pending; failures are warnings (the ledger keeps the alerts).
    fn flush(&mut self) {
        let Some(n) = &mut self.notifier else {
            return;
        };
        match n.flush() {
            Ok(report) => {
                self.pending = report.pending;
                for w in flush_warnings(&report) {
                    self.console.warning(&w);
                }
            }
            Err(e) => self.console.warning(&format!("notifications: {e:#}")),
        }
    }
}

impl Reporter for Alerting<'_, '_> {
    fn start(&mut self, len: u64, what: &str) {
        self.console.start(len, what);
    }
    fn step(&mut self, url: &str) {
        self.console.step(url);
    }
    fn step_done(&mut self) {
        self.console.step_done();
    }
    fn finish(&mut self) {
        self.console.finish();
    }
    /// Prints the new version, then queues its qualifying claim changes and delivers them.
    fn page(&mut self, outcome: &Outcome) {
        self.console.page(outcome);
        let (
            Some(n),
            Outcome::Recorded {
                final_url, outcome, ..
            },
        ) = (&mut self.notifier, outcome)
        else {
            return;
        };
        match n.queue_recorded(outcome, Some(final_url)) {
            Ok(0) => {}
            Ok(_) => self.flush(),
            Err(e) => self.console.warning(&format!("notifications: {e:#}")),
        }
    }
    fn failed(&mut self, url: &str, error: &anyhow::Error) {
        self.console.failed(url, error);
    }
    fn warning(&mut self, message: &str) {
        self.console.warning(message);
    }
}

impl WatchReporter for Alerting<'_, '_> {
    /// Between rounds, retries what is still pending (a receiver that was down); then ends
    /// the round.
    fn round(&mut self, round: &Round) {
        if self.pending > 0 && !self.console.once {
            self.flush();
        }
        self.console.round(round);
    }
}

/// How a round ends: a summary line (text), one JSON document (`--once`) or a JSON line.
impl WatchReporter for Console<'_> {
    fn round(&mut self, round: &Round) {
        let mut doc = Vec::new();
        if self.text {
            let line = round_line(round);
            doc.extend_from_slice(neutralise(&line, false).as_bytes());
        } else if self.once {
            let _ = write_sorted_json(round, &mut doc);
        } else {
            let line = serde_json::to_value(round).map(|v| format!("{v}\n"));
            doc.extend_from_slice(line.unwrap_or_default().as_bytes());
        }
        self.print(&doc);
    }
}
