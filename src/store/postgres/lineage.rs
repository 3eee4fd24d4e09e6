//! Rewrites of stored claims and their lineage: `reindex` (re-extract every version with the
//! current extractor) and `relink` (compute the lineage of versions stored without one), as in
//! the SQLite store: reads first, then one write transaction.

use postgres::Client;

use super::read::{claims_on, sentences_on, source_texts};
use super::record::{
    delete_extraction, previous_version, refresh_all_topic_summaries, write_extraction,
    write_lineage_in, Prepared,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Claim, Extraction, Lineage, Sentence};
use crate::store::{same_claims, LinkFn, RawVersion, ReindexReport};

/// A version re-extracted by [`reindex`]: its id, article, language and new extraction.
struct Reextracted {
    id: i64,
    article: String,
    lang: String,
    extraction: Extraction,
}

pub(super) fn reindex(
    client: &mut Client,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
) -> Result<ReindexReport> {
    reindex_marking(client, f, link, None)
}

/// [`reindex`] that, with `mark`, records that extractor version in its transaction when it
/// re-extracted every version the store holds then.
pub(super) fn reindex_marking(
    client: &mut Client,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
    mark: Option<u32>,
) -> Result<ReindexReport> {
    // Each article's versions in order, so that each one's lineage is computed from the
    // new extraction of the version before.
    let all = client.query(
        "SELECT v.id, s.name, a.key, a.url, v.raw, v.lang FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id ORDER BY v.article_id, v.number",
        &[],
    )?;
    let mut report = ReindexReport::default();
    let mut results: Vec<Reextracted> = Vec::with_capacity(all.len());
    for row in all {
        let (id, source, article): (i64, String, String) =
            (row.get("id"), row.get("name"), row.get("key"));
        let url: Option<String> = row.get("url");
        let site = url.as_deref().and_then(crate::url::site_of);
        let rv = RawVersion {
            id,
            claims_before: claims_on(client, id)?,
            source_texts: source_texts(client, &source, &article, site.as_deref())?,
            source,
            article,
            raw: row.get("raw"),
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
        results.push(Reextracted {
            id,
            article: rv.article,
            lang: row.get("lang"),
            extraction: ex,
        });
    }
    let mut tx = client.transaction()?;
    let mut st = Prepared::default();
    for r in &results {
        delete_extraction(&mut tx, r.id)?;
        write_extraction(&mut tx, &mut st, r.id, &r.extraction, &r.lang)?;
    }
    for (k, r) in results.iter().enumerate() {
        let before = k
            .checked_sub(1)
            .map(|p| &results[p])
            .filter(|b| b.article == r.article);
        let ex = &r.extraction;
        let lineage = match before {
            Some(b) => {
                let old = &b.extraction;
                link(&old.sentences, &old.claims, &ex.sentences, &ex.claims)
            }
            None => Lineage::first(ex.claims.len()),
        };
        write_lineage_in(&mut tx, &mut st, r.id, before.map(|b| b.id), &lineage)?;
    }
    refresh_all_topic_summaries(&mut tx)?;
    if let Some(version) = mark {
        let ids: Vec<i64> = results.iter().map(|r| r.id).collect();
        super::meta::mark_if_complete(&mut tx, &ids, version)?;
    }
    tx.commit()?;
    Ok(report)
}

pub(super) fn relink(client: &mut Client, link: &mut LinkFn) -> Result<usize> {
    let pending = client.query_opt("SELECT id FROM versions WHERE NOT linked LIMIT 1", &[])?;
    if pending.is_none() {
        return Ok(0);
    }
    let mut tx = client.transaction()?;
    let todo: Vec<(i64, i64, u32)> = tx
        .query(
            "SELECT id, article_id, number FROM versions WHERE NOT linked \
             ORDER BY article_id, number FOR UPDATE",
            &[],
        )?
        .iter()
        .map(|r| {
            (
                r.get("id"),
                r.get("article_id"),
                r.get::<_, i32>("number") as u32,
            )
        })
        .collect();
    let mut st = Prepared::default();
    // The version just linked, kept to serve as the next one's predecessor.
    let mut last: Option<(i64, Vec<Sentence>, Vec<Claim>)> = None;
    for &(id, article_id, number) in &todo {
        let sentences = sentences_on(&mut tx, id)?;
        let claims = claims_on(&mut tx, id)?;
        let previous = previous_version(&mut tx, article_id, number)?;
        let lineage = match previous {
            Some(p) => {
                let (ps, pc) = match last.take() {
                    Some((lid, ls, lc)) if lid == p => (ls, lc),
                    _ => (sentences_on(&mut tx, p)?, claims_on(&mut tx, p)?),
                };
                link(&ps, &pc, &sentences, &claims)
            }
            None => Lineage::first(claims.len()),
        };
        write_lineage_in(&mut tx, &mut st, id, previous, &lineage)?;
        last = Some((id, sentences, claims));
    }
    tx.commit()?;
    Ok(todo.len())
}

/// [`crate::store::Store::claim_pairs`]: the stored pairs of a linked version's claims.
pub(super) fn claim_pairs(
    c: &mut impl postgres::GenericClient,
    version_id: i64,
) -> Result<Option<Vec<crate::store::ClaimPair>>> {
    let linked = c.query_opt("SELECT linked FROM versions WHERE id = $1", &[&version_id])?;
    if !linked.is_some_and(|r| r.get::<_, bool>(0)) {
        return Ok(None);
    }
    let rows = c.query(
        "SELECT p.ord, c.ord, c.status = 'changed' FROM claims c JOIN claims p ON p.id = c.previous_id \
         WHERE c.version_id = $1 ORDER BY c.ord",
        &[&version_id],
    )?;
    Ok(Some(
        rows.iter()
            .map(|r| {
                let (i, j): (i32, i32) = (r.get(0), r.get(1));
                (i as usize, j as usize, r.get(2))
            })
            .collect(),
    ))
}
