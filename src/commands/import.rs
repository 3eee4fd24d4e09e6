//! `claimdiff import FILE [--from jsonl]`: reads an archive (claimdiff's JSONL, what `export`
//! writes) into the store in one transaction. Versions the store already holds are skipped;
//! an invalid line stops the import with its line number, and nothing is written.

use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;

use claimdiff::archive::{self, ArchiveFormat, ImportCounts};
use claimdiff::history;
use claimdiff::render::{Format, Report, Style};

use super::{formats, Common, Global};

#[derive(Args)]
#[command(
    after_help = "Example: claimdiff export --db old.db > a.jsonl && claimdiff import a.jsonl --db new.db"
)]
pub struct ImportArgs {
    /// The archive to read (- for stdin).
    file: PathBuf,
    /// The archive's format.
    #[arg(long, default_value = "jsonl", value_parser = clap::builder::PossibleValuesParser::new(ArchiveFormat::ALL.iter().map(|(n, _)| *n)))]
    from: String,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ImportReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// `import`: how many versions were read, stored and skipped.
#[derive(Serialize)]
pub struct ImportReport {
    file: String,
    #[serde(flatten)]
    counts: ImportCounts,
}

impl Report for ImportReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let c = &self.counts;
        let s = if c.read == 1 { "" } else { "s" };
        writeln!(
            out,
            "imported {}: {} version{s} read, {} stored, {} already held",
            self.file, c.read, c.stored, c.skipped
        )
    }
}

pub fn run(args: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let format = ArchiveFormat::ALL
        .iter()
        .find(|(n, _)| *n == args.from)
        .map(|(_, f)| *f)
        .expect("clap accepts only known formats");
    let mut input: Box<dyn BufRead> = if args.file.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        let f = std::fs::File::open(&args.file)
            .with_context(|| format!("cannot read {}", args.file.display()))?;
        Box::new(BufReader::with_capacity(1 << 20, f))
    };
    let created = !g.db.exists();
    let mut store = claimdiff::store::open(&g.db, true)?;
    let counts = archive::import(&mut *store, &mut input, format, &mut history::lineage)
        .with_context(|| args.file.display().to_string());
    drop(store);
    let counts = match counts {
        Ok(c) => c,
        Err(e) => {
            // A database this import created holds nothing: it goes too.
            if created {
                remove_database(&g.db);
            }
            return Err(e);
        }
    };
    let report = ImportReport {
        file: args.file.display().to_string(),
        counts,
    };
    g.write(&report, out)
}

/// Removes a database file and its WAL companions.
fn remove_database(db: &std::path::Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
}
