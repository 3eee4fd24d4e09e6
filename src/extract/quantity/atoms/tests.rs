//! Tests of the atom reader (`super`).

use super::super::testing::*;
use crate::model::{Lang, Qualifier};

#[test]
fn half_as_a_subject() {
    assert_eq!(
        q("Y más de la mitad venían de Estados Unidos.", Lang::Es)[0].0,
        0.5
    );
    assert_eq!(q("La mitad serán para jóvenes.", Lang::Es)[0].0, 0.5);
    // Near miss: no verb and no "de" after it.
    assert!(q("Llegó la mitad restante.", Lang::Es).is_empty());
}

#[test]
fn half_as_a_singular_subject_and_after_a_bound() {
    // Rule `half_as_a_singular_subject`.
    assert_eq!(
        q("Sin embargo, apenas la mitad acudió a las urnas.", Lang::Es)[0].0,
        0.5
    );
    // Rule `half_after_a_bound`.
    let got = q(
        "Hubo 118 homicidios, menos de la mitad que en 2023.",
        Lang::Es,
    );
    assert!(got.iter().any(|g| g.0 == 0.5), "{got:?}");
    // Near miss: no verb, no bound.
    assert!(q("Se quedó en la mitad restante.", Lang::Es).is_empty());
}

#[test]
fn a_quarter_in_spanish() {
    let got = q("El BCE bajó los tipos un cuarto de punto.", Lang::Es);
    assert_eq!(got[0].0, 0.25);
    // Near miss: an ordinal.
    assert!(q("Es su cuarto recorte desde junio.", Lang::Es).is_empty());
}

#[test]
fn reduced_to_half() {
    let got = q(
        "La sequía redujo a la mitad el caudal del embalse.",
        Lang::Es,
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, 0.5);
    // Near miss: "en la mitad" with nothing of which it is half.
    assert!(q("Se quedó en la mitad restante.", Lang::Es).is_empty());
}

#[test]
fn scales_signs_and_bounds() {
    let u = |v: f64, c: Option<&str>| (v, c.map(str::to_string));
    assert_eq!(unit("1.5m tonnes of alumina"), u(1.5e6, Some("ton")));
    assert_eq!(unit("42m subscribers"), u(42e6, None));
    assert_eq!(unit("4.3M viewers"), u(4.3e6, None));
    assert_eq!(unit("the 200m final"), u(200.0, Some("m")));
    assert_eq!(unit("she won the 100m hurdles"), u(100.0, Some("m")));
    assert_eq!(unit("the 400m relays"), u(400.0, Some("m")));
    assert_eq!(unit("the app has 35m users"), u(35e6, None));
    assert_eq!(unit("3 hundred volunteers"), u(300.0, None));
    assert_eq!(unit("cooled to minus 12 degrees"), u(-12.0, Some("degree")));
    assert_eq!(unit("reached minus-4 degrees"), u(-4.0, Some("degree")));
    // Rule `plus_or_minus_is_no_sign`.
    assert_eq!(unit("plus or minus 2.5 percentage points").0, 2.5);
    assert_eq!(
        unit("an error rate of .02 per cent"),
        u(0.02, Some("percent"))
    );
    assert_eq!(unit("Dow +0.4% at noon"), u(0.4, Some("percent")));
    assert_eq!(unit("about 6.5×10−12 grams"), u(6.5e-12, Some("g")));
    assert_eq!(unit("104degF at noon"), u(104.0, Some("fahrenheit")));
    assert_eq!(unit("lost 312 points"), u(312.0, Some("point")));
    assert_eq!(
        unit("30 miles per gallon"),
        u(30.0, Some("mile per gallon"))
    );
    assert_eq!(unit("charges in 90 seconds"), u(90.0, Some("second")));
    assert_eq!(unit("Okafor, 58, said"), u(58.0, Some("year")));
    // Rules `age_before_and_a_person` and `age_ends_the_sentence`.
    assert_eq!(unit("Karen Doyle, 52, and her son"), u(52.0, Some("year")));
    assert_eq!(q("Doyle, 46, and 12 others", Lang::En)[0].3, None);
    assert_eq!(unit("named her son Liam, 19."), u(19.0, Some("year")));
    // Rule `relative_age_goes_on`.
    assert_eq!(
        unit("Grace Domínguez, who is 88 and has spent"),
        u(88.0, Some("year"))
    );
    assert_eq!(unit("Grace Domínguez, 88 and Ana"), u(88.0, None));
    assert_eq!(unit("Chelsea beat Brentford, 3."), u(3.0, None));
    assert_eq!(unit("the defendant, 34, had"), u(34.0, Some("year")));
    assert_eq!(
        unit("The suspects, both 17, appeared"),
        u(17.0, Some("year"))
    );
    assert_eq!(unit("the company, 34, said"), u(34.0, None));
    assert_eq!(
        one("demand for sub-200 sq m flats"),
        (200.0, None, Qualifier::LessThan, Some("m2".into()))
    );
    let frac = |s: &str| one(s).0;
    assert!((frac("One fifth of the harvest") - 0.2).abs() < 1e-9);
    assert!((frac("three out of four farmers") - 0.75).abs() < 1e-9);
    assert!((frac("one in five adults") - 0.2).abs() < 1e-9);
    assert_eq!(q("scored 2 in 10 minutes", Lang::En).len(), 2);
    // Rule `one_in_a_scaled_base`.
    assert!((frac("a 1 in 250 million chance of winning") - 4e-9).abs() < 1e-15);
    assert!(q("odds of one in a million", Lang::En)
        .iter()
        .all(|x| x.0 >= 1.0));
    // Rule `one_of_every`.
    let ratio = q("Uno de cada cinco jóvenes no estudia.", Lang::Es);
    assert_eq!(ratio.len(), 1);
    assert!((ratio[0].0 - 0.2).abs() < 1e-9);
    assert!(q("Es uno de los cinco mejores.", Lang::Es)
        .iter()
        .all(|x| x.0 == 5.0));
    // "por ciento" is a unit: the idiom drops "cien" and leaves no "ciento" behind.
    assert!(q("Estoy cien por ciento seguro.", Lang::Es).is_empty());
    let percent = q("El precio subió cien por ciento.", Lang::Es);
    assert_eq!(
        percent,
        vec![(100.0, None, Qualifier::Exact, Some("percent".into()))]
    );
    // Counted nouns take integers whatever the decimal mark the text shows.
    let point = Some(crate::extract::numbers::DecimalMark::Point);
    let toks = crate::extract::tokens::tokenize("Hubo 2.350 casos y 1.250 kilómetros.");
    let got: Vec<f64> = super::super::find(&toks, Lang::Es, point)
        .iter()
        .map(|q| q.value)
        .collect();
    assert_eq!(got, vec![2350.0, 1.25]);
    assert!((frac("add 1\u{2044}64 of a teaspoon") - 1.0 / 64.0).abs() < 1e-12);
}

#[test]
fn multipliers_compound_ranges_and_codes() {
    let f = |v: f64| (v, Some("fold".to_string()));
    assert_eq!(unit("output grew sixfold"), f(6.0));
    assert_eq!(unit("costs rose 2.5-fold"), f(2.5));
    assert_eq!(unit("a two-fold rise"), f(2.0));
    assert_eq!(unit("about 8 B people"), (8e9, None));
    assert_eq!(
        one("its 0-to-60-mph time"),
        (0.0, Some(60.0), Qualifier::Exact, Some("mph".into()))
    );
    assert_eq!(
        one("a 200,000 to-260,000 year-old skull"),
        (2e5, Some(2.6e5), Qualifier::Exact, Some("year".into()))
    );
    assert!(q("homes in the 90049 ZIP code", Lang::En).is_empty());
    assert!(q("Quarterback Dak Prescott (4) scrambled.", Lang::En).is_empty());
}

#[test]
fn indian_scales_lakh_and_crore() {
    let (v, u) = unit("where 2.3 lakh people live");
    assert!((v - 2.3e5).abs() < 1e-6 && u.is_none(), "{v} {u:?}");
    let (v, u) = unit("sanctioned ₹1,200 crore for relief");
    assert!(
        (v - 1.2e10).abs() < 1e-3 && u.as_deref() == Some("INR"),
        "{v} {u:?}"
    );
    // Not a scale: a word that only starts like one.
    assert_eq!(unit("5 lakhmi posts").0, 5.0);
}

#[test]
fn dozen_as_a_rate_base() {
    let got = q("Egg prices hit a record $6.23 a dozen in March.", Lang::En);
    assert_eq!(got.len(), 1, "{got:?}");
    // Near miss: a dozen of something counted stays a count.
    assert_eq!(q("They sold a dozen eggs for $6.", Lang::En).len(), 2);
}

#[test]
fn spaces_group_thousands() {
    let values = |s: &str, lang: Lang| q(s, lang).iter().map(|g| g.0).collect::<Vec<_>>();
    assert_eq!(
        values("Unas 28 500 personas duermen en la calle.", Lang::Es),
        [28500.0]
    );
    // A no-break space and a narrow no-break space between the groups.
    assert_eq!(
        values("Viven 1\u{a0}234\u{202f}567 personas.", Lang::Es),
        [1234567.0]
    );
    assert_eq!(
        values("Rents rose to R12 000 a month.", Lang::En),
        [12000.0]
    );
    // Near misses: a day and a count, a year and a count, a group of four figures, and a
    // last group that runs on into a compound.
    assert_eq!(values("On March 3 500 people marched.", Lang::En), [500.0]);
    assert_eq!(values("In 2019 500 people died.", Lang::En), [500.0]);
    assert_eq!(values("About 55 1234 staff left.", Lang::En).len(), 2);
    assert!(!values("He ran 12 100-metre races.", Lang::En).contains(&12100.0));
}
