//! `claimdiff history --topic TOPIC`: every claim on a topic across articles, versions and
//! sources, oldest first, each with how it differs from the claim before it in its article.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::history::{self, Query};
use claimdiff::pipeline::extractor;
use claimdiff::render::{Format, Report};
use claimdiff::report::HistoryReport;
use claimdiff::store::TimelineQuery;
use claimdiff::time::{parse_time, parse_until};

use super::{formats, Common, Global};

#[derive(Args)]
pub struct HistoryArgs {
    /// Topic: its name or any of its terms, English or Spanish ("tariffs", "aranceles")
    #[arg(value_name = "TOPIC", required_unless_present = "topic")]
    topic_name: Option<String>,
    /// The topic, as a flag (the same as TOPIC)
    #[arg(long, value_name = "TOPIC", conflicts_with = "topic_name")]
    topic: Option<String>,
    /// Only this source's articles (case does not matter)
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Only this article's versions
    #[arg(long, value_name = "KEY")]
    article: Option<String>,
    /// From this time: RFC 3339, or YYYY-MM-DD from the start of that day
    #[arg(long, value_name = "TIME")]
    since: Option<String>,
    /// Until this time: RFC 3339, or YYYY-MM-DD to the end of that day
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// Only changes of at least this many percent
    #[arg(long, value_name = "PERCENT", value_parser = finite_percent)]
    min_change: Option<f64>,
    /// Also show unchanged entries
    #[arg(long)]
    all: bool,
    /// Show the latest N entries (still oldest first); 0 shows all
    #[arg(long, value_name = "N", default_value_t = 1000)]
    limit: usize,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(HistoryReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

impl HistoryArgs {
    /// The query the flags describe.
    fn query(&self) -> Result<Query> {
        let window = TimelineQuery {
            topics: Vec::new(),
            source: self.source.clone(),
            article: self.article.clone(),
            since: self
                .since
                .as_deref()
                .map(|s| parse_time(s, "--since"))
                .transpose()?,
            until: self
                .until
                .as_deref()
                .map(|s| parse_until(s, "--until"))
                .transpose()?,
            min_change: self.min_change,
            all: self.all,
            limit: (self.limit > 0).then_some(self.limit),
        };
        Ok(Query {
            topic: (self.topic_name.clone())
                .or_else(|| self.topic.clone())
                .unwrap_or_default(),
            window,
        })
    }
}

impl HistoryArgs {
    /// The filters that narrow the timeline, as given on the command line, for the message
    /// an empty timeline prints.
    fn filters(&self) -> Vec<String> {
        let given = [
            ("--source", &self.source),
            ("--article", &self.article),
            ("--since", &self.since),
            ("--until", &self.until),
        ];
        let mut filters: Vec<String> = given
            .into_iter()
            .filter_map(|(flag, v)| v.as_ref().map(|v| format!("{flag} {v}")))
            .collect();
        if let Some(p) = self.min_change {
            filters.push(format!("--min-change {p}"));
        }
        if !self.all {
            filters.push("no --all: unchanged entries hidden".into());
        }
        filters
    }
}

pub fn run(args: &HistoryArgs, out: &mut dyn Write) -> Result<()> {
    let mut q = args.query()?;
    let g = Global::new(&args.common, args.format);
    let mut store = g.open_read()?;
    // --source names a source whatever its case, as topics do.
    if let Some(given) = q.window.source.clone() {
        let folded = given.to_lowercase();
        if let Some(name) = (store.source_names()?)
            .into_iter()
            .find(|s| s.to_lowercase() == folded)
        {
            q.window.source = Some(name);
        }
    }
    // Versions stored by a claimdiff from before lineage was kept get it now, once.
    let linked = store.relink(&mut history::lineage)?;
    if linked > 0 {
        eprintln!("claimdiff: stored claim lineage for {linked} versions recorded before it was kept (once)");
    }
    let ex = extractor(Some(&*store), g.topics_file.as_deref())?;
    let mut h = history::history(&*store, &ex.lexicon, &q)?;
    h.filters = args.filters();
    let report = if h.topics.is_empty() {
        HistoryReport::NoMatch {
            topic: q.topic,
            suggestions: h.suggestions,
        }
    } else {
        HistoryReport::Timeline(h)
    };
    g.write(&report, out)
}

/// `--min-change`: a finite, non-negative percentage (NaN and infinities match nothing useful).
fn finite_percent(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => Ok(n),
        _ => Err("expected a percentage from 0, such as 10 or 2.5".into()),
    }
}
