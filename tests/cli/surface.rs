//! The command line's surface (issue 13): global options in either position, the formats each
//! command offers, help, the configuration file, search, people's notation in text, and no
//! terminal control characters from stored strings in text output (issue 14).

use crate::common::*;

/// An env with the flood story's two versions recorded as `flood` (source "Agency").
fn flood() -> Env {
    let env = Env::new();
    let v1 = env.write("v1.txt", FLOOD_V1);
    let v2 = env.write("v2.txt", FLOOD_V2);
    env.record(&v1, "Agency", "flood", &["--at", "2025-01-01"])
        .ok();
    env.record(&v2, "Agency", "flood", &["--at", "2025-01-02"])
        .ok();
    env
}

#[test]
fn global_options_work_before_or_after_the_command() {
    let env = flood();
    let after = env.run(&["log", "--db", env.db(), "--format", "json"]).ok();
    let before = env.run(&["--db", env.db(), "--format", "json", "log"]).ok();
    assert_eq!(before.stdout, after.stdout);
    assert_eq!(article_counts(&before.json())["flood"], 2);
    // --color never keeps escapes out, --color always puts them in (text only).
    let plain = env.run(&[
        "--color",
        "never",
        "--db",
        env.db(),
        "diff",
        "flood@1",
        "flood@2",
    ]);
    assert!(!plain.ok().stdout.contains('\x1b'));
    let coloured = env.run(&[
        "--db",
        env.db(),
        "diff",
        "flood@1",
        "flood@2",
        "--color",
        "always",
    ]);
    assert!(coloured.ok().stdout.contains("\x1b["));
}

#[test]
fn a_format_the_command_does_not_offer_is_a_usage_error_listing_the_offered_ones() {
    let env = flood();
    for args in [
        vec!["--format", "markdown", "log"],
        vec!["log", "--format", "markdown"],
    ] {
        let mut all = args.clone();
        all.extend(["--db", env.db()]);
        let r = env.run(&all);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty());
        assert!(
            r.stderr.contains("text") && r.stderr.contains("json"),
            "{}",
            r.stderr
        );
    }
}

/// Parses CSV with the `csv` crate: the header row and the records.
fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let headers = r
        .headers()
        .expect("headers")
        .iter()
        .map(String::from)
        .collect();
    let rows = r
        .records()
        .map(|rec| {
            rec.expect("an RFC 4180 record")
                .iter()
                .map(String::from)
                .collect()
        })
        .collect();
    (headers, rows)
}

#[test]
fn every_tabular_command_writes_csv_and_diff_and_history_markdown() {
    let env = flood();
    let v2 = env.path("v2.txt");
    let claims = env.run_db(&["claims", "flood@2", "--format", "csv"]).ok();
    let (headers, rows) = parse_csv(&claims.stdout);
    for f in CLAIM_FIELDS {
        assert!(
            headers.iter().any(|h| h == f),
            "claims CSV lacks {f}: {headers:?}"
        );
    }
    let json = env.claims_json("flood@2");
    assert_eq!(rows.len(), claims_of(&json).len());
    let sentence = headers.iter().position(|h| h == "sentence").unwrap();
    // The sentences hold commas and quotes: quoted, and read back whole.
    assert_eq!(
        rows[0][sentence],
        claims_of(&json)[0]["sentence"].as_str().unwrap()
    );
    for args in [
        vec!["log"],
        vec!["log", "flood"],
        vec!["search", "residents"],
        vec!["extract", v2.to_str().unwrap()],
        vec!["history", "--topic", "health"],
        vec!["topics"],
    ] {
        let mut all = args.clone();
        all.extend(["--format", "csv"]);
        let r = env.run_db(&all).ok();
        let (headers, rows) = parse_csv(&r.stdout);
        assert!(headers.len() > 2, "{args:?}: {}", r.stdout);
        assert!(!rows.is_empty(), "{args:?}: {}", r.stdout);
    }
    let md = env
        .run_db(&["history", "--topic", "health", "--format", "markdown"])
        .ok();
    assert!(md.stdout.contains("| at | source |"), "{}", md.stdout);
    let md = env
        .run_db(&["diff", "flood@1", "flood@2", "--format", "markdown"])
        .ok();
    assert!(md.stdout.contains("| status |"), "{}", md.stdout);
}

#[test]
fn history_takes_the_topic_as_an_argument_and_help_says_what_each_option_is() {
    let env = flood();
    let positional = env.run_db(&["history", "health", "--format", "json"]).ok();
    let flag = env
        .run_db(&["history", "--topic", "health", "--format", "json"])
        .ok();
    assert_eq!(positional.stdout, flag.stdout);
    assert!(!positional.json()["entries"].as_array().unwrap().is_empty());
    let help = env.run(&["extract", "--help"]).ok().stdout;
    assert!(!help.contains("--db"), "{help}");
    assert!(
        help.contains("--lexicon <FILE>") && help.contains("Example:"),
        "{help}"
    );
    let help = env.run(&["record", "--help"]).ok().stdout;
    assert!(
        help.contains("--source <NAME>") && help.contains("The outlet"),
        "{help}"
    );
    // The lexicon option is no longer one letter away from --topic.
    let r = env.run_db(&["history", "--topics", "health"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// Serves `page` as HTML to every request on 127.0.0.1 for `requests` requests; returns the
/// base URL and a handle yielding the User-Agent of each request.
fn serve(page: &'static str, requests: usize) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let server = tiny_http::Server::http("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://127.0.0.1:{}",
        server.server_addr().to_ip().unwrap().port()
    );
    let handle = std::thread::spawn(move || {
        let mut agents = Vec::new();
        for _ in 0..requests {
            let Ok(Some(req)) = server.recv_timeout(std::time::Duration::from_secs(20)) else {
                break;
            };
            let ua = req.headers().iter().find(|h| h.field.equiv("User-Agent"));
            agents.push(ua.map(|h| h.value.to_string()).unwrap_or_default());
            let header = tiny_http::Header::from_bytes("Content-Type", "text/html").unwrap();
            let _ = req.respond(tiny_http::Response::from_string(page).with_header(header));
        }
        agents
    });
    (url, handle)
}

#[test]
fn the_config_file_sets_defaults_that_flags_and_variables_override() {
    let env = flood();
    let config = env.write(
        "config.toml",
        format!(
            "db = {:?}\nuser_agent = \"newsroom-bot/1\"\n\n[sources]\n\"127.0.0.1\" = \"Local Times\"\n",
            env.db()
        ),
    );
    let with_config = |args: &[&str]| {
        let mut c = env.command(args);
        c.env("CLAIMDIFF_CONFIG", &config);
        Run::from(c.output().unwrap())
    };
    // The config's database, unless --db or CLAIMDIFF_DB names another.
    let log = with_config(&["log", "--format", "json"]).ok();
    assert_eq!(article_counts(&log.json())["flood"], 2);
    let other = env.path("other.db");
    let r = with_config(&["log", "--db", other.to_str().unwrap()]);
    assert!(r.stderr.contains("other.db"), "{}", r.stderr);
    // Source names by host and the user agent, for fetch.
    let (url, server) = serve(
        "<html><head><title>Quake</title></head><body><article><p>Officials said 240 homes were damaged in the town on Monday.</p></article></body></html>",
        1,
    );
    let fetched = with_config(&["fetch", &format!("{url}/quake"), "--format", "json"]).ok();
    assert_eq!(
        fetched.json()["results"][0]["source"],
        "Local Times",
        "{}",
        fetched.stdout
    );
    assert_eq!(server.join().unwrap(), ["newsroom-bot/1"]);
    // A file that does not parse: one line naming the file and the line, exit 1.
    std::fs::write(&config, "db = \"x.db\"\n\nuser_agent = \n").unwrap();
    let bad = with_config(&["log"]).user_error();
    assert!(bad.stderr.contains("config.toml, line 3"), "{}", bad.stderr);
}

#[test]
fn search_is_stemmed_and_accent_folded_and_shows_the_matched_words() {
    let env = flood();
    let es = env.write(
        "es.txt",
        "Los aranceles al acero de México subirán un 25% a partir de marzo, según el ministerio de economía, que calcula pérdidas de 300 millones de pesos.\n",
    );
    env.record(&es, "Diario", "acero", &[]).ok();
    // Spanish plural from the singular, accents folded.
    let r = env
        .run_db(&["search", "arancel", "mexico", "--format", "json"])
        .ok()
        .json();
    let results = r["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{r}");
    assert_eq!(results[0]["article"], "acero");
    assert_eq!(
        results[0]["claims"].as_array().unwrap().len(),
        2,
        "one row, both claims"
    );
    assert_eq!(
        results[0]["matched"],
        serde_json::json!([[4, 13], [26, 32]])
    );
    // English plural from the singular; the matched word is in the text snippet.
    let text = env.run_db(&["search", "resident"]).ok().stdout;
    assert!(text.contains("[residents]"), "{text}");
    assert_eq!(
        text.lines().count(),
        3,
        "one row per sentence (two versions): {text}"
    );
    let csv = env
        .run_db(&["search", "resident", "--format", "csv"])
        .ok()
        .stdout;
    assert_eq!(parse_csv(&csv).1.len(), 2, "{csv}");
    let none = env.run_db(&["search", "copper"]).ok().stdout;
    assert_eq!(none, "no claim sentences match \"copper\"\n");
}

/// Bytes a hostile page or key could carry to take over a terminal.
const HOSTILE: [&str; 5] = ["\x1b", "\x07", "\u{9b}", "\u{9d}", "\r"];

#[track_caller]
fn assert_no_controls(what: &str, out: &str) {
    for b in HOSTILE {
        assert!(
            !out.contains(b),
            "{what}: {b:?} reached the output: {out:?}"
        );
    }
}

#[test]
fn text_output_carries_no_control_characters_from_stored_strings() {
    let env = Env::new();
    let text = "\x1b]0;pwned\x07Floodwaters forced 2,400 residents\x1b[2J from their homes on Tuesday, the agency said.\r\n\nRescue crews reached 35 villages\u{9b}31m by nightfall.\n";
    let file = env.write("evil.txt", text);
    // Keys and sources with control characters are refused at the door...
    let r = env
        .record(&file, "Evil\x1b[8mWire", "evil\x1b]2;title\x07key", &[])
        .user_error();
    assert!(r.stderr.contains("control characters"), "{}", r.stderr);
    assert_no_controls("refusal", &r.stderr);
    // ...titles and texts are stored as given and neutralised on the way out.
    let key = "evil-key";
    let source = "EvilWire";
    let title = "Title\x1b]8;;http://x\x1b\\link\x07";
    let rec = env.record(&file, source, key, &["--title", title]).ok();
    assert_no_controls("record", &rec.stdout);
    let file2 = env.write("evil2.txt", text.replace("2,400", "3,100"));
    env.record(&file2, source, key, &[]).ok();
    for args in [
        vec!["log"],
        vec!["log", key],
        vec!["claims", key],
        vec![
            "diff",
            &format!("{key}@1"),
            &format!("{key}@2"),
            "--sentences",
            "--all",
        ],
        vec!["history", "housing", "--all"],
        vec!["search", "residents"],
        vec!["topics"],
        vec!["extract", file.to_str().unwrap()],
    ] {
        for format in ["text", "markdown"] {
            let mut all = args.clone();
            all.extend(["--format", format]);
            let r = env.run_db(&all);
            if format == "markdown" && r.code == 2 {
                continue;
            }
            let r = r.ok();
            assert!(!r.stdout.is_empty(), "{args:?}");
            assert_no_controls(&format!("{args:?} {format}"), &r.stdout);
        }
    }
    // Errors naming a hostile key say so without its control bytes.
    let r = env.run_db(&["claims", "no\x1b]0;x\x07such"]).user_error();
    assert_no_controls("error", &r.stderr);
    // JSON keeps the strings exactly (escaped by JSON itself).
    let log = env.log_json();
    assert_eq!(log["articles"][0]["title"], title);
}

#[test]
fn text_output_writes_figures_in_peoples_notation() {
    let env = Env::new();
    let en = env.write(
        "en.txt",
        "The agency said 10,000 people were evacuated.\n\nThe dispute has lasted three decades, officials said.\n",
    );
    let es = env.write(
        "es.txt",
        "Según la agencia, 12.500 personas fueron evacuadas y la reunión duró 45 minutos.\n",
    );
    let text = env.run(&["extract", en.to_str().unwrap()]).ok().stdout;
    assert!(text.contains("10,000") && !text.contains("10000"), "{text}");
    // A duration of an event reads as an adjective ("3-decade dispute"), not "3 decades".
    assert!(text.contains("3-decade dispute"), "{text}");
    let text = env.run(&["extract", es.to_str().unwrap()]).ok().stdout;
    assert!(text.contains("  12.500  "), "{text}");
    // A one-line English text with none of the function words the language vote counts (on
    // which trigrams guess Spanish) still reads as English (rule `hint_words_settle_a_tie`).
    let short = env.write("short.txt", "Nurses receive £70,000 a year.\n");
    let text = env.run(&["extract", short.to_str().unwrap()]).ok().stdout;
    assert!(
        text.contains("70,000") && !text.contains("70.000"),
        "{text}"
    );
    let json = env
        .run(&["extract", short.to_str().unwrap(), "--format", "json"])
        .ok()
        .stdout;
    assert!(json.contains("\"lang\": \"en\""), "{json}");
    // A Spanish diff speaks Spanish units, in the words of the claim's label.
    let es2 = env.write(
        "es2.txt",
        "Según la agencia, 12.500 personas fueron evacuadas y la reunión duró 50 minutos.\n",
    );
    let d = env
        .run(&["diff", es.to_str().unwrap(), es2.to_str().unwrap()])
        .ok()
        .stdout;
    assert!(d.contains("45 → 50 minutos de reunión"), "{d}");
    // Large deltas scaled in the diff.
    let a = env.write(
        "a.txt",
        "The government released $40 million in aid on Wednesday, officials said.\n",
    );
    let b = env.write(
        "b.txt",
        "The government released $340 million in aid on Wednesday, officials said.\n",
    );
    let d = env
        .run(&["diff", a.to_str().unwrap(), b.to_str().unwrap()])
        .ok()
        .stdout;
    assert!(d.contains("+300M"), "{d}");
    // A proportion is labelled as written, in digits, and its value stays the fraction (rule
    // `proportion_as_written`).
    let claims = |text: &str| {
        let file = env.write("ratio.txt", text);
        let json = env
            .run(&["extract", file.to_str().unwrap(), "--format", "json"])
            .ok()
            .json();
        json["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| {
                (
                    c["label"].as_str().unwrap_or("").to_string(),
                    c["value"].as_f64(),
                )
            })
            .collect::<Vec<_>>()
    };
    let en = claims("One in five adults in the town smoke, the survey found.\n");
    assert!(
        en.iter()
            .any(|(l, v)| l.starts_with("1 in 5 adults") && *v == Some(0.2)),
        "{en:?}"
    );
    let es = claims(
        "Tres de cada diez hogares de la comarca no tienen conexión a internet, según el censo.\n",
    );
    assert!(
        es.iter()
            .any(|(l, v)| l.starts_with("3 de 10 hogares") && *v == Some(0.3)),
        "{es:?}"
    );
}

#[test]
fn text_says_what_was_asked_in_plain_words() {
    let env = flood();
    // Plurals, and one status vocabulary.
    let one = env.write(
        "one.txt",
        "Officials said 240 homes were damaged in the town on Monday.\n",
    );
    let r = env.record(&one, "Agency", "one", &[]).ok();
    assert!(r.stdout.contains("(Agency, 1 claim)"), "{}", r.stdout);
    let h = env.run_db(&["history", "housing", "--all"]).ok().stdout;
    assert!(!h.contains(" same "), "{h}");
    // --source folds case.
    let upper = env.run_db(&[
        "history", "health", "--source", "AGENCY", "--format", "json",
    ]);
    let exact = env.run_db(&[
        "history", "health", "--source", "Agency", "--format", "json",
    ]);
    assert_eq!(upper.ok().stdout, exact.ok().stdout);
    // log lists versions in the order of the times it shows.
    let early = env.write("early.txt", FLOOD_V1.replace("2,400", "2,000"));
    env.record(&early, "Agency", "flood", &["--at", "2024-06-01"])
        .ok();
    let log = env.run_db(&["log", "flood"]).ok().stdout;
    let order: Vec<&str> = log
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(order, ["flood@3", "flood@1", "flood@2"], "{log}");
    // A plain text's headline is its title.
    let story = env.write(
        "story.txt",
        "Quake damages 240 homes\n\nOfficials said 240 homes were damaged.\n",
    );
    env.record(&story, "Wire", "quake", &[]).ok();
    let log = env.log_json();
    let quake = log["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["key"] == "quake")
        .unwrap();
    assert_eq!(quake["title"], "Quake damages 240 homes");
    // record into a directory that does not exist names it.
    let missing = env.path("nosuch/dir/x.db");
    let r = env
        .run(&[
            "record",
            story.to_str().unwrap(),
            "--source",
            "W",
            "--article",
            "q",
            "--db",
            missing.to_str().unwrap(),
        ])
        .user_error();
    assert!(
        r.stderr.contains("directory") && r.stderr.contains("nosuch"),
        "{}",
        r.stderr
    );
}

#[test]
fn tables_fit_100_columns_off_a_terminal_and_wide_shows_everything() {
    let env = flood();
    let fitted = env.run_db(&["claims", "flood@2"]).ok().stdout;
    for line in fitted.lines() {
        assert!(line.chars().count() <= 100, "{line:?}");
    }
    assert!(fitted.contains('…'), "{fitted}");
    let wide = env.run_db(&["claims", "flood@2", "--wide"]).ok().stdout;
    assert!(wide.lines().any(|l| l.chars().count() > 100), "{wide}");
    assert!(wide.contains("the regional emergency agency"), "{wide}");
}
