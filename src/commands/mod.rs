//! The commands of the CLI, one file each: its `clap::Args` (flags, defaults, help, and the
//! output formats it offers) and its `run`, which builds the command's typed report and writes
//! it to the output it is given. This module holds what they share: the options every command
//! takes ([`Common`]) and the context made of them ([`Global`]).

pub mod claims;
pub mod diff;
pub mod extract;
pub mod fetch;
pub mod history;
pub mod log;
pub mod record;
pub mod reindex;
pub mod search;
pub mod topics;
pub mod watch;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Args;

use claimdiff::render::{self, Format, Report, Style};
use claimdiff::store::{self, Store};

/// What a failure to write the output says before its reason.
pub const WRITE_ERROR: &str = "cannot write the output";

/// The options every command takes, `--format` aside (each command lists its own formats).
#[derive(Args, Clone)]
pub struct Common {
    /// The database file (default: claimdiff.db in the current directory).
    #[arg(
        long,
        env = "CLAIMDIFF_DB",
        default_value = "claimdiff.db",
        global = true,
        display_order = 100
    )]
    pub db: PathBuf,
    /// A topic lexicon file to add ("topic: term, term" lines).
    #[arg(long, global = true, display_order = 102)]
    pub topics: Option<PathBuf>,
    /// The largest input accepted: each file, standard input, lexicon file, JSONL line (50M;
    /// K, M, G suffixes).
    #[arg(long, env = "CLAIMDIFF_MAX_INPUT_SIZE", global = true, display_order = 103, value_parser = claimdiff::input::parse_size)]
    pub max_input_size: Option<u64>,
}

/// The `--format` parser of a command that offers `formats`: any other value is a usage error
/// that lists them.
pub fn formats(formats: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(formats.iter().map(|f| f.name()))
        .map(|name| Format::from_name(&name).expect("the parser accepts only format names"))
}

/// What a command runs with: the database, the output format and style, extra topics.
#[derive(Debug, Clone)]
pub struct Global {
    pub db: PathBuf,
    pub format: Format,
    pub style: Style,
    /// Extra topic lexicon file (`--topics FILE`).
    pub topics_file: Option<PathBuf>,
}

impl Global {
    /// The context of a command given `common` and `--format`: colour only for text on a
    /// terminal without `NO_COLOR`.
    pub fn new(common: &Common, format: Format) -> Global {
        if let Some(n) = common.max_input_size {
            claimdiff::input::set_max_input_size(n);
        }
        let color = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Global {
            db: common.db.clone(),
            format,
            style: Style {
                color: color && format == Format::Text,
            },
            topics_file: common.topics.clone(),
        }
    }

    /// Opens the database for reading (it must exist).
    pub fn open_read(&self) -> Result<Box<dyn Store>> {
        Ok(store::open(&self.db, false)?)
    }

    /// Writes `report` in this command's format.
    pub fn write<R: Report>(&self, report: &R, out: &mut dyn Write) -> Result<()> {
        render::write(report, self.format, self.style, out).context(WRITE_ERROR)
    }
}

/// What a person can do about an error the library reports, said after its message: hints are
/// the command line's business, so the library's errors carry none.
pub fn hint(e: &anyhow::Error) -> Option<&'static str> {
    let kind = e
        .chain()
        .find_map(|c| c.downcast_ref::<claimdiff::Error>())?;
    match kind {
        claimdiff::Error::UnknownArticle(_) => Some("see `claimdiff log` for the articles stored"),
        claimdiff::Error::SourceMismatch { .. } => Some("use another --article key"),
        _ => None,
    }
}
