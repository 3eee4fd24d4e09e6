//! The harness every CLI test uses: texts to record, a workspace with its own database
//! ([`Env`]), a finished run ([`Run`]) with its checks, and JSON helpers.
//!
//! One suite, two backends: by default each [`Env`]'s database is an SQLite file in its temp
//! dir; with `CLAIMDIFF_TEST_PG` set to a server's base URL (`postgres://user@host:port`, see
//! `scripts/pg-test-cluster.sh`) it is a fresh PostgreSQL database of its own, created empty and
//! dropped with the `Env`. Tests that are about SQLite files call [`skip_on_pg`].

pub use std::collections::BTreeMap;
pub use std::io::Write;
pub use std::path::{Path, PathBuf};
pub use std::process::{Command, Output, Stdio};

pub use serde_json::Value;
pub use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_claimdiff");

// ---------------------------------------------------------------------------------------------
// texts

pub const FLOOD_V1: &str = "Floodwaters forced 2,400 residents from their homes in the river valley on Tuesday, the regional emergency agency said.\n\nRescue crews reached 35 villages by nightfall, and about 120 people were treated for injuries at local hospitals.\n";

pub const FLOOD_V2: &str = "Floodwaters forced 3,100 residents from their homes in the river valley on Tuesday, the regional emergency agency said.\n\nRescue crews reached 35 villages by nightfall, and about 150 people were treated for injuries at local hospitals.\n\nThe government released $40 million in emergency aid on Wednesday.\n";

pub const STRIKE: &str = "Dock workers began a 48-hour strike at the port on Monday, halting the loading of 60 container ships, the union said.\n\nThe port handles about 30% of the country's imports.\n";

pub const UNICODE: &str = "Café owners in São Paulo — “the city’s heart” — said 1.2 million visitors came this summer, up from about 900,000 a year earlier.\n\nPrices rose 3.5% in May, according to the statistics office, while rents in the old town climbed between 20 and 30 percent.\n";

/// Spanish, as Windows-1252 bytes: "El país exportó más de 300 toneladas de café en 2024, según el ministerio."
pub const LATIN1: &[u8] = b"El pa\xeds export\xf3 m\xe1s de 300 toneladas de caf\xe9 en 2024, seg\xfan el ministerio de agricultura.\n";

pub const CLAIM_FIELDS: [&str; 12] = [
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

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from(o: Output) -> Run {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    #[track_caller]
    pub fn ok(self) -> Run {
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
    pub fn user_error(self) -> Run {
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

/// The PostgreSQL server the suite runs against, when `CLAIMDIFF_TEST_PG` names one.
pub fn pg_base() -> Option<String> {
    std::env::var("CLAIMDIFF_TEST_PG")
        .ok()
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('/').to_string())
}

/// True (and says why on stderr) when the suite runs on PostgreSQL and the calling test is
/// about SQLite files: the test returns early.
pub fn skip_on_pg(reason: &str) -> bool {
    let skip = pg_base().is_some();
    if skip {
        eprintln!("skipped on PostgreSQL: {reason}");
    }
    skip
}

/// A PostgreSQL database made for one [`Env`], dropped with it.
pub struct PgDatabase {
    pub base: String,
    pub name: String,
}

impl PgDatabase {
    fn create(base: &str) -> PgDatabase {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("claimdiff_cli_{}_{n}", std::process::id());
        let mut admin = pg_client(&format!("{base}/postgres"));
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .expect("drop a stale test database");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("create a test database");
        PgDatabase {
            base: base.to_string(),
            name,
        }
    }

    pub fn url(&self) -> String {
        format!("{}/{}", self.base, self.name)
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let admin = postgres::Client::connect(&format!("{}/postgres", self.base), postgres::NoTls);
        if let Ok(mut admin) = admin {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

pub fn pg_client(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot connect to the test server {url}: {e}"))
}

/// A temporary workspace: a directory (also the child's working directory) and a database:
/// a path inside it, or the URL of a PostgreSQL database of its own ([`pg_base`]).
pub struct Env {
    pub dir: TempDir,
    pub db: PathBuf,
    pub pg: Option<PgDatabase>,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        match pg_base() {
            Some(base) => {
                let pg = PgDatabase::create(&base);
                Env {
                    dir,
                    db: PathBuf::from(pg.url()),
                    pg: Some(pg),
                }
            }
            None => Env::sqlite_in(dir),
        }
    }

    /// A workspace whose database is an SQLite file, whatever the suite's backend.
    pub fn sqlite() -> Env {
        Env::sqlite_in(tempfile::tempdir().expect("temp dir"))
    }

    fn sqlite_in(dir: TempDir) -> Env {
        let db = dir.path().join("test.db");
        Env { dir, db, pg: None }
    }

    /// What messages about the database name it by: the file's name or the database's.
    pub fn db_label(&self) -> &str {
        match &self.pg {
            Some(pg) => &pg.name,
            None => "test.db",
        }
    }

    /// Whether claimdiff's database exists: the file, or claimdiff's tables in the database.
    pub fn has_db(&self) -> bool {
        match &self.pg {
            Some(pg) => {
                let row = pg_client(&pg.url())
                    .query_one(
                        "SELECT to_regclass('claimdiff_migrations') IS NOT NULL",
                        &[],
                    )
                    .expect("query the test database");
                row.get(0)
            }
            None => self.db.exists(),
        }
    }

    /// Runs SQL statements on the database directly (both backends' dialects must take them).
    pub fn sql(&self, statements: &str) {
        match &self.pg {
            Some(pg) => pg_client(&pg.url()).batch_execute(statements).expect("SQL"),
            None => rusqlite::Connection::open(&self.db)
                .and_then(|c| c.execute_batch(statements))
                .expect("SQL"),
        }
    }

    /// One number from the database (`SELECT count(*) ...`).
    pub fn sql_count(&self, query: &str) -> i64 {
        match &self.pg {
            Some(pg) => pg_client(&pg.url())
                .query_one(query, &[])
                .expect("SQL")
                .get(0),
            None => rusqlite::Connection::open(&self.db)
                .and_then(|c| c.query_row(query, [], |r| r.get(0)))
                .expect("SQL"),
        }
    }

    /// The schema version recorded in the database (`PRAGMA user_version`, or the latest
    /// migration in `claimdiff_migrations`).
    pub fn schema_version(&self) -> i64 {
        match &self.pg {
            Some(_) => {
                self.sql_count("SELECT coalesce(max(number), 0)::bigint FROM claimdiff_migrations")
            }
            None => self.sql_count("PRAGMA user_version"),
        }
    }

    /// Marks the database as written by a newer claimdiff (schema 999).
    pub fn mark_schema_newer(&self) {
        match &self.pg {
            Some(_) => {
                self.sql("INSERT INTO claimdiff_migrations (number, name) VALUES (999, 'future')")
            }
            None => self.sql("PRAGMA user_version = 999"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn write(&self, name: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, content).expect("write test file");
        p
    }

    /// The value for `--db`: the file's path or the database's URL.
    pub fn db(&self) -> &str {
        self.db.to_str().expect("utf-8 temp path")
    }

    /// A command with a clean environment: no CLAIMDIFF_DB, lexicon or config file, cwd in the temp dir, stdin empty.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env_remove("CLAIMDIFF_DB")
            .env_remove("CLAIMDIFF_LEXICON")
            .env("CLAIMDIFF_CONFIG", "")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().expect("run claimdiff"))
    }

    /// `args` plus `--db <this env's db>`.
    pub fn run_db(&self, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--db", self.db()]);
        self.run(&all)
    }

    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
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

    pub fn record(&self, file: &Path, source: &str, article: &str, extra: &[&str]) -> Run {
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

    /// `log --format json`, or None when the database does not exist.
    pub fn snapshot(&self) -> Option<String> {
        if !self.has_db() {
            return None;
        }
        Some(self.run_db(&["log", "--format", "json"]).ok().stdout)
    }

    pub fn log_json(&self) -> Value {
        self.run_db(&["log", "--format", "json"]).ok().json()
    }

    pub fn claims_json(&self, r: &str) -> Value {
        self.run_db(&["claims", r, "--format", "json"]).ok().json()
    }

    /// No database was created anywhere it could have been.
    #[track_caller]
    pub fn assert_no_db(&self) {
        assert!(!self.has_db(), "{} was created", self.db.display());
        assert!(
            !self.path("claimdiff.db").exists(),
            "claimdiff.db was created in the working directory"
        );
    }
}

pub fn sample(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(rel)
}

pub fn claims_of(v: &Value) -> &Vec<Value> {
    v["claims"].as_array().expect("claims array")
}

pub fn versions_of(log: &Value) -> Vec<u64> {
    log["versions"]
        .as_array()
        .expect("versions array")
        .iter()
        .map(|v| v["number"].as_u64().expect("number"))
        .collect()
}

/// article key → version count, from `log --format json`.
pub fn article_counts(log: &Value) -> BTreeMap<String, u64> {
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
pub fn assert_claim_fields(c: &Value) {
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
pub fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// The claims of a `claims`/`extract` JSON document as (start, end, surface) triples.
pub fn spans(doc: &Value) -> Vec<(u64, u64, String)> {
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

pub fn span(c: &Value) -> (u64, u64, String) {
    (
        c["start"].as_u64().unwrap(),
        c["end"].as_u64().unwrap(),
        c["surface"].as_str().unwrap().to_string(),
    )
}

/// Records the three bundled courier versions as in the README's demo.
pub fn record_courier(env: &Env) {
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

/// A database with one article, for checking that failures leave it alone.
pub fn env_with_flood() -> Env {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &[]).ok();
    env
}

/// The base URL (without a trailing slash) a just-spawned `claimdiff serve --bind
/// 127.0.0.1:0` prints on its first stdout line; the child's stdout must be piped.
pub fn served_base(child: &mut std::process::Child) -> String {
    use std::io::BufRead;
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().expect("serve's stdout is piped"))
        .read_line(&mut line)
        .expect("serve prints its address");
    line.split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address: {line}"))
        .trim_end_matches('/')
        .to_string()
}
