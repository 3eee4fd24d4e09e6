//! Exclusion rules read around a number written in digits: letters or signs glued to it
//! ("G7", "3rd", "#1"), clock times and dates with separators ("9:30", "24/7"), list
//! numbering, phone numbers, and names with a number ("Boeing 737", "787 Dreamliner").

use super::Context;
use crate::extract::quantity::dates::is_month;
use crate::extract::quantity::names::{
    bare_age, model_name_after, opener_word, opening_verb, prefix_word,
};
use crate::extract::quantity::units::{currency_code, currency_word, multi_unit, pence, unit_word};
use crate::extract::quantity::{lower, numbers};
use crate::extract::tokens::Kind;

/// Absurdly long digit strings and zero-padded codes.
pub(super) fn overlong_or_zero_padded(c: &Context) -> bool {
    let digits = c.first.text;
    c.digits()
        && (digits.len() > 18
            || (digits.len() > 1 && digits.starts_with('0') && !digits.contains(['.', ','])))
}

/// Glued to letters before ("G7", "MH17"), unless the letters are a currency ("RM23", "$US5").
pub(super) fn letters_glued_before(c: &Context) -> bool {
    c.digits()
        && c.prev
            .is_some_and(|p| !c.first.space_before && p.kind == Kind::Word && !c.currency_before)
}

/// Glued to a hyphenated name ("COVID-19", "F-35") unless the word is a sign or bound
/// ("minus-5", "sub-300", "now-18"), or after a number and a slash ("3/4" read apart).
pub(super) fn hyphenated_name(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.prev.is_some_and(|p| {
            !c.first.space_before && (p.text == "-" || p.text == "/") && a.start >= 2 && {
                let pp = &toks[a.start - 2];
                !p.space_before
                    && (pp.kind == Kind::Word && !(p.text == "-" && prefix_word(&lower(pp)))
                        || p.text == "/" && pp.kind == Kind::Num)
            }
        })
}

/// A number sign or degree sign before: "#1", "º5", "°3".
pub(super) fn sign_before(c: &Context) -> bool {
    c.digits()
        && c.prev.is_some_and(|p| {
            p.text == "#" || p.text == "º" || p.text == "°" && !c.first.space_before
        })
}

/// The minutes of a clock time ("9:30") or the second part of a ratio or date ("24/7").
pub(super) fn clock_or_ratio_second_part(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.prev.is_some_and(|p| {
            !c.first.space_before
                && (p.text == ":" || p.text == "/")
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Num
                && !p.space_before
        })
}

/// Model names with a dot: "ID.3", "v2.0" after letters.
pub(super) fn dotted_model_name(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.prev.is_some_and(|p| {
            !c.first.space_before
                && p.text == "."
                && !p.space_before
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Word
        })
}

/// "No. 5", "Nº 5", "No 10".
pub(super) fn number_abbreviation(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    let dotted = a.start >= 2 && toks[a.start - 1].text == "." && toks[a.start - 2].is("no");
    // British style writes it without the dot and with its capital: "No 10 has said" (Downing
    // Street), "the world No 1"; the word "no" before digits in lower case stays a negation.
    let british = c.prev.is_some_and(|p| p.text == "No") && a.plain_digits;
    c.digits() && (dotted || british)
}

/// Clock times, ratios and dates written with separators: "9:30", "24/7", "9/11".
pub(super) fn clock_or_ratio_first_part(c: &Context) -> bool {
    c.digits()
        && c.next.is_some_and(|n| {
            !n.space_before
                && (n.text == ":" || n.text == "/")
                && c.toks
                    .get(c.a.end + 1)
                    .is_some_and(|x| x.kind == Kind::Num && !x.space_before)
        })
}

/// Letters glued after: ordinals ("3rd"), times ("10am"), names ("5G", "3D"); not a unit, a
/// scale, pence or a currency ("5km", "2bn", "212p", "5dollars").
pub(super) fn letters_glued_after(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.next.is_some_and(|n| {
            !n.space_before && n.kind == Kind::Word && {
                let w = c.next_word.as_deref().unwrap_or_default();
                // "5G", "4G": a generation of networks, not grams ("km", "kmh" and "bpd" are
                // units too).
                let ok = n.text != "G" && unit_word(w).is_some()
                    || crate::extract::quantity::build::glued_temperature(n).is_some()
                    || numbers::scale(w).is_some()
                    || multi_unit(toks, a.end).is_some()
                    || pence(a, toks)
                    || currency_word(w).is_some();
                !ok
            }
        })
}

/// An ordinal indicator glued after: "1º", "2ª".
pub(super) fn ordinal_indicator(c: &Context) -> bool {
    c.digits()
        && c.next
            .is_some_and(|n| !n.space_before && matches!(n.text, "º" | "ª"))
}

/// List numbering: "1." or "2)" opening the sentence.
pub(super) fn list_numbering(c: &Context) -> bool {
    c.digits()
        && c.a.start == 0
        && c.next
            .is_some_and(|n| matches!(n.text, "." | ")") && !n.space_before)
        && c.toks.get(c.a.end + 1).is_some_and(|t| t.space_before)
}

/// "COVID -19": a name's number cut off by a stray space, not a negative figure.
pub(super) fn name_cut_by_space(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && a.start >= 2
        && c.prev
            .is_some_and(|p| p.text == "-" && p.space_before && !c.first.space_before)
        && toks[a.start - 2].kind == Kind::Word
        && toks[a.start - 2].text.len() >= 2
        && toks[a.start - 2]
            .text
            .chars()
            .all(|ch| ch.is_ascii_uppercase())
        && c.next.is_none_or(|n| n.text != "%")
}

/// Phone numbers: a country code, "+52 55 ...".
pub(super) fn phone_country_code(c: &Context) -> bool {
    c.digits()
        && c.prev
            .is_some_and(|p| p.text == "+" && !c.first.space_before)
        && c.next.is_none_or(|n| n.text != "%")
}

/// Phone numbers: the first part of "555-1234".
pub(super) fn phone_number_start(c: &Context) -> bool {
    c.digits()
        && c.next.is_some_and(|n| n.text == "-" && !n.space_before)
        && c.toks
            .get(c.a.end + 1)
            .is_some_and(|x| x.kind == Kind::Num && x.text.len() >= 4 && c.first.text.len() >= 3)
}

/// Phone numbers: the second part of "555-1234".
pub(super) fn phone_number_end(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.prev.is_some_and(|p| p.text == "-" && !p.space_before)
        && a.start >= 2
        && toks[a.start - 2].kind == Kind::Num
        && toks[a.start - 2].text.len() >= 3
        && c.first.text.len() >= 4
}

/// Phone numbers: what follows an area code in parentheses, "(55) 5555-1234".
pub(super) fn phone_after_area_code(c: &Context) -> bool {
    c.digits()
        && c.prev.is_some_and(|p| p.text == ")")
        && c.a.start >= 2
        && c.toks[c.a.start - 2].kind == Kind::Num
}

/// A number with a unit, a currency or a scale after it is a quantity ("Votó 61%") whatever
/// name stands before it.
fn measured_after(c: &Context) -> bool {
    c.next.is_some_and(|n| n.text == "%")
        || c.next_word.as_deref().is_some_and(|w| {
            unit_word(w).is_some()
                || currency_word(w).is_some()
                || numbers::scale(w).is_some()
                || multi_unit(c.toks, c.a.end).is_some()
        })
}

/// Plain digits that a name may hold, unless measured or a bare age ("Maria Lopez 52 has").
fn may_be_named(c: &Context) -> bool {
    *c.may_be_named.get_or_init(|| {
        c.digits() && c.a.plain_digits && !measured_after(c) && !bare_age(c.a, c.toks)
    })
}

/// Names with a number: "Boeing 737", "Section 427", "Route 66", "Chapter 11", "S&P 500":
/// a capitalised or camel-case word, or single capitals, right before plain digits.
pub(super) fn name_before(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    may_be_named(c)
        && !(a.start >= 1 && opening_verb(toks, a.start - 1))
        && crate::extract::tally::side(toks, a.start, a.end).is_none()
        && !crate::extract::tally::name_tally(toks, a.start)
        && c.prev.is_some_and(|p| {
            let camel = p.kind == Kind::Word && p.text.chars().skip(1).any(char::is_uppercase);
            let single_caps = p.kind == Kind::Word
                && p.text.chars().count() == 1
                && p.is_capitalized()
                && !matches!(p.text, "A" | "I" | "Y" | "O" | "E");
            (camel && currency_code(p.text).is_none() && !opener_word(&lower(p)))
                || (single_caps
                    && a.start >= 2
                    && (toks[a.start - 2].text == "&"
                        || toks[a.start - 2].text.chars().count() == 1
                            && toks[a.start - 2].is_capitalized()))
                || p.is_capitalized()
                    && !c.currency_before
                    && !is_month(&lower(p))
                    && !p.text.ends_with("'s")
                    && !p.text.ends_with("’s")
                    && currency_code(p.text).is_none()
                    && p.text.chars().count() > 1
                    && !opener_word(&lower(p))
        })
}

crate::word_set!(
    /// Stock market indices named with a number ("sp 500", "ftse 100", "ibex 35").
    index_names,
    "any/index_names.txt"
);

/// A stock index's number, however the name is cased: "sp 500", "s&p 500", "ftse 100"
/// (capitalised names are [`name_before`]'s). "p" counts only after "s&".
pub(super) fn index_name(c: &Context) -> bool {
    let (a, toks) = (c.a, c.toks);
    c.digits()
        && c.a.plain_digits
        && c.prev_word.as_ref().is_some_and(|w| {
            index_names().contains(w)
                && (w != "p"
                    || a.start >= 3 && toks[a.start - 2].text == "&" && toks[a.start - 3].is("s"))
        })
}

/// Digits before the dot of a web address: "the property portal 99.co", "Ticketek 24.com".
pub(super) fn domain_name(c: &Context) -> bool {
    c.digits() && crate::extract::lexicon::shared::domain_dot(c.toks, c.a.end)
}

/// Digits followed by the capitalised name they belong to: "787 Dreamliner", "11 Pro Max".
pub(super) fn name_after(c: &Context) -> bool {
    may_be_named(c) && model_name_after(c.a, c.toks)
}
