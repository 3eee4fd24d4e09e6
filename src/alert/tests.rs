//! The filter's decisions and the Atom writer's escaping.

use super::feed::{write_atom, FeedInfo};
use super::*;
use crate::model::Qualifier;

fn claim(value: f64, unit: Option<&str>, topics: &[&str], sentence: &str) -> Claim {
    Claim {
        label: format!("{value}"),
        value,
        value_max: None,
        qualifier: Qualifier::default(),
        unit: unit.map(str::to_string),
        subject: "people".into(),
        topics: topics.iter().map(|t| t.to_string()).collect(),
        attribution: None,
        surface: format!("{value}"),
        sentence: sentence.into(),
        start: 7,
        end: 9,
        sentence_index: 0,
        key: Vec::new(),
        changed_from: None,
    }
}

fn alert(before: f64, after: f64, kind: Kind) -> ChangeAlert {
    let delta = after - before;
    ChangeAlert {
        id: change_id(
            &Version {
                id: 3,
                article: "a".into(),
                source: "s".into(),
                number: 2,
                recorded_at: "2026-01-02T03:04:05Z".into(),
                published_at: None,
                content_hash: "0123456789abcdef".into(),
                title: None,
                claims: 5,
            },
            7,
        ),
        article: "a".into(),
        source: "s".into(),
        url: Some("https://example.com/a?x=1&y=<2>".into()),
        title: None,
        version: 2,
        previous_version: 1,
        at: "2026-01-02T03:04:05Z".into(),
        kind,
        direction: if delta > 0.0 {
            Some(Direction::Up)
        } else {
            Some(Direction::Down)
        },
        fields: vec!["value"],
        delta: Some(delta),
        delta_pct: (before != 0.0).then(|| delta / before * 100.0),
        topics: vec!["flood".into()],
        before: claim(before, None, &["flood"], "Before <b> & \u{1} \"q\""),
        after: claim(after, None, &["flood"], "After"),
    }
}

#[test]
fn the_filter_keeps_only_what_was_asked() {
    let f = AlertFilter {
        topics: vec!["Flood".into()],
        min_change: Some(10.0),
        kinds: vec![Kind::Update, Kind::Correction],
        direction: Some(Direction::Down),
    };
    assert!(f.keeps(&alert(100.0, 80.0, Kind::Update)));
    assert!(!f.keeps(&alert(100.0, 95.0, Kind::Update)), "5% < 10%");
    assert!(!f.keeps(&alert(100.0, 130.0, Kind::Update)), "up");
    assert!(!f.keeps(&alert(100.0, 50.0, Kind::Refinement)), "kind");
    let mut off_topic = alert(100.0, 50.0, Kind::Update);
    off_topic.topics = vec!["fire".into()];
    assert!(!f.keeps(&off_topic));
    let up = AlertFilter {
        min_change: Some(1000.0),
        ..AlertFilter::default()
    };
    assert!(
        up.keeps(&alert(0.0, 3.0, Kind::Update)),
        "from 0 is any change"
    );
    assert!(AlertFilter::default().keeps(&alert(1.0, 1.0, Kind::Conflict)));
}

#[test]
fn kinds_and_directions_parse_by_their_json_names() {
    assert_eq!(parse_kind("Correction"), Some(Kind::Correction));
    assert_eq!(parse_kind("fix"), None);
    assert_eq!(Direction::parse("DOWN"), Some(Direction::Down));
    assert_eq!(Direction::parse("sideways"), None);
    let json = serde_json::to_value(alert(1.0, 2.0, Kind::Update)).unwrap();
    assert_eq!(json["kind"], "update");
    assert_eq!(json["direction"], "up");
    assert_eq!(json["id"], "3-01234567-7");
}

#[test]
fn the_atom_feed_escapes_text_and_drops_what_xml_cannot_carry() {
    let mut out = Vec::new();
    let info = FeedInfo::for_topics(&["flood".into()]);
    write_atom(&[alert(10.0, 12.0, Kind::Update)], &info, &mut out).unwrap();
    let xml = String::from_utf8(out).unwrap();
    assert!(
        xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
        "{xml}"
    );
    assert!(
        xml.contains("Before &lt;b&gt; &amp;  &quot;q&quot;"),
        "{xml}"
    );
    assert!(
        xml.contains("href=\"https://example.com/a?x=1&amp;y=&lt;2&gt;\""),
        "{xml}"
    );
    assert!(
        xml.contains("<id>urn:claimdiff:change:3-01234567-7</id>"),
        "{xml}"
    );
    assert!(
        xml.contains("<updated>2026-01-02T03:04:05Z</updated>"),
        "{xml}"
    );
    assert!(!xml.contains('\u{1}'));
}

#[test]
fn the_ledger_queues_a_change_once_and_keeps_cursors() {
    use crate::store::{AlertAttempt, QueuedAlert, SqliteStore, Store};
    let mut store = SqliteStore::in_memory().unwrap();
    let row = |change: &str, target: &str| QueuedAlert {
        change: change.into(),
        target: target.into(),
        payload: format!("{{\"id\":\"{change}\"}}"),
        queued_at: "2026-01-01T00:00:00Z".into(),
        attempts: 0,
    };
    let rows = [
        row("1-0", "url:a"),
        row("1-5", "url:a"),
        row("1-0", "cmd:b"),
    ];
    let targets = ["url:a".to_string(), "cmd:b".to_string()];
    assert_eq!(store.alert_cursor("url:a").unwrap(), 0, "an empty store");
    assert_eq!(store.queue_alerts(&targets, 5, &rows).unwrap(), 3);
    assert_eq!(
        store.queue_alerts(&targets, 3, &rows[..1]).unwrap(),
        0,
        "queued once"
    );
    assert_eq!(
        store.alert_cursor("url:a").unwrap(),
        5,
        "a cursor never moves back"
    );
    assert_eq!(store.alert_cursor("cmd:b").unwrap(), 5);
    let failed = AlertAttempt::Failed("HTTP 500".into());
    store.settle_alert("1-0", "url:a", &failed).unwrap();
    let pending = store.pending_alerts("url:a").unwrap();
    assert_eq!(pending.len(), 2);
    assert_eq!(
        (pending[0].change.as_str(), pending[0].attempts),
        ("1-0", 1)
    );
    let delivered = AlertAttempt::Delivered("2026-01-01T00:01:00Z".into());
    store.settle_alert("1-0", "url:a", &delivered).unwrap();
    store.queue_alerts(&targets, 6, &rows[..1]).unwrap();
    let pending = store.pending_alerts("url:a").unwrap();
    assert_eq!(pending.len(), 1, "a delivered change is not queued again");
    assert_eq!(pending[0].change, "1-5");
    assert_eq!(store.pending_alerts("cmd:b").unwrap().len(), 1);
}

#[test]
fn a_command_target_gets_the_json_on_stdin_and_a_hanging_one_is_cut_short() {
    let dir = std::env::temp_dir().join(format!("claimdiff-alert-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sink = dir.join("got.json");
    let quick = Delivery {
        attempts: 2,
        timeout: std::time::Duration::from_millis(200),
        backoff: std::time::Duration::from_millis(1),
    };
    let cat = NotifyTarget::Command(format!("cat > '{}'", sink.display()));
    deliver::deliver(&cat, "{\"id\":\"x\"}", &quick).unwrap();
    assert_eq!(std::fs::read_to_string(&sink).unwrap(), "{\"id\":\"x\"}");

    let failing = NotifyTarget::Command("exit 3".into());
    let e = deliver::deliver(&failing, "{}", &quick).unwrap_err();
    assert!(e.contains("failed") && e.ends_with("(2 attempts)"), "{e}");

    let started = std::time::Instant::now();
    let hanging = NotifyTarget::Command("sleep 5".into());
    let e = deliver::deliver(&hanging, "{}", &quick).unwrap_err();
    assert!(e.contains("did not finish within 200 ms"), "{e}");
    assert!(started.elapsed() < std::time::Duration::from_secs(3));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn only_http_urls_are_notify_targets() {
    assert!(NotifyTarget::url("https://hooks.example.com/x").is_ok());
    assert!(NotifyTarget::url("http://127.0.0.1:8080/").is_ok());
    for bad in [
        "ftp://example.com/",
        "mailto:a@example.com",
        "example.com",
        "https://",
    ] {
        assert!(NotifyTarget::url(bad).is_err(), "{bad}");
    }
}

#[test]
fn delivered_ledger_rows_are_pruned_after_the_retention_and_pending_ones_kept() {
    use crate::store::{AlertAttempt, QueuedAlert, SqliteStore, Store};
    let mut store = SqliteStore::in_memory().unwrap();
    let row = |change: &str| QueuedAlert {
        change: change.into(),
        target: "url:a".into(),
        payload: "{}".into(),
        queued_at: "2026-01-01T00:00:00Z".into(),
        attempts: 0,
    };
    let rows = [row("old"), row("recent"), row("pending")];
    store
        .queue_alerts(&["url:a".to_string()], 3, &rows)
        .unwrap();
    for (change, at) in [
        ("old", "2026-01-01T00:01:00Z"),
        ("recent", "2026-03-01T00:00:00Z"),
    ] {
        store
            .settle_alert(change, "url:a", &AlertAttempt::Delivered(at.into()))
            .unwrap();
    }
    assert_eq!(store.prune_alerts("2026-02-01T00:00:00Z").unwrap(), 1);
    assert_eq!(store.prune_alerts("2026-02-01T00:00:00Z").unwrap(), 0);
    let pending = store.pending_alerts("url:a").unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].change, "pending");
    // The recent delivered row is still there: queueing it again adds nothing.
    assert_eq!(
        store
            .queue_alerts(&["url:a".to_string()], 3, &rows[1..2])
            .unwrap(),
        0
    );
}

#[test]
fn a_target_ahead_of_another_is_not_queued_again_once_its_rows_are_pruned() {
    use crate::record::{record_bytes, RecordRequest};
    use crate::store::SqliteStore;
    let dir = std::env::temp_dir().join(format!("claimdiff-prune-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("a.db");
    let ex = crate::extract::Extractor::default();
    let record = |ships: u32| {
        let mut store = SqliteStore::open(&db, true).unwrap();
        let text = format!("The port loaded {ships} container ships on Monday, officials said.");
        let req = RecordRequest {
            source: Some("Port News".into()),
            article: Some("port".into()),
            url: None,
            title: None,
            at: None,
        };
        record_bytes(&mut store, &ex, text.as_bytes(), &req, None).unwrap();
    };
    let target = |name: &str| {
        NotifyTarget::Command(format!(
            "cat >> '{}'; echo >> '{}'",
            dir.join(name).display(),
            dir.join(name).display()
        ))
    };
    let lines = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.is_empty())
            .count()
    };
    let run = |targets: Vec<NotifyTarget>| {
        let store = Box::new(SqliteStore::open(&db, false).unwrap());
        let mut n = Notifier::new(store, AlertFilter::default(), targets, Delivery::default());
        n.catch_up().unwrap();
        let report = n.flush().unwrap();
        assert_eq!(report.pending, 0, "{report:?}");
    };
    record(60);
    run(vec![target("a")]);
    record(65);
    run(vec![target("a")]);
    assert_eq!(lines("a"), 1, "a hears of 60 → 65");
    run(vec![target("b")]);
    record(70);
    run(vec![target("b")]);
    assert_eq!(lines("b"), 1, "b hears of 65 → 70 only");
    // b's rows age past the retention; a's cursor is still at 65.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch("UPDATE alert_deliveries SET delivered_at = '2000-01-01T00:00:00Z'")
        .unwrap();
    run(vec![target("a"), target("b")]);
    assert_eq!(lines("a"), 2, "a catches up with 65 → 70");
    assert_eq!(lines("b"), 1, "b is not told twice");
    let left: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT count(*) FROM alert_deliveries", [], |r| r.get(0))
        .unwrap();
    assert_eq!(left, 1, "only a's new row is kept");
    let _ = std::fs::remove_dir_all(&dir);
}
