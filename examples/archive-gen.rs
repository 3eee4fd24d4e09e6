//! archive-gen: writes a deterministic archive of article versions in another tool's format,
//! for the import bench (`scripts/import-bench.sh`): by default 2,000 articles × 10 versions of
//! about 5 KB each, as a diffengine or NewsEdits SQLite file or a NewsDiffs git repository
//! (built with `git fast-import`). Each version revises two of its article's twelve figures;
//! the rest of the text is filler prose. claimdiff's own JSONL is made by the bench from an
//! imported store (`claimdiff export`).
//!
//! Usage: `archive-gen --format diffengine|newsedits|git-newsdiffs --out PATH [--articles N]
//! [--versions N]`

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use anyhow::{anyhow, bail, Context, Result};

/// The random generator the dev generators share.
#[path = "../dev/synth.rs"]
mod synth;

use synth::Rng;

const SEED: u64 = 0x00a2_c41e_5eed_0016;
const OUTLETS: &[&str] = &[
    "gulfcourier.com",
    "harbourtimes.co.uk",
    "valleyherald.net",
    "northpost.org",
    "eldiario.example.es",
];
/// Sentences with a figure: {} is the number.
const FIGURES: &[&str] = &[
    "The port loaded {} container ships on Monday, officials said.",
    "At least {} workers joined the strike, the union said.",
    "The council approved a budget of ${} million for road repairs.",
    "Prices rose {}% in the year to March, the statistics office said.",
    "Police said {} people were detained after the protest.",
    "The company said it would cut {} jobs by the end of the year.",
    "Turnout reached {}% in the first round, the electoral board said.",
    "The storm left {} homes without power on Tuesday.",
    "Exports fell {}% in the second quarter, the ministry said.",
    "Rescuers have found {} survivors so far, the agency said.",
    "The fund will lend ${} billion to small firms, the bank said.",
    "Officials counted {} trucks crossing the border each day.",
];
const FILLER: &[&str] = &[
    "The harbour was quiet on the morning after the vote, and the cranes stood still.",
    "Residents gathered outside the town hall to hear what the mayor would say next.",
    "Several shop owners said they had not been told about the plans in advance.",
    "The minister is expected to address parliament later in the week.",
    "Negotiations continued late into the night without a clear outcome.",
    "Analysts cautioned that the situation could change quickly in the coming days.",
    "A spokesperson declined to comment further while talks were under way.",
    "The opposition called for an independent inquiry into the decision.",
];

struct Args {
    format: String,
    out: PathBuf,
    articles: usize,
    versions: usize,
}

fn parse_args() -> Result<Args> {
    let (mut format, mut out) = (None, None);
    let (mut articles, mut versions) = (2_000usize, 10usize);
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().ok_or_else(|| anyhow!("{a} needs a value"));
        match a.as_str() {
            "--format" => format = Some(value()?),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--articles" => articles = value()?.parse().context("--articles")?,
            "--versions" => versions = value()?.parse().context("--versions")?,
            other => bail!("unknown argument {other:?} (see the file's header)"),
        }
    }
    Ok(Args {
        format: format.ok_or_else(|| anyhow!("--format is required"))?,
        out: out.ok_or_else(|| anyhow!("--out PATH is required"))?,
        articles,
        versions,
    })
}

/// One generated version.
struct Version {
    outlet: &'static str,
    article: usize,
    number: usize,
    url: String,
    title: String,
    /// Naive UTC time, `YYYY-MM-DD HH:MM:SS` (as diffengine and NewsEdits write it).
    at: String,
    paragraphs: Vec<String>,
}

/// Every version of article `a`, oldest first.
fn article(rng: &mut Rng, a: usize, versions: usize) -> Vec<Version> {
    let outlet = OUTLETS[a % OUTLETS.len()];
    let url = format!("https://www.{outlet}/news/2025/{a}-story");
    let mut figures: Vec<u64> = FIGURES.iter().map(|_| 10 + rng.below(900) as u64).collect();
    let start = 1_735_714_800 + a as i64 * 600;
    let mut out = Vec::with_capacity(versions);
    for v in 0..versions {
        if v > 0 {
            for _ in 0..2 {
                let i = rng.below(figures.len());
                figures[i] += 1 + rng.below(20) as u64;
            }
        }
        let mut paragraphs = Vec::new();
        for (i, f) in FIGURES.iter().enumerate() {
            let mut p = f.replace("{}", &figures[i].to_string());
            // About 400 bytes a paragraph: 12 of them make a version of about 5 KB.
            while p.len() < 380 {
                p.push(' ');
                p.push_str(FILLER[rng.below(FILLER.len())]);
            }
            paragraphs.push(p);
        }
        let at = chrono::DateTime::from_timestamp(start + v as i64 * 3_600, 0)
            .expect("time in range")
            .format("%Y-%m-%d %H:%M:%S")
            .to_string();
        out.push(Version {
            outlet,
            article: a,
            number: v,
            url: url.clone(),
            title: format!("Story {a}: port strike and budget"),
            at,
            paragraphs,
        });
    }
    out
}

/// diffengine's tables (peewee's), and NewsEdits' `entryversion`.
const DIFFENGINE: &str = r#"
CREATE TABLE "entry" ("id" INTEGER NOT NULL PRIMARY KEY, "url" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL, "checked" DATETIME NOT NULL, "tweet_status_id_str" VARCHAR(255));
CREATE TABLE "entryversion" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "url" VARCHAR(255) NOT NULL, "summary" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL, "archive_url" VARCHAR(255), "entry_id" INTEGER NOT NULL, "tweet_status_id_str" VARCHAR(255));
"#;
const NEWSEDITS: &str = r#"
CREATE TABLE "entryversion" ("index" INTEGER, "version" INTEGER, "title" TEXT, "created" TEXT, "url" TEXT, "source" TEXT, "entry_id" INTEGER, "archive_url" TEXT, "num_versions" INTEGER, "summary" TEXT);
"#;

fn write_sqlite(out: &Path, newsedits: bool, all: &[Vec<Version>]) -> Result<()> {
    let mut c = rusqlite::Connection::open(out)?;
    c.execute_batch(if newsedits { NEWSEDITS } else { DIFFENGINE })?;
    let tx = c.transaction()?;
    for versions in all {
        for v in versions {
            if newsedits {
                tx.prepare_cached(
                    "INSERT INTO entryversion VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                )?
                .execute(rusqlite::params![
                    (v.article * 100 + v.number) as i64,
                    v.number as i64,
                    v.title,
                    v.at,
                    v.url,
                    v.outlet,
                    v.article as i64,
                    versions.len() as i64,
                    v.paragraphs.join("\n\n"),
                ])?;
            } else {
                if v.number == 0 {
                    tx.prepare_cached("INSERT INTO entry VALUES (?, ?, ?, ?, NULL)")?
                        .execute(rusqlite::params![v.article as i64 + 1, v.url, v.at, v.at])?;
                }
                let html: String = v
                    .paragraphs
                    .iter()
                    .map(|p| format!("<p>{p}</p>\n"))
                    .collect();
                tx.prepare_cached("INSERT INTO entryversion (title, url, summary, created, entry_id) VALUES (?, ?, ?, ?, ?)")?
                    .execute(rusqlite::params![v.title, v.url, html, v.at, v.article as i64 + 1])?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

/// A NewsDiffs repository: one commit per version, versions in time order, through
/// `git fast-import`.
fn write_git(out: &Path, all: &[Vec<Version>]) -> Result<()> {
    std::fs::create_dir_all(out)?;
    let git = |args: &[&str]| {
        let mut c = Command::new("git");
        c.arg("-C").arg(out).args(args);
        c
    };
    if !git(&["init", "-q"]).status()?.success() {
        bail!("git init failed");
    }
    let mut child = git(&["fast-import", "--quiet"])
        .stdin(Stdio::piped())
        .spawn()?;
    let mut s = std::io::BufWriter::new(child.stdin.take().context("no stdin")?);
    let mut order: Vec<&Version> = all.iter().flatten().collect();
    order.sort_by(|a, b| a.at.cmp(&b.at).then(a.article.cmp(&b.article)));
    for v in &order {
        let secs = chrono::NaiveDateTime::parse_from_str(&v.at, "%Y-%m-%d %H:%M:%S")?
            .and_utc()
            .timestamp();
        let body = format!(
            "{}\n{}\nBy Staff\n\n{}\n",
            v.at,
            v.title,
            v.paragraphs.join("\n\n")
        );
        let path = v.url.trim_start_matches("https://");
        let msg = format!("Change to {path}");
        writeln!(s, "commit refs/heads/master")?;
        writeln!(s, "author NewsDiffs <bot@newsdiffs.test> {secs} +0000")?;
        writeln!(s, "committer NewsDiffs <bot@newsdiffs.test> {secs} +0000")?;
        writeln!(s, "data {}\n{msg}", msg.len())?;
        writeln!(s, "M 100644 inline {path}")?;
        writeln!(s, "data {}\n{body}", body.len())?;
    }
    s.flush()?;
    drop(s);
    if !child.wait()?.success() {
        bail!("git fast-import failed");
    }
    Ok(())
}

fn run(args: &Args) -> Result<()> {
    if args.out.exists() {
        bail!("{} exists", args.out.display());
    }
    let mut rng = Rng::new(SEED);
    let all: Vec<Vec<Version>> = (0..args.articles)
        .map(|a| article(&mut rng, a, args.versions))
        .collect();
    match args.format.as_str() {
        "diffengine" => write_sqlite(&args.out, false, &all),
        "newsedits" => write_sqlite(&args.out, true, &all),
        "git-newsdiffs" => write_git(&args.out, &all),
        other => bail!("unknown --format {other:?}: diffengine, newsedits or git-newsdiffs"),
    }
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("archive-gen: {e:#}");
            ExitCode::FAILURE
        }
    }
}
