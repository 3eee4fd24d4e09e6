//! Rule `scale_and_a_half`: Spanish "un millón y medio", "dos millones y media": half the
//! scale more.

use super::{numbers, word_at, Atom};
use crate::extract::tokens::{Kind, Tok};

/// Rule `scale_and_a_half`: "un millón y medio", "dos millones y media": a figure that ends
/// on a scale word and goes on "y medio" is half that scale more.
pub(super) fn and_a_half(merged: &mut Vec<Atom>, toks: &[Tok]) {
    for a in merged.iter_mut() {
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
        if kept.last().is_some_and(|p| a.start < p.end) {
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
        // Near miss: "y medio" after no scale.
        assert_eq!(q("Tardó dos horas y media.", Lang::Es)[0].0, 2.0);
    }
}
