//! Events: what happened to what a figure counts, when that excludes another (rule
//! `other_event`): the dead, the injured, the missing and the evacuated of one disaster are
//! counted in the same words ("personas", "people") and must not pair across versions or
//! outlets; a tariff on steel is no tariff on aluminium. The groups of exclusive concepts
//! are data (`exclusive.txt`).

use super::features::{concept_name, is_content_word};
use super::weights::ContextWeights;
use crate::model::{Claim, Lang};

const EXCLUSIVE: &str = include_str!("exclusive.txt");

/// Content words read after the figure, within its clause ("19 personas han muerto" →
/// muerto; "2,000 people died or went missing" → died, missing).
const WORDS_AFTER: usize = 4;
/// ...and before it ("were killed 3").
const WORDS_BEFORE: usize = 2;

crate::word_set!(
    /// Words that end a figure's clause ("1.500 personas y reportaron 3 muertos").
    clause_ends,
    "en/clause_joiners.txt",
    "es/clause_joiners.txt",
);

/// Up to `n` content words of `tokens` (already in reading order away from the figure),
/// stopping at the end of the clause.
fn clause_words(tokens: impl Iterator<Item = String>, n: usize, w: &ContextWeights) -> Vec<String> {
    let mut out = Vec::new();
    for raw in tokens {
        let word = raw.trim_matches(|ch: char| !ch.is_alphanumeric());
        let lower = crate::text::lower(word).into_owned();
        if clause_ends().contains(&lower) || out.len() == n {
            break;
        }
        if is_content_word(&lower, w) {
            out.push(lower);
        }
        if raw.ends_with([',', ';', ':', '.']) {
            break;
        }
    }
    out
}

/// The exclusive group a concept belongs to, if any.
fn group_of(concept: &str) -> Option<&'static str> {
    EXCLUSIVE
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .find_map(|l| {
            let (group, members) = l.split_once(':')?;
            members
                .split(',')
                .any(|m| m.trim() == concept)
                .then_some(group.trim())
        })
}

/// The exclusive concepts (with their groups) named by some of `stems`.
fn exclusive_in<'a>(stems: impl Iterator<Item = &'a str>) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for st in stems {
        if let Some(c) = concept_name(st) {
            if let Some(g) = group_of(c) {
                if !out.contains(&(g, c)) {
                    out.push((g, c));
                }
            }
        }
    }
    out
}

/// The stems of the content words of a claim's clause closest to its figure: up to
/// `WORDS_AFTER` after it and `WORDS_BEFORE` before it, stemmed as `lang`.
fn near_stems(c: &Claim, pos: usize, lang: Lang, w: &ContextWeights) -> Vec<String> {
    let end = (pos + c.surface.len()).min(c.sentence.len());
    let after = clause_words(
        c.sentence[end..].split_whitespace().map(str::to_string),
        WORDS_AFTER,
        w,
    );
    // Before the figure, a token that ends a clause ("said,") is where the search stops.
    let before_tokens: Vec<String> = c.sentence[..pos]
        .split_whitespace()
        .rev()
        .map_while(|t| (!t.ends_with([',', ';', ':'])).then(|| t.to_string()))
        .collect();
    let before = clause_words(before_tokens.into_iter(), WORDS_BEFORE, w);
    after
        .iter()
        .chain(&before)
        .map(|x| crate::text::stem(x, lang))
        .collect()
}

/// What happened to what a claim counts, as exclusive concepts with their groups: from its
/// subject key and the content words of its clause closest to its figure.
pub(super) fn events(
    c: &Claim,
    pos: usize,
    lang: Lang,
    w: &ContextWeights,
) -> Vec<(&'static str, &'static str)> {
    let near = near_stems(c, pos, lang, w);
    exclusive_in(
        c.key
            .iter()
            .map(String::as_str)
            .chain(near.iter().map(String::as_str)),
    )
}

/// Rule `threshold`: the figure is what is needed, not what is had ("short of the 116
/// needed to govern", "a majority requires 116 seats", "los 176 escaños necesarios"): a
/// word of the `threshold` concept (`synonyms.txt`) stands next to it in its clause. Two
/// outlets' thresholds pair with each other, never with a count won or reached.
/// Which way the figure's change went, when a word of the `rise` or `fall` concept
/// (`synonyms.txt`) stands next to it in its clause ("gained 6%", "dropped 6%").
pub(super) fn direction(
    c: &Claim,
    pos: usize,
    lang: Lang,
    w: &ContextWeights,
) -> Option<&'static str> {
    near_stems(c, pos, lang, w)
        .iter()
        .find_map(|st| concept_name(st).filter(|n| matches!(*n, "rise" | "fall")))
}

/// Rule `compound_is_no_threshold`: a figure glued by a hyphen to the noun it sizes ("the
/// 230-seat chamber") describes that noun, never what is needed.
pub(super) fn threshold(c: &Claim, pos: usize, lang: Lang, w: &ContextWeights) -> bool {
    let end = (pos + c.surface.len()).min(c.sentence.len());
    if c.sentence[end..].starts_with('-') {
        return false;
    }
    near_stems(c, pos, lang, w)
        .iter()
        .any(|st| concept_name(st) == Some("threshold"))
}

/// Rule `same_event`: two claims name the same exclusive event ("18 were still missing",
/// "otras 16 siguen desaparecidas"), evidence that they count the same people even when
/// their subjects were cut from other words.
pub(super) fn same_event(a: &[(&str, &str)], b: &[(&str, &str)]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// Two claims name events of one exclusive group and share none of them ("evacuated" and
/// "died"; "rose" and "fell").
pub(super) fn other_event(a: &[(&str, &str)], b: &[(&str, &str)]) -> bool {
    a.iter().any(|(ga, _)| b.iter().any(|(gb, _)| ga == gb)) && !a.iter().any(|x| b.contains(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::{figure_pos, test_claim};
    use crate::diff::weights::Weights;
    use crate::model::Qualifier;

    fn ev(
        key: &[&str],
        surface: &str,
        sentence: &str,
        lang: Lang,
    ) -> Vec<(&'static str, &'static str)> {
        let c = test_claim(1.0, Qualifier::Exact, None, key, surface, sentence);
        events(&c, figure_pos(&c, &[]), lang, &Weights::DEFAULT.context)
    }

    #[test]
    fn other_event_tells_the_evacuated_from_the_dead() {
        let evacuated = ev(
            &["evacu", "person"],
            "1.500",
            "Evacuaron a 1.500 personas.",
            Lang::Es,
        );
        let died = ev(
            &["person"],
            "19",
            "Al menos 19 personas han muerto en el incendio.",
            Lang::Es,
        );
        let dead = ev(&["muert"], "3", "Reportaron 3 muertos.", Lang::Es);
        assert_eq!(evacuated, vec![("casualties", "displaced")]);
        assert_eq!(died, vec![("casualties", "killed")]);
        assert!(other_event(&evacuated, &died));
        assert!(!other_event(&dead, &died));
        // A claim that names no event is never another's.
        let plain = ev(&["hectar"], "8.000", "Ardieron 8.000 hectáreas.", Lang::Es);
        assert!(plain.is_empty());
        assert!(!other_event(&plain, &died));
        // Two events joined by "or" are both the claim's; "y" ends the figure's clause.
        let both = ev(
            &["peopl"],
            "2,000",
            "More than 2,000 people died or went missing at sea.",
            Lang::En,
        );
        let missing = ev(
            &["disappear"],
            "2,200",
            "Disappearances numbered 2,200.",
            Lang::En,
        );
        assert!(!other_event(&both, &missing));
        let evacuated_then_dead = ev(
            &["person"],
            "1.500",
            "Evacuaron a 1.500 personas y reportaron 3 muertos.",
            Lang::Es,
        );
        assert!(other_event(&evacuated_then_dead, &died));
    }

    #[test]
    fn other_event_tells_one_product_from_another() {
        let s = "Canada will impose a 25% tariff on US steel and a 10% tariff on US aluminum.";
        let steel = ev(&["tariff", "steel"], "25%", s, Lang::En);
        let aluminum = ev(&["tariff", "aluminum"], "10%", s, Lang::En);
        let acero = ev(
            &["levi", "steel"],
            "10%",
            "Ottawa fijó un gravamen de 10% al acero.",
            Lang::Es,
        );
        let both = ev(
            &["pay"],
            "50%",
            "Steel and aluminum will pay 50%.",
            Lang::En,
        );
        assert!(other_event(&steel, &aluminum));
        assert!(!other_event(&steel, &acero));
        assert!(!other_event(&both, &aluminum));
    }

    #[test]
    fn same_event_needs_a_shared_exclusive_concept() {
        let missing = ev(
            &["peopl"],
            "18",
            "Rescuers found 86, and 18 were still missing.",
            Lang::En,
        );
        let desaparecidas = ev(&["cual"], "16", "Otras 16 siguen desaparecidas.", Lang::Es);
        let hospitalizadas = ev(
            &["cual"],
            "18",
            "18 de las cuales fueron hospitalizadas.",
            Lang::Es,
        );
        assert!(same_event(&missing, &desaparecidas));
        assert!(!same_event(&missing, &hospitalizadas));
        assert!(!same_event(&[], &[]));
    }

    #[test]
    fn threshold_is_what_is_needed_not_what_is_won() {
        let w = Weights::DEFAULT.context;
        let t = |surface: &str, sentence: &str, lang: Lang| {
            let c = test_claim(1.0, Qualifier::Exact, None, &[], surface, sentence);
            threshold(&c, figure_pos(&c, &[]), lang, &w)
        };
        let s = "Labour won 91 seats, short of the 116 needed to govern alone.";
        assert!(t("116", s, Lang::En));
        assert!(!t("91", s, Lang::En));
        assert!(t(
            "116",
            "A majority requires 116 seats in the chamber.",
            Lang::En
        ));
        assert!(t(
            "176",
            "El partido quedó lejos de los 176 escaños necesarios.",
            Lang::Es
        ));
        assert!(!t(
            "50",
            "Chega more than doubled its tally to 50 seats.",
            Lang::En
        ));
        // Which way a change went.
        let dir = |surface: &str, sentence: &str| {
            let c = test_claim(1.0, Qualifier::Exact, None, &[], surface, sentence);
            direction(&c, figure_pos(&c, &[]), Lang::En, &w)
        };
        assert_eq!(
            dir("6%", "Shares dropped 6% in early trading."),
            Some("fall")
        );
        assert_eq!(
            dir(
                "6%",
                "The stock, which had gained 6% on Wednesday, fell 8%."
            ),
            Some("rise")
        );
        assert_eq!(dir("12", "Renewal had held 12 seats."), None);
        // Rule `compound_is_no_threshold`: the chamber's size, though "requires" stands near.
        assert!(!t(
            "230",
            "A majority requires 116 seats in the 230-seat chamber.",
            Lang::En
        ));
    }
}
