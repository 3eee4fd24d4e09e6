//! Facts about the store itself (`store_meta`, schema/postgres/0006_store_meta.sql), as the
//! SQLite store's `meta`: which extractor wrote the claims it holds. A new store gets this
//! claimdiff's [`EXTRACTOR_VERSION`] (the migration reads it from the transaction setting
//! [`before_migrations`] makes); a store migrated with versions in it gets 0; only a complete
//! reindex ([`mark_if_complete`], in its transaction) moves it.

use postgres::GenericClient;

use crate::error::Result;
use crate::extract::version::EXTRACTOR_VERSION;

/// The `store_meta` key of the extractor version.
const EXTRACTOR_KEY: &str = "extractor";

/// Sets `claimdiff.extractor_version` for the rest of the migration transaction `tx` (what
/// migration 0006 gives a new store).
pub(super) fn before_migrations(tx: &mut impl GenericClient) -> Result<()> {
    tx.batch_execute(&format!(
        "SET LOCAL claimdiff.extractor_version = '{EXTRACTOR_VERSION}'"
    ))?;
    Ok(())
}

/// The extractor version whose claims the store holds (0: older than claimdiff kept it; a
/// value that is not a number reads as 0 too).
pub(super) fn extractor(c: &mut impl GenericClient) -> Result<u32> {
    let row = c.query_opt(
        "SELECT value FROM store_meta WHERE key = $1",
        &[&EXTRACTOR_KEY],
    )?;
    Ok(row
        .and_then(|r| r.get::<_, String>("value").trim().parse().ok())
        .unwrap_or(0))
}

/// Records `version` as the store's extractor version when every stored version is among
/// `reindexed` (the ids a reindex re-extracted; `tx` is its write transaction); returns
/// whether it did.
pub(super) fn mark_if_complete(
    tx: &mut impl GenericClient,
    reindexed: &[i64],
    version: u32,
) -> Result<bool> {
    let row = tx.query_one(
        "SELECT count(*) AS missed FROM versions WHERE NOT (id = ANY($1))",
        &[&reindexed],
    )?;
    if row.get::<_, i64>("missed") > 0 {
        return Ok(false);
    }
    set(tx, version)?;
    Ok(true)
}

/// Records `version` as the store's extractor version, whatever it was.
pub(super) fn set(c: &mut impl GenericClient, version: u32) -> Result<()> {
    c.execute(
        "INSERT INTO store_meta (key, value) VALUES ($1, $2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&EXTRACTOR_KEY, &version.to_string()],
    )?;
    Ok(())
}
