//! Agreement and gaps the phrase reader reads: a singular verb after a plural noun, a
//! gapped list item ("y los hurtos, 7%"), a list item named by a place.

use super::is_stopword;
use crate::extract::subject::words::prepositions;
use crate::extract::tokens::{Kind, Tok};
use crate::text;

crate::word_set!(
    /// Spanish plural articles ("los", "las").
    plural_articles,
    "es/plural_articles.txt"
);

/// True when token `i` is a lower-case content word without a final "s" right after a plural
/// article and a plural noun that stand in the phrase (from `np_start`).
pub(super) fn singular_after_plural(toks: &[Tok], i: usize, np_start: usize) -> bool {
    let t = &toks[i];
    let w = t.low();
    i >= 2
        && i > np_start
        && t.kind == Kind::Word
        && !t.is_capitalized()
        && !w.ends_with('s')
        && !is_stopword(&w)
        && !prepositions().contains(&w)
        && toks[i - 1].kind == Kind::Word
        && toks[i - 1].low().ends_with('s')
        && plural_articles().contains(&toks[i - 2].low())
}

/// Rule `plural_verb_before_its_object`: "para que 50.000 jóvenes compren su primera casa":
/// a lower-case word in "-en"/"-an" right after a plural noun and before a possessive or an
/// article is the noun's verb, not part of its phrase.
pub(super) fn plural_verb_after_plural(toks: &[Tok], i: usize, np_start: usize) -> bool {
    let t = &toks[i];
    let w = t.low();
    let determiner = toks.get(i + 1).is_some_and(|n| {
        let n = n.low();
        crate::extract::subject::words::possessives().contains(&n)
            || matches!(n.as_str(), "el" | "la" | "los" | "las" | "un" | "una")
    });
    i > np_start
        && t.kind == Kind::Word
        && !t.is_capitalized()
        && w.chars().count() > 4
        && (w.ends_with("en") || w.ends_with("an"))
        && !is_stopword(&w)
        && toks[i - 1].kind == Kind::Word
        && toks[i - 1].low().ends_with('s')
        && determiner
}

/// True when the comma at `comma` closes "y"/"and" and a short noun phrase of words ("y los
/// hurtos,"): a gapped list item.
pub(super) fn gapped_after_and(toks: &[Tok], comma: usize) -> bool {
    let mut k = comma;
    while k > 0 && comma - k < 5 {
        k -= 1;
        let t = &toks[k];
        if t.kind != Kind::Word {
            return false;
        }
        if t.is("y") || t.is("and") {
            return k + 1 < comma;
        }
    }
    false
}

/// Rule `place_names_a_list_item`: a phrase of proper names only, with the function words
/// between them ("Tamaulipas", "en el Estado de México"), names where or whose, not what is
/// counted: in a list ("1.820 desapariciones, en Tamaulipas 1.340") it shares the noun of
/// the figure before it, as an elliptic phrase does.
pub fn names_only(phrase: &str) -> bool {
    let mut named = false;
    for w in phrase.split_whitespace() {
        if w.starts_with(char::is_uppercase) {
            named = true;
        } else if !text::with_lower(w, is_stopword) {
            return false;
        }
    }
    named
}
