//! Years and dates: month and weekday names, era markers ("A.D.", "BC"), and the numbers that
//! read as years by their size or their context ("in 1492", "between 1000 and 1260").

use super::ranges::change_verb_within;
use super::{word_at, Atom};
use crate::extract::tokens::{Kind, Tok};

pub(super) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "setiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
    )
}

pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "domingo"
    )
}

pub(super) fn is_year_like(a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits && toks[a.start].text.len() == 4 && (1800.0..=2100.0).contains(&a.value)
}

/// An era marker ("AD", "A.D.", "BC", "B.C.", "BCE", "CE") ending right before token `i`
/// (`before`) or starting at it.
pub(super) fn era_marker(toks: &[Tok], i: usize, before: bool) -> bool {
    let era = |w: &str| {
        matches!(
            w,
            "ad" | "bc" | "bce" | "ce" | "a.d" | "b.c" | "b.c.e" | "c.e" | "a.c" | "d.c"
        )
    };
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
    word_at(toks, a.start - 1).is_some_and(|w| match w.as_str() {
        "in" | "until" | "till" | "since" | "before" | "after" | "circa" | "around" | "en"
        | "hacia" | "desde" | "hasta" | "antes" => true,
        "by" => {
            let lo = a.start.saturating_sub(3);
            !change_verb_within(&toks[lo..a.start - 1], a.start - 1 - lo)
        }
        _ => false,
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
        && matches!(
            toks[prev_end].text.to_lowercase().as_str(),
            "and" | "to" | "-" | "–" | "until" | "y" | "a" | "hasta"
        )
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
        assert_eq!(unit("In 1000 cases it failed."), (1000.0, None));
    }
}
