//! "It said": a company or body that speaks through the pronoun "it" is the subject named
//! before ([`it_speaks`], [`opening_subject`]).

use crate::extract::lexicon::shared::is_speech;
use crate::extract::subject::words::{
    auxiliaries, is_verb, possessives, prepositions, pronouns, window_prepositions,
};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Present verbs of an outlook a company speaks through "it" ("it now expects").
    outlook_verbs,
    "en/outlook_verbs.txt",
);

/// Where a verb of speech (or of an outlook) has "it" for its subject, after a comma, "and"
/// or at the sentence's start, an adverb allowed between ("…, it said", "It said another 700
/// …", "and it now expects"): the verb's token, and whether "it" opens a clause after "and"
/// (then it speaks only for the figures after the verb).
pub fn it_speaks(toks: &[Tok]) -> Option<(usize, bool)> {
    (1..toks.len()).find_map(|i| {
        let w = toks[i].low();
        let speech = is_speech(&w) && w != "according" || outlook_verbs().contains(&w);
        if toks[i].kind != Kind::Word || !speech {
            return None;
        }
        let mut k = i - 1;
        if k > 0 && toks[k].kind == Kind::Word && toks[k].low().ends_with("ly") || toks[k].is("now")
        {
            k -= 1;
        }
        let after_and = k > 0 && toks[k - 1].is("and");
        (toks[k].is("it") && (k == 0 || toks[k - 1].text == "," || after_and))
            .then_some((i, after_and))
    })
}

/// Rule `it_speaks_for_the_subject`: the noun phrase that opens a sentence, up to its first
/// verb or comma ("Shareholders in the mining company backed …", "The fashion house, which
/// …"), when it names something that can speak: no pronoun, possessive or preposition first
/// ("Within the past six months, …" opens no subject), no figure,
/// at most eight words. "It said" in that sentence or the next one is that subject's.
pub fn opening_subject(sentence: &str, toks: &[Tok]) -> Option<String> {
    let first = toks.first()?;
    let fw = first.low();
    let opener = pronouns().contains(&fw)
        || possessives().contains(&fw)
        || prepositions().contains(&fw)
        || window_prepositions().contains(&fw);
    if first.kind != Kind::Word || opener {
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
    if !stopped_on_verb || !(1..=8).contains(&words) {
        return None;
    }
    // "Operating margin at the carmaker's core division": the possessor is who speaks.
    let owner = (0..end).find(|&k| {
        toks[k].kind == Kind::Word && (toks[k].text.ends_with("'s") || toks[k].text.ends_with("’s"))
    });
    if let Some(o) = owner.filter(|&o| o > 0) {
        let mut start = o;
        while start > 0
            && toks[start - 1].kind == Kind::Word
            && !prepositions().contains(&toks[start - 1].low())
        {
            start -= 1;
        }
        let text = &sentence[toks[start].start..toks[o].end];
        return Some(
            text.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string(),
        );
    }
    Some(sentence[toks[0].start..toks[end - 1].end].to_string())
}

/// Rule `its_continues_the_speaker` (read in `sentence`): whether sentence `previous` opens
/// on its speaker `last` ("The US Coast Guard said …"), so that "Its …" after it is that
/// speaker's; not a poll's ("The survey found … Its margin of error" describes the poll).
pub fn opened_by_its_speaker(previous: &str, last: &str) -> bool {
    let opens = previous
        .strip_prefix(last)
        .is_some_and(|r| r.starts_with(' '));
    let poll = last
        .rsplit(' ')
        .next()
        .is_some_and(|w| crate::text::with_lower(w, |l| super::poll_nouns().contains(l)));
    opens && !poll
}

/// Rule `it_is_no_plural_subject` (read in `sentence`): a subject whose head, its last word
/// before a preposition, is a plural ("Britons", "Metal detectorists in Britain"), which
/// "it" never stands for.
pub fn plural_subject(subject: &str) -> bool {
    let words: Vec<&str> = subject.split_whitespace().collect();
    let end = words
        .iter()
        .position(|w| crate::text::with_lower(w, |l| prepositions().contains(l)))
        .unwrap_or(words.len());
    let Some(head) = end.checked_sub(1).map(|e| words[e]) else {
        return false;
    };
    head.len() > 3
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("'s")
        && !head.ends_with("’s")
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::attributions;

    #[test]
    fn its_continues_the_speaker() {
        let a = attributions(
            "The Red Cross said it had treated 4,100 people. Its volunteers also delivered 9,000 meals.",
        );
        assert_eq!(a[1].as_deref(), Some("The Red Cross"));
        // Near misses: the sentence before spoke through someone else than its subject; a
        // poll's "its" describes the poll.
        let a = attributions(
            "The survey found 48% trusted the police. Its margin of error is 2.5 points.",
        );
        assert_eq!(a[1].as_deref(), None);
        let a = attributions(
            "The charity treated 4,100 people, officials said. Its volunteers delivered 9,000 meals.",
        );
        assert_eq!(a[1].as_deref(), None);
    }

    #[test]
    fn it_is_no_plural_subject() {
        let a = attributions(
            "Canadians own 8 million cats, according to the trade body Pet Canada. About 41% of homes have a cat, it said.",
        );
        assert_eq!(a[1].as_deref(), Some("the trade body Pet Canada"));
        let a = attributions(
            "Dog owners in Canada bought 8 million toys, Pet Canada said. It said 41% were balls.",
        );
        assert_eq!(a[1].as_deref(), Some("Pet Canada"));
        // Near miss: a singular subject before is who "it" stands for.
        let a = attributions(
            "Pet Canada sold 8 million bags of food. About 41% of homes have a cat, it said.",
        );
        assert_eq!(a[1].as_deref(), Some("Pet Canada"));
    }
}
