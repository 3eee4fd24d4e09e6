//! `claimdiff search QUERY`: full-text search over claim sentences.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::render::{Format, Report};
use claimdiff::report::SearchReport;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct SearchArgs {
    /// Words to find in claim sentences (stemmed: "tariff" finds "tariffs")
    #[arg(value_name = "QUERY", required = true)]
    query: Vec<String>,
    /// At most this many sentences
    #[arg(long, value_name = "N", default_value_t = 50)]
    limit: usize,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(SearchReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &SearchArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let store = g.open_read()?;
    let query = args.query.join(" ");
    let report = SearchReport {
        hits: store.search(&query, args.limit)?,
        query,
    };
    g.write(&report, out)
}
