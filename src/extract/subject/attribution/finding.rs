//! Findings and rulings as sources: "the EU's top court ruled", "La Comisión de la Verdad
//! concluyó que …" report; "Astronomers have found 62 new moons" discovers, and reports no
//! figure.

use crate::extract::numbers::is_number_word;
use crate::extract::subject::words::auxiliaries;
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::word_set;

/// Rule `ruling_speaks_for_its_clause`: "the EU's top court ruled", "La Comisión de la
/// Verdad concluyó que …": a verb of ruling or concluding reports its subject's finding
/// when a reported "that"/"que" follows it or it closes its clause; with an object it
/// acts ("Putin ruled Russia for 25 years", "el torneo concluyó con 30 goles").
pub(super) fn rules_on(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    ruling_verbs().contains(&lw[i])
        && i > 0
        && toks[i - 1].kind == Kind::Word
        && toks
            .get(i + 1)
            .is_none_or(|t| t.is("that") || t.is("que") || matches!(t.text, "," | "." | ";"))
}

word_set!(
    /// Verbs of ruling or concluding that report a finding before "that"/"que" or at the
    /// end of their clause (rule `ruling_speaks_for_its_clause`).
    ruling_verbs,
    "en/ruling_verbs.txt",
    "es/ruling_verbs.txt",
);

word_set!(
    /// Verbs of finding that discover what they count when a count is their object
    /// ("astronomers have found 62 new moons").
    discovery_verbs,
    "en/discovery_verbs.txt",
);

word_set!(
    /// Hedges between a verb and the figure it takes ("found about 40", "found more than
    /// 60").
    object_hedges,
    "en/object_hedges.txt",
);

word_set!(
    /// Words after a number that make it a share, what a finding reports ("found 48%", "found
    /// one in five").
    finding_share_words,
    "en/finding_share_words.txt",
);

/// Rule `discovery_is_no_source`: "Astronomers have found 62 new moons", "Police found 11
/// bodies": a verb of finding whose object is a count (a number, after at most two hedge
/// words, not followed by a share's "%", "in", "of") discovers things; it reports no figure.
/// "The survey found 48% trusted the police", "found 29 patients had died" and "found that
/// …" still speak.
pub(super) fn discovers_a_count(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    if !discovery_verbs().contains(&lw[i]) {
        return false;
    }
    let mut k = i + 1;
    while k < toks.len().min(i + 3)
        && toks[k].kind == Kind::Word
        && object_hedges().contains(&lw[k])
    {
        k += 1;
    }
    let count = toks
        .get(k)
        .is_some_and(|t| t.kind == Kind::Num || is_number_word(&lw[k]));
    let share = toks.get(k + 1).is_some_and(|t| {
        t.text == "%" || t.kind == Kind::Word && finding_share_words().contains(&lw[k + 1])
    });
    // "The inquiry found 29 patients had died": an auxiliary after the count opens the
    // clause it reports.
    let clause = (k + 1..toks.len().min(k + 1 + DISCOVERY_OBJECT_REACH))
        .take_while(|&m| toks[m].kind != Kind::Punct)
        .any(|m| auxiliaries().contains(&lw[m]));
    count && !share && !clause
}

/// Most tokens after a found count searched for the auxiliary of a reported clause (rule
/// `discovery_is_no_source`).
const DISCOVERY_OBJECT_REACH: usize = 5;

word_set!(
    /// Verbs of recording a figure ("registró"): a report's when its subject is one (rule
    /// `count_records_its_figures_es`).
    record_verbs,
    "es/record_verbs.txt",
);

word_set!(
    /// Nouns of a count or a report that records figures ("conteo", "balance", "censo").
    count_report_nouns,
    "es/count_report_nouns.txt",
);

/// Most words before a verb of recording searched for the report noun of its subject.
const RECORDING_SUBJECT_REACH: usize = 8;

/// Rule `count_records_its_figures_es`: "El conteo anual del Departamento de Vivienda
/// registró 771.480 personas sin hogar": a verb of recording whose subject is a count or a
/// report (a report noun within [`RECORDING_SUBJECT_REACH`] words before it, no punctuation
/// between) reports its
/// figures; "Bogotá registró 14 días de alerta" records them, it reports nothing.
pub(super) fn count_records(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    record_verbs().contains(&lw[i])
        && (i.saturating_sub(RECORDING_SUBJECT_REACH)..i)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            .any(|k| count_report_nouns().contains(&lw[k]))
}

/// Most words before a verb of speech searched for a law as its subject (rule
/// `law_provides_no_source_es`).
const LAW_SUBJECT_REACH: usize = 6;

/// Rule `law_provides_no_source_es`: "La ley de bienestar animal prevé multas de hasta
/// 200.000 euros": a verb of speech whose subject is a law (a law noun within
/// [`LAW_SUBJECT_REACH`] words before it, no punctuation between) provides for the figure;
/// the law reports nothing.
pub(super) fn law_provides(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    (i.saturating_sub(LAW_SUBJECT_REACH)..i)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .any(|k| crate::extract::lexicon::shared::law_nouns().contains(&lw[k]))
}
