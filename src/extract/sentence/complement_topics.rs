//! Rule `coordinated_count_shares_the_complement`: "confirmó 245.000 casos de dengue y 230
//! fallecidos": a count joined by "y"/"and" right after a count of the same clause whose noun
//! is completed by "de"/"of" and a phrase ("casos de dengue", "cases of cholera") is about
//! what that phrase names as well (the deaths are the epidemic's): it adds the topics of
//! the complement, not those of the first count's own noun.

use super::super::quantity::Quantity;
use super::super::{clause, subject, tokens, Extractor};
use super::Figures;

/// Tokens looked back from the "y" for the first count: its digits, noun, link and a short
/// complement ("7.200 casos de sarampión y 24 muertes").
const COMPLEMENT_REACH: usize = 6;

/// The complement `[from, to)` of the count before figure `start`, when the figure opens a
/// count joined to it by a coordinator.
pub(super) fn coordinated_complement(toks: &[tokens::Tok], start: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks.get(k).is_some_and(|t| t.kind == tokens::Kind::Word);
    let joiner = start.checked_sub(1)?;
    if !(word(joiner) && clause::coordinating(&toks[joiner].low()) && word(start + 1)) {
        return None;
    }
    // The count before: digits, then its noun, then a link, then the complement's words.
    let first = (joiner.saturating_sub(COMPLEMENT_REACH)..joiner)
        .rev()
        .find(|&k| toks[k].kind == tokens::Kind::Num)?;
    let linked = word(first + 1)
        && word(first + 2)
        && subject::words::noun_links().contains(&toks[first + 2].low());
    let complement = (first + 3, joiner);
    let all_words = (complement.0..complement.1).all(word);
    (linked && complement.0 < complement.1 && all_words).then_some(complement)
}

impl Extractor {
    /// Adds the topics of the complement of the count figure `q` is coordinated with.
    pub(super) fn complement_topics(&self, f: &mut Figures, q: &Quantity) {
        if q.unit.is_some() {
            return;
        }
        let Some(span) = coordinated_complement(f.toks, q.start) else {
            return;
        };
        let mut ids = Vec::new();
        self.lexicon.topic_ids(
            clause::topic_words(f.toks, span, 0, f.title),
            f.s.lang,
            &mut ids,
        );
        for id in ids {
            if !f.topic_ids.contains(&id) {
                f.topic_ids.push(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::coordinated_complement;
    use crate::extract::tokens::tokenize;

    fn complement(s: &str, figure: &str) -> String {
        let toks = tokenize(s);
        let i = toks.iter().position(|t| t.text == figure).unwrap();
        crate::extract::testing::words_of(&toks, coordinated_complement(&toks, i))
    }

    #[test]
    fn coordinated_count_shares_the_complement() {
        let s = "Salud confirmó 7.200 casos de sarampión y 24 muertes.";
        assert_eq!(complement(s, "24"), "sarampión");
        let s = "Officials reported 2,100 cases of cholera and 40 deaths.";
        assert_eq!(complement(s, "40"), "cholera");
        // No complement, no coordinator, or a figure of another clause: nothing.
        assert_eq!(complement("Dejaron 29 muertos y 9 desaparecidos.", "9"), "");
        assert_eq!(
            complement("Hubo 7.200 casos de sarampión, 24 muertes.", "24"),
            ""
        );
        let s =
            "Hubo 7.200 casos de sarampión en la ciudad, según los datos oficiales, y 24 muertes.";
        assert_eq!(complement(s, "24"), "");
    }
}
