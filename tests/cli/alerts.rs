//! Alerts: `watch --notify-url/--notify-cmd` against a local receiver on 127.0.0.1 (a std
//! `TcpListener` thread written here: it can fail, hang or accept), with the watched article
//! served by a local page server whose page changes between runs; and `claimdiff feed`, parsed
//! back with feed-rs. Retry delays are shortened with `CLAIMDIFF_NOTIFY_BACKOFF_MS`.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::common::{Env, Run};

// ---------------------------------------------------------------------------------------------
// the watched site: one RSS feed linking one article whose text the test sets

/// The article's text for version `n`: five claims whose changes differ in topic, kind,
/// direction and size (see the qualifying test for which pass the filters).
fn story(killed: &str, homes: &str, cost: &str, evacuated: &str, bridges: &str) -> String {
    let paragraphs = [
        format!("At least {killed} people were killed in the floods in Valencia, officials said on Tuesday."),
        format!("The regional government said {homes} homes were damaged by the water."),
        format!("The city council said the new stadium will cost {cost} million euros."),
        format!("Rescue teams evacuated {evacuated} residents from the flooded districts overnight."),
        format!("The storm destroyed {bridges} bridges across the province, engineers said."),
    ];
    let body: String = paragraphs.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Floods in Valencia</title></head><body><article><h1>Floods in Valencia</h1>\n\
         {body}</article></body></html>"
    )
}

fn version(n: usize) -> String {
    match n {
        1 => story("40", "1,200", "300", "2,000", "30"),
        2 => story("52", "1,150", "450", "2,050", "40"),
        _ => story("60", "900", "450", "3,000", "40"),
    }
}

/// A tiny_http server for the feed and the article; `page` is the article's current HTML.
struct Site {
    base: String,
    page: Arc<Mutex<String>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Site {
    fn start() -> Site {
        let server = tiny_http::Server::http("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let base = format!("http://127.0.0.1:{port}");
        let page = Arc::new(Mutex::new(version(1)));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (page, stop, base) = (page.clone(), stop.clone(), base.clone());
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(120);
                while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
                    let Ok(Some(req)) = server.recv_timeout(Duration::from_millis(20)) else {
                        continue;
                    };
                    let (ct, body) = if req.url().starts_with("/feed.rss") {
                        let rss = format!(
                            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>\
                             <title>News</title><link>{base}/</link><item><title>Floods</title>\
                             <link>{base}/news/floods</link></item></channel></rss>"
                        );
                        ("application/rss+xml", rss)
                    } else {
                        ("text/html; charset=utf-8", page.lock().unwrap().clone())
                    };
                    let header = tiny_http::Header::from_bytes("Content-Type", ct).unwrap();
                    let _ = req.respond(tiny_http::Response::from_string(body).with_header(header));
                }
            })
        };
        Site {
            base,
            page,
            stop,
            thread: Some(thread),
        }
    }

    fn show(&self, n: usize) {
        *self.page.lock().unwrap() = version(n);
    }

    fn feed(&self) -> String {
        format!("{}/feed.rss", self.base)
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// the receiver: a std TcpListener thread answering each POST as `behaviour` says

#[derive(Clone, Copy, PartialEq, Debug)]
enum Answer {
    Status(u16),
    /// Read the request and never answer (until the receiver stops).
    Hang,
}

/// One POST received and how it was answered.
#[derive(Clone, Debug)]
struct Received {
    answer: Answer,
    body: Value,
}

type Behaviour = dyn Fn(usize) -> Answer + Send + Sync;

struct Receiver {
    url: String,
    log: Arc<Mutex<Vec<Received>>>,
    behaviour: Arc<Mutex<Box<Behaviour>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Receiver {
    /// A receiver answering the nth request (from 1) with `behaviour(n)`.
    fn start(behaviour: impl Fn(usize) -> Answer + Send + Sync + 'static) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let log: Arc<Mutex<Vec<Received>>> = Arc::default();
        let behaviour: Arc<Mutex<Box<Behaviour>>> = Arc::new(Mutex::new(Box::new(behaviour)));
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (log, behaviour, stop) = (log.clone(), behaviour.clone(), stop.clone());
            std::thread::spawn(move || {
                let deadline = Instant::now() + Duration::from_secs(120);
                let mut hung: Vec<TcpStream> = Vec::new();
                let mut n = 0;
                while !stop.load(Ordering::SeqCst) && Instant::now() < deadline {
                    let Ok((mut stream, _)) = listener.accept() else {
                        std::thread::sleep(Duration::from_millis(5));
                        continue;
                    };
                    stream.set_nonblocking(false).unwrap();
                    stream
                        .set_read_timeout(Some(Duration::from_secs(5)))
                        .unwrap();
                    let Some(body) = read_request(&mut stream) else {
                        continue;
                    };
                    n += 1;
                    let answer = (behaviour.lock().unwrap())(n);
                    let body = serde_json::from_slice(&body).unwrap_or(Value::Null);
                    log.lock().unwrap().push(Received { answer, body });
                    match answer {
                        Answer::Hang => hung.push(stream),
                        Answer::Status(code) => {
                            let _ = write!(
                                stream,
                                "HTTP/1.1 {code} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            );
                        }
                    }
                }
            })
        };
        Receiver {
            url,
            log,
            behaviour,
            stop,
            thread: Some(thread),
        }
    }

    fn answer_with(&self, behaviour: impl Fn(usize) -> Answer + Send + Sync + 'static) {
        *self.behaviour.lock().unwrap() = Box::new(behaviour);
    }

    fn received(&self) -> Vec<Received> {
        self.log.lock().unwrap().clone()
    }

    /// How many times each change id was accepted (answered 2xx).
    fn accepted(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for r in self.received() {
            if matches!(r.answer, Answer::Status(c) if (200..300).contains(&c)) {
                *counts
                    .entry(r.body["id"].as_str().unwrap().to_string())
                    .or_insert(0) += 1;
            }
        }
        counts
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Reads one HTTP request (headers, then Content-Length bytes) and returns its body.
fn read_request(stream: &mut TcpStream) -> Option<Vec<u8>> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut chunk).ok().filter(|&n| n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_ascii_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let n = stream.read(&mut chunk).ok().filter(|&n| n > 0)?;
        buf.extend_from_slice(&chunk[..n]);
    }
    Some(buf[head_end..head_end + len].to_vec())
}

// ---------------------------------------------------------------------------------------------
// running the binary

/// Runs claimdiff in `env`'s folder on its database (an SQLite file, or with
/// `CLAIMDIFF_TEST_PG` a PostgreSQL database of its own), retries 20 ms apart.
fn claimdiff(env: &Env, args: &[&str]) -> Run {
    let mut cmd = env.command(args);
    cmd.arg("--db")
        .arg(&env.db)
        .env("NO_COLOR", "1")
        .env("CLAIMDIFF_NOTIFY_BACKOFF_MS", "20")
        .env("CLAIMDIFF_HTTP_TIMEOUT_MS", "3000");
    for var in ["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"] {
        cmd.env_remove(var);
    }
    Run::from(cmd.output().expect("run claimdiff"))
}

/// `watch --once` of the site's feed with `extra` flags.
fn watch_once(env: &Env, site: &Site, extra: &[&str]) -> Run {
    let feed = site.feed();
    let mut args = vec!["watch", feed.as_str(), "--once", "--delay", "0s"];
    args.extend_from_slice(extra);
    claimdiff(env, &args)
}

/// The `after` values of the changes a receiver accepted, in order.
/// A `--notify-cmd` appending each JSON it reads to a file of the workspace, one per line:
/// the file and the command.
fn command_sink(env: &Env) -> (std::path::PathBuf, String) {
    let sink = env.dir.path().join("cmd.jsonl");
    let cmd = format!(
        "cat >> '{}' && echo >> '{}'",
        sink.display(),
        sink.display()
    );
    (sink, cmd)
}

fn accepted_values(receiver: &Receiver) -> Vec<f64> {
    receiver
        .received()
        .iter()
        .filter(|r| r.answer == Answer::Status(200))
        .map(|r| r.body["after"]["value"].as_f64().unwrap())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// tests

#[test]
fn a_receiver_that_fails_twice_gets_each_change_exactly_once() {
    let site = Site::start();
    let receiver = Receiver::start(|n| {
        if n <= 2 {
            Answer::Status(500)
        } else {
            Answer::Status(200)
        }
    });
    let env = Env::new();
    let notify = ["--notify-url", receiver.url.as_str()];
    watch_once(&env, &site, &notify).ok();
    assert!(
        receiver.received().is_empty(),
        "a first version changes nothing"
    );
    site.show(2);
    let r = watch_once(&env, &site, &notify).ok();
    assert_eq!(
        r.stderr, "",
        "retries that end in a delivery are not warnings"
    );
    let accepted = receiver.accepted();
    assert_eq!(accepted.len(), 5, "{accepted:?}");
    assert!(accepted.values().all(|&n| n == 1), "{accepted:?}");
    let received = receiver.received();
    assert_eq!(received.len(), 7, "two failures, then five deliveries");
    // The first change was the one refused twice, then accepted; the payload's shape.
    assert_eq!(received[0].body, received[2].body);
    let first = &received[2].body;
    assert_eq!(first["kind"], "refinement");
    assert_eq!(first["direction"], "up");
    assert_eq!(first["version"], 2);
    assert_eq!(first["previous_version"], 1);
    assert_eq!(first["before"]["value"], 40.0);
    assert_eq!(first["after"]["value"], 52.0);
    assert_eq!(first["delta_pct"], 30.0);
    assert!(first["url"].as_str().unwrap().ends_with("/news/floods"));
    // Nothing new: nothing sent again.
    watch_once(&env, &site, &notify).ok();
    assert_eq!(receiver.received().len(), 7);
}

#[test]
fn a_hanging_receiver_is_bounded_reported_and_served_on_the_next_run() {
    let site = Site::start();
    let receiver = Receiver::start(|_| Answer::Hang);
    let env = Env::new();
    let notify = [
        "--notify-url",
        receiver.url.as_str(),
        "--notify-timeout",
        "300ms",
        "--min-change",
        "20",
    ];
    watch_once(&env, &site, &notify).ok();
    site.show(2);
    let started = Instant::now();
    let r = watch_once(&env, &site, &notify);
    let took = started.elapsed();
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(r.stderr.contains("could not notify url:"), "{}", r.stderr);
    assert!(r.stderr.contains("kept for the next run"), "{}", r.stderr);
    assert!(took < Duration::from_secs(15), "took {took:?}");
    // Four attempts at the first qualifying change; the others wait behind it.
    assert_eq!(receiver.received().len(), 4);
    // The version was recorded all the same.
    assert!(r.stdout.contains("1 new version"), "{}", r.stdout);

    receiver.answer_with(|_| Answer::Status(200));
    watch_once(&env, &site, &notify).ok();
    // 30% (people), 50% (stadium) and 33% (bridges) qualify; 4% and 2.5% never do.
    assert_eq!(accepted_values(&receiver), vec![52.0, 450_000_000.0, 40.0]);
    assert!(receiver.accepted().values().all(|&n| n == 1));
}

#[test]
fn restarts_deliver_each_qualifying_change_once_to_a_url_and_a_command() {
    let site = Site::start();
    let receiver = Receiver::start(|_| Answer::Status(200));
    let env = Env::new();
    let (sink, cmd) = command_sink(&env);
    let notify = [
        "--notify-url",
        receiver.url.as_str(),
        "--notify-cmd",
        cmd.as_str(),
        "--topic",
        "disasters",
        "--min-change",
        "10",
        "--kind",
        "update,correction,conflict",
        "--direction",
        "up",
    ];
    for n in 1..=3 {
        site.show(n);
        watch_once(&env, &site, &notify).ok();
        // A restart with nothing new sends nothing again.
        watch_once(&env, &site, &notify).ok();
    }
    // Qualifying: bridges 30 → 40 (v2) and evacuated 2,050 → 3,000 (v3). Never: the deaths
    // (a refinement), the homes (down), the stadium (no topic), 2,000 → 2,050 (2.5%).
    assert_eq!(accepted_values(&receiver), vec![40.0, 3000.0]);
    assert_eq!(receiver.received().len(), 2);
    let lines = std::fs::read_to_string(&sink).unwrap();
    let from_cmd: Vec<Value> = lines
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let bodies: Vec<Value> = receiver.received().into_iter().map(|r| r.body).collect();
    assert_eq!(from_cmd, bodies, "the command reads the same JSON on stdin");
    assert_eq!(from_cmd[1]["kind"], "update");
    assert_eq!(from_cmd[1]["topics"], serde_json::json!(["disasters"]));
}

#[test]
fn changes_recorded_without_notifying_are_caught_up_on_the_next_start() {
    let site = Site::start();
    let receiver = Receiver::start(|_| Answer::Status(200));
    let env = Env::new();
    let notify = ["--notify-url", receiver.url.as_str(), "--kind", "update"];
    site.show(1);
    watch_once(&env, &site, &notify).ok();
    // A run that stored version 2 but never queued its changes (as one killed in between).
    site.show(2);
    let page = format!("{}/news/floods", site.base);
    claimdiff(&env, &["fetch", &page, "--delay", "0s"]).ok();
    assert!(receiver.received().is_empty());
    let r = watch_once(&env, &site, &notify).ok();
    assert!(r.stdout.contains("0 new versions"), "{}", r.stdout);
    // The four updates of version 2, not the refinement; then nothing more.
    assert_eq!(
        accepted_values(&receiver),
        vec![1150.0, 450_000_000.0, 2050.0, 40.0]
    );
    watch_once(&env, &site, &notify).ok();
    assert_eq!(receiver.received().len(), 4);
}

#[test]
fn a_notify_url_that_is_not_http_is_a_usage_error() {
    let env = Env::new();
    for url in [
        "ftp://example.com/hook",
        "example.com/hook",
        "file:///tmp/x",
    ] {
        let r = claimdiff(
            &env,
            &[
                "watch",
                "http://127.0.0.1:9/feed",
                "--once",
                "--notify-url",
                url,
            ],
        );
        assert_eq!(r.code, 2, "{url}: {}", r.stderr);
        assert!(r.stderr.contains("--notify-url"), "{}", r.stderr);
    }
    let r = claimdiff(
        &env,
        &[
            "watch",
            "http://127.0.0.1:9/feed",
            "--once",
            "--kind",
            "update",
        ],
    );
    assert_eq!(r.code, 2, "a filter without a target: {}", r.stderr);
    assert!(std::fs::read_dir(env.dir.path()).unwrap().next().is_none());
}

// ---------------------------------------------------------------------------------------------
// the Atom feed

/// Records the story's three versions as plain text (the stadium sentence with characters
/// XML must escape), an hour apart.
fn recorded_story() -> Env {
    let env = Env::new();
    for n in 1..=3 {
        let html = version(n).replace("the new stadium", "the new R&D \"lab\" <stadium>");
        let text: String = html
            .split("<p>")
            .skip(1)
            .map(|p| format!("{}\n\n", p.split("</p>").next().unwrap()))
            .collect();
        let file = env.dir.path().join(format!("v{n}.txt"));
        std::fs::write(&file, text).unwrap();
        let at = format!("2026-03-0{n}T10:00:00Z");
        claimdiff(
            &env,
            &[
                "record",
                file.to_str().unwrap(),
                "--source",
                "Valencia Daily",
                "--article",
                "floods",
                "--at",
                &at,
            ],
        )
        .ok();
    }
    env
}

fn parse_feed(xml: &str) -> feed_rs::model::Feed {
    feed_rs::parser::parse(xml.as_bytes()).unwrap_or_else(|e| panic!("{e}: {xml}"))
}

fn entry_ids(feed: &feed_rs::model::Feed) -> Vec<String> {
    feed.entries.iter().map(|e| e.id.clone()).collect()
}

#[test]
fn feed_writes_the_latest_claim_changes_as_atom() {
    let env = recorded_story();
    let r = claimdiff(&env, &["feed", "--limit", "100"]).ok();
    let feed = parse_feed(&r.stdout);
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    // Five changes from @1 to @2, three from @2 to @3 (two claims stayed the same).
    assert_eq!(feed.entries.len(), 8, "{}", r.stdout);
    let ids = entry_ids(&feed);
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 8, "{ids:?}");
    assert!(ids.iter().all(|i| i.starts_with("urn:claimdiff:change:")));
    let newest = &feed.entries[0];
    assert_eq!(
        newest.updated.unwrap().to_rfc3339(),
        "2026-03-03T10:00:00+00:00"
    );
    assert_eq!(
        feed.entries[7].updated.unwrap().to_rfc3339(),
        "2026-03-02T10:00:00+00:00"
    );
    assert_eq!(
        feed.updated.unwrap().to_rfc3339(),
        "2026-03-03T10:00:00+00:00"
    );
    let title = newest.title.as_ref().unwrap().content.clone();
    assert!(title.contains("At least 52 → At least 60"), "{title}");
    let stadium = feed
        .entries
        .iter()
        .find_map(|e| e.summary.as_ref().filter(|s| s.content.contains("stadium")))
        .expect("the stadium change");
    assert!(
        stadium.content.contains("R&D \"lab\" <stadium>"),
        "{}",
        stadium.content
    );

    // The same changes keep their ids: a shorter feed is a prefix, a topic feed a subset.
    let r = claimdiff(&env, &["feed", "--limit", "2"]).ok();
    assert_eq!(entry_ids(&parse_feed(&r.stdout)), ids[..2]);
    let out = env.dir.path().join("housing.atom");
    let r = claimdiff(
        &env,
        &[
            "feed",
            "--topic",
            "Housing",
            "--output",
            out.to_str().unwrap(),
        ],
    )
    .ok();
    assert_eq!(r.stdout, "");
    let housing = parse_feed(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(housing.entries.len(), 2);
    assert!(entry_ids(&housing).iter().all(|i| ids.contains(i)));
    assert_ne!(housing.id, feed.id);

    let r = claimdiff(&env, &["feed", "--limit", "0"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
}

#[test]
fn the_feed_reads_the_changes_the_stored_lineage_holds() {
    let env = recorded_story();
    let all = entry_ids(&parse_feed(
        &claimdiff(&env, &["feed", "--limit", "100"]).ok().stdout,
    ));
    assert_eq!(all.len(), 8);
    // The lineage stored with @3 says its claims are unchanged: the feed takes its word (a
    // new diff would find the three changes again) and lists @2's five.
    // (Statuses are codes on SQLite: 1 changed, 2 unchanged.)
    env.sql(if env.pg.is_some() {
        "UPDATE claims SET status = 'unchanged' WHERE status = 'changed' \
         AND version_id = (SELECT max(id) FROM versions)"
    } else {
        "UPDATE claims SET status = 2 WHERE status = 1 \
         AND version_id = (SELECT max(id) FROM versions)"
    });
    let stored = entry_ids(&parse_feed(
        &claimdiff(&env, &["feed", "--limit", "100"]).ok().stdout,
    ));
    assert_eq!(stored, all[3..]);
}

/// Records `text` as a version of `article` at `at`.
fn record_text(env: &Env, article: &str, text: &str, at: &str) {
    let file = env.write(&format!("{article}-{at}.txt"), text);
    let args = [
        "record",
        file.to_str().unwrap(),
        "--source",
        "Port News",
        "--article",
        article,
        "--at",
        at,
    ];
    claimdiff(env, &args).ok();
}

#[test]
fn the_feed_orders_changes_across_articles_newest_first() {
    let env = recorded_story();
    let port = |n: &str| {
        format!("The port authority said it will spend {n} billion dollars on the new docks.\n")
    };
    record_text(&env, "port", &port("2.4"), "2026-02-01T10:00:00Z");
    record_text(&env, "port", &port("2.7"), "2026-02-02T10:00:00Z");
    record_text(&env, "later", &port("3.1"), "2026-03-04T10:00:00Z");
    record_text(&env, "later", &port("2.9"), "2026-03-05T10:00:00Z");
    let all = parse_feed(&claimdiff(&env, &["feed", "--limit", "100"]).ok().stdout);
    let times: Vec<String> = all
        .entries
        .iter()
        .map(|e| e.updated.unwrap().format("%m-%d").to_string())
        .collect();
    let mut expected = vec!["03-05"];
    expected.extend(["03-03"; 3]);
    expected.extend(["03-02"; 5]);
    expected.push("02-02");
    assert_eq!(times, expected);
    // A short feed is the start of the long one, whichever articles it reads.
    for limit in [1, 4, 9] {
        let short = parse_feed(
            &claimdiff(&env, &["feed", "--limit", &limit.to_string()])
                .ok()
                .stdout,
        );
        assert_eq!(
            entry_ids(&short),
            entry_ids(&all)[..limit],
            "--limit {limit}"
        );
    }
}

#[test]
fn serve_publishes_the_feed() {
    let env = recorded_story();
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(&env.db)
        .current_dir(env.dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let base = crate::common::served_base(&mut child);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let get = |path: &str| {
        let mut res = agent.get(format!("{base}{path}")).call().unwrap();
        let ct = res.headers()["content-type"].to_str().unwrap().to_string();
        (
            res.status().as_u16(),
            ct,
            res.body_mut().read_to_string().unwrap(),
        )
    };
    let (status, ct, body) = get("/feed.atom?topic=housing");
    let bad = get("/feed.atom?limit=0");
    let cli = claimdiff(&env, &["feed", "--topic", "housing"]).ok();
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(status, 200, "{body}");
    assert_eq!(ct, "application/atom+xml; charset=utf-8");
    let served = parse_feed(&body);
    assert_eq!(served.entries.len(), 2);
    assert_eq!(entry_ids(&served), entry_ids(&parse_feed(&cli.stdout)));
    assert_eq!(bad.0, 400, "{}", bad.2);
}

#[test]
fn import_notifies_the_changes_an_archive_brings_once() {
    // An archive: two versions of one story, exported from another store.
    let source = Env::new();
    for (n, at) in [(1, "2025-01-10T08:00:00Z"), (2, "2025-01-10T12:00:00Z")] {
        record_text(&source, "floods", &version(n), at);
    }
    let archive = source.write("archive.jsonl", claimdiff(&source, &["export"]).ok().stdout);
    let env = Env::new();
    let (sink, cmd) = command_sink(&env);
    let import = [
        "import",
        archive.to_str().unwrap(),
        "--notify-cmd",
        cmd.as_str(),
        "--direction",
        "up",
    ];
    claimdiff(&env, &import).ok();
    let values = |sink: &std::path::Path| -> Vec<f64> {
        let mut v: Vec<f64> = std::fs::read_to_string(sink)
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["after"]["value"]
                    .as_f64()
                    .unwrap()
            })
            .collect();
        v.sort_by(f64::total_cmp);
        v
    };
    // Up between the two versions: killed 40 → 52, stadium 300 → 450, evacuated 2,000 →
    // 2,050, bridges 30 → 40; the homes went down.
    let first = values(&sink);
    assert!(!first.is_empty(), "nothing notified");
    assert!(
        !first.contains(&1150.0),
        "a change down was notified: {first:?}"
    );
    assert!(first.contains(&40.0), "{first:?}");
    // A re-run holds every version already: nothing is notified twice.
    claimdiff(&env, &import).ok();
    assert_eq!(values(&sink), first);
    // Filters without a target are a usage error.
    let r = claimdiff(
        &env,
        &["import", archive.to_str().unwrap(), "--topic", "floods"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
}
