//! A topic's history for people (the timeline) and for spreadsheets (CSV, one row per entry,
//! every conflict included).

use super::diff::{label_change, split_labels};
use super::{csv, figure, Style};
use crate::history::{Entry, History};

/// Conflicts listed under one entry of the text timeline.
const MAX_CONFLICTS_SHOWN: usize = 3;

/// A topic's timeline for people: one line per entry, with conflicts under it.
pub(crate) fn history_text(st: Style, h: &History) -> String {
    use crate::history::EntryStatus as E;
    if h.entries.is_empty() {
        return empty_text(h);
    }
    let mut out = format!(
        "{} ({}): {}\n",
        st.bold(&h.topic),
        h.topics.join(", "),
        super::count(h.total, "entry", "entries")
    );
    if h.total > h.entries.len() {
        out.push_str(&format!(
            "showing the latest {}; --limit 0 shows all, --since narrows\n",
            h.entries.len()
        ));
    }
    let width = |f: &dyn Fn(&Entry) -> usize| h.entries.iter().map(f).max().unwrap_or(0);
    let sw = width(&|e| e.source.chars().count());
    let vw = width(&|e| e.article.chars().count() + 1 + e.version.to_string().len());
    for e in &h.entries {
        let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
        let what = match e.status {
            E::New | E::Unchanged => format!("{:<9} {}", e.status.as_str(), e.claim.label),
            E::Removed => st.red(&format!("removed   {}", e.claim.label)),
            E::Changed => {
                let (figures, tail) = match &e.previous {
                    Some(p) => label_change(p, &e.claim, "→"),
                    None => (e.claim.label.clone(), String::new()),
                };
                st.yellow(format!("changed   {figures} {tail}").trim_end())
            }
        };
        let vref = format!("{}@{}", e.article, e.version);
        out.push_str(&format!("{when}  {:<sw$}  {vref:<vw$}  {what}\n", e.source));
        // A few conflicts say enough in a timeline; JSON and CSV carry them all.
        for c in e.conflicts.iter().take(MAX_CONFLICTS_SHOWN) {
            out.push_str(&format!(
                "{}\n",
                st.red(&format!("        ⚠ conflict: {c}"))
            ));
        }
        if e.conflicts.len() > MAX_CONFLICTS_SHOWN {
            out.push_str(&format!(
                "{}\n",
                st.red(&format!(
                    "        ⚠ and {} more conflicting figures",
                    e.conflicts.len() - MAX_CONFLICTS_SHOWN
                ))
            ));
        }
    }
    out
}

/// What an empty timeline says: the topic and the filters that narrowed it.
fn empty_text(h: &History) -> String {
    let mut out = format!("no entries to show on topic {}", h.topics.join(", "));
    if !h.filters.is_empty() {
        out.push_str(&format!(" ({})", h.filters.join(", ")));
    }
    out.push('\n');
    out
}

/// A topic's timeline as CSV.
pub(crate) fn history_csv(h: &History) -> String {
    let rows: Vec<Vec<String>> = h
        .entries
        .iter()
        .map(|e| {
            vec![
                e.at.clone(),
                e.source.clone(),
                e.article.clone(),
                e.version.to_string(),
                e.status.as_str().to_string(),
                e.claim.label.clone(),
                e.claim.value.to_string(),
                e.claim.qualifier.as_str().into(),
                e.claim.unit.clone().unwrap_or_default(),
                e.previous
                    .as_ref()
                    .map(|p| p.value.to_string())
                    .unwrap_or_default(),
                e.conflicts.join("; "),
            ]
        })
        .collect();
    csv(
        &[
            "at",
            "source",
            "article",
            "version",
            "status",
            "label",
            "value",
            "qualifier",
            "unit",
            "previous_value",
            "conflicts",
        ],
        &rows,
    )
}

/// A topic's timeline as a Markdown table, for reports.
pub(crate) fn history_markdown(h: &History) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = format!(
        "### {} ({})\n\n| at | source | version | status | figure | previous | label |\n|---|---|---|---|---|---|---|\n",
        cell(&h.topic),
        cell(&h.topics.join(", "))
    );
    for e in &h.entries {
        // The figures as the labels write them when both name the same thing.
        let (previous, now) = match &e.previous {
            Some(p) => {
                let (pf, nf, tail) = split_labels(&p.label, &e.claim.label);
                if tail.is_empty() {
                    (figure(p), figure(&e.claim))
                } else {
                    (pf, nf)
                }
            }
            None => (String::new(), figure(&e.claim)),
        };
        out.push_str(&format!(
            "| {} | {} | {}@{} | {} | {} | {} | {} |\n",
            cell(&e.at),
            cell(&e.source),
            cell(&e.article),
            e.version,
            e.status.as_str(),
            cell(&now),
            cell(&previous),
            cell(&e.claim.label)
        ));
    }
    out
}
