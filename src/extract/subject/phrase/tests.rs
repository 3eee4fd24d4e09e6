//! Tests of the subject reader (`super`).

use super::*;
use crate::extract::numbers::decimal_evidence;
use crate::extract::quantity;
use crate::extract::tokens::tokenize;

fn subj(s: &str, lang: Lang) -> Subject {
    let toks = tokenize(s);
    let q = quantity::find(&toks, lang, decimal_evidence(s)).remove(0);
    subject(s, &toks, &q, lang)
}

#[test]
fn counted_noun_and_verb() {
    let s = subj(
        "Sheinbaum has extradited more than 50 organized crime leaders to Washington.",
        Lang::En,
    );
    assert!(s.text.contains("organized crime leaders"), "{}", s.text);
    assert!(
        s.key.iter().any(|k| k.starts_with("extradit")),
        "{:?}",
        s.key
    );
    assert!(s.key.iter().any(|k| k == "leader"), "{:?}", s.key);
}

#[test]
fn measured_thing_before_the_number() {
    let s = subj("Unemployment rose to 5.2% in October.", Lang::En);
    assert!(
        s.key.iter().any(|k| k.starts_with("unemploy")),
        "{:?}",
        s.key
    );
    let s = subj("Washington imposed 25% tariffs on automobiles.", Lang::En);
    assert!(s.text.contains("tariffs on automobiles"), "{}", s.text);
}

#[test]
fn linked_noun_heads_a_measured_phrase() {
    let s = subj("México impuso aranceles del 25% a los autos.", Lang::Es);
    assert_eq!(s.phrase, "aranceles autos");
    let s = subj("They set a tariff of 25% on cars.", Lang::En);
    assert_eq!(s.phrase, "tariff on cars");
}

#[test]
fn a_rate_before_a_partitive_names_the_thing() {
    let s = subj(
        "Pemex produjo 1,6 millones de barriles diarios de crudo.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "crudo");
    assert_eq!(s.link.as_deref(), Some("de"));
    // Without the partitive the rate names nothing and the thing is before the figure.
    let s = subj("La producción llegó a 300 barriles diarios.", Lang::Es);
    assert!(!s.phrase.contains("diarios"), "{}", s.phrase);
    // A price per square metre or per kilo names the thing priced before it.
    let s = subj(
        "El precio del alquiler alcanzó los 21,4 euros por metro cuadrado.",
        Lang::Es,
    );
    assert!(s.phrase.contains("alquiler"), "{}", s.phrase);
}

#[test]
fn comparative_stand_ins_and_linking_verbs() {
    let toks = tokenize("It has 14 reactors and plans to build 6 more.");
    let q = quantity::find(&toks, Lang::En, None).remove(1);
    let s = subject(
        "It has 14 reactors and plans to build 6 more.",
        &toks,
        &q,
        Lang::En,
    );
    assert_eq!(s.phrase, "");
    // No earlier figure to stand for: the words keep their own reading.
    let s = subj("A few thousand more marched to the square.", Lang::En);
    assert_ne!(s.text, "");
    let s = subj("The firm sold 6 more than last year.", Lang::En);
    assert_ne!(s.phrase, "");
    let s = subj("Divers found 11 more bodies in the river.", Lang::En);
    assert!(s.phrase.contains("bodies"), "{}", s.phrase);
    let s = subj(
        "About 300 schools remain closed across the region.",
        Lang::En,
    );
    assert_eq!(s.phrase, "schools remain closed");
    let s = subj("Unas 300 escuelas siguen cerradas en la región.", Lang::Es);
    assert_eq!(s.phrase, "escuelas siguen cerradas");
    let s = subj(
        "Half of the 12,000 residents remain without water.",
        Lang::En,
    );
    assert!(!s.text.contains("without"), "{}", s.text);
}

#[test]
fn a_time_opener_names_no_thing() {
    let s = subj(
        "La planta solar generará 300 megavatios a partir de 2026.",
        Lang::Es,
    );
    assert!(!s.phrase.contains("partir"), "{}", s.phrase);
    let s = subj("The plant will add 300 megawatts as of May.", Lang::En);
    assert!(!s.phrase.contains("May"), "{}", s.phrase);
}

#[test]
fn appositive_ages_of_a_group_keep_their_range() {
    let s = subj(
        "Los cuatro detenidos, de entre 19 y 25 años, fueron presentados.",
        Lang::Es,
    );
    assert_eq!(s.figure.as_deref(), Some("19–25 años:"));
    assert_eq!(s.text, "edad de detenidos");
}

#[test]
fn hyphenated_name_ages() {
    let s = subj(
        "Sam Bankman-Fried, 32, was sentenced to 25 years.",
        Lang::En,
    );
    assert_eq!(s.text, "age of Sam Bankman-Fried");
    // A noun for a person ("postmaster", "point guard") takes an age too.
    let s = subj("A former postmaster, 63, was awarded damages.", Lang::En);
    assert_eq!(s.text, "age of postmaster");
}

#[test]
fn vague_figures_keep_their_wording() {
    let s = subj("Hundreds of people were evacuated.", Lang::En);
    assert_eq!(s.figure.as_deref(), Some("hundreds of"));
    assert_eq!(s.phrase, "people");
    assert!(s.key.iter().any(|k| k.starts_with("evacu")), "{:?}", s.key);
}

#[test]
fn elliptic_phrases_and_heads() {
    assert!(elliptic("on automobiles") && elliptic("Al acero"));
    assert!(!elliptic("tariffs on automobiles"));
    assert_eq!(
        head("the organized crime leaders").as_deref(),
        Some("organized")
    );
    assert_eq!(head("of a"), None);
}

#[test]
fn money_names_whom_it_came_from() {
    let s = subj("The fraudster took £2.3m from 140 savers.", Lang::En);
    assert_eq!(s.phrase, "from 140 savers");
    let s = subj("The charity raised $5m from local donors.", Lang::En);
    assert_eq!(s.phrase, "from local donors");
    // A year after "from" is where a change started, no source.
    let s = subj("Sales fell £2m from 2019 levels.", Lang::En);
    assert!(!s.phrase.contains("from"), "{}", s.phrase);
}

#[test]
fn money_after_its_noun_takes_no_source() {
    let s = subj(
        "Insurers face claims above $2 billion from the floods.",
        Lang::En,
    );
    assert!(s.phrase.contains("claims"), "{}", s.phrase);
}

#[test]
fn money_pays_for_an_acronym_or_past_an_adjective() {
    // Rule `paid_for_acronym`.
    let s = subj("It sets aside £22bn for the NHS.", Lang::En);
    assert!(s.phrase.contains("for the NHS"), "{}", s.phrase);
    // A proper name that is no acronym still ends the phrase.
    let s = subj("It gave £2bn for the Smiths.", Lang::En);
    assert!(!s.phrase.contains("Smiths"), "{}", s.phrase);
    // Rule `paid_for_past_adjective`.
    let s = subj("It gave £1.5bn for new prisons.", Lang::En);
    assert!(s.phrase.contains("new prisons"), "{}", s.phrase);
    let s = subj("It gave £1.5bn for more than a year.", Lang::En);
    assert!(!s.phrase.contains("year"), "{}", s.phrase);
}

#[test]
fn a_pair_of_names_stays_in_the_subject_of_a_change() {
    // Rule `and_inside_a_name_pair`.
    let s = subj("Offences in England and Wales rose 4% last year.", Lang::En);
    assert!(s.phrase.contains("Offences"), "{}", s.phrase);
    // An "and" between common words still ends the phrase.
    let s = subj("Prices held and sales rose 4% last year.", Lang::En);
    assert!(!s.phrase.contains("Prices"), "{}", s.phrase);
}

#[test]
fn subjects_past_names_with_numbers_relatives_and_worth() {
    // Rules `index_name_number` and `direction_before_the_figure`.
    let s = subj("The FTSE 100 closed down 1.4% on Friday.", Lang::En);
    assert!(s.text.contains("FTSE"), "{}", s.text);
    // Rule `relative_clause_before_the_verb`.
    let s = subj(
        "Unemployment in Spain, which had long been high, fell to 10.6%.",
        Lang::En,
    );
    assert!(s.text.contains("Unemployment"), "{}", s.text);
    let s = subj("Unemployment was high, and it fell to 10.6%.", Lang::En);
    assert!(!s.text.contains("Unemployment"), "{}", s.text);
    // Rule `worth_links_its_thing`.
    let s = subj("They agreed a deal worth about $12bn.", Lang::En);
    assert!(s.phrase.contains("deal"), "{}", s.phrase);
}

#[test]
fn a_partitive_reads_past_a_hedged_whole() {
    // Rule `partitive_past_a_hedge`.
    let s = subj(
        "The army intercepted 85 of the roughly 100 drones.",
        Lang::En,
    );
    assert!(s.phrase.contains("drones"), "{}", s.phrase);
    let s = subj("The army intercepted 85 of the 100 drones.", Lang::En);
    assert!(s.phrase.contains("drones"), "{}", s.phrase);
}

#[test]
fn an_age_without_its_noun_is_a_person_s() {
    // Rule `age_as_a_noun`.
    let s = subj(
        "One of the suspects, a 17-year-old, was released.",
        Lang::En,
    );
    assert_eq!(s.text, "age of suspects");
    let s = subj("A 48-year-old pastor was released.", Lang::En);
    assert!(s.text.contains("pastor"), "{}", s.text);
}

#[test]
fn money_pays_for_past_its_time() {
    // Rule `paid_for_past_its_time`.
    let s = subj(
        "Microsoft will spend $80bn this fiscal year on data centres.",
        Lang::En,
    );
    assert!(s.phrase.contains("data centres"), "{}", s.phrase);
    let s = subj("The council spends £3m a year on roads.", Lang::En);
    assert!(s.phrase.contains("roads"), "{}", s.phrase);
    // "for" after a rate names who pays.
    let s = subj(
        "Bills rise to £1,755 a year for a typical household.",
        Lang::En,
    );
    assert!(!s.phrase.contains("household"), "{}", s.phrase);
}

#[test]
fn gapped_item() {
    // Rule `gapped_item`: the noun phrase between "y" and the comma is what the figure counts.
    let s = "Los homicidios bajaron 18% y los hurtos, 7%.";
    let toks = tokenize(s);
    let q = quantity::find(&toks, Lang::Es, decimal_evidence(s)).remove(1);
    let got = subject(s, &toks, &q, Lang::Es);
    assert!(got.phrase.contains("hurtos"), "{}", got.phrase);
    assert!(!got.phrase.contains("homicidios"), "{}", got.phrase);
}

#[test]
fn noun_before_its_adjective() {
    let s = subj("Quedaron lejos de la mayoría absoluta de 176.", Lang::Es);
    assert!(s.phrase.contains("mayoría absoluta"), "{}", s.phrase);
    // After an indefinite article too ("un alza interanual de 8,4%").
    let s = subj("Las ventas tuvieron un alza interanual de 8,4%.", Lang::Es);
    assert_eq!(s.phrase, "alza interanual");
    let s = subj("Recibirán un bono bimestral de 6.200 pesos.", Lang::Es);
    assert_eq!(s.phrase, "bono bimestral");
}

#[test]
fn singular_verb_after_a_plural_noun() {
    let s = subj(
        "Halló que 45% de los consumidores compara precios antes de comprar.",
        Lang::Es,
    );
    assert!(s.phrase.contains("consumidores"), "{}", s.phrase);
    assert!(!s.phrase.contains("compara"), "{}", s.phrase);
    // An adjective agrees with its plural noun and stays.
    let s = subj("El 30% de los hogares colombianos no ahorra.", Lang::Es);
    assert!(s.phrase.contains("colombianos"), "{}", s.phrase);
}

#[test]
fn money_names_its_purpose_and_its_act_not_its_actor() {
    let s = subj(
        "La Nación transferirá 45.000 millones de pesos a las provincias para obras de agua.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "para obras de agua");
    let s = subj(
        "El gobierno pidió al Congreso 500 millones de pesos para reparar escuelas rurales.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "para reparar escuelas rurales");
    let s = subj("Luego el banco quitó 3 millones de pesos.", Lang::Es);
    assert_eq!(s.phrase, "quitados");
    // The act as a participle, stems that change too ("pidió" → "pedidos").
    let s = subj(
        "El gobierno pidió al Congreso 500 millones de pesos.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "pedidos");
    let s = subj("Inditex ganó 2.800 millones de euros.", Lang::Es);
    assert_eq!(s.phrase, "ganados");
    let s = subj("El club recaudó 1.200 millones de pesos.", Lang::Es);
    assert_eq!(s.phrase, "recaudados");
    let s = subj("El club ingresó 1.073 millones de euros.", Lang::Es);
    assert_eq!(s.phrase, "ingresados");
    // Rule `future_names_its_act`: a future names the act by its participle too (a label
    // carries no finite verb: "$6bn invertidos", not a bare "$6bn").
    let s = subj("Luego el banco quitará 3 millones de pesos.", Lang::Es);
    assert_eq!(s.phrase, "quitados");
    let s = subj("Walmart invertirá 6.000 millones de dólares.", Lang::Es);
    assert_eq!(s.phrase, "invertidos");
    // Rule `present_names_its_act`: a present names the act by its participle too.
    let s = subj("Los pilotos cobran 6.200 euros brutos al mes.", Lang::Es);
    assert_eq!(s.phrase, "cobrados");
    let s = subj("Una enfermera gana en promedio 19.000 pesos.", Lang::Es);
    assert_eq!(s.phrase, "ganados");
    // Near miss: a present of a verb that moves no money names no act.
    let s = subj("La entrada cuesta 12 euros en taquilla.", Lang::Es);
    assert!(!s.phrase.ends_with("ados"), "{}", s.phrase);
    // Rule `sale_takings_name_the_sale`: a sale's takings, not a price after "en".
    let s = subj("Grupo Bimbo vendió 399.000 millones de pesos.", Lang::Es);
    assert_eq!(s.phrase, "vendidos");
    let s = subj("La gasolina se vendió en 26,30 pesos.", Lang::Es);
    assert!(s.phrase.contains("gasolina"), "{}", s.phrase);
    // Near misses: a verb of level names the money by its subject; "a" and no purpose keeps
    // the recipient.
    let s = subj("El presupuesto asciende a 523 billones de pesos.", Lang::Es);
    assert!(s.phrase.contains("presupuesto"), "{}", s.phrase);
    let s = subj("Destinará 45 millones de pesos a las provincias.", Lang::Es);
    assert!(s.phrase.contains("provincias"), "{}", s.phrase);
}

#[test]
fn a_comparative_measures_the_noun_before_it_and_a_clitic_opens_a_verb() {
    let s = subj(
        "El alquiler es un 40% más caro que hace cinco años.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "más caro alquiler");
    let s = subj(
        "El robo de autos es tres veces mayor que en Medellín.",
        Lang::Es,
    );
    assert!(s.phrase.starts_with("veces mayor robo"), "{}", s.phrase);
    let s = subj("Se asocia con un riesgo 47% menor de muerte.", Lang::Es);
    assert_eq!(s.phrase, "menor riesgo");
    let s = subj(
        "Caminar 7.000 pasos al día se asocia con menos muertes.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "pasos al día");
    // Rule `possessive_place_ends_the_phrase`.
    let s = subj(
        "El alcalde pasó un rato con 40 vecinos en su casa.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "vecinos");
    let s = subj("Hay 40 vecinos en la casa comunal.", Lang::Es);
    assert!(s.phrase.contains("casa"), "{}", s.phrase);
    // Near misses: "más que" compares with another figure; "se" opening the phrase stays.
    let s = subj("Ganó un 10% más que en 2023.", Lang::Es);
    assert!(!s.phrase.contains("más"), "{}", s.phrase);
}

#[test]
fn a_duration_after_durante_measures_its_clause_s_event() {
    let s = subj(
        "La marcha de los trabajadores bloqueó Reforma durante seis horas.",
        Lang::Es,
    );
    assert!(s.event_before, "{s:?}");
    assert_eq!(s.phrase, "marcha de los trabajadores");
    let s = subj(
        "El apagón dejó sin luz a la ciudad durante casi 10 horas.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "apagón");
    // Near misses: a person acts for a duration; no "durante", no event.
    let s = subj("El presidente habló durante 45 minutos.", Lang::Es);
    assert!(!s.event_before, "{s:?}");
    let s = subj("La marcha bloqueó Reforma seis horas después.", Lang::Es);
    assert!(!s.phrase.contains("marcha"), "{s:?}");
}

#[test]
fn relative_and_copula_after_a_figure_name_no_thing() {
    // "de los cuales" stands for an earlier noun, as "ellos" does; "era"/"eran" after a
    // figure open its verb.
    let s = subj("De los cuales el 40% fueron importados.", Lang::Es);
    assert!(
        super::super::label_words(&s.phrase, Lang::Es).is_empty(),
        "{}",
        s.phrase
    );
    // Rule `predicate_names_the_part`: the noun after "eran" names the part counted.
    let s = subj("Y 40 eran menores de edad.", Lang::Es);
    assert_eq!(s.phrase, "menores de edad");
    // Near miss: a noun after the figure stays.
    let s = subj("Y 40 menores eran extranjeros.", Lang::Es);
    assert_eq!(s.phrase, "menores");
}

#[test]
fn a_temperature_without_a_noun_names_itself() {
    let s = subj("Mexicali alcanzó 52 grados centígrados.", Lang::Es);
    assert_eq!(s.phrase, "temperatura");
    let s = subj("Córdoba marcó 46,9 grados el sábado.", Lang::Es);
    assert_eq!(s.phrase, "temperatura");
    // Near miss: a noun of its own stays.
    let s = subj("Las temperaturas de 8 grados sorprendieron.", Lang::Es);
    assert!(s.phrase.contains("temperaturas"), "{}", s.phrase);
}

#[test]
fn a_season_is_a_time_not_what_a_figure_counts() {
    let s = subj(
        "Los casos de dengue superan los 420.000 esta temporada.",
        Lang::Es,
    );
    assert!(s.phrase.contains("casos de dengue"), "{}", s.phrase);
    // Near miss: a noun after the figure stays.
    let s = subj("Hubo 420.000 casos esta temporada.", Lang::Es);
    assert!(s.phrase.starts_with("casos"), "{}", s.phrase);
}

#[test]
fn a_bare_count_of_points_names_its_unit() {
    let s = subj(
        "Venezuela goleó a Bolivia y sumó 9 puntos en el torneo.",
        Lang::Es,
    );
    assert_eq!(s.text, "sumó puntos");
    // Near miss: a phrase of its own stays the subject.
    let s = subj("Cayó 120 puntos el índice Merval.", Lang::Es);
    assert!(!s.text.ends_with("puntos"), "{}", s.text);
}

#[test]
fn cada_opens_no_thing_counted() {
    // "a cada uno" distributes the sum; "cada año" is its rate.
    let s = subj("Les embargó 300 millones de pesos a cada uno.", Lang::Es);
    assert!(!s.phrase.contains("cada"), "{}", s.phrase);
    let s = subj("Hubo 300 detenidos cada año.", Lang::Es);
    assert_eq!(s.phrase, "detenidos");
}

#[test]
fn a_level_kept_and_a_source_before_the_verb() {
    // Rule `level_kept`: the level is the noun's, not "hold".
    let s = subj(
        "The bank left the cash rate on hold at 3.85 per cent.",
        Lang::En,
    );
    assert_eq!(s.phrase, "cash rate");
    let s = subj("The bank kept rates unchanged at 4%.", Lang::En);
    assert_eq!(s.phrase, "rates");
    // An irregular past before "at" is the verb, not the noun ("held at").
    let s = subj("Inflation held at 3.4%.", Lang::En);
    assert_eq!(s.phrase, "Inflation");
    // Rule `source_before_the_verb`: the subject is read past "according to …".
    let s = subj("Inflation, according to the ONS, held at 3.4%.", Lang::En);
    assert_eq!(s.phrase, "Inflation");
}

#[test]
fn an_article_opens_the_subject_of_a_reported_clause() {
    let s = subj(
        "Ms Reeves told MPs the measures would raise £26bn.",
        Lang::En,
    );
    assert_eq!(s.phrase, "measures");
    // A preposition before the article keeps the phrase whole.
    let s = subj("Prices in the UK rose 3%.", Lang::En);
    assert_eq!(s.phrase, "Prices in the UK");
}

#[test]
fn infinitive_after_money_and_the_act_before_it() {
    // Rule `infinitive_after_money`.
    let s = subj(
        "The government has pledged £1.5bn to repair potholes.",
        Lang::En,
    );
    assert_eq!(s.phrase, "to repair potholes");
    // Rule `act_before_money`.
    let s = subj("She was jailed for stealing £2.3m over 11 years.", Lang::En);
    assert_eq!(s.phrase, "stealing");
    let s = subj(
        "The firm was ordered to pay R2.4 billion to the tax office.",
        Lang::En,
    );
    assert_eq!(s.phrase, "pay");
}

#[test]
fn a_window_after_the_figure_names_no_thing() {
    // "within the next six months" is a time, not what the 3% measures.
    let s = subj(
        "Ministers expect prices to fall 3% within the next six months.",
        Lang::En,
    );
    assert_eq!(s.phrase, "prices");
}

#[test]
fn a_time_after_the_noun_leaves_the_noun() {
    // Rule `time_after_the_noun`.
    let s = subj("We had 260 children ten years ago.", Lang::En);
    assert_eq!(s.phrase, "children");
    // A phrase that is all time names no thing ("15% a decade ago").
    let s = subj("Unemployment was 15% a decade ago.", Lang::En);
    assert!(!s.phrase.contains("decade"), "{}", s.phrase);
}

#[test]
fn an_adjective_of_the_figure_is_read_past() {
    // Rule `adjective_of_the_figure`.
    let s = subj(
        "Peak electricity demand hit a record 250 gigawatts in May.",
        Lang::En,
    );
    assert!(s.phrase.ends_with("electricity demand"), "{}", s.phrase);
}

#[test]
fn a_comparative_after_a_measure_names_no_thing() {
    // Rule `comparative_after_a_measure`: the duration measures the verb before it.
    let s = subj("Those children slept 40 minutes less on average.", Lang::En);
    assert_eq!(s.phrase, "slept");
}

#[test]
fn a_partitive_reads_past_a_possessor_and_money_more_on_a_thing() {
    // Rule `partitive_past_a_possessor`.
    let s = subj(
        "They voted to close three of the city's 11 care homes.",
        Lang::En,
    );
    assert_eq!(s.phrase, "care homes");
    // "more on defence" is what the money is spent on, not a comparative.
    let s = subj("Canada will spend C$9 billion more on defence.", Lang::En);
    assert!(s.phrase.contains("defence"), "{}", s.phrase);
}

#[test]
fn attributive_participle() {
    // The second figure's clause verb is "extradited", not the "organized" of the first
    // figure's noun phrase.
    let got = crate::extract::testing::subjects(
        "Mexico has extradited more than 50 organized crime leaders to Washington in two separate transfers.",
    );
    assert_eq!(got[1], "separate transfers");
    // A verb after a number and before its direction stays the verb.
    let got = crate::extract::testing::subjects("The FTSE 100 closed down 1.4% on Friday.");
    assert_eq!(got, ["FTSE 100 closed"]);
    // After a verb of its own clause, a word in -ed is still the verb.
    let got = crate::extract::testing::subjects("Police arrested 19 suspects.");
    assert_eq!(got, ["arrested suspects"]);
    // A chain of them, a capitalised word of a name, a Spanish participle after its noun.
    let got = crate::extract::testing::subjects(
        "It handed over 55 alleged organized crime leaders in two transfers.",
    );
    assert_eq!(got[1], "transfers");
    let got = crate::extract::testing::subjects(
        "Mexico sent 26 prisoners to the United States in two separate transfers.",
    );
    assert_eq!(got[1], "sent separate transfers");
    let got = crate::extract::testing::subjects(
        "DUBAI, United Arab Emirates -- Nine Americans are imprisoned in Saudi jails.",
    );
    assert_eq!(got, ["Americans imprisoned"]);
    let got = crate::extract::testing::subjects(
        "México envió a 55 líderes del crimen organizado en dos traslados.",
    );
    assert_eq!(got[1], "envió traslados");
}

#[test]
fn attributive_age_names_its_person() {
    let got = crate::extract::testing::subjects(
        "The son-in-law of a 73-year-old Castleford widow has been charged with her murder.",
    );
    assert_eq!(got, ["age of Castleford widow"]);
}

#[test]
fn initialism_is_one_step() {
    // Rule `initialism_is_one_step` (and `initialisms_are_one_word` for "EE.UU."): the
    // subject reads past "EE.UU." as it reads past "Texas".
    let s = "La tasa de paro entre los hispanos en EE.UU. bajó a 4,8%.";
    let got = subj(s, Lang::Es).phrase;
    assert!(got.contains("tasa de paro"), "{got}");
}
