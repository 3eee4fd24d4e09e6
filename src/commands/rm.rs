//! `claimdiff rm ARTICLE|REF [--yes]`: deletes an article with all its versions, or one
//! version (`ARTICLE@N`, `@first`, `@latest`). Without `--yes` it only says what would go.
//! Removing a version moves the ones after it down a number and relinks the one that
//! followed it to the version now before it, so `history` stays consistent.

use std::io::{self, Write};

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use claimdiff::history;
use claimdiff::model::Version;
use claimdiff::render::{vref, Format, Report, Style};
use claimdiff::store::{VersionRef, Which};

use super::{formats, Common, Global};

#[derive(Args)]
#[command(
    after_help = "Examples:\n  claimdiff rm courier-sheinbaum-trump@2         # what would go\n  claimdiff rm courier-sheinbaum-trump@2 --yes   # remove version 2"
)]
pub struct RmArgs {
    /// An article (with all its versions) or one version: ARTICLE@N, @first, @latest.
    target: String,
    /// Remove; without it, only list what would be removed.
    #[arg(long, short = 'y')]
    yes: bool,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(RmReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// `rm`: what was (or, in a dry run, would be) removed.
#[derive(Serialize)]
pub struct RmReport {
    /// True when nothing was removed (no `--yes`).
    dry_run: bool,
    article: String,
    source: String,
    /// The versions removed.
    removed: Vec<Version>,
    /// Whether the article itself goes (all its versions were removed).
    article_removed: bool,
    /// How many later versions moved down one number.
    renumbered: usize,
}

impl Report for RmReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let verb = if self.dry_run {
            "would remove"
        } else {
            "removed"
        };
        match self.removed.as_slice() {
            [v] if !self.article_removed || self.renumbered > 0 => writeln!(
                out,
                "{verb} {} ({}, {}, {} claims)",
                vref(v),
                self.source,
                v.at(),
                v.claims
            )?,
            versions => {
                let n = versions.len();
                let s = if n == 1 { "" } else { "s" };
                writeln!(
                    out,
                    "{verb} article {} ({}) and its {n} version{s}:",
                    self.article, self.source
                )?;
                for v in versions {
                    writeln!(out, "  {}  {}  {} claims", vref(v), v.at(), v.claims)?;
                }
            }
        }
        if self.renumbered > 0 {
            let n = self.removed[0].number;
            let last = n + self.renumbered as u32;
            let be = if self.dry_run {
                "would become"
            } else {
                "became"
            };
            let a = &self.article;
            match self.renumbered {
                1 => writeln!(out, "{a}@{last} {be} {a}@{n}")?,
                _ => writeln!(
                    out,
                    "{a}@{} to {a}@{last} {be} {a}@{n} to {a}@{}",
                    n + 1,
                    last - 1
                )?,
            }
        }
        if self.dry_run {
            writeln!(out, "dry run: nothing removed (add --yes to remove)")?;
        }
        Ok(())
    }
}

pub fn run(args: &RmArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let mut store = g.open_read()?;
    let r = VersionRef::parse(&args.target)?;
    let whole = r.which == Which::Latest && !args.target.ends_with("@latest");
    let versions = store.versions(&r.article)?;
    let report = if whole {
        RmReport {
            dry_run: !args.yes,
            article: r.article.clone(),
            source: versions[0].source.clone(),
            removed: versions,
            article_removed: true,
            renumbered: 0,
        }
    } else {
        let v = store.resolve(&r)?;
        RmReport {
            dry_run: !args.yes,
            article: r.article.clone(),
            source: v.source.clone(),
            renumbered: versions.len() - v.number as usize,
            article_removed: versions.len() == 1,
            removed: vec![v],
        }
    };
    if args.yes {
        if whole {
            store.remove_article(&r.article)?;
        } else {
            store.remove_version(&report.removed[0], &mut history::lineage)?;
        }
    }
    g.write(&report, out)
}
