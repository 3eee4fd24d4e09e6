//! Rule `proportion_as_written`: a proportion ("one in five adults", "tres de cada diez
//! hogares", "3 out of 4 voters", "1 in 140 million") is labelled the way people write it,
//! in digits ("1 in 5 adults", "3 de 10 hogares": a distributive "cada" or "every" is left
//! out, the short form reading the same), not as the fraction it is worth ("0.2 adults").
//! The claim's value stays the fraction, so a proportion still compares with a share of the
//! same thing ("20% of adults").

use crate::extract::numbers::{self, DecimalMark};
use crate::extract::tokens::{Kind, Tok};
use crate::model::{format_figure_in, Lang, Qualifier};
use crate::text::with_lower;

/// Most words a connector between the two numbers has ("out of", "de cada", "of every").
const CONNECTOR_WORDS: usize = 2;

/// How close the part over the whole must come to the value for the reading to be the
/// proportion's (relative): the value was computed from these same two numbers.
const SAME_VALUE: f64 = 1e-9;

/// The proportion worth `value`, written as its number's tokens `toks` say it ("1 in 5",
/// "3 de 10" for "tres de cada diez"), with the qualifier's sign as the figure would carry it, or `None` when
/// the tokens are not a part, a connector and a whole whose quotient is `value`.
pub(crate) fn proportion_figure(
    toks: &[Tok],
    value: f64,
    qualifier: Qualifier,
    lang: Lang,
    mark: Option<DecimalMark>,
) -> Option<String> {
    if !(value > 0.0 && value < 1.0) {
        return None;
    }
    // The part: its number, or one word standing for one ("uno de cada cinco", "una de cada").
    let part_end = match toks.iter().position(|t| !numeric(t))? {
        0 if toks[0].kind == Kind::Word => 1,
        n => n,
    };
    let whole_start = part_end + toks[part_end..].iter().position(numeric)?;
    let connector = &toks[part_end..whole_start];
    if connector.is_empty()
        || connector.len() > CONNECTOR_WORDS
        || connector.iter().any(|t| t.kind != Kind::Word)
    {
        return None;
    }
    let (part, whole) = match (
        side_value(&toks[..part_end], lang, mark),
        side_value(&toks[whole_start..], lang, mark),
    ) {
        (Some(p), Some(w)) => (p, w),
        // "uno de cada cinco": an article word for the part; the whole says the rest.
        (None, Some(w)) => (value * w, w),
        (Some(p), None) => (p, p / value),
        (None, None) => return None,
    };
    let whole_number = (whole - whole.round()).abs() <= SAME_VALUE * whole;
    let part_number = (part - part.round()).abs() <= SAME_VALUE * whole;
    if !(whole_number && part_number && part >= 1.0 && part < whole)
        || ((part / whole) - value).abs() > SAME_VALUE * value
    {
        return None;
    }
    let plain = |x: f64| format_figure_in(x.round(), None, Qualifier::Exact, None, lang);
    let words: Vec<String> = connector
        .iter()
        .map(|t| with_lower(t.text, str::to_string))
        .filter(|w| !distributive_words().contains(w))
        .collect();
    if words.is_empty() {
        return None;
    }
    let written = format!("{} {} {}", plain(part), words.join(" "), plain(whole));
    // The qualifier's sign goes where the figure's would ("~1 in 5").
    let fraction = format_figure_in(value, None, Qualifier::Exact, None, lang);
    let signed = format_figure_in(value, None, qualifier, None, lang);
    signed
        .contains(&fraction)
        .then(|| signed.replacen(&fraction, &written, 1))
}

/// Rewrites the figure that opens `label` (as the label printed it, in `notation`) as the
/// proportion its number's tokens `number` write, when they write one (see
/// [`proportion_figure`]). A figure with a unit or a range is no proportion.
pub(crate) fn relabel_proportion(
    label: &mut String,
    number: &[Tok],
    value: f64,
    qualifier: Qualifier,
    lang: Lang,
    notation: super::Notation,
    mark: Option<DecimalMark>,
) {
    let Some(written) = proportion_figure(number, value, qualifier, lang, mark) else {
        return;
    };
    let figure = notation.apply(&format_figure_in(value, None, qualifier, None, lang), lang);
    if label.starts_with(&figure) {
        label.replace_range(..figure.len(), &written);
    }
}

crate::word_set!(
    /// Distributive words of a connector ("cada", "every"), which the label leaves out.
    distributive_words,
    "any/distributive_words.txt",
);

/// A token that writes a number or part of one: digits, a number word or a scale ("million").
fn numeric(t: &Tok) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Word => with_lower(t.text, |w| {
            numbers::is_number_word(w) || numbers::scale(w).is_some()
        }),
        Kind::Punct => t.text == "-" && !t.space_before,
    }
}

/// The number one side of a proportion writes: digits with a scale after them ("140
/// million"), or number words that are one number ("cinco", "twenty-five").
fn side_value(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Option<f64> {
    match toks {
        [] => None,
        [n] if n.kind == Kind::Num => numbers::parse_digits(n.text, mark, lang),
        [n, s] if n.kind == Kind::Num => {
            let scale = with_lower(s.text, numbers::scale)?;
            Some(numbers::parse_digits(n.text, mark, lang)? * scale)
        }
        _ => match numbers::word_numbers(toks, lang).as_slice() {
            [w] if w.start == 0 && w.end == toks.len() => Some(w.value),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn written(number: &str, value: f64, qualifier: Qualifier, lang: Lang) -> Option<String> {
        proportion_figure(&tokenize(number), value, qualifier, lang, None)
    }

    #[test]
    fn a_proportion_is_written_in_digits_with_its_own_connector() {
        let e = Qualifier::Exact;
        assert_eq!(
            written("One in five", 0.2, e, Lang::En).as_deref(),
            Some("1 in 5")
        );
        assert_eq!(
            written("3 out of 4", 0.75, e, Lang::En).as_deref(),
            Some("3 out of 4")
        );
        assert_eq!(
            written("two of every five", 0.4, e, Lang::En).as_deref(),
            Some("2 of 5")
        );
        assert_eq!(
            written("Tres de cada diez", 0.3, e, Lang::Es).as_deref(),
            Some("3 de 10")
        );
        // The part is an article word: the whole and the value give it.
        assert_eq!(
            written("una de cada cuatro", 0.25, e, Lang::Es).as_deref(),
            Some("1 de 4")
        );
        // A scaled whole is printed as the figure would be.
        let scaled = written("1 in 140 million", 1.0 / 140e6, e, Lang::En).unwrap_or_default();
        assert!(scaled.starts_with("1 in 140"), "{scaled}");
    }

    #[test]
    fn the_qualifier_keeps_its_sign() {
        let approx = written("one in three", 1.0 / 3.0, Qualifier::Approx, Lang::En);
        assert_eq!(approx.as_deref(), Some("~1 in 3"));
    }

    #[test]
    fn no_proportion_is_read_where_the_numbers_do_not_make_the_value() {
        let e = Qualifier::Exact;
        // A plain fraction or share has no connector.
        assert_eq!(written("a third", 1.0 / 3.0, e, Lang::En), None);
        assert_eq!(written("0.2", 0.2, e, Lang::En), None);
        // Two numbers whose quotient is not the value.
        assert_eq!(written("one in five", 0.25, e, Lang::En), None);
        // Not a fraction at all.
        assert_eq!(written("5 in 1", 5.0, e, Lang::En), None);
        // A connector of three words is no proportion's.
        assert_eq!(written("one of the best five", 0.2, e, Lang::En), None);
    }
}
