//! The reader of the words before a figure ([`words_before`]) and the clauses it reads past:
//! an index name's number ("The FTSE 100 closed"), a relative clause or a source set off by
//! commas before the verb.

use super::super::words::{
    definite_articles, direction_adverbs, is_stopword, parenthetical_openers, prepositions,
    relative_pronouns,
};
use super::*;
use crate::extract::tokens::{initialism_dot, Kind, Tok};
use crate::model::Lang;

mod reader;
pub(in crate::extract::subject) use reader::words_before;

/// Rule `index_name_number`: "The FTSE 100 closed down 1.4%": digits right after a
/// capitalised word and right before the verb are part of the subject's name.
pub(super) fn index_name_number(toks: &[Tok], j: usize) -> bool {
    toks[j].kind == Kind::Num
        && j > 0
        && toks[j - 1].kind == Kind::Word
        && toks[j - 1].is_capitalized()
}

/// Rule `relative_clause_before_the_verb`: "Unemployment in Spain, which had long been the
/// highest, fell to 10.6%": a relative clause set off by commas right before the verb is read
/// past to the subject, and so is a source (rule `source_before_the_verb`: "inflation,
/// according to the ONS, held at 3.4%"). The comma at `j` closes it; the comma that opens
/// it, if any.
pub(super) fn relative_clause_open(toks: &[Tok], j: usize) -> Option<usize> {
    if toks[j].text != "," {
        return None;
    }
    let open = (j.saturating_sub(16)..j)
        .rev()
        .find(|&c| toks[c].text == "," || toks[c].text == ".")?;
    let relative = toks[open].text == ","
        && toks.get(open + 1).is_some_and(|w| {
            let w = w.low();
            relative_pronouns().contains(&w) || parenthetical_openers().contains(&w)
        });
    relative.then_some(open)
}

/// Rule `attributive_participle`: "extradited more than 50 organized crime leaders … in two
/// separate transfers": an English word in -ed after a number, a determiner or another such
/// word and before a lower-case noun describes that noun ("organized crime", "55 alleged
/// organized crime leaders", "the armed forces", "its unpaid bills"); a Spanish masculine
/// participle right after a noun that follows an article or "de" does too ("del crimen
/// organizado", "el año pasado"). Neither is the verb of the clause a later figure is read
/// in. "Police arrested 19 suspects", "the 12 injured were taken", "México ha enviado 26"
/// keep their verbs. Nor is a capitalised English word inside a sentence ("the United States
/// in two separate transfers", "DUBAI, United Arab Emirates -- Nine Americans"): it is part
/// of a name (rule `name_word_is_no_verb`).
pub(super) fn attributive_participle(toks: &[Tok], j: usize, lang: Lang) -> bool {
    if j == 0 {
        return false;
    }
    // Inside a sentence after a word, or followed by another capitalised word ("DUBAI,
    // United Arab Emirates -- Nine Americans are imprisoned").
    let name_goes_on = || {
        toks.get(j + 1)
            .is_some_and(|n| n.kind == Kind::Word && n.is_capitalized())
    };
    if lang == Lang::En
        && toks[j].is_capitalized()
        && (toks[j - 1].kind == Kind::Word || name_goes_on())
    {
        return true;
    }
    match lang {
        Lang::En => modifies_the_noun_after(toks, j),
        Lang::Es => {
            let w = toks[j].low();
            let noun = &toks[j - 1];
            (w.ends_with("ado") || w.ends_with("ido"))
                && noun.kind == Kind::Word
                && !noun.is_capitalized()
                && !is_stopword(&noun.low())
                && j >= 2
                && (toks[j - 2].is("de")
                    || toks[j - 2].is("del")
                    || definite_articles().contains(&toks[j - 2].low()))
        }
    }
}

/// An English word in -ed at `j` between a number, a determiner or another such word and a
/// lower-case noun.
fn modifies_the_noun_after(toks: &[Tok], j: usize) -> bool {
    let before_noun = toks.get(j + 1).is_some_and(|n| {
        let low = n.low();
        n.kind == Kind::Word
            && !n.is_capitalized()
            && !is_stopword(&low)
            && !prepositions().contains(&low)
            && !direction_adverbs().contains(&low)
    });
    let mut k = j;
    while before_noun && k > 0 && toks[k].text.ends_with("ed") {
        let prev = &toks[k - 1];
        if prev.kind == Kind::Num
            || prev.kind == Kind::Word && attributive_openers().contains(&prev.low())
        {
            return true;
        }
        k -= 1;
    }
    false
}

crate::extract::lexicon::word_set!(
    /// Words after which a word in -ed before a noun is an adjective (`attributive_participle`).
    attributive_openers,
    "en/attributive_openers.txt",
);

/// The governing verb and content words before a quantity, within its clause.
pub(in crate::extract::subject) struct WordsBefore {
    pub(in crate::extract::subject) verb: Option<String>,
    /// True when the verb stands right before the figure, no content word between them.
    pub(in crate::extract::subject) verb_adjacent: bool,
    /// The text from the first to the last of at most four content words, in the
    /// sentence's order and case ("Port of Eastmere").
    pub(in crate::extract::subject) text: String,
}

crate::extract::lexicon::word_set!(
    /// Adjectives that make a time word a time expression after it ("el año pasado").
    past_time_adjectives,
    "es/past_time_adjectives.txt",
);

/// Rule `coordinated_subject_before_its_verb`: "Los votos en blanco y anulados sumaron
/// 4,3%": a Spanish "y" (at `j`) between two content words, the one after it the only word
/// read so far before the verb, joins the two inside the subject; "… y el empleo subió 3%"
/// (an article after "y") and "creció 5% y importaciones cayeron" (a figure before "y") do
/// not.
fn coordinated_before_verb(
    toks: &[Tok],
    j: usize,
    words: &[usize],
    verb_read: bool,
    lang: Lang,
) -> bool {
    let content = |k: usize| {
        toks[k].kind == Kind::Word
            && !toks[k].is_capitalized()
            && !is_stopword(&toks[k].low())
            && !is_verb(&toks[k].low(), lang)
    };
    lang == Lang::Es
        && verb_read
        && toks[j].is("y")
        && words == [j + 1]
        && j > 0
        && content(j - 1)
        && content(j + 1)
}

/// Rule `verb_group_reads_as_one`: the words that carry a verb read before a figure are part
/// of it, so that the clause's subject is read as it is after a finite verb: "Insured losses
/// could reach $40 billion" as "losses reached", "prices are expected to rise to 4.5%",
/// "the meeting is scheduled to last 30 minutes", "la inflación podría llegar al 5%", "la
/// deuda va a superar". For the verb at `j` after a modal, "to" or "va a", the first of its
/// carriers (see [`event::infinitive_carriers`]).
fn verb_group_start(toks: &[Tok], j: usize, lang: Lang) -> Option<usize> {
    if level_infinitive(toks, j) {
        return Some(event::infinitive_carriers(toks, j - 1, lang));
    }
    // "las filas llegaron a durar 12 horas": Spanish "a" carries it too.
    if event::lasting_infinitive(toks, j) && (toks[j - 1].is("to") || toks[j - 1].is("a")) {
        return Some(event::infinitive_carriers(toks, j - 1, lang));
    }
    super::super::order::carried_verb(toks, j)
        .then(|| super::super::order::verb_group_start(toks, j, lang))
}

/// Rule `level_infinitive_is_a_verb`: "expects gross debt to peak at 76.2%": an infinitive
/// of reaching a level ("to peak", "to reach", "to hit") is the figure's verb, whose subject
/// is the noun before "to" (not "peak", a noun elsewhere).
fn level_infinitive(toks: &[Tok], j: usize) -> bool {
    j > 0
        && toks[j - 1].is("to")
        && super::super::paid::level_infinitives().contains(&toks[j].low())
}

/// Rule `comparison_side_shares_the_head`: "62 seats, against 12 in the outgoing
/// parliament", "762,134 votes against 312,329 for his nearest rival", "compared with 38,000",
/// "frente a 40": a figure right after a comparison word, with a figure before it in the
/// sentence, is the other side of that comparison. The words before it are the comparison's,
/// not what it counts; with no noun of its own it counts what the figure before it counts
/// (see `share_head` in `extract::sentence`).
pub fn comparison_side(toks: &[Tok], q: &Quantity) -> bool {
    let sides = super::super::words::comparison_sides();
    let word = |k: usize| toks[k].kind == Kind::Word;
    let one = q.start >= 1 && word(q.start - 1) && sides.contains(&toks[q.start - 1].low());
    let two = q.start >= 2
        && word(q.start - 1)
        && word(q.start - 2)
        && sides.contains(&format!(
            "{} {}",
            toks[q.start - 2].low(),
            toks[q.start - 1].low()
        ));
    (one || two) && toks[..q.start].iter().any(|t| t.kind == Kind::Num)
}

crate::extract::lexicon::word_set!(
    /// Prepositions of the place a comparison's other side is in ("in", "en"): rule
    /// `comparison_side_keeps_its_place`.
    comparison_place_prepositions,
    "en/comparison_place_prepositions.txt",
    "es/comparison_place_prepositions.txt",
);

/// Rule `comparison_side_keeps_its_place`: "tarda 4,2 años, frente a 2,1 en Francia", "a rate
/// of 3.1, compared with 9 in Germany": the other side of a comparison
/// ([`comparison_side`]) followed by "en"/"in" and a proper name is that figure in that place;
/// the place is what tells it from the figure before it, and its label keeps it ("2,1 en
/// Francia"). The name runs over capitalised words and name particles ("Estados Unidos",
/// "República de Corea"), after an optional article ("in the UK"). None for a common noun
/// ("frente a 12 en la legislatura saliente").
pub fn comparison_place(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    let prep = toks
        .get(q.end)
        .filter(|t| t.kind == Kind::Word && comparison_place_prepositions().contains(&t.low()))?;
    if !comparison_side(toks, q) {
        return None;
    }
    let mut k = q.end + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && definite_articles().contains(&t.low()))
    {
        k += 1;
    }
    let name = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
    };
    if !name(k) {
        return None;
    }
    let mut last = k;
    while name(last + 1)
        || toks
            .get(last + 1)
            .is_some_and(|t| super::super::words::name_particles().contains(&t.low()))
            && name(last + 2)
    {
        last += if name(last + 1) { 1 } else { 2 };
    }
    Some(sentence[prep.start..toks[last].end].to_string())
}

crate::extract::lexicon::word_set!(
    /// Verbs that take an amount from a whole ("cut 1.5 points from growth").
    taking_verbs,
    "en/taking_verbs.txt",
    "es/taking_verbs.txt",
);

/// Rule `amount_taken_from_a_whole`: "its collapse could cut up to 1.5 percentage points
/// from Mexico's annual growth": a figure a verb of taking takes "from" or "off" a whole (or
/// Spanish "al"/"a la") is an amount of that whole; the clause's subject is what took it, and
/// is not read as what the figure measures.
fn amount_taken_from_a_whole(toks: &[Tok], q: &Quantity, verb: &str) -> bool {
    taking_verbs().contains(verb)
        && toks.get(q.end).is_some_and(|t| {
            ["from", "off", "al", "a"].iter().any(|w| t.is(w))
                && toks.get(q.end + 1).is_some_and(|n| n.kind == Kind::Word)
        })
}

/// A Spanish infinitive carried by a modal or "va a" ("podrían alcanzar", "va a superar"):
/// the verb of the clause, whether or not the verb lexicon knows it.
fn modal_infinitive(toks: &[Tok], j: usize, lang: Lang) -> bool {
    let w = toks[j].low();
    lang == Lang::Es
        && ["ar", "er", "ir", "arse", "erse", "irse"]
            .iter()
            .any(|e| w.ends_with(e))
        && super::super::order::carried_verb(toks, j)
        && !toks[j - 1].is("to")
}

/// Words [`words_before`] reads past without taking them or stopping: the opener of a
/// duration ("durante"), a direction adverb ("closed down 1.4%"), an adjective of the figure
/// ("a record 250 gigawatts"), an adverb of time or a verb's hedge before the figure ("still a
/// third higher", "had more than doubled"). `verb_at` is where the verb read so far stands.
fn read_past(
    toks: &[Tok],
    q: &Quantity,
    j: usize,
    w: &str,
    verb_at: Option<usize>,
    words_empty: bool,
) -> bool {
    // "se reunieron durante 45 minutos": the word that introduces a duration does not
    // end the clause it measures.
    let introduces = j + 1 == q.start
        && q.unit.as_deref().is_some_and(is_duration_unit)
        && duration_openers().contains(w);
    // Rule `direction_before_the_figure`: "closed down 1.4%": the adverb belongs to the
    // verb before it and ends no phrase.
    // So does "up" of "has gone up to €1,800".
    // Rule `direction_before_by`: and "down" of "shootings were down by about a third".
    let next_to = j + 2 == q.start && (toks[j + 1].is("to") || toks[j + 1].is("by"));
    let direction =
        (j + 1 == q.start || next_to) && verb_at.is_none() && direction_adverbs().contains(w);
    // Rule `adjective_of_the_figure`: "hit a record 250 gigawatts": the adjective after
    // an article describes the figure, not what it measures.
    let of_figure = j + 1 == q.start
        && verb_at.is_none()
        && figure_adjectives().contains(w)
        && j > 0
        && (toks[j - 1].is("a") || toks[j - 1].is("an"));
    // Rule `level_noun_of_the_figure`: "la demanda alcanzó un récord de 52.000 megawatts",
    // "un nuevo máximo de": the level noun describes the figure; the clause's subject is
    // what it measures.
    let level = j + 2 == q.start
        && verb_at.is_none()
        && toks[j + 1].is("de")
        && crate::extract::subject::words::level_nouns().contains(w)
        && j > 0
        && ["un", "una", "nuevo", "nueva"]
            .iter()
            .any(|a| toks[j - 1].is(a));
    // Rule `closing_period_is_no_subject`: "la deuda cerró el año en 1,62 billones", "cerró
    // el ejercicio con 20 millones": the period a verb closes is its object's time, not
    // what the figure measures.
    let period = j + 2 == q.start
        && verb_at.is_none()
        && words_empty
        && (toks[j + 1].is("en") || toks[j + 1].is("con"))
        && time_words().contains(w)
        && j > 0
        && ["el", "la", "su"].iter().any(|a| toks[j - 1].is(a));
    let of_figure = of_figure || level || period;
    // Rule `adverb_before_the_figure`: "premiums are still a third higher": an adverb of
    // time between the verb and the figure ends no phrase.
    let adverb = verb_at.is_none()
        && words_empty
        && crate::extract::subject::words::figure_adverbs().contains(w);
    // "rates had more than doubled": the hedge of the verb before it.
    let hedge = verb_at.is_some()
        && words_empty
        && (verb_at == Some(j + 1) && w == "than" && j > 0 && toks[j - 1].is("more")
            || verb_at == Some(j + 2) && w == "more" && toks[j + 1].is("than"));
    let adverb = adverb || hedge;
    introduces || direction || of_figure || adverb
}

/// How many tokens before its comma a fronted partitive ("Of those cases,") may open.
const FRONTED_PARTITIVE_REACH: usize = 8;

/// Rule `fronted_partitive_names_the_whole`: "Of those cases, 31.4% were of cruelty", "Of
/// those who applied, 44% were from Nigeria": a phrase opened by "of" that starts its
/// sentence or clause and ends at the comma before the figure's clause names the whole the
/// figure is a part of; its content words (right to left, as [`words_before`] reads them)
/// are what the figure counts. A stand-in alone ("Of them,") or a figure inside leaves it.
fn fronted_partitive(toks: &[Tok], comma: usize) -> Vec<usize> {
    let lo = comma.saturating_sub(FRONTED_PARTITIVE_REACH);
    let Some(of) = (lo..comma)
        .rev()
        .find(|&m| toks[m].is("of") && (m == 0 || toks[m - 1].kind == Kind::Punct))
    else {
        return Vec::new();
    };
    if toks[of + 1..comma].iter().any(|t| t.kind != Kind::Word) {
        return Vec::new();
    }
    (of + 1..comma)
        .rev()
        .filter(|&k| {
            let w = toks[k].low();
            !is_stopword(&w) && !matches!(w.as_ref(), "those" | "these" | "them" | "which")
        })
        .collect()
}

crate::extract::lexicon::word_set!(
    /// Verbs whose object is the subject of the infinitive after it (`expected_noun_is_the_subject`).
    object_control_verbs,
    "en/object_control_verbs.txt",
);

crate::extract::lexicon::word_set!(
    /// Adverbs read past inside a verb group (`adverb_inside_the_verb_group`).
    group_adverbs,
    "en/group_adverbs.txt",
);

/// An adverb of [`group_adverbs`] at `j` right after an auxiliary or a modal ("have since",
/// "will also").
fn group_adverb(toks: &[Tok], j: usize) -> bool {
    j > 0
        && group_adverbs().contains(&toks[j].low())
        && toks[j - 1].kind == Kind::Word
        && (super::super::words::auxiliaries().contains(&toks[j - 1].low())
            || super::super::order::modal_verbs().contains(&toks[j - 1].low()))
}

/// A word of speech at `j` that opens its clause (after punctuation or an article) and takes
/// a preposition: a noun ("claims from the February floods").
fn speech_noun(toks: &[Tok], j: usize) -> bool {
    super::super::words::modified_speech_noun(toks, j)
        || (j == 0
            || toks[j - 1].kind == Kind::Punct
            || definite_articles().contains(&toks[j - 1].low()))
            && toks
                .get(j + 1)
                .is_some_and(|n| prepositions().contains(&n.low()))
}

/// An article `w` at `j` right after a content word: it opens another noun phrase.
fn article_opens(toks: &[Tok], j: usize, w: &str) -> bool {
    definite_articles().contains(w)
        && j > 0
        && toks[j - 1].kind == Kind::Word
        && !is_stopword(&toks[j - 1].low())
        && !prepositions().contains(&toks[j - 1].low())
}

/// Where the unit words of the figure at token `j` end, before figure `q`: the words after it
/// up to a function word are its own unit ("0 to 100 km/h in 3.9 seconds"), not what `q`
/// measures; "per cent"/"por ciento" is one unit word, not a function word and a noun.
fn own_unit_end(toks: &[Tok], j: usize, q: &Quantity) -> usize {
    let per_cent = |m: usize| {
        (toks[m].is("per") || toks[m].is("por"))
            && toks
                .get(m + 1)
                .is_some_and(|t| t.is("cent") || t.is("ciento"))
    };
    (j + 1..q.start)
        .find(|&m| toks[m].kind == Kind::Word && is_stopword(&toks[m].low()) && !per_cent(m))
        .unwrap_or(q.start)
}

/// Rule `and_inside_a_name_pair`: "offences in England and Wales rose 4%": an "and" (`w`, at
/// `j`) between two capitalised words joins a pair of names, and does not end the phrase.
fn joins_name_pair(toks: &[Tok], j: usize, w: &str) -> bool {
    name_pair_joiners().contains(w)
        && j > 0
        && toks[j - 1].is_capitalized()
        && toks.get(j + 1).is_some_and(Tok::is_capitalized)
}

/// Rule `and_inside_between`: "the attainment gap between the richest and poorest pupils
/// narrowed by 2.3 points", "la brecha entre hombres y mujeres": the "and" of "between A and
/// B" joins the two sides inside the phrase; it does not end it.
fn joins_between_pair(toks: &[Tok], j: usize, w: &str) -> bool {
    (w == "and" || w == "y")
        && (j.saturating_sub(4)..j)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| toks[k].is("between") || toks[k].is("entre"))
}

/// The words read before a figure (token indices, in order) as text: the sentence's own
/// span when they are contiguous words, else the lower-case words joined.
fn words_text(sentence: &str, toks: &[Tok], words: &[usize]) -> String {
    let in_word = |k: usize| toks[k].kind == Kind::Word || initialism_dot(toks, k);
    match (words.first(), words.last()) {
        (Some(&a), Some(&b)) if (a..b).all(in_word) => {
            // An initialism read in part ("the U" of "the U.S.", "UU" of "EE.UU.") is read
            // whole.
            let mut end = b;
            while end + 1 < toks.len() && initialism_dot(toks, end + 1) {
                end += 1;
                let letter = toks.get(end + 1).is_some_and(|t| {
                    t.kind == Kind::Word && (!t.space_before || t.text.len() == 2)
                });
                if letter {
                    end += 1;
                }
            }
            let mut start = a;
            while start >= 2 && initialism_dot(toks, start - 1) {
                start -= 2;
            }
            sentence[toks[start].start..toks[end].end].to_string()
        }
        _ => words
            .iter()
            .map(|&k| toks[k].low().to_string())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Whether token `k` is a number word ("siete").
fn numbers_word(toks: &[Tok], k: usize) -> bool {
    toks[k].kind == Kind::Word && crate::extract::numbers::is_number_word(&toks[k].low())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    #[test]
    fn amount_taken_from_a_whole() {
        // The subject of a verb of taking is the cause, not what the amount is of.
        let text = "Its collapse could cut up to 1.5 percentage points from annual growth.";
        assert_eq!(labels(text), ["≤1.5 percentage points cut"]);
        assert_eq!(
            labels("El colapso podría restar 1,5 puntos al crecimiento."),
            ["1,5 puntos al crecimiento"]
        );
        // A change's origin after "from" keeps the subject of the change.
        assert_eq!(
            labels("Exports fell 2% from a year earlier."),
            ["2% fall in exports"]
        );
    }

    #[test]
    fn and_inside_between() {
        use crate::extract::testing::subjects;
        let text = "The attainment gap between the richest and poorest pupils narrowed by 2.3 \
                    percentage points.";
        assert_eq!(labels(text), ["2.3 percentage points attainment gap"]);
        assert_eq!(
            subjects(text),
            ["attainment gap between the richest and poorest pupils narrowed"]
        );
        // Rule `between_pair_whole_or_not_at_all`: no label ends inside the pair.
        assert_eq!(
            labels("The gap between rich and poor widened to 12 points."),
            ["12 points gap"]
        );
    }

    #[test]
    fn comparison_side_keeps_its_place() {
        let got = labels("El trámite dura 4,2 años en Chile, frente a 2,1 en Nueva Zelanda.");
        assert_eq!(got[1], "2,1 en Nueva Zelanda");
        let got =
            labels("The clinic saw 40 patients a day, compared with 25 in the United States.");
        assert!(got[1].ends_with("in the United States"), "{got:?}");
        // Near miss: a common noun after "en" is no place ("12 escaños", above).
        let got = labels("El partido obtuvo 62 escaños, frente a 12 en la legislatura saliente.");
        assert_eq!(got[1], "12 escaños");
    }

    #[test]
    fn comparison_side_shares_the_head() {
        assert_eq!(
            labels("The party won 62 seats, against 12 in the outgoing parliament."),
            ["62 seats", "12 seats"]
        );
        assert_eq!(
            labels("The candidate polled 762,134 votes against 312,329 for his nearest rival.")[1],
            "312,329 votes"
        );
        assert_eq!(
            labels("El partido obtuvo 62 escaños, frente a 12 en la legislatura saliente."),
            ["62 escaños", "12 escaños"]
        );
        // A measure compared has a phrase of its own to keep, and no word is taken from the
        // comparison ("13.7% compared").
        let got =
            labels("Patients lost 20.2% of their body weight, compared with 13.7% on a placebo.");
        assert!(!got[1].contains("compared"), "{got:?}");
    }
}
