//! `claimdiff claims REF`: the claims of one stored version.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::render::{Format, Report};
use claimdiff::report::ClaimsReport;
use claimdiff::store::VersionRef;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct ClaimsArgs {
    /// The version: ARTICLE (its latest), ARTICLE@N, ARTICLE@first or ARTICLE@latest
    #[arg(value_name = "REF")]
    version: String,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ClaimsReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ClaimsArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let store = g.open_read()?;
    let v = store.resolve(&VersionRef::parse(&args.version)?)?;
    let sv = store.load(&v)?;
    let report = ClaimsReport {
        at: v.at().to_string(),
        article: v.article,
        source: v.source,
        version: v.number,
        claims: sv.claims,
    };
    g.write(&report, out)
}
