//! How a claim's figure is written for people: "50+", "~24", "25%", "$1.2bn", "20–30 minutes",
//! "10,000" (or "10.000" in Spanish), "2½ hours", "45 minutos". Part of the model so that every
//! layer above it (extraction labels, render, the commands) formats figures the same way
//! without depending on the extractor.

use std::fmt::Write;

use super::{Claim, Lang, Qualifier};

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

/// The vulgar fraction glyph of an exact fractional part, if it has one.
fn fraction_glyph(fract: f64) -> Option<char> {
    const GLYPHS: [(f64, char); 5] = [
        (0.5, '½'),
        (0.25, '¼'),
        (0.75, '¾'),
        (1.0 / 3.0, '⅓'),
        (2.0 / 3.0, '⅔'),
    ];
    GLYPHS
        .iter()
        .find(|(f, _)| (fract - f).abs() < 1e-9)
        .map(|(_, g)| *g)
}

/// The digits of a whole number with the thousands grouped as `lang` writes them: "10,000" in
/// English (from 1,000), "10.000" in Spanish (from 10.000, as the RAE has it).
fn grouped(whole: u64, lang: Lang) -> String {
    let digits = whole.to_string();
    let (sep, from) = match lang {
        Lang::En => (',', 1_000),
        Lang::Es => ('.', 10_000),
    };
    if whole < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// Appends one figure to `out` in `lang`'s notation: scaled to "tn", "bn" or "M" from a
/// million, thousands grouped below ("10,000"), at most three decimals with `lang`'s decimal
/// mark, and, when `fractions` allows, "½", "⅓", "¼" for exact fractions ("2½"); with `cents`
/// (money), a fractional amount below a million shows at least two decimals ("2.50").
fn push_number_in(out: &mut String, v: f64, lang: Lang, fractions: bool, cents: bool) {
    let (scaled, suffix) = scaled(v);
    if scaled < 0.0 {
        out.push('-');
    }
    let abs = scaled.abs();
    let (whole, fract) = (abs.trunc(), abs.fract());
    if abs >= 1e15 {
        let _ = write!(out, "{abs}");
    } else if fract == 0.0 {
        out.push_str(&grouped(whole as u64, lang));
    } else if let Some(glyph) = fraction_glyph(fract).filter(|_| fractions && suffix.is_empty()) {
        if whole > 0.0 {
            out.push_str(&grouped(whole as u64, lang));
        }
        out.push(glyph);
    } else {
        // Three decimals at most, trailing zeros dropped.
        let thousandths = (abs * 1000.0).round() as u64;
        out.push_str(&grouped(thousandths / 1000, lang));
        let decimals = format!("{:03}", thousandths % 1000);
        // Money below a million keeps its cents as written: "$2.50", never "$2.5".
        let keep = if cents && suffix.is_empty() { 2 } else { 0 };
        let trimmed = decimals.trim_end_matches('0').len().max(keep);
        let decimals = &decimals[..trimmed];
        if !decimals.is_empty() {
            out.push(if lang == Lang::Es { ',' } else { '.' });
            out.push_str(decimals);
        }
    }
    out.push_str(suffix);
}

/// A number in people's notation in `lang`: "10,000", "1.3bn", "2.75" ("10.000", "2,75").
pub fn format_number(v: f64, lang: Lang) -> String {
    let mut out = String::new();
    push_number_in(&mut out, v, lang, false, false);
    out
}

/// A signed change in people's notation: "+1.3bn", "-300M", "+2,400", "+0.5".
pub fn format_delta(delta: f64, lang: Lang) -> String {
    let mut out = String::from(if delta >= 0.0 { "+" } else { "" });
    push_number_in(&mut out, delta, lang, false, false);
    out
}

/// A relative change to one decimal in `lang`'s notation: "+34.8%", "-5.0%" ("+34,8%").
pub fn format_percent_change(pct: f64, lang: Lang) -> String {
    if !pct.is_finite() {
        return format!("{pct}%");
    }
    let tenths = (pct.abs() * 10.0).round() as u64;
    let mark = if lang == Lang::Es { ',' } else { '.' };
    format!(
        "{}{}{mark}{}%",
        if pct >= 0.0 { "+" } else { "-" },
        grouped(tenths / 10, lang),
        tenths % 10
    )
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

/// True for a three-letter currency code ("CAD"): a unit that is money, written before its
/// figure ("CAD 5").
pub(crate) fn currency_code(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// Units written the same in the plural: abbreviations, scales and names of scales.
const INVARIANT_UNITS: &[&str] = &[
    "a few dozen",
    "celsius",
    "cm",
    "fahrenheit",
    "fold",
    "g",
    "hertz",
    "horsepower",
    "kg",
    "km",
    "km/h",
    "lb",
    "m",
    "mg",
    "ml",
    "mm",
    "mph",
    "rpm",
];

/// An English unit name's plural: "hours", "feet", "centuries", "miles per gallon",
/// "basis points"; abbreviations stay as they are.
fn english_plural(unit: &str) -> String {
    if INVARIANT_UNITS.contains(&unit) {
        return unit.to_string();
    }
    // "mile per gallon": the first word takes the plural; otherwise the last one.
    let (head, tail) = match unit.split_once(" per ") {
        Some((h, t)) => (h, format!(" per {t}")),
        None => (unit, String::new()),
    };
    let (before, last) = match head.rsplit_once(' ') {
        Some((b, l)) => (format!("{b} "), l),
        None => (String::new(), head),
    };
    let plural = match last {
        "foot" => "feet".to_string(),
        "inch" => "inches".to_string(),
        "century" => "centuries".to_string(),
        w => format!("{w}s"),
    };
    format!("{before}{plural}{tail}")
}

/// The Spanish name of a unit, singular and plural, for the units Spanish news writes in words.
fn spanish_unit(unit: &str) -> Option<(&'static str, &'static str)> {
    Some(match unit {
        "year" => ("año", "años"),
        "month" => ("mes", "meses"),
        "week" => ("semana", "semanas"),
        "day" => ("día", "días"),
        "hour" => ("hora", "horas"),
        "minute" => ("minuto", "minutos"),
        "second" => ("segundo", "segundos"),
        "decade" => ("década", "décadas"),
        "century" => ("siglo", "siglos"),
        "ton" => ("tonelada", "toneladas"),
        "hectare" => ("hectárea", "hectáreas"),
        "barrel" => ("barril", "barriles"),
        "mile" => ("milla", "millas"),
        "liter" => ("litro", "litros"),
        "degree" => ("grado", "grados"),
        "point" => ("punto", "puntos"),
        "percentage point" => ("punto porcentual", "puntos porcentuales"),
        "basis point" => ("punto básico", "puntos básicos"),
        "kilowatt" => ("kilovatio", "kilovatios"),
        "megawatt" => ("megavatio", "megavatios"),
        "gigawatt" => ("gigavatio", "gigavatios"),
        _ => return None,
    })
}

/// Units of area and volume written with a superscript after a figure in either language
/// ("600,000 m³", "12 km²"), the same in the plural.
fn superscript_unit(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "m2" => "m²",
        "m3" => "m³",
        "km2" => "km²",
        _ => return None,
    })
}

/// A unit's name as written after a figure in `lang`, plural when `plural`.
fn unit_name(unit: &str, plural: bool, lang: Lang) -> String {
    if let Some(sup) = superscript_unit(unit) {
        return sup.to_string();
    }
    match (lang, spanish_unit(unit)) {
        (Lang::Es, Some((one, many))) => (if plural { many } else { one }).to_string(),
        _ if plural => english_plural(unit),
        _ => unit.to_string(),
    }
}

/// Units whose fractions people write as "½", "¼", "⅓": everyday durations and imperial or
/// kitchen measures ("2½ hours", "1½ miles", "½ cup"). Every other unit (degrees, seconds,
/// kilometres, percentage points, magnitudes) is written with decimals ("1.5°C", "3.5 seconds").
const FRACTION_UNITS: &[&str] = &[
    "cup",
    "day",
    "foot",
    "hour",
    "inch",
    "mile",
    "month",
    "pint",
    "pound",
    "tablespoon",
    "teaspoon",
    "week",
    "year",
];

/// Rule `fractions_where_people_write_them`: a figure takes a fraction glyph only when it is a
/// share below one with no unit ("½ of the country", "¼ of adults") or a quantity of a unit in
/// [`FRACTION_UNITS`]; counts and measures above one without a unit ("magnitude 6.5") and
/// every other unit keep decimals.
fn fractions_allowed(value: f64, value_max: Option<f64>, unit: Option<&str>) -> bool {
    match unit {
        None => value.abs() < 1.0 && value_max.is_none_or(|m| m.abs() < 1.0),
        Some(u) => FRACTION_UNITS.contains(&u),
    }
}

/// Temperature units written as a symbol glued to the figure ("1.5°C", "98°F").
fn temperature_symbol(unit: &str) -> Option<&'static str> {
    match unit {
        "celsius" => Some("°C"),
        "fahrenheit" => Some("°F"),
        _ => None,
    }
}

/// A compact rendering of a figure in English: "50+", "~24", "25%", "$1.2bn", "10,000",
/// "20–30 minutes", "2½ hours" (see [`format_figure_in`]).
pub fn format_figure(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
) -> String {
    format_figure_in(value, value_max, qualifier, unit, Lang::En)
}

/// A compact rendering of a figure in `lang`'s notation: thousands grouped ("10,000",
/// "10.000"), millions and up scaled ("1.2bn"), units in the plural and, in Spanish, in Spanish
/// where the unit has a common name ("45 minutos"), exact halves, thirds and quarters of
/// counted or measured things as "½", "⅓", "¼".
pub fn format_figure_in(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
    lang: Lang,
) -> String {
    let mut out = String::with_capacity(32);
    if qualifier != Qualifier::MoreThan {
        out.push_str(qualifier.symbol());
    }
    let sign = currency_sign(unit);
    let is_currency = sign.is_some() || unit.is_some_and(currency_code);
    match (sign, unit) {
        (Some(sign), _) => out.push_str(sign),
        (None, Some(u)) if u != "percent" && currency_code(u) => {
            out.push_str(u);
            out.push(' ');
        }
        _ => {}
    }
    let fractions = !is_currency && fractions_allowed(value, value_max, unit);
    push_number_in(&mut out, value, lang, fractions, is_currency);
    if let Some(m) = value_max {
        out.push('–');
        push_number_in(&mut out, m, lang, fractions, is_currency);
    }
    match (sign, unit) {
        (None, Some("percent")) => out.push('%'),
        (None, Some(u)) if temperature_symbol(u).is_some() => {
            out.push_str(temperature_symbol(u).unwrap_or_default());
        }
        // Rule `pence_glued`: pence are written as the article writes them, "142.6p" (never
        // "142.6 pennys").
        (None, Some("penny")) if lang == Lang::En => out.push('p'),
        (None, Some(u)) if !currency_code(u) => {
            // "½ hour" but "0.5 seconds": a unit is singular for one and for a glyph fraction.
            let glyph_fraction =
                fractions && value.abs() < 1.0 && fraction_glyph(value.abs()).is_some();
            let plural = value_max.is_some() || (value.abs() != 1.0 && !glyph_fraction);
            out.push(' ');
            out.push_str(&unit_name(u, plural, lang));
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
                "~20–30 minutes",
            ),
            (5.0, None, Qualifier::AtLeast, Some("CAD"), "≥CAD 5"),
            (0.125, None, Qualifier::Exact, Some("km"), "0.125 km"),
            (3.5e12, None, Qualifier::LessThan, Some("EUR"), "<€3.5tn"),
            (1.0, None, Qualifier::Exact, Some("hour"), "1 hour"),
        ] {
            assert_eq!(format_figure(value, max, qualifier, unit), want);
        }
    }

    #[test]
    fn peoples_notation_in_english_and_spanish() {
        let es = |v: f64, u: Option<&str>| format_figure_in(v, None, Qualifier::Exact, u, Lang::Es);
        let en = |v: f64, u: Option<&str>| format_figure_in(v, None, Qualifier::Exact, u, Lang::En);
        assert_eq!(en(10_000.0, None), "10,000");
        assert_eq!(es(10_000.0, None), "10.000");
        assert_eq!(en(2_400.0, None), "2,400");
        assert_eq!(es(2_400.0, None), "2400");
        assert_eq!(en(3.0, Some("decade")), "3 decades");
        assert_eq!(es(45.0, Some("minute")), "45 minutos");
        assert_eq!(es(1.0, Some("month")), "1 mes");
        assert_eq!(es(300.0, Some("megawatt")), "300 megavatios");
        assert_eq!(en(2.5, Some("hour")), "2½ hours");
        assert_eq!(en(0.5, None), "½");
        assert_eq!(en(1.0 / 3.0, Some("mile")), "⅓ mile");
        assert_eq!(es(2.75, Some("percent")), "2,75%");
        // Money keeps its cents below a million ("$2.50", "$3.499"), not above ("$1.25bn").
        assert_eq!(en(2.5, Some("USD")), "$2.50");
        assert_eq!(en(3.499, Some("USD")), "$3.499");
        assert_eq!(es(2.5, Some("EUR")), "€2,50");
        assert_eq!(en(1.25e9, Some("USD")), "$1.25bn");
        assert_eq!(en(2.0, Some("USD")), "$2");
        assert_eq!(en(12.0, Some("square foot")), "12 square feet");
        assert_eq!(en(30.0, Some("mile per gallon")), "30 miles per gallon");
        assert_eq!(en(8.0, Some("km")), "8 km");
        // Area and volume with their superscripts, never "m3s".
        assert_eq!(es(600_000.0, Some("m3")), "600.000 m³");
        assert_eq!(en(12.0, Some("km2")), "12 km²");
        assert_eq!(en(300.0, Some("horsepower")), "300 horsepower");
        assert_eq!(en(142.6, Some("penny")), "142.6p");
        assert_eq!(en(999.9996, None), "1,000");
        assert_eq!(format_delta(1.3e9, Lang::En), "+1.3bn");
        assert_eq!(format_delta(-3e8, Lang::En), "-300M");
        assert_eq!(format_delta(-700.0, Lang::En), "-700");
        assert_eq!(format_delta(12_500.0, Lang::Es), "+12.500");
        assert_eq!(format_percent_change(34.78, Lang::Es), "+34,8%");
        assert_eq!(format_percent_change(34.78, Lang::En), "+34.8%");
        assert_eq!(format_percent_change(-5.0, Lang::En), "-5.0%");
        assert_eq!(format_percent_change(12_345.6, Lang::Es), "+12.345,6%");
    }

    #[test]
    fn numbers_of_every_size_render() {
        for (v, want) in [
            (0.0, "0"),
            (-0.0, "0"),
            (-7.0, "-7"),
            (999_999.0, "999,999"),
            (-450_000.0, "-450,000"),
            (2.5e14, "250tn"),
            (3.0e20, "300,000,000tn"),
            (0.0001, "0"),
        ] {
            assert_eq!(format_figure(v, None, Qualifier::Exact, None), want, "{v}");
        }
        assert_eq!(format_number(1.25e6, Lang::En), "1.25M");
        assert_eq!(format_number(1.25e6, Lang::Es), "1,25M");
    }

    #[test]
    fn fractions_only_where_people_write_them() {
        let en = |v: f64, u: Option<&str>| format_figure_in(v, None, Qualifier::Exact, u, Lang::En);
        let es = |v: f64, u: Option<&str>| format_figure_in(v, None, Qualifier::Exact, u, Lang::Es);
        // Glyphs: shares below one, everyday durations and imperial measures.
        assert_eq!(en(0.25, None), "¼");
        assert_eq!(en(1.5, Some("hour")), "1½ hours");
        assert_eq!(en(0.5, Some("cup")), "½ cup");
        assert_eq!(es(2.5, Some("year")), "2½ años");
        // Decimals: temperatures, seconds, percentage points, metric units, bare measures.
        assert_eq!(en(1.5, Some("celsius")), "1.5°C");
        assert_eq!(en(98.5, Some("fahrenheit")), "98.5°F");
        assert_eq!(en(3.5, Some("second")), "3.5 seconds");
        assert_eq!(en(0.25, Some("percentage point")), "0.25 percentage points");
        assert_eq!(en(2.5, Some("km")), "2.5 km");
        assert_eq!(en(6.5, None), "6.5");
        assert_eq!(es(44.5, Some("degree")), "44,5 grados");
        assert_eq!(en(0.05, Some("second")), "0.05 seconds");
    }
}
