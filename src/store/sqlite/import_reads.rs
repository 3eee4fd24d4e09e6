//! Reads an archive import needs besides the write path in `bulk.rs`: the latest texts of a
//! source's articles with their keys (its furniture is learned once per source, not per
//! version) and the source an article is stored under (a key met under another source is
//! skipped, not an error for its whole batch).

use rusqlite::{params, Connection, OptionalExtension};

use super::codec;
use crate::error::Result;

/// The latest text of up to 50 articles of `source` on `site`, newest first, with their keys.
pub(super) fn source_article_texts(
    conn: &Connection,
    source: &str,
    site: Option<&str>,
) -> Result<Vec<(String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT v.id, a.url, a.key FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id \
         WHERE s.name = ? AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id) \
         ORDER BY v.id DESC",
    )?;
    let rows: Vec<(i64, Option<String>, String)> = st
        .query_map(params![source], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let keys: std::collections::HashMap<i64, String> =
        rows.iter().map(|(id, _, k)| (*id, k.clone())).collect();
    let ids = rows.into_iter().map(|(id, url, _)| (id, url)).collect();
    crate::store::on_site(ids, site)
        .map(|id| Ok((keys[&id].clone(), codec::text(conn, id)?)))
        .collect()
}

/// The source `article` is stored under.
pub(super) fn article_source(conn: &Connection, article: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.key = ?",
        )?
        .query_row([article], |r| r.get(0))
        .optional()?)
}
