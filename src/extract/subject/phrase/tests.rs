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
