//! Headline: which claims stand in a text's headline, and which of those restate a figure of
//! the body (rule `headline_repeat`, read by `diff::score`).

use super::features::same_value;
use super::Side;
use crate::model::{Claim, Sentence};

/// A headline: the text's first sentence, alone in its paragraph, without a final stop
/// ("Turkey earthquake kills 40").
fn is_headline(s: &Sentence, sentences: &[Sentence]) -> bool {
    s.index == 0
        && sentences
            .get(1)
            .is_none_or(|next| next.paragraph != s.paragraph)
        && !s.text.trim_end().ends_with(['.', '!', '?', '…'])
}

/// The claim stands in its text's headline.
pub(super) fn in_headline(c: &Claim, sentences: &[Sentence]) -> bool {
    sentences
        .get(c.sentence_index)
        .is_some_and(|s| is_headline(s, sentences))
}

/// Rule `headline_repeat`: which claims are a headline's restatement of a figure the body
/// states again (the same value, range and unit): "Storm leaves 200,000 homes without power"
/// over "A winter storm left 200,000 homes without power". Such a copy pairs only with the
/// other side's headline; the other side's body figures are the body's to pair with, and a
/// copy the other headline does not state is left over (only in A or only in B).
pub(super) fn repeats(side: &Side) -> Vec<bool> {
    side.claims
        .iter()
        .map(|c| {
            in_headline(c, side.sentences)
                && side
                    .claims
                    .iter()
                    .any(|o| o.sentence_index != c.sentence_index && same_value(o, c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_repeat_marks_a_headline_copy_of_a_body_figure() {
        let ex = crate::extract::Extractor::default();
        let e = ex.extract_text(
            "Storm leaves 200,000 homes without power\n\nA winter storm left 200,000 homes without power across Ontario on Tuesday, and 1,500 crews were out.\n",
        );
        let side = Side::new(&e.sentences, &e.claims);
        let values: Vec<f64> = e.claims.iter().map(|c| c.value).collect();
        assert_eq!(values, vec![200_000.0, 200_000.0, 1_500.0]);
        assert_eq!(repeats(&side), vec![true, false, false]);
        // A headline figure the body does not repeat, or a body sentence, is no restatement.
        let e = ex.extract_text(
            "Storm leaves 200,000 homes without power\n\nA winter storm left about 180,000 homes without power.\n",
        );
        assert_eq!(
            repeats(&Side::new(&e.sentences, &e.claims)),
            vec![false, false]
        );
        let e = ex
            .extract_text("The storm left 200,000 homes dark. By night 200,000 homes were dark.\n");
        assert_eq!(
            repeats(&Side::new(&e.sentences, &e.claims)),
            vec![false, false]
        );
    }
}
