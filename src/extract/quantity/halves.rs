//! Rule `scale_and_a_half`: Spanish "un millón y medio", "dos millones y media": half the
//! scale more; rule `unit_and_a_half`: "dos años y medio", half the unit more.

use super::{numbers, word_at, Atom};
use crate::extract::tokens::{Kind, Tok};

/// Rule `scale_and_a_half`: "un millón y medio", "dos millones y media": a figure that ends
/// on a scale word and goes on "y medio" is half that scale more.
pub(super) fn and_a_half(merged: &mut Vec<Atom>, toks: &[Tok]) {
    // Token indices of a "medio"/"media" read into the figure before its unit.
    let mut halves: Vec<usize> = Vec::new();
    for a in merged.iter_mut() {
        // Rule `unit_and_a_half`: "dos años y medio de prisión", "tres horas y media", "dos
        // kilos y medio": a figure of a unit that goes on "y medio" is half a unit more.
        let unit = word_at(toks, a.end).is_some_and(|w| super::units::unit_word(&w).is_some());
        if unit
            && word_at(toks, a.end + 1).is_some_and(|w| w == "y")
            && word_at(toks, a.end + 2).is_some_and(|w| w == "medio" || w == "media")
        {
            a.value += 0.5;
            a.plain_digits = false;
            halves.push(a.end + 2);
            continue;
        }
        let Some(m) = a
            .end
            .checked_sub(1)
            .filter(|&k| k > a.start || toks[k].kind == Kind::Word)
            .and_then(|k| word_at(toks, k))
            .and_then(|w| numbers::scale(&w))
            .filter(|&m| m >= 1e3)
        else {
            continue;
        };
        let half = word_at(toks, a.end).is_some_and(|w| w == "y")
            && word_at(toks, a.end + 1).is_some_and(|w| w == "medio" || w == "media");
        if half {
            a.value += m / 2.0;
            a.end += 2;
            a.plain_digits = false;
        }
    }
    // An atom read inside the half ("medio" as a fraction) goes.
    let mut kept: Vec<Atom> = Vec::with_capacity(merged.len());
    for a in merged.drain(..) {
        if kept.last().is_some_and(|p| a.start < p.end) || halves.contains(&a.start) {
            continue;
        }
        kept.push(a);
    }
    *merged = kept;
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::Lang;

    #[test]
    fn scale_and_a_half() {
        let got = q(
            "Un millón y medio de turistas visitaron el parque.",
            Lang::Es,
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, 1.5e6);
        assert_eq!(q("Dos millones y medio de votos.", Lang::Es)[0].0, 2.5e6);
        // Rule `unit_and_a_half`: half a time unit more.
        let got = q("Tardó dos horas y media.", Lang::Es);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, 2.5);
        assert_eq!(q("Pidió dos años y medio de prisión.", Lang::Es)[0].0, 2.5);
        assert_eq!(q("Compró dos kilos y medio de pan.", Lang::Es)[0].0, 2.5);
        // Near miss: "y medio" after a count of things opens another figure.
        assert_eq!(
            q(
                "Llegaron dos turistas y medio centenar de vecinos.",
                Lang::Es
            )[0]
            .0,
            2.0
        );
    }
}
