//! Rule `closing_speaker_outranks_the_actor`: "Divers reported 1,378 finds last year, the
//! British Museum said", "Inspectors have found cracks in 3,000 bridges, the ministry said":
//! a verb of speech or finding whose object holds the figure tells what its subject did;
//! a speaker that closes the sentence after a comma ("…, the ministry said", "…, dijo el
//! ministerio") is who reports it, for every clause of the sentence.

use super::Reader;
use crate::extract::lexicon::shared::is_speech;
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::word_set;

word_set!(
    /// Verbs of telling that speak only right after a quote ("«…», contó su padre"): elsewhere
    /// they count or have ("contó con 300 voluntarios"). Rule `narration_after_a_quote`.
    quote_narration_verbs,
    "es/quote_narration_verbs.txt",
);

/// Rule `narration_after_a_quote`: "«Entrena seis horas por día», contó su padre, Alejandro":
/// a verb of telling right after a closing quote and its comma is a verb of speech.
pub(super) fn narrates_a_quote(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    quote_narration_verbs().contains(&lw[i])
        && i >= 2
        && toks[i - 1].text == ","
        && matches!(toks[i - 2].text, "»" | "”" | "\"")
}

impl Reader<'_, '_> {
    /// The speaker that closes the sentence after the verb of speech at `i`, when that verb
    /// has its subject before it and a figure in its object (a number before the next
    /// punctuation): the first later verb of speech that stands after a
    /// comma and ends its clause ("…, the British Museum said,"/"."), or opens an inverted
    /// speaker ("…, said the ministry"). None otherwise.
    pub(super) fn closing_speaker_after(&self, i: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        let actor = i > 0 && toks[i - 1].kind == Kind::Word;
        let object = toks
            .get(i + 1)
            .is_some_and(|t| !(t.is("that") || t.is("que")) && t.kind != Kind::Punct);
        let figure = object
            && toks[i + 1..]
                .iter()
                .take_while(|t| t.kind != Kind::Punct)
                .any(|t| t.kind == Kind::Num);
        if !actor || !figure {
            return None;
        }
        (i + 2..toks.len()).find_map(|j| {
            if toks[j].kind != Kind::Word || !is_speech(&lw[j]) || lw[j] == "according" {
                return None;
            }
            let closes = toks
                .get(j + 1)
                .is_none_or(|t| matches!(t.text, "," | "." | ";"));
            let k = self.clause_start(j);
            let after_comma = k > i + 1 && k < j && toks[k - 1].text == ",";
            let inverted = toks[j - 1].text == ",";
            if !(closes && after_comma || inverted) {
                return None;
            }
            self.speaker_of(j)
        })
    }
}
