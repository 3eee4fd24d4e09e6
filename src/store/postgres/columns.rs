//! The column lists that read versions, claims and sentences, and the row readers that read
//! them at the SQLite store's named positions (in PostgreSQL's types: `INTEGER`
//! numbers and offsets are `i32`, ids and counts `i64`).

use postgres::Row;

/// The named positions of the version and claim columns: the SQLite store's, as both stores
/// list the columns in the same order.
pub(super) use crate::store::sqlite::columns::{claim, version};

use crate::model::{Claim, Lang, Qualifier, Sentence, Version};

/// The columns of a version row, over `versions v`, `articles a` and `sources s`; read by
/// [`version_row`] at the positions in [`version`].
pub(super) const VERSION_COLS: &str =
    "v.id, a.key, s.name, v.number, v.recorded_at, v.published_at, \
     v.content_hash, v.title, (SELECT count(*) FROM claims cc WHERE cc.version_id = v.id)";

/// The columns [`claim_row`] reads, for the claims table under alias `a`, at the positions in
/// [`claim`].
pub(super) fn claim_cols(a: &str) -> String {
    format!(
        "{a}.id, {a}.version_id, {a}.sentence_idx, {a}.label, {a}.value, {a}.value_max, \
         {a}.qualifier, {a}.unit, {a}.subject, {a}.subject_key, {a}.attribution, {a}.surface, \
         {a}.start_char, {a}.end_char, \
         (SELECT text FROM sentences se WHERE se.version_id = {a}.version_id AND se.idx = {a}.sentence_idx), \
         (SELECT string_agg(topic, ' ' ORDER BY topic) FROM claim_topics t WHERE t.claim_id = {a}.id), \
         {a}.changed_from"
    )
}

/// The columns [`sentence_row`] reads, from the `sentences` table.
pub(super) const SENTENCE_COLS: &str = "idx, paragraph, start_char, end_char, lang, text";

/// Reads a version row (columns as in [`VERSION_COLS`], from the first).
pub(super) fn version_row(r: &Row) -> Version {
    use version::*;
    Version {
        id: r.get(ID),
        article: r.get(ARTICLE),
        source: r.get(SOURCE),
        number: r.get::<_, i32>(NUMBER) as u32,
        recorded_at: r.get(RECORDED_AT),
        published_at: r.get(PUBLISHED_AT),
        content_hash: r.get(CONTENT_HASH),
        title: r.get(TITLE),
        claims: r.get::<_, i64>(CLAIMS) as usize,
    }
}

/// Reads a claim row (columns as in [`claim_cols`], starting at `o`).
pub(super) fn claim_row(r: &Row, o: usize) -> Claim {
    use claim::*;
    let q: String = r.get(o + QUALIFIER);
    let key: String = r.get(o + SUBJECT_KEY);
    let topics: Option<String> = r.get(o + TOPICS);
    Claim {
        label: r.get(o + LABEL),
        value: r.get(o + VALUE),
        value_max: r.get(o + VALUE_MAX),
        qualifier: Qualifier::parse(&q).unwrap_or_default(),
        unit: r.get(o + UNIT),
        subject: r.get(o + SUBJECT),
        topics: topics
            .map(|t| t.split(' ').map(str::to_string).collect())
            .unwrap_or_default(),
        attribution: r.get(o + ATTRIBUTION),
        surface: r.get(o + SURFACE),
        sentence: r
            .get::<_, Option<String>>(o + SENTENCE)
            .unwrap_or_default()
            .into(),
        start: r.get::<_, i32>(o + START) as usize,
        end: r.get::<_, i32>(o + END) as usize,
        sentence_index: r.get::<_, i32>(o + SENTENCE_IDX) as usize,
        key: key
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        changed_from: crate::store::sqlite::columns::changed_from_of(
            r.get::<_, Option<String>>(o + CHANGED_FROM).as_deref(),
        ),
    }
}

/// Reads a sentence row (columns as in [`SENTENCE_COLS`]), by name.
pub(super) fn sentence_row(r: &Row) -> Sentence {
    Sentence {
        index: r.get::<_, i32>("idx") as usize,
        paragraph: r.get::<_, i32>("paragraph") as usize,
        start: r.get::<_, i32>("start_char") as usize,
        end: r.get::<_, i32>("end_char") as usize,
        lang: Lang::parse(r.get("lang")).unwrap_or_default(),
        text: r.get::<_, String>("text").into(),
    }
}
