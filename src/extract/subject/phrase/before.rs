//! Clauses the reader of the words before a figure reads past: an index name's number ("The
//! FTSE 100 closed"), a relative clause or a source set off by commas before the verb.

use super::super::words::{parenthetical_openers, relative_pronouns};
use crate::extract::tokens::{Kind, Tok};

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
