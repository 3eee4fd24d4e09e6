//! Phrase rules read around a figure that the noun-phrase reader of [`super::phrase`] leaves
//! out: the verb a duration measures ("closed for 10 hours"), a number that is part of a name
//! inside a counted phrase ("11,000 Section 21 eviction claims") and a duration's possessive
//! noun ("two months' notice").

use super::duration::is_duration_unit;
use super::words::{
    auxiliaries, definite_articles, finite_irregulars, is_stopword, is_verb, lasting_verbs,
    measure_leads, negations, phrase_ends, prepositions,
};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Participles that say nothing happened to what a count counts ("were expected",
    /// "fueron incluidos"): rule `event_participle` leaves them out of the label.
    not_event_participles,
    "en/not_event_participles.txt",
    "es/not_event_participles.txt",
);

use crate::extract::lexicon::shared::irregular_participles;

word_set!(
    /// Prepositions between a verb and the duration it lasted or took ("closed for 10 hours",
    /// "delayed by two hours").
    duration_verb_links,
    "en/duration_verb_links.txt",
);

word_set!(
    /// Particles that complete a verb ("walked out", "shut down").
    pub(super) verb_particles,
    "en/verb_particles.txt",
);

word_set!(
    /// Words after which the next word is a bare verb ("will debate", "could struggle").
    bare_verb_markers,
    "en/bare_verb_markers.txt",
);

word_set!(
    /// Words for a level kept between a noun and "at" ("on hold", "unchanged").
    level_states,
    "en/level_states.txt",
);

word_set!(
    /// Participles that open an age ("aged 34"): no act a duration measures.
    age_openers,
    "en/age_openers.txt",
);

/// Rule `verb_after_modal`: the word right after a modal is a verb in its bare form, whatever
/// its ending ("will debate", "could struggle"), never a noun of the phrase.
pub(super) fn after_modal(toks: &[Tok], k: usize) -> bool {
    k > 0
        && toks[k].kind == Kind::Word
        && toks[k - 1].kind == Kind::Word
        && !toks[k - 1].is_capitalized()
        && bare_verb_markers().contains(&toks[k - 1].low())
        && !is_stopword(&toks[k].low())
}

/// Rule `lasting_verb_in_its_infinitive`: "last" is a stop word ("the last 30 minutes") but
/// after "to" or a modal it is the verb of lasting: "is scheduled to last roughly 30 minutes",
/// "will last 45 minutes" (the duration of the subject, an event). True for such a word at `k`.
pub(super) fn lasting_infinitive(toks: &[Tok], k: usize) -> bool {
    k > 0
        && toks[k].kind == Kind::Word
        && super::words::lasting_verbs().contains(&toks[k].low())
        && (toks[k - 1].is("to")
            || toks[k - 1].is("a") && toks[k].is("durar")
            || bare_verb_markers().contains(&toks[k - 1].low()))
}

/// The first of the words before `to` (at `to`) that carry an infinitive: verbs and function
/// words ("is scheduled to", "was now expected to"); `to` itself when there are none.
pub(super) fn infinitive_carriers(toks: &[Tok], to: usize, lang: Lang) -> usize {
    let mut k = to;
    while k > 0 && toks[k - 1].kind == Kind::Word {
        let w = toks[k - 1].low();
        if !(is_stopword(&w) || super::words::is_verb(&w, lang)) {
            break;
        }
        k -= 1;
    }
    k
}

/// Rule `duration_names_its_verb`: a duration joined to the verb before it by "for" or "by"
/// measures that act ("was closed for 10 hours" → "10 hours closed", "walked out for 48 hours"
/// → "48 hours walked out", "delayed by two hours" → "2 hours delayed", "will debate for 90
/// minutes" → "90 minutes debate"), and so does one right after its verb, the verb's object
/// (rule `duration_object_of_verb`: "had waited 22 months" → "22 months waited"; a verb of
/// lasting leaves the duration to its subject). The verb (and its particle) as written, or
/// None.
pub(super) fn verb_of_duration(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    if lang != Lang::En || !q.unit.as_deref().is_some_and(is_duration_unit) || q.start < 2 {
        return None;
    }
    let word = |k: usize| (toks[k].kind == Kind::Word).then(|| toks[k].low());
    let verb_at = |k: usize| word(k).is_some_and(|w| is_verb(&w, lang)) || after_modal(toks, k);
    // Rule `total_of_a_duration`: "jailed for a total of 97 years" measures the verb as "jailed
    // for 97 years" does.
    let total = q.start >= 5
        && word(q.start - 1).as_deref() == Some("of")
        && word(q.start - 2).as_deref() == Some("total")
        && word(q.start - 3).as_deref() == Some("a");
    let start = if total { q.start - 3 } else { q.start };
    if !word(start - 1).is_some_and(|w| duration_verb_links().contains(&w)) {
        let k = start - 1;
        let object = verb_at(k)
            && word(k)
                .is_some_and(|w| !lasting_verbs().contains(&w) && !age_openers().contains(&w));
        return object.then(|| toks[k].text.to_string());
    }
    let mut from = start - 2;
    let particle = word(from).is_some_and(|w| verb_particles().contains(&w));
    if particle && from > 0 {
        from -= 1;
    }
    verb_at(from).then(|| sentence[toks[from].start..toks[start - 2].end].to_string())
}

/// Rule `name_number_in_phrase`: digits after a capitalised word of a counted phrase and
/// before a lower-case word belong to a name in it ("11,000 Section 21 eviction claims"), not
/// to another figure: the phrase reads on.
pub(super) fn name_number_in_phrase(toks: &[Tok], i: usize, np_start: usize) -> bool {
    i > np_start
        && toks[i].kind == Kind::Num
        && toks[i].text.bytes().all(|b| b.is_ascii_digit())
        && toks[i - 1].kind == Kind::Word
        && toks[i - 1].is_capitalized()
        && toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && !n.is_capitalized())
}

/// Rule `duration_possessive`: "two months' notice", "three weeks’ pay": the noun after a
/// duration's possessive apostrophe is what the duration measures. The token after the
/// apostrophe, else `i`.
pub(super) fn past_duration_possessive(toks: &[Tok], i: usize, q: &Quantity) -> usize {
    let apostrophe = toks
        .get(i)
        .is_some_and(|t| matches!(t.text, "'" | "’") && !t.space_before);
    if apostrophe && i == q.end && q.unit.as_deref().is_some_and(is_duration_unit) {
        i + 1
    } else {
        i
    }
}

/// Rule `subject_before_modifiers`: the subject of a verb before a measured figure, read
/// back from the verb, reaches its head only through its modifiers ("The waiting list for
/// hospital treatment in England fell …", "The number of pupils in England's primary schools
/// fell …"): when the words before the figure were cut short, the subject is the whole noun
/// phrase from its clause start (past "the number of") to the verb at `verb_at`, so the label
/// starts on its head. None when the clause start is out of reach or the phrase holds no
/// preposition.
pub(super) fn subject_before_modifiers(
    sentence: &str,
    toks: &[Tok],
    first: usize,
    verb_at: usize,
) -> Option<String> {
    let mut start = first;
    while start > 0 && first - start < 10 {
        let t = &toks[start - 1];
        let w = t.low();
        if t.kind == Kind::Punct && t.text != "'" && t.text != "’" && t.text != "-"
            || t.kind == Kind::Num
            || t.kind == Kind::Word && phrase_ends().contains(&w) && !auxiliaries().contains(&w)
        {
            break;
        }
        start -= 1;
    }
    if start > 0 && first - start >= 10 {
        return None;
    }
    let stop = |k: usize| toks[k].kind == Kind::Word && is_stopword(&toks[k].low());
    while start < verb_at && stop(start) {
        start += 1;
    }
    if start + 2 < verb_at
        && measure_leads().contains(&toks[start].low())
        && toks[start + 1].is("of")
    {
        start += 2;
    }
    let mut end = verb_at;
    while end > start && (stop(end - 1) || toks[end - 1].kind != Kind::Word) {
        end -= 1;
    }
    let modified = (start + 1..end).any(|k| prepositions().contains(&toks[k].low()));
    (modified && start < first).then(|| sentence[toks[start].start..toks[end - 1].end].to_string())
}

/// Rule `cost_to_someone`: money after "cost"/"costing" and the one who bears it ("cost
/// the company £30m", "costing taxpayers £2bn") is a cost: the phrase "cost to the company",
/// which a label reads as "£30M cost". None for other figures.
pub(super) fn cost_to(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    if !money {
        return None;
    }
    let verb = (q.start.saturating_sub(4)..q.start)
        .find(|&k| matches!(toks[k].low().as_str(), "cost" | "costs" | "costing"))?;
    let bearer = verb + 1..q.start;
    let words = bearer.clone().all(|k| toks[k].kind == Kind::Word);
    (words && !bearer.is_empty()).then(|| {
        format!(
            "cost to {}",
            &sentence[toks[bearer.start].start..toks[bearer.end - 1].end]
        )
    })
}

/// Rule `level_at`: a measured figure after "at" is the level of the noun phrase right
/// before it ("held interest rates at 4%", "kept its benchmark rate at 4.5%", "would cap rent
/// rises at 5%"), read back to a determiner, a verb or a bare verb after a modal, past a word
/// for the level kept (rule `level_kept`: "left the cash rate on hold at 3.85%", "kept rates
/// unchanged at 4%"). None when no noun stands there ("priced at $40").
pub(super) fn level_at(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    if q.unit.is_none() || q.start < 2 || !toks[q.start - 1].is("at") {
        return None;
    }
    let mut end = q.start - 1;
    // Rule `level_in_commas`: "inflation, at 2.7%, was still above": the level set off by
    // commas after its noun.
    let closed = toks.get(q.end).is_some_and(|t| t.text == ",");
    if end >= 2 && closed && toks[end - 1].text == "," {
        end -= 1;
    }
    if end >= 2 && level_states().contains(&toks[end - 1].low()) {
        end -= 1;
        if toks[end - 1].is("on") {
            end -= 1;
        }
    }
    if end < 1 {
        return None;
    }
    // Rule `level_of_a_passive`: "Canada's canola harvest is forecast at 19.2m tonnes", "the
    // deal, valued at £2.9bn": past a participle after a form of "be" or a comma, the noun
    // before it (an appositive participle only when a comma closes it: "…, held at 3.4%."
    // is the clause's verb).
    let participle = |w: &str| {
        w.ends_with("ed") || finite_irregulars().contains(w) || irregular_participles().contains(w)
    };
    if end >= 3
        && toks[end - 1].kind == Kind::Word
        && participle(&toks[end - 1].low())
        && (toks[end - 2].text == "," && closed
            || matches!(
                toks[end - 2].low().as_str(),
                "is" | "are" | "was" | "were" | "been"
            )
            // Rule `level_of_a_state`: "Bus and tram fares stay frozen at £1.75": a linking
            // verb carries the participle as "are" does.
            || super::words::linking_verbs().contains(&toks[end - 2].low()))
    {
        end -= 2;
        if toks[end - 1].is("been") && end >= 2 {
            end -= 1;
        }
    }
    // Rule `level_infinitive_is_a_verb`: "gross debt to peak at 76.2%", "debt is set to peak
    // at": past an infinitive of reaching a level and the words that carry it, the noun.
    if end >= 3
        && toks[end - 2].is("to")
        && super::paid::level_infinitives().contains(&toks[end - 1].low())
    {
        end = infinitive_carriers(toks, end - 2, lang);
        if end == 0 {
            return None;
        }
    }
    let content = |k: usize| toks[k].kind == Kind::Word && !is_stopword(&toks[k].low());
    let last = toks[end - 1].low();
    let past = last.ends_with("ed") && is_verb(&last, lang) || finite_irregulars().contains(&last);
    if !content(end - 1) || past {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && end - start < 4 && content(start - 1) {
        let w = toks[start - 1].low();
        let bare_verb = start >= 2 && auxiliaries().contains(&toks[start - 2].low());
        let verb = is_verb(&w, lang) || finite_irregulars().contains(&w);
        if verb || phrase_ends().contains(&w) || bare_verb {
            break;
        }
        start -= 1;
    }
    Some(sentence[toks[start].start..toks[end - 1].end].to_string())
}

/// Rule `total_stand_in`: "bringing the total to 97", "taking the toll to 45": the total
/// counts what the sentence's earlier figure counted. Rule `needed_stand_in`: so does "the
/// 326 needed for a majority", "the 60 required to pass" (a definite figure whose participle
/// of need stands where its noun would).
pub(super) fn total_stand_in(toks: &[Tok], q: &Quantity) -> bool {
    let earlier = |k: usize| toks[..k].iter().any(|t| t.kind == Kind::Num);
    let total = q.start >= 3
        && toks[q.start - 1].is("to")
        && matches!(toks[q.start - 2].low().as_str(), "total" | "toll" | "tally")
        && earlier(q.start - 2);
    let needed = q.start >= 1
        && toks[q.start - 1].is("the")
        && toks
            .get(q.end)
            .is_some_and(|t| matches!(t.low().as_str(), "needed" | "required"))
        && toks
            .get(q.end + 1)
            .is_some_and(|t| t.is("for") || t.is("to"))
        && earlier(q.start);
    q.unit.is_none() && (total || needed)
}

/// Rule `relative_lasting`: "the walkout by resident doctors, which lasted five days": the
/// event of a duration after "which lasted" is the noun phrase before the comma, past the
/// verb or preposition that governs it ("cancelled during the walkout …" → "walkout by
/// resident doctors").
pub(super) fn relative_antecedent(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    let relative = q.start >= 4
        && matches!(toks[q.start - 2].low().as_str(), "which" | "that" | "que")
        && toks[q.start - 3].text == ",";
    if !relative {
        return None;
    }
    // Spanish "tras declarar el estado de excepción": an infinitive after a preposition
    // governs the noun phrase, as a verb does.
    let infinitive = |k: usize| {
        let w = toks[k].low();
        lang == Lang::Es
            && w.len() > 4
            && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"))
            && k > 0
            && prepositions().contains(&toks[k - 1].low())
    };
    let end = q.start - 3;
    let mut start = end;
    while start > 0 && end - start < 8 {
        let t = &toks[start - 1];
        // A word after an article is a noun ("el estado"), whatever its ending.
        let after_article = start >= 2 && {
            let a = toks[start - 2].low();
            super::words::definite_articles().contains(&a) || a == "un" || a == "una"
        };
        let verb = is_verb(&t.low(), lang) && !after_article;
        if t.kind != Kind::Word || verb || infinitive(start - 1) {
            break;
        }
        start -= 1;
    }
    let skip = |k: usize| {
        let w = toks[k].low();
        is_stopword(&w) || prepositions().contains(&w)
    };
    while start < end && skip(start) {
        start += 1;
    }
    (start < end).then(|| sentence[toks[start].start..toks[end - 1].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;

    fn first(s: &str) -> (Vec<Tok<'_>>, Quantity) {
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::En, None).remove(0);
        (toks, q)
    }

    #[test]
    fn durations_name_the_verb_they_measure() {
        for (s, want) in [
            ("Part of the M25 was closed for 10 hours.", Some("closed")),
            ("Nurses walked out for 48 hours.", Some("walked out")),
            ("Flights were delayed by two hours.", Some("delayed")),
            ("We worked together for 15 years.", Some("worked together")),
            ("The candidates will debate for 90 minutes.", Some("debate")),
            ("She had waited 22 months for surgery.", Some("waited")),
            // "within": the time the act takes ("sold out within 20 minutes").
            ("The plant will reopen within six months.", Some("reopen")),
            ("Tickets sold out within 20 minutes.", Some("sold out")),
            // Not a verb before "for", or no link word.
            ("They sat on the tarmac for five hours.", None),
            ("The strike lasted 11 days.", None),
        ] {
            let (toks, q) = first(s);
            assert_eq!(
                verb_of_duration(s, &toks, &q, Lang::En).as_deref(),
                want,
                "{s}"
            );
        }
    }

    #[test]
    fn subjects_reach_their_head_past_modifiers() {
        let s = "The waiting list for hospital treatment in England fell to 7.41 million.";
        let toks = tokenize(s);
        let verb = toks.iter().position(|t| t.text == "fell").unwrap();
        let first = toks.iter().position(|t| t.text == "treatment").unwrap();
        assert_eq!(
            subject_before_modifiers(s, &toks, first, verb).as_deref(),
            Some("waiting list for hospital treatment in England")
        );
        let s = "The number of pupils in England's primary schools fell to 4.59 million.";
        let toks = tokenize(s);
        let verb = toks.iter().position(|t| t.text == "fell").unwrap();
        let first = toks.iter().position(|t| t.text == "primary").unwrap();
        assert_eq!(
            subject_before_modifiers(s, &toks, first, verb).as_deref(),
            Some("pupils in England's primary schools")
        );
        // No modifier: the words read back are the subject.
        let s = "Average weekly household grocery spending rose to 9%.";
        let toks = tokenize(s);
        let verb = toks.iter().position(|t| t.text == "rose").unwrap();
        assert_eq!(subject_before_modifiers(s, &toks, 2, verb), None);
    }

    #[test]
    fn levels_name_the_noun_before_at() {
        for (s, want) in [
            (
                "The bank held interest rates at 4%.",
                Some("interest rates"),
            ),
            (
                "The bank kept its benchmark rate at 4.5%.",
                Some("benchmark rate"),
            ),
            (
                "The government would cap rent rises at 5%.",
                Some("rent rises"),
            ),
            // Rule `level_of_a_passive`: the subject of "were priced"; without "be" or a
            // comma the participle stands where a noun would.
            ("Tickets were priced at $40.", Some("Tickets")),
            ("They sold tickets priced at $40.", None),
            ("The bank cut rates to 4%.", None),
        ] {
            let (toks, q) = first(s);
            assert_eq!(level_at(s, &toks, &q, Lang::En).as_deref(), want, "{s}");
        }
    }

    #[test]
    fn costs_name_who_bears_them() {
        let s = "The strike cost the company £30m.";
        let (toks, q) = first(s);
        assert_eq!(
            cost_to(s, &toks, &q).as_deref(),
            Some("cost to the company")
        );
        let s = "The strike cost £30m.";
        let (toks, q) = first(s);
        assert_eq!(cost_to(s, &toks, &q), None);
    }

    #[test]
    fn totals_and_relative_durations() {
        let s = "Another 14 people were arrested, bringing the total to 97.";
        let toks = tokenize(s);
        let all = quantity::find(&toks, Lang::En, None);
        assert!(!total_stand_in(&toks, &all[0]));
        assert!(total_stand_in(&toks, &all[1]));
        let s = "Labour would win 287 seats, short of the 326 needed for a majority.";
        let toks = tokenize(s);
        let all = quantity::find(&toks, Lang::En, None);
        assert!(total_stand_in(&toks, &all[1]));
        let s = "Labour needs the 326 seats needed for a majority.";
        let (toks, q) = first(s);
        assert!(!total_stand_in(&toks, &q));
        let s = "Operations were cancelled during the walkout by doctors, which lasted five days.";
        let (toks, q) = first(s);
        assert_eq!(
            relative_antecedent(s, &toks, &q, Lang::En).as_deref(),
            Some("walkout by doctors")
        );
        // In Spanish after "que", an infinitive after its preposition left out.
        let s = "Desplegó agentes tras declarar el estado de excepción, que durará 45 días.";
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::Es, None).remove(0);
        assert_eq!(
            relative_antecedent(s, &toks, &q, Lang::Es).as_deref(),
            Some("estado de excepción")
        );
    }

    #[test]
    fn names_and_possessives_inside_phrases() {
        let toks = tokenize("They filed 11,000 Section 21 eviction claims.");
        let at = toks.iter().position(|t| t.text == "21").unwrap();
        assert!(name_number_in_phrase(&toks, at, at - 1));
        let toks = tokenize("It scored 31 goals in 12 games.");
        let at = toks.iter().position(|t| t.text == "12").unwrap();
        assert!(!name_number_in_phrase(&toks, at, at - 3));
        let (toks, q) = first("Landlords must give two months' notice.");
        assert_eq!(past_duration_possessive(&toks, q.end, &q), q.end + 1);
        let (toks, q) = first("It took two months to finish.");
        assert_eq!(past_duration_possessive(&toks, q.end, &q), q.end);
    }
}

word_set!(
    /// Forms of "be" / "ser" before a passive participle ("were arrested", "fueron
    /// detenidas").
    passive_auxiliaries,
    "en/passive_auxiliaries.txt",
    "es/passive_auxiliaries.txt",
);

word_set!(
    /// Verbs of a rise ("rose", "grew", "jumped"; "subió", "creció").
    pub(super) rise_verbs,
    "en/rise_verbs.txt",
    "es/rise_verbs.txt",
);

word_set!(
    /// Verbs of a fall ("fell", "declined", "slipped"; "cayó", "bajaron").
    pub(super) fall_verbs,
    "en/fall_verbs.txt",
    "es/fall_verbs.txt",
);

/// Rule `change_amount_names_its_change`: a percentage right after a
/// verb of rise or fall, or after its "by", is the size of the change, not a level or a
/// share: "exports fell 2.3%" is a "fall" and its label reads "2.3% fall in exports" (never
/// "2.3% exports", which reads as a share of them; "cayeron 2,3%" → "2,3% de caída en
/// exportaciones"). "rose to 5.1%", "subió a 5,1%" are levels.
pub(super) fn change_direction(
    toks: &[Tok],
    q: &Quantity,
    before: &super::phrase::WordsBefore,
) -> Option<&'static str> {
    let pct = q.unit.as_deref() == Some("percent");
    if !pct || q.start == 0 {
        return None;
    }
    let v = before.verb.as_deref().filter(|_| before.verb_adjacent)?;
    let mut k = q.start - 1;
    if matches!(toks[k].low().as_str(), "by" | "en" | "un") && k > 0 {
        k -= 1;
    }
    if !toks[k].text.eq_ignore_ascii_case(v) {
        return None;
    }
    let v = toks[k].low();
    if rise_verbs().contains(&v) {
        Some("rise")
    } else if fall_verbs().contains(&v) {
        Some("fall")
    } else {
        None
    }
}

/// Rule `set_off_direction_is_a_change`: "called out 3,356 times last year, up 9%", "the
/// debt reached £3.8bn, up by a third in two years": a share or fraction set off by a comma
/// after "up"/"down" (and "by") is the size of a rise or fall of what the clause before
/// counted (its phrase, empty here, is borrowed from that figure).
pub(super) fn set_off_direction(toks: &[Tok], q: &Quantity) -> Option<&'static str> {
    let share = q.unit.as_deref() == Some("percent") || q.unit.is_none() && q.value < 1.0;
    let mut k = q.start.checked_sub(1)?;
    if toks[k].is("by") {
        k = k.checked_sub(1)?;
    }
    let set_off = k > 0 && toks[k - 1].text == ",";
    if !share || !set_off || toks[k].kind != Kind::Word {
        return None;
    }
    let w = toks[k].low();
    if rise_directions().contains(&w) {
        Some("rise")
    } else if fall_directions().contains(&w) {
        Some("fall")
    } else {
        None
    }
}

word_set!(
    /// Adverbs of a rise set off after a figure (", up 9%"): rule
    /// `set_off_direction_is_a_change`.
    rise_directions,
    "en/rise_directions.txt",
);

word_set!(
    /// Adverbs of a fall set off after a figure (", down 3%"): rule
    /// `set_off_direction_is_a_change`.
    fall_directions,
    "en/fall_directions.txt",
);

/// True for a form of "be" / "ser" that makes the participle after it a passive.
pub(super) fn passive_auxiliary(w: &str) -> bool {
    passive_auxiliaries().contains(w)
}

/// True for a word that reads as a past participle: English "-ed" or an irregular one
/// ("sent", "hurt"); Spanish "-ado", "-ido" and their plurals and feminines, or an irregular
/// one ("muertos").
pub(super) fn looks_participle(w: &str, lang: Lang) -> bool {
    let regular = match lang {
        Lang::En => w.len() > 4 && w.ends_with("ed"),
        Lang::Es => {
            w.len() > 4
                && ["ado", "ido", "ados", "idos", "ada", "ida", "adas", "idas"]
                    .iter()
                    .any(|e| w.ends_with(e))
        }
    };
    regular || irregular_participles().contains(w)
}

/// An adverb between an auxiliary and its participle ("are currently held", "were later
/// released", "fueron finalmente liberados"), or a negation ("were not charged").
pub(super) fn manner_adverb(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => w.len() > 4 && w.ends_with("ly") || matches!(w, "not" | "never" | "already"),
        Lang::Es => w.len() > 6 && w.ends_with("mente") || matches!(w, "no" | "nunca" | "ya"),
    }
}

/// Rule `event_participle`: what happened to what a count counts, for its label: the
/// participle after its noun ("four Americans were arrested", "26 detainees sent to", "12
/// personas fueron detenidas", with a negation kept: "were not charged" → "not charged"), or,
/// in English, a past "-ed" verb right before the figure ("police arrested four Americans",
/// "the storm destroyed 300 homes") → "4 Americans arrested", "300 homes destroyed". A share
/// of a whole takes it too ("30% of the homes were destroyed"). Counts, forecasts and
/// speech ("were expected", "included", "said") are no event.
pub(super) fn event_participle(
    toks: &[Tok],
    q: &Quantity,
    before: &super::phrase::WordsBefore,
    after: &super::phrase::PhraseAfter,
    lang: Lang,
) -> Option<String> {
    let share = q.unit.as_deref() == Some("percent") && after.link.is_some();
    // "two of the 12 detainees were released": the whole of a partitive is not what the
    // event happened to; its part is.
    let whole = q.start >= 2
        && definite_articles().contains(&toks[q.start - 1].low())
        && matches!(toks[q.start - 2].low().as_str(), "of" | "de");
    if q.unit.is_some() && !share || whole {
        return None;
    }
    let event = |v: &str| {
        looks_participle(v, lang)
            && !not_event_participles().contains(v)
            && !crate::extract::lexicon::shared::speech_verbs().contains(v)
    };
    if let Some(v) = after.verb.as_deref().filter(|_| after.participle) {
        if !event(v) {
            return None;
        }
        let at = toks[after.start..]
            .iter()
            .position(|t| t.low() == v)
            .map(|k| after.start + k);
        // "The 27 member states agreed to cut": a verb with an infinitive after it is the
        // clause's own verb, not what happened to the states.
        let infinitive = at.is_some_and(|k| {
            toks.get(k + 1).is_some_and(|t| t.low() == "to")
                && toks.get(k + 2).is_some_and(|t| is_verb(&t.low(), lang))
        });
        // Rule `active_verb_with_an_object`: "33,000 machinists ended a 53-day strike": a
        // verb in -ed right after the noun, with no auxiliary, followed by an article is the
        // clause's active verb and its object, not what happened to the machinists.
        let object = lang == Lang::En
            && at.is_some_and(|k| {
                toks.get(k + 1).is_some_and(|t| {
                    matches!(t.low().as_str(), "a" | "an" | "the" | "its" | "their")
                }) && !toks[after.start..k]
                    .iter()
                    .any(|t| super::words::auxiliaries().contains(&t.low()))
            });
        if infinitive || object {
            return None;
        }
        // The negation read between the auxiliary and the participle, or just before the
        // auxiliary ("no fueron detenidas").
        let negated = at.is_some_and(|k| {
            toks[after.start..k].iter().any(|t| {
                negations().contains(&t.low()) || matches!(t.low().as_str(), "never" | "nunca")
            })
        });
        return Some(if negated {
            format!("{} {v}", if lang == Lang::Es { "no" } else { "not" })
        } else {
            v.to_string()
        });
    }
    // The verb right before the figure ("arrested 19 suspects", "has extradited more than
    // 50"), never across a preposition ("passed by 218 votes").
    let v = before.verb.as_deref().filter(|_| before.verb_adjacent)?;
    let right_before = q.start > 0 && toks[q.start - 1].text.eq_ignore_ascii_case(v);
    // An irregular form is a participle after "has"/"have"/"had" ("has cut 33,000 jobs").
    let perfect = q.start > 1
        && matches!(toks[q.start - 2].low().as_str(), "has" | "have" | "had")
        && irregular_participles().contains(v);
    let form = v.ends_with("ed") || perfect;
    (lang == Lang::En && right_before && q.unit.is_none() && form && event(v))
        .then(|| v.to_string())
}
