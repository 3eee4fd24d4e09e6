//! `claimdiff reindex`: re-runs extraction over every stored version, in batches of whole
//! articles (each one transaction: see `Store::reindex`).

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::history;
use claimdiff::pipeline::{extractor, process, ProcessOptions};
use claimdiff::render::{Format, Report};
use claimdiff::store::ReindexReport;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct ReindexArgs {
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ReindexReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ReindexArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let mut store = g.open_read()?;
    let ex = extractor(Some(&*store), g.topics_file.as_deref())?;
    let report = store.reindex(
        &mut |rv| {
            let known = claimdiff::ingest::boilerplate::source_furniture(&rv.source_texts);
            let opts = ProcessOptions {
                known_furniture: Some(&known),
                ..ProcessOptions::new(&ex)
            };
            Ok(process(&rv.raw, &opts)?.extraction)
        },
        &mut history::lineage,
    )?;
    g.write(&report, out)
}
