//! Topics a figure borrows when its own clause names none: from the figure before it, for a
//! stand-in subject, a part of a whole or a phrase set off after it (rules named below).

use super::super::quantity::Quantity;
use super::super::{clause, subject, tokens, Antecedent, Extractor};
use super::Figures;
use crate::model::Lang;

impl Extractor {
    /// Rule `own_predicate_over_the_lent_topics`: "A cholera outbreak has killed 1,200
    /// people and infected more than 45,000": a figure that borrows only a noun that names no
    /// topic ("people") from an earlier figure, in a clause that names topics of its own,
    /// keeps those and drops the ones the earlier figure's clause lent it (no casualties).
    pub(super) fn own_predicate_over_the_lent_topics(
        &self,
        f: &mut Figures,
        q: &Quantity,
        noun: &str,
        lent: &[u32],
    ) {
        let lang = f.s.lang;
        let mut noun_ids = Vec::new();
        self.lexicon
            .topic_ids(noun.split_whitespace(), lang, &mut noun_ids);
        if !noun_ids.is_empty() {
            return;
        }
        let span = clause::span(f.toks, q.start, q.end, lang);
        let mut own = Vec::new();
        let words = clause::topic_words(f.toks, span, 0, f.title);
        self.lexicon
            .topic_ids(clause::outside_relatives(q.start, words), lang, &mut own);
        if let Some(b) = clause::borrowed_subject(f.toks, span, lang) {
            let words = clause::topic_words_in(f.toks, b, (b.0, span.1), 0, f.title);
            self.lexicon.topic_ids(words, lang, &mut own);
        }
        if !own.is_empty() {
            f.topic_ids
                .retain(|id| own.contains(id) || !lent.contains(id));
        }
    }
}

impl Figures<'_, '_> {
    /// Applies the borrowing rules to the topics of figure `q` (`topic_ids`, read from its
    /// own clause), given the figures remembered before it.
    pub(super) fn borrow_topics(
        &mut self,
        antecedents: &[Antecedent],
        q: &Quantity,
        subj: &subject::Subject,
        is_claim: bool,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        let lang = self.s.lang;
        let lexicon_ids = |phrase: &str| {
            let mut ids = Vec::new();
            lexicon.topic_ids(phrase.split_whitespace(), lang, &mut ids);
            ids
        };
        // Rule `pronoun_subject_borrows_topics`: "… the wildfire … It is 14% contained": a
        // measure in a clause whose subject is a pronoun and that names no topic is about
        // what the figure before it was about ("It also plans to close 3 campuses" counts a
        // noun of its own).
        // Rule `part_keeps_the_whole_s_topics`: "…cruzaron 520.000 migrantes; de ellos,
        // 113.000 eran niños": the part named by its predicate is about what the whole was.
        let part = || {
            subject::predicate_names_the_part(self.toks, q, lang)
                || subject::part_named_after_them(self.toks, q, lang).is_some()
        };
        self.part_of_which_keeps_the_whole_s_topics(antecedents, q);
        // A count of people after a pronoun subject borrows too ("It expects to fly 200
        // million people"); a count of a noun of its own does not ("3 campuses").
        let people = || {
            subject::head(&subj.phrase)
                .is_some_and(|h| crate::text::with_lower(&h, |l| generic_count_nouns().contains(l)))
        };
        // Rule `time_an_act_took_borrows_nothing`: "The coastguard rescued 31 people … It
        // took crews three hours to reach them", "Each rescue took about 9 hours": the time
        // an act took is the act's, not a figure of the story's events.
        let took = time_an_act_took(self.toks, q);
        if self.topic_ids.is_empty()
            && !took
            && ((q.unit.is_some() || people()) && pronoun_subject(self.toks, q, lang) || part())
        {
            if let Some(a) = antecedents.last() {
                self.topic_ids.clone_from(&a.topics);
            }
        }
        // Rules `opening_subject_continues_the_story`, `referent_adds_its_topics`.
        if is_claim && !took {
            self.continue_the_story(antecedents, q, lexicon);
        }
        // Rule `measure_noun_borrows_topics`: "… 98.4mm of rain … The average is 155mm",
        // "… defence spending to 2.5% of GDP … to aim for 5%": a figure whose phrase is only
        // a measure of another figure ("average", "total", "aim") and whose clause names no
        // topic is about what the nearest earlier figure of its unit was about.
        // A measure noun that names a topic of its own ("prices could hit $90") names what
        // is measured no better: the earlier figure's topics are added to its own.
        if is_claim && !antecedents.is_empty() {
            let scoped = |mut ids: Vec<u32>| {
                if let Some(scope) = measure_scope(self.toks, q) {
                    lexicon.topic_ids(scope.iter().map(|t| t.text), lang, &mut ids);
                }
                ids
            };
            if let Some(noun_ids) =
                measure_noun(&subj.phrase).then(|| scoped(lexicon_ids(&subj.phrase)))
            {
                let own_only = self.topic_ids.iter().all(|id| noun_ids.contains(id));
                if own_only {
                    if let Some(a) = antecedents.iter().rev().find(|a| a.unit == q.unit) {
                        for &id in &a.topics {
                            if !self.topic_ids.contains(&id) {
                                self.topic_ids.push(id);
                            }
                        }
                    }
                }
            }
        }
        // Rule `comparison_is_of_like_things`: "Mortgage approvals fell to 60,500 … Lenders
        // approved 3,700 fewer loans than in April": a figure compared ("N fewer … than")
        // whose clause names no topic counts what the nearest earlier figure of its unit did.
        if self.topic_ids.is_empty() && is_claim && compared_figure(self.toks, q) {
            if let Some(a) = antecedents.iter().rev().find(|a| a.unit == q.unit) {
                self.topic_ids.clone_from(&a.topics);
            }
        }
        // Rule `appositive_borrows_topics`: "… 229,751 asylum applications last year, a drop
        // of 30%": a verbless phrase set off by a comma that names no topic is about what the
        // figure before it was about.
        if self.topic_ids.is_empty() && is_claim && appositive_figure(self.toks, q, lang) {
            let n = self.list_topics.len();
            if n >= 2 {
                self.topic_ids.clone_from(&self.list_topics[n - 2].1);
                self.list_topics[n - 1].1.clone_from(&self.topic_ids);
            }
        }
        // Rule `appositive_share_keeps_the_whole_s_topics`: "la deuda pública cerró en 1,62
        // billones de euros, el 101,8% del PIB": a share of a base set off after a figure is
        // about what that figure was about as well as the base.
        if is_claim
            && q.unit.as_deref() == Some("percent")
            && subject::holds_a_share_base(&subj.phrase)
            && appositive_figure(self.toks, q, lang)
        {
            let n = self.list_topics.len();
            if n >= 2 {
                let before = self.list_topics[n - 2].1.clone();
                for id in before {
                    if !self.topic_ids.contains(&id) {
                        self.topic_ids.push(id);
                    }
                }
            }
        }
        self.topics_of_the_sentence_s_event(q, subj, is_claim, lexicon);
    }

    /// Rule `part_of_which_keeps_the_whole_s_topics` (see [`Figures::borrow_topics`]).
    fn part_of_which_keeps_the_whole_s_topics(&mut self, antecedents: &[Antecedent], q: &Quantity) {
        // Rule `part_of_which_keeps_the_whole_s_topics`: "…un presupuesto de 12.400
        // millones, de los cuales 3.100 millones irán a seguridad": a part of the whole named
        // before "de los cuales" is about the whole's topics as well as its own.
        // In English "of which"/"of whom", before the part ("a £12bn budget, of which £3bn
        // …") or right after it ("11 frigates, the first three of which will be built").
        let of_which_at = |k: usize| {
            self.toks[k].is("cuales")
                || self.toks[k].is("of")
                    && self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| t.is("which") || t.is("whom"))
        };
        let of_which = (q.start.saturating_sub(4)..q.start).any(of_which_at)
            || (q.end < self.toks.len() && of_which_at(q.end));
        // Rule `part_of_them_keeps_the_whole_s_topics`: "1,800 items had been stolen … So
        // far 626 of them have been returned", "about 3,000 of them have died": a count
        // right before "of them" ("de ellos") and a verb is a part of the nearest earlier
        // count, and about what that count was about as well as its own clause.
        // A part named by a noun after "of them" ("11 de ellos hondureños") is read by
        // `part_keeps_the_whole_s_topics`.
        // Rule `share_of_them_keeps_the_whole_s_topics`: "employs some 4 million workers,
        // 55% of them women", "murieron 1.050 personas, y el 35% de ellas eran
        // motociclistas": a share right before "of them" is a part of the nearest earlier
        // count (a figure of no unit), and about what that count was about as well as its
        // own words (which may name a topic of their own: "motociclistas").
        let share = q.unit.as_deref() == Some("percent");
        let of_them = (q.unit.is_none() || share)
            && of_them_after(self.toks, q, self.s.lang)
            && (share || subject::part_named_after_them(self.toks, q, self.s.lang).is_none());
        // Rule `included_part_keeps_the_whole_s_topics`: "… 626 of them have been
        // returned, including 268 that were recovered": a figure right after "including"
        // ("incluidos") is a part of the nearest earlier figure of its unit.
        let included = q.start > 0 && part_openers().contains(&self.toks[q.start - 1].low());
        let whole = if of_them && share {
            antecedents.iter().rev().find(|a| a.unit.is_none())
        } else if of_them || included {
            antecedents.iter().rev().find(|a| a.unit == q.unit)
        } else {
            antecedents.last().filter(|_| of_which)
        };
        if let Some(a) = whole {
            for &id in &a.topics {
                if !self.topic_ids.contains(&id) {
                    self.topic_ids.push(id);
                }
            }
        }
    }

    /// The last word on a figure's topics, from the event its sentence reports: the clause
    /// before ", lo que", the disaster or crash of the sentence, animals killed, a sentence
    /// for a charge, a person's age.
    fn topics_of_the_sentence_s_event(
        &mut self,
        q: &Quantity,
        subj: &subject::Subject,
        is_claim: bool,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        if self.topic_ids.is_empty() && is_claim {
            self.consequence_clause_reads_the_event_before(q, lexicon);
        }
        if is_claim {
            self.casualties_of_the_sentence_s_disaster(q, lexicon);
        }
        // Rule `animals_are_no_casualties`: "bird flu killed more than 30 million hens": a
        // count of animals killed is no casualty figure.
        let animals = subject::head(&subj.phrase)
            .is_some_and(|h| crate::text::with_lower(&h, |l| animal_nouns().contains(l)));
        if animals {
            if let Some(dead) = lexicon.id("casualties") {
                self.topic_ids.retain(|&id| id != dead);
            }
        }
        if is_claim {
            self.sentence_for_a_charge_is_crime(q, lexicon);
        }
        // An age lends no topic either: the figures after it read their own.
        if age_of_a_person(q, subj) || in_a_list_of_ages(self.toks, q) {
            self.topic_ids.clear();
            if is_claim {
                if let Some(last) = self.list_topics.last_mut() {
                    last.1.clear();
                }
            }
        }
    }
}

/// Tokens before a figure searched for the ", lo que" that opens its clause.
const CONSEQUENCE_REACH: usize = 20;

/// Clauses before the ", lo que" read back, nearest first, for the event it follows.
const CONSEQUENCE_CLAUSES_BACK: usize = 3;

impl Figures<'_, '_> {
    /// Rule `consequence_clause_reads_the_event_before`: "Volaris retirará 35 aviones …, lo
    /// que reducirá su capacidad en un 20%": a figure in a clause opened by ", lo que" / ",
    /// lo cual" (what the clause before it did) whose own clause names no topic is about
    /// the topics of the clause before the comma.
    fn consequence_clause_reads_the_event_before(
        &mut self,
        q: &Quantity,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        let lang = self.s.lang;
        // The nearest comma before the figure, within the reach, must open ", lo que".
        let lo = q.start.saturating_sub(CONSEQUENCE_REACH);
        let Some(k) = (lo..q.start).rev().find(|&k| self.toks[k].text == ",") else {
            return;
        };
        let opens = |i: usize, w: &str| self.toks.get(i).is_some_and(|t| t.is(w));
        // Rule `por_lo_que_is_a_consequence`: "aumentará 4.5% las tarifas de las autopistas,
        // por lo que cruzar a Acapulco costará 812 pesos": ", por lo que" opens a
        // consequence as ", lo que" does.
        let lo_at = if opens(k + 1, "por") { k + 2 } else { k + 1 };
        if k == 0 || !(opens(lo_at, "lo") && (opens(lo_at + 1, "que") || opens(lo_at + 1, "cual")))
        {
            return;
        }
        // Rule `consequence_of_a_described_event`: "Bolivia importa el 86% del diésel que
        // consume, lo que le cuesta 2.800 millones": when the clause right before the comma
        // is a relative ("que consume") that names no topic, the clause it describes does:
        // up to CONSEQUENCE_CLAUSES_BACK clauses are read back, nearest first, while each
        // opens on a relative pronoun.
        let mut end = k;
        for _ in 0..CONSEQUENCE_CLAUSES_BACK {
            let before = clause::span(self.toks, end - 1, end, lang);
            let found = self.topic_ids.len();
            let words = clause::topic_words(self.toks, before, 0, self.title);
            lexicon.topic_ids(words, lang, &mut self.topic_ids);
            // The relative pronoun opens the clause, or cuts it off just before it.
            let relative_at = |i: usize| {
                self.toks.get(i).is_some_and(|t| {
                    t.kind == tokens::Kind::Word && clause::relative_openers().contains(&t.low())
                })
            };
            let relative = relative_at(before.0) || before.0 > 0 && relative_at(before.0 - 1);
            if self.topic_ids.len() > found || before.0 == 0 || !relative {
                return;
            }
            end = before.0;
        }
    }
}

/// Tokens before a figure searched for a verb of sentencing, and after it for "por".
const SENTENCING_REACH: usize = 12;

impl Figures<'_, '_> {
    /// Rule `sentence_for_a_charge_is_crime`: "condenó a 30 años de prisión a cinco
    /// pandilleros por el asesinato de un conductor de autobús": a figure after a verb of
    /// sentencing (the term, or those sentenced) with the charge after "por" is about crime;
    /// the charge's victim ("conductor de autobús", "migrantes") and its harm lend it no topic.
    /// In English the charge follows "for" or "of" ("sentenced to minimum terms of 21 and 24
    /// years for the murder of a delivery rider", "convicted four officers of murdering").
    fn sentence_for_a_charge_is_crime(
        &mut self,
        q: &Quantity,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        let Some(crime) = lexicon.id("crime") else {
            return;
        };
        // The nearest verb of sentencing within reach; the clause is read only when there
        // is one.
        let reach = q.start.saturating_sub(SENTENCING_REACH)..q.start;
        let Some(verb) = reach
            .rev()
            .find(|&k| sentencing_verbs().contains(&self.toks[k].low()))
        else {
            return;
        };
        let span = clause::span(self.toks, q.start, q.end, self.s.lang);
        // A figure joined to the number before it ("terms of 21 and 24 years") shares that
        // number's clause.
        let joined = |k: usize| {
            let t = &self.toks[k];
            t.text == "," || t.is("and") || t.is("or") || t.is("y") || t.is("o")
        };
        let mut from = span.0;
        if from >= 2
            && from == q.start
            && joined(from - 1)
            && self.toks[from - 2].kind == tokens::Kind::Num
        {
            from = clause::span(self.toks, from - 2, from - 1, self.s.lang).0;
        }
        let sentenced = verb >= from;
        let hi = span.1.min(q.end + SENTENCING_REACH).min(self.toks.len());
        let charge = (q.end..hi).any(|k| match self.s.lang {
            Lang::Es => self.toks[k].is("por"),
            Lang::En => self.toks[k].is("for") || self.toks[k].is("of"),
        });
        if !(sentenced && charge) {
            return;
        }
        // Rule `labour_court_orders_are_no_crime`: "un juzgado de lo social condenó a Glovo a
        // pagar 57 millones … por no dar de alta a 10.600 repartidores": an order to pay in a
        // case about employment is a labour court's, no criminal sentence.
        let employment = lexicon.id("employment");
        let ordered_to_pay = (verb + 1..q.start.min(verb + 1 + PAYMENT_ORDER_REACH))
            .any(|k| payment_orders().contains(&self.toks[k].low()));
        if ordered_to_pay && employment.is_some_and(|id| self.topic_ids.contains(&id)) {
            self.topic_ids.retain(|&id| id != crime);
            return;
        }
        let drugs = lexicon.id("drugs");
        self.topic_ids
            .retain(|&id| id == crime || Some(id) == drugs);
        if !self.topic_ids.contains(&crime) {
            self.topic_ids.push(crime);
        }
    }
}

/// Tokens after a verb of sentencing searched for the verb of an order to pay ("condenó a
/// Glovo a pagar").
const PAYMENT_ORDER_REACH: usize = 4;

crate::word_set!(
    /// Verbs of an order to pay or to make good ("pay", "pagar", "indemnizar"): rule
    /// `labour_court_orders_are_no_crime`.
    payment_orders,
    "en/payment_orders.txt",
    "es/payment_orders.txt",
);

crate::word_set!(
    /// Verbs of sentencing ("sentenced", "jailed", "condenó", "sentenciados").
    sentencing_verbs,
    "en/sentencing_verbs.txt",
    "es/sentencing_verbs.txt",
);

/// Tokens either side of a casualty figure searched for the disaster its sentence names.
const DISASTER_REACH: usize = 40;

impl Figures<'_, '_> {
    /// Rule `casualties_of_the_sentence_s_disaster`: "Floods in Assam have affected 2.1
    /// million people …, and the death toll has risen to 52": a count of the dead or hurt in
    /// a sentence that names a disaster (within [`DISASTER_REACH`]) is that disaster's.
    fn casualties_of_the_sentence_s_disaster(
        &mut self,
        q: &Quantity,
        lexicon: &crate::extract::topics::Lexicon,
    ) {
        let Some(dead) = lexicon.id("casualties") else {
            return;
        };
        // Rule `casualties_of_the_sentence_s_crash`: "Five people died when a minibus taxi
        // collided with a truck": the dead of a road, rail or air accident are that
        // accident's, as a disaster's are.
        let causes = ["disasters", "transport"].map(|t| lexicon.id(t));
        if !self.topic_ids.contains(&dead)
            || causes.iter().flatten().all(|c| self.topic_ids.contains(c))
        {
            return;
        }
        let reach = (
            q.start.saturating_sub(DISASTER_REACH),
            self.toks.len().min(q.end + DISASTER_REACH),
        );
        let mut ids = Vec::new();
        let words = clause::topic_words(self.toks, reach, 0, self.title);
        lexicon.topic_ids(words, self.s.lang, &mut ids);
        // A transport word names the cause only beside a word of a crash ("a bus plunged
        // into a ravine, killing 25"), and a count of travellers or flights before the
        // figure names none ("300 flights were cancelled at the airport, and 7 people were
        // killed" in a storm).
        let mut own_ids = Vec::new();
        if (reach.0..reach.1).any(|k| crash_words().contains(&self.toks[k].low())) {
            let words = clause::topic_words(self.toks, reach, q.start, self.title);
            lexicon.topic_ids(words, self.s.lang, &mut own_ids);
        }
        let [disaster, transport] = causes;
        for (cause, named) in [(disaster, &ids), (transport, &own_ids)] {
            if let Some(cause) = cause.filter(|c| named.contains(c)) {
                if !self.topic_ids.contains(&cause) {
                    self.topic_ids.push(cause);
                }
            }
        }
    }
}

crate::word_set!(
    /// Words of a road, rail, sea or air accident ("crashed", "derailed", "capsized"): rule
    /// `casualties_of_the_sentence_s_crash`.
    crash_words,
    "en/crash_words.txt",
);

crate::word_set!(
    /// Nouns a count may count in any story ("people", "residents").
    generic_count_nouns,
    "en/generic_count_nouns.txt",
);

crate::word_set!(
    /// Animals a figure may count ("hens", "cattle").
    animal_nouns,
    "en/animal_nouns.txt",
);

crate::word_set!(
    /// Nouns for people whose age a figure in years may give ("un adolescente de 15 años").
    person_nouns,
    "en/person_nouns.txt",
    "es/person_nouns.txt"
);

/// Rule `ages_name_no_topic`: an age is about a person, not about what the sentence tells of
/// them ("Un adolescente de 15 años fue detenido por el asesinato de …": no casualty figure):
/// an age set off by commas, written as a compound ("48-year-old"), named as an age ("died
/// aged 91", "at the age of 76") or in years after a noun for a person takes no topic.
fn age_of_a_person(q: &Quantity, subj: &subject::Subject) -> bool {
    // "has died aged 91", "died at the age of 76": an age at death is the person's, no
    // casualty figure (written with or without "years").
    let named_age = subject::head(&subj.text).is_some_and(|h| h == "age" || h == "aged")
        || subj
            .text
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("aged"));
    let years = q.unit.as_deref() == Some("year") || q.unit.is_none() && named_age;
    if !years || q.value >= 120.0 {
        return false;
    }
    let written_as_age = subj
        .figure
        .as_deref()
        .is_some_and(|f| f.ends_with("-year-old") || f.ends_with(" años:"));
    written_as_age
        || named_age
        || subject::head(&subj.phrase)
            .is_some_and(|h| crate::text::with_lower(&h, |l| person_nouns().contains(l)))
}

crate::word_set!(
    /// Words that open a list of ages ("aged 24, 31 and 55").
    age_list_openers,
    "en/age_openers.txt",
);

/// Tokens looked back from a figure for the opener of the list of ages it ends.
const AGE_LIST_REACH: usize = 12;

/// Rule `ages_in_a_list`: "three men, aged 24, 31 and 55, were charged": every figure of a
/// list after "aged" is an age (the first is read as one by `ages_name_no_topic`): back over
/// figures, commas and "and"/"or" only, within [`AGE_LIST_REACH`], to "aged".
fn in_a_list_of_ages(toks: &[tokens::Tok], q: &Quantity) -> bool {
    if q.unit.is_some() {
        return false;
    }
    for k in (q.start.saturating_sub(AGE_LIST_REACH)..q.start).rev() {
        let t = &toks[k];
        if t.kind == tokens::Kind::Word && age_list_openers().contains(&t.low()) {
            return k + 1 < q.start && toks[k + 1].kind == tokens::Kind::Num;
        }
        let in_list = t.kind == tokens::Kind::Num || t.text == "," || t.is("and") || t.is("or");
        if !in_list {
            return false;
        }
    }
    false
}

crate::word_set!(
    /// Pronouns that stand for a thing named before ("It is 14% contained").
    stand_in_pronouns,
    "en/stand_in_pronouns.txt",
);

/// True when the clause of figure `q` opens on a pronoun that stands for a thing ("It is 14%
/// contained", "They will not accept 3%").
fn pronoun_subject(toks: &[tokens::Tok], q: &Quantity, lang: crate::model::Lang) -> bool {
    if lang != Lang::En {
        return false;
    }
    let (start, _) = clause::span(toks, q.start, q.end, lang);
    let first = (start..q.start).find(|&k| toks[k].kind == tokens::Kind::Word);
    let pronoun = |k: usize| stand_in_pronouns().contains(&toks[k].low());
    // Rule `pronoun_of_the_infinitive`: "Economists expect it to peak at 5.2%": the pronoun
    // before "to" is the subject of the figure's verb.
    let of_the_infinitive =
        || (start..q.start.saturating_sub(1)).any(|k| pronoun(k) && toks[k + 1].is("to"));
    first.is_some_and(pronoun) || of_the_infinitive()
}

/// True when the figure stands in a verbless phrase set off by a comma, with no figure
/// before it there (", up 48% on the same period", ", a drop of 30%", ", worth A$1.2bn").
fn appositive_figure(toks: &[tokens::Tok], q: &Quantity, lang: crate::model::Lang) -> bool {
    // No comma before the figure, no phrase set off by one (and no clause span to read).
    if !toks[..q.start].iter().any(|t| t.text == ",") {
        return false;
    }
    let (start, end) = clause::span(toks, q.start, q.end, lang);
    // Rule `value_participle_is_appositive`: ", valued at ₹240 crore", ", priced at £5": a
    // participle of value that opens the phrase makes no clause of it.
    let valued = || {
        toks.get(start)
            .is_some_and(|t| t.kind == tokens::Kind::Word && value_participles().contains(&t.low()))
            && (start + 1..end).all(|k| {
                toks[k].kind != tokens::Kind::Word || !subject::words::is_verb(&toks[k].low(), lang)
            })
    };
    // Rule `source_phrase_is_no_appositive`: ", according to a survey of 1,600 adults": a
    // figure of the source is the source's, not about what the figure before it was.
    let source = toks.get(start).is_some_and(|t| {
        t.kind == tokens::Kind::Word && source_phrase_openers().contains(&t.low())
    });
    // Rule `change_phrase_is_appositive`: ", a 4% fall,": an article, the figure and a noun
    // of change that ends the phrase make no clause, though the noun is also a verb.
    let change = || {
        toks.get(start)
            .is_some_and(|t| indefinite_articles().contains(&t.low()))
            && q.end + 1 == end
            && toks
                .get(q.end)
                .is_some_and(|t| appositive_changes().contains(&t.low()))
    };
    start > 0
        && toks[start - 1].text == ","
        && !source
        && (clause::verbless(toks, (start, end), lang) || valued() || change())
        && !(start..q.start).any(|k| toks[k].kind == tokens::Kind::Num)
}

crate::word_set!(
    /// Nouns of a change that end an appositive ("a 4% fall"): rule
    /// `change_phrase_is_appositive`.
    appositive_changes,
    "en/appositive_changes.txt",
    "es/appositive_changes.txt",
);

crate::word_set!(
    /// Indefinite articles ("a", "una"): rule `change_phrase_is_appositive`.
    indefinite_articles,
    "en/indefinite_articles.txt",
    "es/indefinite_articles.txt",
);

crate::word_set!(
    /// Words that open a phrase naming a claim's source (", according to …", ", según …").
    source_phrase_openers,
    "en/source_phrase_openers.txt",
    "es/source_phrase_openers.txt",
);

crate::word_set!(
    /// Participles that set a value beside the thing before them (", valued at …").
    value_participles,
    "en/value_participles.txt",
);

crate::word_set!(
    /// Nouns that name a measure of what another figure counts ("average", "total", "aim").
    measure_nouns,
    "en/measure_nouns.txt",
);

crate::word_set!(
    /// Words that open a measure noun's scope ("the total for the outbreak", "the average
    /// this year"): rule `measure_noun_with_its_scope`.
    measure_scope_openers,
    "en/measure_scope_openers.txt",
);

/// Tokens a measure noun's scope phrase runs over before figure `q`.
const MEASURE_SCOPE_REACH: usize = 8;

/// The words of the scope of a measure noun standing before figure `q` ("the total for the
/// outbreak to 203": "for the outbreak"), which name no topic of what is measured (rule
/// `measure_noun_with_its_scope`).
fn measure_scope<'t, 'a>(
    toks: &'t [tokens::Tok<'a>],
    q: &Quantity,
) -> Option<&'t [tokens::Tok<'a>]> {
    let lo = q.start.saturating_sub(MEASURE_SCOPE_REACH);
    let k = (lo..q.start.saturating_sub(1)).rev().find(|&k| {
        crate::text::with_lower(toks[k].text, |l| measure_nouns().contains(l))
            && crate::text::with_lower(toks[k + 1].text, |l| measure_scope_openers().contains(l))
    })?;
    Some(&toks[k + 1..q.start])
}

/// True when a phrase is one measure noun ("average", "the total"), alone or with a phrase of
/// its scope after it. Rule `measure_noun_with_its_scope`: "bringing the total for the
/// outbreak to 203", "the average so far this year": what the scope names (the outbreak, the
/// year) is when or where the measure is taken, not what it measures.
fn measure_noun(phrase: &str) -> bool {
    let determiner = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "its" | "their"
        )
    };
    // Rule `place_before_a_measure_noun`: "In London the figure is 73.3%": a place the
    // sentence opens on, before the measure's determiner, frames the measure; "the figure"
    // is still all the phrase names ("Electricity prices" is no place).
    let mut all = phrase.split_whitespace().peekable();
    while let Some(w) = all.peek() {
        let name = w.starts_with(char::is_uppercase) && !determiner(w);
        if !name {
            break;
        }
        let mut rest = all.clone();
        rest.next();
        if !rest
            .peek()
            .is_some_and(|n| determiner(n) || n.starts_with(char::is_uppercase))
        {
            break;
        }
        all.next();
    }
    let mut words = all.filter(|w| !determiner(w));
    let first = words.next();
    words
        .next()
        .is_none_or(|w| crate::text::with_lower(w, |l| measure_scope_openers().contains(l)))
        && first.is_some_and(|w| crate::text::with_lower(w, |l| measure_nouns().contains(l)))
}

crate::word_set!(
    /// Comparatives right after a figure that compare it with another ("3,700 fewer loans
    /// than …").
    count_comparatives,
    "en/count_comparatives.txt",
);

/// Tokens after a figure's comparative searched for its "than".
const THAN_REACH: usize = 4;

/// True when figure `q` is followed by a comparative and, within [`THAN_REACH`], "than".
fn compared_figure(toks: &[tokens::Tok], q: &Quantity) -> bool {
    toks.get(q.end)
        .is_some_and(|t| t.kind == tokens::Kind::Word && count_comparatives().contains(&t.low()))
        && (q.end + 1..toks.len().min(q.end + 1 + THAN_REACH)).any(|k| toks[k].is("than"))
}

/// True when "of them" ("de ellos", "of these") follows figure `q` (rule
/// `part_of_them_keeps_the_whole_s_topics`).
fn of_them_after(toks: &[tokens::Tok], q: &Quantity, lang: Lang) -> bool {
    let (Some(of), Some(them)) = (toks.get(q.end), toks.get(q.end + 1)) else {
        return false;
    };
    match lang {
        Lang::En => of.is("of") && (them.is("them") || them.is("these") || them.is("those")),
        Lang::Es => of.is("de") && (them.is("ellos") || them.is("ellas")),
    }
}

crate::word_set!(
    /// Words right before a figure that make it a part of the figure before ("including"):
    /// rule `included_part_keeps_the_whole_s_topics`.
    part_openers,
    "en/part_openers.txt",
    "es/part_openers.txt",
);

crate::word_set!(
    /// Verbs of the time an act takes ("took", "tardó"): rule
    /// `time_an_act_took_borrows_nothing`.
    time_taking_verbs,
    "en/time_taking_verbs.txt",
    "es/time_taking_verbs.txt",
);

/// Tokens between a verb of taking time and its duration ("took crews about three hours").
const TIME_TAKEN_REACH: usize = 3;

/// Whether figure `q` is a span of time a verb of taking time (within [`TIME_TAKEN_REACH`]
/// before it) says a named act took (rule `time_an_act_took_borrows_nothing`).
fn time_an_act_took(toks: &[tokens::Tok], q: &Quantity) -> bool {
    let span_of_time = matches!(
        q.unit.as_deref(),
        Some("second" | "minute" | "hour" | "day" | "week" | "month" | "year")
    );
    let Some(verb) = (q.start.saturating_sub(TIME_TAKEN_REACH)..q.start).find(|&k| {
        toks[k].kind == tokens::Kind::Word && time_taking_verbs().contains(&toks[k].low())
    }) else {
        return false;
    };
    // The act is named: by an infinitive after the time ("took crews three hours to reach
    // them", "tardaron tres horas en llegar") or by the verb's subject ("Each rescue took");
    // "it took 3 days" is the story's own time.
    let infinitive = toks.get(q.end).is_some_and(|t| t.is("to") || t.is("en"));
    let named_subject = verb > 0
        && toks[verb - 1].kind == tokens::Kind::Word
        && !stand_in_pronouns().contains(&toks[verb - 1].low());
    span_of_time && (infinitive || named_subject)
}
