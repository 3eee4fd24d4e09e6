//! Qualifiers: the phrases before a number that bound or hedge it ("more than", "up to",
//! "about", "al menos") and those after it ("or more", "+", "-odd").

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::tables::{BEFORE, LENGTH_UNITS};
use super::{definite_articles, lower, with_low, word_at};
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::model::Qualifier;
use crate::word_set;

/// A phrase of [`BEFORE`], as its words.
pub(super) type Phrase = &'static [&'static str];

/// [`BEFORE`] indexed by the last word of each phrase (the word right before the number);
/// each word's phrases longest first and otherwise in their order in `BEFORE`, so that the
/// first that matches is the one a scan of `BEFORE` for the longest (and, among equals,
/// first) match would pick.
fn before_by_last_word() -> &'static FxHashMap<&'static str, Vec<(Phrase, Qualifier)>> {
    static INDEX: OnceLock<FxHashMap<&'static str, Vec<(Phrase, Qualifier)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxHashMap<&'static str, Vec<(Phrase, Qualifier)>> = FxHashMap::default();
        for &(phrase, q) in BEFORE {
            index
                .entry(phrase[phrase.len() - 1])
                .or_default()
                .push((phrase, q));
        }
        for list in index.values_mut() {
            // A stable sort: equal lengths keep the order of `BEFORE`.
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        index
    })
}

/// The qualifier written before the number token at `start` ("more than", "~", "hasta el"),
/// and where its surface begins.
pub(super) fn qualifier_before(toks: &[Tok], start: usize) -> Option<(Qualifier, usize)> {
    // "~80%": a tilde glued before the figure.
    if start > 0 && toks[start - 1].text == "~" && !toks[start].space_before {
        return Some((Qualifier::Approx, start - 1));
    }
    // Collect up to four words right before `start` (skipping nothing but the words), nearest
    // first, as token indices: only the nearest is lower-cased unless a phrase ends with it.
    let mut near = [0usize; 4];
    let mut n = 0;
    let mut i = start;
    while i > 0 && n < 4 {
        i -= 1;
        let t = &toks[i];
        if t.kind != Kind::Word {
            if t.text == "." && i > 0 && toks[i - 1].is("approx") {
                continue;
            }
            break;
        }
        near[n] = i;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    // Articles between a qualifier and its number: "hasta el 40%", "en torno al 11%",
    // "por encima del 4%".
    let mut first = 0;
    let mut last = lower(&toks[near[0]]);
    if definite_articles().contains(&last) {
        // Rule `bound_word_before_the_figure`: English writes no qualifier with an article;
        // a bound word before "the" compares with the figure named ("slightly above the 2.1%
        // analysts had forecast", "far above the 150,000 given by police"), which is exact.
        if n == 1 || last == "the" {
            return None;
        }
        first = 1;
        last = lower(&toks[near[1]]);
    } else if (last == "a" || last == "an")
        && n > 1
        && crate::extract::numbers::scale(&lower(&toks[start])).is_some()
    {
        // Rule `article_before_scale`: "more than a million", "about a billion": the
        // article is the scale's count, and the qualifier stands before it.
        first = 1;
        last = lower(&toks[near[1]]);
    } else if (last == "un" || last == "una") && n > 1 {
        // Rule `spanish_indefinite_before_the_figure`: "cayeron hasta un 12%", "más de un
        // 40%": Spanish writes "un" before a percentage; the qualifier stands before it ("subió
        // un 12%" has none).
        first = 1;
        last = lower(&toks[near[1]]);
    } else if last == "al" {
        last = Lower(Cow::Borrowed("a"));
    } else if last == "del" {
        last = Lower(Cow::Borrowed("de"));
    }
    // The words read back from the number; `last` is the first of them, as read.
    let words = &near[first..n];
    // "handed over 55", "talking about one million": a particle, not a qualifier.
    let wi = words[0];
    if particle_qualifiers().contains(&last) && wi > 0 && !distance_after(toks, start) {
        let before = &toks[wi - 1];
        if before.kind == Kind::Word && particle_verb(&lower(before), &last) {
            return None;
        }
    }
    // Rule `span_after_a_figure_is_no_bound`: "stole £2.3m over 11 years", "a crowd of
    // 200,000 over four days": "over" right after another figure opens the span that figure
    // was counted over, which is exact ("jailed for over three years" is a bound); the span
    // still opens on "over", as a window does.
    if last == "over" && wi > 0 && ends_a_figure(toks, wi - 1) {
        return Some((Qualifier::Exact, wi));
    }
    // "inching back up to 4.8 percent": a return to a level, not a bound; rule
    // `raised_up_to_a_level`: "will go up to £12.21", "ramped up to 500 flights" neither.
    if last == "to"
        && words.len() >= 3
        && toks[words[1]].is("up")
        && (toks[words[2]].is("back") || with_low(&toks[words[2]], |w| up_to_verbs().contains(w)))
    {
        return None;
    }
    if last == "hasta" && super::changes::level_after_change(toks, words[0]) {
        return None;
    }
    let phrases = before_by_last_word().get(last.as_str())?;
    // The longest phrase that the words before the number end with (each ends with `last`).
    phrases.iter().find_map(|&(phrase, q)| {
        let m = phrase.len();
        (m <= words.len()
            && phrase[..m - 1]
                .iter()
                .rev()
                .zip(&words[1..])
                .all(|(p, &j)| with_low(&toks[j], |w| w == *p)))
        .then(|| (q, words[m - 1]))
    })
}

/// Whether token `k` ends a figure: its digits, or a scale word right after them ("£2.3m",
/// "4 million") (rule `span_after_a_figure_is_no_bound`).
fn ends_a_figure(toks: &[Tok], k: usize) -> bool {
    toks[k].kind == Kind::Num
        || k > 0
            && toks[k - 1].kind == Kind::Num
            && crate::extract::numbers::scale(&lower(&toks[k])).is_some()
}

/// Rule `hedge_before_a_distance`: a figure of length right after the number ("moved about
/// 500 miles", "travelled around 300 km") makes "about", "around" or "over" its hedge or
/// bound whatever verb stands before: one moves around places, never around a distance.
fn distance_after(toks: &[Tok], start: usize) -> bool {
    word_at(toks, start + 1)
        .and_then(|w| super::units::unit_word(&w))
        .is_some_and(|u| LENGTH_UNITS.contains(&u))
}

word_set!(
    /// Verbs before "up to" that move a figure to a level ("go up to", "ramped up to").
    up_to_verbs,
    "en/up_to_verbs.txt",
);

word_set!(
    /// Bound words that after some verbs are a particle ("handed over 55").
    particle_qualifiers,
    "en/particle_qualifiers.txt"
);
word_set!(
    /// Verbs after which "over" is a particle ("handed over 55").
    particle_verbs_over,
    "en/particle_verbs_over.txt"
);
word_set!(
    /// Verbs after which "about" or "around" is a preposition ("talking about one million").
    verbs_about,
    "en/verbs_about.txt",
    "es/verbs_about.txt"
);

/// Verbs after which "over" is a particle ("handed over 55"), and verbs after which "about"
/// or "around" is a preposition ("talking about one million").
pub(super) fn particle_verb(w: &str, particle: &str) -> bool {
    if particle == "over" {
        particle_verbs_over().contains(w)
    } else {
        verbs_about().contains(w)
    }
}

/// Qualifiers written after the number and its unit ("or more", "or so", "+", "-plus", "o más").
/// Rule `plus_adds_to_money`: after money, "plus" and a word is an addition ("€65m plus
/// bonuses", "£40 plus VAT"), no qualifier; "plus" at the end of a phrase is "more than".
pub(super) fn qualifier_after(toks: &[Tok], end: usize, money: bool) -> Option<(Qualifier, usize)> {
    let t = toks.get(end)?;
    if t.text == "+" && !t.space_before {
        return Some((Qualifier::MoreThan, end + 1));
    }
    if t.text == "-" && !t.space_before {
        if let Some(w) = word_at(toks, end + 1) {
            match w.as_str() {
                "plus" => return Some((Qualifier::MoreThan, end + 2)),
                "odd" => return Some((Qualifier::Approx, end + 2)),
                _ => {}
            }
        }
    }
    let a = word_at(toks, end)?;
    let b = word_at(toks, end + 1).unwrap_or_default();
    match (a.as_str(), b.as_str()) {
        ("or", "more") | ("o", "más") | ("or", "above") => Some((Qualifier::AtLeast, end + 2)),
        ("or", "so") => Some((Qualifier::Approx, end + 2)),
        ("or", "less") | ("or", "fewer") => Some((Qualifier::AtMost, end + 2)),
        ("plus", w) if !money || w.is_empty() => Some((Qualifier::MoreThan, end + 1)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    /// The phrase matching of `qualifier_before` as a scan of all of `BEFORE`: the longest
    /// phrase the words (in text order) end with, the first of equals.
    fn longest_phrase_scan(words: &[&str]) -> Option<(Qualifier, usize)> {
        let mut best: Option<(Qualifier, usize)> = None;
        for (phrase, q) in BEFORE {
            let n = phrase.len();
            if n <= words.len()
                && words[words.len() - n..] == **phrase
                && best.is_none_or(|(_, len)| n > len)
            {
                best = Some((*q, n));
            }
        }
        best
    }

    #[test]
    fn back_up_to_is_a_return_not_a_bound() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 2).map(|(q, _)| q)
        };
        assert_eq!(at("inching back up to 4.8 %"), None);
        assert_eq!(at("The wage will go up to 12.21 an hour"), None);
        assert_eq!(at("Output ramped up to 500 units"), None);
        assert_eq!(at("waited up to 72 h"), Some(Qualifier::AtMost));
    }

    #[test]
    fn hedge_before_a_distance_after_a_verb_of_motion() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 2).map(|(q, _)| q)
        };
        assert_eq!(
            at("The storm moved about 500 miles"),
            Some(Qualifier::Approx)
        );
        assert_eq!(at("It moved about 800 km"), Some(Qualifier::Approx));
        // Near miss: no distance, "about" is the verb's particle.
        assert_eq!(at("They talked about 500 people"), None);
    }

    #[test]
    fn article_before_scale_leaves_the_qualifier_before_it() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 2).map(|(q, _)| q)
        };
        assert_eq!(at("more than a million pills"), Some(Qualifier::MoreThan));
        assert_eq!(at("about a billion dollars"), Some(Qualifier::Approx));
        // Near miss: an article and no qualifier before it.
        assert_eq!(at("they seized a million pills"), None);
    }

    #[test]
    fn bound_word_before_the_figure_is_a_comparison() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 1).map(|(q, _)| q)
        };
        assert_eq!(at("far above the 150,000"), None);
        assert_eq!(at("slightly above the 2.1"), None);
        assert_eq!(at("far above 150,000"), Some(Qualifier::MoreThan));
        // Spanish writes its qualifiers with an article.
        assert_eq!(at("hasta el 40"), Some(Qualifier::AtMost));
        // Rule `spanish_indefinite_before_the_figure`.
        assert_eq!(at("cayeron hasta un 12"), Some(Qualifier::AtMost));
        assert_eq!(at("más de un 40"), Some(Qualifier::MoreThan));
        assert_eq!(at("subió un 12"), None);
    }

    /// Rule `span_after_a_figure_is_no_bound`.
    #[test]
    fn over_right_after_a_figure_opens_an_exact_span() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 2).map(|(q, _)| q)
        };
        assert_eq!(
            at("he embezzled £4.1m over 9 years"),
            Some(Qualifier::Exact)
        );
        assert_eq!(
            at("a crowd of 80,000 over 3 nights"),
            Some(Qualifier::Exact)
        );
        // Near miss: after a word, "over" is a bound.
        assert_eq!(
            at("she was jailed for over 6 years"),
            Some(Qualifier::MoreThan)
        );
    }

    #[test]
    fn hasta_after_a_change_is_the_level() {
        let at = |s: &str| {
            let toks = tokenize(s);
            qualifier_before(&toks, toks.len() - 2).map(|(q, _)| q)
        };
        assert_eq!(
            at("El paro bajó en 27.000 personas, hasta 2,56 millones"),
            None
        );
        assert_eq!(
            at("La factura bajó un 12% en octubre, hasta los 48 euros"),
            None
        );
        // Rule `change_figure_after_its_object`: the change's figure after the verb's object.
        assert_eq!(
            at("El banco central bajó la tasa de referencia en 50 puntos, hasta 9 %"),
            None
        );
        // With no figure of change before it, "hasta" bounds.
        assert_eq!(at("Las tarifas subirán hasta 5 %"), Some(Qualifier::AtMost));
        assert_eq!(at("Caben hasta 300 personas"), Some(Qualifier::AtMost));
        // A change farther back, past another clause, bounds nothing here.
        assert_eq!(
            at("Viajó el año pasado un 15% más, pese a los retrasos de hasta 3 h"),
            Some(Qualifier::AtMost)
        );
    }

    #[test]
    fn qualifier_phrases_indexed_by_last_word_match_as_a_scan_would() {
        let mut pairs: Vec<(&[&str], &[&str])> = Vec::new();
        for (p, _) in BEFORE {
            pairs.push((&[], p));
            pairs.push((&["then"], p));
            for (q, _) in BEFORE {
                pairs.push((q, p));
            }
        }
        for (a, b) in pairs {
            let words: Vec<&str> = a.iter().chain(b.iter()).copied().collect();
            let s = format!("{} 5", words.join(" "));
            let toks = tokenize(&s);
            let five = toks.len() - 1;
            // The scan reads at most four words back.
            let tail = &words[words.len().saturating_sub(4)..];
            let want = longest_phrase_scan(tail).map(|(q, n)| (q, five - n));
            let got = qualifier_before(&toks, five);
            assert_eq!(got, want, "{s}");
        }
    }
}
