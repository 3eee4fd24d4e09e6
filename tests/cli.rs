//! End-to-end tests of the `claimdiff` binary: every test runs the real executable with an
//! explicit `--db` inside a temporary directory (also used as the working directory, so a
//! stray `claimdiff.db` would be noticed), and checks exit codes, output and the database.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

// ---------------------------------------------------------------------------------------------
// texts

const FLOOD_V1: &str = "Floodwaters forced 2,400 residents from their homes in the river valley on Tuesday, the regional emergency agency said.\n\nRescue crews reached 35 villages by nightfall, and about 120 people were treated for injuries at local hospitals.\n";

const FLOOD_V2: &str = "Floodwaters forced 3,100 residents from their homes in the river valley on Tuesday, the regional emergency agency said.\n\nRescue crews reached 35 villages by nightfall, and about 150 people were treated for injuries at local hospitals.\n\nThe government released $40 million in emergency aid on Wednesday.\n";

const STRIKE: &str = "Dock workers began a 48-hour strike at the port on Monday, halting the loading of 60 container ships, the union said.\n\nThe port handles about 30% of the country's imports.\n";

const UNICODE: &str = "Café owners in São Paulo — “the city’s heart” — said 1.2 million visitors came this summer, up from about 900,000 a year earlier.\n\nPrices rose 3.5% in May, according to the statistics office, while rents in the old town climbed between 20 and 30 percent.\n";

/// Spanish, as Windows-1252 bytes: "El país exportó más de 300 toneladas de café en 2024, según el ministerio."
const LATIN1: &[u8] = b"El pa\xeds export\xf3 m\xe1s de 300 toneladas de caf\xe9 en 2024, seg\xfan el ministerio de agricultura.\n";

const CLAIM_FIELDS: [&str; 12] = [
    "label",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "subject",
    "topics",
    "attribution",
    "surface",
    "sentence",
    "start",
    "end",
];

// ---------------------------------------------------------------------------------------------
// harness

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    #[track_caller]
    fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        self
    }

    /// A user error: exit 1, exactly one stderr line "claimdiff: error: ...", no panic, no
    /// output on stdout.
    #[track_caller]
    fn user_error(self) -> Run {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(
            lines.len(),
            1,
            "stderr should be one line: {:?}",
            self.stderr
        );
        assert!(
            lines[0].starts_with("claimdiff: error:"),
            "stderr: {:?}",
            self.stderr
        );
        assert!(self.stdout.is_empty(), "stdout on error: {:?}", self.stdout);
        self
    }
}

/// A temporary workspace: a directory (also the child's working directory) and a database
/// path inside it.
struct Env {
    dir: TempDir,
    db: PathBuf,
}

impl Env {
    fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("test.db");
        Env { dir, db }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, content).expect("write test file");
        p
    }

    fn db(&self) -> &str {
        self.db.to_str().expect("utf-8 temp path")
    }

    /// A command with a clean environment: no CLAIMDIFF_DB, cwd in the temp dir, stdin empty.
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_remove("CLAIMDIFF_DB")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().expect("run claimdiff"))
    }

    /// `args` plus `--db <this env's db>`.
    fn run_db(&self, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--db", self.db()]);
        self.run(&all)
    }

    fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut c = self.command(args);
        c.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("spawn claimdiff");
        {
            let mut stdin = child.stdin.take().expect("stdin");
            // The child may exit before reading everything (e.g. on a usage error).
            let _ = stdin.write_all(input);
        }
        Run::from(child.wait_with_output().expect("wait"))
    }

    fn record(&self, file: &Path, source: &str, article: &str, extra: &[&str]) -> Run {
        let mut args = vec![
            "record",
            file.to_str().unwrap(),
            "--source",
            source,
            "--article",
            article,
        ];
        args.extend_from_slice(extra);
        self.run_db(&args)
    }

    /// `log --format json`, or None when the database file does not exist.
    fn snapshot(&self) -> Option<String> {
        if !self.db.exists() {
            return None;
        }
        Some(self.run_db(&["log", "--format", "json"]).ok().stdout)
    }

    fn log_json(&self) -> Value {
        self.run_db(&["log", "--format", "json"]).ok().json()
    }

    fn claims_json(&self, r: &str) -> Value {
        self.run_db(&["claims", r, "--format", "json"]).ok().json()
    }

    /// No database was created anywhere it could have been.
    #[track_caller]
    fn assert_no_db(&self) {
        assert!(!self.db.exists(), "{} was created", self.db.display());
        assert!(
            !self.path("claimdiff.db").exists(),
            "claimdiff.db was created in the working directory"
        );
    }
}

fn sample(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(rel)
}

fn claims_of(v: &Value) -> &Vec<Value> {
    v["claims"].as_array().expect("claims array")
}

fn versions_of(log: &Value) -> Vec<u64> {
    log["versions"]
        .as_array()
        .expect("versions array")
        .iter()
        .map(|v| v["number"].as_u64().expect("number"))
        .collect()
}

/// article key → version count, from `log --format json`.
fn article_counts(log: &Value) -> BTreeMap<String, u64> {
    log["articles"]
        .as_array()
        .expect("articles array")
        .iter()
        .map(|a| {
            (
                a["key"].as_str().expect("key").to_string(),
                a["versions"].as_u64().expect("versions"),
            )
        })
        .collect()
}

#[track_caller]
fn assert_claim_fields(c: &Value) {
    for f in CLAIM_FIELDS {
        assert!(c.get(f).is_some(), "claim lacks {f:?}: {c}");
    }
    assert!(c["label"].is_string() && c["subject"].is_string(), "{c}");
    assert!(c["value"].is_number(), "{c}");
    assert!(
        c["value_max"].is_null() || c["value_max"].is_number(),
        "{c}"
    );
    assert!(
        matches!(
            c["qualifier"].as_str(),
            Some("exact" | "approx" | "more_than" | "at_least" | "less_than" | "at_most")
        ),
        "{c}"
    );
    assert!(c["unit"].is_null() || c["unit"].is_string(), "{c}");
    assert!(
        c["attribution"].is_null() || c["attribution"].is_string(),
        "{c}"
    );
    assert!(c["topics"].is_array(), "{c}");
    assert!(c["start"].is_u64() && c["end"].is_u64(), "{c}");
}

/// `text[start..end]` in chars.
fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The claims of a `claims`/`extract` JSON document as (start, end, surface) triples.
fn spans(doc: &Value) -> Vec<(u64, u64, String)> {
    let mut v: Vec<_> = claims_of(doc)
        .iter()
        .map(|c| {
            (
                c["start"].as_u64().unwrap(),
                c["end"].as_u64().unwrap(),
                c["surface"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    v.sort();
    v
}

fn span(c: &Value) -> (u64, u64, String) {
    (
        c["start"].as_u64().unwrap(),
        c["end"].as_u64().unwrap(),
        c["surface"].as_str().unwrap().to_string(),
    )
}

/// Records the three bundled courier versions as in the README's demo.
fn record_courier(env: &Env) {
    for (file, at) in [
        ("courier-v1.txt", "2025-12-04T08:00:00Z"),
        ("courier-v2.txt", "2025-12-04T14:30:00Z"),
        ("courier-v3.txt", "2025-12-05T09:15:00Z"),
    ] {
        env.record(
            &sample(&format!("extradition/{file}")),
            "The Gulf Courier",
            "courier",
            &["--at", at],
        )
        .ok();
    }
}

// ---------------------------------------------------------------------------------------------
// record

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
    assert!(r.stdout.contains("2400 → 3100"), "{}", r.stdout);
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
    assert!(env.db.exists());
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

// ---------------------------------------------------------------------------------------------
// log and claims

#[test]
fn log_lists_all_articles_and_one_articles_versions() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    let s = env.write("strike.txt", STRIKE);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    env.record(&s, "Harbour Times", "strike", &[]).ok();

    let all = env.log_json();
    assert_eq!(
        article_counts(&all),
        BTreeMap::from([("flood".to_string(), 2), ("strike".to_string(), 1)])
    );
    let sources: Vec<&str> = all["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"Wire") && sources.contains(&"Harbour Times"));

    let text = env.run_db(&["log"]).ok().stdout;
    let flood_line = text
        .lines()
        .find(|l| l.starts_with("flood"))
        .unwrap_or_else(|| panic!("no flood line:\n{text}"));
    assert!(
        flood_line.split_whitespace().any(|w| w == "2"),
        "{flood_line}"
    );
    assert!(text.lines().any(|l| l.starts_with("strike")), "{text}");

    let one = env
        .run_db(&["log", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(versions_of(&one), vec![1, 2]);
    let claims: Vec<u64> = one["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["claims"].as_u64().unwrap())
        .collect();
    assert_eq!(claims, vec![3, 4]);
    let text = env.run_db(&["log", "flood"]).ok().stdout;
    assert!(
        text.contains("flood@1") && text.contains("flood@2"),
        "{text}"
    );
    assert!(!text.contains("strike"), "{text}");
}

#[test]
fn log_on_an_empty_database_is_not_an_error() {
    let env = Env::new();
    std::fs::write(&env.db, b"").unwrap();
    let j = env.log_json();
    assert_eq!(j["articles"].as_array().map(Vec::len), Some(0), "{j}");
}

#[test]
fn claims_accepts_every_ref_form() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();

    let latest = env.claims_json("flood");
    assert_eq!(latest["version"], 2);
    assert_eq!(latest["article"], "flood");
    assert_eq!(latest["source"], "Wire");
    assert_eq!(claims_of(&latest).len(), 4);
    assert_eq!(env.claims_json("flood@latest"), latest);
    assert_eq!(env.claims_json("flood@2"), latest);

    let first = env.claims_json("flood@1");
    assert_eq!(first["version"], 1);
    assert_eq!(claims_of(&first).len(), 3);
    assert_eq!(claims_of(&first)[0]["value"], 2400.0);
    assert_eq!(env.claims_json("flood@first"), first);

    for r in ["flood@1", "flood@first"] {
        let t = env.run_db(&["claims", r]).ok().stdout;
        assert!(t.contains("flood@1"), "{t}");
        assert!(t.contains("2400"), "{t}");
        assert!(!t.contains("3100"), "{t}");
    }
    for r in ["flood", "flood@latest", "flood@2"] {
        let t = env.run_db(&["claims", r]).ok().stdout;
        assert!(t.contains("flood@2"), "{t}");
        assert!(t.contains("3100"), "{t}");
    }
}

#[test]
fn claims_json_has_every_contract_field_and_exact_surfaces() {
    let env = Env::new();
    let f = env.write("unicode.txt", UNICODE);
    env.record(&f, "Wire", "cafe", &[]).ok();
    let doc = env.claims_json("cafe");
    let claims = claims_of(&doc);
    assert!(claims.len() >= 4, "{doc}");
    for c in claims {
        assert_claim_fields(c);
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert!(s < e, "{c}");
        assert_eq!(
            c["surface"].as_str().unwrap(),
            char_slice(UNICODE, s, e),
            "{c}"
        );
        let sentence = c["sentence"].as_str().unwrap();
        assert!(UNICODE.contains(sentence), "{sentence:?}");
        assert!(sentence.contains(c["surface"].as_str().unwrap()), "{c}");
    }
    let by_surface = |s: &str| {
        claims
            .iter()
            .find(|c| c["surface"] == s)
            .unwrap_or_else(|| panic!("no claim {s:?} in {doc}"))
    };
    assert_eq!(by_surface("1.2 million")["value"], 1_200_000.0);
    assert_eq!(by_surface("about 900,000")["qualifier"], "approx");
    assert_eq!(by_surface("3.5%")["unit"], "percent");
    let range = by_surface("between 20 and 30 percent");
    assert_eq!(range["value"], 20.0);
    assert_eq!(range["value_max"], 30.0);
}

// ---------------------------------------------------------------------------------------------
// bad input

/// A database with one article, for checking that failures leave it alone.
fn env_with_flood() -> Env {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &[]).ok();
    env
}

#[test]
fn record_missing_file_fails_cleanly() {
    let env = Env::new();
    let missing = env.path("no-such-file.txt");
    env.record(&missing, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let missing = env.path("no-such-file.txt");
    let r = env.record(&missing, "Wire", "x", &[]).user_error();
    assert!(r.stderr.contains("no-such-file.txt"), "{}", r.stderr);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_directory_fails_cleanly() {
    let env = Env::new();
    let d = env.path("adir");
    std::fs::create_dir(&d).unwrap();
    env.record(&d, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    env.record(env.dir.path(), "Wire", "x", &[]).user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_empty_file_fails_cleanly() {
    let env = Env::new();
    let f = env.write("empty.txt", "");
    env.record(&f, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("empty.txt", "");
    env.record(&f, "Wire", "flood", &[]).user_error();
    let f = env.write("blank.txt", "  \n\n\t \n");
    env.record(&f, "Wire", "flood", &[]).user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_empty_stdin_fails_cleanly() {
    let env = Env::new();
    let db = env.db().to_string();
    env.run_stdin(
        &["record", "--source", "Wire", "--article", "x", "--db", &db],
        b"",
    )
    .user_error();
    env.run_stdin(
        &[
            "record",
            "-",
            "--source",
            "Wire",
            "--article",
            "x",
            "--db",
            &db,
        ],
        b"",
    )
    .user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let db = env.db().to_string();
    let before = env.snapshot();
    env.run_stdin(
        &[
            "record",
            "-",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--db",
            &db,
        ],
        b"",
    )
    .user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_binary_data_fails_cleanly() {
    let bytes: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00 the 12 workers";
    let env = Env::new();
    let f = env.write("image.png", bytes);
    env.record(&f, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("image.png", bytes);
    env.record(&f, "Wire", "flood", &[]).user_error();
    let db = env.db().to_string();
    env.run_stdin(
        &[
            "record",
            "-",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--db",
            &db,
        ],
        bytes,
    )
    .user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_windows_1252_file_is_decoded() {
    let env = Env::new();
    let f = env.write("latin1.txt", LATIN1);
    let r = env.record(&f, "Diario", "cafe", &[]).ok();
    assert!(r.stdout.contains("windows-1252"), "{}", r.stdout);
    assert!(r.stdout.contains("recorded cafe@1"), "{}", r.stdout);

    let doc = env.claims_json("cafe");
    let claims = claims_of(&doc);
    assert!(!claims.is_empty(), "{doc}");
    let text =
        "El país exportó más de 300 toneladas de café en 2024, según el ministerio de agricultura.";
    let c = claims
        .iter()
        .find(|c| c["value"] == 300.0)
        .unwrap_or_else(|| panic!("no 300 claim: {doc}"));
    assert_eq!(c["sentence"], text);
    let (s, e) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(c["surface"].as_str().unwrap(), char_slice(text, s, e));
    assert!(c["surface"].as_str().unwrap().contains("más"), "{c}");
    for c in claims {
        let s = c.to_string();
        assert!(!s.contains('\u{FFFD}'), "replacement char in {s}");
    }

    let j = env
        .record(&f, "Diario", "cafe-json", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(j["encoding"], "windows-1252", "{j}");
}

#[test]
fn record_invalid_utf8_that_is_not_latin1_fails_cleanly() {
    // C1 code points Windows-1252 leaves undefined, C0 controls and stray high bytes.
    let bytes: &[u8] = b"\x81\x8d\x8f\x90\x9d\x01\x02\x03\xff\xfe\x80\x81\x8d\x1b\x1c\x9d\x90";
    let env = Env::new();
    let f = env.write("garbage.bin", bytes);
    env.record(&f, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("garbage.bin", bytes);
    env.record(&f, "Wire", "flood", &[]).user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn unknown_article_fails_cleanly() {
    let env = env_with_flood();
    let before = env.snapshot();
    for args in [
        vec!["claims", "nosuch"],
        vec!["claims", "nosuch@1"],
        vec!["log", "nosuch"],
        vec!["diff", "nosuch@1", "flood@1"],
        vec!["diff", "flood@1", "nosuch"],
    ] {
        let r = env.run_db(&args).user_error();
        assert!(r.stderr.contains("nosuch"), "{args:?}: {}", r.stderr);
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn version_out_of_range_fails_cleanly() {
    let env = env_with_flood();
    let before = env.snapshot();
    env.run_db(&["claims", "flood@9"]).user_error();
    env.run_db(&["claims", "flood@2"]).user_error();
    env.run_db(&["diff", "flood@1", "flood@9"]).user_error();
    env.run_db(&["claims", "flood@9", "--format", "json"])
        .user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn malformed_refs_fail_cleanly() {
    let env = env_with_flood();
    let before = env.snapshot();
    for r in [
        "flood@0",
        "flood@x",
        "flood@",
        "flood@-1",
        "flood@1.5",
        "@1",
    ] {
        env.run_db(&["claims", r]).user_error();
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn malformed_at_fails_cleanly() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &["--at", "yesterday"])
        .user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("v2.txt", FLOOD_V2);
    for at in [
        "yesterday",
        "2025-13-01",
        "2025-12-04T25:00:00Z",
        "04/12/2025",
        "",
    ] {
        let r = env.record(&f, "Wire", "flood", &["--at", at]).user_error();
        assert!(r.stderr.contains("--at"), "{at:?}: {}", r.stderr);
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_without_article_or_url_fails_cleanly() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.run_db(&["record", f.to_str().unwrap(), "--source", "Wire"])
        .user_error();
    env.run_db(&[
        "record",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--article",
        "  ",
    ])
    .user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("v2.txt", FLOOD_V2);
    env.run_db(&["record", f.to_str().unwrap(), "--source", "Wire"])
        .user_error();
    // A URL that is not http(s) is no better.
    env.run_db(&[
        "record",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--url",
        "ftp://example.com/x",
    ])
    .user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn read_commands_on_a_missing_database_fail_without_creating_it() {
    let env = Env::new();
    for args in [
        vec!["log"],
        vec!["log", "flood"],
        vec!["claims", "flood"],
        vec!["topics"],
        vec!["history", "--topic", "tariffs"],
        vec!["search", "tariff"],
        vec!["reindex"],
        vec!["diff", "flood@1", "flood@2"],
    ] {
        let r = env.run_db(&args).user_error();
        assert!(r.stderr.contains("test.db"), "{args:?}: {}", r.stderr);
        env.assert_no_db();
        let mut json = args.clone();
        json.extend(["--format", "json"]);
        env.run_db(&json).user_error();
        env.assert_no_db();
    }
}

#[test]
fn bad_format_value_is_a_usage_error() {
    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("v2.txt", FLOOD_V2);
    for args in [
        vec!["log", "--format", "yaml"],
        vec!["claims", "flood", "--format", "xml"],
        vec![
            "record",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--article",
            "flood",
            "--format",
            "yaml",
        ],
    ] {
        let r = env.run_db(&args);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert!(r.stdout.is_empty(), "{}", r.stdout);
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    let env = Env::new();
    std::fs::write(&env.db, FLOOD_V1).unwrap();
    let f = env.write("v2.txt", FLOOD_V2);
    env.run_db(&["log"]).user_error();
    env.record(&f, "Wire", "flood", &[]).user_error();
    assert_eq!(std::fs::read_to_string(&env.db).unwrap(), FLOOD_V1);
}

// ---------------------------------------------------------------------------------------------
// migrations

#[test]
fn an_empty_file_is_migrated_by_record() {
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
    let versions = |db: &Path| -> i64 {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row("SELECT count(*) FROM versions", [], |r| r.get(0))
            .unwrap()
    };
    assert_eq!(versions(&env.db), 1);
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
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
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let v: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 999);
    drop(conn);
    assert_eq!(versions(&env.db), 1);
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

// ---------------------------------------------------------------------------------------------
// diff

#[test]
fn diff_of_two_files_does_not_touch_the_database() {
    let env = Env::new();
    let a = env.write("a.txt", FLOOD_V1);
    let b = env.write("b.txt", FLOOD_V2);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let text = env.run_db(&["diff", a, b]).ok().stdout;
    assert!(
        text.contains("2 changed, 1 added, 0 removed, 1 unchanged"),
        "{text}"
    );
    env.assert_no_db();

    let extract = |p: &str| env.run(&["extract", p, "--format", "json"]).ok().json();
    let (ea, eb) = (extract(a), extract(b));
    for (flags, mode) in [(vec![], "versions"), (vec!["--sources"], "sources")] {
        let mut args = vec!["diff", a, b, "--format", "json"];
        args.extend(flags);
        let j = env.run_db(&args).ok().json();
        env.assert_no_db();
        assert_eq!(j["mode"], mode, "{j}");
        let entries = j["claims"].as_array().expect("claims");
        let mut before = Vec::new();
        let mut after = Vec::new();
        for e in entries {
            let status = e["status"].as_str().unwrap();
            assert!(
                matches!(status, "changed" | "added" | "removed" | "unchanged"),
                "{e}"
            );
            assert_eq!(
                e.get("before").is_some_and(|v| !v.is_null()),
                status != "added",
                "{e}"
            );
            assert_eq!(
                e.get("after").is_some_and(|v| !v.is_null()),
                status != "removed",
                "{e}"
            );
            if let Some(c) = e.get("before").filter(|v| !v.is_null()) {
                assert_claim_fields(c);
                before.push(span(c));
            }
            if let Some(c) = e.get("after").filter(|v| !v.is_null()) {
                assert_claim_fields(c);
                after.push(span(c));
            }
            if status == "changed" {
                let fields = e["fields"].as_array().expect("fields");
                assert!(!fields.is_empty(), "{e}");
            }
        }
        before.sort();
        after.sort();
        assert_eq!(before, spans(&ea), "every claim of A exactly once ({mode})");
        assert_eq!(after, spans(&eb), "every claim of B exactly once ({mode})");
        let changed = entries.iter().filter(|e| e["status"] == "changed").count();
        let added = entries.iter().filter(|e| e["status"] == "added").count();
        assert_eq!((changed, added), (2, 1), "{mode}: {j}");
        let residents = entries
            .iter()
            .find(|e| e["before"]["value"] == 2400.0)
            .expect("2400 entry");
        assert_eq!(residents["after"]["value"], 3100.0);
        assert_eq!(residents["delta"], 700.0);
    }
}

#[test]
fn diff_of_stored_versions() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let j = env
        .run_db(&["diff", "flood@1", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(j["mode"], "versions");
    assert_eq!(j["from"]["version"], 1);
    assert_eq!(j["to"]["version"], 2);
    assert_eq!(j["from"]["article"], "flood");
    assert_eq!(j["to"]["source"], "Wire");
    let n_before = j["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["before"].is_null() && e.get("before").is_some())
        .count();
    let n_after = j["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["after"].is_null() && e.get("after").is_some())
        .count();
    assert_eq!((n_before, n_after), (3, 4));
}

#[test]
fn diff_of_a_version_with_itself_fails() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let before = env.snapshot();
    for (a, b) in [
        ("flood@1", "flood@1"),
        ("flood@1", "flood@first"),
        ("flood", "flood@2"),
        ("flood@latest", "flood"),
    ] {
        env.run_db(&["diff", a, b]).user_error();
        env.run_db(&["diff", a, b, "--format", "json"]).user_error();
    }
    assert_eq!(env.snapshot(), before);
}

// ---------------------------------------------------------------------------------------------
// extract

#[test]
fn extract_a_file_in_text_and_json() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let text = env.run(&["extract", f.to_str().unwrap()]).ok().stdout;
    assert!(text.contains("2400"), "{text}");
    assert!(text.contains("~120"), "{text}");
    let j = env
        .run(&["extract", f.to_str().unwrap(), "--format", "json"])
        .ok()
        .json();
    let claims = claims_of(&j);
    assert_eq!(claims.len(), 3, "{j}");
    for c in claims {
        assert_claim_fields(c);
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(c["surface"].as_str().unwrap(), char_slice(FLOOD_V1, s, e));
    }
    assert_eq!(claims[0]["attribution"], "the regional emergency agency");
    assert_eq!(claims[2]["qualifier"], "approx");
    // extract stores nothing.
    env.assert_no_db();
    // Same from stdin.
    let j2 = env
        .run_stdin(&["extract", "-", "--format", "json"], FLOOD_V1.as_bytes())
        .ok()
        .json();
    assert_eq!(j2["claims"], j["claims"]);
}

#[test]
fn extract_jsonl_round_trip() {
    let env = Env::new();
    let input = concat!(
        r#"{"id":"a","text":"The storm killed 12 people on Monday, officials said."}"#,
        "\n",
        r#"{"id":7,"text":"Consumer prices rose 3.5% in May, the statistics office said."}"#,
        "\n",
        r#"{"id":null,"text":"Nothing countable happened here."}"#,
        "\n"
    );
    let f = env.write("in.jsonl", input);
    for r in [
        env.run(&["extract", "--jsonl", f.to_str().unwrap()]),
        env.run_stdin(&["extract", "--jsonl"], input.as_bytes()),
    ] {
        let r = r.ok();
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 3, "{}", r.stdout);
        let docs: Vec<Value> = lines
            .iter()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(docs[0]["id"], "a");
        assert_eq!(docs[1]["id"], 7);
        assert!(docs[2]["id"].is_null() && docs[2].get("id").is_some());
        assert_eq!(claims_of(&docs[0]).len(), 1);
        assert_eq!(claims_of(&docs[0])[0]["value"], 12.0);
        assert_eq!(claims_of(&docs[1]).len(), 1);
        assert_eq!(claims_of(&docs[1])[0]["unit"], "percent");
        assert_eq!(claims_of(&docs[2]).len(), 0);
        for d in &docs {
            claims_of(d).iter().for_each(assert_claim_fields);
        }
    }
    env.assert_no_db();
}

#[test]
fn extract_jsonl_reads_fields_in_any_order_with_escapes_extras_and_repeats() {
    let env = Env::new();
    // Field order, escaped text, extra fields and a repeated key (the last one counts, as
    // in a JSON value) all give the claims of the plain line.
    let plain = r#"{"id":"p","text":"Prices rose 3.5% in May.\nSome 40 stores closed."}"#;
    let variants = [
        r#"{"text":"Prices rose 3.5% in May.\nSome 40 stores closed.","id":"p"}"#,
        r#"{"id":"p","source":{"name":"x","tags":[1,2]},"text":"Prices rose 3.5% in\u0020May.\nSome 40 stores closed."}"#,
        r#"{"id":"q","id":"p","text":"Nothing","text":"Prices rose 3.5% in May.\nSome 40 stores closed."}"#,
    ];
    let want = env
        .run_stdin(&["extract", "--jsonl"], format!("{plain}\n").as_bytes())
        .ok()
        .stdout;
    let want_doc: Value = serde_json::from_str(want.trim()).unwrap();
    assert_eq!(claims_of(&want_doc).len(), 2, "{want}");
    for v in variants {
        let got = env
            .run_stdin(&["extract", "--jsonl"], format!("{v}\n").as_bytes())
            .ok()
            .stdout;
        assert_eq!(got, want, "{v}");
    }
}

#[test]
fn extract_jsonl_streams_results_and_errors_while_stdin_stays_open() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;
    let env = Env::new();
    let mut child = env
        .command(&["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimdiff");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    // The first line's result comes while the input is still open (no waiting for a chunk).
    stdin
        .write_all(b"{\"id\":\"a\",\"text\":\"The storm killed 12 people.\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the first result before the input ends");
    let doc: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(doc["id"], "a");
    assert_eq!(claims_of(&doc)[0]["value"], 12.0);
    // A bad line ends the run with its error, though stdin is still open.
    stdin.write_all(b"not json\n").unwrap();
    stdin.flush().unwrap();
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(child.wait_with_output());
    });
    let out = done_rx
        .recv_timeout(Duration::from_secs(20))
        .expect("claimdiff exits on a bad line without waiting for the end of its input")
        .expect("wait");
    drop(stdin);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn extract_jsonl_bad_line_names_the_line() {
    let env = Env::new();
    let good = r#"{"id":"a","text":"The storm killed 12 people on Monday."}"#;
    for bad in [
        "[1, 2, 3]",
        r#""just a string""#,
        r#"{"id":"b"}"#,
        r#"{"id":"b","text":5}"#,
        "not json at all",
    ] {
        let input = format!("{good}\n{bad}\n{good}\n");
        let r = env.run_stdin(&["extract", "--jsonl"], input.as_bytes());
        assert_eq!(r.code, 1, "{bad}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{bad}: {}", r.stderr);
        assert!(lines[0].starts_with("claimdiff: error:"), "{}", r.stderr);
        assert!(lines[0].contains("line 2"), "{bad}: {}", r.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// reindex

#[test]
fn reindex_reports_the_versions_re_extracted() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let before = env.claims_json("flood@1");
    let text = env.run_db(&["reindex"]).ok().stdout;
    assert!(text.contains("re-extracted 2 versions"), "{text}");
    let j = env.run_db(&["reindex", "--format", "json"]).ok().json();
    assert_eq!(j["versions"], 2, "{j}");
    assert_eq!(j["versions_changed"], 0, "{j}");
    assert_eq!(j["claims_after"], 7, "{j}");
    assert_eq!(env.claims_json("flood@1"), before);
    assert_eq!(
        versions_of(
            &env.run_db(&["log", "flood", "--format", "json"])
                .ok()
                .json()
        ),
        vec![1, 2]
    );
}

// ---------------------------------------------------------------------------------------------
// topics, history, search (bundled samples)

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
    out.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
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
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch(
            "UPDATE claims SET status = NULL, previous_id = NULL; \
             UPDATE versions SET linked = 0; DELETE FROM timeline;",
        )
        .unwrap();
    }
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
        let s = r["claim"]["sentence"].as_str().unwrap().to_lowercase();
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
