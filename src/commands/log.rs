//! `claimdiff log [ARTICLE]`: the versions of one article, or every article with its version
//! count.

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::render::{Format, Report};
use claimdiff::report::LogReport;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct LogArgs {
    /// The article whose versions to list (default: list every article)
    #[arg(value_name = "ARTICLE")]
    article: Option<String>,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(LogReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &LogArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let store = g.open_read()?;
    let report = match &args.article {
        None => LogReport::Articles {
            articles: store.articles()?,
        },
        Some(a) => {
            let versions = store.versions(a)?;
            LogReport::Versions {
                article: a.clone(),
                source: versions[0].source.clone(),
                versions,
            }
        }
    };
    g.write(&report, out)
}
