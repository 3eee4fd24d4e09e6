//! Speech inside a clause of the sentence: a verb of speech in a clause of time or cause
//! ("after the group said it would cut 1,700 jobs") and a participle of speech after a comma
//! (", saying …"), each speaking only for the figures after it.

use super::{acts_on_a_figure, subordinators, verdict, Reader};
use crate::extract::lexicon::shared::is_speech;
use crate::extract::subject::words::{possessives, pronouns, singular_articles};
use crate::extract::tokens::{Kind, Tok};

/// Rule `subordinate_speech_speaks_for_what_follows`: "Shares jumped 11% after the luxury
/// group said it would cut 1,700 jobs": a verb of speech in a clause of time or cause is no
/// source of the sentence (`subordinate_speech_is_no_source`), but its subject speaks for the
/// figures after the verb. The speaker and the verb's token.
pub fn subordinate_speech(sentence: &str, toks: &[Tok]) -> Option<(String, usize)> {
    // Only a clause opened by a subordinator can hold one.
    let subordinated = toks.iter().any(|t| {
        t.kind == Kind::Word && crate::text::with_lower(t.text, |w| subordinators().contains(w))
    });
    if !subordinated {
        return None;
    }
    let r = Reader {
        sentence,
        toks,
        lw: toks.iter().map(Tok::low).collect(),
    };
    let lw = &r.lw;
    for i in 1..toks.len() {
        let speech = toks[i].kind == Kind::Word
            && is_speech(&lw[i])
            && lw[i] != "according"
            && !acts_on_a_figure(toks, lw, i)
            && !verdict(lw, i)
            && !singular_articles().contains(&lw[i - 1])
            && !possessives().contains(&lw[i - 1]);
        if !speech {
            continue;
        }
        let k = r.clause_start(i);
        // Only a clause reported ("said it would cut", "warned that"): "after the company
        // reported a 45% drop" tells the event that moved the figures before it.
        // Spanish "que" too: "…, aunque Hacienda advirtió que los ingresos caerán 11%".
        let reported = lw
            .get(i + 1)
            .is_some_and(|n| n == "that" || n == "que" || pronouns().contains(n));
        let figure_after = reported && toks[i + 1..].iter().any(|t| t.kind == Kind::Num);
        if k == 0 || !subordinators().contains(&lw[k - 1]) || !figure_after {
            continue;
        }
        let end = r.verb_start(k, i);
        if end > k && i - k <= 9 {
            return r.phrase(k, end).map(|p| (p, i));
        }
    }
    None
}

/// Rule `participle_speaks_for_what_follows`: where a participle of speech after a comma
/// (", saying …") starts, when no verb of speech stands before it: its subject speaks for the
/// figures after it only ("left the rate at 3.85%, saying inflation of 2.7% …": the rate is
/// the bank's act, the 2.7% its words).
pub fn participle_start(toks: &[Tok]) -> Option<usize> {
    // The first verb of speech decides: a participle after a comma, or any other.
    for i in 1..toks.len() {
        let t = &toks[i];
        if t.kind != Kind::Word || !crate::text::with_lower(t.text, is_speech) {
            continue;
        }
        // ("according to X" names a source of its own.)
        let participle = toks[i - 1].text == "," && t.text.ends_with("ing") && !t.is("according");
        // Rule `coordinated_speech_verb`: "redujo su tasa a 5% y prevé que …": the subject's
        // act before "y" is not what it says.
        let coordinated = toks[i - 1].is("y") && toks.get(i + 1).is_some_and(|n| n.is("que"));
        return (participle || coordinated).then_some(i);
    }
    None
}
