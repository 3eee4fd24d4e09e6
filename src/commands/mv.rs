//! `claimdiff mv OLD NEW`: renames an article key (its versions, claims and history follow);
//! a key that is already taken is refused.

use std::io::{self, Write};

use anyhow::{bail, Result};
use clap::Args;
use serde::Serialize;

use claimdiff::render::{Format, Report, Style};

use super::{formats, Common, Global};

#[derive(Args)]
#[command(after_help = "Example: claimdiff mv courier-sheinbaum-trump courier-2025-12-04")]
pub struct MvArgs {
    /// The article's key now.
    old: String,
    /// Its new key (not taken by another article).
    new: String,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(MvReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// `mv`: the article renamed.
#[derive(Serialize)]
pub struct MvReport {
    from: String,
    article: String,
    versions: usize,
}

impl Report for MvReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let s = if self.versions == 1 { "" } else { "s" };
        writeln!(
            out,
            "renamed article {} to {} ({} version{s})",
            self.from, self.article, self.versions
        )
    }
}

pub fn run(args: &MvArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let new = args.new.trim();
    if new.is_empty() {
        bail!("the new article key is empty");
    }
    if new.contains('@') {
        bail!("an article key cannot contain @ (it starts a version number in refs)");
    }
    let mut store = g.open_read()?;
    let versions = store.versions(&args.old)?.len();
    store.rename_article(&args.old, new)?;
    let report = MvReport {
        from: args.old.clone(),
        article: new.to_string(),
        versions,
    };
    g.write(&report, out)
}
