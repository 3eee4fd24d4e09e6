//! Rule `relative_names_its_antecedent`: "penas que suman 230 años", "el tramo 5 del Tren
//! Maya, que mide 67 kilómetros", "inflation, which stood at 33.2%": a figure right after the
//! verb of a relative clause ("que"/"which" and one verb, in English with its "at" or "to")
//! measures the relative's antecedent, the noun phrase before the opener, not the verb.

use super::words::{
    definite_articles, is_stopword, is_verb, noun_links, phrase_ends, prepositions,
};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Words that open a relative clause after its antecedent ("que", "which").
    relative_openers,
    "en/relative_openers.txt",
    "es/relative_openers.txt",
);

/// Words an antecedent holds at most.
const ANTECEDENT_TOKENS: usize = 6;

/// The antecedent of the relative clause whose verb stands right before `q` ("penas" of
/// "penas que suman 230 años"). None when no relative opens two words before the figure, or
/// a verb stands where the antecedent would ("dijo que suman 230").
pub(super) fn antecedent(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    // An English duration after a relative ("the walkout by resident doctors, which lasted
    // five days") is its event's, read by `duration_of_an_event`.
    let duration = q
        .unit
        .as_deref()
        .is_some_and(super::duration::is_duration_unit);
    if q.start < 3 || lang == Lang::En && duration {
        return None;
    }
    let word = |k: usize| (toks[k].kind == Kind::Word).then(|| toks[k].low());
    // English: "inflation, which stood at 33.2%": the verb's preposition may stand between.
    let mut v = q.start - 1;
    if lang == Lang::En && v > 2 && word(v).is_some_and(|w| w == "at" || w == "to") {
        v -= 1;
    }
    // Rule `relative_verb_takes_an_article`: "los premios que superan los 40.000 euros":
    // a Spanish verb may take its figure with a definite article.
    if lang == Lang::Es
        && v > 3
        && word(v).is_some_and(|w| definite_articles().contains(&w))
        && word(v - 1).is_some_and(|w| !is_stopword(&w))
    {
        v -= 1;
    }
    let verb = word(v).is_some_and(|w| !is_stopword(&w));
    // Rule `relative_with_se`: "y el pollo, que se encareció 7,2%": the clitic "se" stands
    // between the relative and its verb.
    let mut o = v - 1;
    if lang == Lang::Es && o > 2 && word(o).is_some_and(|w| w == "se") {
        o -= 1;
    }
    // Rule `that_opens_a_relative`: "died in temperatures that reached 51.8C": English
    // "that" after a common noun (no verb: "said that"; no name, which may end a place: "a
    // concert in Birmingham that raised £140m") opens a relative as "which" does.
    let that = lang == Lang::En
        && o > 0
        && word(o).is_some_and(|w| w == "that")
        && !toks[o - 1].is_capitalized()
        && word(o - 1).is_some_and(|w| {
            !is_stopword(&w)
                && !is_verb(&w, lang)
                && !crate::extract::lexicon::shared::is_speech(&w)
        });
    let opens = that || word(o).is_some_and(|w| relative_openers().contains(&w));
    if !verb || !opens || o < 2 {
        return None;
    }
    let mut end = o;
    if toks[end - 1].text == "," {
        end -= 1;
    }
    let content =
        |k: usize| word(k).is_some_and(|w| !is_stopword(&w) && !prepositions().contains(&w));
    if !content(end - 1) {
        return None;
    }
    // The head noun right before "que", then back through its modifiers: "de"/"del" and a
    // noun ("tramo del Tren Maya", "integrantes de la red"), a name's words and numbers.
    let mut start = end - 1;
    while start > 0 && end - start < ANTECEDENT_TOKENS {
        let k = start - 1;
        let name = toks[start].is_capitalized() && toks[k].is_capitalized() && content(k);
        let number = toks[k].kind == Kind::Num && k > 0 && content(k - 1);
        let of = |j: usize| word(j).is_some_and(|w| noun_links().contains(&w));
        // "tramo 5 del Tren Maya": a name's number may stand before the link.
        let numbered = |j: usize| toks[j].kind == Kind::Num && j > 0 && content(j - 1);
        let linked = of(k) && k > 0 && (content(k - 1) || numbered(k - 1));
        let linked_article = k > 1
            && word(k).is_some_and(|w| definite_articles().contains(&w))
            && of(k - 1)
            && content(k - 2);
        start = if name || number {
            k
        } else if linked && numbered(k - 1) {
            k - 2
        } else if linked {
            k - 1
        } else if linked_article {
            k - 2
        } else {
            break;
        };
    }
    let verb = |k: usize| {
        word(k).is_some_and(|w| {
            is_verb(&w, lang)
                || phrase_ends().contains(&w)
                || crate::extract::lexicon::shared::is_speech(&w)
        })
    };
    if (start..end).any(verb) {
        return None;
    }
    Some(sentence[toks[start].start..toks[end - 1].end].to_string())
}

/// Whether token `t` opens a relative clause ("which", "que", English "that").
pub(super) fn opens_relative(t: &Tok) -> bool {
    t.kind == Kind::Word && (relative_openers().contains(&t.low()) || t.is("that"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::decimal_evidence;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;

    /// The antecedent of the sentence's last figure.
    fn last(s: &str) -> Option<String> {
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::Es, decimal_evidence(s))
            .pop()
            .unwrap();
        antecedent(s, &toks, &q, Lang::Es)
    }

    #[test]
    fn a_relative_s_figure_measures_its_antecedent() {
        assert_eq!(
            last("La Fiscalía pide penas que suman 230 años.").as_deref(),
            Some("penas")
        );
        assert_eq!(
            last("Se inauguró el tramo 5 del Tren Maya, que mide 67 km.").as_deref(),
            Some("tramo 5 del Tren Maya")
        );
        // Rule `relative_verb_takes_an_article`.
        assert_eq!(
            last("Pagan impuesto las herencias que superan los 300.000 euros.").as_deref(),
            Some("herencias")
        );
        // Near misses: a verb before "que" is speech; no relative, no antecedent.
        assert_eq!(
            last("El ministro dijo que superan los 300.000 euros."),
            None
        );
        assert_eq!(last("El ministro dijo que suman 230 años."), None);
        assert_eq!(last("Las penas suman 230 años."), None);
    }

    #[test]
    fn an_english_relative_s_figure_measures_its_antecedent() {
        let s = "The bank raised rates to curb inflation, which stood at 33.2% in January.";
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::En, None).pop().unwrap();
        assert_eq!(
            antecedent(s, &toks, &q, Lang::En).as_deref(),
            Some("inflation")
        );
    }
}
