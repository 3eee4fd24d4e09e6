//! `claimdiff topics [--import FILE]`: the topics known, with claim, article and source
//! counts; or adds a lexicon file's topics to the database.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use claimdiff::extract::Lexicon;
use claimdiff::pipeline::read_topics_file;
use claimdiff::render::{Format, Report};
use claimdiff::report::{TopicsImported, TopicsReport};

use super::{formats, Common, Global};

#[derive(Args)]
pub struct TopicsArgs {
    /// Add the topics of a lexicon file to the database
    #[arg(long, value_name = "FILE")]
    import: Option<PathBuf>,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(TopicsReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &TopicsArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    if let Some(f) = &args.import {
        let text = read_topics_file(f)?;
        Lexicon::default()
            .add_text(&text)
            .with_context(|| format!("in {}", f.display()))?;
        let mut store = claimdiff::store::open(&g.db, true)?;
        store.add_topic_terms(&text)?;
        return g.write(&TopicsImported { file: f.clone() }, out);
    }
    let store = g.open_read()?;
    let report = TopicsReport {
        topics: store.topics()?,
    };
    g.write(&report, out)
}
