//! `topics`, `history` and `search` on the bundled samples.

use crate::common::*;

#[test]
fn topics_and_history_on_the_courier_samples() {
    let env = Env::new();
    record_courier(&env);

    let text = env.run_db(&["topics"]).ok().stdout;
    assert!(
        text.lines()
            .any(|l| l.split_whitespace().next() == Some("tariffs")),
        "{text}"
    );
    let j = env.run_db(&["topics", "--format", "json"]).ok().json();
    let tariffs = j["topics"]
        .as_array()
        .expect("topics")
        .iter()
        .find(|t| t["topic"] == "tariffs")
        .unwrap_or_else(|| panic!("no tariffs: {j}"));
    assert!(tariffs["claims"].as_u64().unwrap() >= 3, "{tariffs}");

    let h = env
        .run_db(&["history", "--topic", "tariffs", "--format", "json"])
        .ok()
        .json();
    assert_eq!(h["topic"], "tariffs");
    let entries = h["entries"].as_array().expect("entries");
    assert!(!entries.is_empty(), "{h}");
    let mut last_at = String::new();
    for e in entries {
        assert_eq!(e["article"], "courier");
        assert_eq!(e["source"], "The Gulf Courier");
        assert_claim_fields(&e["claim"]);
        assert!(e["claim"]["topics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t == "tariffs"));
        let at = e["at"].as_str().unwrap().to_string();
        assert!(at >= last_at, "not oldest first: {h}");
        last_at = at;
        if e["version"] == 1 {
            assert_eq!(e["status"], "new", "{e}");
        }
    }
    let v1 = entries.iter().filter(|e| e["version"] == 1).count();
    assert!(v1 >= 1, "{h}");
    assert_eq!(
        entries[0]["at"], "2025-12-04T08:00:00Z",
        "first entry at version 1's time"
    );
    let changed: Vec<&Value> = entries
        .iter()
        .filter(|e| e["status"] == "changed")
        .collect();
    assert_eq!(changed.len(), 1, "{h}");
    let c = changed[0];
    assert_eq!(c["version"], 3);
    assert_eq!(c["at"], "2025-12-05T09:15:00Z");
    assert_eq!(c["previous"]["value"], 30.0);
    assert_eq!(c["claim"]["value"], 25.0);
    assert_eq!(c["claim"]["unit"], "percent");
    assert!(entries.iter().all(|e| e["status"] != "removed"), "{h}");

    let text = env.run_db(&["history", "--topic", "tariffs"]).ok().stdout;
    assert!(text.contains("courier@3"), "{text}");
    assert!(text.contains("30% → 25%"), "{text}");
}

/// Records every bundled sample as `samples/demo.sh` does: three versions of the Courier's
/// story, the Wire's story, and two versions of the Bajío's Spanish one.
fn record_demo(env: &Env) {
    let courier = "courier-sheinbaum-trump";
    for (file, source, article, at) in [
        (
            "extradition/courier-v1.txt",
            "The Gulf Courier",
            courier,
            "2025-12-04T08:00:00Z",
        ),
        (
            "extradition/wire.txt",
            "Northern Wire",
            "wire-sheinbaum-trump",
            "2025-12-04T11:00:00Z",
        ),
        (
            "extradition/courier-v2.txt",
            "The Gulf Courier",
            courier,
            "2025-12-04T14:30:00Z",
        ),
        (
            "extradition/courier-v3.txt",
            "The Gulf Courier",
            courier,
            "2025-12-05T09:15:00Z",
        ),
        (
            "aranceles/bajio-v1.txt",
            "Diario del Bajío",
            "bajio-aranceles",
            "2025-12-04T10:00:00Z",
        ),
        (
            "aranceles/bajio-v2.txt",
            "Diario del Bajío",
            "bajio-aranceles",
            "2025-12-05T07:45:00Z",
        ),
    ] {
        env.record(&sample(file), source, article, &["--at", at])
            .ok();
    }
}

/// A history as "at article@version status previous→value qualifier unit" lines (from CSV).
fn timeline_lines(env: &Env, extra: &[&str]) -> Vec<String> {
    let mut args = vec!["history", "--format", "csv"];
    args.extend_from_slice(extra);
    let out = env.run_db(&args).ok().stdout;
    csv::Reader::from_reader(out.as_bytes())
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            let f: Vec<&str> = r.iter().collect();
            let prev = if f[9].is_empty() {
                String::new()
            } else {
                format!("{}→", f[9])
            };
            format!(
                "{} {}@{} {} {prev}{} {} {}",
                f[0], f[2], f[3], f[4], f[6], f[7], f[8]
            )
            .trim_end()
            .to_string()
        })
        .collect()
}

#[test]
fn history_of_the_demo_samples_is_exactly_this_timeline() {
    let env = Env::new();
    record_demo(&env);
    // Tariffs across three outlets and two languages, oldest first; the Courier's second
    // version changes no tariff figure, so it has no entry.
    let expected = [
        "2025-12-04T08:00:00Z courier-sheinbaum-trump@1 new 30 exact percent",
        "2025-12-04T08:00:00Z courier-sheinbaum-trump@1 new 25 exact percent",
        "2025-12-04T08:00:00Z courier-sheinbaum-trump@1 new 50 exact percent",
        "2025-12-04T10:00:00Z bajio-aranceles@1 new 25 exact percent",
        "2025-12-04T10:00:00Z bajio-aranceles@1 new 25 exact percent",
        "2025-12-04T10:00:00Z bajio-aranceles@1 new 50 exact percent",
        "2025-12-04T10:00:00Z bajio-aranceles@1 new 8500 approx",
        "2025-12-04T11:00:00Z wire-sheinbaum-trump@1 new 25 exact percent",
        "2025-12-04T11:00:00Z wire-sheinbaum-trump@1 new 25 exact percent",
        "2025-12-04T11:00:00Z wire-sheinbaum-trump@1 new 25 exact percent",
        "2025-12-05T07:45:00Z bajio-aranceles@2 changed 8500→9200 approx",
        "2025-12-05T09:15:00Z courier-sheinbaum-trump@3 changed 30→25 exact percent",
    ];
    for topic in ["tariffs", "Tariff", "aranceles", "ARANCEL"] {
        assert_eq!(
            timeline_lines(&env, &["--topic", topic]),
            expected,
            "{topic}"
        );
    }
    // Only changes of at least 10%: 8,500 → 9,200 is 8.2%, 30% → 25% is 16.7%.
    assert_eq!(
        timeline_lines(&env, &["--topic", "tariffs", "--min-change", "10"]),
        ["2025-12-05T09:15:00Z courier-sheinbaum-trump@3 changed 30→25 exact percent"]
    );
    assert_eq!(
        timeline_lines(
            &env,
            &["--topic", "tariffs", "--source", "Diario del Bajío"]
        ),
        expected[3..7]
            .iter()
            .chain(&expected[10..11])
            .copied()
            .collect::<Vec<_>>()
    );
    assert_eq!(
        timeline_lines(
            &env,
            &["--topic", "tariffs", "--article", "wire-sheinbaum-trump"]
        ),
        expected[7..10]
    );
    assert_eq!(
        timeline_lines(
            &env,
            &[
                "--topic",
                "tariffs",
                "--since",
                "2025-12-04T10:30:00Z",
                "--until",
                "2025-12-05T08:00:00Z"
            ]
        ),
        expected[7..11]
    );
    // A bare --until date includes that whole day.
    assert_eq!(
        timeline_lines(&env, &["--topic", "tariffs", "--until", "2025-12-04"]),
        expected[..10]
    );
    assert_eq!(
        timeline_lines(&env, &["--topic", "tariffs", "--since", "2025-12-05"]),
        expected[10..]
    );
    // The text view flags the Wire's 25% steel duty against the Courier's 50% the same day.
    let text = env.run_db(&["history", "--topic", "tariffs"]).ok().stdout;
    assert!(text.contains("conflict"), "{text}");
}

/// The `--all` timeline of tariffs on the courier samples, as JSON entries.
fn tariff_timeline(env: &Env, extra: &[&str]) -> Value {
    let mut args = vec!["history", "--topic", "tariffs", "--all", "--format", "json"];
    args.extend_from_slice(extra);
    env.run_db(&args).ok().json()
}

#[test]
fn history_statuses_are_stored_and_rebuilt_by_reindex_and_backfill() {
    let env = Env::new();
    record_courier(&env);
    let full = tariff_timeline(&env, &[]);
    let entries = full["entries"].as_array().expect("entries").clone();
    assert!(entries.len() >= 4, "{full}");
    assert_eq!(full["total"].as_u64(), Some(entries.len() as u64));
    // --all shows the unchanged runs the default view collapses.
    let unchanged = entries
        .iter()
        .filter(|e| e["status"] == "unchanged")
        .count();
    assert!(unchanged >= 1, "{full}");
    for e in entries.iter().filter(|e| e["status"] == "unchanged") {
        assert_eq!(e["previous"]["value"], e["claim"]["value"], "{e}");
    }
    let default = env
        .run_db(&["history", "--topic", "tariffs", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        default["entries"].as_array().unwrap().len(),
        entries.len() - unchanged,
        "{default}"
    );

    // --limit keeps the latest entries, still oldest first, and says how many there are.
    let last2 = tariff_timeline(&env, &["--limit", "2"]);
    assert_eq!(last2["total"], full["total"]);
    assert_eq!(
        last2["entries"].as_array().unwrap()[..],
        entries[entries.len() - 2..]
    );
    let text = env
        .run_db(&["history", "--topic", "tariffs", "--all", "--limit", "2"])
        .ok()
        .stdout;
    assert!(
        text.contains(&format!("{} entries", entries.len())),
        "{text}"
    );
    assert!(text.contains("showing the latest 2"), "{text}");

    // reindex rewrites every claim (new ids) and recomputes the lineage.
    env.run_db(&["reindex"]).ok();
    assert_eq!(tariff_timeline(&env, &[]), full);

    // A database whose versions were stored without lineage (as by an older claimdiff) gets
    // it on the first history run.
    env.sql(
        "UPDATE claims SET status = NULL, previous_id = NULL; \
         UPDATE versions SET linked = false; DELETE FROM timeline;",
    );
    let first = env
        .run_db(&["history", "--topic", "tariffs", "--all", "--format", "json"])
        .ok();
    assert!(
        first.stderr.contains("stored claim lineage for 3 versions"),
        "{}",
        first.stderr
    );
    assert_eq!(first.json(), full);
    // Only once: the next run has nothing left to link.
    let again = env.run_db(&["history", "--topic", "tariffs"]).ok();
    assert!(again.stderr.is_empty(), "{}", again.stderr);
}

#[test]
fn history_text_caps_conflicts_and_lines_up_its_columns() {
    let env = Env::new();
    for (i, (source, pct)) in [
        ("Courier", 25),
        ("Wire", 30),
        ("Daily Ledger", 35),
        ("Herald", 40),
        ("The Morning Post", 45),
    ]
    .iter()
    .enumerate()
    {
        let f = env.write(
            &format!("s{i}.txt"),
            format!(
                "Washington imposed a {pct}% tariff on imported steel, the trade office said.\n"
            ),
        );
        env.record(
            &f,
            source,
            &format!("steel-{i}"),
            &["--at", "2025-12-04T10:00:00Z"],
        )
        .ok();
    }
    let text = env.run_db(&["history", "--topic", "tariffs"]).ok().stdout;
    let entries: Vec<&str> = text.lines().filter(|l| l.starts_with("2025-")).collect();
    assert_eq!(entries.len(), 5, "{text}");
    // The status column starts at the same place on every line.
    let col: Vec<Option<usize>> = entries.iter().map(|l| l.find(" new ")).collect();
    assert!(col.iter().all(|c| c.is_some() && *c == col[0]), "{text}");
    // Each entry conflicts with four others: three are listed, the rest counted.
    let listed = text.lines().filter(|l| l.contains("conflict:")).count();
    assert_eq!(listed, 15, "{text}");
    assert_eq!(
        text.matches("and 1 more conflicting figures").count(),
        5,
        "{text}"
    );
    let j = env
        .run_db(&["history", "--topic", "tariffs", "--format", "json"])
        .ok()
        .json();
    for e in j["entries"].as_array().unwrap() {
        assert_eq!(e["conflicts"].as_array().map(Vec::len), Some(4), "{e}");
    }
}

#[test]
fn history_unknown_topic_suggests_topics() {
    let env = Env::new();
    record_courier(&env);
    let r = env.run_db(&["history", "--topic", "zzzz"]).ok();
    assert!(r.stdout.contains("no claims match"), "{}", r.stdout);
    assert!(r.stdout.contains("zzzz"), "{}", r.stdout);
    // suggests some known topics
    let known = env.run_db(&["topics", "--format", "json"]).ok().json();
    let names: Vec<&str> = known["topics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["topic"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().any(|n| r.stdout.contains(n)) || r.stdout.contains("topics"),
        "{}",
        r.stdout
    );
    let j = env
        .run_db(&["history", "--topic", "zzzz", "--format", "json"])
        .ok()
        .json();
    assert_eq!(j["entries"].as_array().map(Vec::len), Some(0), "{j}");
}

#[test]
fn history_bad_dates_fail_cleanly() {
    let env = Env::new();
    record_courier(&env);
    let before = env.snapshot();
    for (flag, v) in [
        ("--since", "notadate"),
        ("--since", "2025-12-32"),
        ("--until", "2025-13-01"),
        ("--until", "tomorrow"),
    ] {
        let r = env
            .run_db(&["history", "--topic", "tariffs", flag, v])
            .user_error();
        assert!(r.stderr.contains(flag), "{}", r.stderr);
    }
    assert_eq!(env.snapshot(), before);
}

#[test]

fn history_since_keeps_comparing_with_versions_before_the_window() {
    let env = Env::new();
    record_courier(&env);
    let h = env
        .run_db(&[
            "history",
            "--topic",
            "tariffs",
            "--since",
            "2025-12-05",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let entries = h["entries"].as_array().expect("entries");
    assert!(entries.iter().all(|e| e["version"] == 3), "{h}");
    let c = entries
        .iter()
        .find(|e| e["claim"]["value"] == 25.0 && e["claim"]["subject"] == "tariff on Mexican goods")
        .unwrap_or_else(|| panic!("no 25% tariff entry: {h}"));
    assert_eq!(c["status"], "changed", "{c}");
    assert_eq!(c["previous"]["value"], 30.0, "{c}");
}

#[test]
fn search_finds_claims_and_tolerates_fts_syntax() {
    let env = Env::new();
    record_courier(&env);
    let j = env
        .run_db(&["search", "tariff", "--format", "json"])
        .ok()
        .json();
    let results = j["results"].as_array().expect("results");
    assert!(!results.is_empty(), "{j}");
    for r in results {
        assert_eq!(r["article"], "courier");
        let s = r["sentence"].as_str().unwrap().to_lowercase();
        assert!(s.contains("tariff"), "{s}");
    }
    let versions: Vec<u64> = results
        .iter()
        .map(|r| r["version"].as_u64().unwrap())
        .collect();
    for n in 1..=3 {
        assert!(versions.contains(&n), "{versions:?}");
    }
    let text = env.run_db(&["search", "tariff"]).ok().stdout;
    assert!(text.contains("courier@3"), "{text}");

    for q in [
        "\"tariff OR (",
        "a\" AND",
        "tariff OR (",
        "NOT",
        "AND OR NOT",
        "*",
        "tariff*",
        "NEAR(",
        ")",
        "^",
        "subject:tariff",
        "\"",
        "''",
        "tariff; DROP TABLE claims;",
    ] {
        for fmt in ["text", "json"] {
            let r = env.run_db(&["search", q, "--format", fmt]);
            assert_eq!(r.code, 0, "{q:?}: {}", r.stderr);
            assert!(r.stderr.is_empty(), "{q:?}: {}", r.stderr);
            assert!(
                !r.stdout.to_lowercase().contains("syntax"),
                "{q:?}: {}",
                r.stdout
            );
            if fmt == "json" {
                assert!(r.json()["results"].is_array(), "{q:?}");
            }
        }
    }
    // Still intact after the odd queries.
    assert_eq!(
        article_counts(&env.log_json()),
        BTreeMap::from([("courier".to_string(), 3)])
    );
}

#[test]
fn an_empty_history_names_the_filters_it_had() {
    let env = Env::new();
    record_courier(&env);
    let text = env
        .run_db(&[
            "history",
            "--topic",
            "tariffs",
            "--source",
            "the gulf courier",
            "--since",
            "2031-01-01",
            "--min-change",
            "5",
        ])
        .ok()
        .stdout;
    assert_eq!(
        text,
        "no entries to show on topic tariffs (--source the gulf courier, --since 2031-01-01, \
         --min-change 5, no --all: unchanged entries hidden)\n"
    );
    let text = env
        .run_db(&["history", "tariffs", "--until", "2001-01-01", "--all"])
        .ok()
        .stdout;
    assert_eq!(
        text,
        "no entries to show on topic tariffs (--until 2001-01-01)\n"
    );
}
