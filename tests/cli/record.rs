//! `record`: storing versions from files and stdin, keys from URLs, times, sources.

use crate::common::*;

#[test]
fn record_from_file_prints_the_version_stored() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let r = env.record(&f, "Wire", "flood", &[]).ok();
    assert!(r.stdout.contains("recorded flood@1"), "{}", r.stdout);
    assert!(r.stdout.contains("3 claims"), "{}", r.stdout);
    let log = env.log_json();
    assert_eq!(
        article_counts(&log),
        BTreeMap::from([("flood".to_string(), 1)])
    );
    let claims = env.claims_json("flood");
    assert_eq!(claims_of(&claims).len(), 3);
    let values: Vec<f64> = claims_of(&claims)
        .iter()
        .map(|c| c["value"].as_f64().unwrap())
        .collect();
    assert_eq!(values, vec![2400.0, 35.0, 120.0]);
}

#[test]
fn record_from_stdin_without_file_and_with_dash() {
    let env = Env::new();
    let db = env.db().to_string();
    let r = env
        .run_stdin(
            &[
                "record",
                "--source",
                "A",
                "--article",
                "nofile",
                "--db",
                &db,
            ],
            FLOOD_V1.as_bytes(),
        )
        .ok();
    assert!(r.stdout.contains("recorded nofile@1"), "{}", r.stdout);
    let r = env
        .run_stdin(
            &[
                "record",
                "-",
                "--source",
                "B",
                "--article",
                "dash",
                "--db",
                &db,
            ],
            STRIKE.as_bytes(),
        )
        .ok();
    assert!(r.stdout.contains("recorded dash@1"), "{}", r.stdout);
    assert!(!env.path("-").exists(), "'-' was taken as a file name");

    let a = env.claims_json("nofile");
    assert_eq!(claims_of(&a).len(), 3, "{a}");
    let b = env.claims_json("dash");
    let surfaces: Vec<&str> = claims_of(&b)
        .iter()
        .map(|c| c["surface"].as_str().unwrap())
        .collect();
    assert!(surfaces.contains(&"about 30%"), "{surfaces:?}");
    assert!(surfaces.contains(&"60"), "{surfaces:?}");
}

#[test]
fn record_json_output_has_status_and_version() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    let j = env
        .record(&f1, "Wire", "flood", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(j["status"], "stored");
    assert_eq!(j["version"]["number"], 1);
    assert_eq!(j["version"]["article"], "flood");
    assert_eq!(j["version"]["source"], "Wire");
    assert!(j["diff"].is_null(), "{j}");

    let j = env
        .record(&f2, "Wire", "flood", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(j["status"], "stored");
    assert_eq!(j["version"]["number"], 2);
    assert_eq!(j["diff"]["from"]["version"], 1, "{j}");
    let statuses: Vec<&str> = j["diff"]["claims"]
        .as_array()
        .expect("diff claims")
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses.iter().filter(|s| **s == "changed").count(), 2);
    assert_eq!(statuses.iter().filter(|s| **s == "added").count(), 1);
    assert_eq!(statuses.iter().filter(|s| **s == "removed").count(), 0);
    assert_eq!(statuses.iter().filter(|s| **s == "unchanged").count(), 1);

    let j = env
        .record(&f2, "Wire", "flood", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(j["status"], "unchanged");
    assert_eq!(j["version"]["number"], 2);
}

#[test]
fn rerecording_identical_content_stores_nothing() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &[]).ok();
    let again = env.record(&f, "Wire", "flood", &[]).ok();
    assert!(
        again.stdout.contains("unchanged since version 1"),
        "{}",
        again.stdout
    );
    assert!(
        !again.stdout.contains("recorded flood@2"),
        "{}",
        again.stdout
    );
    let log = env
        .run_db(&["log", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(versions_of(&log), vec![1]);
    let text = env.run_db(&["log", "flood"]).ok().stdout;
    assert!(text.contains("flood@1"), "{text}");
    assert!(!text.contains("flood@2"), "{text}");
}

#[test]
fn second_version_is_two_and_summarises_changes() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    let first = env.record(&f1, "Wire", "flood", &[]).ok();
    assert!(
        first.stdout.contains("recorded flood@1"),
        "{}",
        first.stdout
    );
    let r = env.record(&f2, "Wire", "flood", &[]).ok();
    assert!(r.stdout.contains("recorded flood@2"), "{}", r.stdout);
    assert!(r.stdout.contains("claims since flood@1"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("2 changed, 1 added, 0 removed, 1 unchanged"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("2,400 → 3,100"), "{}", r.stdout);
    // Re-recording the latest again is "unchanged since version 2".
    let again = env.record(&f2, "Wire", "flood", &[]).ok();
    assert!(
        again.stdout.contains("unchanged since version 2"),
        "{}",
        again.stdout
    );
    let log = env
        .run_db(&["log", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(versions_of(&log), vec![1, 2]);
}

#[test]
fn url_without_article_derives_a_key_without_tracking_parameters() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.run_db(&[
        "record",
        f1.to_str().unwrap(),
        "--source",
        "Wire",
        "--url",
        "https://example.com/news/valley-flood?utm_source=twitter&utm_medium=social",
    ])
    .ok();
    let r = env
        .run_db(&[
            "record",
            f2.to_str().unwrap(),
            "--source",
            "Wire",
            "--url",
            "https://example.com/news/valley-flood?utm_campaign=morning",
            "--format",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(r["version"]["number"], 2, "{r}");
    let log = env.log_json();
    let counts = article_counts(&log);
    assert_eq!(counts.len(), 1, "{counts:?}");
    let (key, n) = counts.iter().next().unwrap();
    assert_eq!(*n, 2);
    assert!(!key.contains("utm"), "{key}");
    assert!(key.contains("example.com"), "{key}");
    assert!(key.contains("valley-flood"), "{key}");
    // The derived key works as a ref.
    let c = env.claims_json(&format!("{key}@1"));
    assert_eq!(c["version"], 1);
}

#[test]
fn at_is_stored_and_shown_by_log() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &["--at", "2025-12-04T08:00:00Z"])
        .ok();
    env.record(&f2, "Wire", "flood", &["--at", "2025-12-05"])
        .ok();
    let text = env.run_db(&["log", "flood"]).ok().stdout;
    assert!(text.contains("2025-12-04T08:00:00Z"), "{text}");
    assert!(text.contains("2025-12-05"), "{text}");
    let log = env
        .run_db(&["log", "flood", "--format", "json"])
        .ok()
        .json();
    let v = log["versions"].as_array().unwrap();
    assert_eq!(v[0]["published_at"], "2025-12-04T08:00:00Z", "{log}");
    assert!(
        v[1]["published_at"]
            .as_str()
            .unwrap_or("")
            .starts_with("2025-12-05"),
        "{log}"
    );
    assert_eq!(env.claims_json("flood@1")["at"], "2025-12-04T08:00:00Z");
}

#[test]
fn claimdiff_db_env_var_is_used_when_db_flag_is_absent() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let from_env = env.path("from-env.db");
    let out = env
        .command(&[
            "record",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--article",
            "flood",
        ])
        .env("CLAIMDIFF_DB", &from_env)
        .output()
        .unwrap();
    let r = Run::from(out).ok();
    assert!(r.stdout.contains("recorded flood@1"), "{}", r.stdout);
    assert!(from_env.exists(), "CLAIMDIFF_DB was not used");
    env.assert_no_db();
    let out = env
        .command(&["log", "--format", "json"])
        .env("CLAIMDIFF_DB", &from_env)
        .output()
        .unwrap();
    assert_eq!(
        article_counts(&Run::from(out).ok().json()),
        BTreeMap::from([("flood".to_string(), 1)])
    );
    // --db wins over the variable.
    let out = env
        .command(&[
            "record",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--article",
            "other",
            "--db",
            env.db(),
        ])
        .env("CLAIMDIFF_DB", &from_env)
        .output()
        .unwrap();
    Run::from(out).ok();
    assert!(env.has_db());
    let out = env
        .command(&["log", "--format", "json"])
        .env("CLAIMDIFF_DB", &from_env)
        .output()
        .unwrap();
    assert_eq!(article_counts(&Run::from(out).ok().json()).len(), 1);
}

#[test]

fn same_text_under_another_article_of_the_same_source_keeps_its_claims() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &[]).ok();
    // e.g. the outlet moved the story to a new URL, or syndicated it under a new slug
    let r = env.record(&f, "Wire", "flood-moved", &[]).ok();
    assert!(r.stdout.contains("recorded flood-moved@1"), "{}", r.stdout);
    assert_eq!(
        claims_of(&env.claims_json("flood-moved")).len(),
        3,
        "record output: {}",
        r.stdout
    );
}

#[test]
fn record_into_an_article_of_another_source_fails_cleanly() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    let before = env.snapshot();
    env.record(&f2, "Other Outlet", "flood", &[]).user_error();
    assert_eq!(env.snapshot(), before);
}
