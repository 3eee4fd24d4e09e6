//! `claimdiff source list|rename|merge`: the sources (outlets) in the store, renaming one
//! (a typo in `--source`), and merging one into another (two spellings of one outlet).

use std::io::{self, Write};

use anyhow::{bail, Result};
use clap::{Args, Subcommand};
use serde::Serialize;

use claimdiff::render::{self, Format, Report, Style};
use claimdiff::store::{SourceCount, Store};

use super::{formats, Common, Global};

#[derive(Args)]
#[command(
    after_help = "Examples:\n  claimdiff source list\n  claimdiff source rename \"Gulf Courier\" \"The Gulf Courier\"\n  claimdiff source merge \"Gulf Courier\" \"The Gulf Courier\""
)]
pub struct SourceArgs {
    #[command(subcommand)]
    action: SourceAction,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(SourcesReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

#[derive(Subcommand)]
enum SourceAction {
    /// Every source with its article and version counts.
    List,
    /// Rename a source (refused when the new name is taken: merge then).
    Rename {
        /// The source's name now.
        old: String,
        /// Its new name (not taken by another source).
        new: String,
    },
    /// Move every article of FROM to INTO (an existing source) and delete FROM.
    Merge {
        /// The source to merge away.
        from: String,
        /// The source that keeps the articles.
        into: String,
    },
}

/// `source list`: the sources with their counts.
#[derive(Serialize)]
pub struct SourcesReport {
    sources: Vec<SourceCount>,
}

impl Report for SourcesReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json, Format::Csv];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.source.clone(),
                    s.articles.to_string(),
                    s.versions.to_string(),
                ]
            })
            .collect();
        out.write_all(render::table(&["SOURCE", "ARTICLES", "VERSIONS"], &rows).as_bytes())
    }

    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(["source", "articles", "versions"])?;
        for s in &self.sources {
            w.write_record([
                s.source.clone(),
                s.articles.to_string(),
                s.versions.to_string(),
            ])?;
        }
        w.flush()
    }
}

/// `source rename` and `source merge`: what moved where.
#[derive(Serialize)]
pub struct SourceMoved {
    action: &'static str,
    from: String,
    source: String,
    articles: usize,
}

impl Report for SourceMoved {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let s = if self.articles == 1 { "" } else { "s" };
        let (verb, to) = if self.action == "rename" {
            ("renamed", "to")
        } else {
            ("merged", "into")
        };
        writeln!(
            out,
            "{verb} source {} {to} {} ({} article{s})",
            self.from, self.source, self.articles
        )
    }
}

/// Whether `name` is a source of the store.
fn known(store: &dyn Store, name: &str) -> Result<bool> {
    Ok(store.sources()?.iter().any(|s| s.source == name))
}

pub fn run(args: &SourceArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let mut store = g.open_read()?;
    let (action, from, into) = match &args.action {
        SourceAction::List => {
            let report = SourcesReport {
                sources: store.sources()?,
            };
            return g.write(&report, out);
        }
        SourceAction::Rename { old, new } => {
            if new.trim().is_empty() {
                bail!("the new source name is empty");
            }
            if old != new && known(&*store, new)? {
                bail!(
                    "source {new:?} already exists (to move {old:?}'s articles to it: claimdiff source merge {old:?} {new:?})"
                );
            }
            ("rename", old, new.trim())
        }
        SourceAction::Merge { from, into } => {
            if !known(&*store, from)? {
                return Err(claimdiff::Error::UnknownSource(from.clone()).into());
            }
            if !known(&*store, into)? {
                bail!("unknown source {into:?} (to give {from:?} a new name: claimdiff source rename {from:?} {into:?})");
            }
            ("merge", from, into.as_str())
        }
    };
    if g.format == Format::Csv {
        bail!("--format csv is for `source list`");
    }
    let articles = store.merge_source(from, into)?;
    let report = SourceMoved {
        action,
        from: from.clone(),
        source: into.to_string(),
        articles,
    };
    g.write(&report, out)
}
