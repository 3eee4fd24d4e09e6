//! Openings that go on with the story of the sentences before without a determiner and a
//! noun named again: a personal pronoun ("She said …"), a quotation, a partitive of a thing named
//! before ("One of the boats …") and a bare plural named before ("Crews lost …").

use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

crate::word_set!(
    /// Pronouns that open a sentence on what was named before: rule
    /// `pronoun_opening_continues_the_story`.
    story_pronouns,
    "en/story_pronouns.txt",
    "es/story_pronouns.txt",
);

crate::word_set!(
    /// Determiners after "of"/"de" in an opening partitive: rule
    /// `partitive_opening_continues_the_story`.
    partitive_determiners,
    "en/partitive_determiners.txt",
    "es/partitive_determiners.txt",
);

/// The first word token of a sentence, past its opening quotation marks.
fn first_word(toks: &[Tok]) -> Option<usize> {
    toks.iter()
        .take(3)
        .position(|t| t.kind == Kind::Word)
        .filter(|&k| toks[..k].iter().all(|t| t.kind == Kind::Punct))
}

/// Rule `pronoun_opening_continues_the_story`: "… 52% of vets had considered leaving the
/// profession. She said the UK needs 1,500 new vets a year", "\"We are losing people faster
/// than we can train them\"": a sentence that opens on a personal pronoun (past an opening
/// quotation mark) speaks of someone the sentences before named, and goes on with their
/// story. A possessive ("Its shares fell 3%") opens on another thing, with its own story.
pub(super) fn pronoun_opening(toks: &[Tok]) -> bool {
    first_word(toks).is_some_and(|k| story_pronouns().contains(&toks[k].low()))
}

/// Quotation marks that open a quote.
fn opening_mark(t: &Tok) -> bool {
    matches!(t.text, "“" | "\"" | "«" | "‘")
}

/// Rule `quote_opening_continues_the_story`: "… 532.000 solicitudes de refugio … «Hay
/// expedientes que esperan cinco años», añadió", "\"It is not a one-off,\" said the service's
/// director": a sentence that opens on a quotation mark gives the words of someone the
/// story quoted or named, and its quoted figures go on with its story.
pub(super) fn quote_opening(toks: &[Tok]) -> bool {
    toks.first().is_some_and(opening_mark)
}

/// Whether token `at` stands inside the quote that opens the sentence (before the mark that
/// closes it): "\"We lost 40%,\" said Ann Ray, who has run the inn for 30 years" quotes 40%,
/// not the 30 years of its speaker.
pub(super) fn inside_the_opening_quote(toks: &[Tok], at: usize) -> bool {
    let closing = |t: &Tok| matches!(t.text, "”" | "\"" | "»" | "’");
    let close = toks
        .iter()
        .skip(1)
        .position(closing)
        .map_or(toks.len(), |k| k + 1);
    at < close
}

/// Rule `speech_opening_continues_the_story`: "Añadió que 1.400 personas siguen
/// desplazadas": a sentence that opens on a verb of speech and its "que" has the last
/// speaker of the story as its subject, and goes on with the story.
pub(super) fn speech_opening(toks: &[Tok]) -> bool {
    toks.first().is_some_and(|first| {
        first.kind == Kind::Word
            && toks.get(1).is_some_and(|t| t.is("que"))
            && crate::extract::lexicon::shared::is_speech(&first.low())
    })
}

/// Rule `partitive_opening_continues_the_story`: "… 1,340 migrants were rescued off Crete, as
/// boats from eastern Libya took a new route … One of the boats carried 442 people": a
/// sentence that opens on a part of a thing ("One of the", "Dos de sus") that the sentence
/// before named (`named_before`) goes on with its story.
pub(super) fn partitive_opening(
    toks: &[Tok],
    named_before: impl Fn(&str) -> bool,
    lang: Lang,
) -> bool {
    let Some(k) = first_word(toks) else {
        return false;
    };
    let of = if lang == Lang::Es { "de" } else { "of" };
    let word = |j: usize| toks.get(j).filter(|t| t.kind == Kind::Word);
    word(k + 1).is_some_and(|t| t.is(of))
        && word(k + 2).is_some_and(|t| partitive_determiners().contains(&t.low()))
        && word(k + 3).is_some_and(|t| !t.is_capitalized() && named_before(t.text))
}

/// Rule `bare_plural_named_again_continues_the_story`: "An ambulance crew waited 23 hours …
/// Crews lost 27,000 hours in handover delays": a sentence that opens on a bare plural noun
/// (a capital only for the opening, a lower-case word after it) that the sentence before
/// named goes on with its story.
pub(super) fn bare_plural_opening(toks: &[Tok], named_before: impl Fn(&str) -> bool) -> bool {
    let (Some(first), Some(next)) = (toks.first(), toks.get(1)) else {
        return false;
    };
    let w = first.low();
    first.kind == Kind::Word
        && next.kind == Kind::Word
        && first.is_capitalized()
        && !next.is_capitalized()
        && w.len() > 3
        && w.ends_with('s')
        && !crate::extract::subject::words::is_stopword(&w)
        && !story_pronouns().contains(&w)
        && named_before(first.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn pronoun_opening_continues_the_story() {
        assert!(pronoun_opening(&tokenize("She said 40 posts would go.")));
        assert!(pronoun_opening(&tokenize(
            "\"We lost 20% of our bookings,\" he said."
        )));
        assert!(pronoun_opening(&tokenize("Ella pidió 8 millones más.")));
        assert!(!pronoun_opening(&tokenize("Shares fell 3%.")));
        // Near miss: a possessive opens on a new thing of theirs.
        assert!(!pronoun_opening(&tokenize("Its shares fell 3%.")));
    }

    #[test]
    fn quote_opening_continues_the_story() {
        let toks = tokenize("«Hay casos que esperan 5 años», añadió.");
        assert!(quote_opening(&toks));
        let toks = tokenize("\"We lost 40%,\" said Ann Ray, who has run the inn for 30 years.");
        assert!(quote_opening(&toks));
        let at = |w: &str| toks.iter().position(|t| t.text == w).unwrap();
        assert!(inside_the_opening_quote(&toks, at("40")));
        assert!(!inside_the_opening_quote(&toks, at("30")));
        assert!(!quote_opening(&tokenize("The firm said 40% were sold.")));
    }

    #[test]
    fn speech_opening_continues_the_story() {
        assert!(speech_opening(&tokenize(
            "Añadió que 300 personas esperan."
        )));
        assert!(!speech_opening(&tokenize("Añadió 300 camas.")));
    }

    #[test]
    fn partitive_opening_continues_the_story() {
        let boats = |w: &str| w == "boats" || w == "barcos";
        let en = |s: &str| partitive_opening(&tokenize(s), boats, Lang::En);
        assert!(en("One of the boats carried 400 people."));
        assert!(!en("One of the ships carried 400 people."));
        assert!(!en("One in five boats sank."));
        let es = |s: &str| partitive_opening(&tokenize(s), boats, Lang::Es);
        assert!(es("Uno de los barcos llevaba 400 personas."));
    }

    #[test]
    fn bare_plural_named_again_continues_the_story() {
        let crews = |w: &str| w == "Crews";
        assert!(bare_plural_opening(
            &tokenize("Crews lost 27,000 hours."),
            crews
        ));
        assert!(!bare_plural_opening(
            &tokenize("Drivers lost 81 hours."),
            crews
        ));
        assert!(!bare_plural_opening(
            &tokenize("Crews Union said 40."),
            crews
        ));
    }
}
