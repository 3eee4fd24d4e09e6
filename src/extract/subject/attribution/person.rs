//! The person a sentence names without speaking ([`named_person`]), who may speak in the
//! sentences after it.

use super::title_nouns;
use crate::extract::tokens::{Kind, Tok};

/// Rule `person_named_without_speech`: the person a sentence names, by a title before the
/// name ("La alcaldesa Claudia Navarro presentó el balance") or in commas after a noun ("El
/// ministro de Salud, Andrés Molina, visitó el hospital"), who may speak in the sentences
/// after it ("Según ella, …", "«…», aseguró."). Two or three capitalised words.
pub fn named_person(sentence: &str, toks: &[Tok]) -> Option<String> {
    let name_word = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word && t.is_capitalized() && t.text.chars().any(char::is_lowercase)
        })
    };
    // Rule `opening_name_with_its_role`: "Ahmed Khan, the charity's director, visited …": a
    // name that opens the sentence, set off by a description or an age.
    let mut m = 0;
    while m < toks.len().min(3) && name_word(m) {
        m += 1;
    }
    let described = toks
        .get(m + 1)
        .is_some_and(|t| t.kind == Kind::Num || ["the", "a", "an"].iter().any(|w| t.is(w)));
    if m >= 2 && toks.get(m).is_some_and(|t| t.text == ",") && described {
        return Some(sentence[toks[0].start..toks[m - 1].end].to_string());
    }
    let mut k = 1;
    while k < toks.len() {
        if !name_word(k) || name_word(k - 1) {
            k += 1;
            continue;
        }
        let mut m = k;
        while m < toks.len() && m < k + 3 && name_word(m) {
            m += 1;
        }
        let before = &toks[k - 1];
        let titled = before.kind == Kind::Word
            && !before.is_capitalized()
            && title_nouns().contains(&before.low());
        let in_commas = before.text == "," && toks.get(m).is_some_and(|t| t.text == ",");
        if m - k >= 2 && !name_word(m) && (titled || in_commas) {
            return Some(sentence[toks[k].start..toks[m - 1].end].to_string());
        }
        k = m.max(k + 1);
    }
    None
}

/// Rule `pronoun_speaker_opens_its_sentence`: "Ryan Holliday, 40, who had travelled from
/// Galveston, was hurt because, he said, …": a sentence that opens on a person's name with an
/// appositive age and has a pronoun speak is that person's, not the last speaker's of the
/// sentences before. The name (two or three capitalised words), or None.
pub fn opening_person(toks: &[Tok]) -> Option<String> {
    let names = toks
        .iter()
        .take(4)
        .take_while(|t| t.kind == Kind::Word && t.is_capitalized())
        .count();
    let aged = (2..=3).contains(&names)
        && toks.get(names).is_some_and(|t| t.text == ",")
        && toks.get(names + 1).is_some_and(|t| t.kind == Kind::Num)
        && toks.get(names + 2).is_some_and(|t| t.text == ",");
    aged.then(|| {
        toks[..names]
            .iter()
            .map(|t| t.text)
            .collect::<Vec<_>>()
            .join(" ")
    })
}
