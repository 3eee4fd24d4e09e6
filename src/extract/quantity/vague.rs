//! Vague quantities: plurals and hedged scales read as an order of magnitude ("hundreds of",
//! "tens of thousands", "several hundred", "decenas de").

use std::sync::OnceLock;

use super::tables::{EN_HEDGED_SCALES, EN_VAGUE_PLURALS, ES_VAGUE_PLURALS, SCALES_AFTER_HEDGE};
use super::units::{ambiguous_unit, currency_word, unit_word};
use super::{lower, numbers, with_low, word_at, Quantity};
use crate::extract::lexicon::WordSet;
use crate::extract::tokens::{Kind, Tok};
use crate::model::{Lang, Qualifier};
use crate::word_set;

word_set!(
    /// Determiners before a bare plural that make it no count ("by the thousands").
    vague_plural_determiners,
    "en/vague_plural_determiners.txt",
    "es/vague_plural_determiners.txt"
);
word_set!(
    /// English words that hedge a scale ("several", "few").
    en_hedges,
    "en/hedges.txt"
);
word_set!(
    /// Spanish words that hedge a scale ("varios", "unos").
    es_hedges,
    "es/hedges.txt"
);
word_set!(
    /// Words after a bare vague plural that make it a figure ("were", "more", "fueron").
    verbs_after_vague_plural,
    "en/verbs_after_vague_plural.txt",
    "es/verbs_after_vague_plural.txt"
);

/// Is `q` a vague plural or rough scale ("hundreds of", "several thousand", "decenas de")?
pub fn is_vague(q: &Quantity, toks: &[Tok]) -> bool {
    q.value_max == Some(q.value * 10.0)
        && word_at(toks, q.num_start).is_some_and(|w| {
            vague_plural(&w, Lang::En).is_some()
                || vague_plural(&w, Lang::Es).is_some()
                || w == "a"
                || en_hedges().contains(&w)
                || es_hedges().contains(&w)
        })
}

/// The words that open a vague figure in `lang`: its vague plurals and hedge words, as one
/// set whose first-byte index rules most words out before they are hashed.
fn openers(lang: Lang) -> &'static WordSet {
    static EN: OnceLock<WordSet> = OnceLock::new();
    static ES: OnceLock<WordSet> = OnceLock::new();
    let (set, plurals, hedges) = match lang {
        Lang::En => (&EN, &EN_VAGUE_PLURALS, en_hedges()),
        Lang::Es => (&ES, &ES_VAGUE_PLURALS, es_hedges()),
    };
    set.get_or_init(|| {
        let words: Vec<&'static str> = plurals.words().chain(hedges.iter()).collect();
        WordSet::from_words(&words)
    })
}

/// The base of a vague plural ("hundreds" → 100, "decenas" → 10), in the sentence's language.
pub(super) fn vague_plural(w: &str, lang: Lang) -> Option<f64> {
    match lang {
        Lang::En => EN_VAGUE_PLURALS.get(w),
        Lang::Es => ES_VAGUE_PLURALS.get(w),
    }
}

/// Words that hedge a scale into a vague figure: "several hundred", "a few thousand",
/// "varios cientos", "unos miles".
pub(super) fn hedge_word(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => en_hedges().contains(w),
        Lang::Es => es_hedges().contains(w),
    }
}

/// The scale a hedge word takes after it: "several hundred", "a few dozen", "varios miles".
fn hedged_scale(n: &str, lang: Lang) -> Option<f64> {
    match lang {
        Lang::En => EN_HEDGED_SCALES
            .iter()
            .find(|(s, _)| *s == n)
            .map(|&(_, v)| v),
        Lang::Es => vague_plural(n, lang).filter(|_| n != "decenas" && n != "docenas"),
    }
}

/// Vague plurals and rough scales: "dozens of", "hundreds of", "tens of thousands of",
/// "several hundred", "a few thousand", "decenas de", "miles de millones de", "varios cientos".
/// Each is an order of magnitude, the range [S, 10·S] ("hundreds of" is 100–1000, "tens of
/// thousands" 10,000–100,000, "dozens" 12–120); a story that goes from "dozens" to "hundreds"
/// changed its claim. A plural scale right after a number ("2 millones de") is not vague.
pub(super) fn vague(toks: &[Tok], lang: Lang) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match vague_at(toks, i, lang) {
            Some(q) => {
                i = q.end;
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

/// How a vague figure opens at a word: where its surface starts, its base, the token after
/// its opening words, and whether a hedge opened it ("several hundred") rather than a plural.
struct Opening {
    start: usize,
    base: f64,
    next: usize,
    hedged: bool,
    /// Opened by "tens", which counts only tens of thousands or more.
    tens: bool,
}

/// The vague figure opened by the word at `i`, if any.
fn vague_at(toks: &[Tok], i: usize, lang: Lang) -> Option<Quantity> {
    let o = opening(toks, i, lang)?;
    let (value, k) = further_scales(toks, lang, o.base, o.next, o.hedged);
    if !o.hedged
        && (!(of_at(toks, k, lang) || bare_plural_counts(toks, i, k, value, o.base))
            || o.tens && value < 1e3)
    {
        return None;
    }
    let u = if of_at(toks, k, lang) { k + 1 } else { k };
    let (unit, end) = match vague_unit(toks, u, value) {
        Some(unit) => (Some(unit), u + 1),
        None => (None, k),
    };
    Some(Quantity {
        value,
        value_max: Some(value * 10.0),
        qualifier: Qualifier::Exact,
        unit,
        start: o.start,
        end,
        num_start: o.start,
        num_end: k,
        changed_from: None,
    })
}

/// "of" ("de" in Spanish) at token `k`.
fn of_at(toks: &[Tok], k: usize, lang: Lang) -> bool {
    word_at(toks, k).is_some_and(|w| match lang {
        Lang::En => w == "of",
        Lang::Es => w == "de",
    })
}

/// Only a vague plural or a hedge word before a scale opens a vague figure.
fn opening(toks: &[Tok], i: usize, lang: Lang) -> Option<Opening> {
    let t = &toks[i];
    // All of them end in "s" but "several" and "few": look at the last byte before
    // lower-casing.
    if t.kind != Kind::Word
        || !(t.ends_with_letter(b's') || t.ends_with_letter(b'l') || t.ends_with_letter(b'w'))
        || !with_low(t, |w| openers(lang).contains(w))
    {
        return None;
    }
    let w = lower(t);
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    if let Some(base) = vague_plural(&w, lang) {
        let after_number = prev.is_some_and(|p| {
            p.kind == Kind::Num
                || p.kind == Kind::Word && with_low(p, numbers::is_number_word) && !p.is("de")
        });
        if after_number || prev.is_some_and(|p| p.is("per") || p.is("por")) {
            return None;
        }
        let tens = w == "tens";
        return Some(Opening {
            start: i,
            base,
            next: i + 1,
            hedged: false,
            tens,
        });
    }
    let hedge = hedge_word(&w, lang);
    let scale = word_at(toks, i + 1).and_then(|n| hedged_scale(&n, lang));
    let (true, Some(base)) = (hedge, scale) else {
        return None;
    };
    // "a few hundred": the article belongs to the figure; "few" alone needs it.
    let a_before = i >= 1 && toks[i - 1].is("a");
    if w == "few" && !a_before {
        return None;
    }
    Some(Opening {
        start: if a_before { i - 1 } else { i },
        base,
        next: i + 2,
        hedged: true,
        tens: false,
    })
}

/// Further scales from token `k`: "tens of thousands", "miles de millones", "several hundred
/// million"; the value reached and the token after the last scale.
fn further_scales(toks: &[Tok], lang: Lang, base: f64, mut k: usize, hedged: bool) -> (f64, usize) {
    let mut value = base;
    loop {
        if of_at(toks, k, lang) {
            if let Some(m) = word_at(toks, k + 1).and_then(|n| vague_plural(&n, lang)) {
                if m > 12.0 {
                    value *= m;
                    k += 2;
                    continue;
                }
            }
        }
        if hedged {
            if let Some(m) = word_at(toks, k)
                .filter(|n| SCALES_AFTER_HEDGE.contains(&n.as_str()))
                .and_then(|n| numbers::scale(&n))
            {
                value *= m;
                k += 1;
                continue;
            }
        }
        break;
    }
    (value, k)
}

/// A bare plural (opened at `i`, its scales ending before `k`) with no "of" after it counts
/// after another scale ("decenas de miles se quedaron") or before a verb ("thousands were
/// evacuated", "dozens more"); "by the thousands" counts nothing.
fn bare_plural_counts(toks: &[Tok], i: usize, k: usize, value: f64, base: f64) -> bool {
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    value != base && !prev.is_some_and(|p| vague_plural_determiners().contains(&lower(p)))
        || word_at(toks, k).is_some_and(|n| verbs_after_vague_plural().contains(&n))
}

/// The currency or unit after a vague figure (at token `u`): "hundreds of miles", "tens of
/// thousands of dollars", "hundreds of millions of pounds" (money).
fn vague_unit(toks: &[Tok], u: usize, value: f64) -> Option<String> {
    let n = word_at(toks, u)?;
    if let Some(c) = currency_word(&n) {
        return Some(c.to_string());
    }
    if n == "pounds" && value >= 1e6 {
        return Some("GBP".to_string());
    }
    unit_word(&n)
        .filter(|_| !ambiguous_unit(&n))
        .map(str::to_string)
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
