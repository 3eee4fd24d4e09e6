//! A property test over every command's argument parser: random flags (each command's own,
//! taken from clap's definition) with random values, huge numbers and durations among them,
//! parse or fail as a usage error (exit 2, or 0 for help and version); never a panic.

use clap::{CommandFactory, Parser};
use proptest::prelude::*;

use crate::Cli;

/// Every subcommand with its long flags.
fn commands() -> Vec<(String, Vec<String>)> {
    Cli::command()
        .get_subcommands()
        .map(|c| {
            let flags = c
                .get_arguments()
                .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
                .collect();
            (c.get_name().to_string(), flags)
        })
        .collect()
}

/// Values that have broken parsers before, and random text.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("99999999999999999999s".to_string()),
        Just("5000000000000000h".to_string()),
        Just("1e308".to_string()),
        Just("NaN".to_string()),
        Just("-inf".to_string()),
        Just("-1".to_string()),
        Just("".to_string()),
        Just("18446744073709551616".to_string()),
        "[0-9]{1,25}(ms|s|m|h|d|K|M|G)?",
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_argument_list_panics_the_parser(
        pick in any::<prop::sample::Index>(),
        args in prop::collection::vec((any::<prop::sample::Index>(), value(), any::<bool>()), 0..6),
    ) {
        let all = commands();
        let (name, flags) = &all[pick.index(all.len())];
        let mut argv = vec!["claimdiff".to_string(), name.clone()];
        for (flag, v, positional) in args {
            if !positional && !flags.is_empty() {
                argv.push(flags[flag.index(flags.len())].clone());
            }
            argv.push(v);
        }
        match Cli::try_parse_from(&argv) {
            Ok(_) => {}
            Err(e) => prop_assert!(
                matches!(e.exit_code(), 0 | 2),
                "{argv:?}: exit {} ({e})",
                e.exit_code()
            ),
        }
    }
}

#[test]
fn huge_durations_are_usage_errors() {
    for (cmd, flag) in [
        ("fetch", "--delay"),
        ("watch", "--every"),
        ("watch", "--delay"),
    ] {
        for v in ["99999999999999999999s", "5000000000000000h", "367d"] {
            let e = Cli::try_parse_from(["claimdiff", cmd, "http://a.test/", flag, v])
                .err()
                .unwrap_or_else(|| panic!("{cmd} {flag} {v} accepted"));
            assert_eq!(e.exit_code(), 2, "{e}");
        }
    }
    assert!(Cli::try_parse_from(["claimdiff", "watch", "http://a.test/", "--every", "2h"]).is_ok());
}
