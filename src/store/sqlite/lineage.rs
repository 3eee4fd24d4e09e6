//! Rewrites of stored claims and their lineage: `reindex` (re-extract every version with the
//! current extractor) and `relink` (compute the lineage of versions stored without one).

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::read::{claims_on, sentences_on, source_texts};
use super::record::{
    delete_extraction, previous_version, refresh_topic_summary, write_extraction, write_lineage,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Claim, Extraction, Lineage, Sentence};
use crate::store::{same_claims, LinkFn, RawVersion, ReindexReport};

pub(super) fn reindex(
    conn: &mut Connection,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
) -> Result<ReindexReport> {
    // Each article's versions in order, so that each one's lineage is computed from the
    // new extraction of the version before.
    let ids: Vec<(i64, String, String, Vec<u8>)> = {
        let mut st = conn.prepare(
            "SELECT v.id, s.name, a.key, v.raw FROM versions v JOIN articles a ON a.id = v.article_id \
             JOIN sources s ON s.id = a.source_id ORDER BY v.article_id, v.number",
        )?;
        let rows = st.query_map([], |r| {
            Ok((r.get("id")?, r.get("name")?, r.get("key")?, r.get("raw")?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut report = ReindexReport::default();
    let mut results: Vec<(i64, String, Extraction)> = Vec::with_capacity(ids.len());
    for (id, source, article, raw) in ids {
        let rv = RawVersion {
            id,
            claims_before: claims_on(conn, id)?,
            source_texts: source_texts(conn, &source, &article)?,
            source,
            article,
            raw,
        };
        let ex = f(&rv).map_err(|source| Error::Reextract {
            article: rv.article.clone(),
            source,
        })?;
        report.versions += 1;
        report.claims_before += rv.claims_before.len();
        report.claims_after += ex.claims.len();
        if !same_claims(&rv.claims_before, &ex.claims) {
            report.versions_changed += 1;
        }
        results.push((id, rv.article, ex));
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (id, _, ex) in &results {
        delete_extraction(&tx, *id)?;
        write_extraction(&tx, *id, ex)?;
    }
    for (k, (id, article, ex)) in results.iter().enumerate() {
        let before = k
            .checked_sub(1)
            .map(|p| &results[p])
            .filter(|(_, a, _)| a == article);
        let lineage = match before {
            Some((_, _, old)) => link(&old.sentences, &old.claims, &ex.sentences, &ex.claims),
            None => Lineage::first(ex.claims.len()),
        };
        write_lineage(&tx, *id, before.map(|(p, _, _)| *p), &lineage)?;
    }
    refresh_topic_summary(&tx, None)?;
    tx.commit()?;
    Ok(report)
}

pub(super) fn relink(conn: &mut Connection, link: &mut LinkFn) -> Result<usize> {
    let pending: Option<i64> = conn
        .query_row(
            "SELECT id FROM versions WHERE linked = 0 LIMIT 1",
            [],
            |r| r.get("id"),
        )
        .optional()?;
    if pending.is_none() {
        return Ok(0);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let todo: Vec<(i64, i64, u32)> = {
        let mut st = tx.prepare(
            "SELECT id, article_id, number FROM versions WHERE linked = 0 ORDER BY article_id, number",
        )?;
        let rows = st.query_map([], |r| {
            Ok((r.get("id")?, r.get("article_id")?, r.get("number")?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    // The version just linked, kept to serve as the next one's predecessor.
    let mut last: Option<(i64, Vec<Sentence>, Vec<Claim>)> = None;
    for &(id, article_id, number) in &todo {
        let sentences = sentences_on(&tx, id)?;
        let claims = claims_on(&tx, id)?;
        let previous = previous_version(&tx, article_id, number)?;
        let lineage = match previous {
            Some(p) => {
                let (ps, pc) = match last.take() {
                    Some((lid, ls, lc)) if lid == p => (ls, lc),
                    _ => (sentences_on(&tx, p)?, claims_on(&tx, p)?),
                };
                link(&ps, &pc, &sentences, &claims)
            }
            None => Lineage::first(claims.len()),
        };
        write_lineage(&tx, id, previous, &lineage)?;
        last = Some((id, sentences, claims));
    }
    tx.commit()?;
    Ok(todo.len())
}
