//! The notification flags `watch` flattens (and `import` may): where alerts go
//! (`--notify-url`, `--notify-cmd`), which claim changes qualify (`--topic`, `--min-change`,
//! `--kind`, `--direction`) and how long one delivery attempt may take. The library's
//! [`claimdiff::alert`] does the rest; this file only reads the flags.

use std::path::Path;
use std::time::Duration;

use anyhow::Result;
use clap::Args;

use claimdiff::alert::{
    parse_kind, AlertFilter, Delivery, Direction, FlushReport, Notifier, NotifyTarget,
};
use claimdiff::diff::Kind;
use claimdiff::fetch::duration_arg;

/// The variable that sets the first retry delay in milliseconds (tests make it short).
const BACKOFF_VAR: &str = "CLAIMDIFF_NOTIFY_BACKOFF_MS";

/// Where alerts go: either flag or both (the filters require one of them).
#[derive(Args, Debug, Default)]
#[group(id = "notify", multiple = true)]
struct NotifyTargets {
    /// POST each qualifying claim change as JSON to this http(s) URL
    #[arg(long, value_name = "URL", value_parser = notify_url)]
    notify_url: Option<String>,
    /// Run this shell command for each qualifying change, the JSON on its stdin
    #[arg(long, value_name = "CMD")]
    notify_cmd: Option<String>,
}

#[derive(Args, Debug, Default)]
pub struct NotifyArgs {
    #[command(flatten)]
    targets: NotifyTargets,
    /// Notify only changes to claims on this topic (repeatable)
    #[arg(long, value_name = "TOPIC", requires = "notify")]
    topic: Vec<String>,
    /// Notify only changes of at least this many percent, either way
    #[arg(long, value_name = "PCT", value_parser = percent, requires = "notify")]
    min_change: Option<f64>,
    /// Notify only these kinds: update,correction,conflict,refinement,...
    #[arg(long, value_name = "KINDS", value_delimiter = ',', value_parser = kind,
          requires = "notify")]
    kind: Vec<Kind>,
    /// Notify only changes whose value went up or down
    #[arg(long, value_name = "WAY", value_parser = direction, requires = "notify")]
    direction: Option<Direction>,
    /// The longest one delivery attempt may take
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = duration_arg)]
    notify_timeout: Duration,
}

impl NotifyArgs {
    /// The notifier the flags ask for, keeping its ledger in the store at `db`; `None`
    /// without `--notify-url` or `--notify-cmd`.
    pub fn notifier(&self, db: &Path) -> Result<Option<Notifier>> {
        let mut targets = Vec::new();
        if let Some(url) = &self.targets.notify_url {
            targets.push(NotifyTarget::Url(url.clone()));
        }
        if let Some(cmd) = &self.targets.notify_cmd {
            targets.push(NotifyTarget::Command(cmd.clone()));
        }
        if targets.is_empty() {
            return Ok(None);
        }
        let filter = AlertFilter {
            topics: self.topic.iter().map(|t| t.trim().to_lowercase()).collect(),
            min_change: self.min_change,
            kinds: self.kind.clone(),
            direction: self.direction,
        };
        let mut delivery = Delivery {
            timeout: self.notify_timeout.max(Duration::from_millis(1)),
            ..Delivery::default()
        };
        if let Some(ms) = std::env::var(BACKOFF_VAR)
            .ok()
            .and_then(|v| v.trim().parse::<u64>().ok())
        {
            delivery.backoff = Duration::from_millis(ms);
        }
        let store = claimdiff::store::open(db, true)?;
        Ok(Some(Notifier::new(store, filter, targets, delivery)))
    }
}

/// The warnings a flush gives: one line per target left with an undelivered change.
pub fn flush_warnings(report: &FlushReport) -> Vec<String> {
    report
        .failed
        .iter()
        .map(|u| {
            format!(
                "could not notify {} of change {}: {}; kept for the next run",
                u.target, u.change, u.error
            )
        })
        .collect()
}

fn notify_url(s: &str) -> Result<String, String> {
    NotifyTarget::url(s).map(|_| s.to_string())
}

fn percent(s: &str) -> Result<f64, String> {
    match s.trim().trim_end_matches('%').parse::<f64>() {
        Ok(p) if p.is_finite() && p >= 0.0 => Ok(p),
        _ => Err("expected a percentage like 10 or 2.5".to_string()),
    }
}

fn kind(s: &str) -> Result<Kind, String> {
    parse_kind(s).ok_or_else(|| {
        let names: Vec<&str> = claimdiff::alert::KIND_NAMES.iter().map(|k| k.0).collect();
        format!("expected one of {}", names.join(", "))
    })
}

fn direction(s: &str) -> Result<Direction, String> {
    Direction::parse(s).ok_or_else(|| "expected up or down".to_string())
}
