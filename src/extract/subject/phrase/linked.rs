//! The noun joined to a measured figure by "of"/"de" ("a tariff of 25%", "aranceles del
//! 25%"), which heads the figure's phrase.

use crate::extract::quantity::Quantity;
use crate::extract::subject::ellipsis::stand_ins_before;
use crate::extract::subject::words::{
    definite_articles, is_stopword, is_verb, noun_links, phrase_leads, singular_articles,
    value_links,
};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::text;

/// "aranceles del 25% a los autos", "a tariff of 25% on cars": the noun joined to a measured
/// figure by "of"/"de" heads the phrase ("aranceles autos", "tariff on cars"). None when no
/// such noun stands before the figure or the phrase already holds it.
pub(super) fn linked_noun_phrase(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    phrase: &str,
) -> Option<String> {
    let word = |i: usize| toks[i].low();
    let mut k = q.start;
    let mut linked = false;
    while k > 0 && toks[k - 1].kind == Kind::Word {
        let w = word(k - 1);
        // Rule `worth_links_its_thing`: "a deal worth about $12bn" is the deal's value.
        let worth = !linked
            && value_links().contains(&w)
            && q.unit
                .as_deref()
                .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
        // Rule `stand_in_inside_the_link`: "pagos atrasados por otros 20.000 millones": a
        // stand-in right before the figure says it is one more of a kind; the noun linked
        // before it is still what it counts.
        let stand_in = k == q.start && stand_ins_before().contains(&w);
        if noun_links().contains(&w) || worth {
            linked = true;
        } else if !definite_articles().contains(&w) && !stand_in {
            break;
        }
        k -= 1;
    }
    if !linked || k == 0 || toks[k - 1].kind != Kind::Word {
        return None;
    }
    // Rule `seller_names_no_thing_bought` (see `before`): "sobornos de Odebrecht por 35
    // millones": the name before "por" sold or paid; the words before read what was bought.
    // Rule `price_to_a_name` (see `paid`): "fichó por el Bayern Múnich por 70 millones":
    // the name before a price is paid, not what the money buys.
    if super::seller::bought_before_its_seller(toks, q, lang).is_some()
        || crate::extract::subject::paid::price_to_a_name(toks, q, lang, toks[k - 1].text).is_some()
    {
        return None;
    }
    let noun = word(k - 1);
    // Rule `average_of_a_change` (see `before`): "rise by an average of 4.7%" links no noun;
    // nor does "fares rise an average of 3.7%", the verb of change right before it.
    let change_verb =
        || crate::extract::subject::reach::change_verbs().contains(&toks[k - 3].low());
    if (noun == "average" || noun == "median")
        && k >= 3
        && (toks[k - 2].is("an") || toks[k - 2].is("a"))
        && (toks[k - 3].is("by") || change_verb())
    {
        return None;
    }
    if is_stopword(&noun) || is_verb(&noun, lang) || phrase.to_lowercase().contains(noun.as_str()) {
        return None;
    }
    // Rule `level_noun_of_the_figure`: "alcanzó un récord de 52.000 megawatts": the level
    // heads nothing; the clause's subject is what it measures.
    if crate::extract::subject::words::level_nouns().contains(&noun) {
        return None;
    }
    let rest = phrase
        .split_whitespace()
        .skip_while(|w| text::with_lower(w, |l| phrase_leads().contains(l)))
        .collect::<Vec<_>>()
        .join(" ");
    // Rule `noun_before_its_adjective`: in Spanish the word before "de" may be the adjective
    // after its noun ("la mayoría absoluta de 176", "el déficit fiscal de 5,9%", "un alza
    // interanual de 8,4%"): an article before the two words makes them one noun phrase.
    let article =
        |i: usize| definite_articles().contains(&word(i)) || singular_articles().contains(&word(i));
    let content =
        |i: usize| toks[i].kind == Kind::Word && !is_stopword(&word(i)) && !is_verb(&word(i), lang);
    // Rule `compound_noun_before_de`: "un fondo de emergencia de 350 millones", "una tasa de
    // interés de 5%": after an article, a noun, "de" and a noun name one thing; so they do
    // right after the verb whose object they are ("programó cortes de luz de hasta 14 horas").
    let verb_before = |i: usize| toks[i].kind == Kind::Word && is_verb(&word(i), lang);
    let first = if lang == Lang::Es
        && k >= 4
        && toks[k - 2].is("de")
        && content(k - 3)
        && content(k - 1)
        && (article(k - 4) || verb_before(k - 4))
    {
        k - 3
    } else if lang == Lang::Es
        && k >= 3
        && toks[k - 2].kind == Kind::Word
        && !is_stopword(&word(k - 2))
        && !is_verb(&word(k - 2), lang)
        && (definite_articles().contains(&word(k - 3))
            || singular_articles().contains(&word(k - 3))
            // Rule `object_noun_before_its_adjective`: "exportó dispositivos médicos por
            // 7.500 millones": right after the verb whose object they are, too.
            || verb_before(k - 3))
    {
        k - 2
    } else if lang == Lang::Es {
        longer_noun_phrase(toks, k, lang).unwrap_or(k - 1)
    } else {
        k - 1
    };
    let head = toks[first..k]
        .iter()
        .map(|t| t.text)
        .collect::<Vec<_>>()
        .join(" ");
    Some(format!("{head} {rest}").trim_end().to_string())
}

crate::word_set!(
    /// Spanish articles contracted with their preposition ("del", "al"), which open a noun
    /// phrase (rule `long_noun_phrase_before_de`).
    contracted_articles,
    "es/contracted_articles.txt",
);

/// Most words of a noun phrase before "de" and its figure (rule `long_noun_phrase_before_de`).
const MAX_LINKED_WORDS: usize = 4;

/// Rule `long_noun_phrase_before_de`: "del ingreso mínimo integral de 160 dólares", "un túnel
/// de baja altura de 27 kilómetros": in Spanish a noun with two adjectives, or a noun and a
/// "de" phrase with its adjective, before the "de" of the figure is one noun phrase when an
/// article (or the verb whose object it is) opens it, up to [`MAX_LINKED_WORDS`] words. Where
/// it starts (the word before "de" is `k - 1`), or None.
fn longer_noun_phrase(toks: &[Tok], k: usize, lang: Lang) -> Option<usize> {
    let word = |i: usize| toks[i].low();
    let content =
        |i: usize| toks[i].kind == Kind::Word && !is_stopword(&word(i)) && !is_verb(&word(i), lang);
    let opens = |i: usize| {
        definite_articles().contains(&word(i))
            || singular_articles().contains(&word(i))
            || contracted_articles().contains(&word(i))
            || toks[i].kind == Kind::Word && is_verb(&word(i), lang)
    };
    let mut s = k.checked_sub(1)?;
    let mut inner_de = false;
    while s > 0 && k - s < MAX_LINKED_WORDS {
        let p = s - 1;
        if content(p) {
            s = p;
        } else if toks[p].is("de") && !inner_de && p > 0 && content(p - 1) {
            inner_de = true;
            s = p - 1;
        } else {
            break;
        }
    }
    (k - s >= 3 && s > 0 && opens(s - 1)).then_some(s)
}
