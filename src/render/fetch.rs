//! A fetched page for people: one line per URL, plus the claim changes of a new version.

use super::diff::diff_text;
use super::{vref, Style};
use crate::fetch::Outcome;
use crate::store::Recorded;

/// One line (plus the claim changes, for a new version) per fetched page.
pub fn outcome_text(o: &Outcome, st: Style, with_diff: bool) -> String {
    match o {
        Outcome::NotModified { url, article } => {
            if article.is_empty() {
                format!("{url}: unchanged (304 Not Modified): nothing recorded\n")
            } else {
                format!("{url}: unchanged ({article}, 304 Not Modified): nothing recorded\n")
            }
        }
        Outcome::Recorded {
            url,
            article,
            outcome,
            ..
        } => {
            let mut s = String::new();
            let enc = outcome
                .encoding
                .map(|e| format!("; decoded from {e}"))
                .unwrap_or_default();
            match &outcome.recorded {
                Recorded::Unchanged(n) => s.push_str(&format!(
                    "{url}: unchanged since {article}@{n}{enc}: nothing recorded\n"
                )),
                Recorded::Stored(v) => {
                    s.push_str(&format!(
                        "{url}: recorded {} ({}, {}{enc})\n",
                        vref(v),
                        v.source,
                        super::count(v.claims, "claim", "claims")
                    ));
                    if with_diff {
                        match &outcome.diff {
                            None => s.push_str("  first version: every claim is new\n"),
                            Some((prev, d)) => {
                                let title = format!("claims since {}:", vref(prev));
                                for line in diff_text(&title, d, st, false, false).lines() {
                                    if !line.is_empty() {
                                        s.push_str("  ");
                                        s.push_str(line);
                                    }
                                    s.push('\n');
                                }
                            }
                        }
                    }
                }
            }
            s
        }
    }
}
