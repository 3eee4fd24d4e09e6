//! The claimdiff command line: parses arguments with clap and calls one function of
//! `claimdiff::app`. Errors print as one line on stderr and exit 1; usage errors exit 2.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use claimdiff::app::{self, DiffArgs, Global, RecordArgs};
use claimdiff::history::Query;
use claimdiff::render::{Format, Style};

/// mimalloc instead of the system allocator: extraction makes and drops many small strings
/// (sentences, words, subjects, labels); mimalloc's thread-local free lists make that about 20%
/// cheaper, and the threads of `extract --jsonl` do not contend on one heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "claimdiff",
    version,
    about = "Track how the factual claims in news articles change across versions and outlets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Args, Clone)]
struct Common {
    /// The database file (default: claimdiff.db in the current directory).
    #[arg(
        long,
        env = "CLAIMDIFF_DB",
        default_value = "claimdiff.db",
        global = true
    )]
    db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "text", global = true)]
    format: Format,
    /// A topic lexicon file to add ("topic: term, term" lines).
    #[arg(long, global = true)]
    topics: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Store a new version of an article (plain text or HTML; FILE, or stdin for - or none).
    Record {
        file: Option<PathBuf>,
        #[arg(long)]
        source: String,
        #[arg(long)]
        article: Option<String>,
        #[arg(long)]
        url: Option<String>,
        #[arg(long)]
        title: Option<String>,
        /// The version's time: RFC 3339 or YYYY-MM-DD (default: the page's own time, else now).
        #[arg(long)]
        at: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// The versions of one article, or every article with its version count.
    Log {
        article: Option<String>,
        #[command(flatten)]
        common: Common,
    },
    /// The claims of one stored version (ARTICLE, ARTICLE@N, ARTICLE@first, ARTICLE@latest).
    Claims {
        version: String,
        #[command(flatten)]
        common: Common,
    },
    /// How claims changed from A to B (version refs or files).
    Diff {
        a: String,
        b: String,
        /// Treat A and B as two outlets' stories.
        #[arg(long)]
        sources: bool,
        /// Also show the sentence-level diff.
        #[arg(long)]
        sentences: bool,
        /// Also list unchanged claims.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Every claim on a topic across articles, versions and sources, oldest first.
    History {
        #[arg(long)]
        topic: String,
        #[arg(long)]
        source: Option<String>,
        #[arg(long)]
        article: Option<String>,
        /// RFC 3339 or YYYY-MM-DD (from the start of that day).
        #[arg(long)]
        since: Option<String>,
        /// RFC 3339 or YYYY-MM-DD (to the end of that day).
        #[arg(long)]
        until: Option<String>,
        /// Only changes of at least this many percent.
        #[arg(long)]
        min_change: Option<f64>,
        /// Also show unchanged entries.
        #[arg(long)]
        all: bool,
        /// Show the latest N entries (still oldest first); 0 shows every entry.
        #[arg(long, default_value_t = 1000)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// The topics known, with claim, article and source counts.
    Topics {
        /// Add the topics of a lexicon file to the database.
        #[arg(long)]
        import: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Full-text search over claim sentences.
    Search {
        query: String,
        #[arg(long, default_value_t = 50)]
        limit: usize,
        #[command(flatten)]
        common: Common,
    },
    /// Claims of a text without storing anything.
    Extract {
        file: Option<PathBuf>,
        /// Read {"id", "text"} objects a line; write {"id", "claims"} a line.
        #[arg(long)]
        jsonl: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Download pages over HTTP(S) and record each as `record` does.
    Fetch {
        #[arg(required = true)]
        urls: Vec<String>,
        /// The source (default: the page's og:site_name, else its host).
        #[arg(long)]
        source: Option<String>,
        /// The article key (one URL only; default: derived from the canonical or final URL).
        #[arg(long)]
        article: Option<String>,
        /// Minimum time between two requests to one host.
        #[arg(long, default_value = "1s")]
        delay: String,
        #[command(flatten)]
        common: Common,
    },
    /// Poll RSS/Atom feeds and record new versions of every article they link to.
    Watch {
        #[arg(required = true)]
        feeds: Vec<String>,
        /// Time between two polls: 30s, 15m, 1h, ...
        #[arg(long, default_value = "15m")]
        every: String,
        /// Poll once and exit (for cron).
        #[arg(long)]
        once: bool,
        /// The source for every article (default: each page's site name, else its host).
        #[arg(long)]
        source: Option<String>,
        /// Minimum time between two requests to one host.
        #[arg(long, default_value = "1s")]
        delay: String,
        #[command(flatten)]
        common: Common,
    },
    /// Re-run extraction over every stored version (one transaction).
    Reindex {
        #[command(flatten)]
        common: Common,
    },
}

fn global(c: &Common) -> Global {
    let color = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    Global {
        db: c.db.clone(),
        format: c.format,
        style: Style {
            color: color && c.format == Format::Text,
        },
        topics_file: c.topics.clone(),
    }
}

fn time_flag(v: &Option<String>, flag: &str) -> anyhow::Result<Option<String>> {
    v.as_deref().map(|s| app::parse_time(s, flag)).transpose()
}

fn run(cli: Cli) -> anyhow::Result<String> {
    match cli.command {
        Command::Record {
            file,
            source,
            article,
            url,
            title,
            at,
            common,
        } => app::record(
            &global(&common),
            &RecordArgs {
                input: file,
                source: Some(source),
                article,
                url,
                title,
                at,
            },
        ),
        Command::Log { article, common } => app::log(&global(&common), article.as_deref()),
        Command::Claims { version, common } => app::claims(&global(&common), &version),
        Command::Diff {
            a,
            b,
            sources,
            sentences,
            all,
            common,
        } => app::diff(
            &global(&common),
            &DiffArgs {
                a,
                b,
                sources,
                sentences,
                all,
            },
        ),
        Command::History {
            topic,
            source,
            article,
            since,
            until,
            min_change,
            all,
            limit,
            common,
        } => {
            let q = Query {
                topic,
                source,
                article,
                since: time_flag(&since, "--since")?,
                until: until
                    .as_deref()
                    .map(|s| app::parse_until(s, "--until"))
                    .transpose()?,
                min_change,
                all,
                limit: (limit > 0).then_some(limit),
            };
            app::history(&global(&common), &q)
        }
        Command::Topics { import, common } => app::topics(&global(&common), import.as_deref()),
        Command::Search {
            query,
            limit,
            common,
        } => app::search(&global(&common), &query, limit),
        Command::Extract {
            file,
            jsonl,
            common,
        } => {
            let g = global(&common);
            if jsonl {
                let stdout = std::io::stdout();
                let mut out = std::io::BufWriter::new(stdout.lock());
                app::extract_jsonl(&g, file.as_deref(), &mut out)?;
                out.flush()?;
                Ok(String::new())
            } else {
                app::extract(&g, file.as_deref())
            }
        }
        Command::Reindex { common } => app::reindex(&global(&common)),
        Command::Fetch {
            urls,
            source,
            article,
            delay,
            common,
        } => claimdiff::fetch::fetch(
            &global(&common),
            &claimdiff::fetch::FetchArgs {
                urls,
                source,
                article,
                delay: Some(delay),
            },
        ),
        Command::Watch {
            feeds,
            every,
            once,
            source,
            delay,
            common,
        } => claimdiff::watch::watch(
            &global(&common),
            &claimdiff::watch::WatchArgs {
                feeds,
                every: Some(every),
                once,
                source,
                delay: Some(delay),
            },
        ),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error.
            let _ = stdout.write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            let msg = format!("{e:#}").replace('\n', " ");
            eprintln!("claimdiff: error: {msg}");
            ExitCode::from(1)
        }
    }
}
