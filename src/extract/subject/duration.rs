//! Durations: the units of time a duration is measured in, and whether the words after one
//! name the event it lasted ("12 years in prison") rather than a time ("in May").

use super::words::{definite_articles, is_stopword, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// A unit of time a duration is measured in.
pub(super) fn is_duration_unit(u: &str) -> bool {
    const TIME: &[&str] = &[
        "second", "minute", "hour", "day", "week", "month", "year", "decade",
    ];
    TIME.contains(&u)
}

/// Whether the preposition at `i`, right after the duration `q`, opens what the duration
/// measures: a place of an event ("12 years in prison", "tres días en el hospital") or its
/// purpose ("12 months to repay the loan", "seis meses para pagar"), not a time ("in May").
pub(super) fn duration_event(toks: &[Tok], i: usize, q: &Quantity, lang: Lang) -> bool {
    if !q.unit.as_deref().is_some_and(is_duration_unit) {
        return false;
    }
    let mut k = i + 1;
    while toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && definite_articles().contains(&t.low()))
    {
        k += 1;
    }
    let Some(t) = toks
        .get(k)
        .filter(|t| t.kind == Kind::Word && !t.is_capitalized())
    else {
        return false;
    };
    let w = t.low();
    if is_stopword(&w) || time_words().contains(&w) {
        return false;
    }
    let p = toks[i].low();
    match p.as_str() {
        "in" | "en" => true,
        // An infinitive: English after "to" with no article; Spanish "-ar", "-er", "-ir".
        "to" => k == i + 1 && !w.ends_with('s') && lang == Lang::En,
        "para" => ["ar", "er", "ir"].iter().any(|e| w.ends_with(e)),
        _ => false,
    }
}

/// Rule `attributive_age`: an age written as one compound before its noun ("a 48-year-old
/// pastor") keeps the compound in the label ("48-year-old pastor", never "48 years pastor").
pub(super) fn attributive_age(toks: &[Tok], q: &Quantity) -> Option<String> {
    let compound = q.unit.as_deref() == Some("year")
        && q.value_max.is_none()
        && q.value < 120.0
        && q.end >= 2
        && toks[q.end - 1].is("old")
        && toks[q.end - 2].text == "-";
    compound.then(|| format!("{}-year-old", q.value.round() as i64))
}
