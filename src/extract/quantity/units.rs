//! Units and currencies around a number: currency symbols, codes and words ("$", "US$",
//! "EUR", "pesos"), one- and two-word units ("km", "per cent", "square miles"), and pence.

use super::tables::{
    COUNTRIES_AFTER_DOLLAR, COUNTRIES_SPACED_BEFORE_DOLLAR, CURRENCY_CODES, CURRENCY_SYMBOLS,
    CURRENCY_WORDS, DOLLAR_COUNTRIES, TWO_WORD_UNITS, UNIT_WORDS,
};
use super::{word_at, Atom};
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

/// Currency named by a symbol, with the word or letters glued before it ("US$", "C$", "MX$").
pub(super) fn currency_symbol(sym: &str, prefix: Option<&str>) -> Option<&'static str> {
    let &(_, code) = CURRENCY_SYMBOLS.iter().find(|(s, _)| *s == sym)?;
    if sym != "$" {
        return Some(code);
    }
    Some(
        prefix
            .and_then(|p| {
                DOLLAR_COUNTRIES
                    .iter()
                    .find(|(c, _)| c.eq_ignore_ascii_case(p))
            })
            .map_or(code, |&(_, dollar)| dollar),
    )
}

/// Whether `w` (lower case) names a currency as a word ("dollar", "dólar", "euros").
pub(crate) fn is_currency_word(w: &str) -> bool {
    CURRENCY_WORDS.get(w).is_some()
}

/// Currency named by its code as written: "USD", "RM", "Rs".
pub(super) fn currency_code(w: &str) -> Option<&'static str> {
    CURRENCY_CODES.get(w)
}

/// The currency written right before the number token at `start`, and where its surface
/// begins: a symbol ("$", "€"), a symbol with its country letters before or after it ("US$",
/// "HK $", "$US", "$A"), a code glued or spaced ("USD 5", "EUR50m", "RM23.50"), and the ASCII
/// renderings that transliteration leaves of "£" and "¥" ("PS6m", "Y=590"). `plain` says the
/// number has no separator, decimal or scale: "PS4" is a console, not four pounds.
pub(super) fn currency_before(
    toks: &[Tok],
    start: usize,
    plain: bool,
) -> Option<(&'static str, usize)> {
    let p = toks.get(start.checked_sub(1)?)?;
    let num_glued = !toks[start].space_before;
    if let Some(cur) = currency_symbol(p.text, None) {
        if start >= 2 && toks[start - 2].kind == Kind::Word {
            let w = toks[start - 2].text;
            // "US$", "C$", "MX$"; spaced only for a capitalised country pair ("HK $3.7").
            let glued = !p.space_before && w.len() <= 3;
            let spaced = p.space_before && num_glued && COUNTRIES_SPACED_BEFORE_DOLLAR.contains(&w);
            if glued || spaced {
                let code = if w.eq_ignore_ascii_case("US") {
                    "USD"
                } else {
                    currency_symbol(p.text, Some(w)).unwrap_or(cur)
                };
                return Some((code, start - 2));
            }
        }
        return Some((cur, start - 1));
    }
    if let Some(s) = sol_before(toks, start) {
        return Some(("PEN", s));
    }
    // Rule `uruguayan_peso_spaced`: "$U 1.450 millones": the "U" glued after the dollar sign
    // is the Uruguayan peso, whether or not the number is glued to it.
    if p.text == "U" && !p.space_before && start >= 2 && toks[start - 2].text == "$" {
        return Some(("UYU", start - 2));
    }
    if p.kind != Kind::Word {
        if p.text == "="
            && !p.space_before
            && num_glued
            && start >= 2
            && toks[start - 2].text == "Y"
        {
            return Some(("JPY", start - 2));
        }
        return None;
    }
    if let Some(code) = currency_code(p.text) {
        return Some((code, start - 1));
    }
    if !num_glued {
        return None;
    }
    if p.text == "PS" && !plain {
        return Some(("GBP", start - 1));
    }
    // Rule `rand_glued`: South African rand written "R2.4 billion", "R15bn", "R1,500": only
    // with a scale word or thousands after the "R" ("R2" is a road, "R0.9" a reproduction
    // number).
    if p.text == "R" && rand_figure(toks, start) {
        return Some(("ZAR", start - 1));
    }
    // Rule `naira_glued`: Nigerian copy writes the naira "N1,030", "N250,000", "N5 billion":
    // as the rand, only with thousands or a scale word ("N95" is a mask).
    if p.text == "N" && rand_figure(toks, start) {
        return Some(("NGN", start - 1));
    }
    // "$US55,931,000", "$A82,615,680": the country letters after the symbol.
    if start >= 2
        && toks[start - 2].text == "$"
        && !p.space_before
        && COUNTRIES_AFTER_DOLLAR.contains(&p.text)
    {
        let code = currency_symbol("$", Some(p.text)).unwrap_or("USD");
        return Some((code, start - 2));
    }
    None
}

/// Rule `sol_slash`: Peruvian copy writes the sol "S/ 180 millones", "S/180", "S/. 25": a
/// capital "S" glued to a slash (and an optional dot) right before the number is the
/// Peruvian sol. Where the currency's surface begins.
fn sol_before(toks: &[Tok], start: usize) -> Option<usize> {
    let mut k = start.checked_sub(1)?;
    if toks[k].text == "." && !toks[k].space_before {
        k = k.checked_sub(1)?;
    }
    let slash = &toks[k];
    let s = toks.get(k.checked_sub(1)?)?;
    (slash.text == "/" && !slash.space_before && s.text == "S").then(|| k - 1)
}

/// True when the number at `start` is written as money is and a road or a statistic is not:
/// with a thousands separator ("1,500", "28 500"), a scale word after it ("2.4 billion", "15bn"), or
/// cents after a whole unit ("R28.79 an hour"; "R0.95" stays a reproduction number).
fn rand_figure(toks: &[Tok], start: usize) -> bool {
    let num = &toks[start];
    let b = num.text.as_bytes();
    let thousands = b.len() > 4 && b[b.len() - 4] == b',';
    let cents = b.len() >= 4
        && b[b.len() - 3] == b'.'
        && b[0] != b'0'
        && b.iter()
            .all(|c| c.is_ascii_digit() || *c == b'.' || *c == b',');
    // "R28 500": thousands grouped by a space (rule `spaces_group_thousands`).
    let spaced = super::atoms::space_grouped(toks, start).is_some();
    let thousands = thousands || cents || spaced;
    let scaled = toks.get(start + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && t.text.len() > 1
            && crate::text::with_lower(t.text, |l| crate::extract::numbers::scale(l).is_some())
    });
    num.kind == Kind::Num && (thousands || scaled)
}

/// Currency named by a word after the number ("dollars", "pesos", "euros").
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    CURRENCY_WORDS.get(w)
}

/// A unit named by one word (either language) → its normalised English name.
pub(super) fn unit_word(w: &str) -> Option<&'static str> {
    UNIT_WORDS.get(w)
}

word_set!(
    /// Spanish units that take "cuadrados" to make an area ("metros cuadrados").
    square_unit_bases,
    "es/square_unit_bases.txt"
);
word_set!(
    /// Words for kilometres before "per hour" or "/h".
    kilometre_words,
    "en/kilometre_words.txt",
    "es/kilometre_words.txt"
);
word_set!(
    /// Words for hour after "km per" or "km/".
    hour_words,
    "en/hour_words.txt",
    "es/hour_words.txt"
);
word_set!(
    /// Words for mile before "per hour" or "per gallon".
    mile_words,
    "en/mile_words.txt",
    "es/mile_words.txt"
);
word_set!(
    /// Words for year before "old".
    year_words,
    "en/year_words.txt"
);
word_set!(
    /// Units read as units only when written right after a number ("5m", "3 t").
    ambiguous_units,
    "en/ambiguous_units.txt",
    "es/ambiguous_units.txt"
);
word_set!(
    /// The first words of the units of more than one word.
    multi_word_unit_starts,
    "en/multi_word_unit_starts.txt",
    "es/multi_word_unit_starts.txt"
);

/// Units that read as units only when written right after a number ("5m", "3 t").
pub(super) fn ambiguous_unit(w: &str) -> bool {
    ambiguous_units().contains(w)
}

/// A multi-word unit starting at `i` (lower-case words): returns (unit, tokens used).
pub(super) fn multi_unit(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let w = |k: usize| word_at(toks, i + k).unwrap_or_default();
    let a = w(0);
    if !multi_unit_first_word(&a) {
        return None;
    }
    let b = w(1);
    for &(x, y, u) in TWO_WORD_UNITS {
        if a == x && b == y && toks[i + 1].space_before {
            return Some((u, 2));
        }
    }
    if square_unit_bases().contains(&a) && b == "cuadrados" {
        return Some((if a == "metros" { "m2" } else { "km2" }, 2));
    }
    // "km/h", "kilometers per hour", "miles per hour", "years old"
    if kilometre_words().contains(&a)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.text == "/" || t.is("per") || t.is("por"))
        && word_at(toks, i + 2).is_some_and(|h| hour_words().contains(&h))
    {
        return Some(("km/h", 3));
    }
    if mile_words().contains(&a) && matches!(word_at(toks, i + 1).as_deref(), Some("per" | "por")) {
        match word_at(toks, i + 2).as_deref() {
            Some("hour" | "hora") => return Some(("mph", 3)),
            Some("gallon" | "galón") => return Some(("mile per gallon", 3)),
            _ => {}
        }
    }
    if year_words().contains(&a) && b == "old" {
        return Some(("year", 2));
    }
    current_density(toks, i, &a)
}

/// "0.5 A/cm2", "25 mA/cm²", "3 amps per square centimetre": a current over an area, from the
/// word `a` (lower case) at `i`.
fn current_density(toks: &[Tok], i: usize, a: &str) -> Option<(&'static str, usize)> {
    let unit = match a {
        "a" | "amp" | "amps" | "ampere" | "amperes" => "ampere per square centimetre",
        "ma" | "milliamp" | "milliamps" | "milliampere" | "milliamperes" => {
            "milliampere per square centimetre"
        }
        _ => return None,
    };
    let per = toks.get(i + 1)?;
    if !(per.text == "/" || per.is("per")) {
        return None;
    }
    let area = word_at(toks, i + 2)?;
    let squared = toks
        .get(i + 3)
        .is_some_and(|t| !t.space_before && (t.text == "2" || t.text == "²"));
    let square_cm =
        area == "square" && word_at(toks, i + 3).is_some_and(|w| w.starts_with("centimet"));
    if area == "cm" && squared || square_cm {
        Some((unit, 4))
    } else {
        None
    }
}

/// The words a multi-word unit starts with: the first words of [`TWO_WORD_UNITS`] and those
/// that [`multi_unit`] matches itself.
pub(super) fn multi_unit_first_word(w: &str) -> bool {
    multi_word_unit_starts().contains(w)
}

/// "164p", "118.5p": pence, glued to a price; not a video resolution ("1080p").
pub(super) fn pence(a: &Atom, toks: &[Tok]) -> bool {
    toks.get(a.end)
        .is_some_and(|t| t.text == "p" && !t.space_before)
        && toks
            .get(a.end + 1)
            .is_none_or(|t| t.space_before || t.kind != Kind::Word)
        && !(a.plain_digits && matches!(a.value as i64, 360 | 480 | 576 | 720 | 1080 | 1440 | 2160))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::model::Lang;

    #[test]
    fn every_two_word_unit_starts_with_a_first_word() {
        for (x, _, _) in TWO_WORD_UNITS {
            assert!(multi_unit_first_word(x), "{x}");
        }
    }

    #[test]
    fn currencies_written_every_way() {
        let u = |v: f64, c: &str| (v, Some(c.to_string()));
        assert_eq!(unit("a charge of EUR45m"), u(45e6, "EUR"));
        assert_eq!(unit("worth $A82,500,000"), u(82.5e6, "AUD"));
        assert_eq!(unit("worth $US5 billion"), u(5e9, "USD"));
        assert_eq!(unit("a loss of HK $2.1 billion"), u(2.1e9, "HKD"));
        assert_eq!(unit("rose to RM4.35"), u(4.35, "MYR"));
        assert_eq!(unit("ordered to pay R2.4 billion"), u(2.4e9, "ZAR"));
        assert_eq!(unit("spent R15bn on diesel"), u(15e9, "ZAR"));
        assert_eq!(unit("fined R1,500"), u(1500.0, "ZAR"));
        assert_eq!(unit("rise to R28.79 an hour"), u(28.79, "ZAR"));
        assert_eq!(unit("earnings of KSh452 billion"), u(452e9, "KES"));
        assert_eq!(unit("will get KSh100,000 each"), u(1e5, "KES"));
        for not_rand in ["the R0.9 figure", "on the R2 road", "an R0.95 estimate"] {
            let found = q(not_rand, Lang::En);
            assert!(
                found.iter().all(|x| x.3.as_deref() != Some("ZAR")),
                "{not_rand}"
            );
        }
        assert_eq!(unit("set aside NIS 900 million"), u(9e8, "ILS"));
        assert_eq!(unit("a PS45m fee"), u(45e6, "GBP"));
        assert_eq!(unit("a profit of Y=1.2 trillion"), u(1.2e12, "JPY"));
        assert_eq!(unit("a further S $3mil"), u(3e6, "SGD"));
        assert_eq!(unit("una deuda de S/ 180 millones"), u(180e6, "PEN"));
        assert_eq!(unit("una multa de S/. 400"), u(400.0, "PEN"));
        assert_eq!(unit("recaudó $U 45 millones"), u(45e6, "UYU"));
        assert_eq!(unit("cuesta $U450"), u(450.0, "UYU"));
        assert_eq!(unit("costs 54 € a month"), u(54.0, "EUR"));
        assert_eq!(unit("slipped to 212p"), u(212.0, "penny"));
        assert_eq!(unit("paid 3.5 billion shekels"), u(3.5e9, "ILS"));
        assert!(q("the PS5 and 1080p video", Lang::En).is_empty());
    }

    #[test]
    fn current_densities() {
        let a = |u: &str| Some(u.to_string());
        assert_eq!(
            unit("a cell at 0.5 A/cm2 for an hour"),
            (0.5, a("ampere per square centimetre"))
        );
        assert_eq!(
            unit("it reached 25 mA/cm² in tests"),
            (25.0, a("milliampere per square centimetre"))
        );
        assert_eq!(
            unit("3 amps per square centimetre"),
            (3.0, a("ampere per square centimetre"))
        );
        // Near miss: the article "a" after a figure is no ampere.
        assert_eq!(unit("rated 4 a year ago"), (4.0, None));
    }
}
