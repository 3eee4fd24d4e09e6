//! The last speaker a document named, for quotes continued and pronoun speakers ("she said"),
//! read lazily.
//!
//! A sentence without figures may name the speaker of the quotes after it ("Minister X said
//! Canada would retaliate."), but only a later figure whose sentence continues a quote or
//! names a pronoun ever asks who that was, and most never do. Reading every such sentence's
//! speaker as it went by (tokens, then the attribution rules) cost about a twelfth of all
//! extraction on news; the sentences are now only noted, and read, newest first, when a
//! sentence asks. What a sentence is told is what reading them in order would have told it:
//! the newest sentence that names a speaker wins, and a sentence that named none leaves the
//! speaker before it.

use crate::model::Sentence;

use super::{names_speaker, subject, tokens};

/// The speaker a document named last, and the sentences without figures since it that may
/// name a newer one (not read yet).
#[derive(Default)]
pub(super) struct LastSpeaker {
    known: Option<String>,
    /// Sentences without figures since `known` was set, in reading order. Whether their
    /// words may name a speaker at all ([`names_speaker`], a scan of every byte) is asked
    /// only when a sentence asks for the speaker: most documents never do for most of them.
    unread: Vec<usize>,
    /// The last sentence without figures since the last sentence with figures.
    quiet: Option<usize>,
}

impl LastSpeaker {
    /// Notes sentence `i` of the document, which has no figures.
    pub(super) fn without_figures(&mut self, i: usize) {
        self.unread.push(i);
        self.quiet = Some(i);
    }

    /// Notes a sentence with figures, read after this.
    pub(super) fn with_figures(&mut self) {
        self.quiet = None;
    }

    /// What a sentence read at this point sees, `done` being the sentences before it.
    pub(super) fn scope<'a>(&'a mut self, done: &'a [Sentence]) -> SpeakerScope<'a> {
        SpeakerScope { last: self, done }
    }
}

/// The speaker named in a sentence without figures, if any.
fn named_in(text: &str) -> Option<String> {
    if !names_speaker(text) {
        return None;
    }
    subject::attribution(text, &tokens::tokenize(text))
}

/// The last speaker as one sentence sees it: the sentences before it are at hand to read.
pub(super) struct SpeakerScope<'a> {
    last: &'a mut LastSpeaker,
    done: &'a [Sentence],
}

impl SpeakerScope<'_> {
    /// The speaker named last before this sentence (or set by it).
    pub(super) fn get(&mut self) -> Option<String> {
        let last = &mut *self.last;
        let newest = last
            .unread
            .iter()
            .rev()
            .find_map(|&i| named_in(&self.done[i].text));
        last.unread.clear();
        if newest.is_some() {
            last.known = newest;
        }
        last.known.clone()
    }

    /// This sentence names `speaker`.
    pub(super) fn set(&mut self, speaker: String) {
        self.last.known = Some(speaker);
        self.last.unread.clear();
    }

    /// A sentence without figures or speech read since the last sentence with figures: the
    /// person it names speaks for a quote or pronoun after it.
    pub(super) fn named_since(&self) -> Option<&str> {
        let text = &self.done[self.last.quiet?].text;
        named_in(text).is_none().then_some(&text[..])
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;

    fn attributions(text: &str) -> Vec<Option<String>> {
        let e = Extractor::default().extract(&crate::ingest::plain(text));
        e.claims.into_iter().map(|c| c.attribution).collect()
    }

    #[test]
    fn the_newest_speaker_of_sentences_without_figures_speaks_for_a_pronoun() {
        let text = "Mayor Ana Ruiz said the bridge would reopen. \
                    Councillor Tom Hale said the work was late. \
                    Nobody disputed that. \
                    He said repairs had cost £4m.";
        assert_eq!(attributions(text), [Some("Councillor Tom Hale".into())]);
    }

    #[test]
    fn a_speaker_set_by_a_figure_outranks_older_unread_sentences() {
        let text = "Mayor Ana Ruiz said the bridge would reopen. \
                    Councillor Tom Hale said the work cost £4m. \
                    She said 300 people had complained.";
        let got = attributions(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], Some("Councillor Tom Hale".into()), "{got:?}");
    }

    #[test]
    fn the_person_of_a_sentence_without_speech_speaks_for_a_quote_after_it() {
        let text = "La alcaldesa Claudia Navarro presentó el balance. \
                    Según ella, hubo 40 detenidos.";
        assert_eq!(attributions(text), [Some("Claudia Navarro".into())]);
    }
}
