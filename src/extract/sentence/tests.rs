//! Tests of the sentence-level claim reader (`super`).

use crate::extract::testing::topics;
use crate::extract::Extractor;

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
    // In English: the one Army, Treasury or Defence Forces of a country.
    let t = topics("Only 26 of the vehicles ordered have been accepted by the Army so far.");
    assert!(t[0].contains(&"security".to_string()), "{t:?}");
    let t = topics("The increase will cost the Treasury about £6bn, the watchdog estimates.");
    assert!(t[0].contains(&"budget".to_string()), "{t:?}");
    let t = topics("Ireland's Defence Forces are short of 1,600 personnel, a report found.");
    assert!(t[0].contains(&"security".to_string()), "{t:?}");
    // Near miss: the word closing another name names no army ("the Salvation Army").
    let t = topics("The Salvation Army is appealing for C$23 million this Christmas.");
    assert!(!t[0].contains(&"security".to_string()), "{t:?}");
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
fn infinitive_object_is_the_noun() {
    // With rule `parallel_figure_continues_the_currency`: the second sum borrows the object
    // of the infinitive, not the verb.
    let ex = Extractor::default().extract_text(
        "El Gobierno aprobó subir el precio del pasaje a 700 pesos desde enero y a 750 en julio.",
    );
    assert!(
        ex.claims[1].label.contains("precio"),
        "{}",
        ex.claims[1].label
    );
    // Near miss: a phrase that opens on a noun lends it as before.
    let ex = Extractor::default()
        .extract_text("La tasa de basura subirá a 90 pesos en marzo y a 95 en agosto.");
    assert!(
        ex.claims[1].label.contains("tasa"),
        "{}",
        ex.claims[1].label
    );
}
