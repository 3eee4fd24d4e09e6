//! Twins: rule `aligned_twin_figure`. Two outlets' closely aligned sentences that state one
//! figure each ("won 31 seats, against 12 in the outgoing parliament" and "had held 12 seats
//! in the outgoing parliament") agree on it: that figure pairs with its twin, never with
//! another figure of the other sentence, however alike their words read.

use super::features::{same_value, Sides};

/// Claim `i` of A or claim `j` of B (in B's sentences `b_sentences`, aligned with `i`'s) has
/// its twin, the same value in the same unit, in the other side's aligned sentence; a twin of
/// the opposite change ("dropped 6%" and "had gained 6%") is no twin.
pub(super) fn twin_elsewhere(sides: &Sides, i: usize, j: usize, b_sentences: &[usize]) -> bool {
    let (a, b, fa, fb) = (sides.a.claims, sides.b.claims, &sides.fa, &sides.fb);
    let alike = |da: Option<&str>, db: Option<&str>| da.is_none() || db.is_none() || da == db;
    let twin_in_a = (0..a.len()).any(|k| {
        k != i
            && a[k].sentence_index == a[i].sentence_index
            && same_value(&a[k], &b[j])
            && alike(fa.directions[k], fb.directions[j])
    });
    let twin_in_b = (0..b.len()).any(|k| {
        k != j
            && b_sentences.contains(&b[k].sentence_index)
            && same_value(&a[i], &b[k])
            && alike(fa.directions[i], fb.directions[k])
    });
    twin_in_a || twin_in_b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::test_claim;
    use crate::diff::weights::Weights;
    use crate::diff::{Mode, Side};
    use crate::model::Qualifier;

    #[test]
    fn aligned_twin_figure_keeps_a_figure_from_another() {
        let claim = |v: f64, surface: &str, sentence: &str| {
            test_claim(v, Qualifier::Exact, None, &[], surface, sentence)
        };
        let sa = "Renewal won 31 seats, against 12 in the outgoing parliament.";
        let a = [claim(31.0, "31", sa), claim(12.0, "12", sa)];
        let sb = "Renewal had held 12 seats in the outgoing parliament.";
        let b = [claim(12.0, "12", sb)];
        let (side_a, side_b) = (Side::new(&[], &a), Side::new(&[], &b));
        let sides = Sides::new(
            &side_a,
            &side_b,
            &[],
            Mode::Sources,
            &Weights::DEFAULT.context,
        );
        // 31 is no 12: A's sentence states B's 12 itself.
        assert!(twin_elsewhere(&sides, 0, 0, &[0]));
        assert!(!twin_elsewhere(&sides, 1, 0, &[0]));
        // Near miss: a twin of the opposite change is another figure.
        let sa = "Shares dropped 6% in early trading.";
        let sb = "The stock, which had gained 6% on Wednesday, fell 8%.";
        let pct = |v: f64, surface: &str, s: &str| {
            test_claim(v, Qualifier::Exact, Some("percent"), &[], surface, s)
        };
        let a = [pct(6.0, "6%", sa)];
        let b = [pct(6.0, "6%", sb), pct(8.0, "8%", sb)];
        let (side_a, side_b) = (Side::new(&[], &a), Side::new(&[], &b));
        let sides = Sides::new(
            &side_a,
            &side_b,
            &[],
            Mode::Sources,
            &Weights::DEFAULT.context,
        );
        assert!(!twin_elsewhere(&sides, 0, 1, &[0]));
    }
}
