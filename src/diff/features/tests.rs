use super::*;
use crate::diff::weights::Weights;

const W: Weights = Weights::DEFAULT;

fn figure(value: f64, qualifier: Qualifier) -> Claim {
    test_claim(value, qualifier, None, &[], "", "")
}

#[test]
fn bounds_follow_the_qualifier() {
    let more_than_50 = figure(50.0, Qualifier::MoreThan);
    assert!(within(
        &figure(55.0, Qualifier::Exact),
        &more_than_50,
        &W.bounds
    ));
    assert!(!within(
        &figure(50.0, Qualifier::Exact),
        &more_than_50,
        &W.bounds
    ));
    // "about 40" allows 36 to 44.
    let about_40 = figure(40.0, Qualifier::Approx);
    assert!(within(
        &figure(41.0, Qualifier::Exact),
        &about_40,
        &W.bounds
    ));
    assert!(!within(
        &figure(45.0, Qualifier::Exact),
        &about_40,
        &W.bounds
    ));
}

#[test]
fn touching_ends_overlap_only_when_closed() {
    let exact_50 = figure(50.0, Qualifier::Exact);
    assert!(overlap(
        &exact_50,
        &figure(50.0, Qualifier::AtLeast),
        &W.bounds
    ));
    assert!(!overlap(
        &exact_50,
        &figure(50.0, Qualifier::MoreThan),
        &W.bounds
    ));
    assert!(!overlap(
        &exact_50,
        &figure(60.0, Qualifier::Exact),
        &W.bounds
    ));
}

#[test]
fn closeness_is_the_ratio_of_same_signed_figures() {
    let c = |x: f64, y: f64| closeness(&figure(x, Qualifier::Exact), &figure(y, Qualifier::Exact));
    assert_eq!(c(40.0, 40.0), 1.0);
    assert_eq!(c(40.0, 50.0), 0.8);
    assert_eq!(c(-40.0, 50.0), 0.0);
    assert_eq!(c(0.0, 5.0), 0.0);
    // Figures of one family compare as amounts: 30 days is far from 30 minutes, 2 hours
    // is 120 minutes.
    let timed = |v: f64, u: &str| test_claim(v, Qualifier::Exact, Some(u), &[], "", "");
    assert!(closeness(&timed(30.0, "day"), &timed(30.0, "minute")) < 0.001);
    assert_eq!(closeness(&timed(2.0, "hour"), &timed(120.0, "minute")), 1.0);
}

#[test]
fn unit_families() {
    assert_eq!(unit_family(None), "count");
    assert_eq!(unit_family(Some("USD")), "money");
    assert_eq!(unit_family(Some("percentage point")), "percent");
    assert_eq!(unit_family(Some("hour")), "time");
    assert_eq!(unit_family(Some("barrel")), "other");
    // Speeds convert: "145 mph" is "230 km/h".
    assert_eq!(unit_family(Some("mph")), "speed");
    assert_eq!(unit_family(Some("km/h")), "speed");
}

#[test]
fn one_shared_word_is_never_full_agreement() {
    let k = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        key_overlap(&k(&["tariff"]), &k(&["tariff"]), &W.context),
        0.5
    );
    assert_eq!(
        key_overlap(
            &k(&["auto", "tariff"]),
            &k(&["tariff", "auto", "rate"]),
            &W.context
        ),
        1.0
    );
    assert_eq!(dice(&k(&["a", "b"]), &k(&["b", "c"])), 0.5);
}

#[test]
fn context_takes_stemmed_content_words_around_the_figure() {
    let c = test_claim(
        26.0,
        Qualifier::Exact,
        None,
        &[],
        "26",
        "Mexico sent 26 prisoners to the United States in 2025.",
    );
    // Stop words and bare numbers are left out, plurals stemmed, each word once.
    assert_eq!(
        context(&c, figure_pos(&c, &[]), Lang::En, &W.context),
        vec!["sent", "mexico", "prison", "unit", "state"]
    );
}

#[test]
fn places_count_within_each_sentence() {
    let mut cs: Vec<Claim> = (0..4).map(|v| figure(v as f64, Qualifier::Exact)).collect();
    cs[2].sentence_index = 1;
    assert_eq!(places(&cs), vec![0, 1, 0, 2]);
}

#[test]
fn a_spanish_claim_is_stemmed_as_spanish() {
    let ex = crate::extract::Extractor::default();
    let e = ex.extract_text(
        "Las inundaciones dejaron 40 viviendas dañadas en Tabasco, según Protección Civil.",
    );
    assert_eq!(e.sentences[0].lang, Lang::Es);
    let f = SideFeatures::of(&Side::new(&e.sentences, &e.claims), &W.context);
    let ctx = &f.contexts[0];
    assert!(ctx.contains(&"inund".to_string()), "{ctx:?}");
    assert!(ctx.contains(&"viviend".to_string()), "{ctx:?}");
    // Without its sentence, a claim is read as English.
    assert_eq!(claim_lang(&e.claims[0], &[]), Lang::En);
}

#[test]
fn figure_pos_finds_a_figure_written_twice_where_it_stands() {
    let ex = crate::extract::Extractor::default();
    let e = ex.extract_text(
        "Los productos que no cumplen con el T-MEC pagarán un arancel de 25% desde agosto, y los automóviles seguirán con un gravamen de 25%.\n",
    );
    assert_eq!(e.claims.len(), 2);
    let (first, second) = (
        figure_pos(&e.claims[0], &e.sentences),
        figure_pos(&e.claims[1], &e.sentences),
    );
    assert!(first < second, "{first} {second}");
    assert!(e.claims[1].sentence[second..].starts_with("25%"));
    // Without its sentence, the first occurrence.
    assert_eq!(figure_pos(&e.claims[1], &[]), first);
    // The context read around each is its own.
    let ctx = |i: usize, pos: usize| context(&e.claims[i], pos, Lang::Es, &W.context);
    assert!(ctx(1, second).contains(&"automovil".to_string()));
    assert_ne!(ctx(1, second), ctx(1, first));
}

#[test]
fn share_as_percent_puts_fractions_with_percentages() {
    let share = |v: f64| figure(v, Qualifier::Exact);
    let pct = |v: f64| test_claim(v, Qualifier::Exact, Some("percent"), &[], "", "");
    assert!(is_share(&share(0.5)) && is_share(&share(1.0 / 3.0)));
    // Counts and whole numbers are no shares.
    assert!(!is_share(&share(3.0)) && !is_share(&share(0.0)));
    assert_eq!(family(&share(0.2)), "percent");
    assert_eq!(family(&share(12.0)), "count");
    assert_eq!(
        converted_to(&share(0.5), Some("percent")).unwrap().value,
        50.0
    );
    assert_eq!(converted_to(&pct(20.0), None).unwrap().value, 0.2);
    assert!(closeness(&share(0.5), &pct(50.0)) > 0.99);
}

#[test]
fn areas_and_temperatures_convert() {
    let with = |v: f64, u: &str| test_claim(v, Qualifier::Exact, Some(u), &[], "", "");
    // Rule `converted_alike` on areas: 16,000 hectares are 160 km².
    assert_eq!(unit_family(Some("hectare")), "area");
    let km2 = converted_to(&with(16_000.0, "hectare"), Some("km2")).unwrap();
    assert!((km2.value - 160.0).abs() < 1e-9);
    // Rule `temperature_scales`: 80 °F is 26.7 °C, and back.
    let c = converted_to(&with(80.0, "fahrenheit"), Some("celsius")).unwrap();
    assert!((c.value - 26.667).abs() < 1e-3);
    let f = converted_to(&with(-18.0, "celsius"), Some("fahrenheit")).unwrap();
    assert!((f.value + 0.4).abs() < 1e-9);
    // Near miss: a bare degree is no scale of its own.
    assert!(converted_to(&with(80.0, "degree"), Some("celsius")).is_none());
}
