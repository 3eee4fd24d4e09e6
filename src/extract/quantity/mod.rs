//! Quantities in one tokenized sentence: a number (digits, words, dozens, fractions, scaled)
//! with its qualifier, unit or currency, and range end; and the rules that tell a claim from
//! a date, a clock time, an ordinal, a name ("Boeing 737", "G7"), a phone number or list
//! numbering.
//!
//! This module holds [`Quantity`] and [`find`], which reads a sentence's number atoms
//! (`atoms`), drops those the `exclusion` rules rule out (see [`explain`]), builds each into
//! a quantity (`build`: currency and unit from `units`, bound or hedge from `qualifiers`),
//! joins ranges (`ranges`), sets years aside (`dates`) and adds the vague figures (`vague`).
//! `names` tells numbers that belong to a name or a person; `tables` holds the word-to-value
//! tables (units, currencies, qualifier phrases); the word lists are data under
//! `extract/lexicon/`.

mod atoms;
mod build;
mod changes;
mod dates;
mod exclusion;
mod halves;
mod names;
mod qualifiers;
mod ranges;
mod tables;
mod units;
mod vague;

pub(crate) use names::demonym_like;
pub(crate) use units::is_currency_word;
pub use vague::is_vague;

use super::numbers::{self, DecimalMark};
use super::tokens::{Kind, Lower, Tok};
use crate::extract::lexicon::shared::window_prepositions;
use crate::model::{Lang, Qualifier};
use crate::text::with_lower;
use crate::word_set;
use atoms::atoms;
use build::build;
use dates::{is_year_like, temporal_year, year_continues};
use exclusion::excluded;
pub use exclusion::explain;
use ranges::range_with;
use vague::vague;
/// A quantity found in a sentence, with token spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    /// Tokens of the whole surface (qualifier, currency, number, scale, unit).
    pub start: usize,
    pub end: usize,
    /// Tokens of the number itself.
    pub num_start: usize,
    pub num_end: usize,
    /// The figure a change started from ("rose from 5% to 7%": 5%, this being 7%), see
    /// `changes`.
    pub changed_from: Option<Box<Quantity>>,
}

/// A bare number before context is applied.
#[derive(Debug, Clone, Copy)]
struct Atom {
    start: usize,
    end: usize,
    value: f64,
    /// Written in digits without separators or scale (candidates for years, names, times).
    plain_digits: bool,
    /// A fraction or dozen pattern, already complete.
    fixed: bool,
    /// Written with a minus sign right before it ("-5 yards", "$-50.8bn", "-1.3%").
    negative: bool,
}

fn lower<'a>(t: &Tok<'a>) -> Lower<'a> {
    t.low()
}

/// Calls `f` with the token's text in lower case, without copying it when it already is.
fn with_low<R>(t: &Tok, f: impl FnOnce(&str) -> R) -> R {
    if t.lower_case {
        f(t.text)
    } else {
        with_lower(t.text, f)
    }
}

fn word_at<'a>(toks: &[Tok<'a>], i: usize) -> Option<Lower<'a>> {
    toks.get(i).filter(|t| t.kind == Kind::Word).map(lower)
}

/// Finds the quantities of a tokenized sentence.
pub fn find(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Vec<Quantity> {
    let atoms = atoms(toks, lang, mark);
    let mut out: Vec<Quantity> = Vec::new();
    let mut consumed_until = 0usize;
    // Where the last number read as a year ended, and its value.
    let mut last_date: Option<(usize, f64)> = None;
    let mut k = 0;
    while k < atoms.len() {
        let a = atoms[k];
        k += 1;
        if a.start < consumed_until || excluded(&a, toks) {
            continue;
        }
        let Some(mut q) = build(&a, toks) else {
            continue;
        };
        // Ranges: "20-30", "20 to 30", "between 20 and 30", "entre 20 y 30", "de 20 a 30".
        if let Some(b) = atoms.get(k).copied() {
            if let Some(r) = range_with(&a, &q, &b, toks) {
                // "between 1600 and 1900", "1000-1260": a span of years.
                let year = |x: &Atom| {
                    x.plain_digits
                        && toks[x.start].text.len() == 4
                        && (1000.0..=2100.0).contains(&x.value)
                };
                if year(&a) && year(&b) && r.unit.is_none() && !counted_noun_follows(toks, b.end) {
                    consumed_until = r.end;
                    k += 1;
                    continue;
                }
                q = r;
                k += 1;
            }
        }
        // A year is a date unless the number reads as a quantity (unit, currency, qualifier).
        let temporal = temporal_year(&a, toks);
        let dated = is_year_like(&a, toks)
            || temporal
            || last_date.is_some_and(|(e, v)| year_continues(e, v, &a, toks));
        // Rule `bound_year`: "firmó hasta 2030": the preposition of time read as a bound
        // names a date, not an amount (a recent year, nothing counted or measured after it).
        let bound_year = temporal && (1900.0..=2100.0).contains(&a.value);
        if dated
            && q.unit.is_none()
            && (q.qualifier == Qualifier::Exact || bound_year)
            && q.value_max.is_none()
            && !counted_noun_follows(toks, a.end)
        {
            last_date = Some((a.end, a.value));
            continue;
        }
        consumed_until = q.end;
        out.push(q);
    }
    inherit_units(&mut out, toks);
    inherit_qualifiers(&mut out, toks);
    changes::join(&mut out, toks);
    let vague = vague(toks, lang);
    if !vague.is_empty() {
        out.retain(|q| !vague.iter().any(|v| q.start < v.end && v.start < q.end));
        out.extend(vague);
        out.sort_by_key(|q| q.start);
    }
    out
}

/// "more than 100 kilometers (60 miles)": a conversion in parentheses right after a bounded
/// figure carries the same bound.
fn inherit_qualifiers(out: &mut [Quantity], toks: &[Tok]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (p, q) = (&head[k - 1], &mut tail[0]);
        if p.qualifier == Qualifier::Exact
            || q.qualifier != Qualifier::Exact
            || q.start == 0
            || q.start != p.end + 1
            || toks[p.end].text != "("
            || p.unit.is_none()
            || q.unit.is_none()
            || p.unit == q.unit
        {
            continue;
        }
        q.qualifier = p.qualifier;
    }
}

/// "fell from 208 pounds to 193", "rose 64 points to 4,577": the level reached after "to"
/// keeps the unit of the figure just before it, unless that figure is a percentage (a change
/// in percent says nothing of the level's unit). And backwards, "from 4.8 to 4.7 percent",
/// "from 2 to 3 million": a bare figure right before "to" takes the unit and scale written
/// only after the second, whether it is one figure or a range ("from 24.2 to 33-35 billion
/// euros", "de 24,2 a 33 millones").
fn inherit_units(out: &mut [Quantity], toks: &[Tok]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (p, q) = (&mut head[k - 1], &mut tail[0]);
        if q.start == 0 || p.end > q.start {
            continue;
        }
        let to = q.start - 1;
        // "de 24,2 a 33 millones": Spanish links the two figures with "a" after "de".
        let de_a = toks[to].is("a") && p.start > 0 && toks[p.start - 1].is("de");
        if !(toks[to].is("to") || de_a) || to < p.end || to - p.end > 2 {
            continue;
        }
        // Rule `window_lends_no_unit`: "doubled in three years to 9,000": a duration after a
        // window preposition is when the change happened, not the level it started from.
        let window = p.start > 0
            && toks[p.start - 1].kind == Kind::Word
            && window_prepositions().contains(&lower(&toks[p.start - 1]));
        if q.unit.is_none() && window {
            continue;
        }
        if q.unit.is_none() {
            // Rule `range_ends_measure_alike`: "un bono de 70.000 pesos a 4,8 millones de
            // jubilados" counts retirees, not pesos.
            if q.value_max.is_some() || ranges::counts_a_noun_of_its_own(toks, q.end) {
                continue;
            }
            if let Some(u) = p
                .unit
                .as_deref()
                .filter(|u| !matches!(*u, "percent" | "percentage point" | "basis point"))
            {
                q.unit = Some(u.to_string());
            }
        } else if p.unit.is_none() && p.value_max.is_none() && to == p.end && p.start < to {
            q.unit.clone_into(&mut p.unit);
            let q_scale = numbers::scale(&lower(&toks[q.num_end - 1]))
                .filter(|_| q.num_end - q.num_start > 1 && toks[q.num_end - 1].kind == Kind::Word);
            let p_scaled = p.num_end - p.num_start > 1;
            if let Some(m) = q_scale.filter(|m| !p_scaled && p.value * m <= q.value * 10.0) {
                p.value *= m;
            }
        }
    }
}

word_set!(
    /// Definite articles ("the", "el", "los"), skipped between a qualifier or range word and
    /// its number.
    definite_articles,
    "en/definite_articles.txt",
    "es/definite_articles.txt"
);
word_set!(
    /// Words ending in "s" that are no plural noun after a number ("was", "this", "más").
    not_plural_nouns,
    "en/not_plural_nouns.txt",
    "es/not_plural_nouns.txt"
);

/// A lower-case plural noun right after a number ("2000 workers") makes a 4-digit number a count.
fn counted_noun_follows(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != Kind::Word || t.is_capitalized() {
        return false;
    }
    let w = lower(t);
    w.len() > 3 && w.ends_with('s') && !not_plural_nouns().contains(&w)
}

#[cfg(test)]
pub(super) mod testing {
    use super::*;
    use crate::extract::tokens::tokenize;

    pub fn q(s: &str, lang: Lang) -> Vec<(f64, Option<f64>, Qualifier, Option<String>)> {
        let toks = tokenize(s);
        find(&toks, lang, numbers::decimal_evidence(s))
            .into_iter()
            .map(|q| (q.value, q.value_max, q.qualifier, q.unit))
            .collect()
    }

    pub fn one(s: &str) -> (f64, Option<f64>, Qualifier, Option<String>) {
        let got = q(s, Lang::En);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        got[0].clone()
    }

    pub fn unit(s: &str) -> (f64, Option<String>) {
        let (v, _, _, u) = one(s);
        (v, u)
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;

    #[test]
    fn a_sentence_opening_verb_is_no_name_before_its_count() {
        for s in [
            "Hay 16 detenidos por el ataque.",
            "Murieron 12 personas en el choque.",
        ] {
            assert_eq!(q(s, Lang::Es).len(), 1, "{s}");
        }
        // A capitalised name still holds its number.
        assert!(q("El Airbus 320 aterrizó.", Lang::Es).is_empty());
    }

    #[test]
    fn fractions_without_of() {
        // Rule `part_of_something`: a hyphen-joined fraction after "by", and a fraction before
        // a comparative.
        let v = q("Traffic has dropped by two-thirds since May.", Lang::En);
        assert_eq!(v.len(), 1, "{v:?}");
        assert!((v[0].0 - 2.0 / 3.0).abs() < 1e-9);
        let v = q("Premiums are still a third higher than before.", Lang::En);
        assert!((v[0].0 - 1.0 / 3.0).abs() < 1e-9, "{v:?}");
        assert!(q("It was a third transfer.", Lang::En).is_empty());
        let v = q("The bank cut rates by a quarter point to 4%.", Lang::En);
        assert!((v[0].0 - 0.25).abs() < 1e-9, "{v:?}");
    }

    #[test]
    fn naira_glued() {
        assert_eq!(
            unit("Petrol costs N1,030 a litre."),
            (1030.0, Some("NGN".into()))
        );
        // "N95" is a mask's name, no money.
        assert!(q("They wore N95 masks.", Lang::En)
            .iter()
            .all(|v| v.3.is_none()));
    }

    #[test]
    fn basics() {
        assert_eq!(
            q("more than 50 leaders", Lang::En),
            vec![(50.0, None, Qualifier::MoreThan, None)]
        );
        assert_eq!(
            q("a 25% tariff", Lang::En),
            vec![(25.0, None, Qualifier::Exact, Some("percent".into()))]
        );
        assert_eq!(
            q("$1.2 billion in aid", Lang::En),
            vec![(1.2e9, None, Qualifier::Exact, Some("USD".into()))]
        );
        assert_eq!(
            q("2.000 millones de pesos", Lang::Es),
            vec![(2e9, None, Qualifier::Exact, Some("MXN".into()))]
        );
        assert_eq!(
            q("between 20 and 30 people", Lang::En),
            vec![(20.0, Some(30.0), Qualifier::Exact, None)]
        );
        assert_eq!(
            q("nearly two dozen calls", Lang::En),
            vec![(24.0, None, Qualifier::Approx, None)]
        );
        assert_eq!(
            q("half of the country", Lang::En),
            vec![(0.5, None, Qualifier::Exact, None)]
        );
        assert_eq!(
            q("48 horas", Lang::Es),
            vec![(48.0, None, Qualifier::Exact, Some("hour".into()))]
        );
        assert_eq!(
            q("subió 25 puntos básicos", Lang::Es),
            vec![(25.0, None, Qualifier::Exact, Some("basis point".into()))]
        );
    }
}
