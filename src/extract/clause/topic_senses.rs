//! Senses of topic words decided by the word next to them: "home" where someone goes ("took
//! home $200,000", "borrow at home"), "house" as a chamber of parliament ("the upper-house
//! election"), and the kind a work's name ends on ("the Francis Scott Key Bridge").

use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Verbs after which "home" is a place gone to: rule `home_as_a_place_adverb`.
    home_motion_verbs,
    "en/home_motion_verbs.txt",
);

word_set!(
    /// Adjectives that make "house" a chamber: rule `chamber_of_parliament`.
    chamber_adjectives,
    "en/chamber_adjectives.txt",
);

word_set!(
    /// Nouns that end the name of a work of their kind: rule `named_work_kind`.
    named_work_kinds,
    "en/named_work_kinds.txt",
);

/// Rule `home_as_a_place_adverb`: "took home $200,000 in prize money", "flew home", "would
/// borrow KSh 876 billion at home": "home" right after a verb of going or taking, or after
/// "at", is where someone goes or is, an adverb of place that names no dwelling (housing).
/// "homes" and "home prices" are untouched.
pub(super) fn home_as_a_place_adverb(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("home") || i == 0 {
        return false;
    }
    let before = &toks[i - 1];
    before.kind == Kind::Word
        && (before.is("at") || home_motion_verbs().contains(&before.low()))
        && !toks.get(i + 1).is_some_and(|n| {
            // "at home prices": "home" as a modifier of a noun still names housing.
            n.kind == Kind::Word && n.space_before && n.is("prices")
        })
}

/// Rule `chamber_of_parliament`: "won 47 of the 125 seats in the upper-house election", "the
/// lower house of parliament": "house" after "upper" or "lower" (a hyphen between or none)
/// is a chamber of parliament, no dwelling.
pub(super) fn chamber_of_parliament(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("house") || i == 0 {
        return false;
    }
    let adjective =
        |k: usize| toks[k].kind == Kind::Word && chamber_adjectives().contains(&toks[k].low());
    adjective(i - 1) || i >= 2 && toks[i - 1].text == "-" && adjective(i - 2)
}

/// Rule `named_work_kind`: "the Francis Scott Key Bridge will cost $1.9 billion to rebuild",
/// "the Brenner Base Tunnel": a capitalised kind of work (`en/named_work_kinds.txt`) that
/// ends a proper name says what the work is, and names its topic where the rest of the name
/// does not. Not inside a name that goes on ("the Canal & River Trust", "the Suez Canal
/// Authority" are bodies).
pub(super) fn named_work_kind(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_capitalized() || !named_work_kinds().contains(&t.low()) {
        return false;
    }
    let name_goes_on = toks
        .get(i + 1)
        .is_some_and(|n| n.is_capitalized() || n.text == "&" || n.is("and") || n.is("of"));
    i > 0 && toks[i - 1].is_capitalized() && !toks[i - 1].is("the") && !name_goes_on
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn at(text: &str, word: &str, rule: fn(&[Tok], usize) -> bool) -> bool {
        let toks = tokenize(text);
        let i = toks.iter().position(|t| t.text == word).expect("word");
        rule(&toks, i)
    }

    #[test]
    fn home_as_a_place_adverb_reads_where_someone_goes() {
        let rule = home_as_a_place_adverb;
        assert!(at(
            "The winner took home $50,000 in prize money.",
            "home",
            rule
        ));
        assert!(at(
            "The state will borrow $2 billion at home.",
            "home",
            rule
        ));
        assert!(at("About 300 fans flew home on Monday.", "home", rule));
        assert!(!at("Builders finished 20,000 new homes.", "homes", rule));
        assert!(!at("The average home costs $400,000.", "home", rule));
        assert!(!at("They lost their home in the fire.", "home", rule));
    }

    #[test]
    fn chamber_of_parliament_is_no_dwelling() {
        let rule = chamber_of_parliament;
        assert!(at(
            "The party won 30 seats in the upper-house vote.",
            "house",
            rule
        ));
        assert!(at(
            "The lower house passed the bill by 210 votes.",
            "house",
            rule
        ));
        assert!(!at("A house in the town sold for $900,000.", "house", rule));
    }

    #[test]
    fn named_work_kind_ends_the_name() {
        let rule = named_work_kind;
        assert!(at(
            "The Golden Gate Bridge carries 110,000 cars a day.",
            "Bridge",
            rule
        ));
        assert!(at(
            "Work on the Channel Tunnel cost £4.6bn.",
            "Tunnel",
            rule
        ));
        assert!(!at(
            "The Canal & River Trust cares for 2,000 miles.",
            "Canal",
            rule
        ));
        assert!(!at(
            "The Suez Canal Authority said revenue fell 60%.",
            "Canal",
            rule
        ));
        assert!(!at("Bridge players met in 40 clubs.", "Bridge", rule));
    }
}
