//! Hardening (issue 14): claimdiff never writes into a database that is not its own, input
//! sizes are capped, hostile pages neither stall nor impersonate, flags never panic.

use crate::common::*;

/// Every command that reads the store, with the arguments it needs.
const READ_COMMANDS: &[&[&str]] = &[
    &["log"],
    &["claims", "flood"],
    &["history", "--topic", "health"],
    &["search", "residents"],
    &["topics"],
    &["diff", "flood@1", "flood@2"],
    &["reindex"],
];

/// The files in `dir`, by name.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn another_applications_sqlite_file_is_left_byte_identical() {
    let env = Env::sqlite();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute_batch(
        "CREATE TABLE settings (k TEXT, v TEXT); INSERT INTO settings VALUES ('theme', 'dark'); \
         PRAGMA user_version = 3;",
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&env.db).unwrap();
    let listing = files_in(env.dir.path());
    let text = env.write("flood.txt", FLOOD_V1);
    let mut commands: Vec<Vec<&str>> = READ_COMMANDS.iter().map(|c| c.to_vec()).collect();
    commands.push(vec![
        "record",
        text.to_str().unwrap(),
        "--source",
        "Wire",
        "--article",
        "flood",
    ]);
    for args in commands {
        let r = env.run_db(&args).user_error();
        assert!(
            r.stderr
                .contains("is not a claimdiff database (another application's SQLite database)"),
            "{args:?}: {}",
            r.stderr
        );
        assert_eq!(std::fs::read(&env.db).unwrap(), before, "{args:?} wrote");
    }
    let mut after = files_in(env.dir.path());
    after.retain(|f| f != "flood.txt");
    assert_eq!(after, listing, "journal files appeared");
}

#[test]
fn read_commands_read_an_empty_file_as_an_empty_store_and_leave_it_empty() {
    let env = Env::sqlite();
    std::fs::write(&env.db, b"").unwrap();
    for args in READ_COMMANDS {
        let r = env.run_db(args);
        assert!(r.code == 0 || r.code == 1, "{args:?}: {}", r.stderr);
        assert!(
            !r.stderr.contains("not a claimdiff database"),
            "{args:?}: {}",
            r.stderr
        );
        assert_eq!(
            std::fs::metadata(&env.db).unwrap().len(),
            0,
            "{args:?} wrote"
        );
    }
    assert_eq!(
        article_counts(&env.log_json()),
        BTreeMap::new(),
        "an empty file is an empty store"
    );
}

/// Runs `args` as an unprivileged user when the tests run as root (root ignores directory
/// permissions), else as is; `None` when that is not possible here.
fn run_unprivileged(env: &Env, args: &[&str]) -> Option<Run> {
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut c = if root {
        // The binary must be reachable by the unprivileged user.
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN]);
        c
    } else {
        Command::new(BIN)
    };
    c.args(args)
        .args(["--db", env.db()])
        .env_remove("CLAIMDIFF_DB")
        .current_dir(env.dir.path())
        .stdin(Stdio::null());
    let out = c.output().ok()?;
    if root && String::from_utf8_lossy(&out.stderr).contains("Permission denied") {
        return None;
    }
    Some(Run::from(out))
}

#[test]
fn a_read_only_directory_reads_and_names_why_it_cannot_write() {
    let env = Env::sqlite();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &[]).ok();
    let set_mode = |mode| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(env.dir.path(), std::fs::Permissions::from_mode(mode)).unwrap();
        std::fs::set_permissions(&env.db, std::fs::Permissions::from_mode(mode & 0o444)).unwrap();
    };
    set_mode(0o555);
    let log = run_unprivileged(&env, &["log"]);
    let record = run_unprivileged(
        &env,
        &["record", "flood.txt", "--source", "Wire", "--article", "b"],
    );
    set_mode(0o755);
    let (Some(log), Some(record)) = (log, record) else {
        eprintln!("skipped: cannot run as an unprivileged user here");
        return;
    };
    assert!(log.ok().stdout.contains("flood"));
    let r = record.user_error();
    assert!(
        r.stderr.contains("the file or its directory is read-only"),
        "{}",
        r.stderr
    );
}

#[test]
fn endless_inputs_are_refused_at_the_size_cap() {
    let env = Env::new();
    let started = std::time::Instant::now();
    let mut c = env.command(&[
        "record",
        "-",
        "--source",
        "W",
        "--article",
        "a",
        "--db",
        env.db(),
    ]);
    c.stdin(std::fs::File::open("/dev/zero").unwrap());
    let r = Run::from(c.output().unwrap()).user_error();
    assert_eq!(
        r.stderr.trim(),
        "claimdiff: error: standard input is larger than the input size limit (50 MB); raise it with --max-input-size"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    env.assert_no_db();
    let line = format!("{{\"id\": 1, \"text\": \"{}\"}}\n", "a".repeat(3000));
    let r = env
        .run_stdin(
            &["extract", "--jsonl", "--max-input-size", "2K"],
            line.as_bytes(),
        )
        .user_error();
    assert!(
        r.stderr
            .contains("line 1 is larger than the input size limit (2 KB)"),
        "{}",
        r.stderr
    );
    let lexicon = env.write("topics.txt", format!("floods: {}\n", "flood, ".repeat(400)));
    let r = env
        .run(&[
            "extract",
            "--lexicon",
            lexicon.to_str().unwrap(),
            "--max-input-size",
            "1K",
            "-",
        ])
        .user_error();
    assert!(r.stderr.contains("topics file"), "{}", r.stderr);
    let r = env.run(&["log", "--max-input-size", "lots"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// Serves `body` as HTML to every request on 127.0.0.1, for the life of the test.
fn serve_html(body: String) -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let header =
                tiny_http::Header::from_bytes("Content-Type", "text/html; charset=utf-8").unwrap();
            let _ = req.respond(tiny_http::Response::from_string(body.clone()).with_header(header));
        }
    });
    format!("http://127.0.0.1:{port}")
}

#[test]
fn a_page_cannot_name_another_sites_article_as_its_own() {
    let page = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fetch/harbour-v1.html"),
    )
    .unwrap();
    assert!(page.contains("https://www.harbourledger.example/business/"));
    let base = serve_html(page);
    let env = Env::new();
    let r = env
        .run_db(&[
            "fetch",
            &format!("{base}/spoof"),
            "--delay",
            "0s",
            "--format",
            "json",
        ])
        .ok();
    assert!(
        r.stderr
            .contains("ignored its canonical URL https://www.harbourledger.example/"),
        "{}",
        r.stderr
    );
    let log = env.log_json();
    let keys: Vec<&str> = log["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["key"].as_str().unwrap())
        .collect();
    let host = base.trim_start_matches("http://");
    assert_eq!(keys, [format!("{host}/spoof")]);
    assert_eq!(
        log["articles"][0]["source"], "127.0.0.1",
        "not the page's og:site_name"
    );
}

#[test]
fn sources_and_keys_are_checked_at_record_and_keys_with_at_are_reachable() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    for (source, article, says) in [
        ("", "a", "bad --source: it is empty"),
        ("Wire\u{1b}[2J", "a", "it contains control characters"),
        ("Wire", "a\u{7}b", "bad --article"),
    ] {
        let r = env.record(&f, source, article, &[]).user_error();
        assert!(r.stderr.contains(says), "{}", r.stderr);
        env.assert_no_db();
    }
    let long = "x".repeat(3000);
    let r = env.record(&f, "Wire", &long, &[]).user_error();
    assert!(
        r.stderr.contains("3000 characters, at most 2000"),
        "{}",
        r.stderr
    );
    env.record(&f, "Wire", "medium.example/@desk/flood", &[])
        .ok();
    let r = env
        .run_db(&["claims", "medium.example/@desk/flood"])
        .user_error();
    assert!(r.stderr.contains("is named KEY@latest"), "{}", r.stderr);
    let r = env
        .run_db(&["claims", "medium.example/@desk/flood@latest"])
        .ok();
    assert!(
        r.stdout.contains("medium.example/@desk/flood@1"),
        "{}",
        r.stdout
    );
}

#[test]
fn smaller_messages_name_the_real_cause() {
    let env = Env::new();
    for bad in ["NaN", "inf", "-inf"] {
        let r = env.run_db(&[
            "history",
            "--topic",
            "health",
            &format!("--min-change={bad}"),
        ]);
        assert_eq!(r.code, 2, "{bad}: {}", r.stderr);
        assert!(r.stderr.contains("expected a percentage"), "{}", r.stderr);
    }
    // An IPv6 literal is a host (the request itself fails: nothing listens on port 9).
    let r = env.run_db(&["fetch", "http://[::1]:9/a", "--delay", "0s"]);
    assert_eq!(r.code, 1);
    assert!(!r.stderr.contains("no host"), "{}", r.stderr);
    assert!(r.stderr.contains("http://[::1]:9/a: "), "{}", r.stderr);
    // A redirect to file: is named as such, not counted as a redirect loop or a 404.
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        for req in server.incoming_requests() {
            let to = tiny_http::Header::from_bytes("Location", "file:///etc/passwd").unwrap();
            let _ = req.respond(tiny_http::Response::empty(302).with_header(to));
        }
    });
    let url = format!("http://127.0.0.1:{port}/a");
    let r = env.run_db(&["fetch", &url, "--delay", "0s"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("redirected to \"file:///etc/passwd\", which is not an http(s) URL"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_page_that_takes_too_long_to_read_is_reported_and_skipped() {
    let paragraphs: String = (0..20_000)
        .map(|i| format!("<p>Crews reached {i} villages by nightfall, officials said.</p>"))
        .collect();
    let base = serve_html(format!(
        "<html><body><article>{paragraphs}</article></body></html>"
    ));
    let env = Env::new();
    let mut c = env.command(&[
        "fetch",
        &format!("{base}/slow"),
        "--delay",
        "0s",
        "--db",
        env.db(),
    ]);
    c.env("CLAIMDIFF_PAGE_DEADLINE_MS", "1");
    let r = Run::from(c.output().unwrap());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "reading the page took longer than 0.0 s (CLAIMDIFF_PAGE_DEADLINE_MS); skipped"
        ),
        "{}",
        r.stderr
    );
    assert!(env.snapshot().is_none_or(|log| !log.contains("slow")));
}
