//! Labels: the compact name of a claim, its figure and the first words of its subject
//! ("50+ organized crime leaders", "hundreds of people").

use super::words::{
    definite_articles, finite_irregulars, is_stopword, is_verb, negations, phrase_ends,
    possessives, prepositions, scope_prepositions, singular_articles, stand_ins, time_words,
    window_prepositions,
};
use super::Subject;
use crate::extract::numbers::DecimalMark;
use crate::model::{format_figure_in, Lang, Qualifier};
use crate::text;
use crate::word_set;

crate::word_set!(
    /// Plural nouns of a change that are also verbs ("rises", "cuts"): rule
    /// `change_noun_compound`.
    change_nouns,
    "en/change_nouns.txt",
);

word_set!(
    /// Words after a change noun that lead to the change's figure ("rises to £4m", "by 3%"):
    /// rule `change_noun_compound`.
    change_figure_links,
    "en/change_figure_links.txt",
);

word_set!(
    /// Words that link a thing to its value ("a deal worth $20m"): rule
    /// `value_link_ends_the_label`.
    value_links,
    "en/value_links.txt",
);

word_set!(
    /// Demonstrative determiners ("those games"): a label drops one at its start.
    demonstratives,
    "en/demonstratives.txt",
);

crate::word_set!(
    /// Spanish forms of "estar" a label drops before a participle ("droga estaba valorada").
    state_auxiliaries,
    "es/state_auxiliaries.txt",
);

/// How the article writes its numbers: the figure of a label is printed as the article
/// prints it ("8.500 empleos" in a text that groups thousands with a point, "1.6 millones" →
/// "1.6M" in one that writes a decimal point), else in its language's usual notation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notation {
    /// The decimal mark, '.' or ','; thousands are grouped with the other.
    pub decimal: char,
    /// Four-digit numbers are grouped too ("8.500", "8,500").
    pub group_four: bool,
}

impl Notation {
    /// The usual notation of `lang`: "10,000" and "2.5" in English, "8500", "10.000" and
    /// "2,5" in Spanish.
    pub fn of_lang(lang: Lang) -> Notation {
        match lang {
            Lang::En => Notation {
                decimal: '.',
                group_four: true,
            },
            Lang::Es => Notation {
                decimal: ',',
                group_four: false,
            },
        }
    }

    /// The notation a figure written as `surface` shows, in a text whose decimal mark is
    /// `mark` (when it shows one): the figure's own separators first ("1.234,5", "2,3",
    /// "8.500"), then the text's decimal mark, then `lang`'s usual notation.
    pub fn of_figure(surface: &str, lang: Lang, mark: Option<DecimalMark>) -> Notation {
        let mut n = Notation::of_lang(lang);
        if let Some(m) = mark {
            n.decimal = if m == DecimalMark::Point { '.' } else { ',' };
        }
        // Separators between digits, with the number of digits after each up to a non-digit.
        let b = surface.as_bytes();
        let mut seps: Vec<(u8, usize, usize)> = Vec::new(); // (sep, digits before, digits after)
        let mut run = 0usize;
        for i in 0..b.len() {
            if b[i].is_ascii_digit() {
                run += 1;
                continue;
            }
            if (b[i] == b'.' || b[i] == b',')
                && run > 0
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            {
                let after = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                seps.push((b[i], run, after));
            }
            run = 0;
        }
        match seps.as_slice() {
            [] => {}
            // Both marks: the last one is the decimal mark ("1.234,5").
            [.., (last, _, _)] if seps.iter().any(|s| s.0 != *last) => {
                n.decimal = char::from(*last);
            }
            // One mark before exactly three digits groups thousands ("8.500", "12,000").
            [(sep, before, 3), ..] => {
                n.decimal = if *sep == b'.' { ',' } else { '.' };
                n.group_four |= *before == 1;
            }
            [(sep, _, _), ..] => n.decimal = char::from(*sep),
        }
        n
    }

    /// `figure`, written in `lang`'s usual notation, in this one.
    pub fn apply(self, figure: &str, lang: Lang) -> String {
        let usual = Notation::of_lang(lang);
        let swap = self.decimal != usual.decimal;
        let group = if self.decimal == '.' { ',' } else { '.' };
        let chars: Vec<char> = figure.chars().collect();
        let mut out = String::with_capacity(figure.len() + 2);
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let between_digits = (c == '.' || c == ',')
                && i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if between_digits && swap {
                out.push(if c == '.' { ',' } else { '.' });
                i += 1;
                continue;
            }
            // A four-digit whole number standing alone: "8500" → "8.500".
            let starts_run = c.is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
            let run = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            let alone = starts_run
                && run == 4
                && !(i > 0 && matches!(chars[i - 1], '.' | ','))
                && !chars.get(i + 4).is_some_and(|c| matches!(c, '.' | ','));
            if alone && self.group_four && !usual.group_four {
                out.push(c);
                out.push(group);
                out.extend(&chars[i + 1..i + 4]);
                i += 4;
                continue;
            }
            out.push(c);
            i += 1;
        }
        out
    }
}

/// Words a label's phrase holds at most.
const LABEL_WORDS: usize = 5;

/// The words of a subject phrase a label keeps: up to [`LABEL_WORDS`], cut before a verb or
/// a stand-in that follows the first word ("renters spend …", "leaders them"), and never
/// ending on a function word ("55 crime leaders to the" → "55 crime leaders").
pub fn label_words(phrase: &str, lang: Lang) -> Vec<&str> {
    // Most phrases are read twice in a row (what a later figure may borrow, then the label):
    // the last answer is kept, per thread.
    thread_local! {
        static LAST: std::cell::RefCell<LastLabelWords> = const {
            std::cell::RefCell::new(LastLabelWords {
                lang: None,
                phrase: String::new(),
                ranges: Vec::new(),
            })
        };
    }
    let hit = LAST.with_borrow(|last| {
        (last.lang == Some(lang) && last.phrase == phrase)
            .then(|| last.ranges.iter().map(|&(s, e)| &phrase[s..e]).collect())
    });
    if let Some(words) = hit {
        return words;
    }
    let words = read_label_words(phrase, lang);
    let base = phrase.as_ptr() as usize;
    LAST.with_borrow_mut(|last| {
        last.lang = Some(lang);
        last.phrase.clear();
        last.phrase.push_str(phrase);
        last.ranges.clear();
        last.ranges.extend(words.iter().map(|w| {
            // Every word is a slice of the phrase (see `read_label_words`).
            let s = w.as_ptr() as usize - base;
            (s, s + w.len())
        }));
    });
    words
}

/// The last phrase [`label_words`] read, in `lang`, and its words as byte ranges of it.
struct LastLabelWords {
    lang: Option<Lang>,
    phrase: String,
    ranges: Vec<(usize, usize)>,
}

/// [`label_words`] without its memo: the words are slices of `phrase`.
fn read_label_words(phrase: &str, lang: Lang) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let all: Vec<&str> = phrase
        .split_whitespace()
        .take(LABEL_WORDS + RESTRICTION_WORDS)
        .collect();
    // The index of the first word not read.
    let mut next = all.len().min(LABEL_WORDS);
    for (i, &w) in all.iter().enumerate().take(LABEL_WORDS) {
        let stop = ends_the_label(w, i, &all, &out, lang);
        // Rule `window_ends_a_label`: "a 15% raise over three years": a period after a window
        // preposition is another figure's time, never the label's ("15% raise").
        let window = out
            .last()
            .is_some_and(|p| text::with_lower(p, |l| window_prepositions().contains(l)))
            && (w.bytes().all(|b| b.is_ascii_digit())
                || text::with_lower(w, crate::extract::numbers::is_number_word))
            && all
                .get(i + 1)
                .is_some_and(|n| text::with_lower(n, |l| time_words().contains(l)));
        if window {
            next = i;
            break;
        }
        // Rule `definite_sets_drop_their_number`: "los dos presidentes" before a figure is a
        // set, not a second count ("45 minutos presidentes", never "45 minutos dos …").
        if out.is_empty() && text::with_lower(w, crate::extract::numbers::is_number_word) {
            continue;
        }
        // Rule `labels_drop_possessives`: a possessive opening the phrase is the speaker's
        // ("40% of our customers" → "40% of customers"); one after a word opens another
        // phrase ("0.05 seconds ahead of his rival" → "0.05 seconds ahead").
        if text::with_lower(w, |l| possessives().contains(l)) {
            if out.is_empty() {
                continue;
            }
            next = i;
            break;
        }
        // Rule `labels_drop_demonstratives`: "seven of those games" → "7 games": the
        // demonstrative points back in the text, the label stands alone. Rule
        // `demonstrative_pronoun_is_the_head`: before a participle it is what is counted
        // ("40% of those surveyed", "half of those injured") and stays.
        if out.is_empty()
            && text::with_lower(w, |l| demonstratives().contains(l))
            && !all.get(i + 1).is_some_and(|n| participle_after_pronoun(n))
        {
            continue;
        }
        // A phrase that opens on a finite verb names no thing ("2 years ran …", "4 llegan en
        // marzo"): the label is the figure alone, never a fragment.
        if stop || out.is_empty() && text::with_lower(w, |l| finite_verb(l, lang)) {
            next = i;
            break;
        }
        // Rule `state_auxiliary_drops`: "la droga estaba valorada en 420 millones" → "$420M
        // droga valorada": a Spanish form of "estar" between the noun and its participle is
        // no part of the label.
        let state = lang == Lang::Es
            && !out.is_empty()
            && text::with_lower(w, |l| state_auxiliaries().contains(l))
            && all
                .get(i + 1)
                .is_some_and(|n| text::with_lower(n, spanish_participle));
        if state {
            continue;
        }
        out.push(w);
    }
    finish_label(&mut out, &all, next, lang);
    out
}

/// Whether word `w` (the `i`th of the phrase's words `all`, after the label's words `out`)
/// ends the label: a verb or a stand-in after its first word, a gerund clause, or a
/// preposition that opens another phrase.
fn ends_the_label(w: &str, i: usize, all: &[&str], out: &[&str], lang: Lang) -> bool {
    text::with_lower(w, |l| {
        let l = l.trim_matches(|c: char| !c.is_alphanumeric());
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        // "55 alleged organized crime leaders": a participle before a noun modifies it;
        // after a plural noun it is the verb ("3 shelters reached capacity").
        // Rule `possessive_is_no_plural`: "BHP's underlying profit": a possessor ending
        // in "s" is no plural noun a participle or gerund after it would be the verb of.
        let after_plural = out
            .last()
            .is_some_and(|p| p.ends_with('s') && !possessor(p));
        let modifier = !after_plural && all.get(i + 1).is_some_and(|n| attributive_next(n, lang));
        // After a possessor the word is what it owns ("the bank chief's pay").
        let owned = out.last().is_some_and(|p| possessor(p));
        // Rule `compound_modifies_a_noun`: after a hyphenated compound the word is the
        // noun it modifies ("25% real-terms pay cut"), not a verb.
        let compound = lang == Lang::En
            && out
                .last()
                .is_some_and(|p| p.contains('-') && p.chars().any(char::is_alphabetic));
        // After an article the word is a noun or adjective ("to cover the cost").
        let after_article = lang == Lang::En
            && out.last().is_some_and(|p| {
                text::with_lower(p, |p| {
                    singular_articles().contains(p) || definite_articles().contains(p)
                })
            });
        // A hyphenated compound ("nuclear-powered", "long-awaited") is an adjective.
        let hyphenated = l.contains('-') && !l.ends_with('-') && !l.starts_with('-');
        // Rule `deadline_names_its_event`: "to" opening the phrase carries its verb ("7 days
        // to send probe").
        let infinitive = lang == Lang::En && out.len() == 1 && out[0] == "to";
        // Rule `demonstrative_pronoun_is_the_head`: "those surveyed": the participle says who.
        let described = lang == Lang::En
            && out
                .last()
                .is_some_and(|p| text::with_lower(p, |p| demonstratives().contains(p)))
            && participle_after_pronoun(w);
        let noun_place = modifier
            || infinitive
            || described
            || owned
            || compound
            || after_article
            || hyphenated
            || lang == Lang::En && change_noun_compound(l, out, all.get(i + 1).copied());
        // A modal or "va a" carries the verb after it: both end the label as a finite
        // verb does ("5% inflación", not "5% inflación podría llegar").
        let carrier = super::order::modal_verbs().contains(l)
            || lang == Lang::Es && super::order::future_carriers().contains(l);
        let cut = (is_verb(l, lang) || present_plural(l, lang)) && !noun_place
            || phrase_ends().contains(l)
            || carrier
            || lang == Lang::Es && infinitive_after_participle(l, out)
            // Rule `speech_verb_ends_the_label`: "Los analistas prevén otros dos": a Spanish
            // verb of speech after the noun is the clause's verb, not part of what is counted.
            || lang == Lang::Es && !noun_place && crate::extract::lexicon::shared::is_speech(l);
        // "55 crime leaders to the United States", "3 muertos en Oaxaca": a preposition of
        // place or time after the noun opens another phrase.
        let scope = out.len() > 1 || out.first().is_some_and(|f| !is_scope(f));
        // "11 Democrats joining Republicans", "40 senators voting against": a gerund
        // after a plural noun opens a clause about it.
        let gerund = after_plural && gerund(l, lang);
        // Rule `participle_keeps_its_agent`: a share read by its participle alone keeps
        // who does it ("80% owned by the taxpayer", "40% financiado por el Estado").
        let agent = out.len() == 1
            && matches!(l, "by" | "por")
            && text::with_lower(out[0], |p| match lang {
                Lang::En => p.len() > 4 && p.ends_with("ed"),
                Lang::Es => spanish_participle(p),
            });
        // Rule `value_link_ends_the_label`: "a five-year deal worth $20m" → "5-year deal";
        // "C$30bn worth of goods" keeps it.
        let value_link = value_links().contains(l) && all.get(i + 1).is_none_or(|n| *n != "of");
        !out.is_empty()
            && (!capital && (cut || gerund || value_link)
                || scope && !agent && scope_prepositions().contains(l))
            || stand_ins().contains(l)
    })
}

/// A participle in "-ed" after "those" ("those surveyed", "those injured"), which makes it a
/// pronoun, the head of what is counted (rule `demonstrative_pronoun_is_the_head`).
fn participle_after_pronoun(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// Rule `change_noun_compound`: a plural noun of change that is also a verb ("rises", "cuts")
/// right after a singular noun of the label is the compound's head ("3 rate rises despite
/// protests", "pay rises of 5%"), unless the figure of a change follows it ("budget rises to
/// £4m", "rises by 3%", "rises 3%").
fn change_noun_compound(l: &str, out: &[&str], next: Option<&str>) -> bool {
    let singular_noun = out.last().is_some_and(|p| {
        p.bytes().all(|b| b.is_ascii_lowercase())
            && !p.ends_with('s')
            && !is_stopword(p)
            && !is_verb(p, Lang::En)
    });
    let change_follows = next.is_some_and(|n| {
        change_figure_links().contains(n)
            || n.starts_with(|c: char| c.is_ascii_digit() || "£$€".contains(c))
    });
    singular_noun && change_nouns().contains(l) && !change_follows
}

/// The last steps of [`label_words`] on the words `out` it read (of `all`, `next` the first
/// word not read): no cut inside a "between" pair, a negated restriction kept, no function
/// word at the end, a possessor's noun kept.
fn finish_label<'p>(out: &mut Vec<&'p str>, all: &[&'p str], next: usize, lang: Lang) {
    // Rule `between_pair_whole_or_not_at_all`: a label cut inside "between A and B" ("gap
    // between the richest") stops before "between" ("trade between the two countries" stays).
    let between = |w: &&str| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("entre");
    let and = |w: &&str| w.eq_ignore_ascii_case("and") || *w == "y";
    if let Some(b) = out.iter().position(between).filter(|&b| b > 0) {
        let pair_in_phrase = all.iter().skip_while(|w| !between(w)).take(6).any(and);
        if pair_in_phrase && !out[b..].iter().any(and) {
            out.truncate(b);
        }
    }
    negated_restriction(out, &all[next..], lang);
    // Rule `label_ends_on_no_preposition`: a preposition that only led to the figure ("a
    // decision within two weeks" → "2 weeks decision", not "… decision within") goes, with
    // the function words before it.
    let trailing = |l: &str| is_stopword(l) || l.len() == 1 || prepositions().contains(l);
    while out.last().is_some_and(|w| text::with_lower(w, trailing)) {
        out.pop();
    }
    // Rule `possessor_keeps_its_noun`: a label never ends on a possessor ("3 days of the
    // bank chief's" → "… chief's pay"): the word it owns comes in, past the word limit
    // (after a possessor even "pay" or "cut" is a noun).
    if out.len() == LABEL_WORDS && out.last().is_some_and(|w| possessor(w)) {
        if let Some(&owned) = all.get(LABEL_WORDS) {
            let plain = text::with_lower(owned, |l| {
                owned.chars().all(char::is_alphabetic)
                    && !is_stopword(l)
                    && !phrase_ends().contains(l)
            });
            if plain {
                out.push(owned);
            }
        }
    }
}

/// Words a negated restriction adds to a label past its limit ("not included in the USMCA").
const RESTRICTION_WORDS: usize = 4;

/// Rule `negated_restriction_stays`: a negated participle after the noun is what makes the
/// figure true ("25% tariffs on all products not included in the USMCA", "productos no
/// incluidos en el T-MEC"), so the label keeps it, with up to [`RESTRICTION_WORDS`] words,
/// instead of ending on the noun (which would claim "all products"). `rest` is the phrase
/// after the words `out` read.
fn negated_restriction<'p>(out: &mut Vec<&'p str>, rest: &[&'p str], lang: Lang) {
    let negation = |w: &&str| text::with_lower(w, |l| negations().contains(l));
    let participle = |w: &&str| {
        text::with_lower(w, |l| match lang {
            Lang::En => is_verb(l, lang) && !finite_verb(l, lang),
            Lang::Es => spanish_participle(l) && l.len() > 4,
        })
    };
    // The participle was read already ("productos no incluidos | en el T-MEC") or is next.
    let read =
        out.len() >= 2 && negation(&out[out.len() - 2]) && out.last().is_some_and(participle);
    let ahead = out.last().is_some_and(negation) && rest.first().is_some_and(participle);
    if !read && !ahead {
        return;
    }
    for w in rest.iter().take(RESTRICTION_WORDS - usize::from(read)) {
        let end = w.ends_with([',', ';', ':', ')', '.']);
        out.push(w.trim_end_matches([',', ';', ':', ')', '.']));
        if end {
            break;
        }
    }
}

/// "chief's", "bank’s", "workers'": a word that owns the next one.
pub(super) fn possessor(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.len() > 2 && w.ends_with("s'")
}

/// True for a verb form that is no participle and no noun: Spanish finite forms ("llegan",
/// "cayeron"; not "detenidos"), and the English irregular ones that are never nouns ("ran",
/// "go"; English "arrests", "rise", "raise" are nouns as often as verbs).
fn finite_verb(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => finite_irregulars().contains(w),
        Lang::Es => !spanish_participle(w) && (is_verb(w, lang) || present_plural(w, lang)),
    }
}

/// "detenidos", "incluida": a Spanish past participle, by its ending.
/// Rule `infinitive_after_participle`: "14 extranjeros acusados de participar en las
/// protestas", "condenados a pagar": an infinitive after a participle and its "de" or "a"
/// opens another clause; the label ends with the participle ("14 extranjeros acusados").
fn infinitive_after_participle(l: &str, out: &[&str]) -> bool {
    let [.., participle, prep] = out else {
        return false;
    };
    let infinitive = l.chars().count() > 4 && ["ar", "er", "ir"].iter().any(|e| l.ends_with(e));
    infinitive && matches!(*prep, "de" | "a") && text::with_lower(participle, spanish_participle)
}

fn spanish_participle(w: &str) -> bool {
    ["ado", "ido", "ados", "idos", "ada", "ida", "adas", "idas"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Rule `present_plural_is_a_verb`: a lower-case Spanish word of six letters or more in
/// unaccented "-an" is a present-tense verb ("integran", "vigilan", "consideran"; nouns in
/// "-an" carry an accent: "huracán", "capitán"), so a label stops before it ("~1.800
/// personas", never "… integran el contingente").
fn present_plural(w: &str, lang: Lang) -> bool {
    lang == Lang::Es && w.len() > 5 && w.ends_with("an")
}

/// True when `next`, the word after an English "-ed" form, is a plain lower-case noun or
/// adjective the form modifies ("organized crime"), not a function word, a verb or a name.
fn attributive_next(next: &str, lang: Lang) -> bool {
    lang == Lang::En
        && next.chars().all(|c| c.is_ascii_lowercase())
        && !is_stopword(next)
        && !is_verb(next, lang)
        && !phrase_ends().contains(next)
        && !scope_prepositions().contains(next)
}

/// A gerund: English "-ing" (not "thing", "king"), Spanish "-ando", "-iendo", and with a
/// pronoun glued ("uniéndose", "llevándolos").
fn gerund(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => w.len() > 5 && w.ends_with("ing"),
        Lang::Es => {
            w.len() > 5
                && (w.ends_with("ando")
                    || w.ends_with("iendo")
                    || w.contains("ándo")
                    || w.contains("iéndo"))
        }
    }
}

fn is_scope(w: &str) -> bool {
    text::with_lower(w, |l| scope_prepositions().contains(l))
}

/// Rule `duration_of_an_event`: the event a duration measures, as a label names it: the
/// words of its phrase up to the first function word ("meeting between the two presidents"
/// → "meeting"), so the label reads "45-minute meeting" ("45 minutos de reunión").
fn event_words(phrase: &str, lang: Lang) -> Option<String> {
    let words: Vec<&str> = label_words(phrase, lang)
        .into_iter()
        .take_while(|w| text::with_lower(w, |l| !is_stopword(l) && !prepositions().contains(l)))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Rule `sentence_case_is_not_a_name`: a phrase that opens the sentence carries the
/// sentence's capital ("Prices rose 3%", "Exports fell 2.3%"); a label reads it in lower case
/// ("3% prices") when the word reads as a common noun: `common` says so (a topic term), or it
/// is a plural ("Tickets", "Rents") that reads as no nationality, faith or party and is
/// followed in the phrase only by lower-case words. A capital that may be a name ("Tesla
/// shares", "Democrats") stays.
pub fn sentence_case(phrase: &mut String, sentence: &str, common: impl Fn(&str) -> bool) {
    let opening = sentence
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let Some(first) = phrase.split_whitespace().next() else {
        return;
    };
    let mut chars = first.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = chars.clone().all(|c| c.is_lowercase() || c == '-');
    if first != opening || !capital || !rest_lower || first.chars().count() < 3 {
        return;
    }
    let lower = first.to_lowercase();
    // Rule `topic_names_keep_their_capital`: a topic term that is a name ("Brent", "Medicare")
    // is not a common noun for carrying the sentence's capital.
    if topic_names().contains(&lower) {
        return;
    }
    let others_lower = phrase
        .split_whitespace()
        .skip(1)
        .all(|w| !w.chars().next().is_some_and(char::is_uppercase));
    let plural = lower.ends_with('s')
        && !lower.ends_with("ss")
        && !crate::extract::quantity::demonym_like(&lower)
        && !crate::extract::quantity::demonym_like(lower.trim_end_matches('s'));
    // Rule `opening_adjective_in_lower_case`: "Net profit rose 18%" → "18% rise in net profit".
    let adjective = others_lower && phrase.contains(' ') && opening_adjectives().contains(&lower);
    if others_lower && (common(&lower) || plural) || adjective {
        phrase.replace_range(..first.len(), &lower);
    }
}

word_set!(
    /// Common adjectives that open a sentence's subject ("Net profit", "Wholesale prices").
    opening_adjectives,
    "en/opening_adjectives.txt",
);

word_set!(
    /// Topic terms that are names, which keep their capital (see [`sentence_case`]).
    topic_names,
    "any/topic_names.txt",
);

/// The label of a claim: its figure, in the article's `notation` and language ("45 minutos"),
/// and the first words of its subject.
pub fn label(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
    subj: &Subject,
    lang: Lang,
    notation: Notation,
) -> String {
    if subj.event_before && subj.figure.is_none() {
        if let (Some(u), Some(event)) = (unit, event_words(&subj.phrase, lang)) {
            let n = notation.apply(
                &format_figure_in(value, value_max, qualifier, None, lang),
                lang,
            );
            return match lang {
                Lang::En => format!("{n}-{u} {event}"),
                // Figure first, as every label: "45 minutos de reunión".
                Lang::Es => format!(
                    "{} de {event}",
                    notation.apply(
                        &format_figure_in(value, value_max, qualifier, Some(u), lang),
                        lang,
                    )
                ),
            };
        }
    }
    let mut out = match &subj.figure {
        Some(f) => f.clone(),
        None => notation.apply(
            &format_figure_in(value, value_max, qualifier, unit, lang),
            lang,
        ),
    };

    let source = if subj.phrase.is_empty() {
        &subj.text
    } else {
        &subj.phrase
    };
    let mut words = free_relative_words(source).unwrap_or_else(|| label_words(source, lang));
    if subj.figure.is_none() && unit.is_some() {
        unit_repeat_dropped(&mut words, &out);
    }
    // Rule `change_amount_names_its_change`: "2.3% fall in exports", "2,3% de caída en
    // exportaciones".
    // Rule `comparison_with_an_earlier_time`: "£400M more collected", "7M más".
    if let Some(degree) = subj.change.filter(|c| is_degree(c)) {
        out.push(' ');
        out.push_str(degree);
    }
    if let Some(change) = subj
        .change
        .filter(|c| !words.is_empty() && subj.link.is_none() && !is_degree(c))
    {
        match (lang, change) {
            (Lang::En, _) => {
                out.push(' ');
                out.push_str(change);
                out.push_str(" in");
            }
            (Lang::Es, "rise") => out.push_str(" de alza en"),
            (Lang::Es, _) => out.push_str(" de caída en"),
        }
    }
    if let Some(link) = subj.link.as_deref().filter(|_| !words.is_empty()) {
        out.push(' ');
        out.push_str(link);
    }
    let restricted = subj
        .restriction
        .as_deref()
        // Rule `comparison_side_keeps_its_place`: a place ("en Francia") stands with no
        // words before it ("2,1 en Francia").
        .filter(|r| (!words.is_empty() || names_a_place(r)) && !words.join(" ").contains(r));
    // Rule `event_participle`: what happened to the thing counted ("4 Americans arrested").
    let has = |p: &str| words.iter().any(|w| w.eq_ignore_ascii_case(p));
    let participle = subj
        .participle
        .as_deref()
        .filter(|p| !words.is_empty() && !p.split(' ').any(has));
    // It follows the noun, before a prepositional phrase ("62,000 pickup trucks recalled over
    // a brake").
    let at = participle.map_or(words.len(), |_| {
        words
            .iter()
            .skip(1)
            .position(|w| text::with_lower(w, |l| prepositions().contains(l)))
            .map_or(words.len(), |k| k + 1)
    });
    for (i, w) in words.iter().enumerate() {
        if i == at {
            if let Some(p) = participle {
                out.push(' ');
                out.push_str(p);
            }
        }
        // Rule `compound_glued`: the rest of a compound stays glued to its figure
        // ("230-member parliament").
        let glued = i == 0 && w.starts_with('-') && out.ends_with(|c: char| c.is_ascii_digit());
        if !glued {
            out.push(' ');
        }
        out.push_str(w);
    }
    if let Some(p) = participle.filter(|_| at == words.len()) {
        out.push(' ');
        out.push_str(p);
    }
    // Rule `list_restriction_en`: the item's restriction stays ("0,4% IPC en alimentos").
    if let Some(r) = restricted {
        out.push(' ');
        out.push_str(r);
    }
    out
}

/// Whether a restriction names a place, a capitalised word after its preposition ("en
/// Francia", "in the UK"), which a label keeps even with no words of its own (rule
/// `comparison_side_keeps_its_place`); a list item's restriction is all lower case.
fn names_a_place(restriction: &str) -> bool {
    restriction
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
}

/// Rule `label_never_repeats_its_unit`: "que ya ha quemado 12.000 hectáreas" reads "quemado
/// hectáreas" for what the figure measures, but the figure (`figure`, its last word the unit
/// as written) already says "hectáreas": the word is dropped ("12.000 hectáreas quemado",
/// never "12.000 hectáreas quemado hectáreas").
fn unit_repeat_dropped(words: &mut Vec<&str>, figure: &str) {
    if let Some(unit) = figure
        .rsplit(' ')
        .next()
        .filter(|u| u.chars().any(char::is_alphabetic))
    {
        words.retain(|w| !w.eq_ignore_ascii_case(unit));
    }
}

crate::word_set!(
    /// Words that open a free relative ("a third of what they sold", "lo que ganó").
    free_relative_openers,
    "en/free_relatives.txt",
    "es/free_relatives.txt",
);

/// Most words a free relative keeps in a label (rule `free_relative_keeps_its_clause`).
const MAX_FREE_RELATIVE_WORDS: usize = 3;

/// Rule `free_relative_keeps_its_clause`: "a third of what they sold in 2010" → "⅓ of what
/// they sold": a phrase that opens on a free relative names its thing by its clause, which
/// the label keeps up to its verb (at most [`MAX_FREE_RELATIVE_WORDS`] words, before any
/// preposition); its pronoun is no stand-in that ends it. None for another phrase.
fn free_relative_words(phrase: &str) -> Option<Vec<&str>> {
    let first = phrase.split_whitespace().next()?;
    if !text::with_lower(first, |l| free_relative_openers().contains(l)) {
        return None;
    }
    let words: Vec<&str> = phrase
        .split_whitespace()
        .take(MAX_FREE_RELATIVE_WORDS)
        .take_while(|w| !text::with_lower(w, |l| prepositions().contains(l)))
        .collect();
    (words.len() == MAX_FREE_RELATIVE_WORDS).then_some(words)
}

/// Whether a subject's change is the degree of a comparison ("more", "menos"), not a rise or
/// a fall.
pub fn is_degree(change: &str) -> bool {
    matches!(change, "more" | "less" | "más" | "menos")
}

mod proportion;

pub(crate) use proportion::relabel_proportion;

#[cfg(test)]
mod tests;
