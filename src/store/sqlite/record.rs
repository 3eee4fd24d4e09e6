//! Writes: a recorded version (source, article, version rows, its sentences, claims, topics
//! and search rows, its lineage and the topic summary), the bulk import, and the rows that
//! derive from claims (lineage, timeline, topic summary).

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::codec;
use super::columns::{
    changed_from_json, claims_of, hash_text, hash_value, label_head, qualifier_code, status,
    time_key, ADD_STRING, FIND_STRING, INSERT_ARTICLE, INSERT_CLAIM, INSERT_CLAIM_TOPIC,
    INSERT_SOURCE, INSERT_STEMS, INSERT_TOPIC, INSERT_VERSION,
};
use super::read::{claims_on, sentences_on};
use crate::error::{Error, Result};
use crate::model::{Extraction, Lineage};
use crate::store::{LinkFn, NewVersion};

/// What [`record`] did inside its transaction.
pub(super) enum Outcome {
    /// The content equals the article's latest version (this number): nothing to commit.
    Unchanged(u32),
    /// The version was written under this number.
    Stored(u32),
}

/// Where a version's stored input (`versions.input`) comes from.
#[derive(Debug, Clone, Copy)]
pub(super) enum StoredInput<'a> {
    /// Packed here, from [`NewVersion::raw`].
    FromRaw,
    /// Packed already ([`codec::pack_input`], by [`crate::store::Store::pack_input`]): `None`
    /// when the input is the version's text.
    Packed(Option<&'a [u8]>),
}

/// Writes `v` unless it equals its article's latest version, with its lineage from the
/// version before (computed by `link`).
pub(super) fn record(
    tx: &Transaction,
    v: &NewVersion,
    input: StoredInput,
    link: &mut LinkFn,
) -> Result<Outcome> {
    record_with(tx, v, input, link, false)
}

/// [`record`], or with `as_given` also when `v` equals its article's latest version (an
/// archive's versions are stored as they are: `import` of claimdiff's JSONL).
pub(super) fn record_with(
    tx: &Transaction,
    v: &NewVersion,
    input: StoredInput,
    link: &mut LinkFn,
    as_given: bool,
) -> Result<Outcome> {
    let article_id = article_for(tx, v)?;
    let latest = latest_version(tx, article_id)?;
    if let Some((n, h)) = &latest {
        if h == v.content_hash && !as_given {
            return Ok(Outcome::Unchanged(*n));
        }
    }
    let number = latest.map_or(1, |(n, _)| n + 1);
    let version_id = insert_version(tx, article_id, number, v, input)?;
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
    write_lineage(tx, version_id, previous, &lineage)?;
    add_to_topic_summary(tx, version_id)?;
    Ok(Outcome::Stored(number))
}

/// Writes every version of `batch` as the next version of its article, without lineage
/// (`linked = 0`, for `relink`); the topic summary of the articles touched is rebuilt once.
pub(super) fn import(tx: &Transaction, batch: &[NewVersion]) -> Result<usize> {
    let mut articles = Vec::new();
    for v in batch {
        let article_id = article_for(tx, v)?;
        let number = latest_version(tx, article_id)?.map_or(1, |(n, _)| n + 1);
        insert_version(tx, article_id, number, v, StoredInput::FromRaw)?;
        if articles.last() != Some(&article_id) {
            articles.push(article_id);
        }
    }
    articles.sort_unstable();
    articles.dedup();
    refresh_topic_summaries(tx, &articles)?;
    Ok(batch.len())
}

/// The id of `v`'s article, creating its source and article on first sight and updating the
/// article's URL and title when given; an article of another source is an error.
fn article_for(tx: &Transaction, v: &NewVersion) -> Result<i64> {
    tx.prepare_cached(INSERT_SOURCE)?.execute([v.source])?;
    let source_id: i64 = tx
        .prepare_cached("SELECT id FROM sources WHERE name = ?")?
        .query_row([v.source], |r| r.get("id"))?;
    let existing: Option<(i64, i64, String)> = tx
        .prepare_cached(
            "SELECT a.id, a.source_id, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.key = ?",
        )?
        .query_row([v.article], |r| {
            Ok((r.get("id")?, r.get("source_id")?, r.get("name")?))
        })
        .optional()?;
    match existing {
        Some((id, sid, name)) => {
            if sid != source_id {
                return Err(Error::SourceMismatch {
                    article: v.article.to_string(),
                    stored: name,
                    given: v.source.to_string(),
                });
            }
            if v.url.is_some() || v.title.is_some() {
                tx.prepare_cached(
                    "UPDATE articles SET url = coalesce(?, url), title = coalesce(?, title) WHERE id = ?",
                )?
                .execute(params![v.url, v.title, id])?;
            }
            Ok(id)
        }
        None => {
            tx.prepare_cached(INSERT_ARTICLE)?.execute(params![
                v.article,
                source_id,
                v.url,
                v.title,
                v.recorded_at
            ])?;
            Ok(tx.last_insert_rowid())
        }
    }
}

/// The number and content hash of an article's latest version.
fn latest_version(tx: &Transaction, article_id: i64) -> Result<Option<(u32, String)>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT number, {} AS content_hash FROM versions WHERE article_id = ? \
                 ORDER BY number DESC LIMIT 1",
            hash_text("content_hash")
        ))?
        .query_row([article_id], |r| {
            Ok((r.get("number")?, r.get("content_hash")?))
        })
        .optional()?)
}

/// Writes the version row (its texts packed) and its extraction; returns the version's id.
/// The one way a version is written: record, import and any bulk path go through it, since the
/// row's texts are the codec's.
pub(super) fn insert_version(
    tx: &Transaction,
    article_id: i64,
    number: u32,
    v: &NewVersion,
    input: StoredInput,
) -> Result<i64> {
    let at = v.published_at.as_deref().unwrap_or(&v.recorded_at);
    let packed_here;
    let input = match input {
        StoredInput::FromRaw => {
            packed_here = codec::pack_input(v.raw, v.text)?;
            packed_here.as_deref()
        }
        StoredInput::Packed(blob) => blob,
    };
    let packed = codec::pack_text(tx, article_id, v.text)?;
    tx.prepare_cached(INSERT_VERSION)?.execute(params![
        article_id,
        number,
        v.recorded_at,
        v.published_at,
        at,
        hash_value(v.content_hash),
        packed.body,
        packed.base_id,
        input,
        v.format,
        v.encoding,
        v.lang,
        v.title
    ])?;
    let version_id = tx.last_insert_rowid();
    write_extraction(tx, version_id, v.extraction, v.text)?;
    Ok(version_id)
}

/// Writes a version's sentences (their spans, and the texts that `text`, the version's, does
/// not hold or that claims quote), claims and claim topics, and the stemmed search row of each
/// quoted sentence.
pub(super) fn write_extraction(
    tx: &Transaction,
    version_id: i64,
    ex: &Extraction,
    text: &str,
) -> Result<()> {
    // The sentences claims quote, sorted (a hash set of them took 0.6 MB for a 10 MB text's
    // claims at the peak of its write, issue 14; claims come in sentence order).
    let mut quoted: Vec<usize> = ex.claims.iter().map(|c| c.sentence_index).collect();
    quoted.sort_unstable();
    quoted.dedup();
    codec::write_sentences(
        tx,
        version_id,
        &ex.sentences,
        &|i| quoted.binary_search(&i).is_ok(),
        text,
    )?;
    let mut cl = tx.prepare_cached(INSERT_CLAIM)?;
    let mut topic = tx.prepare_cached(INSERT_TOPIC)?;
    let mut tp = tx.prepare_cached(INSERT_CLAIM_TOPIC)?;
    let mut stems = tx.prepare_cached(INSERT_STEMS)?;
    let mut strings = Strings::new(tx)?;
    let mut sentence_before = None;
    let mut ids = None;
    for (ord, c) in ex.claims.iter().enumerate() {
        let (label, label_subject) = label_head(&c.label, &c.subject);
        cl.execute(params![
            version_id,
            ord as i64,
            c.sentence_index as i64,
            label,
            label_subject,
            c.value,
            c.value_max,
            qualifier_code(c.qualifier),
            c.unit,
            strings.id(&c.subject)?,
            strings.id(&c.key.join(" "))?,
            c.attribution
                .as_deref()
                .map(|a| strings.id(a))
                .transpose()?,
            c.surface,
            c.start as i64,
            c.end as i64,
            changed_from_json(c)
        ])?;
        let id = tx.last_insert_rowid();
        ids = Some(ids.map_or((id, id), |(first, _)| (first, id)));
        for t in &c.topics {
            topic.execute([t])?;
            tp.execute(params![id, t])?;
        }
        // A sentence is indexed once, under its first claim (claims come in reading order).
        if sentence_before != Some(c.sentence_index) {
            let at = ex.sentences.get(c.sentence_index);
            let sentence = at
                .filter(|s| s.index == c.sentence_index)
                .or_else(|| ex.sentences.iter().find(|s| s.index == c.sentence_index));
            if let Some(s) = sentence {
                stems.execute(params![id, s.text])?;
            }
        }
        sentence_before = Some(c.sentence_index);
    }
    set_claim_range(tx, version_id, ids)
}

/// The ids of texts in `claim_strings` (schema 15), each added on first sight; a version's
/// claims repeat their attributions, so the last few are remembered.
struct Strings<'t> {
    find: rusqlite::CachedStatement<'t>,
    add: rusqlite::CachedStatement<'t>,
    tx: &'t Connection,
    recent: Vec<(String, i64)>,
}

impl<'t> Strings<'t> {
    fn new(tx: &'t Connection) -> Result<Self> {
        Ok(Strings {
            find: tx.prepare_cached(FIND_STRING)?,
            add: tx.prepare_cached(ADD_STRING)?,
            tx,
            recent: Vec::new(),
        })
    }

    /// The id of `text`, added when not there.
    fn id(&mut self, text: &str) -> Result<i64> {
        if let Some((_, id)) = self.recent.iter().find(|(t, _)| t == text) {
            return Ok(*id);
        }
        let id = match self.find.query_row([text], |r| r.get(0)).optional()? {
            Some(id) => id,
            None => {
                self.add.execute([text])?;
                self.tx.last_insert_rowid()
            }
        };
        if self.recent.len() == 8 {
            self.recent.remove(0);
        }
        self.recent.push((text.to_string(), id));
        Ok(id)
    }
}

/// Stores the ids of a version's first and last claim on its row (schema 15: its claims are
/// read as that range of ids, without an index by version).
fn set_claim_range(tx: &Connection, version_id: i64, ids: Option<(i64, i64)>) -> Result<()> {
    let (first, last) = ids.unzip();
    tx.prepare_cached("UPDATE versions SET claims_first = ?, claims_last = ? WHERE id = ?")?
        .execute(params![first, last, version_id])?;
    Ok(())
}

/// Deletes a version's claims and the rows derived from them (its sentence blob stays until
/// [`write_extraction`] or the version's deletion replaces it: versions may be packed against it).
pub(super) fn delete_extraction(tx: &Transaction, version_id: i64) -> Result<()> {
    delete_timeline(tx, version_id)?;
    tx.prepare_cached(&format!(
        "DELETE FROM claims WHERE id IN (SELECT c.id FROM versions v JOIN claims c ON {} \
         WHERE v.id = ?)",
        claims_of("c", "v")
    ))?
    .execute([version_id])?;
    set_claim_range(tx, version_id, None)
}

/// Deletes a version's timeline rows, if it was linked. The timeline has no index by version
/// (schema 11): its rows are found on the key (topic, at, version_id), for each topic the
/// timeline holds (walked as a skip over the key: one probe a topic) at the version's time.
fn delete_timeline(tx: &Connection, version_id: i64) -> Result<()> {
    // A version not linked yet (every new one) has no rows: the walk is skipped.
    let at: Option<String> = tx
        .prepare_cached("SELECT at FROM versions WHERE id = ? AND linked = 1")?
        .query_row([version_id], |r| r.get("at"))
        .optional()?;
    let Some(at) = at else {
        return Ok(());
    };
    tx.prepare_cached(&format!(
        "WITH RECURSIVE walk(topic_id) AS ( \
             SELECT min(topic_id) FROM timeline \
             UNION ALL \
             SELECT (SELECT min(t.topic_id) FROM timeline t WHERE t.topic_id > walk.topic_id) \
             FROM walk WHERE walk.topic_id IS NOT NULL) \
         DELETE FROM timeline \
         WHERE topic_id IN (SELECT topic_id FROM walk WHERE topic_id IS NOT NULL) \
         AND at = {} AND version_id = ?1",
        time_key("?2")
    ))?
    .execute(params![version_id, at])?;
    Ok(())
}

/// The ids of a version's claims, in order.
fn claim_ids(conn: &Connection, version_id: i64) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT c.id FROM versions v JOIN claims c ON {} WHERE v.id = ? ORDER BY c.ord",
        claims_of("c", "v")
    ))?;
    let rows = st.query_map([version_id], |r| r.get("id"))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The id of the version before `number` of an article, if there is one.
pub(super) fn previous_version(
    conn: &Connection,
    article_id: i64,
    number: u32,
) -> Result<Option<i64>> {
    if number <= 1 {
        return Ok(None);
    }
    Ok(conn
        .prepare_cached("SELECT id FROM versions WHERE article_id = ? AND number = ?")?
        .query_row(params![article_id, number - 1], |r| r.get("id"))
        .optional()?)
}

/// Stores a version's lineage: each claim's status and the claim it continues, and the
/// version's rows in the topic timeline (its claims, and the older claims it dropped).
pub(super) fn write_lineage(
    tx: &Connection,
    version_id: i64,
    previous: Option<i64>,
    lineage: &Lineage,
) -> Result<()> {
    let ids = claim_ids(tx, version_id)?;
    let before = match previous {
        Some(p) => claim_ids(tx, p)?,
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
    let mut up = tx.prepare_cached("UPDATE claims SET status = ?, previous_id = ? WHERE id = ?")?;
    for (k, id) in ids.iter().enumerate() {
        let prev = lineage.previous[k].map(|(i, _)| before[i]);
        up.execute(params![status::code(lineage.status(k)), prev, id])?;
    }
    delete_timeline(tx, version_id)?;
    tx.prepare_cached(&format!(
        "INSERT INTO timeline (topic_id, at, version_id, claim_id, status, source_id, change_pct) \
         SELECT t.topic_id, {at}, v.id, c.id, c.status, a.source_id, \
         CASE WHEN c.status = {changed} AND p.value <> 0 \
              THEN abs(c.value - p.value) * 100.0 / abs(p.value) END \
         FROM versions v JOIN claims c ON {range} \
         JOIN articles a ON a.id = v.article_id JOIN claim_topics t ON t.claim_id = c.id \
         LEFT JOIN claims p ON p.id = c.previous_id WHERE v.id = ?",
        changed = status::CHANGED,
        at = time_key("v.at"),
        range = claims_of("c", "v")
    ))?
    .execute([version_id])?;
    let mut gone = tx.prepare_cached(&format!(
        "INSERT OR IGNORE INTO timeline (topic_id, at, version_id, claim_id, status, source_id) \
         SELECT t.topic_id, {at}, v.id, t.claim_id, {removed}, a.source_id \
         FROM claim_topics t, versions v JOIN articles a ON a.id = v.article_id \
         WHERE t.claim_id = ?2 AND v.id = ?1",
        removed = status::REMOVED,
        at = time_key("v.at")
    ))?;
    for &i in &lineage.removed {
        gone.execute(params![version_id, before[i]])?;
    }
    let changes = crate::store::lineage_changes(previous, lineage);
    super::summary::write_changes(tx, version_id, changes)?;
    tx.prepare_cached("UPDATE versions SET linked = 1 WHERE id = ?")?
        .execute([version_id])?;
    Ok(())
}

/// The topic summary rows, from the claims: topic, article, source, claims, latest time (a
/// version's claims as the range of ids on its row, see [`claims_of`]).
const TOPIC_SUMMARY: &str =
    "INSERT INTO topic_articles (topic, article_id, source_id, claims, latest) \
     SELECT tp.name, v.article_id, a.source_id, count(*), max(v.at) FROM versions v \
     JOIN claims c ON c.id BETWEEN v.claims_first AND v.claims_last AND c.version_id = v.id \
     JOIN claim_topics t ON t.claim_id = c.id JOIN topics tp ON tp.id = t.topic_id \
     JOIN articles a ON a.id = v.article_id";

/// Adds a new version's claims to its article's topic summary rows (the rows of the versions
/// before stay as they are, so the cost is the version's, not the article's).
fn add_to_topic_summary(tx: &Transaction, version_id: i64) -> Result<()> {
    tx.prepare_cached(&format!(
        "{TOPIC_SUMMARY} WHERE v.id = ? GROUP BY tp.name \
         ON CONFLICT (topic, article_id) DO UPDATE SET claims = claims + excluded.claims, \
         latest = max(coalesce(latest, excluded.latest), excluded.latest)"
    ))?
    .execute([version_id])?;
    Ok(())
}

/// Rewrites the topic summary rows of one article (or of every article with `None`).
pub(super) fn refresh_topic_summary(tx: &Transaction, article_id: Option<i64>) -> Result<()> {
    match article_id {
        Some(id) => {
            tx.execute("DELETE FROM topic_articles WHERE article_id = ?", [id])?;
            tx.prepare_cached(&format!(
                "{TOPIC_SUMMARY} WHERE v.article_id = ? GROUP BY tp.name, v.article_id"
            ))?
            .execute([id])?;
        }
        None => {
            tx.execute("DELETE FROM topic_articles", [])?;
            tx.execute(
                &format!("{TOPIC_SUMMARY} GROUP BY tp.name, v.article_id"),
                [],
            )?;
        }
    }
    Ok(())
}

/// Rewrites the topic summary rows of many articles at once: the summary is keyed by topic,
/// so deleting an article's rows reads the whole table, once for all of them here.
pub(super) fn refresh_topic_summaries(tx: &Transaction, article_ids: &[i64]) -> Result<()> {
    tx.execute(
        "CREATE TEMP TABLE IF NOT EXISTS refresh_articles (id INTEGER PRIMARY KEY)",
        [],
    )?;
    let mut add =
        tx.prepare_cached("INSERT OR IGNORE INTO temp.refresh_articles (id) VALUES (?)")?;
    for id in article_ids {
        add.execute([id])?;
    }
    tx.execute(
        "DELETE FROM topic_articles WHERE article_id IN (SELECT id FROM temp.refresh_articles)",
        [],
    )?;
    tx.execute(
        &format!(
            "{TOPIC_SUMMARY} WHERE v.article_id IN (SELECT id FROM temp.refresh_articles) \
             GROUP BY tp.name, v.article_id"
        ),
        [],
    )?;
    tx.execute("DELETE FROM temp.refresh_articles", [])?;
    Ok(())
}
