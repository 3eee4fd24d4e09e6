//! `diff`: files and stored versions.

use crate::common::*;

#[test]
fn diff_of_two_files_does_not_touch_the_database() {
    let env = Env::new();
    let a = env.write("a.txt", FLOOD_V1);
    let b = env.write("b.txt", FLOOD_V2);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());

    let text = env.run_db(&["diff", a, b]).ok().stdout;
    assert!(
        text.contains("2 changed, 1 added, 0 removed, 1 unchanged"),
        "{text}"
    );
    env.assert_no_db();

    let extract = |p: &str| env.run(&["extract", p, "--format", "json"]).ok().json();
    let (ea, eb) = (extract(a), extract(b));
    for (flags, mode) in [(vec![], "versions"), (vec!["--sources"], "sources")] {
        let mut args = vec!["diff", a, b, "--format", "json"];
        args.extend(flags);
        let j = env.run_db(&args).ok().json();
        env.assert_no_db();
        assert_eq!(j["mode"], mode, "{j}");
        let entries = j["claims"].as_array().expect("claims");
        let mut before = Vec::new();
        let mut after = Vec::new();
        for e in entries {
            let status = e["status"].as_str().unwrap();
            assert!(
                matches!(status, "changed" | "added" | "removed" | "unchanged"),
                "{e}"
            );
            assert_eq!(
                e.get("before").is_some_and(|v| !v.is_null()),
                status != "added",
                "{e}"
            );
            assert_eq!(
                e.get("after").is_some_and(|v| !v.is_null()),
                status != "removed",
                "{e}"
            );
            if let Some(c) = e.get("before").filter(|v| !v.is_null()) {
                assert_claim_fields(c);
                before.push(span(c));
            }
            if let Some(c) = e.get("after").filter(|v| !v.is_null()) {
                assert_claim_fields(c);
                after.push(span(c));
            }
            if status == "changed" {
                let fields = e["fields"].as_array().expect("fields");
                assert!(!fields.is_empty(), "{e}");
            }
        }
        before.sort();
        after.sort();
        assert_eq!(before, spans(&ea), "every claim of A exactly once ({mode})");
        assert_eq!(after, spans(&eb), "every claim of B exactly once ({mode})");
        let changed = entries.iter().filter(|e| e["status"] == "changed").count();
        let added = entries.iter().filter(|e| e["status"] == "added").count();
        assert_eq!((changed, added), (2, 1), "{mode}: {j}");
        let residents = entries
            .iter()
            .find(|e| e["before"]["value"] == 2400.0)
            .expect("2400 entry");
        assert_eq!(residents["after"]["value"], 3100.0);
        assert_eq!(residents["delta"], 700.0);
    }
}

#[test]
fn diff_of_stored_versions() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let j = env
        .run_db(&["diff", "flood@1", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(j["mode"], "versions");
    assert_eq!(j["from"]["version"], 1);
    assert_eq!(j["to"]["version"], 2);
    assert_eq!(j["from"]["article"], "flood");
    assert_eq!(j["to"]["source"], "Wire");
    let n_before = j["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["before"].is_null() && e.get("before").is_some())
        .count();
    let n_after = j["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| !e["after"].is_null() && e.get("after").is_some())
        .count();
    assert_eq!((n_before, n_after), (3, 4));
}

#[test]
fn diff_of_a_version_with_itself_fails() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let before = env.snapshot();
    for (a, b) in [
        ("flood@1", "flood@1"),
        ("flood@1", "flood@first"),
        ("flood", "flood@2"),
        ("flood@latest", "flood"),
    ] {
        env.run_db(&["diff", a, b]).user_error();
        env.run_db(&["diff", a, b, "--format", "json"]).user_error();
    }
    assert_eq!(env.snapshot(), before);
}

/// A claim whose only change is the figure it started from says so, in text and Markdown.
#[test]
fn diff_names_a_change_of_the_old_value() {
    let env = Env::new();
    let text = |old: &str| {
        format!(
            "Unemployment in Harwick county {old} last year, the labour office said.\n\nThe office counted 1,240 new claims for benefits in December.\n"
        )
    };
    let a = env.write("a.txt", text("rose from 5% to 7%"));
    let b = env.write("b.txt", text("rose from 4% to 7%"));
    let c = env.write("c.txt", text("stood at 7%"));
    let (a, b, c) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        c.to_str().unwrap(),
    );
    let out = env.run_db(&["diff", a, b]).ok().stdout;
    assert!(
        out.contains("1 changed, 0 added, 0 removed, 1 unchanged"),
        "{out}"
    );
    assert!(out.contains("(old value -1, -20.0%)"), "{out}");
    assert!(out.contains("fields: changed_from"), "{out}");
    let out = env.run_db(&["diff", c, a]).ok().stdout;
    assert!(out.contains("(old value added)"), "{out}");
    let out = env.run_db(&["diff", a, c]).ok().stdout;
    assert!(out.contains("(old value dropped)"), "{out}");
    let md = env
        .run_db(&["diff", a, b, "--format", "markdown"])
        .ok()
        .stdout;
    assert!(
        md.contains("| changed | 7% (up from 5%) | 7% (up from 4%) |"),
        "{md}"
    );
    env.assert_no_db();
}
