//! The exclusion rules: context that says a number is not a claim (a date, a clock time, an
//! ordinal, a name, a phone number, list numbering, an idiom).

use super::atoms::{digit_chain, digits_len};
use super::dates::{is_month, is_weekday, is_year_like};
use super::names::{
    after_reported_that, bare_age, function_word, label_noun, model_name_after, opener_word,
    prefix_word, temporal_idiom,
};
use super::units::{currency_before, currency_code, currency_word, multi_unit, pence, unit_word};
use super::{lower, numbers, word_at, Atom};
use crate::extract::tokens::{Kind, Tok};

/// Context that says a number is not a claim.
pub(super) fn excluded(a: &Atom, toks: &[Tok]) -> bool {
    if a.fixed || toks[a.start].text == "." {
        return false;
    }
    let first = &toks[a.start];
    let prev = a.start.checked_sub(1).map(|p| &toks[p]);
    let prev_word = prev.filter(|t| t.kind == Kind::Word).map(lower);
    let next = toks.get(a.end);
    let next_word = next.filter(|t| t.kind == Kind::Word).map(lower);
    if first.kind == Kind::Num {
        let digits = first.text;
        // Absurdly long digit strings and zero-padded codes.
        if digits.len() > 18
            || (digits.len() > 1 && digits.starts_with('0') && !digits.contains(['.', ',']))
        {
            return true;
        }
        // Glued to letters before ("G7", "MH17") or to a hyphenated name ("COVID-19", "F-35"),
        // unless the letters are a currency ("RM23", "$US5") or a sign or bound ("minus-5",
        // "sub-300", "now-18").
        let cur_before = currency_before(toks, a.start, a.plain_digits).is_some();
        if let Some(p) = prev {
            if !first.space_before && p.kind == Kind::Word && !cur_before {
                return true;
            }
            if !first.space_before && (p.text == "-" || p.text == "/") && a.start >= 2 {
                let pp = &toks[a.start - 2];
                if !p.space_before
                    && (pp.kind == Kind::Word && !(p.text == "-" && prefix_word(&lower(pp)))
                        || p.text == "/" && pp.kind == Kind::Num)
                {
                    return true;
                }
            }
            if p.text == "#" || p.text == "º" || p.text == "°" && !first.space_before {
                return true;
            }
        }
        // The minutes of a clock time ("9:30") or the second part of a ratio or date ("24/7").
        if let Some(p) = prev {
            if !first.space_before
                && (p.text == ":" || p.text == "/")
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Num
                && !p.space_before
            {
                return true;
            }
        }
        // Model names with a dot: "ID.3", "v2.0" after letters.
        if let Some(p) = prev {
            if !first.space_before
                && p.text == "."
                && !p.space_before
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Word
            {
                return true;
            }
        }
        // "No. 5", "Nº 5"
        if a.start >= 2 && toks[a.start - 1].text == "." && toks[a.start - 2].is("no") {
            return true;
        }
        if let Some(n) = next {
            // Clock times, ratios and dates written with separators: "9:30", "24/7", "9/11", "4-3-2".
            if !n.space_before
                && (n.text == ":" || n.text == "/")
                && toks
                    .get(a.end + 1)
                    .is_some_and(|x| x.kind == Kind::Num && !x.space_before)
            {
                return true;
            }
            // Letters glued after: ordinals ("3rd"), times ("10am"), names ("5G", "3D").
            if !n.space_before && n.kind == Kind::Word {
                let w = lower(n);
                // "5G", "4G": a generation of networks, not grams.
                let ok = n.text != "G" && unit_word(&w).is_some()
                    || numbers::scale(&w).is_some()
                    || multi_unit(toks, a.end).is_some()
                    || pence(a, toks)
                    || currency_word(&w).is_some()
                    || matches!(w.as_str(), "km" | "kmh" | "bpd");
                if !ok {
                    return true;
                }
            }
            if !n.space_before && matches!(n.text, "º" | "ª") {
                return true;
            }
        }
        // List numbering: "1." or "2)" opening the sentence.
        if a.start == 0
            && next.is_some_and(|n| matches!(n.text, "." | ")") && !n.space_before)
            && toks.get(a.end + 1).is_some_and(|t| t.space_before)
        {
            return true;
        }
        // Phone numbers: "(55) 5555-1234", "555-1234", "+52 55 ...".
        // "COVID -19": a name's number cut off by a stray space, not a negative figure.
        if a.start >= 2
            && prev.is_some_and(|p| p.text == "-" && p.space_before && !first.space_before)
            && toks[a.start - 2].kind == Kind::Word
            && toks[a.start - 2].text.len() >= 2
            && toks[a.start - 2]
                .text
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && next.is_none_or(|n| n.text != "%")
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == "+" && !first.space_before)
            && next.is_none_or(|n| n.text != "%")
        {
            return true;
        }
        if next.is_some_and(|n| n.text == "-" && !n.space_before)
            && toks
                .get(a.end + 1)
                .is_some_and(|x| x.kind == Kind::Num && x.text.len() >= 4 && digits.len() >= 3)
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == "-" && !p.space_before)
            && a.start >= 2
            && toks[a.start - 2].kind == Kind::Num
            && toks[a.start - 2].text.len() >= 3
            && digits.len() >= 4
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == ")")
            && a.start >= 2
            && toks[a.start - 2].kind == Kind::Num
        {
            return true;
        }
        // Names with a number: "Boeing 737", "Section 427", "Route 66", "Chapter 11". A number
        // with a unit, a currency or a scale after it is a quantity ("Votó 61%").
        let measured_after = next.is_some_and(|n| n.text == "%")
            || next_word.as_deref().is_some_and(|w| {
                unit_word(w).is_some()
                    || currency_word(w).is_some()
                    || numbers::scale(w).is_some()
                    || multi_unit(toks, a.end).is_some()
            });
        if a.plain_digits && !measured_after && !bare_age(a, toks) {
            if let Some(p) = prev {
                let camel = p.kind == Kind::Word && p.text.chars().skip(1).any(char::is_uppercase);
                let single_caps = p.kind == Kind::Word
                    && p.text.chars().count() == 1
                    && p.is_capitalized()
                    && !matches!(p.text, "A" | "I" | "Y" | "O" | "E");
                if (camel && currency_code(p.text).is_none() && !opener_word(&lower(p)))
                    || (single_caps
                        && a.start >= 2
                        && (toks[a.start - 2].text == "&"
                            || toks[a.start - 2].text.chars().count() == 1
                                && toks[a.start - 2].is_capitalized()))
                {
                    return true;
                }
                if p.is_capitalized()
                    && !cur_before
                    && !is_month(&lower(p))
                    && !p.text.ends_with("'s")
                    && !p.text.ends_with("’s")
                    && currency_code(p.text).is_none()
                    && p.text.chars().count() > 1
                    && !opener_word(&lower(p))
                {
                    return true;
                }
            }
            if model_name_after(a, toks) {
                return true;
            }
        }
    }
    if first.kind == Kind::Num && a.plain_digits {
        // Postal codes: "the 90049 ZIP code", "ZIP code 10001".
        if next_word
            .as_deref()
            .is_some_and(|w| matches!(w, "zip" | "postcode" | "postal"))
            || a.start >= 2
                && prev_word.as_deref() == Some("code")
                && word_at(toks, a.start - 2)
                    .is_some_and(|w| matches!(w.as_str(), "zip" | "postal" | "area"))
        {
            return true;
        }
        // A shirt number in parentheses after a name: "Dak Prescott (4) celebrates".
        if a.start >= 2
            && a.value < 100.0
            && prev.is_some_and(|p| p.text == "(")
            && next.is_some_and(|n| n.text == ")")
            && toks[a.start - 2].is_capitalized()
            && toks[a.start - 2].text.chars().count() > 1
        {
            return true;
        }
    }
    // Labels, not quantities: "category 4", "Title 42", "line 3", "fase 2".
    if a.plain_digits || first.kind == Kind::Word {
        if let Some(p) = &prev_word {
            if label_noun(p) {
                return true;
            }
        }
    }
    // Sports scores and records: "2-1", "2-2" (a dash that does not make a rising range).
    if first.kind == Kind::Num && a.plain_digits {
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
            if other <= a.value && digits_len(first) <= 2 {
                return true;
            }
        }
        if a.start >= 2
            && dash(a.start - 1)
            && !first.space_before
            && toks[a.start - 2].kind == Kind::Num
            && digits_len(&toks[a.start - 2]) <= 2
        {
            let other: f64 = toks[a.start - 2].text.parse().unwrap_or(f64::MIN);
            if other >= a.value && digits_len(first) <= 2 {
                return true;
            }
        }
    }
    // Dates: a month name next to the number ("Jan. 18", "4 de marzo", "Monday 4").
    if let Some(p) = &prev_word {
        if (is_month(p) || is_weekday(p)) && next.is_none_or(|n| n.text != "%") {
            return true;
        }
    }
    // The second day of a span ("Sept. 20-24") or part of a code ("ISO 3888-2"), or the end
    // of a season ("2014-15"): the number before the hyphen says what this one is.
    if first.kind == Kind::Num && a.plain_digits && a.start >= 2 && !first.space_before {
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
            if is_year_like(&before, toks) && first.text.len() == 2 || excluded(&before, toks) {
                return true;
            }
        }
    }
    if prev.is_some_and(|p| p.text == ".")
        && a.start >= 2
        && word_at(toks, a.start - 2).is_some_and(|w| is_month(&w))
    {
        return true;
    }
    // Street numbers: "250 Main Street".
    if first.kind == Kind::Num && {
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
            && (after..(after + 4).min(toks.len())).any(|k| {
                word_at(toks, k).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "street"
                            | "st"
                            | "avenue"
                            | "ave"
                            | "road"
                            | "rd"
                            | "boulevard"
                            | "blvd"
                            | "lane"
                            | "drive"
                            | "way"
                            | "place"
                    )
                })
            })
    } {
        return true;
    }
    // Phone numbers and codes: three or more numbers chained by hyphens, dots or bare spaces.
    if first.kind == Kind::Num && digit_chain(toks, a.start) >= 3 {
        return true;
    }
    if let Some(n) = &next_word {
        if is_month(n) {
            return true;
        }
        if n == "de" && word_at(toks, a.end + 1).is_some_and(|m| is_month(&m)) {
            return true;
        }
        if matches!(n.as_str(), "am" | "pm" | "a.m" | "p.m" | "o'clock" | "hrs.") {
            return true;
        }
        if (n == "a" || n == "p")
            && toks.get(a.end + 1).is_some_and(|t| t.text == ".")
            && word_at(toks, a.end + 2).as_deref() == Some("m")
        {
            return true;
        }
        // Ordinals written as words after digits are rare; "th"/"st"/"nd"/"rd" glued are handled above.
    }
    // Clock times in Spanish: "a las 10", "las 9 de la mañana".
    if prev_word.as_deref() == Some("las")
        && a.start >= 2
        && word_at(toks, a.start - 2).as_deref() == Some("a")
    {
        return true;
    }
    // Compound adjectives ("three-way meeting", "two-time champion", "4-door") are not counts,
    // unless the second part is a unit ("10-year", "24-hour").
    if next.is_some_and(|n| n.text == "-" && !n.space_before) {
        if let Some(w) = word_at(toks, a.end + 1) {
            let unit_like = unit_word(&w).is_some() && w != "point"
                || numbers::scale(&w).is_some()
                || matches!(
                    w.as_str(),
                    "plus" | "odd" | "year-old" | "thirds" | "third" | "quarters"
                )
                || currency_word(&w).is_some()
                // "0-to-60": a range written as one compound.
                || w == "to"
                    && toks.get(a.end + 2).is_some_and(|t| t.text == "-")
                    && toks.get(a.end + 3).is_some_and(|t| t.kind == Kind::Num);
            if !unit_like && toks.get(a.end + 1).is_some_and(|t| !t.space_before) {
                return true;
            }
        }
    }
    // "the two leaders", "los dos países": a small number after a definite article refers
    // back to things already counted.
    // "Kick Six", "Big Ten": a capitalised number word inside a name.
    if first.kind == Kind::Word
        && first.is_capitalized()
        && prev.is_some_and(|p| p.is_capitalized() && a.start >= 2)
    {
        return true;
    }
    let unit_next = next_word
        .as_deref()
        .is_some_and(|w| unit_word(w).is_some() && w != "point");
    if first.kind == Kind::Word && a.value <= 10.0 && !unit_next {
        if let Some(p) = &prev_word {
            if matches!(
                p.as_str(),
                "the" | "both" | "these" | "those" | "los" | "las" | "ambos" | "estos" | "esos"
            ) {
                return true;
            }
        }
    }
    // Vague plurals and rough scales: "thousands of", "several hundred", "a few million",
    // and "per million" (a rate, not a count).
    if first.kind == Kind::Word {
        let w = lower(first);
        let scale_word = matches!(
            w.as_str(),
            "hundred" | "thousand" | "million" | "billion" | "trillion"
        );
        let plural = matches!(
            w.as_str(),
            "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "trillions"
                | "dozens"
                | "tens"
                | "decenas"
                | "docenas"
                | "cientos"
                | "centenares"
                | "miles"
                | "millones"
        );
        if plural
            || scale_word
                && matches!(
                    prev_word.as_deref(),
                    Some("several" | "few" | "many" | "per" | "hundreds" | "tens")
                )
        {
            return true;
        }
    }
    // "one of the", "no one", "one another", and other idioms that are not counts.
    if first.kind == Kind::Word && a.end - a.start == 1 {
        let w = lower(first);
        if w == "one" || w == "uno" {
            if matches!(
                next_word.as_deref(),
                Some(
                    "of" | "another"
                        | "other"
                        | "de"
                        | "day"
                        | "time"
                        | "way"
                        | "thing"
                        | "point"
                        | "hand"
                        | "side"
                        | "more"
                        | "final"
                        | "last"
                )
            ) || !after_reported_that(toks, a.start)
                && matches!(
                    prev_word.as_deref(),
                    Some(
                        "no" | "the"
                            | "any"
                            | "every"
                            | "each"
                            | "which"
                            | "same"
                            | "this"
                            | "that"
                            | "someone"
                            | "anyone"
                            | "el"
                            | "ninguno"
                            | "cada"
                    )
                )
            {
                return true;
            }
            if next.is_none()
                || next
                    .is_some_and(|n| n.kind == Kind::Punct && n.text != "%" || n.kind == Kind::Num)
            {
                return true;
            }
            // A pronoun, not a count, before a function word ("one that", "one they lost"),
            // save a range ("one to two years") or a unit ("one per cent").
            if let Some(n) = next_word.as_deref() {
                let range = matches!(n, "to" | "or")
                    && toks
                        .get(a.end + 1)
                        .is_some_and(|t| t.kind == Kind::Num || numbers::is_number_word(&lower(t)));
                let unit = unit_word(n).is_some()
                    || currency_word(n).is_some()
                    || multi_unit(toks, a.end).is_some();
                if !range && !unit && (function_word(n) || temporal_idiom(n)) {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::{Lang, Qualifier};

    #[test]
    fn non_claims() {
        assert!(q(
            "In 2018, the Boeing 737 left at 9:30 on March 4 for a third time.",
            Lang::En
        )
        .is_empty());
        assert!(q("The G7 and COVID-19 and F-35 and Generation Z.", Lang::En).is_empty());
        assert!(q("El 4 de marzo de 2025 llegó la tercera entrega.", Lang::Es).is_empty());
        assert!(q("Call 555-1234 for one of the tickets.", Lang::En).is_empty());
    }

    #[test]
    fn more_non_claims() {
        for s in [
            "Operators extend 5G coverage.",
            "The festival runs Aug. 12-16 and the 2021-22 accounts were late.",
            "The fans came by the thousands.",
            "The visitors scored twice in the second half of the match.",
            "The abbey was rebuilt between 1350 and 1420 after the fire.",
            "The Big Ten announced a deal.",
            "Clinics ran out of COVID -19 vaccines.",
            "It passed the ISO 3888-2 test.",
        ] {
            assert!(q(s, Lang::En).is_empty(), "{s}: {:?}", q(s, Lang::En));
        }
        assert!(q("Futures on the S P 500 edged higher.", Lang::En).is_empty());
        assert_eq!(
            one("a height of ~1.2 mm"),
            (1.2, None, Qualifier::Approx, Some("mm".into()))
        );
        assert_eq!(
            one("strength lower than 9 percent"),
            (9.0, None, Qualifier::LessThan, Some("percent".into()))
        );
        let quals: Vec<Qualifier> = q("more than 100 kilometers (62 miles) away", Lang::En)
            .into_iter()
            .map(|x| x.2)
            .collect();
        assert_eq!(quals, vec![Qualifier::MoreThan, Qualifier::MoreThan]);
        assert_eq!(unit("ozone at 95 parts per billion"), (95.0, None));
        assert_eq!(unit("fell on Friday 2.5%"), (2.5, Some("percent".into())));
    }
}
