//! Rule `object_reaches`: a figure after "to" that a verb of reaching takes its object to
//! ("bringing the total transferred this year to 55", "taking the death toll since October
//! 2023 to more than 58,000") counts that object: "55 total transferred", "58,000+ death toll".

use super::words::{definite_articles, is_stopword, possessives, prepositions, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Verbs that take a total to a level ("bringing", "taking", "pushing").
    reaching_verbs,
    "en/reaching_verbs.txt",
);

/// The object of the verb of reaching before figure `q` (its words from after its determiner
/// to a preposition, a time word or a figure), or None.
pub(super) fn object_reached(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    if lang != Lang::En || q.start < 3 || !toks[q.start - 1].is("to") {
        return None;
    }
    let word = |k: usize| toks[k].kind == Kind::Word;
    let verb = (q.start.saturating_sub(10)..q.start - 1)
        .rev()
        .take_while(|&k| word(k) || toks[k].kind == Kind::Num)
        .find(|&k| reaching_verbs().contains(&toks[k].low()))?;
    let det = toks.get(verb + 1)?.low();
    if !(definite_articles().contains(&det) || possessives().contains(&det)) {
        return None;
    }
    let start = verb + 2;
    let end = (start..q.start - 1)
        .find(|&k| {
            let w = toks[k].low();
            !word(k) || prepositions().contains(&w) || time_words().contains(&w) || is_stopword(&w)
        })
        .unwrap_or(q.start - 1);
    (end > start).then(|| sentence[toks[start].start..toks[end - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;

    fn labels(text: &str) -> Vec<String> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.label).collect()
    }

    #[test]
    fn a_total_reached_counts_the_object() {
        let l = labels("Mexico sent 26 more cartel figures on Tuesday, bringing the total transferred this year to 55.");
        assert!(l[1].starts_with("55 total"), "{l:?}");
        let l = labels("At least 62 people were killed, bringing the death toll since October 2023 to more than 58,000.");
        assert_eq!(l[1], "58,000+ death toll");
        // An object without its determiner is no total ("sent 26 figures to 55 cities").
        let l = labels("The firm moved 300 staff to 12 offices.");
        assert!(l[1].contains("offices"), "{l:?}");
    }
}
