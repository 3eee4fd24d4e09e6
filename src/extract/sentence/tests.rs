//! Tests of the sentence-level claim reader (`super`).

use crate::extract::Extractor;

fn topics(text: &str) -> Vec<Vec<String>> {
    let ex = Extractor::default().extract_text(text);
    ex.claims.into_iter().map(|c| c.topics).collect()
}

#[test]
fn place_names_a_list_item() {
    let ex = Extractor::default().extract_text(
        "En Jalisco se denunciaron 1.820 desapariciones, en Tamaulipas 1.340 y en el Estado de México 1.105.",
    );
    let labels: Vec<&str> = ex.claims.iter().map(|c| c.label.as_str()).collect();
    assert!(labels[1].contains("desapariciones"), "{labels:?}");
    assert!(labels[2].contains("desapariciones"), "{labels:?}");
    assert!(super::subject::names_only("en el Estado de México"));
    assert!(!super::subject::names_only("casos de dengue en Veracruz"));
    // A name that is a topic term is its own head, never a place of the list.
    let ex = Extractor::default()
        .extract_text("La gasolina subió un 3%, lo que dejó el IPC en el 2,4%.");
    assert_eq!(ex.claims[1].label, "2,4% IPC");
}

#[test]
fn person_named_without_speech() {
    let by = crate::extract::testing::attributions;
    let navarro = Some("Claudia Navarro".to_string());
    assert_eq!(
        by("La alcaldesa Claudia Navarro presentó el balance. Según ella, los robos bajaron 18%."),
        [navarro]
    );
    let molina = Some("Andrés Molina".to_string());
    assert_eq!(
        by("El ministro de Salud, Andrés Molina, visitó el hospital. «Tenemos 1.200 camas», aseguró."),
        [molina]
    );
    // A name that is no person's (no title, no commas) speaks for nothing.
    assert_eq!(
        by("La Guardia Nacional llegó a la ciudad. «Tenemos 1.200 camas», aseguró."),
        [None]
    );
    let toks = crate::extract::tokens::tokenize("Visitó Buenos Aires con su equipo.");
    assert_eq!(
        super::subject::named_person("Visitó Buenos Aires con su equipo.", &toks),
        None
    );
}

#[test]
fn embezzlement_is_crime_only_with_public_money() {
    let t = topics("Lo acusan de desviar 120 millones de pesos del erario.");
    assert!(t[0].contains(&"crime".to_string()), "{t:?}");
    let t = topics("La tormenta obligó a desviar 40 vuelos.");
    assert!(!t[0].contains(&"crime".to_string()), "{t:?}");
}

#[test]
fn ages_name_no_topic() {
    let t = topics("Un adolescente de 15 años fue detenido por el asesinato de un taxista.");
    assert_eq!(t, [Vec::<String>::new()]);
    // A sentence in years that is no age keeps its topics.
    let t = topics("Un juez condenó a 12 años de prisión al líder de la banda.");
    assert_eq!(t, [vec!["crime".to_string()]]);
    // An age at death is no casualty figure.
    let t = topics("The singer has died aged 91.");
    assert_eq!(t, [Vec::<String>::new()]);
    let t = topics("Ozzy Osbourne died on Tuesday at the age of 76.");
    assert_eq!(t, [Vec::<String>::new()]);
    // Rule `ages_in_a_list`: every age of a list after "aged" is one.
    let t = topics("Police seized 40kg of heroin, and three women, aged 29, 33 and 41, were held.");
    assert!(t.len() == 5 && t[2..].iter().all(Vec::is_empty), "{t:?}");
}

#[test]
fn proportion_is_a_measure_noun() {
    let t =
        topics("About 40% of pupils passed the maths exam. In Kerry the proportion reached 48%.");
    assert!(t[1].contains(&"education".to_string()), "{t:?}");
}

#[test]
fn noun_after_an_article() {
    // ", or 36.6% of the total,": "total" after "the" is no verb, and the phrase is an
    // appositive that borrows the votes' topics.
    let t = topics("The winner took 8.8 million votes, or 36.6% of the total, officials said.");
    assert!(t[1].contains(&"elections".to_string()), "{t:?}");
}

#[test]
fn pronoun_subject_lends_to_a_count_of_people() {
    let t = topics("The airline carried 9 million passengers in May. It expects to fly 90 million people this year.");
    assert!(t[1].contains(&"transport".to_string()), "{t:?}");
}

#[test]
fn pronoun_of_the_infinitive() {
    let t = topics(
        "The jobless rate rose to 4.8% in May. Economists expect it to peak at 5.1% next year.",
    );
    assert!(t[1].contains(&"employment".to_string()), "{t:?}");
}

#[test]
fn generic_body_continues_the_story() {
    let t = topics("Bus fares rose 6%, the transit authority said. The agency expects to raise $40 million a year.");
    assert!(t[1].contains(&"transport".to_string()), "{t:?}");
    // A first sentence continues nothing.
    let t = topics("The agency expects to raise $40 million a year.");
    assert!(t[0].is_empty(), "{t:?}");
}

#[test]
fn animals_are_no_casualties() {
    let t = topics("Bird flu has killed 2 million chickens this year.");
    assert!(!t[0].contains(&"casualties".to_string()), "{t:?}");
    let t = topics("The outbreak has killed 20 people this year.");
    assert!(t[0].contains(&"casualties".to_string()), "{t:?}");
}

#[test]
fn casualties_of_the_sentence_s_disaster() {
    let t = topics("Storms battered the coast for a week, and the death toll rose to 31.");
    assert!(t[0].contains(&"disasters".to_string()), "{t:?}");
    // No disaster named: the dead are only casualties.
    let t = topics("The bus crashed on the motorway, and the death toll rose to 31.");
    assert!(!t[0].contains(&"disasters".to_string()), "{t:?}");
}

#[test]
fn english_homonyms_name_their_topic_only_in_context() {
    let no = |text: &str, topic: &str| {
        let t = topics(text);
        assert!(
            t.iter().all(|c| !c.iter().any(|x| x == topic)),
            "{text}: {t:?}"
        );
    };
    let yes = |text: &str, topic: &str| {
        let t = topics(text);
        assert!(
            t.iter().any(|c| c.iter().any(|x| x == topic)),
            "{text}: {t:?}"
        );
    };
    no(
        "The court awarded €1.2 million in damages to a woman.",
        "disasters",
    );
    yes(
        "The storm caused €1.2 million in damage to homes.",
        "disasters",
    );
    no(
        "The law firm is handling 340 cases of mis-sold car finance.",
        "health",
    );
    yes("Measles cases climbed to 744.", "health");
    no("Two aid workers were among those killed.", "employment");
    yes(
        "The mayor said 412 people slept rough in the city.",
        "housing",
    );
    yes(
        "Arctic sea ice shrank to 4.28 million square kilometres.",
        "climate",
    );
    no("Shares jumped 11% in early trading.", "trade");
    yes("Only 62.4% of trains ran on time.", "transport");
    yes(
        "The scheme helped 38,000 first-time buyers onto the property ladder.",
        "housing",
    );
    no("Buyers of the shares paid $12 each.", "housing");
    no(
        "Councillors voted to close three of the city's 11 care homes.",
        "elections",
    );
    yes(
        "Labour won 411 seats after 9.7 million people voted.",
        "elections",
    );
    no(
        "Walkers of 7,000 steps a day had a lower risk of dying early.",
        "casualties",
    );
    yes("Three people died in the crash.", "casualties");
    // grammar12: candidates of an exam, trade unions, peatland, a trip, housing starts.
    no(
        "Some 900,000 candidates sat the entrance exam on Sunday.",
        "elections",
    );
    yes("The 12 candidates will face a runoff vote.", "elections");
    no("Trade unions said 40,000 members had voted.", "trade");
    yes("Trade with China fell 6% last year.", "trade");
    no("The trust will restore 2,000 hectares of bog.", "disasters");
    yes("The fire has burned 2,000 hectares of forest.", "disasters");
    yes("A single adult trip will cost $3.10.", "transport");
    no("The minister's trip to Paris cost $8,000.", "transport");
    yes("Single-family starts rose 3% in May.", "housing");
    no("The season starts in 14 days.", "housing");
    yes(
        "About 8,000 appointments were cancelled at the hospital.",
        "health",
    );
    no("The board made 12 new appointments.", "health");
    no(
        "Police recorded 3,100 crimes and 120 cases of fraud.",
        "health",
    );
    yes("Manufacturing shed 4,000 positions.", "employment");
    no(
        "The two parties' positions were 30 points apart.",
        "employment",
    );
    yes(
        "Some 600 patients attended emergency departments.",
        "health",
    );
    no("The state emergency agency rescued 40 people.", "health");
    yes("A season ticket will cost £4,100.", "transport");
    no("Fans paid £60 for tickets to the match.", "transport");
    yes("Some 2,000 bus drivers walked out.", "transport");
    no("Key drivers of growth added 2% to output.", "transport");
    yes("Entries for chemistry fell 3%.", "education");
    no("The contest drew 400 entries.", "education");
    no(
        "Police said the man had tried to kill 3 guards.",
        "casualties",
    );
    yes("Police said the man had killed 3 guards.", "casualties");
    yes("About 9,000 pupils sat the exam.", "education");
    no("The 40 MPs who sat on the committee voted.", "education");
    yes("Student permits will be capped at 300,000.", "migration");
    no("Building permits rose 3%.", "migration");
    yes(
        "Ferry patronage in the city rose 8% last year, the council said.",
        "transport",
    );
    yes(
        "Customs officers seized 40kg of cocaine at the port.",
        "crime",
    );
    no(
        "Rebels seized 3 towns in the north of the country.",
        "crime",
    );
    // Rule `side_trails_at_a_share`.
    yes("The Greens trail at 9% in the latest survey.", "elections");
    no("The index trails at 3% this quarter.", "elections");
    // Rule `lead_narrowed_to_points`.
    yes(
        "Labour's lead over the Tories has narrowed to 6 points.",
        "elections",
    );
    no(
        "Bayern's lead at the top of the league has narrowed to 4 points.",
        "elections",
    );
    yes(
        "Drivers queued for up to 5 hours at filling stations.",
        "energy",
    );
    no("The firm is filling 300 vacancies.", "energy");
    yes(
        "Some 2,100 people seeking protection were turned away.",
        "migration",
    );
    no("The firm sought protection from 40 creditors.", "migration");
    yes("Some 95% of urgent operations were done on time.", "health");
    yes("Reports of cruelty rose 12% last year.", "crime");
    yes("Crews rescued 80 people from the floodwaters.", "disasters");
    no(
        "Of the 120 migrants rescued at sea, 17 were children.",
        "disasters",
    );
    yes("The airline hired 2,000 cabin crew this year.", "transport");
    no("A film crew of 40 arrived on Monday.", "transport");
    yes("Knife attacks rose 7%.", "crime");
    no("The chef bought 12 knives.", "crime");
    // Rule `pronoun_subject_borrows_topics`.
    let t = topics("The wildfire has destroyed 12,000 structures. It is 14% contained.");
    assert_eq!(t[1], ["disasters"]);
    let t = topics("The university said it would cut 400 jobs. It also plans to close 3 shops.");
    assert!(t[1].is_empty(), "{t:?}");
    // Rule `source_between_subject_and_verb`: the clause's subject is before the source.
    let t = topics("Wages rose 5.6%, while inflation, according to the ONS, held at 3.4%.");
    assert_eq!(t[1], ["economy"]);
    // Rule `appositive_borrows_topics`: a verbless phrase after a comma is about the figure
    // before it; one with a verb of its own is not.
    let t = topics("Germany received 229,751 asylum applications last year, a drop of 30%.");
    assert_eq!(t[1], ["migration"]);
    let t = topics("Germany received 229,751 asylum applications, and 30% of firms closed.");
    assert!(t[1].is_empty(), "{t:?}");
    // Rule `opening_subject_continues_the_story`: the noun the sentence before named; not
    // another.
    let t = topics("A court jailed him for 7 years for bribery. The court said he had 12 homes.");
    assert_eq!(
        t[1],
        ["housing"],
        "a figure with a topic of its own keeps to it"
    );
    let t = topics("A court jailed him for 7 years for bribery. The court said it took 3 days.");
    assert_eq!(t[1], ["crime"]);
    let t = topics("A court jailed him for 7 years for bribery. The council said it took 3 days.");
    assert!(t[1].is_empty(), "{t:?}");
    let t = topics("The city will build 20,000 homes. Each unit will sell for $50,000.");
    assert_eq!(t[1], ["housing"]);
    // Rule `pronoun_subject_borrows_topics` with a person: "He has 60 days to appeal".
    let t = topics("He was jailed for 7 years for fraud. He has 60 days to appeal.");
    assert_eq!(t[1], ["crime"]);
    // Rule `measure_noun_borrows_topics`, and a share's base lends nothing.
    let t = topics("Just 98mm of rain fell this winter. The average is 155mm.");
    assert_eq!(t[1], ["climate"]);
    // Rule `measure_noun_with_its_scope`: the total of an outbreak is still the deaths'.
    let t = topics("Another 14 deaths were recorded, bringing the total for the outbreak to 203.");
    assert!(t[1].contains(&"casualties".to_string()), "{t:?}");
    // A measure noun with a complement of what it counts reads its own.
    let t = topics("Another 14 deaths were recorded. The total of new homes reached 203.");
    assert_eq!(t[1], ["housing"]);
    let t = topics("Defence spending will rise to 2.5% of GDP. Allies agreed to aim for 5%.");
    assert_eq!(t[1], ["budget", "security"]);
    // A measure noun with a topic of its own ("prices": economy) still borrows what it
    // measures.
    let t = topics("Brent crude rose to $78 a barrel. Analysts said prices could hit $90.");
    assert_eq!(t[1], ["economy", "energy"]);
    // Rule `value_participle_is_appositive`: ", valued at …" is about the thing before it.
    let t = topics("Police seized 120kg of cocaine, valued at £2m, in a raid.");
    assert_eq!(t[1], ["crime", "drugs"]);
    let t = topics("Police seized 120kg of cocaine, and reported losses at £2m.");
    assert!(t[1].is_empty(), "{t:?}");
    // Rule `comparison_is_of_like_things`: a count compared with another ("fewer … than").
    let t = topics(
        "Mortgage approvals fell to 60,500. Lenders approved 3,700 fewer loans than in April.",
    );
    assert_eq!(t[1], ["housing"]);
    let t = topics("Mortgage approvals fell to 60,500. Lenders approved 3,700 loans in April.");
    assert!(t[1].is_empty(), "{t:?}");
    // Rule `source_phrase_is_no_appositive`: the survey's sample is no crime figure.
    let t =
        topics("Sixty per cent say corruption got worse, according to a survey of 1,600 adults.");
    assert!(t[1].is_empty(), "{t:?}");
    // Rule `own_predicate_over_the_lent_topics`: the noun "people" names no topic; the
    // infections are the outbreak's, not the deaths'.
    let t = topics("An outbreak of cholera has killed 1,200 people and infected 45,000.");
    assert_eq!(t[1], ["health"]);
    // With no topic of its own, the stand-in keeps what it borrowed.
    let t = topics("The floods killed 1,200 people; another 300 are missing.");
    assert_eq!(t[1], t[0]);
}

#[test]
fn counted_noun_of_its_own() {
    // Rules `counted_noun_of_its_own` and `noun_counted_by_an_earlier_figure`: the
    // inhabitants take neither the police's words nor their topics.
    let t = topics("Tenemos 4.000 policías para 5,8 millones de habitantes.");
    assert_eq!(t, [vec!["security".to_string()], vec![]]);
    // An elliptic item still shares the topics of the one before it.
    let t = topics("El gobierno impondrá aranceles de 10% al acero y 20% a los autos.");
    assert!(t[1].contains(&"tariffs".to_string()));
}

#[test]
fn paid_thing_as_antecedent_and_comparison_borrows_the_nearest() {
    let subjects = |t: &str| -> Vec<String> {
        Extractor::default()
            .extract_text(t)
            .claims
            .into_iter()
            .map(|c| c.subject)
            .collect()
    };
    // Rule `paid_thing_as_antecedent`.
    let got = subjects(
        "La Sunat recaudó 142.000 millones de soles en tributos en 2024, 4,8% más que el año anterior.",
    );
    assert!(got[1].contains("tributos"), "{got:?}");
    // Rule `comparison_borrows_the_nearest`: not the earlier percentage's noun.
    let got = subjects(
        "La deuda equivale al 49,6% del PIB. Se destinaron 612.000 millones de pesos al pago de intereses, un 14% más que un año antes.",
    );
    assert!(got[2].contains("intereses"), "{got:?}");
    assert_eq!(
        super::antecedent::paid_thing("en tributos").as_deref(),
        Some("tributos")
    );
    assert_eq!(super::antecedent::paid_thing("tributos"), None);
}

#[test]
fn level_noun_and_time_opener_leave_the_clause_subject() {
    let subject = |t: &str| {
        Extractor::default().extract_text(t).claims[0]
            .subject
            .clone()
    };
    // Rule `level_noun_of_the_figure`.
    let got = subject("La demanda eléctrica alcanzó un récord de 52.000 megawatts en junio.");
    assert!(got.contains("demanda"), "{got}");
    // Near miss: a noun of its own after "de" heads the figure.
    let got = subject("El Gobierno anunció un fondo de 350 millones de pesos.");
    assert!(got.contains("fondo"), "{got}");
    // Rule `time_opener_names_no_thing` ("al cierre de").
    let got = subject("La deuda pública federal sumó 17,4 billones de pesos al cierre de junio.");
    assert!(got.contains("deuda"), "{got}");
}

#[test]
fn place_heads_no_list() {
    let ex = Extractor::default().extract_text(
        "Casi 7,9 millones de venezolanos han salido del país. Colombia acoge a 2,8 millones, Perú a 1,5 millones y Brasil a 626.000.",
    );
    let labels: Vec<&str> = ex.claims.iter().map(|c| c.label.as_str()).collect();
    assert!(!labels[2].to_lowercase().contains("colombia"), "{labels:?}");
    assert!(!labels[3].to_lowercase().contains("colombia"), "{labels:?}");
}

#[test]
fn closing_period_and_appositive_share() {
    let ex = Extractor::default().extract_text(
        "La deuda pública española cerró el año en 1,62 billones de euros, el 101,8% del PIB.",
    );
    // Rule `closing_period_is_no_subject`.
    assert!(
        ex.claims[0].subject.contains("deuda"),
        "{}",
        ex.claims[0].subject
    );
    // Rule `appositive_share_keeps_the_whole_s_topics`.
    assert!(
        ex.claims[1].topics.contains(&"budget".to_string()),
        "{:?}",
        ex.claims[1].topics
    );
}

#[test]
fn lasting_infinitive_after_a() {
    let ex = Extractor::default().extract_text(
        "En La Paz, las filas en las estaciones de servicio llegaron a durar hasta 12 horas.",
    );
    assert!(
        ex.claims[0].label.contains("filas"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn score_against_shares_the_noun() {
    let ex = Extractor::default().extract_text(
        "La Corte tumbó la reforma pensional por siete votos contra dos, al considerar que hubo vicios.",
    );
    assert_eq!(ex.claims[0].label, "7 votos");
    assert_eq!(ex.claims[1].label, "2 votos");
}

#[test]
fn compared_count_takes_the_unit_and_noun_of_its_figure() {
    let ex = Extractor::default().extract_text(
        "México tiene 126 millones de habitantes. La edad mediana es de 29 años, cuatro más que hace una década.",
    );
    let c = &ex.claims[2];
    assert_eq!(c.unit.as_deref(), Some("year"));
    assert!(c.label.contains("edad"), "{}", c.label);
}

#[test]
fn appositive_measures_and_spanish_parentheticals() {
    let ex = Extractor::default().extract_text(
        "La Línea 7 del Metro de Santiago, de 26 kilómetros y 19 estaciones, costará 2.528 millones de dólares.",
    );
    // Rule `appositive_measure`, first of a list, past a number in the name.
    assert!(
        ex.claims[0].subject.contains("Línea 7"),
        "{}",
        ex.claims[0].subject
    );
    // A Spanish parenthetical ("de …", "a cargo de …") is read past to the subject.
    assert!(
        ex.claims[2].label.to_lowercase().contains("línea"),
        "{}",
        ex.claims[2].label
    );
    let ex = Extractor::default().extract_text(
        "Las exportaciones de crudo, a cargo de Chevron, rondan los 250.000 barriles por día.",
    );
    assert!(
        ex.claims[0].label.contains("exportaciones"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn money_for_a_purpose_after_en() {
    let ex = Extractor::default().extract_text(
        "El Gobierno capitalino invertirá 2.500 millones de pesos en reparar fugas de agua.",
    );
    assert!(
        ex.claims[0].label.contains("reparar fugas"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn figure_after_a_colon_measures_the_clause_subject() {
    let ex = Extractor::default().extract_text(
        "El precio del alquiler en España marcó un nuevo máximo en marzo: 13,4 euros por metro cuadrado.",
    );
    assert!(
        ex.claims[0].label.contains("alquiler"),
        "{}",
        ex.claims[0].label
    );
    assert_eq!(ex.claims[0].topics, ["housing"]);
}

#[test]
fn first_time_and_population_share() {
    let ex = Extractor::default()
        .extract_text("El bitcóin superó por primera vez los 100.000 dólares el jueves.");
    assert!(
        ex.claims[0].label.contains("bitcóin"),
        "{}",
        ex.claims[0].label
    );
    // "población" is a base a share is taken of: the clause subject is what it measures.
    let ex = Extractor::default().extract_text(
        "La pobreza en Argentina bajó a 38,1% de la población en el segundo semestre.",
    );
    assert!(
        ex.claims[0].label.contains("pobreza"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn plural_preterite_names_its_act() {
    let ex = Extractor::default().extract_text(
        "Unos 44.000 inversores perdieron cerca de 250 millones de dólares con el token Libra.",
    );
    assert!(
        ex.claims[1].label.contains("perdido"),
        "{}",
        ex.claims[1].label
    );
    // Near miss: a verb that moves no money names no act.
    let ex = Extractor::default()
        .extract_text("Los precios subieron hasta 250 millones de dólares en la subasta de ayer.");
    assert!(
        !ex.claims[0].label.contains("subido"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn state_auxiliary_drops() {
    let ex = Extractor::default().extract_text(
        "La Armada incautó 12,5 toneladas de cocaína. La droga estaba valorada en 420 millones de dólares en el mercado.",
    );
    assert_eq!(ex.claims[1].label, "$420M droga valorada");
}

#[test]
fn per_night_is_a_rate_not_what_is_paid_for() {
    let ex = Extractor::default().extract_text(
        "En Barcelona el Ayuntamiento subirá la tasa turística hasta 4 euros por noche.",
    );
    assert!(
        ex.claims[0].label.contains("tasa"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn gross_or_net_names_no_thing() {
    let ex = Extractor::default().extract_text(
        "El Tesoro prevé emitir 55.000 millones de euros netos este año para financiar el déficit.",
    );
    assert!(
        !ex.claims[0].label.contains("netos"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn appositive_measure_closed_by_a_rate_word() {
    let ex = Extractor::default().extract_text(
        "La subida, de 50 euros mensuales, afecta a unos 2,4 millones de trabajadores.",
    );
    assert!(
        ex.claims[0].label.contains("subida"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn additional_names_no_thing() {
    let ex = Extractor::default()
        .extract_text("La DIAN espera recaudar 21 billones de pesos adicionales con la reforma.");
    assert!(
        ex.claims[0].label.contains("recaudar"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn compound_noun_after_its_verb_and_plural_preterite() {
    // Rule `compound_noun_before_de`, right after the verb whose object it is.
    let ex = Extractor::default()
        .extract_text("Ecuador programó cortes de luz de hasta 14 horas diarias por la sequía.");
    assert!(
        ex.claims[0].label.contains("cortes de luz"),
        "{}",
        ex.claims[0].label
    );
    // Rule `plural_preterite_names_its_act`.
    let ex = Extractor::default()
        .extract_text("Los turistas gastaron 126.000 millones de euros en España el año pasado.");
    assert!(
        ex.claims[0].label.contains("gastados"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn relative_figure_heads_no_list() {
    let t =
        topics("The retailer, which employs 12,000 staff, said it had shipped 3 million parcels.");
    assert_eq!(t[0], ["employment"]);
    assert_eq!(t[1], Vec::<String>::new());
    // Items inside the same relative clause still share its topics.
    let t = topics("The chain, which employs 9,000 workers and 300 drivers, opened 12 stores.");
    assert_eq!(t[1], ["employment"]);
    assert_eq!(t[2], Vec::<String>::new());
}

#[test]
fn age_lends_no_topic() {
    let t = topics(
        "The founder of the festival, who died aged 82, is still remembered, and this year's edition sold 45,000 tickets.",
    );
    assert_eq!(t, [Vec::<String>::new(), Vec::new()]);
}

#[test]
fn possessive_context() {
    // The homonym's context word stands only in its possessive.
    let t = topics("Labour now holds 172 of the Senate's 300 seats after the recount.");
    assert_eq!(t[1], ["elections"]);
    let t = topics("Labour now holds 172 of the Senate\u{2019}s 300 seats after the recount.");
    assert_eq!(t[1], ["elections"]);
    // No context, no election.
    let t = topics("The new arena has 18,000 seats.");
    assert_eq!(t[0], Vec::<String>::new());
}

#[test]
fn share_base_is_its_share_s() {
    // The share keeps the topic of its base; the figures around it do not take it.
    let t = topics("The government will lift aid spending to 0.7% of GDP, adding £4bn a year.");
    assert!(t[0].contains(&"economy".to_string()), "{t:?}");
    assert_eq!(t[1], ["budget"]);
    let t = topics("Ministers will spend £30bn more on hospitals to reach 3% of GDP.");
    assert_eq!(t[0], ["health"]);
}

#[test]
fn capitalised_unit_is_no_name() {
    let t = topics("Seville reached 46 degrees Celsius on Sunday.");
    assert_eq!(t, [vec!["climate".to_string()]]);
    let t = topics("Seville reached 46 degrees on Sunday.");
    assert_eq!(t, [Vec::<String>::new()]);
}

#[test]
fn capitalised_common_noun_keeps_its_topic() {
    let t = topics("El programa costará 465.000 millones de pesos del Presupuesto.");
    assert_eq!(t, [vec!["budget".to_string()]]);
    // Near miss: a capitalised topic word of a body's name stays a name ("Casa Blanca").
    let t = topics("La Casa Blanca recibió a 40 visitantes.");
    assert!(!t[0].contains(&"housing".to_string()), "{t:?}");
}

#[test]
fn contacts_are_health_only_when_traced() {
    let t = topics("Officials said 80 contacts of the patient were being traced.");
    assert!(t[0].contains(&"health".to_string()), "{t:?}");
    let t = topics("The agency has 300 contacts in the industry.");
    assert_eq!(t, [Vec::<String>::new()]);
}

#[test]
fn level_infinitive_is_no_act() {
    let labels = |text: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.label).collect()
    };
    let l = labels("Tourism revenue is forecast to hit €12bn this year.");
    assert!(l[0].contains("revenue"), "{l:?}");
    // An act the sum pays for is still the act.
    let l = labels("The insurer was ordered to pay $3m.");
    assert!(l[0].contains("pay"), "{l:?}");
}

#[test]
fn complement_of_its_own_subject() {
    let t = topics(
        "One in four adults in Wales was born abroad, the census found, and the number of people who speak Welsh daily was just 90,000.",
    );
    assert_eq!(t[0], ["migration"]);
    assert_eq!(t[1], Vec::<String>::new());
}

#[test]
fn weather_record_after_opener() {
    let t = topics("Reservoirs fell to 40% after the driest summer on record.");
    assert_eq!(t, [vec!["climate".to_string()]]);
    let t = topics("Lakes were at 70% of capacity after the wettest March since 1990.");
    assert_eq!(t, [vec!["climate".to_string()]]);
    // A superlative of no period is no weather record.
    let t = topics("Sales rose 5% after the hottest new product launch.");
    assert_eq!(t, [Vec::<String>::new()]);
}

#[test]
fn ounce_is_a_rate_base() {
    let ex = Extractor::default().extract_text("Silver rose to $31 an ounce.");
    assert!(
        ex.claims[0].label.contains("Silver"),
        "{}",
        ex.claims[0].label
    );
}

#[test]
fn change_of_the_figure_before() {
    let labels = crate::extract::testing::labels;
    let got = labels(
        "Some 97% of operations were on time. The bureau said 28,000 people attended each day, up 4% on a year earlier.",
    );
    assert!(got[2].contains("people"), "{got:?}");
    let got = labels(
        "Sales rose 4.6% in the year. Tesco will pay staff £12.64 an hour from April, a rise of 5.2%.",
    );
    assert!(!got[2].contains("ales"), "{got:?}");
}

#[test]
fn consequence_clause_reads_the_event_before() {
    let topics = crate::extract::testing::topics;
    // Rule `consequence_clause_reads_the_event_before`.
    let t = topics(
        "Volaris retirará 35 aviones por revisiones, lo que reducirá su capacidad en un 20%.",
    );
    assert_eq!(t[1], ["transport"]);
    // A clause of its own after a plain comma borrows nothing; nor one with a topic.
    let t = topics("Volaris retirará 35 aviones por revisiones, y su capacidad caerá un 20%.");
    assert!(t[1].is_empty(), "{t:?}");
    let t = topics("La huelga paró 300 trenes, lo que costó 2 millones de euros en salarios.");
    assert!(t[1].contains(&"employment".to_string()), "{t:?}");
}

#[test]
fn sentence_for_a_charge_is_crime() {
    let topics = crate::extract::testing::topics;
    // Rule `sentence_for_a_charge_is_crime`: the charge's victim lends the term no topic.
    let t = topics(
        "Un tribunal condenó a 30 años de prisión a cinco pandilleros por el asesinato de un conductor de autobús.",
    );
    assert_eq!(t[0], ["crime"]);
    assert_eq!(t[1], ["crime"]);
    // Near miss: the victims counted after "por" keep their own topics.
    let t = topics(
        "Un juez condenó a 45 años de prisión a un exjefe por el secuestro de 14 migrantes.",
    );
    assert!(t[1].contains(&"migration".to_string()), "{t:?}");
    // English: the charge after "for" or "of".
    let t = topics(
        "Two brothers were sentenced to minimum terms of 21 and 24 years for the murder of a delivery rider.",
    );
    assert_eq!(t[2], ["crime"]);
    let t = topics("A jury convicted four police officers of murdering a driver.");
    assert_eq!(t[0], ["crime"]);
}

#[test]
fn english_homonyms_of_grammar13() {
    // "spent" is a budget term beside a public spender only.
    let t = topics("Councils spent £2.3bn on temporary housing last year.");
    assert!(t[0].contains(&"budget".to_string()), "{t:?}");
    let t = topics("She spent £40 on a barbecue.");
    assert!(t[0].is_empty(), "{t:?}");
    // "sales" is the economy's beside shops and shoppers, not a car maker's alone.
    let t = topics("Retail sales fell 0.2% in August.");
    assert_eq!(t[0], ["economy"]);
    let t = topics("Sales of electric cars rose 35%.");
    assert!(!t[0].contains(&"economy".to_string()), "{t:?}");
    // Victims of a scam are no casualties; a ship's cargo is no trade figure.
    let t = topics("Scam victims lost $1.1 billion last year.");
    assert!(!t[0].contains(&"casualties".to_string()), "{t:?}");
    let t = topics("A cargo ship carrying 4,000 cars caught fire.");
    assert!(!t[0].contains(&"trade".to_string()), "{t:?}");
    // A crash of a market is no road crash.
    let t = topics("The crash wiped 12% off stock markets.");
    assert!(!t[0].contains(&"transport".to_string()), "{t:?}");
    let t = topics("Speed was a factor in 40% of the crashes.");
    assert_eq!(t[0], ["transport"]);
}

#[test]
fn casualties_of_the_sentence_s_crash() {
    let t = topics("Five people died when a minibus taxi collided with a truck on Sunday.");
    assert_eq!(t[0], ["casualties", "transport"]);
    // Dead of a story with no accident in it stay casualties alone.
    let t = topics("Five people died of cholera in the village on Sunday.");
    assert!(!t[0].contains(&"transport".to_string()), "{t:?}");
    // Flights counted by a figure of their own are no crash.
    let t = topics("Nearly 300 flights were cancelled at the airport, and 7 people were killed across the region.");
    assert_eq!(t[1], ["casualties"]);
    // "road" beside the dead is the road's.
    let t = topics("India recorded 168,000 road deaths in 2022, the ministry said.");
    assert_eq!(t[0], ["casualties", "transport"]);
}

#[test]
fn surname_continues_the_story() {
    let t = topics(
        "Jodie Marsh, 29, was jailed for six years for theft. Marsh must also repay £40,000.",
    );
    assert_eq!(t[2], ["crime"]);
    let t = topics("Jodie Marsh, 29, was jailed for six years for theft. The judge called it cruel. Marsh must also repay £40,000.");
    assert_eq!(t[2], ["crime"]);
    // A name the sentence before did not write in full is another story.
    let t = topics(
        "Jodie Marsh, 29, was jailed for six years for theft. Sainsbury must also repay £40,000.",
    );
    assert!(t[2].is_empty(), "{t:?}");
}

#[test]
fn delays_and_universities_in_context() {
    // A delay names transport beside travel only: sowing and launches are delayed too.
    let t = topics("The harvest will be delayed by 2 weeks, officials said.");
    assert!(!t[0].contains(&"transport".to_string()), "{t:?}");
    let t = topics("The 280 passengers on board were delayed by 7 hours.");
    assert!(t[0].contains(&"transport".to_string()), "{t:?}");
    // "Universal credit" is no university; storm overflows of sewage no storm.
    let t = topics("Universal credit accounted for £6.5bn of the overpayments.");
    assert!(!t[0].contains(&"education".to_string()), "{t:?}");
    let t = topics("About 24% of storm overflows had faulty monitors.");
    assert!(!t[0].contains(&"disasters".to_string()), "{t:?}");
}

#[test]
fn part_of_which_in_english() {
    // Rule `part_of_which_keeps_the_whole_s_topics` in English.
    let t = topics("Australia ordered 11 frigates for its navy, the first three of which will be built in Japan.");
    assert!(t[1].contains(&"security".to_string()), "{t:?}");
    let t = topics("The council set a budget of £12bn, of which £3bn will go to new roads.");
    assert!(t[1].contains(&"budget".to_string()), "{t:?}");
}
