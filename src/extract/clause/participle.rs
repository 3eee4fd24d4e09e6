//! Rule `participle_clause_reads_its_main_clause`: "A wildfire has burned 5,000 hectares,
//! forcing 160 residents from their homes", "El incendio arrasó 5.000 hectáreas, obligando a
//! desalojar a 160 vecinos": a clause that opens on a participle in -ing (a gerund in
//! -ando/-iendo) after a comma has no subject of its own; it tells what the clause before
//! the comma did, and a figure in it that names no topic of its own reads that clause's.

use super::{segment_start, subject_of_predicates};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Words in -ing (-ando, -iendo) that open no participle clause ("according", "cuando").
    participle_non_verbs,
    "en/participle_non_verbs.txt",
    "es/participle_non_verbs.txt",
);

word_set!(
    /// Verbs of speech: a report before the comma (", the agency said, leaving …") is no
    /// clause a participle continues.
    report_verbs,
    "en/speech_verbs.txt",
    "es/speech_verbs.txt",
);

/// Shortest word read as a participle by its ending ("using" is too short to tell).
const PARTICIPLE_MIN_LEN: usize = 6;

/// True when `w` ends as a participle (English) or a gerund (Spanish) does.
fn participle_form(w: &str, lang: Lang) -> bool {
    w.len() >= PARTICIPLE_MIN_LEN
        && match lang {
            Lang::En => w.ends_with("ing"),
            Lang::Es => w.ends_with("ando") || w.ends_with("iendo") || w.ends_with("yendo"),
        }
}

/// True when token `k` is a word that reads as a participle or a gerund in either
/// language (rule `homonym_context_in_the_governing_clause`).
pub(super) fn participle_at(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        let w = t.low();
        t.kind == Kind::Word
            && !t.is_capitalized()
            && (participle_form(&w, Lang::En) || participle_form(&w, Lang::Es))
            && !participle_non_verbs().contains(&w)
    })
}

/// The clause before the comma that a participle clause starting at `start` continues
/// (rule `participle_clause_reads_its_main_clause`), if the clause opens on a participle.
/// Rule `participle_with_topics_reads_the_main_subject`: when the participle clause names a
/// topic of its own (`own_topics`: "…, flooding 300 homes"), only the main clause's subject
/// (its words before its verb: "A wildfire in Madeira") is read, not its object ("dumped
/// 120mm of rain").
pub fn participle_main_clause(
    toks: &[Tok],
    (start, _): (usize, usize),
    lang: Lang,
    own_topics: bool,
) -> Option<(usize, usize)> {
    if start < 2 || toks[start - 1].text != "," {
        return None;
    }
    if !participle_at(toks, start) || !participle_form(&toks[start].low(), lang) {
        return None;
    }
    let from = segment_start(toks, start - 1, lang);
    // ", the union said, affecting 1,800 services": a report before the comma is no clause
    // the participle continues.
    let report = (from..start - 1).any(|k| report_verbs().contains(&toks[k].low()));
    if from >= start - 1 || report {
        return None;
    }
    if own_topics {
        return subject_of_predicates(toks, start - 1, lang);
    }
    Some((from, start - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn main_clause(text: &str, lang: Lang) -> Option<String> {
        read(text, lang, false)
    }

    fn read(text: &str, lang: Lang, own: bool) -> Option<String> {
        let toks = tokenize(text);
        let comma = toks.iter().rposition(|t| t.text == ",")?;
        participle_main_clause(&toks, (comma + 1, toks.len()), lang, own).map(|(a, b)| {
            toks[a..b]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    #[test]
    fn participle_clause_reads_its_main_clause() {
        assert_eq!(
            main_clause(
                "A storm flooded 300 homes, leaving 2,000 people without power.",
                Lang::En
            )
            .as_deref(),
            Some("A storm flooded 300 homes")
        );
        assert_eq!(
            main_clause(
                "La riada inundó 300 casas, dejando sin luz a 2.000 personas.",
                Lang::Es
            )
            .as_deref(),
            Some("La riada inundó 300 casas")
        );
        // No participle: a source, a noun, a name.
        assert_eq!(
            main_clause("Prices rose 3%, according to the ONS.", Lang::En),
            None
        );
        assert_eq!(
            main_clause("Rents rose 3%, housing costs said.", Lang::En),
            None
        );
        assert_eq!(
            main_clause(
                "Rents rose 3%, the agency said, pushing 200 families out.",
                Lang::En
            ),
            None
        );
        assert_eq!(
            main_clause("Llegaron 300 agentes, cuando ya ardían 20 casas.", Lang::Es),
            None
        );
    }

    #[test]
    fn participle_with_topics_reads_the_main_subject() {
        assert_eq!(
            read(
                "The gale dumped 90mm of rain on Cork, flooding 200 homes.",
                Lang::En,
                true
            )
            .as_deref(),
            Some("The gale")
        );
        assert_eq!(
            read(
                "La tormenta descargó 90 litros de lluvia, inundando 200 viviendas.",
                Lang::Es,
                true
            )
            .as_deref(),
            Some("La tormenta")
        );
    }
}
