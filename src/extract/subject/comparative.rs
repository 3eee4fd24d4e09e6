//! Rule `comparative_names_what_it_compares`: "el alquiler es un 40% más caro", "la tasa de
//! homicidios es cinco veces mayor que …", "un riesgo 47% menor de muerte": a figure followed
//! by a comparative measures the noun before it (the clause's subject, or the noun right
//! before the figure), not the words after the comparative.

use super::words::{is_stopword, is_verb, singular_articles};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Spanish comparatives after a figure ("mayor", "menor", "más", "menos").
    comparatives,
    "es/comparatives.txt",
);
word_set!(
    /// Spanish words of a multiplier between a figure and its comparative ("veces").
    multiplier_words,
    "es/multiplier_words.txt",
);
word_set!(
    /// Words after "más"/"menos" that make it no comparative of an adjective ("más que",
    /// "más de").
    comparative_links,
    "es/comparative_links.txt",
);

/// The phrase of a figure followed by a comparative: the comparative's words, then the noun
/// right before the figure or else the words before it in its clause ("más caro alquiler",
/// "veces mayor tasa de homicidios en Colima", "menor riesgo"). None without a comparative,
/// or with no words before the figure.
pub(super) fn compared(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    let (a, b) = after_figure(toks, q.end, lang)?;
    let compared = noun_before(toks, q.start, lang).map_or_else(
        || super::phrase::words_before(sentence, toks, q, lang, false).text,
        str::to_string,
    );
    let words = &sentence[toks[a].start..toks[b - 1].end];
    (!compared.is_empty()).then(|| format!("{words} {compared}"))
}

/// The noun right before a figure that starts at `start` ("un riesgo 47% menor"): what the
/// comparative after it measures, before the clause's subject.
pub(super) fn noun_before<'s>(toks: &[Tok<'s>], start: usize, lang: Lang) -> Option<&'s str> {
    let t = toks.get(start.checked_sub(1)?)?;
    let w = t.low();
    (t.kind == Kind::Word && !is_stopword(&w) && !is_verb(&w, lang)).then_some(t.text)
}

/// The tokens of the comparative right after a figure ending at `end` ("veces mayor", "más
/// caro", "menor"), as a half-open range; None when none follows. "más"/"menos" take the
/// adjective after them, and never stand alone ("un 10% más que en 2023" compares with an
/// earlier figure, whose noun it shares).
pub(super) fn after_figure(toks: &[Tok], end: usize, lang: Lang) -> Option<(usize, usize)> {
    if lang != Lang::Es {
        return None;
    }
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low())
    };
    let mut k = end;
    if word(k).is_some_and(|w| multiplier_words().contains(&w)) {
        k += 1;
    }
    let w = word(k)?;
    if !comparatives().contains(&w) {
        return None;
    }
    if matches!(w.as_str(), "más" | "mas" | "menos") {
        word(k + 1).filter(|a| !comparative_links().contains(a))?;
        return Some((end, k + 2));
    }
    Some((end, k + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn span(s: &str, end: usize) -> Option<String> {
        let toks = tokenize(s);
        after_figure(&toks, end, Lang::Es)
            .map(|r| crate::extract::testing::words_of(&toks, Some(r)))
    }

    #[test]
    fn comparatives_after_a_figure() {
        // "es" "un" "40" "%" → the figure ends at 4.
        assert_eq!(
            span("es un 40 % más caro que", 4).as_deref(),
            Some("más caro")
        );
        assert_eq!(
            span("es cinco veces mayor que", 2).as_deref(),
            Some("veces mayor")
        );
        assert_eq!(
            span("riesgo 47 % menor de muerte", 3).as_deref(),
            Some("menor")
        );
        // Near misses: "más que" and "más de" compare with another figure.
        assert_eq!(span("un 10 % más que en 2023", 3), None);
        assert_eq!(span("un 10 % más de lo previsto", 3), None);
        assert_eq!(span("40 % de los hogares", 2), None);
    }
}

word_set!(
    /// Words of an earlier time after "than"/"que" ("a year earlier", "two years ago", "el
    /// año anterior", "hace ocho años"): rule `comparison_with_an_earlier_time`.
    earlier_time_words,
    "en/earlier_time_words.txt",
    "es/earlier_time_words.txt",
);

/// Most tokens after "than"/"que" searched for the earlier time a figure is compared with
/// (rule `comparison_with_an_earlier_time`).
const EARLIER_TIME_REACH: usize = 4;

/// Rule `comparison_with_an_earlier_time`: "HMRC collected £5.4bn …, £400m more than a year
/// earlier", "7 millones más que el año anterior", "un 30% menos que en 2024": a figure
/// followed by "more"/"less" and an earlier time is a change of what the clause counted,
/// and its label and subject keep the comparison ("£400M more collected"). The degree as
/// the label writes it ("more", "less", "más", "menos"), or None.
pub fn compared_with_an_earlier_time(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<&'static str> {
    let degree = toks.get(q.end)?;
    let than = toks.get(q.end + 1);
    let written = match lang {
        Lang::En if degree.is("more") => "more",
        Lang::En if degree.is("less") || degree.is("fewer") => "less",
        Lang::Es if degree.is("más") || degree.is("mas") => "más",
        Lang::Es if degree.is("menos") => "menos",
        _ => return None,
    };
    // Rule `comparison_set_off_after_a_figure`, with nothing after its degree too: "cobrarán
    // 315 pesos diarios, 13% más, y …".
    let ends = than.is_none_or(|t| t.kind == Kind::Punct);
    if ends && set_off_after_a_figure(toks, q) {
        return Some(written);
    }
    // Rule `comparison_with_what_was_done`: "gastó 3.200 millones, un 40% más de lo que
    // informó", "un 30% menos de lo que pagaba": "de lo" opens the other side as "que" does.
    let what_was =
        than.is_some_and(|t| t.is("de")) && toks.get(q.end + 2).is_some_and(|t| t.is("lo"));
    than.filter(|t| t.is("than") || t.is("que") || what_was)?;
    if set_off_after_a_figure(toks, q) {
        return Some(written);
    }
    let from = q.end + 2;
    let earlier = (from..toks.len().min(from + EARLIER_TIME_REACH))
        .take_while(|&k| toks[k].kind != Kind::Punct)
        .any(|k| {
            let t = &toks[k];
            let year = t.kind == Kind::Num
                && t.text.len() == 4
                && (t.text.starts_with("19") || t.text.starts_with("20"));
            year || t.kind == Kind::Word && earlier_time_words().contains(&t.low())
        });
    earlier.then_some(written)
}

/// Rule `comparison_set_off_after_a_figure`: "cobra 3.900 euros al mes, un 18% menos que los
/// de Sevilla", "earns $40,000, 12% less than a nurse": a figure that opens a phrase set off
/// by a comma (past an article) right after another figure compares that figure's thing
/// with another's, whatever the other side is; it keeps its degree as a comparison with an
/// earlier time does.
fn set_off_after_a_figure(toks: &[Tok], q: &Quantity) -> bool {
    let mut k = q.start;
    if k > 0 && singular_articles().contains(&toks[k - 1].low()) {
        k -= 1;
    }
    k >= 2 && toks[k - 1].text == "," && figure_before(&toks[..k - 1])
}

/// Most tokens back from a comma searched for the figure a set-off comparison follows (rule
/// `comparison_set_off_after_a_figure`): its unit, its phrase and a time ("315 pesos diarios a partir de enero").
const SET_OFF_FIGURE_REACH: usize = 8;

/// Whether a number stands among the last [`SET_OFF_FIGURE_REACH`] tokens of `toks`, within
/// its clause.
fn figure_before(toks: &[Tok]) -> bool {
    toks.iter()
        .rev()
        .take(SET_OFF_FIGURE_REACH)
        .take_while(|t| t.kind != Kind::Punct || t.text == "%")
        .any(|t| t.kind == Kind::Num)
}
