//! What the articles list reads without diffing or scanning timelines: each version's number
//! of claim changes (schema 0012's `version_changes`, written with the version's lineage, so
//! every path that stores a lineage keeps it: record, import, relink, reindex, rm) and the
//! articles on a topic (from the topic summary `topic_articles`), the source names, and a
//! version's stored claim pairs (what the feed reads).

use rusqlite::types::Value;
use rusqlite::{params, Connection};

use crate::error::Result;

/// Stores version `version_id`'s number of claim changes (replacing an older count).
pub(super) fn write_changes(tx: &Connection, version_id: i64, changes: usize) -> Result<()> {
    tx.prepare_cached(
        "INSERT OR REPLACE INTO version_changes (version_id, changes) VALUES (?, ?)",
    )?
    .execute(params![version_id, changes as i64])?;
    Ok(())
}

/// Each article's claim changes over its versions, in the order given: `None` for an article
/// with a version whose lineage is not stored yet, or that is not in the store.
pub(super) fn claim_changes(conn: &Connection, articles: &[String]) -> Result<Vec<Option<usize>>> {
    let mut st = conn.prepare_cached(
        "SELECT count(*) AS versions, count(vc.version_id) AS counted, \
         coalesce(sum(vc.changes), 0) AS changes FROM articles a \
         JOIN versions v ON v.article_id = a.id \
         LEFT JOIN version_changes vc ON vc.version_id = v.id AND v.linked = 1 \
         WHERE a.key = ?",
    )?;
    articles
        .iter()
        .map(|key| {
            let (versions, counted, changes): (i64, i64, i64) =
                st.query_row([key], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok((versions > 0 && counted == versions).then_some(changes as usize))
        })
        .collect()
}

/// The keys of the articles with a claim on any of `topics`, in key order.
pub(super) fn articles_on(conn: &Connection, topics: &[String]) -> Result<Vec<String>> {
    if topics.is_empty() {
        return Ok(Vec::new());
    }
    let marks = vec!["?"; topics.len()].join(",");
    let mut st = conn.prepare(&format!(
        "SELECT DISTINCT a.key FROM topic_articles t JOIN articles a ON a.id = t.article_id \
         WHERE t.topic IN ({marks}) ORDER BY a.key"
    ))?;
    let args: Vec<Value> = topics.iter().map(|t| t.clone().into()).collect();
    let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every source's name, in name order.
pub(super) fn source_names(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached("SELECT name FROM sources ORDER BY name")?;
    let rows = st.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored pairs of a linked version's claims ([`crate::store::Store::claim_pairs`]):
/// `None` when its lineage is not stored.
pub(super) fn claim_pairs(
    conn: &Connection,
    version_id: i64,
) -> Result<Option<Vec<crate::store::ClaimPair>>> {
    let linked: Option<bool> = conn
        .prepare_cached("SELECT linked = 1 FROM versions WHERE id = ?")?
        .query_row([version_id], |r| r.get(0))
        .ok();
    if linked != Some(true) {
        return Ok(None);
    }
    let mut st = conn.prepare_cached(
        "SELECT p.ord, c.ord, c.status FROM claims c JOIN claims p ON p.id = c.previous_id \
         WHERE c.version_id = ? ORDER BY c.ord",
    )?;
    let changed = super::columns::status::CHANGED;
    let rows = st.query_map([version_id], |r| {
        let (i, j): (i64, i64) = (r.get(0)?, r.get(1)?);
        Ok((i as usize, j as usize, r.get::<_, i64>(2)? == changed))
    })?;
    Ok(Some(rows.collect::<std::result::Result<_, _>>()?))
}
