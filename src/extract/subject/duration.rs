//! Durations: the units of time a duration is measured in, and whether the words after one
//! name the event it lasted ("12 years in prison") rather than a time ("in May").

use super::words::{definite_articles, duration_openers, is_stopword, is_verb, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Irregular past forms of winning and losing ("beat", "won").
    result_verbs,
    "en/result_verbs.txt",
);
word_set!(
    /// Contests and courses a duration times ("final", "race", "marathon").
    contest_nouns,
    "en/contest_nouns.txt",
);

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

/// Rule `attributive_age_before_a_name`: "The head of the college, 59-year-old Helen
/// Mountfield, called it …": an attributive age right before a person's name (two
/// capitalised words or more) is that person's age; the name is its phrase.
pub(super) fn name_after_an_age(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    attributive_age(toks, q)?;
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
    };
    let mut end = q.end;
    while capital(end) && end - q.end < MAX_NAME_WORDS {
        end += 1;
    }
    (end >= q.end + 2).then(|| sentence[toks[q.end].start..toks[end - 1].end].to_string())
}

/// Most words of a person's name read after an attributive age.
const MAX_NAME_WORDS: usize = 4;

/// Rule `compound_measure_names_its_noun`: a figure written as one compound with its unit
/// before a noun ("a four-hour meeting", "a 10-year plan", "a 40-foot container") keeps the
/// compound in the label ("4-hour meeting", "10-year plan"), never "4 hours meeting".
pub(super) fn attributive_measure(toks: &[Tok], q: &Quantity) -> Option<String> {
    // Money keeps its sign ("a million-pound bonus" → "£1M bonus").
    let unit = q.unit.as_deref()?;
    if unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()) || unit == "penny" {
        return None;
    }
    if q.end < q.start + 3 {
        return None;
    }
    let (dash, unit) = (&toks[q.end - 2], &toks[q.end - 1]);
    let glued = dash.text == "-" && !dash.space_before && !unit.space_before;
    let noun_next = toks
        .get(q.end)
        .is_some_and(|t| t.kind == Kind::Word && !is_stopword(&t.low()));
    if !glued || unit.kind != Kind::Word || !noun_next {
        return None;
    }
    let n =
        crate::model::figure::format_figure_in(q.value, q.value_max, q.qualifier, None, Lang::En);
    Some(format!("{n}-{}", unit.text))
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
    if let Some((mut head, end)) = relative_antecedent(toks, start, q.start) {
        while head < end && word(head).is_some_and(|w| is_stopword(&w)) {
            head += 1;
        }
        let noun =
            head < end && !toks[head].is_capitalized() && !people().contains(&toks[head].low());
        return noun.then(|| sentence[toks[head].start..toks[end - 1].end].to_string());
    }
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

word_set!(
    /// Determiners that open a relative clause's antecedent ("un apagón total que …").
    antecedent_determiners,
    "es/antecedent_determiners.txt",
);

/// Rule `duration_of_the_relative_s_antecedent`: "Cuba sufrió un apagón total que dejó sin
/// luz a sus habitantes durante 48 horas": when the duration's clause is a relative one
/// ("que" within its first words), the event is its antecedent, the words before "que" (and
/// its comma) from the determiner that opens them ("un apagón total"), returned as a token
/// range. None when the clause opens otherwise or no determiner stands within eight words.
fn relative_antecedent(toks: &[Tok], start: usize, figure: usize) -> Option<(usize, usize)> {
    let rel = (start..figure.min(start + 12)).find(|&k| toks[k].is("que"))?;
    let end = if rel > 0 && toks[rel - 1].text == "," {
        rel - 1
    } else {
        rel
    };
    let from = (end.saturating_sub(8)..end)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .find(|&k| antecedent_determiners().contains(&toks[k].low()))?;
    (from + 1 < end).then_some((from + 1, end))
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

/// Rule `duration_of_the_act`: a duration after "in" that closes a clause of a past act and its
/// object, with at most a score between ("beat the defending champion 6-4, 6-2 in 78
/// minutes", "dismissed her opponent in 57 minutes"), measures that act: its phrase is the
/// verb as written ("78 minutes beat", as rule `duration_names_its_verb` reads "22 months
/// waited"; a person it beat is not what was measured), or the contest its object names
/// ("won the final in 9.79 seconds" → "final"). None for another figure
/// between ("arrested 14 people in 24 hours" is a window) or a change ("rose 5% in a year").
pub(super) fn act_of_duration(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    let duration = q.unit.as_deref().is_some_and(is_duration_unit);
    if lang != Lang::En || !duration || q.start < 3 || !toks[q.start - 1].is("in") {
        return None;
    }
    // A score: digits joined to digits by a dash ("6-4", "3–1").
    let score = |k: usize| {
        let dash = |m: usize| toks.get(m).is_some_and(|t| matches!(t.text, "-" | "–"));
        let num = |m: usize| toks.get(m).is_some_and(|t| t.kind == Kind::Num);
        num(k) && (dash(k + 1) && num(k + 2) || k >= 2 && dash(k - 1) && num(k - 2))
    };
    let mut k = q.start - 1;
    let verb = loop {
        if k == 0 || q.start - k > 12 {
            return None;
        }
        k -= 1;
        let t = &toks[k];
        match t.kind {
            Kind::Num if score(k) => continue,
            Kind::Word => {
                let w = t.low();
                if is_verb(&w, lang) && w.ends_with("ed") || result_verbs().contains(&w) {
                    break k;
                }
            }
            _ if matches!(t.text, "," | "-" | "–") => continue,
            _ => return None,
        }
    };
    // "won the final in 9.79 seconds": the contest the act's object names is what was timed.
    let object_end = (verb + 1..q.start)
        .find(|&m| toks[m].kind != Kind::Word)
        .unwrap_or(q.start - 1);
    let contest = (verb + 1..object_end)
        .rev()
        .find(|&m| contest_nouns().contains(&toks[m].low()));
    let (from, to) = match contest {
        Some(c) => ((verb + 1..=c).find(|&m| !is_stopword(&toks[m].low()))?, c),
        None => (verb, verb),
    };
    Some(sentence[toks[from].start..toks[to].end].to_string())
}

/// Rule `span_of_the_amount`: "for stealing £2.3m over 11 years": a duration after "over"
/// right after an amount is the span of the act that amount measures (LABELS.md: the span of
/// what was counted), so its phrase is that act ("stealing"): the gerund or past verb right
/// before the amount. None otherwise.
pub(super) fn act_of_span(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    let duration = q.unit.as_deref().is_some_and(is_duration_unit);
    if lang != Lang::En || !duration || !toks[q.start].is("over") || q.start < 3 {
        return None;
    }
    // Back over the amount: its scale word, digits and currency sign.
    let mut k = q.start;
    let mut digits = false;
    while k > 0 && q.start - k < 5 {
        let t = &toks[k - 1];
        let scale = t.kind == Kind::Word
            && crate::text::with_lower(t.text, |l| crate::extract::numbers::scale(l).is_some());
        if t.kind == Kind::Num {
            digits = true;
        } else if !(scale || t.kind == Kind::Punct && t.text != ",") {
            break;
        }
        k -= 1;
    }
    let act = k.checked_sub(1).filter(|_| digits)?;
    let w = toks[act].low();
    let verb = toks[act].kind == Kind::Word
        && (w.len() > 5 && w.ends_with("ing") || is_verb(&w, lang) || result_verbs().contains(&w));
    verb.then(|| sentence[toks[act].start..toks[act].end].to_string())
}

/// Most words read from a deadline's opener to the verb whose event it bounds.
const DEADLINE_VERB_REACH: usize = 8;

/// Most words of the object a deadline's event names.
const DEADLINE_OBJECT_WORDS: usize = 3;

/// Rule `deadline_names_its_event`: a duration after "within", "dentro de" or "en un plazo
/// de" (`nonclaim::deadline_opener`; beside another figure it is a window and no claim) is
/// when the clause's event happens by, not what the noun after it counts ("abrirá dentro de
/// seis meses una planta" is no "6 meses planta"): its phrase is the event, its verb and
/// object ("para abrir planta", "to open plant", "repaid customers"; the verb as written when
/// its infinitive is unknown), read back from the opener or, when the opener starts the
/// clause, on from the duration, at most [`DEADLINE_VERB_REACH`] words. None with no verb.
pub(super) fn deadline_event(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    if !q.unit.as_deref().is_some_and(is_duration_unit) {
        return None;
    }
    let open = crate::extract::nonclaim::deadline_opener(toks, q.start)?;
    let word = |k: usize| toks[k].kind == Kind::Word;
    let verb_at = |k: usize| {
        let w = toks[k].low();
        let infinitive = lang == Lang::Es
            && k > 0
            && word(k - 1)
            && is_verb(&toks[k - 1].low(), lang)
            && super::present_es::infinitive(&w).is_some_and(|i| i == *w);
        !is_stopword(&w)
            && (is_verb(&w, lang)
                || infinitive
                || super::event::after_modal(toks, k)
                || k > 0 && toks[k - 1].is("to") && !toks[k].is_capitalized())
    };
    // A participle right after a verb is an adjective of its object ("refund affected
    // passengers").
    let adjective = |k: usize| {
        lang == Lang::En && toks[k].low().ends_with("ed") && k > 0 && word(k - 1) && verb_at(k - 1)
    };
    let before = (open.saturating_sub(DEADLINE_VERB_REACH)..open)
        .rev()
        .take_while(|&k| word(k))
        .find(|&k| verb_at(k))
        .map(|k| if adjective(k) { k - 1 } else { k });
    let clause_start = open == 0 || !word(open - 1);
    // "Dentro de dos años, el puerto duplicará …": past the comma after the duration.
    let from = q.end + usize::from(toks.get(q.end).is_some_and(|t| t.text == ","));
    let after = || {
        (from..toks.len().min(from + DEADLINE_VERB_REACH))
            .take_while(|&k| word(k))
            .find(|&k| verb_at(k))
    };
    let verb = before.or_else(|| clause_start.then(after).flatten())?;
    let content =
        |k: usize| word(k) && !is_stopword(&toks[k].low()) && !is_verb(&toks[k].low(), lang);
    // The object, not a prepositional phrase after it ("send it to Mars": no object).
    let object = |from: usize, to: usize| -> Option<(usize, usize)> {
        let first = (from..to)
            .take_while(|&k| word(k) && !super::words::prepositions().contains(&toks[k].low()))
            .find(|&k| content(k))?;
        let last = (first..to.min(first + DEADLINE_OBJECT_WORDS))
            .take_while(|&k| content(k))
            .last()?;
        Some((first, last))
    };
    let obj = if verb > q.end {
        object(verb + 1, toks.len())
    } else {
        object(verb + 1, open).or_else(|| object(q.end, toks.len()))
    };
    let low = toks[verb].low();
    let bare = super::event::after_modal(toks, verb) || verb > 0 && toks[verb - 1].is("to");
    let act = match lang {
        Lang::Es => super::present_es::infinitive(&low).map(|i| format!("para {i}")),
        Lang::En => bare.then(|| format!("to {}", toks[verb].text)),
    }
    .unwrap_or_else(|| toks[verb].text.to_string());
    Some(match obj {
        Some((first, last)) => format!("{act} {}", &sentence[toks[first].start..toks[last].end]),
        None => act,
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    #[test]
    fn a_duration_after_in_measures_the_act() {
        let l = labels("Gauff, 21, beat the champion 6-4, 6-2 in 78 minutes to reach the final.");
        assert_eq!(l[1], "78 minutes beat");
        let l = labels("She finished the marathon in 2 hours.");
        assert_eq!(l[0], "2 hours marathon");
        let l = labels("She finished in 2 hours.");
        assert_eq!(l[0], "2 hours finished");
        // Rule `total_of_a_duration`.
        let l = labels("Eight members were jailed for a total of 97 years.");
        assert_eq!(l[1], "97 years jailed");
        // Rule `span_of_the_amount`.
        let l = labels("She was jailed for stealing £2.3m over 11 years.");
        // Rule `span_after_a_figure_is_no_bound`: the span is exact.
        assert_eq!(l[1], "11 years stealing");
        // Another figure between: no act measured ("14 people" is counted in the window).
        let l = labels("Police arrested 14 people in 24 hours.");
        assert!(l.iter().all(|l| !l.contains("arrested 14")), "{l:?}");
    }

    #[test]
    fn compound_measure_names_its_noun() {
        assert_eq!(
            labels("Ministers held a four-hour meeting."),
            ["4-hour meeting"]
        );
        assert_eq!(
            labels("The council unveiled a 10-year plan."),
            ["10-year plan"]
        );
        assert_eq!(labels("A 40-foot container fell."), ["40-foot container"]);
        // An age keeps its own compound; a compound that counts no unit is no claim.
        assert_eq!(
            labels("A 48-year-old man was arrested."),
            ["48-year-old man"]
        );
        assert!(labels("They rented a two-bedroom flat.").is_empty());
    }

    #[test]
    fn deadline_names_its_event() {
        let s = "La empresa abrirá dentro de seis meses una planta en Monterrey.";
        assert_eq!(labels(s), ["6 meses para abrir planta"]);
        let s = "Dentro de dos años, el puerto duplicará su capacidad.";
        assert_eq!(labels(s), ["2 años para duplicar capacidad"]);
        let s = "Ryanair said it would refund affected passengers within seven days.";
        assert_eq!(labels(s), ["7 days to refund passengers"]);
        // A past act keeps its verb as written.
        let s = "The exchange said it had repaid customers within 72 hours.";
        assert_eq!(labels(s), ["72 hours repaid customers"]);
    }

    #[test]
    fn a_duration_in_a_relative_clause_measures_its_antecedent() {
        // Rule `duration_of_the_relative_s_antecedent`.
        let s = "Cuba sufrió un apagón total que dejó sin luz a la isla durante 48 horas.";
        assert_eq!(labels(s)[0], "48 horas de apagón");
        let s = "Hubo un paro de transporte, que dejó sin servicio a la ciudad durante 12 horas.";
        assert!(labels(s)[0].contains("paro"), "{:?}", labels(s));
        // A clause that opens on its own subject keeps rule `duration_of_the_clause_event`.
        let s = "La marcha bloqueó Reforma durante seis horas.";
        assert_eq!(labels(s)[0], "6 horas de marcha");
    }
}
