//! Full-text search over claims: the query's words matched in the `claim_fts` index (sentence
//! and subject, accent- and case-insensitive), ranked there, and the hits read with their
//! versions.

use rusqlite::{params, Connection};

use super::columns::{claim_cols, claim_row, version, version_row, VERSION_COLS};
use crate::error::Result;
use crate::store::VersionClaim;

pub(super) fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<VersionClaim>> {
    // Every word of the query is a quoted FTS5 string: operators and quotes are data.
    let terms: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let fts_query = terms.join(" ");
    let sql = format!(
        // Rank inside the index first, then join only the hits kept.
        "SELECT {VERSION_COLS}, {} FROM \
         (SELECT rowid AS id, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) h \
         JOIN claims c ON c.id = h.id JOIN versions v ON v.id = c.version_id \
         JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
         ORDER BY h.rank, v.at",
        claim_cols("c")
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params![fts_query, limit as i64], |r| {
        Ok(VersionClaim {
            version: version_row(r)?,
            claim: claim_row(r, version::COUNT)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
