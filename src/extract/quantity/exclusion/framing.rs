//! Exclusion rules for numbers that frame a story rather than state a fact: figures of
//! speech ("100% sure", "one concession for another"), counts of anonymous sources ("two people familiar with"), parts of names ("Erik ten Hag"), legal
//! citations ("18 U.S.C. 1030"), age-group teams ("under-21") and reading times ("4 min read").

use super::Context;
use crate::extract::lexicon::shared::{bare_source_nouns, is_speech, source_markers, source_nouns};
use crate::extract::quantity::dates::{is_month, is_weekday};
use crate::extract::quantity::units::unit_word;
use crate::extract::quantity::{lower, numbers, word_at};
use crate::extract::subject::words::is_stopword;
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Verbs of giving before "110 percent": effort, not a share.
    giving_verbs,
    "en/giving_verbs.txt",
    "es/giving_verbs.txt"
);
word_set!(
    /// Directions after "one step" ("forward", "back"): an idiom, not a count.
    step_directions,
    "en/step_directions.txt"
);
word_set!(
    /// Words for minute in a reading time ("5 min read", "5 minutos de lectura").
    minute_words,
    "en/minute_words.txt",
    "es/minute_words.txt"
);
word_set!(
    /// Adjectives after "100%" that make it a figure of speech ("sure", "seguro").
    percent_idiom_adjectives,
    "en/percent_idiom_adjectives.txt",
    "es/percent_idiom_adjectives.txt"
);
word_set!(
    /// Words after a number of minutes that make it a reading time ("read", "lectura").
    reading_words,
    "any/reading_words.txt"
);

word_set!(
    /// Distance units of a hyperbole ("a million miles from their best").
    hyperbole_distances,
    "en/hyperbole_distances.txt"
);
word_set!(
    /// Words after a hyperbolic distance ("from", "away").
    hyperbole_links,
    "en/hyperbole_links.txt"
);

word_set!(
    /// Verbs before "al 100%" that make it a figure of speech ("llegará al 100%").
    full_effort_verbs,
    "es/full_effort_verbs.txt"
);
word_set!(
    /// Nouns after a round number in words that make it a hyperbole ("mil veces").
    hyperbole_nouns,
    "es/hyperbole_nouns.txt"
);

/// The word token at `i` or, past quotation marks, before it.
fn word_back(toks: &[Tok], mut i: usize) -> Option<usize> {
    loop {
        let t = toks.get(i)?;
        if t.kind == Kind::Word {
            return Some(i);
        }
        if !matches!(t.text, "«" | "“" | "\"" | "'" | "‘") {
            return None;
        }
        i = i.checked_sub(1)?;
    }
}

/// Rule `full_effort_at_100`: "llegará «al 100%» a la final", "estoy al 100%": "al 100%"
/// after a verb of being or arriving, not followed by "de" ("está al 100% de su capacidad"),
/// says in full form, not a share.
fn full_effort(c: &Context, after_percent: usize) -> bool {
    let (a, toks) = (c.a, c.toks);
    let Some(al) = a.start.checked_sub(1).and_then(|i| word_back(toks, i)) else {
        return false;
    };
    let verb = al
        .checked_sub(1)
        .and_then(|i| word_back(toks, i))
        .and_then(|i| word_at(toks, i))
        .is_some_and(|v| full_effort_verbs().contains(&v));
    let of = word_at(toks, after_percent).is_some_and(|n| n == "de" || n == "del");
    a.value == 100.0 && word_at(toks, al).is_some_and(|w| w == "al") && verb && !of
}

/// Rule `hyperbolic_mil`: "mil veces prefiere", "ni en mil años": a round number in words
/// before "veces", or after "ni en", counts nothing.
fn hyperbolic_mil(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    let round = c.first.kind == Kind::Word && (a.value == 1000.0 || a.value == 100.0);
    let times = c
        .next_word
        .as_deref()
        .is_some_and(|w| hyperbole_nouns().contains(w));
    let never = a.start >= 2
        && word_at(toks, a.start - 1).is_some_and(|w| w == "en")
        && word_at(toks, a.start - 2).is_some_and(|w| w == "ni");
    round && (times || never)
}

/// Rule `hyperbolic_distance`: a huge figure written in words before a distance and "from" or
/// "away" ("a million miles from their best", "a million miles away") says far, not how far.
fn hyperbolic_distance(c: &Context) -> bool {
    c.first.kind == Kind::Word
        && c.a.value >= 1e6
        && c.next_word
            .as_deref()
            .is_some_and(|w| hyperbole_distances().contains(w))
        && word_at(c.toks, c.a.end + 1).is_some_and(|w| hyperbole_links().contains(&w))
}

word_set!(
    /// The word that opens what a verb of speech reports ("that", "que").
    reported_that,
    "en/reported_links.txt",
    "es/reported_links.txt"
);

word_set!(
    /// Nouns of turning before "180 degrees" ("un giro de 180 grados", "a turn of 180 degrees").
    turn_nouns,
    "en/turn_nouns.txt",
    "es/turn_nouns.txt"
);

/// Rule `half_or_full_turn`: 180 or 360 degrees after a noun of turning, within three words
/// ("dio un giro de 180 grados", "a turn of 180 degrees"): a change of course, not an angle.
fn half_or_full_turn(c: &Context) -> bool {
    let a = c.a;
    (a.value == 180.0 || a.value == 360.0)
        && c.next_word
            .as_deref()
            .is_some_and(|w| unit_word(w).is_some_and(|u| u == "degree"))
        && (a.start.saturating_sub(3)..a.start)
            .any(|i| word_at(c.toks, i).is_some_and(|w| turn_nouns().contains(&w)))
}

/// Figures of speech: "100% sure", "cien por ciento seguro", "gave 110%", "one concession
/// for another", "one step forward and two steps back", "a million miles from".
pub(super) fn figure_of_speech(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    if hyperbolic_distance(c) || hyperbolic_mil(c) {
        return true;
    }
    // Rule `hyperbolic_times`: "I have told them a million times": a scale word in words
    // after "a" and before "times" counts nothing.
    let times = c.first.kind == Kind::Word
        && a.value >= 100.0
        && c.prev_word.as_deref() == Some("a")
        && c.next_word.as_deref() == Some("times");
    if times {
        return true;
    }
    if half_or_full_turn(c) {
        return true;
    }
    if a.value >= 100.0 {
        // Past the percent sign or words.
        let mut k = a.end;
        match toks.get(k) {
            Some(t) if t.text == "%" => k += 1,
            Some(t) if t.is("percent") => k += 1,
            Some(t) if t.is("per") || t.is("por") => k += 2,
            _ => return false,
        }
        // Rule `idiom_adjective_before_a_percent`: "segura al 200%", "sure 100%".
        let idiom_adjective =
            |i: usize| word_at(toks, i).is_some_and(|w| percent_idiom_adjectives().contains(&w));
        let idiom_after =
            idiom_adjective(k) || (a.start.saturating_sub(2)..a.start).any(idiom_adjective);
        let given = a.value > 100.0
            && (a.start.saturating_sub(4)..a.start)
                .any(|i| word_at(toks, i).is_some_and(|w| giving_verbs().contains(&w)));
        // Rule `quoted_full_percent`: a full percent quoted by itself ("the talks were
        // \"100 per cent\" focused", "llegará «al 100%»") is a manner of speaking.
        let quote = |i: usize| {
            toks.get(i)
                .is_some_and(|t| matches!(t.text, "\"" | "“" | "”" | "«" | "»" | "‘" | "’"))
        };
        let open = if a.start >= 1 && quote(a.start - 1) {
            Some(a.start - 1)
        } else if a.start >= 2 && quote(a.start - 2) && toks[a.start - 1].kind == Kind::Word {
            Some(a.start - 2)
        } else {
            None
        };
        // A determiner before the quote makes it a name for a thing ("the \"100 per cent\"
        // tariff").
        let determined = |o: usize| {
            o > 0
                && word_at(toks, o - 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "el"
                            | "la"
                            | "los"
                            | "las"
                            | "un"
                            | "una"
                            | "su"
                    )
                })
        };
        let quoted = open.is_some_and(|o| !determined(o)) && quote(k);
        return idiom_after || given || quoted || full_effort(c, k);
    }
    if c.first.kind != Kind::Word || a.value > 2.0 {
        return false;
    }
    let one_for_another = word_at(toks, a.end + 1).is_some_and(|w| w == "for")
        && word_at(toks, a.end + 2).is_some_and(|w| w == "another");
    let steps = c
        .next_word
        .as_deref()
        .is_some_and(|w| w == "step" || w == "steps")
        && word_at(toks, a.end + 1).is_some_and(|w| step_directions().contains(&w));
    one_for_another || steps
}

/// Tokens after a source noun searched for the verb of speech of its own clause (rule
/// `source_count`): an institution's name may stand between ("Dos fuentes del Ministerio de
/// Energía Eléctrica de Venezuela confirmaron que …").
const SOURCE_CLAUSE_REACH: usize = 10;

/// Counts of anonymous sources: "two people familiar with the matter", "three officials
/// briefed on the talks", "dos personas cercanas a la negociación".
/// Rule `source_count`, widened: the source noun may follow one adjective ("tres altos
/// funcionarios"), and a verb of speech opening what was said ("Dos fuentes del ministerio
/// confirmaron que …") marks the source as a marker does.
pub(super) fn source_count(c: &Context) -> bool {
    let toks = c.toks;
    if c.a.value > 12.0 {
        return false;
    }
    // Rule `one_speaker`: "One mother told me she had skipped meals": one person (a noun, or
    // an adjective and a noun) right before a verb of speech is a source, not a count.
    if c.a.value == 1.0 && c.first.kind == Kind::Word {
        let speech = |k: usize| word_at(toks, k).is_some_and(|w| is_speech(&w));
        let content = |k: usize| {
            word_at(toks, k)
                .is_some_and(|w| !is_stopword(&w) && !numbers::is_number_word(&w) && !is_speech(&w))
        };
        let e = c.a.end;
        if content(e) && (speech(e + 1) || content(e + 1) && speech(e + 2)) {
            return true;
        }
    }
    let noun = |k: usize| word_at(toks, k).is_some_and(|w| source_nouns().contains(&w));
    let at = if noun(c.a.end) {
        c.a.end
    } else if word_at(toks, c.a.end).is_some_and(|w| !numbers::is_number_word(&w))
        && noun(c.a.end + 1)
    {
        c.a.end + 1
    } else {
        return false;
    };
    // A verb of speech counts before any conjunction or punctuation ("Dos personas murieron
    // y otras dijeron que …" is no source).
    let own_clause = (at + 1..(at + SOURCE_CLAUSE_REACH).min(toks.len()))
        .take_while(|&k| {
            toks[k].kind != Kind::Punct && !word_at(toks, k).is_some_and(|w| joiners().contains(&w))
        })
        .last()
        .map_or(at + 1, |k| k + 1);
    // Rule `bare_sources_speak`: "two sources told Reuters": a noun that marks a source on
    // its own, right before a verb of speech.
    let bare = word_at(toks, at).is_some_and(|w| bare_source_nouns().contains(&w))
        && word_at(toks, at + 1).is_some_and(|w| is_speech(&w));
    // Rule `marker_past_the_source_s_name`: "Dos funcionarios de la Cancillería mexicana,
    // que pidieron no ser identificados": the marker may follow the institution's name.
    bare || (at + 1..at + SOURCE_CLAUSE_REACH + 2).any(|k| {
        word_at(toks, k).is_some_and(|w| {
            source_markers().contains(&w)
                || k < own_clause
                    && is_speech(&w)
                    && word_at(toks, k + 1).is_some_and(|n| reported_that().contains(&n))
        })
    })
}

word_set!(
    /// Conjunctions that end a source noun's own clause ("y", "and", "or").
    joiners,
    "en/conjunctions.txt",
    "es/conjunctions.txt"
);

/// A lower-case number word inside a name: "Erik ten Hag" (not "in March three Democrats").
pub(super) fn number_word_inside_name(c: &Context) -> bool {
    let a = c.a;
    c.first.kind == Kind::Word
        && !c.first.is_capitalized()
        && a.end - a.start == 1
        && a.start >= 1
        // At the sentence's start only after a name ("Erik ten Hag was", not "Some ten
        // Boeing jets").
        && (a.start >= 2 || c.prev_word.as_deref().is_some_and(|p| !is_stopword(p)))
        && c.prev.is_some_and(|p| p.is_capitalized())
        && c.prev_word
            .as_deref()
            .is_some_and(|p| !is_month(p) && !is_weekday(p))
        && c.next.is_some_and(|n| {
            n.is_capitalized() && !n.text.ends_with('s') && !numbers::is_number_word(&lower(n))
        })
}

/// Legal citations: "18 U.S.C. 1030", "40 CFR 60".
pub(super) fn code_citation(c: &Context) -> bool {
    const CODES: [&str; 4] = ["U.S.C", "USC", "C.F.R", "CFR"];
    if !c.digits() {
        return false;
    }
    let window = |from: usize, to: usize| &c.toks[from.min(c.toks.len())..to.min(c.toks.len())];
    let after = window(c.a.end, c.a.end + 6);
    let before = window(c.a.start.saturating_sub(6), c.a.start);
    // Every code has a capital C: without one nearby, nothing needs joining.
    let has_c = |w: &[Tok]| w.iter().any(|t| t.text.contains('C'));
    if !has_c(after) && !has_c(before) {
        return false;
    }
    let joined = |w: &[Tok]| -> String { w.iter().map(|t| t.text).collect() };
    let (after, before) = (joined(after), joined(before));
    CODES.iter().any(|k| after.starts_with(k))
        || CODES.iter().any(|k| {
            before.ends_with(k) || before.strip_suffix('.').is_some_and(|b| b.ends_with(k))
        })
}

/// Age-group teams: "the under-21 side", "la selección sub-20" (not "sub-7 nanometer").
pub(super) fn age_group_team(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && (12.0..=23.0).contains(&a.value)
        && a.start >= 2
        && c.next_word
            .as_deref()
            .is_none_or(|w| unit_word(w).is_none())
        && c.prev.is_some_and(|p| p.text == "-" && !p.space_before)
        && !c.first.space_before
        && word_at(toks, a.start - 2).is_some_and(|w| w == "under" || w == "sub")
}

/// Reading and listening times: "4 min read", "8 min listen", "5-minute read", "Lectura de
/// 5 minutos", "5 minutos de lectura", "Tiempo de lectura: 4 minutos".
pub(super) fn reading_time(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    let mut k = a.end;
    if toks.get(k).is_some_and(|t| t.text == "-") {
        k += 1;
    }
    if !word_at(toks, k).is_some_and(|w| minute_words().contains(&w)) {
        return false;
    }
    let read_after = word_at(toks, k + 1).is_some_and(|w| reading_words().contains(&w))
        || word_at(toks, k + 1).is_some_and(|w| w == "de")
            && word_at(toks, k + 2).is_some_and(|w| w == "lectura");
    let read_before = c.prev_word.as_deref() == Some("de")
        && a.start >= 2
        && word_at(toks, a.start - 2).is_some_and(|w| w == "lectura");
    // Rule `reading_time_after_a_colon`: "Tiempo de lectura: 4 minutos", "Reading time: 4
    // min": a reading word in the three words before the colon.
    let read_label = c.prev.is_some_and(|p| p.text == ":")
        && (a.start.saturating_sub(4)..a.start.saturating_sub(1)).any(|i| {
            word_at(toks, i).is_some_and(|w| w == "reading" || reading_words().contains(&w))
        });
    read_after || read_before || read_label
}
