//! Quantities that are not claims. Recognising a quantity and deciding it is a claim are two
//! layers: a time expression ("two weeks after the vote"), a time window of another figure
//! ("rose 8% in the past three months") or an age group ("children under five") is read as a
//! quantity (a quantity benchmark such as NewsQuant counts it), but it states nothing a
//! journalist would track, so it never becomes a claim: it never reaches `claims`, `record`,
//! `diff`, `history` or search. `extract --all-quantities` lists these with their class.
//!
//! Each class is a named rule ([`CLASSES`]) over the tokens around the quantity; the first
//! that holds classifies it.

use serde::Serialize;

use super::quantity::Quantity;
use super::tokens::{Kind, Lower, Tok};
use crate::extract::lexicon::shared::{time_anchors_before, window_prepositions};
use crate::model::{Claim, Lang, Qualifier};
use crate::word_set;

/// Why a recognised quantity is not a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NonClaimClass {
    /// A point in time reckoned from an event: "two weeks after", "dos años más tarde",
    /// "hace tres meses".
    TimeExpression,
    /// The period another figure of the sentence is measured over: "in the past three
    /// months", "the first drop in nine months", "en dos semanas".
    TimeWindow,
    /// The age bound of a group of people: "children under five", "menores de 18 años".
    AgeGroup,
}

impl NonClaimClass {
    /// The class's name as JSON writes it ("time_expression").
    pub fn name(self) -> &'static str {
        match self {
            NonClaimClass::TimeExpression => "time_expression",
            NonClaimClass::TimeWindow => "time_window",
            NonClaimClass::AgeGroup => "age_group",
        }
    }
}

/// A recognised quantity that is not a claim: the claim it would have been, and why not.
#[derive(Debug, Clone, PartialEq)]
pub struct NonClaim {
    pub quantity: Claim,
    pub class: NonClaimClass,
}

impl Serialize for NonClaim {
    /// The quantity's claim fields, plus `"claim": false` and `"non_claim": "<class>"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Flat<'a> {
            #[serde(flatten)]
            quantity: &'a Claim,
            claim: bool,
            non_claim: NonClaimClass,
        }
        Flat {
            quantity: &self.quantity,
            claim: false,
            non_claim: self.class,
        }
        .serialize(s)
    }
}

word_set!(
    /// "Más" after a time figure before its anchor ("dos años más tarde").
    es_more_words,
    "es/more_words.txt"
);
word_set!(
    /// Articles between a window preposition and its duration ("in the past two years").
    window_articles,
    "en/window_articles.txt",
    "es/window_articles.txt"
);
word_set!(
    /// Prepositions whose bare duration is an event's length ("during", "durante").
    event_prepositions,
    "en/event_prepositions.txt",
    "es/event_prepositions.txt"
);
word_set!(
    /// Spanish age bounds before "de" ("menores", "mayores").
    es_age_bounds,
    "es/age_bounds.txt"
);
word_set!(
    /// Spanish singular age bounds before "de" ("menor", "mayor"): rule `singular_age_bound`.
    es_singular_age_bounds,
    "es/singular_age_bounds.txt"
);
word_set!(
    /// English words that bound an age ("over", "under", "older"): rules `age_and_over` and
    /// `under_the_age_of`.
    age_bound_words,
    "en/age_bound_words.txt"
);
word_set!(
    /// Words right after a duration that make it a time expression ("after", "ago", "después").
    time_anchors,
    "en/time_anchors.txt",
    "es/time_anchors.txt"
);
word_set!(
    /// Words right before a duration that make it the length of something ("for", "waited").
    duration_measures,
    "en/duration_measures.txt",
    "es/duration_measures.txt"
);
word_set!(
    /// Words right before a duration that make it a deadline ("within", "dentro de", "en un
    /// plazo de").
    deadline_openers,
    "en/deadline_openers.phrases",
    "es/deadline_openers.phrases"
);

/// Longest entry of `deadline_openers`, in words.
const DEADLINE_OPENER_WORDS: usize = 5;

/// Rule `deadline_opener`: where "within", "dentro de" or "en un plazo de" opens right before
/// token `at`, the start of a duration ("dentro de seis meses", "dentro de los próximos seis
/// meses" with `at` on "los"): the duration is a deadline (or, beside another figure of its
/// sentence, a window). None for another word.
pub(crate) fn deadline_opener(toks: &[Tok], at: usize) -> Option<usize> {
    let mut words = String::new();
    for n in 1..=DEADLINE_OPENER_WORDS.min(at) {
        let t = &toks[at - n];
        if t.kind != Kind::Word {
            return None;
        }
        words = if words.is_empty() {
            t.low().to_string()
        } else {
            format!("{} {words}", t.low())
        };
        if deadline_openers().contains(&words) {
            return Some(at - n);
        }
    }
    None
}

word_set!(
    /// Superlatives of a record measured over a window ("la peor sequía en 60 años").
    record_words,
    "es/record_words.txt"
);
word_set!(
    /// Words that make a duration a window after its preposition ("past", "últimos").
    window_adjectives,
    "en/window_adjectives.txt",
    "es/window_adjectives.txt"
);
word_set!(
    /// Words that put a clause in the future ("will", "would", "serán").
    pub(crate) future_markers,
    "en/future_markers.txt",
    "es/future_markers.txt"
);
word_set!(
    /// Plural nouns for people an age bound after them makes an age group ("children").
    age_group_nouns,
    "en/age_group_nouns.txt",
    "es/age_group_nouns.txt"
);

/// Units of time: a quantity in one of these may be a time expression or window.
const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];

fn is_time(q: &Quantity) -> bool {
    q.unit.as_deref().is_some_and(|u| TIME_UNITS.contains(&u))
}

/// The word at token `i`, lower-cased, if it is a word.
fn word<'a>(toks: &[Tok<'a>], i: Option<usize>) -> Option<Lower<'a>> {
    toks.get(i?).filter(|t| t.kind == Kind::Word).map(Tok::low)
}

/// One classifying rule: a name and its test.
pub struct ClassRule {
    pub class: NonClaimClass,
    pub test: fn(&[Tok], &Quantity, &[Quantity], Lang) -> bool,
}

/// The rules, tried in order.
pub const CLASSES: &[ClassRule] = &[
    ClassRule {
        class: NonClaimClass::TimeExpression,
        test: time_expression,
    },
    ClassRule {
        class: NonClaimClass::TimeWindow,
        test: time_window,
    },
    ClassRule {
        class: NonClaimClass::AgeGroup,
        test: age_group,
    },
];

/// Why `q` (one of the sentence's quantities `all`) is not a claim, or None when it is one.
pub fn classify(toks: &[Tok], q: &Quantity, all: &[Quantity], lang: Lang) -> Option<NonClaimClass> {
    CLASSES
        .iter()
        .find(|r| (r.test)(toks, q, all, lang))
        .map(|r| r.class)
}

/// A duration followed by "after", "before", "later", "ago" ("dos años después", "dos años
/// más tarde") or preceded by "hace"; not one measured by the word before it or bounded
/// ("waited up to 72 hours before", "grounded for three weeks after": the length of an event).
fn time_expression(toks: &[Tok], q: &Quantity, _: &[Quantity], _: Lang) -> bool {
    if !is_time(q) || matches!(q.qualifier, Qualifier::AtMost | Qualifier::AtLeast) {
        return false;
    }
    if word(toks, q.start.checked_sub(1)).is_some_and(|w| duration_measures().contains(&w)) {
        return false;
    }
    let anchor = |i: usize| word(toks, Some(i)).is_some_and(|w| time_anchors().contains(&w));
    let more = word(toks, Some(q.end)).is_some_and(|w| es_more_words().contains(&w));
    anchor(q.end)
        || (more && anchor(q.end + 1))
        || word(toks, q.start.checked_sub(1)).is_some_and(|w| time_anchors_before().contains(&w))
}

/// A duration after a window preposition ("in", "within", "over", "en"), with "the past",
/// "last", "los últimos" or nothing between ("during"/"durante" only with such a word: "lasted
/// during 45 minutes" measures an event), in a sentence that states another figure the window
/// belongs to. A duration alone in its sentence ("the plant will close within two years") is
/// its own claim.
fn time_window(toks: &[Tok], q: &Quantity, all: &[Quantity], lang: Lang) -> bool {
    if !is_time(q) {
        return false;
    }
    if lang == Lang::En && superlative_window(toks, q)
        || record_in_a_window(toks, q)
        || window_of_a_multiplying(toks, q)
    {
        return true;
    }
    if !all.iter().any(|o| o != q && !is_time(o)) {
        return false;
    }
    if word(toks, Some(q.start)).is_some_and(|w| window_prepositions().contains(&w)) {
        return over_a_period(toks, q, all);
    }
    let mut i = q.start.checked_sub(1);
    let mut adjective = false;
    if word(toks, i).is_some_and(|w| window_adjectives().contains(&w)) {
        adjective = true;
        i = i.and_then(|i| i.checked_sub(1));
    }
    if word(toks, i).is_some_and(|w| window_articles().contains(&w)) {
        i = i.and_then(|i| i.checked_sub(1));
    }
    let Some(prep) = word(toks, i).filter(|w| window_prepositions().contains(w)) else {
        // "dentro de cinco años" beside another figure is a window, as "within" is.
        let at = i.map_or(0, |i| i + 1);
        return deadline_opener(toks, at).is_some() && (adjective || !future(toks, q));
    };
    if adjective {
        return true;
    }
    // A bare window of seconds or minutes is the time an event took ("0 to 60 mph in 7.2
    // seconds", "charges in under 20 minutes"): no figure is tallied over so short a period.
    if matches!(q.unit.as_deref(), Some("second" | "minute")) {
        return false;
    }
    // Rule `time_taken_after_a_distance`: "recorrer 176 kilómetros en poco más de cuatro
    // horas", "ran 42 km in three hours": after a length in its clause, a duration in hours
    // is the time the distance took, no window of a tally (days or more are a tally's
    // window: "the rover travelled more than 100 metres in 10 days").
    let distance_before = q.unit.as_deref() == Some("hour")
        && all.iter().any(|o| {
            o.end <= q.start
                && matches!(
                    o.unit.as_deref(),
                    Some("km" | "m" | "mile" | "metre" | "meter")
                )
                && !toks[o.end..q.start]
                    .iter()
                    .any(|t| matches!(t.text, "," | ";" | ":" | "."))
        });
    if distance_before {
        return false;
    }
    // A bare window: not "during 45 minutes" (the length of an event), nor "in two weeks"
    // after a future (a deadline the clause promises: "600 beds would be ready in two weeks").
    !event_prepositions().contains(&prep) && !future(toks, q)
}

/// A future in the clause before `q` ("600 beds would be ready in two weeks", "abrirá la
/// planta dentro de seis meses"): a duration after it is a deadline the clause promises.
fn future(toks: &[Tok], q: &Quantity) -> bool {
    toks[..q.start]
        .iter()
        .rev()
        .take_while(|t| t.text != "," && t.text != ";")
        .any(|t| {
            let w = t.low();
            let future_es = w.chars().count() > 4 && (w.ends_with("rá") || w.ends_with("rán"));
            t.kind == Kind::Word && (future_markers().contains(&w) || future_es)
        })
}

/// Rule `superlative_window`: "the lowest monthly figure in four years", "its first fall
/// for 18 months": a bare duration after "in" or "for" that closes a superlative's phrase is
/// the period the record is reckoned over, not a claim of its own.
fn superlative_window(toks: &[Tok], q: &Quantity) -> bool {
    let Some(p) = q.start.checked_sub(1) else {
        return false;
    };
    if !(toks[p].is("in") || toks[p].is("for")) {
        return false;
    }
    toks[p.saturating_sub(5)..p]
        .iter()
        .rev()
        .take_while(|t| t.kind == Kind::Word)
        .any(|t| superlatives().contains(&t.low()))
}

word_set!(
    /// Superlatives whose record is reckoned over a period ("lowest", "first").
    superlatives,
    "en/superlatives.txt",
);

/// Rule `record_in_a_window`: "la peor sequía en 60 años", "la cifra más alta en una
/// década": a superlative shortly before "en" and a bare duration measures a record over
/// that window, whatever other figure the sentence holds.
fn record_in_a_window(toks: &[Tok], q: &Quantity) -> bool {
    let Some(prep) = q.start.checked_sub(1) else {
        return false;
    };
    word(toks, Some(prep)).is_some_and(|w| w == "en")
        && toks[prep.saturating_sub(5)..prep]
            .iter()
            .any(|t| t.kind == Kind::Word && record_words().contains(&t.low()))
}

word_set!(
    /// Verbs that multiply or halve a figure without writing one ("doubled", "se duplicó").
    multiplying_verbs,
    "en/multiplying_verbs.txt",
    "es/multiplying_verbs.txt"
);

/// Rule `window_of_a_multiplying`: "the figure had more than doubled in five years", "el
/// tráfico se duplicó en tres años": a bare duration after a window preposition right after
/// a verb that multiplies a figure is the window of that change, even with no other figure
/// in its sentence.
fn window_of_a_multiplying(toks: &[Tok], q: &Quantity) -> bool {
    let Some(prep) = q.start.checked_sub(1) else {
        return false;
    };
    word(toks, Some(prep)).is_some_and(|w| window_prepositions().contains(&w))
        && word(toks, prep.checked_sub(1)).is_some_and(|w| multiplying_verbs().contains(&w))
}

/// Rule `over_a_period_is_a_window`: a duration whose own first word is a window preposition
/// read as "more than" ("a 20 percent raise over 3 years", "rose 5% over two years") is the
/// window of a rate (a percentage) that comes before it in its clause: a rate of change is
/// always measured over a period. After an amount or a count it may be the span of what was
/// counted ("a crowd of 200,000 over four days", "spent $4m over two years"), and after a
/// word that measures a length ("for over three years", "lasted over three weeks") it is a
/// claim of its own.
fn over_a_period(toks: &[Tok], q: &Quantity, all: &[Quantity]) -> bool {
    let same_clause = |o: &Quantity| {
        o.end <= q.start
            && !toks[o.end..q.start]
                .iter()
                .any(|t| matches!(t.text, "," | ";" | ":") || t.text == ".")
    };
    let rate = |o: &Quantity| matches!(o.unit.as_deref(), Some("percent" | "percentage point"));
    let figure_before = all.iter().any(|o| rate(o) && same_clause(o));
    figure_before
        && !word(toks, q.start.checked_sub(1)).is_some_and(|w| duration_measures().contains(&w))
}

/// An age bound of a group of people: "children under five", "people over 65", "niños
/// menores de cinco años", "mayores de 65 años". An age range ("men aged 18 to 24") says
/// who a figure is about in full and stays a claim.
fn age_group(toks: &[Tok], q: &Quantity, _: &[Quantity], lang: Lang) -> bool {
    // Rule `age_in_months`: "babies under three months old": an age in months or weeks says
    // "old" after it.
    let months = matches!(q.unit.as_deref(), Some("month" | "week"))
        && word(toks, Some(q.end)).is_some_and(|w| w == "old");
    if !matches!(q.unit.as_deref(), None | Some("year")) && !months {
        return false;
    }
    let before = |k: usize| word(toks, q.start.checked_sub(k));
    let noun = |k: usize| before(k).is_some_and(|w| age_group_nouns().contains(&w));
    let bound = matches!(q.qualifier, Qualifier::LessThan | Qualifier::MoreThan);
    let spanish_bound = before(1).is_some_and(|w| w == "de")
        && before(2).is_some_and(|w| es_age_bounds().contains(&w));
    // Rule `definite_group_of_an_age`: "el 46% de los niños de 11 años": a definite plural
    // group of people of one age is who a figure is about ("un niño de 11 años" is one
    // person's age, a claim).
    let definite_group = lang == Lang::Es
        && before(1).is_some_and(|w| w == "de")
        && noun(2)
        && before(3).is_some_and(|w| w == "los" || w == "las")
        && q.unit.as_deref() == Some("year");
    (bound && noun(1))
        || spanish_bound
        || definite_group
        || singular_age_bound(toks, q)
        || bound_written_apart(toks, q, months)
}

/// Rule `singular_age_bound`: "uno de cada tres compradores es menor de 35 años": a singular
/// bound before "de" and an age in years bounds a group as the plural does.
fn singular_age_bound(toks: &[Tok], q: &Quantity) -> bool {
    let before = |k: usize| word(toks, q.start.checked_sub(k));
    q.unit.as_deref() == Some("year")
        && before(1).is_some_and(|w| w == "de")
        && before(2).is_some_and(|w| es_singular_age_bounds().contains(&w))
}

/// English bounds of an age written apart from its number: rule `age_and_over`, "workers
/// aged 21 and over", "people aged 65 or older"; rule `under_the_age_of`, "children under the
/// age of 19"; rule `from_an_age_old`, "childcare for children from nine months old" (the
/// age a group starts at; `months` says the figure is an age in months or weeks).
fn bound_written_apart(toks: &[Tok], q: &Quantity, months: bool) -> bool {
    let before = |k: usize| word(toks, q.start.checked_sub(k));
    let after = |k: usize| word(toks, Some(q.end + k));
    let bound = |w: Option<Lower>| w.is_some_and(|w| age_bound_words().contains(&w));
    let and_over = before(1).is_some_and(|w| w == "aged")
        && after(0).is_some_and(|w| w == "and" || w == "or")
        && bound(after(1));
    let age_of = before(1).is_some_and(|w| w == "of")
        && before(2).is_some_and(|w| w == "age")
        && before(3).is_some_and(|w| w == "the")
        && bound(before(4));
    let from = (months || q.unit.as_deref() == Some("year"))
        && before(1).is_some_and(|w| w == "from")
        && before(2).is_some_and(|w| age_group_nouns().contains(&w))
        && after(0).is_some_and(|w| w == "old");
    and_over || age_of || from
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod tests_support {
    use super::*;
    use crate::extract::{quantity, tokens};

    /// The class of each quantity of `text`, with its surface.
    fn classes(text: &str, lang: Lang) -> Vec<(String, Option<&'static str>)> {
        let toks = tokens::tokenize(text);
        let all = quantity::find(&toks, lang, None);
        all.iter()
            .map(|q| {
                let surface = text[toks[q.start].start..toks[q.end - 1].end].to_string();
                (
                    surface,
                    classify(&toks, q, &all, lang).map(NonClaimClass::name),
                )
            })
            .collect()
    }

    pub(super) fn class_of(text: &str, lang: Lang, surface: &str) -> Option<&'static str> {
        let got = classes(text, lang);
        got.iter()
            .find(|(s, _)| s.contains(surface))
            .unwrap_or_else(|| panic!("{surface:?} not read in {text:?}: {got:?}"))
            .1
    }
}

#[cfg(test)]
mod deadline_tests {
    use super::tests_support::class_of;
    use crate::model::Lang;

    #[test]
    fn deadline_opener() {
        // "dentro de" beside another figure is a window, as "within" is.
        let s = "El 40% de los docentes prevé dejar la profesión dentro de cinco años.";
        assert_eq!(class_of(s, Lang::Es, "cinco años"), Some("time_window"));
        let s = "El 40% de los docentes dejará la profesión dentro de los próximos cinco años.";
        assert_eq!(class_of(s, Lang::Es, "cinco años"), Some("time_window"));
        // Alone, or after a future that promises it, it is a deadline: a claim.
        let s = "La empresa abrirá dentro de seis meses una planta en Monterrey.";
        assert_eq!(class_of(s, Lang::Es, "seis meses"), None);
        let s = "La empresa abrirá 3 tiendas dentro de seis meses.";
        assert_eq!(class_of(s, Lang::Es, "seis meses"), None);
    }
}
