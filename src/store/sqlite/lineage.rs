//! Rewrites of stored claims and their lineage: `reindex` (re-extract every version with the
//! current extractor) and `relink` (compute the lineage of versions stored without one).

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};

use super::codec;
use super::read::{claims_on, sentences_on, source_texts};
use super::record::{
    delete_extraction, previous_version, refresh_topic_summaries, write_extraction, write_lineage,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Claim, Extraction, Lineage, Sentence};
use crate::store::{same_claims, LinkFn, RawVersion, ReindexReport};

/// A version re-extracted by [`reindex`], waiting to be written.
struct Reextracted {
    /// How many claims the version had before.
    claims_before: usize,
    /// Whether its claims differ after re-extraction.
    changed: bool,
    extraction: Extraction,
}

/// Every stored version's id and article, each article's versions in order.
fn version_order(conn: &Connection) -> Result<Vec<(i64, i64)>> {
    let mut st = conn.prepare("SELECT id, article_id FROM versions ORDER BY article_id, number")?;
    let rows = st.query_map([], |r| Ok((r.get("id")?, r.get("article_id")?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Re-extracts one stored version with `f`.
fn reextract(
    conn: &Connection,
    id: i64,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
) -> Result<Reextracted> {
    let (source, article, url): (String, String, Option<String>) = conn
        .prepare_cached(
            "SELECT s.name, a.key, a.url FROM versions v JOIN articles a ON a.id = v.article_id \
             JOIN sources s ON s.id = a.source_id WHERE v.id = ?",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let site = url.as_deref().and_then(crate::url::site_of);
    let (raw, _) = codec::input(conn, id)?;
    let rv = RawVersion {
        id,
        claims_before: claims_on(conn, id)?,
        source_texts: source_texts(conn, &source, &article, site.as_deref())?,
        source,
        article,
        raw,
    };
    let extraction = f(&rv).map_err(|source| Error::Reextract {
        article: rv.article.clone(),
        source,
    })?;
    Ok(Reextracted {
        claims_before: rv.claims_before.len(),
        changed: !same_claims(&rv.claims_before, &extraction.claims),
        extraction,
    })
}

/// How many versions one [`reindex`] batch writes at most (an article is never split).
const BATCH_VERSIONS: usize = 64;
/// How many claims one [`reindex`] batch writes at most (one article with more is a batch).
const BATCH_CLAIMS: usize = 5_000;
/// How many times [`reindex`] looks for articles created since its last look.
const MAX_PASSES: usize = 4;

/// Re-extracts every version with `f` and rewrites its claims and lineage, in batches of whole
/// articles ([`BATCH_VERSIONS`], [`BATCH_CLAIMS`]), each batch one write transaction, so that
/// other writers wait for one batch (well under the busy timeout), never for the whole store.
/// A batch's extraction runs first without the write lock (it is the slow part); then, holding
/// the lock, each of its articles' versions are read again: versions recorded meanwhile are
/// extracted there (no one can add more), versions gone are dropped, and every version's
/// lineage points at its predecessor's new claims. Lineage is per article, so it is consistent
/// after each batch: an article is all old claims or all new ones, and a version recorded
/// between batches is diffed against whichever its predecessor holds. Articles created while
/// the reindex runs get their own batches at the end (up to [`MAX_PASSES`] times: under an
/// endless stream of new articles it stops; those were extracted by their own `record`).
pub(super) fn reindex(
    conn: &mut Connection,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
) -> Result<ReindexReport> {
    reindex_in_batches(conn, f, link, BATCH_VERSIONS, BATCH_CLAIMS)
}

/// [`reindex`] that records `extractor` as the store's extractor version when complete.
pub(super) fn upgrade(
    conn: &mut Connection,
    extractor: u32,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
) -> Result<ReindexReport> {
    let limits = (BATCH_VERSIONS, BATCH_CLAIMS);
    reindex_marking(conn, f, link, limits, Some(extractor))
}

/// [`reindex`] with the batch limits given (small ones in tests).
pub(super) fn reindex_in_batches(
    conn: &mut Connection,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
    max_versions: usize,
    max_claims: usize,
) -> Result<ReindexReport> {
    reindex_marking(conn, f, link, (max_versions, max_claims), None)
}

/// [`reindex`] that, with `mark`, records that extractor version in the store once every
/// version is re-extracted: in the transaction of the batch that completes it (each pass's
/// last batch checks, see [`super::meta::mark_if_complete`]), or on its own for a store
/// without versions.
pub(super) fn reindex_marking(
    conn: &mut Connection,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
    (max_versions, max_claims): (usize, usize),
    mark: Option<u32>,
) -> Result<ReindexReport> {
    let mut marked = false;
    let mut report = ReindexReport::default();
    let mut seen: HashSet<i64> = HashSet::new();
    for _ in 0..MAX_PASSES {
        let todo: Vec<(i64, i64)> = version_order(conn)?
            .into_iter()
            .filter(|(_, article)| !seen.contains(article))
            .collect();
        if todo.is_empty() {
            break;
        }
        let mut batch: HashMap<i64, Reextracted> = HashMap::new();
        let mut articles: Vec<i64> = Vec::new();
        let mut claims = 0;
        for (i, &(id, article)) in todo.iter().enumerate() {
            if articles.last() != Some(&article) {
                articles.push(article);
                seen.insert(article);
            }
            let r = reextract(conn, id, f)?;
            claims += r.extraction.claims.len();
            batch.insert(id, r);
            let article_ends = todo.get(i + 1).is_none_or(|&(_, next)| next != article);
            if article_ends && (batch.len() >= max_versions || claims >= max_claims) {
                let last = i + 1 == todo.len();
                let mark = mark.filter(|_| last).map(|v| (v, &seen));
                marked = write_batch(conn, &articles, &mut batch, f, link, &mut report, mark)?;
                articles.clear();
                claims = 0;
            }
        }
        if !articles.is_empty() {
            let mark = mark.map(|v| (v, &seen));
            marked = write_batch(conn, &articles, &mut batch, f, link, &mut report, mark)?;
        }
    }
    if let (Some(version), false) = (mark, marked) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if super::meta::mark_if_complete(&tx, &seen, version)? {
            tx.commit()?;
        }
    }
    Ok(report)
}

/// Writes the re-extracted versions of `articles` in one write transaction: each article's
/// versions as they are under the lock (those recorded since the extraction are extracted
/// here), with their lineage, and the articles' topic summary. With `mark` (an extractor
/// version and the articles re-extracted so far), records the version when that is all of
/// them; returns whether it did.
fn write_batch(
    conn: &mut Connection,
    articles: &[i64],
    done: &mut HashMap<i64, Reextracted>,
    f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
    link: &mut LinkFn,
    report: &mut ReindexReport,
    mark: Option<(u32, &HashSet<i64>)>,
) -> Result<bool> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for &article_id in articles {
        let ids: Vec<i64> = tx
            .prepare_cached("SELECT id FROM versions WHERE article_id = ? ORDER BY number")?
            .query_map([article_id], |r| r.get("id"))?
            .collect::<rusqlite::Result<_>>()?;
        let mut previous: Option<(i64, Extraction)> = None;
        for id in ids {
            let r = match done.remove(&id) {
                Some(r) => r,
                None => reextract(&tx, id, f)?,
            };
            report.versions += 1;
            report.claims_before += r.claims_before;
            report.claims_after += r.extraction.claims.len();
            report.versions_changed += usize::from(r.changed);
            let ex = r.extraction;
            delete_extraction(&tx, id)?;
            write_extraction(&tx, id, &ex, &codec::text(&tx, id)?)?;
            let lineage = match &previous {
                Some((_, old)) => link(&old.sentences, &old.claims, &ex.sentences, &ex.claims),
                None => Lineage::first(ex.claims.len()),
            };
            write_lineage(&tx, id, previous.as_ref().map(|(p, _)| *p), &lineage)?;
            previous = Some((id, ex));
        }
    }
    refresh_topic_summaries(&tx, articles)?;
    let marked = match mark {
        Some((version, seen)) => super::meta::mark_if_complete(&tx, seen, version)?,
        None => false,
    };
    tx.commit()?;
    // Versions extracted and gone before the write (removed meanwhile) are dropped.
    done.clear();
    Ok(marked)
}

/// Whether some version waits for its lineage (then [`relink`] has work, and must write).
pub(super) fn pending(conn: &Connection) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT id FROM versions WHERE linked = 0 LIMIT 1",
            [],
            |r| r.get::<_, i64>("id"),
        )
        .optional()?
        .is_some())
}

pub(super) fn relink(conn: &mut Connection, link: &mut LinkFn) -> Result<usize> {
    if !pending(conn)? {
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
