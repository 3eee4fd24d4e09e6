//! Building a quantity around an atom: the currency before it, the unit or currency after
//! it, an age's "year", and the qualifier before or after.

use super::atoms::minus_word_before;
use super::names::{appositive_age, bare_age};
use super::qualifiers::{qualifier_after, qualifier_before};
use super::ranges::age_openers;
use super::tables::{ADJECTIVE_CURRENCIES, NATIONAL_CURRENCIES};
use super::units::{
    ambiguous_unit, currency_before, currency_code, currency_symbol, currency_word, multi_unit,
    pence, unit_word,
};
use super::{lower, numbers, word_at, Atom, Quantity};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Qualifier;
use crate::word_set;

word_set!(
    /// Units that are also an ordinal ("second", "segundo"): units only plural or glued.
    ordinal_units,
    "en/ordinal_units.txt",
    "es/ordinal_units.txt"
);

crate::word_set!(
    /// Words after a temperature that make it negative ("8 grados bajo cero").
    below_zero,
    "es/below_zero.phrases",
    "en/below_zero.phrases"
);

/// Adds qualifier, currency and unit around an atom.
pub(super) fn build(a: &Atom, toks: &[Tok]) -> Option<Quantity> {
    let mut start = if a.negative {
        minus_word_before(toks, a.start).unwrap_or(a.start - 1)
    } else {
        a.start
    };
    let mut unit: Option<String> = None;
    // Currency before: "$", "US$", "€", "USD 5", "MX$", "$US", "RM23".
    if let Some((code, s)) = currency_before(toks, start, a.plain_digits) {
        unit = Some(code.to_string());
        start = s;
    }
    // Unit or currency after: "%", "percent", "dollars", "hectáreas", "km/h", "-year-old".
    let mut end = unit_after(a, toks, start, &mut unit);
    // "sixfold": a multiplier.
    if unit.is_none()
        && a.end - a.start == 1
        && numbers::fold_multiplier(&lower(&toks[a.start])).is_some()
    {
        unit = Some("fold".into());
    }
    // "Maddox, 66, said": an age set off by commas after a name.
    // "women aged 25 to 54", "ages 6 to 11": ages in years.
    let aged =
        a.start > 0 && word_at(toks, a.start - 1).is_some_and(|w| age_openers().contains(&w));
    if unit.is_none() && (appositive_age(a, toks) || bare_age(a, toks) || aged) {
        unit = Some("year".into());
    }
    // Rule `below_zero`: "8 grados bajo cero" is -8 degrees.
    let mut value = a.value;
    if matches!(unit.as_deref(), Some("degree" | "celsius" | "fahrenheit"))
        && end + 1 < toks.len()
        && below_zero().contains(&format!("{} {}", lower(&toks[end]), lower(&toks[end + 1])))
    {
        value = -value.abs();
        end += 2;
    }
    // Rule `unit_and_a_half` (`halves`): "dos años y medio" read 2.5; its surface keeps the
    // half, so what follows ("de prisión") is read after it.
    if unit.is_some()
        && a.value.fract() == 0.5
        && word_at(toks, end).is_some_and(|w| w == "y")
        && word_at(toks, end + 1).is_some_and(|w| w == "medio" || w == "media")
    {
        end += 2;
    }
    let mut qualifier = Qualifier::Exact;
    if let Some((q, s)) = qualifier_before(toks, start) {
        qualifier = q;
        start = s;
    } else if start >= 2
        && toks[start - 1].text == "-"
        && !toks[start - 1].space_before
        && toks[start - 2].is("sub")
    {
        // "sub-300 sq m": below the figure.
        qualifier = Qualifier::LessThan;
        start -= 2;
    }
    let money = unit
        .as_deref()
        .is_some_and(crate::model::figure::currency_code);
    if let Some((q, e)) = qualifier_after(toks, end, money) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
        }
        end = e;
    }
    Some(Quantity {
        value,
        value_max: None,
        qualifier,
        unit,
        start,
        end,
        num_start: a.start,
        num_end: a.end,
        changed_from: None,
    })
}

/// A temperature scale written as one capital letter glued to its number ("1.5C", "98F").
pub(super) fn glued_temperature(t: &Tok) -> Option<&'static str> {
    match t.text {
        "C" if !t.space_before => Some("celsius"),
        "F" if !t.space_before => Some("fahrenheit"),
        _ => None,
    }
}

/// The unit or currency written after the number: "%", "percent", "dollars", "hectáreas",
/// "km/h", "-year-old", "°C", "164p". Sets `unit` where a currency before the number left it
/// unset (a currency word may refine that currency: "$5 pesos"); returns where the surface
/// ends.
fn unit_after(a: &Atom, toks: &[Tok], start: usize, unit: &mut Option<String>) -> usize {
    let mut end = a.end;
    if let Some(t) = toks.get(end) {
        let mut i = end;
        // Spanish and English "of" between a scale and a currency or unit: "2.000 millones de pesos".
        let scaled = a.end - a.start > 1
            && toks[a.end - 1].kind == Kind::Word
            && numbers::scale(&lower(&toks[a.end - 1])).is_some();
        // Rule `fraction_of_a_point`: "un cuarto de punto" is a fraction of a point, the unit
        // of a rate's change (no article between, as in "of a point").
        let fraction = a.fixed && a.value < 1.0 && toks[a.end - 1].kind == Kind::Word;
        if (scaled || fraction) && word_at(toks, i).is_some_and(|w| w == "de" || w == "of") {
            if let Some(w) = word_at(toks, i + 1) {
                let point = unit_word(&w) == Some("point");
                if scaled && (currency_word(&w).is_some() || unit_word(&w).is_some())
                    || fraction && point
                {
                    i += 1;
                }
            }
        }
        // Rule `comparative_before_unit`: "1 million fewer barrels a day", "two more years".
        if word_at(toks, i).is_some_and(|w| comparatives_before_unit().contains(&w))
            && word_at(toks, i + 1)
                .is_some_and(|w| unit_word(&w).is_some() || currency_word(&w).is_some())
        {
            i += 1;
        }
        let t2 = toks.get(i).unwrap_or(t);
        if t2.text == "%" {
            if unit.is_none() {
                *unit = Some("percent".into());
            }
            end = i + 1;
        } else if let Some(cur) = currency_symbol(t2.text, None).filter(|_| t2.text != "$") {
            // A currency sign after the amount: "1.200 €", "300€".
            if unit.is_none() {
                *unit = Some(cur.into());
                end = i + 1;
            }
        } else if t2.text == "p" && !t2.space_before && pence(a, toks) {
            if unit.is_none() {
                *unit = Some("penny".into());
                end = i + 1;
            }
        } else if let Some(u) = glued_temperature(t2).filter(|_| i == a.end) {
            // "1.5C", "40C", "98F": a capital scale letter glued to the number.
            if unit.is_none() {
                *unit = Some(u.into());
                end = i + 1;
            }
        } else if t2.text == "°" || t2.text == "º" {
            let scale_letter = word_at(toks, i + 1);
            let (u, used) = match scale_letter.as_deref() {
                Some("c") => ("celsius", 2),
                Some("f") => ("fahrenheit", 2),
                _ => ("degree", 1),
            };
            if unit.is_none() {
                *unit = Some(u.into());
                end = i + used;
            }
        } else if let Some((u, used)) = multi_unit(toks, i) {
            if unit.is_none() {
                *unit = Some(u.into());
                end = i + used;
            }
        } else if t2.text == "-" && !t2.space_before {
            // "45-year-old", "10-year", "24-hour"
            if let Some(w) = word_at(toks, i + 1) {
                // Rule `hyphenated_currency`: "a 500,000-euro fine", "a 2-million-dollar deal".
                if let Some(cur) = currency_word(&w).filter(|_| unit.is_none()) {
                    *unit = Some(cur.into());
                    end = i + 2;
                } else if let Some(u) = unit_word(&w) {
                    if unit.is_none() && !matches!(u, "percent") {
                        *unit = Some(pound_compound(u, a.value).into());
                        end = i + 2;
                        if toks.get(i + 2).is_some_and(|x| x.text == "-")
                            && word_at(toks, i + 3).as_deref() == Some("old")
                        {
                            end = i + 4;
                        }
                    }
                }
            }
        } else if let Some((code, used)) = adjective_currency(toks, i) {
            if unit.is_none() || unit.as_deref() == Some("USD") {
                *unit = Some(code.into());
                end = i + used;
            }
        } else if t2.kind == Kind::Word {
            end = word_unit_after(a, toks, start, i, end, unit);
        }
    }
    end
}

word_set!(
    /// Comparatives between a figure and its unit ("1 million fewer barrels").
    comparatives_before_unit,
    "en/comparatives_before_unit.txt"
);

/// Rule `adjective_names_the_currency`: a country adjective between the figure and the
/// currency word names the currency ("30 billion Canadian dollars" CAD, "500 million Swiss
/// francs" CHF, "2bn Hong Kong dollars" HKD; see [`ADJECTIVE_CURRENCIES`]): the currency and
/// the tokens it takes from `toks[i]` on.
fn adjective_currency(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    // Country adjectives are capitalised ("Canadian", "US"): most words after a figure are not.
    if !toks.get(i).is_some_and(Tok::is_capitalized) {
        return None;
    }
    let first = word_at(toks, i)?;
    ADJECTIVE_CURRENCIES
        .iter()
        .filter(|(adj, _, _)| {
            adj.strip_prefix(&*first)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .find_map(|&(adj, words, code)| {
            let mut k = i;
            for part in adj.split(' ') {
                if word_at(toks, k).as_deref() != Some(part) {
                    return None;
                }
                k += 1;
            }
            let w = word_at(toks, k)?;
            words.contains(&w.as_ref()).then_some((code, k + 1 - i))
        })
}

/// Rule `million_pound_is_money`: a "pound" compound of a million or more ("a million-pound
/// bonus", "a 2m-pound deal") is sterling; smaller ones weigh ("a 300-pound man", "a 2,000-pound
/// bomb").
fn pound_compound(unit: &'static str, value: f64) -> &'static str {
    if unit == "lb" && value >= 1e6 {
        "GBP"
    } else {
        unit
    }
}

/// A unit or currency named by the word `toks[i]` after the number (see [`unit_after`]):
/// returns where the surface ends.
fn word_unit_after(
    a: &Atom,
    toks: &[Tok],
    start: usize,
    i: usize,
    mut end: usize,
    unit: &mut Option<String>,
) -> usize {
    let t2 = &toks[i];
    let w = lower(t2);
    if let Some(c) = currency_word(&w) {
        let prev_adj = start.checked_sub(1).and_then(|p| word_at(toks, p));
        let adj_after = word_at(toks, i + 1);
        let national = NATIONAL_CURRENCIES
            .iter()
            .find(|&&(base, after, before, _)| {
                base == c
                    && (adj_after.as_deref() == Some(after) || prev_adj.as_deref() == Some(before))
            });
        let code = national.map_or(c, |&(_, _, _, code)| code);
        if unit.is_none() || unit.as_deref() == Some("USD") && code == "MXN" {
            *unit = Some(code.into());
            end = i + 1;
            // Rule `national_adjective_is_the_currency_s`: the adjective after the currency
            // word that named its country ("1.528 pesos cubanos") is part of the amount, not
            // a word of what it pays for.
            let adjective =
                national.is_some_and(|&(_, after, _, _)| adj_after.as_deref() == Some(after));
            if adjective || word_at(toks, end).is_some_and(|x| x == "mexicanos" || x == "sterling")
            {
                end += 1;
            }
        }
    } else if w == "pounds" || w == "pound" {
        if word_at(toks, i + 1).as_deref() == Some("sterling") {
            *unit = Some("GBP".into());
            end = i + 2;
        } else if unit.is_none() {
            *unit = Some("lb".into());
            end = i + 1;
        }
    } else if let Some(code) = currency_code(t2.text) {
        if unit.is_none() {
            *unit = Some(code.into());
            end = i + 1;
        }
    } else if let Some(u) = unit_word(&w) {
        let glued = !t2.space_before;
        if unit.is_none()
            && (!ambiguous_unit(&w)
                || glued
                || i == end && w.len() > 2 && (!w.starts_with("sec") || w == "seconds"))
        {
            // "second" after a number is a unit only in the plural or glued ("30 seconds").
            if !(ordinal_units().contains(&w) && a.value != 1.0) {
                *unit = Some(u.into());
                end = i + 1;
                // "260,000 year-old"
                if u == "year"
                    && toks
                        .get(end)
                        .is_some_and(|x| x.text == "-" && !x.space_before)
                    && word_at(toks, end + 1).as_deref() == Some("old")
                {
                    end += 2;
                }
                if let Some((u2, used)) = multi_unit(toks, i) {
                    *unit = Some(u2.into());
                    end = i + used;
                }
            }
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::{Lang, Qualifier};

    #[test]
    fn adjective_names_the_currency() {
        let m = |v: f64, c: &str| (v, Some(c.to_string()));
        assert_eq!(
            unit("Ottawa pledged 30 billion Canadian dollars."),
            m(30e9, "CAD")
        );
        assert_eq!(unit("a fine of 500 million Swiss francs"), m(500e6, "CHF"));
        assert_eq!(unit("It raised 2bn Hong Kong dollars."), m(2e9, "HKD"));
        assert_eq!(unit("some 40 South African rand a day"), m(40.0, "ZAR"));
        assert_eq!(unit("It cost 12 US dollars."), m(12.0, "USD"));
        // A currency word alone, and an adjective before something else.
        assert_eq!(unit("It cost 900 francs."), m(900.0, "CHF"));
        assert_eq!(unit("Police held 30 Canadian tourists."), (30.0, None));
    }

    #[test]
    fn national_adjective_is_the_currency_s() {
        let es = |s: &str| q(s, Lang::Es)[0].3.clone();
        assert_eq!(es("cuesta 19.800 pesos uruguayos"), Some("UYU".into()));
        assert_eq!(es("cuesta 1.528 pesos cubanos"), Some("CUP".into()));
        assert_eq!(es("cuesta 900 pesos dominicanos"), Some("DOP".into()));
        assert_eq!(es("cuesta 900 pesos"), Some("MXN".into()));
        // The adjective is part of the amount, not of what it pays for.
        let ex = crate::extract::Extractor::default()
            .extract_text("La pensión mínima quedará en 19.800 pesos uruguayos.");
        assert!(
            !ex.claims[0].label.contains("uruguayos"),
            "{}",
            ex.claims[0].label
        );
    }

    #[test]
    fn hyphenated_currency_and_scale() {
        let m = |v: f64, c: &str| (v, Some(c.to_string()));
        // Rule `hyphenated_currency`.
        assert_eq!(
            unit("The court imposed a 500,000-euro fine."),
            m(5e5, "EUR")
        );
        assert_eq!(unit("a 10-peso coin"), m(10.0, "MXN"));
        // Rule `hyphenated_scale`: never the range "2 to 1 million".
        assert_eq!(unit("They signed a $2-million deal."), m(2e6, "USD"));
        assert_eq!(unit("They signed a 2-million-dollar deal."), m(2e6, "USD"));
        assert_eq!(unit("It is a 2-billion-euro plan."), m(2e9, "EUR"));
        // A range of plain numbers stays one; "metro" is no metre ("16 metro lines").
        assert_eq!(one("20-30 points").1, Some(30.0));
        assert_eq!(unit("The city opened 16 metro lines."), (16.0, None));
    }

    #[test]
    fn plus_adds_to_money() {
        let eur = |q: Qualifier| (65e6, None, q, Some("EUR".to_string()));
        assert_eq!(
            one("They pay a fixed 65 million euros plus bonuses."),
            eur(Qualifier::Exact)
        );
        assert_eq!(
            one("The fee is 65 million euros plus."),
            eur(Qualifier::MoreThan)
        );
        // A count with "plus" and a word is still more than it.
        assert_eq!(one("It drew 200 plus fans.").2, Qualifier::MoreThan);
    }

    #[test]
    fn below_zero() {
        let d = |v: f64| vec![(v, None, Qualifier::Exact, Some("degree".to_string()))];
        assert_eq!(
            q("Hubo 8 grados bajo cero en Bariloche.", Lang::Es),
            d(-8.0)
        );
        assert_eq!(q("It was 12 degrees below zero.", Lang::En), d(-12.0));
        // Near miss: "bajo cero" after no temperature.
        assert_eq!(q("Quedaron 8 personas bajo cero.", Lang::Es)[0].0, 8.0);
    }

    #[test]
    fn comparative_before_unit() {
        let b = |v: f64| (v, Some("barrel".to_string()));
        assert_eq!(
            unit("Output falls by 1 million fewer barrels a day."),
            b(1e6)
        );
        assert_eq!(unit("They pumped 200,000 more barrels."), b(2e5));
        assert_eq!(
            unit("He serves two more years."),
            (2.0, Some("year".into()))
        );
        assert_eq!(unit("Police hired 40 more officers."), (40.0, None));
    }

    #[test]
    fn ages_spans_and_scaled_sales() {
        let y = |v: f64| (v, Some("year".to_string()));
        assert_eq!(unit("Explorer Maria Lopez 52 has crossed it."), y(52.0));
        assert!(q("Super Bowl 53 was played.", Lang::En).is_empty());
        assert_eq!(
            one("women aged 25 to 54"),
            (25.0, Some(54.0), Qualifier::Exact, Some("year".into()))
        );
        assert_eq!(
            q("down from the $89 to $93 billion it projected", Lang::En),
            vec![(89e9, Some(93e9), Qualifier::Exact, Some("USD".into()))]
        );
        assert_eq!(
            unit("2.7m combined digital and physical sales"),
            (2.7e6, None)
        );
        assert_eq!(
            q("cleared 5.9m and stands 1.8m tall", Lang::En),
            vec![
                (5.9, None, Qualifier::Exact, Some("m".into())),
                (1.8, None, Qualifier::Exact, Some("m".into()))
            ]
        );
    }

    #[test]
    fn million_pound_is_money() {
        let gbp = |v: f64| (v, Some("GBP".to_string()));
        let lb = |v: f64| (v, Some("lb".to_string()));
        assert_eq!(
            unit("and now he has nodded through a million-pound bonus."),
            gbp(1e6)
        );
        assert_eq!(unit("They approved a 10 million-pound refit."), gbp(1e7));
        assert_eq!(unit("The 300-pound lineman was fined."), lb(300.0));
        assert_eq!(unit("A 2,000-pound bomb hit it."), lb(2000.0));
    }
}
