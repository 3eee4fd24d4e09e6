//! What the subject's rules choose as the phrase a figure counts, from the phrases read after
//! and before it ([`choose_phrase`]), and a list item's restriction ([`list_item`]).

use super::*;

/// What the subject's rules make of the phrase read after a figure (`after`) and the words
/// read before it (`before`): the phrase the figure counts, the words that link it to the
/// figure, whether a duration's phrase is its event, and a list item's restriction with the
/// change its list's head names. `rate_of_a_level` is a rate after a change's level ("rose
/// to €31 per megawatt hour"), which names no thing.
pub(super) struct Chosen<'s> {
    pub(super) phrase: String,
    pub(super) link: Option<String>,
    pub(super) event_before: bool,
    pub(super) restriction: Option<(&'s str, usize)>,
    pub(super) list_change: Option<&'static str>,
}

/// Reads [`Chosen`] for quantity `q` of a sentence.
pub(super) fn choose_phrase<'s>(
    (sentence, toks, q, lang): (&'s str, &[Tok], &Quantity, Lang),
    after: PhraseAfter,
    before: &WordsBefore,
    rate_of_a_level: bool,
) -> Chosen<'s> {
    // Measured quantities ("a tariff of 25%", "unemployment rose to 5%") often name the thing
    // before the number; counted ones name it after.
    let measured = q.unit.is_some();
    let mut phrase = after.text;
    let mut link = after.link;
    // Rule `counter_noun_gives_way`: "Las matriculaciones de eléctricos sumaron 56.000
    // unidades", "Sales reached 1.2 million units": a counter names no thing; what the
    // clause's subject names is what was counted.
    if counter_nouns().contains(&phrase.to_lowercase()) {
        let subject = words_before(sentence, toks, q, lang, false);
        if subject.verb.is_some() && !subject.text.is_empty() {
            phrase = subject.text;
            link = None;
        }
    }
    if rate_of_a_level {
        phrase.clear();
        link = None;
    }
    // Rule `money_for_a_purpose`: the recipient after a sum ("a las provincias") gives way to
    // the purpose that follows it ("para obras de agua potable").
    if super::super::paid::purpose_after_recipient(toks, q, lang).is_some() {
        phrase.clear();
    }
    let mut event_before = false;
    if let Some(compared) = super::super::comparative::compared(sentence, toks, q, lang) {
        phrase = compared;
        link = None;
    }
    let stand_in = comparative_stand_in(toks, q, lang)
        || event::total_stand_in(toks, q)
        || super::super::ellipsis::reduced_relative(toks, q)
        || partitive_of_a_stand_in(toks, q, lang)
        || part_after_including(toks, q);
    if stand_in || super::super::ellipsis::others_before(toks, q, &phrase, lang) {
        phrase.clear();
        link = None;
    } else if phrase.is_empty() || (measured && after.content == 0) {
        // Rule `duration_of_an_event`: only a verb of lasting makes its subject the event.
        event_before = q.unit.as_deref().is_some_and(is_duration_unit)
            && before
                .verb
                .as_deref()
                .is_some_and(|v| text::with_lower(v, |l| lasting_verbs().contains(l)));
        // "a crowd of 200,000", "growth of 1.1%", "un aumento de 10%": the linked noun; money
        // names what it pays for ("£40 for a barbecue kit") or the act ("£17.4bn borrowed");
        // else the words before it, in the text's order ("Port of Eastmere").
        link = None;
        phrase = phrase_from_context(sentence, toks, q, lang, before);
    } else if let Some(share) = super::super::ellipsis::names_a_base(q, &phrase, lang)
        .then(|| words_before(sentence, toks, q, lang, false))
        .and_then(|b| {
            super::super::ellipsis::share_of_base(
                &phrase,
                link.as_deref(),
                &b.text,
                b.verb.is_some(),
            )
        })
    {
        phrase = share;
        link = None;
    } else if measured {
        if let Some(linked) = linked_noun_phrase(toks, q, lang, &phrase) {
            phrase = linked;
            link = None;
        }
    }
    // Rule `name_tally`: "Labour 91, the Democratic Alliance 64": the name and what the
    // list counts.
    if let Some(item) = q
        .unit
        .is_none()
        .then(|| {
            crate::extract::tally::name_tally_phrase(sentence, toks, q.start, lang == Lang::Es)
        })
        .flatten()
    {
        phrase = item;
        link = None;
    }
    let (restriction, list_change) = list_item((sentence, toks, q, lang), &mut phrase, &mut link);
    Chosen {
        phrase,
        link,
        event_before,
        restriction,
        list_change,
    }
}

/// A list item's restriction and the change its list's head names, the phrase rewritten as the
/// head and the restriction.
fn list_item<'s>(
    (sentence, toks, q, lang): (&'s str, &[Tok], &Quantity, Lang),
    phrase: &mut String,
    link: &mut Option<String>,
) -> (Option<(&'s str, usize)>, Option<&'static str>) {
    // Rule `list_restriction_en` (see `super::restriction`): "0,4% en alimentos, 1,1% en
    // vivienda" → "IPC en alimentos", "IPC en vivienda".
    let restriction = super::super::restriction::list_restriction(sentence, toks, q, lang);
    // Rule `list_items_share_the_change`: "El IPC subió 0,3% en septiembre: 0,8% en
    // alimentos, …": the items of a list after a change read as that change ("0,8% de alza
    // en IPC en alimentos"), as its first figure does.
    let mut list_change = None;
    if let Some((restriction, first)) = restriction {
        let head_q = Quantity {
            start: first,
            ..q.clone()
        };
        let head_before = words_before(sentence, toks, &head_q, lang, false);
        list_change = super::super::event::change_direction(toks, &head_q, &head_before);
        let head = head_before.text;
        *phrase = format!("{head} {restriction}").trim_start().to_string();
        *link = None;
    }
    (restriction, list_change)
}
