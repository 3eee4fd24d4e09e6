//! `claimdiff record [FILE|-] --source NAME [--article KEY] [--url URL] [--title T] [--at TIME]`:
//! stores a new version of an article and says how its claims changed since the one before.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Result};
use clap::Args;

use claimdiff::input::read_input;
use claimdiff::pipeline::extractor;
use claimdiff::record::{record_bytes, RecordRequest};
use claimdiff::render::{Format, Report};
use claimdiff::report::RecordReport;
use claimdiff::time::parse_time;
use claimdiff::url::article_key;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct RecordArgs {
    file: Option<PathBuf>,
    #[arg(long)]
    source: String,
    #[arg(long)]
    article: Option<String>,
    #[arg(long)]
    url: Option<String>,
    #[arg(long)]
    title: Option<String>,
    /// The version's time: RFC 3339 or YYYY-MM-DD (default: the page's own time, else now).
    #[arg(long)]
    at: Option<String>,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(RecordReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
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
    let bytes = read_input(args.file.as_deref())?;
    claimdiff::ingest::decode::decode(&bytes, None)?;
    let mut store = claimdiff::store::open(&g.db, true)?;
    let ex = extractor(Some(&*store), g.topics_file.as_deref())?;
    let request = RecordRequest {
        source: Some(args.source.clone()),
        article: args.article.clone(),
        url: args.url.clone(),
        title: args.title.clone(),
        at: args.at.clone(),
    };
    let outcome = record_bytes(&mut *store, &ex, &bytes, &request, None)?;
    g.write(&RecordReport(outcome), out)
}
