//! Clauses: the stretch of a sentence a figure belongs to, cut at clause punctuation and at
//! words that join clauses ("and", "while", "mientras", "que"), and the words in it that may
//! name a topic (proper names left out: "Casa Blanca", "Home Office", "Social Security").

use crate::extract::lexicon::shared::irregular_participles;
use crate::extract::subject::words::{auxiliaries, is_stopword, is_verb, prepositions};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

mod participle;
mod topic_senses;
mod topic_words;

pub use participle::participle_main_clause;
use topic_words::event_kinds;
pub use topic_words::{
    in_name, in_other_relative, outside_relatives, share_base, title_case, topic_words,
    topic_words_in,
};

word_set!(
    /// Words that open a new clause: a figure's topics and attribution stop there.
    clause_openers,
    "en/clause_openers.txt",
    "es/clause_openers.txt"
);

word_set!(
    /// Conjunctions that join two predicates of one subject ("lasted 11 days and cost £30m").
    coordinators,
    "en/coordinators.txt",
    "es/coordinators.txt",
);

/// Rule `coordinated_count_keeps_its_noun`: "dejó 1.830 casos confirmados y tres muertes",
/// "1,200 cases and 30 deaths": a count with a noun of its own, joined by a coordinator to a
/// later count of its clause, takes no topic from that count's noun; the words after that
/// noun (a predicate they share: "two men and three women were arrested") still count. The
/// tokens of the coordinator, the later number and its noun, or None. `noun_at(k)` says
/// whether token `k` is a content word.
pub fn coordinated_count(
    toks: &[Tok],
    figure_end: usize,
    span_end: usize,
    noun_at: impl Fn(usize) -> bool,
) -> Option<std::ops::Range<usize>> {
    if !noun_at(figure_end) {
        return None;
    }
    let number = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num
                || t.kind == Kind::Word && crate::extract::numbers::is_number_word(&t.low())
        })
    };
    // The coordinator after the figure's own noun phrase (at most three words on).
    let c = (figure_end + 1..span_end.min(figure_end + 4)).find(|&k| {
        toks[k].kind == Kind::Word && coordinators().contains(&toks[k].low()) && number(k + 1)
    })?;
    let mut k = c + 1;
    while k < span_end && number(k) {
        k += 1;
    }
    (k < span_end && noun_at(k)).then_some(c..k + 1)
}

word_set!(
    /// Relative pronouns that open a clause set off by commas ("which", "who", "que").
    pub relative_openers,
    "en/relative_pronouns.txt",
    "es/relative_pronouns.txt",
);

word_set!(
    /// Words that open an age ("aged 34"): an appositive's participle, not a clause's verb.
    age_openers,
    "en/age_openers.txt",
);

word_set!(
    /// Prepositions of time that open a clause only before a verb ("tras anunciar el plan"),
    /// not before an article ("tras el terremoto" is a phrase of the clause).
    verbal_openers,
    "es/verbal_openers.txt"
);

word_set!(
    /// Articles after which a verbal opener opens no clause.
    opener_articles,
    "es/definite_articles.txt",
    "es/singular_articles.txt"
);

/// True when token `t` ends a clause as punctuation.
fn clause_punct(t: &Tok) -> bool {
    t.kind == Kind::Punct
        && matches!(
            t.text,
            "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\""
        )
}

/// Words looked back from an "and" for the "between" it pairs with.
const BETWEEN_REACH: usize = 4;

/// True when token `i` opens a new clause; "and"/"y" only before a verb or a figure ("killed
/// 14 people and left 200,000 homes", "… and 25% on the rest", not "Canada and the United
/// States").
fn opens_clause(toks: &[Tok], i: usize, lang: Lang) -> bool {
    let t = &toks[i];
    if clause_punct(t) {
        return true;
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.low();
    if w == "and" || w == "y" {
        // Rule `between_pairs_its_and`: "cut the journey between Mexico City and Toluca to 39
        // minutes": the "and" of "between X and Y" joins the two ends, no clauses.
        let between = (i.saturating_sub(BETWEEN_REACH)..i)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| toks[k].is("between") || toks[k].is("entre"));
        if between {
            return false;
        }
        // "… 10% on energy imports and 25% on everything else": a list item of its own.
        // Rule `and_opens_a_list_item`: "… y daños en 300 viviendas", "y del 50% al acero":
        // a figure within three words after "and", no verb between, opens an item too.
        // A currency sign glued to its digits ("and £1.5bn for prisons") is part of the figure.
        let sign = |k: usize| {
            !clause_punct(&toks[k])
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
        };
        // Rule `gapped_item`: "… bajaron 18% y los hurtos, 7%": a comma right before a figure
        // stands for the verb left out, and the item runs on to it.
        let gap =
            |k: usize| toks[k].text == "," && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num);
        let item = (i + 1..toks.len().min(i + 5))
            .take_while(|&k| toks[k].kind != Kind::Punct || sign(k) || gap(k))
            .take_while(|&k| {
                // "and is 30% contained": an auxiliary keeps the clause's subject.
                let w = toks[k].low();
                toks[k].kind == Kind::Num || !is_verb(&w, lang) && !auxiliaries().contains(&w)
            })
            .any(|k| toks[k].kind == Kind::Num);
        return item
            || toks
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Word && is_verb(&n.low(), lang));
    }
    // Rule `preposition_before_an_article_opens_no_clause`: "quedaron inhabitables tras el
    // terremoto": the earthquake belongs to the figure's clause (and names its topic).
    if verbal_openers().contains(&w) {
        return !toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && opener_articles().contains(&n.low()));
    }
    if w == "to" {
        return lang == Lang::En && purpose_infinitive(toks, i);
    }
    if lang == Lang::En && verbal_subordinators().contains(&w) {
        return subordinate_clause(toks, i);
    }
    if lang == Lang::En && w == "by" {
        return means_clause(toks, i);
    }
    clause_openers().contains(&w)
}

word_set!(
    /// Conjunctions that open a clause only before a subject and its verb ("since", "as").
    verbal_subordinators,
    "en/verbal_subordinators.txt",
);

word_set!(
    /// Function words that may open a subordinate clause's subject ("the", "it").
    subject_openers,
    "en/subject_openers.txt",
);

/// Words after a subordinator searched for its clause's verb.
const SUBORDINATE_REACH: usize = 6;

/// Where the clause joined by ", and" nearest before the figure at token `figure` starts,
/// inside the clause `(start, _)` (rule `coordinated_clause_keeps_its_own_topics`), if any.
pub fn coordinated_clause_start(
    toks: &[Tok],
    (start, _): (usize, usize),
    figure: usize,
) -> Option<usize> {
    (start + 1..figure)
        .rev()
        .find(|&k| {
            toks[k - 1].text == "," && toks[k].kind == Kind::Word && coordinating(&toks[k].low())
        })
        .map(|k| k + 1)
}

/// Rule `subordinate_clause_opens_a_clause`: "The club has cut 250 staff since Jim Ratcliffe
/// bought a 27.7% stake", "laid off 24,000 employees … as funding fell to $7.2 billion": a
/// conjunction of time or cause before a subject and its verb (within
/// [`SUBORDINATE_REACH`] words, no punctuation between) opens a clause of its own, whose
/// figures are about what it names, not what the main clause does. Before a date, a figure
/// or a verb ("since August", "as many as 300", "as expected") it opens none.
fn subordinate_clause(toks: &[Tok], i: usize) -> bool {
    let Some(next) = toks.get(i + 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let first = next.low();
    let subject = subject_openers().contains(&first)
        || !is_stopword(&first)
            && !is_verb(&first, Lang::En)
            && !crate::extract::numbers::is_number_word(&first);
    subject
        && (i + 2..toks.len().min(i + 2 + SUBORDINATE_REACH))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| {
                let w = toks[k].low();
                is_verb(&w, Lang::En)
                    || auxiliaries().contains(&w)
                    || irregular_participles().contains(&w)
            })
}

/// Rule `clause_reads_its_cause`: "The airline canceled 850 flights on Tuesday as pilots
/// walked out over pay": the clause before a subordinate clause of time or cause reads it
/// (the walkout is the cancellations' cause), as it reads an event after "after" (rule
/// `event_after_opener`); the figures of the subordinate clause read only it. True when token
/// `k`, where a clause would end, opens such a subordinate clause.
fn cause_after(toks: &[Tok], k: usize, lang: Lang) -> bool {
    lang == Lang::En
        && toks[k].kind == Kind::Word
        && verbal_subordinators().contains(&toks[k].low())
}

word_set!(
    /// Words that open the object of "by" and a verb in "-ing" ("by walking 100 laps").
    means_objects,
    "en/means_objects.txt",
);

/// Rule `means_clause_opens_a_clause`: "raised £32.8m for NHS charities by walking 100 laps
/// of his garden": "by" before a verb in "-ing" and its object (a figure or a determiner)
/// opens the clause of the means, whose figures are not about what the main clause names
/// (the laps are no health figure).
fn means_clause(toks: &[Tok], i: usize) -> bool {
    let gerund = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Word && t.text.len() > 5 && t.low().ends_with("ing"));
    let object = toks.get(i + 2).is_some_and(|t| {
        t.kind == Kind::Num
            || t.kind == Kind::Word && means_objects().contains(&t.low())
            || toks
                .get(i + 3)
                .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
    });
    gerund && object
}

word_set!(
    /// Verbs of a purpose clause after "to" ("to close a gap", "to fund 3,000 posts").
    purpose_verbs,
    "en/purpose_verbs.txt",
);

word_set!(
    /// Words that open a purpose verb's object ("a", "the", "its").
    purpose_objects,
    "en/purpose_objects.txt",
);

/// Rule `purpose_infinitive_opens_a_clause`: "will cut 450 teaching jobs to close a $91
/// million budget gap": "to" after a noun and before a verb of purpose and its object opens
/// the clause of the purpose, whose figures are about what it names (the gap is no
/// employment figure, the jobs no budget one). "to" after a verb ("plans to close 12
/// schools") or before a figure's place ("fell 3% to close at 120p") opens none.
fn purpose_infinitive(toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word);
    let after_noun = i > 0
        && word(i - 1).is_some_and(|t| {
            let w = t.low();
            !is_verb(&w, Lang::En) && !auxiliaries().contains(&w)
        });
    // The object opens on a determiner or a figure (a currency sign glued to its digits).
    let figure = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == Kind::Num)
            || toks
                .get(k + 1)
                .is_some_and(|n| n.kind == Kind::Num && !n.space_before)
    };
    let object = figure(i + 2) || word(i + 2).is_some_and(|t| purpose_objects().contains(&t.low()));
    after_noun && object && word(i + 1).is_some_and(|t| purpose_verbs().contains(&t.low()))
}

/// The token range `[start, end)` of the clause holding tokens `[from, to)`.
pub fn span(toks: &[Tok], from: usize, to: usize, lang: Lang) -> (usize, usize) {
    let mut start = from;
    while start > 0 && !opens_clause(toks, start - 1, lang) {
        start -= 1;
    }
    // Rule `gapped_item`: the figure right after the comma of "y los hurtos, 7%" belongs to
    // the item its "y" opened.
    if start == from && start > 1 && toks[start - 1].text == "," {
        let mut p = start - 1;
        while p > 0 && !opens_clause(toks, p - 1, lang) {
            p -= 1;
        }
        let joined = p > 1 && p + 1 < start && (toks[p - 1].is("y") || toks[p - 1].is("and"));
        if joined {
            start = p - 1;
        }
    }
    let mut end = to;
    while end < toks.len() && (!opens_clause(toks, end, lang) || cause_after(toks, end, lang)) {
        end += 1;
    }
    let end = restrictive_relative(toks, to, end, lang);
    let end = event_after_opener(toks, end);
    comparison_side(toks, appositive_head(toks, (start, end), lang), (from, to))
}

word_set!(
    /// Openers of time after which a named event causes the clause before ("after").
    event_openers,
    "en/event_openers.txt",
);

/// The words a clause without a subject of its own reads its subject from, if any:
/// - rule `coordinated_predicate`: "The strike lasted 11 days and cost the company £30m": a
///   clause that opens on a verb after "and" shares the subject of the clause before it (its
///   words up to its first verb);
/// - rule `relative_reads_its_antecedent`: "the walkout by resident doctors, which lasted five
///   days": a relative clause after a comma is about the noun phrase before the comma (back
///   to the verb or clause boundary before it);
/// - rule `source_between_subject_and_verb`: "while inflation, according to the ONS, held at
///   3.4%": so is a clause after a source set off by commas.
pub fn borrowed_subject(
    toks: &[Tok],
    (start, _): (usize, usize),
    lang: Lang,
) -> Option<(usize, usize)> {
    if start < 2 {
        return None;
    }
    let word = |k: usize| toks[k].kind == Kind::Word;
    let prev = toks[start - 1].low();
    if word(start - 1) && coordinating(&prev) && word(start) && is_verb(&toks[start].low(), lang) {
        return subject_of_predicates(toks, start - 1, lang);
    }
    // Rule `source_between_subject_and_verb`: "while inflation, according to the ONS, held
    // at 3.4%": the clause after the source reads its subject before the source's comma.
    let source_comma = (toks[start - 1].text == ",")
        .then(|| {
            (start.saturating_sub(12)..start - 1).rev().find(|&c| {
                toks[c].text == "," && toks.get(c + 1).is_some_and(|t| t.is("according"))
            })
        })
        .flatten();
    // The words before the comma, back to a clause's opening or a verb.
    let before_comma = |comma: usize| {
        let mut from = comma;
        while from > 0
            && !opens_clause(toks, from - 1, lang)
            && !(word(from - 1) && is_verb(&toks[from - 1].low(), lang))
        {
            from -= 1;
        }
        (from < comma).then_some((from, comma))
    };
    if let Some(comma) = source_comma {
        return before_comma(comma);
    }
    // Rule `appositive_between_subject_and_verb`: "La Línea 7 del Metro, de 26 kilómetros y
    // 19 estaciones, costará 2.528 millones": a clause that opens on its verb after a
    // verbless phrase set off by commas reads its subject before that phrase.
    // In English the phrases may be several ("The ringleader, Darren Price, 47, received 18
    // years"): the subject stands before the first of them.
    if toks[start - 1].text == "," && word(start) && is_verb(&toks[start].low(), lang) {
        let mut commas = (start.saturating_sub(12)..start - 1)
            .rev()
            .take_while(|&k| !word(k) || !is_verb(&toks[k].low(), lang))
            .filter(|&k| toks[k].text == ",");
        let open = match lang {
            Lang::Es => commas.next(),
            _ => commas.last(),
        };
        if let Some(open) = open {
            return before_comma(open);
        }
        // Rule `relative_between_subject_and_verb`: "El incendio en Viña del Mar, que dejó
        // 137 fallecidos, destruyó unas 7.000 viviendas": a relative clause set off by commas
        // between a subject and its verb; the clause after it reads the subject before it.
        let relative = (start.saturating_sub(RELATIVE_REACH)..start - 1)
            .rev()
            .find(|&k| toks[k].text == ",")
            .filter(|&c| {
                toks.get(c + 1)
                    .is_some_and(|t| relative_openers().contains(&t.low()))
            });
        if let Some(c) = relative.filter(|_| lang == Lang::Es) {
            return before_comma(c);
        }
    }
    if toks[start - 2].text == "," && word(start - 1) && relative_openers().contains(&prev) {
        return before_comma(start - 2);
    }
    // Rule `restrictive_relative_reads_its_noun`: "la Fiscalía pide penas que
    // suman 230 años": a relative clause with no comma is about the noun right before "que"
    // (no verb, function word or name: "dijo que", "más que", "Estados Unidos que").
    let noun_before = word(start - 2)
        && !toks[start - 2].is_capitalized()
        && !is_verb(&toks[start - 2].low(), lang)
        && !is_stopword(&toks[start - 2].low());
    // In English ("temperatures that reached 51.8C"), "that" also opens what a noun says
    // ("the warning that 300 jobs…"): only before a verb.
    let relative = match lang {
        Lang::Es => relative_openers().contains(&prev),
        Lang::En => {
            restrictive_relatives().contains(&prev)
                && word(start)
                && (is_verb(&toks[start].low(), lang) || auxiliaries().contains(&toks[start].low()))
        }
    };
    if word(start - 1) && relative && noun_before {
        return Some((start - 2, start - 1));
    }
    // Rule `predicate_list_shares_the_subject`: "The fire has burned 23,000 acres, destroyed
    // 6,837 structures and was 49% contained": a clause that opens on a verb after a comma
    // (no verb of speech: ", said the minister") is a predicate of the subject before.
    let listed = toks[start - 1].text == ","
        && lang == Lang::En
        && word(start)
        && is_verb(&toks[start].low(), lang)
        && !speech_verbs().contains(&toks[start].low());
    if listed {
        return subject_of_predicates(toks, start - 1, lang);
    }
    None
}

word_set!(
    /// Words opening a relative clause with no comma ("temperatures that reached 51.8C").
    restrictive_relatives,
    "en/restrictive_relatives.txt",
);

word_set!(
    /// Verbs of speech, which open no predicate of the subject before them (", said …").
    speech_verbs,
    "en/speech_verbs.txt",
);

/// Tokens before a clause searched for the comma that opens a relative clause between its
/// subject and its verb.
const RELATIVE_REACH: usize = 16;

/// Segments looked back over for the subject of a list of predicates.
const PREDICATE_LIST_REACH: usize = 3;

/// The subject of the predicates before token `end` (a joiner or a comma): the words before
/// the first verb of the segment before it; a segment with no verb (an appositive: ", the
/// second-worst season on record,") or that opens on its verb (an earlier predicate of the
/// list) passes the search to the segment before it, within [`PREDICATE_LIST_REACH`].
fn subject_of_predicates(toks: &[Tok], mut end: usize, lang: Lang) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].kind == Kind::Word;
    for _ in 0..PREDICATE_LIST_REACH {
        let from = segment_start(toks, end, lang);
        let verb = (from..end).find(|&k| {
            word(k) && (is_verb(&toks[k].low(), lang) || auxiliaries().contains(&toks[k].low()))
        });
        match verb {
            Some(v) if v > from => return Some((from, v)),
            _ if from > 1
                && (toks[from - 1].text == "," || coordinating(&toks[from - 1].low())) =>
            {
                end = from - 1;
            }
            _ => return None,
        }
    }
    None
}

/// "and" (or "y") between two clauses.
pub(crate) fn coordinating(w: &str) -> bool {
    coordinators().contains(w)
}

/// Rule `restrictive_relative`: "41 people who were hospitalized": a relative clause right
/// after the figure's noun, with no comma, restricts what is counted and belongs to its
/// clause (up to the next clause boundary).
fn restrictive_relative(toks: &[Tok], to: usize, end: usize, lang: Lang) -> usize {
    let restricts = end > to
        && end <= to + 4
        && toks[end - 1].kind == Kind::Word
        && toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Word && relative_openers().contains(&t.low()));
    if restricts {
        segment_end(toks, end + 1, lang)
    } else {
        end
    }
}

/// Rule `event_after_opener`: an event named right after the time opener that ends a clause
/// ("180,000 homes were left without power after Storm Darragh hit", "… before the
/// hurricane", "dams are at 96% of capacity after the wettest July") is the clause's cause: the clause reaches over the opener to the event's noun
/// and name, and no further.
fn event_after_opener(toks: &[Tok], end: usize) -> usize {
    if !toks
        .get(end)
        .is_some_and(|t| t.kind == Kind::Word && event_openers().contains(&t.low()))
    {
        return end;
    }
    let mut k = end + 1;
    if toks.get(k).is_some_and(|t| t.is("the") || t.is("a")) {
        k += 1;
    }
    let word = |k: usize, set: &dyn Fn(&str) -> bool| {
        toks.get(k)
            .is_some_and(|t| t.kind == Kind::Word && set(&t.low()))
    };
    // A weather record of a period is an event too ("after the wettest July", "the driest
    // summer"; never "the hottest new phone").
    let record = word(k, &|w| record_superlatives().contains(w))
        && toks.get(k + 1).is_some_and(|n| {
            n.is_capitalized() || n.kind == Kind::Word && record_periods().contains(&n.low())
        });
    if !record && !word(k, &|w| event_kinds().contains(w)) {
        return end;
    }
    k += 1;
    if record && word(k, &|w| record_periods().contains(w)) {
        k += 1;
    }
    while toks.get(k).is_some_and(Tok::is_capitalized) {
        k += 1;
    }
    k
}

/// Tokens a sentence's opening phrase may hold for rule `fronted_event_sets_the_scene`.
const FRONTED_EVENT_REACH: usize = 10;

/// Rule `fronted_event_sets_the_scene`: "Two weeks after the flood, 1,800 homes are still
/// without drinking water": an event of a named kind ("flood", "storm", "earthquake") after
/// the time opener of the phrase that opens the sentence, set off by its first comma, is the
/// scene of the clause right after that comma. The token of the event's noun, for a clause
/// starting at token `start`.
pub fn fronted_event(toks: &[Tok], start: usize) -> Option<usize> {
    let comma = start.checked_sub(1)?;
    if toks[comma].text != "," || comma > FRONTED_EVENT_REACH {
        return None;
    }
    if toks[..comma].iter().any(clause_punct) {
        return None;
    }
    let opener = (0..comma)
        .find(|&k| toks[k].kind == Kind::Word && event_openers().contains(&toks[k].low()))?;
    let mut k = opener + 1;
    if toks[k].is("the") || toks[k].is("a") {
        k += 1;
    }
    let kind = |w: &str| {
        event_kinds().contains(w)
            || w.strip_suffix('s')
                .is_some_and(|s| event_kinds().contains(s))
    };
    (k < comma && toks[k].kind == Kind::Word && kind(&toks[k].low())).then_some(k)
}

word_set!(
    /// Prepositions of a scene a sentence may open on ("In the German election, …", "En
    /// las elecciones de Portugal, …"): rule `fronted_scene_sets_the_scene`.
    scene_prepositions,
    "en/scene_prepositions.txt",
    "es/scene_prepositions.txt",
);

/// Rule `fronted_scene_sets_the_scene`: "In the German election, the conservatives came
/// first with 28.5%": a phrase without a verb that opens the sentence on a preposition of
/// scene, set off by its first comma (within [`FRONTED_EVENT_REACH`]), is the scene of the
/// clause right after that comma: its tokens, for a clause starting at token `start`.
pub fn fronted_scene(toks: &[Tok], start: usize, lang: Lang) -> Option<(usize, usize)> {
    let comma = start.checked_sub(1)?;
    if toks[comma].text != "," || !(2..=FRONTED_EVENT_REACH).contains(&comma) {
        return None;
    }
    // Rule `fronted_whole_sets_the_scene`: "Of the stolen cars, 390 were recovered", "De
    // los detenidos, 30 eran menores": the whole a part is taken from is its scene too.
    let opens = toks[0].kind == Kind::Word
        && (scene_prepositions().contains(&toks[0].low())
            || whole_openers().contains(&toks[0].low()));
    let phrase = (1..comma).all(|k| {
        toks[k].kind == Kind::Word && !is_verb(&toks[k].low(), lang)
            || toks[k].kind != Kind::Word && !clause_punct(&toks[k])
    });
    // A place is where the clause stands, not what it is about ("En la zona libre de la
    // frontera norte, el aumento será de 5%").
    let place = (1..comma)
        .find(|&k| !toks[k].is_capitalized() && !is_stopword(&toks[k].low()))
        .is_some_and(|k| scene_places().contains(&toks[k].low()));
    (opens && phrase && !place).then_some((1, comma))
}

word_set!(
    /// Prepositions that open the whole a sentence's figure is part of ("Of the stolen cars,
    /// …", "De los detenidos, …"): rule `fronted_whole_sets_the_scene`.
    whole_openers,
    "en/whole_openers.txt",
    "es/whole_openers.txt",
);

word_set!(
    /// Nouns of a place a sentence may open on ("En la zona …", "In the region, …"): no
    /// scene of a topic (rule `fronted_scene_sets_the_scene`).
    scene_places,
    "en/scene_places.txt",
    "es/scene_places.txt",
);

word_set!(
    /// Superlatives of weather records ("wettest", "driest").
    record_superlatives,
    "en/record_superlatives.txt",
);

word_set!(
    /// Periods a weather record names ("summer", "year").
    record_periods,
    "en/record_periods.txt",
);

word_set!(
    /// Verbs that set one thing beside another ("equating", "compared", "comparó").
    comparison_verbs,
    "en/comparison_verbs.txt",
    "es/comparison_verbs.txt"
);

word_set!(
    /// Links after a comparison verb's first term ("with", "to", "con").
    comparison_links,
    "en/comparison_links.txt",
    "es/comparison_links.txt"
);

/// Rule `comparison_other_side`: in a clause that compares ("equating three days of the
/// chief's pay with a year's salary for a soldier"), the link after the comparison verb
/// parts the two sides, and a figure's clause keeps to its own side (the soldier names no
/// topic of the three days).
fn comparison_side(
    toks: &[Tok],
    (mut start, mut end): (usize, usize),
    (from, to): (usize, usize),
) -> (usize, usize) {
    let word = |k: usize| toks[k].kind == Kind::Word;
    let Some(verb) = (start..end).find(|&k| word(k) && comparison_verbs().contains(&toks[k].low()))
    else {
        return (start, end);
    };
    let link = (verb + 1..end)
        .find(|&k| (k < from || k >= to) && word(k) && comparison_links().contains(&toks[k].low()));
    match link {
        Some(k) if k >= to => end = k,
        Some(k) if k < from => start = k + 1,
        _ => {}
    }
    (start, end)
}

/// Where the segment of comma-free words ending before token `end` starts.
fn segment_start(toks: &[Tok], end: usize, lang: Lang) -> usize {
    let mut k = end;
    while k > 0 && !opens_clause(toks, k - 1, lang) {
        k -= 1;
    }
    k
}

/// Where the segment of comma-free words starting at token `from` ends.
fn segment_end(toks: &[Tok], from: usize, lang: Lang) -> usize {
    let mut k = from;
    while k < toks.len() && !opens_clause(toks, k, lang) {
        k += 1;
    }
    k
}

/// True when tokens `[a, b)` hold words and no verb: a noun phrase, not a clause.
pub(crate) fn verbless(toks: &[Tok], (a, b): (usize, usize), lang: Lang) -> bool {
    // Rule `noun_after_an_article`: ", or 36.6% of the total,": a word right after an
    // article is a noun ("the total", "a record"), not the verb it may also be.
    let after_article = |k: usize| {
        k > a && lang == Lang::En && matches!(toks[k - 1].low().as_str(), "the" | "a" | "an")
    };
    a < b
        && (a..b).any(|k| toks[k].kind == Kind::Word)
        && !(a..b).any(|k| {
            toks[k].kind == Kind::Word && is_verb(&toks[k].low(), lang) && !after_article(k)
        })
}

/// Rule `appositive_head`: a clause set off by commas from the sentence's subject belongs to
/// it. A figure in an appositive or in the predicate after one reads the subject ("The
/// earthquake, of magnitude 6.8, struck at a depth of 18 km": both figures are about the
/// earthquake), and a figure in the subject reads the predicate after a verbless appositive
/// ("Two men, aged 34 and 41, were charged with murder"). Only when every segment between
/// the sentence start and the figure is verbless, so a figure never reads another clause.
fn appositive_head(
    toks: &[Tok],
    (mut start, mut end): (usize, usize),
    lang: Lang,
) -> (usize, usize) {
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.text == ",");
    // Back: at most two verbless segments, reaching the sentence start.
    let mut back = start;
    for _ in 0..2 {
        if back < 2 || !comma(back - 1) {
            break;
        }
        let mut p = segment_start(toks, back - 1, lang);
        let opener = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.kind == Kind::Word && relative_openers().contains(&t.low()))
        };
        if p > 0 && opener(p - 1) {
            p -= 1;
        }
        // Rule `relative_clause_is_an_appositive`: "Unemployment in Spain, which had long been
        // the highest, fell to 10.6%": a relative clause between commas belongs to the
        // subject before it, verb and all, when it holds no figure.
        // (One that holds a figure of its own keeps its words to itself.)
        let relative = opener(p) && !(p..back - 1).any(|k| toks[k].kind == Kind::Num);
        if !relative && !verbless(toks, (p, back - 1), lang) {
            break;
        }
        back = p;
        // The head is the sentence's subject, not an adverbial ("En el terreno de la
        // seguridad, …" frames the sentence; its words are no topic of every figure).
        let adverbial = toks
            .first()
            .is_some_and(|t| t.kind == Kind::Word && prepositions().contains(&t.low()));
        if back == 0 && !adverbial {
            start = 0;
            break;
        }
    }
    // Forward: the subject reads the predicate after one verbless appositive ("aged 34 and
    // 41" is one, its "and" no clause of its own).
    // Rule `predicate_reads_no_list`: only a subject without a verb of its own reads on ("El
    // IPC subió 0,4% en alimentos, 1,1% en vivienda y …": the items after the comma are no
    // appositive of the first figure's clause).
    let subject_only = !(start..end).any(|j| {
        toks[j].kind == Kind::Word
            && is_verb(&toks[j].low(), lang)
            && !age_openers().contains(&toks[j].low())
    });
    // Rule `coordinated_subject_reads_its_predicate`: so does the subject of a clause joined
    // by ", and" ("…, and two of the patients, both children, have died").
    let joined = start > 1
        && comma(start - 1)
        && toks[start].kind == Kind::Word
        && coordinating(&toks[start].low());
    if (start == 0 || joined) && comma(end) && subject_only {
        let mut k = end + 1;
        while k < toks.len() && k <= end + 9 && !clause_punct(&toks[k]) {
            k += 1;
        }
        let appositive = (end + 1..k).all(|j| {
            toks[j].kind != Kind::Word
                || !is_verb(&toks[j].low(), lang)
                || age_openers().contains(&toks[j].low())
        });
        if comma(k) && k > end + 1 && appositive {
            end = segment_end(toks, k + 1, lang);
        }
    }
    (start, end)
}

#[cfg(test)]
mod tests;
