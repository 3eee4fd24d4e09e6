//! `claimdiff record [FILE|-] --source NAME [--article KEY] [--url URL] [--title T] [--at TIME]`:
//! stores a new version of an article and says how its claims changed since the one before.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;

use claimdiff::diff::Summary;
use claimdiff::input::read_input;
use claimdiff::pipeline::extractor;
use claimdiff::record::{record_owned, RecordRequest};
use claimdiff::render::{Format, Report};
use claimdiff::report::RecordReport;
use claimdiff::store::Recorded;
use claimdiff::time::parse_time;
use claimdiff::url::article_key;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct RecordArgs {
    /// Text or HTML file to record (- or none: stdin)
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// The outlet the article belongs to ("Reuters", "El País")
    #[arg(long, value_name = "NAME")]
    source: String,
    /// The article's key (default: derived from --url)
    #[arg(long, value_name = "KEY")]
    article: Option<String>,
    /// The article's URL (its key when --article is not given)
    #[arg(long)]
    url: Option<String>,
    /// The article's title (default: the page's own)
    #[arg(long)]
    title: Option<String>,
    /// The version's time: RFC 3339 or YYYY-MM-DD (default: the page's, else now)
    #[arg(long)]
    at: Option<String>,
    /// Exit with status 3 when the version stored changed claims (added, removed or changed
    /// against the version before; a first version with claims counts), 0 when not.
    #[arg(long)]
    exit_code: bool,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(RecordReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// The headline of a plain text: its first line when that is short, has no final period and is
/// followed by a blank line (HTML pages carry their own title).
fn headline(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes)
        .ok()?
        .trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('<') {
        return None;
    }
    // Lines end at "\n" ("\r\n" too: trimming drops the "\r"); only the first two are read.
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let blank_follows = rest.split('\n').next().is_some_and(|l| l.trim().is_empty());
    let short = !first.is_empty() && first.chars().count() <= 120;
    (short && blank_follows && !first.ends_with(['.', ':', ';', ','])).then(|| first.to_string())
}

pub fn run(args: &RecordArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    // Check everything about the input before the database is opened (or created).
    {
        use claimdiff::record::{check_name, MAX_KEY_CHARS, MAX_SOURCE_CHARS};
        check_name("--source", &args.source, MAX_SOURCE_CHARS)?;
        if let Some(a) = args.article.as_deref().filter(|a| !a.trim().is_empty()) {
            check_name("--article", a.trim(), MAX_KEY_CHARS)?;
        }
    }
    if args.article.as_deref().is_none_or(|a| a.trim().is_empty()) && args.url.is_none() {
        bail!("give --article KEY or --url URL so the version has an article");
    }
    if let Some(t) = &args.at {
        parse_time(t, "--at")?;
    }
    if let Some(u) = &args.url {
        article_key(u)?;
    }
    // A file's directory must exist; a PostgreSQL URL has none.
    let is_url =
        g.db.to_str()
            .is_some_and(claimdiff::store::postgres::is_url);
    if let Some(dir) =
        g.db.parent()
            .filter(|d| !is_url && !d.as_os_str().is_empty())
    {
        if !g.db.exists() && !dir.is_dir() {
            bail!(
                "cannot create database {}: directory {} does not exist",
                g.db.display(),
                dir.display()
            );
        }
    }
    let bytes = read_input(args.file.as_deref())?;
    claimdiff::ingest::decode::decode(&bytes, None)?;
    let mut store = claimdiff::store::open(&g.db, true)?;
    let ex = extractor(Some(&*store), g.topics_file.as_deref())?;
    let request = RecordRequest {
        source: Some(args.source.clone()),
        article: args.article.clone(),
        url: args.url.clone(),
        title: args.title.clone().or_else(|| headline(&bytes)),
        at: args.at.clone(),
    };
    let outcome = record_owned(&mut *store, &ex, bytes, &request, None)?;
    let summary = match (&outcome.recorded, &outcome.diff) {
        (Recorded::Unchanged(_), _) => Summary::default(),
        (Recorded::Stored(_), Some((_, d))) => d.summary,
        (Recorded::Stored(v), None) => Summary {
            added: v.claims,
            ..Summary::default()
        },
    };
    g.write(&RecordReport(outcome), out)?;
    super::diff::exit_status(args.exit_code, &summary)
}
