//! The claims of one sentence: its quantities read in order, each made a claim in named steps
//! (subject, shared head noun, antecedent noun, clause topics, offsets) over what the
//! sentence's earlier figures left ([`Figures`]).

use super::quantity::{self, Quantity};
use super::{
    clause, numbers, segment_attributions, subject, tokens, Antecedent, Context, Extractor,
    NonClaim, NonClaimClass,
};
use crate::extract::lexicon::shared::is_speech;
use crate::model::{ChangedFrom, Claim, Sentence};

crate::word_set!(
    /// Words that open a free relative ("half of what he got", "la mitad de lo que ganó").
    free_relatives,
    "en/free_relatives.txt",
    "es/free_relatives.txt",
);

/// Rule `free_relative_borrows_nothing`: a phrase that opens on a free relative ("what he
/// got last year", "lo que ganó") names its own thing; the figure borrows no earlier noun.
fn free_relative(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().map(str::to_lowercase);
    match words.next() {
        Some(w) if w == "lo" => words.next().is_some_and(|n| n == "que"),
        Some(w) => free_relatives().contains(&w),
        None => false,
    }
}

crate::word_set!(
    /// Relative pronouns that open a clause describing the noun before them.
    relative_words,
    "en/relative_pronouns.txt",
    "es/relative_openers.txt",
);

/// What one sentence's figures share while they are read in order.
struct Figures<'s, 't> {
    s: &'s Sentence,
    toks: &'t [tokens::Tok<'s>],
    mark: Option<numbers::DecimalMark>,
    /// Whether the sentence is a title in title case (proper names then give topics).
    title: bool,
    /// The speaker of the whole sentence (or of the one before, for "she said").
    attribution: Option<String>,
    /// Token indices where each contrast segment starts, and each segment's speaker (empty
    /// when the sentence has one speaker).
    starts: Vec<usize>,
    by_segment: Vec<Option<String>>,
    /// The topics of the figure being read.
    topic_ids: Vec<u32>,
    /// The head noun of the previous figure in this sentence, by unit: list items such as
    /// "25% tariffs on cars, 25% on trucks and 50% on steel" share it.
    heads: Vec<(Option<String>, String)>,
    /// The topics of the previous claims, by unit, with the token each figure starts at.
    list_topics: Vec<(Option<String>, Vec<u32>, usize)>,
    /// The words before each earlier claim in its clause (the subject and verb a list of
    /// figures shares: "The budget sets aside £22bn for X, £4bn for Y"), as token spans by
    /// unit; their topics are looked up only when a verbless item asks (most never do).
    frames: Vec<(Option<String>, (usize, usize))>,
    /// Whether the figure being read remembered its own head last in `heads`.
    pushed_head: bool,
    /// Byte offset and char count of the previous figure's start (char offsets are counted
    /// forward from it: linear per sentence).
    cursor: (usize, usize),
    /// Where a participle of speech that gives the sentence its speaker starts: figures
    /// before it are no one's words (`subject::participle_start`).
    speech_from: Option<usize>,
    /// The sentence opens on a subject that names what the sentence before was about
    /// (rule `opening_subject_continues_the_story`).
    continues: continuation::Continuation,
}

impl Extractor {
    pub(super) fn sentence_claims(
        &self,
        s: &Sentence,
        doc_mark: Option<numbers::DecimalMark>,
        context: Context,
        out: &mut Vec<Claim>,
    ) {
        let Context {
            antecedents,
            mut speaker,
            previous,
            earlier,
            mut non_claims,
        } = context;
        let toks = tokens::tokenize(&s.text);
        let mark = numbers::decimal_evidence(&s.text).or(doc_mark);
        let found = quantity::find(&toks, s.lang, mark);
        if found.is_empty() {
            return;
        }
        let mut figures = Figures::new(s, &toks, mark, &mut speaker, [previous, earlier]);
        let classes: Vec<Option<NonClaimClass>> = found
            .iter()
            .map(|q| super::nonclaim::classify(&toks, q, &found, s.lang))
            .collect();
        for (q, class) in found.into_iter().zip(classes) {
            // A quantity that is not a claim is built only when it is asked for, and lends
            // nothing (head noun, topics, antecedent) to the claims after it.
            if class.is_some() && non_claims.is_none() {
                continue;
            }
            let claim = self.figure_claim(&mut figures, antecedents, q, class.is_none());
            match (class, non_claims.as_deref_mut()) {
                (None, _) => out.push(claim),
                (Some(class), Some(non)) => non.push(NonClaim {
                    quantity: claim,
                    class,
                }),
                (Some(_), None) => {}
            }
        }
    }

    /// One figure's claim (`is_claim` false: a quantity that is no claim, which lends nothing
    /// to the figures after it).
    fn figure_claim(
        &self,
        f: &mut Figures,
        antecedents: &mut Vec<Antecedent>,
        mut q: Quantity,
        is_claim: bool,
    ) -> Claim {
        let (s, lang) = (f.s, f.s.lang);
        let from = q.changed_from.take();
        let last = antecedents.last().and_then(|a| a.unit.as_deref());
        if let Some(code) = super::carry::carried_currency(f.toks, &q, lang, last) {
            q.unit = Some(code);
        }
        let mut subj = subject::subject(&s.text, f.toks, &q, lang);
        f.topic_ids.clear();
        let shared_head = self.share_head(f, &q, &mut subj, is_claim);
        // A figure that names no noun of its own ("Of them, 11 were charged", "another 700
        // would follow", "up from 25%") counts what the nearest earlier figure of the same
        // unit counted.
        let own = antecedent_noun(&subj.phrase, lang);
        let borrowed = own.is_empty() && subj.figure.is_none() && !free_relative(&subj.phrase);
        let mut lent = Vec::new();
        if borrowed {
            let before = f.topic_ids.len();
            borrow_noun(f, antecedents, &mut q, &mut subj);
            lent.extend_from_slice(&f.topic_ids[before..]);
        }
        self.clause_topics(f, &q, &subj, shared_head, is_claim);
        if !lent.is_empty() {
            self.own_predicate_over_the_lent_topics(f, &q, &subj.phrase, &lent);
        }
        self.complement_topics(f, &q);
        // Rule `lead_is_a_poll` (`subject::lead::poll_lead`): a lead is an election figure.
        if subject::lead::poll_lead(&s.text, f.toks, &q, lang) {
            self.lexicon
                .topic_ids(std::iter::once("poll"), lang, &mut f.topic_ids);
        }
        f.borrow_topics(antecedents, &q, &subj, is_claim, &self.lexicon);
        self.report_counts_its_own_measures(f, &q);
        if !borrowed && subj.figure.is_none() && is_claim {
            self.remember_what_it_counts(f, antecedents, &q, &subj, own);
        }
        let topics = self.lexicon.names_sorted(&f.topic_ids);
        let before = subj.phrase.clone();
        subject::label::sentence_case(&mut subj.phrase, &s.text, |w| self.lexicon.is_term(w, lang));
        if let (Some(old), Some(new)) = (
            before.split_whitespace().next(),
            subj.phrase.split_whitespace().next(),
        ) {
            if old != new {
                subj.text = subj.text.replacen(old, new, 1);
            }
        }
        let (start, end, surface) = f.offsets(&q);
        let notation = subject::Notation::of_figure(&surface, lang, f.mark);
        let mut label = subject::label(
            q.value,
            q.value_max,
            q.qualifier,
            q.unit.as_deref(),
            &subj,
            lang,
            notation,
        );
        if q.unit.is_none() && q.value_max.is_none() {
            subject::label::relabel_proportion(
                &mut label,
                &f.toks[q.num_start..q.num_end],
                q.value,
                q.qualifier,
                lang,
                notation,
                f.mark,
            );
        }
        let changed_from = from.map(|from| {
            let changed = f.changed_from(&from);
            label.push_str(&change_note(&q, &from, &changed.text, lang, f.mark));
            changed
        });
        Claim {
            label,
            value: q.value,
            value_max: q.value_max,
            qualifier: q.qualifier,
            attribution: subject::expected_by(f.toks, &q)
                .map(str::to_string)
                .or_else(|| {
                    f.attribution_at(q.start)
                        .filter(|a| !f.inside_source(a, &q))
                }),
            unit: q.unit,
            subject: subj.text,
            topics,
            surface,
            sentence: s.text.clone(),
            start,
            end,
            sentence_index: s.index,
            key: exact(subj.key),
            changed_from,
        }
    }

    /// Remembers what a claim counted for the stand-ins after it: its noun, or its act when
    /// its phrase opens on a preposition (`own` is the noun read for it).
    fn remember_what_it_counts(
        &self,
        f: &mut Figures,
        antecedents: &mut Vec<Antecedent>,
        q: &Quantity,
        subj: &subject::Subject,
        own: String,
    ) {
        let lang = f.s.lang;
        let noun_first = own
            .split_whitespace()
            .next()
            .is_some_and(|w| !crate::text::with_lower(w, subject::words::is_stopword));
        // Rule `act_as_antecedent`: "will spend $80bn on data centres, more than half of it in
        // the US": a figure whose phrase opens on a preposition is remembered with its verb
        // ("spend on data centres"), so a share of it reads "½+ of spend on data centres".
        // Rule `paid_thing_as_antecedent`: "recaudó 142.000 millones de soles en tributos,
        // 4,8% más que …": a sum whose phrase opens on a preposition of payment is remembered
        // by what it pays for ("tributos"), in Spanish, where the verb is no noun to read.
        let paid = (lang == crate::model::Lang::Es && !noun_first)
            .then(|| paid_thing(&subj.phrase))
            .flatten()
            .map(|t| subject::label_words(&t, lang).join(" "));
        let act = paid.or_else(|| {
            (!noun_first && !own.is_empty() && subj.text.len() > subj.phrase.len())
                .then(|| subject::label_words(&subj.text, lang).join(" "))
        });
        let act = act.filter(|t| {
            t.split_whitespace()
                .next()
                .is_some_and(|w| !crate::text::with_lower(w, subject::words::is_stopword))
        });
        // Rule `compound_is_no_antecedent`: "the 230-member parliament" sizes its noun; the
        // figures after it ("took 62") count what the clause's other figures count.
        let compound = f
            .toks
            .get(q.end)
            .is_some_and(|t| t.text == "-" && !t.space_before);
        if (noun_first || act.is_some()) && !compound {
            let modifier = in_modifier(f.toks, q);
            let own = act.unwrap_or(own);
            // Rule `share_base_is_its_share_s` again: "2.5% of GDP" lends no economy to a
            // stand-in after it ("… to aim for 5%").
            let lent = self.topics_lent(f, q);
            remember_antecedent(antecedents, q, own, subj, &lent, (modifier, f.s.index));
        }
    }

    /// An elliptic phrase ("25% on trucks") takes the head noun of the previous figure of the
    /// same unit, and that noun's topics; a claim's own head is remembered for the figures
    /// after it. Whether the head was shared.
    fn share_head(
        &self,
        f: &mut Figures,
        q: &Quantity,
        subj: &mut subject::Subject,
        is_claim: bool,
    ) -> bool {
        let lang = f.s.lang;
        f.pushed_head = false;
        // A name that is a topic term names a thing ("lo que dejó el IPC en el 2,4%"), not
        // where or whose, as a list item's place does ("…, en Tamaulipas 1.340").
        let term = subj
            .phrase
            .split_whitespace()
            .any(|w| self.lexicon.is_term(w, lang));
        // Rule `named_subject_of_its_own_verb`: "…; Santander ganó un 3,4%": a name that is
        // the subject of the figure's verb acts, and is no list item's place.
        let own_verb = {
            let mut k = q.start;
            while k > 0 && matches!(f.toks[k - 1].low().as_str(), "un" | "una" | "en" | "by") {
                k -= 1;
            }
            k >= 2
                && f.toks[k - 1].kind == tokens::Kind::Word
                && subject::words::is_verb(&f.toks[k - 1].low(), lang)
                && f.toks[k - 2].is_capitalized()
        };
        // Rule `comparison_side_shares_the_head`: the other side of a comparison with no noun
        // of its own ("against 12 in the outgoing parliament") counts what the count before
        // it counts.
        // Only a count shares its noun: a measure's phrase ("an average of 20.2% of their
        // body weight") has no one word to share.
        let other_side =
            q.unit.is_none() && subject::comparison_side(f.toks, q) && subj.phrase.is_empty();
        if subject::elliptic(&subj.phrase)
            || subject::names_only(&subj.phrase) && !term && !own_verb
            || other_side
        {
            if let Some((_, h)) = f.heads.iter().rev().find(|(u, _)| *u == q.unit) {
                subj.phrase = format!("{h} {}", subj.phrase).trim_end().to_string();
                subj.text = subj.phrase.clone();
                let st = crate::text::stem(h, lang);
                // The other side of a comparison keeps its own key (what it is compared as,
                // not what it counts), so that it pairs only with a figure compared alike.
                if !subj.key.contains(&st) && !other_side {
                    subj.key.insert(0, st);
                }
                self.lexicon
                    .topic_ids(std::iter::once(h.as_str()), lang, &mut f.topic_ids);
                return true;
            }
        } else if let Some(h) = subject::head(&subj.phrase)
            // A purpose ("£1.5bn to repair potholes") heads no list: "a further £500m for
            // new bus routes" is paid for its own phrase.
            .filter(|_| is_claim && !subj.phrase.starts_with("to "))
            // Rule `place_heads_no_list`: a proper name ("Colombia acoge a 2,8 millones, Perú
            // a 1,5 millones") is where, not what the items count; an acronym or a topic
            // term ("el IPC") still heads them.
            .filter(|h| {
                let written = subj
                    .phrase
                    .split_whitespace()
                    .find(|w| w.eq_ignore_ascii_case(h) || w.to_lowercase() == *h)
                    .unwrap_or(h);
                !(written.starts_with(char::is_uppercase)
                    && written.chars().any(char::is_lowercase)
                    && !self.lexicon.is_term(written, lang))
            })
        {
            f.heads.push((q.unit.clone(), h));
            f.pushed_head = true;
        }
        false
    }

    /// Topics from the figure's own clause, proper names left out: "killed 14 people and
    /// left 200,000 homes without power" gives each figure its own. A list item whose clause
    /// names no topic ("…, 25% a los automóviles y 50% al acero") shares the topics of the
    /// figure of the same unit before it; an item that names its own object ("$2 billion on
    /// roads") keeps to it.
    fn clause_topics(
        &self,
        f: &mut Figures,
        q: &Quantity,
        subj: &subject::Subject,
        shared_head: bool,
        is_claim: bool,
    ) {
        let lang = f.s.lang;
        let span = clause::span(f.toks, q.start, q.end, lang);
        let own_counted = counts_a_noun_of_its_own(f.toks, q, span);
        self.own_clause_topics(f, q, span, own_counted);
        self.list_item_topics(f, q, subj, span, (shared_head, own_counted), is_claim);
    }

    /// The topics a figure lends to the figures after it: its own, less those of the base of
    /// a share (rule `share_base_is_its_share_s`: "2.5% of GDP" lends no economy).
    fn topics_lent(&self, f: &Figures, q: &Quantity) -> Vec<u32> {
        let mut lent = f.topic_ids.clone();
        if let Some(base) = clause::share_base(f.toks, q.end) {
            let mut ids = Vec::new();
            self.lexicon
                .topic_ids(std::iter::once(base), f.s.lang, &mut ids);
            lent.retain(|id| !ids.contains(id));
        }
        lent
    }
}

impl Extractor {
    /// Rule `list_item_shares_its_frame`: a verbless list item ("…, £4.2bn for schools and
    /// £1.5bn for prisons") is about what the subject and verb before the list's first figure
    /// name ("The budget sets aside £22.6bn for the NHS"): it takes the topics of those words
    /// (not of the other items). A figure in a clause with a verb leaves its frame for the
    /// items after it; an item is a clause that opens with its figure.
    fn list_frame(&self, f: &mut Figures, q: &Quantity, span: (usize, usize), is_claim: bool) {
        let lang = f.s.lang;
        // An item opens with its figure, after a comma or "and" ("with 40 members voting" is
        // a phrase of its own).
        let item = (span.0..q.start).all(|k| f.toks[k].kind != tokens::Kind::Word);
        if item && clause::verbless(f.toks, span, lang) {
            // The latest frame of the unit that names a topic.
            let frame_ids = f
                .frames
                .iter()
                .rev()
                .filter(|(u, _)| *u == q.unit)
                .map(|&(_, words)| {
                    let mut ids = Vec::new();
                    self.lexicon.topic_ids(
                        clause::outside_relatives(
                            q.start,
                            clause::topic_words(f.toks, words, 0, f.title),
                        ),
                        lang,
                        &mut ids,
                    );
                    ids
                })
                .find(|ids| !ids.is_empty());
            for id in frame_ids.unwrap_or_default() {
                if !f.topic_ids.contains(&id) {
                    f.topic_ids.push(id);
                }
            }
        } else if is_claim && span.0 < q.start {
            f.frames.push((q.unit.clone(), (span.0, q.start)));
        }
    }
}

/// Rule `its_continues_the_speaker`: "The US Coast Guard said it had saved 4,140 lives. Its
/// cutters also seized 212,000 pounds of cocaine": a sentence that opens on "Its" after one
/// whose subject was its speaker speaks for that speaker too.
fn its_speaker(
    toks: &[tokens::Tok],
    previous: Option<&str>,
    speaker: &mut super::speaker::SpeakerScope,
) -> Option<String> {
    let p = previous.filter(|_| toks.first().is_some_and(|t| t.is("its")))?;
    speaker
        .get()
        .filter(|last| subject::opened_by_its_speaker(p, last))
}

impl<'s, 't> Figures<'s, 't> {
    /// The sentence's speaker (named in it, or carried from the sentence before when it
    /// continues a quote or names a pronoun) and its contrast segments' speakers.
    fn new(
        s: &'s Sentence,
        toks: &'t [tokens::Tok<'s>],
        mark: Option<numbers::DecimalMark>,
        speaker: &mut super::speaker::SpeakerScope,
        [previous, earlier]: [Option<&str>; 2],
    ) -> Self {
        let mut attribution = subject::attribution(&s.text, toks);
        // Rule `it_speaks_for_the_subject`: "Its load factor was 96%, it said": the subject
        // that opens this sentence or the one before speaks.
        let mut it_from = None;
        if attribution.is_none() && s.lang == crate::model::Lang::En {
            if let Some((verb, after_and)) = subject::it_speaks(toks) {
                attribution = subject::opening_subject(&s.text, toks).or_else(|| {
                    let before =
                        previous.and_then(|p| subject::opening_subject(p, &tokens::tokenize(p)))?;
                    // Rule `it_is_no_plural_subject`: "Britons own 13 million dogs, according
                    // to a trade body. About 57% of homes have a pet, it said": "it" is never
                    // the plural that opened the sentence before; it is the last speaker.
                    if subject::plural_subject(&before) {
                        return speaker.get();
                    }
                    Some(before)
                });
                it_from = after_and.then_some(verb);
            }
        }
        if attribution.is_none() && s.lang == crate::model::Lang::En {
            attribution = its_speaker(toks, previous, speaker);
        }
        let named = attribution.is_some();
        let mut subordinate_from = None;
        match &attribution {
            Some(a) => speaker.set(a.clone()),
            None if subject::continues_speaker(toks) => {
                // Rule `person_named_without_speech`: "La alcaldesa Claudia Navarro presentó
                // el balance. Según ella, …": the person named since the last speaker.
                let named_since = speaker.named_since();
                if let Some(person) =
                    named_since.and_then(|t| subject::named_person(t, &tokens::tokenize(t)))
                {
                    speaker.set(person);
                }
                if let Some(person) = subject::opening_person(toks) {
                    speaker.set(person);
                }
                attribution = speaker.get();
            }
            None => {
                if let Some(person) = subject::named_person(&s.text, toks) {
                    speaker.set(person);
                }
            }
        }
        if attribution.is_none() {
            if let Some((source, at)) = subject::subordinate_speech(&s.text, toks) {
                attribution = Some(source);
                subordinate_from = Some(at);
            }
        }
        let starts = subject::contrast_starts(toks);
        // "…, and it now expects …": the speaker of the clause after "and" is the sentence's
        // one, from its verb on (`speech_from`); no contrast segments.
        let by_segment = if it_from.is_some() {
            Vec::new()
        } else {
            segment_attributions(&s.text, toks, &starts, named, &attribution)
        };
        let speech_from = named
            .then(|| subject::participle_start(toks))
            .flatten()
            .or(subordinate_from)
            .or(it_from);
        Figures {
            s,
            toks,
            mark,
            title: clause::title_case(toks),
            attribution,
            starts,
            by_segment,
            topic_ids: Vec::new(),
            heads: Vec::new(),
            list_topics: Vec::new(),
            frames: Vec::new(),
            pushed_head: false,
            cursor: (0, 0),
            speech_from,
            continues: continuation::opening_continues(toks, [previous, earlier], s.lang),
        }
    }

    /// The speaker of the contrast segment that holds token `at`.
    fn attribution_at(&self, at: usize) -> Option<String> {
        if self.speech_from.is_some_and(|p| at < p) {
            return None;
        }
        if self.by_segment.is_empty() {
            self.attribution.clone()
        } else {
            let seg = self.starts.partition_point(|&st| st <= at) - 1;
            self.by_segment[seg].clone()
        }
    }

    /// Rule `figure_inside_its_source`: the figure stands in the words that name its source
    /// ("according to a survey of 3,200 tenants by Shelter"), or in an appositive after them
    /// before the verb of speech ("Mark Daly, 41, told", "The council, which faces a
    /// shortfall of £87m, said"): it describes the source, which does not speak for it.
    fn inside_source(&self, source: &str, q: &Quantity) -> bool {
        let text = &self.s.text;
        let at = self.toks[q.start].start;
        text.match_indices(source).any(|(i, m)| {
            let end = i + m.len();
            let speech = |t: &str| {
                t.split(|c: char| !c.is_alphabetic())
                    .any(|w| crate::text::with_lower(w, is_speech))
            };
            let appositive = || {
                let between = &text[end..at];
                let after_comma = between.trim_start().strip_prefix(',');
                // Rule `relative_after_its_source`: "said the manager, whose side have lost
                // seven matches": a relative clause on the source describes it.
                // A comma that closes the relative before the figure leaves the figure to
                // the main clause ("The fashion house, which employs 9,000 people, now
                // expects revenue of £2.4bn, it said").
                // Rule `speaker_age_is_no_claim_of_his`: "said Sarah Jones, 51, who runs a
                // firm": the age right after the source describes it; in Spanish after "de"
                // ("dijo Collado, de 45 años").
                let age = after_comma
                    .map(str::trim)
                    .is_some_and(|b| b.is_empty() || b.eq_ignore_ascii_case("de"))
                    && q.unit.as_deref() == Some("year");
                if age {
                    return true;
                }
                let after_comma = after_comma.filter(|b| !b.contains(','));
                let relative = after_comma
                    .and_then(|b| b.split_whitespace().next())
                    .is_some_and(|w| crate::text::with_lower(w, |l| relative_words().contains(l)));
                after_comma.is_some() && !speech(between) && (relative || speech(&text[at..]))
            };
            i <= at && (at < end || appositive())
        })
    }

    /// The figure a change started from, with its char offsets in the text (counted from the
    /// sentence's start: changes are few).
    fn changed_from(&self, from: &Quantity) -> ChangedFrom {
        let s = self.s;
        let bstart = self.toks[from.start].start;
        let bend = self.toks[from.end - 1].end;
        let start = s.start + s.text[..bstart].chars().count();
        let text = s.text[bstart..bend].to_string();
        ChangedFrom {
            value: from.value,
            value_max: from.value_max,
            qualifier: from.qualifier,
            end: start + text.chars().count(),
            start,
            text,
        }
    }

    /// The figure's char offsets in the text and its surface, counted forward from the
    /// previous figure's (linear per sentence).
    fn offsets(&mut self, q: &Quantity) -> (usize, usize, String) {
        let s = self.s;
        let bstart = self.toks[q.start].start;
        let bend = self.toks[q.end - 1].end;
        if bstart < self.cursor.0 {
            self.cursor = (0, 0);
        }
        self.cursor.1 += s.text[self.cursor.0..bstart].chars().count();
        self.cursor.0 = bstart;
        let start = s.start + self.cursor.1;
        let surface = s.text[bstart..bend].to_string();
        let end = start + surface.chars().count();
        (start, end, surface)
    }
}

/// What a label adds for a change, after the figure reached and its noun: " (up from 5%)",
/// " (down from $2,415)", " (sube desde 5 %)"; the figure left written as the article writes
/// it, in the claim's unit.
fn change_note(
    q: &Quantity,
    from: &Quantity,
    text: &str,
    lang: crate::model::Lang,
    mark: Option<numbers::DecimalMark>,
) -> String {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let unit = from.unit.as_deref().or(q.unit.as_deref());
    let figure = subject::Notation::of_figure(text, lang, mark).apply(
        &crate::model::format_figure_in(from.value, from.value_max, from.qualifier, unit, lang),
        lang,
    );
    let way = q.value.partial_cmp(&from.value).unwrap_or(Equal);
    let words = match (lang, way) {
        (crate::model::Lang::En, Greater) => "up from",
        (crate::model::Lang::En, Less) => "down from",
        (crate::model::Lang::En, Equal) => "unchanged from",
        (crate::model::Lang::Es, Greater) => "sube desde",
        (crate::model::Lang::Es, Less) => "baja desde",
        (crate::model::Lang::Es, Equal) => "sin cambio desde",
    };
    format!(" ({words} {figure})")
}

/// `v` in an allocation of its own length: a claim's key is built word by word (capacity 4,
/// then 8) and kept as long as its version; the spare slots were a fifth of the claims' heap
/// on a large text (issue 14). `shrink_to_fit` may leave the block as it is (mimalloc keeps
/// a block shrunk by less than half), so the words move to a new one.
pub(crate) fn exact<T>(mut v: Vec<T>) -> Vec<T> {
    if v.capacity() == v.len() {
        return v;
    }
    let mut out = Vec::with_capacity(v.len());
    out.append(&mut v);
    out
}

mod antecedent;
mod borrowed_topics;
mod clause_topics;
mod complement_topics;
mod continuation;
mod report_topics;
use antecedent::{antecedent_noun, borrow_noun, in_modifier, paid_thing, remember_antecedent};
use clause_topics::counts_a_noun_of_its_own;

#[cfg(test)]
mod story_topic_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod topic_tests;
