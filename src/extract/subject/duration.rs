//! Durations: the units of time a duration is measured in, and whether the words after one
//! name the event it lasted ("12 years in prison") rather than a time ("in May").

use super::words::{definite_articles, duration_openers, is_stopword, is_verb, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

crate::word_set!(
    /// Nouns of people and titles: a clause subject that is one names who acts, not an event
    /// a duration could measure ("el presidente habló durante 45 minutos").
    people,
    "es/person_nouns.txt",
    "es/title_nouns.txt",
);

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

/// Rule `duration_of_the_clause_event`: "El apagón del 28 de abril dejó sin suministro a toda
/// la península durante casi 10 horas", "La marcha bloqueó Reforma durante seis horas": a
/// Spanish duration after "durante" measures the event its clause's subject names, when that
/// subject is a common noun (no person, title or name) before the clause's verb. None
/// otherwise.
pub(super) fn clause_event(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    if lang != Lang::Es || !q.unit.as_deref().is_some_and(is_duration_unit) {
        return None;
    }
    let word = |k: usize| (toks[k].kind == Kind::Word).then(|| toks[k].low());
    let opened = (q.start.saturating_sub(2)..q.start)
        .any(|k| word(k).is_some_and(|w| duration_openers().contains(&w)));
    if !opened {
        return None;
    }
    let start = (0..q.start)
        .rev()
        .find(|&k| matches!(toks[k].text, "," | ";" | ":" | "«" | "»" | "\""))
        .map_or(0, |k| k + 1);
    let mut head = start;
    while head < q.start && word(head).is_some_and(|w| definite_articles().contains(&w)) {
        head += 1;
    }
    word(head).filter(|w| {
        !toks[head].is_capitalized()
            && !is_stopword(w)
            && !is_verb(w, lang)
            && !people().contains(w)
    })?;
    let verb = (head + 1..q.start).find(|&k| word(k).is_some_and(|w| is_verb(&w, lang)))?;
    let mut end = verb.min(head + 7);
    while end > head + 1 && word(end - 1).is_some_and(|w| is_stopword(&w)) {
        end -= 1;
    }
    Some(sentence[toks[head].start..toks[end - 1].end].to_string())
}

/// Rule `temperature_names_itself`: "Mexicali alcanzó 52 grados centígrados", "Córdoba marcó
/// 46,9 grados el sábado": a Spanish temperature whose phrase names no thing (none, a place or
/// a time) measures the temperature, which its label says ("52°C temperatura", never "52°C
/// Mexicali"). None for other figures, or a phrase with a noun ("temperaturas de 8 grados").
pub(super) fn temperature(q: &Quantity, phrase: &str, lang: Lang) -> Option<String> {
    let degrees = matches!(q.unit.as_deref(), Some("degree" | "celsius" | "fahrenheit"));
    let names_no_thing = phrase.split_whitespace().all(|w| {
        w.chars().next().is_some_and(char::is_uppercase)
            || crate::text::with_lower(w, |l| is_stopword(l) || time_words().contains(l))
    });
    (lang == Lang::Es && degrees && names_no_thing).then(|| "temperatura".to_string())
}
