//! More tests named after rules of the subject reader (`super`): stand-ins, comparisons
//! with an earlier time, and measures named by their neighbours.

use super::*;
use crate::extract::quantity;
use crate::extract::tokens::tokenize;

fn subj(s: &str, lang: Lang) -> Subject {
    let toks = tokenize(s);
    let q = quantity::find(&toks, lang, None).remove(0);
    subject(s, &toks, &q, lang)
}

#[test]
fn partitive_of_a_stand_in() {
    let labels = crate::extract::testing::labels;
    // The whole is a stand-in: the figure borrows what it stands for, not the words before.
    assert_eq!(
        labels("The last 10 vaquita porpoises live in the gulf. Surveyors saw between six and eight of them this summer."),
        ["10 vaquita porpoises", "6–8 vaquita porpoises"]
    );
    // A verb of making up: its subject names the part.
    assert!(subj(
        "Layoffs in government accounted for 216,670 of them.",
        Lang::En
    )
    .phrase
    .contains("ayoffs"));
}

#[test]
fn comparison_with_an_earlier_time() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("HMRC collected £5.4bn in inheritance tax, £400m more than a year earlier."),
        ["£5.4bn in inheritance tax", "£400M more collected"]
    );
    assert_eq!(
        labels("La empresa obtuvo un beneficio neto de 388 millones de euros, un 8,5% más que un año antes."),
        ["€388M beneficio neto", "8,5% más beneficio neto"]
    );
    // Compared with no earlier time: no degree.
    let toks = tokenize("Women earn 10% less than men.");
    let q = quantity::find(&toks, Lang::En, None).remove(0);
    assert_eq!(
        crate::extract::subject::comparative::compared_with_an_earlier_time(&toks, &q, Lang::En),
        None
    );
}

#[test]
fn comparison_set_off_after_a_figure() {
    let labels = crate::extract::testing::labels;
    let got = labels("Los pilotos cobran 6.200 euros al mes, un 12% menos que los de Air France.");
    assert!(got[1].contains("menos"), "{got:?}");
    let got = labels("A junior nurse earns $41,000 a year, 15% less than a teacher.");
    assert!(got[1].contains("less"), "{got:?}");
    // Nothing after the degree.
    let got = labels("Los pilotos cobrarán 6.200 euros al mes, un 12% más, desde enero.");
    assert!(got[1].contains("más"), "{got:?}");
    // Near miss: a figure with no figure before its comma keeps no degree.
    let got = labels("Por eso, un 12% menos que los de Air France cobran extras.");
    assert!(!got[0].contains("menos"), "{got:?}");
}

#[test]
fn comparison_with_what_was_done() {
    let labels = crate::extract::testing::labels;
    let got = labels("El club ingresó 80 millones de euros, un 25% más de lo que esperaba.");
    assert!(got[1].contains("más"), "{got:?}");
    // Near miss: "más de" and a figure is a bound, not a comparison.
    let got = labels("Asistieron más de 300 personas.");
    assert!(!got[0].contains("lo"), "{got:?}");
}

#[test]
fn that_opens_a_relative() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Many died in temperatures that reached 51.8C."),
        ["51.8°C temperatures"]
    );
    // A name before "that" may end a place, not the antecedent.
    assert_ne!(
        labels("A farewell concert in Birmingham that raised £140m for charity.")[0],
        "£140M Birmingham"
    );
}

#[test]
fn level_of_a_state() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Bus and tram fares stay frozen at £1.75 for a fourth year."),
        ["£1.75 tram fares"]
    );
}

#[test]
fn measure_adjective_after_its_noun() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Crews reached them in waves up to 8 metres high."),
        ["≤8 m waves"]
    );
    assert_eq!(labels("They built a wall 3 metres thick."), ["3 m wall"]);
}

#[test]
fn attributive_age_before_a_name() {
    let s = subj(
        "The head of the college, 59-year-old Helen Mountfield, called it a gift.",
        Lang::En,
    );
    assert_eq!(s.text, "age of Helen Mountfield");
    let s = subj("A 73-year-old Castleford widow was charged.", Lang::En);
    assert_eq!(s.text, "age of Castleford widow");
}

#[test]
fn time_phrase_before_the_figure() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("Norway cut its cod quota for next year by 20% to 453,427 tonnes."),
        ["20% cod quota", "453,427 tons cod quota"]
    );
    // A time word that is a verb ("could last") is no time phrase.
    assert_eq!(
        labels("The health board said the outage could last another 10 days."),
        ["10-day outage"]
    );
}

#[test]
fn share_goes_to_its_destination() {
    let s = subj(
        "De ese dinero, el 60% se destinó a medios digitales.",
        Lang::Es,
    );
    assert_eq!(s.phrase, "medios digitales");
    // A share whose verb sends it nowhere keeps its own reading.
    let s = subj("El 70% provino de apuestas en línea.", Lang::Es);
    assert_ne!(s.phrase, "línea");
}

#[test]
fn copula_closes_a_long_subject() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("La participación en la segunda vuelta presidencial de Francia fue del 72%."),
        ["72% participación"]
    );
    assert_eq!(
        labels("Turnout in the second round of the French presidential election was 72%."),
        ["72% Turnout"]
    );
}

#[test]
fn part_after_including() {
    let labels = crate::extract::testing::labels;
    assert_eq!(
        labels("So far 626 items have been returned, including 268 that were recovered in 2023."),
        ["626 items returned", "268 items"]
    );
    // A noun after the figure is its own.
    assert_eq!(
        labels("The storm killed 30 people, including 12 children."),
        ["30 people killed", "12 children"]
    );
}

#[test]
fn part_of_which_counts_the_noun_before() {
    let toks = tokenize("82% of them were on fixed-term contracts, half of which last a year.");
    let q = quantity::find(&toks, Lang::En, None).remove(1);
    let s = "82% of them were on fixed-term contracts, half of which last a year.";
    assert_eq!(
        subject(s, &toks, &q, Lang::En).phrase,
        "fixed-term contracts"
    );
    // Without "of which" the figure reads its own phrase.
    assert_ne!(
        subj("Rents rose, half of the tenants said.", Lang::En).phrase,
        "Rents"
    );
}

#[test]
fn rate_per_person_is_kept() {
    let labels = crate::extract::testing::labels;
    let got = labels(
        "Los turistas gastaron 1.200 millones de euros en la feria, unos 90 euros por persona.",
    );
    assert!(got[1].contains("por persona"), "{got:?}");
    let got = labels("Britons spent £2bn on the draw, about £40 per person.");
    assert!(got[1].contains("per person"), "{got:?}");
    // Near miss: a sum with a thing of its own keeps it alone.
    let got = labels("La entrada cuesta 20 euros por persona.");
    assert!(!got[0].contains("por persona por persona"), "{got:?}");
}
