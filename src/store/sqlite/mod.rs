//! The embedded store: one SQLite file (bundled SQLite), WAL mode and a busy timeout so that
//! several `claimdiff` processes can write at once, foreign keys on, every write one
//! `BEGIN IMMEDIATE` transaction.
//!
//! Its parts: [`schema`] (migrations), [`columns`] (every table's columns and the row
//! readers), `record` (writes), `read` (articles, versions, texts, topics), `lineage`
//! (reindex and relink), `timeline`, `search`, `admin` (removing and renaming articles and
//! sources) and `export` (archives out and in).

mod admin;
pub(in crate::store) mod columns;
mod export;
mod lineage;
mod read;
mod record;
mod schema;
mod search;
mod timeline;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::{
    ArchivedVersion, ExportFilter, Import, LinkFn, NewVersion, RawVersion, Recorded, ReindexReport,
    SourceCount, Store, StoredVersion, Timeline, TimelineQuery, TopicCount, VersionClaim,
    VersionInput, VersionRef, Which,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Article, Extraction, Version};

/// The SQLite implementation of [`Store`].
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens the database at `path`. With `create`, a missing file is created with the schema;
    /// without it, a missing file is an error (read commands never create a database).
    pub fn open(path: &Path, create: bool) -> Result<SqliteStore> {
        if !create && !path.exists() {
            return Err(Error::NoDatabase(path.to_path_buf()));
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let mut conn =
            Connection::open_with_flags(path, flags).map_err(|reason| Error::CannotOpen {
                path: path.to_path_buf(),
                reason,
            })?;
        conn.busy_timeout(Duration::from_secs(30))?;
        schema::prepare(&mut conn, path).map_err(|e| {
            if e.sqlite_code() == Some(rusqlite::ErrorCode::NotADatabase) {
                Error::NotADatabase(path.to_path_buf())
            } else {
                e
            }
        })?;
        Ok(SqliteStore { conn })
    }

    /// A new, empty store in memory with the whole schema: for tests, and for tools that
    /// work on versions without keeping them.
    pub fn in_memory() -> Result<SqliteStore> {
        let mut conn = Connection::open_in_memory()?;
        schema::prepare(&mut conn, &PathBuf::from(":memory:"))?;
        Ok(SqliteStore { conn })
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

    #[cfg(test)]
    fn connection(&self) -> &Connection {
        &self.conn
    }
}

impl Store for SqliteStore {
    fn record(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Recorded> {
        let tx = self.write()?;
        match record::record(&tx, v, link)? {
            // Dropping the transaction rolls back the source and article rows it may have
            // touched: an unchanged version writes nothing.
            record::Outcome::Unchanged(n) => Ok(Recorded::Unchanged(n)),
            record::Outcome::Stored(number) => {
                tx.commit()?;
                let r = VersionRef {
                    article: v.article.to_string(),
                    which: Which::Number(number),
                };
                Ok(Recorded::Stored(self.resolve(&r)?))
            }
        }
    }

    fn import_versions(&mut self, batch: &[NewVersion]) -> Result<usize> {
        let tx = self.write()?;
        let n = record::import(&tx, batch)?;
        tx.commit()?;
        Ok(n)
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

    fn source_texts(&self, source: &str, except_article: &str) -> Result<Vec<String>> {
        read::source_texts(&self.conn, source, except_article)
    }

    fn reindex(
        &mut self,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        lineage::reindex(&mut self.conn, f, link)
    }

    fn relink(&mut self, link: &mut LinkFn) -> Result<usize> {
        lineage::relink(&mut self.conn, link)
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
        let tx = self.write()?;
        tx.execute("INSERT INTO topic_terms (lines) VALUES (?)", [lines])?;
        tx.commit()?;
        Ok(())
    }

    fn input(&self, version: &Version) -> Result<VersionInput> {
        admin::input(&self.conn, version)
    }

    fn remove_article(&mut self, article: &str) -> Result<Vec<Version>> {
        let versions = self.versions(article)?;
        let tx = self.write()?;
        admin::remove_article(&tx, &versions)?;
        tx.commit()?;
        Ok(versions)
    }

    fn remove_version(&mut self, version: &Version, link: &mut LinkFn) -> Result<()> {
        let tx = self.write()?;
        admin::remove_version(&tx, version, link)?;
        tx.commit()?;
        Ok(())
    }

    fn rename_article(&mut self, from: &str, to: &str) -> Result<()> {
        let tx = self.write()?;
        admin::rename_article(&tx, from, to)?;
        tx.commit()?;
        Ok(())
    }

    fn sources(&self) -> Result<Vec<SourceCount>> {
        admin::sources(&self.conn)
    }

    fn merge_source(&mut self, from: &str, into: &str) -> Result<usize> {
        let tx = self.write()?;
        let moved = admin::merge_source(&tx, from, into)?;
        tx.commit()?;
        Ok(moved)
    }

    fn export(
        &self,
        filter: &ExportFilter,
        each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
    ) -> Result<usize> {
        export::export(&self.conn, filter, each)
    }

    fn import(&mut self) -> Result<Box<dyn Import + '_>> {
        Ok(Box::new(export::SqliteImport { tx: self.write()? }))
    }
}
