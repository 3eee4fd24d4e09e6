//! Rule `subject_in_sentence_order`: a subject's verb and phrase are written in the order the
//! sentence gives them. "Petrol prices rose to 142.6p" is about "petrol prices rose", not
//! "rose petrol prices"; "55 leaders were extradited" is about "leaders extradited" (the form
//! of the contract's "organized crime leaders extradited to Washington"); "police arrested 19
//! suspects" keeps "arrested suspects". Only the text people read changes: the subject's key,
//! which the diff aligns on, is built from the verb-first reading before this rule runs.
//! Rule `verb_keeps_its_particle` (same file, same key): a verb written before its figure keeps
//! the particles and prepositions that complete it ("handed out food parcels", "bailed out
//! with public funds", "watched by fans"); rule `modal_carries_its_verb`: a modal takes the verb
//! it carries ("empleos … podrían perderse").

use super::event::verb_particles;
use super::words::{auxiliaries, definite_articles, is_stopword, is_verb, negations, prepositions};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

crate::extract::lexicon::word_set!(
    /// Modal verbs, which carry the verb after them ("could fall", "podrían perderse").
    pub(super) modal_verbs,
    "en/modals.txt",
    "es/modals.txt",
);

crate::extract::lexicon::word_set!(
    /// Forms of "ir" that carry an infinitive after "a" ("va a superar").
    pub(super) future_carriers,
    "es/future_carriers.txt",
);

/// The first word of the verb group of the carried verb at `k` (see [`carried_verb`]): the
/// carriers before it, read back over modals, auxiliaries, verbs, negations and "to" ("are
/// expected to rise", "could not reach", "van a crecer", "planned to hire"), never a pronoun
/// or a relative word ("it planned to hire", "del que podrían beneficiarse").
pub(super) fn verb_group_start(toks: &[Tok], k: usize, lang: Lang) -> usize {
    let mut g = k - 1;
    while g > 0 && toks[g - 1].kind == Kind::Word {
        let w = toks[g - 1].low();
        let carrier = modal_verbs().contains(&w)
            || auxiliaries().contains(&w)
            || negations().contains(&w)
            || w == "to"
            || lang == Lang::Es && future_carriers().contains(&w)
            || !is_stopword(&w) && is_verb(&w, lang);
        if !carrier {
            break;
        }
        g -= 1;
    }
    // "to" alone before its verb is no group's opener ("agreed to pay", shown "pay").
    if toks[g].is("to") {
        g += 1;
    }
    g
}

/// Rule `verb_group_reads_as_one`: true when the word at `k` is carried by the words before
/// it as a verb group: after "to", a modal ("could reach", "podría llegar") or a form of "ir"
/// and "a" ("va a superar").
pub(super) fn carried_verb(toks: &[Tok], k: usize) -> bool {
    let word = |i: usize| toks[i].kind == Kind::Word;
    k > 0
        && word(k)
        && word(k - 1)
        && (toks[k - 1].is("to")
            || modal_verbs().contains(&toks[k - 1].low())
            || k > 1 && toks[k - 1].is("a") && future_carriers().contains(&toks[k - 2].low()))
}

/// Rule `modal_carries_its_verb`: a subject that ends on a modal verb takes the verb the
/// modal carries ("empleos en la fabricación de autopartes podrían" → "… podrían perderse",
/// "prices could" → "prices could fall").
pub(super) fn modal_completed(toks: &[Tok], q: &Quantity, mut text: String) -> String {
    // Before the figure: "del que podrían beneficiarse 1.200 empresas".
    if let Some(first) = text.split(' ').next().filter(|w| modal_verbs().contains(w)) {
        let carried = (0..q.start.saturating_sub(1))
            .rev()
            .find(|&i| toks[i].text == first)
            .map(|i| &toks[i + 1])
            .filter(|t| t.kind == Kind::Word && t.start < toks[q.start].start)
            .filter(|t| text.split(' ').nth(1) != Some(t.text));
        if let Some(verb) = carried {
            text.insert_str(first.len(), &format!(" {}", verb.text));
        }
        return text;
    }
    let Some(last) = text
        .rsplit(' ')
        .next()
        .filter(|w| modal_verbs().contains(w))
    else {
        return text;
    };
    let next = (q.end..toks.len().saturating_sub(1))
        .find(|&i| toks[i].text == last)
        .map(|i| &toks[i + 1])
        .filter(|t| t.kind == Kind::Word);
    if let Some(next) = next {
        text.push(' ');
        text.push_str(next.text);
    }
    text
}

/// `text` ("{verb} {phrase}") rewritten as "{phrase} {verb}" when the sentence names the
/// phrase before the verb; `text` unchanged otherwise (no verb, a phrase that is not a
/// stretch of the sentence, or one the verb stands before).
pub(super) fn in_sentence_order(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    text: String,
    phrase: &str,
    verb: Option<&str>,
    lang: Lang,
) -> String {
    let Some(verb) = verb else { return text };
    if phrase.is_empty() || text.len() != verb.len() + 1 + phrase.len() || !text.starts_with(verb) {
        return text;
    }
    let Some(figure) = toks.get(q.start).map(|t| t.start) else {
        return text;
    };
    let Some(v) = (0..toks.len())
        .filter(|&i| toks[i].text == verb)
        .min_by_key(|&i| toks[i].start.abs_diff(figure))
    else {
        return text;
    };
    // The phrase, written before the verb: the order to keep, with the words that carry the
    // verb (rule `verb_group_reads_as_one`: "losses could reach", "pérdidas podrían
    // alcanzar"). Only the sentence before the verb is searched.
    let group = if carried_verb(toks, v) {
        verb_group_start(toks, v, lang)
    } else {
        v
    };
    let before_verb = &sentence[..toks[group].start];
    let group_text = &sentence[toks[group].start..toks[v].end];
    if before_verb.len() >= phrase.len() && before_verb.contains(phrase) {
        return format!("{phrase} {group_text}");
    }
    // A phrase after its verb group reads with all of it ("podrían beneficiarse empresas").
    let text = if group < v {
        format!("{group_text} {phrase}")
    } else {
        text
    };
    let Some((from, to)) = particles_to_figure(toks, v, q.start, lang).filter(|(f, t)| f < t)
    else {
        return text;
    };
    // A change's level or amount ("fell to 1.44", "bajó en 27.000") and a phrase that opens
    // on a function word of its own ("in prison") take no particle.
    let change =
        super::event::rise_verbs().contains(verb) || super::event::fall_verbs().contains(verb);
    let opens_on_function_word = phrase.split_whitespace().next().is_some_and(|w| {
        crate::text::with_lower(w, |l| is_stopword(l) || verb_particles().contains(l))
    });
    if change || opens_on_function_word {
        return text;
    }
    format!(
        "{group_text} {} {phrase}",
        &sentence[toks[from].start..toks[to - 1].end]
    )
}

/// Rule `verb_keeps_its_particle`: the particles and prepositions right after the verb at `v`
/// when only articles stand between them and the figure at `figure` ("bailed out with £45bn
/// of public funds" → "bailed out with public funds", "limited to around 60% of the maximum"
/// → "limited to maximum", "nodded through a million-pound bonus"): their token range.
fn particles_to_figure(
    toks: &[Tok],
    v: usize,
    figure: usize,
    lang: Lang,
) -> Option<(usize, usize)> {
    if v >= figure {
        return None;
    }
    let particle = |t: &Tok| {
        let low = t.low();
        t.kind == Kind::Word && (prepositions().contains(&low) || verb_particles().contains(&low))
    };
    let end = (v + 1..figure)
        .find(|&i| !particle(&toks[i]))
        .unwrap_or(figure);
    let articles_only = (end..figure).all(|i| {
        toks[i].kind == Kind::Word && definite_articles().contains(&toks[i].low())
            || toks[i].is("a")
            || toks[i].is("an")
            || lang == Lang::Es && (toks[i].is("un") || toks[i].is("una"))
    });
    articles_only.then_some((v + 1, end))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::subjects;

    #[test]
    fn modal_carries_its_verb() {
        let got = subjects(
            "Unos 9.200 empleos en la fabricación de autopartes podrían perderse el próximo año.",
        );
        assert_eq!(
            got,
            ["empleos en la fabricación de autopartes podrían perderse"]
        );
        let got = subjects("Del fondo podrían beneficiarse alrededor de 1.200 empresas.");
        assert_eq!(got, ["podrían beneficiarse empresas"]);
        let got = subjects("La pena puede llegar a 20 años.");
        assert!(!got[0].contains("llegar llegar"), "{got:?}");
    }

    #[test]
    fn verb_group_reads_as_one() {
        use crate::extract::testing::labels;
        // A modal, "to" or "va a" before the verb: the clause's subject is read as after a
        // finite verb ("losses reached $40 billion").
        let text = "Insured losses could reach $40 billion, analysts said.";
        assert_eq!(labels(text), ["$40bn Insured losses"]);
        assert_eq!(subjects(text), ["Insured losses could reach"]);
        let text = "Prices are expected to rise to 4.5% next year.";
        assert_eq!(labels(text), ["4.5% prices"]);
        assert_eq!(subjects(text), ["prices are expected to rise"]);
        assert_eq!(
            labels("The repairs could cost $60 million."),
            ["$60M repairs"]
        );
        let text = "Las pérdidas podrían alcanzar los 3.000 millones de dólares.";
        assert_eq!(labels(text), ["$3bn pérdidas"]);
        assert_eq!(subjects(text), ["pérdidas podrían alcanzar"]);
        let text = "La deuda va a superar los 3.000 millones de dólares.";
        assert_eq!(labels(text), ["$3bn deuda"]);
        assert_eq!(subjects(text), ["deuda va a superar"]);
        // "to" before a noun is no verb group: "rose to a record 45%" keeps its subject.
        assert_eq!(labels("Turnout rose to a record 45%."), ["45% turnout"]);
    }

    #[test]
    fn subject_in_sentence_order() {
        let got = subjects("Petrol prices rose to 142.6p a litre in May.");
        assert_eq!(got, ["petrol prices rose"]);
        let got = subjects("Police arrested 19 suspects in the raids.");
        assert_eq!(got, ["arrested suspects in the raids"]);
        let got = subjects("In total, 55 crime leaders were extradited to the United States.");
        assert_eq!(got, ["crime leaders extradited"]);
    }

    #[test]
    fn verb_keeps_its_particle() {
        let got = subjects("Volunteers handed out 4,000 food parcels last week.");
        assert_eq!(got, ["handed out food parcels"]);
        let got = subjects("The bank was bailed out with £45bn of public funds.");
        assert_eq!(got, ["bailed out with public funds"]);
        // A change's level takes no particle; nor does a phrase opening on a preposition.
        let got = subjects("The fertility rate fell to 1.44 children per woman.");
        assert_eq!(got, ["fell children per woman"]);
        let got = subjects("He was sentenced to 12 years in prison.");
        assert!(!got[0].contains("to in"), "{got:?}");
    }
}
