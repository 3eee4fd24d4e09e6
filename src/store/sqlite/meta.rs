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
    tx.execute(
        "INSERT INTO store_meta (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (EXTRACTOR_KEY, version.to_string()),
    )?;
    Ok(true)
}
