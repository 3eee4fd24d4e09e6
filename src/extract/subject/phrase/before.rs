//! Clauses the reader of the words before a figure reads past: an index name's number ("The
//! FTSE 100 closed"), a relative clause or a source set off by commas before the verb.

use super::super::words::{
    definite_articles, direction_adverbs, is_stopword, parenthetical_openers, prepositions,
    relative_pronouns,
};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// Rule `index_name_number`: "The FTSE 100 closed down 1.4%": digits right after a
/// capitalised word and right before the verb are part of the subject's name.
pub(super) fn index_name_number(toks: &[Tok], j: usize) -> bool {
    toks[j].kind == Kind::Num
        && j > 0
        && toks[j - 1].kind == Kind::Word
        && toks[j - 1].is_capitalized()
}

/// Rule `relative_clause_before_the_verb`: "Unemployment in Spain, which had long been the
/// highest, fell to 10.6%": a relative clause set off by commas right before the verb is read
/// past to the subject, and so is a source (rule `source_before_the_verb`: "inflation,
/// according to the ONS, held at 3.4%"). The comma at `j` closes it; the comma that opens
/// it, if any.
pub(super) fn relative_clause_open(toks: &[Tok], j: usize) -> Option<usize> {
    if toks[j].text != "," {
        return None;
    }
    let open = (j.saturating_sub(16)..j)
        .rev()
        .find(|&c| toks[c].text == "," || toks[c].text == ".")?;
    let relative = toks[open].text == ","
        && toks.get(open + 1).is_some_and(|w| {
            let w = w.low();
            relative_pronouns().contains(&w) || parenthetical_openers().contains(&w)
        });
    relative.then_some(open)
}

/// Rule `attributive_participle`: "extradited more than 50 organized crime leaders … in two
/// separate transfers": an English word in -ed after a number, a determiner or another such
/// word and before a lower-case noun describes that noun ("organized crime", "55 alleged
/// organized crime leaders", "the armed forces", "its unpaid bills"); a Spanish masculine
/// participle right after a noun that follows an article or "de" does too ("del crimen
/// organizado", "el año pasado"). Neither is the verb of the clause a later figure is read
/// in. "Police arrested 19 suspects", "the 12 injured were taken", "México ha enviado 26"
/// keep their verbs. Nor is a capitalised English word inside a sentence ("the United States
/// in two separate transfers"): it is part of a name (rule `name_word_is_no_verb`).
pub(super) fn attributive_participle(toks: &[Tok], j: usize, lang: Lang) -> bool {
    if j == 0 {
        return false;
    }
    if lang == Lang::En && toks[j].is_capitalized() && toks[j - 1].kind == Kind::Word {
        return true;
    }
    match lang {
        Lang::En => modifies_the_noun_after(toks, j),
        Lang::Es => {
            let w = toks[j].low();
            let noun = &toks[j - 1];
            (w.ends_with("ado") || w.ends_with("ido"))
                && noun.kind == Kind::Word
                && !noun.is_capitalized()
                && !is_stopword(&noun.low())
                && j >= 2
                && (toks[j - 2].is("de")
                    || toks[j - 2].is("del")
                    || definite_articles().contains(&toks[j - 2].low()))
        }
    }
}

/// An English word in -ed at `j` between a number, a determiner or another such word and a
/// lower-case noun.
fn modifies_the_noun_after(toks: &[Tok], j: usize) -> bool {
    let before_noun = toks.get(j + 1).is_some_and(|n| {
        let low = n.low();
        n.kind == Kind::Word
            && !n.is_capitalized()
            && !is_stopword(&low)
            && !prepositions().contains(&low)
            && !direction_adverbs().contains(&low)
    });
    let mut k = j;
    while before_noun && k > 0 && toks[k].text.ends_with("ed") {
        let prev = &toks[k - 1];
        if prev.kind == Kind::Num
            || prev.kind == Kind::Word && attributive_openers().contains(&prev.low())
        {
            return true;
        }
        k -= 1;
    }
    false
}

crate::extract::lexicon::word_set!(
    /// Words after which a word in -ed before a noun is an adjective (`attributive_participle`).
    attributive_openers,
    "en/attributive_openers.txt",
);
