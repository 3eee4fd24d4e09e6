//! "It said": a company or body that speaks through the pronoun "it" is the subject named
//! before ([`it_speaks`], [`opening_subject`]).

use crate::extract::lexicon::shared::is_speech;
use crate::extract::subject::words::{auxiliaries, is_verb, possessives, pronouns};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// True when a verb of speech has "it" for its subject, after a comma, "and" or at the
/// sentence's start, an adverb allowed between ("…, it said", "It said another 700 …", "and
/// it now expects").
pub fn it_speaks(toks: &[Tok]) -> bool {
    (1..toks.len()).any(|i| {
        let w = toks[i].low();
        if toks[i].kind != Kind::Word || !is_speech(&w) || w == "according" {
            return false;
        }
        let mut k = i - 1;
        if k > 0 && toks[k].kind == Kind::Word && toks[k].low().ends_with("ly") || toks[k].is("now")
        {
            k -= 1;
        }
        toks[k].is("it") && (k == 0 || toks[k - 1].text == "," || toks[k - 1].is("and"))
    })
}

/// Rule `it_speaks_for_the_subject`: the noun phrase that opens a sentence, up to its first
/// verb or comma ("Shareholders in the mining company backed …", "The fashion house, which
/// …"), when it names something that can speak: no pronoun or possessive first, no figure,
/// at most eight words. "It said" in that sentence or the next one is that subject's.
pub fn opening_subject(sentence: &str, toks: &[Tok]) -> Option<String> {
    let first = toks.first()?;
    let fw = first.low();
    if first.kind != Kind::Word || pronouns().contains(&fw) || possessives().contains(&fw) {
        return None;
    }
    let mut end = 0;
    while end < toks.len() {
        let t = &toks[end];
        let w = t.low();
        let word = t.kind == Kind::Word || matches!(t.text, "'" | "’" | "-" | "&");
        if !word || end > 0 && (is_verb(&w, Lang::En) || auxiliaries().contains(&w)) {
            break;
        }
        end += 1;
    }
    let stopped_on_verb = toks
        .get(end)
        .is_some_and(|t| t.kind == Kind::Word || t.text == ",");
    let words = (0..end).filter(|&k| toks[k].kind == Kind::Word).count();
    (stopped_on_verb && (1..=8).contains(&words))
        .then(|| sentence[toks[0].start..toks[end - 1].end].to_string())
}
