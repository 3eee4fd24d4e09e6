use super::*;

#[test]
fn names_speaker_looks_for_a_verb_of_speech_after_a_space() {
    for yes in [
        "The mayor said so.",
        "Ella dijo que no.",
        "as he told reporters",
        "Lo informó ayer",
    ] {
        assert!(names_speaker(yes), "{yes}");
    }
    for no in [
        "Said the mayor",
        "The unsaid part",
        "Nadie habla.",
        "Se dijeron cosas",
    ] {
        assert!(!names_speaker(no), "{no}");
    }
}

#[test]
fn has_candidate_finds_digits_and_number_words_between_any_separators() {
    for yes in [
        "Prices rose 4 percent.",
        "Three people were hurt.",
        "Fueron veintitrés los detenidos.",
        "Los heridos—tres—fueron trasladados.",
        "Output grew sixfold",
        "«Mil» fue la cifra",
    ] {
        assert!(has_candidate(yes), "{yes}");
    }
    for no in [
        "The minister said nothing.",
        "Tension at the border, then silence.",
        "Los detenidos fueron trasladados.",
        "",
    ] {
        assert!(!has_candidate(no), "{no}");
    }
}

#[test]
fn offsets_point_at_the_surface() {
    let text = "Título\n\nMéxico extraditó a más de 50 capos, según la Fiscalía. Hubo 2,3% más.";
    let ex = Extractor::default().extract_text(text);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(ex.claims.len(), 2);
    for c in &ex.claims {
        let got: String = chars[c.start..c.end].iter().collect();
        assert_eq!(got, c.surface);
    }
    assert_eq!(ex.claims[0].surface, "más de 50");
    assert_eq!(ex.claims[0].attribution.as_deref(), Some("la Fiscalía"));
    assert_eq!(ex.claims[1].value, 2.3);
}

#[test]
fn a_participle_of_speech_speaks_for_what_follows() {
    // Rule `participle_speaks_for_what_follows`.
    let ex = Extractor::default()
        .extract_text("The bank held rates at 4%, saying inflation of 2.7% was too high.");
    assert_eq!(ex.claims[0].attribution, None);
    assert_eq!(ex.claims[1].attribution.as_deref(), Some("The bank"));
    // A verb of speech before it speaks for the whole sentence.
    let ex = Extractor::default()
        .extract_text("The bank said rates would stay at 4%, adding that inflation was 2.7%.");
    assert_eq!(ex.claims[0].attribution.as_deref(), Some("The bank"));
}

#[test]
fn a_relative_clause_on_the_source_is_no_quote() {
    // Rule `relative_after_its_source`.
    let ex = Extractor::default()
        .extract_text("\"We will stay up,\" said the manager, whose side have lost seven matches.");
    assert_eq!(ex.claims[0].attribution, None);
    let ex = Extractor::default()
        .extract_text("\"We have lost seven matches,\" said the manager, who joined in May.");
    assert_eq!(ex.claims[0].attribution.as_deref(), Some("the manager"));
}

#[test]
fn verbless_list_items_share_their_frame() {
    let topics = crate::extract::testing::topics;
    // Rule `list_item_shares_its_frame`: the budget frames every item, each keeps its own.
    let t =
        topics("The budget sets aside £20bn for hospitals, £4bn for schools and £1bn for roads.");
    assert_eq!(t[1], vec!["budget", "education"]);
    assert!(t[2].contains(&"budget".to_string()) && !t[2].contains(&"education".to_string()));
    // A phrase that does not open with its figure is no item.
    let t = topics("The House passed the spending bill 218-214, with 40 members voting against.");
    assert!(!t[2].contains(&"budget".to_string()), "{t:?}");
}

#[test]
fn coordinated_speech_verb_speaks_for_what_follows() {
    let ex = Extractor::default().extract_text(
        "El Banco Central redujo su tasa a 5% y prevé que la inflación cierre en 2,2%.",
    );
    assert_eq!(ex.claims[0].attribution, None);
    assert_eq!(
        ex.claims[1].attribution.as_deref(),
        Some("El Banco Central")
    );
}

#[test]
fn breakdown_shares_the_source() {
    let by = crate::extract::testing::attributions;
    let got = by("Cruzaron 520.000 migrantes; de ellos, 113.000 eran niños, según Unicef.");
    assert_eq!(got[0].as_deref(), Some("Unicef"));
    let got = by("Hubo 880 homicidios; siete de cada diez fueron por drogas, según el OIJ.");
    assert_eq!(got[0].as_deref(), Some("el OIJ"));
    // Another count after the semicolon is a clause of its own.
    let got = by("Salieron 3.000 migrantes; otros 600 se sumaron, según el INM.");
    assert_eq!(got[0], None);
}

#[test]
fn named_subject_of_its_own_verb() {
    let l = crate::extract::testing::labels(
        "El Ibex 35 subió un 1,2%, impulsado por la banca; Santander ganó un 3,4%.",
    );
    // "ganó un 3,4%" is a rise (es/rise_verbs.txt).
    assert_eq!(l[1], "3,4% de alza en Santander");
    // A place in a list with no verb of its own shares the list's head.
    let l =
        crate::extract::testing::labels("La inflación fue de 2,4% en enero, en Tamaulipas 1,3%.");
    assert!(l[1].contains("inflación"), "{l:?}");
}

#[test]
fn part_keeps_the_whole_s_topics() {
    let ex = Extractor::default()
        .extract_text("Cruzaron 520.000 migrantes; de ellos, 113.000 eran niños.");
    assert_eq!(ex.claims[1].label, "113.000 niños");
    assert_eq!(ex.claims[1].topics, vec!["migration"]);
    // Rule `part_of_which_keeps_the_whole_s_topics`.
    let ex = Extractor::default().extract_text(
        "Aprobó un presupuesto de 12.400 millones de pesos, de los cuales 3.100 millones irán a seguridad pública.",
    );
    assert_eq!(ex.claims[1].topics, vec!["budget", "security"]);
}

#[test]
fn level_takes_its_change_s_topics() {
    let ex = Extractor::default()
        .extract_text("El salario mínimo subirá 9,5% en 2025, hasta 1.423.500 pesos.");
    assert_eq!(ex.claims[1].topics, vec!["employment"]);
    assert_eq!(ex.claims[1].qualifier, crate::model::Qualifier::Exact);
}

#[test]
fn stand_ins_borrow_the_noun_of_an_earlier_figure() {
    let ex = Extractor::default().extract_text(
        "Liverpool have scored 31 goals in 12 league games. Mohamed Salah, 33, has 14 of them.",
    );
    assert_eq!(ex.claims[3].label, "14 goals");
    let ex = Extractor::default()
        .extract_text("The company cut 1,500 jobs in March. It said another 700 would follow.");
    assert_eq!(ex.claims[1].label, "700 jobs");
    assert!(ex.claims[1].topics.contains(&"employment".to_string()));
    let ex = Extractor::default()
        .extract_text("Police arrested 19 suspects on Monday. Of them, 11 were charged.");
    assert_eq!(ex.claims[1].label, "11 suspects charged");
}

#[test]
fn trailing_speakers_and_figures_inside_their_source() {
    let by = crate::extract::testing::attributions;
    // Rule `trailing_speaker_covers_the_sentence`.
    let nhs = Some("NHS England".to_string());
    assert_eq!(
        by("About 30,000 nurses walked out, and 9,000 operations were postponed, NHS England said."),
        [nhs.clone(), nhs]
    );
    let fire =
        by("The fire destroyed 340 buildings, officials said, while police reported 5 arrests.");
    assert_eq!(fire, [Some("officials".into()), Some("police".into())]);
    // Rule `figure_inside_its_source`.
    let survey = Some("a survey of 3,200 tenants by Shelter".to_string());
    assert_eq!(
        by("One in five renters was threatened, according to a survey of 3,200 tenants by Shelter."),
        [survey, None]
    );
    assert_eq!(
        by("Mark Daly, 41, told the BBC he had waited 22 months."),
        [None, Some("Mark Daly".into())]
    );
    // Rule `speaker_age_is_no_claim_of_his`.
    assert_eq!(
        by("\"We lost 40% of orders,\" said Sarah Jones, 51, who runs a firm."),
        [Some("Sarah Jones".into()), None]
    );
    assert_eq!(
        by("«Vamos por 12 millones de turistas», dijo Collado, de 45 años."),
        [Some("Collado".into()), None]
    );
    assert_eq!(
        by("According to the UN, 1.3 million people have fled."),
        [Some("the UN".into())]
    );
    // In Spanish the speaker follows the verb, past the title's name
    // (`trailing_speaker_past_a_name`).
    let harfuch = Some("el secretario de Seguridad, Omar García Harfuch".to_string());
    assert_eq!(
        by(
            "La Guardia suma 133.000 elementos, aunque 24.000 vigilan carreteras, reconoció \
            el secretario de Seguridad, Omar García Harfuch."
        ),
        [harfuch.clone(), harfuch]
    );
    // Rule `relative_after_its_source`, in Spanish: "que" describes the source.
    let poll = Some("la encuesta de El Financiero".to_string());
    assert_eq!(
        by("Lidera con 48%, según la encuesta de El Financiero, que tiene un margen de 3,1 puntos."),
        [poll, None]
    );
    // Near miss: a clause with a figure of its own after the comma reports no source.
    assert_eq!(
        by("La Guardia suma 133.000 elementos, aunque 24.000 vigilan carreteras."),
        [None, None]
    );
}

#[test]
fn labels_are_unique_within_a_version() {
    let ex = Extractor::default().extract_text(
        "The tariff on cars is 25%. The tariff on steel is 25%. The tariff on oil is 25%.",
    );
    let labels: Vec<&str> = ex.claims.iter().map(|c| c.label.as_str()).collect();
    for (i, l) in labels.iter().enumerate() {
        assert!(!labels[..i].contains(l), "{labels:?}");
    }
}

#[test]
fn labels_read_like_the_captured_pages() {
    let labels = |t: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(t);
        ex.claims.into_iter().map(|c| c.label).collect()
    };
    assert_eq!(
        labels("I saw him there, said Tammy Cole, a 48-year-old pastor."),
        ["48-year-old pastor"]
    );
    assert_eq!(
        labels("He could not say, but he had nodded through a million-pound bonus."),
        ["£1M bonus"]
    );
    assert_eq!(
        labels("The site shows one U.S. citizen was arrested in 2007."),
        ["1 U.S. citizen arrested"]
    );
    assert_eq!(
        labels("He hoped that at least two thirds of MPs I know were honest."),
        ["≥⅔ of MPs"]
    );
    // "per cent" of an earlier figure is its unit, not a noun of this one.
    assert_eq!(
        labels("Growth slowed to 5 per cent, down from 7 per cent."),
        ["5% growth (down from 7%)"]
    );
    // Rule `free_relative_borrows_nothing`: "what he got" is no earlier figure's shares; rule
    // `free_relative_keeps_its_clause`: the label keeps the relative up to its verb.
    assert_eq!(
        labels("He gets 3.6m bank shares. It is less than half of what he got last year."),
        ["3.6M bank shares", "<½ of what he got"]
    );
    // Downing Street is no claim; the jobs are.
    assert_eq!(
        labels("No 10 has said its hands were tied. It has cut 33,000 jobs."),
        ["33,000 jobs cut"]
    );
}

#[test]
fn change_amount_names_its_change() {
    let labels = |t: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(t);
        ex.claims.into_iter().map(|c| c.label).collect()
    };
    assert_eq!(
        labels("Exports fell 2.3% in March."),
        ["2.3% fall in exports"]
    );
    assert_eq!(
        labels("Sales grew by 12% to $4.1 billion."),
        ["12% rise in sales", "$4.1bn sales"]
    );
    // Rule `comma_up_or_down_is_a_change`: ", up 9%" is a rise of what the figure before
    // counts.
    assert_eq!(
        labels("The port handled 2.1 million containers, up 9% from a year earlier."),
        ["2.1M containers handled", "9% rise in containers"]
    );
    // A level after "to", a share, a change of no direction: no change noun.
    assert_eq!(labels("Unemployment rose to 5.1%."), ["5.1% unemployment"]);
    assert_eq!(labels("Exports made up 40% of output."), ["40% of output"]);
    // In Spanish: "cayeron 2,3%", "aumentaron un 12%"; "subió a 5,1%" is a level.
    assert_eq!(
        labels("Las exportaciones cayeron 2,3% en marzo, informó el INEGI."),
        ["2,3% de caída en exportaciones"]
    );
    assert_eq!(
        labels("Las ventas del grupo aumentaron un 12% en el año."),
        ["12% de alza en ventas del grupo"]
    );
    assert_eq!(
        labels("El desempleo subió a 5,1% en el trimestre."),
        ["5,1% desempleo"]
    );
}

#[test]
fn closing_preposition() {
    let subjects = |t: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(t);
        ex.claims.into_iter().map(|c| c.subject).collect()
    };
    assert_eq!(
        subjects("The payout was limited to 60% of the maximum following intense pressure."),
        ["limited to maximum"]
    );
    assert_eq!(
        subjects("Ganó el 30% de los votos pese a la lluvia."),
        ["ganó votos"]
    );
    // Rule `speech_noun_heads_its_phrase`.
    let s = subjects("According to insurers, claims from the floods have reached 14,000.");
    assert!(s[0].contains("claims"), "{s:?}");
    // Rule `period_ends_the_phrase`.
    let s = subjects("Car thefts rose 11.5% over two years.");
    assert!(s[0].contains("thefts") && !s[0].contains("two"), "{s:?}");
}

#[test]
fn event_participle() {
    let labels = |t: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(t);
        ex.claims.into_iter().map(|c| c.label).collect()
    };
    // After the noun, with its auxiliary, adverb or negation; or an "-ed" verb before it.
    assert_eq!(
        labels("Four Americans were arrested in November and another four were detained in May."),
        ["4 Americans arrested", "4 Americans detained"]
    );
    assert_eq!(
        labels("Nine Americans are currently imprisoned in Saudi jails."),
        ["9 Americans imprisoned"]
    );
    assert_eq!(
        labels("Five officers were not charged."),
        ["5 officers not charged"]
    );
    assert_eq!(
        labels("The storm destroyed 300 homes."),
        ["300 homes destroyed"]
    );
    // An irregular participle after "has": "cut"; alone it may be a present ("they cut").
    assert_eq!(labels("It has cut 33,000 jobs."), ["33,000 jobs cut"]);
    assert_eq!(labels("They cut 33,000 jobs."), ["33,000 jobs"]);
    assert_eq!(
        labels("Mexico has extradited more than 50 crime leaders."),
        ["50+ crime leaders extradited"]
    );
    assert_eq!(
        labels("The company recalled 62,000 trucks over a defect."),
        ["62,000 trucks recalled over a defect"]
    );
    assert_eq!(
        labels("Doce personas fueron detenidas en la capital, informó la fiscalía."),
        ["12 personas detenidas"]
    );
    // Counts, speech, a verb with another clause for object, a preposition between, the
    // whole of a partitive: no event of the thing counted.
    assert_eq!(
        labels("The survey included 1,200 adults."),
        ["1,200 adults"]
    );
    assert_eq!(
        labels("The hurricane forced 250,000 residents to evacuate."),
        ["250,000 residents"]
    );
    assert_eq!(
        labels("The 27 member states agreed to cut emissions."),
        ["27 member states"]
    );
    assert_eq!(
        labels("Two of the 12 detainees were released on Friday."),
        ["2 detainees released", "12 detainees"]
    );
}

#[test]
fn appositive_ages_name_their_person() {
    let ex = Extractor::default()
        .extract_text("Maria Delgado, 46, was arrested at her home in Tucson on Monday.");
    assert_eq!(ex.claims[0].label, "46-year-old Maria Delgado");
    assert_eq!(ex.claims[0].subject, "age of Maria Delgado");
}

#[test]
fn doc_evidence_equals_the_whole_text_scan() {
    for t in [
        "",
        "no digits here",
        "3.5 and 2,3",
        "Rose 3.5%\nto 1,234.5 from 1.234,5\t(2,3)",
        "x1,000 y\u{a0}2.5z 7, 8. 9,\n10.",
        "año 2,5 millones; 3.000 personas",
        "12345678901234567890,5 a.1 ,2 .3",
    ] {
        assert_eq!(
            doc_decimal_evidence(t),
            numbers::decimal_evidence(t),
            "{t:?}"
        );
    }
}

#[test]
fn correction_notices_make_no_claims() {
    let text = "The tariff is 25%.\n\nCorrection: An earlier version of this article misstated the tariff as 30 percent.";
    let ex = Extractor::default().extract_text(text);
    assert_eq!(ex.claims.len(), 1);
    assert!(is_correction_notice(&ex.sentences[1].text));
    // Rule `notice_continued`: the sentences after a notice in its paragraph are part of it;
    // near miss: the next paragraph's figures are claims.
    let text = "The fine is £122.7m.\n\nCorrection: An earlier version said the fine was £123.7m. It is £122.7m.\n\nBills will rise 35%.";
    let ex = Extractor::default().extract_text(text);
    let values: Vec<f64> = ex.claims.iter().map(|c| c.value).collect();
    assert_eq!(values, vec![122.7e6, 35.0]);
    // Only one short sentence is the notice's tail: the body that follows it in a flattened
    // paragraph still makes claims.
    let flat = "Correction: an earlier version said the fine was 5 million euros. It is 6 million euros. The firm employs 9,000 people in 12 countries across Europe and Asia.";
    let ex = Extractor::default().extract_text(flat);
    let values: Vec<f64> = ex.claims.iter().map(|c| c.value).collect();
    assert_eq!(values, vec![9000.0, 12.0]);
    for notice in [
        "CORRECCIÓN: la cifra era 30.",
        "FE DE ERRATAS en la nota",
        "An earlier VERSION of this story said 5",
        "THIS ARTICLE WAS CORRECTED on May 2",
        "Este artículo fue CORREGIDO",
        "Editor’s note: x", // no apostrophe match, but ':' passes the pre-check
    ] {
        let exact = {
            let head: String = notice.chars().take(80).collect::<String>().to_lowercase();
            head.contains("correction:")
                || head.contains("corrección:")
                || head.contains("fe de erratas")
                || head.contains("an earlier version of this")
                || head.contains("this article was corrected")
                || head.contains("este artículo fue corregido")
        };
        assert_eq!(is_correction_notice(notice), exact, "{notice}");
    }
    // Every mark, in any of three cases, behind a few words, passes the pre-check.
    assert_eq!(correction_marks().len(), 15);
    for m in correction_marks().iter() {
        let title: String = m
            .chars()
            .enumerate()
            .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
            .collect();
        for v in [m.to_string(), m.to_uppercase(), title] {
            let t = format!("Hoy: {v} algo");
            assert!(is_correction_notice(&t), "{t}");
            let t = format!("Today {v} that");
            assert!(is_correction_notice(&t), "{t}");
        }
    }
}

/// Labels made unique through [`Taken`] (indexes by hash, no copies) come out as they did
/// through a set of copies of every label, the way they were made before (issue 14).
#[test]
fn unique_labels_index_the_labels_taken_without_copying_them() {
    fn by_copies(claims: &mut [Claim]) {
        let mut taken = std::collections::HashSet::new();
        let mut next_number: std::collections::HashMap<String, u32> = Default::default();
        for c in claims.iter_mut() {
            if taken.contains(&c.label) {
                let named = c.attribution.as_ref().map(|a| format!("{} ({a})", c.label));
                match named {
                    Some(named) if !taken.contains(&named) => c.label = named,
                    _ => {
                        let n = next_number.entry(c.label.clone()).or_insert(2);
                        while taken.contains(&format!("{} ({n})", c.label)) {
                            *n += 1;
                        }
                        c.label = format!("{} ({n})", c.label);
                        *n += 1;
                    }
                }
            }
            taken.insert(c.label.clone());
        }
    }
    let one = Extractor::default()
        .extract_text("The port handled 2,000 containers.")
        .claims
        .remove(0);
    // Repeats, labels that look like a rank or a source already given, and sources.
    let mut claims: Vec<Claim> = (0..3000)
        .map(|i| {
            let label = match i % 7 {
                0..=2 => format!("{} containers", i % 50),
                3 => format!("{} containers (2)", i % 50),
                4 => format!("{} containers (port)", i % 40),
                _ => "2,000 containers".to_string(),
            };
            let attribution = (i % 3 == 0).then(|| ["port", "agency"][i % 2].to_string());
            Claim {
                label,
                attribution,
                ..one.clone()
            }
        })
        .collect();
    let mut expected = claims.clone();
    by_copies(&mut expected);
    unique_labels(&mut claims);
    let labels = |cs: &[Claim]| cs.iter().map(|c| c.label.clone()).collect::<Vec<_>>();
    assert_eq!(labels(&claims), labels(&expected));
    let distinct: std::collections::HashSet<_> = claims.iter().map(|c| &c.label).collect();
    assert_eq!(distinct.len(), claims.len());
}

/// Two different labels under one hash are told apart: the second is kept beside the
/// first, and each is found by comparing the claims' own labels.
#[test]
fn taken_labels_sharing_a_hash_are_told_apart() {
    let one = Extractor::default()
        .extract_text("The port handled 2,000 containers.")
        .claims
        .remove(0);
    let with = |l: &str| Claim {
        label: l.into(),
        ..one.clone()
    };
    let done = [with("a"), with("b")];
    let mut t = Taken::default();
    t.insert("a", 0);
    assert!(t.contains(&done, "a"));
    assert!(!t.contains(&done, "b"));
    // "b" filed under "a"'s hash, as a collision would file it.
    t.more.entry(Taken::hash("a")).or_default().push(1);
    t.first.insert(Taken::hash("b"), 0);
    assert!(
        !t.contains(&done, "b"),
        "the claim under b's hash is labelled a"
    );
    t.first.insert(Taken::hash("b"), 1);
    assert!(t.contains(&done, "b"));
    assert!(t.contains(&done, "a"));
}

#[test]
fn spanish_homonyms_in_their_context() {
    let topics = crate::extract::testing::topics;
    // "agentes" of the police are security, "la luz" that got cheaper is electricity.
    assert_eq!(
        topics("Unos 300 agentes de la Policía participaron en el operativo."),
        [vec!["security".to_string()]]
    );
    assert_eq!(
        topics("La luz se abarató un 12% en noviembre."),
        [vec!["energy".to_string()]]
    );
    // The risk of an early death in a health study counts no casualties; deaths do.
    assert_eq!(
        topics("Se asocia con un riesgo 47% menor de muerte prematura."),
        [Vec::<String>::new()]
    );
    assert!(topics("El sismo causó 300 muertes.")[0].contains(&"casualties".to_string()));
    // Near misses: delivered cars and a patient moved to hospital are no extradition.
    // (Vehicles are transport's.)
    assert_eq!(
        topics("Tesla entregó 384.000 vehículos."),
        [vec!["transport".to_string()]]
    );
    assert!(
        !topics("Tres de los 12 mineros fueron trasladados al hospital.")
            .concat()
            .contains(&"extradition".to_string())
    );
}

#[test]
fn spanish_news_vocabulary_and_its_homonyms() {
    let topics = crate::extract::testing::topics;
    let has = |text: &str, topic: &str| topics(text).concat().contains(&topic.to_string());
    // Ordinary vocabulary of each topic, beyond the words of one labelled set.
    assert!(has("Volaris retirará 35 aviones de su flota.", "transport"));
    assert!(has(
        "El puerto movilizó 1,9 millones de contenedores.",
        "transport"
    ));
    assert!(has("Argentina compró 24 cazas a Dinamarca.", "security"));
    assert!(has("Meta eliminará unos 3.600 puestos.", "employment"));
    assert!(has("Una red estafó 14 millones de euros.", "crime"));
    assert!(has("El brote tiene una letalidad del 40%.", "health"));
    assert!(has("Aprobó un endeudamiento de 10 billones.", "budget"));
    // Near misses: military aircraft are no transport, containers of cocaine no shipping,
    // a club's members no workforce, a payment handed out no extradition, jobs generated no
    // power generation, a football squad no workforce, a tornado no "torno".
    assert!(!has("Compró 17 aviones de combate.", "transport"));
    assert!(!has(
        "Halló 2 toneladas de cocaína en 40 contenedores.",
        "transport"
    ));
    assert!(!has(
        "River superó los 350.000 socios afiliados.",
        "employment"
    ));
    assert!(!has(
        "El programa entregará 500.000 pesos a las familias.",
        "extradition"
    ));
    assert!(!has("Las obras generarán 6.000 empleos.", "energy"));
    assert!(!has(
        "El club renovó a 5 jugadores de la plantilla.",
        "employment"
    ));
    assert!(!has("La tasa se sitúa en torno al 11%.", "disasters"));
    assert!(!has(
        "Cada crucerista gasta 110 dólares en tierra.",
        "budget"
    ));
    // A charity's "colecta" is no "colectivo" bus; shops "afiliadas" to a chamber no jobs.
    assert!(!has(
        "La colecta anual reunió 420 millones de pesos.",
        "transport"
    ));
    assert!(!has(
        "Las tiendas afiliadas vendieron un 4,6% más.",
        "employment"
    ));
    assert!(has(
        "El IMSS sumó 22 millones de trabajadores afiliados.",
        "employment"
    ));
    // Combat aircraft are security; the fight against corruption is not.
    assert!(has(
        "El Gobierno comprará 17 aviones de combate.",
        "security"
    ));
    assert!(!has(
        "Destinó 40 millones al combate a la corrupción.",
        "security"
    ));
    assert!(has("Se han confirmado 313 casos.", "health"));
}

#[test]
fn a_share_of_a_stand_in_is_a_share_of_the_nearest_figure() {
    let labels = |text: &str| -> Vec<String> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.label).collect()
    };
    // Rules `share_of_a_stand_in` and `act_as_antecedent`.
    let l = labels("Microsoft will spend $80bn on data centres, more than half of it in the US.");
    assert!(
        l[1].starts_with("½+") && l[1].ends_with("spend on data centres"),
        "{l:?}"
    );
    let l = labels("The measures would raise £26bn. Two thirds of that would come from employers.");
    assert!(l[1].contains("measures"), "{l:?}");
}

#[test]
fn a_source_inside_a_later_clause_speaks_for_it_alone() {
    // Rule `mid_clause_source_is_its_own`.
    let ex = Extractor::default().extract_text(
        "Wages rose 5.6% in the year, while inflation, according to the ONS, held at 3.4%.",
    );
    let by: Vec<Option<&str>> = ex.claims.iter().map(|c| c.attribution.as_deref()).collect();
    assert_eq!(by, [None, Some("the ONS")]);
    // At the end of the sentence it covers every clause.
    let ex = Extractor::default().extract_text(
        "Wages rose 5.6% in the year, while inflation held at 3.4%, according to the ONS.",
    );
    assert!(ex
        .claims
        .iter()
        .all(|c| c.attribution.as_deref() == Some("the ONS")));
}

#[test]
fn trailing_speaker_past_an_adjunct_a_name_or_a_participle() {
    let by = crate::extract::testing::attributions;
    // Rule `trailing_speaker_keeps_its_adjunct`.
    let ec = Some("the Electoral Commission".to_string());
    assert_eq!(
        by("Turnout in the election was 78.2%, and the National party won 48 of the seats in parliament, the Electoral Commission said in its final count."),
        [ec.clone(), ec]
    );
    // Rule `trailing_speaker_behind_its_name`.
    let reg = Some("Ishaq Oloyede".to_string());
    assert_eq!(
        by("About 1.8 million candidates sat the exam this year, and 8,401 of them had their results withheld, the registrar, Ishaq Oloyede, said."),
        [reg.clone(), reg]
    );
    // Rule `trailing_speaker_before_a_participle`.
    let eis = Some("the Educational Institute of Scotland".to_string());
    let got = by("Teachers will get a 4.3% pay rise this year, and councils will recruit 3,000 more teachers, the Educational Institute of Scotland said, ending a dispute that closed 2,500 schools.");
    assert_eq!(got[0], eis);
    assert_eq!(got[1], eis);
}
