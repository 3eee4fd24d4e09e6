//! Rule `generic_speaker_es_is_the_named_company`: "Falabella cerrará 12 tiendas, anunció la
//! compañía", "La Comisión Federal de Electricidad informó que … El servicio se restableció
//! en un 90%, precisó la empresa": a Spanish speaker written as "la"/"el" and a kind of
//! company ("la empresa", "la petrolera") is the company the text named before it: the latest
//! named speaker of an earlier sentence, else the name that opens the text as its subject.
//! Public bodies ("la cartera", "la institución") keep their description, as they do in the
//! labelled sets.

use crate::extract::lexicon::shared::is_stopword;
use crate::extract::subject::words::{auxiliaries, is_verb, name_particles};
use crate::extract::tokens::{tokenize, Kind};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Kinds of company that speak as "la <kind>" ("informó la empresa", "según la
    /// petrolera"): resolved to a company named before them.
    generic_companies_es,
    "es/generic_companies.txt",
);

/// The kind of company a Spanish speaker names: "la empresa" → "empresa", "la compañía
/// estatal" → "compañía" (an article, the kind, at most two lower-case words after it), or
/// None.
pub(super) fn company_kind(speaker: &str) -> Option<&str> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let [article, kind, rest @ ..] = &words[..] else {
        return None;
    };
    let lower = |w: &&str| w.chars().all(char::is_lowercase);
    let article = matches!(article.to_lowercase().as_str(), "la" | "el");
    (article && rest.len() <= 2 && rest.iter().all(lower) && lower(kind))
        .then_some(*kind)
        .filter(|k| generic_companies_es().contains(k))
}

/// The name that opens a Spanish text as its subject: after an optional article, capitalised
/// words (with "de", "del", "y" between), followed by a lower-case verb ("Renfe transportó",
/// "Grupo Bimbo ganó", "La Comisión Federal de Electricidad informó"). None when the first
/// word is a function word ("En Chile, …", "Según …") or no verb follows.
pub fn opening_name_es(sentence: &str) -> Option<String> {
    let toks = tokenize(sentence);
    let first = toks.first()?;
    let article = matches!(first.low().as_str(), "el" | "la" | "los" | "las");
    let start = usize::from(article);
    let mut last = None;
    let mut k = start;
    while let Some(t) = toks.get(k) {
        if t.kind != Kind::Word {
            break;
        }
        if t.is_capitalized() {
            last = Some(k);
        } else if !(last.is_some() && name_particles().contains(&t.low())) {
            break;
        }
        k += 1;
    }
    let end = last?;
    let next = toks.get(end + 1)?;
    let w = next.low();
    let verb = next.kind == Kind::Word
        && !next.is_capitalized()
        && (is_verb(&w, Lang::Es) || auxiliaries().contains(&w));
    let opener = toks[start].low();
    if !verb || is_stopword(&opener) {
        return None;
    }
    Some(sentence[toks[start].start..toks[end].end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::attributions;

    #[test]
    fn generic_speaker_es_is_the_named_company() {
        let a = attributions("Falabella cerrará 12 tiendas en Perú este año, anunció la compañía.");
        assert_eq!(a[0].as_deref(), Some("Falabella"));
        let a = attributions(
            "La Comisión Federal de Electricidad informó que el apagón dejó sin luz a 2,3 millones de usuarios. El servicio se restableció en un 90%, precisó la empresa.",
        );
        assert_eq!(a[1].as_deref(), Some("La Comisión Federal de Electricidad"));
        // No company named before: the description stays; a public body keeps its own.
        let a = attributions("El vuelo se retrasó cuatro horas, explicó la aerolínea.");
        assert_eq!(a[0].as_deref(), Some("la aerolínea"));
        let a = attributions("Boca Juniors vendió 40.000 abonos en dos horas, informó el club.");
        assert_eq!(a[0].as_deref(), Some("el club"));
    }

    #[test]
    fn spanish_opening_names() {
        assert_eq!(
            opening_name_es("Grupo Bimbo ganó 9.800 millones.").as_deref(),
            Some("Grupo Bimbo")
        );
        assert_eq!(
            opening_name_es("La Comisión Federal de Electricidad informó que …").as_deref(),
            Some("Comisión Federal de Electricidad")
        );
        assert_eq!(
            opening_name_es("En Chile, 235.000 jóvenes rindieron."),
            None
        );
        assert_eq!(opening_name_es("La inflación fue de 2,4%."), None);
    }
}
