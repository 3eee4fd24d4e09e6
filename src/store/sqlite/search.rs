//! Full-text search over claim sentences, stemmed and accent-folded in English and Spanish:
//! every sentence is indexed as the stems of its words under both languages (`claim_stems`,
//! filled by the SQL function [`STEMS_FUNCTION`] this module registers on every connection), the
//! query's words are stemmed the same way, and the best sentences come back with their claims.

use rusqlite::functions::FunctionFlags;
use rusqlite::{params, Connection};

use super::columns::{claim_cols, claim_row, claims_of, version, version_row, VERSION_COLS};
use crate::error::Result;
use crate::store::VersionClaim;
use crate::text::stems_any;

/// The SQL function giving a text's search stems (schema/0005_stemmed_search.sql calls it).
pub(super) const STEMS_FUNCTION: &str = "claimdiff_stems";

/// The words of `text`: runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The English and Spanish stems of every word of `text`, space-separated.
pub(crate) fn stems(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for w in words(text) {
        let [en, es] = stems_any(w);
        out.push_str(&en);
        out.push(' ');
        if es != en {
            out.push_str(&es);
            out.push(' ');
        }
    }
    out
}

/// Registers [`STEMS_FUNCTION`] on `conn` (the stemmed index's triggers call it).
pub(super) fn register(conn: &Connection) -> rusqlite::Result<()> {
    conn.create_scalar_function(
        STEMS_FUNCTION,
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(stems(&ctx.get::<String>(0)?)),
    )
}

/// The FTS5 query of a search: each word as its English or Spanish stem, every word required;
/// stems are quoted strings, so operators and quotes in the query are data.
fn fts_query(query: &str) -> Option<String> {
    let terms: Vec<String> = words(query)
        .map(|w| {
            let [en, es] = stems_any(w);
            if en == es {
                format!("\"{en}\"")
            } else {
                format!("(\"{en}\" OR \"{es}\")")
            }
        })
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The claims of the `limit` sentences that best match `query`, best first, each sentence's
/// claims together and in text order.
pub(super) fn search(conn: &Connection, query: &str, limit: usize) -> Result<Vec<VersionClaim>> {
    let Some(fts) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let sql = format!(
        // Rank sentences inside the index first, then join only the sentences kept.
        "WITH hit AS (SELECT c.version_id, c.sentence_idx, MIN(h.rank) AS rank \
           FROM (SELECT rowid AS id, rank FROM claim_stems WHERE claim_stems MATCH ?) h \
           JOIN claims c ON c.id = h.id GROUP BY c.version_id, c.sentence_idx \
           ORDER BY rank, c.version_id, c.sentence_idx LIMIT ?) \
         SELECT {VERSION_COLS}, {} FROM hit \
         JOIN versions v ON v.id = hit.version_id \
         JOIN claims c ON {} AND c.sentence_idx = hit.sentence_idx \
         JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
         ORDER BY hit.rank, v.at, v.id, c.sentence_idx, c.ord",
        claim_cols("c"),
        claims_of("c", "v")
    );
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(params![fts, limit as i64], |r| {
        Ok(VersionClaim {
            version: version_row(r)?,
            claim: claim_row(r, version::COUNT)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_fold_plurals_and_accents_in_both_languages() {
        let s = stems("Los aranceles subieron; tariffs rose");
        assert!(s.contains(&stems_any("arancel")[1]), "{s}");
        assert!(s.contains(&stems_any("tariff")[0]), "{s}");
        assert_eq!(
            fts_query("\"AND OR ("),
            Some("\"and\" AND \"or\"".to_string())
        );
        assert_eq!(fts_query(" ,; "), None);
    }
}

#[cfg(test)]
mod migration_tests {
    use super::super::schema::MIGRATIONS;
    use super::*;

    /// A database from before stemmed search gets its existing claims indexed by migration 5.
    #[test]
    fn the_migration_indexes_the_claims_already_stored() {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        for (_, sql) in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "INSERT INTO sources (id, name) VALUES (1, 'S');
             INSERT INTO articles (id, key, source_id, created_at) VALUES (1, 'a', 1, 'x');
             INSERT INTO versions (id, article_id, number, recorded_at, at, content_hash, raw,
                 format, text, lang) VALUES (1, 1, 1, 'x', 'x', 'h', x'00', 'text', 't', 'es');
             INSERT INTO sentences (version_id, idx, paragraph, start, end, lang, text)
                 VALUES (1, 0, 0, 0, 40, 'es', 'Los aranceles subieron un 25% en México.');
             INSERT INTO claims (id, version_id, ord, sentence_idx, label, value, qualifier,
                 subject, subject_key, surface, start, end)
                 VALUES (7, 1, 0, 0, '25%', 25, 'exact', 'aranceles', 'arancel', '25%', 25, 28);",
        )
        .unwrap();
        conn.execute_batch(MIGRATIONS[4].1).unwrap();
        // The index as this schema has it (the claim rows search reads are later schemas').
        let hits = |q: &str| -> Vec<i64> {
            let mut st = conn
                .prepare("SELECT rowid FROM claim_stems WHERE claim_stems MATCH ?")
                .unwrap();
            let rows = st.query_map([fts_query(q).unwrap()], |r| r.get(0)).unwrap();
            rows.collect::<rusqlite::Result<_>>().unwrap()
        };
        assert_eq!(hits("arancel mexico"), [7]);
        assert!(hits("arancel tariff").is_empty());
        conn.execute("DELETE FROM claims WHERE id = 7", []).unwrap();
        assert!(hits("arancel").is_empty());
    }
}
