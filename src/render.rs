//! Render: turns results into text for people (aligned tables, colour on a terminal), JSON for
//! scripts, Markdown for reports and CSV for spreadsheets. No stage above this one prints.

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{json, Value};

use crate::align::InlineChange;
use crate::diff::{ClaimChange, ClaimDiff, Kind, Mode, Status};
use crate::model::{Article, Claim, Version};
use crate::store::TopicCount;

/// Output formats a command can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
    Csv,
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
    pub fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
    pub fn yellow(&self, s: &str) -> String {
        self.paint("33", s)
    }
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
}

/// A plain text table with columns padded to their widest cell (by chars).
pub fn table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
    }
    let mut out = String::new();
    let line = |cells: Vec<&str>, out: &mut String| {
        let n = cells.len();
        for (i, c) in cells.into_iter().enumerate() {
            out.push_str(c);
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

/// JSON pretty-printed with a trailing newline.
pub fn json<T: Serialize>(v: &T) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_else(|_| "null".into());
    s.push('\n');
    s
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A version as "article@N".
pub fn vref(v: &Version) -> String {
    format!("{}@{}", v.article, v.number)
}

pub fn articles_text(list: &[Article]) -> String {
    if list.is_empty() {
        return "no articles recorded yet\n".into();
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            vec![
                a.key.clone(),
                a.source.clone(),
                a.versions.to_string(),
                a.latest_at.clone().unwrap_or_default(),
                cut(a.title.as_deref().unwrap_or(""), 50),
            ]
        })
        .collect();
    table(&["ARTICLE", "SOURCE", "VERSIONS", "LATEST", "TITLE"], &rows)
}

pub fn versions_text(list: &[Version]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|v| {
            vec![
                vref(v),
                v.at().to_string(),
                v.recorded_at.clone(),
                v.claims.to_string(),
                v.content_hash[..12.min(v.content_hash.len())].to_string(),
            ]
        })
        .collect();
    table(&["VERSION", "AT", "RECORDED", "CLAIMS", "HASH"], &rows)
}

fn num(v: f64) -> String {
    let mut s = format!("{v:.4}");
    while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
        s.pop();
    }
    s
}

pub fn claims_text(claims: &[Claim]) -> String {
    if claims.is_empty() {
        return "no claims\n".into();
    }
    let rows: Vec<Vec<String>> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                (i + 1).to_string(),
                cut(&c.label, 40),
                match c.value_max {
                    Some(m) => format!("{}–{}", num(c.value), num(m)),
                    None => num(c.value),
                },
                c.qualifier.as_str().to_string(),
                c.unit.clone().unwrap_or_else(|| "-".into()),
                cut(&c.subject, 40),
                c.topics.join(","),
                cut(c.attribution.as_deref().unwrap_or("-"), 28),
            ]
        })
        .collect();
    table(
        &[
            "#",
            "LABEL",
            "VALUE",
            "QUALIFIER",
            "UNIT",
            "SUBJECT",
            "TOPICS",
            "ATTRIBUTION",
        ],
        &rows,
    )
}

/// The claims of a text, as one JSON document.
pub fn claims_json(header: Value, claims: &[Claim]) -> String {
    let mut v = header;
    v["claims"] = serde_json::to_value(claims).unwrap_or(Value::Null);
    json(&v)
}

fn figure(c: &Claim) -> String {
    crate::extract::subject::format_figure(c.value, c.value_max, c.qualifier, c.unit.as_deref())
}

fn kind_word(k: Option<Kind>) -> &'static str {
    match k {
        Some(Kind::Refinement) => "refinement",
        Some(Kind::Update) => "update",
        Some(Kind::Correction) => "correction",
        Some(Kind::AgreementWithinBounds) => "agreement within bounds",
        Some(Kind::Conflict) => "conflict",
        None => "",
    }
}

fn delta_text(c: &ClaimChange) -> String {
    match (c.delta(), c.delta_pct()) {
        (Some(d), Some(p)) => format!(
            " ({}{}, {}{:.1}%)",
            if d >= 0.0 { "+" } else { "" },
            num(d),
            if p >= 0.0 { "+" } else { "" },
            p
        ),
        (Some(d), None) => format!(" ({}{})", if d >= 0.0 { "+" } else { "" }, num(d)),
        _ => String::new(),
    }
}

/// The one-line summary of a diff.
pub fn summary_line(d: &ClaimDiff) -> String {
    let s = d.summary;
    match d.mode {
        Mode::Versions => format!(
            "{} changed, {} added, {} removed, {} unchanged",
            s.changed, s.added, s.removed, s.unchanged
        ),
        Mode::Sources => {
            let conflicts = d
                .claims
                .iter()
                .filter(|c| c.kind() == Some(Kind::Conflict))
                .count();
            format!(
                "{} agree, {} within bounds, {} conflict, {} only in A, {} only in B",
                s.unchanged,
                s.changed - conflicts,
                conflicts,
                s.removed,
                s.added
            )
        }
    }
}

fn inline_text(inline: &[InlineChange], st: Style) -> String {
    let mut out = String::new();
    for ch in inline {
        match ch.tag {
            "delete" => out.push_str(&st.red(&format!("[-{}-]", ch.text.trim()))),
            "insert" => out.push_str(&st.green(&format!("{{+{}+}}", ch.text.trim()))),
            _ => out.push_str(&ch.text),
        }
        if ch.tag != "equal" && ch.text.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// A diff for people: summary, claim changes with their sentences, optionally sentences.
pub fn diff_text(title: &str, d: &ClaimDiff, st: Style, sentences: bool, all: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", st.bold(title));
    let _ = writeln!(out, "{}", summary_line(d));
    for c in &d.claims {
        match c {
            ClaimChange::Changed {
                before: b,
                after: a,
                ..
            } => {
                let head = match d.mode {
                    Mode::Versions => {
                        format!("~ {}: {} → {}", kind_word(c.kind()), figure(b), figure(a))
                    }
                    Mode::Sources => {
                        format!("{}: {} vs {}", kind_word(c.kind()), figure(b), figure(a))
                    }
                };
                let painted =
                    if c.kind() == Some(Kind::Conflict) || c.kind() == Some(Kind::Correction) {
                        st.red(&head)
                    } else {
                        st.yellow(&head)
                    };
                let _ = writeln!(out, "\n{painted} {}{}", a.subject, delta_text(c));
                let _ = writeln!(out, "  fields: {}", c.fields().join(", "));
                if c.inline().is_empty() {
                    let _ = writeln!(out, "  {}", st.dim(&a.sentence));
                } else {
                    let _ = writeln!(out, "  {}", inline_text(c.inline(), st));
                }
            }
            ClaimChange::Added { after: a } => {
                let word = if d.mode == Mode::Sources {
                    "only in B"
                } else {
                    "added"
                };
                let _ = writeln!(
                    out,
                    "\n{} {}",
                    st.green(&format!("+ {word}: {}", figure(a))),
                    a.subject
                );
                let _ = writeln!(out, "  {}", st.dim(&a.sentence));
            }
            ClaimChange::Removed { before: b } => {
                let word = if d.mode == Mode::Sources {
                    "only in A"
                } else {
                    "removed"
                };
                let _ = writeln!(
                    out,
                    "\n{} {}",
                    st.red(&format!("- {word}: {}", figure(b))),
                    b.subject
                );
                let _ = writeln!(out, "  {}", st.dim(&b.sentence));
            }
            ClaimChange::Unchanged { before: b, .. } if all => {
                let word = if d.mode == Mode::Sources {
                    "agree"
                } else {
                    "unchanged"
                };
                let _ = writeln!(out, "\n= {word}: {} {}", figure(b), b.subject);
            }
            ClaimChange::Unchanged { .. } => {}
        }
    }
    if sentences {
        let _ = writeln!(out, "\n{}", st.bold("sentences"));
        for s in &d.sentences {
            use crate::align::SentenceStatus as S;
            let tag = match s.status {
                S::Unchanged => "  ",
                S::Moved => "↕ ",
                S::Edited => "~ ",
                S::Split => "⑂ ",
                S::Merged => "⑃ ",
                S::Added => "+ ",
                S::Removed => "- ",
            };
            let body = match s.status {
                S::Added => st.green(&s.after.join(" ")),
                S::Removed => st.red(&s.before.join(" ")),
                S::Edited | S::Split | S::Merged => inline_text(&s.inline, st),
                _ => s.after.join(" "),
            };
            let _ = writeln!(out, "{tag}{body}");
        }
    }
    out
}

/// A diff as Markdown, for pasting into a report.
pub fn diff_markdown(title: &str, d: &ClaimDiff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### {title}\n\n{}\n", summary_line(d));
    let _ = writeln!(
        out,
        "| status | before | after | subject | change |\n|---|---|---|---|---|"
    );
    for c in &d.claims {
        let b = c.before().map(figure).unwrap_or_default();
        let a = c.after().map(figure).unwrap_or_default();
        let subj = c.latest().subject.clone();
        let status = match c.status() {
            Status::Unchanged => "unchanged",
            Status::Changed => "changed",
            Status::Added => "added",
            Status::Removed => "removed",
        };
        let _ = writeln!(
            out,
            "| {status} | {} | {} | {} | {}{} |",
            b.replace('|', "\\|"),
            a.replace('|', "\\|"),
            subj.replace('|', "\\|"),
            kind_word(c.kind()),
            delta_text(c)
        );
    }
    out
}

/// The diff JSON of the contract.
pub fn diff_json(from: Value, to: Value, d: &ClaimDiff) -> String {
    json(&json!({
        "mode": d.mode,
        "from": from,
        "to": to,
        "summary": d.summary,
        "claims": d.claims,
        "sentences": d.sentences,
    }))
}

pub fn topics_text(list: &[TopicCount]) -> String {
    if list.is_empty() {
        return "no topics yet (record an article first)\n".into();
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|t| {
            vec![
                t.topic.clone(),
                t.claims.to_string(),
                t.articles.to_string(),
                t.sources.to_string(),
                t.latest.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(&["TOPIC", "CLAIMS", "ARTICLES", "SOURCES", "LATEST"], &rows)
}

/// CSV with quoting where needed.
pub fn csv(headers: &[&str], rows: &[Vec<String>]) -> String {
    let q = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut out = headers.join(",");
    out.push('\n');
    for r in rows {
        out.push_str(&r.iter().map(|c| q(c)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn csv_quotes() {
        assert_eq!(
            csv(&["a"], &[vec!["x, \"y\"".into()]]),
            "a\n\"x, \"\"y\"\"\"\n"
        );
    }
}
