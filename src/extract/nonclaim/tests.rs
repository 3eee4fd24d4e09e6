use super::tests_support::class_of;
use super::*;

#[test]
fn each_rule_classifies_its_case_and_not_its_near_miss() {
    let e = Lang::En;
    let s = Lang::Es;
    // (text, lang, surface, class): each class has a case and a near miss.
    let table: &[(&str, Lang, &str, Option<&str>)] = &[
        // Rule `definite_group_of_an_age`, and its near miss: one person's age.
        (
            "Solo el 46% de los niños de 11 años recibió la vacuna.",
            s,
            "11 años",
            Some("age_group"),
        ),
        (
            "Murió un niño de 11 años en el accidente.",
            s,
            "11 años",
            None,
        ),
        // Rules `age_and_over`, `under_the_age_of`, `from_an_age_old`,
        // `singular_age_bound`, and their near misses: an age range, a magnitude.
        (
            "Bus passes for residents aged 60 and over will be free.",
            e,
            "60",
            Some("age_group"),
        ),
        (
            "Some 40% of adults under the age of 30 rent.",
            e,
            "30",
            Some("age_group"),
        ),
        (
            "Free places for children from six months old start in May.",
            e,
            "six months",
            Some("age_group"),
        ),
        (
            "Uno de cada cuatro votantes es menor de 30 años.",
            s,
            "30 años",
            Some("age_group"),
        ),
        (
            "Se registraron 210 réplicas, la mayor de 4.1.",
            s,
            "4.1",
            None,
        ),
        // Rule `window_of_a_multiplying`, and its near miss: a duration with no verb of
        // multiplying before its preposition.
        (
            "Union membership has more than doubled in six years.",
            e,
            "six years",
            Some("time_window"),
        ),
        (
            "El tráfico se duplicó en tres años.",
            s,
            "tres años",
            Some("time_window"),
        ),
        ("The plant will close in six years.", e, "six years", None),
        // A possessive or demonstrative between the preposition and the window, and a
        // record "nunca"/"más … en" reckoned over it.
        (
            "The museum drew 80,000 visitors in its first 60 days.",
            e,
            "60 days",
            Some("time_window"),
        ),
        (
            "Murieron 9 personas en esos tres días.",
            s,
            "tres días",
            Some("time_window"),
        ),
        (
            "«Nunca en 30 años vimos algo así», dijo el alcalde.",
            s,
            "30 años",
            Some("time_window"),
        ),
        (
            "Fue el invierno más seco en 40 años.",
            s,
            "40 años",
            Some("time_window"),
        ),
        // Rule `time_taken_after_a_distance`, and its near miss: a tally's window.
        (
            "El ciclista recorrió 176 kilómetros en poco más de cuatro horas.",
            s,
            "cuatro horas",
            None,
        ),
        (
            "La ciudad registró 176 homicidios en los últimos cuatro meses.",
            s,
            "cuatro meses",
            Some("time_window"),
        ),
        (
            "The rover travelled more than 100 metres in 10 days.",
            Lang::En,
            "10 days",
            Some("time_window"),
        ),
        // Rule `superlative_window`.
        (
            "That was the lowest monthly figure in four years.",
            e,
            "four years",
            Some("time_window"),
        ),
        ("The plant will close in four years.", e, "four years", None),
        (
            "Three weeks after the storm, the port reopened.",
            e,
            "Three weeks",
            Some("time_expression"),
        ),
        (
            "Four years ago, the mill employed 900 people.",
            e,
            "Four years",
            Some("time_expression"),
        ),
        (
            "Cinco meses más tarde, el puente seguía cerrado.",
            s,
            "Cinco meses",
            Some("time_expression"),
        ),
        (
            "Hace tres años, la planta empleaba a 900 personas.",
            s,
            "tres años",
            Some("time_expression"),
        ),
        ("The walkout lasted three weeks.", e, "three weeks", None),
        (
            "Patients waited up to 9 hours before seeing a doctor.",
            e,
            "9 hours",
            None,
        ),
        (
            "The line was shut for two weeks after the crash.",
            e,
            "two weeks",
            None,
        ),
        (
            "Esperaron cuatro horas antes de votar.",
            s,
            "cuatro horas",
            None,
        ),
        (
            "Rents climbed 6% over the past four months.",
            e,
            "four months",
            Some("time_window"),
        ),
        (
            "Output fell 3%, the steepest fall in seven years.",
            e,
            "seven years",
            Some("time_window"),
        ),
        (
            "Las ventas cayeron 4% en los últimos cinco meses.",
            s,
            "cinco meses",
            Some("time_window"),
        ),
        (
            "Los casos subieron 20% en tres semanas.",
            s,
            "tres semanas",
            Some("time_window"),
        ),
        (
            "The coupe reaches 100 km/h in 4.1 seconds.",
            e,
            "4.1 seconds",
            None,
        ),
        (
            "El autobús carga el 80% de la batería en 25 minutos.",
            s,
            "25 minutos",
            None,
        ),
        (
            "Sales rose 12% in the past 30 minutes of trading.",
            e,
            "30 minutes",
            Some("time_window"),
        ),
        (
            "The plant will close within two years.",
            e,
            "two years",
            None,
        ),
        // Rule `record_in_a_window`.
        (
            "Sufrió apagones durante la peor sequía en 60 años.",
            s,
            "60 años",
            Some("time_window"),
        ),
        ("La obra se terminará en 60 años.", s, "60 años", None),
        (
            "He said 300 homes would be rebuilt in six months.",
            e,
            "six months",
            None,
        ),
        (
            "Pilots want a 20 percent raise over 3 years.",
            e,
            "over 3 years",
            Some("time_window"),
        ),
        (
            "Prices rose 5% over two years, then fell.",
            e,
            "over two years",
            Some("time_window"),
        ),
        (
            "He lost 40% of his savings and was jailed for over three years.",
            e,
            "over three years",
            None,
        ),
        (
            "The council spent $4m over two years on the bridge.",
            e,
            "over two years",
            None,
        ),
        (
            "The festival drew 200,000 people over four days.",
            e,
            "over four days",
            None,
        ),
        (
            "The strike lasted over three weeks.",
            e,
            "over three weeks",
            None,
        ),
        (
            "It will cut rents 4% over the next two years.",
            e,
            "two years",
            Some("time_window"),
        ),
        (
            "La reunión duró durante 40 minutos y acabó con 3 acuerdos.",
            s,
            "40 minutos",
            None,
        ),
        (
            "Vaccines are offered to children under five.",
            e,
            "under five",
            Some("age_group"),
        ),
        (
            "Los niños menores de seis años no pagan.",
            s,
            "seis años",
            Some("age_group"),
        ),
        // Rule `age_in_months`, and a singular person under an age bound.
        (
            "Two babies under three months old died.",
            e,
            "three months",
            Some("age_group"),
        ),
        ("Babies waited under three months.", e, "three months", None),
        (
            "Few would back a candidate over 80.",
            e,
            "80",
            Some("age_group"),
        ),
        ("Fewer than 40 children attended.", e, "40", None),
        (
            "Jobless rates among women aged 20 to 24 rose to 9%.",
            e,
            "20 to 24",
            None,
        ),
    ];
    for &(text, lang, surface, want) in table {
        assert_eq!(
            class_of(text, lang, surface),
            want,
            "{surface:?} in {text:?}"
        );
    }
}

#[test]
fn classes_serialise_as_their_names() {
    for r in CLASSES {
        let json = serde_json::to_string(&r.class).unwrap();
        assert_eq!(json, format!("\"{}\"", r.class.name()));
    }
}
