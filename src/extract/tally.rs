//! Vote tallies: "the Senate voted 61-38", "passed 51 to 49", "aprobada por 300 votos a 150".
//! A tally is two claims (the votes for and the votes against), not a sports score ("won 2-1")
//! nor a name ("the Senate 51"): a word of voting within a few words before it says so, and
//! both figures are seats of an assembly (three digits at most).

use super::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Words before a pair of figures that make it a vote tally ("voted", "passed", "aprobó").
    tally_words,
    "en/tally_words.txt",
    "es/tally_words.txt"
);

/// Words read back from the first figure for a word of voting.
const LOOK_BACK: usize = 6;

/// Which side of a vote tally the plain figure at tokens `start..end` is: `Some(true)` for
/// the first (the votes for), `Some(false)` for the second (against), None when it is no tally.
pub fn side(toks: &[Tok], start: usize, end: usize) -> Option<bool> {
    let link = |i: usize| {
        toks.get(i).is_some_and(|t| {
            matches!(t.text, "-" | "–") && !t.space_before || t.is("to") || t.is("a")
        })
    };
    // Seats of an assembly: at most three digits ("ISO 3888-2" passed a test, not a vote).
    let num = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Num && t.text.len() <= 3)
    };
    // "300 votos a 150", "61 votes to 38": the noun may stand after the first figure.
    let noun = |i: usize| toks.get(i).is_some_and(|t| t.is("votes") || t.is("votos"));
    if end != start + 1 || !num(start) {
        return None;
    }
    let after = if noun(end) { end + 1 } else { end };
    let (first, is_first) = if link(after) && num(after + 1) {
        (start, true)
    } else if start >= 2 && link(start - 1) && num(start - 2) {
        (start - 2, false)
    } else if start >= 3 && link(start - 1) && noun(start - 2) && num(start - 3) {
        (start - 3, false)
    } else {
        return None;
    };
    let voted = toks[first.saturating_sub(LOOK_BACK)..first]
        .iter()
        .any(|t| t.kind == Kind::Word && tally_words().contains(&t.low()));
    voted.then_some(is_first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn sides(text: &str) -> Vec<Option<bool>> {
        let toks = tokenize(text);
        (0..toks.len())
            .filter(|&i| toks[i].kind == Kind::Num)
            .map(|i| side(&toks, i, i + 1))
            .collect()
    }

    #[test]
    fn tallies_after_a_word_of_voting_and_not_scores() {
        assert_eq!(
            sides("The senate voted 61-38 to confirm her."),
            [Some(true), Some(false)]
        );
        assert_eq!(
            sides("The bill passed the House 218 to 214."),
            [Some(true), Some(false)]
        );
        assert_eq!(
            sides("La reforma fue aprobada por 300 a 150."),
            [Some(true), Some(false)]
        );
        assert_eq!(sides("Arsenal won 2-1 at home."), [None, None]);
        assert_eq!(sides("It passed the ISO 3888-2 test."), [None, None]);
        assert_eq!(sides("The senate voted on 12 bills."), [None]);
    }
}
