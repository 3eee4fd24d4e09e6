//! The streamed JSON of the reports equals the key-sorted JSON they replaced.
use super::*;
use crate::model::Qualifier;

fn claim(i: usize) -> Claim {
    Claim {
        label: format!("{i}+ \"quoted\" homes"),
        value: i as f64 * 1.5,
        value_max: i.is_multiple_of(2).then_some(i as f64 * 3.0),
        qualifier: Qualifier::AtLeast,
        unit: i.is_multiple_of(3).then(|| "percent".to_string()),
        subject: "homes".into(),
        topics: vec!["housing".into(), "budget".into()],
        attribution: (i % 2 == 1).then(|| "the council".to_string()),
        surface: format!("{i}"),
        sentence: format!("The council approved {i} homes \u{1b} on Monday.").into(),
        start: 21,
        end: 22,
        sentence_index: i,
        key: vec!["home".into(), "approv".into()],
        changed_from: None,
    }
}

fn streamed_and_sorted<R: Report>(r: &R) -> (String, String) {
    let (mut streamed, mut sorted) = (Vec::new(), Vec::new());
    r.json(&mut streamed).unwrap();
    render::write_sorted_json(r, &mut sorted).unwrap();
    (
        String::from_utf8(streamed).unwrap(),
        String::from_utf8(sorted).unwrap(),
    )
}

/// The streamed JSON of `extract` and `claims` is byte for byte what the generic sorted
/// writer (a `serde_json::Value` built whole) gives, with every optional field set and not.
#[test]
fn streamed_reports_write_what_the_sorted_value_writes() {
    let claims: Vec<Claim> = (0..4).map(claim).collect();
    for dropped in [
        None,
        Some(vec![]),
        Some(vec![Dropped {
            surface: "2024".into(),
            rule: "year",
            sentence: "In 2024 it rained.".into(),
        }]),
    ] {
        let r = ExtractReport {
            lang: Lang::Es,
            sentences: 9,
            claims: claims.clone(),
            dropped,
            non_claims: None,
        };
        let (streamed, sorted) = streamed_and_sorted(&r);
        assert_eq!(streamed, sorted);
        assert!(streamed.contains("\"value_max\": null"), "{streamed}");
    }
    let empty = ExtractReport {
        lang: Lang::En,
        sentences: 0,
        claims: vec![],
        dropped: None,
        non_claims: None,
    };
    let (streamed, sorted) = streamed_and_sorted(&empty);
    assert_eq!(streamed, sorted);
    let c = ClaimsReport {
        article: "council-homes".into(),
        source: "Herald".into(),
        version: 3,
        at: "2025-03-01T10:00:00Z".into(),
        claims,
    };
    let (streamed, sorted) = streamed_and_sorted(&c);
    assert_eq!(streamed, sorted);
}
