//! Render: turns reports into text for people (aligned tables, colour on a terminal), JSON for
//! scripts, Markdown for reports and CSV for spreadsheets, written to a `&mut dyn Write`. Each
//! report ([`Report`]) says which formats it offers; no stage above this one prints.
//!
//! The writers by what they render: [`tables`] (articles, versions, claims, topics), [`diff`],
//! [`history`], [`fetch`] (one fetched page).

pub mod diff;
pub mod fetch;
pub mod history;
pub mod search;
pub mod tables;
pub mod terminal;

use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;

use crate::model::{Claim, Lang, Version};

/// Output formats a command can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Csv,
    /// One JSON document a line (`export`'s archive; no report renders it).
    Jsonl,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: &'static [Format] = &[
        Format::Text,
        Format::Json,
        Format::Markdown,
        Format::Csv,
        Format::Jsonl,
    ];

    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Jsonl => "jsonl",
        }
    }

    /// The format of a `--format` name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name() == name)
    }
}

/// ANSI styling, on only when writing to a terminal without NO_COLOR.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn red(&self, s: &str) -> String {
        self.paint("31", s)
    }
    pub(crate) fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
    pub(crate) fn yellow(&self, s: &str) -> String {
        self.paint("33", s)
    }
    pub(crate) fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub(crate) fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// A command's result, typed, and how it renders in each format it offers.
///
/// JSON is the report's `Serialize` form with its keys in name order (the documents were once
/// built as `serde_json::Value` maps, which sort them); text, CSV and Markdown are written by the
/// report. A command offers exactly [`Report::FORMATS`]: asking for another is a usage error.
pub trait Report: Serialize {
    /// The formats this report renders, `text` first.
    const FORMATS: &'static [Format];

    /// The report for people.
    fn text(&self, st: Style, out: &mut dyn Write) -> io::Result<()>;

    /// The report as one pretty JSON document, keys in name order.
    fn json(&self, out: &mut dyn Write) -> io::Result<()>
    where
        Self: Sized,
    {
        write_sorted_json(self, out)
    }

    /// The report as CSV; only reports that list [`Format::Csv`] write it.
    fn csv(&self, _out: &mut dyn Write) -> io::Result<()> {
        Err(unsupported(Format::Csv))
    }

    /// The report as Markdown; only reports that list [`Format::Markdown`] write it.
    fn markdown(&self, _out: &mut dyn Write) -> io::Result<()> {
        Err(unsupported(Format::Markdown))
    }
}

/// Writes `report` in `format` (one of its [`Report::FORMATS`]).
pub fn write<R: Report>(
    report: &R,
    format: Format,
    st: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    if !R::FORMATS.contains(&format) {
        return Err(unsupported(format));
    }
    match format {
        // Text and Markdown are read on terminals: no control characters from stored strings.
        Format::Text => {
            let mut text = Vec::new();
            report.text(st, &mut text)?;
            write_neutralised(&text, st.color, out)
        }
        Format::Markdown => {
            let mut text = Vec::new();
            report.markdown(&mut text)?;
            write_neutralised(&text, false, out)
        }
        Format::Json => report.json(out),
        Format::Csv => report.csv(out),
        Format::Jsonl => Err(unsupported(format)),
    }
}

/// Writes `text` with its control characters neutralised ([`terminal::neutralise`]).
pub fn write_neutralised(text: &[u8], keep_style: bool, out: &mut dyn Write) -> io::Result<()> {
    let text = String::from_utf8_lossy(text);
    out.write_all(terminal::neutralise(&text, keep_style).as_bytes())
}

fn unsupported(f: Format) -> io::Error {
    io::Error::new(
        io::ErrorKind::Unsupported,
        format!("this report has no {} form", f.name()),
    )
}

/// JSON pretty-printed with a trailing newline, fields in the order the value gives them.
pub fn json<T: Serialize>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

/// Writes `v` as pretty JSON with every object's keys in name order, and a trailing newline.
pub fn write_sorted_json<T: Serialize>(v: &T, out: &mut dyn Write) -> io::Result<()> {
    let value = serde_json::to_value(v).map_err(io::Error::other)?;
    out.write_all(json(&value).as_bytes())
}

/// The width text tables fit in: 0 for no limit (`--wide`). The command line sets it from the
/// terminal (a fixed 100 columns when stdout is not one, so output is deterministic).
static TABLE_WIDTH: AtomicUsize = AtomicUsize::new(0);

/// Sets the width text tables fit in; `None` lets them be as wide as their cells.
pub fn set_table_width(width: Option<usize>) {
    TABLE_WIDTH.store(width.unwrap_or(0), Ordering::Relaxed);
}

/// Headers of the columns that give up width last: a claim's label is what a reader scans for,
/// and a cut figure ("10,00…") would misstate it.
const PRIORITY_HEADERS: [&str; 2] = ["LABEL", "VALUE"];

/// Column widths of cells `widths` shrunk to fit `limit` columns (two spaces between columns):
/// the widest column gives up a char at a time, none below its header or 6 chars; a priority
/// column ([`PRIORITY_HEADERS`]) shrinks only once every other column is at its floor.
fn fit(mut widths: Vec<usize>, headers: &[&str], limit: usize) -> Vec<usize> {
    let floor: Vec<usize> = headers.iter().map(|h| h.chars().count().max(6)).collect();
    let priority: Vec<bool> = headers
        .iter()
        .map(|h| PRIORITY_HEADERS.contains(h))
        .collect();
    let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
    while total(&widths) > limit {
        let shrinkable = |i: &usize| widths[*i] > floor[*i];
        let widest = (0..widths.len())
            .filter(|i| shrinkable(i) && !priority[*i])
            .max_by_key(|&i| (widths[i], i))
            .or_else(|| {
                (0..widths.len())
                    .filter(shrinkable)
                    .max_by_key(|&i| (widths[i], i))
            });
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
    widths
}

/// A plain text table with columns padded to their widest cell (by chars), fitted to the
/// table width ([`set_table_width`]) by cutting the longest cells with "…".
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let limit = TABLE_WIDTH.load(Ordering::Relaxed);
    if limit > 0 {
        widths = fit(widths, headers, limit);
    }
    let mut out = String::new();
    let line = |cells: Vec<&str>, out: &mut String| {
        let n = cells.len();
        for (i, c) in cells.into_iter().enumerate() {
            let c = cut(c, widths[i]);
            out.push_str(&c);
            if i + 1 < n {
                let pad = widths[i] - c.chars().count() + 2;
                out.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push('\n');
    };
    line(headers.to_vec(), &mut out);
    for r in rows {
        line(r.iter().map(String::as_str).collect(), &mut out);
    }
    out
}

/// CSV (RFC 4180: comma-separated, fields quoted where needed, CRLF-free lines) of a header row
/// and rows, written by the `csv` crate.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    // Writing into memory cannot fail; a row of another length is a bug the test suite sees.
    let _ = w.write_record(headers);
    for r in rows {
        let _ = w.write_record(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

pub use crate::model::cells::{claim_cells, CLAIM_COLUMNS};

/// CSV of claims, each row led by `lead` (the version's cells under `lead_headers`).
pub fn claims_csv(lead_headers: &[&str], lead: &[String], claims: &[Claim]) -> String {
    let headers: Vec<&str> = lead_headers.iter().copied().chain(CLAIM_COLUMNS).collect();
    let rows: Vec<Vec<String>> = claims
        .iter()
        .map(|c| lead.iter().cloned().chain(claim_cells(c)).collect())
        .collect();
    csv(&headers, &rows)
}

pub(crate) fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// "1 entry", "2 entries": a count and its noun, singular or plural.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A version as "article@N".
pub fn vref(v: &Version) -> String {
    format!("{}@{}", v.article, v.number)
}

/// The language whose notation a claim's figures are written in: its sentence's when the
/// sentence's words decide it, else the decimal mark of its own figure ("2.1 billion" is
/// English notation, "2,3%" Spanish), else a guess from the sentence.
pub(crate) fn claim_lang(c: &Claim) -> Lang {
    let long = || {
        c.sentence
            .split_whitespace()
            .nth(crate::lang::TRIGRAM_TRUSTED_WORDS - 1)
            .is_some()
    };
    crate::lang::detect_line(&c.sentence, long)
        .or_else(|| decimal_notation(&c.surface))
        .or_else(|| crate::lang::detect(&c.sentence))
        .unwrap_or_default()
}

/// The notation a figure's decimal mark shows: a point or a comma between digits with one or
/// two digits after it ("2.1", "2,35"; "3,000" and "3.000" show nothing).
fn decimal_notation(surface: &str) -> Option<Lang> {
    let b = surface.as_bytes();
    (1..b.len().saturating_sub(1)).find_map(|i| {
        let digits = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let mark = matches!(b[i], b'.' | b',') && b[i - 1].is_ascii_digit();
        (mark && (1..=2).contains(&digits)).then(|| if b[i] == b'.' { Lang::En } else { Lang::Es })
    })
}

/// A claim's figure in people's notation, in the language of its sentence.
pub(crate) fn figure(c: &Claim) -> String {
    let lang = claim_lang(c);
    crate::model::format_figure_in(c.value, c.value_max, c.qualifier, c.unit.as_deref(), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_notation_reads_the_mark() {
        assert_eq!(decimal_notation("2.1 billion euros"), Some(Lang::En));
        assert_eq!(decimal_notation("2,35%"), Some(Lang::Es));
        assert_eq!(decimal_notation("3,000"), None);
        assert_eq!(decimal_notation("3.000 casos"), None);
        assert_eq!(decimal_notation("18%"), None);
    }

    #[test]
    fn tables_align_by_chars() {
        let t = table(
            &["A", "B"],
            &[
                vec!["México".into(), "z".into()],
                vec!["a".into(), "y".into()],
            ],
        );
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(
            lines[1].chars().position(|c| c == 'z'),
            lines[2].chars().position(|c| c == 'y')
        );
    }

    #[test]
    fn fitting_shrinks_other_columns_before_the_label() {
        // 30 + 25 + 25 + 4 separators = 84 columns into 60: the label keeps its 30 chars.
        let w = fit(vec![30, 25, 25], &["LABEL", "SUBJECT", "TOPICS"], 60);
        assert_eq!(w, vec![30, 13, 13]);
        // Only when the others are at their floor (6 chars or their header) does the label give.
        let w = fit(vec![30, 25, 25], &["LABEL", "SUBJECT", "TOPICS"], 30);
        assert_eq!(w, vec![13, 7, 6]);
        // Without a label column the widest column still gives first.
        assert_eq!(fit(vec![30, 10], &["A", "B"], 30), vec![18, 10]);
    }

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(*f));
        }
        assert_eq!(Format::from_name("yaml"), None);
    }

    /// A report with text and JSON forms only.
    #[derive(Serialize)]
    struct Count {
        zebra: u32,
        apple: u32,
    }

    impl Report for Count {
        const FORMATS: &'static [Format] = &[Format::Text, Format::Json];
        fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
            writeln!(out, "{} and {}", self.zebra, self.apple)
        }
    }

    #[test]
    fn reports_write_their_formats_and_refuse_others() {
        let r = Count { zebra: 2, apple: 1 };
        let mut out = Vec::new();
        write(&r, Format::Text, Style { color: false }, &mut out).unwrap();
        assert_eq!(out, b"2 and 1\n");
        out.clear();
        write(&r, Format::Json, Style { color: false }, &mut out).unwrap();
        // Keys in name order.
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\n  \"apple\": 1,\n  \"zebra\": 2\n}\n"
        );
        let e = write(&r, Format::Csv, Style { color: false }, &mut Vec::new()).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::Unsupported);
    }

    #[test]
    fn csv_quotes() {
        assert_eq!(
            csv(&["a"], &[vec!["x, \"y\"".into()]]),
            "a\n\"x, \"\"y\"\"\"\n"
        );
    }
}
