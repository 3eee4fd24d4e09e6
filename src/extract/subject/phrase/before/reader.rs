//! [`words_before`]: reads back from a figure to its clause's start for the figure's verb and
//! the content words before it. Each token meets the reader's rules in a fixed order, one
//! method per group of rules ([`Backward::step`] lists them); a rule either lets the reader
//! step on to the token before or stops it.

use super::super::super::words::scope_prepositions;
use super::*;

/// Tokens the reader steps back over at most (the dots of an initialism and the letters after
/// them are one step, as a word is).
const MAX_STEPS: usize = 8;

/// Content words the reader keeps at most.
const MAX_WORDS: usize = 4;

crate::extract::lexicon::word_set!(
    /// Ordinals of "por primera vez" (rule `first_time_is_no_subject`).
    occasion_ordinals,
    "es/occasion_ordinals.txt",
);

crate::extract::lexicon::word_set!(
    /// Degrees of "as high as", "as many as" (rule `as_high_as_is_the_figure_s`).
    degree_words,
    "en/degree_words.txt",
);

crate::extract::lexicon::word_set!(
    /// Nouns of an average in an adverb before a figure ("de media", "en promedio", "on
    /// average"): rule `average_adverb_is_no_subject`.
    average_adverbs,
    "en/average_adverbs.txt",
    "es/average_adverbs.txt",
);

crate::extract::lexicon::word_set!(
    /// Prepositions of the value a participle sets ("fijado en", "set at"): rule
    /// `value_participle_measures_its_noun`.
    value_prepositions,
    "en/value_prepositions.txt",
    "es/value_prepositions.txt",
);

crate::extract::lexicon::word_set!(
    /// Words of a price's floor between a verb of cost and its sum ("cuesta desde"): rule
    /// `price_floor_is_read_past`.
    price_floors,
    "es/price_floors.txt",
);

/// What the reader does after a rule looked at a token.
#[derive(PartialEq)]
enum Flow {
    /// Steps on to the token before (a rule may have moved the reader back further).
    Next,
    /// Stops reading.
    Stop,
}

crate::word_set!(
    /// Forms of "be" that close a subject before its figure ("fue del 72%"): rule
    /// `copula_closes_a_long_subject`.
    copulas,
    "en/copulas.txt",
    "es/copulas.txt",
);

/// Most words of a time read past before a figure (rule `time_phrase_before_the_figure`).
const MAX_TIME_WORDS: usize = 3;

/// Reads back from the quantity to the clause start (at most [`MAX_STEPS`] tokens) for its
/// verb and the content words before it; `has_phrase_after` stops the search at the verb.
pub(in crate::extract::subject) fn words_before(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    has_phrase_after: bool,
) -> WordsBefore {
    if comparison_side(toks, q) {
        return WordsBefore {
            verb: None,
            verb_adjacent: false,
            text: String::new(),
        };
    }
    let mut r = Backward {
        toks,
        q,
        lang,
        has_phrase_after,
        verb: None,
        verb_at: 0,
        words: Vec::new(),
        j: q.start,
        steps: 0,
    };
    while r.j > 0 && r.steps < MAX_STEPS {
        r.j -= 1;
        if r.step() == Flow::Stop {
            break;
        }
    }
    r.finish(sentence)
}

/// The reader's state: the token `j` it is at, the verb it found and where, the content words
/// it kept (token indices, from the figure back).
struct Backward<'a, 's> {
    toks: &'a [Tok<'s>],
    q: &'a Quantity,
    lang: Lang,
    has_phrase_after: bool,
    verb: Option<String>,
    verb_at: usize,
    words: Vec<usize>,
    j: usize,
    steps: usize,
}

impl<'s> Backward<'_, 's> {
    /// Rule `initialism_is_one_step`: "los hispanos en EE.UU. bajó": the dots of an
    /// initialism and the letters after them are one word's step, as "Texas" is.
    fn dot(&self, k: usize) -> bool {
        k > 0 && initialism_dot(self.toks, k)
    }

    /// Reads token `j`.
    fn step(&mut self) -> Flow {
        let j = self.j;
        if !(self.dot(j) || self.dot(j.saturating_sub(1))) {
            self.steps += 1;
        }
        let t = self.toks[j];
        if let Some(flow) = self.before_the_verb(j) {
            return flow;
        }
        if t.kind == Kind::Num {
            let own = own_unit_end(self.toks, j, self.q);
            self.words.retain(|&k| k > own);
            return Flow::Next;
        }
        if t.kind != Kind::Word {
            return self.punctuation(j);
        }
        let w = t.low();
        self.time_and_scores(j, &w)
            .or_else(|| self.verb(j, &w))
            .or_else(|| self.inside_the_verb_group(j, &w))
            .unwrap_or_else(|| self.phrase_goes_on(j, &w))
    }

    /// Right before the verb, with no word kept yet: an index name's number is kept (rule
    /// `index_name_number`), a relative clause or a source set off by commas is read past
    /// (`relative_clause_before_the_verb`).
    fn before_the_verb(&mut self, j: usize) -> Option<Flow> {
        let before_verb = self.verb.is_some() && self.words.is_empty() && self.verb_at == j + 1;
        if !before_verb {
            return None;
        }
        if index_name_number(self.toks, j) {
            self.words.push(j);
            return Some(Flow::Next);
        }
        let open = relative_clause_open(self.toks, j)?;
        self.j = open;
        Some(Flow::Next)
    }

    /// Punctuation ends the clause, except the comma of a gapped item; a comma that ends it
    /// before any word may close a fronted partitive.
    fn punctuation(&mut self, j: usize) -> Flow {
        let (toks, q) = (self.toks, self.q);
        let t = &toks[j];
        // Rule `gapped_item`: "… bajaron 18% y los hurtos, 7%": the comma stands for the
        // verb left out; the noun phrase before it, after "y", is what the figure counts.
        let gap = t.text == "," && j + 1 == q.start && gapped_after_and(toks, j);
        // Rule `value_participle_measures_its_noun`: "el salario mínimo, fijado en 2.100
        // pesos", "the fishing quota, fixed at 500 tonnes": a participle and the preposition of a
        // value between the comma and the figure set the value of the noun before the
        // comma; the participle is dropped and the noun phrase read.
        let set_value = t.text == ","
            && j + 3 == q.start
            && toks[j + 1].kind == Kind::Word
            && super::super::super::event::looks_participle(&toks[j + 1].low(), self.lang)
            && word_in(toks, j + 2, value_prepositions())
            && j > 0
            && toks[j - 1].kind == Kind::Word
            // "6.000 bitcoines, valorados en 600 millones": the noun of another figure.
            && !(j.saturating_sub(3)..j).any(|k| toks[k].kind == Kind::Num);
        if set_value {
            self.words.clear();
            self.verb = None;
            return Flow::Next;
        }
        if gap
            || !matches!(
                t.text,
                "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–"
            )
        {
            return Flow::Next;
        }
        if t.text == "," && self.words.is_empty() && self.lang == Lang::En {
            self.words = fronted_partitive(toks, j);
        }
        Flow::Stop
    }

    /// Words that tell when or by how much, not what: read past or ending the phrase.
    fn time_and_scores(&mut self, j: usize, w: &str) -> Option<Flow> {
        let (toks, q) = (self.toks, self.q);
        // Rule `first_time_is_no_subject`: "el bitcóin superó por primera vez los 100.000
        // dólares": "por primera vez" tells when, not what; it is read past.
        if w == "vez"
            && self.words.is_empty()
            && j >= 2
            && toks[j - 2].is("por")
            && word_in(toks, j - 1, occasion_ordinals())
        {
            self.j -= 2;
            return Some(Flow::Next);
        }
        // Rule `score_against_shares_the_noun`: "por siete votos contra dos": the figure
        // after "contra" that follows a count counts what that count does; its phrase is left
        // for the count's noun.
        if w == "contra"
            && j + 1 == q.start
            && self.words.is_empty()
            && (j.saturating_sub(3)..j).any(|k| toks[k].kind == Kind::Num || numbers_word(toks, k))
        {
            return Some(Flow::Stop);
        }
        // Rule `price_floor_is_read_past`: "el pasaje cuesta desde $95.000": a floor right
        // before the sum after a verb of cost tells how it is priced, not what; read past.
        if self.words.is_empty()
            && j + 1 == q.start
            && j > 0
            && price_floors().contains(w)
            && word_in(toks, j - 1, super::super::super::words::cost_verbs())
        {
            return Some(Flow::Next);
        }
        // Rule `average_adverb_is_no_subject`: "los médicos cobran de media 3.900 euros", "un
        // conductor pierde en promedio 145 horas", "drivers lose on average 81 hours": the
        // adverb tells how the figure is measured, not what it counts; it is read past. Not
        // after a copula ("the buses were on average 11 years old": a state of its subject).
        if self.words.is_empty()
            && j > 1
            && average_adverbs().contains(w)
            && word_in(toks, j - 1, prepositions())
            && !word_in(toks, j - 2, copulas())
        {
            self.j -= 1;
            return Some(Flow::Next);
        }
        // Rule `time_expression_ends_the_phrase`: "vendió al exterior el año pasado
        // mercancías por 33.000 millones": "el año pasado" is when, not what; it ends the
        // words before the figure once some were read, and is read past otherwise.
        if j > 0 && past_time_adjectives().contains(w) && word_in(toks, j - 1, time_words()) {
            if !self.words.is_empty() {
                return Some(Flow::Stop);
            }
            self.j -= 1;
            return Some(Flow::Next);
        }
        // Rule `time_phrase_before_the_figure`: "Norway cut its cod quota for next year by
        // 20%": a time right before the figure (and its "by"), opened by a preposition, with
        // no word or verb read yet, tells when; it is read past with its preposition.
        if self.words.is_empty() && self.verb.is_none() && word_in(toks, j, time_words()) {
            let mut k = j;
            while k > 0 && j - k < MAX_TIME_WORDS && word_in(toks, k - 1, time_words()) {
                k -= 1;
            }
            // Only a time opened by its preposition: "could last another 10 days", "to last
            // roughly 30 minutes" are verbs.
            let opened = k > 0 && word_in(toks, k - 1, prepositions()) && !toks[k - 1].is("to");
            if opened && !word_in(toks, j, lasting_verbs()) {
                self.j = k - 1;
                return Some(Flow::Next);
            }
        }
        let gapped =
            q.start > 0 && toks[q.start - 1].text == "," && gapped_after_and(toks, q.start - 1);
        (!self.words.is_empty() && (w == "y" || w == "and") && gapped).then_some(Flow::Stop)
    }

    /// The clause's verb, the first one met: the reader stops there once it has words, or
    /// when a phrase after the figure says what it counts.
    fn verb(&mut self, j: usize, w: &str) -> Option<Flow> {
        let (toks, q, lang) = (self.toks, self.q, self.lang);
        // A Spanish verb of rise or fall in any tense ("crecería", "subirá") is a verb too.
        let change_verb = lang == Lang::Es
            && (event::rise_verbs().contains(w) || event::fall_verbs().contains(w));
        let verb = self.verb.is_none()
            && (is_verb(w, lang)
                || change_verb
                || event::after_modal(toks, j)
                || modal_infinitive(toks, j, lang)
                || event::lasting_infinitive(toks, j)
                || level_infinitive(toks, j))
            && !attributive_participle(toks, j, lang);
        if !verb {
            return None;
        }
        self.verb = Some(w.to_string());
        self.verb_at = j;
        if self.words.is_empty() {
            if let Some(carriers) = verb_group_start(toks, j, lang) {
                self.j = carriers;
                self.verb_at = carriers;
            }
        }
        // A relative pronoun before the verb: its noun is read (`relative_subject_is_its_noun`).
        let k = self.j;
        let relative = self.words.is_empty()
            && lang == Lang::En
            && !q.unit.as_deref().is_some_and(is_duration_unit)
            && k >= 2
            && (toks[k - 1].is("which") || toks[k - 1].is("that"))
            && toks[k - 2].text == ",";
        let stop = !relative
            && (!self.words.is_empty()
                || self.has_phrase_after
                || amount_taken_from_a_whole(toks, q, w));
        Some(if stop { Flow::Stop } else { Flow::Next })
    }

    /// Words around the verb that end no phrase (an adverb in the verb group, a comparison of
    /// degree, "an average of", a relative pronoun) and those that end one (a verb of
    /// speech, a verb of expecting).
    fn inside_the_verb_group(&mut self, j: usize, w: &str) -> Option<Flow> {
        let (toks, q, lang) = (self.toks, self.q, self.lang);
        let words = &self.words;
        // "engineers estimate repairs will cost $60 million": a verb of speech opens the
        // reported clause; the words before it are the source.
        // Rule `speech_noun_heads_its_phrase`: "claims from the February floods have reached
        // 14,000": a word of speech that opens its clause (after punctuation or an article)
        // and takes a preposition is a noun, the head of what is counted.
        if !words.is_empty()
            && crate::extract::lexicon::shared::is_speech(w)
            && !speech_noun(toks, j)
        {
            return Some(Flow::Stop);
        }
        // Rule `adverb_inside_the_verb_group`: "imports have since fallen by 20%", "permits
        // will also be capped at 437,000": an adverb between the verb and the auxiliary or
        // modal that carries it belongs to the verb group and ends no phrase.
        let aux = |k: usize| auxiliaries().contains(&toks[k].low());
        let group_verb = self.verb.is_some() && words.is_empty()
            || words.len() == 1 && words[0] > j && (j + 1..words[0]).all(aux);
        if group_verb && group_adverb(toks, j) {
            return Some(Flow::Next);
        }
        // Rule `as_high_as_is_the_figure_s`: "had been as high as 218%", "as many as 40":
        // the comparison of degree before the figure bounds it and ends no phrase.
        let as_high_as = w == "as"
            && j + 1 == q.start
            && j >= 2
            && toks[j - 2].is("as")
            && word_in(toks, j - 1, degree_words());
        // Rule `average_of_a_change`: "fares will rise by an average of 4.7%", "fares rise an
        // average of 3.7%": "an average of" between "by" (or the verb of change) and the figure tells how the change is measured; the change's
        // subject is read past it.
        let average_of = w == "of"
            && j >= 3
            && (toks[j - 1].is("average") || toks[j - 1].is("median"))
            && (toks[j - 2].is("an") || toks[j - 2].is("a"))
            && (toks[j - 3].is("by") || change_verb(toks, j - 3));
        if words.is_empty() && (as_high_as || average_of) {
            self.j -= 2;
            return Some(Flow::Next);
        }
        // Rule `relative_subject_is_its_noun`: "wait times, which averaged 20 hours",
        // "tariffs on wine, which had been as high as 218%": a relative pronoun that opens
        // the figure's clause after a comma stands for the noun before the comma, which is
        // read as the clause's subject.
        if words.is_empty()
            && lang == Lang::En
            && !q.unit.as_deref().is_some_and(is_duration_unit)
            && (w == "which" || w == "that")
            && j > 1
            && toks[j - 1].text == ","
            && toks[j - 2].kind == Kind::Word
            && !is_stopword(&toks[j - 2].low())
        {
            self.j -= 1;
            return Some(Flow::Next);
        }
        // Rule `expected_noun_is_the_subject`: "The Reserve Bank expects unemployment to
        // rise to 4.3%": the object of a verb of expecting is the infinitive's subject, what
        // the figure measures; who expects is not.
        (!words.is_empty() && lang == Lang::En && object_control_verbs().contains(w))
            .then_some(Flow::Stop)
    }

    /// The phrase before the figure: a word is read past, ends the phrase, or is kept.
    fn phrase_goes_on(&mut self, j: usize, w: &str) -> Flow {
        let (toks, q, lang) = (self.toks, self.q, self.lang);
        let verb = self.verb.is_some();
        // "importaciones desde China subieron 9%": a preposition inside the phrase before the
        // verb does not end it.
        let inside = verb && !self.words.is_empty() && scope_prepositions().contains(w);
        let verb_read = verb.then_some(self.verb_at);
        if read_past(toks, q, j, w, verb_read, self.words.is_empty()) {
            return Flow::Next;
        }
        // Rule `and_inside_a_name_pair`, inside the phrase before the verb.
        if verb
            && !self.words.is_empty()
            && (joins_name_pair(toks, j, w) || joins_between_pair(toks, j, w))
        {
            return Flow::Next;
        }
        if phrase_ends().contains(w)
            && !auxiliaries().contains(w)
            && !inside
            && !coordinated_before_verb(toks, j, &self.words, verb, lang)
        {
            return Flow::Stop;
        }
        // Rule `article_opens_the_subject`: "told MPs the measures would raise £26bn": an
        // article after a content word opens the clause's subject (no noun phrase reads
        // "MPs the measures"); the words before it are another clause's.
        if lang == Lang::En && verb && !self.words.is_empty() && article_opens(toks, j, w) {
            return Flow::Stop;
        }
        // An initialism is one word: its letters after a dot ("UU" of "EE.UU.") are read
        // with its first (see `words_text`).
        let initialism_letter = self.dot(j) || j > 0 && self.dot(j - 1);
        if !is_stopword(w) && !initialism_letter {
            self.words.push(j);
        }
        if self.words.len() >= MAX_WORDS {
            Flow::Stop
        } else {
            Flow::Next
        }
    }

    /// The verb and the words read, in the sentence's order: a thing bought before its seller
    /// instead, the head of a long subject before its modifiers, no measure word leading.
    fn finish(self, sentence: &str) -> WordsBefore {
        let Backward {
            toks,
            q,
            lang,
            verb,
            verb_at,
            mut words,
            steps,
            ..
        } = self;
        let truncated = words.len() >= MAX_WORDS || steps >= MAX_STEPS;
        words.reverse();
        if let Some(thing) = (words.last() == Some(&q.start.wrapping_sub(2)))
            .then(|| super::super::seller::bought_before_its_seller(toks, q, lang))
            .flatten()
        {
            words = thing;
        }
        // Rule `copula_closes_a_long_subject`: "La participación en la segunda vuelta
        // presidencial de Francia fue del 72%": a form of "be" read past before the figure
        // closes the subject as a verb does.
        let copula = || {
            let last = *words.last()?;
            (last + 1..q.start).find(|&k| word_in(toks, k, copulas()))
        };
        let closed_at = match verb {
            Some(_) => Some(verb_at),
            None if truncated => copula(),
            None => None,
        };
        if let Some(head) = words
            .first()
            .zip(closed_at)
            .filter(|&(_, at)| truncated && words.iter().all(|&k| k < at))
            .and_then(|(&first, at)| event::subject_before_modifiers(sentence, toks, first, at))
        {
            return WordsBefore {
                verb_adjacent: true,
                verb,
                text: head,
            };
        }
        // "the number of overdose deaths" → "overdose deaths".
        if words.len() > 1 && measure_leads().contains(&toks[words[0]].low()) {
            words.remove(0);
        }
        let text = words_text(sentence, toks, &words);
        WordsBefore {
            verb_adjacent: verb.is_some() && words.iter().all(|&k| k < verb_at),
            verb,
            text,
        }
    }
}

/// True when token `i` is an English verb of change ("rise", "fell").
fn change_verb(toks: &[Tok], i: usize) -> bool {
    crate::extract::subject::reach::change_verbs().contains(&toks[i].low())
}
