//! `fetch` when URLs, hosts or flags are bad: one line per failure, the others proceed.

use super::*;

#[test]
fn each_bad_url_gets_one_error_line_and_the_others_proceed() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/ok" => Reply::html(fixture("harbour-v1.html")),
        "/missing" => Reply::status(404),
        "/broken" => Reply::status(500),
        "/slow" => {
            let mut r = Reply::html(fixture("plain-story.html"));
            r.delay = Duration::from_secs(10);
            r
        }
        "/huge" => Reply::html(vec![b'x'; 300_000]),
        "/huge-chunked" => {
            let mut r = Reply::html(vec![b'x'; 300_000]);
            r.chunked = true;
            r
        }
        "/photo.png" => Reply::with_type(200, "image/png", vec![0x89, b'P', b'N', b'G', 0, 0]),
        "/section" => Reply::html(fixture("section-front.html")),
        _ => Reply::status(404),
    });
    let (_dir, db) = temp_db();
    let bad: Vec<(String, &str)> = vec![
        (server.url("/missing"), "HTTP 404 Not Found"),
        (server.url("/broken"), "HTTP 500 Internal Server Error"),
        (server.url("/slow"), "timed out after 400 ms"),
        (server.url("/huge"), "larger than the 97 KB limit"),
        (server.url("/huge-chunked"), "larger than the 97 KB limit"),
        (
            server.url("/photo.png"),
            "not an HTML page (Content-Type: image/png)",
        ),
        (server.url("/section"), "no article body found"),
        (
            "http://127.0.0.1:1/closed".to_string(),
            "connection refused",
        ),
        ("not-a-url".to_string(), "expected http:// or https://"),
    ];
    let ok = server.url("/ok");
    let mut args: Vec<&str> = vec!["fetch"];
    args.extend(bad.iter().map(|(u, _)| u.as_str()));
    args.push(&ok);
    args.extend(["--delay", "0s"]);
    let started = Instant::now();
    let r = claimdiff(
        &db,
        &args,
        &[
            ("CLAIMDIFF_HTTP_TIMEOUT_MS", "400"),
            ("CLAIMDIFF_HTTP_MAX_BYTES", "100000"),
        ],
    );
    // The slow page answers after 10 s: the 400 ms timeout must keep the run short.
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(lines.len(), bad.len() + 1, "{}", r.stderr);
    for ((url, reason), line) in bad.iter().zip(&lines) {
        let prefix = format!("claimdiff: error: {url}: ");
        assert!(
            line.starts_with(&prefix) && line.contains(reason),
            "want {prefix}…{reason}…, got {line}"
        );
    }
    assert_eq!(
        lines[bad.len()],
        format!(
            "claimdiff: error: {} of {} URLs failed",
            bad.len(),
            bad.len() + 1
        )
    );
    // The good URL was recorded, and only it.
    assert!(
        r.stdout
            .starts_with(&format!("{ok}: recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
    let log = json_of(&claimdiff(&db, &["log", "--format", "json"], &[]));
    assert_eq!(log["articles"].as_array().unwrap().len(), 1, "{log}");
}

#[test]
fn nothing_is_created_when_every_url_fails() {
    let server = Server::start(|_, _| Reply::status(404));
    let (dir, db) = temp_db();
    let r = claimdiff(&db, &["fetch", &server.url("/a"), "--delay", "0s"], &[]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, "");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "no database, no cache"
    );
}

#[test]
fn a_host_that_keeps_failing_is_skipped_and_json_output_stays_clean() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/ok" => Reply::html(fixture("harbour-v1.html")),
        _ => Reply::status(503),
    });
    let (_dir, db) = temp_db();
    let ok = server.url("/ok");
    let urls: Vec<String> = (1..=4).map(|i| server.url(&format!("/down{i}"))).collect();
    let mut args: Vec<&str> = vec!["fetch", &ok];
    args.extend(urls.iter().map(String::as_str));
    args.extend(["--delay", "0s", "--format", "json"]);
    let r = claimdiff(&db, &args, &[]);
    assert_eq!(r.code, 1);
    // Three failures in a row, then the host is left alone.
    assert_eq!(server.hits("/down4").len(), 0);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(
        lines[3].contains("skipped: 127.0.0.1:") && lines[3].contains("failed 3 times in a row"),
        "{}",
        r.stderr
    );
    // JSON on stdout has the successes only; the errors stayed on stderr.
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["status"], "stored");
    assert_eq!(results[0]["url"], ok.as_str());
    assert_eq!(results[0]["article"], PORT_KEY);
    assert_eq!(results[0]["source"], "The Harbour Ledger");
    assert_eq!(results[0]["version"]["number"], 1);
}

#[test]
fn requests_to_one_host_are_spaced_by_the_delay() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/a" => Reply::html(fixture("harbour-v1.html")),
        _ => Reply::html(fixture("plain-story.html")),
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &[
            "fetch",
            &server.url("/a"),
            &server.url("/b"),
            "--delay",
            "300ms",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let gap = server.hits("/b")[0].at - server.hits("/a")[0].at;
    assert!(gap >= Duration::from_millis(290), "{gap:?}");
}

#[test]
fn bad_flags_fail_before_any_request() {
    let (dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["watch", "http://127.0.0.1:1/feed", "--every", "15x"],
        &[],
    );
    assert_eq!(r.code, 2, "a bad duration is a usage error");
    assert!(
        r.stderr
            .contains("invalid value '15x' for '--every <DURATION>': expected a duration like"),
        "{}",
        r.stderr
    );
    let r = claimdiff(
        &db,
        &[
            "fetch",
            "http://127.0.0.1:1/a",
            "http://127.0.0.1:1/b",
            "--article",
            "k",
        ],
        &[],
    );
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("--article"), "{}", r.stderr);
    let r = claimdiff(&db, &["fetch"], &[]);
    assert_eq!(r.code, 2);
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}
