//! Bulk ingest for archive imports ([`crate::store::Store::import_batch`]): a batch of
//! versions in one transaction, each written as `record` writes one (its lineage from the
//! version before, its article's topic summary updated by its own claims only), except those
//! the store already holds (same article, content hash and time: an earlier run of the same
//! import) and those whose text equals their article's latest version.

use rusqlite::{Connection, OptionalExtension, Transaction};

use super::columns::hash_value;
use super::record::{record, Outcome, StoredInput};
use crate::error::Result;
use crate::store::{Imported, LinkFn, NewVersion};

/// Whether the store holds a version of `article` with this content hash and time.
pub(super) fn holds(
    conn: &Connection,
    article: &str,
    content_hash: &str,
    recorded_at: &str,
) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM versions v JOIN articles a ON a.id = v.article_id \
             WHERE a.key = ? AND v.content_hash = ? AND v.recorded_at = ?",
        )?
        .query_row(
            rusqlite::params![article, hash_value(content_hash), recorded_at],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// Adds `batch` in order inside `tx`.
pub(super) fn import_batch(
    tx: &Transaction,
    batch: &[NewVersion],
    link: &mut LinkFn,
) -> Result<Vec<Imported>> {
    let mut out = Vec::with_capacity(batch.len());
    for v in batch {
        if holds(tx, v.article, v.content_hash, &v.recorded_at)? {
            out.push(Imported::Skipped);
            continue;
        }
        out.push(match record(tx, v, StoredInput::FromRaw, link)? {
            Outcome::Stored(n) => Imported::Stored(n),
            Outcome::Unchanged(_) => Imported::Skipped,
        });
    }
    Ok(out)
}
