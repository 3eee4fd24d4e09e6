//! Clauses the reader of the words before a figure reads past: an index name's number ("The
//! FTSE 100 closed"), a relative clause or a source set off by commas before the verb.

use super::super::words::{
    direction_adverbs, is_stopword, parenthetical_openers, prepositions, relative_pronouns,
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
/// separate transfers": an English word in -ed after a number or a determiner and before a
/// lower-case noun describes that noun ("organized crime", "the armed forces", "its unpaid
/// bills"); it is not the verb of the clause a later figure is read in. "Police arrested 19
/// suspects", "the 12 injured were taken" keep their verbs.
pub(super) fn attributive_participle(toks: &[Tok], j: usize, lang: Lang) -> bool {
    if lang != Lang::En || j == 0 || !toks[j].text.ends_with("ed") {
        return false;
    }
    let after_figure_or_determiner = toks[j - 1].kind == Kind::Num
        || toks[j - 1].kind == Kind::Word && attributive_openers().contains(&toks[j - 1].low());
    let before_noun = toks.get(j + 1).is_some_and(|n| {
        let low = n.low();
        n.kind == Kind::Word
            && !n.is_capitalized()
            && !is_stopword(&low)
            && !prepositions().contains(&low)
            && !direction_adverbs().contains(&low)
    });
    after_figure_or_determiner && before_noun
}

crate::extract::lexicon::word_set!(
    /// Words after which a word in -ed before a noun is an adjective (`attributive_participle`).
    attributive_openers,
    "en/attributive_openers.txt",
);
