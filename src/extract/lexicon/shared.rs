//! Word lists read by more than one part of claimdiff: the function words that never make a
//! subject (the subject reader, and the diff engine's word overlap) and the verbs of speech
//! that attribute a claim (attribution, and the quantity rules that read "said that one …").

use crate::word_set;

word_set!(
    /// Function words that never make a subject, in English and Spanish, auxiliaries and
    /// modals included.
    pub stopwords,
    "en/stopwords.txt",
    "es/stopwords.txt",
    "en/auxiliaries.txt",
    "es/auxiliaries.txt",
    "en/modals.txt",
    "es/estar.txt",
);

word_set!(
    /// Verbs of speech or report that attribute a claim, in English ("said", "estimated")
    /// and Spanish ("dijo", "informó").
    pub speech_verbs,
    "en/speech_verbs.txt",
    "es/speech_verbs.txt",
);

word_set!(
    /// Nouns for cited people ("two people familiar with", "dos fuentes cercanas"): a count
    /// of them is no claim (quantity exclusion `source_count`) and may name a speaker.
    pub source_nouns,
    "en/source_nouns.txt",
    "es/source_nouns.txt"
);

word_set!(
    /// Source nouns that mark an anonymous source on their own ("two sources told Reuters").
    pub bare_source_nouns,
    "en/bare_source_nouns.txt",
    "es/bare_source_nouns.txt"
);

word_set!(
    /// Words that mark an anonymous source ("familiar", "close", "cercanas").
    pub source_markers,
    "en/source_markers.txt",
    "es/source_markers.txt"
);

/// True for a function word that never makes a subject (`w` lower-cased).
#[inline]
pub(crate) fn is_stopword(w: &str) -> bool {
    stopwords().contains(w)
}

/// True for a verb of speech or report (`w` lower-cased).
#[inline]
pub(crate) fn is_speech(w: &str) -> bool {
    speech_verbs().contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_hold_function_words_and_auxiliaries_of_both_languages() {
        for w in [
            "the", "of", "los", "más", "were", "could", "fueron", "están", "million",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        for w in ["tariffs", "leaders", "aranceles", "The", "habían", "get"] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn speech_verbs_of_both_languages() {
        for w in ["said", "according", "forecast", "dijo", "informó", "reveló"] {
            assert!(is_speech(w), "{w}");
        }
        for w in ["rose", "Said", "bajaron", "informo"] {
            assert!(!is_speech(w), "{w}");
        }
    }
}

word_set!(
    /// Past participles of another form than "-ed" / "-ado", "-ido" ("sent", "hurt",
    /// "bought", "muertos", "puestos"): read by the subject's event participles and by the
    /// clause reader's test for a subordinate clause's verb.
    pub irregular_participles,
    "en/irregular_participles.txt",
    "es/irregular_participles.txt",
);

word_set!(
    /// Prepositions that open a time window ("in", "within", "over", "en", "durante"): read
    /// by the non-claim classes (`time_window`), the quantity layer (rule
    /// `window_lends_no_unit`) and the subject reader.
    pub window_prepositions,
    "en/window_prepositions.txt",
    "es/window_prepositions.txt",
);

word_set!(
    /// Top-level domains of a web address ("co", "ie"): read by the quantity exclusion
    /// `domain_name` ("99.co") and the attribution rule `domain_dot_continues_the_name`
    /// ("according to Daft.ie").
    pub web_domains,
    "any/web_domains.txt",
);

/// Whether token `k` is the dot of a web address: glued to the token before it and to a
/// top-level domain after it ("99.co", "Daft.ie").
pub fn domain_dot(toks: &[crate::extract::tokens::Tok], k: usize) -> bool {
    k > 0
        && toks
            .get(k)
            .is_some_and(|t| t.text == "." && !t.space_before)
        && toks.get(k + 1).is_some_and(|d| {
            !d.space_before
                && d.kind == crate::extract::tokens::Kind::Word
                && !d.is_capitalized()
                && web_domains().contains(&d.low())
        })
}

word_set!(
    /// Words right before a duration that make it a point in time ("hace"): the duration is
    /// a time expression, and after a figure they name no thing it counts.
    pub time_anchors_before,
    "es/time_anchors_before.txt"
);

word_set!(
    /// Names of laws ("ley", "decreto"): their numbers are written with thousands separators
    /// ("Ley 27.541"), and what a law provides for is no one's word ("La ley prevé multas").
    pub law_nouns,
    "es/law_nouns.txt"
);
