//! How a claim's figure is written for people: "50+", "~24", "25%", "$1.2bn", "20–30 minute".
//! Part of the model so that every layer above it (extraction labels, render, the commands)
//! formats figures the same way without depending on the extractor.

use std::fmt::Write;

use super::{Claim, Qualifier};

impl Claim {
    /// The claim's figure in compact form (see [`format_figure`]).
    pub fn figure(&self) -> String {
        format_figure(
            self.value,
            self.value_max,
            self.qualifier,
            self.unit.as_deref(),
        )
    }
}

/// A figure in the largest of trillions ("tn"), billions ("bn") and millions ("M") it reaches.
fn scaled(v: f64) -> (f64, &'static str) {
    if v.abs() >= 1e12 {
        (v / 1e12, "tn")
    } else if v.abs() >= 1e9 {
        (v / 1e9, "bn")
    } else if v.abs() >= 1e6 {
        (v / 1e6, "M")
    } else {
        (v, "")
    }
}

/// Appends one figure to `out`, scaled to "tn", "bn" or "M" and with at most three decimals:
/// "1.2bn", "24", "0.125".
fn push_number(out: &mut String, v: f64) {
    let (scaled, suffix) = scaled(v);
    // Whole numbers (most figures) skip float formatting, which costs far more.
    if scaled.fract() == 0.0 && scaled.abs() < 1e15 && !(scaled == 0.0 && scaled.is_sign_negative())
    {
        let _ = write!(out, "{}", scaled as i64);
    } else {
        let start = out.len();
        let _ = write!(out, "{:.3}", scaled);
        while out[start..].contains('.') && (out.ends_with('0') || out.ends_with('.')) {
            out.pop();
        }
    }
    out.push_str(suffix);
}

/// The sign written before a currency figure ("$5"), or None for other units.
fn currency_sign(unit: Option<&str>) -> Option<&'static str> {
    match unit {
        Some("USD") => Some("$"),
        Some("EUR") => Some("€"),
        Some("GBP") => Some("£"),
        _ => None,
    }
}

/// True for a three-letter currency code written before its figure ("CAD 5").
fn currency_code(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// A compact rendering of a figure: "50+", "~24", "25%", "$1.2bn", "20–30 minute".
pub fn format_figure(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
) -> String {
    let mut out = String::with_capacity(32);
    if qualifier != Qualifier::MoreThan {
        out.push_str(qualifier.symbol());
    }
    let sign = currency_sign(unit);
    match (sign, unit) {
        (Some(sign), _) => out.push_str(sign),
        (None, Some(u)) if u != "percent" && currency_code(u) => {
            out.push_str(u);
            out.push(' ');
        }
        _ => {}
    }
    push_number(&mut out, value);
    if let Some(m) = value_max {
        out.push('–');
        push_number(&mut out, m);
    }
    match (sign, unit) {
        (None, Some("percent")) => out.push('%'),
        (None, Some(u)) if !currency_code(u) => {
            out.push(' ');
            out.push_str(u);
        }
        _ => {}
    }
    if qualifier == Qualifier::MoreThan {
        out.push('+');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_render_compactly() {
        for (value, max, qualifier, unit, want) in [
            (50.0, None, Qualifier::MoreThan, None, "50+"),
            (1.2e9, None, Qualifier::Exact, Some("USD"), "$1.2bn"),
            (25.0, None, Qualifier::Exact, Some("percent"), "25%"),
            (
                20.0,
                Some(30.0),
                Qualifier::Approx,
                Some("minute"),
                "~20–30 minute",
            ),
            (5.0, None, Qualifier::AtLeast, Some("CAD"), "≥CAD 5"),
            (0.125, None, Qualifier::Exact, Some("km"), "0.125 km"),
            (3.5e12, None, Qualifier::LessThan, Some("EUR"), "<€3.5tn"),
        ] {
            assert_eq!(format_figure(value, max, qualifier, unit), want);
        }
    }

    #[test]
    fn whole_numbers_render_as_float_formatting_would() {
        let slow = |v: f64| {
            let mut s = format!("{v:.3}");
            while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
                s.pop();
            }
            s
        };
        for v in [
            0.0, -0.0, 1.0, -7.0, 12.0, 999_999.0, -450_000.0, 2.5e14, 1e15, 3.0e20,
        ] {
            let (s, suffix) = scaled(v);
            assert_eq!(
                format_figure(v, None, Qualifier::Exact, None),
                format!("{}{suffix}", slow(s))
            );
        }
    }
}
