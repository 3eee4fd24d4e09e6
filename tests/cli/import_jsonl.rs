//! `import` of claimdiff's own JSONL archive (what `export` writes): the archive format every
//! line says, a round trip that keeps claims, times and sources, bad lines skipped with their
//! number and why (the rest imported), and an archive of a later format refused whole.

use serde_json::Value;

use claimdiff::extract::version::EXTRACTOR_VERSION;

use crate::common::{record_courier, Env};
use crate::import_formats::{counts, import_json};

/// An article of three versions of the desk's own writing, then the courier's three.
fn env_with_versions() -> Env {
    let env = Env::new();
    for (i, (cranes, at)) in [(12, "2026-03-02T08:00:00Z"), (14, "2026-03-02T12:00:00Z")]
        .iter()
        .enumerate()
    {
        let text = format!(
            "The harbour authority said {cranes} cranes stood idle on Tuesday. \
             About 300 dockers joined the walkout, the union said, and 41 ships waited offshore."
        );
        let file = env.write(&format!("harbour-{i}.txt"), text);
        env.record(&file, "Harbour Desk", "harbour", &["--at", at])
            .ok();
    }
    record_courier(&env);
    env
}

fn export(env: &Env, db: &str) -> String {
    env.run(&["export", "--db", db]).ok().stdout
}

/// What a round trip must keep of each line: article, source, number, times, text, claims.
fn kept(line: &Value) -> Value {
    let mut v = line.clone();
    let m = v.as_object_mut().unwrap();
    m.retain(|k, _| {
        [
            "article",
            "source",
            "version",
            "recorded_at",
            "published_at",
            "text",
            "claims",
        ]
        .contains(&k.as_str())
    });
    v
}

#[test]
fn export_says_its_archive_format_and_round_trips_claims_times_and_sources() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let lines: Vec<Value> = archive
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    for l in &lines {
        assert_eq!(l["archive_format"], 1, "{l}");
        // Written first, so a reader finds it in the line's first bytes.
        assert!(l.to_string().starts_with("{\"archive_format\":1,"));
    }
    // Detected as JSONL without --from, and stored whole into an empty database.
    let file = env.write("archive.jsonl", &archive);
    let copy = env.path("copy.db");
    let copy = copy.to_str().unwrap();
    let r = env
        .run(&[
            "import",
            file.to_str().unwrap(),
            "--db",
            copy,
            "--format",
            "json",
        ])
        .ok();
    let report = r.json();
    assert_eq!(
        counts(
            &report,
            &["read", "stored", "skipped", "skipped_lines", "articles"]
        ),
        [5, 5, 0, 0, 2]
    );
    let claims: u64 = lines
        .iter()
        .map(|l| l["claims"].as_array().unwrap().len() as u64)
        .sum();
    assert_eq!(counts(&report, &["claims"]), [claims]);
    assert_eq!(r.stderr, "");
    let again = export(&env, copy);
    assert!(again == archive, "the re-exported archive differs");
    let back: Vec<Value> = again
        .lines()
        .map(|l| kept(&serde_json::from_str(l).unwrap()))
        .collect();
    assert_eq!(back, lines.iter().map(kept).collect::<Vec<_>>());
    // The lineage was linked as record links it: the harbour's second version changed a claim.
    let h = |db: &str| {
        env.run(&["claims", "harbour@2", "--format", "json", "--db", db])
            .ok()
            .json()
    };
    assert_eq!(h(copy), h(env.db()));
    assert!(counts(&report, &["claim_changes"])[0] >= 1, "{report}");
}

#[test]
fn bad_lines_are_skipped_with_their_number_and_the_rest_imported() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let good: Vec<&str> = archive.lines().collect();
    let harbour = good
        .iter()
        .find(|l| l.contains("\"article\":\"harbour\""))
        .unwrap();
    // After the good lines (1 to 5), so that the other source's copy meets the stored article.
    let bad = [
        ("{\"article\": ".to_string(), "skipped line 6: EOF while parsing a value at column 12"),
        (
            harbour.replace("\"format\":\"text\"", "\"format\":\"pdf\""),
            "skipped line 7: format \"pdf\" is neither \"text\" nor \"html\"",
        ),
        (
            harbour.replace("\"recorded_at\":\"", "\"recorded_at\":\"x"),
            "skipped line 8: recorded_at \"x20",
        ),
        (
            harbour.replacen("\"archive_format\":1", "\"archive_format\":2", 1),
            "skipped line 9: archive_format 2 is not the one this claimdiff reads (1)",
        ),
        (
            harbour.replacen('{', "{\"checksum\":\"ab12\",", 1),
            "skipped line 10: unknown field `checksum`: written by a newer claimdiff?",
        ),
        (
            // Another outlet's copy, recorded at another time.
            harbour
                .replace("\"source\":\"Harbour Desk\"", "\"source\":\"Night Desk\"")
                .replace("\"recorded_at\":\"20", "\"recorded_at\":\"19"),
            "skipped line 11: article \"harbour\" belongs to source \"Harbour Desk\", not \"Night Desk\"",
        ),
    ];
    let mut lines: Vec<String> = good.iter().map(|l| l.to_string()).collect();
    lines.extend(bad.iter().map(|(l, _)| l.clone()));
    let file = env.write("bad.jsonl", lines.join("\n") + "\n");
    let copy = env.path("copy.db");
    let copy = copy.to_str().unwrap();
    let import = || {
        env.run(&["import", file.to_str().unwrap(), "--db", copy])
            .ok()
    };
    let r = import();
    let stderr: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(stderr.len(), bad.len(), "{}", r.stderr);
    for (line, (_, expected)) in stderr.iter().zip(&bad) {
        assert!(line.starts_with(expected), "{expected}: {line}");
    }
    assert_eq!(
        r.stdout,
        format!(
            "imported {}: 11 versions read, 5 stored, 0 already held, 6 lines skipped\n",
            file.display()
        )
    );
    // Every good line is stored as it was.
    assert!(export(&env, copy) == archive, "the good lines differ");
    // A re-run holds the good ones and names the bad ones again.
    let r = import();
    assert!(
        r.stdout
            .ends_with(": 11 versions read, 0 stored, 5 already held, 6 lines skipped\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stderr.lines().count(), bad.len(), "{}", r.stderr);
    // The same in JSON, from stdin.
    let fresh = Env::new();
    let r = fresh
        .run_stdin(
            &["import", "-", "--db", fresh.db(), "--format", "json"],
            (lines.join("\n") + "\n").as_bytes(),
        )
        .ok();
    assert_eq!(
        counts(&r.json(), &["read", "stored", "skipped", "skipped_lines"]),
        [11, 5, 0, 6]
    );
}

#[test]
fn an_archive_of_a_later_format_is_refused_before_anything_is_written() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let later = archive.replace("{\"archive_format\":1,", "{\"archive_format\":2,");
    let fresh = Env::new();
    let file = fresh.write("later.jsonl", format!("\n{later}"));
    for from in [&[][..], &["--from", "jsonl"][..]] {
        let mut args = vec!["import", file.to_str().unwrap()];
        args.extend_from_slice(from);
        let r = fresh.run_db(&args).user_error();
        assert_eq!(
            r.stderr.trim_end(),
            format!(
                "claimdiff: error: {}: line 1: archive format 2 is newer than this claimdiff reads (1): import it with a newer claimdiff",
                file.display()
            )
        );
        fresh.assert_no_db();
    }
    // From stdin the first line is read and checked before the store is opened or created.
    let r = fresh
        .run_stdin(
            &["import", "-", "--db", fresh.db()],
            format!("\n{later}").as_bytes(),
        )
        .user_error();
    assert_eq!(
        r.stderr.trim_end(),
        "claimdiff: error: -: line 1: archive format 2 is newer than this claimdiff reads (1): import it with a newer claimdiff"
    );
    fresh.assert_no_db();
}

#[test]
fn an_archive_on_stdin_is_read_whole_after_its_first_line_is_checked() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let fresh = Env::new();
    // Blank lines first: the line numbers of skipped lines still count them.
    let input = format!("\n\n{archive}not json\n");
    let r = fresh
        .run_stdin(
            &["import", "-", "--db", fresh.db(), "--format", "json"],
            input.as_bytes(),
        )
        .ok();
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        counts(&report, &["read", "stored", "skipped", "skipped_lines"]),
        [6, 5, 0, 1]
    );
    assert!(r.stderr.contains("skipped line 8: "), "{}", r.stderr);
    assert_eq!(export(&fresh, fresh.db()), archive);
}

#[test]
fn a_line_longer_than_the_input_cap_is_skipped_without_being_held() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let first = archive.lines().next().unwrap();
    let long = format!("{{\"text\":\"{}\"}}", "x".repeat(300_000));
    let file = env.write("long.jsonl", format!("{long}\n{first}\n"));
    let fresh = Env::new();
    let (report, stderr) = import_json(
        &fresh,
        &[file.to_str().unwrap(), "--max-input-size", "256K"],
    );
    assert_eq!(
        counts(&report, &["read", "stored", "skipped_lines"]),
        [2, 1, 1]
    );
    assert!(
        stderr.starts_with("skipped line 1: the line is larger than the input size limit"),
        "{stderr}"
    );
}

/// The store's extractor version (`store_meta`).
fn stored_extractor(env: &Env) -> i64 {
    env.sql_count("SELECT CAST(value AS BIGINT) FROM store_meta WHERE key = 'extractor'")
}

#[test]
fn export_says_which_extractor_wrote_the_claims_and_the_same_ones_import_unmarked() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    for l in archive.lines() {
        let l: Value = serde_json::from_str(l).unwrap();
        assert_eq!(l["extractor"], EXTRACTOR_VERSION, "{l}");
    }
    let fresh = Env::new();
    let file = fresh.write("same.jsonl", &archive);
    import_json(&fresh, &[file.to_str().unwrap()]);
    assert_eq!(stored_extractor(&fresh), i64::from(EXTRACTOR_VERSION));
    let again = fresh.run_db(&["export"]).ok();
    assert!(
        !again.stderr.contains("were extracted by"),
        "{}",
        again.stderr
    );
    assert_eq!(again.stdout, archive);
}

#[test]
fn claims_of_an_older_or_unknown_extractor_mark_the_store_until_reindex() {
    let env = env_with_versions();
    let archive = export(&env, env.db());
    let now = format!("\"extractor\":{EXTRACTOR_VERSION},");
    assert!(archive.contains(&now));
    // An archive of extractor 1, and one written before exports said the extractor (unknown:
    // the store says 0).
    let cases = [
        (archive.replace(&now, "\"extractor\":1,"), 1),
        (archive.replace(&now, ""), 0),
    ];
    for (older, marked) in cases {
        let fresh = Env::new();
        let file = fresh.write("older.jsonl", &older);
        let (report, _) = import_json(&fresh, &[file.to_str().unwrap()]);
        assert_eq!(counts(&report, &["stored"]), [5]);
        assert_eq!(stored_extractor(&fresh), marked);
        // Reads say so on stderr; the archive they export says it again.
        let read = fresh.run_db(&["export"]).ok();
        assert!(
            read.stderr.contains(&format!(
                "were extracted by an older claimdiff (extractor {marked}, now {EXTRACTOR_VERSION}); run `claimdiff reindex`"
            )),
            "{}",
            read.stderr
        );
        let lines: Vec<Value> = read
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert!(
            lines.iter().all(|l| l["extractor"] == marked),
            "{}",
            read.stdout
        );
        // Importing current claims on top does not hide the older ones.
        let current = fresh.write("current.jsonl", &archive);
        import_json(&fresh, &[current.to_str().unwrap()]);
        assert_eq!(stored_extractor(&fresh), marked);
        fresh.run_db(&["reindex"]).ok();
        assert_eq!(stored_extractor(&fresh), i64::from(EXTRACTOR_VERSION));
        let after = fresh.run_db(&["export"]).ok();
        assert!(
            !after.stderr.contains("were extracted by"),
            "{}",
            after.stderr
        );
        assert!(after.stdout.contains(&now));
    }
}
