//! The commands of the CLI, one file each: its `clap::Args` (flags, defaults, help, and the
//! output formats it offers) and its `run`, which builds the command's typed report and writes
//! it to the output it is given. This module holds what they share: the options every command
//! takes ([`Common`]) and the context made of them ([`Global`]).

pub mod claims;
pub mod completions;
pub mod copy;
pub mod diff;
pub mod export;
pub mod extract;
pub mod feed;
pub mod fetch;
pub mod history;
pub mod import;
pub mod log;
pub mod man;
pub mod mv;
pub mod notify;
pub mod record;
pub mod reindex;
pub mod rm;
pub mod search;
pub mod serve;
pub mod show;
pub mod source;
pub mod topics;
pub mod watch;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{Context, Result};
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, ValueEnum};

use claimdiff::config::Config;
use claimdiff::render::{self, Format, Report, Style};
use claimdiff::store::{self, Store};

/// What a failure to write the output says before its reason.
pub const WRITE_ERROR: &str = "cannot write the output";

/// The database used when no flag, variable or configuration file names one.
pub const DEFAULT_DB: &str = "claimdiff.db";

/// The width tables fit in when stdout is not a terminal (files, pipes, tests).
pub const FIXED_TABLE_WIDTH: usize = 100;

/// When text output is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    #[default]
    Auto,
    /// Always, even into a pipe or a file.
    Always,
    /// Never.
    Never,
}

/// The options every command takes, `--format` aside (each command lists its own formats).
/// They are global: accepted before or after the subcommand.
#[derive(Args, Clone, Debug, Default)]
pub struct Common {
    /// Database file [default: claimdiff.db, or the config file's db]
    #[arg(
        long,
        env = "CLAIMDIFF_DB",
        global = true,
        value_name = "FILE",
        display_order = 100
    )]
    pub db: Option<PathBuf>,
    /// Colour text output: auto (on a terminal), always, never
    #[arg(
        long,
        value_enum,
        global = true,
        default_value = "auto",
        value_name = "WHEN",
        hide_possible_values = true,
        display_order = 102
    )]
    pub color: ColorWhen,
    /// Topic lexicon file to add ("topic: term, term" lines)
    #[arg(
        long,
        env = "CLAIMDIFF_LEXICON",
        global = true,
        value_name = "FILE",
        display_order = 103
    )]
    pub lexicon: Option<PathBuf>,
    /// Show tables whole instead of fitting them to the terminal
    #[arg(long, global = true, display_order = 104)]
    pub wide: bool,
    /// Largest input accepted per file, stdin, lexicon or JSONL line (50M; K, M, G)
    #[arg(long, env = "CLAIMDIFF_MAX_INPUT_SIZE", global = true, value_name = "SIZE", display_order = 105, value_parser = claimdiff::input::parse_size)]
    pub max_input_size: Option<u64>,
}

/// The `--format` parser of a command that offers `formats`: any other value is a usage error
/// that lists them.
pub fn formats(formats: &'static [Format]) -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(formats.iter().map(|f| f.name()))
        .map(|name| Format::from_name(&name).expect("the parser accepts only format names"))
}

/// The configuration file's defaults, read once by `main` before any command runs.
static CONFIG: OnceLock<Config> = OnceLock::new();

/// Sets the configuration the commands run with (once; later calls are ignored).
pub fn set_config(config: Config) {
    let _ = CONFIG.set(config);
}

/// The configuration the commands run with (the defaults when none was set).
pub fn config() -> &'static Config {
    CONFIG.get_or_init(Config::default)
}

/// What a command runs with: the database, the output format and style, extra topics.
#[derive(Debug, Clone)]
pub struct Global {
    pub db: PathBuf,
    pub format: Format,
    pub style: Style,
    /// Extra topic lexicon file (`--lexicon FILE`, else the configuration file's).
    pub topics_file: Option<PathBuf>,
}

impl Global {
    /// The context of a command given `common` and `--format`: flags and `CLAIMDIFF_*`
    /// variables first, then the configuration file, then the defaults; colour only for text,
    /// and with `--color auto` only on a terminal without `NO_COLOR`.
    pub fn new(common: &Common, format: Format) -> Global {
        if let Some(n) = common.max_input_size {
            claimdiff::input::set_max_input_size(n);
        }
        let config = config();
        let color = match common.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let table_width = match terminal_size::terminal_size() {
            _ if common.wide => None,
            Some((w, _)) if std::io::stdout().is_terminal() => Some(usize::from(w.0)),
            _ => Some(FIXED_TABLE_WIDTH),
        };
        render::set_table_width(table_width);
        Global {
            db: (common.db.clone())
                .or_else(|| config.db.clone())
                .unwrap_or_else(|| PathBuf::from(DEFAULT_DB)),
            format,
            style: Style {
                color: color && format == Format::Text,
            },
            topics_file: common.lexicon.clone().or_else(|| config.lexicon.clone()),
        }
    }

    /// Opens the database for reading (it must exist); when its claims come from another
    /// extractor than this claimdiff's, says so on stderr ([`extractor_note`]).
    pub fn open_read(&self) -> Result<Box<dyn Store>> {
        let store = store::open(&self.db, false)?;
        note_extractor(&*store, &self.db);
        Ok(store)
    }

    /// Writes `report` in this command's format.
    pub fn write<R: Report>(&self, report: &R, out: &mut dyn Write) -> Result<()> {
        render::write(report, self.format, self.style, out).context(WRITE_ERROR)
    }
}

/// What a person can do about an error the library reports, said after its message: hints are
/// the command line's business, so the library's errors carry none.
pub fn hint(e: &anyhow::Error) -> Option<String> {
    let kind = e
        .chain()
        .find_map(|c| c.downcast_ref::<claimdiff::Error>())?;
    match kind {
        claimdiff::Error::UnknownArticle(_) => {
            Some("see `claimdiff log` for the articles stored".into())
        }
        claimdiff::Error::SourceMismatch { stored, .. } => Some(format!(
            "to add a version of it, use --source {stored:?}; for another article, another \
             --article key"
        )),
        claimdiff::Error::UnknownSource(_) => {
            Some("see `claimdiff source list` for the sources stored".into())
        }
        e if e.is_busy() => Some(
            "another claimdiff process kept the database locked (a reindex or a large import?); \
             run the command again when it is done"
                .into(),
        ),
        _ => None,
    }
}

/// The line a read prints to stderr when the claims in the store at `db` were extracted by
/// another extractor (`stored`, from [`Store::extractor_version`]) than this claimdiff's:
/// an older one (`reindex` upgrades them) or a newer one (claims may differ from what this
/// claimdiff extracts). `None` when they are this claimdiff's.
pub fn extractor_note(db: &std::path::Path, stored: u32) -> Option<String> {
    let now = claimdiff::extract::version::EXTRACTOR_VERSION;
    let db = store::display_location(db);
    match stored.cmp(&now) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Less => Some(format!(
            "note: claims in {db} were extracted by an older claimdiff (extractor {stored}, \
             now {now}); run `claimdiff reindex` to upgrade them"
        )),
        std::cmp::Ordering::Greater => Some(format!(
            "note: claims in {db} were extracted by a newer claimdiff (extractor {stored}, \
             this one has {now}); they may differ from what this claimdiff extracts"
        )),
    }
}

/// Prints [`extractor_note`] for `store` (at `db`) to stderr, if any: never to stdout, so
/// JSON output stays clean. A store whose version cannot be read is not noted.
pub fn note_extractor(store: &dyn Store, db: &std::path::Path) {
    if let Some(note) = (store.extractor_version().ok()).and_then(|v| extractor_note(db, v)) {
        eprintln!("{note}");
    }
}
