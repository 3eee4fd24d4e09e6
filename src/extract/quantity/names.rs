//! Numbers that belong to a name or a person rather than count: ages after a name ("Okafor,
//! 58,"), model names ("787 Dreamliner"), labels ("category 4"), and the word classes these
//! rules read (openers, function words, label nouns; their lists are lexicon data).

use super::dates::{is_month, is_weekday};
use super::qualifiers::qualifier_before;
use super::{counted_noun_follows, lower, numbers, word_at, Atom};
use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Conjunctions after an age set off by commas ("and", "or", "y"), as written.
    conjunctions,
    "en/conjunctions.txt",
    "es/conjunctions.txt"
);
word_set!(
    /// Words joining names ("Kia and Hyundai", "Johnson & Johnson"), as written.
    name_joiners,
    "en/conjunctions.txt",
    "any/name_joiners.txt"
);
word_set!(
    /// Endings of words that read as a nationality, faith or party ("Russian", "Chinese").
    demonym_endings,
    "en/demonym_endings.txt"
);
word_set!(
    /// What a sentence goes on with after a name and a bare age ("has", "said").
    verbs_after_bare_age,
    "en/verbs_after_bare_age.txt"
);
word_set!(
    /// Nouns for people a number between commas after them gives an age ("the defendant, 34,").
    person_nouns,
    "en/person_nouns.txt",
    "es/person_nouns.txt"
);
word_set!(
    /// Parties and faiths that read like a nationality before a counted noun.
    party_and_faith_words,
    "en/party_and_faith_words.txt"
);
word_set!(
    /// Verbs of showing or finding before a reported "that".
    finding_verbs,
    "en/finding_verbs.txt"
);
word_set!(
    /// Words that do not start a noun phrase.
    function_words,
    "en/function_words.txt"
);
word_set!(
    /// Times told after "one" ("one morning").
    times_of_day,
    "en/times_of_day.txt"
);
word_set!(
    /// Words hyphen-joined before a number that leave it a quantity.
    hyphen_prefixes,
    "en/hyphen_prefixes.txt"
);
word_set!(
    /// Nouns that label with a number.
    label_nouns,
    "en/label_nouns.txt",
    "es/label_nouns.txt"
);
word_set!(
    /// Words that open a sentence or phrase capitalised before a number.
    openers,
    "en/openers.txt",
    "es/openers.txt",
    "any/openers.txt"
);

/// An age written without its commas right after a person's name: "Nick Hague 44 has spent",
/// "Ana Ruiz 37 said". The name is two capitalised words or more; the number, from 15 to 110,
/// stands before a verb that such a sentence goes on with.
pub(super) fn bare_age(a: &Atom, toks: &[Tok]) -> bool {
    let name_word = |t: &Tok| {
        t.is_capitalized()
            && t.text.chars().count() > 1
            && !t.text.chars().all(char::is_uppercase)
            && !is_month(&lower(t))
            && !is_weekday(&lower(t))
            && !opener_word(&lower(t))
    };
    a.plain_digits
        && toks[a.start].kind == Kind::Num
        && (15.0..=110.0).contains(&a.value)
        && a.start >= 2
        && name_word(&toks[a.start - 1])
        && name_word(&toks[a.start - 2])
        && word_at(toks, a.end).is_some_and(|w| verbs_after_bare_age().contains(&w))
}

/// A whole number from 1 to 120 between commas right after a capitalised name or a noun for
/// a person: an age ("Maria Delgado, 46,", "the defendant, 34,", "The suspects, both 17,",
/// "The senator, who is 81,", "el copiloto, de 31,").
pub(super) fn appositive_age(a: &Atom, toks: &[Tok]) -> bool {
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    // Words between the comma and the age: "both", "who is", "who was".
    let mut k = a.start;
    let mut relative = false;
    // "el copiloto, de 31,": Spanish "de" before an age whose "años" is left out.
    if k >= 1 && (is(k - 1, "both") || is(k - 1, "de")) {
        k -= 1;
    } else if k >= 2 && (is(k - 1, "is") || is(k - 1, "was")) && is(k - 2, "who") {
        k -= 2;
        relative = true;
    }
    let named = |t: &Tok| {
        t.is_capitalized()
            && t.text.chars().count() > 1
            && !is_month(&lower(t))
            && !is_weekday(&lower(t))
    };
    let person = |t: &Tok| t.kind == Kind::Word && person_nouns().contains(&lower(t));
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word);
    // Rule `age_before_and_a_person`: "Karen Doyle, 52, and her son": "and" then a word that
    // is no number ("Smith, 46, and 12 others" still counts others, not years).
    let and_person = |k: usize| {
        word(k).is_some_and(|t| conjunctions().contains(t.text))
            && word(k + 1).is_some_and(|t| !numbers::is_number_word(&lower(t)))
    };
    let goes_on = match toks.get(a.end).map(|t| t.text) {
        Some(",") => {
            toks.get(a.end + 1).is_some_and(|t| {
                t.kind == Kind::Word && !t.is_capitalized() && !conjunctions().contains(t.text)
            }) || and_person(a.end + 1)
                || amount_after(toks, a.end + 1) && k >= 3 && named(&toks[k - 3])
        }
        // Rule `age_ends_the_sentence`: "… and her son Liam, 19.": after a person's name (two
        // capitalised words, or one after a noun for a person).
        Some(".") => {
            toks.len() == a.end + 1
                && k >= 3
                && named(&toks[k - 2])
                && (named(&toks[k - 3]) || person(&toks[k - 3]))
        }
        // Rule `relative_age_goes_on`: "Grace Domínguez, who is 88 and has spent …": the
        // relative clause of an age goes on after "and" with more about the person.
        Some("and") => relative && word(a.end + 1).is_some_and(|t| !t.is_capitalized()),
        _ => false,
    };
    a.plain_digits
        && (1.0..=120.0).contains(&a.value)
        && k >= 2
        && toks[k - 1].text == ","
        && (named(&toks[k - 2]) || person(&toks[k - 2]))
        && goes_on
}

/// Rule `age_before_an_amount`: "will pay Pat Cummins, 31, A$3 million a year": a sum of
/// money right after the commas of a number that follows a full name (two capitalised
/// words) is what the sentence goes on with; the number is the person's age.
fn amount_after(toks: &[Tok], k: usize) -> bool {
    let symbol = |t: &Tok| {
        super::tables::CURRENCY_SYMBOLS
            .iter()
            .any(|(s, _)| *s == t.text)
    };
    let Some(t) = toks.get(k) else {
        return false;
    };
    symbol(t)
        || t.kind == Kind::Word
            && t.text.len() <= 3
            && t.text.chars().all(|c| c.is_ascii_uppercase())
            && toks
                .get(k + 1)
                .is_some_and(|n| !n.space_before && symbol(n))
}

/// A word that reads as a nationality, faith or party before a counted noun ("40 Russian
/// soldiers", "12 Chinese", "5 Democratic senators"), judged by its ending.
pub(crate) fn demonym_like(w: &str) -> bool {
    demonym_endings().iter().any(|e| w.ends_with(e)) || party_and_faith_words().contains(w)
}

/// Digits followed by a capitalised name that they belong to: "787 Dreamliner", "11 Pro Max",
/// "two new 737 Max jets". The number counts when the capitalised words modify a counted
/// plural ("30 Google employees", "12 Premier League clubs"), are plural themselves ("50
/// Mexicans"), read as a nationality ("40 Russian soldiers") or are an acronym ("50 US
/// troops"); but not when a count already stands before it ("two new 737 Max jets").
pub(super) fn model_name_after(a: &Atom, toks: &[Tok]) -> bool {
    let Some(n) = toks.get(a.end) else {
        return false;
    };
    let w = lower(n);
    if !n.is_capitalized()
        || !n.space_before
        || n.text.chars().count() < 2
        || n.text.chars().all(|c| c.is_uppercase())
        || is_month(&w)
        || is_weekday(&w)
    {
        return false;
    }
    let mut k = a.end;
    // The name may run on with more capitalised words and numbers, or join another: "150
    // Boeing 737 MAX jets", "460 Kia and Hyundai cars".
    while k < a.end + 5
        && toks.get(k).is_some_and(|t| {
            (t.is_capitalized() || t.kind == Kind::Num || name_joiners().contains(t.text))
                && t.space_before
        })
    {
        k += 1;
    }
    while name_joiners().contains(toks[k - 1].text) {
        k -= 1;
    }
    // A bound or hedge before makes it a figure: "about 460 Kia ...".
    if qualifier_before(toks, a.start).is_some() {
        return false;
    }
    let last = lower(&toks[k - 1]);
    if last.ends_with('s') || demonym_like(&last) || demonym_like(&w) {
        return false;
    }
    // A count before: "two new 737", "3 more 787".
    let count_before = (1..=2).any(|d| {
        a.start >= d
            && (toks[a.start - d].kind == Kind::Num
                || toks[a.start - d].kind == Kind::Word
                    && numbers::is_number_word(&lower(&toks[a.start - d])))
            && (d == 1 || toks[a.start - 1].kind == Kind::Word)
    });
    count_before || !counted_noun_follows(toks, k)
}

/// Does the number at `start` open a clause reported with "that" ("the list shows that one
/// citizen was arrested", "officials said that one soldier died")? Then "that" is a
/// conjunction, not the demonstrative of "that one".
pub(super) fn after_reported_that(toks: &[Tok], start: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word).map(lower);
    start >= 2
        && word(start - 1).as_deref() == Some("that")
        && word(start - 2).is_some_and(|v| {
            crate::extract::lexicon::shared::is_speech(&v) || finding_verbs().contains(&v)
        })
}

/// English words that do not start a noun phrase: after "one" they make it a pronoun.
pub(super) fn function_word(w: &str) -> bool {
    function_words().contains(w)
}

/// "one morning", "one night": a time told, not counted.
pub(super) fn temporal_idiom(w: &str) -> bool {
    times_of_day().contains(w)
}

/// Words joined by a hyphen before a number that leave it a quantity: a sign ("minus-5"), a
/// bound ("sub-300"), a time ("now-18") or a range end ("0-to-60").
pub(super) fn prefix_word(w: &str) -> bool {
    hyphen_prefixes().contains(w)
}

/// Nouns that label with a number rather than count: "category 4", "route 66", "línea 3".
pub(super) fn label_noun(w: &str) -> bool {
    label_nouns().contains(w)
}

/// Rule `opening_verb_is_no_name`: "Comprará 17 aviones de combate.", "Compró 40
/// trenes.": a capitalised word that opens the sentence (or a quote) and reads as a Spanish
/// finite verb by its stressed ending (preterite "-ó", future "-rá", "-rán") is capitalised
/// for its place, not a name the digits belong to.
pub(super) fn opening_verb(toks: &[Tok], i: usize) -> bool {
    let opens = i == 0 || toks[i - 1].kind == Kind::Punct;
    let w = &toks[i];
    opens
        && w.kind == Kind::Word
        && w.text.chars().count() > 4
        && ["ó", "rá", "rán"].iter().any(|e| w.text.ends_with(e))
}

/// Capitalised words that open a sentence or phrase and may stand before a number.
/// A function word ("Otros 150", "Other 40") is never a name either.
pub(super) fn opener_word(w: &str) -> bool {
    openers().contains(w) || w.ends_with("ly") || crate::extract::lexicon::shared::is_stopword(w)
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use crate::model::{Lang, Qualifier};

    #[test]
    fn model_names_after_digits() {
        assert!(q("Deliveries of the 787 Dreamliner resumed.", Lang::En).is_empty());
        assert!(q("It sells the 11 Pro and 11 Pro Max: both.", Lang::En).is_empty());
        assert_eq!(
            q("They grounded two new 737 Max jets.", Lang::En),
            vec![(2.0, None, Qualifier::Exact, None)]
        );
        let counts: Vec<f64> = q(
            "It hired 30 Google engineers, 150 Boeing 737 MAX pilots, 50 Mexicans, 40 Russian \
             soldiers, 20 US troops and about 460 Kia and Hyundai cars.",
            Lang::En,
        )
        .into_iter()
        .map(|x| x.0)
        .collect();
        assert_eq!(counts, vec![30.0, 150.0, 50.0, 40.0, 20.0, 460.0]);
    }

    #[test]
    fn opening_verb_is_no_name() {
        for text in [
            "Comprará 17 aviones de combate.",
            "El plan es ambicioso. Compró 40 trenes nuevos.",
            "«Recibirán 300 becas», dijo.",
        ] {
            assert_eq!(q(text, Lang::Es).len(), 1, "{text}");
        }
        // Near miss: a name that opens the sentence still holds its digits.
        assert!(q("Boeing 737 voló ayer.", Lang::Es).is_empty());
        assert!(q("El Airbus 320 aterrizó.", Lang::Es).is_empty());
    }

    #[test]
    fn age_before_an_amount() {
        let got = q(
            "Cricket Australia will pay Pat Cummins, 31, A$3 million a year.",
            Lang::En,
        );
        assert_eq!(got[0].3.as_deref(), Some("year"), "{got:?}");
        let got = q("They paid Joe Bloggs, 31, £500 each.", Lang::En);
        assert_eq!(got[0].3.as_deref(), Some("year"), "{got:?}");
        // One capitalised word is no full name: a list of figures.
        let got = q("Sales in Leeds, 31, £500 in York.", Lang::En);
        assert_eq!(got[0].3, None, "{got:?}");
    }

    #[test]
    fn spanish_age_without_years_in_commas() {
        let got = q(
            "El piloto, de 58 años, y el copiloto, de 31, murieron.",
            Lang::Es,
        );
        let units: Vec<Option<&str>> = got.iter().map(|x| x.3.as_deref()).collect();
        assert_eq!(units, vec![Some("year"), Some("year")]);
        // Not after a word that names no person.
        let got = q("La ley, de 31, rige hoy.", Lang::Es);
        assert!(got.iter().all(|x| x.3.is_none()), "{got:?}");
    }

    #[test]
    fn one_after_a_reported_that_counts() {
        for s in [
            "The registry shows that one U.S. citizen was detained.",
            "Officials said that one soldier died.",
        ] {
            assert_eq!(
                q(s, Lang::En),
                vec![(1.0, None, Qualifier::Exact, None)],
                "{s}"
            );
        }
        for s in [
            "I prefer that one over the others.",
            "He said that one was broken.",
        ] {
            assert_eq!(q(s, Lang::En), vec![], "{s}");
        }
    }
}
