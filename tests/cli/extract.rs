//! `extract`: text, JSON and the streaming `--jsonl`.

use crate::common::*;

#[test]
fn extract_a_file_in_text_and_json() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let text = env.run(&["extract", f.to_str().unwrap()]).ok().stdout;
    assert!(text.contains("2,400"), "{text}");
    assert!(text.contains("~120"), "{text}");
    let j = env
        .run(&["extract", f.to_str().unwrap(), "--format", "json"])
        .ok()
        .json();
    let claims = claims_of(&j);
    assert_eq!(claims.len(), 3, "{j}");
    for c in claims {
        assert_claim_fields(c);
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(c["surface"].as_str().unwrap(), char_slice(FLOOD_V1, s, e));
    }
    assert_eq!(claims[0]["attribution"], "the regional emergency agency");
    assert_eq!(claims[2]["qualifier"], "approx");
    // extract stores nothing.
    env.assert_no_db();
    // Same from stdin.
    let j2 = env
        .run_stdin(&["extract", "-", "--format", "json"], FLOOD_V1.as_bytes())
        .ok()
        .json();
    assert_eq!(j2["claims"], j["claims"]);
}

#[test]
fn extract_jsonl_round_trip() {
    let env = Env::new();
    let input = concat!(
        r#"{"id":"a","text":"The storm killed 12 people on Monday, officials said."}"#,
        "\n",
        r#"{"id":7,"text":"Consumer prices rose 3.5% in May, the statistics office said."}"#,
        "\n",
        r#"{"id":null,"text":"Nothing countable happened here."}"#,
        "\n"
    );
    let f = env.write("in.jsonl", input);
    for r in [
        env.run(&["extract", "--jsonl", f.to_str().unwrap()]),
        env.run_stdin(&["extract", "--jsonl"], input.as_bytes()),
    ] {
        let r = r.ok();
        let lines: Vec<&str> = r.stdout.lines().collect();
        assert_eq!(lines.len(), 3, "{}", r.stdout);
        let docs: Vec<Value> = lines
            .iter()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect();
        assert_eq!(docs[0]["id"], "a");
        assert_eq!(docs[1]["id"], 7);
        assert!(docs[2]["id"].is_null() && docs[2].get("id").is_some());
        assert_eq!(claims_of(&docs[0]).len(), 1);
        assert_eq!(claims_of(&docs[0])[0]["value"], 12.0);
        assert_eq!(claims_of(&docs[1]).len(), 1);
        assert_eq!(claims_of(&docs[1])[0]["unit"], "percent");
        assert_eq!(claims_of(&docs[2]).len(), 0);
        for d in &docs {
            claims_of(d).iter().for_each(assert_claim_fields);
        }
    }
    env.assert_no_db();
}

/// Several chunks (a chunk holds at most 1,024 lines) are extracted at once; their lines still
/// come out in input order, each with its own claims, and a bad line in a later chunk stops the
/// run after every line before it is written.
#[test]
fn extract_jsonl_keeps_input_order_across_chunks() {
    let env = Env::new();
    let n = 3_500;
    let mut input = String::new();
    for i in 0..n {
        // Lines of very different lengths, so that chunks finish out of order.
        let pad = "The council met again. ".repeat(i % 7 * 20);
        input.push_str(&format!(
            "{{\"id\":{i},\"text\":\"{pad}Police arrested {} people.\"}}\n",
            i + 5_000
        ));
    }
    let f = env.write("many.jsonl", &input);
    let out = env
        .run(&["extract", "--jsonl", f.to_str().unwrap()])
        .ok()
        .stdout;
    let docs: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), n);
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d["id"], i as u64, "line {i}");
        let claims = claims_of(d);
        assert_eq!(claims.len(), 1, "line {i}: {d}");
        assert_eq!(claims[0]["value"], (i + 5_000) as f64, "line {i}");
    }
    // A bad line in the third chunk: the lines before it are all written, then the error.
    let mut bad = input.lines().take(2_500).collect::<Vec<_>>().join("\n");
    bad.push_str("\n{\"id\": 1\n");
    let f = env.write("bad.jsonl", &bad);
    let r = env.run(&["extract", "--jsonl", f.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2_500);
    assert!(r.stderr.contains("line 2501"), "{}", r.stderr);
}

#[test]
fn extract_jsonl_reads_fields_in_any_order_with_escapes_extras_and_repeats() {
    let env = Env::new();
    // Field order, escaped text, extra fields and a repeated key (the last one counts, as
    // in a JSON value) all give the claims of the plain line.
    let plain = r#"{"id":"p","text":"Prices rose 3.5% in May.\nSome 40 stores closed."}"#;
    let variants = [
        r#"{"text":"Prices rose 3.5% in May.\nSome 40 stores closed.","id":"p"}"#,
        r#"{"id":"p","source":{"name":"x","tags":[1,2]},"text":"Prices rose 3.5% in\u0020May.\nSome 40 stores closed."}"#,
        r#"{"id":"q","id":"p","text":"Nothing","text":"Prices rose 3.5% in May.\nSome 40 stores closed."}"#,
    ];
    let want = env
        .run_stdin(&["extract", "--jsonl"], format!("{plain}\n").as_bytes())
        .ok()
        .stdout;
    let want_doc: Value = serde_json::from_str(want.trim()).unwrap();
    assert_eq!(claims_of(&want_doc).len(), 2, "{want}");
    for v in variants {
        let got = env
            .run_stdin(&["extract", "--jsonl"], format!("{v}\n").as_bytes())
            .ok()
            .stdout;
        assert_eq!(got, want, "{v}");
    }
}

#[test]
fn extract_jsonl_streams_results_and_errors_while_stdin_stays_open() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;
    let env = Env::new();
    let mut child = env
        .command(&["extract", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn claimdiff");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    // The first line's result comes while the input is still open (no waiting for a chunk).
    stdin
        .write_all(b"{\"id\":\"a\",\"text\":\"The storm killed 12 people.\"}\n")
        .unwrap();
    stdin.flush().unwrap();
    let first = rx
        .recv_timeout(Duration::from_secs(20))
        .expect("the first result before the input ends");
    let doc: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(doc["id"], "a");
    assert_eq!(claims_of(&doc)[0]["value"], 12.0);
    // A bad line ends the run with its error, though stdin is still open.
    stdin.write_all(b"not json\n").unwrap();
    stdin.flush().unwrap();
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = done_tx.send(child.wait_with_output());
    });
    let out = done_rx
        .recv_timeout(Duration::from_secs(20))
        .expect("claimdiff exits on a bad line without waiting for the end of its input")
        .expect("wait");
    drop(stdin);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn extract_jsonl_bad_line_names_the_line() {
    let env = Env::new();
    let good = r#"{"id":"a","text":"The storm killed 12 people on Monday."}"#;
    for bad in [
        "[1, 2, 3]",
        r#""just a string""#,
        r#"{"id":"b"}"#,
        r#"{"id":"b","text":5}"#,
        "not json at all",
    ] {
        let input = format!("{good}\n{bad}\n{good}\n");
        let r = env.run_stdin(&["extract", "--jsonl"], input.as_bytes());
        assert_eq!(r.code, 1, "{bad}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let lines: Vec<&str> = r.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "{bad}: {}", r.stderr);
        assert!(lines[0].starts_with("claimdiff: error:"), "{}", r.stderr);
        assert!(lines[0].contains("line 2"), "{bad}: {}", r.stderr);
    }
}

/// A closed output (`| head`) is not an error; any other failure to write is one.
#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error_but_a_closed_pipe_is_not() {
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let full = std::fs::File::create("/dev/full").expect("/dev/full");
    let o = env
        .command(&["extract", f.to_str().unwrap()])
        .stdout(full)
        .output()
        .unwrap();
    let r = Run::from(o).user_error();
    assert!(r.stderr.contains("cannot write the output"), "{}", r.stderr);

    // A reader that is gone before the output is written.
    let mut child = env
        .command(&["extract", f.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let r = Run::from(child.wait_with_output().unwrap()).ok();
    assert!(r.stderr.is_empty(), "{}", r.stderr);
}

#[test]
fn extract_explain_names_the_rule_that_dropped_each_number() {
    let env = Env::new();
    let text =
        "On March 4, the agency said 1,200 homes were flooded and the G7 pledged $5m in aid.";
    let f = env.write("explain.txt", text);
    let j = env
        .run(&[
            "extract",
            f.to_str().unwrap(),
            "--explain",
            "--format",
            "json",
        ])
        .ok()
        .json();
    let dropped: Vec<(String, String)> = j["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            assert_eq!(d["sentence"], text);
            (
                d["surface"].as_str().unwrap().into(),
                d["rule"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        dropped,
        [
            ("4".to_string(), "day_after_month".to_string()),
            ("7".to_string(), "letters_glued_before".to_string())
        ]
    );
    // The claims are the same with or without --explain, and JSON has no `dropped` without it.
    let plain = env
        .run(&["extract", f.to_str().unwrap(), "--format", "json"])
        .ok()
        .json();
    assert_eq!(plain["claims"], j["claims"]);
    assert!(plain.get("dropped").is_none());
    let t = env
        .run(&["extract", f.to_str().unwrap(), "--explain"])
        .ok()
        .stdout;
    assert!(
        t.contains("not claims: 2") && t.contains("day_after_month"),
        "{t}"
    );
    // --explain reads one text; with --jsonl it is a usage error.
    let e = env.run(&["extract", "--jsonl", "--explain", f.to_str().unwrap()]);
    assert_eq!(e.code, 2, "{}", e.stderr);
}

#[test]
fn a_users_lexicon_can_tag_each_line_with_its_language() {
    let env = Env::new();
    let lexicon = env.write(
        "water.txt",
        "[en] water: drought, reservoirs\n[es] water: sequía, embalses\n",
    );
    let lx = lexicon.to_str().unwrap();
    let topics = |text: &str| {
        let j = env
            .run_stdin(
                &["extract", "--lexicon", lx, "-", "--format", "json"],
                text.as_bytes(),
            )
            .ok()
            .json();
        claims_of(&j)[0]["topics"].clone()
    };
    let en = topics("The drought has left reservoirs at 31% of capacity, the agency said.");
    assert!(en.as_array().unwrap().contains(&"water".into()), "{en}");
    let es = topics("La sequía dejó los embalses al 31% de su capacidad, informó la agencia.");
    assert!(es.as_array().unwrap().contains(&"water".into()), "{es}");
    // An English term is not matched in Spanish text, nor a Spanish one in English text.
    let crossed = env.write(
        "crossed.txt",
        "[en] water: embalses\n[es] water: reservoirs\n",
    );
    let j = env
        .run_stdin(
            &[
                "extract",
                "--lexicon",
                crossed.to_str().unwrap(),
                "-",
                "--format",
                "json",
            ],
            "La sequía dejó los embalses al 31% de su capacidad, informó la agencia.".as_bytes(),
        )
        .ok()
        .json();
    assert!(
        !claims_of(&j)[0]["topics"]
            .as_array()
            .unwrap()
            .contains(&"water".into()),
        "{j}"
    );
    let bad = env.write("bad.txt", "[fr] water: sécheresse\n");
    let r = env
        .run_stdin(
            &["extract", "--lexicon", bad.to_str().unwrap(), "-"],
            b"The drought cut 31% of the harvest.",
        )
        .user_error();
    assert!(
        r.stderr.contains("line 1: unknown language tag [fr]"),
        "{}",
        r.stderr
    );
}
