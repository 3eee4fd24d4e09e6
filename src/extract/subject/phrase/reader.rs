//! [`read_phrase`]: reads the noun phrase after a figure, up to what ends it (a time, a verb,
//! a clause's punctuation), for what the figure counts. Each word meets the reader's rules in
//! a fixed order, one method per group of rules ([`Forward::step`] lists them).

use super::*;

/// Content words the reader keeps at most.
const MAX_CONTENT: usize = 4;

crate::extract::lexicon::word_set!(
    /// Prepositions that open a span of time after the noun ("over a decade", "within the
    /// next two years"): rule `span_of_time_ends_the_phrase`.
    span_prepositions,
    "en/span_prepositions.txt",
);

crate::extract::lexicon::word_set!(
    /// Words between an article and a time word that keep it a span ("over the past three
    /// years"): rule `span_of_time_ends_the_phrase`.
    span_adjectives,
    "en/span_adjectives.txt",
);

/// What the reader does after a rule looked at a word.
#[derive(PartialEq)]
enum Flow {
    /// Reads the next token (a rule may have moved the phrase's end).
    Next,
    /// Stops reading.
    Stop,
}

/// Reads from token `i` (the first after the figure and its link words): the phrase's end, its
/// content words, the verb that closes it, and whether that verb is an event's participle.
pub(super) fn read_phrase(
    toks: &[Tok],
    i: usize,
    measured: bool,
    lang: Lang,
) -> (usize, usize, Option<String>, bool) {
    let mut r = Forward {
        toks,
        lang,
        measured,
        np_start: i,
        np_end: i,
        i,
        content: 0,
        verb: None,
        participle: false,
    };
    while r.i < toks.len() && r.step() == Flow::Next {}
    (r.np_end, r.content, r.verb, r.participle)
}

/// The reader's state: the token `i` it is at, where the phrase starts and ends so far, its
/// content words, and the verb that closed it.
struct Forward<'a, 's> {
    toks: &'a [Tok<'s>],
    lang: Lang,
    measured: bool,
    np_start: usize,
    np_end: usize,
    i: usize,
    content: usize,
    verb: Option<String>,
    participle: bool,
}

impl<'s> Forward<'_, 's> {
    fn word(&self, k: usize) -> tokens::Lower<'s> {
        self.toks[k].low()
    }

    /// Reads token `i`.
    fn step(&mut self) -> Flow {
        let (toks, i) = (self.toks, self.i);
        let t = &toks[i];
        if t.kind == Kind::Punct {
            // A hyphen inside a compound, the dot of an initialism: read on.
            if t.text == "-" && !t.space_before || tokens::initialism_dot(toks, i) {
                self.i += 1;
                self.np_end = self.i;
                return Flow::Next;
            }
            return Flow::Stop;
        }
        if t.kind == Kind::Num && !event::name_number_in_phrase(toks, i, self.np_start) {
            return Flow::Stop;
        }
        let w = self.word(i);
        if self.time_ends(i, &w) || self.closer(i, &w) || self.verb_ends(i, &w) {
            return Flow::Stop;
        }
        if !is_stopword(&w) {
            self.content += 1;
        }
        self.i += 1;
        self.np_end = self.i;
        if self.content >= MAX_CONTENT {
            Flow::Stop
        } else {
            Flow::Next
        }
    }

    /// A time after the noun ends the phrase: a period, a span, a time in the past.
    fn time_ends(&mut self, i: usize, w: &str) -> bool {
        let (toks, np_start, lang) = (self.toks, self.np_start, self.lang);
        let number_word = |w: &str| crate::extract::numbers::is_number_word(w);
        // Rule `period_ends_the_phrase`: "car thefts rose 11.5% over two years": a number of
        // time units after the figure is its period, not what it counts.
        if i > np_start && number_word(w) && word_in(toks, i + 1, time_words()) {
            return true;
        }
        // Rule `span_of_time_ends_the_phrase`: "spent A$1.2 billion over a decade trying to
        // keep it open": a span of time opened by a preposition is when, not what.
        let span = span_prepositions().contains(w)
            && toks.get(i + 1).is_some_and(|n| {
                let n = n.low();
                matches!(n.as_str(), "a" | "an" | "the") || number_word(&n)
            })
            && (word_in(toks, i + 2, time_words())
                || word_in(toks, i + 3, time_words()) && word_in(toks, i + 2, span_adjectives()));
        if span {
            return true;
        }
        // "15% a decade ago", "two years later": a time, not what the figure counts.
        // Rule `time_after_the_noun`: "260 children ten years ago": the time starts at its
        // number or article; the noun before it stays.
        if self.content == 0 || !time_tails().contains(w) {
            return false;
        }
        let mut t = i;
        while t > np_start && word_in(toks, t - 1, time_words()) {
            t -= 1;
        }
        // Spanish "el año pasado", "la semana pasada": an article opens the time.
        let opener = |k: usize| {
            let w = self.word(k);
            number_word(&w)
                || matches!(w.as_str(), "a" | "an")
                || lang == Lang::Es && definite_articles().contains(&w)
        };
        // Right after the noun only: "a 95% drop from a year earlier" stays a time.
        let after_noun = t >= np_start + 2 && !is_stopword(&self.word(t - 2));
        self.np_end = if t < i && after_noun && opener(t - 1) {
            t - 1
        } else {
            np_start
        };
        true
    }

    /// Words that close the phrase once it has a content word: a clitic, a closing
    /// preposition, a possessive place, the other side of a score.
    fn closer(&self, i: usize, w: &str) -> bool {
        let toks = self.toks;
        // Rule `clitic_opens_the_verb`: "7.000 pasos al día se asocia con …": "se" after the
        // counted noun opens its verb. Rule `closing_preposition`: "the maximum following
        // intense pressure", "including". Rule `possessive_place_ends_the_phrase`: "40 vecinos
        // en su casa": a preposition and a possessive name where, not what is counted.
        let possessive_next = toks
            .get(i + 1)
            .is_some_and(|n| super::super::words::possessives().contains(&n.low()));
        if self.content >= 1
            && (clitics().contains(w)
                || self.lang == Lang::Es && prepositions().contains(w) && possessive_next
                || phrase_closers().contains(w))
        {
            return true;
        }
        // Rule `score_against_shares_the_noun`: "siete votos contra dos": the other side's
        // count ends the phrase.
        w == "contra"
            && toks.get(i + 1).is_some_and(|n| {
                n.kind == Kind::Num || crate::extract::numbers::is_number_word(&n.low())
            })
    }

    /// A verb ends the phrase: a word that ends phrases (with the participle after its
    /// auxiliary kept as the verb), a linking verb after its complement, a Spanish verb in
    /// the singular after a plural noun, a participle right after the noun.
    fn verb_ends(&mut self, i: usize, w: &str) -> bool {
        let (toks, lang) = (self.toks, self.lang);
        if phrase_ends().contains(w) {
            // "55 leaders were extradited": keep the participle after an auxiliary as the verb.
            if auxiliaries().contains(w) {
                self.verb_after_auxiliary(i);
            }
            return true;
        }
        // "300 schools remain closed across …": a linking verb after the noun closes its
        // phrase after its complement ("people remain unaccounted", never "… across").
        if self.content >= 1 && linking_verbs().contains(w) {
            let complement = toks.get(i + 1).is_some_and(|n| {
                let w = n.low();
                n.kind == Kind::Word && !is_stopword(&w) && !prepositions().contains(&w)
            });
            if complement {
                self.np_end = i + 2;
            }
            return true;
        }
        // Rule `singular_verb_after_a_plural_noun`: "45% de los consumidores compara precios":
        // after "los/las" and a plural noun, a content word without the plural "-s" (an
        // adjective would agree) is the figure's verb in the singular, not part of the phrase.
        if lang == Lang::Es
            && self.content >= 1
            && (singular_after_plural(toks, i, self.np_start)
                || plural_verb_after_plural(toks, i, self.np_start))
        {
            self.verb = Some(w.into());
            return true;
        }
        // "26 detainees sent to …": a participle right after the noun, before a preposition.
        let next_is_boundary = toks.get(i + 1).is_none_or(|n| {
            n.kind == Kind::Punct
                || text::with_lower(n.text, |w| participle_boundaries().contains(w))
        });
        // After a possessor the word is what it owns ("the bank chief's pay with …").
        let owned = i > 0 && super::super::label::possessor(toks[i - 1].text);
        if self.content >= 1 && !self.measured && next_is_boundary && is_verb(w, lang) && !owned {
            self.participle = event::looks_participle(w, lang);
            self.verb = Some(w.into());
            return true;
        }
        false
    }

    /// The verb after the auxiliary at `i` ("were extradited", "are currently held",
    /// "fueron finalmente liberados"), and whether it is an event's participle.
    fn verb_after_auxiliary(&mut self, i: usize) {
        let (toks, lang) = (self.toks, self.lang);
        let mut j = i + 1;
        while word_in(toks, j, auxiliaries()) {
            j += 1;
        }
        let adverb = j + 1 < toks.len()
            && toks[j].kind == Kind::Word
            && text::with_lower(toks[j].text, |l| event::manner_adverb(l, lang));
        if adverb && toks[j + 1].kind == Kind::Word && is_verb(&self.word(j + 1), lang) {
            j += 1;
        }
        let looks = |w: &str| event::looks_participle(w, lang);
        if j < toks.len()
            && toks[j].kind == Kind::Word
            && (is_verb(&self.word(j), lang) || looks(&self.word(j)))
        {
            self.verb = Some(self.word(j).into());
            // Rule `event_participle`: after a form of "be" ("were arrested", "fueron
            // detenidas"), not of "have" ("have announced"), and not in the future ("would be
            // created": it has not happened).
            let passive = (i..j).any(|k| event::passive_auxiliary(&self.word(k)))
                && !(i..j).any(|k| word_in(toks, k, future_markers()));
            self.participle = passive && looks(&self.word(j));
        }
    }
}
