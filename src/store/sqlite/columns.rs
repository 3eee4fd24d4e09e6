//! The one place that lists the store's columns: the statements that write each table's rows,
//! the column lists that read versions and claims, and the named positions the row readers
//! read them at (checked against the statements' column names by the tests).

use rusqlite::types::Value;
use rusqlite::Row;

use crate::model::{ChangedFrom, Claim, Qualifier, Version};

/// Writes a `sources` row: (name), kept when the name is already there.
pub(super) const INSERT_SOURCE: &str = "INSERT OR IGNORE INTO sources (name) VALUES (?)";

/// Writes an `articles` row: (key, source_id, url, title, created_at).
pub(super) const INSERT_ARTICLE: &str =
    "INSERT INTO articles (key, source_id, url, title, created_at) VALUES (?,?,?,?,?)";

/// Writes a `versions` row: (article_id, number, recorded_at, published_at, at, content_hash,
/// body, base_id, input, format, encoding, lang, title); body, base_id and input as
/// [`super::codec`] packs them.
pub(super) const INSERT_VERSION: &str =
    "INSERT INTO versions (article_id, number, recorded_at, published_at, at, content_hash, body, base_id, input, format, encoding, lang, title) \
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

/// Writes a `claims` row: (version_id, ord, sentence_idx, label, label_subject, value,
/// value_max, qualifier, unit, subject_id, key_id, attribution_id, surface, start, end,
/// changed_from); the label as [`label_head`] splits it, the qualifier as its [`qualifier_code`],
/// the subject, its key and the attribution by their ids in `claim_strings` ([`FIND_STRING`]),
/// changed_from as [`changed_from_json`] packs it.
pub(super) const INSERT_CLAIM: &str =
    "INSERT INTO claims (version_id, ord, sentence_idx, label, label_subject, value, value_max, qualifier, unit, subject_id, key_id, attribution_id, surface, start, end, changed_from) \
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

/// The id of a text in `claim_strings` (schema 15: the subjects, keys and attributions claims
/// repeat, each kept once); [`ADD_STRING`] adds one not there yet.
pub(super) const FIND_STRING: &str = "SELECT id FROM claim_strings WHERE text = ?";
pub(super) const ADD_STRING: &str = "INSERT INTO claim_strings (text) VALUES (?)";

/// SQL reading the text of `claim_strings` id `col` (NULL for NULL).
fn string_of(col: &str) -> String {
    format!("(SELECT text FROM claim_strings WHERE id = {col})")
}

/// Adds a topic name to `topics` (schema 14: claim topics and the timeline hold its id).
pub(super) const INSERT_TOPIC: &str = "INSERT OR IGNORE INTO topics (name) VALUES (?)";

/// Writes a `claim_topics` row: (claim_id, topic name), the topic added first with
/// [`INSERT_TOPIC`].
pub(super) const INSERT_CLAIM_TOPIC: &str =
    "INSERT OR IGNORE INTO claim_topics (claim_id, topic_id) SELECT ?, id FROM topics WHERE name = ?";

/// A content hash as `versions.content_hash` holds it (schema 14): the bytes of a lower-case
/// hex hash (claimdiff's SHA-256, 32 bytes instead of 64 chars), any other text as it is.
pub(super) fn hash_value(hash: &str) -> Value {
    let hex = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    };
    let bytes: Option<Vec<u8>> = hash
        .len()
        .is_multiple_of(2)
        .then(|| {
            hash.as_bytes()
                .chunks(2)
                .map(|p| Some((hex(p[0])? << 4) | hex(p[1])?))
                .collect()
        })
        .flatten();
    match bytes {
        Some(b) if !b.is_empty() => Value::Blob(b),
        _ => Value::Text(hash.to_string()),
    }
}

/// SQL reading a `versions.content_hash` column (`col`) back as the hash's text.
pub(super) fn hash_text(col: &str) -> String {
    format!("CASE WHEN typeof({col}) = 'blob' THEN lower(hex({col})) ELSE {col} END")
}

/// A time as the timeline's key holds it (schema 14): whole seconds since the epoch, from the
/// ISO 8601 text `expr` (a time SQLite cannot read counts as 0). A third of the key's bytes
/// were the time's 20 chars.
pub(super) fn time_key(expr: &str) -> String {
    format!("coalesce(unixepoch({expr}), 0)")
}

/// The qualifiers in the order of their codes in `claims.qualifier` (schema 14).
const QUALIFIERS: [Qualifier; 6] = [
    Qualifier::Exact,
    Qualifier::Approx,
    Qualifier::MoreThan,
    Qualifier::AtLeast,
    Qualifier::LessThan,
    Qualifier::AtMost,
];

/// A qualifier's code in `claims.qualifier`.
pub(super) fn qualifier_code(q: Qualifier) -> i64 {
    QUALIFIERS.iter().position(|&x| x == q).unwrap_or(0) as i64
}

/// The codes of claim statuses in `claims.status` and `timeline.status` (schema 14), as SQL
/// literals too.
pub(in crate::store) mod status {
    use crate::model::ClaimStatus;

    pub const NEW: i64 = 0;
    pub const CHANGED: i64 = 1;
    pub const UNCHANGED: i64 = 2;
    pub const REMOVED: i64 = 3;

    /// A status's code.
    pub fn code(s: ClaimStatus) -> i64 {
        match s {
            ClaimStatus::New => NEW,
            ClaimStatus::Changed => CHANGED,
            ClaimStatus::Unchanged => UNCHANGED,
            ClaimStatus::Removed => REMOVED,
        }
    }

    /// The status of a code (`New` for an unknown one).
    pub fn of(code: i64) -> ClaimStatus {
        match code {
            CHANGED => ClaimStatus::Changed,
            UNCHANGED => ClaimStatus::Unchanged,
            REMOVED => ClaimStatus::Removed,
            _ => ClaimStatus::New,
        }
    }
}

/// A label as `claims` stores it: without its subject when it is "<head> <subject>" (the
/// usual shape: the figure, then the subject's words), with `label_subject` = 1 then.
pub(super) fn label_head<'a>(label: &'a str, subject: &str) -> (&'a str, bool) {
    match label
        .strip_suffix(subject)
        .and_then(|h| h.strip_suffix(' '))
    {
        Some(head) => (head, true),
        None => (label, false),
    }
}

/// Writes a `claim_stems` row: (rowid, sentence text), the text indexed as its stems; the rowid
/// is the id of the sentence's first claim. Written by the store, not by a trigger on claims
/// (schema 11): a trigger made every claim insert a statement transaction, and FTS5 flushes its
/// pending terms into a new segment at each one (perf: a fifth of an import's writer time).
pub(super) const INSERT_STEMS: &str =
    "INSERT INTO claim_stems (rowid, stems) VALUES (?, claimdiff_stems(?))";

/// The columns of a version row, over `versions v`, `articles a` and `sources s`; read by
/// [`version_row`] at the positions in [`version`].
pub(super) const VERSION_COLS: &str =
    "v.id, a.key, s.name, v.number, v.recorded_at, v.published_at, \
     CASE WHEN typeof(v.content_hash) = 'blob' THEN lower(hex(v.content_hash)) \
     ELSE v.content_hash END AS content_hash, \
     v.title, (SELECT count(*) FROM claims c WHERE c.id BETWEEN v.claims_first AND v.claims_last \
     AND c.version_id = v.id)";

/// SQL joining the claims `c` of the version `v` (schema 15): a walk over the range of claim
/// ids the version row holds, no index; the version_id test keeps the run's own rows.
pub(super) fn claims_of(c: &str, v: &str) -> String {
    format!("{c}.id BETWEEN {v}.claims_first AND {v}.claims_last AND {c}.version_id = {v}.id")
}

/// Declares consecutive column positions from 0, and `COUNT` after the last.
macro_rules! positions {
    ($($name:ident),* $(,)?) => { positions!(@ 0usize; $($name,)*); };
    (@ $i:expr; $name:ident, $($rest:ident,)*) => {
        pub const $name: usize = $i;
        positions!(@ $i + 1; $($rest,)*);
    };
    (@ $i:expr;) => {
        /// How many columns the row has (where the next columns start).
        pub const COUNT: usize = $i;
    };
}

/// Positions of [`VERSION_COLS`] in a row.
pub(in crate::store) mod version {
    positions!(
        ID,
        ARTICLE,
        SOURCE,
        NUMBER,
        RECORDED_AT,
        PUBLISHED_AT,
        CONTENT_HASH,
        TITLE,
        CLAIMS
    );
}

/// Positions of [`claim_cols`] in a row, from where the claim's columns start.
pub(in crate::store) mod claim {
    // VERSION_ID is read by no reader; it is listed so that the positions after it hold.
    #![allow(dead_code)]
    positions!(
        ID,
        VERSION_ID,
        SENTENCE_IDX,
        LABEL,
        VALUE,
        VALUE_MAX,
        QUALIFIER,
        UNIT,
        SUBJECT,
        SUBJECT_KEY,
        ATTRIBUTION,
        SURFACE,
        START,
        END,
        SENTENCE,
        TOPICS,
        CHANGED_FROM,
    );
}

/// The columns [`claim_row`] reads, for the claims table under alias `a`, at the positions in
/// [`claim`].
pub(super) fn claim_cols(a: &str) -> String {
    let subject = string_of(&format!("{a}.subject_id"));
    let key = string_of(&format!("{a}.key_id"));
    let attribution = string_of(&format!("{a}.attribution_id"));
    format!(
        "{a}.id, {a}.version_id, {a}.sentence_idx, \
         CASE WHEN {a}.label_subject THEN {a}.label || ' ' || {subject} ELSE {a}.label END AS label, \
         {a}.value, {a}.value_max, \
         {a}.qualifier, {a}.unit, {subject} AS subject, {key} AS subject_key, \
         {attribution} AS attribution, {a}.surface, \
         {a}.start, {a}.end, \
         (SELECT claimdiff_sentence(sv.spans, sb.spans, {a}.sentence_idx) FROM versions sv \
          LEFT JOIN versions sb ON sb.id = sv.base_id WHERE sv.id = {a}.version_id), \
         (SELECT group_concat(name, ' ') FROM (SELECT tp.name FROM claim_topics t \
          JOIN topics tp ON tp.id = t.topic_id WHERE t.claim_id = {a}.id ORDER BY tp.name)), \
         {a}.changed_from"
    )
}

/// Reads a version row (columns as in [`VERSION_COLS`], from the first).
pub(super) fn version_row(r: &Row) -> rusqlite::Result<Version> {
    use version::*;
    Ok(Version {
        id: r.get(ID)?,
        article: r.get(ARTICLE)?,
        source: r.get(SOURCE)?,
        number: r.get(NUMBER)?,
        recorded_at: r.get(RECORDED_AT)?,
        published_at: r.get(PUBLISHED_AT)?,
        content_hash: r.get(CONTENT_HASH)?,
        title: r.get(TITLE)?,
        claims: r.get::<_, i64>(CLAIMS)? as usize,
    })
}

/// Reads a claim row (columns as in [`claim_cols`], starting at `o`).
pub(super) fn claim_row(r: &Row, o: usize) -> rusqlite::Result<Claim> {
    use claim::*;
    let q: i64 = r.get(o + QUALIFIER)?;
    let key: String = r.get(o + SUBJECT_KEY)?;
    let topics: Option<String> = r.get(o + TOPICS)?;
    let changed_from: Option<String> = r.get(o + CHANGED_FROM)?;
    Ok(Claim {
        label: r.get(o + LABEL)?,
        value: r.get(o + VALUE)?,
        value_max: r.get(o + VALUE_MAX)?,
        qualifier: usize::try_from(q)
            .ok()
            .and_then(|i| QUALIFIERS.get(i).copied())
            .unwrap_or_default(),
        unit: r.get(o + UNIT)?,
        subject: r.get(o + SUBJECT)?,
        topics: topics
            .map(|t| t.split(' ').map(str::to_string).collect())
            .unwrap_or_default(),
        attribution: r.get(o + ATTRIBUTION)?,
        surface: r.get(o + SURFACE)?,
        sentence: r
            .get::<_, Option<String>>(o + SENTENCE)?
            .unwrap_or_default()
            .into(),
        start: r.get::<_, i64>(o + START)? as usize,
        end: r.get::<_, i64>(o + END)? as usize,
        sentence_index: r.get::<_, i64>(o + SENTENCE_IDX)? as usize,
        key: key
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        changed_from: changed_from_of(changed_from.as_deref()),
    })
}

/// A claim's `changed_from` as the `claims.changed_from` column holds it (schema 16, and
/// PostgreSQL 7): JSON, NULL for a figure that states no change.
pub(in crate::store) fn changed_from_json(c: &Claim) -> Option<String> {
    c.changed_from
        .as_ref()
        .and_then(|f| serde_json::to_string(f).ok())
}

/// The `changed_from` of a `claims.changed_from` column (none for NULL or what does not read).
pub(in crate::store) fn changed_from_of(json: Option<&str>) -> Option<ChangedFrom> {
    json.and_then(|j| serde_json::from_str(j).ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimStatus;

    /// Schema 14's compact forms read back as what was written.
    #[test]
    fn compact_forms_round_trip() {
        assert_eq!(
            label_head("25% tariff on steel", "tariff on steel"),
            ("25%", true)
        );
        // Not the subject at a word boundary, or no subject at the end: kept whole.
        assert_eq!(label_head("25%tariff", "tariff"), ("25%tariff", false));
        assert_eq!(label_head("3 killed", "people"), ("3 killed", false));
        for q in QUALIFIERS {
            assert_eq!(QUALIFIERS[qualifier_code(q) as usize], q);
        }
        for s in [
            ClaimStatus::New,
            ClaimStatus::Changed,
            ClaimStatus::Unchanged,
            ClaimStatus::Removed,
        ] {
            assert_eq!(status::of(status::code(s)), s);
        }
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let sha = crate::ingest::content_hash("text");
        for h in [sha.as_str(), "ABCD", "abc", "", "not hex"] {
            let v = hash_value(h);
            assert_eq!(matches!(v, Value::Blob(_)), h == sha, "{h}");
            let back: String = conn
                .query_row(&format!("SELECT {}", hash_text("?1")), [&v], |r| r.get(0))
                .unwrap();
            assert_eq!(back, h);
        }
        let t = |s: &str| -> i64 {
            conn.query_row(&format!("SELECT {}", time_key("?")), [s], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(t("2025-01-01T06:00:00Z"), 1_735_711_200);
        assert_eq!(t("2025-01-01T08:00:00+02:00"), 1_735_711_200);
        assert_eq!(t("not a time"), 0);
    }

    /// The named positions point at the columns they name, in every statement that reads
    /// versions and claims side by side.
    #[test]
    fn positions_name_their_columns() {
        let store = crate::store::SqliteStore::in_memory().unwrap();
        let sql = format!(
            "SELECT {VERSION_COLS}, {} FROM versions v JOIN articles a ON a.id = v.article_id \
             JOIN sources s ON s.id = a.source_id JOIN claims c ON c.version_id = v.id",
            claim_cols("c")
        );
        let st = store.connection().prepare(&sql).unwrap();
        let name = |i| st.column_name(i).unwrap().to_string();
        assert_eq!(st.column_count(), version::COUNT + claim::COUNT);
        let o = version::COUNT;
        for (i, n) in [
            (version::ID, "id"),
            (version::ARTICLE, "key"),
            (version::SOURCE, "name"),
            (version::NUMBER, "number"),
            (version::RECORDED_AT, "recorded_at"),
            (version::PUBLISHED_AT, "published_at"),
            (version::CONTENT_HASH, "content_hash"),
            (version::TITLE, "title"),
            (o + claim::ID, "id"),
            (o + claim::VERSION_ID, "version_id"),
            (o + claim::SENTENCE_IDX, "sentence_idx"),
            (o + claim::LABEL, "label"),
            (o + claim::VALUE, "value"),
            (o + claim::VALUE_MAX, "value_max"),
            (o + claim::QUALIFIER, "qualifier"),
            (o + claim::UNIT, "unit"),
            (o + claim::SUBJECT, "subject"),
            (o + claim::SUBJECT_KEY, "subject_key"),
            (o + claim::ATTRIBUTION, "attribution"),
            (o + claim::SURFACE, "surface"),
            (o + claim::START, "start"),
            (o + claim::END, "end"),
        ] {
            assert_eq!(name(i), n);
        }
    }
}
