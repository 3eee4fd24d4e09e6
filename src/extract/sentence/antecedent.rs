//! What a claim leaves for the figures after it: the noun a later figure may borrow
//! (`antecedent_noun`, `paid_thing`), remembered with its topics (`remember_antecedent`).

use super::super::quantity::Quantity;
use super::super::{subject, tokens, Antecedent, MAX_ANTECEDENTS};

/// The noun a later figure may borrow: the phrase's label words up to its first function
/// word after the first ("jobs in March" → "jobs").
pub(super) fn antecedent_noun(phrase: &str, lang: crate::model::Lang) -> String {
    let own_words = subject::label_words(phrase, lang);
    let own_words = &own_words[infinitive_object_start(&own_words, lang)..];
    let cut = own_words
        .iter()
        .skip(1)
        .position(|w| crate::text::with_lower(w, subject::words::is_stopword))
        .map_or(own_words.len(), |p| p + 1);
    own_words[..cut].join(" ")
}

/// Rule `infinitive_object_is_the_noun`: "aprobó subir el salario mínimo a 529.000 pesos … y
/// a 539.000 en julio": a Spanish phrase that opens on an infinitive and its object's article
/// lends the object ("salario mínimo"), not the verb. The index of the words lent.
fn infinitive_object_start(words: &[&str], lang: crate::model::Lang) -> usize {
    let infinitive =
        |w: &str| crate::text::with_lower(w, subject::present_es::is_listed_infinitive);
    let article =
        |w: &str| crate::text::with_lower(w, |l| subject::words::definite_articles().contains(l));
    match words {
        [verb, the, _, ..]
            if lang == crate::model::Lang::Es && infinitive(verb) && article(the) =>
        {
            2
        }
        _ => 0,
    }
}

/// What a sum's phrase opening on a preposition of payment pays for, without the preposition
/// and its article ("en tributos" → "tributos", "al pago de intereses" → "pago de
/// intereses"); None for another phrase.
pub(super) fn paid_thing(own: &str) -> Option<String> {
    let mut words = own.split_whitespace().peekable();
    let first = words.next()?.to_lowercase();
    if !(subject::words::payment_prepositions().contains(&first) || first == "al") {
        return None;
    }
    while words
        .peek()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "el" | "la" | "los" | "las"))
    {
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    (!rest.is_empty()).then(|| rest.join(" "))
}

/// Remembers what a claim counted for the stand-ins after it, forgetting the oldest past
/// [`MAX_ANTECEDENTS`].
pub(super) fn remember_antecedent(
    antecedents: &mut Vec<Antecedent>,
    q: &Quantity,
    phrase: String,
    subj: &subject::Subject,
    topic_ids: &[u32],
    (modifier, sentence): (bool, usize),
) {
    if antecedents.len() >= MAX_ANTECEDENTS {
        antecedents.remove(0);
    }
    antecedents.push(Antecedent {
        unit: q.unit.clone(),
        value: q.value,
        phrase,
        key: subj.key.clone(),
        topics: topic_ids.to_vec(),
        modifier,
        sentence,
    });
}

/// True when figure `q` stands in a prepositional modifier right after an earlier figure's
/// noun ("31 goals in 12 league games", "2,300 people from 14 villages").
pub(super) fn in_modifier(toks: &[tokens::Tok], q: &Quantity) -> bool {
    q.start >= 2
        && matches!(
            toks[q.start - 1].low().as_str(),
            "in" | "from" | "at" | "across"
        )
        && toks[q.start - 2].kind == tokens::Kind::Word
        && toks[..q.start - 2]
            .iter()
            .any(|t| t.kind == tokens::Kind::Num)
}

crate::word_set!(
    /// Words right after a bare figure that compare it with the figure before ("eight more",
    /// "un 14% más").
    comparison_degrees,
    "en/comparison_degrees.txt",
    "es/comparison_degrees.txt",
);

/// Rule `change_of_the_figure_before`: "28,000 people attended each day, up 4% on a year
/// earlier", "staff will get £12.64 an hour, a rise of 5.2%": a percentage change set off by
/// a comma right after a figure is that figure's change, whatever its unit (not the change
/// of an earlier percentage).
fn change_of_the_figure_before(toks: &[tokens::Tok], q: &Quantity) -> bool {
    let is = |k: usize, w: &[&str]| w.iter().any(|x| toks[k].is(x));
    let bare = q.start >= 2 && is(q.start - 1, &["up", "down"]) && toks[q.start - 2].text == ",";
    let noun = q.start >= 4
        && toks[q.start - 1].is("of")
        && is(
            q.start - 2,
            &["rise", "fall", "increase", "drop", "cut", "decline"],
        )
        && is(q.start - 3, &["a", "an"])
        && toks[q.start - 4].text == ",";
    q.unit.as_deref() == Some("percent")
        && (bare || noun)
        && toks[..q.start].iter().any(|t| t.kind == tokens::Kind::Num)
}

/// A figure that names no noun of its own ("Of them, 11 were charged", "another 700 would
/// follow", "up from 25%") counts what the nearest earlier figure of the same unit counted,
/// and takes its topics (into `f.topic_ids`).
pub(super) fn borrow_noun(
    f: &mut super::Figures,
    antecedents: &[Antecedent],
    q: &mut Quantity,
    subj: &mut subject::Subject,
) {
    // Rule `comparison_borrows_the_nearest`: "se destinaron 612.000 millones al pago de
    // intereses, un 14% más que un año antes": a percentage more or less than before
    // compares the figure right before it, whatever its unit. So does a bare count: "70
    // puntos, seis más que …", "29 años, cuatro más que …".
    let compared = matches!(q.unit.as_deref(), Some("percent") | None)
        && f.toks
            .get(q.end)
            .is_some_and(|t| comparison_degrees().contains(&t.low()))
        || change_of_the_figure_before(f.toks, q);
    // The nearest figure that is no modifier of another ("31 goals in 12 league games, eight
    // more": the goals).
    let nearest = antecedents
        .iter()
        .rposition(|a| !a.modifier)
        .filter(|_| compared);
    // A bare count compared so takes the unit of the figure it is compared with.
    if let (None, Some(n)) = (q.unit.as_deref(), nearest) {
        q.unit.clone_from(&antecedents[n].unit);
    }
    // Rule `share_of_them_is_of_a_count` (`subject::share_of_them`): looked up as a count,
    // when one was named ("1.9 million hectares of peatland, 80% of it" shares the measure).
    let count_named = antecedents.iter().any(|a| a.unit.is_none());
    let unit = if count_named && subject::share_of_them(f.toks, q) {
        None
    } else {
        q.unit.as_deref()
    };
    super::super::borrow_antecedent(
        &antecedents[nearest.unwrap_or(0)..],
        unit,
        q.value,
        subj,
        &mut f.topic_ids,
    );
}
