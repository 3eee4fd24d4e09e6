//! Writes: a recorded version (source, article, version rows, its sentences, claims, topics
//! and search vectors, its lineage and the topic summary), the bulk import, and the rows that
//! derive from claims. Rows of one version go in one statement per table (`unnest` of arrays),
//! so a version costs a handful of round trips however many claims it has.
//!
//! Races: the article's row is locked (`FOR UPDATE`) before its latest version is read, so
//! concurrent writers of one article queue there; sources and articles are created with
//! `ON CONFLICT DO NOTHING`, so concurrent first sightings do not fail.

use std::collections::HashMap;

use postgres::{GenericClient, Statement, Transaction};

use super::read::{claims_on, sentences_on};
use crate::error::{Error, Result};
use crate::model::{Extraction, Lineage};
use crate::store::{LinkFn, NewVersion};

/// The statements of a transaction, each prepared on first use and then run by name: a batch's
/// versions each run the same dozen, which the server then parses and plans once and runs in
/// one round trip instead of two.
#[derive(Default)]
pub(super) struct Prepared(HashMap<&'static str, Statement>);

impl Prepared {
    /// `sql`, prepared in `tx` once.
    pub(super) fn get(&mut self, tx: &mut Transaction, sql: &'static str) -> Result<Statement> {
        if let Some(st) = self.0.get(sql) {
            return Ok(st.clone());
        }
        let st = tx.prepare(sql)?;
        self.0.insert(sql, st.clone());
        Ok(st)
    }
}

/// What [`record`] did inside its transaction.
pub(super) enum Outcome {
    /// The content equals the article's latest version (this number): nothing to commit.
    Unchanged(u32),
    /// The version was written under this number.
    Stored(u32),
}

/// Writes `v` unless it equals its article's latest version, with its lineage from the
/// version before (computed by `link`).
pub(super) fn record(tx: &mut Transaction, v: &NewVersion, link: &mut LinkFn) -> Result<Outcome> {
    let article_id = article_for(tx, v)?;
    let latest = latest_version(tx, article_id)?;
    if let Some((n, h)) = &latest {
        if h == v.content_hash {
            return Ok(Outcome::Unchanged(*n));
        }
    }
    let number = latest.map_or(1, |(n, _)| n + 1);
    let mut st = Prepared::default();
    let version_id = insert_version(tx, &mut st, article_id, number, v)?;
    let previous = previous_version(tx, article_id, number)?;
    let lineage = match previous {
        Some(p) => link(
            &sentences_on(tx, p)?,
            &claims_on(tx, p)?,
            &v.extraction.sentences,
            &v.extraction.claims,
        ),
        None => Lineage::first(v.extraction.claims.len()),
    };
    write_lineage_in(tx, &mut st, version_id, previous, &lineage)?;
    refresh_topic_summaries(tx, &[article_id])?;
    Ok(Outcome::Stored(number))
}

/// Writes every version of `batch` as the next version of its article, without lineage
/// (`linked` false, for `relink`); the topic summary of the articles touched is rebuilt once.
pub(super) fn import(tx: &mut Transaction, batch: &[NewVersion]) -> Result<usize> {
    let mut articles = Vec::new();
    let mut st = Prepared::default();
    for v in batch {
        let article_id = article_for(tx, v)?;
        let number = latest_version(tx, article_id)?.map_or(1, |(n, _)| n + 1);
        insert_version(tx, &mut st, article_id, number, v)?;
        articles.push(article_id);
    }
    articles.sort_unstable();
    articles.dedup();
    refresh_topic_summaries(tx, &articles)?;
    Ok(batch.len())
}

/// The id of `v`'s article, locked for this transaction, creating its source and article on
/// first sight and updating the article's URL and title when given; an article of another
/// source is an error.
fn article_for(tx: &mut Transaction, v: &NewVersion) -> Result<i64> {
    tx.execute(
        "INSERT INTO sources (name) VALUES ($1) ON CONFLICT (name) DO NOTHING",
        &[&v.source],
    )?;
    let source_id: i64 = tx
        .query_one("SELECT id FROM sources WHERE name = $1", &[&v.source])?
        .get("id");
    let created = tx.query_opt(
        "INSERT INTO articles (key, source_id, url, title, created_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (key) DO NOTHING RETURNING id",
        &[&v.article, &source_id, &v.url, &v.title, &v.recorded_at],
    )?;
    if let Some(row) = created {
        return Ok(row.get("id"));
    }
    let row = tx.query_one(
        "SELECT a.id, a.source_id, s.name FROM articles a JOIN sources s ON s.id = a.source_id \
         WHERE a.key = $1 FOR UPDATE OF a",
        &[&v.article],
    )?;
    let (id, sid): (i64, i64) = (row.get("id"), row.get("source_id"));
    if sid != source_id {
        return Err(Error::SourceMismatch {
            article: v.article.to_string(),
            stored: row.get("name"),
            given: v.source.to_string(),
        });
    }
    if v.url.is_some() || v.title.is_some() {
        tx.execute(
            "UPDATE articles SET url = coalesce($1, url), title = coalesce($2, title) WHERE id = $3",
            &[&v.url, &v.title, &id],
        )?;
    }
    Ok(id)
}

/// The number and content hash of an article's latest version.
fn latest_version(tx: &mut Transaction, article_id: i64) -> Result<Option<(u32, String)>> {
    let row = tx.query_opt(
        "SELECT number, content_hash FROM versions WHERE article_id = $1 ORDER BY number DESC LIMIT 1",
        &[&article_id],
    )?;
    Ok(row.map(|r| (r.get::<_, i32>("number") as u32, r.get("content_hash"))))
}

/// Writes a version row ([`insert_version`]).
const INSERT_VERSION: &str =
    "INSERT INTO versions (article_id, number, recorded_at, published_at, at, content_hash, \
     raw, format, encoding, text, lang, title) \
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id";

/// Writes the version row and its extraction (with the transaction's statements `st`);
/// returns the version's id. The one way a version is written: record, import and the bulk
/// import go through it.
pub(super) fn insert_version(
    tx: &mut Transaction,
    st: &mut Prepared,
    article_id: i64,
    number: u32,
    v: &NewVersion,
) -> Result<i64> {
    let at = v.published_at.as_deref().unwrap_or(&v.recorded_at);
    let insert = st.get(tx, INSERT_VERSION)?;
    let row = tx.query_one(
        &insert,
        &[
            &article_id,
            &(number as i32),
            &v.recorded_at,
            &v.published_at,
            &at,
            &v.content_hash,
            &v.raw,
            &v.format,
            &v.encoding,
            &v.text,
            &v.lang,
            &v.title,
        ],
    )?;
    let version_id: i64 = row.get("id");
    write_extraction(tx, st, version_id, v.extraction, v.lang)?;
    Ok(version_id)
}

/// Converts offsets and counts to the `INTEGER` columns that hold them.
fn int(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// Writes a version's claims (with their search vectors) from arrays, one row per element;
/// the text-search configuration follows each claim's sentence language.
const INSERT_CLAIMS: &str = "INSERT INTO claims (version_id, ord, sentence_idx, label, value, \
     value_max, qualifier, unit, subject, subject_key, attribution, surface, start_char, end_char, search, changed_from) \
     SELECT $1, x.ord, x.sidx, x.label, x.value, x.vmax, x.q, x.unit, x.subject, x.key, x.attr, \
     x.surface, x.s, x.e, \
     setweight(to_tsvector(x.cfg, x.sentence), 'B') || setweight(to_tsvector(x.cfg, x.subject), 'A'), x.changed \
     FROM (SELECT u.*, CASE WHEN u.lang = 'es' THEN 'claimdiff_es'::regconfig \
                            ELSE 'claimdiff_en'::regconfig END AS cfg \
           FROM unnest($2::int[], $3::int[], $4::text[], $5::float8[], $6::float8[], $7::text[], \
                       $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::int[], \
                       $14::int[], $15::text[], $16::text[], $17::text[]) \
           AS u(ord, sidx, label, value, vmax, q, unit, subject, key, attr, surface, s, e, sentence, lang, \
                changed)) x \
     RETURNING id, ord";

/// Writes a version's sentences, claims, claim topics and search vectors (with the
/// transaction's statements `st`; `lang`: the version's language, for a claim whose sentence
/// is missing).
pub(super) fn write_extraction(
    tx: &mut Transaction,
    st: &mut Prepared,
    version_id: i64,
    ex: &Extraction,
    lang: &str,
) -> Result<()> {
    let s = &ex.sentences;
    let insert = st.get(
        tx,
        "INSERT INTO sentences (version_id, idx, paragraph, start_char, end_char, lang, text) \
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::int[], $5::int[], $6::text[], $7::text[])",
    )?;
    tx.execute(
        &insert,
        &[
            &version_id,
            &s.iter().map(|s| int(s.index)).collect::<Vec<_>>(),
            &s.iter().map(|s| int(s.paragraph)).collect::<Vec<_>>(),
            &s.iter().map(|s| int(s.start)).collect::<Vec<_>>(),
            &s.iter().map(|s| int(s.end)).collect::<Vec<_>>(),
            &s.iter().map(|s| s.lang.as_str()).collect::<Vec<_>>(),
            &s.iter().map(|s| &*s.text).collect::<Vec<_>>(),
        ],
    )?;
    let c = &ex.claims;
    if c.is_empty() {
        return Ok(());
    }
    let claim_lang = |k: usize| {
        s.get(c[k].sentence_index)
            .map_or(lang, |se| se.lang.as_str())
    };
    let insert = st.get(tx, INSERT_CLAIMS)?;
    let rows = tx.query(
        &insert,
        &[
            &version_id,
            &(0..c.len()).map(int).collect::<Vec<_>>(),
            &c.iter().map(|c| int(c.sentence_index)).collect::<Vec<_>>(),
            &c.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(),
            &c.iter().map(|c| c.value).collect::<Vec<_>>(),
            &c.iter().map(|c| c.value_max).collect::<Vec<_>>(),
            &c.iter().map(|c| c.qualifier.as_str()).collect::<Vec<_>>(),
            &c.iter().map(|c| c.unit.as_deref()).collect::<Vec<_>>(),
            &c.iter().map(|c| c.subject.as_str()).collect::<Vec<_>>(),
            &c.iter().map(|c| c.key.join(" ")).collect::<Vec<_>>(),
            &c.iter()
                .map(|c| c.attribution.as_deref())
                .collect::<Vec<_>>(),
            &c.iter().map(|c| c.surface.as_str()).collect::<Vec<_>>(),
            &c.iter().map(|c| int(c.start)).collect::<Vec<_>>(),
            &c.iter().map(|c| int(c.end)).collect::<Vec<_>>(),
            &c.iter().map(|c| &*c.sentence).collect::<Vec<_>>(),
            &(0..c.len()).map(claim_lang).collect::<Vec<_>>(),
            &c.iter()
                .map(crate::store::sqlite::columns::changed_from_json)
                .collect::<Vec<_>>(),
        ],
    )?;
    let mut topics: Vec<&str> = Vec::new();
    let mut claim_ids: Vec<i64> = Vec::new();
    for row in rows {
        let (id, ord): (i64, i32) = (row.get("id"), row.get("ord"));
        for t in &c[ord as usize].topics {
            topics.push(t);
            claim_ids.push(id);
        }
    }
    let insert = st.get(
        tx,
        "INSERT INTO claim_topics (topic, claim_id) SELECT * FROM unnest($1::text[], $2::bigint[]) \
         ON CONFLICT DO NOTHING",
    )?;
    tx.execute(&insert, &[&topics, &claim_ids])?;
    Ok(())
}

/// Deletes a version's sentences, claims and the rows derived from them.
pub(super) fn delete_extraction(tx: &mut Transaction, version_id: i64) -> Result<()> {
    tx.execute("DELETE FROM timeline WHERE version_id = $1", &[&version_id])?;
    tx.execute("DELETE FROM claims WHERE version_id = $1", &[&version_id])?;
    tx.execute(
        "DELETE FROM sentences WHERE version_id = $1",
        &[&version_id],
    )?;
    Ok(())
}

/// The ids of a version's claims, in order.
fn claim_ids(tx: &mut Transaction, st: &mut Prepared, version_id: i64) -> Result<Vec<i64>> {
    let query = st.get(
        tx,
        "SELECT id FROM claims WHERE version_id = $1 ORDER BY ord",
    )?;
    let rows = tx.query(&query, &[&version_id])?;
    Ok(rows.iter().map(|r| r.get("id")).collect())
}

/// The id of the version before `number` of an article, if there is one.
pub(super) fn previous_version(
    c: &mut impl GenericClient,
    article_id: i64,
    number: u32,
) -> Result<Option<i64>> {
    if number <= 1 {
        return Ok(None);
    }
    let row = c.query_opt(
        "SELECT id FROM versions WHERE article_id = $1 AND number = $2",
        &[&article_id, &((number - 1) as i32)],
    )?;
    Ok(row.map(|r| r.get("id")))
}

/// Stores a version's lineage: each claim's status and the claim it continues, and the
/// version's rows in the topic timeline (its claims, and the older claims it dropped).
pub(super) fn write_lineage(
    tx: &mut Transaction,
    version_id: i64,
    previous: Option<i64>,
    lineage: &Lineage,
) -> Result<()> {
    write_lineage_in(tx, &mut Prepared::default(), version_id, previous, lineage)
}

/// [`write_lineage`] with the transaction's statements `st`.
pub(super) fn write_lineage_in(
    tx: &mut Transaction,
    st: &mut Prepared,
    version_id: i64,
    previous: Option<i64>,
    lineage: &Lineage,
) -> Result<()> {
    let ids = claim_ids(tx, st, version_id)?;
    let before = match previous {
        Some(p) => claim_ids(tx, st, p)?,
        None => Vec::new(),
    };
    if lineage.previous.len() != ids.len()
        || lineage
            .previous
            .iter()
            .flatten()
            .map(|(i, _)| *i)
            .chain(lineage.removed.iter().copied())
            .any(|i| i >= before.len())
    {
        return Err(Error::LineageMismatch(version_id));
    }
    let statuses: Vec<&str> = (0..ids.len()).map(|k| lineage.status(k).as_str()).collect();
    let previous_ids: Vec<Option<i64>> = lineage
        .previous
        .iter()
        .map(|p| p.map(|(i, _)| before[i]))
        .collect();
    let stmt = st.get(
        tx,
        "UPDATE claims c SET status = u.status, previous_id = u.previous_id \
         FROM unnest($1::bigint[], $2::text[], $3::bigint[]) AS u(id, status, previous_id) \
         WHERE c.id = u.id",
    )?;
    tx.execute(&stmt, &[&ids, &statuses, &previous_ids])?;
    let stmt = st.get(tx, "DELETE FROM timeline WHERE version_id = $1")?;
    tx.execute(&stmt, &[&version_id])?;
    let stmt = st.get(
        tx,
        "INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id, change_pct) \
         SELECT t.topic, v.at, v.id, c.id, c.status, a.source_id, \
         CASE WHEN c.status = 'changed' AND p.value <> 0 \
              THEN abs(c.value - p.value) * 100.0 / abs(p.value) END \
         FROM claims c JOIN versions v ON v.id = c.version_id \
         JOIN articles a ON a.id = v.article_id JOIN claim_topics t ON t.claim_id = c.id \
         LEFT JOIN claims p ON p.id = c.previous_id WHERE c.version_id = $1",
    )?;
    tx.execute(&stmt, &[&version_id])?;
    let removed: Vec<i64> = lineage.removed.iter().map(|&i| before[i]).collect();
    if !removed.is_empty() {
        let stmt = st.get(
            tx,
            "INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id) \
             SELECT t.topic, v.at, v.id, t.claim_id, 'removed', a.source_id \
             FROM claim_topics t, versions v JOIN articles a ON a.id = v.article_id \
             WHERE t.claim_id = ANY($2) AND v.id = $1 ON CONFLICT DO NOTHING",
        )?;
        tx.execute(&stmt, &[&version_id, &removed])?;
    }
    let changes = crate::store::lineage_changes(previous, lineage) as i32;
    let stmt = st.get(
        tx,
        "INSERT INTO version_changes (version_id, changes) VALUES ($1, $2) \
         ON CONFLICT (version_id) DO UPDATE SET changes = EXCLUDED.changes",
    )?;
    tx.execute(&stmt, &[&version_id, &changes])?;
    let stmt = st.get(tx, "UPDATE versions SET linked = true WHERE id = $1")?;
    tx.execute(&stmt, &[&version_id])?;
    Ok(())
}

/// The topic summary rows, from the claims: topic, article, source, claims, latest time.
const TOPIC_SUMMARY: &str =
    "INSERT INTO topic_articles (topic, article_id, source_id, claims, latest) \
     SELECT t.topic, v.article_id, a.source_id, count(*), max(v.at) FROM claim_topics t \
     JOIN claims c ON c.id = t.claim_id JOIN versions v ON v.id = c.version_id \
     JOIN articles a ON a.id = v.article_id";

/// Rewrites the topic summary rows of these articles.
pub(super) fn refresh_topic_summaries(tx: &mut Transaction, article_ids: &[i64]) -> Result<()> {
    tx.execute(
        "DELETE FROM topic_articles WHERE article_id = ANY($1)",
        &[&article_ids],
    )?;
    tx.execute(
        &format!(
            "{TOPIC_SUMMARY} WHERE v.article_id = ANY($1) GROUP BY t.topic, v.article_id, a.source_id"
        ),
        &[&article_ids],
    )?;
    Ok(())
}

/// Rewrites every topic summary row.
pub(super) fn refresh_all_topic_summaries(tx: &mut Transaction) -> Result<()> {
    tx.execute("DELETE FROM topic_articles", &[])?;
    tx.execute(
        &format!("{TOPIC_SUMMARY} GROUP BY t.topic, v.article_id, a.source_id"),
        &[],
    )?;
    Ok(())
}
