//! `watch` of RSS and Atom feeds.

use super::*;

fn feed_server() -> Server {
    Server::start(|hit, _| {
        let base = format!("http://{}", hit.headers["host"]);
        match hit.path.split('?').next().unwrap() {
            "/feeds/business.rss" => {
                let body = fixture("feed.rss").replace("{{BASE}}", &base);
                if hit.headers.get("if-none-match").map(String::as_str) == Some("\"rss-1\"") {
                    Reply::status(304)
                } else {
                    Reply::with_type(200, "application/rss+xml; charset=utf-8", body)
                        .header("ETag", "\"rss-1\"")
                }
            }
            "/feeds/ciudad.atom" => Reply::with_type(
                200,
                "application/atom+xml",
                fixture("feed.atom").replace("{{BASE}}", &base),
            ),
            "/feeds/broken.xml" => Reply::with_type(
                200,
                "application/rss+xml",
                "<rss><channel><item><title>oops</ti",
            ),
            "/business/port" => Reply::html(fixture("harbour-v1.html")),
            "/island/ferry-cuts" => Reply::html(fixture("plain-story.html")),
            "/ciudad/presupuesto-2026.html" => Reply::html(fixture("valdoria-latin1.html")),
            _ => Reply::status(404),
        }
    })
}

#[test]
fn watch_once_reads_rss_and_atom_and_records_every_linked_article() {
    let server = feed_server();
    let (_dir, db) = temp_db();
    let rss = server.url("/feeds/business.rss");
    let atom = server.url("/feeds/ciudad.atom");
    let r = claimdiff(&db, &["watch", &rss, &atom, "--once", "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(r.stderr, "");
    // Three distinct articles (the port story is in both feeds, once with tracking parameters).
    let port = server.base.rsplit(':').next().unwrap().to_string();
    for key in [
        PORT_KEY.to_string(),
        format!("127.0.0.1:{port}/island/ferry-cuts"),
        "diariodevaldoria.example/ciudad/2025/11/20/presupuesto-2026.html".to_string(),
    ] {
        assert!(
            r.stdout.contains(&format!("recorded {key}@1")),
            "{key}: {}",
            r.stdout
        );
    }
    assert!(
        r.stdout
            .lines()
            .last()
            .unwrap()
            .ends_with(": 2 feeds, 4 articles: 3 new versions, 1 unchanged, 0 failed"),
        "{}",
        r.stdout
    );
    // The relative Atom link was resolved against the feed; the enclosure was not fetched.
    assert_eq!(server.hits("/ciudad/presupuesto-2026.html").len(), 1);
    assert!(server.hits("/img/pleno.jpg").is_empty());

    // A second round: the RSS feed answers 304 and its cached links are fetched again.
    let r = claimdiff(
        &db,
        &[
            "watch", &rss, &atom, "--once", "--delay", "0s", "--format", "json",
        ],
        &[],
    );
    let v = json_of(&r);
    assert_eq!(
        server.hits("/feeds/business.rss")[1].headers["if-none-match"],
        "\"rss-1\""
    );
    assert_eq!(v["feeds"][0]["not_modified"], true, "{v}");
    assert_eq!(v["feeds"][0]["articles"], 2);
    assert_eq!(v["summary"]["new_versions"], 0);
    assert_eq!(v["summary"]["unchanged"], 4);
    assert_eq!(server.hits("/island/ferry-cuts").len(), 2);
    assert_eq!(versions_of(&db, PORT_KEY).len(), 1);
}

#[test]
fn watch_reports_a_malformed_feed_and_goes_on() {
    let server = feed_server();
    let (_dir, db) = temp_db();
    let broken = server.url("/feeds/broken.xml");
    let missing = server.url("/feeds/gone.rss");
    let rss = server.url("/feeds/business.rss");
    let r = claimdiff(
        &db,
        &["watch", &broken, &missing, &rss, "--once", "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.stderr);
    assert!(
        lines[0].starts_with(&format!(
            "claimdiff: error: {broken}: not an RSS or Atom feed"
        )),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        format!("claimdiff: error: {missing}: HTTP 404 Not Found")
    );
    assert_eq!(lines[2], "claimdiff: error: 2 of 5 URLs failed");
    assert!(
        r.stdout.contains(&format!("recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
}

#[test]
fn watch_without_once_polls_again_after_the_interval() {
    // Runs the loop for a little over one interval and checks the feed was read twice.
    let server = feed_server();
    let (_dir, db) = temp_db();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args([
            "watch",
            &server.url("/feeds/ciudad.atom"),
            "--every",
            "400ms",
            "--delay",
            "0s",
            "--db",
        ])
        .arg(&db)
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while server.hits("/feeds/ciudad.atom").len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let hits = server.hits("/feeds/ciudad.atom");
    assert!(hits.len() >= 2, "{out}");
    let gap = hits[1].at - hits[0].at;
    assert!(gap >= Duration::from_millis(350), "{gap:?}");
    assert!(
        out.contains(": 1 feed, 2 articles: 2 new versions, 0 unchanged, 0 failed"),
        "{out}"
    );
}
