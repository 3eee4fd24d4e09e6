//! Unit tests of the PostgreSQL store. URL handling runs everywhere; the rest needs a server:
//! with `CLAIMDIFF_TEST_PG` set (a base URL, see `scripts/pg-test-cluster.sh`) each test works
//! in a database of its own, and compares what the store answers with the SQLite store's
//! answers to the same writes. Without it they say so and pass.

use super::*;
use crate::extract::Extractor;
use crate::history;
use crate::ingest::content_hash;
use crate::store::{Imported, SqliteStore};

#[test]
fn urls_are_recognised_and_passwords_redacted() {
    assert!(is_url("postgres://u@h/db") && is_url("postgresql://h/db"));
    assert!(!is_url("claimdiff.db") && !is_url("./postgres://x"));
    for (url, shown) in [
        (
            "postgres://u:secret@h:5432/db",
            "postgres://u:***@h:5432/db",
        ),
        ("postgres://u@h/db", "postgres://u@h/db"),
        (
            "postgresql://h/db?password=secret&x=1",
            "postgresql://h/db?password=***&x=1",
        ),
        (
            "postgres://u:p%40ss@h/db?sslmode=disable",
            "postgres://u:***@h/db?sslmode=disable",
        ),
        ("postgres://u:secret@h", "postgres://u:***@h"),
    ] {
        assert_eq!(redact(url), shown);
        assert!(!redact(url).contains("secret"));
    }
}

/// A fresh database on the test server, dropped when the guard goes.
struct TestDb {
    base: String,
    name: String,
}

impl TestDb {
    /// A new empty database, or `None` (the test then passes vacuously) without a server.
    fn new(tag: &str) -> Option<TestDb> {
        let base = std::env::var("CLAIMDIFF_TEST_PG").ok()?;
        let name = format!("claimdiff_unit_{tag}_{}", std::process::id());
        let mut admin = postgres::Client::connect(&format!("{base}/postgres"), NoTls).unwrap();
        for sql in [
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            format!("CREATE DATABASE {name}"),
        ] {
            admin.batch_execute(&sql).unwrap();
        }
        Some(TestDb { base, name })
    }

    fn url(&self) -> String {
        format!("{}/{}", self.base, self.name)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = postgres::Client::connect(&format!("{}/postgres", self.base), NoTls)
        {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

fn put(
    store: &mut dyn Store,
    source: &str,
    article: &str,
    text: &str,
    at: &str,
) -> Result<Recorded> {
    let extraction = Extractor::default().extract_text(text);
    let hash = content_hash(text);
    store.record(
        &NewVersion {
            source,
            article,
            url: None,
            title: Some("Title"),
            recorded_at: at.into(),
            published_at: None,
            raw: text.as_bytes(),
            format: "text",
            encoding: None,
            text,
            content_hash: &hash,
            lang: extraction.lang.as_str(),
            extraction: &extraction,
        },
        &mut history::lineage,
    )
}

const STEEL: [&str; 3] = [
    "The tariff on steel imports rose to 25 percent on Monday, officials said.\n\n\
     At least 40 people were injured in the attack, the Health Ministry said.",
    "The tariff on steel imports rose to 30 percent on Monday, officials said.\n\n\
     At least 40 people were injured in the attack, the Health Ministry said.",
    "The tariff on steel imports rose to 30 percent on Monday, officials said.\n\n\
     The government released $40 million in emergency aid.",
];
const CAFE: &str = "El país exportó más de 300 toneladas de café en 2024, según el ministerio.";

/// The same writes into both stores; returns what each recorded.
fn fill(store: &mut dyn Store) -> Vec<String> {
    let mut out = Vec::new();
    for (i, text) in STEEL.iter().enumerate() {
        let at = format!("2025-03-0{}T10:00:00Z", i + 1);
        out.push(format!(
            "{:?}",
            put(store, "Herald", "steel", text, &at).map(|r| match r {
                Recorded::Stored(v) => format!("stored {}", v.number),
                Recorded::Unchanged(n) => format!("unchanged {n}"),
            })
        ));
        out.push(format!(
            "{:?}",
            put(store, "Herald", "steel", text, &at).is_ok()
        ));
    }
    put(store, "Diario", "cafe", CAFE, "2025-03-02T09:00:00Z").unwrap();
    let mismatch = put(store, "Other", "steel", STEEL[0], "2025-03-04T00:00:00Z").unwrap_err();
    out.push(mismatch.to_string());
    store.add_topic_terms("steel: acero, steel").unwrap();
    out
}

/// Everything the read side answers, as text to compare (ids and search order aside).
fn answers(store: &dyn Store) -> Vec<String> {
    let mut out = vec![format!("{:?}", store.articles().unwrap())];
    for a in ["steel", "cafe"] {
        for v in store.versions(a).unwrap() {
            let loaded = store.load(&v).unwrap();
            let v = Version { id: 0, ..v };
            out.push(format!(
                "{v:?} {:?} {:?} {:?}",
                loaded.text, loaded.sentences, loaded.claims
            ));
        }
    }
    let topics = store.topics().unwrap();
    out.push(format!("{topics:?}"));
    for t in &topics {
        let tl = store
            .timeline(&TimelineQuery {
                topics: vec![t.topic.clone()],
                all: true,
                ..Default::default()
            })
            .unwrap();
        for e in tl.entries {
            out.push(format!(
                "{} {} {:?} {:?} {:?}",
                t.topic, e.version.number, e.status, e.claim, e.previous
            ));
        }
    }
    out.push(store.topic_terms().unwrap());
    out.push(format!(
        "{:?}",
        store.source_texts("Herald", "other", None).unwrap()
    ));
    out
}

/// The articles and versions of the claims a search finds, sorted.
fn found(store: &dyn Store, query: &str) -> Vec<(String, u32, String)> {
    let mut hits: Vec<_> = store
        .search(query, 100)
        .unwrap()
        .into_iter()
        .map(|h| (h.version.article, h.version.number, h.claim.label))
        .collect();
    hits.sort();
    hits
}

#[test]
fn answers_as_the_sqlite_store_does() {
    let Some(db) = TestDb::new("mirror") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    let mut pg = PgStore::open(&db.url(), true).unwrap();
    let mut lite = SqliteStore::in_memory().unwrap();
    assert_eq!(fill(&mut pg), fill(&mut lite));
    assert_eq!(answers(&pg), answers(&lite));
    for q in [
        "tariff",
        "steel imports",
        "injured",
        "toneladas",
        "cafe",
        "exporto",
        "tariff; (\" *",
    ] {
        assert_eq!(found(&pg, q), found(&lite, q), "{q:?}");
    }
    assert!(
        !found(&pg, "cafe").is_empty(),
        "accents fold in Spanish text"
    );
    let reextract = |rv: &RawVersion| -> Result<Extraction, BoxError> {
        Ok(Extractor::default().extract_text(std::str::from_utf8(&rv.raw).unwrap()))
    };
    assert_eq!(
        pg.reindex(&mut { reextract }, &mut history::lineage)
            .unwrap(),
        lite.reindex(&mut { reextract }, &mut history::lineage)
            .unwrap()
    );
    assert_eq!(answers(&pg), answers(&lite));
    assert_eq!(pg.schema().unwrap(), schema::MIGRATIONS.len());
}

#[test]
fn refuses_missing_foreign_and_newer_databases() {
    let Some(db) = TestDb::new("refuse") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    let missing = PgStore::open(&db.url(), false).err().unwrap();
    assert!(matches!(missing, Error::NoDatabase(_)), "{missing}");
    let mut store = PgStore::open(&db.url(), true).unwrap();
    put(
        &mut store,
        "Herald",
        "steel",
        STEEL[0],
        "2025-03-01T10:00:00Z",
    )
    .unwrap();
    drop(store);
    let mut c = postgres::Client::connect(&db.url(), NoTls).unwrap();
    c.batch_execute("INSERT INTO claimdiff_migrations (number, name) VALUES (99, 'future')")
        .unwrap();
    let newer = PgStore::open(&db.url(), true).err().unwrap();
    assert!(
        matches!(newer, Error::SchemaTooNew { found: 99, .. }),
        "{newer}"
    );
    c.batch_execute("DROP TABLE claimdiff_migrations").unwrap();
    let foreign = PgStore::open(&db.url(), true).err().unwrap();
    assert!(matches!(foreign, Error::ForeignDatabase(_)), "{foreign}");
}

#[test]
fn concurrent_writers_number_versions_without_gaps() {
    let Some(db) = TestDb::new("race") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    PgStore::open(&db.url(), true).unwrap();
    let url = db.url();
    std::thread::scope(|s| {
        for w in 0..4 {
            let url = url.clone();
            s.spawn(move || {
                let mut store = PgStore::open(&url, true).unwrap();
                for i in 0..8 {
                    let text = format!(
                        "Writer {w} counted {} people in round {i}, officials said.",
                        i + 10
                    );
                    put(&mut store, "Wire", "shared", &text, "2025-03-01T10:00:00Z").unwrap();
                    // The same content from every writer is stored once.
                    put(
                        &mut store,
                        "Wire",
                        "same",
                        "Officials said 12 people were hurt.",
                        "2025-03-01T10:00:00Z",
                    )
                    .unwrap();
                }
            });
        }
    });
    let store = PgStore::open(&url, false).unwrap();
    let numbers: Vec<u32> = store
        .versions("shared")
        .unwrap()
        .iter()
        .map(|v| v.number)
        .collect();
    assert_eq!(numbers, (1..=32).collect::<Vec<u32>>());
    assert_eq!(store.versions("same").unwrap().len(), 1);
}

/// The SQLite store's named positions point at the columns they name in this store's lists.
#[test]
fn shared_positions_name_the_columns() {
    let Some(db) = TestDb::new("columns") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    drop(PgStore::open(&db.url(), true).unwrap());
    let mut c = postgres::Client::connect(&db.url(), NoTls).unwrap();
    let sql = format!(
        "SELECT {}, {} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id JOIN claims c ON c.version_id = v.id",
        columns::VERSION_COLS,
        columns::claim_cols("c")
    );
    let st = c.prepare(&sql).unwrap();
    let name = |i: usize| st.columns()[i].name().to_string();
    use columns::{claim, version};
    let o = version::COUNT;
    assert_eq!(st.columns().len(), o + claim::COUNT);
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
        (o + claim::START, "start_char"),
        (o + claim::END, "end_char"),
    ] {
        assert_eq!(name(i), n);
    }
}

/// A lost connection (a server restart, a network cut) fails the operation that meets it,
/// writing nothing, and the next operation connects again.
#[test]
fn a_lost_connection_fails_one_operation_and_then_reconnects() {
    let Some(db) = TestDb::new("reconnect") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    let mut store = PgStore::open(&db.url(), true).unwrap();
    put(
        &mut store,
        "Herald",
        "steel",
        STEEL[0],
        "2025-03-01T10:00:00Z",
    )
    .unwrap();
    let mut admin = postgres::Client::connect(&db.url(), NoTls).unwrap();
    let cut = |admin: &mut postgres::Client| {
        admin
            .execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid()",
                &[],
            )
            .unwrap()
    };
    cut(&mut admin);
    let lost = put(
        &mut store,
        "Herald",
        "steel",
        STEEL[1],
        "2025-03-02T10:00:00Z",
    );
    assert!(matches!(lost, Err(Error::Postgres(_))), "{lost:?}");
    assert_eq!(store.versions("steel").unwrap().len(), 1);
    let again = put(
        &mut store,
        "Herald",
        "steel",
        STEEL[1],
        "2025-03-02T10:00:00Z",
    )
    .unwrap();
    assert!(
        matches!(again, Recorded::Stored(Version { number: 2, .. })),
        "{again:?}"
    );
    cut(&mut admin);
    assert!(store.articles().is_err());
    assert_eq!(store.articles().unwrap().len(), 1);
}

/// The same housekeeping on both stores, with what each answered and exported.
fn housekeep(store: &mut dyn Store) -> Vec<String> {
    let steel2 = store
        .resolve(&VersionRef::parse("steel@2").unwrap())
        .unwrap();
    let mut out = vec![
        format!("{:?}", store.remove_version(&steel2, &mut history::lineage)),
        format!("{:?}", store.rename_article("cafe", "steel")),
        format!("{:?}", store.rename_article("nope", "x")),
        format!("{:?}", store.remove_article("nope").map(|v| v.len())),
        format!("{:?}", store.merge_source("Nope", "Herald")),
        format!("{:?}", store.merge_source("Diario", "Herald")),
        format!("{:?}", store.sources()),
    ];
    let filter = ExportFilter {
        article: Some("steel".into()),
        ..Default::default()
    };
    let mut archive = Vec::new();
    let n = store
        .export(&filter, &mut |a| {
            let v = Version {
                id: 0,
                ..a.stored.version.clone()
            };
            archive.push(format!(
                "{v:?} {:?} {:?} {:?}",
                a.stored.text, a.stored.claims, a.input
            ));
            Ok(())
        })
        .unwrap();
    out.push(format!("{n} {archive:?}"));
    out.extend(answers(store));
    out
}

#[test]
fn housekeeping_and_export_answer_as_the_sqlite_store_does() {
    let Some(db) = TestDb::new("admin") else {
        return eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    };
    let mut pg = PgStore::open(&db.url(), true).unwrap();
    let mut lite = SqliteStore::in_memory().unwrap();
    fill(&mut pg);
    fill(&mut lite);
    let (got, want) = (housekeep(&mut pg), housekeep(&mut lite));
    assert_eq!(got, want);
    assert!(want[0] == "Ok(())" && want[5] == "Ok(1)", "{want:?}");
    assert_eq!(pg.versions("steel").unwrap().len(), 2);
    // A whole-store import into PostgreSQL holds what the SQLite store holds; a second
    // import of the same versions skips them all.
    let target = TestDb::new("admin_import").unwrap();
    let mut copy = PgStore::open(&target.url(), true).unwrap();
    for round in [0, 1] {
        let mut archived = Vec::new();
        lite.export(&ExportFilter::default(), &mut |a| {
            archived.push(a.clone());
            Ok(())
        })
        .unwrap();
        let mut import = copy.import().unwrap();
        for a in &archived {
            let s = &a.stored;
            let ex = Extraction {
                lang: crate::model::Lang::parse(&a.input.lang).unwrap_or_default(),
                sentences: s.sentences.clone(),
                claims: s.claims.clone(),
            };
            let v = NewVersion {
                source: &s.version.source,
                article: &s.version.article,
                url: a.input.url.as_deref(),
                title: s.version.title.as_deref(),
                recorded_at: s.version.recorded_at.clone(),
                published_at: s.version.published_at.clone(),
                raw: &a.input.raw,
                format: &a.input.format,
                encoding: a.input.encoding.as_deref(),
                text: &s.text,
                content_hash: &s.version.content_hash,
                lang: &a.input.lang,
                extraction: &ex,
            };
            let added = import.add(&v, &mut history::lineage).unwrap();
            assert_eq!(added == Imported::Skipped, round == 1, "{added:?}");
        }
        import.commit().unwrap();
    }
    copy.add_topic_terms("steel: acero, steel").unwrap();
    // All but the source's texts, which come newest-stored first: here in archive order.
    let (mut got, mut want) = (answers(&copy), answers(&lite));
    assert_eq!(got.pop().map(|t| t.len()), want.pop().map(|t| t.len()));
    assert_eq!(got, want);
}
