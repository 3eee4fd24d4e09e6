//! Subject phrases: the noun phrase a quantity counts or measures, read from the tokens after
//! it ("… 50 organized crime leaders to Washington") or, for measured figures, before it
//! ("unemployment rose to 5.2%"); the verb that governs it; the stemmed key the diff engine
//! aligns on; and the head noun that list items share ("25% on cars, 25% on trucks").

use super::duration::{attributive_age, attributive_measure, is_duration_unit};
use super::event;
use super::words::{
    auxiliaries, clitics, definite_articles, duration_openers, figure_adjectives, is_stopword,
    is_verb, lasting_verbs, linking_verbs, measure_leads, name_pair_joiners, name_particles,
    noun_links, participle_boundaries, partitive_links, phrase_ends, prepositions, rate_bases,
    relational_prepositions, stand_ins_after, time_tails, time_words,
};
use crate::extract::lexicon::WordSet;
use crate::extract::nonclaim::future_markers;
use crate::extract::quantity::{self, Quantity};
use crate::extract::tokens::{self, Kind, Tok};
use crate::model::Lang;
use crate::text;
use after::{
    cost_verb_after, destination_after, link_after, names_no_thing, part_after_including,
    partitive_of_a_stand_in,
};
pub use after::{part_named_after_them, predicate_names_the_part, share_of_them};
use ages::{age_of, appositive_age};
pub use agreement::names_only;
use agreement::{gapped_after_and, plural_verb_after_plural, singular_after_plural};
pub use before::comparison_side;
pub(super) use before::{words_before, WordsBefore};
use choose::{choose_phrase, Chosen};
use linked::linked_noun_phrase;
use reader::read_phrase;

/// What a claim is about, read from the tokens around its quantity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subject {
    /// The phrase with its governing verb in front ("extradited organized crime leaders").
    pub text: String,
    /// Stemmed, accent-folded content words of the subject (and its verb).
    pub key: Vec<String>,
    /// The noun phrase alone (for labels).
    pub phrase: String,
    /// How a vague figure is written, for its label ("hundreds of", "several thousand"):
    /// a range such as 100–1000 would read as a precise one.
    pub figure: Option<String>,
    /// The words that join the figure to its phrase ("of the", "del"), for the label: "49%
    /// del PIB", "30% of the workers".
    pub link: Option<String>,
    /// True when the figure is a duration and the phrase, read before it, names the event it
    /// lasted ("the meeting … lasted 45 minutes"): the label reads "45-minute meeting".
    pub event_before: bool,
    /// A list item's restriction ("en alimentos" of "0,4% en alimentos, 1,1% en vivienda"),
    /// which the label keeps after its words.
    pub restriction: Option<String>,
    /// The participle of what happened to what a count counts, for its label (rule
    /// `event_participle`): "four Americans were arrested", "police arrested four Americans"
    /// → "4 Americans arrested".
    pub participle: Option<String>,
    /// "rise" or "fall" when the figure is the size of a change of the phrase's thing (rule
    /// `change_amount_names_its_change`): "exports fell 2.3%" → "2.3% fall in exports"; the
    /// degree of a comparison with an earlier time ("more", "menos": rule
    /// `comparison_with_an_earlier_time`), which the label writes before the phrase.
    pub change: Option<&'static str>,
}

/// Reads the subject of quantity `q` in a sentence.
pub fn subject(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Subject {
    let measured = q.unit.is_some();
    let after = phrase_after(sentence, toks, q, lang);
    // A rate ("€31 per megawatt hour") names no thing of its own.
    let rate = after.text.starts_with("per ") || after.link.as_deref() == Some("per");
    let level = super::reach::change_before_level(toks, q, lang);
    let before = match level {
        // Rule `level_after_a_change`: read from the change verb, past its figure.
        Some(v) if after.text.is_empty() || rate => {
            let from_verb = Quantity {
                start: v + 1,
                ..q.clone()
            };
            words_before(sentence, toks, &from_verb, lang, false)
        }
        _ => words_before(sentence, toks, q, lang, !after.text.is_empty()),
    };
    let verb = before.verb.clone().or(after.verb.clone());
    let participle = super::event::event_participle(toks, q, &before, &after, lang);
    // The change's thing is the phrase read before the verb.
    let change = super::event::change_direction(toks, q, &before).map(|c| (c, before.text.clone()));
    let tally = q
        .unit
        .is_none()
        .then(|| crate::extract::tally::side(toks, q.num_start, q.num_end))
        .flatten()
        .map(|first| (first, before.text.clone()));
    let after_start = after.start;
    let Chosen {
        mut phrase,
        mut link,
        mut event_before,
        restriction,
        list_change,
    } = choose_phrase(
        (sentence, toks, q, lang),
        after,
        &before,
        rate && level.is_some(),
    );
    phrase_of_its_own(
        sentence,
        toks,
        q,
        lang,
        (&mut phrase, &mut link, &mut event_before),
    );
    let agent_phrase = before.verb_adjacent && phrase == before.text;
    // A deadline's event names its own verb (`deadline_names_its_event`).
    let deadline =
        super::duration::deadline_event(sentence, toks, q, lang).is_some_and(|e| e == phrase);
    let verb = verb.filter(|_| !deadline);
    complete_compound(sentence, &mut phrase);
    let (mut text, key) = subject_text(
        (sentence, toks, q, lang),
        &mut phrase,
        verb.as_deref(),
        tally,
        agent_phrase,
    );
    complete_compound(sentence, &mut text);
    let figure = vague_figure(sentence, toks, q, &phrase, after_start)
        .or_else(|| attributive_age(toks, q).filter(|_| lang == Lang::En))
        .or_else(|| attributive_measure(toks, q).filter(|_| lang == Lang::En));
    if let Some(person) = appositive_age(sentence, toks, q) {
        return age_of(person, q, lang);
    }
    if let Some(age) = age_as_a_noun(toks, q, lang, &phrase, figure.as_ref()) {
        return age;
    }
    Subject {
        restriction: restriction.map(|(r, _)| r.to_string()).or_else(|| {
            phrase.is_empty().then(|| {
                rate_per_person(sentence, toks, q)
                    .or_else(|| before::comparison_place(sentence, toks, q))
            })?
        }),
        change: change
            .filter(|(_, t)| !t.is_empty() && *t == phrase)
            .map(|(c, _)| c)
            .or(list_change)
            .or_else(|| super::comparative::compared_with_an_earlier_time(toks, q, lang))
            .or_else(|| {
                phrase
                    .is_empty()
                    .then(|| super::event::set_off_direction(toks, q))
                    .flatten()
            }),
        // Kept for a phrase borrowed later ("another four were detained": "Americans").
        participle: participle
            .filter(|_| figure.as_deref().is_none_or(|f| !f.ends_with("-year-old"))),
        event_before: event_before && !phrase.is_empty(),
        text,
        key,
        phrase,
        // A share or measure reads with its link ("49% del PIB"); a count without it
        // ("~24 llamadas", never "~24 de llamadas").
        link: link.filter(|_| figure.is_none() && (measured || q.value < 1.0)),
        figure,
    }
}

crate::word_set!(
    /// Bases of a rate per person ("person", "persona", "habitante"): rule
    /// `rate_per_person_is_kept`.
    person_rate_bases,
    "en/person_rate_bases.txt",
    "es/person_rate_bases.txt",
);

/// Rule `coordinated_cost_shares_the_subject`: "La obra duró tres años y costó 140.000
/// millones de pesos": a Spanish sum right after a verb of cost (es/cost_verbs.txt) costs
/// what the clause's subject names, so a verb coordinated with "y" and no subject of its own
/// takes the subject before "y", as a percentage does
/// ([`super::ellipsis::coordinated_subject`]).
fn coordinated_cost(toks: &[Tok], q: &Quantity, lang: Lang) -> bool {
    let money = q
        .unit
        .as_deref()
        .is_some_and(crate::model::figure::currency_code);
    lang == Lang::Es
        && money
        && q.start > 0
        && toks[q.start - 1].kind == Kind::Word
        && super::words::cost_verbs().contains(&toks[q.start - 1].low())
}

/// Rule `rate_per_person_is_kept`: "gastaron 3.900 millones en el sorteo, unos 70 euros por
/// persona", "about £58 per person": a sum with no thing of its own, which borrows the thing
/// of the figure before it, keeps its base per person ("por persona") as the restriction its
/// label writes after the borrowed words. None for any other figure.
fn rate_per_person(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(crate::model::figure::currency_code);
    let marker = toks.get(q.end).filter(|t| t.is("per") || t.is("por"))?;
    let base = toks
        .get(q.end + 1)
        .filter(|t| t.kind == Kind::Word && person_rate_bases().contains(&t.low()))?;
    money.then(|| sentence[marker.start..base.end].to_string())
}

/// Rule `age_as_a_noun`: "One of the three suspects, a 17-year-old, was released": an
/// attributive age with no noun after it stands for a person; its subject is the age of the
/// noun its appositive follows, or plain "age". None for any other figure.
fn age_as_a_noun(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    phrase: &str,
    figure: Option<&String>,
) -> Option<Subject> {
    if !(figure.is_some()
        && phrase.is_empty()
        && toks.get(q.end).is_none_or(|t| t.kind != Kind::Word))
    {
        return None;
    }
    let noun = (q.start >= 3 && toks[q.start - 2].text == ",")
        .then(|| &toks[q.start - 3])
        .filter(|t| t.kind == Kind::Word && !is_stopword(&t.low()));
    let text = noun.map_or_else(|| "age".to_string(), |t| format!("age of {}", t.text));
    Some(Subject {
        restriction: None,
        event_before: false,
        participle: None,
        change: None,
        key: self::key(&text, lang),
        text,
        phrase: phrase.to_string(),
        link: None,
        figure: figure.cloned(),
    })
}

/// Rules that give a figure a phrase of its own whatever was read around it: a poll lead's
/// side, the act a duration measures, a scale's noun, a temperature, the event of a duration
/// (`event_before` then set), a Spanish appositive measure ("El Tren Maya, de 1.554 km,").
fn phrase_of_its_own(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    (phrase, link, event_before): (&mut String, &mut Option<String>, &mut bool),
) {
    if let Some(side) = super::lead::lead_side(sentence, toks, q, lang)
        .or_else(|| super::duration::act_of_duration(sentence, toks, q, lang))
        .or_else(|| super::duration::act_of_span(sentence, toks, q, lang))
        .or_else(|| super::duration::deadline_event(sentence, toks, q, lang))
    {
        (*phrase, *link) = (side, None);
    }
    if let Some(act) = super::payee::act_past_payee(toks, q, lang) {
        (*phrase, *link) = (act, None);
    }
    if let Some(name) = (lang == Lang::En)
        .then(|| super::duration::name_after_an_age(sentence, toks, q))
        .flatten()
    {
        (*phrase, *link) = (name, None);
    }
    if let Some(each) = super::paid::paid_by_each(toks, q, lang) {
        (*phrase, *link) = (each, None);
    }
    if let Some(scale) = super::ellipsis::scale_before(sentence, toks, q)
        .or_else(|| super::ellipsis::noun_before_its_dimension(sentence, toks, q, lang))
        .or_else(|| after::noun_before_of_which(sentence, toks, q))
    {
        (*phrase, *link) = (scale, None);
    }
    if let Some(t) = super::duration::temperature(q, phrase, lang) {
        (*phrase, *link) = (t, None);
    }
    if *event_before && phrase.is_empty() {
        *phrase = event::relative_antecedent(sentence, toks, q, lang).unwrap_or_default();
    }
    if let Some(event) = super::duration::clause_event(sentence, toks, q, lang) {
        (*phrase, *link, *event_before) = (event, None, true);
    }
    // An age "de 46 años" is the person's (`appositive_age`, below); other measures are the
    // thing's.
    let age = q.unit.as_deref() == Some("year");
    if let Some(thing) = (lang == Lang::Es && !age)
        .then(|| super::ellipsis::appositive_measure(sentence, toks, q))
        .flatten()
    {
        (*phrase, *link) = (thing, None);
    }
}

/// The phrase of a figure with none after it (or a measure with no content word there): "a
/// crowd of 200,000", "growth of 1.1%", "un aumento de 10%": the linked noun; money names what
/// it pays for ("£40 for a barbecue kit") or the act ("£17.4bn borrowed"); else the words
/// before it, in the text's order ("Port of Eastmere").
fn phrase_from_context(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    before: &WordsBefore,
) -> String {
    linked_noun_phrase(toks, q, lang, "")
        .or_else(|| super::relative::antecedent(sentence, toks, q, lang))
        .or_else(|| event::level_at(sentence, toks, q, lang))
        .or_else(|| super::reach::object_reached(sentence, toks, q, lang))
        .or_else(|| event::verb_of_duration(sentence, toks, q, lang))
        .or_else(|| event::cost_to(sentence, toks, q))
        .or_else(|| super::paid::price_to_a_name(toks, q, lang, &before.text))
        .or_else(|| {
            let verb = before.verb.as_deref().filter(|_| before.verb_adjacent);
            super::paid::paid_for(sentence, toks, q, lang, verb)
        })
        .or_else(|| super::paid::moved_by(toks, q, before.verb.as_deref(), lang))
        .or_else(|| {
            // Only the verb itself read before the figure.
            // A percentage is of the subject; a count of points or goals is of its unit.
            let lone = before.text.is_empty() || !before.text.contains(' ');
            let pct = q.unit.as_deref() == Some("percent");
            (lone && (pct || coordinated_cost(toks, q, lang)))
                .then(|| super::ellipsis::coordinated_subject(sentence, toks, q, lang))
                .flatten()
        })
        .or_else(|| {
            before
                .text
                .is_empty()
                .then(|| super::ellipsis::colon_subject(sentence, toks, q, lang))
                .flatten()
        })
        .unwrap_or_else(|| {
            // A name before a counted unit or money is who acts, not what is counted or
            // paid for: the label keeps the unit and the act ("The Energy Department
            // released 1 million barrels" → "1M barrels released", "The Port of Eastmere
            // will spend $2.4 billion" → "$2.4bn spend").
            if q.unit.as_deref() != Some("percent") && proper_name(&before.text) {
                String::new()
            } else {
                before.text.clone()
            }
        })
}

/// The subject's text as people read it and its key (built from the verb-first reading, see
/// `super::order`): the phrase with its verb, a vote tally's side, a unit counted by an agent.
/// `agent_phrase` is set when the phrase is the words read right before an adjacent verb.
fn subject_text(
    (sentence, toks, q, lang): (&str, &[Tok], &Quantity, Lang),
    phrase: &mut String,
    verb: Option<&str>,
    tally: Option<(bool, String)>,
    agent_phrase: bool,
) -> (String, Vec<String>) {
    let mut text = phrase.clone();
    if let Some(v) = verb {
        let named = |w: &str| w.eq_ignore_ascii_case(v) || super::paid::participle_of(v, w, lang);
        if !text.split_whitespace().any(named) {
            text = if text.is_empty() {
                v.to_string()
            } else {
                format!("{v} {text}")
            };
        }
    }
    // A vote tally: "61 yes votes", "38 no votes" ("300 votos favorables").
    if let Some((first, voters)) = tally {
        *phrase = match (lang, first) {
            (Lang::En, true) => "yes votes",
            (Lang::En, false) => "no votes",
            (Lang::Es, true) => "votos favorables",
            (Lang::Es, false) => "votos contrarios",
        }
        .to_string();
        text = format!("{voters} {phrase}").trim_start().to_string();
    }
    if let Some(t) = (lang == Lang::Es && agent_phrase)
        .then(|| agent::unit_counted_by_an_agent(sentence, toks, q, verb, phrase))
        .flatten()
    {
        text = t;
    }
    // Rule `unit_names_a_bare_subject`: "sumó 9 puntos": with no phrase, the subject names
    // the unit as written ("sumó puntos"), never the verb alone.
    if phrase.is_empty() && lang == Lang::Es && q.unit.as_deref() == Some("point") {
        let unit = &sentence[toks[q.num_end.min(q.end - 1)].start..toks[q.end - 1].end];
        text = format!("{text} {unit}").trim_start().to_string();
    }
    let key = key(&text, lang);
    let text = super::order::in_sentence_order(sentence, toks, q, text, phrase, verb, lang);
    let text = super::order::modal_completed(toks, q, text);
    let text = super::unit_named::with_unit((sentence, toks, q), &text, phrase, verb, agent_phrase)
        .unwrap_or(text);
    // Rule `attributive_age_names_its_person`: "the son-in-law of a 73-year-old Castleford
    // widow has been charged": the figure is the age of the widow, whatever the clause's verb
    // says of someone else (display only, as for the appositive "Hill, 46," → "age of Hill").
    let text = match attributive_age(toks, q) {
        Some(_) if lang == Lang::En && !phrase.is_empty() => format!("age of {phrase}"),
        // Rule `compound_glued` reads in a subject without its hyphen: "-bedroom flat" →
        // "bedroom flat" (the label keeps "2-bedroom flat").
        _ if text.contains(" -") || text.starts_with('-') => text
            .split(' ')
            .map(|w| w.strip_prefix('-').filter(|r| !r.is_empty()).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" "),
        _ => text,
    };
    (text, key)
}

/// Rule `comparative_stand_in`: "plans to build 6 more" counts what an earlier figure
/// counted; no phrase here, so the sentence lends that figure's noun.
fn comparative_stand_in(toks: &[Tok], q: &Quantity, lang: Lang) -> bool {
    q.unit.is_none()
        && toks[..q.start].iter().any(|t| t.kind == Kind::Num)
        && word_in(toks, q.end, stand_ins_after())
        && toks.get(q.end + 1).is_none_or(|t| {
            // "6 more." / "6 more would"; not "11 more bodies", "6 more than".
            let w = t.low();
            t.kind == Kind::Punct
                || !matches!(w.as_str(), "than" | "que" | "de")
                    && (is_stopword(&w) || is_verb(&w, lang))
        })
}

/// True for a name of two capitalised words or more, joined at most by "of", "de", "del"
/// ("Energy Department", "Port of Eastmere", "Secretaría de Energía").
fn proper_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let caps = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    caps >= 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || name_particles().contains(w)
        })
}

crate::word_set!(
    /// Nouns that count without naming a thing ("units", "unidades").
    counter_nouns,
    "en/counter_nouns.txt",
    "es/counter_nouns.txt",
);
crate::word_set!(
    /// Prepositions that close a figure's noun phrase once it holds a word ("following",
    /// "amid", "including"; "pese", "salvo").
    phrase_closers,
    "en/phrase_closers.txt",
    "es/phrase_closers.txt",
);

/// The noun phrase after a quantity, as [`phrase_after`] reads it.
pub(super) struct PhraseAfter {
    /// Token index where the phrase starts (`toks.len()` when the tokens after the figure
    /// name no counted thing).
    pub(super) start: usize,
    /// Content (non-stop) words read.
    content: usize,
    /// A verb that closes the phrase ("55 leaders were extradited", "26 detainees sent to").
    pub(super) verb: Option<String>,
    /// True when that verb is a participle of what happened to the phrase's thing ("were
    /// extradited", "are currently held", "sent to"), not a finite verb.
    pub(super) participle: bool,
    /// The phrase's text, function words trimmed at its end.
    pub(super) text: String,
    /// The link words between the figure and the phrase ("of the", "del"), when they open
    /// with "of"/"de" and no other figure stands between.
    pub(super) link: Option<String>,
}

/// The noun phrase after the quantity: "… 50 organized crime leaders to Washington".
fn phrase_after(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> PhraseAfter {
    let measured = q.unit.is_some();
    let (i, mut link) = match part_named_after_them(toks, q, lang) {
        Some(noun) => (noun, None),
        None => link_after(sentence, toks, q, lang),
    };
    let mut i = event::past_duration_possessive(toks, i, q);
    // Rule `rate_then_thing`: "1,6 millones de barriles diarios de crudo" counts crude; the
    // rate is read past and the link kept ("1,6M barriles de crudo").
    if measured && word_in(toks, i, rate_bases()) && word_in(toks, i + 1, partitive_links()) {
        link = Some(toks[i + 1].text.to_string());
        i += 2;
    }
    if i == q.end && predicate_names_the_part(toks, q, lang) {
        i += 1;
    }
    if let Some(to) = (i == q.end)
        .then(|| destination_after(toks, q, lang))
        .flatten()
    {
        i = to;
    }
    if i == q.end && lang == Lang::Es {
        i = cost_verb_after(toks, q).unwrap_or(i);
    }
    let mut np_start = i;
    if names_no_thing(toks, i, q, lang) {
        i = toks.len();
        np_start = i;
    }
    let (mut np_end, content, verb, participle) = read_phrase(toks, i, measured, lang);
    // Trim function words at the end: "tariffs on" → "tariffs"; rule
    // `phrase_ends_on_no_preposition`: a preposition whose object is the next figure goes too
    // ("1.2 million homes without power across three states" → "homes without power").
    while np_end > np_start && toks[np_end - 1].kind == Kind::Word && {
        let w = toks[np_end - 1].low();
        is_stopword(&w) || prepositions().contains(&w)
    } {
        np_end -= 1;
    }
    let text = if np_end > np_start {
        sentence[toks[np_start].start..toks[np_end - 1].end].to_string()
    } else {
        String::new()
    };
    PhraseAfter {
        start: np_start,
        content,
        verb,
        participle,
        link: link.filter(|_| !text.is_empty()),
        text,
    }
}

/// Whether token `i` is a word of `set` (looked up in lower case).
pub(super) fn word_in(toks: &[Tok], i: usize, set: &WordSet) -> bool {
    i < toks.len() && toks[i].kind == Kind::Word && set.contains(&toks[i].low())
}

/// Rule `compound_read_whole`: a phrase cut inside a hyphenated compound ("on eight
/// nuclear-") is read to the compound's end as the sentence writes it ("… nuclear-powered").
fn complete_compound(sentence: &str, phrase: &mut String) {
    if !phrase.ends_with('-') {
        return;
    }
    if let Some(p) = sentence.find(phrase.as_str()) {
        let rest = &sentence[p + phrase.len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len());
        phrase.push_str(&rest[..end]);
    }
}

/// The stemmed, accent-folded content words of a subject's text, each once, in order.
fn key(text: &str, lang: Lang) -> Vec<String> {
    let mut key: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        text::with_lower(w, |lw| {
            if lw.is_empty() || is_stopword(lw) || lw.chars().all(|c| c.is_ascii_digit()) {
                return;
            }
            text::with_stem(lw, lang, |s| {
                if !key.iter().any(|k| k == s) {
                    key.push(s.to_string());
                }
            });
        });
    }
    key
}

/// How a vague figure is written ("hundreds of", "several thousand"), for its label; None for
/// a precise one. `np_start` is where the phrase after the figure starts.
fn vague_figure(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    phrase: &str,
    np_start: usize,
) -> Option<String> {
    quantity::is_vague(q, toks).then(|| {
        let mut f = sentence[toks[q.start].start..toks[q.end - 1].end].to_lowercase();
        if let Some(t) = toks.get(q.end).filter(|t| noun_links().contains(t.text)) {
            if !phrase.is_empty() && np_start < toks.len() && toks[np_start].start > t.start {
                f.push(' ');
                f.push_str(t.text);
            }
        }
        f
    })
}

/// True when a subject phrase opens with a relational preposition ("on automobiles",
/// "al acero"): the noun it relates to is elsewhere, typically in an earlier figure of a list.
pub fn elliptic(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    text::with_lower(first, |w| relational_prepositions().contains(w))
}

/// The first content word of a phrase (its head, in news noun phrases often the first noun).
pub fn head(phrase: &str) -> Option<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() > 2 && !text::with_lower(w, is_stopword))
        .map(str::to_lowercase)
}

mod after;
mod agent;
mod ages;
mod agreement;
mod before;
mod choose;
mod linked;
mod reader;
mod seller;

#[cfg(test)]
mod neighbour_rule_tests;
#[cfg(test)]
mod rule_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod value_rule_tests;
