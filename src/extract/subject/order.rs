//! Rule `subject_in_sentence_order`: a subject's verb and phrase are written in the order the
//! sentence gives them. "Petrol prices rose to 142.6p" is about "petrol prices rose", not
//! "rose petrol prices"; "55 leaders were extradited" is about "leaders extradited" (the form
//! of the contract's "organized crime leaders extradited to Washington"); "police arrested 19
//! suspects" keeps "arrested suspects". Only the text people read changes: the subject's key,
//! which the diff aligns on, is built from the verb-first reading before this rule runs.

use crate::extract::quantity::Quantity;
use crate::extract::tokens::Tok;

/// `text` ("{verb} {phrase}") rewritten as "{phrase} {verb}" when the sentence names the
/// phrase before the verb; `text` unchanged otherwise (no verb, a phrase that is not a
/// stretch of the sentence, or one the verb stands before).
pub(super) fn in_sentence_order(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    text: String,
    phrase: &str,
    verb: Option<&str>,
) -> String {
    let Some(verb) = verb else { return text };
    if phrase.is_empty() || text.len() != verb.len() + 1 + phrase.len() || !text.starts_with(verb) {
        return text;
    }
    let Some(figure) = toks.get(q.start).map(|t| t.start) else {
        return text;
    };
    let Some(verb_at) = nearest(
        toks.iter().filter(|t| t.text == verb).map(|t| t.start),
        figure,
    ) else {
        return text;
    };
    let Some(phrase_at) = nearest(sentence.match_indices(phrase).map(|(i, _)| i), figure) else {
        return text;
    };
    if phrase_at + phrase.len() <= verb_at {
        format!("{phrase} {verb}")
    } else {
        text
    }
}

/// The offset among `at` closest to `figure`.
fn nearest(at: impl Iterator<Item = usize>, figure: usize) -> Option<usize> {
    at.min_by_key(|&i| i.abs_diff(figure))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::subjects;

    #[test]
    fn subject_in_sentence_order() {
        let got = subjects("Petrol prices rose to 142.6p a litre in May.");
        assert_eq!(got, ["petrol prices rose"]);
        let got = subjects("Police arrested 19 suspects in the raids.");
        assert_eq!(got, ["arrested suspects in the raids"]);
        let got = subjects("In total, 55 crime leaders were extradited to the United States.");
        assert_eq!(got, ["crime leaders extradited"]);
    }
}
