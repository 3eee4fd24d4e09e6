//! `import` when archives are not what the published descriptions say: an article key met under
//! two sources, a source's furniture repeated across its archived articles, NewsEdits files
//! with other column names (or no outlet column: one file per outlet), and shapes this build
//! does not know (extra tables or columns that change meaning, missing columns, NewsDiffs
//! repositories laid out otherwise). Archives are built here (JSONL's: `import_jsonl.rs`).

use std::path::PathBuf;

use rusqlite::types::Value as Sql;

use crate::common::{article_counts, Env};
use crate::import_formats::{commit, counts, git, import_json, n, DIFFENGINE_SCHEMA};

/// The roles of a NewsEdits-like `entryversion` table, by the column name each has in a file
/// (`None`: the file has no such column).
struct Names {
    source: Option<&'static str>,
    entry: &'static str,
    version: Option<&'static str>,
    created: &'static str,
    url: &'static str,
    text: &'static str,
}

/// The names of NewsEdits' published description.
const PUBLISHED: Names = Names {
    source: Some("source"),
    entry: "entry_id",
    version: Some("version"),
    created: "created",
    url: "url",
    text: "summary",
};

/// One row: outlet, entry id, version number, time, URL, text.
type Row<'a> = (&'a str, i64, Sql, &'a str, &'a str, String);

/// Writes an SQLite file with an `entryversion` table named as `names` says (plus `title` and
/// `num_versions`, and `extra` columns) holding `rows`.
fn entryversion_file(
    env: &Env,
    file: &str,
    names: &Names,
    extra: &[&str],
    rows: &[Row],
) -> PathBuf {
    let path = env.path(file);
    let c = rusqlite::Connection::open(&path).unwrap();
    let mut cols: Vec<String> = vec!["\"index\" INTEGER".into(), "title TEXT".into()];
    cols.extend(names.source.map(|s| format!("{s} TEXT")));
    cols.push(format!("{} INTEGER", names.entry));
    cols.extend(names.version.map(|v| format!("{v} REAL")));
    cols.push(format!("{} TEXT", names.created));
    cols.push(format!("{} TEXT", names.url));
    cols.push(format!("{} TEXT", names.text));
    cols.push("num_versions INTEGER".into());
    cols.extend(extra.iter().map(|e| format!("{e} TEXT")));
    c.execute_batch(&format!("CREATE TABLE entryversion ({});", cols.join(", ")))
        .unwrap();
    for (i, (source, entry, version, at, url, text)) in rows.iter().enumerate() {
        let mut names_used = vec![
            "\"index\"",
            "title",
            names.entry,
            names.created,
            names.url,
            names.text,
        ];
        let mut values: Vec<Sql> = vec![
            Sql::Integer(i as i64),
            Sql::Text("Port strike".into()),
            Sql::Integer(*entry),
            Sql::Text(at.to_string()),
            Sql::Text(url.to_string()),
            Sql::Text(text.clone()),
        ];
        if let Some(s) = names.source {
            names_used.push(s);
            values.push(Sql::Text(source.to_string()));
        }
        if let Some(v) = names.version {
            names_used.push(v);
            values.push(version.clone());
        }
        let marks = vec!["?"; values.len()].join(", ");
        c.execute(
            &format!(
                "INSERT INTO entryversion ({}) VALUES ({marks})",
                names_used.join(", ")
            ),
            rusqlite::params_from_iter(values),
        )
        .unwrap();
    }
    path
}

/// The strike's text with `ships` ships.
fn strike(ships: u32) -> String {
    format!("Dock workers began a 48-hour strike at the port on Monday, halting the loading of {ships} container ships, the union said.")
}

#[test]
fn an_article_under_another_source_is_skipped_with_both_sources_named() {
    let env = Env::new();
    // The store already holds the fares story under the desk's name.
    let fares = env.write(
        "fares.txt",
        "Bus fares rose by 5 percent on Monday, the transit agency said.\n",
    );
    env.record(&fares, "desk", "example.com/world/fares", &[])
        .ok();
    let strike_url = "https://www.example.com/world/strike";
    let rows: Vec<Row> = vec![
        (
            "tribune",
            1,
            Sql::Real(1.0),
            "2024-03-01 08:00:00",
            strike_url,
            strike(60),
        ),
        (
            "tribune",
            1,
            Sql::Real(2.0),
            "2024-03-01 10:00:00",
            strike_url,
            strike(65),
        ),
        // The wire's copy of the same URL: the same article key, another outlet.
        (
            "wire",
            4,
            Sql::Real(1.0),
            "2024-03-01 09:00:00",
            strike_url,
            strike(61),
        ),
        (
            "wire",
            5,
            Sql::Real(1.0),
            "2024-03-01 09:30:00",
            "https://www.example.com/world/fares",
            "Bus fares rose by 6 percent on Monday, the transit agency said.".into(),
        ),
        (
            "wire",
            6,
            Sql::Real(1.0),
            "2024-03-01 09:45:00",
            "https://www.example.com/world/dam",
            "The dam held 9 million litres of water on Monday, engineers said.".into(),
        ),
    ];
    let archive = entryversion_file(&env, "outlets.db", &PUBLISHED, &[], &rows);
    let (report, stderr) = import_json(&env, &[archive.to_str().unwrap()]);
    assert_eq!(
        counts(&report, &["stored", "skipped", "other_source"]),
        [3, 2, 2],
        "{report} {stderr}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(
        lines.contains(
            &"skipped entryversion wire/4 version 1: article \"example.com/world/strike\" belongs to source \"tribune\", not \"wire\""
        ),
        "{stderr}"
    );
    assert!(
        lines.iter().any(|l| l.contains(
            "article \"example.com/world/fares\" belongs to source \"desk\", not \"wire\""
        )),
        "{stderr}"
    );
    let per_article = article_counts(&env.log_json());
    assert_eq!(per_article.get("example.com/world/strike"), Some(&2));
    assert_eq!(per_article.get("example.com/world/fares"), Some(&1));
    assert_eq!(per_article.get("example.com/world/dam"), Some(&1));
    // The text summary counts them apart.
    let again = Env::new();
    again
        .record(&fares, "desk", "example.com/world/fares", &[])
        .ok();
    let out = again
        .run_db(&["import", archive.to_str().unwrap()])
        .ok()
        .stdout;
    assert!(out.contains("2 skipped (2 under another source)"), "{out}");
}

/// A line the tribune prints under every article: a figure that is not news.
const PLAN: &str = "Subscribers get 12 issues for 30 dollars with our annual digital plan.";

/// Whether any claim of `article`'s latest version reads the plan's price.
fn has_plan_claim(env: &Env, article: &str) -> bool {
    let claims = env.claims_json(article);
    claims["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .any(|c| c["value"].as_f64() == Some(30.0))
}

#[test]
fn furniture_repeated_across_a_sources_archived_articles_is_not_claims() {
    let stories = [
        "The mill hired 40 workers this week, the owner said.",
        "The dam held 9 million litres of water on Monday, engineers said.",
        "Bus fares rose by 5 percent on Monday, the transit agency said.",
        "The council approved 14 new bus shelters on Tuesday, the mayor said.",
        "The school enrolled 350 pupils this term, the head teacher said.",
    ];
    let urls: Vec<String> = ["a", "b", "c", "d", "e"]
        .iter()
        .map(|k| format!("https://www.tribune.example/local/{k}"))
        .collect();
    let rows: Vec<Row> = stories
        .iter()
        .zip(&urls)
        .enumerate()
        .map(|(i, (s, url))| {
            (
                "tribune",
                i as i64 + 1,
                Sql::Integer(1),
                "2024-03-01 08:00:00",
                url.as_str(),
                format!("{s}\n\n{PLAN}\n"),
            )
        })
        .collect();
    // Alone, the plan's line is read as claims (nothing says it is furniture).
    let alone = Env::new();
    let one = entryversion_file(&alone, "one.db", &PUBLISHED, &[], &rows[..1]);
    import_json(&alone, &[one.to_str().unwrap()]);
    assert!(has_plan_claim(&alone, "tribune.example/local/a"));
    // In the archive of five articles, every article's plan line is furniture.
    let env = Env::new();
    let all = entryversion_file(&env, "all.db", &PUBLISHED, &[], &rows);
    let (report, _) = import_json(&env, &[all.to_str().unwrap()]);
    assert_eq!(n(&report, "stored"), 5, "{report}");
    for key in ["a", "b", "c", "d", "e"] {
        let article = format!("tribune.example/local/{key}");
        assert!(
            !has_plan_claim(&env, &article),
            "{article} kept the plan's price"
        );
        // The story's own figure stays.
        assert!(!env.claims_json(&article)["claims"]
            .as_array()
            .unwrap()
            .is_empty());
    }
    // Another source printing the same line once learns nothing from the tribune's.
    let other: Vec<Row> = vec![(
        "courier",
        9,
        Sql::Integer(1),
        "2024-03-02 08:00:00",
        "https://www.courier.example/local/z",
        format!("{}\n\n{PLAN}\n", stories[0]),
    )];
    let file = entryversion_file(&env, "courier.db", &PUBLISHED, &[], &other);
    import_json(&env, &[file.to_str().unwrap()]);
    assert!(has_plan_claim(&env, "courier.example/local/z"));
}

#[test]
fn newsedits_column_variants_are_read() {
    let url = "https://www.example.com/world/strike";
    // Versions 10, 2 and 1 out of order: compared as numbers, not text.
    let rows = |source| -> Vec<Row> {
        vec![
            (
                source,
                3,
                Sql::Real(10.0),
                "2024-03-02 09:00:00",
                url,
                strike(70),
            ),
            (
                source,
                3,
                Sql::Real(2.0),
                "2024-03-01 10:00:00",
                url,
                strike(65),
            ),
            (
                source,
                3,
                Sql::Real(1.0),
                "2024-03-01 08:00:00",
                url,
                strike(60),
            ),
        ]
    };
    let variant = |text, created, entry, source, version| Names {
        source,
        entry,
        version,
        created,
        url: "url",
        text,
    };
    let cases: &[(&str, Names, &str)] = &[
        ("published", PUBLISHED, "ap"),
        (
            "text column",
            variant(
                "text",
                "created",
                "entry_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "body column",
            variant(
                "body",
                "created",
                "entry_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "content column",
            variant(
                "content",
                "created",
                "entry_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "created_at",
            variant(
                "summary",
                "created_at",
                "entry_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "timestamp",
            variant(
                "summary",
                "timestamp",
                "entry_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "article_id",
            variant(
                "summary",
                "created",
                "article_id",
                Some("source"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "outlet",
            variant(
                "summary",
                "created",
                "entry_id",
                Some("outlet"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "news_org",
            variant(
                "summary",
                "created",
                "entry_id",
                Some("news_org"),
                Some("version"),
            ),
            "ap",
        ),
        (
            "version_num",
            variant(
                "summary",
                "created",
                "entry_id",
                Some("source"),
                Some("version_num"),
            ),
            "ap",
        ),
        // One file per outlet, as NewsEdits released them: the outlet is the file's name.
        (
            "no outlet column",
            variant("summary", "created", "entry_id", None, Some("version")),
            "bbc",
        ),
        // No version column: the time orders the versions.
        (
            "no version column",
            variant("summary", "created", "entry_id", Some("source"), None),
            "ap",
        ),
    ];
    for (what, names, source) in cases {
        let env = Env::new();
        let archive = entryversion_file(&env, "bbc.db", names, &["archive_url"], &rows("ap"));
        let (report, stderr) = import_json(&env, &[archive.to_str().unwrap()]);
        assert_eq!(report["from"], "newsedits", "{what}: {report}");
        assert_eq!(
            counts(&report, &["stored", "skipped", "claim_changes"]),
            [3, 0, 2],
            "{what}: {report} {stderr}"
        );
        let log = env
            .run_db(&["log", "example.com/world/strike", "--format", "json"])
            .ok()
            .json();
        let v = &log["versions"];
        assert_eq!(v[0]["source"], *source, "{what}: {v}");
        assert_eq!(v[0]["recorded_at"], "2024-03-01T08:00:00Z", "{what}: {v}");
        assert_eq!(v[2]["recorded_at"], "2024-03-02T09:00:00Z", "{what}: {v}");
    }
}

#[test]
fn sqlite_shapes_this_build_does_not_know_are_refused_naming_what_was_unexpected() {
    let env = Env::new();
    let rows = |url| -> Vec<Row> {
        vec![(
            "ap",
            1,
            Sql::Integer(1),
            "2024-03-01 08:00:00",
            url,
            strike(60),
        )]
    };
    let u = "https://www.example.com/world/strike";
    let compressed = entryversion_file(
        &env,
        "compressed.db",
        &PUBLISHED,
        &["compression"],
        &rows(u),
    );
    let versioned = entryversion_file(&env, "versioned.db", &PUBLISHED, &[], &rows(u));
    rusqlite::Connection::open(&versioned)
        .unwrap()
        .execute_batch(
            "CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (2);",
        )
        .unwrap();
    let no_text = entryversion_file(
        &env,
        "no_text.db",
        &Names {
            text: "html_blob",
            ..PUBLISHED
        },
        &[],
        &rows(u),
    );
    let old_diffengine = env.path("old_diffengine.db");
    rusqlite::Connection::open(&old_diffengine)
        .unwrap()
        .execute_batch(&DIFFENGINE_SCHEMA.replace(
            "\"created\" DATETIME NOT NULL, \"archive_url\"",
            "\"archive_url\"",
        ))
        .unwrap();
    let cases = [
        (
            &compressed,
            "entryversion table has a \"compression\" column",
        ),
        (&versioned, "has a \"schema_version\" table"),
        (&no_text, "has no text column (summary, text, body"),
        (
            &old_diffengine,
            "diffengine archive, but its entryversion table has no \"created\" column",
        ),
    ];
    for (file, expected) in cases {
        let r = env.run_db(&["import", file.to_str().unwrap()]).user_error();
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        assert!(r.stderr.contains(expected), "{expected}: {}", r.stderr);
    }
    env.assert_no_db();
}

#[test]
fn newsdiffs_layout_variants_are_read_or_named() {
    let env = Env::new();
    // NewsDiffs' own folder, its repository in articles/.
    let root = env.path("newsdiffs");
    let repo = root.join("articles");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, "2024-03-01T07:00:00Z", &["init", "-q"]);
    let r = env.run_db(&["import", root.to_str().unwrap()]).user_error();
    assert!(
        r.stderr.contains("without a git repository")
            && r.stderr.contains("articles holds one: import that"),
        "{}",
        r.stderr
    );
    // No commits yet: one line saying so.
    let r = env.run_db(&["import", repo.to_str().unwrap()]).user_error();
    assert!(
        r.stderr.contains("the git repository has no commits"),
        "{}",
        r.stderr
    );
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    commit(
        &repo,
        "2024-03-01T08:00:00Z",
        &[
            (
                "www.example.com/news/strike.html",
                format!("March 1\nPort strike\nBy A\n\n{}\n", strike(60)),
            ),
            (
                "notes/todo.txt",
                "Check the strike story again tomorrow at 9 am.\n".into(),
            ),
        ],
    );
    commit(
        &repo,
        "2024-03-01T10:00:00Z",
        &[(
            "www.example.com/news/strike.html",
            format!("March 1\nPort strike\nBy A\n\n{}\n", strike(65)),
        )],
    );
    // A bare copy (as a NewsDiffs server keeps it) reads like the working tree.
    let bare = env.path("bare.git");
    let out = std::process::Command::new("git")
        .args(["clone", "-q", "--bare"])
        .arg(&repo)
        .arg(&bare)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let (report, stderr) = import_json(&env, &[bare.to_str().unwrap()]);
    assert_eq!(report["from"], "git-newsdiffs", "{report}");
    assert_eq!(
        counts(&report, &["stored", "skipped", "claim_changes"]),
        [2, 1, 1],
        "{report}"
    );
    assert!(
        stderr.contains(
            "notes/todo.txt\" is not an article (NewsDiffs paths start with the site's host name"
        ),
        "{stderr}"
    );
}
