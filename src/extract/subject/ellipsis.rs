//! Subject rules for what a figure leaves unsaid: a stand-in before a bare figure ("otros
//! 2.000"), the person of an appositive age named by an office ("el ministro de Economía,
//! de 46 años,") and the clause subject of a share of a base ("el déficit cerrará en 5,9%
//! del PIB").

use super::words::{auxiliaries, is_stopword, is_verb, name_particles};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Words right before a bare figure that stand for an earlier figure's noun ("otros
    /// 2.000", "otras 90.000").
    pub(super) stand_ins_before,
    "en/stand_ins_before.txt",
    "es/stand_ins_before.txt",
);

word_set!(
    /// Nouns a share is taken of, not what it measures ("5,9% del PIB"): the clause subject
    /// names that.
    share_bases,
    "es/share_bases.txt",
);

word_set!(
    /// English nouns a percentage is a share of ("95.5% of GDP").
    share_bases_en,
    "en/share_bases.txt",
);

word_set!(
    /// Nouns of a scale a bare figure after them is read on ("magnitud 6,3", "nivel 4").
    scale_nouns,
    "es/scale_nouns.txt",
);

/// Rule `coordinated_verb_shares_the_subject`: "La inflación de Argentina fue de 2,7% en
/// octubre y acumula 107%": a verb right after "y" with no subject of its own (at most an
/// article or "en" between it and the figure) has the subject of the clause before "y", the
/// words from the clause's start to its first verb. Returns those words as written.
pub(super) fn coordinated_subject(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: crate::model::Lang,
) -> Option<String> {
    use super::words::is_verb;
    let word = |k: usize| toks[k].kind == Kind::Word;
    let mut v = q.start.checked_sub(1)?;
    while v > 0 && word(v) && matches!(toks[v].low().as_str(), "un" | "una" | "en" | "el" | "la") {
        v -= 1;
    }
    // Between "y" and its figure a lower-case word is the verb ("y acumula 107%").
    let verb_like = |k: usize| word(k) && !toks[k].is_capitalized() && !is_stopword(&toks[k].low());
    if v == 0 || !verb_like(v) || !toks[v - 1].is("y") {
        return None;
    }
    let joiner = v - 1;
    let start = toks[..joiner]
        .iter()
        .rposition(|t| matches!(t.text, "," | ";" | ":" | "." | "«" | "»" | "\"" | "“" | "”"))
        .map_or(0, |p| p + 1);
    let first_verb = (start..joiner).find(|&k| {
        word(k) && (is_verb(&toks[k].low(), lang) || auxiliaries().contains(&toks[k].low()))
    })?;
    let mut from = start;
    while from < first_verb && (!word(from) || is_stopword(&toks[from].low())) {
        from += 1;
    }
    let to = first_verb;
    if to <= from {
        return subject_before_an_appositive(sentence, toks, start, lang);
    }
    Some(sentence[toks[from].start..toks[to - 1].end].to_string())
}

/// Rule `coordinated_subject_past_an_appositive`: "El puente Hisgaura, en Santander, tiene 653
/// metros y costó 140.000 millones": when the clause of the coordinated verb opens with its
/// own verb after a comma (`start`), its subject is the sentence's first segment, set off by
/// an appositive: the verbless words from the sentence start to the first comma, past the
/// stop words that open them. None when that segment has a verb or is no segment of its own.
fn subject_before_an_appositive(
    sentence: &str,
    toks: &[Tok],
    start: usize,
    lang: Lang,
) -> Option<String> {
    let comma = toks[..start].iter().position(|t| t.text == ",")?;
    if comma + 1 >= start {
        return None;
    }
    let word = |k: usize| toks[k].kind == Kind::Word;
    let mut from = 0;
    while from < comma && (!word(from) || is_stopword(&toks[from].low())) {
        from += 1;
    }
    let verbless = (from..comma).all(|k| !word(k) || !is_verb(&toks[k].low(), lang));
    (from < comma && verbless).then(|| sentence[toks[from].start..toks[comma - 1].end].to_string())
}

/// Rule `figure_after_a_colon`: "El precio del alquiler marcó un nuevo máximo en marzo: 13,4
/// euros por metro cuadrado": a measure right after a colon, with no words of its own before
/// it, is the value of the clause before the colon, and measures that clause's subject (its
/// words from the start to the first verb).
pub(super) fn colon_subject(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: crate::model::Lang,
) -> Option<String> {
    use super::words::is_verb;
    let colon = q.start.checked_sub(1)?;
    if toks[colon].text != ":" || q.unit.is_none() {
        return None;
    }
    let start = toks[..colon]
        .iter()
        .rposition(|t| t.kind == Kind::Punct)
        .map_or(0, |p| p + 1);
    let word = |k: usize| toks[k].kind == Kind::Word;
    let first_verb = (start..colon).find(|&k| {
        word(k) && (is_verb(&toks[k].low(), lang) || auxiliaries().contains(&toks[k].low()))
    })?;
    let mut from = start;
    while from < first_verb && (!word(from) || is_stopword(&toks[from].low())) {
        from += 1;
    }
    (first_verb > from).then(|| sentence[toks[from].start..toks[first_verb - 1].end].to_string())
}

/// Rule `appositive_measure`: "El Tren Maya, de 1.554 kilómetros, ha transportado …": a
/// measure set off by commas after "de" describes the noun phrase before the first comma
/// (back to the clause's start).
pub(super) fn appositive_measure(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    // "…, de 26 kilómetros y 19 estaciones,": the first of a list of measures is set off too.
    // "La subida, de 50 euros mensuales,": a rate word may close the measure.
    let rate = toks
        .get(q.end)
        .is_some_and(|t| super::words::rate_bases().contains(&t.low()))
        && toks.get(q.end + 1).is_some_and(|t| t.text == ",");
    let closed = rate || toks.get(q.end).is_some_and(|t| t.text == "," || t.is("y"));
    if q.unit.is_none() || q.start < 3 || !closed || !toks[q.start - 1].is("de") {
        return None;
    }
    let comma = q.start - 2;
    if toks[comma].text != "," {
        return None;
    }
    // A number inside the name ("La Línea 7 del Metro") is part of it.
    let start = toks[..comma]
        .iter()
        .rposition(|t| t.kind == Kind::Punct)
        .map_or(0, |p| p + 1);
    let mut from = start;
    while from < comma && is_stopword(&toks[from].low()) {
        from += 1;
    }
    (from < comma).then(|| sentence[toks[from].start..toks[comma - 1].end].to_string())
}

word_set!(
    /// Adjectives of a dimension after a measure ("8 metres high", "3 km long"): rule
    /// `measure_adjective_after_its_noun`.
    dimension_adjectives,
    "en/dimension_adjectives.txt",
);

/// Rule `measure_adjective_after_its_noun`: "waves up to 8 metres high", "a wall 3 metres
/// thick": a measure followed by an adjective of its dimension measures the noun right
/// before it (up to two of its modifiers), whatever verb the clause has.
pub(super) fn noun_before_its_dimension(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    let dimension = toks
        .get(q.end)
        .is_some_and(|t| t.kind == Kind::Word && dimension_adjectives().contains(&t.low()));
    if lang != Lang::En || q.unit.is_none() || !dimension || q.start == 0 {
        return None;
    }
    let noun = |k: usize| {
        let w = toks[k].low();
        toks[k].kind == Kind::Word
            && !is_stopword(&w)
            && !is_verb(&w, lang)
            && !super::words::prepositions().contains(&w)
    };
    let end = q.start;
    if !noun(end - 1) {
        return None;
    }
    let mut start = end - 1;
    while start > 0 && end - start < 3 && noun(start - 1) {
        start -= 1;
    }
    Some(sentence[toks[start].start..toks[end - 1].end].to_string())
}

/// Rule `figure_on_a_scale`: a bare figure right after a noun of a scale is that measure of
/// the noun before it ("Un sismo de magnitud 6,3 sacudió Oaxaca" → "sismo de magnitud"),
/// whatever follows the figure.
pub(super) fn scale_before(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    let k = q.start.checked_sub(1)?;
    let scale = &toks[k];
    if q.unit.is_some() || scale.kind != Kind::Word || !scale_nouns().contains(&scale.low()) {
        return None;
    }
    let of = k >= 2 && toks[k - 1].is("de") && toks[k - 2].kind == Kind::Word;
    let from = if of && !is_stopword(&toks[k - 2].low()) {
        k - 2
    } else {
        k
    };
    Some(sentence[toks[from].start..scale.end].to_string())
}

/// Rule `others_before_a_bare_figure`: "necesitamos otros 2.000»", "a further 5,000 lost
/// power" count what an earlier figure counted: a count after a stand-in with no phrase of
/// its own after it (a verb right after it opens the clause's predicate, no noun). An
/// English bare "another 53" is left to the antecedent a figure without a noun borrows.
pub(super) fn others_before(toks: &[Tok], q: &Quantity, phrase_after: &str, lang: Lang) -> bool {
    let verb_first = phrase_after
        .split_whitespace()
        .next()
        .is_some_and(|w| crate::text::with_lower(w, |l| is_verb(l, lang)));
    q.unit.is_none()
        && (phrase_after.is_empty() && lang == Lang::Es || verb_first)
        && q.start > 0
        && toks[q.start - 1].kind == Kind::Word
        && stand_ins_before().contains(&toks[q.start - 1].low())
        && toks[..q.start - 1].iter().any(|t| t.kind == Kind::Num)
}

word_set!(
    /// Verbs of expecting that close a relative clause without "that" ("had expected").
    pub(super) expectation_verbs,
    "en/expectation_verbs.txt",
);

/// Rule `reduced_relative_subject`: "fewer than the 170,000 economists had expected": a
/// definite count whose noun is followed by an auxiliary and a verb of expecting that ends the
/// clause counts what an earlier figure counted; the noun is who expected it.
pub(super) fn reduced_relative(toks: &[Tok], q: &Quantity) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == Kind::Word);
    // A measure as well as a count: "above the 2.1% analysts had forecast".
    if q.num_start == 0 || !toks[q.num_start - 1].is("the") {
        return false;
    }
    if !word(q.end).is_some_and(|t| !t.is_capitalized() && !is_stopword(&t.low())) {
        return false;
    }
    let mut k = q.end + 1;
    if word(k).is_some_and(|t| auxiliaries().contains(&t.low())) {
        k += 1;
    }
    word(k).is_some_and(|t| expectation_verbs().contains(&t.low()))
        && word(k + 1).is_none()
        && toks[..q.start].iter().any(|t| t.kind == Kind::Num)
}

/// Rule `expectation_names_its_source`: the noun of a reduced relative of expectation
/// ("the 170,000 economists had expected") is who the figure comes from.
pub fn expected_by<'a>(toks: &[Tok<'a>], q: &Quantity) -> Option<&'a str> {
    reduced_relative(toks, q).then(|| toks[q.end].text)
}

/// Rule `age_of_an_office`: the capitalised words before an appositive age that close a
/// title ("el ministro de Economía, de 46 años," → "ministro de Economía"): where the person
/// starts, moved back over the particle and the lower-case noun of the office. `from` is
/// where the capitalised run starts, `comma` the comma after it.
pub(super) fn office_start(toks: &[Tok], from: usize, comma: usize) -> usize {
    if from >= comma || from < 2 {
        return from;
    }
    // "el expresidente de la Federación": the particle may take its article.
    let particle = |k: usize| toks[k].kind == Kind::Word && name_particles().contains(toks[k].text);
    let article =
        from >= 3 && particle(from - 2) && matches!(toks[from - 1].text, "la" | "los" | "las");
    let p = if article { from - 2 } else { from - 1 };
    if !particle(p) || p == 0 {
        return from;
    }
    let office = &toks[p - 1];
    let noun = office.kind == Kind::Word && !office.is_capitalized() && !is_stopword(&office.low());
    if noun {
        p - 1
    } else {
        from
    }
}

/// Whether a phrase holds a base a share is taken of ("PIB", "total").
pub fn holds_a_share_base(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .any(|w| crate::text::with_lower(w, |l| share_bases().contains(l)))
}

/// Whether a percentage's phrase after it opens on a base it is a share of ("5,9% del PIB").
pub(super) fn names_a_base(q: &Quantity, phrase_after: &str, lang: Lang) -> bool {
    let bases = match lang {
        Lang::Es => share_bases(),
        Lang::En => share_bases_en(),
    };
    q.unit.as_deref() == Some("percent")
        && phrase_after
            .split_whitespace()
            .next()
            .is_some_and(|b| crate::text::with_lower(b, |l| bases.contains(l)))
}

/// Rule `share_of_a_base_names_the_subject`: a percentage of a base ("5,9% del PIB") after a
/// verb measures the clause subject before the verb ("El déficit fiscal cerrará en …", "La
/// deuda pública alcanzó 49% del PIB"): the phrase "déficit fiscal del PIB". None when no
/// subject stands before the verb. `phrase_after` [`names_a_base`].
pub(super) fn share_of_base(
    phrase_after: &str,
    link: Option<&str>,
    subject_before: &str,
    verb: bool,
) -> Option<String> {
    let base = phrase_after.split_whitespace().next()?;
    if !verb || subject_before.is_empty() {
        return None;
    }
    Some(format!("{subject_before} {} {base}", link?))
}

#[cfg(test)]
mod tests {
    use super::super::subject;
    use crate::extract::numbers::decimal_evidence;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;
    use crate::model::Lang;

    fn subj(s: &str, nth: usize) -> super::super::Subject {
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::Es, decimal_evidence(s)).remove(nth);
        subject(s, &toks, &q, Lang::Es)
    }

    #[test]
    fn others_before_a_bare_figure_name_no_phrase() {
        let s = subj("Tenemos 4.000 policías; necesitamos otros 2.000.", 1);
        assert_eq!(s.phrase, "");
        // A figure with its own noun keeps it.
        let s = subj("Tenemos 4.000 policías; llegarán otros 2.000 soldados.", 1);
        assert!(s.phrase.contains("soldados"), "{}", s.phrase);
    }

    #[test]
    fn reduced_relative_counts_the_earlier_noun() {
        let en = |s: &str| {
            let toks = tokenize(s);
            let q = quantity::find(&toks, Lang::En, None).remove(1);
            super::reduced_relative(&toks, &q)
        };
        assert!(en(
            "The firm sold 90,000 cars, short of the 95,000 analysts had forecast."
        ));
        assert!(en(
            "The firm sold 90,000 cars, fewer than the 95,000 analysts expected."
        ));
        assert!(!en(
            "The firm sold 90,000 cars, and the 95,000 analysts forecast growth."
        ));
        assert!(!en("The firm sold 90,000 cars to the 95,000 drivers."));
        // A measure too; rule `expectation_names_its_source` names the noun.
        let s = "Inflation slowed to 2.2%, above the 2.1% analysts had forecast.";
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::En, None).remove(1);
        assert_eq!(super::expected_by(&toks, &q), Some("analysts"));
        let s = "Inflation slowed to 2.2%, and the 2.1% rate held.";
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::En, None).remove(1);
        assert_eq!(super::expected_by(&toks, &q), None);
    }

    #[test]
    fn figure_on_a_scale() {
        let s = subj("Un sismo de magnitud 6,3 sacudió Oaxaca.", 0);
        assert_eq!(s.phrase, "sismo de magnitud");
        // A figure with a noun of its own after no scale noun keeps it.
        let s = subj("El sismo de Oaxaca dejó 12 muertos.", 0);
        assert!(s.phrase.contains("muertos"), "{}", s.phrase);
    }

    #[test]
    fn age_of_an_office() {
        let s = subj(
            "El ministro de Economía, de 46 años, anunció un recorte.",
            0,
        );
        assert_eq!(s.text, "edad de ministro de Economía");
        let s = subj("Juan Pérez, de 38 años, fue detenido.", 0);
        assert_eq!(s.text, "edad de Juan Pérez");
        let s = subj(
            "El expresidente de la Federación, de 47 años, fue absuelto.",
            0,
        );
        assert_eq!(s.text, "edad de expresidente de la Federación");
    }

    #[test]
    fn share_of_a_base_names_the_subject() {
        let s = subj("El déficit fiscal cerrará en 5,9% del PIB este año.", 0);
        assert_eq!(s.phrase, "déficit fiscal del PIB");
        let s = subj("La deuda pública alcanzó 49% del PIB.", 0);
        assert_eq!(s.phrase, "deuda pública del PIB");
        // The total is a base too: "el cobre representó el 55% del total".
        let s = subj("El cobre representó el 55% del total.", 0);
        assert_eq!(s.phrase, "cobre del total");
        // Not a base: the phrase after the figure stays.
        let s = subj("En las elecciones votó el 61,2% del padrón.", 0);
        assert!(s.phrase.contains("padrón"), "{}", s.phrase);
        // In English, a share of GDP ("defence spending to 2.5% of GDP").
        let l =
            crate::extract::testing::labels("The UK will raise defence spending to 2.5% of GDP.");
        assert!(l[0].contains("defence spending"), "{l:?}");
    }
}
