//! Facts about the store itself (`store_meta`, schema/0013_store_meta.sql): which extractor
//! wrote the claims it holds. A new store gets this claimdiff's
//! [`EXTRACTOR_VERSION`](crate::extract::version::EXTRACTOR_VERSION) through the SQL function
//! [`register`] adds; a store migrated with versions in it gets 0; only a complete reindex
//! ([`mark_if_complete`], in the transaction of its last batch) moves it.

use std::collections::HashSet;

use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;
use crate::extract::version::EXTRACTOR_VERSION;

/// The SQL function the migration calls for a new store's extractor version.
const EXTRACTOR_FUNCTION: &str = "claimdiff_extractor_version";

/// The `store_meta` key of the extractor version.
const EXTRACTOR_KEY: &str = "extractor";

/// Adds `claimdiff_extractor_version()` (this claimdiff's extractor version) to `conn`.
pub(super) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    conn.create_scalar_function(EXTRACTOR_FUNCTION, 0, flags, |_| {
        Ok(i64::from(EXTRACTOR_VERSION))
    })
}

/// The extractor version whose claims the store holds (0: older than claimdiff kept it; a
/// value that is not a number reads as 0 too).
pub(super) fn extractor(conn: &Connection) -> Result<u32> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM store_meta WHERE key = ?",
            [EXTRACTOR_KEY],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| v.trim().parse().ok()).unwrap_or(0))
}

/// Records `version` as the store's extractor version, whatever it was.
pub(super) fn set(tx: &Connection, version: u32) -> Result<()> {
    tx.execute(
        "INSERT INTO store_meta (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (EXTRACTOR_KEY, version.to_string()),
    )?;
    Ok(())
}

/// Records `version` as the store's extractor version when every stored version belongs to
/// an article in `reindexed` (the articles a reindex re-extracted, under the write lock `tx`
/// holds); returns whether it did.
pub(super) fn mark_if_complete(
    tx: &Connection,
    reindexed: &HashSet<i64>,
    version: u32,
) -> Result<bool> {
    let articles: Vec<i64> = tx
        .prepare("SELECT DISTINCT article_id FROM versions")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if !articles.iter().all(|a| reindexed.contains(a)) {
        return Ok(false);
    }
    set(tx, version)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::super::tests::put;
    use super::super::{lineage, SqliteStore};
    use super::*;
    use crate::error::BoxError;
    use crate::extract::Extractor;
    use crate::history;
    use crate::model::Extraction;
    use crate::store::{RawVersion, Store};

    const TEXT: &str = "Officials said 40 people were hurt and 3 died in the storm.";

    fn extract(rv: &RawVersion) -> std::result::Result<Extraction, BoxError> {
        if rv.article == "c" {
            return Err("cannot read c".into());
        }
        Ok(Extractor::default().extract_text(std::str::from_utf8(&rv.raw)?))
    }

    #[test]
    fn a_new_store_holds_this_extractor() {
        let store = SqliteStore::in_memory().unwrap();
        assert_eq!(store.extractor_version().unwrap(), EXTRACTOR_VERSION);
    }

    #[test]
    fn only_a_complete_reindex_marks_the_store() {
        let mut store = SqliteStore::in_memory().unwrap();
        for article in ["a", "b", "c"] {
            put(&mut store, "Wire", article, TEXT).unwrap();
        }
        store
            .conn
            .execute("UPDATE store_meta SET value = '0'", [])
            .unwrap();
        // Batches of one version: a and b commit, c fails; the store stays at 0.
        let stopped = lineage::reindex_marking(
            &mut store.conn,
            &mut extract,
            &mut history::lineage,
            (1, 1000),
            Some(7),
        );
        assert!(stopped.is_err());
        assert_eq!(extractor(&store.conn).unwrap(), 0);
        // Without c, the batch of b (the last) records the version.
        store.remove_article("c").unwrap();
        let report = lineage::reindex_marking(
            &mut store.conn,
            &mut extract,
            &mut history::lineage,
            (1, 1000),
            Some(7),
        )
        .unwrap();
        assert_eq!(report.versions, 2);
        assert_eq!(extractor(&store.conn).unwrap(), 7);
        // A plain reindex leaves it as it is.
        store.reindex(&mut extract, &mut history::lineage).unwrap();
        assert_eq!(store.extractor_version().unwrap(), 7);
    }

    #[test]
    fn upgrading_an_empty_store_marks_it() {
        let mut store = SqliteStore::in_memory().unwrap();
        store
            .conn
            .execute("UPDATE store_meta SET value = '0'", [])
            .unwrap();
        let report = store
            .upgrade(9, &mut extract, &mut history::lineage)
            .unwrap();
        assert_eq!(report.versions, 0);
        assert_eq!(store.extractor_version().unwrap(), 9);
    }

    #[test]
    fn marking_needs_every_article() {
        let mut store = SqliteStore::in_memory().unwrap();
        put(&mut store, "Wire", "a", TEXT).unwrap();
        let tx = store.conn.transaction().unwrap();
        assert!(!mark_if_complete(&tx, &HashSet::new(), 5).unwrap());
        assert_eq!(extractor(&tx).unwrap(), EXTRACTOR_VERSION);
        let ids: HashSet<i64> = [1].into();
        assert!(mark_if_complete(&tx, &ids, 5).unwrap());
        assert_eq!(extractor(&tx).unwrap(), 5);
    }
}
