//! Changes: "unemployment rose from 5% to 7%", "fell from 208 pounds to 193", "pasó de 24,2 a
//! 33 millones", "7%, up from 5%". The figure reached is the claim; the figure left is part of
//! it ([`Quantity::changed_from`]) instead of a second figure that reads like a current one.
//!
//! Three rules, each named and tested below:
//! - [`from_to`]: "from A to B" ("de A a B") is a change when a verb or noun of change stands
//!   before it (`change_words`: rose, fell, cut, a rise, subió, pasó, …), or when it runs
//!   downward (a span of values never does). Without either it stays a range: "prices range
//!   from $200 to $400", "entre 20 y 30".
//! - [`up_from`]: "up from X" / "down from X" right after a figure gives that figure the
//!   value it changed from.
//! - [`chain`]: "rose from $160 to $180 to $200" ("de 5 a 7 por ciento a entre 3 y 5 por
//!   ciento"): a change whose figure reached goes on "to" another figure is one claim, the
//!   last figure reached, changed from the step just before it; the earlier steps are part of
//!   the claim as a figure left is, not claims of their own. A chain that ends in a range
//!   started from one: "from 5 to 7 per cent to 3 to 5 per cent" is 3–5% changed from 5–7%.

use super::{definite_articles, word_at, Quantity};
use crate::extract::subject::words::possessives;
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Words of sequence between two steps of a chain of changes ("and then to").
    chain_then_words,
    "en/chain_then_words.txt",
    "es/chain_then_words.txt"
);

word_set!(
    /// Words before the figure of a change that follows the verb's object ("en 25 puntos"):
    /// rule `change_figure_after_its_object`.
    change_figure_openers,
    "es/change_figure_openers.txt",
);

word_set!(
    /// Verbs and nouns of change before "from A to B" ("rose", "a rise", "subió", "pasó").
    change_words,
    "en/change_words.txt",
    "es/change_words.txt"
);

/// How many tokens before "from" a word of change is looked for.
const CHANGE_WINDOW: usize = 6;

/// How many tokens may stand between a figure and the "up from" that follows it.
const MAX_UP_FROM_GAP: usize = 8;

/// How many, when "up from" follows a comma and repeats the figure's unit (a clause between).
const MAX_UP_FROM_CLAUSE_GAP: usize = 16;

/// Joins each change's two figures into one quantity: the figure reached, with the figure
/// left as its `changed_from`.
pub(super) fn join(out: &mut Vec<Quantity>, toks: &[Tok]) {
    let mut k = 1;
    while k < out.len() {
        let (p, q) = (&out[k - 1], &out[k]);
        if chain(p, q, toks) {
            let step = out.remove(k - 1);
            let reached = &mut out[k - 1];
            let from = chain_start(step, reached);
            if reached.unit.is_none() {
                reached.unit.clone_from(&from.unit);
            }
            reached.changed_from = Some(Box::new(from));
            continue;
        }
        if p.changed_from.is_some() || q.changed_from.is_some() {
            k += 1;
            continue;
        }
        if from_to(p, q, toks) {
            let from = out.remove(k - 1);
            let reached = &mut out[k - 1];
            if reached.unit.is_none() {
                reached.unit.clone_from(&from.unit);
            }
            reached.changed_from = Some(Box::new(from));
        } else if up_from(p, q, toks) || to_from(p, q, toks) {
            let mut from = out.remove(k);
            // "3 to 5 per cent, down from 5 to 7 per cent": the figure left is a range.
            if k < out.len() && range_left(&from, &out[k], toks) {
                let end = out.remove(k);
                from.value_max = Some(end.value);
                from.end = end.end;
                from.num_end = end.num_end;
                if from.unit.is_none() {
                    from.unit = end.unit;
                }
            }
            let reached = &mut out[k - 1];
            if from.unit.is_none() {
                from.unit.clone_from(&reached.unit);
            }
            reached.changed_from = Some(Box::new(from));
        } else {
            k += 1;
        }
    }
}

/// "rose from $160 to $180 to $200", "subió de 5 a 7 por ciento a entre 3 y 5": `p` is a
/// change already joined (180 from 160) and `q` comes right after the word that links a
/// change's two figures ("to", "a", "al"), in the same unit or none.
fn chain(p: &Quantity, q: &Quantity, toks: &[Tok]) -> bool {
    if p.changed_from.is_none() || q.changed_from.is_some() || q.start <= p.end {
        return false;
    }
    let link = &toks[q.start - 1];
    let linked = link.is("to") || link.is("a") || link.is("al");
    linked
        && then_before_link(&toks[p.end..q.start - 1])
        && (p.unit == q.unit || p.unit.is_none() || q.unit.is_none())
}

/// Rule `chain_then`: the words between a change's figure reached and the link to the next
/// step are none, or a word of sequence (`chain_then_words`) with at most a comma and "and"
/// ("rose from 53 to 95 and then to 126", "y luego a 126"); a bare ", and to" opens another
/// clause.
fn then_before_link(between: &[Tok]) -> bool {
    if between.is_empty() {
        return true;
    }
    let joiner = |t: &Tok| t.text == "," || t.is("and") || t.is("y") || t.is("e");
    between.len() <= 3
        && between
            .iter()
            .any(|t| chain_then_words().contains(&t.low()))
        && between
            .iter()
            .all(|t| joiner(t) || chain_then_words().contains(&t.low()))
}

/// The figure a chain's last step started from: the step before it, without the steps
/// before that; or, when the chain ends in a range and its first two figures rise ("from 5
/// to 7 per cent to 3 to 5 per cent"), the range those two figures make.
fn chain_start(mut step: Quantity, reached: &Quantity) -> Quantity {
    let Some(first) = step.changed_from.take() else {
        return step;
    };
    let rising = first.value_max.is_none() && step.value_max.is_none() && first.value < step.value;
    if reached.value_max.is_some() && rising && first.end <= step.start {
        step.value_max = Some(step.value);
        step.value = first.value;
        step.qualifier = first.qualifier;
        step.start = first.start;
        step.num_start = first.num_start;
        if step.unit.is_none() {
            step.unit = first.unit;
        }
    }
    step
}

/// "down from 5 to 7 per cent": the figure left (`from`, bare) and the next figure, right
/// after "to" ("a" in Spanish) and above it, make the range the change started from (a
/// verb of change before them kept "from 5 to 7" from reading as a range).
fn range_left(from: &Quantity, next: &Quantity, toks: &[Tok]) -> bool {
    from.value_max.is_none()
        && next.value_max.is_none()
        && next.changed_from.is_none()
        && next.start == from.end + 1
        && (toks[from.end].is("to") || toks[from.end].is("a"))
        && next.value > from.value
        && (from.unit.is_none() || from.unit == next.unit)
}

/// The token index of the word that opens "from A to B" before the figure `p`: "from",
/// "de" or "desde" right before it (after articles), or the first token of a range that
/// holds it ("from 5 to 7 per cent").
fn opener_at(p: &Quantity, toks: &[Tok]) -> Option<usize> {
    let is_opener = |i: usize| {
        word_at(toks, i).is_some_and(|w| matches!(w.as_str(), "from" | "de" | "del" | "desde"))
    };
    if p.value_max.is_some() && p.start < p.num_start && is_opener(p.start) {
        return Some(p.start);
    }
    let mut i = p.start.checked_sub(1)?;
    while i > 0 && word_at(toks, i).is_some_and(|w| definite_articles().contains(&w)) {
        i -= 1;
    }
    is_opener(i).then_some(i)
}

/// Whether a word of change stands among the few tokens before `at`.
fn change_word_before(toks: &[Tok], at: usize) -> bool {
    toks[at.saturating_sub(CHANGE_WINDOW)..at]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .any(|t| change_words().contains(&t.low()))
}

/// Rule `hasta_after_a_change_is_the_level`: "bajó en 27.000 personas, hasta 2,56
/// millones", "subirá 9,5% en 2025, hasta 1.423.500 pesos": "hasta" after a change's own
/// figure (a word of change, then a figure, within its clause, before the word at `at`)
/// opens the level reached, not an upper bound.
pub(super) fn level_after_change(toks: &[Tok], at: usize) -> bool {
    // The change's own figure stands at most three words after its verb ("bajó en un 12%"),
    // or, by rule `change_figure_after_its_object`, after the verb's object ("recortó la
    // tasa de interés en 25 puntos base, hasta 10,5%": at most seven words after it), and a
    // comma only right before "hasta" ("…, hasta los 48 euros").
    let mut figure = None;
    for k in (at.saturating_sub(12)..at).rev() {
        let t = &toks[k];
        match t.kind {
            Kind::Num => figure = Some(k),
            Kind::Word if change_words().contains(&t.low()) => {
                return figure
                    .is_some_and(|f| f <= k + 3 || f <= k + 7 && object_before(toks, k, f));
            }
            Kind::Word => {}
            _ if t.text == "," && k + 1 != at => return false,
            _ if matches!(t.text, "%" | "$" | "€" | "," | "." | "-") => {}
            _ => return false,
        }
    }
    false
}

/// Rule `change_figure_after_its_object`: the words between the verb of change at `verb`
/// and its figure at `figure` are its object and the figure's preposition: an article opens
/// them and "en" or "un" closes them ("recortó la tasa de interés en 25 puntos").
fn object_before(toks: &[Tok], verb: usize, figure: usize) -> bool {
    let article = toks.get(verb + 1).is_some_and(|t| {
        let w = t.low();
        definite_articles().contains(&w) || possessives().contains(&w)
    });
    let preposition = figure > 0 && change_figure_openers().contains(&toks[figure - 1].low());
    article && preposition
}

/// Whether the span "from A to B" before the figure at `q_start` (opened at `opener`)
/// reads as a change, for [`super::ranges`]: a word of change stands before it.
pub(super) fn marked_change(toks: &[Tok], opener: usize) -> bool {
    change_word_before(toks, opener)
}

/// "rose from 5% to 7%", "fell from $2,415 to $2,315", "subió de 5 a 7": `p` and `q` are
/// the two figures of "from A to B" with a word of change before it, or running downward.
fn from_to(p: &Quantity, q: &Quantity, toks: &[Tok]) -> bool {
    let Some(open) = opener_at(p, toks) else {
        return false;
    };
    // The linking word right before the second figure: "to" after "from", "a" after "de";
    // between the first figure and it, at most the first's own time or place ("from $36,040
    // at 10.45pm to $34,935", "from 20 mpg in 2008 to 29") and only after a word of change.
    if q.start <= p.end {
        return false;
    }
    let between = &toks[p.end..q.start - 1];
    let marked =
        change_word_before(toks, open) || super::ranges::change_verb_across_object(toks, open + 1);
    if !(between.is_empty() || marked && phrase_of_its_own(between)) {
        return false;
    }
    let link = &toks[q.start - 1];
    let opener_word = toks[open].low();
    let linked = match opener_word.as_str() {
        "from" => link.is("to"),
        "del" => link.is("al"),
        _ => link.is("a") || link.is("hasta"),
    };
    if !linked {
        return false;
    }
    let same_unit = p.unit == q.unit || p.unit.is_none() || q.unit.is_none();
    if !same_unit {
        return false;
    }
    let downward = p.value_max.is_none() && q.value_max.is_none() && p.value > q.value;
    marked || downward && between.is_empty()
}

/// A short phrase between a change's figure and the word that links it to the other figure:
/// a time, a place or a measure's trailing words, no clause break and no other link.
fn phrase_of_its_own(between: &[Tok]) -> bool {
    between.len() <= MAX_UP_FROM_GAP
        && between.iter().all(|t| {
            !matches!(t.text, "," | ";" | ":" | "(" | ")")
                && !["to", "and", "from", "a", "y", "de", "al"]
                    .iter()
                    .any(|w| t.is(w))
        })
}

/// "narrowed to 138,285 lots from 212,577 lots", "bajó a 193% desde 209%": `p`, after "to"
/// ("a", "al") and a word of change, is the figure reached and `q`, after "from" ("desde";
/// and at most the first figure's noun), the figure left.
fn to_from(p: &Quantity, q: &Quantity, toks: &[Tok]) -> bool {
    if p.start < 1 || q.start < 1 {
        return false;
    }
    // Rule `desde_el_names_the_figure_left`: "bajó a 4,1%, desde el 4,6%": an article may
    // stand between "desde" and the figure left.
    let article = q.start >= 2
        && toks[q.start - 2].is("desde")
        && word_at(toks, q.start - 1).is_some_and(|w| definite_articles().contains(&w));
    let from_at = q.start - 1 - usize::from(article);
    let (to, from) = (&toks[p.start - 1], &toks[from_at]);
    let english = to.is("to") && from.is("from");
    let spanish = (to.is("a") || to.is("al")) && from.is("desde");
    if !(english || spanish) {
        return false;
    }
    let Some(gap) = from_at.checked_sub(p.end) else {
        return false;
    };
    let between = &toks[p.end..from_at];
    // A bare comma between the level and "from"/"desde" ("fell to 4.1%, from 4.6%").
    let short = gap <= 2 && between.iter().all(|t| t.kind == Kind::Word)
        || between.len() == 1 && between[0].text == ",";
    // Rule `to_then_from_past_its_time`: "fell to 10.6% in the second quarter, from 11.3%":
    // the first figure's own time and a comma between, the unit written again.
    let timed = between.split_last().is_some_and(|(last, time)| {
        last.text == ","
            && !time.is_empty()
            && phrase_of_its_own(time)
            && time.iter().all(|t| t.kind == Kind::Word)
    }) && p.unit == q.unit;
    (short || timed)
        && (p.unit == q.unit || q.unit.is_none())
        && change_word_before(toks, p.start - 1)
}

/// "7%, up from 5%", "2,000 jobs, down from 2,400": `q` opens with "up from" or "down from"
/// (or "from" after a change noun such as "a rise") and `p`, the figure just before, is what
/// changed.
fn up_from(p: &Quantity, q: &Quantity, toks: &[Tok]) -> bool {
    let Some(from) = from_before(q, toks) else {
        return false;
    };
    let dir = &toks[from - 1];
    // Rule `comma_from_after_a_level`: "has risen to ₦85,000, from ₦40,000 a year ago",
    // "raise the minimum wage to ₦70,000 a month, from ₦30,000": a bare "from" after the
    // comma of a level reached by a change names the figure left.
    let bare = dir.text == ","
        && p.start >= 2
        && toks[p.start - 1].is("to")
        && change_word_before(toks, p.start - 1);
    let bare = bare && p.unit == q.unit;
    if !(dir.is("up") || dir.is("down") || bare) {
        return false;
    }
    let gap = (from - 1).checked_sub(p.end);
    // Only the figure's own phrase between them ("3.9% of GDP next year, down from"): no
    // other number, no second clause.
    // Rule `up_from_after_a_clause`: "62% of voters said the country was on the wrong
    // track, up from 55%": past a longer stretch when "up from" follows a comma and both
    // figures share their unit.
    let after_clause = dir_comma(toks, from - 1) && p.unit == q.unit;
    let close = gap.is_some_and(|g| {
        (g <= MAX_UP_FROM_GAP || after_clause && g <= MAX_UP_FROM_CLAUSE_GAP)
            && (p.end..from - 1).all(|k| {
                let t = &toks[k];
                (t.kind != Kind::Num || time_number(toks, k))
                    && !matches!(t.text, ";" | ":")
                    && !t.is("and")
            })
    });
    close && (p.unit == q.unit || q.unit.is_none())
}

/// Rule `time_between_a_figure_and_up_from`: "₹22,845 crore in 2024, up from ₹7,465 crore",
/// "rose 2.9% in the 12 months to December, up from 2.7%": a year after "in" or a count of
/// months or years is the figure's time, no figure between it and "up from".
fn time_number(toks: &[Tok], k: usize) -> bool {
    let year = toks[k].text.len() == 4
        && toks[k]
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
        && k > 0
        && (toks[k - 1].is("in") || toks[k - 1].is("since"));
    let span = toks.get(k + 1).is_some_and(|n| {
        ["months", "years", "weeks", "days", "quarters"]
            .iter()
            .any(|w| n.is(w))
    });
    year || span
}

/// The index of the "from" of "up from"/"down from" before the figure `q`: right before
/// it, or (rule `down_from_its_estimate`) before a few words that name the earlier figure
/// and end in "of" ("down from its earlier estimate of 1.8%", "up from a record of 40").
fn from_before(q: &Quantity, toks: &[Tok]) -> Option<usize> {
    let at = q.start.checked_sub(1)?;
    if toks[at].is("from") {
        return (at >= 1).then_some(at);
    }
    if !toks[at].is("of") {
        return None;
    }
    (at.saturating_sub(MAX_FROM_NAME_WORDS + 1)..at)
        .rev()
        .take_while(|&i| toks[i].kind == Kind::Word)
        .find(|&i| toks[i].is("from"))
        .filter(|&i| i >= 1 && i + 1 < at)
}

/// How many words may name the figure left between "from" and "of".
const MAX_FROM_NAME_WORDS: usize = 4;

/// True when a comma stands right before the direction word at `dir`.
fn dir_comma(toks: &[Tok], dir: usize) -> bool {
    dir > 0 && toks[dir - 1].text == ","
}

#[cfg(test)]
mod tests {
    use crate::extract::numbers;
    use crate::extract::quantity::find;
    use crate::extract::tokens::tokenize;
    use crate::model::Lang;

    /// A quantity as (value, value_max, unit, changed-from value).
    type Read = (f64, Option<f64>, Option<String>, Option<f64>);

    fn changes(s: &str, lang: Lang) -> Vec<Read> {
        chained(s, lang)
            .into_iter()
            .map(|(v, hi, u, from)| (v, hi, u, from.map(|f| f.0)))
            .collect()
    }

    fn p(u: &str) -> Option<String> {
        Some(u.to_string())
    }

    #[test]
    fn from_to_after_a_word_of_change_is_one_change() {
        assert_eq!(
            changes("Joblessness rose from 5% to 7% last year.", Lang::En),
            vec![(7.0, None, p("percent"), Some(5.0))]
        );
        assert_eq!(
            changes("The fee was cut from $40 to $25.", Lang::En),
            vec![(25.0, None, p("USD"), Some(40.0))]
        );
        // The scale and unit written once, after the second figure, reach the first.
        assert_eq!(
            changes("Sales should climb from 1.5 to 2 billion euros.", Lang::En),
            vec![(2e9, None, p("EUR"), Some(1.5e9))]
        );
        assert_eq!(
            changes("El paro subió del 11,2% al 12,4% en un año.", Lang::Es),
            vec![(12.4, None, p("percent"), Some(11.2))]
        );
        assert_eq!(
            changes("El paro pasó de 12,5 a 11 millones de euros.", Lang::Es),
            vec![(11e6, None, p("EUR"), Some(12.5e6))]
        );
        // A noun of change: "a jump from 300 to 450 members".
        assert_eq!(
            changes("The club saw a jump from 300 to 450 members.", Lang::En),
            vec![(450.0, None, None, Some(300.0))]
        );
    }

    #[test]
    fn comma_from_after_a_level() {
        assert_eq!(
            changes(
                "The price has risen to ₦85,000, from ₦40,000 a year ago.",
                Lang::En
            ),
            vec![(85000.0, None, p("NGN"), Some(40000.0))]
        );
        // No change before the level: two figures.
        assert_eq!(
            changes("Tickets cost $20, from $15 online.", Lang::En).len(),
            2
        );
    }

    #[test]
    fn desde_el_names_the_figure_left() {
        assert_eq!(
            changes(
                "La tasa bajó a 4,1%, desde el 4,6% de hace un año.",
                Lang::Es
            ),
            vec![(4.1, None, p("percent"), Some(4.6))]
        );
        // A Spanish verb of change across its object before "del A al B".
        assert_eq!(
            changes(
                "Hacienda elevará el impuesto a las cervezas del 26,5% al 30%.",
                Lang::Es
            ),
            vec![(30.0, None, p("percent"), Some(26.5))]
        );
        // Near miss: no verb of change before the level, and a clock time after "desde las".
        assert!(
            changes("Llegó a 50 personas, desde las 7 de la mañana.", Lang::Es)
                .iter()
                .all(|c| c.3.is_none())
        );
    }

    #[test]
    fn time_between_a_figure_and_up_from() {
        assert_eq!(
            changes(
                "Fraud cost ₹22,845 crore in 2024, up from ₹7,465 crore in 2023.",
                Lang::En
            ),
            vec![(228450000000.0, None, p("INR"), Some(74650000000.0))]
        );
    }

    #[test]
    fn a_downward_span_is_a_change_and_an_upward_one_a_range() {
        assert_eq!(
            changes("Weight from 90 kilograms to 82 in a year.", Lang::En),
            vec![(82.0, None, p("kg"), Some(90.0))]
        );
        // Near misses: a span with no word of change stays a range.
        assert_eq!(
            changes("Tickets range from $20 to $45.", Lang::En),
            vec![(20.0, Some(45.0), p("USD"), None)]
        );
        assert_eq!(
            changes("Cuartos de 30 a 45 metros.", Lang::Es),
            vec![(30.0, Some(45.0), p("m"), None)]
        );
    }

    #[test]
    fn up_from_gives_the_figure_before_it_its_old_value() {
        assert_eq!(
            changes(
                "Turnout reached 64%, up from 58% in the last vote.",
                Lang::En
            ),
            vec![(64.0, None, p("percent"), Some(58.0))]
        );
        assert_eq!(
            changes(
                "A deficit of 3.9% of output next year, down from 5.7%.",
                Lang::En
            ),
            vec![(3.9, None, p("percent"), Some(5.7))]
        );
        assert_eq!(
            changes("The town counts 2,100 voters, down from 2,400.", Lang::En),
            vec![(2100.0, None, None, Some(2400.0))]
        );
        // The figure left may be a range.
        assert_eq!(
            chained(
                "Growth is now seen at 3 to 5 per cent, down from 5 to 7 per cent.",
                Lang::En
            ),
            vec![(3.0, Some(5.0), p("percent"), Some((5.0, Some(7.0))))]
        );
        // Rule `to_then_from_past_its_time`.
        assert_eq!(
            changes(
                "Unemployment fell to 10.6% in the second quarter, from 11.3% in the first.",
                Lang::En
            ),
            vec![(10.6, None, p("percent"), Some(11.3))]
        );
        assert_eq!(
            changes(
                "Unemployment fell to 10.6% in the second quarter, from 11 regions.",
                Lang::En
            )
            .len(),
            2
        );
        // Rule `up_from_after_a_clause`.
        assert_eq!(
            changes(
                "In May 62% of voters said the country was heading the wrong way, up from 55%.",
                Lang::En
            ),
            vec![(62.0, None, p("percent"), Some(55.0))]
        );
        // Without the comma, or with a unit of its own, no change.
        assert_eq!(
            changes(
                "In May 62% of voters said the country was heading the wrong way up from 55 people.",
                Lang::En
            )
            .len(),
            2
        );
        // Near miss: "up 3% from $40" is a change and its base, no "up from".
        assert_eq!(
            changes("Shares closed at $41, up 3% from $40.", Lang::En).len(),
            3
        );
        // Rule `down_from_its_estimate`: a few words name the figure left.
        assert_eq!(
            changes(
                "It sees the economy growing 1.1% next year, down from its earlier estimate of 1.8%.",
                Lang::En
            ),
            vec![(1.1, None, p("percent"), Some(1.8))]
        );
        // Near miss: a figure of another thing after "from the ... of".
        assert_eq!(
            changes(
                "Prices rose 3% last month, up from the start of the war in its first 12 days.",
                Lang::En
            )
            .len(),
            2
        );
        // Spanish "a X desde Y" after a verb of change (the to_from rule).
        assert_eq!(
            changes(
                "La inflación interanual bajó a 193% desde 209% en septiembre.",
                Lang::Es
            ),
            vec![(193.0, None, p("percent"), Some(209.0))]
        );
    }

    #[test]
    fn a_change_may_name_its_time_between_or_come_reached_first() {
        assert_eq!(
            changes(
                "Fares jumped from $2.10 in 2019 to $2.90 last month.",
                Lang::En
            ),
            vec![(2.9, None, p("USD"), Some(2.1))]
        );
        assert_eq!(
            changes("Stocks narrowed to 1,120 lots from 1,480 lots.", Lang::En),
            vec![(1120.0, None, None, Some(1480.0))]
        );
        // Near misses: a range, or two figures of two clauses, stay apart.
        assert_eq!(
            changes("Prices ran from $20 at noon to $30.", Lang::En).len(),
            2
        );
        assert_eq!(
            changes("Sales rose from 5 stores, and to 9 outlets.", Lang::En).len(),
            2
        );
    }

    /// A quantity as (value, value_max, unit, changed-from value and upper end).
    type Chained = (f64, Option<f64>, Option<String>, Option<(f64, Option<f64>)>);

    fn chained(s: &str, lang: Lang) -> Vec<Chained> {
        let toks = tokenize(s);
        find(&toks, lang, numbers::decimal_evidence(s))
            .into_iter()
            .map(|q| {
                (
                    q.value,
                    q.value_max,
                    q.unit,
                    q.changed_from.map(|f| (f.value, f.value_max)),
                )
            })
            .collect()
    }

    #[test]
    fn chain_is_one_claim_of_the_last_figure_from_the_step_before() {
        assert_eq!(
            chained("Rents rose from $160 to $180 to $200 a week.", Lang::En),
            vec![(200.0, None, p("USD"), Some((180.0, None)))]
        );
        assert_eq!(
            chained("El paro pasó de 9% a 8% a 7% este año.", Lang::Es),
            vec![(7.0, None, p("percent"), Some((8.0, None)))]
        );
        // A chain that ends in a range started from a range.
        assert_eq!(
            chained(
                "The bank cut its forecast from 5 to 7 per cent to 3 to 5 per cent.",
                Lang::En
            ),
            vec![(3.0, Some(5.0), p("percent"), Some((5.0, Some(7.0))))]
        );
        assert_eq!(
            chained(
                "El banco redujo su previsión de 5 a 7 por ciento a entre 3 y 5 por ciento.",
                Lang::Es
            ),
            vec![(3.0, Some(5.0), p("percent"), Some((5.0, Some(7.0))))]
        );
        // Rule `chain_then`: a word of sequence may stand before the link.
        assert_eq!(
            chained("The toll rose from 53 to 95 and then to 126.", Lang::En),
            vec![(126.0, None, None, Some((95.0, None)))]
        );
        assert_eq!(
            chained("La cifra subió de 53 a 95 y luego a 126.", Lang::Es),
            vec![(126.0, None, None, Some((95.0, None)))]
        );
        // Near misses: a change and a figure of another clause, or after another link.
        assert_eq!(
            chained("Fares rose from $2 to $3, and to 40 routes.", Lang::En).len(),
            2
        );
        assert_eq!(
            chained("Fares rose from $2 to $3 for 40 routes.", Lang::En).len(),
            2
        );
    }

    #[test]
    fn a_changed_range_keeps_both_ends() {
        let got = changes("Growth went from 24.2 to 33-35 billion euros.", Lang::En);
        assert_eq!(got, vec![(33e9, Some(35e9), p("EUR"), Some(24.2e9))]);
    }
}
