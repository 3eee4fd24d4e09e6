//! Convert: figures compared across units (rules `converted_alike` and `share_as_percent`):
//! "30 days" and "1 month", "900 km" and "560 miles", "half" and "50%".

use super::{unit_family, unit_scale, ROUNDING_TOLERANCE};
use crate::model::Claim;

/// Rule `share_as_percent`: a fraction or ratio with no unit ("half", "a third", "one in
/// five", "tres de cada diez": 0.5, 0.3333, 0.2, 0.3) is a share, what a percentage states:
/// two outlets write "half of the voters" and "50% of the voters".
pub(in crate::diff) fn is_share(c: &Claim) -> bool {
    c.unit.is_none()
        && c.value > 0.0
        && c.value < 1.0
        && c.value_max.is_none_or(|m| m > 0.0 && m <= 1.0)
}

/// The family a claim's figure belongs to: its unit's, a share's being `percent`.
pub(in crate::diff) fn family(c: &Claim) -> &'static str {
    if is_share(c) {
        "percent"
    } else {
        unit_family(c.unit.as_deref())
    }
}

/// Rule `converted_alike`: `c` restated in `unit`, another unit of its family that a
/// fixed factor converts to ("30 days" as 0.99 month, "900 km" as 559 miles); None for the
/// same unit, another family, or units without a fixed factor (currencies, percentages).
pub(in crate::diff) fn converted_to(c: &Claim, unit: Option<&str>) -> Option<Claim> {
    // A share and a percentage convert by 100 (rule `share_as_percent`).
    let shares = |c: &Claim, factor: f64, unit: Option<&str>| {
        let mut out = c.clone();
        out.value *= factor;
        out.value_max = c.value_max.map(|v| v * factor);
        out.unit = unit.map(str::to_string);
        out
    };
    match (c.unit.as_deref(), unit) {
        (None, Some("percent")) if is_share(c) => return Some(shares(c, 100.0, unit)),
        (Some("percent"), None) if c.value > 0.0 && c.value < 100.0 => {
            return Some(shares(c, 0.01, None))
        }
        _ => {}
    }
    let from = c.unit.as_deref()?;
    let to = unit?;
    if let Some(out) = temperature_to(c, from, to) {
        return Some(out);
    }
    // Every unit of these families has its factor in `unit_scale` (its base worth 1).
    let convertible = |u: &str| {
        matches!(
            unit_family(Some(u)),
            "time" | "length" | "mass" | "speed" | "area"
        )
    };
    if from == to || unit_family(Some(from)) != unit_family(Some(to)) || !convertible(from) {
        return None;
    }
    let factor = unit_scale(Some(from)) / unit_scale(Some(to));
    let mut out = c.clone();
    out.value *= factor;
    out.value_max = c.value_max.map(|v| v * factor);
    out.unit = Some(to.to_string());
    Some(out)
}

/// Rule `temperature_scales`: degrees Fahrenheit and Celsius convert by an offset and a
/// factor, not a factor alone ("80 degrees Fahrenheit" is 26.7 °C).
fn temperature_to(c: &Claim, from: &str, to: &str) -> Option<Claim> {
    let convert: fn(f64) -> f64 = match (from, to) {
        ("fahrenheit", "celsius") => |f| (f - 32.0) * 5.0 / 9.0,
        ("celsius", "fahrenheit") => |c| c * 9.0 / 5.0 + 32.0,
        _ => return None,
    };
    let mut out = c.clone();
    out.value = convert(c.value);
    out.value_max = c.value_max.map(convert);
    out.unit = Some(to.to_string());
    Some(out)
}

/// Two figures of one unit whose values (and upper ends) differ by at most
/// [`ROUNDING_TOLERANCE`] of the larger: a conversion rounds ("900 km (560 miles)", "30
/// days" and "a month").
pub(in crate::diff) fn nearly_equal(a: &Claim, b: &Claim) -> bool {
    let near = |x: f64, y: f64| (x - y).abs() <= ROUNDING_TOLERANCE * x.abs().max(y.abs());
    a.unit == b.unit
        && near(a.value, b.value)
        && near(
            a.value_max.unwrap_or(a.value),
            b.value_max.unwrap_or(b.value),
        )
}
