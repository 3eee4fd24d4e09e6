//! What stands right after a figure: the link words of a partitive or a share ("of the",
//! "of the city's"), and words that name no thing (a time, a rate, a comparative).

use super::super::duration::duration_event;
use super::super::words::{
    figure_links, is_stopword, partitive_hedges, partitive_links, plain_links, rate_bases,
    rate_markers, scope_prepositions, sum_qualifiers, time_openers, time_words, window_articles,
    window_prepositions,
};
use super::word_in;
use crate::extract::lexicon::shared::time_anchors_before;
use crate::extract::lexicon::WordSet;
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// The link words after the figure ("25% of the workers", "la mitad del país", "2.000
/// millones de pesos de inversión"), read through the whole's size of a partitive ("two of
/// the 12 detainees"): the token after them, and the link as a label shows it (only
/// "of"/"de" and articles: "of their income" would carry a stand-in).
pub(super) fn link_after(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> (usize, Option<String>) {
    let past_qualifier = qualifier_before_its_thing(toks, q, q.end);
    let mut i = q.end + usize::from(past_qualifier);
    while word_in(toks, i, figure_links(lang)) {
        i += 1;
    }
    let opens_link = toks
        .get(q.end)
        .is_some_and(|t| partitive_links().contains(&t.low()));
    let plain_link = (q.end..i).all(|k| plain_links().contains(&toks[k].low()));
    let mut link = (i > q.end && opens_link && plain_link && !past_qualifier)
        .then(|| sentence[toks[q.end].start..toks[i - 1].end].to_string());
    // Rule `partitive_past_a_hedge`: "85 of the roughly 100 drones".
    let hedged = i > q.end
        && word_in(toks, i, partitive_hedges())
        && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num);
    // Rule `partitive_past_a_possessor`: "three of the city's 11 care homes".
    let possessor = i > q.end
        && toks
            .get(i)
            .is_some_and(|t| super::super::label::possessor(t.text))
        && toks.get(i + 1).is_some_and(|t| t.kind == Kind::Num);
    if hedged || possessor {
        i += 1;
    }
    if i > q.end && toks.get(i).is_some_and(|t| t.kind == Kind::Num) {
        i += 1;
        link = None;
    }
    (i, link)
}

/// Rule `sum_qualifier_before_its_thing`: "calcula en 3.000 millones de euros anuales la
/// inversión necesaria": a qualifier of a Spanish sum ("anuales", "netos": es/sum_qualifiers.txt)
/// right after it, with a definite article after the qualifier, is read past: the noun phrase
/// the article opens is what the sum measures. A qualifier with no article after it still names
/// no thing ("1.184 euros brutos al mes").
fn qualifier_before_its_thing(toks: &[Tok], q: &Quantity, i: usize) -> bool {
    let money = q
        .unit
        .as_deref()
        .is_some_and(crate::model::figure::currency_code);
    money
        && word_in(toks, i, sum_qualifiers())
        && word_in(toks, i + 1, super::super::words::definite_articles())
}

crate::word_set!(
    /// Comparatives after a figure that measure it ("a third higher than").
    figure_comparatives,
    "en/figure_comparatives.txt",
);

/// Rule `ago_names_no_thing`: "frente a US$ 3,40 hace dos años", "los 2.000 de hace dos
/// décadas": "hace", a figure or an article and a time at token `i` say when the figure
/// held, nothing it counts.
fn ago(toks: &[Tok], i: usize) -> bool {
    word_in(toks, i, time_anchors_before())
        && toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Num
                || crate::extract::numbers::is_number_word(&t.low())
                || super::super::words::singular_articles().contains(&t.low())
        })
        && word_in(toks, i + 2, time_words())
}

/// Whether the tokens from `i` name no counted thing: a phrase that opens with a preposition
/// ("5.2% in October"), a day or month after "on" ("sold 2 million barrels on Tuesday"), a
/// window the figure was measured over ("rose 7% over the past four months", "within the
/// next year": a function word, an article or none, then a time word), or the rate of a
/// measured figure ("$3.15 a gallon", "per day", "al mes", "diarios": the thing is named
/// before the figure).
pub(super) fn names_no_thing(toks: &[Tok], i: usize, q: &Quantity, lang: Lang) -> bool {
    let is_word = |k: usize, set: &WordSet| word_in(toks, k, set);
    let article = |k: usize| is_word(k, window_articles());
    // "within the next six months": a window preposition is no stop word.
    let window = toks.get(i).is_some_and(|t| {
        t.kind == Kind::Word && (is_stopword(&t.low()) || window_prepositions().contains(&t.low()))
    }) && (is_word(i + 1, time_words())
        || article(i + 1) && is_word(i + 2, time_words()));
    // Rule `time_opener_names_no_thing`: "300 megavatios a partir de 2026", "as of May".
    let opens_time = i + 1 < toks.len()
        && toks[i].kind == Kind::Word
        && toks[i + 1].kind == Kind::Word
        && time_openers().contains(&format!("{} {}", toks[i].low(), toks[i + 1].low()));
    let on_a_time = opens_time
        || (toks.get(i).is_some_and(|t| t.is("on")) && is_word(i + 1, time_words()))
        // Rule `comparison_base_names_no_thing`: "up 48% on the same period last year".
        || (toks.get(i).is_some_and(|t| t.is("on"))
            && article(i + 1)
            && (is_word(i + 2, time_words()) || toks.get(i + 2).is_some_and(|t| t.is("same"))))
        || is_word(i, time_words()) && toks.get(i).is_some_and(Tok::is_capitalized)
        || window
        // Rule `time_after_a_link`: "frente al 2,6% de agosto": a measure's time after its
        // link names no thing.
        || q.unit.is_some() && i > q.end && is_word(i, time_words())
        || ago(toks, i);
    // Rule `comparative_after_a_measure`: "slept 40 minutes less on average", "paid $5 more
    // than last year": the comparative measures the figure; no thing follows it.
    let comparative = q.unit.is_some()
        && toks.get(i).is_some_and(|t| t.is("less") || t.is("more"))
        && toks.get(i + 1).is_none_or(|n| {
            let average = n.is("on") && toks.get(i + 2).is_some_and(|a| a.is("average"));
            let paid_for = n.is("for");
            n.kind == Kind::Punct || average || n.is("than") || n.is("a") || n.is("per") || paid_for
        });
    // "premiums are a third higher than in 2022": a comparative with "than" or nothing after
    // it measures the figure, whatever its unit.
    let higher = word_in(toks, i, figure_comparatives())
        && toks
            .get(i + 1)
            .is_none_or(|n| n.kind == Kind::Punct || n.is("than"));
    let comparative = comparative || higher;
    // Rule `hyphened_preposition_opens_a_compound`: "61 in-store cafés": a preposition glued
    // by a hyphen to the next word modifies the noun after it.
    let compound = toks
        .get(i + 1)
        .is_some_and(|t| t.text == "-" && !t.space_before);
    let led_side = lang == Lang::Es
        && toks.get(i).is_some_and(|t| t.is("a"))
        && super::super::lead::margin_of_a_lead(toks, q);
    // Rule `recipient_names_no_thing`: "desembolsará 20.000 millones de dólares a Argentina":
    // a name after "a" right after a sum is who receives it, not what it counts.
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    let recipient = lang == Lang::Es
        && money
        && i == q.end
        && toks.get(i).is_some_and(|t| t.is("a") || t.is("al"))
        && toks.get(i + 1).is_some_and(Tok::is_capitalized);
    // Rule `bearer_of_a_cost_names_no_thing`: "cada jornada de paro cuesta 40.000 millones
    // de pesos a la economía porteña": after a verb of cost, "a" and what follows the sum
    // name who bears it; the thing that costs is the clause's subject.
    let cost_before = (q.start.saturating_sub(3)..q.start)
        .any(|k| word_in(toks, k, super::super::words::cost_verbs()));
    let bearer = lang == Lang::Es
        && money
        && i == q.end
        && cost_before
        && toks.get(i).is_some_and(|t| t.is("a") || t.is("al"));
    let place = lang == Lang::Es && i == q.end && super::super::paid::place_of_a_cost(toks, q);
    let bearer = bearer || place;
    // Rule `al_infinitive_is_a_time_clause`: "paga 224 pesos al salir del estado": "al" and
    // an infinitive right after a figure say when, not what is counted.
    let when = lang == Lang::Es
        && i == q.end
        && toks.get(i).is_some_and(|t| t.is("al"))
        && toks
            .get(i + 1)
            .is_some_and(|t| t.kind == Kind::Word && super::super::paid::is_infinitive(&t.low()));
    let exchange = super::super::paid::exchange_rate_base(toks, q);
    let led_side = led_side || recipient || bearer || when || exchange;
    if (is_word(i, scope_prepositions()) && !duration_event(toks, i, q, lang) && !compound)
        || on_a_time
        || comparative
        || led_side
    {
        return true;
    }
    // Rule `count_per_period`: "10,200 vehicles were stolen, or about 28 a day": a count's
    // period names no thing; what it counts is the figure's before it.
    // (The link words may have read the "a" already.)
    let base = if word_in(toks, i, rate_markers()) {
        i + 1
    } else {
        i
    };
    let per_period = q.unit.is_none()
        && base > q.end
        && word_in(toks, base - 1, rate_markers())
        && word_in(toks, base, time_words())
        && toks.get(base + 1).is_none_or(|t| t.kind == Kind::Punct);
    if per_period {
        return true;
    }
    if q.unit.is_some() && i < toks.len() && toks[i].kind == Kind::Word {
        let w0 = toks[i].low();
        let w1 = toks.get(i + 1).map(Tok::low).unwrap_or_default();
        let rate_next = rate_markers().contains(&w0) && rate_bases().contains(&w1);
        // Rule `gross_or_net_names_no_thing`: "1.184 euros brutos al mes", "55.000 millones
        // de euros netos": gross or net qualifies the sum, it is no thing counted.
        return rate_next || rate_bases().contains(&w0) || sum_qualifiers().contains(&w0);
    }
    false
}

/// Rule `predicate_names_the_part`: "de las cuales unas 700 eran menores no acompañados": a
/// count with no noun, a form of "ser" and a noun (no participle: "fueron liberados" is a
/// passive) counts what the noun names, a part of what an earlier figure counted.
pub fn predicate_names_the_part(toks: &[Tok], q: &Quantity, lang: Lang) -> bool {
    lang == Lang::Es
        && q.unit.is_none()
        && word_in(toks, q.end, super::super::words::predicate_copulas())
        && toks.get(q.end + 1).is_some_and(|n| {
            let w = n.low();
            n.kind == Kind::Word
                && !is_stopword(&w)
                && !super::super::words::is_verb(&w, lang)
                && !super::super::event::looks_participle(&w, lang)
        })
}

/// Rule `part_named_after_them`: "96 asylum seekers, 12 of them children", "30 muertos, 10
/// de ellos niños": a count with no noun, "of them" and a noun counts what the noun names, a
/// part of what the figure before counted. Where that noun stands.
/// Rule `share_or_modified_part_after_them`: so does a percentage ("4 million workers, 55%
/// of them women") and an English noun after one modifier ("10 million of them paying
/// subscribers", "two of them unvaccinated children"): where the modifier stands.
pub fn part_named_after_them(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<usize> {
    if q.unit.as_deref().is_some_and(|u| u != "percent") {
        return None;
    }
    let (of, them) = (toks.get(q.end)?, toks.get(q.end + 1)?);
    let of_them = match lang {
        Lang::En => of.is("of") && (them.is("them") || them.is("whom")),
        Lang::Es => of.is("de") && (them.is("ellos") || them.is("ellas")),
    };
    if !of_them {
        return None;
    }
    if plural_noun(toks, q.end + 2, lang) {
        return Some(q.end + 2);
    }
    let modifier = toks
        .get(q.end + 2)
        .is_some_and(|m| m.kind == Kind::Word && !m.is_capitalized() && !is_stopword(&m.low()));
    (lang == Lang::En && modifier && plural_noun(toks, q.end + 3, lang)).then_some(q.end + 2)
}

/// Whether token `k` is a plural noun: "two of them far to the left" names no part ("far" is
/// no noun), nor does a verb or a participle.
fn plural_noun(toks: &[Tok], k: usize, lang: Lang) -> bool {
    let Some(n) = toks.get(k) else {
        return false;
    };
    let w = n.low();
    let plural = w.ends_with('s') || lang == Lang::En && irregular_plurals().contains(&w);
    n.kind == Kind::Word
        && plural
        && !is_stopword(&w)
        && !super::super::words::is_verb(&w, lang)
        && !super::super::event::looks_participle(&w, lang)
}

crate::word_set!(
    /// Pronouns after "of"/"de" that stand for a whole named before ("six of them", "half
    /// of it", "tres de ellos"): rule `partitive_of_a_stand_in`.
    partitive_stand_ins,
    "en/partitive_stand_ins.txt",
    "es/partitive_stand_ins.txt",
);

/// Rule `share_of_them_is_of_a_count`: "3,1 millones de colmenas; el 80% de ellas pertenece
/// a …", "4,000 nurses, 30% of them …": a percentage of a stand-in ("of them", "de ellas")
/// is a share of a count named before, not of an earlier percentage (read in
/// `extract::sentence`, where the noun is borrowed).
pub fn share_of_them(toks: &[Tok], q: &Quantity) -> bool {
    q.unit.as_deref() == Some("percent")
        && word_in(toks, q.end, partitive_links())
        && word_in(toks, q.end + 1, partitive_stand_ins())
}

/// Rule `partitive_of_a_stand_in`: "Surveyors saw between six and eight of them", "with
/// Google, Meta and Amazon taking more than half of it": a figure whose whole is a stand-in
/// ("of them", "of it") and that names no part after it ("12 of them children" does,
/// `part_named_after_them`) counts what the stand-in stands for, not the words before it:
/// it has no phrase of its own, and borrows an earlier figure's.
pub(super) fn partitive_of_a_stand_in(toks: &[Tok], q: &Quantity, lang: Lang) -> bool {
    let of = match lang {
        Lang::En => "of",
        Lang::Es => "de",
    };
    // "federal government layoffs accounting for 216,670 of them": the subject of a verb
    // of making up names the part.
    let part_verb =
        (q.start.saturating_sub(PART_VERB_REACH)..q.start).any(|k| word_in(toks, k, part_verbs()));
    toks.get(q.end).is_some_and(|t| t.is(of))
        && word_in(toks, q.end + 1, partitive_stand_ins())
        && part_named_after_them(toks, q, lang).is_none()
        && !part_verb
}

crate::word_set!(
    /// Words that name a part of the whole before them ("including", "incluidos"): rule
    /// `part_after_including`.
    inclusion_words,
    "en/inclusion_words.txt",
    "es/inclusion_words.txt",
);

/// Rule `part_after_including`: "626 of them have been returned, including 268 that were
/// recovered in 2023": a figure right after "including" with no noun after it (only a
/// relative clause or nothing) is a part of what the figure before counts: it has no phrase
/// of its own, and borrows that figure's.
pub(super) fn part_after_including(toks: &[Tok], q: &Quantity) -> bool {
    let bare = toks
        .get(q.end)
        .is_none_or(|t| t.kind == Kind::Punct || super::super::relative::opens_relative(t));
    q.start > 0 && word_in(toks, q.start - 1, inclusion_words()) && bare
}

/// Most tokens of the noun before the comma that a "half of which" counts (rule
/// `part_of_which_counts_the_noun_before`).
const WHICH_NOUN_TOKENS: usize = 4;

/// Rule `part_of_which_counts_the_noun_before`: "82% of them were on fixed-term contracts,
/// half of which last less than 12 months": a figure set off by a comma and followed by "of
/// which" counts the noun right before the comma (its modifiers and a glued hyphen kept),
/// not the clause's subject. None for another figure.
pub(super) fn noun_before_of_which(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    let of_which = toks.get(q.end).is_some_and(|t| t.is("of"))
        && toks.get(q.end + 1).is_some_and(|t| t.is("which"));
    if !of_which || q.start < 2 || toks[q.start - 1].text != "," {
        return None;
    }
    let end = q.start - 1;
    let part = |k: usize| {
        let t = &toks[k];
        t.kind == Kind::Word && !is_stopword(&t.low())
            || t.text == "-" && !t.space_before && k + 1 < end
    };
    let mut start = end;
    while start > 0 && end - start < WHICH_NOUN_TOKENS && part(start - 1) {
        start -= 1;
    }
    (start < end && toks[end - 1].kind == Kind::Word)
        .then(|| sentence[toks[start].start..toks[end - 1].end].to_string())
}

/// Most tokens before a figure searched for a verb of making up (rule
/// `partitive_of_a_stand_in`: "accounting for more than 216,670 of them").
const PART_VERB_REACH: usize = 4;

crate::word_set!(
    /// Verbs whose subject is a part of the whole after them ("layoffs accounting for
    /// 216,670 of them", "women made up half of them").
    part_verbs,
    "en/part_verbs.txt",
    "es/part_verbs.txt",
);

crate::word_set!(
    /// English plural nouns without a final -s ("children", "women").
    irregular_plurals,
    "en/irregular_plurals.txt",
);

/// Rule `sum_goes_to_its_destination`: "de los cuales 3.100 millones irán a seguridad
/// pública", "1,1 billones se destinarán al pago de la deuda": a sum with no noun of its
/// own, a verb that takes it somewhere and its preposition: where the phrase after starts.
pub(super) fn destination_after(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<usize> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    // Rule `share_goes_to_its_destination`: "de los que el 60% se destinó a medios
    // digitales": a share of a sum goes where its verb sends it, as the sum does.
    let share = q.unit.as_deref() == Some("percent");
    if lang != Lang::Es || !(money || share) {
        return None;
    }
    let mut k = q.end;
    if toks.get(k).is_some_and(|t| t.is("se")) {
        k += 1;
    }
    if !word_in(toks, k, super::super::words::destination_verbs()) {
        return None;
    }
    let to = toks.get(k + 1)?;
    ["a", "al", "para", "en"]
        .iter()
        .any(|p| to.is(p))
        .then_some(k + 2)
        .filter(|&n| toks.get(n).is_some_and(|t| t.kind == Kind::Word))
}

/// Rule `sum_then_its_cost_verb`: "Mil millones de dólares costará la ampliación del
/// aeropuerto": a sum that opens the sentence, then a verb of cost: what follows the verb
/// (past its article) is what costs it. Where that phrase starts.
pub(super) fn cost_verb_after(toks: &[Tok], q: &Quantity) -> Option<usize> {
    if q.start != 0 || !word_in(toks, q.end, super::super::words::cost_verbs()) {
        return None;
    }
    let mut i = q.end + 1;
    while word_in(toks, i, super::super::words::definite_articles()) {
        i += 1;
    }
    Some(i)
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    #[test]
    fn exchange_rate_base_names_no_thing() {
        let got =
            labels("El banco central fijó el tipo de cambio oficial en 36,5 pesos por dólar.");
        assert!(got[0].contains("tipo de cambio"), "{got:?}");
        // Near miss: a rate per thing keeps its base ("3,15 dólares por galón").
        let got = labels("La gasolina se vende a 3,15 dólares por galón.");
        assert!(got[0].contains("galón"), "{got:?}");
    }

    #[test]
    fn sum_qualifier_before_its_thing() {
        let got = labels("El sindicato cifra en 400 millones de euros anuales el coste del plan.");
        assert_eq!(got[0], "€400M coste");
        // Near miss: no article after the qualifier ("brutos al mes").
        let got = labels("Los médicos cobran 3.900 euros brutos al mes.");
        assert!(!got[0].contains("brutos"), "{got:?}");
    }

    #[test]
    fn ago_names_no_thing() {
        let got = labels("Los socios pagan US$ 9,50 por clase, frente a US$ 7 hace cuatro años.");
        assert!(!got[1].contains("hace"), "{got:?}");
        let got = labels("El club tiene 900 socios, frente a los 1.400 de hace una década.");
        assert!(!got[1].contains("hace"), "{got:?}");
        // Near miss: "hace" with no figure after it is a verb ("hace falta").
        let got = labels("Se necesitan 200 voluntarios, y hace falta más.");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn part_named_after_them() {
        assert_eq!(
            labels("Nauru holds 96 asylum seekers, 12 of them children, the council said."),
            ["96 asylum seekers", "12 children"]
        );
        assert_eq!(
            labels("El ataque dejó 30 muertos, 10 de ellos niños."),
            ["30 muertos", "10 niños"]
        );
        // Rule `share_or_modified_part_after_them`.
        assert_eq!(
            labels("The union has 9,000 members, 60% of them nurses.")[1],
            "60% nurses"
        );
        assert_eq!(
            labels("The app had 40 million users, 3 million of them paying customers.")[1],
            "3M paying customers"
        );
        // No plural noun after "of them": the part is of what the figure before counted.
        assert_eq!(
            labels("It is led by four candidates, two of them far to the left ideologically.")[1],
            "2 candidates"
        );
        assert_eq!(
            labels("They found 40 bodies, 12 of them in the river."),
            ["40 bodies", "12 bodies"]
        );
    }
}
