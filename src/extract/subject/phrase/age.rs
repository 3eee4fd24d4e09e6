//! The person an appositive age belongs to ("Maria Delgado, 46,", "the defendant, 34,").

use super::super::words::is_stopword;
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};

/// The person or thing an age set off by commas belongs to: "Maria Delgado, 46,", "the
/// defendant, 34,", "The suspects, both 17,", "The senator, who is 81,", "Juan Pérez, de 46
/// años,", "Los cuatro detenidos, de entre 19 y 25 años,". None when the figure is not an
/// age in years, or no comma sets it off.
pub(super) fn appositive_age(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    if q.unit.as_deref() != Some("year") || q.value.max(q.value_max.unwrap_or(0.0)) >= 120.0 {
        return None;
    }
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    let mut k = q.start;
    if k > 0 && (is(k - 1, "de") || is(k - 1, "both") || is(k - 1, "aged")) {
        k -= 1;
    }
    if k >= 2 && (is(k - 1, "is") || is(k - 1, "was")) && is(k - 2, "who") {
        k -= 2;
    }
    if k == 0 || toks[k - 1].text != "," {
        return None;
    }
    let comma = k - 1;
    let mut from = comma;
    while from > 0 && toks[from - 1].is_capitalized() {
        from -= 1;
    }
    from = super::super::ellipsis::office_start(toks, from, comma);
    if from == comma {
        // No name: the noun before the comma ("the defendant").
        let w = toks.get(comma.checked_sub(1)?)?;
        if w.kind != Kind::Word || is_stopword(&w.low()) {
            return None;
        }
        from = comma - 1;
    }
    // "Dr." and other titles stay out; the name is what follows them.
    Some(sentence[toks[from].start..toks[comma - 1].end].to_string())
}
