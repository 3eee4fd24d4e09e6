//! Ranges ("20 to 30", "between 20 and 30", "entre 20 y 30", "20-30") and the verbs of
//! change that make "fell by 4,000 to 217,000" a change and a level rather than a range.

use super::build::build;
use super::changes::marked_change;
use super::dates::is_year_like;
use super::exclusion::excluded;
use super::qualifiers::qualifier_before;
use super::units::{currency_before, currency_symbol, unit_word};
use super::{definite_articles, lower, numbers, with_low, word_at, Atom, Quantity};
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::word_set;

word_set!(
    /// Words opening a span of two figures ("between", "from", "entre", "desde").
    range_openers,
    "en/range_openers.txt",
    "es/range_openers.txt"
);
word_set!(
    /// Words before a figure that make it an age ("aged", "ages").
    pub(super) age_openers,
    "en/age_openers.txt"
);
word_set!(
    /// Spanish openers of a span closed by "hasta" ("desde", "de").
    hasta_openers,
    "es/hasta_openers.txt"
);
word_set!(
    /// Verbs of change ("rose", "fell", "subió").
    change_verbs,
    "en/change_verbs.txt",
    "es/change_verbs.txt"
);

/// Joins `a` (already built as `q`) with the next atom `b` when the text makes them a range.
pub(super) fn range_with(a: &Atom, q: &Quantity, b: &Atom, toks: &[Tok]) -> Option<Quantity> {
    if b.start < q.num_end {
        return None;
    }
    let (link, glued_to) = range_link(q, b, toks)?;
    let opener = range_opener(a, q, toks);
    let ok = links_a_range(&link, glued_to, &opener, a, q, b, toks);
    if !ok || b.value <= a.value || excluded(b, toks) {
        return None;
    }
    let qb = build(b, toks)?;
    let unit = qb.unit.clone().or(q.unit.clone());
    if q.unit.is_some() && qb.unit.is_some() && q.unit != qb.unit {
        return None;
    }
    // Rule `range_ends_measure_alike`: "un bono de 70.000 pesos a 4,8 millones de
    // jubilados": a second figure that counts a noun of its own ("de jubilados") is no upper
    // end of a sum or measure: the "a" says who receives it.
    if q.unit.is_some() && qb.unit.is_none() && counts_a_noun_of_its_own(toks, qb.end) {
        return None;
    }
    // "2 to 3 million": the scale of the upper end applies to the lower one.
    let mut lo = a.value;
    let hi_scaled = b.end - b.start > 1;
    let lo_scaled = a.end - a.start > 1;
    if hi_scaled && !lo_scaled {
        let w = lower(&toks[b.end - 1]);
        if let Some(m) = numbers::scale(&w) {
            if a.value <= b.value / m {
                lo *= m;
            }
        }
    }
    if lo >= b.value {
        return None;
    }
    let mut start = q.start;
    let mut qualifier = q.qualifier;
    if range_openers().contains(&opener) {
        let mut s0 = q.start.saturating_sub(1);
        while s0 > 0 && word_at(toks, s0).is_some_and(|w| definite_articles().contains(&w)) {
            s0 -= 1;
        }
        start = start.min(s0);
        if let Some((qq, s)) = qualifier_before(toks, start) {
            qualifier = qq;
            start = s;
        }
    }
    Some(Quantity {
        value: lo,
        value_max: Some(b.value),
        qualifier,
        unit,
        start,
        end: qb.end.max(b.end),
        num_start: a.start,
        num_end: b.end,
        changed_from: None,
    })
}

/// True when "de" and a lower-case word that is no unit follow a figure ending at `end`
/// ("4,8 millones de jubilados"): the figure counts a noun of its own (rule
/// `range_ends_measure_alike`).
pub(super) fn counts_a_noun_of_its_own(toks: &[Tok], end: usize) -> bool {
    word_at(toks, end).is_some_and(|w| w == "de")
        && toks.get(end + 1).is_some_and(|t| {
            t.kind == Kind::Word && !t.is_capitalized() && unit_word(&lower(t)).is_none()
        })
}

/// What stands between the figure `q` (atom `a`) and the next atom `b`, in lower case,
/// without articles, a repeated unit or currency symbol, or the hyphens of a glued "to"
/// ("0-to-60"); and whether that "to" was glued. `None` when too much stands between.
fn range_link<'a>(q: &Quantity, b: &Atom, toks: &[Tok<'a>]) -> Option<(Vec<Lower<'a>>, bool)> {
    // After the first figure's unit when it is written out ("1 per cent to 1.5 per cent").
    let link_from = if q.unit.is_some() && q.end > q.num_end && q.end <= b.start {
        q.end
    } else {
        q.num_end
    };
    // Up to the second figure's currency ("and $US171 million", "to RM300,000").
    let link_to =
        currency_before(toks, b.start, b.plain_digits).map_or(b.start, |(_, s)| s.max(link_from));
    // No link of three tokens or more makes a range (see the match on `link` below), so two
    // figures far apart are given up on before what stands between them is lower-cased. A
    // number, or a word neither an article nor a unit, stays in `link` whatever is dropped
    // from it below.
    let kept = toks[link_from..link_to]
        .iter()
        .filter(|t| {
            t.kind == Kind::Num
                || t.kind == Kind::Word
                    && with_low(t, |w| {
                        !(definite_articles().contains(w) || w == "percent")
                            && unit_word(w).is_none()
                    })
        })
        .take(3)
        .count();
    if kept >= 3 {
        return None;
    }
    let between: Vec<&Tok> = toks[link_from..link_to].iter().collect();
    // What stands between the two numbers, ignoring a repeated unit or currency symbol.
    let mut link: Vec<Lower> = between
        .iter()
        .filter(|t| !(t.text == "%" || currency_symbol(t.text, None).is_some()))
        .map(|t| lower(t))
        .collect();
    link.retain(|w| !definite_articles().contains(w));
    // "0-to-60", "200,000 to-260,000": hyphens glued around "to" join a range as "to" does.
    let glued_to = link.iter().any(|w| w == "to")
        && link.iter().any(|w| w == "-")
        && between.iter().all(|t| t.text != "-" || !t.space_before);
    if glued_to {
        link.retain(|w| w != "-");
    }
    if let Some(u) = &q.unit {
        // "20% to 30%", "20 km to 30 km": drop the unit words before the link.
        link.retain(|w| unit_word(w) != Some(u.as_str()) && w != "percent");
    }
    Some((link, glued_to))
}

/// The word that opens a range before the first figure ("between", "from", "entre"),
/// skipping articles: read before its qualifier or currency, else before its number.
fn range_opener<'a>(a: &Atom, q: &Quantity, toks: &[Tok<'a>]) -> Lower<'a> {
    let word_skipping_articles = |mut p: usize| -> Option<Lower> {
        loop {
            let w = word_at(toks, p)?;
            if definite_articles().contains(&w) && p > 0 {
                p -= 1;
                continue;
            }
            return Some(w);
        }
    };
    let before = a.start.checked_sub(1).and_then(word_skipping_articles);
    let before_q = q.start.checked_sub(1).and_then(word_skipping_articles);
    before_q.or(before).unwrap_or_default()
}

/// Whether `link` (see [`range_link`]) makes the figures `a` (built as `q`) and `b` a range
/// after `opener`: "20-30", "between 20 and 30", "entre 20 y 30", "three or four", "20 to 30"
/// (not "fell by 4,000 to 217,000"), "de 5 a 8", "from 450 up to 900", "desde 20 hasta 30".
fn links_a_range(
    link: &[Lower],
    glued_to: bool,
    opener: &Lower,
    a: &Atom,
    q: &Quantity,
    b: &Atom,
    toks: &[Tok],
) -> bool {
    let dash = matches!(link, [d] if d == "-" || d == "–" || d == "—");
    if dash {
        // "20-30" but not "3-1" (a score), phone numbers, or "2019-2020".
        b.value > a.value && !(is_year_like(a, toks) && is_year_like(b, toks))
    } else {
        match link
            .iter()
            .map(Lower::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["and"] => opener == "between" && !(is_year_like(a, toks) && is_year_like(b, toks)),
            ["y"] | ["e"] => opener == "entre" && !(is_year_like(a, toks) && is_year_like(b, toks)),
            // "three or four years", "dos o tres días": a small spread of consecutive figures.
            ["or"] | ["o"] => {
                b.value <= a.value * 2.0 && b.value - a.value <= 10.0 && !is_year_like(a, toks)
            }
            // Written as one compound, "0-to-60" is a range whatever verb stands before; so is
            // a span named with an article, "down from the $89 to $93 billion it projected".
            ["to"] if glued_to || q.start > 0 && toks[q.start - 1].is("the") => b.value > a.value,
            // "aged 25 to 54": an age band.
            ["to"] if age_openers().contains(opener) => b.value > a.value,
            // "fell by 4,000 to 217,000": the change, then the level it reached.
            // Rule `change_by_across_its_object`: "cut the wheat harvest in South Australia
            // by a third to 3.1 million tonnes": "by" after the verb's object, too.
            ["to"]
                if (change_verb_within(toks, q.start)
                    || q.start > 0
                        && toks[q.start - 1].is("by")
                        && change_verb_across_object(toks, q.start))
                    && b.value > 4.0 * a.value =>
            {
                false
            }
            ["to"] => {
                opener == "from"
                    && !change_verb_before(toks, q.start)
                    && !change_verb_across_object(toks, q.start)
                    && !marked_change(toks, q.start)
                    || opener != "from"
                        && (q.unit.is_none()
                            || build(b, toks).is_some_and(|qb| qb.unit == q.unit)
                                && (!change_verb_within(toks, q.start) || opener == "of"))
                        && b.value > a.value
                        && !change_verb_before(toks, q.start)
            }
            // "subió de 5 a 7": a change (see `changes`), not a range.
            ["a"] => {
                opener == "de"
                    && !change_verb_before(toks, q.start)
                    && !change_verb_across_object(toks, q.start)
                    && !marked_change(toks, q.start)
            }
            // "from 450 sq ft up to 900 sq ft", "desde 20 hasta 30", "de 5 hasta 8".
            ["up", "to"] => opener == "from" && !change_verb_before(toks, q.start),
            ["hasta"] => hasta_openers().contains(opener) && !change_verb_before(toks, q.start),
            _ => false,
        }
    }
}

pub(super) fn change_verb_before(toks: &[Tok], start: usize) -> bool {
    // "dropped by 1 to 1.5 degrees": the change itself is a range; so is the size of a
    // change named by a noun ("rises of 10% to 20%", rule `size_of_a_change`).
    if start > 0 && word_at(toks, start - 1).is_some_and(|w| w == "by" || w == "en" || w == "of") {
        return false;
    }
    change_verb_within(toks, start)
}

/// Rule `change_verb_across_its_object`: "raised the excise duty on betting stakes from 12.5%
/// to 15%", "elevará el impuesto a las cervezas del 26,5% al 30%": a verb of change whose object (up to ten words, no punctuation) stands between it
/// and "from X to Y" makes the span a change, as "rose from X to Y" does. `start` is the
/// first figure, after "from".
pub(super) fn change_verb_across_object(toks: &[Tok], start: usize) -> bool {
    let lo = start.saturating_sub(12);
    for t in toks[lo..start.saturating_sub(1)].iter().rev() {
        if t.kind != Kind::Word && t.text != "'" && t.text != "’" {
            return false;
        }
        if change_verbs().contains(&lower(t)) {
            return true;
        }
    }
    false
}

/// A verb of change among the six tokens before `start`.
pub(super) fn change_verb_within(toks: &[Tok], start: usize) -> bool {
    let lo = start.saturating_sub(6);
    toks[lo..start]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .any(|t| change_verbs().contains(&lower(t)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::{Lang, Qualifier};

    #[test]
    fn change_verb_across_its_object() {
        // Two figures, no range (the claim layer makes the first the figure left).
        let t = "raised the excise duty on betting stakes from 12.5% to 15%";
        assert!(q(t, Lang::En).iter().all(|x| x.1.is_none()), "{t}");
        // No verb of change: a range.
        assert_eq!(
            one("fees on betting stakes from 12.5% to 15%"),
            (12.5, Some(15.0), Qualifier::Exact, Some("percent".into()))
        );
    }

    #[test]
    fn range_ends_measure_alike() {
        let got = q(
            "pagará un bono de 70.000 pesos a 4,8 millones de jubilados",
            Lang::Es,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].3, None, "{got:?}");
        // Near miss: the second end names the same unit, or none: a range.
        let got = q("multas de 500 euros a 3.000 euros", Lang::Es);
        assert_eq!(got[0].1, Some(3000.0), "{got:?}");
        let got = q("precios de 20 dólares a 30 por persona", Lang::Es);
        assert_eq!(got[0].1, Some(30.0), "{got:?}");
    }

    #[test]
    fn change_by_across_its_object() {
        let got = q(
            "Drought has cut the wheat harvest in South Australia by a third to 3.1 million tonnes.",
            Lang::En,
        );
        assert_eq!(got.len(), 2, "{got:?}");
        // Near miss: a span with no verb of change stays a range.
        assert_eq!(
            q(
                "Harvests in the south range by region from 1 to 3 million tonnes.",
                Lang::En
            )
            .len(),
            1
        );
    }

    #[test]
    fn ranges_and_the_word_one() {
        // A change named by a noun: its size is the range ("rises of 10% to 20%").
        assert_eq!(
            one("brace for rises of 10% to 20% in prices"),
            (10.0, Some(20.0), Qualifier::Exact, Some("percent".into()))
        );
        assert_eq!(
            one("a fine of $2 billion to $4 billion"),
            (2e9, Some(4e9), Qualifier::Exact, Some("USD".into()))
        );
        assert_eq!(
            one("fees from 0.5 per cent to 0.75 per cent"),
            (0.5, Some(0.75), Qualifier::Exact, Some("percent".into()))
        );
        assert_eq!(
            one("between $US200 million and $US260 million"),
            (2e8, Some(2.6e8), Qualifier::Exact, Some("USD".into()))
        );
        assert_eq!(
            one("flats from 450 sq ft up to 900 sq ft"),
            (
                450.0,
                Some(900.0),
                Qualifier::Exact,
                Some("square foot".into())
            )
        );
        assert_eq!(
            q("plazas desde 20 hasta 35 euros", Lang::Es),
            vec![(20.0, Some(35.0), Qualifier::Exact, Some("EUR".into()))]
        );
        // Two close figures joined by "or": a range, exact as the two ends are given.
        assert_eq!(
            one("8 or 9 people were hurt"),
            (8.0, Some(9.0), Qualifier::Exact, None)
        );
        assert_eq!(
            q("duró dos o tres días", Lang::Es),
            vec![(2.0, Some(3.0), Qualifier::Exact, Some("day".into()))]
        );
        assert_eq!(
            one("for one to two weeks"),
            (1.0, Some(2.0), Qualifier::Exact, Some("week".into()))
        );
        // A change and the level it reached stay two figures.
        assert_eq!(
            q("grew by $1.2 billion to $48.5 billion", Lang::En).len(),
            2
        );
        assert_eq!(q("fell by 4,000 to 217,000", Lang::En).len(), 2);
        assert_eq!(unit("pleaded guilty to one count"), (1.0, None));
        assert_eq!(unit("eased by one per cent"), (1.0, Some("percent".into())));
        assert_eq!(
            unit("during those four months"),
            (4.0, Some("month".into()))
        );
        assert!(q("the one that survived and one of the few", Lang::En).is_empty());
        // The level reached keeps the unit of the figure before "to", unless it is a percent.
        let units: Vec<Option<String>> = q("rose 48 points to 3,912 and 3% to 41", Lang::En)
            .into_iter()
            .map(|x| x.3)
            .collect();
        let p = |u: &str| Some(u.to_string());
        assert_eq!(units, vec![p("point"), p("point"), p("percent"), None]);
        // A change is one figure, the one reached (the figure left is part of it: `changes`).
        assert_eq!(
            q("slowed from 4.8 to 4.7 percent", Lang::En),
            vec![(4.7, None, Qualifier::Exact, p("percent"))]
        );
        assert_eq!(
            q("rose from 2 to 3 billion euros", Lang::En),
            vec![(3e9, None, Qualifier::Exact, p("EUR"))]
        );
    }
}
