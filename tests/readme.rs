//! The README's examples, executed: every ```` ```console ```` block of README.md, in order, in
//! one fresh temporary directory (with `samples/` in it and the built `claimdiff` first on
//! `PATH`), so that the tour is true by construction.
//!
//! In a block, a line starting with `$ ` is a command (a line ending in `\` continues it) run
//! with `sh`, stderr merged into stdout; the lines after it, up to the next command or the end of
//! the block, are its exact output. A command that exits non-zero ends its output with
//! `[exit N]`. Two placeholders keep volatile output readable: `[..]` in a line matches any text
//! within that line (times of recording, temporary paths), and a line that is just `...`
//! matches any number of lines (long output cut short). Trailing blank lines, and spaces at the
//! end of a line (which editors strip), are not compared.
//!
//! The fetch and watch examples start their own web server, `samples/serve.sh` (python3 on a free
//! port of 127.0.0.1, stopped by the tour's last fetch command, or here after a failure).
//!
//! `BLESS=1 cargo test --test readme` rewrites the outputs in README.md with what the commands
//! print now, keeping every placeholder that still matches: run it after changing output, then
//! read the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One command of a console block and the output it should print.
struct Example {
    /// The command's lines as written (with their `$ ` and continuations).
    written: Vec<String>,
    /// Its expected output lines.
    expected: Vec<String>,
    /// Line index in README.md of its first line.
    line: usize,
}

/// The README cut into console examples and the text around them.
enum Part {
    Text(String),
    Example(Example),
}

fn parse(readme: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut in_console = false;
    for (i, line) in readme.lines().enumerate() {
        let line = line.to_string();
        if !in_console {
            in_console = line.trim_end() == "```console";
            parts.push(Part::Text(line));
            continue;
        }
        if line.trim_end() == "```" {
            in_console = false;
            parts.push(Part::Text(line));
            continue;
        }
        let continues = matches!(parts.last(), Some(Part::Example(e))
            if e.expected.is_empty() && e.written.last().is_some_and(|l| l.ends_with('\\')));
        match parts.last_mut() {
            Some(Part::Example(e)) if continues => e.written.push(line),
            _ if line.starts_with("$ ") => parts.push(Part::Example(Example {
                written: vec![line],
                expected: Vec::new(),
                line: i + 1,
            })),
            Some(Part::Example(e)) => e.expected.push(line),
            _ => panic!(
                "README.md line {}: console output before any `$ ` command",
                i + 1
            ),
        }
    }
    parts
}

impl Example {
    /// The command for `sh`: the written lines without `$ `, continuations kept.
    fn command(&self) -> String {
        let mut lines = self.written.iter();
        let first = lines.next().expect("a command line");
        let mut cmd = first["$ ".len()..].to_string();
        for l in lines {
            cmd.push('\n');
            cmd.push_str(l);
        }
        cmd
    }
}

/// Whether `pattern` (with `[..]` wildcards) matches `line`.
fn line_matches(pattern: &str, line: &str) -> bool {
    let mut pieces = pattern.split("[..]");
    let first = pieces.next().unwrap_or("");
    let Some(mut rest) = line.strip_prefix(first) else {
        return false;
    };
    let pieces: Vec<&str> = pieces.collect();
    for (k, piece) in pieces.iter().enumerate() {
        if k == pieces.len() - 1 {
            return rest.ends_with(piece);
        }
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.is_empty()
}

/// The expected output for `actual`: `expected`'s lines wherever they still match (so its
/// placeholders survive), `actual`'s from the first line that does not. Equal to `expected`
/// exactly when `expected` matches `actual`.
fn bless(expected: &[String], actual: &[String]) -> Vec<String> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < expected.len() {
        if expected[i] == "..." {
            let skip_to = match expected.get(i + 1) {
                None => actual.len(),
                Some(next) => match (j..actual.len()).find(|&k| line_matches(next, &actual[k])) {
                    Some(k) => k,
                    None => break,
                },
            };
            out.push("...".to_string());
            i += 1;
            j = skip_to;
        } else if j < actual.len() && line_matches(&expected[i], &actual[j]) {
            out.push(expected[i].clone());
            i += 1;
            j += 1;
        } else {
            break;
        }
    }
    out.extend(actual[j..].iter().cloned());
    out
}

fn trim_blank_end(lines: &mut Vec<String>) {
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
}

/// Runs `cmd` in `dir` as a user of the README would, output and errors in one stream.
fn run(cmd: &str, dir: &Path, bin_dir: &Path) -> Vec<String> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![bin_dir.to_path_buf()];
    paths.extend(std::env::split_paths(&path));
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("exec 2>&1\n{cmd}"))
        .current_dir(dir)
        .env("PATH", std::env::join_paths(paths).unwrap())
        .env("NO_COLOR", "1")
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("HOME", dir)
        .env_remove("COLUMNS");
    for (k, _) in std::env::vars_os() {
        if k.to_string_lossy().starts_with("CLAIMDIFF_") {
            c.env_remove(k);
        }
    }
    let out = c.output().expect("run sh");
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect();
    trim_blank_end(&mut lines);
    match out.status.code() {
        Some(0) => {}
        Some(n) => lines.push(format!("[exit {n}]")),
        None => lines.push("[killed]".to_string()),
    }
    lines
}

#[test]
fn readme_console_examples_print_what_they_show() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme_path = root.join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let mut parts = parse(&readme);
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_claimdiff"));
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(root.join("samples"), dir.path().join("samples")).unwrap();
    let blessing = std::env::var_os("BLESS").is_some_and(|v| v == "1");

    let mut failures = Vec::new();
    let mut examples = 0;
    for part in &mut parts {
        let Part::Example(e) = part else { continue };
        examples += 1;
        let actual = run(&e.command(), dir.path(), bin.parent().unwrap());
        let mut expected: Vec<String> = e
            .expected
            .iter()
            .map(|l| l.trim_end().to_string())
            .collect();
        trim_blank_end(&mut expected);
        let blessed = bless(&expected, &actual);
        if blessed != expected {
            failures.push(format!(
                "README.md line {}: {}\n--- expected\n{}\n--- actual\n{}\n",
                e.line,
                e.written[0],
                expected.join("\n"),
                actual.join("\n")
            ));
            // Keep the blank line that separates this output from the next command.
            let gap = e.expected.len() > expected.len();
            e.expected = blessed;
            if gap {
                e.expected.push(String::new());
            }
        }
    }
    // A web server the tour started (samples/serve.sh) and did not stop, after a failure.
    if let Ok(pid) = std::fs::read_to_string(dir.path().join(".serve/pid")) {
        let _ = Command::new("kill").arg(pid.trim()).status();
    }
    assert!(examples > 0, "README.md has no console examples");
    if blessing {
        let mut text = String::new();
        for part in &parts {
            match part {
                Part::Text(l) => text.extend([l.as_str(), "\n"]),
                Part::Example(e) => {
                    for l in e.written.iter().chain(&e.expected) {
                        text.extend([l.as_str(), "\n"]);
                    }
                }
            }
        }
        std::fs::write(&readme_path, text).unwrap();
        return;
    }
    assert!(
        failures.is_empty(),
        "{} of {examples} README examples print something else (BLESS=1 cargo test --test readme \
         rewrites them):\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn placeholders_match_what_they_promise() {
    assert!(line_matches(
        "recorded at [..] today",
        "recorded at 2026-01-01 today"
    ));
    assert!(line_matches("[..]", "anything"));
    assert!(!line_matches("a[..]b", "a-c"));
    assert!(!line_matches("exact", "exactly"));
    let lines = |s: &str| s.lines().map(str::to_string).collect::<Vec<_>>();
    let expected = lines("one\n...\nfour");
    assert_eq!(bless(&expected, &lines("one\ntwo\nthree\nfour")), expected);
    assert_eq!(
        bless(&expected, &lines("one\ntwo\nfive")),
        lines("one\ntwo\nfive")
    );
    assert_eq!(
        bless(&lines("a [..]\nb"), &lines("a 1\nc")),
        lines("a [..]\nc")
    );
}
