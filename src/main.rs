//! The claimdiff command line: parses arguments with clap and runs one command of
//! [`commands`], which writes its report to stdout. Errors print as one line on stderr and exit
//! 1; usage errors (clap's, an unsupported `--format` among them) exit 2. A closed stdout
//! (`| head`) is not an error.

#[cfg(test)]
#[path = "commands/args_fuzz.rs"]
mod args_fuzz;
mod commands;

use std::io::{BufWriter, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use claimdiff::render::Format;

use commands::{
    claims, completions, copy, diff, export, extract, feed, fetch, history, import, log, man, mv,
    record, reindex, rm, search, serve, show, source, topics, watch,
};

/// mimalloc instead of the system allocator: extraction makes and drops many small strings
/// (sentences, words, subjects, labels); mimalloc's thread-local free lists make that about 20%
/// cheaper, and the threads of `extract --jsonl` do not contend on one heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc for one run over a large input (issue 14: memory under 5 times the input): memory
/// freed goes back to the OS at once instead of after mimalloc's default purge delay (1 s: a
/// large page's DOM stayed resident while its claims were built, +40 MB for a 10 MB page).
/// With Cargo.toml's `no_thp` (no transparent huge pages). Measured by scripts/memory-bench.sh.
fn tune_allocator() {
    // `mi_option_purge_delay` of the mimalloc v3 that libmimalloc-sys =0.1.49 vendors (its Rust
    // constants name only older options; the version is pinned for this number).
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one option before any other thread exists; any value is valid.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

#[derive(Parser)]
#[command(
    name = "claimdiff",
    version,
    after_help = "Options go before or after the command: claimdiff --db news.db log",
    about = "Track how the factual claims in news articles change across versions and outlets"
)]
struct Cli {
    /// The options every command takes, before or after the subcommand.
    #[command(flatten)]
    common: commands::Common,
    /// Output format (each command lists the ones it offers in its --help)
    #[arg(long, global = true, value_name = "FORMAT", display_order = 101,
          value_parser = commands::formats(Format::ALL), hide_possible_values = true)]
    format: Option<Format>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Store a new version of an article (text or HTML, from FILE or stdin).
    #[command(
        after_help = "Example:\n  claimdiff record story.txt --source Reuters --article quake"
    )]
    Record(record::RecordArgs),
    /// The versions of one article, or every article with its version count.
    #[command(after_help = "Example:\n  claimdiff log quake")]
    Log(log::LogArgs),
    /// The claims of one stored version (ARTICLE, ARTICLE@N, ARTICLE@latest).
    #[command(after_help = "Example:\n  claimdiff claims quake@2 --format csv > claims.csv")]
    Claims(claims::ClaimsArgs),
    /// How claims changed from A to B (version refs or files).
    #[command(after_help = "Example:\n  claimdiff diff quake@1 quake@2")]
    Diff(diff::DiffArgs),
    /// Every claim on a topic across articles, versions and sources, oldest first.
    #[command(after_help = "Example:\n  claimdiff history tariffs --since 2025-01-01")]
    History(history::HistoryArgs),
    /// The topics known, with claim, article and source counts.
    #[command(after_help = "Example:\n  claimdiff topics --format csv")]
    Topics(topics::TopicsArgs),
    /// Full-text search over claim sentences.
    #[command(after_help = "Example:\n  claimdiff search \"evacuated residents\"")]
    Search(search::SearchArgs),
    /// Claims of a text without storing anything.
    #[command(after_help = "Example:\n  claimdiff extract story.txt --format json")]
    Extract(extract::ExtractArgs),
    /// Download pages over HTTP(S) and record each as `record` does.
    #[command(
        after_help = "Example:\n  claimdiff fetch https://example.com/news/quake --source \"Example Times\""
    )]
    Fetch(fetch::FetchArgs),
    /// Write the latest claim changes as an Atom feed.
    #[command(after_help = "Example:\n  claimdiff feed --topic inflation --output changes.atom")]
    Feed(feed::FeedArgs),
    /// Poll RSS/Atom feeds; record new versions of the articles they link to.
    #[command(after_help = "Example:\n  claimdiff watch https://example.com/rss.xml --every 30m")]
    Watch(watch::WatchArgs),
    /// Re-run extraction over every stored version (one transaction).
    #[command(after_help = "Example:\n  claimdiff reindex")]
    Reindex(reindex::ReindexArgs),
    /// Print a stored version's text (--raw: its input as recorded).
    #[command(after_help = "Example:\n  claimdiff show quake@2")]
    Show(show::ShowArgs),
    /// Delete an article or one version (a dry run unless --yes).
    #[command(after_help = "Example:\n  claimdiff rm quake@3 --yes")]
    Rm(rm::RmArgs),
    /// Rename an article key.
    #[command(after_help = "Example:\n  claimdiff mv quake quake-2025")]
    Mv(mv::MvArgs),
    /// List, rename or merge sources.
    #[command(after_help = "Example:\n  claimdiff source rename \"Reuter\" \"Reuters\"")]
    Source(source::SourceArgs),
    /// Write the store as a JSONL archive, or a CSV of its claims.
    #[command(after_help = "Example:\n  claimdiff export --source Reuters > reuters.jsonl")]
    Export(export::ExportArgs),
    /// Read an archive (what `export` writes) into the store.
    #[command(after_help = "Example:\n  claimdiff import reuters.jsonl --db team.db")]
    Import(import::ImportArgs),
    /// Print the shell completion script for SHELL.
    #[command(
        after_help = "Example:\n  claimdiff completions bash > /etc/bash_completion.d/claimdiff"
    )]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), or write one per command with --dir.
    #[command(after_help = "Example:\n  claimdiff man > claimdiff.1")]
    Man(man::ManArgs),
    /// Copy a whole store into another (SQLite file ⇄ PostgreSQL), verifying the counts.
    #[command(
        after_help = "Example:\n  claimdiff copy --from claimdiff.db --to postgres://desk@db/claims"
    )]
    Copy(copy::CopyArgs),
    /// A local web view of the store: articles, diffs, outlets and topic charts (JSON too).
    #[command(after_help = "Example:\n  claimdiff serve --db news.db --open")]
    Serve(serve::ServeArgs),
}

fn run(command: &Command, out: &mut dyn Write) -> anyhow::Result<()> {
    match command {
        Command::Record(a) => record::run(a, out),
        Command::Log(a) => log::run(a, out),
        Command::Claims(a) => claims::run(a, out),
        Command::Diff(a) => diff::run(a, out),
        Command::History(a) => history::run(a, out),
        Command::Topics(a) => topics::run(a, out),
        Command::Search(a) => search::run(a, out),
        Command::Extract(a) => extract::run(a, out),
        Command::Fetch(a) => fetch::run(a, out),
        Command::Watch(a) => watch::run(a, out),
        Command::Feed(a) => feed::run(a, out),
        Command::Reindex(a) => reindex::run(a, out),
        Command::Show(a) => show::run(a, out),
        Command::Rm(a) => rm::run(a, out),
        Command::Mv(a) => mv::run(a, out),
        Command::Source(a) => source::run(a, out),
        Command::Export(a) => export::run(a, out),
        Command::Import(a) => import::run(a, out),
        Command::Completions(a) => completions::run(a, &mut definition(), out),
        Command::Man(a) => man::run(a, definition(), out),
        Command::Copy(a) => copy::run(a, out),
        Command::Serve(a) => serve::run(a, out),
    }
}

/// Whether the error is stdout closed under us (`| head`).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The command line's definition: [`Cli`], with `--db` hidden from the commands that never
/// touch a database.
fn definition() -> clap::Command {
    Cli::command()
        .term_width(80)
        .mut_subcommand("extract", |c| c.mut_arg("db", |a| a.hide(true)))
}

/// Parses the command line; a usage error (clap's, or a `--format` given before the command
/// that the command does not offer) prints clap's message and exits 2.
fn parse() -> Cli {
    let mut definition = definition();
    let matches = definition.get_matches_mut();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.format(&mut definition).exit());
    if let (Some(format), Some((name, _))) = (cli.format, matches.subcommand()) {
        let offered: Vec<String> = definition
            .find_subcommand(name)
            .and_then(|sc| sc.get_arguments().find(|a| a.get_id() == "format"))
            .map(|a| {
                a.get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect()
            })
            .unwrap_or_default();
        if !offered.iter().any(|o| o == format.name()) {
            let msg = format!(
                "invalid value '{}' for '--format <FORMAT>': `{name}` offers {}",
                format.name(),
                offered.join(", ")
            );
            definition
                .error(clap::error::ErrorKind::InvalidValue, msg)
                .exit();
        }
    }
    cli
}

fn main() -> ExitCode {
    tune_allocator();
    let cli = parse();
    match claimdiff::config::load() {
        Ok(config) => commands::set_config(config),
        Err(e) => {
            eprintln!(
                "claimdiff: error: {}",
                claimdiff::render::terminal::neutralise(&e.to_string(), false)
            );
            return ExitCode::from(1);
        }
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result =
        run(&cli.command, &mut out).and_then(|()| out.flush().context(commands::WRITE_ERROR));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) if e.is::<diff::ClaimsChanged>() => {
            let _ = out.flush();
            ExitCode::from(diff::CLAIMS_CHANGED)
        }
        Err(e) => {
            // What was written before the error still goes out.
            let _ = out.flush();
            let msg = format!("{e:#}").replace('\n', " ");
            let msg = claimdiff::render::terminal::neutralise(&msg, false);
            let hint = commands::hint(&e)
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            eprintln!("claimdiff: error: {msg}{hint}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option `tune_allocator` sets is mimalloc's purge delay (its default, 1000 ms, is
    /// where the pinned version keeps it; a renumbered option list would show here), and it is
    /// set to 0 (freed memory goes back to the OS at once).
    #[test]
    fn the_allocator_returns_freed_memory_at_once() {
        use libmimalloc_sys::mi_option_get;
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(unsafe { mi_option_get(15) }, 1000);
        }
        tune_allocator();
        assert_eq!(unsafe { mi_option_get(15) }, 0);
    }

    /// A write that waited out SQLite's busy timeout says why and what to do.
    #[test]
    fn a_locked_database_gets_a_hint() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            Some("database is locked".into()),
        );
        let e = anyhow::Error::from(claimdiff::Error::Sqlite(busy));
        let hint = commands::hint(&e).expect("a hint");
        assert!(hint.contains("another claimdiff process"), "{hint}");
        let other = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        );
        assert!(commands::hint(&anyhow::Error::from(claimdiff::Error::Sqlite(other))).is_none());
    }

    /// Every argument of every command says what it is, every command shows an example, and
    /// every help screen fits 80 columns.
    #[test]
    fn every_command_and_argument_has_help_that_fits_80_columns() {
        let mut cli = definition();
        cli.build();
        for sc in cli
            .get_subcommands_mut()
            .filter(|sc| sc.get_name() != "help")
        {
            let name = sc.get_name().to_string();
            assert!(sc.get_about().is_some(), "{name} has no about");
            assert!(sc.get_after_help().is_some(), "{name} has no example");
            for a in sc.get_arguments() {
                if a.is_hide_set() || ["help", "version"].contains(&a.get_id().as_str()) {
                    continue;
                }
                assert!(a.get_help().is_some(), "{name}: {} has no help", a.get_id());
            }
            let help = sc.render_help().to_string();
            for line in help.lines() {
                assert!(line.chars().count() <= 80, "{name}: {line:?}");
            }
        }
    }

    #[test]
    fn extract_does_not_offer_a_database() {
        let mut cli = definition();
        cli.build();
        let extract = cli.find_subcommand_mut("extract").unwrap();
        assert!(!extract.render_help().to_string().contains("--db"));
        let log = cli.find_subcommand_mut("log").unwrap();
        assert!(log.render_help().to_string().contains("--db"));
    }
}
