//! Rule `list_restriction_en`: "El IPC subió 0,4% en alimentos, 1,1% en vivienda y 2,3% en
//! transporte": in a list of figures each followed by "en" and a noun, the noun restricts what
//! the figure measures ("IPC en alimentos"), where "en" after a lone figure opens a scope that
//! is no part of it ("5,2% en octubre", "subió 3% en el año").

use super::words::{definite_articles, is_stopword, is_verb, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Spanish prepositions of a list item's restriction ("0,4% en alimentos").
    restriction_prepositions,
    "es/restriction_prepositions.txt",
);
word_set!(
    /// Words that join the items of a list of figures ("y", "e").
    item_joiners,
    "es/item_joiners.txt",
);

/// The restriction's tokens after the preposition at `at` ("en alimentos", "en el
/// transporte público"): from the preposition to its last content word, at most three words,
/// none a time, a verb or a capitalised word. The half-open end.
fn restriction_end(toks: &[Tok], at: usize, lang: Lang) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.low())
    };
    if !word(at).is_some_and(|w| restriction_prepositions().contains(&w)) {
        return None;
    }
    let mut k = at + 1;
    while word(k).is_some_and(|w| definite_articles().contains(&w)) {
        k += 1;
    }
    let mut end = k;
    while end < k + 3 {
        let Some(w) = word(end) else { break };
        let stop = is_stopword(&w)
            || time_words().contains(&w)
            || is_verb(&w, lang)
            || item_joiners().contains(&w)
            || toks[end].is_capitalized();
        if stop {
            break;
        }
        end += 1;
    }
    (end > k).then_some(end)
}

/// Where the item before a figure starting at `start` starts, when the figure follows one
/// ("0,4% en alimentos, 1,1% …": the token of "0,4" for the figure "1,1").
fn item_before(toks: &[Tok], start: usize, lang: Lang) -> Option<usize> {
    let joins = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text == "," || item_joiners().contains(&t.low()))
    };
    // "bajas de 9% en farmacias y de 6,2% en ferreterías": the link repeated after the joiner.
    let start = if start >= 3 && toks[start - 1].is("de") && joins(start - 2) {
        start - 1
    } else {
        start
    };
    if start < 2 || !joins(start - 1) {
        return None;
    }
    let at = (start.saturating_sub(6)..start - 1)
        .find(|&k| restriction_end(toks, k, lang) == Some(start - 1))?;
    (at.saturating_sub(3)..at).find(|&n| toks[n].kind == Kind::Num)
}

/// A figure's "en" restriction when the figure is an item of a list of such ("0,4% en
/// alimentos, 1,1% en vivienda"): the restriction's text ("en alimentos") and where the
/// list's first figure starts (whose clause names what the items measure). None for a lone
/// figure or a time ("en septiembre").
pub(super) fn list_restriction<'s>(
    sentence: &'s str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<(&'s str, usize)> {
    if lang != Lang::Es {
        return None;
    }
    let end = restriction_end(toks, q.end, lang)?;
    let joins = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.text == "," || item_joiners().contains(&t.low()))
    };
    // The next item: a joiner, a figure, at most two unit tokens, its own restriction.
    let linked = usize::from(toks.get(end + 1).is_some_and(|t| t.is("de")));
    let next = joins(end)
        && toks
            .get(end + 1 + linked)
            .is_some_and(|t| t.kind == Kind::Num)
        && (end + 2 + linked..end + 5 + linked).any(|k| restriction_end(toks, k, lang).is_some());
    let mut first = q.start;
    while let Some(k) = item_before(toks, first, lang) {
        first = k;
    }
    // "El IPC subió 0,3% en septiembre: 0,8% en alimentos, …": the list details the figure
    // before the colon, whose clause names what its items measure.
    if first >= 2 && toks[first - 1].text == ":" {
        if let Some(n) = (first.saturating_sub(7)..first - 1).find(|&n| toks[n].kind == Kind::Num) {
            first = n;
        }
    }
    (next || first < q.start).then(|| (&sentence[toks[q.end].start..toks[end - 1].end], first))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::decimal_evidence;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;

    fn restrictions(s: &str) -> Vec<Option<String>> {
        let toks = tokenize(s);
        quantity::find(&toks, Lang::Es, decimal_evidence(s))
            .iter()
            .map(|q| list_restriction(s, &toks, q, Lang::Es).map(|(r, _)| r.to_string()))
            .collect()
    }

    #[test]
    fn items_of_a_list_keep_their_restriction() {
        assert_eq!(
            restrictions("El IPC subió 0,4% en alimentos, 1,1% en vivienda y 2,3% en transporte."),
            [
                Some("en alimentos".to_string()),
                Some("en vivienda".to_string()),
                Some("en transporte".to_string())
            ]
        );
        // The link repeated after the joiner: "bajas de 9% en farmacias y de 6,2% en …".
        assert_eq!(
            restrictions("Hubo bajas de 9% en farmacias y de 6,2% en ferreterías."),
            [
                Some("en farmacias".to_string()),
                Some("en ferreterías".to_string())
            ]
        );
        // Near misses: a time and a lone figure keep no restriction.
        assert_eq!(
            restrictions("El IPC subió 0,3% en septiembre y 0,2% en octubre."),
            [None, None]
        );
        assert_eq!(restrictions("Las ventas subieron 3% en alimentos."), [None]);
    }

    #[test]
    fn labels_keep_a_list_item_s_restriction() {
        let s = "El IPC subió 0,3% en septiembre: 0,8% en alimentos y 0,5% en transporte.";
        let toks = tokenize(s);
        let qs = quantity::find(&toks, Lang::Es, decimal_evidence(s));
        let labels: Vec<String> = qs
            .iter()
            .map(|q| {
                let subj = super::super::subject(s, &toks, q, Lang::Es);
                let n = super::super::Notation::of_lang(Lang::Es);
                super::super::label(
                    q.value,
                    None,
                    q.qualifier,
                    q.unit.as_deref(),
                    &subj,
                    Lang::Es,
                    n,
                )
            })
            .collect();
        assert_eq!(
            labels,
            [
                // Rule `change_amount_names_its_change`: "subió 0,3%" is a rise.
                "0,3% de alza en IPC",
                // Rule `list_items_share_the_change`.
                "0,8% de alza en IPC en alimentos",
                "0,5% de alza en IPC en transporte"
            ]
        );
    }
}
