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
use clap::{Parser, Subcommand};

use commands::{
    claims, diff, extract, fetch, history, log, record, reindex, search, topics, watch,
};

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

#[derive(Subcommand)]
enum Command {
    /// Store a new version of an article (plain text or HTML; FILE, or stdin for - or none).
    Record(record::RecordArgs),
    /// The versions of one article, or every article with its version count.
    Log(log::LogArgs),
    /// The claims of one stored version (ARTICLE, ARTICLE@N, ARTICLE@first, ARTICLE@latest).
    Claims(claims::ClaimsArgs),
    /// How claims changed from A to B (version refs or files).
    Diff(diff::DiffArgs),
    /// Every claim on a topic across articles, versions and sources, oldest first.
    History(history::HistoryArgs),
    /// The topics known, with claim, article and source counts.
    Topics(topics::TopicsArgs),
    /// Full-text search over claim sentences.
    Search(search::SearchArgs),
    /// Claims of a text without storing anything.
    Extract(extract::ExtractArgs),
    /// Download pages over HTTP(S) and record each as `record` does.
    Fetch(fetch::FetchArgs),
    /// Poll RSS/Atom feeds and record new versions of every article they link to.
    Watch(watch::WatchArgs),
    /// Re-run extraction over every stored version (one transaction).
    Reindex(reindex::ReindexArgs),
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
        Command::Reindex(a) => reindex::run(a, out),
    }
}

/// Whether the error is stdout closed under us (`| head`).
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result =
        run(&cli.command, &mut out).and_then(|()| out.flush().context(commands::WRITE_ERROR));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // What was written before the error still goes out.
            let _ = out.flush();
            let msg = format!("{e:#}").replace('\n', " ");
            let hint = commands::hint(&e)
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            eprintln!("claimdiff: error: {msg}{hint}");
            ExitCode::from(1)
        }
    }
}
