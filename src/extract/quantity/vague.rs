//! Vague quantities: plurals and hedged scales read as an order of magnitude ("hundreds of",
//! "tens of thousands", "several hundred", "decenas de").

use super::units::{ambiguous_unit, currency_word, unit_word};
use super::{lower, numbers, with_low, word_at, Quantity};
use crate::extract::tokens::{Kind, Tok};
use crate::model::{Lang, Qualifier};

/// Is `q` a vague plural or rough scale ("hundreds of", "several thousand", "decenas de")?
pub fn is_vague(q: &Quantity, toks: &[Tok]) -> bool {
    q.value_max == Some(q.value * 10.0)
        && word_at(toks, q.num_start).is_some_and(|w| {
            vague_plural(&w, Lang::En).is_some()
                || vague_plural(&w, Lang::Es).is_some()
                || matches!(
                    w.as_str(),
                    "several"
                        | "a"
                        | "few"
                        | "varios"
                        | "varias"
                        | "unos"
                        | "unas"
                        | "algunos"
                        | "algunas"
                )
        })
}

/// The base of a vague plural ("hundreds" → 100, "decenas" → 10), in the sentence's language.
pub(super) fn vague_plural(w: &str, lang: Lang) -> Option<f64> {
    Some(match (lang, w) {
        (Lang::En, "tens") | (Lang::Es, "decenas") => 10.0,
        (Lang::En, "dozens") | (Lang::Es, "docenas") => 12.0,
        (Lang::En, "hundreds") | (Lang::Es, "cientos" | "centenares") => 100.0,
        (Lang::En, "thousands") | (Lang::Es, "miles") => 1e3,
        (Lang::En, "millions") | (Lang::Es, "millones") => 1e6,
        (Lang::En, "billions") => 1e9,
        _ => return None,
    })
}

/// Words that hedge a scale into a vague figure: "several hundred", "a few thousand",
/// "varios cientos", "unos miles".
pub(super) fn hedge_word(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(w, "several" | "few"),
        Lang::Es => matches!(
            w,
            "varios" | "varias" | "unos" | "unas" | "algunos" | "algunas"
        ),
    }
}

/// Vague plurals and rough scales: "dozens of", "hundreds of", "tens of thousands of",
/// "several hundred", "a few thousand", "decenas de", "miles de millones de", "varios cientos".
/// Each is an order of magnitude, the range [S, 10·S] ("hundreds of" is 100–1000, "tens of
/// thousands" 10,000–100,000, "dozens" 12–120); a story that goes from "dozens" to "hundreds"
/// changed its claim. A plural scale right after a number ("2 millones de") is not vague.
pub(super) fn vague(toks: &[Tok], lang: Lang) -> Vec<Quantity> {
    let mut out = Vec::new();
    let of = |k: usize| {
        word_at(toks, k).is_some_and(|w| match lang {
            Lang::En => w == "of",
            Lang::Es => w == "de",
        })
    };
    let mut i = 0;
    while i < toks.len() {
        // Only a vague plural or a hedge word opens a vague figure.
        let t = &toks[i];
        // All of them end in "s" but "several" and "few": look at the last byte before
        // lower-casing.
        if t.kind != Kind::Word
            || !(t.ends_with_letter(b's') || t.ends_with_letter(b'l') || t.ends_with_letter(b'w'))
            || !with_low(t, |w| {
                vague_plural(w, lang).is_some() || hedge_word(w, lang)
            })
        {
            i += 1;
            continue;
        }
        let w = lower(t);
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let after_number = prev.is_some_and(|p| {
            p.kind == Kind::Num
                || p.kind == Kind::Word && with_low(p, numbers::is_number_word) && !p.is("de")
        });
        let (start, base, mut k, hedged) = if let Some(b) = vague_plural(&w, lang) {
            if after_number || prev.is_some_and(|p| p.is("per") || p.is("por")) {
                i += 1;
                continue;
            }
            (i, b, i + 1, false)
        } else {
            let hedge = hedge_word(&w, lang);
            let scale = word_at(toks, i + 1).and_then(|n| match (lang, n.as_str()) {
                (Lang::En, "dozen") => Some(12.0),
                (Lang::En, "hundred") => Some(100.0),
                (Lang::En, "thousand") => Some(1e3),
                (Lang::En, "million") => Some(1e6),
                (Lang::En, "billion") => Some(1e9),
                (Lang::Es, n) => vague_plural(n, lang).filter(|_| n != "decenas" && n != "docenas"),
                _ => None,
            });
            match (hedge, scale) {
                (true, Some(b)) => {
                    // "a few hundred": the article belongs to the figure; "few" alone needs it.
                    let a_before = i >= 1 && toks[i - 1].is("a");
                    if w == "few" && !a_before {
                        i += 1;
                        continue;
                    }
                    (if a_before { i - 1 } else { i }, b, i + 2, true)
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        };
        let mut value = base;
        // Further scales: "tens of thousands", "miles de millones", "several hundred million".
        loop {
            if of(k) {
                if let Some(m) = word_at(toks, k + 1).and_then(|n| vague_plural(&n, lang)) {
                    if m > 12.0 {
                        value *= m;
                        k += 2;
                        continue;
                    }
                }
            }
            if hedged {
                if let Some(m) = word_at(toks, k).and_then(|n| match n.as_str() {
                    "thousand" | "million" | "billion" | "mil" | "millones" => numbers::scale(&n),
                    _ => None,
                }) {
                    value *= m;
                    k += 1;
                    continue;
                }
            }
            break;
        }
        // "tens" counts only tens of thousands (or more). A bare plural needs "of" after it
        // ("hundreds of people"), another scale ("decenas de miles se quedaron") or a verb
        // ("thousands were evacuated", "dozens more"); "by the thousands" counts nothing.
        let bare_ok = value != base
            && !prev.is_some_and(|p| matches!(lower(p).as_str(), "the" | "their" | "los" | "las"))
            || word_at(toks, k).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "more"
                        | "were"
                        | "are"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "más"
                        | "fueron"
                        | "han"
                        | "habían"
                        | "se"
                )
            });
        if !hedged && (!(of(k) || bare_ok) || w == "tens" && value < 1e3) {
            i += 1;
            continue;
        }
        let mut end = k;
        let mut unit = None;
        let u = if of(k) { k + 1 } else { k };
        if let Some(n) = word_at(toks, u) {
            if let Some(c) = currency_word(&n) {
                unit = Some(c.to_string());
                end = u + 1;
            } else if n == "pounds" && value >= 1e6 {
                // "hundreds of millions of pounds" is money.
                unit = Some("GBP".to_string());
                end = u + 1;
            } else if let Some(un) = unit_word(&n).filter(|_| !ambiguous_unit(&n)) {
                unit = Some(un.to_string());
                end = u + 1;
            }
        }
        out.push(Quantity {
            value,
            value_max: Some(value * 10.0),
            qualifier: Qualifier::Exact,
            unit,
            start,
            end,
            num_start: start,
            num_end: k,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::{Lang, Qualifier};

    #[test]
    fn vague_plurals_are_an_order_of_magnitude() {
        let r =
            |v: f64, u: Option<&str>| (v, Some(v * 10.0), Qualifier::Exact, u.map(String::from));
        assert_eq!(
            q(
                "Dozens of people fled and tens of thousands of dollars were lost.",
                Lang::En
            ),
            vec![r(12.0, None), r(1e4, Some("USD"))]
        );
        assert_eq!(
            q(
                "It will cost several hundred million pounds; a few thousand came.",
                Lang::En
            ),
            vec![r(1e8, Some("GBP")), r(1e3, None)]
        );
        assert_eq!(q("Thousands were evacuated.", Lang::En), vec![r(1e3, None)]);
        assert_eq!(
            q("hundreds of miles", Lang::En),
            vec![r(100.0, Some("mile"))]
        );
        assert_eq!(
            q(
                "miles de millones de dólares y decenas de miles de personas",
                Lang::Es
            ),
            vec![r(1e9, Some("USD")), r(1e4, None)]
        );
        assert_eq!(
            q("varios cientos de vecinos y centenares de casas", Lang::Es),
            vec![r(100.0, None), r(100.0, None)]
        );
        assert_eq!(
            q("costó varios miles de millones de pesos", Lang::Es),
            vec![r(1e9, Some("MXN"))]
        );
        // A number before the plural scale makes it exact: "2 millones", "mil millones".
        assert_eq!(
            q("2 millones de personas y mil millones de pesos", Lang::Es),
            vec![
                (2e6, None, Qualifier::Exact, None),
                (1e9, None, Qualifier::Exact, Some("MXN".into()))
            ]
        );
        assert!(q("They came by the thousands, 5 per thousands.", Lang::En)
            .iter()
            .all(|x| x.0 == 5.0));
    }
}
