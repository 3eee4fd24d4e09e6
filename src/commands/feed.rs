//! `claimdiff feed [--topic T]... [--limit N] [--output FILE]`: the latest claim changes as an
//! Atom 1.0 feed, for feed readers. Entry ids are the changes' stable identities, so a reader
//! rebuilding or re-polling the feed shows each change once.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;

use claimdiff::alert::feed::{latest_changes, write_atom, FeedInfo};
use claimdiff::render::Format;

use super::{Common, Global};

#[derive(Args)]
pub struct FeedArgs {
    /// Only changes to claims on this topic (repeatable; default: every topic)
    #[arg(long, value_name = "TOPIC")]
    topic: Vec<String>,
    /// The most changes the feed lists, newest first
    #[arg(long, value_name = "N", default_value = "50")]
    limit: usize,
    /// Write the feed to this file instead of stdout (replaced whole)
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &FeedArgs, out: &mut dyn Write) -> Result<()> {
    if args.limit == 0 {
        bail!("bad --limit value: it must be at least 1");
    }
    let g = Global::new(&args.common, Format::Text);
    let store = g.open_read()?;
    let topics: Vec<String> = args.topic.iter().map(|t| t.trim().to_lowercase()).collect();
    let changes = latest_changes(store.as_ref(), &topics, args.limit)?;
    let mut doc = Vec::new();
    write_atom(&changes, &FeedInfo::for_topics(&topics), &mut doc)?;
    match &args.output {
        None => out.write_all(&doc).context(super::WRITE_ERROR),
        Some(path) => replace_file(path, &doc),
    }
}

/// Writes `bytes` to `path` through a temporary file next to it, renamed over it: a reader
/// of the feed never sees half of one.
fn replace_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(format!(".{}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    let written = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("cannot write {}", path.display()))
}
