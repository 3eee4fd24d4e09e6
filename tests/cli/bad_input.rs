//! Bad input: every failure is one line on stderr with the right exit code, and leaves the
//! database as it was.

use crate::common::*;

#[test]
fn record_missing_file_fails_cleanly() {
    let env = Env::new();
    let missing = env.path("no-such-file.txt");
    env.record(&missing, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let missing = env.path("no-such-file.txt");
    let r = env.record(&missing, "Wire", "x", &[]).user_error();
    assert!(r.stderr.contains("no-such-file.txt"), "{}", r.stderr);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_directory_fails_cleanly() {
    let env = Env::new();
    let d = env.path("adir");
    std::fs::create_dir(&d).unwrap();
    env.record(&d, "Wire", "x", &[]).user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    env.record(env.dir.path(), "Wire", "x", &[]).user_error();
    assert_eq!(env.snapshot(), before);
}

/// `record` refuses `bytes` (one line, exit 1) given as a file and on stdin, both into a new
/// database (which is then not created) and into one holding an article (left unchanged, also
/// for that article's key).
fn assert_record_refused(bytes: &[u8]) {
    let env = Env::new();
    let f = env.write("input", bytes);
    env.record(&f, "Wire", "x", &[]).user_error();
    env.assert_no_db();
    env.run_stdin(
        &[
            "record",
            "-",
            "--source",
            "Wire",
            "--article",
            "x",
            "--db",
            env.db(),
        ],
        bytes,
    )
    .user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("input", bytes);
    for article in ["x", "flood"] {
        env.record(&f, "Wire", article, &[]).user_error();
        let args = [
            "record",
            "-",
            "--source",
            "Wire",
            "--article",
            article,
            "--db",
            env.db(),
        ];
        env.run_stdin(&args, bytes).user_error();
        // No FILE argument reads stdin too.
        env.run_stdin(&[&args[..1], &args[2..]].concat(), bytes)
            .user_error();
    }
    assert_eq!(env.snapshot(), before);
}

#[test]
fn record_empty_or_blank_input_fails_cleanly() {
    assert_record_refused(b"");
    assert_record_refused(b"  \n\n\t \n");
}

#[test]
fn record_binary_data_fails_cleanly() {
    assert_record_refused(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00 the 12 workers",
    );
}

#[test]
fn record_windows_1252_file_is_decoded() {
    let env = Env::new();
    let f = env.write("latin1.txt", LATIN1);
    let r = env.record(&f, "Diario", "cafe", &[]).ok();
    assert!(r.stdout.contains("windows-1252"), "{}", r.stdout);
    assert!(r.stdout.contains("recorded cafe@1"), "{}", r.stdout);

    let doc = env.claims_json("cafe");
    let claims = claims_of(&doc);
    assert!(!claims.is_empty(), "{doc}");
    let text =
        "El país exportó más de 300 toneladas de café en 2024, según el ministerio de agricultura.";
    let c = claims
        .iter()
        .find(|c| c["value"] == 300.0)
        .unwrap_or_else(|| panic!("no 300 claim: {doc}"));
    assert_eq!(c["sentence"], text);
    let (s, e) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(c["surface"].as_str().unwrap(), char_slice(text, s, e));
    assert!(c["surface"].as_str().unwrap().contains("más"), "{c}");
    for c in claims {
        let s = c.to_string();
        assert!(!s.contains('\u{FFFD}'), "replacement char in {s}");
    }

    let j = env
        .record(&f, "Diario", "cafe-json", &["--format", "json"])
        .ok()
        .json();
    assert_eq!(j["encoding"], "windows-1252", "{j}");
}

#[test]
fn record_invalid_utf8_that_is_not_latin1_fails_cleanly() {
    // C1 code points Windows-1252 leaves undefined, C0 controls and stray high bytes.
    assert_record_refused(b"\x81\x8d\x8f\x90\x9d\x01\x02\x03\xff\xfe\x80\x81\x8d\x1b\x1c\x9d\x90");
}

#[test]
fn malformed_at_fails_before_creating_a_database() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.record(&f, "Wire", "flood", &["--at", "yesterday"])
        .user_error();
    env.assert_no_db();
}

#[test]
fn record_without_article_or_url_fails_cleanly() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    env.run_db(&["record", f.to_str().unwrap(), "--source", "Wire"])
        .user_error();
    env.run_db(&[
        "record",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--article",
        "  ",
    ])
    .user_error();
    env.assert_no_db();

    let env = env_with_flood();
    let before = env.snapshot();
    let f = env.write("v2.txt", FLOOD_V2);
    env.run_db(&["record", f.to_str().unwrap(), "--source", "Wire"])
        .user_error();
    // A URL that is not http(s) is no better.
    env.run_db(&[
        "record",
        f.to_str().unwrap(),
        "--source",
        "Wire",
        "--url",
        "ftp://example.com/x",
    ])
    .user_error();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn read_commands_on_a_missing_database_fail_without_creating_it() {
    let env = Env::new();
    for args in [
        vec!["log"],
        vec!["log", "flood"],
        vec!["claims", "flood"],
        vec!["topics"],
        vec!["history", "--topic", "tariffs"],
        vec!["search", "tariff"],
        vec!["reindex"],
        vec!["diff", "flood@1", "flood@2"],
    ] {
        let r = env.run_db(&args).user_error();
        assert!(r.stderr.contains(env.db_label()), "{args:?}: {}", r.stderr);
        env.assert_no_db();
        let mut json = args.clone();
        json.extend(["--format", "json"]);
        env.run_db(&json).user_error();
        env.assert_no_db();
    }
}

#[test]
fn a_file_that_is_not_a_database_is_refused() {
    if skip_on_pg("a text file as database (tests/cli/postgres.rs refuses foreign databases)") {
        return;
    }
    let env = Env::new();
    std::fs::write(&env.db, FLOOD_V1).unwrap();
    let f = env.write("v2.txt", FLOOD_V2);
    env.run_db(&["log"]).user_error();
    env.record(&f, "Wire", "flood", &[]).user_error();
    assert_eq!(std::fs::read_to_string(&env.db).unwrap(), FLOOD_V1);
}

/// One bad invocation: its arguments (`{v2}` stands for a second version's file), a fragment
/// its stderr must hold, and its exit code (1 a user error, 2 a usage error).
struct BadCase {
    args: &'static [&'static str],
    stderr: &'static str,
    code: i32,
}

const fn bad(args: &'static [&'static str], stderr: &'static str, code: i32) -> BadCase {
    BadCase { args, stderr, code }
}

const REF_FORM: &str = "after @ give a version number from 1, 'first' or 'latest'";
const TEXT_JSON: &str = "[possible values: text, json]";
const TEXT_JSON_CSV: &str = "[possible values: text, json, csv]";

/// Bad input on a database with one article: refs, times, format values, and formats a
/// command does not offer (a usage error naming the ones it does).
const BAD_CASES: &[BadCase] = &[
    // unknown articles and versions
    bad(&["claims", "nosuch"], "unknown article \"nosuch\"", 1),
    bad(&["claims", "nosuch@1"], "unknown article \"nosuch\"", 1),
    bad(&["log", "nosuch"], "unknown article \"nosuch\"", 1),
    // the command line's hint follows the library's message
    bad(
        &["claims", "nosuch"],
        "unknown article \"nosuch\" (see `claimdiff log` for the articles stored)",
        1,
    ),
    bad(
        &["diff", "flood@1", "nosuch.txt"],
        "\"nosuch.txt\" is not a file, and as a version ref: unknown article \"nosuch.txt\" (see `claimdiff log`",
        1,
    ),
    bad(&["diff", "nosuch@1", "flood@1"], "nosuch", 1),
    bad(&["diff", "flood@1", "nosuch"], "nosuch", 1),
    bad(
        &["claims", "flood@9"],
        "has no version 9 (it has versions 1 to 1)",
        1,
    ),
    bad(&["claims", "flood@2"], "has no version 2", 1),
    bad(
        &["claims", "flood@9", "--format", "json"],
        "has no version 9",
        1,
    ),
    bad(&["diff", "flood@1", "flood@9"], "has no version 9", 1),
    bad(
        &["diff", "flood", "flood@1"],
        "are the same version: nothing to diff",
        1,
    ),
    // malformed refs
    bad(&["claims", "flood@0"], REF_FORM, 1),
    bad(&["claims", "flood@x"], REF_FORM, 1),
    bad(&["claims", "flood@"], REF_FORM, 1),
    bad(&["claims", "flood@-1"], REF_FORM, 1),
    bad(&["claims", "flood@1.5"], REF_FORM, 1),
    bad(&["claims", "@1"], "no article key before @", 1),
    // malformed times
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--at",
            "yesterday",
        ],
        "bad --at value \"yesterday\"",
        1,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--at",
            "2025-13-01",
        ],
        "bad --at value",
        1,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--at",
            "2025-12-04T25:00:00Z",
        ],
        "bad --at value",
        1,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--at",
            "04/12/2025",
        ],
        "bad --at value",
        1,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--at",
            "",
        ],
        "bad --at value",
        1,
    ),
    bad(
        &["history", "--topic", "x", "--since", "yesterday"],
        "bad --since value \"yesterday\"",
        1,
    ),
    bad(
        &["history", "--topic", "x", "--until", "2025-99-01"],
        "bad --until value",
        1,
    ),
    // format values that are no format
    bad(
        &["log", "--format", "yaml"],
        "invalid value 'yaml' for '--format <FORMAT>'",
        2,
    ),
    bad(
        &["claims", "flood", "--format", "xml"],
        "invalid value 'xml'",
        2,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--format",
            "yaml",
        ],
        "invalid value 'yaml'",
        2,
    ),
    // formats a command does not offer
    bad(&["log", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(&["log", "flood", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(&["claims", "flood", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(&["search", "flood", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(&["topics", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(
        &["--format", "markdown", "topics"],
        "`topics` offers text, json, csv",
        2,
    ),
    bad(
        &["diff", "flood", "flood", "--format", "csv"],
        "[possible values: text, json, markdown]",
        2,
    ),
    bad(
        &[
            "record",
            "{v2}",
            "--source",
            "Wire",
            "--article",
            "flood",
            "--format",
            "csv",
        ],
        TEXT_JSON,
        2,
    ),
    bad(&["extract", "{v2}", "--format", "markdown"], TEXT_JSON_CSV, 2),
    bad(
        &["extract", "--jsonl", "{v2}", "--format", "csv"],
        "--jsonl writes JSON lines: --format csv does not apply",
        1,
    ),
    bad(&["reindex", "--format", "csv"], TEXT_JSON, 2),
    bad(
        &["fetch", "http://127.0.0.1:9/a", "--format", "csv"],
        TEXT_JSON,
        2,
    ),
    bad(
        &[
            "watch",
            "http://127.0.0.1:9/feed",
            "--once",
            "--format",
            "markdown",
        ],
        TEXT_JSON,
        2,
    ),
];

#[test]
fn bad_input_fails_with_its_message_and_exit_code_and_changes_nothing() {
    let env = env_with_flood();
    let before = env.snapshot();
    let v2 = env.write("v2.txt", FLOOD_V2);
    let v2 = v2.to_str().unwrap();
    for case in BAD_CASES {
        let args: Vec<&str> = case
            .args
            .iter()
            .map(|a| if *a == "{v2}" { v2 } else { a })
            .collect();
        let r = env.run_db(&args);
        let r = if case.code == 1 {
            r.user_error()
        } else {
            assert_eq!(r.code, case.code, "{args:?}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{args:?}: stdout {:?}", r.stdout);
            assert!(r.stderr.starts_with("error: "), "{args:?}: {}", r.stderr);
            r
        };
        assert!(!r.stderr.contains("panicked"), "{args:?}: {}", r.stderr);
        assert!(
            r.stderr.contains(case.stderr),
            "{args:?}: stderr lacks {:?}:\n{}",
            case.stderr,
            r.stderr
        );
    }
    assert_eq!(env.snapshot(), before);
}
