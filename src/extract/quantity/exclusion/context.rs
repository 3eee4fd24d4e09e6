//! Exclusion rules read from the words and numbers around a figure: postal codes, shirt
//! numbers, labels ("category 4"), scores ("2-1"), dates and clock times, street numbers,
//! digit chains, compound adjectives, names, vague scales, and the idioms of "one".

use super::{excluded_by, Context};
use crate::extract::lexicon::shared::law_nouns;
use crate::extract::quantity::atoms::{digit_chain, digits_len};
use crate::extract::quantity::dates::{is_month, is_weekday, is_year_like};
use crate::extract::quantity::names::{
    after_reported_that, function_word, label_noun, temporal_idiom,
};
use crate::extract::quantity::units::{currency_word, multi_unit, unit_word};
use crate::extract::quantity::{lower, numbers, word_at, Atom};
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Definite articles before a rank word ("the top three", "los primeros diez").
    rank_articles,
    "en/rank_articles.txt",
    "es/rank_articles.txt"
);
word_set!(
    /// Words glued after a number that keep it a figure ("50-plus", "two-thirds").
    glued_figure_words,
    "en/glued_figure_words.txt"
);
word_set!(
    /// Nouns after a hyphen that keep a number a count of the whole ("230-member").
    count_compound_nouns,
    "en/count_compound_nouns.txt"
);
word_set!(
    /// The number one as a word ("one", "uno").
    one_words,
    "en/the_word_one.txt",
    "es/the_word_one.txt"
);
word_set!(
    /// Words after "one" that open a range ("to", "or").
    range_links,
    "en/range_links.txt"
);
word_set!(
    /// Words of a match result near a score ("lost 0-2", "a 1-3 defeat", "perdió 0-2").
    score_words,
    "en/score_words.txt",
    "es/score_words.txt"
);

word_set!(
    /// Words that name the opponent after a score ("ante", "against"; rule
    /// `score_against_a_name`).
    opponent_words,
    "en/opponent_words.txt",
    "es/opponent_words.txt"
);
word_set!(
    /// Words after a number that make it a postal code ("ZIP", "postcode").
    postal_words,
    "en/postal_words.txt"
);
word_set!(
    /// Words before "code" that make the number after it a code ("ZIP code", "area code").
    code_kinds,
    "en/code_kinds.txt"
);
word_set!(
    /// Street names and their abbreviations ("Street", "Ave").
    street_words,
    "en/street_words.txt"
);
word_set!(
    /// Words after a number that make it a clock time ("pm", "o'clock").
    clock_suffixes,
    "en/clock_suffixes.txt"
);
word_set!(
    /// Determiners that refer back to things counted ("the two", "los dos").
    definite_determiners,
    "en/definite_determiners.txt",
    "es/definite_determiners.txt"
);
word_set!(
    /// Scale words ("hundred", "million").
    scale_words,
    "en/scale_words.txt"
);
word_set!(
    /// Plural scales ("thousands", "decenas").
    scale_plurals,
    "en/scale_plurals.txt",
    "es/scale_plurals.txt"
);
word_set!(
    /// Words before a scale word that make it vague or a rate ("several", "per").
    hedges_before_scale,
    "en/hedges_before_scale.txt"
);
word_set!(
    /// Words after "one" that make it an idiom ("one of", "one day").
    after_one_idioms,
    "en/after_one_idioms.txt",
    "es/after_one_idioms.txt"
);
word_set!(
    /// Words before "one" that make it a pronoun ("no one", "each one").
    before_one_idioms,
    "en/before_one_idioms.txt",
    "es/before_one_idioms.txt"
);

/// Postal codes: "the 90049 ZIP code", "ZIP code 10001".
pub(super) fn postal_code(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && a.plain_digits
        && (c
            .next_word
            .as_deref()
            .is_some_and(|w| postal_words().contains(w))
            || a.start >= 2
                && c.prev_word.as_deref() == Some("code")
                && word_at(toks, a.start - 2).is_some_and(|w| code_kinds().contains(&w)))
}

/// A shirt number in parentheses after a name: "Dak Prescott (4) celebrates".
pub(super) fn shirt_number(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && a.plain_digits
        && a.start >= 2
        && a.value < 100.0
        && c.prev.is_some_and(|p| p.text == "(")
        && c.next.is_some_and(|n| n.text == ")")
        && toks[a.start - 2].is_capitalized()
        && toks[a.start - 2].text.chars().count() > 1
}

/// Labels, not quantities: "category 4", "Title 42", "line 3", "fase 2".
pub(super) fn label(c: &Context) -> bool {
    (c.a.plain_digits || c.first.kind == Kind::Word)
        && c.prev_word.as_deref().is_some_and(label_noun)
        || school_year(c)
}

/// Rule `school_year`: "Year 6 pupils", "in Year 11": a capitalised "Year" before a small
/// number names a school year, not a count of years.
fn school_year(c: &Context) -> bool {
    c.a.plain_digits && c.a.value < 14.0 && c.prev.is_some_and(|p| p.text == "Year")
}

word_set!(
    /// Units that grade a product ("gasolina de 95 octanos", "oro de 18 quilates"): the number
    /// before one names the grade.
    grade_units,
    "en/grade_units.txt",
    "es/grade_units.txt"
);

/// Rule `grade_name`: "la gasolina de 95 octanos", "91-octane petrol", "oro de 18 quilates": a
/// number of a grade unit after "de" or glued by a hyphen names the product's grade, not a
/// quantity ("a 24-carat bar" likewise).
pub(super) fn grade_name(c: &Context) -> bool {
    c.digits()
        && c.next_word
            .as_deref()
            .is_some_and(|w| grade_units().contains(w))
        && c.prev_word
            .as_deref()
            .is_some_and(|w| w == "de" || w == "of")
}

/// Rule `law_number`: the number of a law or decree, whatever its separators ("la Ley 27.541",
/// "el decreto 1.072"): a label, not a count.
pub(super) fn law_number(c: &Context) -> bool {
    c.digits()
        && c.a.value.fract() == 0.0
        && c.prev_word
            .as_deref()
            .is_some_and(|w| law_nouns().contains(w))
        && !c.currency_before
}

word_set!(
    /// Nouns of a plan whose "N puntos" count its items ("un plan de diez puntos").
    plan_nouns,
    "es/plan_nouns.txt"
);

/// Rule `points_of_a_plan`: "un plan de diez puntos" is the Spanish "a ten-point plan": the
/// number of its items, a compound adjective, not a figure.
pub(super) fn points_of_a_plan(c: &Context) -> bool {
    c.a.value <= 100.0
        && c.next_word
            .as_deref()
            .is_some_and(|w| w == "puntos" || w == "punto")
        && c.prev_word.as_deref() == Some("de")
        && c.a.start >= 2
        && word_at(c.toks, c.a.start - 2).is_some_and(|w| plan_nouns().contains(&w))
}

/// Rule `rate_base`: "46 por cada 100.000 habitantes": the population a rate is counted per
/// is its base, not a claim of its own.
pub(super) fn rate_base(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    a.start >= 2
        && word_at(toks, a.start - 1).is_some_and(|w| w == "cada")
        && word_at(toks, a.start - 2).is_some_and(|w| w == "por")
}

/// Sports scores and records: "2-1", "2-2" (a dash that does not make a rising range), and a
/// rising pair of single digits a word of a match result stands by ("lost 0-2", "a 1-3
/// defeat", "perdió 0-2"); not a vote tally ("the Senate voted 61-38").
pub(super) fn score(c: &Context) -> bool {
    let (a, toks, first) = (c.a, c.toks, c.first);
    if !(c.digits() && a.plain_digits)
        || crate::extract::tally::side(toks, a.start, a.end).is_some()
    {
        return false;
    }
    let dash = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.text, "-" | "–") && !t.space_before)
    };
    if dash(a.end)
        && toks
            .get(a.end + 1)
            .is_some_and(|t| t.kind == Kind::Num && !t.space_before && t.text.len() <= 2)
    {
        let other: f64 = toks[a.end + 1].text.parse().unwrap_or(f64::MAX);
        if (other <= a.value || match_result(toks, a.start, a.end + 2)) && digits_len(first) <= 2 {
            return true;
        }
    }
    // Rule `points_score`: "a 118-110 win over Boston", "beat Leinster 31-27": a pair of
    // numbers of up to three digits, the higher first, with a word of a result right before
    // or right after it, is a basketball or rugby score.
    let result_word = |k: Option<usize>| {
        k.and_then(|k| word_at(toks, k))
            .is_some_and(|w| score_words().contains(&w))
    };
    let pair = |x: usize, y: usize| {
        let (p, q): (f64, f64) = (
            toks[x].text.parse().unwrap_or(0.0),
            toks[y].text.parse().unwrap_or(f64::MAX),
        );
        toks[y].kind == Kind::Num
            && !toks[y].space_before
            && digits_len(&toks[x]) <= 3
            && digits_len(&toks[y]) <= 3
            && p > q
            && (result_word(x.checked_sub(1)) || result_word(Some(y + 1)))
    };
    if dash(a.end) && a.end + 1 < toks.len() && pair(a.start, a.end + 1)
        || a.start >= 2 && dash(a.start - 1) && pair(a.start - 2, a.start)
    {
        return true;
    }
    if a.start >= 2
        && dash(a.start - 1)
        && !first.space_before
        && toks[a.start - 2].kind == Kind::Num
        && digits_len(&toks[a.start - 2]) <= 2
    {
        let other: f64 = toks[a.start - 2].text.parse().unwrap_or(f64::MIN);
        if (other >= a.value || match_result(toks, a.start - 2, a.end)) && digits_len(first) <= 2 {
            return true;
        }
    }
    false
}

/// The dash pair of single digits in tokens `start..end` is a match result: a score word among
/// the three tokens before it or the two after it, and no unit or percent sign right after
/// ("won 3-5% of the vote" is a range).
fn match_result(toks: &[Tok], start: usize, end: usize) -> bool {
    let single = |k: usize| toks[k].kind == Kind::Num && toks[k].text.len() == 1;
    if !(single(start) && single(end - 1)) {
        return false;
    }
    let measured = toks.get(end).is_some_and(|t| {
        t.text == "%"
            || t.kind == Kind::Word && (unit_word(&lower(t)).is_some() || lower(t) == "percent")
    });
    let near = (start.saturating_sub(3)..start).chain(end..(end + 2).min(toks.len()));
    !measured
        && (near
            .filter_map(|k| word_at(toks, k))
            .any(|w| score_words().contains(&w))
            || score_against_a_name(toks, end))
}

/// Rule `score_against_a_name`: "cayó 0-2 ante Paraguay", "1-3 against Chelsea": a word naming
/// the opponent right after the pair (ending before `end`), then a capitalised name ("frente
/// a" Chile too), makes the pair a score.
fn score_against_a_name(toks: &[Tok], end: usize) -> bool {
    let Some(w) = word_at(toks, end).filter(|w| opponent_words().contains(w)) else {
        return false;
    };
    let name = if w == "frente" && toks.get(end + 1).is_some_and(|t| t.is("a")) {
        end + 2
    } else {
        end + 1
    };
    toks.get(name)
        .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
}

/// Dates: a month or weekday name before the number ("Jan 18", "Monday 4").
pub(super) fn day_after_month(c: &Context) -> bool {
    c.prev_word
        .as_deref()
        .is_some_and(|p| is_month(p) || is_weekday(p))
        && c.next.is_none_or(|n| n.text != "%")
}

/// The second day of a span ("Sept. 20-24") or part of a code ("ISO 3888-2"), or the end of
/// a season ("2014-15"): the number before the hyphen says what this one is.
pub(super) fn span_second_part(c: &Context) -> bool {
    let (a, toks, first) = (c.a, c.toks, c.first);
    if !(c.digits() && a.plain_digits && a.start >= 2 && !first.space_before) {
        return false;
    }
    let (p, pn) = (&toks[a.start - 1], &toks[a.start - 2]);
    if matches!(p.text, "-" | "–") && !p.space_before && pn.kind == Kind::Num {
        let before = Atom {
            start: a.start - 2,
            end: a.start - 1,
            value: pn.text.parse().unwrap_or(0.0),
            plain_digits: !pn.text.contains(['.', ',']),
            fixed: false,
            negative: false,
        };
        return is_year_like(&before, toks) && first.text.len() == 2
            || excluded_by(&before, toks).is_some();
    }
    false
}

/// A day after an abbreviated month: "Jan. 18".
pub(super) fn day_after_month_abbreviation(c: &Context) -> bool {
    c.prev.is_some_and(|p| p.text == ".")
        && c.a.start >= 2
        && word_at(c.toks, c.a.start - 2).is_some_and(|w| is_month(&w))
}

/// Street numbers: "250 Main Street", "16-18 Industrial Avenue".
pub(super) fn street_number(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    if !c.digits() {
        return false;
    }
    // "16-18 Industrial Avenue": look past a range's second number.
    let after = if toks
        .get(a.end)
        .is_some_and(|t| t.text == "-" && !t.space_before)
        && toks
            .get(a.end + 1)
            .is_some_and(|t| t.kind == Kind::Num && !t.space_before)
    {
        a.end + 2
    } else {
        a.end
    };
    toks.get(after).is_some_and(|t| t.is_capitalized())
        && (after..(after + 4).min(toks.len()))
            .any(|k| word_at(toks, k).is_some_and(|w| street_words().contains(&w)))
}

/// Phone numbers and codes: three or more numbers chained by hyphens, dots or bare spaces.
pub(super) fn digit_chain_of_three(c: &Context) -> bool {
    c.digits() && digit_chain(c.toks, c.a.start) >= 3 && !grouped_thousands(c)
}

/// Rule `grouped_thousands_are_no_chain`: a number whose thousands are grouped by spaces
/// (rule `spaces_group_thousands`) is no phone number when its chain is the number itself
/// and reads as one: a first group of one or two figures ("1 234 567 habitantes") or only
/// zeros after the first ("600 000 000 euros"). "612 345 678" stays a phone number.
fn grouped_thousands(c: &Context) -> bool {
    let groups: Vec<&str> = c.toks[c.a.start..c.a.end]
        .iter()
        .filter(|t| t.kind == Kind::Num)
        .map(|t| t.text)
        .collect();
    groups.len() >= 3
        && digit_chain(c.toks, c.a.start) == groups.len()
        && (groups[0].len() <= 2 || groups[1..].iter().all(|g| *g == "000"))
}

/// Dates: a month name after the number ("4 March", "4 de marzo").
pub(super) fn day_before_month(c: &Context) -> bool {
    c.next_word.as_deref().is_some_and(|n| {
        is_month(n) || n == "de" && word_at(c.toks, c.a.end + 1).is_some_and(|m| is_month(&m))
    })
}

/// Clock times: "10 am", "3 p.m.", "9 o'clock".
pub(super) fn clock_time(c: &Context) -> bool {
    c.next_word.as_deref().is_some_and(|n| {
        clock_suffixes().contains(n)
            || (n == "a" || n == "p")
                && c.toks.get(c.a.end + 1).is_some_and(|t| t.text == ".")
                && word_at(c.toks, c.a.end + 2).as_deref() == Some("m")
    })
}

/// Clock times in Spanish: "a las 10", "las 9 de la mañana".
pub(super) fn spanish_clock_time(c: &Context) -> bool {
    c.prev_word.as_deref() == Some("las")
        && c.a.start >= 2
        && word_at(c.toks, c.a.start - 2).as_deref() == Some("a")
}

/// Compound adjectives ("three-way meeting", "two-time champion", "4-door") are not counts,
/// unless the second part is a unit ("10-year", "24-hour") or a noun that counts the whole
/// (`count_compound_nouns`: "the 230-member parliament", "a 5,000-strong force").
pub(super) fn compound_adjective(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    if !c.next.is_some_and(|n| n.text == "-" && !n.space_before) {
        return false;
    }
    let Some(w) = word_at(toks, a.end + 1) else {
        return false;
    };
    let unit_like = unit_word(&w).is_some() && w != "point"
        || numbers::scale(&w).is_some()
        || glued_figure_words().contains(&w)
        || currency_word(&w).is_some()
        || count_compound_nouns().contains(&w)
        // "0-to-60": a range written as one compound.
        || w == "to"
            && toks.get(a.end + 2).is_some_and(|t| t.text == "-")
            && toks.get(a.end + 3).is_some_and(|t| t.kind == Kind::Num);
    !unit_like && toks.get(a.end + 1).is_some_and(|t| !t.space_before)
}

/// "Kick Six", "Big Ten": a capitalised number word inside a name.
pub(super) fn number_word_in_name(c: &Context) -> bool {
    c.first.kind == Kind::Word
        && c.first.is_capitalized()
        && (c.prev.is_some_and(|p| p.is_capitalized() && c.a.start >= 2)
            || capital_inside_a_sentence(c))
}

/// Rule `capitalised_number_word_mid_sentence`: "Louis Fifteen, the bakery chain", "and Ten
/// Degrees Brewery said": a number word capitalised after a word of the sentence (not after
/// a quotation mark or colon, not in a headline of capitalised words) is part of a name.
fn capital_inside_a_sentence(c: &Context) -> bool {
    let toks = c.toks;
    let after_word = c.prev.is_some_and(|p| p.kind == Kind::Word);
    let next_name = toks
        .get(c.a.end)
        .is_some_and(|t| t.is_capitalized() || t.text == ",");
    after_word && next_name && !crate::extract::clause::title_case(toks)
}

/// "the two leaders", "los dos países": a small number after a definite article refers back
/// to things already counted; not the whole of an English partitive (rule
/// `whole_of_a_partitive`: "two of the five candidates" tells how many there are).
pub(super) fn counted_before(c: &Context) -> bool {
    let unit_next = c
        .next_word
        .as_deref()
        .is_some_and(|w| unit_word(w).is_some() && w != "point");
    let toks = c.toks;
    // Not after "one of the" ("One of the three suspects": a set named before).
    let part = &toks[c.a.start.saturating_sub(3)];
    // Spanish too: "tres de las siete termoeléctricas" (not "uno de los dos").
    let partitive = c.a.start >= 3
        && (toks[c.a.start - 2].is("of") || toks[c.a.start - 2].is("de"))
        && !part.is("one")
        && !part.is("uno")
        && !part.is("una")
        && (part.kind == Kind::Num || numbers::is_number_word(&lower(part)));
    // Rule `set_position_or_owner_before`: "the next three finishers", "the other two",
    // "Chennai's four main reservoirs": a place in the set after its article, or an owner's
    // possessive, refers back as the article does.
    let before = |k: usize| c.a.start.checked_sub(k).map(|i| &toks[i]);
    let positioned = c
        .prev_word
        .as_deref()
        .is_some_and(|p| set_positions().contains(p))
        && before(2)
            .is_some_and(|t| t.kind == Kind::Word && definite_determiners().contains(&lower(t)));
    let owned = c.prev.is_some_and(|p| {
        p.kind == Kind::Word
            && p.is_capitalized()
            && (p.text.ends_with("'s") || p.text.ends_with("’s"))
    });
    c.first.kind == Kind::Word
        && c.a.value <= 10.0
        && !unit_next
        && !partitive
        && (positioned
            || owned
            || c.prev_word
                .as_deref()
                .is_some_and(|p| definite_determiners().contains(p)))
}

word_set!(
    /// Places in a set between its article and a small number ("next", "other"): rule
    /// `set_position_or_owner_before`.
    set_positions,
    "en/set_positions.txt"
);

/// Vague plurals and rough scales, read apart as vague figures: "thousands of", "several
/// hundred", "a few million"; and "per million" (a rate, not a count).
pub(super) fn vague_scale(c: &Context) -> bool {
    if c.first.kind != Kind::Word {
        return false;
    }
    let w = lower(c.first);
    let scale_word = scale_words().contains(&w);
    let plural = scale_plurals().contains(&w);
    plural
        || scale_word
            && c.prev_word
                .as_deref()
                .is_some_and(|p| hedges_before_scale().contains(p))
}

/// The word "one" ("uno") alone as the number.
fn the_word_one(c: &Context) -> bool {
    *c.the_word_one.get_or_init(|| {
        c.first.kind == Kind::Word
            && c.a.end - c.a.start == 1
            && one_words().contains(&lower(c.first))
    })
}

word_set!(
    /// Words that make a number after "the" a place in a ranking ("the bottom three", "los
    /// primeros diez" is ordinal already).
    rank_words,
    "en/rank_words.txt",
    "es/rank_words.txt"
);

/// "the top three", "the bottom 10", "los cinco primeros" aside: a bracket of a ranking, not a
/// count (but "the top 10 exporters" counts exporters, "top 3% of earners" is a share).
pub(super) fn rank_bracket(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    let ranked = a.start >= 2
        && c.prev_word
            .as_deref()
            .is_some_and(|p| rank_words().contains(p))
        && word_at(toks, a.start - 2).is_some_and(|w| rank_articles().contains(&w));
    let nothing_counted = c.next.is_none_or(|n| n.kind != Kind::Word)
        || c.next_word.as_deref().is_some_and(function_word);
    ranked && nothing_counted
}

/// "one of the", "no one", "one another", "each one": idioms that are not counts (but "said
/// that one soldier").
pub(super) fn one_idiom(c: &Context) -> bool {
    the_word_one(c)
        && (c
            .next_word
            .as_deref()
            .is_some_and(|n| after_one_idioms().contains(n))
            || !after_reported_that(c.toks, c.a.start)
                && c.prev_word
                    .as_deref()
                    .is_some_and(|p| before_one_idioms().contains(p)))
}

/// "one" at the end of a sentence or before punctuation or a number: a pronoun.
pub(super) fn one_alone(c: &Context) -> bool {
    the_word_one(c)
        && (c.next.is_none()
            || c.next
                .is_some_and(|n| n.kind == Kind::Punct && n.text != "%" || n.kind == Kind::Num))
}

/// A pronoun, not a count, before a function word ("one that", "one they lost"), save a
/// range ("one to two years") or a unit ("one per cent").
pub(super) fn one_as_pronoun(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    the_word_one(c)
        && c.next_word.as_deref().is_some_and(|n| {
            let range = range_links().contains(n)
                && toks
                    .get(a.end + 1)
                    .is_some_and(|t| t.kind == Kind::Num || numbers::is_number_word(&lower(t)));
            let unit = unit_word(n).is_some()
                || currency_word(n).is_some()
                || multi_unit(toks, a.end).is_some();
            !range && !unit && (function_word(n) || temporal_idiom(n))
        })
}

word_set!(
    /// Words before a tens number word that make it a decade ("los noventa", "los años
    /// ochenta"): rule `decade_name`.
    decade_openers,
    "es/decade_openers.txt"
);

/// Rule `decade_name`: "a finales de los noventa", "en los años ochenta": a tens number
/// written in words after "los" or "años", with no noun after it, names a decade.
pub(super) fn decade_name(c: &Context) -> bool {
    let v = c.a.value;
    let tens = c.first.kind == Kind::Word
        && c.a.end - c.a.start == 1
        && (20.0..=90.0).contains(&v)
        && v % 10.0 == 0.0;
    let no_noun = c.next.is_none_or(|n| {
        n.kind == Kind::Punct
            || n.kind == Kind::Word && crate::extract::lexicon::shared::is_stopword(&lower(n))
    });
    tens && no_noun
        && c.prev_word
            .as_deref()
            .is_some_and(|p| decade_openers().contains(p))
}
