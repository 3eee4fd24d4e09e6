//! Diffs for people and reports: the summary line, the text listing (claim changes with their
//! sentences, optionally the sentence diff) and the Markdown table.

use std::cmp::Ordering;
use std::fmt::Write as _;

use super::{claim_lang, figure, Style};
use crate::align::InlineChange;
use crate::diff::{ClaimChange, ClaimDiff, Kind, Mode, Status};
use crate::model::figure::format_percent_change;
use crate::model::{format_delta, format_figure_in, Claim, Lang};

/// Two labels split into their differing heads and the words they end on in common:
/// ("$2.4bn Port of Eastmere", "$2.7bn Port of Eastmere") → ("$2.4bn", "$2.7bn", "Port of
/// Eastmere"); labels that end differently come back whole, with no common words.
pub(crate) fn split_labels(before: &str, after: &str) -> (String, String, String) {
    let b: Vec<&str> = before.split(' ').collect();
    let a: Vec<&str> = after.split(' ').collect();
    let mut k = 0;
    while k + 1 < b.len() && k + 1 < a.len() && b[b.len() - 1 - k] == a[a.len() - 1 - k] {
        k += 1;
    }
    (
        b[..b.len() - k].join(" "),
        a[..a.len() - k].join(" "),
        b[b.len() - k..].join(" "),
    )
}

/// A change from one claim to another as people read it, in the words of their labels (the
/// ones `claims` shows, in the article's notation): "2,3% → 3,1% exportaciones" when the
/// labels name the same thing, else both labels ("25% tariff on cars vs 25% arancel").
/// Returns the figures part ("2,3% → 3,1%") and the shared words after it.
pub(crate) fn label_change(b: &Claim, a: &Claim, link: &str) -> (String, String) {
    labels_change(&b.label, &a.label, link)
}

/// [`label_change`] on the two labels.
fn labels_change(b: &str, a: &str, link: &str) -> (String, String) {
    // Only the figure left differs: the label once, the two figures left side by side
    // ("7% exports (up from 5% → up from 4%)"), never both labels whole.
    if let (Some((core_b, from_b)), Some((core_a, from_a))) = (split_change(b), split_change(a)) {
        if core_b == core_a {
            return (
                format!("{core_b} ({from_b} {link} {from_a})"),
                String::new(),
            );
        }
    }
    let (bf, af, tail) = split_labels(b, a);
    (format!("{bf} {link} {af}"), tail)
}

/// A label that ends on the figure its change started from, split there: "7% exports (up
/// from 5%)" → ("7% exports", "up from 5%").
fn split_change(label: &str) -> Option<(&str, &str)> {
    let inner = label.strip_suffix(')')?;
    let open = inner.rfind(" (")?;
    Some((&inner[..open], &inner[open + 2..]))
}

/// " words" for a non-empty `tail`, else nothing.
fn spaced(tail: &str) -> String {
    if tail.is_empty() {
        String::new()
    } else {
        format!(" {tail}")
    }
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
    let lang = claim_lang(c.latest());
    if let Some(old) = old_value_text(c, lang) {
        return old;
    }
    match (c.delta(), c.delta_pct()) {
        // Only the qualifier or the range's end changed: no figure moved.
        (Some(0.0), _) => String::new(),
        (Some(d), Some(p)) => format!(
            " ({}, {})",
            format_delta(d, lang),
            format_percent_change(p, lang)
        ),
        (Some(d), None) => format!(" ({})", format_delta(d, lang)),
        _ => String::new(),
    }
}

/// What became of a change's figure left when nothing else of the claim changed ("rose from
/// 5% to 7%" → "rose from 4% to 7%"): " (old value -1, -20.0%)", " (old value added)", " (old
/// value dropped)". None for any other change.
fn old_value_text(c: &ClaimChange, lang: Lang) -> Option<String> {
    if c.fields() != ["changed_from"] {
        return None;
    }
    let (b, a) = (c.before()?, c.after()?);
    let text = match (&b.changed_from, &a.changed_from) {
        (Some(x), Some(y)) => {
            let d = y.value - x.value;
            if x.value == 0.0 {
                format!(" (old value {})", format_delta(d, lang))
            } else {
                let pct = d / x.value.abs() * 100.0;
                format!(
                    " (old value {}, {})",
                    format_delta(d, lang),
                    format_percent_change(pct, lang)
                )
            }
        }
        (None, Some(_)) => " (old value added)".to_string(),
        (Some(_), None) => " (old value dropped)".to_string(),
        (None, None) => return None,
    };
    Some(text)
}

/// A claim's figure with the figure it changed from, when it states a change: "7% (up from
/// 5%)", "7 % (sube desde 5 %)"; else its figure alone.
fn figure_with_change(c: &Claim) -> String {
    let Some(from) = &c.changed_from else {
        return figure(c);
    };
    let lang = claim_lang(c);
    let old = format_figure_in(
        from.value,
        from.value_max,
        from.qualifier,
        c.unit.as_deref(),
        lang,
    );
    let way = c.value.partial_cmp(&from.value);
    let words = match (lang, way) {
        (Lang::Es, Some(Ordering::Greater)) => "sube desde",
        (Lang::Es, Some(Ordering::Less)) => "baja desde",
        (Lang::Es, _) => "sin cambio desde",
        (_, Some(Ordering::Greater)) => "up from",
        (_, Some(Ordering::Less)) => "down from",
        (_, _) => "unchanged from",
    };
    format!("{} ({words} {old})", figure(c))
}

/// The one-line summary of a diff.
pub(crate) fn summary_line(d: &ClaimDiff) -> String {
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

/// A sentence with its word changes marked: `[-deleted-]`, `{+inserted+}`.
fn inline_text(changes: &[InlineChange], st: Style) -> String {
    let mut out = String::new();
    for ch in changes {
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

/// Share of a word diff's text that both sentences keep, below which the diff is no
/// longer readable and both sentences are quoted whole.
const MIN_KEPT_SHARE: f64 = 0.5;

/// A word diff that keeps less than [`MIN_KEPT_SHARE`] of the text: the sentence was
/// rewritten, not edited ("[-The-]{+Employers+} [-jobless-]{+added+} …").
fn mostly_rewritten(changes: &[InlineChange]) -> bool {
    let (mut kept, mut all) = (0usize, 0usize);
    for ch in changes {
        let n = ch.text.trim().chars().count();
        all += n;
        if ch.tag == "equal" {
            // An unchanged stretch counts once for each sentence.
            kept += n;
            all += n;
        }
    }
    all > 0 && (2 * kept) as f64 / (all as f64) < MIN_KEPT_SHARE
}

/// A sentence with its claim's figure marked: "… a **25%** levy".
fn marked(sentence: &str, surface: &str, st: Style) -> String {
    match sentence.find(surface).filter(|_| !surface.is_empty()) {
        Some(i) => {
            let end = i + surface.len();
            let figure = st.bold(&format!("**{surface}**"));
            format!("{}{figure}{}", &sentence[..i], &sentence[end..])
        }
        None => sentence.to_string(),
    }
}

/// A diff for people: summary, claim changes with their sentences, optionally sentences.
pub(crate) fn diff_text(
    title: &str,
    d: &ClaimDiff,
    st: Style,
    sentences: bool,
    all: bool,
) -> String {
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
                let (figures, tail) = match d.mode {
                    Mode::Versions => label_change(b, a, "→"),
                    Mode::Sources => label_change(b, a, "vs"),
                };
                let head = match d.mode {
                    Mode::Versions => format!("~ {}: {figures}", kind_word(c.kind())),
                    Mode::Sources => format!("{}: {figures}", kind_word(c.kind())),
                };
                let painted =
                    if c.kind() == Some(Kind::Conflict) || c.kind() == Some(Kind::Correction) {
                        st.red(&head)
                    } else {
                        st.yellow(&head)
                    };
                let _ = writeln!(out, "\n{painted}{}{}", spaced(&tail), delta_text(c));
                let _ = writeln!(out, "  fields: {}", c.fields().join(", "));
                if b.sentence != a.sentence
                    && (d.mode == Mode::Sources || mostly_rewritten(c.inline()))
                {
                    // Two outlets' sentences rarely share words, nor does a rewritten one
                    // its old self: quote both, figures marked, instead of a word diff.
                    let _ = writeln!(out, "  A: {}", marked(&b.sentence, &b.surface, st));
                    let _ = writeln!(out, "  B: {}", marked(&a.sentence, &a.surface, st));
                } else if c.inline().is_empty() {
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
                let _ = writeln!(out, "\n{}", st.green(&format!("+ {word}: {}", a.label)));
                let _ = writeln!(out, "  {}", st.dim(&a.sentence));
            }
            ClaimChange::Removed { before: b } => {
                let word = if d.mode == Mode::Sources {
                    "only in A"
                } else {
                    "removed"
                };
                let _ = writeln!(out, "\n{}", st.red(&format!("- {word}: {}", b.label)));
                let _ = writeln!(out, "  {}", st.dim(&b.sentence));
            }
            ClaimChange::Unchanged { before: b, .. } if all => {
                let word = if d.mode == Mode::Sources {
                    "agree"
                } else {
                    "unchanged"
                };
                let _ = writeln!(out, "\n= {word}: {}", b.label);
            }
            ClaimChange::Unchanged { .. } => {}
        }
    }
    if sentences {
        sentences_text(&mut out, d, st);
    }
    out
}

/// The sentence diff under a diff's claims: one line per sentence, tagged by what became of it.
fn sentences_text(out: &mut String, d: &ClaimDiff, st: Style) {
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

/// A diff as Markdown, for pasting into a report.
pub(crate) fn diff_markdown(title: &str, d: &ClaimDiff) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "### {title}\n\n{}\n", summary_line(d));
    let _ = writeln!(
        out,
        "| status | before | after | label | change |\n|---|---|---|---|---|"
    );
    for c in &d.claims {
        // The figures as the labels write them when both sides name the same thing; a
        // change's figure with the one it started from.
        let (b, a) = match (c.before(), c.after()) {
            (Some(b), Some(a))
                if c.status() == Status::Changed
                    && (b.changed_from.is_some() || a.changed_from.is_some()) =>
            {
                (figure_with_change(b), figure_with_change(a))
            }
            (Some(b), Some(a)) if c.status() == Status::Changed => {
                match split_labels(&b.label, &a.label) {
                    (_, _, tail) if tail.is_empty() => (figure(b), figure(a)),
                    (bf, af, _) => (bf, af),
                }
            }
            (b, a) => (
                b.map(figure_with_change).unwrap_or_default(),
                a.map(figure_with_change).unwrap_or_default(),
            ),
        };
        let subj = c.latest().label.clone();
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rewritten_sentence_is_quoted_not_word_diffed() {
        let ch = |tag: &'static str, text: &str| InlineChange {
            tag,
            text: text.into(),
        };
        // An edit: most of the text kept.
        let edit = [
            ch("equal", "The bridge will cost "),
            ch("delete", "$340 million"),
            ch("insert", "$430 million"),
            ch("equal", " and open in the spring."),
        ];
        assert!(!mostly_rewritten(&edit));
        // A rewrite: a few small words kept.
        let rewrite = [
            ch("delete", "The jobless rate fell to"),
            ch(
                "insert",
                "Employers added 180,000 jobs in March, and the rate fell to",
            ),
            ch("equal", " 5.1% "),
            ch("delete", "in March from 5.4% in February, the office said."),
        ];
        assert!(mostly_rewritten(&rewrite));
        assert!(!mostly_rewritten(&[]));
    }

    #[test]
    fn a_change_of_the_figure_left_names_the_label_once() {
        let (figures, tail) =
            labels_change("7% exports (up from 5%)", "7% exports (up from 4%)", "→");
        assert_eq!(figures, "7% exports (up from 5% → up from 4%)");
        assert_eq!(tail, "");
        // Another claim: the labels split as before, on the words they end on.
        let (figures, tail) =
            labels_change("7% exports (up from 5%)", "8% imports (up from 5%)", "→");
        assert_eq!(figures, "7% exports → 8% imports");
        assert_eq!(tail, "(up from 5%)");
    }

    #[test]
    fn changes_read_in_the_words_of_the_labels() {
        let split = |b: &str, a: &str| split_labels(b, a);
        assert_eq!(
            split(
                "2,3% exportaciones automotrices",
                "3,1% exportaciones automotrices"
            ),
            (
                "2,3%".into(),
                "3,1%".into(),
                "exportaciones automotrices".into()
            )
        );
        assert_eq!(
            split("45 minutos reunión", "30 minutos reunión"),
            ("45".into(), "30".into(), "minutos reunión".into())
        );
        // Labels that end differently stay whole; a label is never emptied.
        assert_eq!(
            split("25% tariff on cars", "25% arancel"),
            (
                "25% tariff on cars".into(),
                "25% arancel".into(),
                String::new()
            )
        );
        assert_eq!(
            split("~8.500 empleos", "8.500 empleos"),
            ("~8.500".into(), "8.500".into(), "empleos".into())
        );
        assert_eq!(split("MXN 2bn", "MXN 3bn").2, "");
    }

    fn versions(a: &str, b: &str) -> ClaimDiff {
        use crate::diff::{diff, Side};
        let ex = crate::extract::Extractor::default();
        let (ea, eb) = (ex.extract_text(a), ex.extract_text(b));
        diff(
            &Side::new(&ea.sentences, &ea.claims),
            &Side::new(&eb.sentences, &eb.claims),
            Mode::Versions,
        )
    }

    #[test]
    fn a_change_of_the_old_value_alone_says_so() {
        let (five, four, none) = (
            "Unemployment rose from 5% to 7% last year.",
            "Unemployment rose from 4% to 7% last year.",
            "Unemployment stood at 7% last year.",
        );
        let d = versions(five, four);
        assert_eq!(d.claims[0].fields(), ["changed_from"]);
        assert_eq!(delta_text(&d.claims[0]), " (old value -1, -20.0%)");
        assert_eq!(
            delta_text(&versions(none, five).claims[0]),
            " (old value added)"
        );
        assert_eq!(
            delta_text(&versions(five, none).claims[0]),
            " (old value dropped)"
        );
        // Any other change keeps its delta.
        let d = versions(five, "Unemployment rose from 5% to 8% last year.");
        assert_eq!(delta_text(&d.claims[0]), " (+1, +14.3%)");
        let md = diff_markdown("t", &versions(five, four));
        assert!(md.contains("| 7% (up from 5%) | 7% (up from 4%) |"), "{md}");
    }

    #[test]
    fn a_sources_sentence_marks_its_figure() {
        let st = Style { color: false };
        assert_eq!(
            marked("Goods not covered face a 25% levy.", "25%", st),
            "Goods not covered face a **25%** levy."
        );
        assert_eq!(marked("No figure here.", "30%", st), "No figure here.");
    }
}
