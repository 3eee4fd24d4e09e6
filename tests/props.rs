//! Property tests (fuzz targets) for the number parser and the extractor, plus deterministic
//! pathological inputs. Case counts are modest so the file runs in seconds in debug mode;
//! raise them with `PROPTEST_CASES=5000 cargo test --release --test props` for a longer fuzz.
//!
//! Properties:
//! - `Extractor::extract_text` never panics on any string (every Unicode digit and space
//!   variant, long digit runs, nested brackets, NUL bytes, mixed scripts), every claim's
//!   `surface` is exactly the chars of the text from `start` to `end`, and its figures are
//!   finite numbers (JSON has no NaN or infinity).
//! - `numbers::parse_digits` never panics, and reads a plain integer back as itself.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use claimdiff::extract::numbers::{parse_digits, DecimalMark};
use claimdiff::extract::Extractor;
use claimdiff::model::Lang;
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

/// Every char Rust calls numeric (Unicode Nd, Nl and No: Arabic-Indic, Devanagari, fullwidth,
/// superscripts, fractions, Roman numerals, circled numbers, ...).
fn unicode_digits() -> &'static [char] {
    static DIGITS: OnceLock<Vec<char>> = OnceLock::new();
    DIGITS.get_or_init(|| {
        (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_numeric())
            .collect()
    })
}

/// Every Unicode white-space char, plus the invisible ones that are not white space but sit
/// between words in pasted text (zero-width space and joiners, word joiner, BOM, soft hyphen).
fn unicode_spaces() -> &'static [char] {
    static SPACES: OnceLock<Vec<char>> = OnceLock::new();
    SPACES.get_or_init(|| {
        let mut v: Vec<char> = (0..=0x10ffffu32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        v.extend([
            '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}', '\u{180e}',
        ]);
        v
    })
}

/// Words that steer the extractor: number words, scales, qualifiers, units, abbreviations,
/// attributions and correction notices, in English and Spanish.
const WORDS: &[&str] = &[
    "the",
    "tariff",
    "on",
    "steel",
    "workers",
    "people",
    "killed",
    "said",
    "officials",
    "according to",
    "según",
    "more than",
    "más de",
    "about",
    "alrededor de",
    "nearly",
    "up to",
    "hasta",
    "at least",
    "al menos",
    "between",
    "entre",
    "and",
    "y",
    "to",
    "a",
    "de",
    "million",
    "millones",
    "mil millones",
    "billion",
    "bn",
    "thousand",
    "mil",
    "half",
    "la mitad",
    "a third",
    "dozen",
    "two dozen",
    "one",
    "twenty-five",
    "veinticinco",
    "cien",
    "hundred",
    "percent",
    "por ciento",
    "%",
    "$",
    "€",
    "US$",
    "MXN",
    "pesos",
    "dollars",
    "km",
    "km/h",
    "hectares",
    "hectáreas",
    "horas",
    "hours",
    "years",
    "decades",
    "tons",
    "barrels",
    "U.S.",
    "EE.UU.",
    "No.",
    "Mr.",
    "Sra.",
    "p.m.",
    "1990s",
    "2025",
    "Correction:",
    "Fe de errores:",
    "-",
    "–",
    "—",
    "/",
    "x",
    "×",
    "·",
    "…",
    "'",
    "’",
    "\"",
    "«",
    "»",
    "¿",
    "?",
    "!",
    ";",
    ":",
    ".",
    ",",
    "e",
    "E",
    "1e308",
    "0x1F",
    "NaN",
    "inf",
    "∞",
];

/// One piece of a generated text.
fn atom() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => prop::sample::select(unicode_digits()).prop_map(String::from),
        2 => prop::sample::select(unicode_spaces()).prop_map(String::from),
        4 => "[0-9]{1,12}",
        2 => "[0-9]{1,4}([.,' ][0-9]{3}){0,4}([.,][0-9]{1,3})?",
        1 => "[0-9]{30,300}",
        1 => "[0-9.,]{1,40}",
        4 => prop::sample::select(WORDS).prop_map(String::from),
        2 => " ",
        1 => prop::sample::select(&["\n", "\n\n", "\r\n", "\r", "\t", "\0", "\0\0"][..])
            .prop_map(String::from),
        1 => prop::sample::select(&["(", ")", "[", "]", "{", "}", "<", ">", "«", "»", "“", "”"][..])
            .prop_map(String::from),
        1 => (1usize..200).prop_map(|n| format!("{}1{}", "(".repeat(n), ")".repeat(n))),
        1 => (1usize..100).prop_map(|n| format!("{}more than 5 workers", "[".repeat(n))),
    ]
}

/// Texts built from atoms: news-shaped enough to reach deep into the extractor.
fn texts() -> impl Strategy<Value = String> {
    prop::collection::vec(atom(), 0..120).prop_map(|v| v.concat())
}

/// Sentences shaped like real claims, with a random figure and decoration around it.
fn claimish() -> impl Strategy<Value = String> {
    (
        prop::sample::select(WORDS),
        atom(),
        prop::sample::select(WORDS),
        atom(),
        prop::sample::select(WORDS),
        any::<String>(),
    )
        .prop_map(|(q, n, u, x, s, tail)| {
            format!("Officials said {q} {n} {u} {x} {s} were counted on Tuesday. {tail}")
        })
}

/// The property every claim of every text must have.
fn check_claims(text: &str) -> Result<(), TestCaseError> {
    let e = extractor().extract_text(text);
    let chars: Vec<char> = text.chars().collect();
    for c in &e.claims {
        prop_assert!(
            c.start <= c.end && c.end <= chars.len(),
            "claim offsets {}..{} out of range (text has {} chars): {:?}",
            c.start,
            c.end,
            chars.len(),
            c
        );
        let got: String = chars[c.start..c.end].iter().collect();
        prop_assert_eq!(&got, &c.surface, "surface differs from text[start..end]");
        prop_assert!(c.value.is_finite(), "value not finite: {:?}", c);
        prop_assert!(
            c.value_max.is_none_or(f64::is_finite),
            "value_max not finite: {:?}",
            c
        );
    }
    Ok(())
}

fn marks() -> impl Strategy<Value = Option<DecimalMark>> {
    prop::sample::select(&[None, Some(DecimalMark::Point), Some(DecimalMark::Comma)][..])
}

fn langs() -> impl Strategy<Value = Lang> {
    prop::sample::select(&[Lang::En, Lang::Es][..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn extract_any_string(s in any::<String>()) {
        check_claims(&s)?;
    }

    #[test]
    fn extract_generated_text(s in texts()) {
        check_claims(&s)?;
    }

    #[test]
    fn extract_claim_shaped_sentences(s in claimish()) {
        check_claims(&s)?;
    }

    #[test]
    fn extract_unicode_digit_runs(
        digits in prop::collection::vec(prop::sample::select(unicode_digits()), 1..40),
        space in prop::sample::select(unicode_spaces()),
        unit in prop::sample::select(WORDS),
    ) {
        let run: String = digits.iter().collect();
        let text = format!("More than{space}{run}{space}{unit} were reported.\n\nUnos {run} {unit}.");
        check_claims(&text)?;
    }

    #[test]
    fn parse_digits_never_panics(s in any::<String>(), mark in marks(), lang in langs()) {
        let _ = parse_digits(&s, mark, lang);
    }

    #[test]
    fn parse_digits_never_panics_on_number_shapes(
        s in "[0-9.,'\u{a0}\u{202f} ]{0,60}",
        mark in marks(),
        lang in langs(),
    ) {
        let _ = parse_digits(&s, mark, lang);
    }

    #[test]
    fn parse_digits_never_panics_on_unicode_digits(
        digits in prop::collection::vec(
            prop_oneof![
                prop::sample::select(unicode_digits()),
                prop::sample::select(&['.', ',', '0', '5'][..]),
            ],
            0..50,
        ),
        mark in marks(),
        lang in langs(),
    ) {
        let s: String = digits.into_iter().collect();
        let _ = parse_digits(&s, mark, lang);
    }

    #[test]
    fn parse_digits_round_trips_plain_integers(n in any::<u64>(), mark in marks(), lang in langs()) {
        prop_assert_eq!(parse_digits(&n.to_string(), mark, lang), Some(n as f64));
    }

    #[test]
    fn parse_digits_round_trips_small_integers(n in 0u32..100_000, mark in marks(), lang in langs()) {
        prop_assert_eq!(parse_digits(&n.to_string(), mark, lang), Some(n as f64));
    }
}

// ---------------------------------------------------------------------------------------------
// Deterministic pathological inputs: each must simply finish without panicking.

fn assert_offsets(text: &str) -> usize {
    let e = extractor().extract_text(text);
    let chars: Vec<char> = text.chars().collect();
    for c in &e.claims {
        let got: String = chars[c.start..c.end].iter().collect();
        assert_eq!(got, c.surface);
    }
    e.claims.len()
}

#[test]
fn ten_megabyte_line_of_words() {
    const WORDS: &[&str] = &[
        "the",
        "tariff",
        "on",
        "steel",
        "rose",
        "more",
        "than",
        "expected",
        "officials",
        "said",
        "los",
        "trabajadores",
        "de",
        "la",
        "frontera",
        "según",
        "about",
        "nearly",
    ];
    let mut text = String::with_capacity(10_000_100);
    let mut i = 0usize;
    while text.len() < 10_000_000 {
        text.push_str(WORDS[(i * 7 + i / 5) % WORDS.len()]);
        text.push(' ');
        i += 1;
    }
    assert_offsets(&text);
}

#[test]
fn hundred_thousand_digits() {
    let digits = "7".repeat(100_000);
    assert_offsets(&digits);
    assert_offsets(&format!("The toll rose to {digits} people."));
    assert_offsets(&format!("Up to {} dollars.", "123,".repeat(25_000)));
    assert_offsets(&format!("Unos {} pesos.", "9.".repeat(50_000)));
}

#[test]
fn ten_thousand_nested_brackets() {
    let open = "(".repeat(10_000);
    let close = ")".repeat(10_000);
    assert_offsets(&format!("{open}{close}"));
    assert_offsets(&format!("{open}more than 50 workers{close}"));
    assert_offsets(&format!(
        "{}25% tariff{}",
        "([{«".repeat(2_500),
        "»}])".repeat(2_500)
    ));
    assert_offsets(&format!("{}5 workers.", ")".repeat(10_000)));
}

#[test]
fn nul_bytes_in_text() {
    assert_offsets("The tariff\0 rose to 25\0% on\0 steel. \0\0 50\0 workers.\0");
    assert_offsets("\0");
    assert_offsets(&"\0 1".repeat(10_000));
}

/// A long line with a figure every few words: every claim copies its sentence, and the
/// offsets are counted from the sentence start for each claim, so time and memory grow with
/// claims × sentence length (about 50 s and several GB at 1 MB); segmentation now cuts
/// run-on text into bounded sentences and offsets are counted forward.
#[test]
fn one_megabyte_line_with_figures() {
    let mut text = String::new();
    let mut i = 0usize;
    while text.len() < 1_000_000 {
        text.push_str(if i.is_multiple_of(2) {
            "workers "
        } else {
            "said "
        });
        if i.is_multiple_of(10) {
            text.push_str(&format!("{} ", i % 1000));
        }
        i += 1;
    }
    assert_offsets(&text);
    // Run-on text is cut into bounded sentences, so every figure is still found.
    let claims = claimdiff::extract::Extractor::default()
        .extract_text(&text)
        .claims;
    assert!(claims.len() > 14_000, "{} claims", claims.len());
}

// ---------------------------------------------------------------------------------------------
// The binary: `extract --jsonl` and `extract` on input with NUL characters.

fn run_claimdiff(args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimdiff runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    child.wait_with_output().expect("claimdiff finishes")
}

fn assert_no_panic(out: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "claimdiff panicked: {stderr}");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "exit status {:?} (0 or 1 expected); stderr: {stderr}",
        out.status
    );
}

#[test]
fn extract_jsonl_with_nul_in_json_strings() {
    let input = concat!(
        r#"{"id": "a", "text": "The toll rose to 5\u0000 people.\u0000 More than 50\u0000 workers."}"#,
        "\n",
        r#"{"id": "b", "text": "\u0000"}"#,
        "\n",
        r#"{"id": "c\u0000", "text": "Más de 50\u0000 capos, según la Fiscalía."}"#,
        "\n",
        r#"{"id": 4, "text": ""}"#,
        "\n",
    );
    let out = run_claimdiff(&["extract", "--jsonl"], input.as_bytes());
    assert_no_panic(&out);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[2]["id"], "c\u{0}");
    assert_eq!(lines[3]["id"], 4);
    for l in &lines {
        assert!(l["claims"].is_array(), "{l}");
    }
}

#[test]
fn extract_jsonl_with_raw_nul_bytes() {
    // A raw NUL is not valid inside a JSON string: a clear error (exit 1), never a panic.
    let out = run_claimdiff(
        &["extract", "--jsonl"],
        b"{\"id\": \"a\", \"text\": \"5 workers\x00 said\"}\n\x00\x00\n",
    );
    assert_no_panic(&out);
}

#[test]
fn extract_plain_text_with_nul_bytes() {
    let out = run_claimdiff(
        &["extract", "-", "--format", "json"],
        b"The tariff\x00 rose to 25% on steel.\x00\n\nMore than 50 workers\x00 were hired.\n",
    );
    assert_no_panic(&out);
    let out = run_claimdiff(&["extract", "-"], b"\x00\x00\x00");
    assert_no_panic(&out);
}
