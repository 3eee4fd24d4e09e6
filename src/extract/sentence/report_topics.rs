//! Rule `report_counts_its_own_measures`: what a report, an inquiry or a study has, costs or
//! took is the report's, not about the events it reports on.

use super::super::quantity::Quantity;
use super::super::{clause, tokens, Extractor};
use super::Figures;

crate::word_set!(
    /// Nouns of a report or an inquiry ("report", "inquiry", "informe", "comisión"): rule
    /// `report_counts_its_own_measures`.
    report_nouns,
    "en/report_nouns.txt",
    "es/report_nouns.txt",
);

crate::word_set!(
    /// Verbs by which a report has, costs or takes a figure of its own ("has", "cost",
    /// "took", "tiene", "costó"): rule `report_counts_its_own_measures`.
    report_measure_verbs,
    "en/report_measure_verbs.txt",
    "es/report_measure_verbs.txt",
);

/// Tokens looked back from a figure for the verb by which a report has it.
const REPORT_VERB_REACH: usize = 8;

/// Tokens from its clause's opening within which a report's noun must stand to be the
/// clause's subject ("El informe final", "The inquiry").
const REPORT_SUBJECT_REACH: usize = 3;

impl Extractor {
    /// Rule `report_counts_its_own_measures`: "The Grenfell Tower inquiry found that the
    /// deaths of all 72 victims had been avoidable. The inquiry cost £170m and took more than
    /// six years", "El informe final de la comisión que investigó el incendio del Hospital
    /// tiene 312 páginas y 45 recomendaciones": a figure a report or an inquiry has, costs or
    /// took (its verb within [`REPORT_VERB_REACH`] before the figure, the report's noun
    /// opening the verb's subject) takes the topics of its predicate only, none of the events
    /// the report is about (named in its subject or borrowed from the sentences before).
    pub(super) fn report_counts_its_own_measures(&self, f: &mut Figures, q: &Quantity) {
        if f.topic_ids.is_empty() {
            return;
        }
        let Some(verb) = report_verb(f.toks, q, f.s.lang) else {
            return;
        };
        let end = clause::span(f.toks, q.start, q.end, f.s.lang).1.max(q.end);
        f.topic_ids.clear();
        self.lexicon.topic_ids(
            clause::outside_relatives(
                q.start,
                clause::topic_words(f.toks, (verb, end), q.start, f.title),
            ),
            f.s.lang,
            &mut f.topic_ids,
        );
    }
}

/// The verb by which a report has figure `q` ("tiene 312 páginas y 45 recomendaciones"), when
/// the subject of that verb opens on a report's noun.
fn report_verb(toks: &[tokens::Tok], q: &Quantity, lang: crate::model::Lang) -> Option<usize> {
    let word = |k: usize| toks[k].kind == tokens::Kind::Word;
    let verb = (q.start.saturating_sub(REPORT_VERB_REACH)..q.start)
        .rev()
        .take_while(|&k| toks[k].text != "." && toks[k].text != ";")
        .find(|&k| word(k) && report_measure_verbs().contains(&toks[k].low()))?;
    // No other verb between the report's verb and the figure ("had 40 staff who counted 12
    // deaths" counts for the staff).
    if (verb + 1..q.start)
        .any(|k| word(k) && super::super::subject::words::is_verb(&toks[k].low(), lang))
    {
        return None;
    }
    let span = clause::span(toks, verb, verb + 1, lang);
    let opening = clause::borrowed_subject(toks, span, lang).map_or(span.0, |b| b.0);
    let reach = (opening + REPORT_SUBJECT_REACH).min(verb);
    (opening..reach)
        .any(|k| word(k) && report_nouns().contains(&toks[k].low()))
        .then_some(verb)
}
