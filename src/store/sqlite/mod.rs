//! The embedded store: one SQLite file (bundled SQLite), WAL mode and a busy timeout so that
//! several `claimdiff` processes can write at once, foreign keys on, every write one
//! `BEGIN IMMEDIATE` transaction. Read commands open the file read-only; a file that is not
//! claimdiff's (another application's SQLite database) is refused before anything is written
//! to it; an empty file reads as an empty store.
//!
//! Its parts: [`schema`] (migrations), [`columns`] (every table's columns and the row
//! readers), `codec` (how texts are packed: every reader and writer of texts goes through it),
//! `record` (writes), `read` (articles, versions, texts, topics), `lineage`
//! (reindex and relink), `timeline`, `search`, `admin` (removing and renaming articles and
//! sources) and `export` (archives out and in).

mod admin;
mod alerts;
mod codec;
pub(in crate::store) mod columns;
mod export;
mod lineage;
// Which extractor wrote the claims (`store_meta`).
mod meta;
mod read;
mod record;
mod schema;
mod search;
mod summary;
mod timeline;
// Archive imports in batches (`import_batch`, `holds`).
mod bulk;
mod import_reads;

#[cfg(test)]
mod tests;

use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};

use super::{
    AlertAttempt, ArchivedVersion, ExportFilter, Import, Imported, LinkFn, NewVersion, PackedForm,
    PackedInput, QueuedAlert, RawVersion, Recorded, ReindexReport, SourceCount, Store,
    StoredVersion, Timeline, TimelineQuery, TopicCount, VersionClaim, VersionInput, VersionRef,
    Which,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Article, Extraction, Version};

/// The SQLite implementation of [`Store`].
pub struct SqliteStore {
    conn: Connection,
    /// The database file (`None` in memory), to reopen for writing.
    path: Option<PathBuf>,
    /// Whether `conn` was opened for writing: a store opened to read reopens its file for
    /// writing on its first write (only ever a file already known to be claimdiff's).
    writable: bool,
}

impl SqliteStore {
    /// Opens the database at `path`. Without `create` (read commands) the file must exist and
    /// be a claimdiff database, and it is opened read-only: nothing is written unless the
    /// caller writes (or the schema needs a migration); an empty file reads as an empty store
    /// and stays empty. With `create`, a missing or empty
    /// file gets the schema; any other file must already be a claimdiff database: claimdiff
    /// never writes into another application's SQLite file.
    pub fn open(path: &Path, create: bool) -> Result<SqliteStore> {
        if !create && !path.exists() {
            return Err(Error::NoDatabase(path.to_path_buf()));
        }
        let kind = if path.exists() {
            let probe = schema::open_read_only(path)?;
            let kind = schema::identify(&probe, path)?;
            if !create && kind == schema::Kind::Current {
                return Ok(SqliteStore {
                    conn: probe,
                    path: Some(path.to_path_buf()),
                    writable: false,
                });
            }
            kind
        } else {
            schema::Kind::Empty
        };
        if kind == schema::Kind::Empty && !create {
            // Nothing stored yet (or another process is creating the store right now): read
            // as an empty store, without writing the file.
            return SqliteStore::in_memory();
        }
        let mut conn = schema::open_read_write(path, create)?;
        schema::prepare(&mut conn, path).map_err(|e| read_only(path, e))?;
        Ok(SqliteStore {
            conn,
            path: Some(path.to_path_buf()),
            writable: true,
        })
    }

    /// A new, empty store in memory with the whole schema: for tests, and for tools that
    /// work on versions without keeping them.
    pub fn in_memory() -> Result<SqliteStore> {
        let mut conn = Connection::open_in_memory()?;
        schema::prepare(&mut conn, &PathBuf::from(":memory:"))?;
        Ok(SqliteStore {
            conn,
            path: None,
            writable: true,
        })
    }

    /// The number of migrations applied (for tests and `--version` style reports).
    pub fn schema(&self) -> Result<usize> {
        schema::version(&self.conn)
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE`: writers queue on the busy timeout).
    fn write(&mut self) -> Result<rusqlite::Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Reopens a store opened to read for writing (its file is claimdiff's: `open` checked).
    fn writable(&mut self) -> Result<()> {
        if let (false, Some(path)) = (self.writable, &self.path) {
            let mut conn = schema::open_read_write(path, false)?;
            schema::prepare(&mut conn, path)?;
            self.conn = conn;
            self.writable = true;
        }
        Ok(())
    }

    /// Runs a write on this store, reopened for writing first if it was opened to read; a
    /// write refused because the file or its directory is read-only says so.
    fn writing<T>(&mut self, f: impl FnOnce(&mut SqliteStore) -> Result<T>) -> Result<T> {
        let result = self.writable().and_then(|()| f(self));
        match &self.path {
            Some(path) => result.map_err(|e| read_only(path, e)),
            None => result,
        }
    }

    #[cfg(test)]
    fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// `e`, or [`Error::ReadOnly`] when SQLite refused a write to the read-only file at `path`.
fn read_only(path: &Path, e: Error) -> Error {
    if e.sqlite_code() == Some(rusqlite::ErrorCode::ReadOnly) {
        Error::ReadOnly(path.to_path_buf())
    } else {
        e
    }
}

/// A version whose text is this long or longer is written with a page cache of
/// [`LARGE_WRITE_CACHE`] (issue 14).
const LARGE_WRITE_FROM: usize = 1 << 20;

/// The page cache (`PRAGMA cache_size`; KiB when negative) of a large version's write: its
/// claims' rows filled SQLite's default cache of 2 MB with dirty pages that go to the WAL
/// anyway (the last 2-3 MB of recording a 10 MB text); other writes keep the default.
const LARGE_WRITE_CACHE: i64 = -256;

impl SqliteStore {
    /// [`Store::record`] with the version's input as `input` says.
    fn record_input(
        &mut self,
        v: &NewVersion,
        input: record::StoredInput,
        link: &mut LinkFn,
    ) -> Result<Recorded> {
        if v.text.len() < LARGE_WRITE_FROM {
            return self.record_cached(v, input, link);
        }
        let cache: i64 = self.conn.query_row("PRAGMA cache_size", [], |r| r.get(0))?;
        self.conn
            .pragma_update(None, "cache_size", LARGE_WRITE_CACHE)?;
        let recorded = self.record_cached(v, input, link);
        self.conn.pragma_update(None, "cache_size", cache)?;
        recorded
    }

    /// [`Self::record_input`] with the connection's page cache as it is.
    fn record_cached(
        &mut self,
        v: &NewVersion,
        input: record::StoredInput,
        link: &mut LinkFn,
    ) -> Result<Recorded> {
        self.writing(|store| {
            let tx = store.write()?;
            match record::record(&tx, v, input, link)? {
                // Dropping the transaction rolls back the source and article rows it may have
                // touched: an unchanged version writes nothing.
                record::Outcome::Unchanged(n) => Ok(Recorded::Unchanged(n)),
                record::Outcome::Stored(number) => {
                    tx.commit()?;
                    let r = VersionRef {
                        article: v.article.to_string(),
                        which: Which::Number(number),
                    };
                    Ok(Recorded::Stored(store.resolve(&r)?))
                }
            }
        })
    }
}

impl Store for SqliteStore {
    fn record(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Recorded> {
        self.record_input(v, record::StoredInput::FromRaw, link)
    }

    fn pack_input(&self, raw: Option<Vec<u8>>, text: &str) -> Result<PackedInput> {
        let packed = match raw {
            Some(raw) => codec::pack_input(&raw, text)?,
            None => None,
        };
        Ok(PackedInput(PackedForm::Sqlite(packed)))
    }

    fn record_packed(
        &mut self,
        v: &NewVersion,
        input: PackedInput,
        link: &mut LinkFn,
    ) -> Result<Recorded> {
        match input.0 {
            PackedForm::Sqlite(blob) => {
                self.record_input(v, record::StoredInput::Packed(blob.as_deref()), link)
            }
            PackedForm::Raw(raw) => {
                let raw = raw.as_deref().unwrap_or(v.text.as_bytes());
                self.record(&NewVersion { raw, ..v.clone() }, link)
            }
        }
    }

    fn import_batch(&mut self, batch: &[NewVersion], link: &mut LinkFn) -> Result<Vec<Imported>> {
        self.writing(|store| {
            let tx = store.write()?;
            let done = bulk::import_batch(&tx, batch, link)?;
            tx.commit()?;
            Ok(done)
        })
    }

    fn holds(&self, article: &str, content_hash: &str, recorded_at: &str) -> Result<bool> {
        bulk::holds(&self.conn, article, content_hash, recorded_at)
    }

    fn import_versions(&mut self, batch: &[NewVersion]) -> Result<usize> {
        self.writing(|store| {
            let tx = store.write()?;
            let n = record::import(&tx, batch)?;
            tx.commit()?;
            Ok(n)
        })
    }

    fn articles(&self) -> Result<Vec<Article>> {
        read::articles(&self.conn)
    }

    fn versions(&self, article: &str) -> Result<Vec<Version>> {
        read::versions(&self.conn, article)
    }

    fn resolve(&self, r: &VersionRef) -> Result<Version> {
        read::resolve(&self.conn, r)
    }

    fn load(&self, version: &Version) -> Result<StoredVersion> {
        read::load(&self.conn, version)
    }

    fn source_texts(
        &self,
        source: &str,
        except_article: &str,
        site: Option<&str>,
    ) -> Result<Vec<String>> {
        read::source_texts(&self.conn, source, except_article, site)
    }

    fn reindex(
        &mut self,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        self.writing(|store| lineage::reindex(&mut store.conn, f, link))
    }

    fn relink(&mut self, link: &mut LinkFn) -> Result<usize> {
        if !lineage::pending(&self.conn)? {
            return Ok(0);
        }
        self.writing(|store| lineage::relink(&mut store.conn, link))
    }

    fn timeline(&self, q: &TimelineQuery) -> Result<Timeline> {
        timeline::timeline(&self.conn, q)
    }

    fn topics(&self) -> Result<Vec<TopicCount>> {
        read::topics(&self.conn)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<VersionClaim>> {
        search::search(&self.conn, query, limit)
    }

    fn topic_terms(&self) -> Result<String> {
        read::topic_terms(&self.conn)
    }

    fn add_topic_terms(&mut self, lines: &str) -> Result<()> {
        self.writing(|store| {
            let tx = store.write()?;
            tx.execute("INSERT INTO topic_terms (lines) VALUES (?)", [lines])?;
            tx.commit()?;
            Ok(())
        })
    }

    fn input(&self, version: &Version) -> Result<VersionInput> {
        admin::input(&self.conn, version)
    }

    fn remove_article(&mut self, article: &str) -> Result<Vec<Version>> {
        self.writing(|store| {
            let tx = store.write()?;
            // Listed inside the write transaction: a version another writer adds meanwhile
            // is removed too or not yet there.
            let versions = read::versions(&tx, article)?;
            admin::remove_article(&tx, &versions)?;
            tx.commit()?;
            Ok(versions)
        })
    }

    fn remove_version(&mut self, version: &Version, link: &mut LinkFn) -> Result<()> {
        self.writing(|store| {
            let tx = store.write()?;
            admin::remove_version(&tx, version, link)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn rename_article(&mut self, from: &str, to: &str) -> Result<()> {
        self.writing(|store| {
            let tx = store.write()?;
            admin::rename_article(&tx, from, to)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn sources(&self) -> Result<Vec<SourceCount>> {
        admin::sources(&self.conn)
    }

    fn merge_source(&mut self, from: &str, into: &str) -> Result<usize> {
        self.writing(|store| {
            let tx = store.write()?;
            let moved = admin::merge_source(&tx, from, into)?;
            tx.commit()?;
            Ok(moved)
        })
    }

    fn export(
        &self,
        filter: &ExportFilter,
        each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
    ) -> Result<usize> {
        export::export(&self.conn, filter, each)
    }

    fn import(&mut self) -> Result<Box<dyn Import + '_>> {
        self.writing(|_| Ok(()))?;
        Ok(Box::new(export::SqliteImport { tx: self.write()? }))
    }

    fn queue_alerts(
        &mut self,
        targets: &[String],
        version_id: i64,
        alerts: &[QueuedAlert],
    ) -> Result<usize> {
        self.writing(|store| {
            let tx = store.write()?;
            let added = alerts::queue(&tx, alerts)?;
            alerts::advance(&tx, targets, version_id)?;
            tx.commit()?;
            Ok(added)
        })
    }

    fn alert_cursor(&mut self, target: &str) -> Result<i64> {
        self.writing(|store| {
            let tx = store.write()?;
            let id = alerts::cursor(&tx, target)?;
            tx.commit()?;
            Ok(id)
        })
    }

    fn versions_after(&self, id: i64) -> Result<Vec<Version>> {
        alerts::versions_after(&self.conn, id)
    }

    fn pending_alerts(&self, target: &str) -> Result<Vec<QueuedAlert>> {
        alerts::pending(&self.conn, target)
    }

    fn settle_alert(&mut self, change: &str, target: &str, attempt: &AlertAttempt) -> Result<()> {
        self.writing(|store| {
            let tx = store.write()?;
            alerts::settle(&tx, change, target, attempt)?;
            tx.commit()?;
            Ok(())
        })
    }

    fn source_article_texts(
        &self,
        source: &str,
        site: Option<&str>,
    ) -> Result<Vec<(String, String)>> {
        import_reads::source_article_texts(&self.conn, source, site)
    }

    fn article_source(&self, article: &str) -> Result<Option<String>> {
        import_reads::article_source(&self.conn, article)
    }

    fn prune_alerts(&mut self, before: &str) -> Result<usize> {
        self.writing(|store| {
            let tx = store.write()?;
            let n = alerts::prune(&tx, before)?;
            tx.commit()?;
            Ok(n)
        })
    }

    fn claim_changes(&self, articles: &[String]) -> Result<Vec<Option<usize>>> {
        summary::claim_changes(&self.conn, articles)
    }

    fn claim_pairs(&self, version: &Version) -> Result<Option<Vec<super::ClaimPair>>> {
        summary::claim_pairs(&self.conn, version.id)
    }

    fn articles_on_topics(&self, topics: &[String]) -> Result<Vec<String>> {
        summary::articles_on(&self.conn, topics)
    }

    fn source_names(&self) -> Result<Vec<String>> {
        summary::source_names(&self.conn)
    }

    fn extractor_version(&self) -> Result<u32> {
        meta::extractor(&self.conn)
    }

    fn upgrade(
        &mut self,
        extractor: u32,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        self.writing(|store| lineage::upgrade(&mut store.conn, extractor, f, link))
    }

    fn set_extractor_version(&mut self, extractor: u32) -> Result<()> {
        self.writing(|store| {
            let tx = store.write()?;
            meta::set(&tx, extractor)?;
            tx.commit()?;
            Ok(())
        })
    }
}
