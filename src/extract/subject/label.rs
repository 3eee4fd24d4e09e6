//! Labels: the compact name of a claim, its figure and the first words of its subject
//! ("50+ organized crime leaders", "hundreds of people").

use super::words::{
    finite_irregulars, is_stopword, is_verb, phrase_ends, scope_prepositions, stand_ins,
};
use super::Subject;
use crate::model::{format_figure, Lang, Qualifier};
use crate::text;

/// Words a label's phrase holds at most.
const LABEL_WORDS: usize = 5;

/// The words of a subject phrase a label keeps: up to [`LABEL_WORDS`], cut before a verb or
/// a stand-in that follows the first word ("renters spend …", "leaders them"), and never
/// ending on a function word ("55 crime leaders to the" → "55 crime leaders").
pub fn label_words(phrase: &str, lang: Lang) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for w in phrase.split_whitespace().take(LABEL_WORDS) {
        let stop = text::with_lower(w, |l| {
            let l = l.trim_matches(|c: char| !c.is_alphanumeric());
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let cut = is_verb(l, lang) || phrase_ends().contains(l);
            // "55 crime leaders to the United States", "3 muertos en Oaxaca": a preposition of
            // place or time after the noun opens another phrase.
            let scope = out.len() > 1 || out.first().is_some_and(|f| !is_scope(f));
            !out.is_empty() && (!capital && cut || scope && scope_prepositions().contains(l))
                || stand_ins().contains(l)
        });
        // A phrase that opens on a finite verb names no thing ("2 years ran …", "4 llegan en
        // marzo"): the label is the figure alone, never a fragment.
        if stop || out.is_empty() && text::with_lower(w, |l| finite_verb(l, lang)) {
            break;
        }
        out.push(w);
    }
    while out
        .last()
        .is_some_and(|w| text::with_lower(w, |l| is_stopword(l) || l.len() == 1))
    {
        out.pop();
    }
    out
}

/// True for a verb form that is no participle and no noun: Spanish finite forms ("llegan",
/// "cayeron"; not "detenidos"), and the English irregular ones that are never nouns ("ran",
/// "go"; English "arrests", "rise", "raise" are nouns as often as verbs).
fn finite_verb(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => finite_irregulars().contains(w),
        Lang::Es => {
            let participle = ["ado", "ido", "ados", "idos", "ada", "ida", "adas", "idas"]
                .iter()
                .any(|e| w.ends_with(e));
            !participle && is_verb(w, lang)
        }
    }
}

fn is_scope(w: &str) -> bool {
    text::with_lower(w, |l| scope_prepositions().contains(l))
}

/// The label of a claim: its figure and the first words of its subject.
pub fn label(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
    subj: &Subject,
    lang: Lang,
) -> String {
    let mut out = match &subj.figure {
        Some(f) => f.clone(),
        None => format_figure(value, value_max, qualifier, unit),
    };
    let source = if subj.phrase.is_empty() {
        &subj.text
    } else {
        &subj.phrase
    };
    for w in label_words(source, lang) {
        out.push(' ');
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_words_stop_at_verbs_stand_ins_and_function_words() {
        assert_eq!(label_words("renters spend more", Lang::En), ["renters"]);
        assert_eq!(
            label_words("new homes on the former airfield", Lang::En),
            ["new", "homes", "on", "the", "former"]
        );
        assert_eq!(
            label_words("pickup trucks over a brake defect", Lang::En),
            ["pickup", "trucks", "over", "a", "brake"]
        );
        assert_eq!(
            label_words("exportaciones cayeron", Lang::Es),
            ["exportaciones"]
        );
        assert!(label_words("them later died", Lang::En).is_empty());
    }

    #[test]
    fn a_phrase_opening_on_a_finite_verb_gives_no_words() {
        assert!(label_words("llegan en marzo", Lang::Es).is_empty());
        assert!(label_words("ran in European elections", Lang::En).is_empty());
        assert_eq!(label_words("detenidos en Oaxaca", Lang::Es), ["detenidos"]);
        assert_eq!(label_words("arrests", Lang::En), ["arrests"]);
    }

    #[test]
    fn label_is_the_figure_and_words_of_the_phrase() {
        let subj = Subject {
            text: "extradited organized crime leaders".into(),
            phrase: "organized crime leaders to the United States".into(),
            ..Subject::default()
        };
        assert_eq!(
            label(50.0, None, Qualifier::MoreThan, None, &subj, Lang::En),
            "50+ organized crime leaders"
        );
        let vague = Subject {
            text: "people".into(),
            figure: Some("hundreds of".into()),
            ..Subject::default()
        };
        assert_eq!(
            label(
                100.0,
                Some(900.0),
                Qualifier::Approx,
                None,
                &vague,
                Lang::En
            ),
            "hundreds of people"
        );
    }
}
