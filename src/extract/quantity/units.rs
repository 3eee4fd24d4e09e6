//! Units and currencies around a number: currency symbols, codes and words ("$", "US$",
//! "EUR", "pesos"), one- and two-word units ("km", "per cent", "square miles"), and pence.

use super::{word_at, Atom};
use crate::extract::tokens::{Kind, Tok};

/// Currency named by a symbol, with the word or letters glued before it ("US$", "C$", "MX$").
pub(super) fn currency_symbol(sym: &str, prefix: Option<&str>) -> Option<&'static str> {
    Some(match sym {
        "$" => match prefix.map(|p| p.to_ascii_uppercase()).as_deref() {
            Some("C" | "CA" | "CAN") => "CAD",
            Some("MX" | "MEX") => "MXN",
            Some("A" | "AU") => "AUD",
            Some("HK") => "HKD",
            Some("NZ") => "NZD",
            Some("R") => "BRL",
            Some("S" | "SG") => "SGD",
            _ => "USD",
        },
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "₩" => "KRW",
        "₽" => "RUB",
        _ => return None,
    })
}

pub(super) fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "MXN" => "MXN",
        "GBP" => "GBP",
        "CAD" => "CAD",
        "JPY" => "JPY",
        "CNY" => "CNY",
        "BRL" => "BRL",
        "CHF" => "CHF",
        "INR" => "INR",
        "AUD" => "AUD",
        "NZD" => "NZD",
        "HKD" => "HKD",
        "SGD" => "SGD",
        "MYR" | "RM" => "MYR",
        "ILS" | "NIS" => "ILS",
        "KRW" => "KRW",
        "ZAR" => "ZAR",
        "RMB" => "CNY",
        "Rs" => "INR",
        _ => return None,
    })
}

/// The currency written right before the number token at `start`, and where its surface
/// begins: a symbol ("$", "€"), a symbol with its country letters before or after it ("US$",
/// "HK $", "$US", "$A"), a code glued or spaced ("USD 5", "EUR50m", "RM23.50"), and the ASCII
/// renderings that transliteration leaves of "£" and "¥" ("PS6m", "Y=590"). `plain` says the
/// number has no separator, decimal or scale: "PS4" is a console, not four pounds.
pub(super) fn currency_before(
    toks: &[Tok],
    start: usize,
    plain: bool,
) -> Option<(&'static str, usize)> {
    let p = toks.get(start.checked_sub(1)?)?;
    let num_glued = !toks[start].space_before;
    if let Some(cur) = currency_symbol(p.text, None) {
        if start >= 2 && toks[start - 2].kind == Kind::Word {
            let w = toks[start - 2].text;
            // "US$", "C$", "MX$"; spaced only for a capitalised country pair ("HK $3.7").
            let glued = !p.space_before && w.len() <= 3;
            let spaced = p.space_before
                && num_glued
                && matches!(w, "US" | "HK" | "NZ" | "AU" | "CA" | "MX" | "SG" | "S");
            if glued || spaced {
                let code = if w.eq_ignore_ascii_case("US") {
                    "USD"
                } else {
                    currency_symbol(p.text, Some(w)).unwrap_or(cur)
                };
                return Some((code, start - 2));
            }
        }
        return Some((cur, start - 1));
    }
    if p.kind != Kind::Word {
        if p.text == "="
            && !p.space_before
            && num_glued
            && start >= 2
            && toks[start - 2].text == "Y"
        {
            return Some(("JPY", start - 2));
        }
        return None;
    }
    if let Some(code) = currency_code(p.text) {
        return Some((code, start - 1));
    }
    if !num_glued {
        return None;
    }
    if p.text == "PS" && !plain {
        return Some(("GBP", start - 1));
    }
    // "$US55,931,000", "$A82,615,680": the country letters after the symbol.
    if start >= 2
        && toks[start - 2].text == "$"
        && !p.space_before
        && matches!(
            p.text,
            "US" | "A" | "AU" | "NZ" | "HK" | "C" | "CA" | "S" | "SG"
        )
    {
        let code = currency_symbol("$", Some(p.text)).unwrap_or("USD");
        return Some((code, start - 2));
    }
    None
}

/// Currency named by a word after the number ("dollars", "pesos", "euros").
pub(super) fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "dólar" | "dólares" | "dolares" => "USD",
        "euro" | "euros" => "EUR",
        "peso" | "pesos" | "mdp" => "MXN",
        "yen" => "JPY",
        "yuan" | "renminbi" => "CNY",
        "rupee" | "rupees" | "rupias" => "INR",
        "reais" | "reales" => "BRL",
        "sterling" => "GBP",
        "shekel" | "shekels" | "séquel" => "ILS",
        "ringgit" => "MYR",
        "rupiah" => "IDR",
        "baht" => "THB",
        "lira" | "liras" => "TRY",
        "cent" | "cents" | "centavos" => "cent",
        _ => return None,
    })
}

/// A unit named by one word (either language) → its normalised English name.
pub(super) fn unit_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "percent" | "pct" | "porciento" | "pc" => "percent",
        "ghz" | "gigahertz" => "gigahertz",
        "mhz" | "megahertz" => "megahertz",
        "khz" | "kilohertz" => "kilohertz",
        "hz" | "hertz" => "hertz",
        "nm" | "nanometer" | "nanometers" | "nanometre" | "nanometres" => "nanometre",
        "bhp" => "horsepower",
        "mbps" => "megabit per second",
        "gbps" => "gigabit per second",
        "w" | "watt" | "watts" | "vatios" => "watt",
        "min" | "sec" | "secs" => {
            if w.starts_with('m') {
                "minute"
            } else {
                "second"
            }
        }
        "h" => "hour",
        "year" | "years" | "yr" | "yrs" | "año" | "años" => "year",
        "month" | "months" | "mes" | "meses" => "month",
        "week" | "weeks" | "semana" | "semanas" => "week",
        "day" | "days" | "día" | "días" | "dia" | "dias" => "day",
        "hour" | "hours" | "hrs" | "hora" | "horas" => "hour",
        "minute" | "minutes" | "mins" | "minuto" | "minutos" => "minute",
        "second" | "seconds" | "segundo" | "segundos" => "second",
        "decade" | "decades" | "década" | "décadas" => "decade",
        "century" | "centuries" | "siglo" | "siglos" => "century",
        "km" | "kms" | "kilometer" | "kilometers" | "kilometre" | "kilometres" | "kilómetro"
        | "kilómetros" => "km",
        "mile" | "miles" | "milla" | "millas" => "mile",
        "m" | "meter" | "meters" | "metre" | "metres" | "metro" | "metros" => "m",
        "cm" | "centimeter" | "centimeters" | "centímetros" | "centimetres" => "cm",
        "mm" | "millimeter" | "millimeters" | "milímetros" | "millimetres" => "mm",
        "ft" | "foot" | "feet" | "pies" => "foot",
        "inch" | "inches" | "pulgadas" => "inch",
        "yard" | "yards" | "yardas" => "yard",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" | "kilogramo" | "kilogramos" => {
            "kg"
        }
        "g" | "gram" | "grams" | "gramo" | "gramos" => "g",
        "lb" | "lbs" | "pound" | "pounds" | "libras" => "lb",
        "ounce" | "ounces" | "oz" | "onzas" => "ounce",
        "ton" | "tons" | "tonne" | "tonnes" | "tonelada" | "toneladas" | "t" => "ton",
        "hectare" | "hectares" | "ha" | "hectárea" | "hectáreas" | "hectareas" => "hectare",
        "acre" | "acres" => "acre",
        "barrel" | "barrels" | "barril" | "barriles" | "bpd" => "barrel",
        "liter" | "liters" | "litre" | "litres" | "litro" | "litros" | "l" => "liter",
        "gallon" | "gallons" | "galones" => "gallon",
        "degree" | "degrees" | "grado" | "grados" => "degree",
        "celsius" | "centígrados" => "celsius",
        "fahrenheit" | "degf" => "fahrenheit",
        "degc" => "celsius",
        "deg" | "degs" => "degree",
        "point" | "points" | "punto" | "puntos" => "point",
        "mph" => "mph",
        "mpg" => "mile per gallon",
        "kph" | "kmh" => "km/h",
        "mw" | "megawatt" | "megawatts" | "megavatios" => "megawatt",
        "gw" | "gigawatt" | "gigawatts" => "gigawatt",
        "kw" | "kilowatt" | "kilowatts" => "kilowatt",
        "kwh" => "kilowatt hour",
        "mwh" => "megawatt hour",
        "gwh" => "gigawatt hour",
        "twh" => "terawatt hour",
        "gb" | "gigabyte" | "gigabytes" => "gigabyte",
        "tb" | "terabyte" | "terabytes" => "terabyte",
        "hp" | "horsepower" => "horsepower",
        "rpm" => "rpm",
        "mg" | "milligram" | "milligrams" | "miligramos" => "mg",
        "ml" | "milliliter" | "milliliters" | "mililitros" => "ml",
        "volt" | "volts" | "voltios" => "volt",
        "fold" => "fold",
        _ => return None,
    })
}

/// Units that read as units only when written right after a number ("5m", "3 t").
pub(super) fn ambiguous_unit(w: &str) -> bool {
    matches!(
        w,
        "m" | "g"
            | "t"
            | "l"
            | "ha"
            | "second"
            | "seconds"
            | "segundo"
            | "segundos"
            | "w"
            | "h"
            | "min"
            | "sec"
            | "pc"
            | "nm"
    )
}

/// Two-word units right after a number: (first word, second word, unit).
pub(super) const TWO_WORD_UNITS: &[(&str, &str, &str)] = &[
    ("deg", "c", "celsius"),
    ("deg", "f", "fahrenheit"),
    ("degrees", "celsius", "celsius"),
    ("degrees", "fahrenheit", "fahrenheit"),
    ("grados", "centígrados", "celsius"),
    ("grados", "celsius", "celsius"),
    ("sq", "m", "m2"),
    ("sq", "ft", "square foot"),
    ("square", "feet", "square foot"),
    ("per", "cent", "percent"),
    ("por", "ciento", "percent"),
    ("percentage", "point", "percentage point"),
    ("percentage", "points", "percentage point"),
    ("puntos", "porcentuales", "percentage point"),
    ("punto", "porcentual", "percentage point"),
    ("basis", "points", "basis point"),
    ("square", "kilometers", "km2"),
    ("square", "kilometres", "km2"),
    ("square", "miles", "square mile"),
    ("square", "meters", "m2"),
    ("square", "metres", "m2"),
    ("metric", "tons", "ton"),
    ("cubic", "meters", "m3"),
];

/// A multi-word unit starting at `i` (lower-case words): returns (unit, tokens used).
pub(super) fn multi_unit(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
    let w = |k: usize| word_at(toks, i + k).unwrap_or_default();
    let a = w(0);
    if !multi_unit_first_word(&a) {
        return None;
    }
    let b = w(1);
    for &(x, y, u) in TWO_WORD_UNITS {
        if a == x && b == y && toks[i + 1].space_before {
            return Some((u, 2));
        }
    }
    if matches!(a.as_str(), "kilómetros" | "metros") && matches!(b.as_str(), "cuadrados") {
        return Some((if a == "metros" { "m2" } else { "km2" }, 2));
    }
    // "km/h", "kilometers per hour", "miles per hour", "years old"
    if matches!(
        a.as_str(),
        "km" | "kilometers" | "kilómetros" | "kilometres"
    ) && toks
        .get(i + 1)
        .is_some_and(|t| t.text == "/" || t.is("per") || t.is("por"))
        && word_at(toks, i + 2).is_some_and(|h| matches!(h.as_str(), "h" | "hr" | "hour" | "hora"))
    {
        return Some(("km/h", 3));
    }
    if matches!(a.as_str(), "miles" | "mile") && word_at(toks, i + 1).as_deref() == Some("per") {
        match word_at(toks, i + 2).as_deref() {
            Some("hour") => return Some(("mph", 3)),
            Some("gallon") => return Some(("mile per gallon", 3)),
            _ => {}
        }
    }
    if matches!(a.as_str(), "years" | "year") && b == "old" {
        return Some(("year", 2));
    }
    None
}

/// The words a multi-word unit starts with: the first words of [`TWO_WORD_UNITS`] and those
/// that [`multi_unit`] matches itself.
pub(super) fn multi_unit_first_word(w: &str) -> bool {
    matches!(
        w,
        "deg"
            | "degrees"
            | "grados"
            | "sq"
            | "square"
            | "per"
            | "por"
            | "percentage"
            | "puntos"
            | "punto"
            | "basis"
            | "metric"
            | "cubic"
            | "kilómetros"
            | "metros"
            | "km"
            | "kilometers"
            | "kilometres"
            | "miles"
            | "mile"
            | "years"
            | "year"
    )
}

/// "164p", "118.5p": pence, glued to a price; not a video resolution ("1080p").
pub(super) fn pence(a: &Atom, toks: &[Tok]) -> bool {
    toks.get(a.end)
        .is_some_and(|t| t.text == "p" && !t.space_before)
        && toks
            .get(a.end + 1)
            .is_none_or(|t| t.space_before || t.kind != Kind::Word)
        && !(a.plain_digits && matches!(a.value as i64, 360 | 480 | 576 | 720 | 1080 | 1440 | 2160))
}

#[cfg(test)]
mod tests {
    use super::super::testing::*;
    use super::*;
    use crate::model::Lang;

    #[test]
    fn every_two_word_unit_starts_with_a_first_word() {
        for (x, _, _) in TWO_WORD_UNITS {
            assert!(multi_unit_first_word(x), "{x}");
        }
    }

    #[test]
    fn currencies_written_every_way() {
        let u = |v: f64, c: &str| (v, Some(c.to_string()));
        assert_eq!(unit("a charge of EUR45m"), u(45e6, "EUR"));
        assert_eq!(unit("worth $A82,500,000"), u(82.5e6, "AUD"));
        assert_eq!(unit("worth $US5 billion"), u(5e9, "USD"));
        assert_eq!(unit("a loss of HK $2.1 billion"), u(2.1e9, "HKD"));
        assert_eq!(unit("rose to RM4.35"), u(4.35, "MYR"));
        assert_eq!(unit("set aside NIS 900 million"), u(9e8, "ILS"));
        assert_eq!(unit("a PS45m fee"), u(45e6, "GBP"));
        assert_eq!(unit("a profit of Y=1.2 trillion"), u(1.2e12, "JPY"));
        assert_eq!(unit("a further S $3mil"), u(3e6, "SGD"));
        assert_eq!(unit("costs 54 € a month"), u(54.0, "EUR"));
        assert_eq!(unit("slipped to 212p"), u(212.0, "penny"));
        assert_eq!(unit("paid 3.5 billion shekels"), u(3.5e9, "ILS"));
        assert!(q("the PS5 and 1080p video", Lang::En).is_empty());
    }
}
