//! Years and dates: month and weekday names, era markers ("A.D.", "BC"), and the numbers that
//! read as years by their size or their context ("in 1492", "between 1000 and 1260").

use super::ranges::change_verb_within;
use super::{word_at, Atom};
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Month names and their abbreviations.
    months,
    "en/months.txt",
    "es/months.txt"
);
word_set!(
    /// Weekday names.
    weekdays,
    "en/weekdays.txt",
    "es/weekdays.txt"
);
word_set!(
    /// Era markers, as their letters and dots ("a.d", "bce", "d.c").
    era_markers,
    "en/era_markers.txt",
    "es/era_markers.txt"
);
word_set!(
    /// Prepositions that make a four-digit number after them a year ("in 1492").
    year_prepositions,
    "en/year_prepositions.txt",
    "es/year_prepositions.txt"
);
word_set!(
    /// What joins a year to the next ("and", "to", "-", "y").
    year_span_links,
    "en/year_span_links.txt",
    "es/year_span_links.txt",
    "any/year_span_links.txt"
);

/// A month name or abbreviation (lower case): "march", "sept", "marzo".
pub(super) fn is_month(w: &str) -> bool {
    months().contains(w)
}

/// A weekday name (lower case): "monday", "miércoles".
pub(super) fn is_weekday(w: &str) -> bool {
    weekdays().contains(w)
}

pub(super) fn is_year_like(a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits && toks[a.start].text.len() == 4 && (1800.0..=2100.0).contains(&a.value)
}

/// An era marker ("AD", "A.D.", "BC", "B.C.", "BCE", "CE") ending right before token `i`
/// (`before`) or starting at it.
pub(super) fn era_marker(toks: &[Tok], i: usize, before: bool) -> bool {
    let era = |w: &str| era_markers().contains(w);
    // The marker's letters and dots as one lower-case string, read outwards from `i`.
    let mut s = String::new();
    if before {
        let mut k = i;
        while k > 0 && s.len() < 6 {
            let t = &toks[k - 1];
            if !(t.text == "." || t.kind == Kind::Word && t.text.len() <= 3) {
                break;
            }
            s.insert_str(0, &t.text.to_lowercase());
            k -= 1;
            if era(s.trim_end_matches('.')) && (k == 0 || toks[k].space_before) {
                return true;
            }
            if t.space_before {
                break;
            }
        }
    } else {
        let mut k = i;
        while k < toks.len() && s.len() < 6 {
            let t = &toks[k];
            if !(t.text == "." || t.kind == Kind::Word && t.text.len() <= 3)
                || k > i && t.space_before
            {
                break;
            }
            s.push_str(&t.text.to_lowercase());
            k += 1;
            if era(s.trim_end_matches('.'))
                && toks
                    .get(k)
                    .is_none_or(|n| n.space_before || n.kind == Kind::Punct)
            {
                return true;
            }
        }
    }
    false
}

/// A year named by its context rather than its size: after an era marker ("A.D. 79",
/// "1000 BC"), or a four-digit number after a temporal preposition ("by 2120", "in 1492",
/// "hacia 1500"; "by" only where no verb of change right before it makes it an amount, "rose
/// by 1500").
pub(super) fn temporal_year(a: &Atom, toks: &[Tok]) -> bool {
    if !a.plain_digits || toks[a.start].kind != Kind::Num || toks[a.start].text.len() > 4 {
        return false;
    }
    if era_marker(toks, a.start, true) || era_marker(toks, a.end, false) {
        return true;
    }
    if toks[a.start].text.len() != 4 || !(1000.0..=2999.0).contains(&a.value) || a.start == 0 {
        return false;
    }
    word_at(toks, a.start - 1).is_some_and(|w| {
        if w == "by" {
            let lo = a.start.saturating_sub(3);
            !change_verb_within(&toks[lo..a.start - 1], a.start - 1 - lo)
        } else {
            year_prepositions().contains(&w)
        }
    })
}

/// "between A.D. 1000 and 1260", "in 1492 and 1493": a number joined to the year just read
/// by "and", "to" or a dash, written as a year after it, is another year.
pub(super) fn year_continues(prev_end: usize, prev: f64, a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits
        && toks[a.start].kind == Kind::Num
        && (3..=4).contains(&toks[a.start].text.len())
        && a.value > prev
        && a.start == prev_end + 1
        && year_span_links().contains(&toks[prev_end].text.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::Lang;

    #[test]
    fn years_named_by_context() {
        for s in [
            "It was built between A.D. 1000 and 1260.",
            "The port dates from 300 BC.",
            "Seas could flood the coast by 2120.",
            "They landed in 1492 and 1493.",
            "Se fundó hacia 1535.",
        ] {
            assert!(q(s, Lang::En).is_empty(), "{s}: {:?}", q(s, Lang::En));
        }
        assert_eq!(unit("Output rose by 1500."), (1500.0, None));
        // Rule `bound_year`.
        let got = q("El delantero firmó hasta 2030 con el club.", Lang::Es);
        assert!(got.is_empty(), "{got:?}");
        assert_eq!(q("Caben hasta 2030 personas.", Lang::Es).len(), 1);
        assert_eq!(unit("In 1000 cases it failed."), (1000.0, None));
    }
}
