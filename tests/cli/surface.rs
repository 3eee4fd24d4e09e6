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
