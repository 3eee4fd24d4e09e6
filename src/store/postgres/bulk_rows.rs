//! The rows of a bulk import's batch ([`super::bulk`]), each table written by one statement
//! for the whole batch (`unnest` of arrays sent in binary), not one per version: a batch of
//! 200 versions costs about a dozen round trips instead of 2,400, which is what an import
//! waits on when the server shares a loaded machine.
//!
//! The versions' and claims' ids are taken from their identity sequences first (one query
//! each), so that each claim is written once with its lineage (status and the claim it
//! continues, in this batch or stored before) instead of written and then updated; the
//! timeline and topic rows are then derived by the server from the rows written, with the
//! statements `record` uses for one version.

use std::collections::HashMap;

use postgres::Transaction;

use crate::error::{Error, Result};
use crate::model::Lineage;
use crate::store::NewVersion;

/// The version a new version follows.
#[derive(Debug, Clone, Copy)]
pub(super) enum Before {
    /// None: the article's first version.
    First,
    /// A version the store held before the batch (its id).
    Stored(i64),
    /// An earlier version of the batch (its index in the planned rows).
    Planned(usize),
}

/// A version of the batch to store, with its place and lineage decided.
pub(super) struct Planned<'b> {
    pub version: &'b NewVersion<'b>,
    pub article_id: i64,
    pub number: u32,
    pub before: Before,
    pub lineage: Lineage,
}

/// Converts offsets and counts to the `INTEGER` columns that hold them.
fn int(n: usize) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

/// `n` new ids of `table`'s identity column, in increasing order.
fn take_ids(tx: &mut Transaction, table: &str, n: usize) -> Result<Vec<i64>> {
    if n == 0 {
        return Ok(Vec::new());
    }
    let rows = tx.query(
        "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2::bigint)",
        &[&table, &(n as i64)],
    )?;
    let mut ids: Vec<i64> = rows.iter().map(|r| r.get(0)).collect();
    ids.sort_unstable();
    Ok(ids)
}

/// The claim ids of stored versions, each version's in order.
fn stored_claim_ids(tx: &mut Transaction, versions: &[i64]) -> Result<HashMap<i64, Vec<i64>>> {
    let mut ids: HashMap<i64, Vec<i64>> = versions.iter().map(|&v| (v, Vec::new())).collect();
    if versions.is_empty() {
        return Ok(ids);
    }
    let rows = tx.query(
        "SELECT version_id, id FROM claims WHERE version_id = ANY($1) ORDER BY version_id, ord",
        &[&versions],
    )?;
    for r in &rows {
        ids.entry(r.get(0)).or_default().push(r.get(1));
    }
    Ok(ids)
}

/// Writes the planned versions with their extraction, lineage, timeline rows and change
/// counts; returns their ids. A lineage that does not fit its versions' claims is
/// [`Error::LineageMismatch`] (the caller's transaction is then dropped).
pub(super) fn write(tx: &mut Transaction, planned: &[Planned]) -> Result<Vec<i64>> {
    let version_ids = take_ids(tx, "versions", planned.len())?;
    let total: usize = planned
        .iter()
        .map(|p| p.version.extraction.claims.len())
        .sum();
    let all_claim_ids = take_ids(tx, "claims", total)?;
    // Each planned version's claim ids: a run of the ids taken, in batch order.
    let mut claim_ids: Vec<&[i64]> = Vec::with_capacity(planned.len());
    let mut at = 0;
    for p in planned {
        let n = p.version.extraction.claims.len();
        claim_ids.push(&all_claim_ids[at..at + n]);
        at += n;
    }
    let stored: Vec<i64> = planned
        .iter()
        .filter_map(|p| match p.before {
            Before::Stored(id) => Some(id),
            _ => None,
        })
        .collect();
    let stored_ids = stored_claim_ids(tx, &stored)?;
    let before_ids = |p: &Planned| -> &[i64] {
        match p.before {
            Before::First => &[],
            Before::Stored(id) => stored_ids.get(&id).map_or(&[], Vec::as_slice),
            Before::Planned(j) => claim_ids[j],
        }
    };
    let mut rows = Rows::default();
    for (k, p) in planned.iter().enumerate() {
        let (id, ids, before) = (version_ids[k], claim_ids[k], before_ids(p));
        let lineage = &p.lineage;
        let fits = lineage.previous.len() == ids.len()
            && lineage
                .previous
                .iter()
                .flatten()
                .map(|(i, _)| *i)
                .chain(lineage.removed.iter().copied())
                .all(|i| i < before.len());
        if !fits {
            return Err(Error::LineageMismatch(id));
        }
        rows.add(p, id, ids, before);
    }
    rows.insert(tx, &version_ids)?;
    Ok(version_ids)
}

/// The batch's rows, a column array each.
#[derive(Default)]
struct Rows<'b> {
    // versions
    v_id: Vec<i64>,
    v_article: Vec<i64>,
    v_number: Vec<i32>,
    v_recorded: Vec<&'b str>,
    v_published: Vec<Option<&'b str>>,
    v_at: Vec<&'b str>,
    v_hash: Vec<&'b str>,
    v_raw: Vec<&'b [u8]>,
    v_format: Vec<&'b str>,
    v_encoding: Vec<Option<&'b str>>,
    v_text: Vec<&'b str>,
    v_lang: Vec<&'b str>,
    v_title: Vec<Option<&'b str>>,
    v_changes: Vec<i32>,
    // sentences
    s_version: Vec<i64>,
    s_idx: Vec<i32>,
    s_paragraph: Vec<i32>,
    s_start: Vec<i32>,
    s_end: Vec<i32>,
    s_lang: Vec<&'b str>,
    s_text: Vec<&'b str>,
    // claims
    c_id: Vec<i64>,
    c_version: Vec<i64>,
    c_ord: Vec<i32>,
    c_sidx: Vec<i32>,
    c_label: Vec<&'b str>,
    c_value: Vec<f64>,
    c_vmax: Vec<Option<f64>>,
    c_qualifier: Vec<&'b str>,
    c_unit: Vec<Option<&'b str>>,
    c_subject: Vec<&'b str>,
    c_key: Vec<String>,
    c_attribution: Vec<Option<&'b str>>,
    c_surface: Vec<&'b str>,
    c_start: Vec<i32>,
    c_end: Vec<i32>,
    c_sentence: Vec<&'b str>,
    c_lang: Vec<&'b str>,
    c_status: Vec<&'static str>,
    c_previous: Vec<Option<i64>>,
    c_changed_from: Vec<Option<String>>,
    // claim_topics
    t_topic: Vec<&'b str>,
    t_claim: Vec<i64>,
    // timeline rows of the claims the versions dropped
    r_version: Vec<i64>,
    r_claim: Vec<i64>,
}

impl<'b> Rows<'b> {
    /// Adds version `p` (id `id`, claim ids `ids`; `before`: the claim ids of the version it
    /// follows).
    fn add(&mut self, p: &Planned<'b>, id: i64, ids: &[i64], before: &[i64]) {
        let v = p.version;
        self.v_id.push(id);
        self.v_article.push(p.article_id);
        self.v_number.push(p.number as i32);
        self.v_recorded.push(&v.recorded_at);
        self.v_published.push(v.published_at.as_deref());
        self.v_at
            .push(v.published_at.as_deref().unwrap_or(&v.recorded_at));
        self.v_hash.push(v.content_hash);
        self.v_raw.push(v.raw);
        self.v_format.push(v.format);
        self.v_encoding.push(v.encoding);
        self.v_text.push(v.text);
        self.v_lang.push(v.lang);
        self.v_title.push(v.title);
        // Only whether there is a version before counts.
        let previous = (!matches!(p.before, Before::First)).then_some(id);
        self.v_changes
            .push(crate::store::lineage_changes(previous, &p.lineage) as i32);
        let ex = v.extraction;
        for s in &ex.sentences {
            self.s_version.push(id);
            self.s_idx.push(int(s.index));
            self.s_paragraph.push(int(s.paragraph));
            self.s_start.push(int(s.start));
            self.s_end.push(int(s.end));
            self.s_lang.push(s.lang.as_str());
            self.s_text.push(&s.text);
        }
        for (k, c) in ex.claims.iter().enumerate() {
            self.c_id.push(ids[k]);
            self.c_version.push(id);
            self.c_ord.push(int(k));
            self.c_sidx.push(int(c.sentence_index));
            self.c_label.push(c.label.as_str());
            self.c_value.push(c.value);
            self.c_vmax.push(c.value_max);
            self.c_qualifier.push(c.qualifier.as_str());
            self.c_unit.push(c.unit.as_deref());
            self.c_subject.push(&c.subject);
            self.c_key.push(c.key.join(" "));
            self.c_attribution.push(c.attribution.as_deref());
            self.c_surface.push(&c.surface);
            self.c_start.push(int(c.start));
            self.c_end.push(int(c.end));
            self.c_sentence.push(&c.sentence);
            // The text-search configuration follows the claim's sentence language.
            self.c_lang.push(
                ex.sentences
                    .get(c.sentence_index)
                    .map_or(v.lang, |s| s.lang.as_str()),
            );
            self.c_status.push(p.lineage.status(k).as_str());
            self.c_previous
                .push(p.lineage.previous[k].map(|(i, _)| before[i]));
            self.c_changed_from
                .push(crate::store::sqlite::columns::changed_from_json(c));
            for t in &c.topics {
                self.t_topic.push(t);
                self.t_claim.push(ids[k]);
            }
        }
        for &i in &p.lineage.removed {
            self.r_version.push(id);
            self.r_claim.push(before[i]);
        }
    }

    /// Writes the rows, a statement per table, then the timeline rows derived from them.
    fn insert(&self, tx: &mut Transaction, version_ids: &[i64]) -> Result<()> {
        tx.execute(
            "INSERT INTO versions (id, article_id, number, recorded_at, published_at, at, \
             content_hash, raw, format, encoding, text, lang, title, linked) OVERRIDING SYSTEM VALUE \
             SELECT *, true FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], \
             $5::text[], $6::text[], $7::text[], $8::bytea[], $9::text[], $10::text[], $11::text[], \
             $12::text[], $13::text[])",
            &[
                &self.v_id,
                &self.v_article,
                &self.v_number,
                &self.v_recorded,
                &self.v_published,
                &self.v_at,
                &self.v_hash,
                &self.v_raw,
                &self.v_format,
                &self.v_encoding,
                &self.v_text,
                &self.v_lang,
                &self.v_title,
            ],
        )?;
        tx.execute(
            "INSERT INTO sentences (version_id, idx, paragraph, start_char, end_char, lang, text) \
             SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::int[], \
             $6::text[], $7::text[])",
            &[
                &self.s_version,
                &self.s_idx,
                &self.s_paragraph,
                &self.s_start,
                &self.s_end,
                &self.s_lang,
                &self.s_text,
            ],
        )?;
        self.insert_claims(tx)?;
        tx.execute(
            "INSERT INTO claim_topics (topic, claim_id) SELECT * FROM unnest($1::text[], $2::bigint[]) \
             ON CONFLICT DO NOTHING",
            &[&self.t_topic, &self.t_claim],
        )?;
        tx.execute(
            "INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id, change_pct) \
             SELECT t.topic, v.at, v.id, c.id, c.status, a.source_id, \
             CASE WHEN c.status = 'changed' AND p.value <> 0 \
                  THEN abs(c.value - p.value) * 100.0 / abs(p.value) END \
             FROM claims c JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id JOIN claim_topics t ON t.claim_id = c.id \
             LEFT JOIN claims p ON p.id = c.previous_id WHERE c.version_id = ANY($1)",
            &[&version_ids],
        )?;
        if !self.r_claim.is_empty() {
            tx.execute(
                "INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id) \
                 SELECT t.topic, v.at, v.id, t.claim_id, 'removed', a.source_id \
                 FROM unnest($1::bigint[], $2::bigint[]) AS u(version_id, claim_id) \
                 JOIN claim_topics t ON t.claim_id = u.claim_id \
                 JOIN versions v ON v.id = u.version_id JOIN articles a ON a.id = v.article_id \
                 ON CONFLICT DO NOTHING",
                &[&self.r_version, &self.r_claim],
            )?;
        }
        tx.execute(
            "INSERT INTO version_changes (version_id, changes) \
             SELECT * FROM unnest($1::bigint[], $2::int[]) \
             ON CONFLICT (version_id) DO UPDATE SET changes = EXCLUDED.changes",
            &[&self.v_id, &self.v_changes],
        )?;
        Ok(())
    }

    /// Writes the claims with their lineage and search vectors (the text-search configuration
    /// of each claim's language).
    fn insert_claims(&self, tx: &mut Transaction) -> Result<()> {
        tx.execute(
            "INSERT INTO claims (id, version_id, ord, sentence_idx, label, value, value_max, \
             qualifier, unit, subject, subject_key, attribution, surface, start_char, end_char, \
             status, previous_id, search, changed_from) OVERRIDING SYSTEM VALUE \
             SELECT x.id, x.version_id, x.ord, x.sidx, x.label, x.value, x.vmax, x.q, x.unit, \
             x.subject, x.key, x.attr, x.surface, x.s, x.e, x.status, x.previous_id, \
             setweight(to_tsvector(x.cfg, x.sentence), 'B') || setweight(to_tsvector(x.cfg, x.subject), 'A'), x.changed \
             FROM (SELECT u.*, CASE WHEN u.lang = 'es' THEN 'claimdiff_es'::regconfig \
                                    ELSE 'claimdiff_en'::regconfig END AS cfg \
                   FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[], \
                               $6::float8[], $7::float8[], $8::text[], $9::text[], $10::text[], \
                               $11::text[], $12::text[], $13::text[], $14::int[], $15::int[], \
                               $16::text[], $17::text[], $18::text[], $19::bigint[], $20::text[]) \
                   AS u(id, version_id, ord, sidx, label, value, vmax, q, unit, subject, key, attr, \
                        surface, s, e, sentence, lang, status, previous_id, changed)) x",
            &[
                &self.c_id,
                &self.c_version,
                &self.c_ord,
                &self.c_sidx,
                &self.c_label,
                &self.c_value,
                &self.c_vmax,
                &self.c_qualifier,
                &self.c_unit,
                &self.c_subject,
                &self.c_key,
                &self.c_attribution,
                &self.c_surface,
                &self.c_start,
                &self.c_end,
                &self.c_sentence,
                &self.c_lang,
                &self.c_status,
                &self.c_previous,
                &self.c_changed_from,
            ],
        )?;
        Ok(())
    }
}
