//! Classify: what became of each claim. A pair is unchanged or changed (with the fields that
//! differ, the delta and the kind of change); claims left unpaired are removed (A) or added
//! (B). The claims come out changes first, in reading order of the newer side; the lineage
//! history stores comes out with them. Also the sentence-level entries of the diff.

use super::features::{
    converted_to, nearly_equal, overlap, rounded_alike, rounded_down_to, same_figure, within,
};
use super::weights::BoundWeights;
use super::{ClaimChange, Kind, Mode, SentenceChange, Side, Status};
use crate::align::{self, SentencePair, SentenceStatus};
use crate::model::{Claim, Lineage, Qualifier};

/// The claims' fates and their lineage, from the chosen pairs.
pub(super) fn claims(
    a: &Side,
    b: &Side,
    matched: &[(usize, usize)],
    mode: Mode,
    w: &BoundWeights,
) -> (Vec<ClaimChange>, Lineage) {
    let mut a_used = vec![false; a.claims.len()];
    let mut b_used = vec![false; b.claims.len()];
    let mut lineage = Lineage::first(b.claims.len());
    let mut claims = Vec::with_capacity(a.claims.len().max(b.claims.len()));
    for &(i, j) in matched {
        let (ca, cb) = (&a.claims[i], &b.claims[j]);
        a_used[i] = true;
        b_used[j] = true;
        lineage.previous[j] = Some((i, !same_figure(ca, cb) || !same_start(ca, cb)));
        claims.push(pair_change(ca, cb, mode, w));
    }
    lineage.removed = (0..a.claims.len()).filter(|&i| !a_used[i]).collect();
    for (c, _) in a.claims.iter().zip(&a_used).filter(|(_, used)| !**used) {
        claims.push(ClaimChange::Removed { before: c.clone() });
    }
    for (c, _) in b.claims.iter().zip(&b_used).filter(|(_, used)| !**used) {
        claims.push(ClaimChange::Added { after: c.clone() });
    }
    reading_order(&mut claims);
    (claims, lineage)
}

/// The fields of the figure that differ between two claims. Rule `start_untold`: between
/// two outlets, a change's figure left that only one of them gives ("cut to 4% from 4.25%"
/// against "cut by 0.25 points to 4%") is context the other left out, not a difference;
/// between versions, adding or dropping it changes the claim.
fn changed_fields(ca: &Claim, cb: &Claim, mode: Mode) -> Vec<&'static str> {
    let mut fields = Vec::new();
    if ca.value != cb.value {
        fields.push("value");
    }
    if ca.value_max != cb.value_max {
        fields.push("value_max");
    }
    if ca.qualifier != cb.qualifier {
        fields.push("qualifier");
    }
    if ca.unit != cb.unit {
        fields.push("unit");
    }
    let start_untold =
        mode == Mode::Sources && (ca.changed_from.is_none() || cb.changed_from.is_none());
    if !same_start(ca, cb) && !start_untold {
        fields.push("changed_from");
    }
    fields
}

/// Two claims state the same figure left, or neither states a change: "rose from 5% to 7%"
/// and "rose from 5% to 8%" do; "rose from 5% to 7%" and "rose from 6% to 7%" do not (the
/// claim changed though the figure reached did not).
fn same_start(ca: &Claim, cb: &Claim) -> bool {
    match (&ca.changed_from, &cb.changed_from) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.value == b.value && a.value_max == b.value_max && a.qualifier == b.qualifier
        }
        _ => false,
    }
}

/// What sort of change a paired claim with another figure is: a refinement or an update
/// between versions; agreement within bounds or a conflict between sources.
fn kind(ca: &Claim, cb: &Claim, mode: Mode, w: &BoundWeights) -> Kind {
    // Only the figure a change started from differs: the claim says another thing.
    if same_figure(ca, cb) && ca.unit == cb.unit {
        return match mode {
            Mode::Sources => Kind::Conflict,
            Mode::Versions => Kind::Update,
        };
    }
    // Rule `converted_alike`: the same amount in another unit of its family ("30 days" and
    // "1 month", "900 km" and "560 miles") agrees, or refines how a version tells it.
    if let Some(converted) = converted_to(cb, ca.unit.as_deref()) {
        let alike = nearly_equal(ca, &converted)
            || match mode {
                Mode::Sources => overlap(ca, &converted, w),
                Mode::Versions => within(&converted, ca, w),
            };
        if alike {
            return match mode {
                Mode::Sources => Kind::AgreementWithinBounds,
                Mode::Versions => Kind::Refinement,
            };
        }
    }
    match mode {
        // Rule `stated_cap`: "up to €15 million" and "a maximum of €20 million" state the
        // cap itself; two outlets' different caps conflict, though the ranges overlap.
        Mode::Sources if ca.qualifier == Qualifier::AtMost && cb.qualifier == Qualifier::AtMost => {
            Kind::Conflict
        }
        Mode::Sources if ca.unit == cb.unit && (overlap(ca, cb, w) || rounded_alike(ca, cb)) => {
            Kind::AgreementWithinBounds
        }
        Mode::Sources => Kind::Conflict,
        // Rule `rounded_down_to`: a newer version that rounds the figure ("1.24 million" →
        // "1.2 million") refines how it is told, it brings no new figure.
        Mode::Versions if ca.unit == cb.unit && (within(cb, ca, w) || rounded_down_to(ca, cb)) => {
            Kind::Refinement
        }
        Mode::Versions => Kind::Update,
    }
}

/// A paired claim: unchanged, or changed with its fields, delta, kind and sentence diff.
fn pair_change(ca: &Claim, cb: &Claim, mode: Mode, w: &BoundWeights) -> ClaimChange {
    let fields = changed_fields(ca, cb, mode);
    if fields.is_empty() {
        return ClaimChange::Unchanged {
            before: ca.clone(),
            after: cb.clone(),
        };
    }
    let delta = (ca.unit == cb.unit).then_some(cb.value - ca.value);
    let delta_pct = delta.and_then(|d| (ca.value != 0.0).then(|| d / ca.value.abs() * 100.0));
    let inline = if ca.sentence != cb.sentence {
        align::inline(&ca.sentence, &cb.sentence)
    } else {
        Vec::new()
    };
    ClaimChange::Changed {
        before: ca.clone(),
        after: cb.clone(),
        fields,
        delta,
        delta_pct,
        kind: kind(ca, cb, mode, w),
        inline,
    }
}

/// Changes first (changed, added, removed, unchanged), each in reading order of the newer
/// side. The sort is stable: equal positions keep the order they were classified in.
fn reading_order(claims: &mut [ClaimChange]) {
    claims.sort_by_key(|c| {
        let rank = match c.status() {
            Status::Changed => 0,
            Status::Added => 1,
            Status::Removed => 2,
            Status::Unchanged => 3,
        };
        (rank, c.latest().start)
    });
}

/// The sentence-level entries of the diff, with a word diff of edited, split and merged ones.
pub(super) fn sentences(pairs: &[SentencePair], sa: &[&str], sb: &[&str]) -> Vec<SentenceChange> {
    pairs
        .iter()
        .map(|p| {
            let before: Vec<String> = p.a.iter().map(|&i| sa[i].to_string()).collect();
            let after: Vec<String> = p.b.iter().map(|&j| sb[j].to_string()).collect();
            let inline = if matches!(
                p.status,
                SentenceStatus::Edited | SentenceStatus::Split | SentenceStatus::Merged
            ) {
                align::inline(&before.join(" "), &after.join(" "))
            } else {
                Vec::new()
            };
            SentenceChange {
                status: p.status,
                before,
                after,
                inline,
                similarity: p.similarity,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::{about_40_died, test_claim};
    use crate::diff::weights::Weights;
    use crate::model::Qualifier;

    const W: BoundWeights = Weights::DEFAULT.bounds;

    fn at(mut c: Claim, start: usize) -> Claim {
        c.start = start;
        c
    }

    #[test]
    fn converted_alike_compares_amounts_across_units_of_a_family() {
        let c = |v: f64, unit: &str| test_claim(v, Qualifier::Exact, Some(unit), &[], "", "");
        assert_eq!(
            kind(&c(30.0, "day"), &c(1.0, "month"), Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        assert_eq!(
            kind(&c(900.0, "km"), &c(560.0, "mile"), Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        assert_eq!(
            kind(&c(60.0, "day"), &c(2.0, "month"), Mode::Versions, &W),
            Kind::Refinement
        );
        assert_eq!(
            kind(&c(145.0, "mph"), &c(230.0, "km/h"), Mode::Versions, &W),
            Kind::Refinement
        );
        // Another amount, or currencies (no fixed factor), stay a conflict or an update.
        assert_eq!(
            kind(&c(45.0, "minute"), &c(1.0, "hour"), Mode::Sources, &W),
            Kind::Conflict
        );
        assert_eq!(
            kind(&c(1.2e9, "USD"), &c(1.1e9, "EUR"), Mode::Sources, &W),
            Kind::Conflict
        );
        assert_eq!(
            kind(&c(3.0, "week"), &c(1.0, "month"), Mode::Versions, &W),
            Kind::Update
        );
        // Rule `share_as_percent`: "half" is 50%, "one in five" is no 22%.
        let share = |v: f64| test_claim(v, Qualifier::Exact, None, &[], "", "");
        assert_eq!(
            kind(&share(0.5), &c(50.0, "percent"), Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        assert_eq!(
            kind(&c(50.0, "percent"), &share(0.5), Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        assert_eq!(
            kind(&share(0.2), &c(22.0, "percent"), Mode::Sources, &W),
            Kind::Conflict
        );
    }

    #[test]
    fn start_untold_by_one_outlet_is_no_difference_between_sources() {
        let four = test_claim(4.0, Qualifier::Exact, Some("percent"), &[], "", "");
        let from = |v: f64| {
            let mut c = four.clone();
            c.changed_from = Some(crate::model::ChangedFrom {
                value: v,
                value_max: None,
                qualifier: Qualifier::Exact,
                text: String::new(),
                start: 0,
                end: 0,
            });
            c
        };
        // One outlet gives where the rate was cut from, the other does not: they agree.
        assert_eq!(
            pair_change(&four, &from(4.25), Mode::Sources, &W).status(),
            Status::Unchanged
        );
        // Both give it, and differently: the claims differ.
        let c = pair_change(&from(4.5), &from(4.25), Mode::Sources, &W);
        assert_eq!(c.fields(), ["changed_from"]);
        // Between versions, adding the start changes the claim.
        let c = pair_change(&four, &from(4.25), Mode::Versions, &W);
        assert_eq!(c.fields(), ["changed_from"]);
    }

    #[test]
    fn kinds_by_mode() {
        let more_than_50 = test_claim(50.0, Qualifier::MoreThan, None, &[], "", "");
        let exact_55 = test_claim(55.0, Qualifier::Exact, None, &[], "", "");
        let exact_45 = test_claim(45.0, Qualifier::Exact, None, &[], "", "");
        assert_eq!(
            kind(&more_than_50, &exact_55, Mode::Versions, &W),
            Kind::Refinement
        );
        assert_eq!(
            kind(&exact_55, &more_than_50, Mode::Versions, &W),
            Kind::Update
        );
        assert_eq!(
            kind(&exact_55, &more_than_50, Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        // Two caps of another value conflict; two floors may both hold.
        let up_to_15 = test_claim(15.0, Qualifier::AtMost, None, &[], "", "");
        let up_to_20 = test_claim(20.0, Qualifier::AtMost, None, &[], "", "");
        assert_eq!(
            kind(&up_to_15, &up_to_20, Mode::Sources, &W),
            Kind::Conflict
        );
        let more_than_55 = test_claim(55.0, Qualifier::MoreThan, None, &[], "", "");
        assert_eq!(
            kind(&more_than_50, &more_than_55, Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        // One outlet's "55" is the other's "55.3" rounded: agreement between sources.
        let exact_55_3 = test_claim(55.3, Qualifier::Exact, None, &[], "", "");
        assert_eq!(
            kind(&exact_55_3, &exact_55, Mode::Sources, &W),
            Kind::AgreementWithinBounds
        );
        assert_eq!(
            kind(&exact_55_3, &exact_45, Mode::Sources, &W),
            Kind::Conflict
        );
        assert_eq!(
            kind(&more_than_50, &exact_45, Mode::Sources, &W),
            Kind::Conflict
        );
    }

    #[test]
    fn a_changed_pair_carries_fields_delta_and_sentence_diff() {
        let a = about_40_died();
        let b = test_claim(50.0, Qualifier::Exact, Some("USD"), &[], "50", "50 died");
        let c = pair_change(&a, &b, Mode::Versions, &W);
        assert_eq!(c.status(), Status::Changed);
        assert_eq!(c.fields(), ["value", "qualifier", "unit"]);
        // Units differ: no delta.
        assert_eq!((c.delta(), c.delta_pct()), (None, None));
        assert!(!c.inline().is_empty());
        let b = test_claim(
            50.0,
            Qualifier::Approx,
            None,
            &[],
            "about 50",
            "about 40 died",
        );
        let c = pair_change(&a, &b, Mode::Versions, &W);
        assert_eq!((c.delta(), c.delta_pct()), (Some(10.0), Some(25.0)));
        assert!(c.inline().is_empty());
        assert_eq!(
            pair_change(&a, &a, Mode::Versions, &W).status(),
            Status::Unchanged
        );
    }

    #[test]
    fn every_claim_once_changes_first_and_lineage() {
        let c =
            |v: f64, start: usize| at(test_claim(v, Qualifier::Exact, None, &[], "", ""), start);
        let a_claims = [c(1.0, 0), c(2.0, 10), c(3.0, 20)];
        let b_claims = [c(1.0, 0), c(5.0, 30), c(2.5, 10)];
        let (a, b) = (Side::new(&[], &a_claims), Side::new(&[], &b_claims));
        let (claims, lineage) = super::claims(&a, &b, &[(0, 0), (1, 2)], Mode::Versions, &W);
        let got: Vec<(Status, Option<f64>, Option<f64>)> = claims
            .iter()
            .map(|c| {
                (
                    c.status(),
                    c.before().map(|x| x.value),
                    c.after().map(|x| x.value),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (Status::Changed, Some(2.0), Some(2.5)),
                (Status::Added, None, Some(5.0)),
                (Status::Removed, Some(3.0), None),
                (Status::Unchanged, Some(1.0), Some(1.0)),
            ]
        );
        assert_eq!(
            lineage.previous,
            vec![Some((0, false)), None, Some((1, true))]
        );
        assert_eq!(lineage.removed, vec![2]);
    }

    #[test]
    fn sentence_entries_diff_edited_sentences_only() {
        let pairs = [
            SentencePair {
                status: SentenceStatus::Unchanged,
                a: vec![0],
                b: vec![0],
                similarity: 1.0,
            },
            SentencePair {
                status: SentenceStatus::Edited,
                a: vec![1],
                b: vec![1],
                similarity: 0.7,
            },
        ];
        let s = sentences(&pairs, &["Same.", "It rained."], &["Same.", "It poured."]);
        assert!(s[0].inline.is_empty());
        assert_eq!(s[1].before, vec!["It rained."]);
        assert!(s[1]
            .inline
            .iter()
            .any(|c| c.tag == "insert" && c.text.contains("poured")));
    }
}
