//! Bulk ingest for archive imports on PostgreSQL: whether a version is already held (what a
//! re-run of an import skips before extracting it). Batches go through the trait's default
//! [`crate::store::Store::import_batch`] (one transaction, [`crate::store::Import::add`] each).

use postgres::Client;

use crate::error::Result;

/// Whether the store holds a version of `article` with this content hash and time.
pub(super) fn holds(
    client: &mut Client,
    article: &str,
    content_hash: &str,
    recorded_at: &str,
) -> Result<bool> {
    Ok(client
        .query_opt(
            "SELECT 1 FROM versions v JOIN articles a ON a.id = v.article_id \
             WHERE a.key = $1 AND v.content_hash = $2 AND v.recorded_at = $3",
            &[&article, &content_hash, &recorded_at],
        )?
        .is_some())
}
