//! Sentences that speak for the last speaker named: a quote continued, a pronoun speaker,
//! "según ella".

use super::super::words::{clause_joiners, pronouns, relative_pronouns};
use super::{acts_on_a_figure, source_openers};
use crate::extract::lexicon::shared::is_speech;
use crate::extract::numbers::is_number_word;
use crate::extract::tokens::{Kind, Lower, Tok};

/// Rule `source_pronoun`: "Según ella, …", "according to him", "Según explicó, …": the
/// source is the last person named.
fn source_pronoun(lw: &[Lower]) -> bool {
    lw.iter().enumerate().any(|(i, w)| {
        let speech_alone = |n: &Lower| {
            is_speech(n)
                && lw
                    .get(i + 2)
                    .is_none_or(|p| matches!(p.as_str(), "," | ":"))
        };
        source_openers().contains(w)
            && lw
                .get(i + 1)
                .is_some_and(|n| pronouns().contains(n) || speech_alone(n))
    })
}

/// True when a sentence without a speaker of its own speaks for the last one named: it
/// continues a quote (opens with a quotation mark) or gives its speaker as a pronoun ("She
/// said …", "“…,” he said", "…, añadió").
pub fn continues_speaker(toks: &[Tok]) -> bool {
    if toks
        .first()
        .is_some_and(|t| matches!(t.text, "“" | "\"" | "«" | "'" | "‘"))
    {
        return true;
    }
    // Rule `quote_closed_in_this_sentence`: "… said Aoife Byrne. \"Our rooms were 62% full.
    // If it continues, I'll have to let three staff go.\"": a sentence whose one quotation
    // mark closes it at its end (none opens in it) is inside the quote an earlier sentence
    // opened.
    let marks: Vec<usize> = (0..toks.len())
        .filter(|&k| matches!(toks[k].text, "\"" | "”" | "“"))
        .collect();
    if let [only] = marks[..] {
        let closes = toks[only].text != "“"
            && toks[only + 1..].iter().all(|t| t.kind == Kind::Punct)
            && only > 0;
        if closes {
            return true;
        }
    }
    let lw: Vec<Lower> = toks.iter().map(Tok::low).collect();
    // Rule `speech_verb_without_subject`: a sentence that opens on a verb of speech and its
    // "que" has the last speaker as its subject ("Añadió que 1.400 personas …").
    if lw.len() > 1 && toks[0].kind == Kind::Word && is_speech(&lw[0]) && lw[1] == "que"
        || source_pronoun(&lw)
    {
        return true;
    }
    lw.iter().enumerate().any(|(i, w)| {
        // Rule `relative_speech_is_no_pronoun_speaker`: "The man, who told officers he was a
        // hobbyist, faces a fine of up to ₩5 million": a verb of speech after a relative
        // pronoun tells about its antecedent; no earlier speaker speaks.
        let relative = i > 0 && relative_pronouns().contains(&lw[i - 1]);
        is_speech(w)
            && !acts_on_a_figure(toks, &lw, i)
            && !relative
            && (i > 0 && pronouns().contains(&lw[i - 1])
                || inverted_pronoun(toks, &lw, i)
                || i > 0
                    && matches!(toks[i - 1].text, "," | "”")
                    && toks.get(i + 1).is_none_or(|n| n.kind == Kind::Punct))
    })
}

/// A pronoun right after the verb of speech at `i` ("… said he.", "and said it had restored
/// supply") stands for the last speaker, unless rule `counted_subject_speaks_for_itself`
/// applies: the verb's own subject, the words before it back to the clause's start, holds a
/// figure ("About 40% of those surveyed said they would not buy one", "One in five teachers
/// said they felt supported"): the figure's people speak, not the last speaker named.
fn inverted_pronoun(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    if !lw.get(i + 1).is_some_and(|n| pronouns().contains(n)) {
        return false;
    }
    let counted = toks[..i]
        .iter()
        .zip(lw)
        .rev()
        .take_while(|(t, w)| {
            !matches!(t.text, "," | ";" | ":" | "“" | "\"") && !clause_joiners().contains(w)
        })
        .any(|(t, w)| t.kind == Kind::Num || is_number_word(w));
    !counted
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::attributions;

    #[test]
    fn relative_speech_is_no_pronoun_speaker() {
        let a = attributions(
            "Police said a man had been arrested. The man, who told officers he was lost, faces a fine of up to $5,000.",
        );
        assert_eq!(a[0].as_deref(), None);
        // Near miss: a pronoun speaker continues the one named before.
        let a = attributions(
            "Police said a man had been arrested. He faces a fine of up to $5,000, they said.",
        );
        assert_eq!(a[0].as_deref(), Some("Police"));
    }
}
