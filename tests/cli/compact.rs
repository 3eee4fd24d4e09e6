//! Compact storage (schema 7): texts packed, inputs kept only when they differ from the text,
//! and a database in the layout before it (schema 6, written here with main's migration files
//! and plain SQL) migrated in place with the same `claims`, `diff`, `search`, `show` and
//! `export` output. Every test works on an SQLite workspace, whatever the suite's backend.

use claimdiff::extract::version::EXTRACTOR_VERSION;

use crate::common::*;

/// Main's migrations before compact storage, as the files were.
const OLD_SCHEMA: [&str; 6] = [
    include_str!("../../schema/0001_init.sql"),
    include_str!("../../schema/0002_search.sql"),
    include_str!("../../schema/0003_topic_summary.sql"),
    include_str!("../../schema/0004_lineage.sql"),
    include_str!("../../schema/0005_stemmed_search.sql"),
    include_str!("../../schema/0006_harden.sql"),
];

const PAGE: &str = "<html><head><title>Port strike</title></head><body><article>\
    <p>Dock workers began a 48-hour strike at the port on Monday, halting the loading of 60 \
    container ships, the union said.</p><p>The port handles about 30% of the country's \
    imports.</p></article></body></html>";

/// A store with a three-version text article (the second's input with a byte-order mark, which
/// normalisation drops) and an HTML article.
fn recorded() -> Env {
    let env = Env::sqlite();
    let v1 = env.write("v1.txt", FLOOD_V1);
    let v2 = env.write("v2.txt", format!("\u{feff}{FLOOD_V2}"));
    let v3 = env.write("v3.txt", FLOOD_V2.replace("3,100", "3,400"));
    let page = env.write("page.html", PAGE);
    for f in [&v1, &v2, &v3] {
        env.record(f, "Wire", "flood", &[]).ok();
    }
    env.record(&page, "Port News", "strike", &[]).ok();
    env
}

/// What the read commands say about the store, for comparing two stores.
fn outputs(env: &Env) -> Vec<String> {
    let mut out = Vec::new();
    for args in [
        &["claims", "flood@2", "--format", "json"][..],
        &["claims", "strike", "--format", "json"],
        &["diff", "flood@1", "flood@3", "--format", "json"],
        &["search", "residents", "--format", "json"],
        &["search", "ships", "--format", "json"],
        &["show", "flood@2", "--raw"],
        &["show", "flood@3"],
        &["show", "strike", "--raw"],
        &["show", "strike"],
        &["export"],
    ] {
        out.push(env.run_db(args).ok().stdout);
    }
    out
}

/// Schema 14's codes of qualifiers and statuses, back to schema 6's names.
const QUALIFIER: &str = "CASE qualifier WHEN 1 THEN 'approx' WHEN 2 THEN 'more_than' \
    WHEN 3 THEN 'at_least' WHEN 4 THEN 'less_than' WHEN 5 THEN 'at_most' ELSE 'exact' END";
const STATUS: &str =
    "CASE status WHEN 0 THEN 'new' WHEN 1 THEN 'changed' WHEN 2 THEN 'unchanged' END";
const TL_STATUS: &str = "CASE t.status WHEN 0 THEN 'new' WHEN 1 THEN 'changed' \
    WHEN 2 THEN 'unchanged' ELSE 'removed' END";

/// Rewrites `env`'s store into a new file in the layout of schema 6 (the rows as main's
/// claimdiff wrote them: texts, inputs and every sentence's text in the clear).
fn old_layout(env: &Env) -> Env {
    let old = Env::sqlite();
    let conn = rusqlite::Connection::open(&old.db).unwrap();
    // Schema 5 fills its index through this function; schema 7 rebuilds the index with the
    // real one, so a stand-in does here.
    conn.create_scalar_function(
        "claimdiff_stems",
        1,
        rusqlite::functions::FunctionFlags::SQLITE_UTF8,
        |ctx| Ok(ctx.get::<String>(0)?.to_lowercase()),
    )
    .unwrap();
    for (i, sql) in OLD_SCHEMA.iter().enumerate() {
        conn.execute_batch(sql).unwrap();
        conn.pragma_update(None, "user_version", i as i64 + 1)
            .unwrap();
    }
    conn.execute("ATTACH ? AS new", [env.db()]).unwrap();
    conn.execute_batch(
        "INSERT INTO sources SELECT * FROM new.sources;
         INSERT INTO articles SELECT * FROM new.articles;
         CREATE TEMP TABLE texts (id INTEGER PRIMARY KEY, raw BLOB, text TEXT);",
    )
    .unwrap();
    let versions: Vec<(i64, String)> = conn
        .prepare(
            "SELECT v.id, a.key || '@' || v.number FROM new.versions v \
             JOIN new.articles a ON a.id = v.article_id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let ids: BTreeMap<String, i64> = versions.iter().map(|(id, r)| (r.clone(), *id)).collect();
    for (id, r) in versions {
        let raw = env
            .command(&["show", &r, "--raw", "--db", env.db()])
            .output()
            .unwrap();
        let shown = env.run_db(&["show", &r, "--format", "json"]).ok().json();
        let text = shown["text"].as_str().expect("show's JSON has the text");
        conn.execute(
            "INSERT INTO temp.texts VALUES (?, ?, ?)",
            rusqlite::params![id, raw.stdout, text],
        )
        .unwrap();
    }
    conn.execute_batch(
        "INSERT INTO versions (id, article_id, number, recorded_at, published_at, at,
             content_hash, raw, format, encoding, text, lang, title, linked)
         SELECT v.id, v.article_id, v.number, v.recorded_at, v.published_at, v.at,
             lower(hex(v.content_hash)), t.raw, v.format, v.encoding, t.text, v.lang, v.title,
             v.linked
         FROM new.versions v JOIN temp.texts t ON t.id = v.id;",
    )
    .unwrap();
    // Every sentence with its text, as the export has them.
    for line in env.run_db(&["export"]).ok().stdout.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        let r = format!("{}@{}", v["article"].as_str().unwrap(), v["version"]);
        let id = ids[&r];
        for s in v["sentences"].as_array().unwrap() {
            conn.execute(
                "INSERT INTO sentences (version_id, idx, paragraph, start, end, lang, text) \
                 VALUES (?, ?, ?, ?, ?, ?, ?)",
                rusqlite::params![
                    id,
                    s["index"].as_i64(),
                    s["paragraph"].as_i64(),
                    s["start"].as_i64(),
                    s["end"].as_i64(),
                    s["lang"].as_str(),
                    s["text"].as_str()
                ],
            )
            .unwrap();
        }
    }
    conn.execute_batch(&format!(
        "INSERT INTO claims (id, version_id, ord, sentence_idx, label, value, value_max,
             qualifier, unit, subject, subject_key, attribution, surface, start, end, status,
             previous_id)
         SELECT id, version_id, ord, sentence_idx,
             CASE WHEN label_subject THEN label || ' ' || subject ELSE label END,
             value, value_max, {QUALIFIER}, unit, subject, subject_key, attribution, surface,
             start, end, {STATUS}, previous_id
         FROM (SELECT c.*, s.text AS subject, k.text AS subject_key, t.text AS attribution
             FROM new.claims c JOIN new.claim_strings s ON s.id = c.subject_id
             JOIN new.claim_strings k ON k.id = c.key_id
             LEFT JOIN new.claim_strings t ON t.id = c.attribution_id);
         INSERT INTO claim_topics (topic, claim_id)
         SELECT p.name, t.claim_id FROM new.claim_topics t JOIN new.topics p ON p.id = t.topic_id;
         INSERT INTO claim_fts (rowid, sentence, subject)
         SELECT c.id, s.text, c.subject FROM claims c
         JOIN sentences s ON s.version_id = c.version_id AND s.idx = c.sentence_idx;
         INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id, change_pct)
         SELECT p.name, v.at, t.version_id, t.claim_id, {TL_STATUS}, t.source_id, t.change_pct
         FROM new.timeline t JOIN new.topics p ON p.id = t.topic_id
         JOIN new.versions v ON v.id = t.version_id;
         INSERT INTO topic_articles SELECT * FROM new.topic_articles;"
    ))
    .unwrap();
    old
}

#[test]
fn a_store_in_the_old_layout_migrates_in_place_and_reads_the_same() {
    let env = recorded();
    let expected = outputs(&env);
    let old = old_layout(&env);
    assert_eq!(old.schema_version(), 6);
    assert_eq!(
        old.sql_count("SELECT count(*) FROM versions WHERE raw = CAST(text AS BLOB)"),
        2
    );
    // A store from before claimdiff kept its extractor version holds claims of an unknown
    // one (0): its export says so; the rest reads the same.
    let unknown = outputs(&old)
        .into_iter()
        .map(|o| {
            o.replace(
                "\"extractor\":0,",
                &format!("\"extractor\":{EXTRACTOR_VERSION},"),
            )
        })
        .collect::<Vec<_>>();
    assert_eq!(unknown, expected);
    // The first read migrated the file: texts packed, the old columns and tables gone.
    assert_eq!(old.schema_version(), env.schema_version());
    assert_eq!(
        old.sql_count(
            "SELECT count(*) FROM pragma_table_info('versions') WHERE name IN ('raw', 'text')"
        ),
        0
    );
    assert_eq!(
        old.sql_count("SELECT count(*) FROM sqlite_master WHERE name = 'claim_fts'"),
        0
    );
    // Schema 11: the timeline keeps only its key, and the store writes the search rows.
    assert_eq!(
        old.sql_count(
            "SELECT count(*) FROM sqlite_master WHERE name IN \
             ('timeline_version', 'timeline_source', 'claim_stems_insert')"
        ),
        0
    );
    assert!(old.sql_count("SELECT count(*) FROM timeline") > 0);
    // Schema 14: sentence texts in the versions' blobs, topics by id, labels without the
    // subject they end with, qualifier and status codes.
    assert_eq!(
        old.sql_count("SELECT count(*) FROM sqlite_master WHERE name = 'sentences'"),
        0
    );
    assert_eq!(
        old.sql_count(
            "SELECT count(*) FROM timeline t JOIN topics p ON p.id = t.topic_id \
             WHERE t.status BETWEEN 0 AND 3"
        ),
        old.sql_count("SELECT count(*) FROM timeline")
    );
    assert!(old.sql_count("SELECT count(*) FROM claims WHERE label_subject = 1") > 0);
    assert_eq!(
        old.sql_count("SELECT count(*) FROM versions WHERE typeof(content_hash) <> 'blob'"),
        0
    );
    assert_eq!(
        old.sql_count("SELECT count(*) FROM claims WHERE typeof(qualifier) <> 'integer'"),
        0
    );
    // Schema 15: no index of claims by version; each version row holds its claims' first and
    // last id.
    let ranges_hold = "SELECT count(*) FROM versions v \
        WHERE v.claims_first IS NOT (SELECT min(id) FROM claims c WHERE c.version_id = v.id) \
        OR v.claims_last IS NOT (SELECT max(id) FROM claims c WHERE c.version_id = v.id)";
    assert_eq!(
        old.sql_count("SELECT count(*) FROM sqlite_master WHERE name = 'claims_version'"),
        0
    );
    assert_eq!(old.sql_count(ranges_hold), 0);
    assert_eq!(
        old.sql_count("SELECT count(*) FROM versions WHERE claims_first IS NOT NULL"),
        4
    );
    // ... and the texts claims repeat (subjects, keys, attributions) once each.
    assert_eq!(
        old.sql_count("SELECT count(*) FROM claim_strings"),
        old.sql_count("SELECT count(DISTINCT text) FROM claim_strings")
    );
    // (the flood versions repeat their claims' subjects: one row each)
    assert!(
        old.sql_count("SELECT count(DISTINCT subject_id) FROM claims")
            < old.sql_count("SELECT count(*) FROM claims")
    );
    // The two later flood versions are deltas against the first; only the marked and HTML inputs
    // are kept beside their texts.
    assert_eq!(
        old.sql_count("SELECT count(*) FROM versions WHERE base_id IS NOT NULL"),
        2
    );
    assert_eq!(
        old.sql_count("SELECT count(*) FROM versions WHERE input IS NOT NULL"),
        2
    );
    // Records and searches go on as before.
    let v4 = old.write("v4.txt", FLOOD_V2.replace("3,100", "3,900"));
    old.record(&v4, "Wire", "flood", &[]).ok();
    let hits = old
        .run_db(&["search", "residents", "--format", "json"])
        .ok()
        .json();
    assert_eq!(hits["results"].as_array().map(Vec::len), Some(4), "{hits}");
    assert_eq!(old.sql_count(ranges_hold), 0);
    // Removing a version deletes its claims, found by their range.
    let claims = old.sql_count("SELECT count(*) FROM claims");
    let on_v4 = old.sql_count(
        "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id \
         JOIN articles a ON a.id = v.article_id WHERE a.key = 'flood' AND v.number = 4",
    );
    assert!(on_v4 > 0);
    old.run_db(&["rm", "flood@4", "--yes"]).ok();
    assert_eq!(old.sql_count("SELECT count(*) FROM claims"), claims - on_v4);
    assert_eq!(old.sql_count(ranges_hold), 0);
}

#[test]
fn the_store_keeps_inputs_only_where_they_differ_and_each_sentence_once() {
    let env = recorded();
    assert_eq!(
        env.sql_count("SELECT count(*) FROM versions WHERE input IS NULL"),
        2
    );
    assert_eq!(
        env.sql_count("SELECT count(*) FROM versions WHERE base_id IS NOT NULL"),
        2
    );
    // Sentences with claims keep their text, in their version's sentence blob (schema 14: no
    // sentences table); the others are read from the version's text.
    assert_eq!(
        env.sql_count("SELECT count(*) FROM sqlite_master WHERE name = 'sentences'"),
        0
    );
    for r in ["flood@1", "flood@2", "flood@3", "strike"] {
        let claims = env.run_db(&["claims", r, "--format", "json"]).ok().json();
        let claims = claims["claims"].as_array().expect("claims");
        assert!(!claims.is_empty(), "{r}");
        for c in claims {
            let (sentence, surface) = (c["sentence"].as_str(), c["surface"].as_str());
            assert!(
                sentence.zip(surface).is_some_and(|(s, f)| s.contains(f)),
                "{r}: {c}"
            );
        }
    }
    let page = env.run_db(&["show", "strike", "--raw"]).ok().stdout;
    assert_eq!(page, PAGE);
    let marked = env.run_db(&["show", "flood@2", "--raw"]).ok().stdout;
    assert_eq!(marked, format!("\u{feff}{FLOOD_V2}"));
}

/// The texts of versions, as `show` gives them.
fn texts(env: &Env, refs: &[&str]) -> Vec<Value> {
    refs.iter()
        .map(|r| env.run_db(&["show", r, "--format", "json"]).ok().json()["text"].clone())
        .collect()
}

#[test]
fn removing_the_version_others_are_packed_against_keeps_their_texts() {
    let env = recorded();
    let before = texts(&env, &["flood@2", "flood@3"]);
    env.run_db(&["rm", "flood@1", "--yes"]).ok();
    let after = texts(&env, &["flood@1", "flood@2"]);
    assert_eq!(after, before);
    let sentences = env
        .run_db(&["claims", "flood@2", "--format", "json"])
        .ok()
        .json();
    assert!(
        sentences.to_string().contains("3,400 residents"),
        "{sentences}"
    );
}
