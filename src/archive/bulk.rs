//! Bulk import of other tools' archives: the versions a reader finds are gathered in batches
//! of [`BATCH`]; each batch is read by the pipeline (decode, HTML, claims) on every core
//! (rayon: the versions are independent, their sizes uneven, and work stealing evens them
//! out), then stored in one transaction, each version linked to the one before it as `record`
//! links it. Reading and extracting run on a scoped thread while the calling thread stores the
//! batch before, so the store's writes overlap the extraction; the claim diffs that link each
//! version to the one before are computed there too, on every core (`archive/ahead.rs`), and the
//! storing thread only checks them.
//!
//! An interrupted import loses at most its last batch, and running it again continues: the
//! store skips a version it already holds (same article, content hash and time). What cannot
//! be read (no date, an empty or binary text, a bad URL, an unreadable end of file) is skipped,
//! reported through [`Observer::skipped`] and counted; a version is stored whole or not at all.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::mpsc::SyncSender;

use anyhow::{anyhow, bail, Result};
use rayon::prelude::*;
use serde::Serialize;

use super::ahead::{link_ahead, Ahead, Carried, Item};
use super::found::{archive_time, Found, FoundVersion, Skip};
use super::furniture::{Furniture, Seen};
use super::{diffengine, ArchiveFormat, Entry};
use crate::diff::{self, Mode, Side};
use crate::extract::version::EXTRACTOR_VERSION;
use crate::extract::Extractor;
use crate::ingest::{boilerplate, Document, IngestOptions};
use crate::model::{Claim, Sentence};
use crate::record::{check_name, MAX_KEY_CHARS, MAX_SOURCE_CHARS};
use crate::store::{Imported, Store};
use crate::url::article_key;

/// Versions stored per transaction (and read by the pipeline together).
pub const BATCH: usize = 200;

/// What a bulk import did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BulkCounts {
    /// Articles met in the archive (each counted once per run of its versions).
    pub articles: usize,
    /// Items read from the archive (versions and unreadable items).
    pub read: usize,
    /// Versions stored.
    pub stored: usize,
    /// Versions not stored: the store already held them (an earlier run of the same import),
    /// or their text equals their article's latest version (as `record` skips it).
    pub held: usize,
    /// Claims of the versions stored.
    pub claims: usize,
    /// Claims whose value changed from one stored version to the next.
    pub claim_changes: usize,
    /// Items skipped (each reported with its reason).
    pub skipped: usize,
    /// Of the skipped, versions whose article key the store holds under another source.
    pub other_source: usize,
}

/// Who hears of an import's progress: the command shows it (the library prints nothing).
pub trait Observer {
    /// An item was skipped.
    fn skipped(&mut self, skip: &Skip);
    /// `n` more items were dealt with (stored, held or skipped).
    fn advanced(&mut self, n: usize);
}

/// How many items the archive at `path` holds (for a progress bar).
pub fn count(path: &Path, format: ArchiveFormat) -> Result<u64> {
    match format {
        ArchiveFormat::Diffengine | ArchiveFormat::Newsedits => diffengine::count(path),
        ArchiveFormat::GitNewsdiffs => super::git_newsdiffs::count(path),
        ArchiveFormat::Jsonl => count_lines(path),
    }
}

/// The lines of a JSONL file (none for stdin, `-`: it cannot be read twice).
fn count_lines(path: &Path) -> Result<u64> {
    use std::io::Read;
    if path.as_os_str() == "-" {
        return Ok(0);
    }
    let mut file = std::fs::File::open(path)?;
    let mut buf = vec![0; 1 << 20];
    let (mut lines, mut last) = (0, b'\n');
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            return Ok(lines + u64::from(last != b'\n'));
        }
        lines += buf[..n].iter().filter(|b| **b == b'\n').count() as u64;
        last = buf[n - 1];
    }
}

/// Imports every version of the archive at `path` into `store` (found at `location`), in
/// batches: one thread reads the archive and extracts each batch on every core while this one
/// stores the batch before. The reading thread opens `location` too, to skip extracting the
/// versions the store already holds (a re-run goes as fast as the archive can be read).
/// `head`: what was already read of stdin (`path` `-`), read again before the rest of it.
pub fn import(
    store: &mut dyn Store,
    location: &Path,
    path: &Path,
    head: &[u8],
    format: ArchiveFormat,
    extractor: &Extractor,
    observer: &mut dyn Observer,
) -> Result<BulkCounts> {
    // Two batches in flight: one being stored, the next being extracted.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Ready>>(1);
    std::thread::scope(|scope| {
        let reader =
            scope.spawn(move || read_and_extract(path, head, location, format, extractor, &tx));
        let mut writer = Writer {
            store,
            observer,
            as_given: format == ArchiveFormat::Jsonl,
            counts: BulkCounts::default(),
            last_article: None,
        };
        let stored = rx.iter().try_for_each(|batch| writer.store(batch));
        // A failed write drops the receiver, which stops the reader at its next batch.
        drop(rx);
        let read = reader
            .join()
            .unwrap_or_else(|_| Err(anyhow!("the archive reader panicked")));
        stored?;
        read.map_err(|e| match writer.counts.stored {
            0 => e,
            n => anyhow!(
                "{e:#}; {n} versions were stored before it: run the same import again to continue"
            ),
        })?;
        Ok(writer.counts)
    })
}

/// Reads the archive, gathering its versions in batches of [`BATCH`], and sends each batch
/// extracted on every core (rayon: the versions are independent and their sizes uneven) to the
/// writer; stops quietly when the writer is gone.
fn read_and_extract(
    path: &Path,
    head: &[u8],
    location: &Path,
    format: ArchiveFormat,
    ex: &Extractor,
    tx: &SyncSender<Vec<Ready>>,
) -> Result<()> {
    // The store as it was, read on this thread: versions it holds are not extracted again.
    let held = crate::store::open(location, false).ok();
    if format == ArchiveFormat::Jsonl {
        return read_jsonl(path, head, held.as_deref(), tx);
    }
    let mut batch: Vec<Found> = Vec::with_capacity(BATCH);
    let mut gone = false;
    let mut carried: Carried = None;
    let mut furniture = Furniture::default();
    let mut send = |batch: Vec<Found>| -> Result<()> {
        let ingested: Vec<Result<Ingested, Skip>> = batch
            .into_par_iter()
            .map(|found| found.and_then(ingest))
            .collect();
        let known = batch_furniture(&mut furniture, held.as_deref(), &ingested);
        let keys: Vec<Option<(&str, &str, &str)>> = ingested
            .iter()
            .map(|i| {
                let i = i.as_ref().ok()?;
                Some((i.article.as_str(), i.hash.as_str(), i.recorded_at.as_str()))
            })
            .collect();
        let holds = held_of(held.as_deref(), &keys);
        let marked: Vec<(Result<Ingested, Skip>, bool)> = ingested.into_iter().zip(holds).collect();
        let mut ready: Vec<Ready> = marked
            .into_par_iter()
            .map(|(i, holds)| match i {
                Err(skip) => Ready::Skipped(skip),
                Ok(i) if holds => Ready::Held(i.article),
                Ok(mut i) => {
                    if let Some(k) = known.get(&(i.source.clone(), i.article.clone())) {
                        i.doc.skip = boilerplate::furniture(&i.doc.text, Some(k));
                    }
                    Ready::Fresh(Box::new(extract(i, ex)))
                }
            })
            .collect();
        link_batch_ahead(&mut ready, &mut carried);
        if tx.send(ready).is_err() {
            gone = true;
            bail!("the import stopped");
        }
        Ok(())
    };
    let mut each = |found: Found| -> Result<()> {
        batch.push(found);
        if batch.len() >= BATCH {
            send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))?;
        }
        Ok(())
    };
    let read = match format {
        ArchiveFormat::GitNewsdiffs => super::git_newsdiffs::read(path, &mut each),
        _ => diffengine::read(path, format, &mut each),
    };
    let read = read.and_then(|()| send(batch));
    match read {
        // The writer's error is the one to report.
        Err(_) if gone => Ok(()),
        other => other,
    }
}

/// Reads claimdiff's JSONL archive at `path` (`-`: stdin after `head`) a line at a time, gathering lines in
/// batches of [`BATCH`]; each batch's lines are parsed on every core (their claims are the
/// archive's, not extracted again), the versions `held` holds marked, the lineage computed
/// ahead, and the batch sent to the writer. A line that cannot be read is skipped with its
/// number and why; a first line of a later archive format refuses the whole archive.
fn read_jsonl(
    path: &Path,
    head: &[u8],
    held: Option<&dyn Store>,
    tx: &SyncSender<Vec<Ready>>,
) -> Result<()> {
    use std::io::Read;
    let mut input: Box<dyn std::io::BufRead> = if path.as_os_str() == "-" {
        let stdin = head.chain(std::io::stdin());
        Box::new(std::io::BufReader::with_capacity(1 << 20, stdin))
    } else {
        let f = std::fs::File::open(path)
            .map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
        Box::new(std::io::BufReader::with_capacity(1 << 20, f))
    };
    let cap = crate::input::max_input_size();
    let mut carried: Carried = None;
    let mut batch: Vec<(usize, Option<Vec<u8>>)> = Vec::with_capacity(BATCH);
    // Whether the writer took the batch (it stops at its first error, the one to report).
    let mut send = |batch: Vec<(usize, Option<Vec<u8>>)>| -> bool {
        let parsed: Vec<Result<Prepared, Skip>> = batch
            .into_par_iter()
            .map(|(n, line)| jsonl_version(n, line))
            .collect();
        let keys: Vec<Option<(&str, &str, &str)>> = parsed
            .iter()
            .map(|p| {
                let p = p.as_ref().ok()?;
                Some((
                    p.entry.article.as_str(),
                    p.hash.as_str(),
                    p.entry.recorded_at.as_str(),
                ))
            })
            .collect();
        let holds = held_of(held, &keys);
        let mut ready: Vec<Ready> = parsed
            .into_iter()
            .zip(holds)
            .map(|(p, holds)| match p {
                Err(skip) => Ready::Skipped(skip),
                Ok(p) if holds => Ready::Held(p.entry.article),
                Ok(p) => Ready::Fresh(Box::new(p)),
            })
            .collect();
        link_batch_ahead(&mut ready, &mut carried);
        tx.send(ready).is_ok()
    };
    let (mut n, mut first) = (0, true);
    let mut buf = Vec::new();
    while let Some(whole) = super::jsonl::next_line(&mut *input, &mut buf, cap)
        .map_err(|e| anyhow!("line {}: cannot read it: {e}", n + 1))?
    {
        n += 1;
        if whole && buf.trim_ascii().is_empty() {
            continue;
        }
        if std::mem::take(&mut first) && whole {
            super::jsonl::check_first_line(&buf)?;
        }
        batch.push((n, whole.then(|| std::mem::take(&mut buf))));
        if batch.len() >= BATCH && !send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))) {
            return Ok(());
        }
    }
    send(batch);
    Ok(())
}

/// Whether `store` (the store as the import began, if it existed) holds each version of a
/// batch (`None`: an item that is not a version), asked once for the batch; an error counts
/// as not held (the writer skips what the store holds anyway).
fn held_of(store: Option<&dyn Store>, keys: &[Option<(&str, &str, &str)>]) -> Vec<bool> {
    let Some(store) = store else {
        return vec![false; keys.len()];
    };
    let asked: Vec<(&str, &str, &str)> = keys.iter().flatten().copied().collect();
    let mut answers = store
        .holds_each(&asked)
        .unwrap_or_else(|_| vec![false; asked.len()])
        .into_iter();
    keys.iter()
        .map(|k| k.is_some() && answers.next().unwrap_or(false))
        .collect()
}

/// JSONL line `n` (`None`: longer than the input size cap) as a version to store, or why it
/// is skipped.
fn jsonl_version(n: usize, line: Option<Vec<u8>>) -> Result<Prepared, Skip> {
    let place = format!("line {n}");
    let Some(line) = line else {
        return Err(Skip::new(
            place,
            crate::input::too_large("the line").to_string(),
        ));
    };
    match super::jsonl::parse(&line) {
        Ok(entry) => Ok(Prepared {
            hash: crate::ingest::content_hash(&entry.text),
            place,
            entry,
            ahead: None,
        }),
        Err(e) => Err(Skip::new(place, format!("{e:#}"))),
    }
}

/// The furniture of each article of a batch (by source and key), learned from the batch's
/// texts (each article's latest) and the store's ([`Furniture`]).
fn batch_furniture(
    furniture: &mut Furniture,
    store: Option<&dyn Store>,
    ingested: &[Result<Ingested, Skip>],
) -> HashMap<(String, String), HashSet<u64>> {
    let seen: Vec<Seen> = ingested
        .iter()
        .flatten()
        .map(|i| Seen {
            source: &i.source,
            site: crate::url::site_of(&i.found.url),
            article: &i.article,
            text: &i.doc.text,
        })
        .collect();
    furniture.for_batch(store, &seen)
}

/// The storing side of an import: what is done so far.
struct Writer<'a> {
    store: &'a mut dyn Store,
    observer: &'a mut dyn Observer,
    /// Versions are stored as given ([`Store::import_archived`]: claimdiff's own archive), not
    /// skipped when their text equals their article's latest.
    as_given: bool,
    counts: BulkCounts,
    /// The article of the last version stored or held (articles are counted on change).
    last_article: Option<String>,
}

/// A version read by the pipeline, ready to store.
struct Prepared {
    place: String,
    /// [`crate::ingest::content_hash`] of its text.
    hash: String,
    entry: Entry,
    /// Its lineage from the version before it in the archive, computed ahead.
    ahead: Option<Ahead>,
}

/// Computes the lineage of the batch's fresh versions ahead ([`ahead::link_ahead`]).
fn link_batch_ahead(ready: &mut [Ready], carried: &mut Carried) {
    let items: Vec<Item> = ready
        .iter()
        .filter_map(|r| match r {
            Ready::Skipped(_) => None,
            Ready::Held(article) => Some((article.as_str(), None)),
            Ready::Fresh(p) => {
                let ex = &p.entry.extraction;
                Some((
                    p.entry.article.as_str(),
                    Some((&ex.sentences[..], &ex.claims[..])),
                ))
            }
        })
        .collect();
    let mut aheads = link_ahead(&items, carried).into_iter();
    for r in ready.iter_mut() {
        match r {
            Ready::Skipped(_) => {}
            Ready::Held(_) => {
                aheads.next();
            }
            Ready::Fresh(p) => p.ahead = aheads.next().flatten(),
        }
    }
}

/// What the reader sends the writer for each item of the archive.
enum Ready {
    /// A version to store.
    Fresh(Box<Prepared>),
    /// A version of this article the store already holds (not extracted again).
    Held(String),
    /// An item that cannot be imported.
    Skipped(Skip),
}

impl Writer<'_> {
    /// Before claims another extractor wrote (an archive's line says which; unknown is 0) are
    /// stored as given, records in the store that it holds them, as [`Store::extractor_version`]
    /// an older one (the lowest seen) or a newer one: reads then say so and `reindex`
    /// re-extracts them. Marked first, so that an interrupted import never leaves them
    /// unmarked.
    fn mark_extractor(&mut self, ready: &[Prepared]) -> Result<()> {
        let now = EXTRACTOR_VERSION;
        let others = ready
            .iter()
            .map(|p| p.entry.extractor)
            .filter(|&e| e != now);
        let Some(other) = others.clone().min() else {
            return Ok(());
        };
        let stored = self.store.extractor_version()?;
        let mark = match other < now {
            true => stored.min(other),
            // Only newer claims: the store says the newest, unless it is already marked.
            false if stored == now => others.max().unwrap_or(other),
            false => stored,
        };
        if mark != stored {
            self.store.set_extractor_version(mark)?;
        }
        Ok(())
    }

    /// Stores a batch in one transaction; the counts change only when it commits.
    fn store(&mut self, batch: Vec<Ready>) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let n = batch.len();
        let mut done = BulkCounts {
            read: n,
            ..BulkCounts::default()
        };
        let mut last_article = self.last_article.clone();
        let mut changes = 0;
        let mut skips = Vec::new();
        let mut ready = Vec::with_capacity(n);
        for r in batch {
            let article = match &r {
                Ready::Skipped(skip) => {
                    skips.push(skip.clone());
                    continue;
                }
                Ready::Held(article) => article,
                Ready::Fresh(p) => &p.entry.article,
            };
            if last_article.as_ref() != Some(article) {
                done.articles += 1;
                last_article = Some(article.clone());
            }
            match r {
                Ready::Fresh(p) => ready.push(*p),
                _ => done.held += 1,
            }
        }
        let ready = self.own_sources(ready, &mut skips, &mut done)?;
        if self.as_given {
            self.mark_extractor(&ready)?;
        }
        let versions: Vec<_> = ready.iter().map(|p| p.entry.new_version(&p.hash)).collect();
        // The store calls `link` with the new version's own claims: they name it.
        let aheads: HashMap<*const Claim, &Ahead> = ready
            .iter()
            .filter(|p| !p.entry.extraction.claims.is_empty())
            .filter_map(|p| Some((p.entry.extraction.claims.as_ptr(), p.ahead.as_ref()?)))
            .collect();
        let mut link = |bs: &[Sentence], bc: &[Claim], as_: &[Sentence], ac: &[Claim]| {
            let known = aheads
                .get(&ac.as_ptr())
                .filter(|_| !ac.is_empty())
                .and_then(|a| a.for_before(bs, bc));
            let (lineage, changed) = known.unwrap_or_else(|| {
                let d = diff::diff(&Side::new(bs, bc), &Side::new(as_, ac), Mode::Versions);
                (d.lineage, d.summary.changed)
            });
            changes += changed;
            lineage
        };
        let added = if self.as_given {
            self.store.import_archived(&versions, &mut link)
        } else {
            self.store.import_batch(&versions, &mut link)
        };
        let added = added.map_err(|err| {
            let first = ready.first().map_or("", |p| p.place.as_str());
            anyhow!(
                "{err} (in the batch from {first}); {} versions were stored before it: run the same import again to continue",
                self.counts.stored
            )
        })?;
        for (p, a) in ready.iter().zip(added) {
            match a {
                Imported::Stored(_) => {
                    done.stored += 1;
                    done.claims += p.entry.extraction.claims.len();
                }
                Imported::Skipped => done.held += 1,
            }
        }
        done.claim_changes = changes;
        done.skipped = skips.len();
        for s in &skips {
            self.observer.skipped(s);
        }
        self.last_article = last_article;
        let c = &mut self.counts;
        c.articles += done.articles;
        c.read += done.read;
        c.stored += done.stored;
        c.held += done.held;
        c.claims += done.claims;
        c.claim_changes += done.claim_changes;
        c.skipped += done.skipped;
        c.other_source += done.other_source;
        self.observer.advanced(n);
        Ok(())
    }

    /// The versions of `ready` whose article is stored (or first met in this batch) under
    /// their own source; the others are skipped, naming the key and both sources.
    fn own_sources(
        &mut self,
        ready: Vec<Prepared>,
        skips: &mut Vec<Skip>,
        done: &mut BulkCounts,
    ) -> Result<Vec<Prepared>> {
        let mut owners: HashMap<String, Option<String>> = HashMap::new();
        let mut kept = Vec::with_capacity(ready.len());
        for p in ready {
            let article = &p.entry.article;
            let owner = match owners.get_mut(article) {
                Some(owner) => owner,
                None => {
                    let stored = self.store.article_source(article)?;
                    owners.entry(article.clone()).or_insert(stored)
                }
            };
            match owner {
                Some(s) if *s != p.entry.source => {
                    let mismatch = crate::error::Error::SourceMismatch {
                        article: article.clone(),
                        stored: s.clone(),
                        given: p.entry.source.clone(),
                    };
                    skips.push(Skip::new(p.place, mismatch.to_string()));
                    done.other_source += 1;
                }
                Some(_) => kept.push(p),
                None => {
                    *owner = Some(p.entry.source.clone());
                    kept.push(p);
                }
            }
        }
        Ok(kept)
    }
}

/// A version ingested (decoded, its text found and hashed), its claims not yet extracted.
struct Ingested {
    place: String,
    found: FoundVersion,
    source: String,
    article: String,
    recorded_at: String,
    doc: Document,
    hash: String,
}

/// Checks a version's time, URL and names and ingests its text, or says why it cannot be
/// imported.
fn ingest(v: FoundVersion) -> Result<Ingested, Skip> {
    let skip = |reason: String| Skip::new(v.place.clone(), reason);
    let recorded_at =
        archive_time(&v.at).ok_or_else(|| skip(format!("date {:?} does not parse", v.at)))?;
    let article = article_key(&v.url).map_err(|e| skip(format!("{e:#}")))?;
    check_name("article", &article, MAX_KEY_CHARS).map_err(|e| skip(format!("{e:#}")))?;
    let source = match &v.source {
        Some(s) => s.trim().to_string(),
        None => article.split('/').next().unwrap_or_default().to_string(),
    };
    check_name("source", &source, MAX_SOURCE_CHARS).map_err(|e| skip(format!("{e:#}")))?;
    if v.body.iter().all(u8::is_ascii_whitespace) {
        return Err(skip("the text is empty".into()));
    }
    let doc = crate::ingest::ingest(&v.body, &IngestOptions::default())
        .map_err(|e| skip(format!("{e:#}")))?;
    Ok(Ingested {
        place: v.place.clone(),
        hash: crate::ingest::content_hash(&doc.text),
        found: v,
        source,
        article,
        recorded_at,
        doc,
    })
}

/// Extracts an ingested version's claims: the version, ready to store.
fn extract(i: Ingested, ex: &Extractor) -> Prepared {
    let extraction = ex.extract(&i.doc);
    let doc = i.doc;
    let published_at = doc
        .meta
        .modified
        .as_deref()
        .or(doc.meta.published.as_deref())
        .and_then(crate::time::page_time);
    let entry = Entry {
        extractor: EXTRACTOR_VERSION,
        source: i.source,
        article: i.article,
        url: Some(i.found.url),
        title: i.found.title.or(doc.meta.title),
        recorded_at: i.recorded_at,
        published_at,
        raw: i.found.body,
        format: doc.format.as_str().to_string(),
        encoding: doc.encoding.map(str::to_string),
        text: doc.text.to_string(),
        extraction,
    };
    Prepared {
        place: i.place,
        hash: i.hash,
        entry,
        ahead: None,
    }
}
