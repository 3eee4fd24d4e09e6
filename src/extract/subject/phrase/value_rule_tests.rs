//! One test per named rule of the subject reader (`super`) added after `rule_tests` was
//! full: noun phrases before a value, changes set off after a figure, shares of a stand-in,
//! and the place and floor of a cost.

#[test]
fn value_participle_measures_its_noun() {
    let labels = crate::extract::testing::labels;
    let got = labels("La pensión básica, fijada en 450 euros, no alcanza.");
    assert!(got[0].contains("pensión"), "{got:?}");
    let got = labels("Boats must respect the fishing quota, fixed at 500 tonnes a year.");
    assert!(got[0].contains("fishing quota"), "{got:?}");
    // Near misses: the noun of another figure; a participle with no comma before it.
    let got = labels("Tiene 6.000 bitcoines, valorados en 600 millones de dólares.");
    assert!(!got[1].contains("Tiene"), "{got:?}");
    let got = labels("El precio quedó fijado en 450 euros.");
    assert!(got[0].contains("precio"), "{got:?}");
}

#[test]
fn long_noun_phrase_before_de() {
    let labels = crate::extract::testing::labels;
    let got = labels("Viven con el subsidio familiar básico de 90 dólares.");
    assert!(got[0].contains("subsidio familiar básico"), "{got:?}");
    let got = labels("Construirán un puente de gran altura de 400 metros.");
    assert!(got[0].contains("puente"), "{got:?}");
    // Near miss: no article opens the words; the noun before "de" stands alone.
    let got = labels("Tasas muy altas de 12%.");
    assert!(!got[0].contains("muy"), "{got:?}");
}

#[test]
fn set_off_direction_is_a_change() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Lifeboats were launched 8,100 times last year, up 6%.")[1],
        "6% rise in times"
    );
    let got = labels("Exports reached £2bn, down by a fifth in a year.");
    assert!(got[1].contains("fall"), "{got:?}");
    // Near miss: not set off by a comma, "up" is no change of the figure before.
    let got = labels("Sales were up 9% last year.");
    assert!(!got[0].contains("rise"), "{got:?}");
}

#[test]
fn share_of_them_is_of_a_count() {
    let labels = crate::extract::testing::labels;
    let got = labels(
        "El 60% de los hogares tiene coche. La ciudad tiene 900 taxis; el 40% de ellos son eléctricos.",
    );
    assert_eq!(got[2], "40% taxis");
    // Near miss: a share of no stand-in keeps to the earlier percentage's noun.
    let got = labels("El 60% de los hogares tiene coche y el 30%, moto.");
    assert!(!got[1].contains("taxis"), "{got:?}");
}

#[test]
fn place_of_a_cost_names_no_thing() {
    let labels = crate::extract::testing::labels;
    let got = labels("Una limpieza dental cuesta en promedio $90.000 en una clínica privada.");
    assert!(got[0].contains("limpieza dental"), "{got:?}");
    // Near miss: "en" and a bare noun after a sum is what it was spent on.
    let got = labels("El club gastó 90 millones de pesos en fichajes.");
    assert!(got[0].contains("fichajes"), "{got:?}");
}

#[test]
fn price_floor_is_read_past() {
    let labels = crate::extract::testing::labels;
    let got = labels("La entrada general cuesta desde $12.000 y el concierto dura dos horas.");
    assert!(got[0].contains("entrada general"), "{got:?}");
}
