//! Housekeeping and archives: `show`, `rm`, `mv`, `source`, `diff ARTICLE`, `--exit-code`,
//! `completions`, `man`, `export` and `import` (round trips on the samples and on a generated
//! store), with their bad input.

use crate::common::*;

/// The whole store as the JSONL archive: what "nothing changed" is checked against.
fn dump(env: &Env) -> String {
    env.run_db(&["export"]).ok().stdout
}

/// Every key of a JSON value named `recorded_at`, removed (recording times differ by run).
fn without_recorded_at(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("recorded_at");
            m.values_mut().for_each(without_recorded_at);
        }
        Value::Array(a) => a.iter_mut().for_each(without_recorded_at),
        _ => {}
    }
}

/// Courier v1..v3 plus the Latin-1 Bajío page (raw input that is not UTF-8).
fn env_with_samples() -> Env {
    let env = Env::new();
    record_courier(&env);
    env.record(
        &sample("html/bajio-v2-latin1.html"),
        "Diario del Bajío",
        "bajio",
        &["--at", "2025-12-05T07:45:00Z"],
    )
    .ok();
    env
}

// ---------------------------------------------------------------------------------------------
// show

#[test]
fn show_prints_the_text_with_a_header_and_raw_prints_the_input_bytes() {
    let env = env_with_samples();
    let r = env.run_db(&["show", "courier@2"]).ok();
    let mut lines = r.stdout.lines();
    assert_eq!(lines.next(), Some("courier@2"));
    assert_eq!(lines.next(), Some("source: The Gulf Courier"));
    assert_eq!(lines.next(), Some("at:     2025-12-04T14:30:00Z"));
    assert_eq!(lines.next(), Some(""));
    assert!(r.stdout.contains("about 45 minutes"), "{}", r.stdout);

    let j = env
        .run_db(&["show", "bajio", "--format", "json"])
        .ok()
        .json();
    assert_eq!(j["article"], "bajio");
    assert_eq!(j["version"], 1);
    assert_eq!(j["input_format"], "html");
    assert_eq!(j["encoding"], "windows-1252");
    assert_eq!(j["claims"], 15);
    assert!(j["title"].as_str().unwrap().contains("aranceles"), "{j}");
    assert!(j["text"].as_str().unwrap().contains("9.200"), "{j}");

    let raw = env
        .command(&["show", "bajio", "--raw", "--db", env.db()])
        .output()
        .unwrap();
    assert_eq!(raw.status.code(), Some(0));
    assert_eq!(
        raw.stdout,
        std::fs::read(sample("html/bajio-v2-latin1.html")).unwrap()
    );
}

#[test]
fn show_of_an_unknown_version_is_an_error() {
    let env = env_with_samples();
    let r = env.run_db(&["show", "courier@4"]).user_error();
    assert!(r.stderr.contains("has no version 4"), "{}", r.stderr);
    env.run_db(&["show", "nope"]).user_error();
}

// ---------------------------------------------------------------------------------------------
// rm

#[test]
fn rm_is_a_dry_run_without_yes() {
    let env = env_with_samples();
    let before = dump(&env);
    let r = env.run_db(&["rm", "courier@2"]).ok();
    assert!(
        r.stdout.starts_with("would remove courier@2 "),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("courier@3 would become courier@2"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("dry run: nothing removed"),
        "{}",
        r.stdout
    );
    let r = env.run_db(&["rm", "courier"]).ok();
    assert!(
        r.stdout
            .starts_with("would remove article courier (The Gulf Courier) and its 3 versions:"),
        "{}",
        r.stdout
    );
    assert_eq!(dump(&env), before);
}

/// Removing a middle version leaves the store as if it had never been recorded: numbers
/// 1..N, and the history of the one after it recomputed against the one now before it.
#[test]
fn rm_of_a_middle_version_relinks_its_neighbours() {
    let env = Env::new();
    record_courier(&env);
    let r = env.run_db(&["rm", "courier@2", "--yes"]).ok();
    assert!(r.stdout.starts_with("removed courier@2 "), "{}", r.stdout);
    assert_eq!(
        versions_of(
            &env.run_db(&["log", "courier", "--format", "json"])
                .ok()
                .json()
        ),
        vec![1, 2]
    );

    let direct = Env::new();
    for (file, at) in [
        ("courier-v1.txt", "2025-12-04T08:00:00Z"),
        ("courier-v3.txt", "2025-12-05T09:15:00Z"),
    ] {
        direct
            .record(
                &sample(&format!("extradition/{file}")),
                "The Gulf Courier",
                "courier",
                &["--at", at],
            )
            .ok();
    }
    for topic in ["tariffs", "crime"] {
        let args = ["history", "--topic", topic, "--all", "--format", "json"];
        let mut got = env.run_db(&args).ok().json();
        let mut want = direct.run_db(&args).ok().json();
        without_recorded_at(&mut got);
        without_recorded_at(&mut want);
        assert_eq!(got, want, "history --topic {topic}");
    }
    assert_eq!(
        env.run_db(&["diff", "courier"]).ok().stdout,
        direct.run_db(&["diff", "courier"]).ok().stdout
    );
}

#[test]
fn rm_of_an_article_or_its_only_version_removes_it() {
    let env = env_with_samples();
    env.run_db(&["rm", "courier", "--yes"]).ok();
    env.run_db(&["rm", "bajio@1", "--yes"]).ok();
    assert_eq!(article_counts(&env.log_json()), BTreeMap::new());
    let sources = env
        .run_db(&["source", "list", "--format", "json"])
        .ok()
        .json();
    assert_eq!(sources["sources"], serde_json::json!([]));
    let topics = env.run_db(&["topics", "--format", "json"]).ok().json();
    assert_eq!(topics["topics"], serde_json::json!([]), "{topics}");
    // The store takes a new version of a removed article as its first.
    let r = env
        .record(
            &sample("extradition/courier-v2.txt"),
            "The Gulf Courier",
            "courier",
            &[],
        )
        .ok();
    assert!(r.stdout.starts_with("recorded courier@1 "), "{}", r.stdout);
}

#[test]
fn rm_of_an_unknown_ref_is_an_error_and_changes_nothing() {
    let env = env_with_samples();
    let before = dump(&env);
    for target in ["nope", "courier@9", "courier@0"] {
        env.run_db(&["rm", target, "--yes"]).user_error();
    }
    assert_eq!(dump(&env), before);
}

// ---------------------------------------------------------------------------------------------
// mv and source

#[test]
fn mv_renames_an_article_and_refuses_a_taken_key() {
    let env = env_with_samples();
    let claims = env.claims_json("courier@2");
    let r = env.run_db(&["mv", "courier", "gulf-courier"]).ok();
    assert_eq!(
        r.stdout,
        "renamed article courier to gulf-courier (3 versions)\n"
    );
    assert_eq!(
        env.claims_json("gulf-courier@2")["claims"],
        claims["claims"]
    );
    env.run_db(&["claims", "courier"]).user_error();

    let before = dump(&env);
    let r = env.run_db(&["mv", "gulf-courier", "bajio"]).user_error();
    assert!(
        r.stderr.contains("article \"bajio\" already exists"),
        "{}",
        r.stderr
    );
    env.run_db(&["mv", "nope", "other"]).user_error();
    env.run_db(&["mv", "bajio", "a@2"]).user_error();
    assert_eq!(dump(&env), before);
}

#[test]
fn source_rename_and_merge_move_articles_and_history() {
    let env = env_with_samples();
    env.record(
        &sample("extradition/wire.txt"),
        "Northern Wire",
        "wire",
        &[],
    )
    .ok();
    let list = env.run_db(&["source", "list"]).ok().stdout;
    assert_eq!(
        list.lines()
            .map(str::split_whitespace)
            .map(|w| w.collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>(),
        vec![
            "SOURCE ARTICLES VERSIONS",
            "Diario del Bajío 1 1",
            "Northern Wire 1 1",
            "The Gulf Courier 1 3"
        ]
    );
    let r = env
        .run_db(&["source", "rename", "Northern Wire", "Wire"])
        .ok();
    assert_eq!(
        r.stdout,
        "renamed source Northern Wire to Wire (1 article)\n"
    );
    let before = dump(&env);
    let r = env
        .run_db(&["source", "rename", "Wire", "The Gulf Courier"])
        .user_error();
    assert!(r.stderr.contains("source merge"), "{}", r.stderr);
    env.run_db(&["source", "merge", "Nope", "Wire"])
        .user_error();
    env.run_db(&["source", "merge", "Wire", "Nope"])
        .user_error();
    assert_eq!(dump(&env), before);

    env.run_db(&["source", "merge", "Wire", "The Gulf Courier"])
        .ok();
    let h = env
        .run_db(&[
            "history",
            "--topic",
            "tariffs",
            "--source",
            "The Gulf Courier",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let articles: std::collections::BTreeSet<&str> = h["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["article"].as_str().unwrap())
        .collect();
    assert!(
        articles.contains("wire") && articles.contains("courier"),
        "{h}"
    );
    let csv = env
        .run_db(&["source", "list", "--format", "csv"])
        .ok()
        .stdout;
    assert_eq!(
        csv,
        "source,articles,versions\nDiario del Bajío,1,1\nThe Gulf Courier,2,4\n"
    );
}

#[test]
fn a_source_mismatch_suggests_the_stored_source() {
    let env = env_with_flood();
    let f = env.write("v2.txt", FLOOD_V2);
    let r = env.record(&f, "wire", "flood", &[]).user_error();
    assert!(r.stderr.contains("use --source \"Wire\""), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// diff ARTICLE and --exit-code

#[test]
fn diff_of_one_article_is_its_latest_against_the_one_before() {
    let env = env_with_samples();
    assert_eq!(
        env.run_db(&["diff", "courier"]).ok().stdout,
        env.run_db(&["diff", "courier@2", "courier@3"]).ok().stdout
    );
    assert_eq!(
        env.run_db(&["diff", "courier@2"]).ok().stdout,
        env.run_db(&["diff", "courier@1", "courier@2"]).ok().stdout
    );
    let r = env.run_db(&["diff", "bajio"]).user_error();
    assert!(r.stderr.contains("first version"), "{}", r.stderr);
}

#[test]
fn exit_code_is_3_when_claims_changed_and_0_when_not() {
    let env = Env::new();
    let v1 = env.write("v1.txt", FLOOD_V1);
    let v2 = env.write("v2.txt", FLOOD_V2);
    let code = |r: Run| r.code;
    assert_eq!(code(env.record(&v1, "Wire", "flood", &["--exit-code"])), 3);
    assert_eq!(code(env.record(&v1, "Wire", "flood", &["--exit-code"])), 0);
    let r = env.record(&v2, "Wire", "flood", &["--exit-code"]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("claims since flood@1"), "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert_eq!(code(env.run_db(&["diff", "flood", "--exit-code"])), 3);
    assert_eq!(code(env.run_db(&["diff", "flood"])), 0);
    env.write("same.txt", FLOOD_V1);
    assert_eq!(
        code(env.run(&["diff", "v1.txt", "same.txt", "--exit-code"])),
        0
    );
    // Errors keep exit 1 with --exit-code.
    env.run_db(&["diff", "nope", "--exit-code"]).user_error();
}

// ---------------------------------------------------------------------------------------------
// completions and man

#[test]
fn completions_and_man_pages() {
    let env = Env::new();
    let r = env.run(&["completions", "bash"]).ok();
    assert!(r.stdout.contains("_claimdiff()"), "{}", r.stdout);
    assert!(r.stdout.contains("export"), "completions list the commands");
    let r = env.run(&["completions", "zsh"]).ok();
    assert!(r.stdout.starts_with("#compdef claimdiff"), "{}", r.stdout);
    let r = env.run(&["completions", "tcsh"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("possible values"), "{}", r.stderr);

    let r = env.run(&["man"]).ok();
    assert!(
        r.stdout.starts_with(".ie \\n(.g .ds Aq"),
        "{}",
        &r.stdout[..100]
    );
    assert!(r.stdout.contains(".TH claimdiff 1"), "{}", r.stdout);
    let r = env.run(&["man", "--dir", "man1"]).ok();
    assert!(r.stdout.contains("man1/claimdiff-record.1"), "{}", r.stdout);
    let page = std::fs::read_to_string(env.path("man1/claimdiff-rm.1")).unwrap();
    assert!(page.contains("\\-\\-yes"), "{page}");
    env.assert_no_db();
}

// ---------------------------------------------------------------------------------------------
// export and import

/// Exports `env`'s store, imports it into a new database and exports that: the same bytes.
fn assert_round_trip(env: &Env) -> String {
    let archive = dump(env);
    let file = env.write("archive.jsonl", &archive);
    let copy = env.path("copy.db");
    let copy = copy.to_str().unwrap();
    let r = env
        .run(&["import", file.to_str().unwrap(), "--db", copy])
        .ok();
    let n = archive.lines().count();
    assert_eq!(
        r.stdout,
        format!(
            "imported {}: {n} versions read, {n} stored, 0 already held\n",
            file.display()
        )
    );
    let again = env.run(&["export", "--db", copy]).ok().stdout;
    assert!(again == archive, "the re-exported archive differs");
    archive
}

#[test]
fn export_import_round_trips_the_samples() {
    let env = env_with_samples();
    let archive = assert_round_trip(&env);
    let lines: Vec<Value> = archive
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    // By article key then number; raw kept only when it differs from the text.
    assert_eq!(lines[0]["article"], "bajio");
    assert!(lines[0]["raw_base64"].is_string() && lines[0].get("raw").is_none());
    assert_eq!(lines[1]["version"], 1);
    assert!(lines[1].get("raw").is_none() && lines[1].get("raw_base64").is_none());
    assert_eq!(lines[3]["claims"].as_array().unwrap().len(), 18);
    assert_claim_fields(&lines[3]["claims"][0]);
    // The imported store answers as the original does.
    let copy = env.path("copy.db");
    let h = |db: &str| {
        let mut j = env
            .run(&[
                "history", "--topic", "tariffs", "--all", "--format", "json", "--db", db,
            ])
            .ok()
            .json();
        without_recorded_at(&mut j);
        j
    };
    assert_eq!(h(copy.to_str().unwrap()), h(env.db()));
    // Importing again (here from stdin) stores nothing.
    let r = env
        .run_stdin(
            &["import", "-", "--db", copy.to_str().unwrap()],
            archive.as_bytes(),
        )
        .ok();
    assert_eq!(
        r.stdout,
        "imported -: 4 versions read, 0 stored, 4 already held\n"
    );
}

#[test]
fn export_filters_and_csv_has_one_row_per_claim() {
    let env = env_with_samples();
    let count = |args: &[&str]| env.run_db(args).ok().stdout.lines().count();
    assert_eq!(count(&["export", "--source", "The Gulf Courier"]), 3);
    assert_eq!(count(&["export", "--article", "bajio"]), 1);
    assert_eq!(count(&["export", "--since", "2025-12-04T12:00:00Z"]), 3);
    assert_eq!(count(&["export", "--source", "Nobody"]), 0);
    let csv = env
        .run_db(&["export", "--format", "csv", "--article", "courier"])
        .ok()
        .stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "article");
    assert_eq!(&header[7], "value");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 17 + 18 + 18);
    assert_eq!(&rows[0][2], "1");
    assert!(rows.iter().any(|r| &r[14] == "more than 50"), "{csv}");
    env.run_db(&["export", "--since", "yesterday"]).user_error();
    assert_eq!(env.run_db(&["export", "--format", "xml"]).code, 2);
}

/// The generator's store (300 versions, written by the bulk loader and relinked) survives
/// export → import → export byte for byte. The 10,000-version run is scripts/export-bench.sh.
#[test]
fn export_import_round_trips_a_generated_store() {
    let env = Env::new();
    let gen = generator();
    let out = Command::new(&gen)
        .args(["--db", env.db(), "--articles", "60"])
        .output()
        .expect("run claimdiff-gen");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let archive = assert_round_trip(&env);
    assert_eq!(archive.lines().count(), 300);
}

/// The `claimdiff-gen` example, built next to the test binary (`cargo test` builds examples;
/// a test run that did not is given one with `cargo build --example`).
fn generator() -> PathBuf {
    let deps = std::env::current_exe().unwrap();
    let profile = deps.parent().and_then(Path::parent).unwrap();
    let gen = profile.join("examples").join("claimdiff-gen");
    if !gen.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "--example", "claimdiff-gen"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo build --example claimdiff-gen");
        assert!(status.success());
    }
    gen
}
