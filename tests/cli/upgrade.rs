//! Stores recorded by an older extractor: read commands say so on stderr (never on stdout,
//! never writing), `record` leaves the store's extractor version as it is, and only a
//! complete `reindex` upgrades it (schema/0013_store_meta.sql, src/extract/version.rs).

use claimdiff::extract::version::EXTRACTOR_VERSION;

use crate::common::*;

/// The extractor version the store records.
fn stored_extractor(env: &Env) -> i64 {
    env.sql_count("SELECT CAST(value AS BIGINT) FROM store_meta WHERE key = 'extractor'")
}

/// Makes the store look recorded by an older claimdiff: extractor 0, and labels that the
/// current extractor would not write.
fn make_older(env: &Env) {
    env.sql(
        "UPDATE store_meta SET value = '0' WHERE key = 'extractor'; \
         UPDATE claims SET label = 'old ' || label;",
    );
}

/// The stderr lines of `run` that are notes about the extractor.
fn extractor_notes(run: &Run) -> Vec<String> {
    run.stderr
        .lines()
        .filter(|l| l.contains("were extracted by"))
        .map(str::to_string)
        .collect()
}

/// Every read command given, as `--db` arguments for `env`.
const READS: &[&[&str]] = &[
    &["claims", "flood", "--format", "json"],
    &["claims", "flood"],
    &["log", "--format", "json"],
    &["log", "flood"],
    &[
        "history",
        "--topic",
        "casualties",
        "--all",
        "--format",
        "json",
    ],
    &["search", "residents", "--format", "json"],
    &["show", "flood@1"],
    &["diff", "flood@1", "flood@2", "--format", "json"],
    &["topics", "--format", "json"],
    &["source", "list"],
];

fn recorded_flood() -> Env {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    env
}

#[test]
fn a_new_store_holds_the_current_extractor_and_reads_without_a_note() {
    let env = recorded_flood();
    assert_eq!(stored_extractor(&env), i64::from(EXTRACTOR_VERSION));
    for args in READS {
        let run = env.run_db(args).ok();
        assert_eq!(extractor_notes(&run), Vec::<String>::new(), "{args:?}");
    }
}

#[test]
fn reads_of_an_older_store_note_it_once_on_stderr_and_leave_stdout_as_it_was() {
    let env = recorded_flood();
    env.sql("UPDATE claims SET label = 'old ' || label");
    // What each read writes to stdout while the store says its claims are current.
    let before: Vec<String> = READS.iter().map(|a| env.run_db(a).ok().stdout).collect();
    env.sql("UPDATE store_meta SET value = '0' WHERE key = 'extractor'");
    let file = env.pg.is_none().then(|| std::fs::read(&env.db).unwrap());
    let expected = format!(
        "note: claims in {} were extracted by an older claimdiff (extractor 0, now \
         {EXTRACTOR_VERSION}); run `claimdiff reindex` to upgrade them",
        if env.pg.is_some() {
            env.db_label().to_string()
        } else {
            env.db().to_string()
        }
    );
    for (args, stdout) in READS.iter().zip(&before) {
        let run = env.run_db(args).ok();
        let notes = extractor_notes(&run);
        assert_eq!(notes.len(), 1, "{args:?}: {}", run.stderr);
        if env.pg.is_none() {
            assert_eq!(notes[0], expected, "{args:?}");
        } else {
            assert!(notes[0].contains("(extractor 0, now"), "{}", notes[0]);
        }
        assert_eq!(&run.stdout, stdout, "{args:?}: stdout changed");
        assert!(!run.stdout.contains("note:"), "{args:?}");
    }
    // JSON on stdout still parses whole.
    let claims = env.claims_json("flood@1");
    assert!(claims_of(&claims)[0]["label"]
        .as_str()
        .unwrap()
        .starts_with("old "));
    // The reads wrote nothing: the file is byte for byte as it was, the version still 0.
    if let Some(file) = file {
        assert!(
            std::fs::read(&env.db).unwrap() == file,
            "a read changed the file"
        );
    }
    assert_eq!(stored_extractor(&env), 0);
}

#[test]
fn record_into_an_older_store_keeps_it_older() {
    let env = recorded_flood();
    make_older(&env);
    let f3 = env.write("v3.txt", STRIKE);
    env.record(&f3, "Wire", "strike", &[]).ok();
    assert_eq!(stored_extractor(&env), 0);
    let run = env.run_db(&["log"]).ok();
    assert_eq!(extractor_notes(&run).len(), 1, "{}", run.stderr);
}

#[test]
fn reindex_upgrades_an_older_store_to_the_current_extractor() {
    let env = recorded_flood();
    let current = env.claims_json("flood@2");
    make_older(&env);
    assert_ne!(env.claims_json("flood@2"), current);
    let run = env.run_db(&["reindex"]).ok();
    assert!(
        run.stdout.contains("re-extracted 2 versions"),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stderr.trim(),
        format!("upgraded 2 versions from extractor 0 to {EXTRACTOR_VERSION}")
    );
    assert_eq!(stored_extractor(&env), i64::from(EXTRACTOR_VERSION));
    // The labels are the current extractor's again, and reads carry no note.
    assert_eq!(env.claims_json("flood@2"), current);
    for args in READS {
        let run = env.run_db(args).ok();
        assert_eq!(extractor_notes(&run), Vec::<String>::new(), "{args:?}");
    }
    // On a current store reindex works as before and says nothing more.
    let again = env.run_db(&["reindex", "--format", "json"]).ok();
    assert_eq!(again.json()["versions_changed"], 0);
    assert_eq!(again.stderr, "");
}

#[test]
fn a_store_from_a_newer_extractor_is_noted_as_newer() {
    let env = recorded_flood();
    let newer = EXTRACTOR_VERSION + 1;
    env.sql(&format!(
        "UPDATE store_meta SET value = '{newer}' WHERE key = 'extractor'"
    ));
    let run = env.run_db(&["claims", "flood", "--format", "json"]).ok();
    let notes = extractor_notes(&run);
    assert_eq!(notes.len(), 1, "{}", run.stderr);
    assert!(
        notes[0].contains(&format!("a newer claimdiff (extractor {newer}")),
        "{}",
        notes[0]
    );
    run.json();
    // reindex brings the store to what this claimdiff extracts, and says it was newer.
    let run = env.run_db(&["reindex"]).ok();
    assert!(
        run.stderr.contains("older than the store's"),
        "{}",
        run.stderr
    );
    assert_eq!(stored_extractor(&env), i64::from(EXTRACTOR_VERSION));
}

#[test]
fn the_migration_marks_a_store_with_versions_older_and_an_empty_one_current() {
    // The migration's own SQL, run again on a store that has versions and on one that has
    // none (the store's extractor version is what a new store is given).
    let with_versions = recorded_flood();
    let empty = Env::new();
    let f = empty.write("s.txt", STRIKE);
    empty.record(&f, "Wire", "strike", &[]).ok();
    empty.run_db(&["rm", "strike", "--yes"]).ok();
    for env in [&with_versions, &empty] {
        let sql = match &env.pg {
            Some(_) => format!(
                "DROP TABLE store_meta; SET claimdiff.extractor_version = '{}'; {}",
                EXTRACTOR_VERSION + 5,
                include_str!("../../schema/postgres/0006_store_meta.sql")
            ),
            None => include_str!("../../schema/0013_store_meta.sql").to_string(),
        };
        match &env.pg {
            Some(_) => env.sql(&sql),
            None => {
                let conn = rusqlite::Connection::open(&env.db).unwrap();
                let stand_in = i64::from(EXTRACTOR_VERSION + 5);
                conn.create_scalar_function(
                    "claimdiff_extractor_version",
                    0,
                    rusqlite::functions::FunctionFlags::SQLITE_UTF8,
                    move |_| Ok(stand_in),
                )
                .unwrap();
                conn.execute_batch(&format!("DROP TABLE store_meta; {sql}"))
                    .unwrap();
            }
        }
    }
    assert_eq!(stored_extractor(&with_versions), 0);
    assert_eq!(stored_extractor(&empty), i64::from(EXTRACTOR_VERSION + 5));
}

#[test]
fn a_copy_holds_the_extractor_of_the_claims_it_copied() {
    let older = recorded_flood();
    make_older(&older);
    let copy = Env::new();
    older
        .run(&["copy", "--from", older.db(), "--to", copy.db()])
        .ok();
    // The copy holds the old labels, so it is as old as the store they came from.
    assert_eq!(stored_extractor(&copy), 0);
    let run = copy.run_db(&["claims", "flood"]).ok();
    assert_eq!(extractor_notes(&run).len(), 1, "{}", run.stderr);
    copy.run_db(&["reindex"]).ok();
    assert_eq!(stored_extractor(&copy), i64::from(EXTRACTOR_VERSION));
}
