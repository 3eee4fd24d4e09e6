//! Tests of the attribution reader (`super`).

use super::*;
use crate::extract::tokens::tokenize;

#[test]
fn attribution_forms() {
    for (sentence, speaker) in [
        (
            "At least 12 people died, officials said.",
            Some("officials"),
        ),
        (
            "According to the Health Ministry, 40 people were hurt.",
            Some("the Health Ministry"),
        ),
        (
            "Hubo 48 heridos, según Protección Civil.",
            Some("Protección Civil"),
        ),
        // Rule `segun_speech_verb`: the speaker after the verb, or none of its own.
        (
            "Según informó la Secretaría de Salud, hubo 300 casos.",
            Some("la Secretaría de Salud"),
        ),
        ("Según explicó, movilizará 20.000 pisos.", None),
        // Rule `contrast_segment_speaks`: a contrast segment read on its own.
        (
            "aunque el Observatorio Venezolano de Finanzas la sitúa en 51%.",
            Some("el Observatorio Venezolano de Finanzas"),
        ),
        // A body that ascribes a share speaks for it.
        (
            "El Organismo de Investigación Judicial atribuye siete de cada diez crímenes al narcotráfico.",
            Some("El Organismo de Investigación Judicial"),
        ),
        // Rule `speaker_ends_before_its_channel`.
        (
            "Ganó 9.800 millones, informó la empresa en un comunicado a la Bolsa.",
            Some("la empresa"),
        ),
        (
            "Su coordinador, Andrés Ramírez, de 64 años, dijo a la prensa que opera con 160 empleados.",
            Some("Andrés Ramírez"),
        ),
        (
            "About 68% are of working age, according to a UN report.",
            Some("a UN report"),
        ),
        ("Se denunciaron 1.431 extorsiones.", None),
        // Rule `coordinated_speech_verb`.
        (
            "El Banco Central redujo su tasa a 5% y prevé que la inflación cierre en 2,2%.",
            Some("El Banco Central"),
        ),
        // Rule `counted_speakers` in Spanish: "fuentes" alone is an anonymous source.
        (
            "Dos fuentes del Ministerio aseguraron que el déficit llegará a 3,5%.",
            Some("Dos fuentes del Ministerio"),
        ),
        (
            "The attorney general's office said 26 were sent.",
            Some("The attorney general's office"),
        ),
        ("Officials have said 26 were sent.", Some("Officials")),
        ("He said 26 were sent.", None),
        (
            "“We hired 300 nurses,” said Dr. Anita Rao.",
            Some("Dr. Anita Rao"),
        ),
        ("Prices rose 4% in May.", None),
        (
            "The defence secretary, John Hale, later said the figure was 150.",
            Some("John Hale"),
        ),
        // Rule `speaker_before_appositive`: an age, a relative clause or a description
        // between commas is no speaker; the name before it is.
        (
            "Smith's lawyer, Dana Whitfield, 52, said her client would appeal.",
            Some("Dana Whitfield"),
        ),
        (
            "Mark Daly, 41, told the BBC he had waited 22 months.",
            Some("Mark Daly"),
        ),
        // Rule `age_before_its_verb`: after a clause of its own, the speaker is still the
        // name before the age, not whom he told.
        (
            "ChatGPT has 800 million users, chief executive Sam Altman, 40, told a conference.",
            Some("chief executive Sam Altman"),
        ),
        // Rule `passive_speech_names_no_speaker`.
        (
            "Rice output is estimated at 120 million tonnes, the ministry said.",
            Some("the ministry"),
        ),
        ("The bank raised its growth forecast to 6.8%.", None),
        (
            "The council, which faces a shortfall of £87m, said 600 posts would go.",
            Some("The council"),
        ),
        (
            "Dr Amir Patel, a consultant at the hospital, said 35 patients waited.",
            Some("Dr Amir Patel"),
        ),
        // Rule `verdict_is_no_source`.
        (
            "A jury found the 29-year-old guilty of two counts of fraud.",
            None,
        ),
        (
            "The inquiry found 29 patients had died.",
            Some("The inquiry"),
        ),
        // Rule `expectation_names_its_source`: no speaker for the whole sentence.
        (
            "Prices rose 2.2%, above the 2.1% analysts had forecast.",
            None,
        ),
        // Rule `participle_speaks_for_the_subject`.
        (
            "The bank held rates at 4%, saying inflation of 2.7% was too high.",
            Some("The bank"),
        ),
        ("Prices rose 4%, making it the worst year.", None),
        // Rule `name_before_its_role`; a role before a name keeps the name.
        (
            "Sales rose 8%, Ana Ruiz, the firm's finance chief, wrote in a memo.",
            Some("Ana Ruiz"),
        ),
        (
            "The firm's finance chief, Ana Ruiz, wrote that sales rose 8%.",
            Some("Ana Ruiz"),
        ),
        // Rule `counted_speakers`: source counts, poll samples, numbers in names.
        (
            "Two officials familiar with the talks said the club offered £40m.",
            Some("Two officials familiar with the talks"),
        ),
        ("Two people died, officials said.", Some("officials")),
        (
            "A YouGov poll of 2,100 adults put Labour on 27%.",
            Some("A YouGov poll of 2,100 adults"),
        ),
        (
            "Rents rose 9%, according to a survey of 3,200 tenants by Shelter.",
            Some("a survey of 3,200 tenants by Shelter"),
        ),
        (
            "Channel 4 News reported that 3,000 jobs were at risk.",
            Some("Channel 4 News"),
        ),
        // Rule `speaker_opens_no_preposition`.
        (
            "In May, 62% of voters said the country was on the wrong track, the survey shows.",
            Some("the survey"),
        ),
        (
            "Labour would win 287 seats, the pollster's projection suggests.",
            Some("the pollster's projection"),
        ),
        // Rule `added_figure_is_an_act`.
        ("The US economy added 143,000 jobs in January.", None),
        (
            "The plant will close, the company added.",
            Some("the company"),
        ),
        (
            "The strike cost the carmaker an estimated $1.2 billion.",
            None,
        ),
        ("Half of the hospitals reported shortages.", None),
        // A counting verb names who counted, not a source.
        ("Officials counted 47 bodies in the rubble.", None),
        // A possessive makes "forecast" a noun; a pronoun makes a clause, not a speaker.
        ("Shares dropped 7% after it cut its profit forecast.", None),
        (
            "Tesla shares fell 6% after the company reported a drop in profit.",
            None,
        ),
        // The cut is what was announced, not who announced it; the age between commas
        // is no speaker either.
        (
            "El ministro, de 59 años, anunció un recorte de 5% en el gasto.",
            Some("El ministro"),
        ),
        (
            "La directora del hospital, Laura Ríos, describió la situación.",
            Some("Laura Ríos"),
        ),
        // A verb of speech opening its clause, its speaker before "que".
        (
            "Calculan las autoridades migratorias que 1.800 personas integran el grupo.",
            Some("las autoridades migratorias"),
        ),
        ("Dijo que 40 familias serán reubicadas.", None),
        // A single closing quote before an inverted speech verb.
        (
            "'We lost 40% of our customers,' said Ana Ruiz, a baker.",
            Some("Ana Ruiz"),
        ),
        // Rule `long_names_speak`.
        (
            "Hubo 29 muertos, según la Unidad Nacional para la Gestión del Riesgo de Desastres.",
            Some("la Unidad Nacional para la Gestión del Riesgo de Desastres"),
        ),
        // Rule `inverted_speaker_with_its_name`.
        (
            "«Hemos detenido a 85 personas», dijo el jefe de la policía, Ricardo Salas.",
            Some("el jefe de la policía, Ricardo Salas"),
        ),
        (
            "«Hemos detenido a 85 personas», dijo el jefe de la policía, que pidió calma.",
            Some("el jefe de la policía"),
        ),
        (
            "El Ministerio de Sanidad notificó 1.340 casos.",
            Some("El Ministerio de Sanidad"),
        ),
        // Rule `poll_sample_in_source`, in Spanish.
        (
            "Un ensayo con 1.200 voluntarios mostró que la vacuna reduce en 60% los casos.",
            Some("Un ensayo con 1.200 voluntarios"),
        ),
        // Rule `name_before_its_role`, a Spanish role without its article.
        (
            "La Sra. Ruiz, directora del hospital, aseguró que hay 10 camas.",
            Some("La Sra. Ruiz"),
        ),
        (
            "El ministro, Andrés Molina, aseguró que hay 10 camas.",
            Some("Andrés Molina"),
        ),
        // Rule `added_figure_is_an_act`, in Spanish: "aseguraron" seized.
        ("Las aduanas aseguraron 1,2 millones de pastillas.", None),
        (
            "Las aduanas aseguraron que 1,2 millones de pastillas pasaron.",
            Some("Las aduanas"),
        ),
        // Rule `speech_act_on_a_noun`: declaring a thing is no report of the figures.
        (
            "La demanda llegó a 52.000 megawatts, por lo que el Cenace declaró el estado de emergencia.",
            None,
        ),
        (
            "La demanda llegó a 52.000 megawatts, informó el Cenace.",
            Some("el Cenace"),
        ),
        // Rule `expects_to_do`, and its near miss: a noun after "de".
        (
            "La DIAN espera recaudar 21 billones de pesos con la reforma.",
            Some("La DIAN"),
        ),
        ("Hay 3.000 pacientes en la lista de espera para cirugías.", None),
        // Rule `glued_name_number`: digits against a name end no speaker.
        (
            "Los precios subieron 9%, según la plataforma Inmuebles24.",
            Some("la plataforma Inmuebles24"),
        ),
        // "decretó", "recordó", "asegura" report; "tras" ends the speaker.
        (
            "«Será de 1.400 pesos», decretó Petro tras la reunión.",
            Some("Petro"),
        ),
        (
            "Pdvsa asegura que la cifra supera el millón de barriles.",
            Some("Pdvsa"),
        ),
    ] {
        let got = attribution(sentence, &tokenize(sentence));
        assert_eq!(got.as_deref(), speaker, "{sentence}");
    }
}

#[test]
fn contrasting_clauses_name_their_own_source() {
    let s = "The fire destroyed 340 buildings, officials said, while police reported 5 arrests.";
    let toks = tokenize(s);
    let starts = contrast_starts(&toks);
    assert_eq!(starts.len(), 2);
    let (first, second) = (&toks[..starts[1]], &toks[starts[1]..]);
    assert_eq!(attribution(s, second).as_deref(), Some("police"));
    assert_eq!(attribution(s, first).as_deref(), Some("officials"));
    // A semicolon ends a clause: its source is the clause's own.
    let s = "Salieron 3.000 migrantes; otros 600 se sumaron, según el INM.";
    let toks = tokenize(s);
    let starts = contrast_starts(&toks);
    assert_eq!(starts.len(), 2);
    assert_eq!(attribution(s, &toks[..starts[1]]), None);
    assert_eq!(
        attribution(s, &toks[starts[1]..]).as_deref(),
        Some("el INM")
    );
}

#[test]
fn quotes_and_pronouns_continue_the_last_speaker() {
    for (sentence, continues) in [
        ("“Another 150 will start in January.”", true),
        ("She said 12 of them were rifles.", true),
        ("“Los primeros 4 llegan en marzo”, añadió.", true),
        ("Prices rose 4% in May.", false),
        ("'Our bill went up to €1,800 a month.'", true),
        ("Añadió que 1.400 personas fueron detenidas.", true),
        ("Calculó 1.400 detenidos.", false),
        ("Según explicó, movilizará 20.000 pisos.", true),
        // Rule `quote_closed_in_this_sentence`.
        ("If it continues, I'll have to let three staff go.\"", true),
        ("The plant employs \"about 400\" people.", false),
        // Rule `inverted_pronoun_closes_its_clause`.
        ("“We lost 30 members,” said he.", true),
        (
            "About 40% of the drivers said they would not buy one.",
            false,
        ),
        (
            "Uno de cada tres encuestados dijo que ellos no votarían.",
            false,
        ),
    ] {
        assert_eq!(
            continues_speaker(&tokenize(sentence)),
            continues,
            "{sentence}"
        );
    }
}

fn attribution_of(sentence: &str) -> Option<String> {
    attribution(sentence, &tokenize(sentence))
}

#[test]
fn detection_before_que_is_a_finding_es() {
    // Rule `ruling_speaks_for_its_clause` with "detectó": a finding before "que".
    assert_eq!(
        attribution_of("El 3 de mayo, la Procuraduría detectó que el kilo de tomate subió 40%.")
            .as_deref(),
        Some("la Procuraduría")
    );
    // Near miss: what a telescope detects is a discovery, no source of its figures.
    assert_eq!(
        attribution_of("El radiotelescopio detectó una estrella a 900 años luz.").as_deref(),
        None
    );
}

#[test]
fn counting_body_speaks_es() {
    // "contabilizó": a body that counts reports its count.
    assert_eq!(
        attribution_of("La Fiscalía contabilizó 412 robos de autos en marzo.").as_deref(),
        Some("La Fiscalía")
    );
}

#[test]
fn count_records_its_figures_es() {
    assert_eq!(
        attribution_of("El censo anual del Instituto de Estadística registró 12.400 nacimientos.")
            .as_deref(),
        Some("El censo anual del Instituto de Estadística")
    );
    // Near miss: a place records figures; it reports nothing.
    assert_eq!(
        attribution_of("Bogotá registró 14 días con alerta amarilla.").as_deref(),
        None
    );
}

#[test]
fn narrating_verbs_speak_es() {
    // "relató", "lamentó": verbs of telling after a quote name its speaker.
    assert_eq!(
        attribution_of("«Rescatamos a 40 personas en una noche», relató Ana Ruiz.").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        attribution_of("«Perdimos 300 colmenas», lamentó el apicultor.").as_deref(),
        Some("el apicultor")
    );
}

#[test]
fn law_provides_no_source_es() {
    assert_eq!(
        attribution_of("La nueva ley de tráfico prevé multas de hasta 6.000 euros.").as_deref(),
        None
    );
    // Near miss: a body forecasts.
    assert_eq!(
        attribution_of("La DGT prevé 7 millones de viajes.").as_deref(),
        Some("La DGT")
    );
}

#[test]
fn narration_after_a_quote() {
    assert_eq!(
        attribution_of("«Duerme cinco horas por noche», contó su madre, Lucía.").as_deref(),
        Some("su madre, Lucía")
    );
    // Near miss: "contó con" has, it tells nothing.
    assert_eq!(
        attribution_of("La feria contó con 300 expositores.").as_deref(),
        None
    );
}
