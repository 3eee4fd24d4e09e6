//! `claimdiff serve` over HTTP: every page and its JSON twin on the samples (the JSON equal to
//! the CLI's `--format json` of the same view), the chart's points, stored text made inert,
//! the 404 and 400 pages, refusing to start, and the record form.

mod serve_common;

use serve_common::{cli, fresh_db, get, post, samples_db, Answer, Server, BIN};

const COURIER: &str = "courier-sheinbaum-trump";

/// Each view: its path and the CLI command whose `--format json` it must equal.
const VIEWS: &[(&str, &[&str])] = &[
    ("/", &["log"]),
    ("/articles/courier-sheinbaum-trump", &["log", COURIER]),
    (
        "/articles/courier-sheinbaum-trump/compare/1/3",
        &[
            "diff",
            "courier-sheinbaum-trump@1",
            "courier-sheinbaum-trump@3",
        ],
    ),
    (
        "/articles/bajio-aranceles/versions/2",
        &["claims", "bajio-aranceles@2"],
    ),
    (
        "/sources/courier-sheinbaum-trump/wire-sheinbaum-trump",
        &["diff", COURIER, "wire-sheinbaum-trump", "--sources"],
    ),
    ("/topics", &["topics"]),
    ("/topics/tariffs", &["history", "--topic", "tariffs"]),
    (
        "/topics/tariffs?source=The%20Gulf%20Courier&all=1",
        &[
            "history",
            "--topic",
            "tariffs",
            "--source",
            "The Gulf Courier",
            "--all",
        ],
    ),
    ("/search?q=tariff", &["search", "tariff"]),
];

/// The `.json` URL of a path (the suffix goes before the query).
fn json_path(path: &str) -> String {
    match path.split_once('?') {
        Some((p, q)) => format!("{p}.json?{q}"),
        None => format!("{path}.json"),
    }
}

#[track_caller]
fn assert_page(a: &Answer, what: &str) {
    assert_eq!(a.status, 200, "{what}: {}", a.body);
    assert_eq!(a.content_type, "text/html; charset=utf-8", "{what}");
    assert!(
        a.csp.contains("default-src 'none'"),
        "{what}: CSP {:?}",
        a.csp
    );
    assert!(!a.csp.contains("unsafe-inline"), "{what}");
    assert!(a.body.starts_with("<!DOCTYPE html>"), "{what}");
    assert!(!a.body.contains("<script"), "{what}: no script on any page");
}

#[test]
fn every_page_and_its_json_twin_match_the_cli() {
    let db = samples_db();
    let server = Server::start(db, &[]);
    for (path, args) in VIEWS {
        let mut cli_args: Vec<&str> = args.to_vec();
        cli_args.extend(["--format", "json"]);
        let expected: serde_json::Value = serde_json::from_str(&cli(db, &cli_args)).unwrap();
        let by_accept = get(&server.url(path), true);
        assert_eq!(by_accept.status, 200, "{path}: {}", by_accept.body);
        assert_eq!(by_accept.content_type, "application/json", "{path}");
        assert_eq!(
            by_accept.json(),
            expected,
            "{path} (Accept) differs from {args:?}"
        );
        let by_suffix = get(&server.url(&json_path(path)), false);
        assert_eq!(
            by_suffix.json(),
            expected,
            "{path} (.json) differs from {args:?}"
        );
        assert_page(&get(&server.url(path), false), path);
    }
}

#[test]
fn the_article_page_shows_each_versions_changes_with_highlighted_words() {
    let server = Server::start(samples_db(), &[]);
    let page = get(&server.url("/articles/courier-sheinbaum-trump"), false);
    assert_page(&page, "article");
    // Three versions, newest first, and the v1 → v2 refinement "more than 50" → "55".
    for v in ["id=\"v1\"", "id=\"v2\"", "id=\"v3\""] {
        assert!(page.body.contains(v), "{v}");
    }
    assert!(page.body.contains("refinement"), "{}", page.body);
    assert!(page.body.contains("more than 50"));
    assert!(page.body.contains("<ins>"), "changed words are highlighted");
    assert!(page.body.contains("<del>"));
    // The v2 → v3 correction (30% → 25%) and its compare link.
    assert!(page.body.contains("correction"));
    assert!(page
        .body
        .contains("href=\"/articles/courier-sheinbaum-trump/compare/2/3\""));
    // The compare form and its redirect to the pair's stable URL.
    let r = get(
        &server.url("/articles/courier-sheinbaum-trump/compare?from=1&to=2"),
        false,
    );
    assert_eq!(r.status, 303);
    assert_eq!(r.location, "/articles/courier-sheinbaum-trump/compare/1/2");
}

#[test]
fn a_versions_text_has_every_claim_marked_in_place_with_a_deep_link() {
    let server = Server::start(samples_db(), &[]);
    let claims = get(
        &server.url("/articles/courier-sheinbaum-trump/versions/1.json"),
        false,
    )
    .json();
    let n = claims["claims"].as_array().unwrap().len();
    assert!(
        n >= 16,
        "courier v1 has at least the README's 16 claims: {n}"
    );
    let page = get(
        &server.url("/articles/courier-sheinbaum-trump/versions/1"),
        false,
    );
    assert_page(&page, "version");
    assert_eq!(page.body.matches("<a class=\"claim\"").count(), n);
    assert!(page.body.contains(&format!("id=\"claim-{n}\"")));
    // One claim's own page and JSON.
    let one = get(
        &server.url("/articles/courier-sheinbaum-trump/versions/1/claims/6"),
        true,
    )
    .json();
    assert_eq!(one["claims"].as_array().unwrap().len(), 1);
    assert_eq!(one["claims"][0], claims["claims"][5]);
    assert_page(
        &get(
            &server.url("/articles/courier-sheinbaum-trump/versions/1/claims/6"),
            false,
        ),
        "claim",
    );
}

#[test]
fn the_topic_chart_has_a_point_per_figure_shown() {
    let server = Server::start(samples_db(), &[]);
    let history = get(&server.url("/topics/tariffs"), true).json();
    let entries = history["entries"].as_array().unwrap();
    let shown = entries.iter().filter(|e| e["status"] != "removed").count();
    assert!(shown >= 5, "{shown}");
    let page = get(&server.url("/topics/tariffs"), false);
    assert_page(&page, "topic");
    assert!(page.body.contains("<svg"));
    assert_eq!(page.body.matches("<circle class=\"point").count(), shown);
    // The 30% → 25% correction is marked on the chart.
    assert!(
        page.body.contains("class=\"point correction"),
        "{}",
        page.body
    );
    // Filters narrow the chart as they narrow the history.
    let wire = get(&server.url("/topics/tariffs?source=Northern%20Wire"), true).json();
    let wire_points = wire["entries"].as_array().unwrap().len();
    let page = get(&server.url("/topics/tariffs?source=Northern%20Wire"), false);
    assert_eq!(
        page.body.matches("<circle class=\"point").count(),
        wire_points
    );
}

#[test]
fn the_articles_list_filters_by_source_and_topic() {
    let server = Server::start(samples_db(), &[]);
    let all = get(&server.url("/"), false);
    assert_page(&all, "articles");
    assert_eq!(all.body.matches("<a class=\"article\"").count(), 3);
    let courier = get(&server.url("/?source=The%20Gulf%20Courier"), true).json();
    assert_eq!(courier["articles"].as_array().unwrap().len(), 1);
    let page = get(&server.url("/?source=The%20Gulf%20Courier"), false);
    assert_eq!(page.body.matches("<a class=\"article\"").count(), 1);
    // Claim changes of the Courier's article over its three versions are counted.
    assert!(page.body.contains("<td class=\"num\">3</td>"), "versions");
    let on_tariffs = get(&server.url("/?topic=aranceles"), true).json();
    assert_eq!(on_tariffs["articles"].as_array().unwrap().len(), 3);
    let search = get(&server.url("/search?q=tariff"), false);
    assert_page(&search, "search");
    assert!(search.body.contains("claims match"));
}

#[test]
fn unknown_things_are_404_pages_and_bad_parameters_are_400_naming_them() {
    let server = Server::start(samples_db(), &[]);
    let not_found = [
        ("/articles/nope", "no article \"nope\""),
        (
            "/articles/courier-sheinbaum-trump/versions/9",
            "has no version 9",
        ),
        (
            "/articles/courier-sheinbaum-trump/versions/x",
            "has no version \"x\"",
        ),
        (
            "/articles/courier-sheinbaum-trump/versions/1/claims/99",
            "has no claim \"99\"",
        ),
        (
            "/articles/courier-sheinbaum-trump/compare/1/1",
            "the same version",
        ),
        ("/topics/zzzz", "no claims match topic \"zzzz\""),
        ("/sources/nope/wire-sheinbaum-trump", "no article \"nope\""),
        ("/no/such/page", "no page at /no/such/page"),
    ];
    for (path, says) in not_found {
        let a = get(&server.url(path), false);
        assert_eq!(a.status, 404, "{path}");
        assert!(
            a.body.contains(&says.replace('"', "&quot;")),
            "{path}: {}",
            a.body
        );
        assert!(a.body.contains("<a href=\"/"), "{path}: a link back");
        assert_eq!(get(&server.url(path), true).status, 404, "{path} as JSON");
    }
    let bad = [
        ("/topics/tariffs?limit=ten", "limit"),
        ("/topics/tariffs?since=yesterday", "since"),
        ("/topics/tariffs?min_change=lots", "min_change"),
        ("/topics/tariffs?all=maybe", "all"),
        ("/topics/tariffs?colour=red", "colour"),
        ("/?page=0", "page"),
        ("/?topic=zzzz", "topic"),
        ("/articles/courier-sheinbaum-trump/compare?from=1", "to"),
        ("/search?q=x&limit=-1", "limit"),
    ];
    for (path, name) in bad {
        let a = get(&server.url(path), true);
        assert_eq!(a.status, 400, "{path}: {}", a.body);
        let error = a.json()["error"].as_str().unwrap().to_string();
        assert!(error.contains(&format!("\"{name}\"")), "{path}: {error}");
        let page = get(&server.url(path), false);
        assert_eq!(page.status, 400, "{path}");
        assert!(page.body.contains(&format!("&quot;{name}&quot;")), "{path}");
    }
}

#[test]
fn stored_markup_scripts_and_escapes_are_shown_inert() {
    let db = fresh_db("xss");
    let dir = db.parent().unwrap().to_path_buf();
    let text = "Officials said <script>alert(1)</script> 55 people were evacuated \
                <img src=x onerror=alert(2)> from the valley.\n\n\
                Click <a href=\"javascript:alert(3)\">here</a>: \x1b[31m120 homes\x1b[0m were \
                flooded, the agency said.\n";
    let v2 = text.replace("55 people", "70 people");
    let (f1, f2) = (dir.join("xss1.txt"), dir.join("xss2.txt"));
    std::fs::write(&f1, text).unwrap();
    std::fs::write(&f2, v2).unwrap();
    let title = "<script>alert('title')</script><img src=x onerror=alert(4)>";
    for (f, at) in [(&f1, "2025-12-04T08:00:00Z"), (&f2, "2025-12-04T09:00:00Z")] {
        cli(
            &db,
            &[
                "record",
                f.to_str().unwrap(),
                "--source",
                "<b onmouseover=alert(5)>Evil</b>",
                "--article",
                "x\"><script>alert(6)</script>",
                "--title",
                title,
                "--at",
                at,
            ],
        );
    }
    let server = Server::start(&db, &[]);
    let key = "x%22%3E%3Cscript%3Ealert%286%29%3C%2Fscript%3E";
    let pages = [
        "/".to_string(),
        format!("/articles/{key}"),
        format!("/articles/{key}/versions/1"),
        format!("/articles/{key}/versions/1/claims/1"),
        format!("/articles/{key}/compare/1/2"),
        "/topics/disasters".to_string(),
        "/search?q=evacuated".to_string(),
        "/sources".to_string(),
    ];
    for path in &pages {
        let a = get(&server.url(path), false);
        assert_page(&a, path);
        for raw in [
            "<img",
            "<b ",
            "<a href=\"javascript",
            "href=\"javascript",
            "\x1b",
        ] {
            assert!(!a.body.contains(raw), "{path} carries {raw:?} raw");
        }
        assert!(
            !a.body.contains("onerror=alert") || a.body.contains("&lt;img src=x onerror=alert"),
            "{path}: onerror= only as escaped text"
        );
    }
    // The text is there, escaped: shown, not run.
    let article = get(&server.url(&format!("/articles/{key}")), false);
    assert!(
        article
            .body
            .contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
            || article
                .body
                .contains("&lt;script&gt;alert('title')&lt;/script&gt;"),
        "{}",
        article.body
    );
    let version = get(&server.url(&format!("/articles/{key}/versions/1")), false);
    assert!(version.body.contains("&lt;script&gt;alert("));
    assert!(version.body.contains("&lt;img src=x onerror=alert("));
    assert!(
        version.body.contains("120 homes["),
        "the escape's printable rest stays"
    );
}

/// Runs `serve` on `db` bound to `bind`, which must refuse to start: exit 1 and one line on
/// stderr, returned.
#[track_caller]
fn refused(db: &std::path::Path, bind: &str) -> String {
    let out = std::process::Command::new(BIN)
        .args(["serve", "--bind", bind, "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("claimdiff: error: "), "{err}");
    err
}

#[test]
fn serve_refuses_to_start_on_a_missing_or_newer_database_or_a_busy_port() {
    let missing = fresh_db("missing");
    refused(&missing, "127.0.0.1:0");
    assert!(!missing.exists(), "no database was created");

    let newer = fresh_db("newer");
    cli(
        &newer,
        &["record", "README.md", "--source", "S", "--article", "a"],
    );
    rusqlite::Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let err = refused(&newer, "127.0.0.1:0");
    assert!(err.contains("newer"), "{err}");

    let server = Server::start(samples_db(), &[]);
    let port = server.base.rsplit(':').next().unwrap();
    let err = refused(samples_db(), &format!("127.0.0.1:{port}"));
    assert!(err.contains("the address is in use"), "{err}");
}

#[test]
fn recording_needs_allow_record_and_a_same_origin_form() {
    let db = fresh_db("record");
    let seed = db.parent().unwrap().join("seed.txt");
    std::fs::write(&seed, "The agency said 40 people were rescued on Monday.\n").unwrap();
    cli(
        &db,
        &[
            "record",
            seed.to_str().unwrap(),
            "--source",
            "S",
            "--article",
            "a",
        ],
    );
    let form = [
        ("source", "S"),
        ("article", "a"),
        ("text", "The agency said 45 people were rescued on Monday."),
    ];
    let read_only = Server::start(&db, &[]);
    assert_eq!(post(&read_only.url("/record"), &form, &[]).status, 404);
    assert_eq!(get(&read_only.url("/record"), false).status, 404);
    drop(read_only);

    let server = Server::start(&db, &["--allow-record"]);
    assert_page(&get(&server.url("/record"), false), "record form");
    let foreign = [("Origin", "http://evil.example")];
    assert_eq!(post(&server.url("/record"), &form, &foreign).status, 400);
    let missing = post(&server.url("/record"), &[("source", "S")], &[]);
    assert_eq!(missing.status, 400);
    let host = server.base.trim_start_matches("http://").to_string();
    let origin = format!("http://{host}");
    let done = post(&server.url("/record"), &form, &[("Origin", &origin)]);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location, "/articles/a#v2");
    let versions = get(&server.url("/articles/a"), true).json();
    assert_eq!(versions["versions"].as_array().unwrap().len(), 2);
}

#[test]
fn a_bind_beyond_loopback_is_warned_about() {
    let out = std::process::Command::new(BIN)
        .args(["serve", "--bind", "0.0.0.0:0", "--db"])
        .arg(samples_db())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = out;
    let mut err = String::new();
    use std::io::BufRead;
    std::io::BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut err)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(err.contains("warning: listening on 0.0.0.0"), "{err}");
    assert!(err.contains("not loopback"), "{err}");
}

#[test]
fn the_topic_filter_sees_an_article_recorded_while_serving() {
    let db = fresh_db("topic-cache");
    let text = |name: &str, body: &str| {
        let path = db.parent().unwrap().join(name);
        std::fs::write(&path, body).unwrap();
        path
    };
    let first = text(
        "a.txt",
        "Officials said a 25% tariff on steel would start in March.\n",
    );
    cli(
        &db,
        &[
            "record",
            first.to_str().unwrap(),
            "--source",
            "S",
            "--article",
            "a",
        ],
    );
    let server = Server::start(&db, &[]);
    let on_tariffs = || get(&server.url("/?topic=tariffs"), true).json()["articles"].clone();
    assert_eq!(on_tariffs().as_array().unwrap().len(), 1);
    // Asked again, the kept answer; after another article on the topic, a fresh one.
    assert_eq!(on_tariffs().as_array().unwrap().len(), 1);
    let second = text(
        "b.txt",
        "The government set a 10% tariff on imported cars.\n",
    );
    cli(
        &db,
        &[
            "record",
            second.to_str().unwrap(),
            "--source",
            "T",
            "--article",
            "b",
        ],
    );
    let keys: Vec<String> = on_tariffs()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["key"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(keys, ["a", "b"]);
}

/// The articles page's "Claim changes" cell of each article, by key.
fn change_cells(server: &Server) -> std::collections::BTreeMap<String, usize> {
    let page = get(&server.url("/"), false);
    assert_page(&page, "articles");
    page.body
        .split("<tr>")
        .filter_map(|row| {
            let key = row
                .split("<small class=\"key\">")
                .nth(1)?
                .split('<')
                .next()?;
            let last = row.rsplit("<td class=\"num\">").next()?.split('<').next()?;
            Some((key.to_string(), last.parse().ok()?))
        })
        .collect()
}

/// Each article's claim changes as `claimdiff diff` reports them, version after version.
fn diffed_changes(db: &std::path::Path) -> std::collections::BTreeMap<String, usize> {
    let log: serde_json::Value =
        serde_json::from_str(&cli(db, &["log", "--format", "json"])).unwrap();
    let mut out = std::collections::BTreeMap::new();
    for a in log["articles"].as_array().unwrap() {
        let key = a["key"].as_str().unwrap();
        let versions = a["versions"].as_u64().unwrap();
        let mut n = 0;
        for v in 1..versions {
            let d = cli(
                db,
                &[
                    "diff",
                    &format!("{key}@{v}"),
                    &format!("{key}@{}", v + 1),
                    "--format",
                    "json",
                ],
            );
            let s = &serde_json::from_str::<serde_json::Value>(&d).unwrap()["summary"];
            n += ["added", "changed", "removed"]
                .iter()
                .map(|k| s[k].as_u64().unwrap() as usize)
                .sum::<usize>();
        }
        out.insert(key.to_string(), n);
    }
    out
}

#[test]
fn claim_changes_are_what_diff_reports_from_the_store_the_fallback_and_the_migration() {
    let db = fresh_db("changes");
    std::fs::copy(samples_db(), &db).unwrap();
    let expected = diffed_changes(&db);
    assert_eq!(expected.len(), 3);
    assert!(expected[COURIER] > 0, "{expected:?}");
    // Read from the counts stored with each version's lineage.
    let stored = {
        let server = Server::start(&db, &[]);
        change_cells(&server)
    };
    assert_eq!(stored, expected);
    let sql = |s: &str| {
        rusqlite::Connection::open(&db)
            .unwrap()
            .execute_batch(s)
            .unwrap()
    };
    // The page reads the stored counts (not a diff): a count changed in the store shows.
    let wire = "(SELECT v.id FROM versions v JOIN articles a ON a.id = v.article_id \
                WHERE a.key = 'wire-sheinbaum-trump')";
    sql(&format!(
        "UPDATE version_changes SET changes = changes + 100 WHERE version_id IN {wire}"
    ));
    let bumped = {
        let server = Server::start(&db, &[]);
        change_cells(&server)
    };
    assert_eq!(
        bumped["wire-sheinbaum-trump"],
        expected["wire-sheinbaum-trump"] + 100
    );
    sql(&format!(
        "UPDATE version_changes SET changes = changes - 100 WHERE version_id IN {wire}"
    ));
    // Versions without a stored lineage: the page diffs them itself, with the same result.
    sql("UPDATE versions SET linked = 0 WHERE article_id = \
         (SELECT id FROM articles WHERE key = 'courier-sheinbaum-trump')");
    let fallback = {
        let server = Server::start(&db, &[]);
        change_cells(&server)
    };
    assert_eq!(fallback, expected);
    // A store from before schema 12: the migration counts from the stored lineage. Later
    // migrations (schema 14 stores claim statuses as codes) cannot run twice, so 0012's SQL
    // runs here on the claims as schema 12 had them (a temporary view over the codes).
    sql("UPDATE versions SET linked = 1");
    sql(&format!(
        "DROP TABLE version_changes;
         CREATE TEMP VIEW claims AS SELECT id, version_id, previous_id,
             CASE status WHEN 0 THEN 'new' WHEN 1 THEN 'changed' WHEN 2 THEN 'unchanged' END
             AS status FROM main.claims;
         {}
         DROP VIEW temp.claims;",
        include_str!("../schema/0012_version_changes.sql")
    ));
    cli(&db, &["log"]);
    let rows: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM version_changes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 6, "a row per version");
    let migrated = {
        let server = Server::start(&db, &[]);
        change_cells(&server)
    };
    assert_eq!(migrated, expected);
    // Removing a version recounts the one that now follows its predecessor.
    cli(&db, &["rm", "courier-sheinbaum-trump@2"]);
    let after_rm = {
        let server = Server::start(&db, &[]);
        change_cells(&server)
    };
    assert_eq!(after_rm, diffed_changes(&db));
}
