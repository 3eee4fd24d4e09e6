//! Tests of labels (`super`).

#[test]
fn present_plurals_end_spanish_labels() {
    assert_eq!(
        label_words("personas integran el contingente", Lang::Es),
        vec!["personas"]
    );
    // A phrase that opens on one names no thing.
    assert!(label_words("vigilan las carreteras", Lang::Es).is_empty());
    // Accented nouns and names stay.
    assert_eq!(
        label_words("huracán Otis", Lang::Es),
        vec!["huracán", "Otis"]
    );
}

use super::*;

#[test]
fn sentence_case_is_not_a_name() {
    let case = |phrase: &str, sentence: &str| {
        let mut p = phrase.to_string();
        sentence_case(&mut p, sentence, |w| w == "bus");
        p
    };
    // The sentence's capital on a plural or a common word is dropped.
    assert_eq!(case("Prices", "Prices rose 3% last year."), "prices");
    assert_eq!(case("Exports", "\"Exports fell 2.3%\""), "exports");
    assert_eq!(case("Bus fares", "Bus fares were cut to $2."), "bus fares");
    // Rule `opening_adjective_in_lower_case`.
    assert_eq!(case("Net profit", "Net profit rose 18%."), "net profit");
    assert_eq!(case("Net", "Net rose 18%."), "Net");
    // A capital that may be a name stays: not the sentence's first word, a name before a
    // noun, a nationality or party, an acronym.
    assert_eq!(case("Prices", "In May, Prices rose."), "Prices");
    assert_eq!(
        case("Tesla shares", "Tesla shares fell 5%."),
        "Tesla shares"
    );
    assert_eq!(case("Democrats", "Democrats won 51 seats."), "Democrats");
    assert_eq!(case("Americans", "Americans spent $4bn."), "Americans");
    assert_eq!(case("NHS", "NHS waits rose 3%."), "NHS");
    // Rule `topic_names_keep_their_capital`: a topic term that is a name.
    let topic = |phrase: &str, sentence: &str| {
        let mut p = phrase.to_string();
        sentence_case(&mut p, sentence, |w| w == "brent" || w == "crude");
        p
    };
    assert_eq!(topic("Brent crude", "Brent crude fell 2%."), "Brent crude");
    assert_eq!(
        topic("Crude exports", "Crude exports fell 2%."),
        "crude exports"
    );
    assert_eq!(
        case("Exports Agency", "Exports Agency said 3%."),
        "Exports Agency"
    );
}

#[test]
fn label_words_stop_at_verbs_stand_ins_and_function_words() {
    assert_eq!(label_words("renters spend more", Lang::En), ["renters"]);
    assert_eq!(
        label_words("new homes on the former airfield", Lang::En),
        ["new", "homes", "on", "the", "former"]
    );
    assert_eq!(
        label_words("pickup trucks over a brake defect", Lang::En),
        ["pickup", "trucks", "over", "a", "brake"]
    );
    assert_eq!(
        label_words("exportaciones cayeron", Lang::Es),
        ["exportaciones"]
    );
    assert!(label_words("them later died", Lang::En).is_empty());
    assert_eq!(
        label_words("Democrats joining Republicans", Lang::En),
        ["Democrats"]
    );
    assert_eq!(
        label_words("legisladores uniéndose a la oposición", Lang::Es),
        ["legisladores"]
    );
    assert_eq!(label_words("housing units", Lang::En), ["housing", "units"]);
    assert_eq!(
        label_words("alleged organized crime leaders", Lang::En),
        ["alleged", "organized", "crime", "leaders"]
    );
    assert_eq!(
        label_words("leaders extradited to Texas", Lang::En),
        ["leaders"]
    );
}

#[test]
fn a_window_ends_a_label_and_a_compound_modifies_a_noun() {
    assert_eq!(
        label_words("raise over three years under the deal", Lang::En),
        ["raise"]
    );
    assert_eq!(
        label_words("real-terms pay cut since 2008", Lang::En),
        ["real-terms", "pay"]
    );
    assert_eq!(
        label_words("to cover the cost", Lang::En),
        ["to", "cover", "the", "cost"]
    );
    // An age group stays ("niños menores de cinco años").
    assert_eq!(
        label_words("children under five", Lang::En),
        ["children", "under", "five"]
    );
}

#[test]
fn negated_restriction_stays() {
    assert_eq!(
        label_words(
            "tariffs on all products not included in the USMCA agreement",
            Lang::En
        ),
        ["tariffs", "on", "all", "products", "not", "included", "in", "the", "USMCA"]
    );
    assert_eq!(
        label_words("productos no incluidos en el T-MEC, dijo", Lang::Es),
        ["productos", "no", "incluidos", "en", "el", "T-MEC"]
    );
    // A negation before no participle adds nothing.
    assert_eq!(
        label_words("workers not in the union", Lang::En),
        ["workers"]
    );
}

#[test]
fn participle_keeps_its_agent() {
    assert_eq!(
        label_words("owned by the taxpayer and Johnson", Lang::En),
        ["owned", "by", "the", "taxpayer"]
    );
    assert_eq!(
        label_words("financiado por el Estado", Lang::Es),
        ["financiado", "por", "el", "Estado"]
    );
    // After a noun, "by" still opens another phrase.
    assert_eq!(label_words("homes by the river", Lang::En), ["homes"]);
}

#[test]
fn possessor_keeps_its_noun() {
    assert_eq!(
        label_words("days of the bank chief's pay with a salary", Lang::En),
        ["days", "of", "the", "bank", "chief's", "pay"]
    );
    // Not past the limit for a word the possessor does not own.
    assert_eq!(
        label_words("days of the bank chief's was", Lang::En),
        ["days", "of", "the", "bank", "chief's"]
    );
    assert_eq!(
        label_words("of the maximum following intense pressure", Lang::En),
        ["of", "the", "maximum"]
    );
}

#[test]
fn change_nouns_head_their_compound() {
    // Rule `change_noun_compound`.
    assert_eq!(label_words("rate rises", Lang::En), ["rate", "rises"]);
    assert_eq!(label_words("job cuts", Lang::En), ["job", "cuts"]);
    // A change's figure after it: the verb.
    assert_eq!(label_words("budget rises to £4m", Lang::En), ["budget"]);
    // After a plural, the verb.
    assert_eq!(label_words("shelters rises", Lang::En), ["shelters"]);
}

#[test]
fn labels_end_on_no_preposition() {
    // Rule `label_ends_on_no_preposition`: the preposition that led to the figure goes.
    assert_eq!(label_words("decision within", Lang::En), ["decision"]);
    assert_eq!(label_words("break during", Lang::En), ["break"]);
    assert_eq!(label_words("deaths among", Lang::En), ["deaths"]);
    // One inside the phrase stays.
    assert_eq!(
        label_words("deaths among children", Lang::En),
        ["deaths", "among", "children"]
    );
}

#[test]
fn durations_of_an_event_read_as_adjectives() {
    let subj = Subject {
        text: "lasted meeting between the two presidents".into(),
        phrase: "meeting between the two presidents".into(),
        event_before: true,
        ..Subject::default()
    };
    let label_in = |lang: Lang| {
        let n = Notation::of_lang(lang);
        label(45.0, None, Qualifier::Exact, Some("minute"), &subj, lang, n)
    };
    assert_eq!(label_in(Lang::En), "45-minute meeting");
    let reunion = Subject {
        phrase: "reunión entre los dos presidentes".into(),
        event_before: true,
        ..Subject::default()
    };
    let n = Notation::of_lang(Lang::Es);
    assert_eq!(
        label(
            45.0,
            None,
            Qualifier::Exact,
            Some("minute"),
            &reunion,
            Lang::Es,
            n
        ),
        "45 minutos de reunión"
    );
}

#[test]
fn labels_drop_possessives() {
    assert_eq!(label_words("our customers", Lang::En), ["customers"]);
    assert_eq!(
        label_words("second ahead of his rival", Lang::En),
        ["second", "ahead"]
    );
    assert_eq!(label_words("nuestros clientes", Lang::Es), ["clientes"]);
    assert_eq!(label_words("those games", Lang::En), ["games"]);
    assert_eq!(label_words("dos presidentes", Lang::Es), ["presidentes"]);
    assert_eq!(
        label_words("niños menores de cinco años", Lang::Es),
        ["niños", "menores", "de", "cinco", "años"]
    );
    assert_eq!(label_words("adults found that", Lang::En), ["adults"]);
    assert_eq!(
        label_words("hogares no pueden pagar", Lang::Es),
        ["hogares"]
    );
}

#[test]
fn a_phrase_opening_on_a_finite_verb_gives_no_words() {
    assert!(label_words("llegan en marzo", Lang::Es).is_empty());
    assert!(label_words("ran in European elections", Lang::En).is_empty());
    assert_eq!(label_words("detenidos en Oaxaca", Lang::Es), ["detenidos"]);
    assert_eq!(label_words("arrests", Lang::En), ["arrests"]);
}

#[test]
fn figures_keep_the_article_notation() {
    let es = |surface: &str, mark: Option<DecimalMark>, figure: &str| {
        Notation::of_figure(surface, Lang::Es, mark).apply(figure, Lang::Es)
    };
    // Spanish usual: decimal comma, four digits ungrouped.
    assert_eq!(es("8500", None, "~8500"), "~8500");
    assert_eq!(es("8.500", None, "~8500"), "~8.500");
    assert_eq!(es("2,3%", None, "2,3%"), "2,3%");
    assert_eq!(es("12.000", None, "12.000"), "12.000");
    // A Mexican text writes a decimal point and groups with commas.
    assert_eq!(es("1.6 millones", None, "1,6M"), "1.6M");
    assert_eq!(es("8,500", None, "8500"), "8,500");
    assert_eq!(
        es("3", Some(DecimalMark::Point), "2,5–3,5 km"),
        "2.5–3.5 km"
    );
    assert_eq!(es("1.234,5", None, "1234,5"), "1234,5");
    let en = Notation::of_figure("10,000", Lang::En, None);
    assert_eq!(en.apply("10,000 jobs", Lang::En), "10,000 jobs");
}

#[test]
fn label_is_the_figure_and_words_of_the_phrase() {
    let en = Notation::of_lang(Lang::En);
    let subj = Subject {
        text: "extradited organized crime leaders".into(),
        phrase: "organized crime leaders to the United States".into(),
        ..Subject::default()
    };
    assert_eq!(
        label(50.0, None, Qualifier::MoreThan, None, &subj, Lang::En, en),
        "50+ organized crime leaders"
    );
    let vague = Subject {
        text: "people".into(),
        figure: Some("hundreds of".into()),
        ..Subject::default()
    };
    assert_eq!(
        label(
            100.0,
            Some(900.0),
            Qualifier::Approx,
            None,
            &vague,
            Lang::En,
            en
        ),
        "hundreds of people"
    );
    let compound = Subject {
        text: "-member parliament".into(),
        ..Subject::default()
    };
    assert_eq!(
        label(230.0, None, Qualifier::Exact, None, &compound, Lang::En, en),
        "230-member parliament"
    );
}

#[test]
fn possessive_is_no_plural() {
    assert_eq!(
        label_words("BHP's underlying profit", Lang::En),
        ["BHP's", "underlying", "profit"]
    );
    // After a plural noun a gerund still opens a clause.
    assert_eq!(
        label_words("senators voting against", Lang::En),
        ["senators"]
    );
}

#[test]
fn infinitive_after_participle() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Expulsó a 14 extranjeros acusados de participar en las protestas."),
        ["14 extranjeros acusados"]
    );
    // Near miss: a noun in "-ar" after "de" stays ("hogares de Lugar Alto" is a name).
    assert_eq!(
        labels("Hay 40 hogares de Lugar Alto."),
        ["40 hogares de Lugar Alto"]
    );
}

#[test]
fn speech_verb_ends_the_label() {
    let labels = crate::extract::testing::labels;
    let l =
        labels("El banco bajó su tasa 3 veces. Los analistas prevén otros dos antes del verano.");
    assert!(!l[1].contains("prevén"), "{l:?}");
    // Near miss: a verb of speech as a noun after an article stays ("la denuncia").
    let l = labels("Hubo 30 casos según la denuncia del sindicato.");
    assert!(l[0].contains("casos"), "{l:?}");
}

#[test]
fn label_words_memo_answers_as_a_fresh_read() {
    // The memo keeps one phrase: a second read of it, the same phrase in the other language,
    // and another phrase of the same length each give what a read without the memo gives.
    let phrases = [
        ("new homes on the former airfield", Lang::En),
        ("new homes on the former airfield", Lang::En),
        ("new homes on the former airfield", Lang::Es),
        ("old homes on the former airfield", Lang::En),
        ("productos no incluidos en el T-MEC", Lang::Es),
        ("", Lang::Es),
        ("renters spend more", Lang::En),
    ];
    for (phrase, lang) in phrases {
        assert_eq!(
            label_words(phrase, lang),
            read_label_words(phrase, lang),
            "{phrase}"
        );
    }
    // The words are slices of the phrase asked about, not of the one remembered.
    let a = String::from("pickup trucks over a brake defect");
    let b = a.clone();
    let (wa, wb) = (label_words(&a, Lang::En), label_words(&b, Lang::En));
    assert_eq!(wa, wb);
    assert!(wb.iter().all(|w| b.as_ptr() <= w.as_ptr()
        && w.as_ptr() as usize + w.len() <= b.as_ptr() as usize + b.len()));
}

#[test]
fn free_relative_keeps_its_clause() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Newspapers printed 1.2 million copies a day, a third of what they sold in 2010."),
        ["1.2M copies a day printed", "⅓ of what they sold"]
    );
}

/// Rule `value_link_ends_the_label`: "worth" after the label's noun links it to another
/// figure; "worth of" right after a sum is what the sum buys.
#[test]
fn a_value_link_ends_the_label() {
    assert_eq!(
        label_words("year deal worth $20m with the club", Lang::En),
        vec!["year", "deal"]
    );
    assert_eq!(
        label_words("worth of Japanese steel", Lang::En),
        vec!["worth", "of", "Japanese", "steel"]
    );
}

/// Rule `demonstrative_pronoun_is_the_head`: "those" before a participle is what is counted
/// and stays; before a noun it is dropped (`labels_drop_demonstratives`).
#[test]
fn a_demonstrative_pronoun_before_a_participle_stays() {
    assert_eq!(
        label_words("of those polled backed the plan", Lang::En),
        vec!["of", "those", "polled"]
    );
    assert_eq!(label_words("those games", Lang::En), vec!["games"]);
}

/// Rule `label_never_repeats_its_unit`: the figure already writes its unit.
#[test]
fn a_label_never_repeats_its_unit() {
    let mut words = vec!["inundado", "hectáreas"];
    unit_repeat_dropped(&mut words, "4.500 hectáreas");
    assert_eq!(words, ["inundado"]);
    let mut words = vec!["of", "farmland"];
    unit_repeat_dropped(&mut words, "3,000 acres");
    assert_eq!(words, ["of", "farmland"]);
}
