//! How a sentence continues the one before (`opening_continues`: the same story, or a
//! thing named again) and the topics its figures take from the story (rules
//! `opening_subject_continues_the_story`, `referent_adds_its_topics` and the rules named
//! below).

use super::super::quantity::Quantity;
use super::super::{clause, tokens, Antecedent};
use super::Figures;
use crate::model::Lang;

mod openings;

crate::word_set!(
    /// Words that open a sentence on what the sentence before named: a determiner before a
    /// noun named again ("The court", "This factory"), a distributive ("Each unit").
    continuing_determiners,
    "en/continuing_determiners.txt",
    "es/continuing_determiners.txt",
);

crate::word_set!(
    /// Demonstratives that point back to what was just named ("ese dinero", "those
    /// fares"): rule `demonstrative_continues_the_story`.
    back_demonstratives,
    "en/back_demonstratives.txt",
    "es/back_demonstratives.txt",
);

crate::word_set!(
    /// People who forecast the figure a story reports ("economists", "analysts").
    forecaster_subjects,
    "en/forecaster_subjects.txt",
);

crate::word_set!(
    /// Generic nouns of a body that stand for one named before ("the agency", "la
    /// institución").
    generic_bodies,
    "en/generic_bodies.txt",
    "es/generic_bodies.txt",
);

crate::word_set!(
    /// Words of a body's proper name ("Home Office", "Policía Nacional") that a generic
    /// body may stand for: rule `generic_body_continues_the_story`.
    body_name_words,
    "en/body_name_words.txt",
    "es/body_name_words.txt",
);

crate::word_set!(
    /// Nouns that stand for the figure or the goods the sentence before reported ("the
    /// figure", "the haul", "la cifra", "el cargamento"): rule
    /// `story_stand_in_continues_the_story`.
    story_stand_ins,
    "en/story_stand_ins.txt",
    "es/story_stand_ins.txt",
);

/// Sentences back (the one before and the one before that, where a surname was written in
/// full) a sentence that continues the story borrows its topics from.
const CONTINUED_SENTENCE_REACH: usize = 2;

/// Most bytes of the sentence before searched for the noun an opening subject names again.
const CONTINUED_NOUN_REACH: usize = 600;

/// How a sentence's opening continues the sentence before (`opening_continues`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Continuation {
    /// Another story, or none told before.
    No,
    /// The same story: a figure whose clause names no topic takes the story's.
    Story,
    /// Its subject names again what the sentence before named: the figures of its opening
    /// clause take that one's topics as well as their own (rule `referent_adds_its_topics`).
    /// The token of the noun named again.
    Referent(usize),
    /// It says a state of the story goes on ("still", "seguirán"): its figures that name no
    /// topic take the story's from the sentence just before (rule
    /// `state_that_goes_on_continues_the_story`).
    GoingOn,
    /// It opens on a quotation: the figures inside the quote that name no topic take the
    /// story's from the sentences before (rule `quote_opening_continues_the_story`); those
    /// after it (the speaker's description) take none.
    Quote,
}

/// Whether a sentence opens on a subject that continues the sentence before: "Each" and a
/// noun ("Each unit will sell for …"), or a determiner of one known thing and a lower-case
/// noun that the sentence before named ("A Delhi court sentenced … The court said …"). A
/// noun the sentence before did not name ("The city council said …" after a flood) is
/// another story. Rule `generic_body_continues_the_story`: "… the Metropolitan Transportation
/// Authority said. The agency expects to raise $500 million a year": "the" and a generic body
/// ("agency", "commission") stand for a body the sentence before named ("Authority").
pub(super) fn opening_continues(
    toks: &[tokens::Tok],
    [previous, earlier]: [Option<&str>; 2],
    lang: Lang,
) -> Continuation {
    let story = |yes: bool| {
        if yes {
            Continuation::Story
        } else {
            Continuation::No
        }
    };
    let (Some(det), Some(noun)) = (toks.first(), toks.get(1)) else {
        return Continuation::No;
    };
    if lang == Lang::En {
        // Rule `forecasters_continue_the_story`: "Australian retail turnover rose 0.8% …
        // Economists had expected a rise of 0.5%": the forecasters of a figure open a
        // sentence about what the sentence before reported.
        if previous.is_some()
            && det.kind == tokens::Kind::Word
            && forecaster_subjects().contains(&det.low())
        {
            return Continuation::Story;
        }
        if [previous, earlier]
            .into_iter()
            .any(|p| surname_continues(det, noun, p))
        {
            return Continuation::Story;
        }
    }
    let Some(previous) = previous else {
        return Continuation::No;
    };
    // Rules `pronoun_opening_continues_the_story`, `quote_opening_continues_the_story`,
    // `partitive_opening_continues_the_story` and
    // `bare_plural_named_again_continues_the_story` (`openings`).
    let near = &previous[..crate::text::char_index(previous, CONTINUED_NOUN_REACH)];
    let again = |w: &str| named_before(near, w, lang);
    if openings::quote_opening(toks) {
        return Continuation::Quote;
    }
    if openings::pronoun_opening(toks)
        || openings::speech_opening(toks)
        || openings::partitive_opening(toks, again, lang)
        || openings::bare_plural_opening(toks, again)
    {
        return Continuation::Story;
    }
    // Rule `demonstrative_continues_the_story`: "… 45 millones de pesos … Con ese dinero
    // deberá mantener a sus 60 investigadores": a noun after a demonstrative of what was
    // named ("ese", "those"), at the opening or after its preposition, is what the sentence
    // before was about.
    let demonstrative = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == tokens::Kind::Word && back_demonstratives().contains(&t.low())
        }) && toks.get(k + 1).is_some_and(|t| {
            t.kind == tokens::Kind::Word && !crate::extract::subject::words::is_stopword(&t.low())
        })
    };
    let opening_preposition = det.kind == tokens::Kind::Word
        && crate::extract::subject::words::prepositions().contains(&det.low());
    if demonstrative(0) || opening_preposition && demonstrative(1) {
        return Continuation::Story;
    }
    if opening_preposition && stand_in_after_a_fronted_phrase(toks) {
        return Continuation::Story;
    }
    // Rule `state_that_goes_on_continues_the_story`: "El pasaje del metro subirá 30 pesos …
    // Los jubilados seguirán pagando 260", "Seniors will still pay no more than A$2.50":
    // a clause that says a state goes on ("still", "seguirán") near the sentence's opening
    // (within [`GOING_ON_REACH`]) goes on with the story of the sentence before.
    if toks
        .iter()
        .take(GOING_ON_REACH)
        .any(|t| t.kind == tokens::Kind::Word && going_on_words().contains(&t.low()))
    {
        return Continuation::GoingOn;
    }
    if det.kind != tokens::Kind::Word
        || noun.kind != tokens::Kind::Word
        || noun.is_capitalized()
        || !continuing_determiners().contains(&det.low())
    {
        return Continuation::No;
    }
    if det.is("each") || det.is("cada") {
        return Continuation::Story;
    }
    // Rule `story_stand_in_continues_the_story`: "… 760 kg of methamphetamine … The haul was
    // worth about A$570 million", "La cifra equivale al 60% de un salario": a determiner and
    // a noun that stands for what the sentence before reported (the figure, the goods
    // seized) go on with its story.
    if story_stand_ins().contains(&noun.low()) {
        return Continuation::Story;
    }
    if generic_body_opening(det, noun) {
        return story(names_a_body_or_a_source(previous));
    }
    let previous = &previous[..crate::text::char_index(previous, CONTINUED_NOUN_REACH)];
    if let Some(h) =
        opening_head(toks, lang).filter(|&h| named_before(previous, toks[h].text, lang))
    {
        return Continuation::Referent(h);
    }
    if named_before(previous, noun.text, lang) {
        Continuation::Referent(1)
    } else {
        Continuation::No
    }
}

/// Tokens after a sentence's opening preposition searched for a stand-in of the story.
const FRONTED_PHRASE_REACH: usize = 10;

/// Rule `stand_in_after_a_fronted_phrase`: "Solo el 41% de los menores de tres años está
/// escolarizado … En las familias con menos ingresos la tasa baja al 26%", "Among clerks, the
/// proportion rises to 41%": after an opening phrase of place or group (within
/// [`FRONTED_PHRASE_REACH`]), a determiner and a stand-in of the figure reported
/// (`story_stand_ins`) go on with the story, as they do at the opening.
fn stand_in_after_a_fronted_phrase(toks: &[tokens::Tok]) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == tokens::Kind::Word);
    (1..FRONTED_PHRASE_REACH.min(toks.len())).any(|k| {
        word(k).is_some_and(|t| continuing_determiners().contains(&t.low()))
            && word(k + 1).is_some_and(|t| story_stand_ins().contains(&t.low()))
    })
}

/// Whether a sentence opens on a definite article and a generic body ("The agency", "La
/// institución").
fn generic_body_opening(det: &tokens::Tok, noun: &tokens::Tok) -> bool {
    (det.is("the") || det.is("el") || det.is("la")) && generic_bodies().contains(&noun.low())
}

/// Rule `generic_body_continues_the_story`, what the sentence before must hold for "the
/// agency" to stand for a body of its story: a generic body ("Authority"), a capitalised word
/// of a body's name ("Home Office figures show"), or a named source that spoke ("…, Ofgem
/// said. The regulator said …"), within [`CONTINUED_NOUN_REACH`].
fn names_a_body_or_a_source(previous: &str) -> bool {
    let previous = &previous[..crate::text::char_index(previous, CONTINUED_NOUN_REACH)];
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut before = "";
    previous
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let body = crate::text::with_lower(w, |l| {
                generic_bodies().contains(l)
                    || capitalised(w) && body_name_words().contains(l)
                    || capitalised(before) && crate::extract::lexicon::shared::is_speech(l)
            });
            before = w;
            body
        })
}

/// Tokens from a sentence's opening searched for a word that says its state goes on.
const GOING_ON_REACH: usize = 8;

crate::word_set!(
    /// Words that say a state goes on ("still", "seguirán"): rule
    /// `state_that_goes_on_continues_the_story`.
    going_on_words,
    "en/going_on_words.txt",
    "es/going_on_words.txt",
);

/// Words after an opening determiner read for the head of its noun phrase ("The old cap").
const OPENING_HEAD_REACH: usize = 3;

/// Rule `modified_noun_continues_the_story`: "Bus fares … will be capped at £3 … The old cap
/// cost the government about £150m a year": in English the noun an opening determiner
/// names may follow adjectives: the last of the lower-case words after it (within
/// [`OPENING_HEAD_REACH`]) before a verb or a function word.
fn opening_head(toks: &[tokens::Tok], lang: Lang) -> Option<usize> {
    if lang != Lang::En {
        return None;
    }
    let mut head = None;
    for (k, t) in toks.iter().enumerate().skip(1).take(OPENING_HEAD_REACH) {
        let content = t.kind == tokens::Kind::Word
            && !t.is_capitalized()
            && !crate::extract::subject::words::is_stopword(&t.low())
            && !crate::extract::subject::words::is_verb(&t.low(), lang)
            && !crate::extract::lexicon::shared::is_speech(&t.low());
        if !content {
            break;
        }
        head = Some(k);
    }
    head
}

/// Whether the text before names `noun` again, as written or on its stem ("capped" for
/// "cap", "inundaciones" for "inundación"), word by word (runs of letters); the stems are
/// compared only for words that open on the noun's stem.
fn named_before(previous: &str, noun: &str, lang: Lang) -> bool {
    let stem = crate::text::stem(noun, lang);
    let by_stem = stem.chars().count() >= 3;
    // A word whose first byte is ASCII folds to a first letter of its own: most words are
    // ruled out on it before their chars are folded.
    let first = stem.as_bytes().first().copied().unwrap_or(0);
    let may_open_on_stem = |w: &str| {
        let b = w.as_bytes()[0];
        !b.is_ascii() || b.to_ascii_lowercase() == first
    };
    crate::text::any_piece(previous, |w, _| {
        !w.is_empty()
            && (w.eq_ignore_ascii_case(noun)
                || by_stem
                    && may_open_on_stem(w)
                    && crate::text::folds_to_prefix(w, &stem)
                    && crate::text::with_stem(w, lang, |s| s == stem))
    })
}

/// Rule `surname_continues_the_story`: "A former care worker, Jodie Marsh, 29, was jailed
/// for six years … Marsh must also repay £40,000": a sentence that opens on the last word of
/// a name one of the two sentences before wrote in full, and then a lower-case word, goes on
/// about that person, as "She must also repay" would.
fn surname_continues(first: &tokens::Tok, next: &tokens::Tok, previous: Option<&str>) -> bool {
    if first.kind != tokens::Kind::Word
        || next.kind != tokens::Kind::Word
        || !first.is_capitalized()
        || next.is_capitalized()
        || first.text.len() < 3
        || first.text.chars().all(|c| !c.is_lowercase())
        || crate::extract::subject::words::is_stopword(&first.low())
    {
        return false;
    }
    let Some(previous) = previous else {
        return false;
    };
    let previous = &previous[..crate::text::char_index(previous, CONTINUED_NOUN_REACH)];
    // Most openings are named nowhere before: one substring search rules them out.
    if !previous.contains(first.text) {
        return false;
    }
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let mut before = "";
    for w in previous
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        if w == first.text && capitalised(before) {
            return true;
        }
        before = w;
    }
    false
}

impl Figures<'_, '_> {
    /// Rule `own_count_keeps_its_topics`: "Tata will build an electric-car plant … The plant
    /// will employ 5,000 people": a bare count of a noun of its own ("5,000 people") in a
    /// clause that names its own topics (employment) is about what it counts, not about the
    /// referent's story (energy, transport); a sum or a measure of the referent ("The old
    /// cap cost the government about £150m a year") still takes the referent's topics.
    fn own_count_keeps_its_topics(&self, q: &Quantity) -> bool {
        !self.topic_ids.is_empty()
            && q.unit.is_none()
            && super::clause_topics::content_word_at(self.toks, q.end)
    }

    /// Rule `opening_subject_continues_the_story` (`opening_continues`): "A Delhi court
    /// sentenced the official … The court said he had amassed assets worth 310% of his
    /// income": a figure whose clause names no topic in a sentence that opens on the noun
    /// the sentence before named is about what the figure before it was about. The story
    /// goes on from the last figure that was about something: a figure of no topic between
    /// ("The judge said she had abused their trust over 18 months") is no break in it.
    /// Rule `referent_adds_its_topics`: "Bus fares … will be capped at £3 … The old cap cost
    /// the government about £150m a year": a figure of the opening clause whose subject
    /// names again a thing an earlier figure's subject named ("capped at …") is about that
    /// as well as what its own predicate names (budget and transport). A plural ("Los
    /// pilotos buscan una recomposición salarial del 20%") is a group whose act names its own
    /// topics; a noun that names a topic of its own ("The tariffs have pushed up prices")
    /// tells its own.
    pub(super) fn continue_the_story(
        &mut self,
        antecedents: &[Antecedent],
        q: &Quantity,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        let lang = self.s.lang;
        // What is named again was named in the sentence just before.
        let reach = match self.continues {
            Continuation::Referent(_) | Continuation::GoingOn => 1,
            _ => CONTINUED_SENTENCE_REACH,
        };
        let near = |a: &&Antecedent| a.sentence + reach >= self.s.index;
        let mut story = antecedents.iter().rev().filter(near);
        let from = match self.continues {
            Continuation::No => None,
            // Rule `quote_opening_continues_the_story`: only a figure inside the quote, and
            // only from the sentences before (not from a figure quoted before it).
            Continuation::Quote => (self.topic_ids.is_empty()
                && openings::inside_the_opening_quote(self.toks, q.start))
            .then(|| story.find(|a| a.sentence < self.s.index && !a.topics.is_empty()))
            .flatten(),
            _ if self.topic_ids.is_empty() => story.find(|a| !a.topics.is_empty()),
            // A clause that names its own topics keeps to them ("12.575 viviendas seguían
            // detenidos" after a fire: crime, no disaster).
            Continuation::Story | Continuation::GoingOn => None,
            Continuation::Referent(k) => {
                let head = &self.toks[k];
                let mut ids = Vec::new();
                lexicon.topic_ids(std::iter::once(head.text), lang, &mut ids);
                let thing = ids.is_empty() && !head.low().ends_with('s');
                let opening = clause::span(self.toks, q.start, q.end, lang).0 == 0;
                let stem = crate::text::stem(head.text, lang);
                (thing && opening && !self.own_count_keeps_its_topics(q))
                    .then(|| story.find(|a| !a.topics.is_empty() && a.key.contains(&stem)))
                    .flatten()
            }
        };
        if let Some(a) = from {
            for &id in &a.topics {
                if !self.topic_ids.contains(&id) {
                    self.topic_ids.push(id);
                }
            }
        }
    }
}
