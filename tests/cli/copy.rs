//! `claimdiff copy`: a store round-trips SQLite → the suite's backend (PostgreSQL with
//! `CLAIMDIFF_TEST_PG`) → SQLite with every answer and its `export` equal, an SQLite archive
//! imported into the suite's backend exports the same bytes, and the copy refuses what it must.

use crate::common::*;

/// The bundled samples, recorded as several articles and versions, with a user topic.
fn sample_store() -> Env {
    let env = Env::sqlite();
    let terms = env.write("terms.txt", "ports: dock, container ship\n");
    env.run_db(&["topics", "--import", terms.to_str().unwrap()])
        .ok();
    for (file, source, article, at) in [
        (
            "extradition/courier-v1.txt",
            "Courier",
            "courier",
            "2025-12-04T08:00:00Z",
        ),
        (
            "extradition/courier-v2.txt",
            "Courier",
            "courier",
            "2025-12-04T14:30:00Z",
        ),
        (
            "extradition/courier-v3.txt",
            "Courier",
            "courier",
            "2025-12-05T09:15:00Z",
        ),
        (
            "html/courier-v3-redesign.html",
            "Courier",
            "courier",
            "2025-12-05T10:00:00Z",
        ),
        (
            "extradition/wire.txt",
            "Wire",
            "wire",
            "2025-12-04T09:00:00Z",
        ),
        (
            "aranceles/bajio-v1.txt",
            "Bajío",
            "bajio",
            "2025-11-01T08:00:00Z",
        ),
        (
            "html/bajio-v2-latin1.html",
            "Bajío",
            "bajio",
            "2025-11-02T08:00:00Z",
        ),
    ] {
        env.record(&sample(file), source, article, &["--at", at])
            .ok();
    }
    let strike = env.write("strike.txt", STRIKE);
    env.record(&strike, "Wire", "strike", &[]).ok();
    env
}

/// Everything the store answers, command by command: the log, each article's versions, each
/// version's claims, the topics, each topic's whole timeline and a search.
fn answers(env: &Env) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut ask = |args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        out.push((all.join(" "), env.run_db(&all).ok().stdout));
    };
    let log = env.log_json();
    for (article, n) in article_counts(&log) {
        ask(&["log", &article]);
        for v in 1..=n {
            ask(&["claims", &format!("{article}@{v}")]);
        }
    }
    let topics = env.run_db(&["topics", "--format", "json"]).ok().json();
    for t in topics["topics"].as_array().expect("topics") {
        ask(&["history", "--topic", t["topic"].as_str().unwrap(), "--all"]);
    }
    ask(&["log"]);
    ask(&["topics"]);
    out
}

#[test]
fn copy_round_trips_every_answer() {
    let source = sample_store();
    let middle = Env::new();
    let back = Env::sqlite();
    let r = source
        .run(&[
            "copy",
            "--from",
            source.db(),
            "--to",
            middle.db(),
            "--batch",
            "3",
        ])
        .ok();
    assert!(
        r.stdout.starts_with("copied 4 articles, 8 versions, "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("(verified: the counts are equal)"),
        "{}",
        r.stdout
    );
    let j = source
        .run(&[
            "copy",
            "--from",
            middle.db(),
            "--to",
            back.db(),
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(j["copied"]["versions"], 8, "{j}");
    let expected = answers(&source);
    assert!(expected.len() > 15, "{expected:?}");
    for (got, label) in [(answers(&middle), "middle"), (answers(&back), "back")] {
        for ((q, want), (_, have)) in expected.iter().zip(&got) {
            assert_eq!(want, have, "{label}: {q}");
        }
        assert_eq!(got.len(), expected.len());
    }
    // The archive is the same bytes on the way there and back, in both formats.
    for format in ["jsonl", "csv"] {
        let export = |env: &Env| env.run_db(&["export", "--format", format]).ok().stdout;
        let want = export(&source);
        assert!(want.lines().count() >= 8, "{want}");
        assert!(
            export(&middle) == want,
            "middle: the {format} export differs"
        );
        assert!(export(&back) == want, "back: the {format} export differs");
    }
    assert_eq!(
        back.run_db(&["search", "toneladas", "--format", "json"])
            .ok()
            .stdout,
        source
            .run_db(&["search", "toneladas", "--format", "json"])
            .ok()
            .stdout
    );
}

#[test]
fn copy_refuses_a_target_with_articles_and_a_missing_source() {
    let source = env_with_flood();
    let target = env_with_flood();
    let before = target.snapshot();
    let r = source
        .run(&["copy", "--from", source.db(), "--to", target.db()])
        .user_error();
    assert!(r.stderr.contains("already holds articles"), "{}", r.stderr);
    assert_eq!(target.snapshot(), before);

    let missing = Env::sqlite();
    let fresh = Env::new();
    let r = source
        .run(&["copy", "--from", missing.db(), "--to", fresh.db()])
        .user_error();
    assert!(r.stderr.contains("no claimdiff database"), "{}", r.stderr);
    missing.assert_no_db();
    fresh.assert_no_db();

    let r = source
        .run(&["copy", "--from", source.db(), "--to", source.db()])
        .user_error();
    assert!(r.stderr.contains("the same store"), "{}", r.stderr);
}

/// An SQLite store's archive imported into the suite's backend (PostgreSQL with
/// `CLAIMDIFF_TEST_PG`) exports the same bytes, and importing it again stores nothing.
#[test]
fn an_sqlite_archive_imports_into_the_suite_backend_and_exports_the_same_bytes() {
    let source = sample_store();
    let archive = source.run_db(&["export"]).ok().stdout;
    let file = source.write("archive.jsonl", &archive);
    let file = file.to_str().unwrap();
    let target = Env::new();
    let r = target.run_db(&["import", file]).ok();
    assert_eq!(
        r.stdout,
        format!("imported {file}: 8 versions read, 8 stored, 0 already held\n")
    );
    assert!(
        target.run_db(&["export"]).ok().stdout == archive,
        "the re-exported archive differs"
    );
    let csv = |env: &Env| env.run_db(&["export", "--format", "csv"]).ok().stdout;
    assert_eq!(csv(&target), csv(&source));
    let r = target.run_db(&["import", file]).ok();
    assert_eq!(
        r.stdout,
        format!("imported {file}: 8 versions read, 0 stored, 8 already held\n")
    );
    // Version ids follow the archive's order, so compare what does not show them.
    for query in [["log", "--format", "json"], ["topics", "--format", "json"]] {
        assert_eq!(
            target.run_db(&query).ok().stdout,
            source.run_db(&query).ok().stdout,
            "{query:?}"
        );
    }
}
