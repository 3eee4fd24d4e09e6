//! What a sum after "por" buys when a seller, payer or hired person is named before it
//! ("la compra de 24 cazas a Dinamarca por 300 millones").

use super::super::paid::is_infinitive;
use super::super::words::{is_stopword, is_verb};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// Rule `seller_names_no_thing_bought`: "la compra de 24 cazas a Dinamarca por 300
/// millones", "sobornos de Odebrecht por 35 millones", "la contratación del delantero Edinson
/// Cavani por 2,5 millones": a Spanish sum after "por" whose words before end on a name
/// led by "a"/"de"/"del" is the price of what stands before that name (who sells, pays or is
/// hired is not what the sum buys): the act of a figure before it ("compra de 24 …"), else
/// the nouns right before the preposition. Reads at most [`SELLER_REACH`] words back.
pub(super) fn bought_before_its_seller(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<Vec<usize>> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    if lang != Lang::Es || !money || q.start < 3 || !toks[q.start - 1].is("por") {
        return None;
    }
    let name = |k: usize| toks[k].kind == Kind::Word && toks[k].is_capitalized();
    if !name(q.start - 2) {
        return None;
    }
    let mut p = q.start - 2;
    while p > 0 && name(p) {
        p -= 1;
    }
    let content = |k: usize| {
        let w = toks[k].low();
        toks[k].kind == Kind::Word
            && !toks[k].is_capitalized()
            && !is_stopword(&w)
            && !is_verb(&w, lang)
            && !is_infinitive(&w)
    };
    // "del delantero uruguayo Edinson Cavani": the name's apposition goes with it.
    let named = p;
    while p > 0 && named - p < 2 && content(p) {
        p -= 1;
    }
    let of = toks[p].is("de") || toks[p].is("del");
    if !of && !toks[p].is("a") && !toks[p].is("al") {
        return None;
    }
    // "sobornos de Odebrecht": a name after "de" is the thing's complement and stays; one in
    // apposition ("del delantero uruguayo Edinson Cavani") is left to its noun.
    let end = if p < named { named + 1 } else { q.start - 1 };
    let complement = (p..end).filter(|_| of);
    let low = p.saturating_sub(SELLER_REACH);
    // "la compra de 24 cazas F-16 a Dinamarca": the act that counted the figure before.
    let act = (low.max(2)..p)
        .rev()
        .find(|&k| toks[k].kind == Kind::Num && toks[k - 1].is("de") && content(k - 2));
    let mut thing: Vec<usize> = match act {
        Some(n) => vec![n - 2],
        None => (low..p).rev().take_while(|&k| content(k)).collect(),
    };
    thing.reverse();
    if thing.is_empty() {
        return None;
    }
    thing.extend(complement);
    Some(thing)
}

/// How many words [`bought_before_its_seller`] reads back past the seller's preposition.
const SELLER_REACH: usize = 6;
