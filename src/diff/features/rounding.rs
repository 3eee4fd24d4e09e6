//! Rounding: two figures where one is the other written more coarsely (rules
//! `rounded_alike`, `rounded_down_to` and `rounded_to_thousands`): "46 degrees" and "46.2",
//! "3 million" and "3.1 million", "368,000" and "368,449".

use crate::model::{Claim, Qualifier};

/// The scale a figure is written in: millions and billions are written as such ("3.1
/// million", "$2.7bn"), smaller figures in full.
fn written_scale(v: f64) -> f64 {
    match v.abs() {
        x if x >= 1e9 => 1e9,
        x if x >= 1e6 => 1e6,
        _ => 1.0,
    }
}

/// Decimal places a figure is written with in `scale` (up to 3): "46" has none, "46.2"
/// one, 3,100,000 in millions ("3.1 million") one. Rule `rounded_to_thousands`: a whole
/// figure ending in at least [`MIN_ROUND_ZEROS`] zeros that keeps [`MIN_ROUND_DIGITS`]
/// significant digits before them ("368,000", "15,000") counts its zeros as negative
/// places: it is written to the thousand or coarser. A figure of one significant digit
/// ("2,000") is a round count of its own, and hundreds ("1,600") a count, not a rounding.
fn decimals(v: f64, scale: f64) -> i32 {
    let v = v / scale;
    let places = (0..3)
        .find(|&d| {
            let x = v * 10f64.powi(d);
            (x - x.round()).abs() <= 1e-6 * x.abs().max(1.0)
        })
        .unwrap_or(3);
    if places > 0 || v.abs() >= 1e15 {
        return places;
    }
    let mut whole = v.abs().round() as u64;
    let mut zeros = 0;
    while whole != 0 && whole.is_multiple_of(10) {
        whole /= 10;
        zeros += 1;
    }
    if zeros >= MIN_ROUND_ZEROS && whole >= 10u64.pow(MIN_ROUND_DIGITS - 1) {
        -zeros
    } else {
        0
    }
}

/// The fewest trailing zeros of a whole figure read as a rounding (to the thousand).
const MIN_ROUND_ZEROS: i32 = 3;

/// The fewest significant digits before those zeros ("368,000", not "2,000").
const MIN_ROUND_DIGITS: u32 = 2;

/// Rule `rounded_alike`: two exact single figures where the one written with fewer decimal
/// places is the other rounded ("46 degrees" and "46.2 degrees", "6%" and "6,3%", "3
/// million" and "3.1 million", "368,000" and "368,449"): outlets round, so between sources
/// this is agreement, not a conflict. Ranges and qualified figures state their own bounds.
/// A rounding that moves the figure by more than [`ROUNDING_TOLERANCE`] of the finer one
/// ("fell 3%" for "slipped 2.6%") is a discrepancy a reader would want shown: a conflict.
pub(in crate::diff) fn rounded_alike(a: &Claim, b: &Claim) -> bool {
    let single_exact =
        |c: &Claim| c.qualifier == Qualifier::Exact && c.value_max.is_none() && c.unit == a.unit;
    if !single_exact(a) || !single_exact(b) || a.value.signum() != b.value.signum() {
        return false;
    }
    let scale = written_scale(a.value.abs().max(b.value.abs()));
    let (da, db) = (decimals(a.value, scale), decimals(b.value, scale));
    if da == db {
        return false;
    }
    let half_step = 0.5 * 10f64.powi(-da.min(db)) * scale;
    let finer = if da > db { a.value } else { b.value };
    let gap = (a.value - b.value).abs();
    // A whole figure exactly half a thousand off ("86,000 megawatts" for 85,500) is no
    // rounding of it: written in full, 85,500 was the other's reading to the hundred.
    let within_step = if da.min(db) < 0 {
        gap < half_step * (1.0 - 1e-9)
    } else {
        gap <= half_step * (1.0 + 1e-9)
    };
    within_step && gap <= ROUNDING_TOLERANCE * finer.abs() * (1.0 + 1e-9)
}

/// Rule `rounded_down_to`: `new` is `old` written with fewer decimal places ("1.24 million"
/// → "1.2 million", "46.2 degrees" → "46", "368,449" → "368,000"): a version that rounds a
/// figure states nothing new. The other way ("4%" → "4.2%") may be a new measurement.
pub(in crate::diff) fn rounded_down_to(old: &Claim, new: &Claim) -> bool {
    let scale = written_scale(old.value.abs().max(new.value.abs()));
    rounded_alike(old, new) && decimals(new.value, scale) < decimals(old.value, scale)
}

/// The largest share of the finer figure that a rounding may move it by and still be read as
/// the same figure in [`rounded_alike`]: 5% ("2%" for 2.1%, "46" for 46.2, "3 million" for
/// 3.1 million agree; "3%" for 2.6% does not).
pub(super) const ROUNDING_TOLERANCE: f64 = 0.05;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::test_claim;

    #[test]
    fn rounded_alike_needs_the_coarser_figure_to_be_the_finer_rounded() {
        let c = |v: f64| test_claim(v, Qualifier::Exact, Some("percent"), &[], "", "");
        assert!(rounded_alike(&c(46.0), &c(46.2)));
        assert!(rounded_alike(&c(6.3), &c(6.0)));
        assert!(rounded_alike(&c(58.7), &c(58.65)));
        // Millions are written as such: "3 million" is "3.1 million" rounded.
        assert!(rounded_alike(&c(3e6), &c(3.1e6)));
        assert!(!rounded_alike(&c(3e6), &c(3.6e6)));
        // Thousands are written in full: 2,000 is not 2,200 rounded.
        assert!(!rounded_alike(&c(2000.0), &c(2200.0)));
        // Off by more than half a step, the same precision, or a qualified figure: no.
        assert!(!rounded_alike(&c(46.0), &c(46.6)));
        assert!(!rounded_alike(&c(58.0), &c(60.0)));
        assert!(!rounded_alike(&c(2.1), &c(2.2)));
        // A rounding that moves the figure by more than ROUNDING_TOLERANCE is a conflict.
        assert!(rounded_alike(&c(2.0), &c(2.1)));
        assert!(!rounded_alike(&c(3.0), &c(2.6)));
        assert!(!rounded_alike(&c(1e6), &c(1.4e6)));
        // Rounded down to fewer decimals, not the other way.
        assert!(rounded_down_to(&c(1.24e6), &c(1.2e6)));
        assert!(rounded_down_to(&c(46.2), &c(46.0)));
        assert!(!rounded_down_to(&c(4.0), &c(4.2)));
        assert!(!rounded_down_to(&c(1.24e6), &c(1.3e6)));
        let about = test_claim(46.0, Qualifier::Approx, Some("percent"), &[], "", "");
        assert!(!rounded_alike(&about, &c(46.2)));
        let degrees = test_claim(46.0, Qualifier::Exact, Some("degree"), &[], "", "");
        assert!(!rounded_alike(&degrees, &c(46.2)));
    }

    #[test]
    fn rounded_to_thousands_reads_trailing_zeros_as_a_rounding() {
        let n = |v: f64| test_claim(v, Qualifier::Exact, None, &[], "", "");
        // "368,000" is "368,449" rounded to the thousand; a version that rounds refines.
        assert!(rounded_alike(&n(368_000.0), &n(368_449.0)));
        assert!(rounded_down_to(&n(368_449.0), &n(368_000.0)));
        assert!(!rounded_down_to(&n(368_000.0), &n(368_449.0)));
        assert!(rounded_alike(&n(15_000.0), &n(15_230.0)));
        // Off by more than half a thousand, or a round count of one digit: no.
        assert!(!rounded_alike(&n(368_000.0), &n(368_600.0)));
        assert!(!rounded_alike(&n(86_000.0), &n(85_500.0)));
        assert!(!rounded_alike(&n(2_000.0), &n(2_200.0)));
        assert!(!rounded_alike(&n(2_000.0), &n(2_040.0)));
        // Tens and hundreds are counts, not roundings: 150 dead is no 153.
        assert!(!rounded_alike(&n(150.0), &n(153.0)));
        assert!(!rounded_alike(&n(1_600.0), &n(1_642.0)));
    }
}
