//! PostgreSQL-only behaviour of the CLI (run when `CLAIMDIFF_TEST_PG` names a server; the
//! rest of the suite runs on both backends): what a failure to reach or use the server says,
//! never with the password.

use crate::common::*;

/// The test server's base URL, or `None` (the test then says it is skipped and passes).
fn server() -> Option<String> {
    let base = pg_base();
    if base.is_none() {
        eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    }
    base
}

/// `url` with `user:password@` in place of the base URL's user part.
fn with_login(base: &str, login: &str, db: &str) -> String {
    let host = base.rsplit_once('@').map_or(base, |(_, h)| h);
    let host = host.strip_prefix("postgres://").unwrap_or(host);
    format!("postgres://{login}@{host}/{db}")
}

#[test]
fn server_failures_are_one_line_without_the_password() {
    let Some(base) = server() else { return };
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let name = env.db_label().to_string();
    for (db, says) in [
        (
            "postgres://reporter:hunter2@127.0.0.1:1/news".to_string(),
            "cannot connect to PostgreSQL at postgres://reporter:***@127.0.0.1:1/news",
        ),
        (
            with_login(&base, "nobody:hunter2", &name),
            "role \"nobody\" does not exist",
        ),
        (
            with_login(&base, "postgres:hunter2", "no_such_db"),
            "database \"no_such_db\" does not exist",
        ),
    ] {
        for args in [
            vec!["log"],
            vec![
                "record",
                f.to_str().unwrap(),
                "--source",
                "Wire",
                "--article",
                "flood",
            ],
        ] {
            let mut all = args.clone();
            all.extend(["--db", &db]);
            let r = env.run(&all).user_error();
            assert!(r.stderr.contains(says), "{all:?}: {}", r.stderr);
            assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
        }
    }
    env.assert_no_db();
}

#[test]
fn a_database_with_other_tables_is_refused_and_left_alone() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    env.sql("CREATE TABLE payroll (id integer); INSERT INTO payroll VALUES (7);");
    let f = env.write("flood.txt", FLOOD_V1);
    for r in [env.run_db(&["log"]), env.record(&f, "Wire", "flood", &[])] {
        let r = r.user_error();
        assert!(
            r.stderr
                .contains("is not a claimdiff database (it holds other tables)"),
            "{}",
            r.stderr
        );
    }
    assert!(!env.has_db());
    assert_eq!(env.sql_count("SELECT count(*) FROM payroll"), 1);
}

#[test]
fn claimdiff_db_selects_postgres_by_its_url() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let out = env
        .command(&[
            "record",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--article",
            "flood",
        ])
        .env("CLAIMDIFF_DB", env.db())
        .output()
        .unwrap();
    Run::from(out).ok();
    assert_eq!(env.sql_count("SELECT count(*) FROM versions"), 1);
    assert!(!env.path("claimdiff.db").exists());
}

/// A feed with one story on 127.0.0.1 (tiny_http, port 0) whose body the test swaps; it stops
/// when `stop` is set.
fn story_server(
    body: std::sync::Arc<std::sync::Mutex<String>>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> (String, std::thread::JoinHandle<()>) {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let port = server.server_addr().to_ip().expect("an IP address").port();
    let base = format!("http://127.0.0.1:{port}");
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>\
         <item><title>Flood</title><link>{base}/flood</link></item></channel></rss>"
    );
    let thread = std::thread::spawn(move || {
        while !stop.load(std::sync::atomic::Ordering::SeqCst) {
            let Ok(Some(req)) = server.recv_timeout(std::time::Duration::from_millis(20)) else {
                continue;
            };
            let (ct, text) = if req.url() == "/feed" {
                ("application/rss+xml", feed.clone())
            } else {
                let paragraphs: String = body
                    .lock()
                    .unwrap()
                    .split("\n\n")
                    .map(|p| format!("<p>{}</p>", p.trim()))
                    .collect();
                let html = format!(
                    "<html><head><title>Flood</title></head><body><article>{paragraphs}\
                     </article></body></html>"
                );
                ("text/html; charset=utf-8", html)
            };
            let header = tiny_http::Header::from_bytes("Content-Type", ct).unwrap();
            let _ = req.respond(tiny_http::Response::from_string(text).with_header(header));
        }
    });
    (base, thread)
}

/// Polls `f` every 50 ms until it holds, for at most 60 s.
fn wait_until(what: &str, mut f: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !f() {
        assert!(
            std::time::Instant::now() < deadline,
            "gave up waiting: {what}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn watch_waits_for_a_lost_database_with_backoff_and_records_afterwards() {
    use std::io::Read;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    let Some(base) = server() else { return };
    let env = Env::new();
    let name = env.db_label().to_string();
    let body = Arc::new(Mutex::new(FLOOD_V1.to_string()));
    let stop = Arc::new(AtomicBool::new(false));
    let (site, http) = story_server(body.clone(), stop.clone());
    // A password in the URL (the test server trusts every login): never shown.
    let db = with_login(&base, "postgres:hunter2", &name);
    let feed = format!("{site}/feed");
    let mut child = env
        .command(&[
            "watch", &feed, "--every", "1s", "--delay", "0s", "--source", "Wire", "--db", &db,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimdiff watch");
    let stderr = Arc::new(Mutex::new(String::new()));
    let reader = {
        let (mut pipe, stderr) = (child.stderr.take().unwrap(), stderr.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 1024];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                stderr
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        })
    };
    wait_until("the first version", || {
        env.has_db() && env.sql_count("SELECT count(*) FROM versions") == 1
    });
    // The database goes away: no new connections, watch's own cut.
    let mut admin = pg_client(&format!("{base}/postgres"));
    admin
        .batch_execute(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'"
        ))
        .unwrap();
    *body.lock().unwrap() = FLOOD_V2.to_string();
    let said = |s: &str| stderr.lock().unwrap().contains(s);
    wait_until("two retries", || said("retrying in 2s"));
    admin
        .batch_execute(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true"))
        .unwrap();
    wait_until("the second version", || {
        env.sql_count("SELECT count(*) FROM versions") == 2
    });
    let _ = child.kill();
    let _ = child.wait();
    stop.store(true, Ordering::SeqCst);
    http.join().unwrap();
    reader.join().unwrap();
    let err = stderr.lock().unwrap().clone();
    // One line per wait, naming the cause and the wait, doubling.
    assert!(
        err.contains(&format!(
            "the database is unreachable (cannot connect to PostgreSQL at {}",
            redacted(&db)
        )),
        "{err}"
    );
    assert!(
        err.contains("is not currently accepting connections); retrying in 1s"),
        "{err}"
    );
    assert!(err.contains("retrying in 2s"), "{err}");
    assert!(err.contains("the database answers again"), "{err}");
    assert!(!err.contains("hunter2"), "{err}");
    // The version recorded afterwards is the new text, numbered after the first.
    assert_eq!(
        env.sql_count("SELECT max(number)::bigint FROM versions"),
        2,
        "{err}"
    );
    assert_eq!(
        env.sql_count("SELECT count(*) FROM versions WHERE text LIKE '%3,100 residents%'"),
        1
    );
}

/// `url` with its password shown as `***`, as claimdiff's messages show it.
fn redacted(url: &str) -> String {
    url.replace(":hunter2@", ":***@")
}

#[test]
fn serve_counts_claim_changes_from_the_stored_lineage() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    env.record(&env.write("v1.txt", FLOOD_V1), "Wire", "flood", &[])
        .ok();
    env.record(&env.write("v2.txt", FLOOD_V2), "Wire", "flood", &[])
        .ok();
    let d = env
        .run_db(&["diff", "flood@1", "flood@2", "--format", "json"])
        .ok()
        .json();
    let expected: u64 = ["added", "changed", "removed"]
        .iter()
        .map(|k| d["summary"][k].as_u64().unwrap())
        .sum();
    assert!(expected > 0, "{d}");
    assert_eq!(
        env.sql_count("SELECT coalesce(sum(changes), 0)::bigint FROM version_changes"),
        expected as i64
    );
    // The page shows the stored count: one changed in the store shows.
    env.sql("UPDATE version_changes SET changes = changes + 100");
    let mut child = env
        .command(&["serve", "--bind", "127.0.0.1:0", "--db", env.db()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let base = crate::common::served_base(&mut child);
    let page = ureq::get(&format!("{base}/"))
        .call()
        .map(|mut r| r.body_mut().read_to_string().unwrap());
    let _ = child.kill();
    let _ = child.wait();
    let page = page.unwrap();
    let cell = format!("<td class=\"num\">{}</td>", expected + 200);
    assert!(page.contains(&cell), "{cell} in {page}");
}
