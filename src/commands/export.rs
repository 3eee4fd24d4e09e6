//! `claimdiff export [--source S] [--article A] [--since T] [--format jsonl|csv]`: the whole
//! store, or the versions a filter keeps, as claimdiff's JSONL archive (one version a line,
//! what `import` reads back) or as CSV (one claim a row). Streams: one version is in memory
//! at a time, whatever the store's size.

use std::io::Write;

use anyhow::{Context, Result};
use clap::Args;

use claimdiff::archive::{csv::ClaimsCsv, jsonl};
use claimdiff::render::Format;
use claimdiff::store::{ArchivedVersion, ExportFilter};
use claimdiff::time::parse_time;

use super::{formats, Common, Global, WRITE_ERROR};

/// What `export` writes: JSONL (one version a line with its text, input, sentences and claims:
/// what `import` reads) or CSV (one claim a row, with its version's article, source, number,
/// time, URL and title).
const FORMATS: &[Format] = &[Format::Jsonl, Format::Csv];

#[derive(Args)]
#[command(
    after_help = "Examples:\n  claimdiff export > archive.jsonl\n  claimdiff export --source \"The Gulf Courier\" --since 2025-12-01 --format csv > claims.csv"
)]
pub struct ExportArgs {
    /// Only this source's versions.
    #[arg(long)]
    source: Option<String>,
    /// Only this article's versions.
    #[arg(long)]
    article: Option<String>,
    /// Only versions from this time on (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Output format.
    #[arg(long, default_value = "jsonl", global = true, display_order = 101, value_parser = formats(FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ExportArgs, out: &mut dyn Write) -> Result<()> {
    let since = match &args.since {
        Some(t) => Some(parse_time(t, "--since")?),
        None => None,
    };
    let g = Global::new(&args.common, claimdiff::render::Format::Text);
    let store = g.open_read()?;
    let filter = ExportFilter {
        source: args.source.clone(),
        article: args.article.clone(),
        since,
    };
    // Which extractor wrote the claims: each line says it, so an import can tell.
    let extractor = store.extractor_version()?;
    // A write error is kept as it is, so that a closed pipe (`| head`) is recognised.
    let mut write_error: Option<std::io::Error> = None;
    let mut keep = |r: std::io::Result<()>| -> claimdiff::error::Result<()> {
        r.map_err(|e| {
            let kept = std::io::Error::new(e.kind(), e.to_string());
            write_error = Some(e);
            kept.into()
        })
    };
    let result = match args.format {
        Format::Jsonl => store.export(&filter, &mut |a: &ArchivedVersion| {
            keep(jsonl::write(a, extractor, out))
        }),
        Format::Csv => {
            let mut csv = ClaimsCsv::new(&mut *out).context(WRITE_ERROR)?;
            let r = store.export(&filter, &mut |a: &ArchivedVersion| keep(csv.write(a)));
            r.and_then(|n| keep(csv.finish()).map(|()| n))
        }
        other => anyhow::bail!("export writes jsonl or csv, not {}", other.name()),
    };
    match (result, write_error) {
        (Ok(_), _) => Ok(()),
        (Err(_), Some(e)) => Err(anyhow::Error::new(e).context(WRITE_ERROR)),
        (Err(e), None) => Err(e.into()),
    }
}
