//! Unit tests of the SQLite store, on in-memory databases (and temporary files for opening).

use super::*;
use crate::extract::Extractor;
use crate::history;
use crate::ingest::content_hash;
use crate::model::ClaimStatus;

const V1: &str = "The tariff on steel imports rose to 25 percent on Monday, officials said.\n\n\
                  At least 40 people were injured in the attack, the Health Ministry said.";
const V2: &str = "The tariff on steel imports rose to 30 percent on Monday, officials said.\n\n\
                  At least 40 people were injured in the attack, the Health Ministry said.";

/// Records `text` as a version of `article` from `source`, as `record` does, through the
/// trait object the commands hold.
pub(super) fn put(
    store: &mut dyn Store,
    source: &str,
    article: &str,
    text: &str,
) -> Result<Recorded> {
    let extraction = Extractor::default().extract_text(text);
    let hash = content_hash(text);
    store.record(
        &new_version(source, article, text, &hash, &extraction),
        &mut history::lineage,
    )
}

fn new_version<'a>(
    source: &'a str,
    article: &'a str,
    text: &'a str,
    hash: &'a str,
    extraction: &'a Extraction,
) -> NewVersion<'a> {
    NewVersion {
        source,
        article,
        url: None,
        title: Some("Tariffs"),
        recorded_at: "2025-03-01T10:00:00Z".into(),
        published_at: None,
        raw: text.as_bytes(),
        format: "text",
        encoding: None,
        text,
        content_hash: hash,
        lang: extraction.lang.as_str(),
        extraction,
    }
}

fn stored(r: Recorded) -> Version {
    match r {
        Recorded::Stored(v) => v,
        Recorded::Unchanged(n) => panic!("version {n} unchanged"),
    }
}

fn r(s: &str) -> VersionRef {
    VersionRef::parse(s).unwrap()
}

#[test]
fn in_memory_store_has_the_whole_schema() {
    let store = SqliteStore::in_memory().unwrap();
    assert_eq!(store.schema().unwrap(), schema::MIGRATIONS.len());
    assert!(store.articles().unwrap().is_empty());
}

#[test]
fn record_numbers_versions_and_skips_identical_content() {
    let mut store = SqliteStore::in_memory().unwrap();
    let v1 = stored(put(&mut store, "Herald", "steel", V1).unwrap());
    assert_eq!(
        (v1.number, v1.article.as_str(), v1.source.as_str()),
        (1, "steel", "Herald")
    );
    assert_eq!(v1.content_hash, content_hash(V1));
    assert!(v1.claims >= 2, "{v1:?}");
    // The same text again writes nothing.
    assert_eq!(
        put(&mut store, "Herald", "steel", V1).unwrap(),
        Recorded::Unchanged(1)
    );
    let v2 = stored(put(&mut store, "Herald", "steel", V2).unwrap());
    assert_eq!(v2.number, 2);
    let versions = store.versions("steel").unwrap();
    assert_eq!(
        versions.iter().map(|v| v.number).collect::<Vec<_>>(),
        [1, 2]
    );
    let articles = store.articles().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(
        (articles[0].versions, articles[0].title.as_deref()),
        (2, Some("Tariffs"))
    );
}

#[test]
fn load_returns_what_was_recorded() {
    let mut store = SqliteStore::in_memory().unwrap();
    let v = stored(put(&mut store, "Herald", "steel", V1).unwrap());
    let sv = store.load(&v).unwrap();
    let ex = Extractor::default().extract_text(V1);
    assert_eq!(sv.text, V1);
    assert_eq!(sv.sentences, ex.sentences);
    assert_eq!(sv.claims.len(), ex.claims.len());
    for (a, b) in sv.claims.iter().zip(&ex.claims) {
        assert_eq!(
            (&a.label, a.value, &a.sentence),
            (&b.label, b.value, &b.sentence)
        );
    }
}

#[test]
fn refs_resolve_and_errors_name_what_is_missing() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    put(&mut store, "Herald", "steel", V2).unwrap();
    assert_eq!(store.resolve(&r("steel")).unwrap().number, 2);
    assert_eq!(store.resolve(&r("steel@first")).unwrap().number, 1);
    assert_eq!(store.resolve(&r("steel@2")).unwrap().number, 2);
    let e = store.resolve(&r("steel@5")).unwrap_err();
    assert!(
        matches!(
            e,
            Error::MissingVersion {
                number: 5,
                count: 2,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(
        e.to_string(),
        "article \"steel\" has no version 5 (it has versions 1 to 2)"
    );
    let e = store.resolve(&r("copper")).unwrap_err();
    assert!(
        matches!(e, Error::UnknownArticle(ref a) if a == "copper"),
        "{e:?}"
    );
}

#[test]
fn an_article_keeps_its_source() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    let e = put(&mut store, "Tribune", "steel", V2).unwrap_err();
    assert_eq!(
        e.to_string(),
        "article \"steel\" belongs to source \"Herald\", not \"Tribune\""
    );
    // Nothing of the refused version was kept, not even its source.
    assert_eq!(store.versions("steel").unwrap().len(), 1);
    assert!(store.source_texts("Tribune", "x", None).unwrap().is_empty());
}

#[test]
fn source_texts_are_the_other_articles_latest_versions() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "a", V1).unwrap();
    put(&mut store, "Herald", "b", V1).unwrap();
    put(&mut store, "Herald", "b", V2).unwrap();
    put(&mut store, "Tribune", "c", V1).unwrap();
    assert_eq!(store.source_texts("Herald", "a", None).unwrap(), [V2]);
    assert_eq!(store.source_texts("Herald", "z", None).unwrap(), [V2, V1]);
}

#[test]
fn source_texts_for_a_site_leave_out_pages_fetched_from_elsewhere() {
    let mut store = SqliteStore::in_memory().unwrap();
    let extraction = Extractor::default().extract_text(V1);
    let hash = content_hash(V1);
    for (article, url) in [
        ("own", Some("https://news.herald.example/own")),
        ("file", None),
        ("spoof", Some("https://herald.attacker.example/spoof")),
    ] {
        let v = NewVersion {
            url,
            ..new_version("Herald", article, V1, &hash, &extraction)
        };
        store.record(&v, &mut history::lineage).unwrap();
    }
    let n = |site| store.source_texts("Herald", "new", site).unwrap().len();
    assert_eq!(n(None), 3);
    // The site's own pages and the ones recorded from files count; the spoof does not.
    assert_eq!(n(Some("herald.example")), 2);
    assert_eq!(n(Some("attacker.example")), 2);
}

#[test]
fn timeline_and_topics_follow_the_lineage() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    put(&mut store, "Herald", "steel", V2).unwrap();
    let topics = store.topics().unwrap();
    let tariffs = topics
        .iter()
        .find(|t| t.topic == "tariffs")
        .expect("a tariffs topic");
    assert_eq!((tariffs.articles, tariffs.sources), (1, 1));
    let q = TimelineQuery {
        topics: vec!["tariffs".into()],
        all: true,
        ..Default::default()
    };
    let tl = store.timeline(&q).unwrap();
    assert_eq!(tl.total, tl.entries.len());
    let changed: Vec<_> = tl
        .entries
        .iter()
        .filter(|e| e.status == ClaimStatus::Changed)
        .collect();
    assert_eq!(changed.len(), 1, "{:?}", tl.entries);
    assert_eq!(changed[0].claim.value, 30.0);
    assert_eq!(changed[0].previous.as_ref().map(|p| p.value), Some(25.0));
    assert_eq!(changed[0].version.number, 2);
    // Only big changes: 25 → 30 is a 20% move.
    let big = TimelineQuery {
        min_change: Some(50.0),
        ..q.clone()
    };
    assert_eq!(store.timeline(&big).unwrap().total, 0);
    let limited = TimelineQuery {
        limit: Some(1),
        ..q
    };
    let tl1 = store.timeline(&limited).unwrap();
    assert_eq!((tl1.entries.len(), tl1.total), (1, tl.total));
}

#[test]
fn search_matches_words_not_operators() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    let hits = store.search("injured", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].claim.value, 40.0);
    assert_eq!(hits[0].version.article, "steel");
    assert!(store.search("\"AND OR (", 10).unwrap().is_empty());
    assert!(store.search("copper", 10).unwrap().is_empty());
}

#[test]
fn reindex_rewrites_claims_and_reports_changes() {
    let mut store = SqliteStore::in_memory().unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    put(&mut store, "Herald", "steel", V2).unwrap();
    let ex = Extractor::default();
    let mut same = |rv: &RawVersion| -> Result<Extraction, BoxError> {
        Ok(ex.extract_text(std::str::from_utf8(&rv.raw)?))
    };
    let report = store.reindex(&mut same, &mut history::lineage).unwrap();
    assert_eq!((report.versions, report.versions_changed), (2, 0));
    assert_eq!(report.claims_before, report.claims_after);
    let mut nothing =
        |_: &RawVersion| -> Result<Extraction, BoxError> { Ok(Extraction::default()) };
    let report = store.reindex(&mut nothing, &mut history::lineage).unwrap();
    assert_eq!((report.versions_changed, report.claims_after), (2, 0));
    assert_eq!(store.resolve(&r("steel")).unwrap().claims, 0);
    let mut failing = |_: &RawVersion| -> Result<Extraction, BoxError> { Err("bad bytes".into()) };
    let e = store
        .reindex(&mut failing, &mut history::lineage)
        .unwrap_err();
    assert_eq!(
        format!("{:#}", anyhow::Error::from(e)),
        "re-extracting steel: bad bytes"
    );
}

#[test]
fn imported_versions_are_linked_later() {
    let mut store = SqliteStore::in_memory().unwrap();
    let ex = Extractor::default();
    let (e1, e2) = (ex.extract_text(V1), ex.extract_text(V2));
    let (h1, h2) = (content_hash(V1), content_hash(V2));
    let batch = [
        new_version("Herald", "steel", V1, &h1, &e1),
        new_version("Herald", "steel", V2, &h2, &e2),
        new_version("Tribune", "other", V1, &h1, &e1),
    ];
    assert_eq!(store.import_versions(&batch).unwrap(), 3);
    assert_eq!(store.versions("steel").unwrap().len(), 2);
    assert!(store.topics().unwrap().iter().any(|t| t.topic == "tariffs"));
    // No timeline before the lineage is computed; relink computes it once.
    let q = TimelineQuery {
        topics: vec!["tariffs".into()],
        ..Default::default()
    };
    assert_eq!(store.timeline(&q).unwrap().total, 0);
    assert_eq!(store.relink(&mut history::lineage).unwrap(), 3);
    assert_eq!(store.relink(&mut history::lineage).unwrap(), 0);
    assert!(store.timeline(&q).unwrap().total > 0);
}

#[test]
fn topic_terms_accumulate() {
    let mut store = SqliteStore::in_memory().unwrap();
    assert_eq!(store.topic_terms().unwrap(), "");
    store.add_topic_terms("steel: rebar").unwrap();
    store.add_topic_terms("ports: dock, pier").unwrap();
    assert_eq!(
        store.topic_terms().unwrap(),
        "steel: rebar\nports: dock, pier\n"
    );
}

#[test]
fn opening_names_what_is_wrong_with_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("none.db");
    let e = SqliteStore::open(&missing, false).err().unwrap();
    assert!(matches!(e, Error::NoDatabase(_)), "{e:?}");
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    let e = SqliteStore::open(&junk, false).err().unwrap();
    assert!(matches!(e, Error::NotADatabase(_)), "{e:?}");
    assert_eq!(
        e.to_string(),
        format!(
            "{} is not a claimdiff database (not SQLite)",
            junk.display()
        )
    );
    let newer = dir.path().join("newer.db");
    drop(SqliteStore::open(&newer, true).unwrap());
    let conn = Connection::open(&newer).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let e = SqliteStore::open(&newer, false).err().unwrap();
    assert!(matches!(e, Error::SchemaTooNew { found: 99, .. }), "{e:?}");
}

/// Claims whose `previous_id` names no claim of the version before theirs, and versions
/// without lineage: both must stay 0 whatever runs at the same time.
fn broken_lineage(conn: &Connection) -> (i64, i64) {
    let dangling = conn
        .query_row(
            "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id \
             WHERE c.previous_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM claims p \
             JOIN versions pv ON pv.id = p.version_id WHERE p.id = c.previous_id \
             AND pv.article_id = v.article_id AND pv.number = v.number - 1)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let unlinked = conn
        .query_row("SELECT count(*) FROM versions WHERE linked = 0", [], |r| {
            r.get(0)
        })
        .unwrap();
    (dangling, unlinked)
}

/// A version recorded by another connection while `reindex` extracts (the callback is the
/// deterministic hook: it runs in the window between extraction and the write) is re-extracted
/// too, and every version's lineage points at its predecessor's new claims.
#[test]
fn reindex_includes_versions_recorded_while_it_runs() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("race.db");
    let mut store = SqliteStore::open(&db, true).unwrap();
    put(&mut store, "Herald", "steel", V1).unwrap();
    put(&mut store, "Herald", "steel", V2).unwrap();
    let mut other = SqliteStore::open(&db, false).unwrap();
    let ex = Extractor::default();
    let mut calls = 0;
    let mut extract_and_race = |rv: &RawVersion| -> Result<Extraction, BoxError> {
        calls += 1;
        if calls == 1 {
            put(&mut other, "Herald", "steel", &V1.replace("25", "35")).unwrap();
        }
        Ok(ex.extract_text(std::str::from_utf8(&rv.raw)?))
    };
    let report = store
        .reindex(&mut extract_and_race, &mut history::lineage)
        .unwrap();
    assert_eq!(
        report.versions, 3,
        "the version recorded meanwhile is reindexed"
    );
    assert_eq!(broken_lineage(store.connection()), (0, 0));
    let v3_status: i64 = store
        .connection()
        .query_row(
            "SELECT c.status FROM claims c JOIN versions v ON v.id = c.version_id \
             WHERE v.number = 3 AND c.value = 35",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(columns::status::of(v3_status), ClaimStatus::Changed);
    // A reindex that empties every version empties the one recorded meanwhile too.
    let mut other = SqliteStore::open(&db, false).unwrap();
    let mut raced = false;
    let mut empty_and_race = |_: &RawVersion| -> Result<Extraction, BoxError> {
        if !std::mem::replace(&mut raced, true) {
            put(&mut other, "Herald", "steel", V2).unwrap();
        }
        Ok(Extraction::default())
    };
    let report = store
        .reindex(&mut empty_and_race, &mut history::lineage)
        .unwrap();
    assert_eq!((report.versions, report.claims_after), (4, 0));
    let n: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

/// `reindex` commits article by article in batches: a writer between two batches finds the
/// first batch's claims already rewritten (new claim ids) and no lock held; its version of an
/// article already reindexed is diffed against the new claims, its version of an article not
/// yet reindexed is re-extracted with that article, and lineage is consistent throughout.
#[test]
fn reindex_commits_in_batches_and_writers_get_in_between() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("batches.db");
    let mut store = SqliteStore::open(&db, true).unwrap();
    for article in ["a", "b", "c"] {
        put(&mut store, "Herald", article, V1).unwrap();
        put(&mut store, "Herald", article, V2).unwrap();
    }
    let max_id = |conn: &Connection, article: &str| -> i64 {
        conn.query_row(
            "SELECT max(c.id) FROM claims c JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id WHERE a.key = ?",
            [article],
            |r| r.get(0),
        )
        .unwrap()
    };
    let old_a = max_id(store.connection(), "a");
    let last_before = max_id(store.connection(), "c");
    let mut other = SqliteStore::open(&db, false).unwrap();
    let ex = Extractor::default();
    let mut seen_between: Vec<(String, bool)> = Vec::new();
    let mut extract_and_write = |rv: &RawVersion| -> Result<Extraction, BoxError> {
        if rv.article != "a" && !seen_between.iter().any(|(k, _)| *k == rv.article) {
            // Article a's batch is committed before b's extraction starts.
            let rewritten = max_id(other.connection(), "a") > last_before;
            seen_between.push((rv.article.clone(), rewritten));
            if rv.article == "b" {
                put(&mut other, "Herald", "a", &V2.replace("30", "35")).unwrap();
                put(&mut other, "Herald", "c", &V2.replace("30", "45")).unwrap();
            }
        }
        Ok(ex.extract_text(std::str::from_utf8(&rv.raw)?))
    };
    let report = lineage::reindex_in_batches(
        &mut store.conn,
        &mut extract_and_write,
        &mut history::lineage,
        2,
        1000,
    )
    .unwrap();
    assert!(old_a <= last_before);
    assert_eq!(
        seen_between,
        [("b".to_string(), true), ("c".to_string(), true)]
    );
    // a@1, a@2, b@1, b@2, c@1..c@3 (c@3 recorded before c's batch); a@3 came after a's.
    assert_eq!(report.versions, 7);
    assert_eq!(broken_lineage(store.connection()), (0, 0));
    let status = |article: &str, value: f64| -> ClaimStatus {
        let code: i64 = store
            .connection()
            .query_row(
                "SELECT c.status FROM claims c JOIN versions v ON v.id = c.version_id \
                 JOIN articles a ON a.id = v.article_id \
                 WHERE a.key = ? AND v.number = 3 AND c.value = ?",
                rusqlite::params![article, value],
                |r| r.get(0),
            )
            .unwrap();
        columns::status::of(code)
    };
    assert_eq!(status("a", 35.0), ClaimStatus::Changed);
    assert_eq!(status("c", 45.0), ClaimStatus::Changed);
}

#[test]
fn only_new_empty_or_claimdiff_files_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    let conn = Connection::open(&other).unwrap();
    conn.execute_batch("CREATE TABLE versions (x); PRAGMA user_version = 2;")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other).unwrap();
    for create in [false, true] {
        let e = SqliteStore::open(&other, create).err().unwrap();
        assert!(matches!(e, Error::NotClaimdiff { .. }), "{e:?}");
    }
    assert_eq!(std::fs::read(&other).unwrap(), before);
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let reader = SqliteStore::open(&empty, false).unwrap();
    assert!(reader.articles().unwrap().is_empty());
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "a read wrote");
    let store = SqliteStore::open(&empty, true).unwrap();
    let app: i64 = store
        .connection()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, schema::APPLICATION_ID);
    drop(store);
    // A read opens read-only: a write through it reopens the file for writing.
    let mut reader = SqliteStore::open(&empty, false).unwrap();
    assert!(!reader.writable);
    put(&mut reader, "Herald", "steel", V1).unwrap();
    assert!(reader.writable);
}

/// `record` adds each version to the topic summary instead of recounting the article: the
/// rows equal a full recount.
#[test]
fn the_topic_summary_kept_by_record_equals_a_recount() {
    let mut store = SqliteStore::in_memory().unwrap();
    for text in [V1, V2, V1, V2] {
        put(&mut store, "Herald", "steel", text).unwrap();
    }
    put(&mut store, "Herald", "other", V2).unwrap();
    let rows = |store: &SqliteStore| -> Vec<(String, i64, i64, String)> {
        let mut st = store
            .connection()
            .prepare("SELECT topic, article_id, claims, latest FROM topic_articles ORDER BY 1, 2")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let kept = rows(&store);
    assert!(kept.iter().any(|(_, _, n, _)| *n >= 4), "{kept:?}");
    let tx = store.write().unwrap();
    record::refresh_topic_summary(&tx, None).unwrap();
    tx.commit().unwrap();
    assert_eq!(rows(&store), kept);
    assert_eq!(store.resolve(&r("steel@first")).unwrap().number, 1);
    assert_eq!(store.resolve(&r("steel")).unwrap().number, 4);
    assert!(matches!(
        store.resolve(&r("steel@9")),
        Err(Error::MissingVersion { count: 4, .. })
    ));
}

/// The key version a version's text is packed against.
fn base_of(store: &SqliteStore, v: &Version) -> Option<i64> {
    store
        .connection()
        .query_row("SELECT base_id FROM versions WHERE id = ?", [v.id], |r| {
            r.get(0)
        })
        .unwrap()
}

/// Versions are packed against their article's latest key version; a text the key does not
/// help becomes the next key; removing a key re-packs the versions packed against it; every
/// text reads back whole.
#[test]
fn texts_pack_against_the_latest_key_version() {
    let mut store = SqliteStore::in_memory().unwrap();
    // Hex words share no three bytes with V1: a delta against V1 cannot be smaller.
    let hex: String = (0..300u32)
        .map(|i| format!("{:x}", i.wrapping_mul(2_654_435_761)))
        .collect::<Vec<_>>()
        .join("-");
    let hex2 = hex.replacen("-", "-0-", 5);
    let texts = [V1, V2, hex.as_str(), hex2.as_str()];
    let versions: Vec<Version> = texts
        .iter()
        .map(|t| stored(put(&mut store, "Herald", "steel", t).unwrap()))
        .collect();
    let bases: Vec<Option<i64>> = versions.iter().map(|v| base_of(&store, v)).collect();
    assert_eq!(
        bases,
        [None, Some(versions[0].id), None, Some(versions[2].id)]
    );
    for (v, t) in versions.iter().zip(texts) {
        assert_eq!(store.load(v).unwrap().text, t);
        assert_eq!(store.input(v).unwrap().raw, t.as_bytes());
    }
    store
        .remove_version(&versions[2], &mut history::lineage)
        .unwrap();
    let last = store.resolve(&r("steel@3")).unwrap();
    assert_eq!(store.load(&last).unwrap().text, hex2);
    assert_eq!(base_of(&store, &last), None);
}

/// The timeline's rows of a version, by status.
fn timeline_rows(store: &SqliteStore, version_id: i64) -> Vec<(String, i64)> {
    let mut st = store
        .connection()
        .prepare(
            "SELECT status, count(*) FROM timeline WHERE version_id = ? GROUP BY status \
             ORDER BY status",
        )
        .unwrap();
    st.query_map([version_id], |r| {
        let code: i64 = r.get(0)?;
        Ok((columns::status::of(code).as_str().to_string(), r.get(1)?))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

/// The timeline has no index by version (schema 11): removing a version still deletes its
/// rows (found on the key, topic by topic, at the version's time), and the next version's rows
/// are rewritten against the version now before it.
#[test]
fn removing_a_version_removes_its_timeline_rows() {
    let mut store = SqliteStore::in_memory().unwrap();
    let v1 = stored(put(&mut store, "Herald", "steel", V1).unwrap());
    let v2 = stored(put(&mut store, "Herald", "steel", V2).unwrap());
    let v3 = stored(put(&mut store, "Herald", "steel", V1).unwrap());
    assert!(timeline_rows(&store, v2.id)
        .iter()
        .any(|(s, _)| s == "changed"));
    assert!(timeline_rows(&store, v3.id)
        .iter()
        .any(|(s, _)| s == "changed"));
    store.remove_version(&v2, &mut history::lineage).unwrap();
    assert_eq!(timeline_rows(&store, v2.id), []);
    // V1 again after V1: nothing changed.
    let after = timeline_rows(&store, v3.id);
    assert!(
        !after.is_empty() && after.iter().all(|(s, _)| s == "unchanged"),
        "{after:?}"
    );
    assert!(!timeline_rows(&store, v1.id).is_empty());
    let orphans: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM timeline WHERE version_id NOT IN (SELECT id FROM versions)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

/// Search rows are written with the claims (no trigger since schema 11): one per quoted
/// sentence, under its first claim, and they go with the claims.
#[test]
fn each_quoted_sentence_is_indexed_once_under_its_first_claim() {
    let mut store = SqliteStore::in_memory().unwrap();
    let text = format!("{V1}\n\nImports fell 3 percent to 2 million tons, the ministry said.");
    let v = stored(put(&mut store, "Herald", "steel", &text).unwrap());
    let count = |store: &SqliteStore, sql: &str| -> i64 {
        store.connection().query_row(sql, [], |r| r.get(0)).unwrap()
    };
    let sentences = count(&store, "SELECT count(DISTINCT sentence_idx) FROM claims");
    assert!(
        count(&store, "SELECT count(*) FROM claims") > sentences,
        "a sentence with two claims"
    );
    assert_eq!(count(&store, "SELECT count(*) FROM claim_stems"), sentences);
    assert_eq!(
        count(
            &store,
            "SELECT count(*) FROM claim_stems s JOIN claims c ON c.id = s.rowid \
             WHERE NOT EXISTS (SELECT 1 FROM claims b WHERE b.version_id = c.version_id \
             AND b.sentence_idx = c.sentence_idx AND b.ord < c.ord)"
        ),
        sentences
    );
    let hits = store.search("imports", 10).unwrap();
    assert!(!hits.is_empty());
    store.remove_version(&v, &mut history::lineage).unwrap();
    assert_eq!(count(&store, "SELECT count(*) FROM claim_stems"), 0);
}

/// A version's sentence blob is packed against its key version's; rewriting the key's
/// sentences (a reindex does, key first or alone) re-packs the versions packed against it, and
/// removing the key leaves their sentences whole.
#[test]
fn sentence_blobs_pack_against_the_key_and_survive_its_rewrite_and_removal() {
    let mut store = SqliteStore::in_memory().unwrap();
    let v1 = stored(put(&mut store, "Wire", "a", V1).unwrap());
    let v2 = stored(put(&mut store, "Wire", "a", V2).unwrap());
    assert_eq!(base_of(&store, &v2), Some(v1.id));
    let spans: Vec<u8> = store
        .connection()
        .query_row("SELECT spans FROM versions WHERE id = ?", [v2.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(codec::is_delta(&spans));
    let before = store.load(&v2).unwrap();
    assert!(before
        .claims
        .iter()
        .all(|c| c.sentence.contains(&*c.surface)));
    // The key's sentences rewritten with every text kept (as if all were quoted).
    let ex = Extractor::default().extract_text(V1);
    codec::write_sentences(store.connection(), v1.id, &ex.sentences, &|_| true, "").unwrap();
    let reread = store.load(&v2).unwrap();
    assert_eq!(
        (reread.sentences, reread.claims),
        (before.sentences.clone(), before.claims.clone())
    );
    assert_eq!(store.load(&v1).unwrap().sentences, ex.sentences);
    store.remove_version(&v1, &mut history::lineage).unwrap();
    let after = store.load(&store.resolve(&r("a@1")).unwrap()).unwrap();
    assert_eq!(after.sentences, before.sentences);
    assert_eq!(after.claims, before.claims);
    assert_eq!(after.text, before.text);
}

/// A new version whose sentence blob is large (past 1 MB: it is packed as it is written, issue
/// 14) reads back as the sentences and claims recorded, and claims find their quoted texts.
#[test]
fn a_large_version_reads_back_its_sentences_and_claims() {
    use crate::model::{Sentence, TextSpan};
    let unit = format!("{V1}\n\n");
    let one = Extractor::default().extract_text(&unit);
    let n = 8000;
    let text: std::sync::Arc<str> = unit.repeat(n).into();
    let (chars, per) = (unit.chars().count(), one.sentences.len());
    let paragraphs = one.sentences.iter().map(|s| s.paragraph + 1).max().unwrap();
    let mut ex = Extraction {
        lang: one.lang,
        ..Extraction::default()
    };
    for k in 0..n {
        for s in &one.sentences {
            let r = s.text.range();
            assert_eq!(&unit[r.clone()], &*s.text);
            ex.sentences.push(Sentence {
                index: s.index + k * per,
                paragraph: s.paragraph + k * paragraphs,
                start: s.start + k * chars,
                end: s.end + k * chars,
                text: TextSpan::new(&text, r.start + k * unit.len()..r.end + k * unit.len()),
                lang: s.lang,
            });
        }
        for c in &one.claims {
            let mut c = c.clone();
            (c.sentence_index, c.start, c.end) = (
                c.sentence_index + k * per,
                c.start + k * chars,
                c.end + k * chars,
            );
            c.sentence = ex.sentences[c.sentence_index].text.clone();
            ex.claims.push(c);
        }
    }
    let mut store = SqliteStore::in_memory().unwrap();
    let hash = content_hash(&text);
    let v = new_version("Wire", "big", &text, &hash, &ex);
    let v = stored(store.record(&v, &mut history::lineage).unwrap());
    // The write ran with a small page cache; the connection has its own back.
    let cache = |s: &SqliteStore| -> i64 {
        let q = "PRAGMA cache_size";
        s.connection().query_row(q, [], |r| r.get(0)).unwrap()
    };
    assert!(text.len() >= LARGE_WRITE_FROM && cache(&store) == -2000);
    let spans: Vec<u8> = store
        .connection()
        .query_row("SELECT spans FROM versions WHERE id = ?", [v.id], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(!codec::is_delta(&spans) && spans.len() * 20 < text.len());
    let back = store.load(&v).unwrap();
    assert!(back.sentences == ex.sentences, "the sentences differ");
    assert_eq!(back.claims.len(), ex.claims.len());
    for (got, want) in back.claims.iter().zip(&ex.claims) {
        assert_eq!(
            (&*got.sentence, got.sentence_index),
            (&*want.sentence, want.sentence_index)
        );
    }
}
