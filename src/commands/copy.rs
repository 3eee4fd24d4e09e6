//! `claimdiff copy --from DB --to DB`: moves a whole store between backends (an SQLite file and
//! a PostgreSQL database, either way, or two of a kind), in batches of versions, with a
//! progress bar on a terminal and a verification of the counts at the end.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use claimdiff::history;
use claimdiff::render::{self, Format, Report, Style};
use claimdiff::report::CopyReport;
use claimdiff::store::copy::{copy, StoreCounts};
use claimdiff::store::{self, display_location};

use super::formats;

#[derive(Args)]
pub struct CopyArgs {
    /// The store to copy: an SQLite file or a postgres:// URL.
    #[arg(long, value_name = "DB")]
    from: PathBuf,
    /// The store to copy into (created when missing); it must hold no articles yet.
    #[arg(long, value_name = "DB")]
    to: PathBuf,
    /// Versions written per transaction.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u64).range(1..))]
    batch: u64,
    /// Output format.
    #[arg(long, default_value = "text", value_parser = formats(CopyReport::FORMATS))]
    format: Format,
}

/// A progress bar of `len` versions on stderr when it is a terminal, else a hidden one.
fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("copying versions {pos}/{len} [{bar:30}] {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    pb.set_style(style);
    pb
}

pub fn run(args: &CopyArgs, out: &mut dyn Write) -> Result<()> {
    let (from_shown, to_shown) = (display_location(&args.from), display_location(&args.to));
    if args.from == args.to {
        bail!("--from and --to are the same store ({from_shown})");
    }
    let from = store::open(&args.from, false)?;
    let expected = StoreCounts::of(&*from)?;
    let mut to = store::open(&args.to, true)?;
    if !to.articles()?.is_empty() {
        bail!("{to_shown} already holds articles: copy into a new or empty store");
    }
    let pb = progress_bar(expected.versions as u64);
    copy(
        &*from,
        &mut *to,
        args.batch as usize,
        &mut history::lineage,
        &mut |n| pb.set_position(n as u64),
    )
    .with_context(|| format!("copying into {to_shown}"))?;
    pb.finish_and_clear();
    let copied = StoreCounts::of(&*to)?;
    if copied != expected {
        bail!(
            "verification failed: {from_shown} holds {} articles, {} versions, {} claims; \
             {to_shown} holds {} articles, {} versions, {} claims",
            expected.articles,
            expected.versions,
            expected.claims,
            copied.articles,
            copied.versions,
            copied.claims
        );
    }
    let report = CopyReport {
        from: from_shown,
        to: to_shown,
        copied,
    };
    render::write(&report, args.format, Style { color: false }, out).context(super::WRITE_ERROR)
}
