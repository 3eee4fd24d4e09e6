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

word_set!(
    /// Kinds of association that speak as "la <kind>" ("calcula la organización"): resolved
    /// only to the latest named speaker of an earlier sentence, never to the text's opening
    /// name (rule `association_is_the_earlier_speaker_es`).
    generic_associations_es,
    "es/generic_associations.txt",
);

/// Rule `association_is_the_earlier_speaker_es`: "…, según Ecologistas en Acción. La
/// contaminación causa unas 2.000 muertes, calcula la organización": "la organización" is
/// the association named as the speaker of an earlier sentence.
pub(super) fn association_kind(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    matches!(&words[..], [article, kind]
        if matches!(article.to_lowercase().as_str(), "la" | "el")
            && generic_associations_es().contains(kind))
}

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

/// Rule `short_name_is_the_full_name_es`: "La Bolsa de Comercio de Rosario elevó … La Bolsa
/// advirtió …", "… la Superintendencia de Industria y Comercio. La Superintendencia calculó
/// …": a Spanish speaker written as an article and one capitalised word is the full name the
/// text wrote with that word before it (in `texts`, nearest first; the speaker's own
/// sentence cut before the speaker). None when no longer name holds the word.
pub(super) fn full_name_es<'a>(
    speaker: &str,
    texts: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let mut words = speaker.split_whitespace();
    let (Some(article), Some(word), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let capitalised = word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase);
    if !matches!(article.to_lowercase().as_str(), "la" | "el") || !capitalised {
        return None;
    }
    texts.filter(|t| t.contains(word)).find_map(|text| {
        let toks = tokenize(text);
        (0..toks.len()).rev().find_map(|h| {
            if toks[h].text != word {
                return None;
            }
            let mut end = None;
            let mut k = h + 1;
            while let Some(t) = toks.get(k) {
                if t.kind == Kind::Word && t.is_capitalized() && k > h + 1 {
                    end = Some(k);
                } else if !(t.kind == Kind::Word
                    && (name_particles().contains(&t.low()) || t.is("y") && end.is_some()))
                {
                    break;
                }
                k += 1;
            }
            end.map(|e| text[toks[h].start..toks[e].end].to_string())
        })
    })
}

/// Rule `lower_case_body_is_its_name_es`: "…, la Oficina Española de Patentes y Marcas
/// concedió 2.344 patentes, informó la oficina", "En los panteones de la alcaldía
/// Iztapalapa quedan 300 fosas, advirtió la alcaldía": a Spanish speaker written as an
/// article and one lower-case noun that is no kind of company is the name the text wrote
/// with that noun before it (in `texts`, nearest first): the noun capitalised and opening a
/// name of more capitalised words, or the noun in lower case right before a capitalised
/// name. None when no such name is written ("el club" stays).
pub(super) fn named_body_es<'a>(
    speaker: &str,
    texts: impl Iterator<Item = &'a str>,
) -> Option<String> {
    let mut words = speaker.split_whitespace();
    let (Some(article), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    let lower = noun.chars().all(char::is_lowercase);
    if !matches!(article, "la" | "el") || !lower || noun.chars().count() < 4 {
        return None;
    }
    texts
        .filter(|t| crate::text::contains_ascii_ci(t, noun))
        .find_map(|text| {
            let toks = tokenize(text);
            (0..toks.len()).rev().find_map(|h| {
                let t = &toks[h];
                if t.kind != Kind::Word || t.low().as_str() != noun {
                    return None;
                }
                // The name goes on after the noun: capitalised words, particles between.
                let first = h + 1;
                let mut end = None;
                let mut k = first;
                while let Some(n) = toks.get(k) {
                    if n.kind == Kind::Word && n.is_capitalized() {
                        end = Some(k);
                    } else if !(n.kind == Kind::Word
                        && end.is_some()
                        && (name_particles().contains(&n.low()) || n.is("y")))
                    {
                        break;
                    }
                    k += 1;
                }
                let end = end?;
                // "alcaldía Iztapalapa" keeps its lower-case noun; "Oficina Española …"
                // starts on its capital.
                Some(text[t.start..toks[end].end].to_string())
            })
        })
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
    fn association_is_the_earlier_speaker_es() {
        let a = attributions(
            "Madrid superó el límite en 5 estaciones, según Ecologistas en Acción. La contaminación causa unas 2.000 muertes al año, calcula la organización.",
        );
        assert_eq!(a[1].as_deref(), Some("Ecologistas en Acción"));
        // With no speaker before it, the description stays (no opening name).
        let a = attributions("Madrid registró 2.000 muertes al año, calcula la organización.");
        assert_eq!(a[0].as_deref(), Some("la organización"));
    }

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
    fn lower_case_body_is_its_name_es() {
        let a = attributions(
            "La Agencia Tributaria devolvió 900 millones. En Sevilla, la Oficina Municipal de Consumo atendió 4.100 quejas, informó la oficina.",
        );
        assert_eq!(a[1].as_deref(), Some("Oficina Municipal de Consumo"));
        let a = attributions(
            "En los mercados de la alcaldía Coyoacán se vendieron 800 toneladas de fruta, informó la alcaldía.",
        );
        assert_eq!(a[0].as_deref(), Some("alcaldía Coyoacán"));
        // Near miss: the noun is written with no name: the description stays.
        let a = attributions("La oficina atendió a 300 personas, informó la oficina.");
        assert_eq!(a[0].as_deref(), Some("la oficina"));
    }

    #[test]
    fn group_is_a_kind_of_company_es() {
        let a = attributions("Mapfre ganó 900 millones de euros, un 4% más, informó el grupo.");
        assert_eq!(a[0].as_deref(), Some("Mapfre"));
    }

    #[test]
    fn short_name_is_the_full_name_es() {
        let a = attributions(
            "La Bolsa de Comercio de Rosario elevó su estimación. La Bolsa advirtió que el precio cayó un 18%.",
        );
        assert_eq!(a[0].as_deref(), Some("Bolsa de Comercio de Rosario"));
        // Near miss: no longer name written before: the speaker stays.
        let a = attributions("La Fiscalía dijo que hay 300 denuncias.");
        assert_eq!(a[0].as_deref(), Some("La Fiscalía"));
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
