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

word_set!(
    /// What a list of names with numbers counts ("seats", "votes", "escaños").
    tally_nouns,
    "en/tally_nouns.txt",
    "es/tally_nouns.txt"
);

/// Rule `name_tally`: digits after a name are a count, not part of the name, in a list of
/// names with numbers: three or more items ("Labour 91, the Democratic Alliance 64, Renewal
/// 31"), two with a noun of tallies in the sentence ("… 64 seats, the Greens 19"), or one
/// after "and" that leaves out an earlier figure's noun of tallies ("had 60 seats and the
/// Democratic Alliance 91"). An item is a capitalised word, its digits, then a comma, "and",
/// a semicolon or the sentence's end ("Route 66 and Highway 101" has no tally noun: names).
pub(crate) fn name_tally(toks: &[Tok], at: usize) -> bool {
    let item = |k: usize| name_item(toks, k);
    if !item(at) {
        return false;
    }
    let items = (0..toks.len()).filter(|&k| item(k)).count();
    let noun = |k: usize| {
        toks[k].kind == Kind::Word
            && crate::text::with_lower(toks[k].text, |w| tally_nouns().contains(w))
    };
    let tally_noun = (0..toks.len()).any(noun);
    // "60 seats and the Democratic Alliance 91": the noun right after an earlier figure, and
    // "and" (or "y") among the few words before this one's name.
    let elliptical = (0..at.saturating_sub(2)).any(|k| toks[k].kind == Kind::Num && noun(k + 1))
        && toks[at.saturating_sub(5)..at]
            .iter()
            .any(|t| t.is("and") || t.is("y"));
    items >= 3 || items >= 2 && tally_noun || elliptical
}

/// An item of a list of names with numbers: digits at `k` after a capitalised word, then a
/// comma, "and", a semicolon or the sentence's end.
fn name_item(toks: &[Tok], k: usize) -> bool {
    toks[k].kind == Kind::Num
        && k > 0
        && toks[k - 1].kind == Kind::Word
        && toks[k - 1].is_capitalized()
        && toks
            .get(k + 1)
            .is_none_or(|t| matches!(t.text, "," | ";" | "." | ")") || t.is("and") || t.is("y"))
}

/// The phrase of a [`name_tally`] item at token `at`: its name (the capitalised words before
/// it, with their lower-case particles: "Democratic Alliance", "Partido de la Revolución"),
/// then the sentence's noun of tallies when it has one ("Democratic Alliance seats", in
/// Spanish "escaños de Morena"); None when the figure is no such item.
pub(crate) fn name_tally_phrase(
    sentence: &str,
    toks: &[Tok],
    at: usize,
    es: bool,
) -> Option<String> {
    if !name_tally(toks, at) {
        return None;
    }
    let mut start = at - 1;
    while start > 0 && at - start < 4 {
        let p = &toks[start - 1];
        let particle =
            matches!(p.text, "de" | "del" | "of") && start >= 2 && toks[start - 2].is_capitalized();
        if p.kind != Kind::Word || !(p.is_capitalized() || particle) {
            break;
        }
        start -= 1;
    }
    let name = &sentence[toks[start].start..toks[at - 1].end];
    let noun = toks.iter().find(|t| {
        t.kind == Kind::Word && crate::text::with_lower(t.text, |w| tally_nouns().contains(w))
    });
    Some(match (noun, es) {
        (Some(n), false) => format!("{name} {}", n.text.to_lowercase()),
        (Some(n), true) => format!("{} de {name}", n.text.to_lowercase()),
        (None, _) => name.to_string(),
    })
}

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

    fn items(text: &str) -> Vec<Option<String>> {
        let toks = tokenize(text);
        (0..toks.len())
            .filter(|&i| toks[i].kind == Kind::Num)
            .map(|i| name_tally_phrase(text, &toks, i, false))
            .collect()
    }

    #[test]
    fn name_tally() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            items("Final results: Labour 91, the Democratic Alliance 64, Renewal 31."),
            [s("Labour"), s("Democratic Alliance"), s("Renewal")]
        );
        assert_eq!(
            items("Labour had 60 seats and the Democratic Alliance 91."),
            [None, s("Democratic Alliance seats")]
        );
        // Two names with numbers and no noun of tallies: names ("Route 66").
        assert_eq!(items("He drove Route 66 and Highway 101."), [None, None]);
        assert_eq!(
            items("The Boeing 737 and the Airbus 320 flew."),
            [None, None]
        );
        let t = "Morena obtuvo 250 escaños y el PAN 70.";
        let toks = tokenize(t);
        let at = toks.iter().rposition(|t| t.kind == Kind::Num).unwrap();
        assert_eq!(name_tally_phrase(t, &toks, at, true), s("escaños de PAN"));
    }

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
