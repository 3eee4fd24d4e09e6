//! The database: migrations, refusal of newer or foreign files, concurrent writers.

use crate::common::*;

#[test]
fn an_empty_file_is_migrated_by_record() {
    if skip_on_pg("an empty SQLite file; every PostgreSQL Env starts from an empty database") {
        return;
    }
    let env = Env::new();
    std::fs::write(&env.db, b"").unwrap();
    let f = env.write("flood.txt", FLOOD_V1);
    let r = env.record(&f, "Wire", "flood", &[]).ok();
    assert!(r.stdout.contains("recorded flood@1"), "{}", r.stdout);
    assert!(std::fs::metadata(&env.db).unwrap().len() > 0);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert!(v >= 1, "user_version {v}");
    drop(conn);
    assert_eq!(
        article_counts(&env.log_json()),
        BTreeMap::from([("flood".to_string(), 1)])
    );
    assert_eq!(claims_of(&env.claims_json("flood")).len(), 3);
}

#[test]
fn a_database_from_a_newer_claimdiff_is_refused() {
    let env = env_with_flood();
    let versions = |env: &Env| env.sql_count("SELECT count(*) FROM versions");
    assert_eq!(versions(&env), 1);
    env.mark_schema_newer();
    let f = env.write("v2.txt", FLOOD_V2);
    let r = env.record(&f, "Wire", "flood", &[]).user_error();
    assert!(r.stderr.contains("newer claimdiff"), "{}", r.stderr);
    for args in [vec!["log"], vec!["claims", "flood"], vec!["topics"]] {
        let r = env.run_db(&args).user_error();
        assert!(
            r.stderr.contains("newer claimdiff"),
            "{args:?}: {}",
            r.stderr
        );
    }
    assert_eq!(env.schema_version(), 999);
    assert_eq!(versions(&env), 1);
}

// ---------------------------------------------------------------------------------------------
// concurrency

fn fire_text(i: usize) -> String {
    format!(
        "Report {i}: the wildfire in the northern hills burned {} hectares and destroyed {} homes, firefighters said on Sunday.\n",
        i * 100,
        i + 10
    )
}

fn school_text(i: usize) -> String {
    format!(
        "Bulletin {i}: officials closed {} schools in district {i} for {} days because of the heatwave.\n",
        i * 7,
        i + 1
    )
}

/// Spawns `record` for each (text, article) at once; returns each one's output.
fn record_concurrently(env: &Env, jobs: &[(String, String)]) -> Vec<Run> {
    let children: Vec<_> = jobs
        .iter()
        .enumerate()
        .map(|(i, (text, article))| {
            let f = env.write(&format!("job{i}.txt"), text);
            env.command(&[
                "record",
                f.to_str().unwrap(),
                "--source",
                "Wire",
                "--article",
                article,
                "--db",
                env.db(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn")
        })
        .collect();
    children
        .into_iter()
        .map(|c| Run::from(c.wait_with_output().expect("wait")))
        .collect()
}

#[test]
fn concurrent_records_all_succeed_without_gaps() {
    let env = Env::new();
    let mut jobs = Vec::new();
    for i in 1..=3 {
        jobs.push((fire_text(i), "fire".to_string()));
        jobs.push((school_text(i), format!("schools-{i}")));
    }
    let runs = record_concurrently(&env, &jobs);
    for r in runs {
        let r = r.ok();
        assert!(r.stdout.starts_with("recorded "), "{}", r.stdout);
    }
    let log = env.log_json();
    assert_eq!(
        article_counts(&log),
        BTreeMap::from([
            ("fire".to_string(), 3),
            ("schools-1".to_string(), 1),
            ("schools-2".to_string(), 1),
            ("schools-3".to_string(), 1),
        ])
    );
    let fire = env.run_db(&["log", "fire", "--format", "json"]).ok().json();
    assert_eq!(versions_of(&fire), vec![1, 2, 3]);
    // Each fire version holds one of the three texts, each text exactly once.
    let mut hectares: Vec<f64> = (1..=3)
        .map(|n| {
            let c = env.claims_json(&format!("fire@{n}"));
            claims_of(&c)
                .iter()
                .find(|c| c["unit"] == "hectare")
                .unwrap_or_else(|| panic!("no hectare claim in fire@{n}: {c}"))["value"]
                .as_f64()
                .unwrap()
        })
        .collect();
    hectares.sort_by(f64::total_cmp);
    assert_eq!(hectares, vec![100.0, 200.0, 300.0]);
}

#[test]

fn concurrent_record_summaries_compare_against_the_version_before() {
    for _ in 0..5 {
        let env = Env::new();
        let jobs: Vec<(String, String)> = (1..=6)
            .map(|i| (fire_text(i), "fire".to_string()))
            .collect();
        for r in record_concurrently(&env, &jobs) {
            let r = r.ok();
            let first = r.stdout.lines().next().unwrap_or("");
            let n: u32 = first
                .strip_prefix("recorded fire@")
                .and_then(|s| s.split_whitespace().next())
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| panic!("{}", r.stdout));
            if n > 1 {
                assert!(
                    r.stdout.contains(&format!("claims since fire@{}:", n - 1)),
                    "fire@{n} should be compared with fire@{}:\n{}",
                    n - 1,
                    r.stdout
                );
            } else {
                assert!(r.stdout.contains("first version"), "{}", r.stdout);
            }
        }
    }
}
