//! Reads an archive import needs besides the write path: the latest texts of a source's
//! articles with their keys (furniture learned once per source) and the source an article is
//! stored under (a key met under another source is skipped, not an error for its batch).

use postgres::GenericClient;

use crate::error::Result;

/// The latest text of up to 50 articles of `source` on `site`, newest first, with their keys.
pub(super) fn source_article_texts(
    c: &mut impl GenericClient,
    source: &str,
    site: Option<&str>,
) -> Result<Vec<(String, String)>> {
    let rows = c.query(
        "SELECT v.id, a.url, a.key FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id \
         WHERE s.name = $1 AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id) \
         ORDER BY v.id DESC",
        &[&source],
    )?;
    let keys: std::collections::HashMap<i64, String> =
        rows.iter().map(|r| (r.get(0), r.get(2))).collect();
    let ids: Vec<i64> =
        crate::store::on_site(rows.iter().map(|r| (r.get(0), r.get(1))).collect(), site).collect();
    let texts = c.query("SELECT id, text FROM versions WHERE id = ANY($1)", &[&ids])?;
    let by_id: std::collections::HashMap<i64, String> =
        texts.iter().map(|r| (r.get(0), r.get(1))).collect();
    Ok(ids
        .iter()
        .filter_map(|id| Some((keys.get(id)?.clone(), by_id.get(id)?.clone())))
        .collect())
}

/// The source `article` is stored under.
pub(super) fn article_source(c: &mut impl GenericClient, article: &str) -> Result<Option<String>> {
    Ok(c.query_opt(
        "SELECT s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.key = $1",
        &[&article],
    )?
    .map(|r| r.get(0)))
}
