//! Owner: whose figure a claim states (rule `owner_name`): the name nearest before the
//! figure in its clause. Two outlets' figures of one party, company or country pair; one
//! party's seats never pair with another's.

use std::collections::HashSet;

use super::features::{is_stopword, same_thing};
use crate::model::{Claim, Sentence};

crate::word_set!(
    /// Words that end a clause when reading back from a figure, and capitalised words that
    /// are no names (months, weekdays).
    owner_stops,
    "en/clause_joiners.txt",
    "es/clause_joiners.txt",
    "en/months.txt",
    "es/months.txt",
    "en/weekdays.txt",
    "es/weekdays.txt",
);

crate::word_set!(
    /// Articles skipped between a preposition and the name of a place ("in the Madrid
    /// region", "en la Comunidad Valenciana").
    place_articles,
    "en/definite_articles.txt",
    "es/definite_articles.txt",
);

/// How far back from a figure its owner's name is looked for, in words.
const OWNER_REACH: usize = 8;

/// How far after a figure the place it is restricted to is looked for, in words ("600 of
/// them in Andalusia", "4,000 of the job losses will be in the US").
const PLACE_REACH: usize = 10;

/// Prepositions that put a figure in a place ("in Andalusia", "at the port of Algeciras",
/// "en Barcelona").
const PLACE_PREPOSITIONS: [&str; 3] = ["in", "at", "en"];

/// A token as a word: its possessive ending ("Germany's") and punctuation dropped.
fn bare(raw: &str) -> &str {
    let raw = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .unwrap_or(raw);
    raw.trim_matches(|ch: char| !ch.is_alphanumeric())
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The words a side writes capitalised inside a sentence (lower-cased): its names. A
/// sentence's first word is a name only when the side writes it so elsewhere ("Chihuahua
/// sumó 152" after "seguido de Chihuahua"), never for being first ("Officers arrested 14").
pub(super) fn side_names(sentences: &[Sentence]) -> HashSet<String> {
    let mut names = HashSet::new();
    for s in sentences {
        for raw in s.text.split_whitespace().skip(1) {
            let word = bare(raw);
            let lower = crate::text::lower(word);
            if capitalised(word) && !is_stopword(&lower) {
                names.insert(lower.into_owned());
            }
        }
    }
    names
}

/// The name a figure belongs to (rule `owner_name`): the run of capitalised words nearest
/// before the figure in its clause, the sentence's first word only if `names` holds it ("The
/// Socialists took 58 seats" → socialist; "the Socialist Party had 60 seats and the
/// Democratic Alliance 91" → socialist, party for 60), lower-cased; empty when the
/// clause names no one.
pub(super) fn owner(c: &Claim, pos: usize, names: &HashSet<String>) -> Vec<String> {
    let tokens: Vec<&str> = c.sentence[..pos].split_whitespace().collect();
    let mut run: Vec<String> = Vec::new();
    for (k, raw) in tokens.iter().enumerate().rev().take(OWNER_REACH) {
        let ends_clause = raw.ends_with([',', ';', ':']);
        let word = bare(raw);
        let lower = crate::text::lower(word);
        if ends_clause || owner_stops().contains(&lower) {
            break;
        }
        let name =
            capitalised(word) && !is_stopword(&lower) && (k > 0 || names.contains(lower.as_ref()));
        if name {
            run.push(lower.into_owned());
        } else if !run.is_empty() {
            break;
        }
    }
    run
}

/// The named place a figure is restricted to (rule `other_place`): the first run of
/// capitalised words after "in", "at" or "en" (articles skipped) within `PLACE_REACH` words
/// after the figure, in its clause ("2,100 deaths in Spain in July, 600 of them in
/// Andalusia" → spain for 2,100, andalusia for 600; months and weekdays are no places),
/// lower-cased; empty when the clause names none.
pub(super) fn place(c: &Claim, pos: usize) -> Vec<String> {
    let end = (pos + c.surface.len()).min(c.sentence.len());
    let tokens: Vec<&str> = c.sentence[end..]
        .split_whitespace()
        .take(PLACE_REACH)
        .collect();
    let mut k = 0;
    while k < tokens.len() {
        let raw = tokens[k];
        let lower = crate::text::lower(bare(raw));
        if raw.ends_with([',', ';', ':', '.']) || owner_stops().contains(&lower) {
            break;
        }
        k += 1;
        if !PLACE_PREPOSITIONS.contains(&lower.as_ref()) {
            continue;
        }
        while k < tokens.len() && place_articles().contains(&crate::text::lower(bare(tokens[k]))) {
            k += 1;
        }
        let mut run = Vec::new();
        while let Some(raw) = tokens.get(k) {
            let word = bare(raw);
            let lower = crate::text::lower(word);
            // An acronym is a name even when it spells a function word ("the US").
            let acronym = word.len() >= 2 && word.chars().all(|ch| ch.is_ascii_uppercase());
            if !capitalised(word)
                || (is_stopword(&lower) && !acronym)
                || owner_stops().contains(&lower)
            {
                break;
            }
            run.push(lower.into_owned());
            k += 1;
            if raw.ends_with([',', ';', ':', '.']) {
                break;
            }
        }
        if !run.is_empty() {
            return run;
        }
    }
    Vec::new()
}

/// Two owners (or places) name the same one: a word whose stems, in either language, are
/// shared, synonyms or translations ("Meta" in an English and a Spanish sentence, "United
/// States" and "Estados Unidos").
pub(super) fn same_owner(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| {
        let sx = crate::text::stems_any(x);
        b.iter().any(|y| {
            let sy = crate::text::stems_any(y);
            sx.iter().any(|p| {
                sy.iter()
                    .any(|q| same_thing(p, q) || name_and_adjective(p, q))
            })
        })
    })
}

/// The shortest stem that rule `name_and_adjective` reads as a name's.
const NAME_STEM_MIN: usize = 6;

/// Rule `name_and_adjective`: a place and the adjective made from it ("Valencia" and
/// "Comunidad Valenciana", "Catalonia" and "Catalonian") name one place: one stem, of
/// `NAME_STEM_MIN` letters or more, begins the other.
fn name_and_adjective(p: &str, q: &str) -> bool {
    let (short, long) = if p.len() <= q.len() { (p, q) } else { (q, p) };
    short.chars().count() >= NAME_STEM_MIN && long.starts_with(short)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::{figure_pos, test_claim};
    use crate::model::{Lang, Qualifier};

    #[test]
    fn owner_name_is_the_nearest_name_before_the_figure_in_its_clause() {
        let own = |surface: &str, sentence: &str| {
            let c = test_claim(1.0, Qualifier::Exact, None, &[], surface, sentence);
            owner(&c, figure_pos(&c, &[]), &HashSet::new())
        };
        let s = "With all districts counted, the Socialist Party had 60 seats and the Democratic Alliance 91.";
        assert_eq!(own("60", s), vec!["party", "socialist"]);
        assert_eq!(own("91", s), vec!["alliance", "democratic"]);
        // The sentence's first word, weekdays and a clause boundary end the search.
        assert!(own("58", "Socialists took 58 seats.").is_empty());
        assert!(own("9", "On Monday officials counted 9 deaths.").is_empty());
        assert!(own("12", "Portugal voted, and turnout rose 12 points.").is_empty());
        assert!(same_owner(
            &own("60", s),
            &own("58", "The Socialists took 58 seats.")
        ));
        assert!(!same_owner(&own("60", s), &own("91", s)));
        // A name is the same name in an English and a Spanish sentence.
        let meta_es = test_claim(
            1.0,
            Qualifier::Exact,
            None,
            &[],
            "797,7",
            "Impuso a Meta una multa de 797,7 millones.",
        );
        assert!(same_owner(
            &own("798", "The Commission fined Meta 798 million euros."),
            &owner(&meta_es, figure_pos(&meta_es, &[]), &HashSet::new())
        ));
        // A first word is a name when the side writes it capitalised elsewhere; a
        // possessive names its owner.
        let names: HashSet<String> = ["chihuahua".to_string()].into();
        let first = test_claim(
            1.0,
            Qualifier::Exact,
            None,
            &[],
            "152",
            "Chihuahua sumó 152 homicidios.",
        );
        assert_eq!(
            owner(&first, figure_pos(&first, &[]), &names),
            vec!["chihuahua"]
        );
        assert!(owner(&first, figure_pos(&first, &[]), &HashSet::new()).is_empty());
        assert_eq!(
            own("2%", "Exports of Germany's carmakers fell 2%."),
            vec!["germany"]
        );
    }

    #[test]
    fn other_place_is_the_named_place_after_the_figure_in_its_clause() {
        let at = |surface: &str, sentence: &str, _lang: Lang| {
            let c = test_claim(1.0, Qualifier::Exact, None, &[], surface, sentence);
            place(&c, figure_pos(&c, &[]))
        };
        let s = "Extreme heat caused 2,100 deaths in Spain in July, 600 of them in Andalusia.";
        assert_eq!(at("2,100", s, Lang::En), vec!["spain"]);
        assert_eq!(at("600", s, Lang::En), vec!["andalusia"]);
        let madrid = at(
            "390",
            "It counted 2,180 deaths, including 390 in the Madrid region.",
            Lang::En,
        );
        assert_eq!(madrid, vec!["madrid"]);
        assert!(!same_owner(&at("600", s, Lang::En), &madrid));
        // Rule `name_and_adjective`: a place and its adjective are one place; near miss:
        // short stems are never read so ("Niger" is no "Nigeria").
        let valencia = at("205", "The toll rose to 205 in Valencia.", Lang::En);
        let comunidad = at(
            "211",
            "Deja 211 muertos en la Comunidad Valenciana.",
            Lang::Es,
        );
        assert!(
            same_owner(&valencia, &comunidad),
            "{valencia:?} {comunidad:?}"
        );
        assert!(!same_owner(&["niger".into()], &["nigeria".into()]));
        // Months, weekdays and the end of the clause are no places.
        assert!(at(
            "2,180",
            "It attributed 2,180 deaths in July to heat.",
            Lang::En
        )
        .is_empty());
        assert!(at("5%", "Sales fell 5%, the most in Europe.", Lang::En).is_empty());
        let us = at(
            "4,500",
            "It will lay off 12,000, including 4,500 in the United States.",
            Lang::En,
        );
        let eeuu = at("4.000", "Despedirá a 4.000 en Estados Unidos.", Lang::Es);
        let short = at(
            "4,000",
            "4,000 of the job losses will be in the US.",
            Lang::En,
        );
        assert!(same_owner(&us, &eeuu), "{us:?} {eeuu:?}");
        assert!(same_owner(&us, &short), "{us:?} {short:?}");
        assert_eq!(
            at("700", "800 serán en Madrid y 700 en Barcelona.", Lang::Es),
            vec!["barcelona"]
        );
    }
}
