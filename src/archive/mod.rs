//! Archives: a store's versions written out for researchers and read back in. [`jsonl`] is
//! claimdiff's own archive (one version a line with its text, input, sentences and claims,
//! which round-trips exactly); [`csv`] writes one claim a line for spreadsheets. Reading is
//! behind [`ArchiveFormat`], so that other archive formats (other tools' collections of article
//! versions) can be added as readers that yield the same [`Entry`].
//!
//! Every archive is imported by [`bulk`], in batches of versions stored a transaction each,
//! skipping (with a reason) what it cannot read: claimdiff's JSONL lines are parsed on every
//! core (their claims are kept, not extracted again; a bad line is skipped with its number);
//! other tools' archives ([`diffengine`]'s and NewsEdits' SQLite databases, NewsDiffs' git
//! repositories in [`git_newsdiffs`]) yield [`found::FoundVersion`]s that [`bulk`] extracts in
//! parallel. [`detect`] tells the formats apart.

mod ahead;
pub mod bulk;
pub mod csv;
pub mod diffengine;
pub mod found;
mod furniture;
pub mod git_newsdiffs;
pub mod jsonl;

use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::model::Extraction;
use crate::store::NewVersion;

/// The archive formats `import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFormat {
    /// claimdiff's own JSONL (what `export` writes).
    Jsonl,
    /// A diffengine database (SQLite: peewee's `entry` and `entryversion` tables).
    Diffengine,
    /// A NewsEdits database (SQLite: `entryversion` rows with `source` and `version`).
    Newsedits,
    /// A NewsDiffs git repository (one file per article, one commit per version).
    GitNewsdiffs,
}

impl ArchiveFormat {
    /// Every format, by name (what `--from` takes).
    pub const ALL: &'static [(&'static str, ArchiveFormat)] = &[
        ("jsonl", ArchiveFormat::Jsonl),
        ("diffengine", ArchiveFormat::Diffengine),
        ("newsedits", ArchiveFormat::Newsedits),
        ("git-newsdiffs", ArchiveFormat::GitNewsdiffs),
    ];

    /// The format's name (what `--from` takes).
    pub fn name(self) -> &'static str {
        ArchiveFormat::ALL
            .iter()
            .find(|(_, f)| *f == self)
            .map_or("jsonl", |(n, _)| n)
    }
}

/// The first bytes of every SQLite database file.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// Whether the file at `path` starts as an SQLite database does (whole or damaged).
pub fn is_sqlite(path: &Path) -> bool {
    let mut head = [0; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == SQLITE_HEADER)
}

/// The format of the archive at `path`, told from its content: an SQLite file with diffengine's
/// or NewsEdits' tables, a directory holding a git repository, or a file of JSON lines. Anything
/// else is an error naming what was found.
pub fn detect(path: &Path) -> Result<ArchiveFormat> {
    let shown = path.display();
    if path.is_dir() {
        // A working tree, or a bare repository (a NewsDiffs server's copy).
        let bare = path.join("HEAD").is_file() && path.join("objects").is_dir();
        if path.join(".git").exists() || bare {
            return Ok(ArchiveFormat::GitNewsdiffs);
        }
        // NewsDiffs keeps its repository in `articles/` under its own folder.
        let nested = std::fs::read_dir(path)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.join(".git").exists());
        if let Some(inner) = nested {
            bail!(
                "{shown} is a directory without a git repository; {} holds one: import that",
                inner.display()
            );
        }
        bail!("{shown} is a directory without a git repository (NewsDiffs archives are git repositories)");
    }
    let mut head = Vec::with_capacity(4096);
    std::fs::File::open(path)
        .and_then(|f| f.take(4096).read_to_end(&mut head))
        .with_context(|| format!("cannot read {shown}"))?;
    if head.starts_with(SQLITE_HEADER) {
        return diffengine::detect(path);
    }
    let first = head
        .split(|b| *b == b'\n')
        .map(|l| l.trim_ascii())
        .find(|l| !l.is_empty());
    match first {
        Some(l) if l.starts_with(b"{") => Ok(ArchiveFormat::Jsonl),
        _ => bail!(
            "{shown} is in none of the formats import reads (diffengine, newsedits, jsonl, git-newsdiffs)"
        ),
    }
}

/// One version read from an archive, ready to store.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The version of the extractor that wrote its claims (0: unknown).
    pub extractor: u32,
    /// The publisher's name.
    pub source: String,
    /// The article key.
    pub article: String,
    /// The article's URL, when known.
    pub url: Option<String>,
    /// The version's title, when known.
    pub title: Option<String>,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    /// When the page says it was published or modified.
    pub published_at: Option<String>,
    /// The input exactly as it was given.
    pub raw: Vec<u8>,
    /// `text` or `html`.
    pub format: String,
    /// The encoding the input was decoded from, when it was not UTF-8.
    pub encoding: Option<String>,
    /// The normalised text.
    pub text: String,
    /// Its sentences and claims (offsets into `text`).
    pub extraction: Extraction,
}

impl Entry {
    /// The version to store.
    fn new_version<'a>(&'a self, content_hash: &'a str) -> NewVersion<'a> {
        NewVersion {
            source: &self.source,
            article: &self.article,
            url: self.url.as_deref(),
            title: self.title.as_deref(),
            recorded_at: self.recorded_at.clone(),
            published_at: self.published_at.clone(),
            raw: &self.raw,
            format: &self.format,
            encoding: self.encoding.as_deref(),
            text: &self.text,
            content_hash,
            lang: self.extraction.lang.as_str(),
            extraction: &self.extraction,
        }
    }
}
