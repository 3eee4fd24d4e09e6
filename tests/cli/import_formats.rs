//! `import` of other tools' archives: diffengine and NewsEdits SQLite files and NewsDiffs git
//! repositories, built here at test time from their published schemas and layouts. Checks
//! what is stored (articles, versions, sources, times, lineage), format detection, that a
//! re-run continues without duplicates, and that unreadable items are skipped with a reason.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{article_counts, Env};

/// An article's versions as (time, text): the strike's length and ships change.
const STRIKE: [(&str, &str); 3] = [
    (
        "2024-03-01 08:00:00.123456",
        "<p>Dock workers began a 48-hour strike at the port on Monday, halting the loading of 60 container ships, the union said.</p>",
    ),
    (
        "2024-03-01 10:30:00",
        "<p>Dock workers began a 72-hour strike at the port on Monday, halting the loading of 60 container ships, the union said.</p>",
    ),
    (
        "2024-03-02T09:00:00",
        "<p>Dock workers began a 72-hour strike at the port on Monday, halting the loading of 65 container ships, the union said.</p>",
    ),
];

const BUDGET: &str =
    "The city council approved a budget of $4.2 million for road repairs, the mayor said.";

/// diffengine's tables, as peewee creates them.
pub(crate) const DIFFENGINE_SCHEMA: &str = r#"
CREATE TABLE "feed" ("id" INTEGER NOT NULL PRIMARY KEY, "url" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL);
CREATE TABLE "entry" ("id" INTEGER NOT NULL PRIMARY KEY, "url" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL, "checked" DATETIME NOT NULL, "tweet_status_id_str" VARCHAR(255));
CREATE TABLE "feedentry" ("id" INTEGER NOT NULL PRIMARY KEY, "feed_id" INTEGER NOT NULL, "entry_id" INTEGER NOT NULL, "created" DATETIME NOT NULL);
CREATE TABLE "entryversion" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, "url" VARCHAR(255) NOT NULL, "summary" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL, "archive_url" VARCHAR(255), "entry_id" INTEGER NOT NULL, "tweet_status_id_str" VARCHAR(255), FOREIGN KEY ("entry_id") REFERENCES "entry" ("id"));
CREATE INDEX "entryversion_url" ON "entryversion" ("url");
"#;

/// NewsEdits' `entryversion` table.
const NEWSEDITS_SCHEMA: &str = r#"
CREATE TABLE "entryversion" ("index" INTEGER, "version" INTEGER, "title" TEXT, "created" TEXT, "url" TEXT, "source" TEXT, "entry_id" INTEGER, "archive_url" TEXT, "num_versions" INTEGER, "summary" TEXT);
"#;

/// A diffengine archive: the strike (3 versions, entry 1) and the budget (entry 2: one good
/// version, one with a date that does not parse, one empty, one binary).
fn diffengine_archive(env: &Env, name: &str) -> PathBuf {
    let path = env.path(name);
    let c = rusqlite::Connection::open(&path).expect("create archive");
    c.execute_batch(DIFFENGINE_SCHEMA).expect("schema");
    c.execute_batch(
        "INSERT INTO entry VALUES (1, 'https://www.example.com/news/strike?utm_source=rss', '2024-03-01 07:00:00', '2024-03-02 10:00:00', NULL);
         INSERT INTO entry VALUES (2, 'https://news.example.org/city/budget', '2024-03-01 07:00:00', '2024-03-02 10:00:00', NULL);",
    )
    .expect("entries");
    let mut add = c
        .prepare("INSERT INTO entryversion (id, title, url, summary, created, entry_id) VALUES (?, ?, ?, ?, ?, ?)")
        .expect("prepare");
    for (i, (at, html)) in STRIKE.iter().enumerate() {
        let url = "https://www.example.com/news/strike";
        add.execute(rusqlite::params![
            i as i64 + 1,
            "Port strike",
            url,
            html,
            at,
            1
        ])
        .expect("version");
    }
    let budget = "https://news.example.org/city/budget";
    add.execute(rusqlite::params![
        4,
        "Budget",
        budget,
        BUDGET,
        "2024-03-01 09:00:00",
        2
    ])
    .expect("version");
    add.execute(rusqlite::params![
        5,
        "Budget",
        budget,
        BUDGET,
        "last tuesday",
        2
    ])
    .expect("version");
    add.execute(rusqlite::params![
        6,
        "Budget",
        budget,
        "  ",
        "2024-03-01 11:00:00",
        2
    ])
    .expect("version");
    let binary: &[u8] = b"\x00\x01\x02PNG\x00\x00";
    add.execute(rusqlite::params![
        7,
        "Budget",
        budget,
        binary,
        "2024-03-01 12:00:00",
        2
    ])
    .expect("version");
    path
}

/// A NewsEdits archive: the strike at two outlets (the second outlet's copy under its own
/// URL), versions out of row order.
fn newsedits_archive(env: &Env, name: &str) -> PathBuf {
    let path = env.path(name);
    let c = rusqlite::Connection::open(&path).expect("create archive");
    c.execute_batch(NEWSEDITS_SCHEMA).expect("schema");
    let mut add = c
        .prepare("INSERT INTO entryversion (\"index\", version, title, created, url, source, entry_id, num_versions, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .expect("prepare");
    let rows = [
        (2, "guardian", 7, "https://www.theguardian.com/world/strike"),
        (1, "guardian", 7, "https://www.theguardian.com/world/strike"),
        (0, "guardian", 7, "https://www.theguardian.com/world/strike"),
        (0, "bbc", 7, "https://www.bbc.co.uk/news/strike"),
    ];
    for (i, (v, source, entry, url)) in rows.iter().enumerate() {
        let (at, html) = STRIKE[*v];
        let text = html.replace("<p>", "").replace("</p>", "");
        add.execute(rusqlite::params![
            i as i64,
            *v as i64,
            "Port strike",
            at,
            url,
            source,
            entry,
            3,
            text
        ])
        .expect("version");
    }
    path
}

pub(crate) fn import_json(env: &Env, args: &[&str]) -> (Value, String) {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let r = env.run_db(&all).ok();
    (r.json(), r.stderr)
}

/// `log ARTICLE --format json`'s versions.
fn versions_of(env: &Env, article: &str) -> Value {
    env.run_db(&["log", article, "--format", "json"])
        .ok()
        .json()["versions"]
        .take()
}

/// The report's counts named by `fields`, in order.
pub(crate) fn counts(v: &Value, fields: &[&str]) -> Vec<u64> {
    fields.iter().map(|f| n(v, f)).collect()
}

pub(crate) fn n(v: &Value, field: &str) -> u64 {
    v[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} in {v}"))
}

#[test]
fn a_diffengine_archive_imports_with_times_lineage_and_skips() {
    let env = Env::new();
    let archive = diffengine_archive(&env, "diffengine.db");
    let (report, stderr) = import_json(&env, &[archive.to_str().unwrap()]);
    assert_eq!(report["from"], "diffengine", "{report}");
    assert_eq!(counts(&report, &["articles", "read"]), [2, 7], "{report}");
    assert_eq!(
        counts(&report, &["stored", "held", "skipped"]),
        [4, 0, 3],
        "{report}"
    );
    // The strike's hours change, then its ships.
    assert_eq!(n(&report, "claim_changes"), 2, "{report}");
    assert!(n(&report, "claims") >= 7, "{report}");
    // One line per skipped item, with its reason (in the archive's order: by time).
    let skips: Vec<&str> = stderr.lines().collect();
    assert_eq!(skips.len(), 3, "{stderr}");
    assert!(
        skips[0].starts_with("skipped entryversion 6: the text is empty"),
        "{stderr}"
    );
    assert!(
        skips[1].starts_with("skipped entryversion 7:") && skips[1].contains("binary"),
        "{stderr}"
    );
    assert!(
        skips[2].starts_with("skipped entryversion 5: date \"last tuesday\" does not parse"),
        "{stderr}"
    );
    let log = env.log_json();
    let per_article = article_counts(&log);
    assert_eq!(
        per_article.get("example.com/news/strike"),
        Some(&3),
        "{log}"
    );
    assert_eq!(
        per_article.get("news.example.org/city/budget"),
        Some(&1),
        "{log}"
    );
    // Source: the URL's host; times: the archive's.
    let v = versions_of(&env, "example.com/news/strike");
    assert_eq!(v[0]["source"], "example.com", "{v}");
    assert_eq!(v[0]["recorded_at"], "2024-03-01T08:00:00Z", "{v}");
    assert_eq!(v[2]["recorded_at"], "2024-03-02T09:00:00Z", "{v}");
    // Each version is linked to the one before: the diff of the last two shows the ships.
    let diff = env
        .run_db(&[
            "diff",
            "example.com/news/strike@2",
            "example.com/news/strike@3",
        ])
        .ok()
        .stdout;
    assert!(diff.contains("60") && diff.contains("65"), "{diff}");
}

#[test]
fn a_second_run_continues_without_duplicates() {
    let env = Env::new();
    let archive = diffengine_archive(&env, "diffengine.db");
    let file = archive.to_str().unwrap();
    import_json(&env, &[file]);
    let before = env.snapshot();
    let (again, _) = import_json(&env, &[file]);
    assert_eq!(
        counts(&again, &["stored", "held", "claims"]),
        [0, 4, 0],
        "{again}"
    );
    assert_eq!(env.snapshot(), before, "a re-run changed the store");
    // The archive grows (the import had stopped before its last version): only it is added,
    // linked to the version before.
    let c = rusqlite::Connection::open(&archive).unwrap();
    c.execute(
        "INSERT INTO entryversion (id, title, url, summary, created, entry_id) VALUES (8, 'Port strike', 'https://www.example.com/news/strike', ?, '2024-03-03 09:00:00', 1)",
        [STRIKE[2].1.replace("65", "70")],
    )
    .unwrap();
    let (grown, _) = import_json(&env, &[file]);
    assert_eq!(
        counts(&grown, &["stored", "held", "claim_changes"]),
        [1, 4, 1],
        "{grown}"
    );
    let per_article = article_counts(&env.log_json());
    assert_eq!(per_article.get("example.com/news/strike"), Some(&4));
}

#[test]
fn a_newsedits_archive_keeps_its_outlets_and_version_order() {
    let env = Env::new();
    let archive = newsedits_archive(&env, "newsedits.db");
    let (report, stderr) = import_json(&env, &[archive.to_str().unwrap()]);
    assert_eq!(report["from"], "newsedits", "{report}");
    assert_eq!(
        counts(&report, &["articles", "stored", "skipped"]),
        [2, 4, 0],
        "{report} {stderr}"
    );
    assert_eq!(n(&report, "claim_changes"), 2, "{report}");
    let sources = env
        .run_db(&["source", "list", "--format", "json"])
        .ok()
        .stdout;
    assert!(
        sources.contains("\"guardian\"") && sources.contains("\"bbc\""),
        "{sources}"
    );
    let v = versions_of(&env, "theguardian.com/world/strike");
    assert_eq!(v[0]["recorded_at"], "2024-03-01T08:00:00Z", "{v}");
    assert_eq!(v[2]["recorded_at"], "2024-03-02T09:00:00Z", "{v}");
}

#[test]
fn formats_are_detected_and_other_files_refused() {
    let env = Env::new();
    let de = diffengine_archive(&env, "a.db");
    let ne = newsedits_archive(&env, "b.db");
    // Both at once, each by its own format.
    let r = env
        .run_db(&["import", de.to_str().unwrap(), ne.to_str().unwrap()])
        .ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert!(
        lines[0].starts_with("imported ") && lines[0].contains("(diffengine): 2 articles"),
        "{}",
        r.stdout
    );
    assert!(lines[1].contains("(newsedits): 2 articles"), "{}", r.stdout);

    let fresh = Env::new();
    let text = fresh.write("notes.txt", "just some notes\n");
    let r = fresh
        .run_db(&["import", text.to_str().unwrap()])
        .user_error();
    assert!(r.stderr.contains("none of the formats"), "{}", r.stderr);
    let other = fresh.path("other.db");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x INTEGER);")
        .unwrap();
    let r = fresh
        .run_db(&["import", other.to_str().unwrap()])
        .user_error();
    assert!(r.stderr.contains("without diffengine"), "{}", r.stderr);
    let dir = fresh.path("plain");
    std::fs::create_dir(&dir).unwrap();
    let r = fresh
        .run_db(&["import", dir.to_str().unwrap()])
        .user_error();
    assert!(
        r.stderr.contains("without a git repository"),
        "{}",
        r.stderr
    );
    let r = fresh
        .run_db(&["import", "--from", "newsedits", de.to_str().unwrap()])
        .user_error();
    assert!(
        r.stderr.contains("is a diffengine archive, not newsedits"),
        "{}",
        r.stderr
    );
    // A bad file among good ones: nothing is imported.
    fresh
        .run_db(&["import", de.to_str().unwrap(), text.to_str().unwrap()])
        .user_error();
    fresh.assert_no_db();
}

/// Truncates `path` to half its size.
fn truncate_half(path: &Path) {
    let len = std::fs::metadata(path).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.set_len(len / 2).unwrap();
}

#[test]
fn a_truncated_archive_is_skipped_where_it_breaks() {
    let env = Env::new();
    let path = env.path("big.db");
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(DIFFENGINE_SCHEMA).unwrap();
    c.execute_batch("BEGIN").unwrap();
    let filler = "The harbour was quiet on the morning of the vote. ".repeat(40);
    for e in 1..=60 {
        c.execute(
            "INSERT INTO entry VALUES (?, ?, '2024-03-01', '2024-03-01', NULL)",
            rusqlite::params![e, format!("https://example.com/a/{e}")],
        )
        .unwrap();
        c.execute(
            "INSERT INTO entryversion (title, url, summary, created, entry_id) VALUES ('T', ?, ?, '2024-03-01 08:00:00', ?)",
            rusqlite::params![format!("https://example.com/a/{e}"), format!("{filler} {e} ships."), e],
        )
        .unwrap();
    }
    c.execute_batch("COMMIT").unwrap();
    drop(c);
    truncate_half(&path);
    // Its tables cannot be read to tell its format: the error says how to go on.
    let r = env.run_db(&["import", path.to_str().unwrap()]).user_error();
    assert!(
        r.stderr.contains("name its format with --from"),
        "{}",
        r.stderr
    );
    let (report, stderr) = import_json(&env, &["--from", "diffengine", path.to_str().unwrap()]);
    assert!(n(&report, "skipped") >= 1, "{report}");
    assert!(n(&report, "stored") < 60, "{report}");
    let last = stderr.lines().last().unwrap_or_default();
    assert!(
        last.starts_with("skipped ") && last.contains("the rest is unreadable"),
        "{stderr}"
    );
}

#[test]
fn an_archive_of_several_batches_is_stored_whole_and_silent_when_piped() {
    let env = Env::new();
    let path = env.path("many.db");
    let c = rusqlite::Connection::open(&path).unwrap();
    c.execute_batch(DIFFENGINE_SCHEMA).unwrap();
    c.execute_batch("BEGIN").unwrap();
    for e in 1..=45 {
        let url = format!("https://example.com/port/{e}");
        c.execute(
            "INSERT INTO entry VALUES (?, ?, '2024-03-01', '2024-03-01', NULL)",
            rusqlite::params![e, url],
        )
        .unwrap();
        for v in 0..10 {
            c.execute(
                "INSERT INTO entryversion (title, url, summary, created, entry_id) VALUES ('T', ?, ?, ?, ?)",
                rusqlite::params![
                    url,
                    // Each article its own words: lines shared by a source's articles are furniture.
                    format!("Port number {e} loaded {} container ships on Monday, officials said.", 100 + v),
                    format!("2024-03-01 {:02}:00:00", 8 + v),
                    e
                ],
            )
            .unwrap();
        }
    }
    c.execute_batch("COMMIT").unwrap();
    let (report, stderr) = import_json(&env, &[path.to_str().unwrap()]);
    assert_eq!(
        stderr, "",
        "nothing but skips on stderr when it is not a terminal"
    );
    assert_eq!(
        counts(&report, &["articles", "stored", "claims", "claim_changes"]),
        [45, 450, 450, 405],
        "{report}"
    );
    let per_article = article_counts(&env.log_json());
    assert_eq!(per_article.len(), 45);
    assert!(per_article.values().all(|&v| v == 10), "{per_article:?}");
}

/// Runs git in `repo` with a fixed identity and time.
pub(crate) fn git(repo: &Path, at: &str, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(repo)
        .args([
            "-c",
            "user.name=NewsDiffs",
            "-c",
            "user.email=bot@newsdiffs.test",
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=master",
        ])
        .args(args)
        .env("GIT_AUTHOR_DATE", at)
        .env("GIT_COMMITTER_DATE", at)
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// Commits `files` (path, NewsDiffs text) at `at`.
pub(crate) fn commit(repo: &Path, at: &str, files: &[(&str, String)]) {
    for (path, text) in files {
        let p = repo.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    git(repo, at, &["add", "-A"]);
    git(repo, at, &["commit", "-q", "-m", "Change"]);
}

/// A NewsDiffs article file: date, title and byline lines, then the body.
fn newsdiffs_file(html: &str) -> String {
    let body = html.replace("<p>", "").replace("</p>", "");
    format!("March 1, 2024\nPort strike\nBy A Reporter\n\n{body}\n")
}

#[test]
fn a_newsdiffs_git_archive_imports_one_version_per_commit() {
    let env = Env::new();
    let repo = env.path("newsdiffs");
    std::fs::create_dir(&repo).unwrap();
    git(&repo, "2024-03-01T07:00:00Z", &["init", "-q"]);
    let strike = "www.example.com/news/strike.html";
    let budget = "news.example.org/city/budget";
    commit(
        &repo,
        "2024-03-01T08:00:00Z",
        &[
            (strike, newsdiffs_file(STRIKE[0].1)),
            ("README", "NewsDiffs archive\n".into()),
        ],
    );
    commit(
        &repo,
        "2024-03-01T10:30:00Z",
        &[
            (strike, newsdiffs_file(STRIKE[1].1)),
            (budget, format!("March 1\nBudget\nBy B\n\n{BUDGET}\n")),
        ],
    );
    commit(
        &repo,
        "2024-03-02T09:00:00Z",
        &[(strike, newsdiffs_file(STRIKE[2].1))],
    );
    let dir = repo.to_str().unwrap();
    let (report, stderr) = import_json(&env, &[dir]);
    assert_eq!(report["from"], "git-newsdiffs", "{report}");
    assert_eq!(
        counts(&report, &["articles", "stored", "skipped", "claim_changes"]),
        [2, 4, 1, 2],
        "{report}"
    );
    assert!(
        stderr.starts_with("skipped commit ") && stderr.contains(" README: "),
        "{stderr}"
    );
    let v = versions_of(&env, "example.com/news/strike.html");
    assert_eq!(v[1]["recorded_at"], "2024-03-01T10:30:00Z", "{v}");
    assert_eq!(v[1]["title"], "Port strike", "{v}");
    assert_eq!(v[0]["source"], "example.com", "{v}");
    // Again: nothing new.
    let (again, _) = import_json(&env, &[dir]);
    assert_eq!(counts(&again, &["stored", "held"]), [0, 4], "{again}");
}
