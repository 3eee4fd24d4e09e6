//! `claimdiff import FILE… [--from FORMAT]`: reads archives into the store, through
//! [`claimdiff::archive::bulk`]: claimdiff's own JSONL (what `export` writes) parsed on every
//! core, other tools' archives (diffengine, NewsEdits, NewsDiffs' git) with their claims
//! extracted on every core; stored in batches, unreadable items (a JSONL line, a version)
//! skipped with one stderr line each, a progress bar on a terminal. Versions the store already
//! holds are skipped, so a re-run continues.

use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;

use claimdiff::archive::bulk::{self, BulkCounts, Observer};
use claimdiff::archive::found::Skip;
use claimdiff::archive::{self, jsonl, ArchiveFormat};
use claimdiff::render::{Format, Report, Style};

use super::notify::{flush_warnings, NotifyArgs};
use super::{formats, Common, Global};

#[derive(Args)]
#[command(
    after_help = "Example:\n  claimdiff import diffengine.db --db claims.db\n  claimdiff export --db old.db > a.jsonl && claimdiff import a.jsonl --db new.db"
)]
pub struct ImportArgs {
    /// The archives to read (- for JSONL on stdin).
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The archives' format [default: told from each file's content]
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(ArchiveFormat::ALL.iter().map(|(n, _)| *n)))]
    from: Option<String>,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ImportReport::FORMATS))]
    format: Format,
    /// Where the claim changes the archives bring are notified, and which.
    #[command(flatten)]
    notify: NotifyArgs,
    #[command(flatten)]
    common: Common,
}

/// What an import of claimdiff's JSONL did (the fields of its first summaries, then the rest).
#[derive(Serialize)]
struct JsonlCounts {
    /// Lines holding a version, or a line that could not be read.
    read: usize,
    stored: usize,
    /// Versions the store already held.
    skipped: usize,
    /// Lines that could not be read (each named on stderr with why).
    skipped_lines: usize,
    articles: usize,
    claims: usize,
    claim_changes: usize,
}

impl From<BulkCounts> for JsonlCounts {
    fn from(c: BulkCounts) -> JsonlCounts {
        JsonlCounts {
            read: c.read,
            stored: c.stored,
            skipped: c.held,
            skipped_lines: c.skipped,
            articles: c.articles,
            claims: c.claims,
            claim_changes: c.claim_changes,
        }
    }
}

/// What an import of one archive did.
#[derive(Serialize)]
#[serde(untagged)]
enum Counts {
    /// claimdiff's JSONL: versions read, stored, already held and lines skipped.
    Jsonl(JsonlCounts),
    /// Another tool's archive, with articles, claims and skips.
    Bulk(BulkCounts),
}

/// `import`: what was read, stored and skipped from one archive.
#[derive(Serialize)]
pub struct ImportReport {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'static str>,
    #[serde(flatten)]
    counts: Counts,
}

/// "1 version" or "2 versions".
fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

impl Report for ImportReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        match &self.counts {
            Counts::Jsonl(c) => writeln!(
                out,
                "imported {}: {} read, {} stored, {} already held{}",
                self.file,
                plural(c.read, "version"),
                c.stored,
                c.skipped,
                match c.skipped_lines {
                    0 => String::new(),
                    n => format!(", {} skipped", plural(n, "line")),
                }
            ),
            Counts::Bulk(c) => writeln!(
                out,
                "imported {} ({}): {}, {} read, {} stored, {} already held, {} skipped{}; {}, {}",
                self.file,
                self.from.unwrap_or_default(),
                plural(c.articles, "article"),
                plural(c.read, "version"),
                c.stored,
                c.held,
                c.skipped,
                match c.other_source {
                    0 => String::new(),
                    n => format!(" ({n} under another source)"),
                },
                plural(c.claims, "claim"),
                plural(c.claim_changes, "claim change"),
            ),
        }
    }
}

/// The format of each file: `--from` (checked against the content for other tools'
/// archives), else told from its content (stdin is JSONL); with what was read of stdin to
/// check its first line (read again before the rest of it).
fn formats_of(args: &ImportArgs) -> Result<Vec<(ArchiveFormat, Vec<u8>)>> {
    let given = args.from.as_deref().map(|name| {
        ArchiveFormat::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
            .expect("clap accepts only known formats")
    });
    args.files
        .iter()
        .map(|f| match given {
            // Other tools' archives are checked against the format named.
            Some(g) if g != ArchiveFormat::Jsonl => {
                let found = match archive::detect(f) {
                    Ok(found) => found,
                    // A damaged SQLite file: its reader skips what it cannot read.
                    Err(_) if archive::is_sqlite(f) => g,
                    Err(e) => return Err(e),
                };
                if found != g {
                    bail!(
                        "{} is a {} archive, not {}",
                        f.display(),
                        found.name(),
                        g.name()
                    );
                }
                Ok(g)
            }
            Some(g) => Ok(g),
            None if f.as_os_str() == "-" => Ok(ArchiveFormat::Jsonl),
            None => archive::detect(f),
        })
        .zip(&args.files)
        .map(|(format, f)| {
            let format = format?;
            let mut head = Vec::new();
            if format == ArchiveFormat::Jsonl {
                head = check_jsonl(f)?;
            }
            Ok((format, head))
        })
        .collect()
}

/// Refuses a JSONL file (`-`: stdin) whose first line is of a later archive format, before
/// the store is opened; returns what was read of stdin (nothing of a file).
fn check_jsonl(file: &Path) -> Result<Vec<u8>> {
    let cannot = || format!("cannot read {}", file.display());
    if file.as_os_str() == "-" {
        return jsonl_head(&mut io::stdin().lock()).with_context(|| file.display().to_string());
    }
    let f = std::fs::File::open(file).with_context(cannot)?;
    jsonl_head(&mut BufReader::new(f)).with_context(|| file.display().to_string())?;
    Ok(Vec::new())
}

/// Reads `input` up to the end of its first line that is not blank (at most the input size
/// cap of it: a longer line is the reader's to skip) and checks that line's archive format;
/// returns the bytes read.
fn jsonl_head(input: &mut dyn BufRead) -> Result<Vec<u8>> {
    let cap = claimdiff::input::max_input_size();
    let mut head = Vec::new();
    loop {
        let start = head.len();
        let n = (&mut *input)
            .take(cap.saturating_add(1))
            .read_until(b'\n', &mut head)
            .context("cannot read it")?;
        let line = &head[start..];
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        // The end, or a line longer than the cap.
        if n == 0 || line.len() as u64 > cap {
            return Ok(head);
        }
        if !line.trim_ascii().is_empty() {
            jsonl::check_first_line(line)?;
            return Ok(head);
        }
    }
}

pub fn run(args: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    // Every file's format is known before the store is opened (or created).
    let formats = formats_of(args)?;
    // With --notify-*: the targets' cursors are set (and earlier undelivered alerts queued)
    // before the import, so what it stores is what gets notified after it.
    let mut notifier = args.notify.notifier(&g.db)?;
    if let Some(n) = &mut notifier {
        n.catch_up()?;
    }
    for (file, (format, head)) in args.files.iter().zip(formats) {
        let report = match format {
            ArchiveFormat::Jsonl => ImportReport {
                file: file.display().to_string(),
                from: None,
                counts: Counts::Jsonl(import_bulk(&g, file, &head, format)?.into()),
            },
            _ => ImportReport {
                file: file.display().to_string(),
                from: Some(format.name()),
                counts: Counts::Bulk(import_bulk(&g, file, &head, format)?),
            },
        };
        g.write(&report, out)?;
    }
    if let Some(n) = &mut notifier {
        n.catch_up()?;
        let report = n.flush()?;
        for w in flush_warnings(&report) {
            eprintln!("claimdiff: warning: {w}");
        }
        if report.pending > 0 {
            bail!(
                "{} notification{} not delivered; kept for the next run",
                report.pending,
                if report.pending == 1 { "" } else { "s" }
            );
        }
    }
    Ok(())
}

/// Imports an archive in batches, with a progress bar on a terminal.
fn import_bulk(g: &Global, file: &Path, head: &[u8], format: ArchiveFormat) -> Result<BulkCounts> {
    let total = bulk::count(file, format).unwrap_or(0);
    let mut store = claimdiff::store::open(&g.db, true)?;
    let ex = claimdiff::pipeline::extractor(Some(&*store), g.topics_file.as_deref())?;
    let mut shown = Shown {
        bar: progress_bar(total),
    };
    let counts = bulk::import(&mut *store, &g.db, file, head, format, &ex, &mut shown);
    shown.bar.finish_and_clear();
    counts.with_context(|| file.display().to_string())
}

/// What the user sees while an import runs: a line per skipped item, and the progress bar.
struct Shown {
    bar: ProgressBar,
}

impl Observer for Shown {
    fn skipped(&mut self, skip: &Skip) {
        self.bar
            .suspend(|| eprintln!("skipped {}: {}", skip.place, skip.reason));
    }

    fn advanced(&mut self, n: usize) {
        self.bar.inc(n as u64);
    }
}

/// A progress bar of `len` versions with rate and ETA on stderr when it is a terminal, else a
/// hidden one (nothing is drawn when piped).
fn progress_bar(len: u64) -> ProgressBar {
    if !std::io::stderr().is_terminal() || len < 2 {
        return ProgressBar::hidden();
    }
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("importing {pos}/{len} versions [{bar:30}] {rate} ETA {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} versions/s", state.per_sec());
                },
            )
            .progress_chars("=> ");
    pb.set_style(style);
    pb
}
