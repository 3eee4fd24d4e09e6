//! Senses of topic words decided by the words next to them: "home" where someone goes ("took
//! home $200,000", "borrow at home"), "house" as a chamber of parliament ("the upper-house
//! election"), the kind a work's name ends on ("the Francis Scott Key Bridge"), "pay" as a
//! verb ("will pay for the event"), a hospital someone was carried to and a pandemic that
//! dates a figure ("before the pandemic").

use crate::extract::tokens::{Kind, Tok};
use crate::word_set;

word_set!(
    /// Verbs after which "home" is a place gone to: rule `home_as_a_place_adverb`.
    home_motion_verbs,
    "en/home_motion_verbs.txt",
);

word_set!(
    /// Adjectives that make "house" a chamber: rule `chamber_of_parliament`.
    chamber_adjectives,
    "en/chamber_adjectives.txt",
);

word_set!(
    /// Nouns that end the name of a work of their kind: rule `named_work_kind`.
    named_work_kinds,
    "en/named_work_kinds.txt",
);

/// Rule `home_as_a_place_adverb`: "took home $200,000 in prize money", "flew home", "would
/// borrow KSh 876 billion at home": "home" right after a verb of going or taking, or after
/// "at", is where someone goes or is, an adverb of place that names no dwelling (housing).
/// "homes" and "home prices" are untouched.
pub(super) fn home_as_a_place_adverb(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("home") || i == 0 {
        return false;
    }
    let before = &toks[i - 1];
    before.kind == Kind::Word
        && (before.is("at") || home_motion_verbs().contains(&before.low()))
        && !toks.get(i + 1).is_some_and(|n| {
            // "at home prices": "home" as a modifier of a noun still names housing.
            n.kind == Kind::Word && n.space_before && n.is("prices")
        })
}

/// Rule `chamber_of_parliament`: "won 47 of the 125 seats in the upper-house election", "the
/// lower house of parliament": "house" after "upper" or "lower" (a hyphen between or none)
/// is a chamber of parliament, no dwelling.
pub(super) fn chamber_of_parliament(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("house") || i == 0 {
        return false;
    }
    let adjective =
        |k: usize| toks[k].kind == Kind::Word && chamber_adjectives().contains(&toks[k].low());
    adjective(i - 1) || i >= 2 && toks[i - 1].text == "-" && adjective(i - 2)
}

/// Rule `named_work_kind`: "the Francis Scott Key Bridge will cost $1.9 billion to rebuild",
/// "the Brenner Base Tunnel": a capitalised kind of work (`en/named_work_kinds.txt`) that
/// ends a proper name says what the work is, and names its topic where the rest of the name
/// does not. Not inside a name that goes on ("the Canal & River Trust", "the Suez Canal
/// Authority" are bodies).
pub(super) fn named_work_kind(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let kinds = named_work_kinds();
    // Most words are ruled out by their shape before one is lower-cased.
    if !t.is_capitalized()
        || !kinds.may_contain_ascii(t.text.as_bytes())
        || !crate::text::with_lower(t.text, |l| kinds.contains(l))
    {
        return false;
    }
    let name_goes_on = toks
        .get(i + 1)
        .is_some_and(|n| n.is_capitalized() || n.text == "&" || n.is("and") || n.is("of"));
    i > 0 && toks[i - 1].is_capitalized() && !toks[i - 1].is("the") && !name_goes_on
}

word_set!(
    /// Words before "pay" that make it a verb: rule `pay_as_a_verb`.
    pay_verb_markers,
    "en/pay_verb_markers.txt",
);

/// Rule `pay_as_a_verb`: "Saudi Arabia will pay for the event under a 12-year deal",
/// "ordered Apple to pay $300 million": "pay" after "to", a modal or "will" is the verb of
/// paying, no wage, whatever its context words ("deal") say of a wage; "a pay deal", "pay
/// rose 4%" are untouched.
pub(super) fn pay_as_a_verb(toks: &[Tok], i: usize) -> bool {
    toks[i].is("pay")
        && i > 0
        && toks[i - 1].kind == Kind::Word
        && pay_verb_markers().contains(&toks[i - 1].low())
}

word_set!(
    /// Participles of carrying someone somewhere: rule `hospital_as_a_destination`.
    carrying_participles,
    "en/carrying_participles.txt",
    "es/carrying_participles.txt",
);

word_set!(
    /// Words between such a participle and the place: rule `hospital_as_a_destination`.
    destination_links,
    "en/destination_links.txt",
    "es/destination_links.txt",
);

/// Words between a participle of carrying and "hospital" ("trasladados a un hospital").
const DESTINATION_LINK_REACH: usize = 2;

/// Rule `hospital_as_a_destination`: "two were airlifted to hospital after an avalanche",
/// "fueron trasladados a un hospital con hipotermia": a hospital someone was carried to
/// after an accident is where the injured went, a casualty's, not a figure of health care
/// ("admitted to hospital", "hospital waiting lists" are untouched).
pub(super) fn hospital_as_a_destination(toks: &[Tok], i: usize) -> bool {
    if !toks[i].is("hospital") {
        return false;
    }
    let mut k = i;
    while k > 0
        && i - k < DESTINATION_LINK_REACH
        && destination_links().contains(&toks[k - 1].low())
    {
        k -= 1;
    }
    k < i
        && k > 0
        && toks[k - 1].kind == Kind::Word
        && carrying_participles().contains(&toks[k - 1].low())
}

word_set!(
    /// Events a time is told by: rule `pandemic_as_a_time`.
    epoch_events,
    "en/epoch_events.txt",
    "es/epoch_events.txt",
);

word_set!(
    /// Prepositions of time before such an event: rule `pandemic_as_a_time`.
    epoch_prepositions,
    "en/epoch_prepositions.txt",
    "es/epoch_prepositions.txt",
);

word_set!(
    /// Words between the preposition and the event: rule `pandemic_as_a_time`.
    epoch_fillers,
    "en/epoch_fillers.txt",
    "es/epoch_fillers.txt",
);

/// Words between a preposition of time and its event ("before the Covid-19 pandemic").
const EPOCH_FILLER_REACH: usize = 5;

/// Rule `pandemic_as_a_time`: "down from 62% during the pandemic", "18% more than before the
/// pandemic", "un 13% menos que antes de la pandemia": an event after a preposition of time
/// dates the figure, and names no topic of it (no health); "the pandemic killed 7 million"
/// still does.
pub(super) fn pandemic_as_a_time(toks: &[Tok], i: usize) -> bool {
    if !epoch_events().contains(&toks[i].low()) {
        return false;
    }
    let mut k = i;
    while k > 0 && i - k < EPOCH_FILLER_REACH && epoch_fillers().contains(&toks[k - 1].low()) {
        k -= 1;
    }
    k > 0 && toks[k - 1].kind == Kind::Word && epoch_prepositions().contains(&toks[k - 1].low())
}

word_set!(
    /// Bodies a topic word names the domain of: rule `speaking_body_s_domain`.
    domain_bodies,
    "en/domain_bodies.txt",
);

/// Rule `speaking_body_s_domain`: "Egypt's tourism ministry said a mission had found 63
/// tombs": a topic word that names the domain of a body of government speaking (the body's
/// noun and then a verb of speech) names who speaks, not what the figures are about.
pub(super) fn speaking_body_s_domain(toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word);
    word(i + 1).is_some_and(|t| domain_bodies().contains(&t.low()))
        && word(i + 2).is_some_and(|t| crate::extract::lexicon::shared::is_speech(&t.low()))
}

word_set!(
    /// Tax nouns a rate or an amount makes a tax: rule `tax_with_its_rate`.
    rated_taxes,
    "en/rated_taxes.txt",
);

word_set!(
    /// Signs of a rate between its figure and the tax: rule `tax_with_its_rate`.
    rate_signs,
    "en/rate_signs.txt",
);

/// Tokens after "of" searched for the amount of a tax ("a tax of £2": "£", "2").
const TAX_AMOUNT_REACH: usize = 3;

/// Rule `tax_with_its_rate`: "A 20% tax on sugary drinks was proposed", "it would charge a
/// tourist tax of £2 a night": a tax noun with its rate before it or its amount after "of"
/// names the tax itself, a budget matter, though none of the context words a tax needs
/// (`topic_homonyms.txt`: "raised", "revenue") stands near; for that figure only (the
/// "1,600 deaths" a tax would prevent are no budget figure). The token of the rate's or the
/// amount's number, if any.
pub(super) fn tax_rate_at(toks: &[Tok], i: usize) -> Option<usize> {
    if !rated_taxes().contains(&toks[i].low()) {
        return None;
    }
    let mut k = i;
    while k > 0 && i - k < 3 && rate_signs().contains(&toks[k - 1].low()) {
        k -= 1;
    }
    if k < i && k > 0 && toks[k - 1].kind == Kind::Num {
        return Some(k - 1);
    }
    if !toks.get(i + 1).is_some_and(|t| t.is("of")) {
        return None;
    }
    (i + 2..toks.len().min(i + 2 + TAX_AMOUNT_REACH)).find(|&j| toks[j].kind == Kind::Num)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn at(text: &str, word: &str, rule: fn(&[Tok], usize) -> bool) -> bool {
        let toks = tokenize(text);
        let i = toks.iter().position(|t| t.text == word).expect("word");
        rule(&toks, i)
    }

    #[test]
    fn home_as_a_place_adverb_reads_where_someone_goes() {
        let rule = home_as_a_place_adverb;
        assert!(at(
            "The winner took home $50,000 in prize money.",
            "home",
            rule
        ));
        assert!(at(
            "The state will borrow $2 billion at home.",
            "home",
            rule
        ));
        assert!(at("About 300 fans flew home on Monday.", "home", rule));
        assert!(!at("Builders finished 20,000 new homes.", "homes", rule));
        assert!(!at("The average home costs $400,000.", "home", rule));
        assert!(!at("They lost their home in the fire.", "home", rule));
    }

    #[test]
    fn chamber_of_parliament_is_no_dwelling() {
        let rule = chamber_of_parliament;
        assert!(at(
            "The party won 30 seats in the upper-house vote.",
            "house",
            rule
        ));
        assert!(at(
            "The lower house passed the bill by 210 votes.",
            "house",
            rule
        ));
        assert!(!at("A house in the town sold for $900,000.", "house", rule));
    }

    #[test]
    fn pay_as_a_verb_is_no_wage() {
        let rule = pay_as_a_verb;
        assert!(at(
            "The city will pay for the games under a 10-year deal.",
            "pay",
            rule
        ));
        assert!(at(
            "A jury ordered the firm to pay $40 million.",
            "pay",
            rule
        ));
        assert!(!at("Nurses accepted a pay deal worth 5%.", "pay", rule));
        assert!(!at("Their pay rose 4% last year.", "pay", rule));
    }

    #[test]
    fn hospital_as_a_destination_is_no_health_care() {
        let rule = hospital_as_a_destination;
        assert!(at(
            "Two hikers were airlifted to hospital after the fall.",
            "hospital",
            rule
        ));
        assert!(at(
            "Tres heridos fueron trasladados a un hospital.",
            "hospital",
            rule
        ));
        assert!(at(
            "Dos menores fueron llevados al hospital.",
            "hospital",
            rule
        ));
        assert!(!at(
            "About 900 children were admitted to hospital.",
            "hospital",
            rule
        ));
        assert!(!at("The hospital has 400 beds.", "hospital", rule));
    }

    #[test]
    fn pandemic_as_a_time_dates_the_figure() {
        let rule = pandemic_as_a_time;
        assert!(at(
            "Rents are 18% higher than before the pandemic.",
            "pandemic",
            rule
        ));
        assert!(at(
            "Sales fell from 62% during the Covid-19 pandemic.",
            "pandemic",
            rule
        ));
        assert!(at(
            "Hay un 13% menos que antes de la pandemia.",
            "pandemia",
            rule
        ));
        assert!(!at(
            "The pandemic killed 7 million people.",
            "pandemic",
            rule
        ));
    }

    #[test]
    fn speaking_body_s_domain_names_who_speaks() {
        let rule = speaking_body_s_domain;
        assert!(at(
            "The tourism ministry said 63 tombs were found.",
            "tourism",
            rule
        ));
        assert!(!at(
            "The tourism ministry's budget is $40m.",
            "tourism",
            rule
        ));
        assert!(!at(
            "Tourism revenue rose 9%, the ministry said.",
            "Tourism",
            rule
        ));
    }

    #[test]
    fn tax_with_its_rate_is_a_tax() {
        let rule = |toks: &[Tok], i: usize| tax_rate_at(toks, i).is_some();
        assert!(at("A 20% tax on sugary drinks was proposed.", "tax", rule));
        assert!(at(
            "The town will charge a tourist tax of £2 a night.",
            "tax",
            rule
        ));
        assert!(!at("Pre-tax profits rose to $4bn.", "tax", rule));
        assert!(!at("The tax office hired 300 staff.", "tax", rule));
    }

    #[test]
    fn named_work_kind_ends_the_name() {
        let rule = named_work_kind;
        assert!(at(
            "The Golden Gate Bridge carries 110,000 cars a day.",
            "Bridge",
            rule
        ));
        assert!(at(
            "Work on the Channel Tunnel cost £4.6bn.",
            "Tunnel",
            rule
        ));
        assert!(!at(
            "The Canal & River Trust cares for 2,000 miles.",
            "Canal",
            rule
        ));
        assert!(!at(
            "The Suez Canal Authority said revenue fell 60%.",
            "Canal",
            rule
        ));
        assert!(!at("Bridge players met in 40 clubs.", "Bridge", rule));
    }
}
