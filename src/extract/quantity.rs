//! Quantities in one tokenized sentence: a number (digits, words, dozens, fractions, scaled)
//! with its qualifier, unit or currency, and range end; and the rules that tell a claim from
//! a date, a clock time, an ordinal, a name ("Boeing 737", "G7"), a phone number or list
//! numbering.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::numbers::{self, DecimalMark};
use super::tokens::{Kind, Lower, Tok};
use crate::model::{Lang, Qualifier};
use crate::text::with_lower;

/// A quantity found in a sentence, with token spans.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    /// Tokens of the whole surface (qualifier, currency, number, scale, unit).
    pub start: usize,
    pub end: usize,
    /// Tokens of the number itself.
    pub num_start: usize,
    pub num_end: usize,
}

/// A bare number before context is applied.
#[derive(Debug, Clone, Copy)]
struct Atom {
    start: usize,
    end: usize,
    value: f64,
    /// Written in digits without separators or scale (candidates for years, names, times).
    plain_digits: bool,
    /// A fraction or dozen pattern, already complete.
    fixed: bool,
    /// Written with a minus sign right before it ("-5 yards", "$-50.8bn", "-1.3%").
    negative: bool,
}

fn lower<'a>(t: &Tok<'a>) -> Lower<'a> {
    t.low()
}

/// Calls `f` with the token's text in lower case, without copying it when it already is.
fn with_low<R>(t: &Tok, f: impl FnOnce(&str) -> R) -> R {
    if t.lower_case {
        f(t.text)
    } else {
        with_lower(t.text, f)
    }
}

fn word_at<'a>(toks: &[Tok<'a>], i: usize) -> Option<Lower<'a>> {
    toks.get(i).filter(|t| t.kind == Kind::Word).map(lower)
}

fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
            | "enero"
            | "febrero"
            | "marzo"
            | "abril"
            | "mayo"
            | "junio"
            | "julio"
            | "agosto"
            | "septiembre"
            | "setiembre"
            | "octubre"
            | "noviembre"
            | "diciembre"
    )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "sábado"
            | "domingo"
    )
}

/// Currency named by a symbol, with the word or letters glued before it ("US$", "C$", "MX$").
fn currency_symbol(sym: &str, prefix: Option<&str>) -> Option<&'static str> {
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

fn currency_code(w: &str) -> Option<&'static str> {
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
fn currency_before(toks: &[Tok], start: usize, plain: bool) -> Option<(&'static str, usize)> {
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
fn currency_word(w: &str) -> Option<&'static str> {
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
fn unit_word(w: &str) -> Option<&'static str> {
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
fn ambiguous_unit(w: &str) -> bool {
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
const TWO_WORD_UNITS: &[(&str, &str, &str)] = &[
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
fn multi_unit(toks: &[Tok], i: usize) -> Option<(&'static str, usize)> {
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
fn multi_unit_first_word(w: &str) -> bool {
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

/// Qualifier phrases written before a number, longest first within each list.
const BEFORE: &[(&[&str], Qualifier)] = &[
    (&["more", "than"], Qualifier::MoreThan),
    (&["greater", "than"], Qualifier::MoreThan),
    (&["higher", "than"], Qualifier::MoreThan),
    (&["larger", "than"], Qualifier::MoreThan),
    (&["just", "over"], Qualifier::MoreThan),
    (&["well", "over"], Qualifier::MoreThan),
    (&["in", "excess", "of"], Qualifier::MoreThan),
    (&["upwards", "of"], Qualifier::MoreThan),
    (&["over"], Qualifier::MoreThan),
    (&["above"], Qualifier::MoreThan),
    (&["exceeding"], Qualifier::MoreThan),
    (&["poco", "más", "de"], Qualifier::MoreThan),
    (&["más", "de"], Qualifier::MoreThan),
    (&["mas", "de"], Qualifier::MoreThan),
    (&["por", "encima", "de"], Qualifier::MoreThan),
    (&["superior", "a"], Qualifier::MoreThan),
    (&["at", "least"], Qualifier::AtLeast),
    (&["no", "fewer", "than"], Qualifier::AtLeast),
    (&["no", "less", "than"], Qualifier::AtLeast),
    (&["a", "minimum", "of"], Qualifier::AtLeast),
    (&["al", "menos"], Qualifier::AtLeast),
    (&["por", "lo", "menos"], Qualifier::AtLeast),
    (&["como", "mínimo"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["como", "máximo"], Qualifier::AtMost),
    (&["no", "más", "de"], Qualifier::AtMost),
    (&["hasta"], Qualifier::AtMost),
    (&["less", "than"], Qualifier::LessThan),
    (&["lower", "than"], Qualifier::LessThan),
    (&["smaller", "than"], Qualifier::LessThan),
    (&["fewer", "than"], Qualifier::LessThan),
    (&["just", "under"], Qualifier::LessThan),
    (&["under"], Qualifier::LessThan),
    (&["below"], Qualifier::LessThan),
    (&["menos", "de"], Qualifier::LessThan),
    (&["por", "debajo", "de"], Qualifier::LessThan),
    (&["an", "estimated"], Qualifier::Approx),
    (&["close", "to"], Qualifier::Approx),
    (&["cerca", "de"], Qualifier::Approx),
    (&["alrededor", "de"], Qualifier::Approx),
    (&["en", "torno", "a"], Qualifier::Approx),
    (&["del", "orden", "de"], Qualifier::Approx),
    (&["about"], Qualifier::Approx),
    (&["around"], Qualifier::Approx),
    (&["roughly"], Qualifier::Approx),
    (&["nearly"], Qualifier::Approx),
    (&["almost"], Qualifier::Approx),
    (&["approximately"], Qualifier::Approx),
    (&["approx"], Qualifier::Approx),
    (&["some"], Qualifier::Approx),
    (&["estimated"], Qualifier::Approx),
    (&["circa"], Qualifier::Approx),
    (&["casi"], Qualifier::Approx),
    (&["unos"], Qualifier::Approx),
    (&["unas"], Qualifier::Approx),
    (&["aproximadamente"], Qualifier::Approx),
    (&["aprox"], Qualifier::Approx),
];

/// A phrase of [`BEFORE`], as its words.
type Phrase = &'static [&'static str];

/// The phrases of [`BEFORE`] that end with one word, and that word.
type PhrasesEndingWith = (&'static str, Vec<(Phrase, Qualifier)>);

/// [`BEFORE`] indexed by the last word of each phrase (the word right before the number),
/// sorted by that word; each word's phrases longest first and otherwise in their order in
/// `BEFORE`, so that the first that matches is the one a scan of `BEFORE` for the longest
/// (and, among equals, first) match would pick.
fn before_by_last_word() -> &'static [PhrasesEndingWith] {
    static INDEX: OnceLock<Vec<PhrasesEndingWith>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<PhrasesEndingWith> = Vec::new();
        for &(phrase, q) in BEFORE {
            let last = phrase[phrase.len() - 1];
            match index.iter_mut().find(|(w, _)| *w == last) {
                Some((_, list)) => list.push((phrase, q)),
                None => index.push((last, vec![(phrase, q)])),
            }
        }
        for (_, list) in &mut index {
            // A stable sort: equal lengths keep the order of `BEFORE`.
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        index.sort_by_key(|(w, _)| *w);
        index
    })
}

/// Words (lower case) that close the qualifier scan: a number is not qualified across them.
fn qualifier_before(toks: &[Tok], start: usize) -> Option<(Qualifier, usize)> {
    // "~80%": a tilde glued before the figure.
    if start > 0 && toks[start - 1].text == "~" && !toks[start].space_before {
        return Some((Qualifier::Approx, start - 1));
    }
    // Collect up to four words right before `start` (skipping nothing but the words), nearest
    // first, as token indices: only the nearest is lower-cased unless a phrase ends with it.
    let mut near = [0usize; 4];
    let mut n = 0;
    let mut i = start;
    while i > 0 && n < 4 {
        i -= 1;
        let t = &toks[i];
        if t.kind != Kind::Word {
            if t.text == "." && i > 0 && toks[i - 1].is("approx") {
                continue;
            }
            break;
        }
        near[n] = i;
        n += 1;
    }
    if n == 0 {
        return None;
    }
    // Articles between a qualifier and its number: "hasta el 40%", "en torno al 11%",
    // "por encima del 4%".
    let mut first = 0;
    let mut last = lower(&toks[near[0]]);
    match last.as_str() {
        "el" | "la" | "los" | "las" | "the" => {
            if n == 1 {
                return None;
            }
            first = 1;
            last = lower(&toks[near[1]]);
        }
        "al" => last = Lower(Cow::Borrowed("a")),
        "del" => last = Lower(Cow::Borrowed("de")),
        _ => {}
    }
    // The words read back from the number; `last` is the first of them, as read.
    let words = &near[first..n];
    // "handed over 55", "talking about one million": a particle, not a qualifier.
    let wi = words[0];
    if matches!(last.as_str(), "over" | "around" | "about") && wi > 0 {
        let before = &toks[wi - 1];
        if before.kind == Kind::Word && particle_verb(&lower(before), &last) {
            return None;
        }
    }
    let index = before_by_last_word();
    let k = index
        .binary_search_by(|(w, _)| (*w).cmp(last.as_str()))
        .ok()?;
    // The longest phrase that the words before the number end with (each ends with `last`).
    index[k].1.iter().find_map(|&(phrase, q)| {
        let m = phrase.len();
        (m <= words.len()
            && phrase[..m - 1]
                .iter()
                .rev()
                .zip(&words[1..])
                .all(|(p, &j)| with_low(&toks[j], |w| w == *p)))
        .then(|| (q, words[m - 1]))
    })
}

/// Verbs after which "over" is a particle ("handed over 55"), and verbs after which "about"
/// or "around" is a preposition ("talking about one million").
fn particle_verb(w: &str, particle: &str) -> bool {
    match particle {
        "over" => matches!(
            w,
            "hand"
                | "hands"
                | "handed"
                | "handing"
                | "turn"
                | "turns"
                | "turned"
                | "turning"
                | "take"
                | "takes"
                | "took"
                | "taken"
                | "taking"
                | "pass"
                | "passed"
                | "fight"
                | "fought"
                | "argue"
                | "argued"
                | "watch"
                | "watched"
                | "preside"
                | "presided"
                | "sign"
                | "signed"
                | "signs"
                | "win"
                | "won"
                | "puts"
                | "put"
                | "blew"
                | "roll"
                | "rolled"
                | "spill"
                | "spilled"
                | "boil"
                | "boiled"
                | "hang"
                | "hung"
                | "pored"
        ),
        _ => matches!(
            w,
            "talk"
                | "talks"
                | "talked"
                | "talking"
                | "worry"
                | "worried"
                | "worries"
                | "know"
                | "knew"
                | "ask"
                | "asked"
                | "asking"
                | "care"
                | "cared"
                | "think"
                | "thought"
                | "hear"
                | "heard"
                | "read"
                | "learn"
                | "learned"
                | "brought"
                | "bring"
                | "came"
                | "come"
                | "wrote"
                | "write"
                | "spoke"
                | "speak"
                | "turned"
                | "turn"
                | "joked"
                | "complained"
                | "warned"
                | "wondered"
                | "lied"
                | "move"
                | "moved"
                | "moving"
                | "walk"
                | "walked"
                | "travel"
                | "traveled"
                | "travelled"
                | "spread"
                | "hablar"
                | "habló"
                | "sobre"
        ),
    }
}

/// Qualifiers written after the number and its unit ("or more", "or so", "+", "-plus", "o más").
fn qualifier_after(toks: &[Tok], end: usize) -> Option<(Qualifier, usize)> {
    let t = toks.get(end)?;
    if t.text == "+" && !t.space_before {
        return Some((Qualifier::MoreThan, end + 1));
    }
    if t.text == "-" && !t.space_before {
        if let Some(w) = word_at(toks, end + 1) {
            match w.as_str() {
                "plus" => return Some((Qualifier::MoreThan, end + 2)),
                "odd" => return Some((Qualifier::Approx, end + 2)),
                _ => {}
            }
        }
    }
    let a = word_at(toks, end)?;
    let b = word_at(toks, end + 1).unwrap_or_default();
    match (a.as_str(), b.as_str()) {
        ("or", "more") | ("o", "más") | ("or", "above") => Some((Qualifier::AtLeast, end + 2)),
        ("or", "so") => Some((Qualifier::Approx, end + 2)),
        ("or", "less") | ("or", "fewer") => Some((Qualifier::AtMost, end + 2)),
        ("plus", _) => Some((Qualifier::MoreThan, end + 1)),
        _ => None,
    }
}

fn is_year_like(a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits && toks[a.start].text.len() == 4 && (1800.0..=2100.0).contains(&a.value)
}

/// An era marker ("AD", "A.D.", "BC", "B.C.", "BCE", "CE") ending right before token `i`
/// (`before`) or starting at it.
fn era_marker(toks: &[Tok], i: usize, before: bool) -> bool {
    let era = |w: &str| {
        matches!(
            w,
            "ad" | "bc" | "bce" | "ce" | "a.d" | "b.c" | "b.c.e" | "c.e" | "a.c" | "d.c"
        )
    };
    // The marker's letters and dots as one lower-case string, read outwards from `i`.
    let mut s = String::new();
    if before {
        let mut k = i;
        while k > 0 && s.len() < 6 {
            let t = &toks[k - 1];
            if !(t.text == "." || t.kind == Kind::Word && t.text.len() <= 3) {
                break;
            }
            s.insert_str(0, &t.text.to_lowercase());
            k -= 1;
            if era(s.trim_end_matches('.')) && (k == 0 || toks[k].space_before) {
                return true;
            }
            if t.space_before {
                break;
            }
        }
    } else {
        let mut k = i;
        while k < toks.len() && s.len() < 6 {
            let t = &toks[k];
            if !(t.text == "." || t.kind == Kind::Word && t.text.len() <= 3)
                || k > i && t.space_before
            {
                break;
            }
            s.push_str(&t.text.to_lowercase());
            k += 1;
            if era(s.trim_end_matches('.'))
                && toks
                    .get(k)
                    .is_none_or(|n| n.space_before || n.kind == Kind::Punct)
            {
                return true;
            }
        }
    }
    false
}

/// A year named by its context rather than its size: after an era marker ("A.D. 79",
/// "1000 BC"), or a four-digit number after a temporal preposition ("by 2120", "in 1492",
/// "hacia 1500"; "by" only where no verb of change right before it makes it an amount, "rose
/// by 1500").
fn temporal_year(a: &Atom, toks: &[Tok]) -> bool {
    if !a.plain_digits || toks[a.start].kind != Kind::Num || toks[a.start].text.len() > 4 {
        return false;
    }
    if era_marker(toks, a.start, true) || era_marker(toks, a.end, false) {
        return true;
    }
    if toks[a.start].text.len() != 4 || !(1000.0..=2999.0).contains(&a.value) || a.start == 0 {
        return false;
    }
    word_at(toks, a.start - 1).is_some_and(|w| match w.as_str() {
        "in" | "until" | "till" | "since" | "before" | "after" | "circa" | "around" | "en"
        | "hacia" | "desde" | "hasta" | "antes" => true,
        "by" => {
            let lo = a.start.saturating_sub(3);
            !change_verb_within(&toks[lo..a.start - 1], a.start - 1 - lo)
        }
        _ => false,
    })
}

/// "between A.D. 1000 and 1260", "in 1492 and 1493": a number joined to the year just read
/// by "and", "to" or a dash, written as a year after it, is another year.
fn year_continues(prev_end: usize, prev: f64, a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits
        && toks[a.start].kind == Kind::Num
        && (3..=4).contains(&toks[a.start].text.len())
        && a.value > prev
        && a.start == prev_end + 1
        && matches!(
            toks[prev_end].text.to_lowercase().as_str(),
            "and" | "to" | "-" | "–" | "until" | "y" | "a" | "hasta"
        )
}

/// Finds the quantities of a tokenized sentence.
pub fn find(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Vec<Quantity> {
    let atoms = atoms(toks, lang, mark);
    let mut out: Vec<Quantity> = Vec::new();
    let mut consumed_until = 0usize;
    // Where the last number read as a year ended, and its value.
    let mut last_date: Option<(usize, f64)> = None;
    let mut k = 0;
    while k < atoms.len() {
        let a = atoms[k];
        k += 1;
        if a.start < consumed_until || excluded(&a, toks) {
            continue;
        }
        let Some(mut q) = build(&a, toks) else {
            continue;
        };
        // Ranges: "20-30", "20 to 30", "between 20 and 30", "entre 20 y 30", "de 20 a 30".
        if let Some(b) = atoms.get(k).copied() {
            if let Some(r) = range_with(&a, &q, &b, toks) {
                // "between 1600 and 1900", "1000-1260": a span of years.
                let year = |x: &Atom| {
                    x.plain_digits
                        && toks[x.start].text.len() == 4
                        && (1000.0..=2100.0).contains(&x.value)
                };
                if year(&a) && year(&b) && r.unit.is_none() && !counted_noun_follows(toks, b.end) {
                    consumed_until = r.end;
                    k += 1;
                    continue;
                }
                q = r;
                k += 1;
            }
        }
        // A year is a date unless the number reads as a quantity (unit, currency, qualifier).
        let dated = is_year_like(&a, toks)
            || temporal_year(&a, toks)
            || last_date.is_some_and(|(e, v)| year_continues(e, v, &a, toks));
        if dated
            && q.unit.is_none()
            && q.qualifier == Qualifier::Exact
            && q.value_max.is_none()
            && !counted_noun_follows(toks, a.end)
        {
            last_date = Some((a.end, a.value));
            continue;
        }
        consumed_until = q.end;
        out.push(q);
    }
    inherit_units(&mut out, toks);
    inherit_qualifiers(&mut out, toks);
    let vague = vague(toks, lang);
    if !vague.is_empty() {
        out.retain(|q| !vague.iter().any(|v| q.start < v.end && v.start < q.end));
        out.extend(vague);
        out.sort_by_key(|q| q.start);
    }
    out
}

/// Is `q` a vague plural or rough scale ("hundreds of", "several thousand", "decenas de")?
pub fn is_vague(q: &Quantity, toks: &[Tok]) -> bool {
    q.value_max == Some(q.value * 10.0)
        && word_at(toks, q.num_start).is_some_and(|w| {
            vague_plural(&w, Lang::En).is_some()
                || vague_plural(&w, Lang::Es).is_some()
                || matches!(
                    w.as_str(),
                    "several"
                        | "a"
                        | "few"
                        | "varios"
                        | "varias"
                        | "unos"
                        | "unas"
                        | "algunos"
                        | "algunas"
                )
        })
}

/// The base of a vague plural ("hundreds" → 100, "decenas" → 10), in the sentence's language.
fn vague_plural(w: &str, lang: Lang) -> Option<f64> {
    Some(match (lang, w) {
        (Lang::En, "tens") | (Lang::Es, "decenas") => 10.0,
        (Lang::En, "dozens") | (Lang::Es, "docenas") => 12.0,
        (Lang::En, "hundreds") | (Lang::Es, "cientos" | "centenares") => 100.0,
        (Lang::En, "thousands") | (Lang::Es, "miles") => 1e3,
        (Lang::En, "millions") | (Lang::Es, "millones") => 1e6,
        (Lang::En, "billions") => 1e9,
        _ => return None,
    })
}

/// Words that hedge a scale into a vague figure: "several hundred", "a few thousand",
/// "varios cientos", "unos miles".
fn hedge_word(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => matches!(w, "several" | "few"),
        Lang::Es => matches!(
            w,
            "varios" | "varias" | "unos" | "unas" | "algunos" | "algunas"
        ),
    }
}

/// Vague plurals and rough scales: "dozens of", "hundreds of", "tens of thousands of",
/// "several hundred", "a few thousand", "decenas de", "miles de millones de", "varios cientos".
/// Each is an order of magnitude, the range [S, 10·S] ("hundreds of" is 100–1000, "tens of
/// thousands" 10,000–100,000, "dozens" 12–120); a story that goes from "dozens" to "hundreds"
/// changed its claim. A plural scale right after a number ("2 millones de") is not vague.
fn vague(toks: &[Tok], lang: Lang) -> Vec<Quantity> {
    let mut out = Vec::new();
    let of = |k: usize| {
        word_at(toks, k).is_some_and(|w| match lang {
            Lang::En => w == "of",
            Lang::Es => w == "de",
        })
    };
    let mut i = 0;
    while i < toks.len() {
        // Only a vague plural or a hedge word opens a vague figure.
        let t = &toks[i];
        // All of them end in "s" but "several" and "few": look at the last byte before
        // lower-casing.
        if t.kind != Kind::Word
            || !(t.ends_with_letter(b's') || t.ends_with_letter(b'l') || t.ends_with_letter(b'w'))
            || !with_low(t, |w| {
                vague_plural(w, lang).is_some() || hedge_word(w, lang)
            })
        {
            i += 1;
            continue;
        }
        let w = lower(t);
        let prev = i.checked_sub(1).map(|p| &toks[p]);
        let after_number = prev.is_some_and(|p| {
            p.kind == Kind::Num
                || p.kind == Kind::Word && with_low(p, numbers::is_number_word) && !p.is("de")
        });
        let (start, base, mut k, hedged) = if let Some(b) = vague_plural(&w, lang) {
            if after_number || prev.is_some_and(|p| p.is("per") || p.is("por")) {
                i += 1;
                continue;
            }
            (i, b, i + 1, false)
        } else {
            let hedge = hedge_word(&w, lang);
            let scale = word_at(toks, i + 1).and_then(|n| match (lang, n.as_str()) {
                (Lang::En, "dozen") => Some(12.0),
                (Lang::En, "hundred") => Some(100.0),
                (Lang::En, "thousand") => Some(1e3),
                (Lang::En, "million") => Some(1e6),
                (Lang::En, "billion") => Some(1e9),
                (Lang::Es, n) => vague_plural(n, lang).filter(|_| n != "decenas" && n != "docenas"),
                _ => None,
            });
            match (hedge, scale) {
                (true, Some(b)) => {
                    // "a few hundred": the article belongs to the figure; "few" alone needs it.
                    let a_before = i >= 1 && toks[i - 1].is("a");
                    if w == "few" && !a_before {
                        i += 1;
                        continue;
                    }
                    (if a_before { i - 1 } else { i }, b, i + 2, true)
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        };
        let mut value = base;
        // Further scales: "tens of thousands", "miles de millones", "several hundred million".
        loop {
            if of(k) {
                if let Some(m) = word_at(toks, k + 1).and_then(|n| vague_plural(&n, lang)) {
                    if m > 12.0 {
                        value *= m;
                        k += 2;
                        continue;
                    }
                }
            }
            if hedged {
                if let Some(m) = word_at(toks, k).and_then(|n| match n.as_str() {
                    "thousand" | "million" | "billion" | "mil" | "millones" => numbers::scale(&n),
                    _ => None,
                }) {
                    value *= m;
                    k += 1;
                    continue;
                }
            }
            break;
        }
        // "tens" counts only tens of thousands (or more). A bare plural needs "of" after it
        // ("hundreds of people"), another scale ("decenas de miles se quedaron") or a verb
        // ("thousands were evacuated", "dozens more"); "by the thousands" counts nothing.
        let bare_ok = value != base
            && !prev.is_some_and(|p| matches!(lower(p).as_str(), "the" | "their" | "los" | "las"))
            || word_at(toks, k).is_some_and(|n| {
                matches!(
                    n.as_str(),
                    "more"
                        | "were"
                        | "are"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "más"
                        | "fueron"
                        | "han"
                        | "habían"
                        | "se"
                )
            });
        if !hedged && (!(of(k) || bare_ok) || w == "tens" && value < 1e3) {
            i += 1;
            continue;
        }
        let mut end = k;
        let mut unit = None;
        let u = if of(k) { k + 1 } else { k };
        if let Some(n) = word_at(toks, u) {
            if let Some(c) = currency_word(&n) {
                unit = Some(c.to_string());
                end = u + 1;
            } else if n == "pounds" && value >= 1e6 {
                // "hundreds of millions of pounds" is money.
                unit = Some("GBP".to_string());
                end = u + 1;
            } else if let Some(un) = unit_word(&n).filter(|_| !ambiguous_unit(&n)) {
                unit = Some(un.to_string());
                end = u + 1;
            }
        }
        out.push(Quantity {
            value,
            value_max: Some(value * 10.0),
            qualifier: Qualifier::Exact,
            unit,
            start,
            end,
            num_start: start,
            num_end: k,
        });
        i = end;
    }
    out
}

/// "more than 100 kilometers (60 miles)": a conversion in parentheses right after a bounded
/// figure carries the same bound.
fn inherit_qualifiers(out: &mut [Quantity], toks: &[Tok]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (p, q) = (&head[k - 1], &mut tail[0]);
        if p.qualifier == Qualifier::Exact
            || q.qualifier != Qualifier::Exact
            || q.start == 0
            || q.start != p.end + 1
            || toks[p.end].text != "("
            || p.unit.is_none()
            || q.unit.is_none()
            || p.unit == q.unit
        {
            continue;
        }
        q.qualifier = p.qualifier;
    }
}

/// "fell from 208 pounds to 193", "rose 64 points to 4,577": the level reached after "to"
/// keeps the unit of the figure just before it, unless that figure is a percentage (a change
/// in percent says nothing of the level's unit). And backwards, "from 4.8 to 4.7 percent",
/// "from 2 to 3 million": a bare figure right before "to" takes the unit and scale written
/// only after the second.
fn inherit_units(out: &mut [Quantity], toks: &[Tok]) {
    for k in 1..out.len() {
        let (head, tail) = out.split_at_mut(k);
        let (p, q) = (&mut head[k - 1], &mut tail[0]);
        if q.value_max.is_some() || q.start == 0 || p.end > q.start {
            continue;
        }
        let to = q.start - 1;
        if !toks[to].is("to") || to < p.end || to - p.end > 2 {
            continue;
        }
        if q.unit.is_none() {
            if let Some(u) = p
                .unit
                .as_deref()
                .filter(|u| !matches!(*u, "percent" | "percentage point" | "basis point"))
            {
                q.unit = Some(u.to_string());
            }
        } else if p.unit.is_none() && p.value_max.is_none() && to == p.end && p.start < to {
            q.unit.clone_into(&mut p.unit);
            let q_scale = numbers::scale(&lower(&toks[q.num_end - 1]))
                .filter(|_| q.num_end - q.num_start > 1 && toks[q.num_end - 1].kind == Kind::Word);
            let p_scaled = p.num_end - p.num_start > 1;
            if let Some(m) = q_scale.filter(|m| !p_scaled && p.value * m <= q.value * 10.0) {
                p.value *= m;
            }
        }
    }
}

/// A lower-case plural noun right after a number ("2000 workers") makes a 4-digit number a count.
fn counted_noun_follows(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.kind != Kind::Word || t.is_capitalized() {
        return false;
    }
    let w = lower(t);
    w.len() > 3
        && w.ends_with('s')
        && !matches!(
            w.as_str(),
            "was"
                | "has"
                | "his"
                | "its"
                | "this"
                | "thus"
                | "plus"
                | "unless"
                | "across"
                | "las"
                | "los"
                | "des"
                | "más"
                | "mas"
                | "sus"
                | "tras"
        )
}

/// Numbers of a sentence before context: digits (with scale), words, dozens, fractions.
fn atoms(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Vec<Atom> {
    let mut out: Vec<Atom> = Vec::new();
    // Words that cannot start a number word are not lower-cased to look.
    let has_words = toks.iter().any(|t| {
        t.kind == Kind::Word
            && numbers::may_start_number_word(t.first_letter())
            && with_low(t, numbers::is_number_word)
    });
    let words = if has_words {
        numbers::word_numbers(toks, lang)
    } else {
        Vec::new()
    };
    let mut wi = 0;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if wi < words.len() && words[wi].start == i {
            let w = words[wi];
            wi += 1;
            out.push(Atom {
                start: w.start,
                end: w.end,
                value: w.value,
                plain_digits: false,
                fixed: false,
                negative: false,
            });
            i = w.end;
            continue;
        }
        if t.kind == Kind::Num {
            // A simple fraction written with a slash: "1/2 pound", "3/4 of".
            if let (Some(sl), Some(den)) = (toks.get(i + 1), toks.get(i + 2)) {
                // The fraction slash "⁄" is never a date: any denominator goes.
                let frac_slash = sl.text == "\u{2044}";
                if (sl.text == "/" || frac_slash)
                    && !sl.space_before
                    && den.kind == Kind::Num
                    && !den.space_before
                    && t.text.len() <= 2
                    && (den.text.len() <= 2 || frac_slash && den.text.len() <= 4)
                    && toks.get(i + 3).is_none_or(|x| x.text != "/")
                    && !(i >= 1 && toks[i - 1].text == "/")
                {
                    let (n, d): (f64, f64) = (
                        t.text.parse().unwrap_or(0.0),
                        den.text.parse().unwrap_or(0.0),
                    );
                    if n > 0.0 && d > n && (d <= 16.0 || frac_slash) {
                        out.push(Atom {
                            start: i,
                            end: i + 3,
                            value: n / d,
                            plain_digits: false,
                            fixed: true,
                            negative: false,
                        });
                        i += 3;
                        continue;
                    }
                }
            }
            // Scientific notation: "2.998×10−8", "6.02 x 10^23".
            if let Some((v, used)) = scientific(toks, i) {
                out.push(Atom {
                    start: i,
                    end: i + used,
                    value: v,
                    plain_digits: false,
                    fixed: false,
                    negative: false,
                });
                i += used;
                continue;
            }
            // A decimal written without its leading zero: ".5", ".001 per cent".
            if i >= 1
                && toks[i - 1].text == "."
                && !t.space_before
                && (i == 1 || toks[i - 1].space_before)
                && t.text.bytes().all(|b| b.is_ascii_digit())
            {
                if let Ok(v) = format!("0.{}", t.text).parse::<f64>() {
                    out.push(Atom {
                        start: i - 1,
                        end: i + 1,
                        value: v,
                        plain_digits: false,
                        fixed: false,
                        negative: false,
                    });
                    i += 1;
                    continue;
                }
            }
            if let Some(v) = numbers::parse_digits(t.text, mark, lang) {
                // A minus sign glued to the number and standing apart from what precedes it,
                // or written as a word ("minus 233", "minus-5").
                let negative = i >= 1
                    && matches!(toks[i - 1].text, "-" | "−")
                    && !t.space_before
                    && (toks[i - 1].space_before
                        || i == 1
                        || currency_symbol(toks[i - 2].text, None).is_some()
                        || toks[i - 2].text == "(")
                    || minus_word_before(toks, i)
                        .is_some_and(|m| m == 0 || toks[m - 1].kind != Kind::Num);
                out.push(Atom {
                    start: i,
                    end: i + 1,
                    value: if negative { -v } else { v },
                    plain_digits: !t.text.contains(['.', ',']),
                    fixed: false,
                    negative,
                });
            }
        } else if t.kind == Kind::Word {
            if let Some(f) = fraction_or_dozen(toks, i) {
                // "two-thirds": the number word was taken as a number of its own; the fraction wins.
                while out.last().is_some_and(|p| p.end > f.start) {
                    out.pop();
                }
                out.push(f);
                i = f.end;
                while wi < words.len() && words[wi].start < i {
                    wi += 1;
                }
                continue;
            }
            // "sixfold", "tenfold": a multiplier in one word. Its lower case ends with "fold"
            // only if its last four bytes are those letters in either case (no other char
            // lower-cases to them), so other words are not lower-cased.
            let fold_end = t.text.len() >= 4
                && t.text.as_bytes()[t.text.len() - 4..].eq_ignore_ascii_case(b"fold");
            if let Some(v) = fold_end
                .then(|| numbers::fold_multiplier(&lower(t)))
                .flatten()
            {
                out.push(Atom {
                    start: i,
                    end: i + 1,
                    value: v,
                    plain_digits: false,
                    fixed: true,
                    negative: false,
                });
            }
        }
        i += 1;
    }
    // Scale words and dozens after a number; "one point five million" arrives as 1.5 and 1e6.
    let mut merged: Vec<Atom> = Vec::with_capacity(out.len());
    let mut j = 0;
    while j < out.len() {
        let mut a = out[j];
        j += 1;
        if a.fixed {
            merged.push(a);
            continue;
        }
        // "1.2 million", "5m", "2 mil millones", "2.000 millones"
        while let Some(next) = toks.get(a.end) {
            if next.kind != Kind::Word {
                break;
            }
            let w = lower(next);
            let glued = !next.space_before;
            // "4 hundred million": digits then a spelled-out hundred.
            let mult = if w == "hundred" {
                Some(100.0)
            } else {
                numbers::scale(&w)
            };
            let Some(mult) = mult else {
                if w == "dozen" || w == "docenas" || w == "docena" {
                    a.value *= 12.0;
                    a.end += 1;
                    a.plain_digits = false;
                }
                break;
            };
            // Single letters scale only when glued ("5m", "2bn") or after a currency.
            // An upper-case "B" or "M" before a counted noun scales spaced too ("8 B people").
            let spaced_letter = matches!(next.text, "B" | "M")
                && !(a.start > 0
                    && toks[a.start - 1].is_capitalized()
                    && !opener_word(&lower(&toks[a.start - 1])))
                && (counted_noun_follows(toks, a.end + 1)
                    || word_at(toks, a.end + 1).is_some_and(|w| {
                        matches!(w.as_str(), "of" | "people" | "children" | "men" | "women")
                    }));
            if w.len() <= 2 && w != "bn" && w != "mn" && !glued && !spaced_letter {
                break;
            }
            if matches!(w.as_str(), "m" | "k" | "b") && !glued && !spaced_letter {
                break;
            }
            // "37m" is metres unless money is counted ("$5m", "€3m") or what follows is
            // counted or measured otherwise ("35m of", "1.2m tons", "4.3M viewers").
            let money_before = currency_before(toks, a.start, false).is_some();
            if w == "m" && !money_before && !million_follows(toks, a.end) {
                break;
            }
            // "mil" alone after digits in Spanish is a scale; in English only glued to money
            // ("RM3.06mil").
            if w == "mil" && lang == Lang::En && !(glued && money_before) {
                break;
            }
            // English "mil" glued to money is a million ("$1mil").
            let mult = if w == "mil" && lang == Lang::En {
                1e6
            } else {
                mult
            };
            a.value *= mult;
            a.end += 1;
            a.plain_digits = false;
            while j < out.len() && out[j].start < a.end {
                j += 1;
            }
        }
        merged.push(a);
    }
    // "one out of three", "3 out of 4", "one in five": a proportion.
    let mut k = 0;
    while k + 1 < merged.len() {
        let (a, b) = (merged[k], merged[k + 1]);
        let out_of = b.start == a.end + 2 && toks[a.end].is("out") && toks[a.end + 1].is("of");
        // "one in five adults", but not "2 in 10 minutes" nor "3 in 2019".
        let one_in = b.start == a.end + 1
            && toks[a.end].is("in")
            && a.value <= 10.0
            && b.value <= 1000.0
            && !(b.plain_digits && toks[b.start].text.len() == 4)
            && word_at(toks, b.end).is_none_or(|w| {
                unit_word(&w).is_none() && currency_word(&w).is_none() && w != "percent"
            })
            && toks.get(b.end).is_none_or(|t| t.text != "%");
        if (out_of || one_in) && a.value > 0.0 && b.value > a.value && !b.fixed && !a.fixed {
            merged[k] = Atom {
                start: a.start,
                end: b.end,
                value: a.value / b.value,
                plain_digits: false,
                fixed: true,
                negative: false,
            };
            merged.remove(k + 1);
        }
        k += 1;
    }
    merged
}

/// "2.998×10−8" at `i`: the value and the tokens used (mantissa, "×", "10", sign, exponent).
fn scientific(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
    let times = toks.get(i + 1)?;
    if !matches!(times.text, "×" | "x" | "X" | "*") || toks.get(i + 2)?.text != "10" {
        return None;
    }
    let mut k = i + 3;
    if toks.get(k).is_some_and(|t| t.text == "^") {
        k += 1;
    }
    let neg = toks
        .get(k)
        .is_some_and(|t| matches!(t.text, "-" | "−") && !t.space_before);
    if neg {
        k += 1;
    }
    let e = toks
        .get(k)
        .filter(|t| t.kind == Kind::Num && !t.space_before)?;
    let exp: i32 = e.text.parse().ok().filter(|x: &i32| *x <= 99)?;
    let m: f64 = toks[i].text.parse().ok()?;
    let v = m * 10f64.powi(if neg { -exp } else { exp });
    v.is_finite().then_some((v, k + 1 - i))
}

/// After "37m" (token `m` at `i`): does what follows make the "m" a million? An upper-case
/// "M", "of", a unit other than a length ("1.2m tons"), or a counted plural noun ("35m users").
fn million_follows(toks: &[Tok], i: usize) -> bool {
    if toks[i].text == "M" {
        return true;
    }
    let Some(w) = word_at(toks, i + 1) else {
        return false;
    };
    if w == "of" {
        return true;
    }
    if let Some(u) = unit_word(&w) {
        return !matches!(
            u,
            "km" | "mile" | "m" | "cm" | "mm" | "foot" | "inch" | "yard"
        );
    }
    let counted = |k: usize| {
        counted_noun_follows(toks, k)
            && !matches!(
                word_at(toks, k).as_deref(),
                // Distances walked, swum or raced: "the 100m hurdles", "400m relays".
                Some(
                    "lengths"
                        | "steps"
                        | "metres"
                        | "meters"
                        | "hurdles"
                        | "relays"
                        | "heats"
                        | "sprints"
                        | "races"
                        | "laps"
                )
            )
    };
    // "2.7m combined digital and physical sales": the counted noun may come after a few
    // modifiers, none of them a measure ("1.8m tall", "3m deep").
    counted(i + 1)
        || toks[i - 1].text.contains('.')
            && word_at(toks, i + 1).is_some_and(|w| !function_word(&w))
            && (i + 1..(i + 6).min(toks.len())).any(counted)
            && (i + 1..(i + 6).min(toks.len()))
                .take_while(|&k| !counted(k))
                .all(|k| {
                    toks[k].kind == Kind::Word
                        && !toks[k].is_capitalized()
                        && word_at(toks, k).is_some_and(|w| {
                            (w == "and" || !function_word(&w))
                                && !matches!(
                                    w.as_str(),
                                    "long" | "tall" | "high" | "wide" | "deep" | "away" | "thick"
                                )
                        })
                })
}

/// An age written without its commas right after a person's name: "Nick Hague 44 has spent",
/// "Ana Ruiz 37 said". The name is two capitalised words or more; the number, from 15 to 110,
/// stands before a verb that such a sentence goes on with.
fn bare_age(a: &Atom, toks: &[Tok]) -> bool {
    let name_word = |t: &Tok| {
        t.is_capitalized()
            && t.text.chars().count() > 1
            && !t.text.chars().all(char::is_uppercase)
            && !is_month(&lower(t))
            && !is_weekday(&lower(t))
            && !opener_word(&lower(t))
    };
    a.plain_digits
        && toks[a.start].kind == Kind::Num
        && (15.0..=110.0).contains(&a.value)
        && a.start >= 2
        && name_word(&toks[a.start - 1])
        && name_word(&toks[a.start - 2])
        && word_at(toks, a.end).is_some_and(|w| {
            matches!(
                w.as_str(),
                "has" | "had" | "said" | "says" | "who" | "told" | "died" | "became"
            )
        })
}

/// A whole number from 1 to 120 between commas right after a capitalised name: an age.
fn appositive_age(a: &Atom, toks: &[Tok]) -> bool {
    a.plain_digits
        && (1.0..=120.0).contains(&a.value)
        && a.start >= 2
        && toks[a.start - 1].text == ","
        && toks.get(a.end).is_some_and(|t| t.text == ",")
        && toks[a.start - 2].is_capitalized()
        && toks[a.start - 2].text.chars().count() > 1
        && !is_month(&lower(&toks[a.start - 2]))
        && !is_weekday(&lower(&toks[a.start - 2]))
        && toks.get(a.end + 1).is_some_and(|t| {
            t.kind == Kind::Word && !t.is_capitalized() && !matches!(t.text, "and" | "or" | "y")
        })
}

/// A word that reads as a nationality, faith or party before a counted noun ("40 Russian
/// soldiers", "12 Chinese", "5 Democratic senators"), judged by its ending.
fn demonym_like(w: &str) -> bool {
    [
        "an", "ese", "ish", "sh", "ch", "i", "ic", "ss", "ek", "ai", "al",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        || matches!(
            w,
            "democrat" | "labour" | "labor" | "tory" | "muslim" | "sikh" | "arab"
        )
}

/// Digits followed by a capitalised name that they belong to: "787 Dreamliner", "11 Pro Max",
/// "two new 737 Max jets". The number counts when the capitalised words modify a counted
/// plural ("30 Google employees", "12 Premier League clubs"), are plural themselves ("50
/// Mexicans"), read as a nationality ("40 Russian soldiers") or are an acronym ("50 US
/// troops"); but not when a count already stands before it ("two new 737 Max jets").
fn model_name_after(a: &Atom, toks: &[Tok]) -> bool {
    let Some(n) = toks.get(a.end) else {
        return false;
    };
    let w = lower(n);
    if !n.is_capitalized()
        || !n.space_before
        || n.text.chars().count() < 2
        || n.text.chars().all(|c| c.is_uppercase())
        || is_month(&w)
        || is_weekday(&w)
    {
        return false;
    }
    let mut k = a.end;
    // The name may run on with more capitalised words and numbers, or join another: "150
    // Boeing 737 MAX jets", "460 Kia and Hyundai cars".
    while k < a.end + 5
        && toks.get(k).is_some_and(|t| {
            (t.is_capitalized() || t.kind == Kind::Num || matches!(t.text, "and" | "or" | "&"))
                && t.space_before
        })
    {
        k += 1;
    }
    while matches!(toks[k - 1].text, "and" | "or" | "&") {
        k -= 1;
    }
    // A bound or hedge before makes it a figure: "about 460 Kia ...".
    if qualifier_before(toks, a.start).is_some() {
        return false;
    }
    let last = lower(&toks[k - 1]);
    if last.ends_with('s') || demonym_like(&last) || demonym_like(&w) {
        return false;
    }
    // A count before: "two new 737", "3 more 787".
    let count_before = (1..=2).any(|d| {
        a.start >= d
            && (toks[a.start - d].kind == Kind::Num
                || toks[a.start - d].kind == Kind::Word
                    && numbers::is_number_word(&lower(&toks[a.start - d])))
            && (d == 1 || toks[a.start - 1].kind == Kind::Word)
    });
    count_before || !counted_noun_follows(toks, k)
}

/// "164p", "118.5p": pence, glued to a price; not a video resolution ("1080p").
fn pence(a: &Atom, toks: &[Tok]) -> bool {
    toks.get(a.end)
        .is_some_and(|t| t.text == "p" && !t.space_before)
        && toks
            .get(a.end + 1)
            .is_none_or(|t| t.space_before || t.kind != Kind::Word)
        && !(a.plain_digits && matches!(a.value as i64, 360 | 480 | 576 | 720 | 1080 | 1440 | 2160))
}

/// "half of", "a third of", "two-thirds of", "three quarters of", "a dozen", "la mitad",
/// "un tercio", "dos tercios", "una docena".
fn fraction_or_dozen(toks: &[Tok], i: usize) -> Option<Atom> {
    // Only these words (the arms of the match below) make a fraction or a dozen: for any other
    // word, stop before reading and lower-casing its neighbours.
    let opens = |w: &str| {
        matches!(
            w,
            "half"
                | "mitad"
                | "third"
                | "thirds"
                | "quarter"
                | "quarters"
                | "tercio"
                | "tercios"
                | "fourth"
                | "fourths"
                | "fifth"
                | "fifths"
                | "tenth"
                | "tenths"
                | "dozen"
                | "docena"
        )
    };
    if !matches!(
        toks[i].first_letter(),
        b'h' | b'm' | b't' | b'q' | b'f' | b'd'
    ) || !with_low(&toks[i], opens)
    {
        return None;
    }
    let w = lower(&toks[i]);
    let next = word_at(toks, i + 1).unwrap_or_default();
    let prev = if i > 0 { word_at(toks, i - 1) } else { None };
    let prev2 = if i > 1 { word_at(toks, i - 2) } else { None };
    let of_follows = matches!(
        next.as_str(),
        "of" | "the" | "its" | "their" | "his" | "her" | "all" | "de" | "del"
    ) || {
        // "fell by half", "nearly a third in May": a fraction after "by" or a hedge,
        // not followed by the noun it would number ("a third transfer").
        let hedge_before = |p: Option<&Lower>| {
            matches!(
                p.map(Lower::as_str),
                Some(
                    "by" | "nearly"
                        | "almost"
                        | "about"
                        | "roughly"
                        | "around"
                        | "than"
                        | "some"
                        | "por"
                        | "casi"
                        | "en"
                )
            )
        };
        let noun_next = toks.get(i + 1).is_some_and(|t| {
            t.kind == Kind::Word
                && !matches!(
                    next.as_str(),
                    "in" | "on"
                        | "at"
                        | "since"
                        | "from"
                        | "to"
                        | "after"
                        | "last"
                        | "this"
                        | "over"
                        | "during"
                        | "en"
                        | "desde"
                        | "and"
                        | "or"
                )
        });
        let article_before = matches!(prev.as_deref(), Some("a" | "one" | "un" | "una"));
        !noun_next
            && (hedge_before(prev.as_ref()) || article_before && hedge_before(prev2.as_ref()))
    };
    let count_before = |p: Option<&Lower>| -> Option<f64> {
        Some(match p?.as_str() {
            "a" | "one" | "un" | "una" => 1.0,
            "two" | "dos" => 2.0,
            "three" | "tres" => 3.0,
            "four" | "cuatro" => 4.0,
            _ => return None,
        })
    };
    // The number word may be hyphen-joined: "two-thirds".
    let (pre_idx, pre) = if i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before {
        (i - 2, word_at(toks, i - 2))
    } else {
        (i.saturating_sub(1), prev.clone())
    };
    let atom = |start: usize, end: usize, value: f64| Atom {
        start,
        end,
        value,
        plain_digits: false,
        fixed: true,
        negative: false,
    };
    match w.as_str() {
        // "the second half of": a part of a match or a year, not a fraction.
        "half"
            if of_follows
                && !matches!(
                    prev.as_deref(),
                    Some("first" | "second" | "other" | "latter" | "back" | "front")
                ) =>
        {
            let start = if prev.as_deref() == Some("one") {
                i - 1
            } else {
                i
            };
            Some(atom(start, i + 1, 0.5))
        }
        "mitad" if matches!(prev.as_deref(), Some("la")) && of_follows => {
            Some(atom(i - 1, i + 1, 0.5))
        }
        "third" | "thirds" | "quarter" | "quarters" | "tercio" | "tercios" | "fourth"
        | "fourths" | "fifth" | "fifths" | "tenth" | "tenths"
            if of_follows || w.starts_with("terc") =>
        {
            let n = count_before(pre.as_ref())?;
            if i == 0 {
                return None;
            }
            let d = match w.as_str() {
                "fourth" | "fourths" => 4.0,
                "fifth" | "fifths" => 5.0,
                "tenth" | "tenths" => 10.0,
                _ if w.starts_with("quarter") => 4.0,
                _ => 3.0,
            };
            Some(atom(pre_idx, i + 1, n / d))
        }
        "dozen" | "docena" => {
            let n = count_before(prev.as_ref())?;
            if i == 0 || n != 1.0 {
                return None;
            }
            // "a dozen" / "una docena"; "two dozen" comes through word numbers.
            Some(atom(i - 1, i + 1, 12.0))
        }
        _ => None,
    }
}

/// Context that says a number is not a claim.
fn excluded(a: &Atom, toks: &[Tok]) -> bool {
    if a.fixed || toks[a.start].text == "." {
        return false;
    }
    let first = &toks[a.start];
    let prev = a.start.checked_sub(1).map(|p| &toks[p]);
    let prev_word = prev.filter(|t| t.kind == Kind::Word).map(lower);
    let next = toks.get(a.end);
    let next_word = next.filter(|t| t.kind == Kind::Word).map(lower);
    if first.kind == Kind::Num {
        let digits = first.text;
        // Absurdly long digit strings and zero-padded codes.
        if digits.len() > 18
            || (digits.len() > 1 && digits.starts_with('0') && !digits.contains(['.', ',']))
        {
            return true;
        }
        // Glued to letters before ("G7", "MH17") or to a hyphenated name ("COVID-19", "F-35"),
        // unless the letters are a currency ("RM23", "$US5") or a sign or bound ("minus-5",
        // "sub-300", "now-18").
        let cur_before = currency_before(toks, a.start, a.plain_digits).is_some();
        if let Some(p) = prev {
            if !first.space_before && p.kind == Kind::Word && !cur_before {
                return true;
            }
            if !first.space_before && (p.text == "-" || p.text == "/") && a.start >= 2 {
                let pp = &toks[a.start - 2];
                if !p.space_before
                    && (pp.kind == Kind::Word && !(p.text == "-" && prefix_word(&lower(pp)))
                        || p.text == "/" && pp.kind == Kind::Num)
                {
                    return true;
                }
            }
            if p.text == "#" || p.text == "º" || p.text == "°" && !first.space_before {
                return true;
            }
        }
        // The minutes of a clock time ("9:30") or the second part of a ratio or date ("24/7").
        if let Some(p) = prev {
            if !first.space_before
                && (p.text == ":" || p.text == "/")
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Num
                && !p.space_before
            {
                return true;
            }
        }
        // Model names with a dot: "ID.3", "v2.0" after letters.
        if let Some(p) = prev {
            if !first.space_before
                && p.text == "."
                && !p.space_before
                && a.start >= 2
                && toks[a.start - 2].kind == Kind::Word
            {
                return true;
            }
        }
        // "No. 5", "Nº 5"
        if a.start >= 2 && toks[a.start - 1].text == "." && toks[a.start - 2].is("no") {
            return true;
        }
        if let Some(n) = next {
            // Clock times, ratios and dates written with separators: "9:30", "24/7", "9/11", "4-3-2".
            if !n.space_before
                && (n.text == ":" || n.text == "/")
                && toks
                    .get(a.end + 1)
                    .is_some_and(|x| x.kind == Kind::Num && !x.space_before)
            {
                return true;
            }
            // Letters glued after: ordinals ("3rd"), times ("10am"), names ("5G", "3D").
            if !n.space_before && n.kind == Kind::Word {
                let w = lower(n);
                // "5G", "4G": a generation of networks, not grams.
                let ok = n.text != "G" && unit_word(&w).is_some()
                    || numbers::scale(&w).is_some()
                    || multi_unit(toks, a.end).is_some()
                    || pence(a, toks)
                    || currency_word(&w).is_some()
                    || matches!(w.as_str(), "km" | "kmh" | "bpd");
                if !ok {
                    return true;
                }
            }
            if !n.space_before && matches!(n.text, "º" | "ª") {
                return true;
            }
        }
        // List numbering: "1." or "2)" opening the sentence.
        if a.start == 0
            && next.is_some_and(|n| matches!(n.text, "." | ")") && !n.space_before)
            && toks.get(a.end + 1).is_some_and(|t| t.space_before)
        {
            return true;
        }
        // Phone numbers: "(55) 5555-1234", "555-1234", "+52 55 ...".
        // "COVID -19": a name's number cut off by a stray space, not a negative figure.
        if a.start >= 2
            && prev.is_some_and(|p| p.text == "-" && p.space_before && !first.space_before)
            && toks[a.start - 2].kind == Kind::Word
            && toks[a.start - 2].text.len() >= 2
            && toks[a.start - 2]
                .text
                .chars()
                .all(|c| c.is_ascii_uppercase())
            && next.is_none_or(|n| n.text != "%")
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == "+" && !first.space_before)
            && next.is_none_or(|n| n.text != "%")
        {
            return true;
        }
        if next.is_some_and(|n| n.text == "-" && !n.space_before)
            && toks
                .get(a.end + 1)
                .is_some_and(|x| x.kind == Kind::Num && x.text.len() >= 4 && digits.len() >= 3)
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == "-" && !p.space_before)
            && a.start >= 2
            && toks[a.start - 2].kind == Kind::Num
            && toks[a.start - 2].text.len() >= 3
            && digits.len() >= 4
        {
            return true;
        }
        if prev.is_some_and(|p| p.text == ")")
            && a.start >= 2
            && toks[a.start - 2].kind == Kind::Num
        {
            return true;
        }
        // Names with a number: "Boeing 737", "Section 427", "Route 66", "Chapter 11". A number
        // with a unit, a currency or a scale after it is a quantity ("Votó 61%").
        let measured_after = next.is_some_and(|n| n.text == "%")
            || next_word.as_deref().is_some_and(|w| {
                unit_word(w).is_some()
                    || currency_word(w).is_some()
                    || numbers::scale(w).is_some()
                    || multi_unit(toks, a.end).is_some()
            });
        if a.plain_digits && !measured_after && !bare_age(a, toks) {
            if let Some(p) = prev {
                let camel = p.kind == Kind::Word && p.text.chars().skip(1).any(char::is_uppercase);
                let single_caps = p.kind == Kind::Word
                    && p.text.chars().count() == 1
                    && p.is_capitalized()
                    && !matches!(p.text, "A" | "I" | "Y" | "O" | "E");
                if (camel && currency_code(p.text).is_none() && !opener_word(&lower(p)))
                    || (single_caps
                        && a.start >= 2
                        && (toks[a.start - 2].text == "&"
                            || toks[a.start - 2].text.chars().count() == 1
                                && toks[a.start - 2].is_capitalized()))
                {
                    return true;
                }
                if p.is_capitalized()
                    && !cur_before
                    && !is_month(&lower(p))
                    && !p.text.ends_with("'s")
                    && !p.text.ends_with("’s")
                    && currency_code(p.text).is_none()
                    && p.text.chars().count() > 1
                    && !opener_word(&lower(p))
                {
                    return true;
                }
            }
            if model_name_after(a, toks) {
                return true;
            }
        }
    }
    if first.kind == Kind::Num && a.plain_digits {
        // Postal codes: "the 90049 ZIP code", "ZIP code 10001".
        if next_word
            .as_deref()
            .is_some_and(|w| matches!(w, "zip" | "postcode" | "postal"))
            || a.start >= 2
                && prev_word.as_deref() == Some("code")
                && word_at(toks, a.start - 2)
                    .is_some_and(|w| matches!(w.as_str(), "zip" | "postal" | "area"))
        {
            return true;
        }
        // A shirt number in parentheses after a name: "Dak Prescott (4) celebrates".
        if a.start >= 2
            && a.value < 100.0
            && prev.is_some_and(|p| p.text == "(")
            && next.is_some_and(|n| n.text == ")")
            && toks[a.start - 2].is_capitalized()
            && toks[a.start - 2].text.chars().count() > 1
        {
            return true;
        }
    }
    // Labels, not quantities: "category 4", "Title 42", "line 3", "fase 2".
    if a.plain_digits || first.kind == Kind::Word {
        if let Some(p) = &prev_word {
            if label_noun(p) {
                return true;
            }
        }
    }
    // Sports scores and records: "2-1", "2-2" (a dash that does not make a rising range).
    if first.kind == Kind::Num && a.plain_digits {
        let dash = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.text, "-" | "–") && !t.space_before)
        };
        if dash(a.end)
            && toks
                .get(a.end + 1)
                .is_some_and(|t| t.kind == Kind::Num && !t.space_before && t.text.len() <= 2)
        {
            let other: f64 = toks[a.end + 1].text.parse().unwrap_or(f64::MAX);
            if other <= a.value && digits_len(first) <= 2 {
                return true;
            }
        }
        if a.start >= 2
            && dash(a.start - 1)
            && !first.space_before
            && toks[a.start - 2].kind == Kind::Num
            && digits_len(&toks[a.start - 2]) <= 2
        {
            let other: f64 = toks[a.start - 2].text.parse().unwrap_or(f64::MIN);
            if other >= a.value && digits_len(first) <= 2 {
                return true;
            }
        }
    }
    // Dates: a month name next to the number ("Jan. 18", "4 de marzo", "Monday 4").
    if let Some(p) = &prev_word {
        if (is_month(p) || is_weekday(p)) && next.is_none_or(|n| n.text != "%") {
            return true;
        }
    }
    // The second day of a span ("Sept. 20-24") or part of a code ("ISO 3888-2"), or the end
    // of a season ("2014-15"): the number before the hyphen says what this one is.
    if first.kind == Kind::Num && a.plain_digits && a.start >= 2 && !first.space_before {
        let (p, pn) = (&toks[a.start - 1], &toks[a.start - 2]);
        if matches!(p.text, "-" | "–") && !p.space_before && pn.kind == Kind::Num {
            let before = Atom {
                start: a.start - 2,
                end: a.start - 1,
                value: pn.text.parse().unwrap_or(0.0),
                plain_digits: !pn.text.contains(['.', ',']),
                fixed: false,
                negative: false,
            };
            if is_year_like(&before, toks) && first.text.len() == 2 || excluded(&before, toks) {
                return true;
            }
        }
    }
    if prev.is_some_and(|p| p.text == ".")
        && a.start >= 2
        && word_at(toks, a.start - 2).is_some_and(|w| is_month(&w))
    {
        return true;
    }
    // Street numbers: "250 Main Street".
    if first.kind == Kind::Num && {
        // "16-18 Industrial Avenue": look past a range's second number.
        let after = if toks
            .get(a.end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks
                .get(a.end + 1)
                .is_some_and(|t| t.kind == Kind::Num && !t.space_before)
        {
            a.end + 2
        } else {
            a.end
        };
        toks.get(after).is_some_and(|t| t.is_capitalized())
            && (after..(after + 4).min(toks.len())).any(|k| {
                word_at(toks, k).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "street"
                            | "st"
                            | "avenue"
                            | "ave"
                            | "road"
                            | "rd"
                            | "boulevard"
                            | "blvd"
                            | "lane"
                            | "drive"
                            | "way"
                            | "place"
                    )
                })
            })
    } {
        return true;
    }
    // Phone numbers and codes: three or more numbers chained by hyphens, dots or bare spaces.
    if first.kind == Kind::Num && digit_chain(toks, a.start) >= 3 {
        return true;
    }
    if let Some(n) = &next_word {
        if is_month(n) {
            return true;
        }
        if n == "de" && word_at(toks, a.end + 1).is_some_and(|m| is_month(&m)) {
            return true;
        }
        if matches!(n.as_str(), "am" | "pm" | "a.m" | "p.m" | "o'clock" | "hrs.") {
            return true;
        }
        if (n == "a" || n == "p")
            && toks.get(a.end + 1).is_some_and(|t| t.text == ".")
            && word_at(toks, a.end + 2).as_deref() == Some("m")
        {
            return true;
        }
        // Ordinals written as words after digits are rare; "th"/"st"/"nd"/"rd" glued are handled above.
    }
    // Clock times in Spanish: "a las 10", "las 9 de la mañana".
    if prev_word.as_deref() == Some("las")
        && a.start >= 2
        && word_at(toks, a.start - 2).as_deref() == Some("a")
    {
        return true;
    }
    // Compound adjectives ("three-way meeting", "two-time champion", "4-door") are not counts,
    // unless the second part is a unit ("10-year", "24-hour").
    if next.is_some_and(|n| n.text == "-" && !n.space_before) {
        if let Some(w) = word_at(toks, a.end + 1) {
            let unit_like = unit_word(&w).is_some() && w != "point"
                || numbers::scale(&w).is_some()
                || matches!(
                    w.as_str(),
                    "plus" | "odd" | "year-old" | "thirds" | "third" | "quarters"
                )
                || currency_word(&w).is_some()
                // "0-to-60": a range written as one compound.
                || w == "to"
                    && toks.get(a.end + 2).is_some_and(|t| t.text == "-")
                    && toks.get(a.end + 3).is_some_and(|t| t.kind == Kind::Num);
            if !unit_like && toks.get(a.end + 1).is_some_and(|t| !t.space_before) {
                return true;
            }
        }
    }
    // "the two leaders", "los dos países": a small number after a definite article refers
    // back to things already counted.
    // "Kick Six", "Big Ten": a capitalised number word inside a name.
    if first.kind == Kind::Word
        && first.is_capitalized()
        && prev.is_some_and(|p| p.is_capitalized() && a.start >= 2)
    {
        return true;
    }
    let unit_next = next_word
        .as_deref()
        .is_some_and(|w| unit_word(w).is_some() && w != "point");
    if first.kind == Kind::Word && a.value <= 10.0 && !unit_next {
        if let Some(p) = &prev_word {
            if matches!(
                p.as_str(),
                "the" | "both" | "these" | "those" | "los" | "las" | "ambos" | "estos" | "esos"
            ) {
                return true;
            }
        }
    }
    // Vague plurals and rough scales: "thousands of", "several hundred", "a few million",
    // and "per million" (a rate, not a count).
    if first.kind == Kind::Word {
        let w = lower(first);
        let scale_word = matches!(
            w.as_str(),
            "hundred" | "thousand" | "million" | "billion" | "trillion"
        );
        let plural = matches!(
            w.as_str(),
            "hundreds"
                | "thousands"
                | "millions"
                | "billions"
                | "trillions"
                | "dozens"
                | "tens"
                | "decenas"
                | "docenas"
                | "cientos"
                | "centenares"
                | "miles"
                | "millones"
        );
        if plural
            || scale_word
                && matches!(
                    prev_word.as_deref(),
                    Some("several" | "few" | "many" | "per" | "hundreds" | "tens")
                )
        {
            return true;
        }
    }
    // "one of the", "no one", "one another", and other idioms that are not counts.
    if first.kind == Kind::Word && a.end - a.start == 1 {
        let w = lower(first);
        if w == "one" || w == "uno" {
            if matches!(
                next_word.as_deref(),
                Some(
                    "of" | "another"
                        | "other"
                        | "de"
                        | "day"
                        | "time"
                        | "way"
                        | "thing"
                        | "point"
                        | "hand"
                        | "side"
                        | "more"
                        | "final"
                        | "last"
                )
            ) || !after_reported_that(toks, a.start)
                && matches!(
                    prev_word.as_deref(),
                    Some(
                        "no" | "the"
                            | "any"
                            | "every"
                            | "each"
                            | "which"
                            | "same"
                            | "this"
                            | "that"
                            | "someone"
                            | "anyone"
                            | "el"
                            | "ninguno"
                            | "cada"
                    )
                )
            {
                return true;
            }
            if next.is_none()
                || next
                    .is_some_and(|n| n.kind == Kind::Punct && n.text != "%" || n.kind == Kind::Num)
            {
                return true;
            }
            // A pronoun, not a count, before a function word ("one that", "one they lost"),
            // save a range ("one to two years") or a unit ("one per cent").
            if let Some(n) = next_word.as_deref() {
                let range = matches!(n, "to" | "or")
                    && toks
                        .get(a.end + 1)
                        .is_some_and(|t| t.kind == Kind::Num || numbers::is_number_word(&lower(t)));
                let unit = unit_word(n).is_some()
                    || currency_word(n).is_some()
                    || multi_unit(toks, a.end).is_some();
                if !range && !unit && (function_word(n) || temporal_idiom(n)) {
                    return true;
                }
            }
        }
    }
    false
}

/// How many number tokens form a chain through `i`, joined by a glued "-" or "." or by bare
/// spaces ("1-800-555-0148", "55 1234 5678").
fn digit_chain(toks: &[Tok], i: usize) -> usize {
    let joined = |k: usize| -> bool {
        // Is toks[k] (a number) joined to the number before it?
        if k >= 2
            && matches!(toks[k - 1].text, "-" | ".")
            && !toks[k - 1].space_before
            && !toks[k].space_before
        {
            return toks[k - 2].kind == Kind::Num;
        }
        k >= 1 && toks[k - 1].kind == Kind::Num && toks[k].space_before
    };
    let prev_num = |k: usize| -> Option<usize> {
        if k >= 2 && matches!(toks[k - 1].text, "-" | ".") && toks[k - 2].kind == Kind::Num {
            Some(k - 2)
        } else if k >= 1 && toks[k - 1].kind == Kind::Num {
            Some(k - 1)
        } else {
            None
        }
    };
    let mut start = i;
    while joined(start) {
        match prev_num(start) {
            Some(p) => start = p,
            None => break,
        }
    }
    let mut n = 1;
    let mut k = start;
    loop {
        let next = if k + 2 < toks.len()
            && matches!(toks[k + 1].text, "-" | ".")
            && toks[k + 2].kind == Kind::Num
        {
            k + 2
        } else if k + 1 < toks.len() && toks[k + 1].kind == Kind::Num {
            k + 1
        } else {
            break;
        };
        if !joined(next) {
            break;
        }
        n += 1;
        k = next;
    }
    n
}

fn digits_len(t: &Tok) -> usize {
    t.text.len()
}

/// Does the number at `start` open a clause reported with "that" ("the list shows that one
/// citizen was arrested", "officials said that one soldier died")? Then "that" is a
/// conjunction, not the demonstrative of "that one".
fn after_reported_that(toks: &[Tok], start: usize) -> bool {
    let word = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word).map(lower);
    start >= 2
        && word(start - 1).as_deref() == Some("that")
        && word(start - 2).is_some_and(|v| {
            super::subject::is_speech(&v)
                || matches!(
                    v.as_str(),
                    "shows"
                        | "showed"
                        | "show"
                        | "found"
                        | "finds"
                        | "revealed"
                        | "reveals"
                        | "indicated"
                        | "indicates"
                        | "suggests"
                        | "suggested"
                        | "learned"
                        | "means"
                        | "meant"
                )
        })
}

/// English words that do not start a noun phrase: after "one" they make it a pronoun.
fn function_word(w: &str) -> bool {
    matches!(
        w,
        "of" | "that"
            | "who"
            | "whom"
            | "which"
            | "whose"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "to"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "can"
            | "could"
            | "would"
            | "should"
            | "will"
            | "shall"
            | "must"
            | "might"
            | "may"
            | "has"
            | "had"
            | "have"
            | "does"
            | "did"
            | "do"
            | "they"
            | "he"
            | "she"
            | "it"
            | "we"
            | "i"
            | "you"
            | "another"
            | "others"
            | "else"
            | "a"
            | "an"
            | "less"
            | "than"
            | "as"
            | "after"
            | "before"
            | "over"
            | "under"
            | "into"
            | "out"
            | "up"
            | "down"
            | "off"
            | "about"
            | "against"
            | "among"
            | "between"
            | "through"
            | "during"
            | "without"
            | "within"
            | "if"
            | "when"
            | "where"
            | "while"
            | "so"
            | "such"
            | "too"
            | "very"
            | "just"
            | "only"
            | "also"
            | "even"
            | "ever"
            | "never"
            | "not"
            | "here"
            | "there"
            | "now"
            | "then"
            | "again"
            | "apiece"
            | "each"
            | "across"
            | "said"
            | "says"
    )
}

/// "one morning", "one night": a time told, not counted.
fn temporal_idiom(w: &str) -> bool {
    matches!(
        w,
        "morning" | "night" | "evening" | "afternoon" | "weekend" | "moment"
    )
}

/// Words joined by a hyphen before a number that leave it a quantity: a sign ("minus-5"), a
/// bound ("sub-300"), a time ("now-18") or a range end ("0-to-60").
fn prefix_word(w: &str) -> bool {
    matches!(w, "minus" | "sub" | "now" | "then" | "to")
}

/// Where a minus sign written as a word begins, for a number at `i`: "minus 387", "minus-130".
fn minus_word_before(toks: &[Tok], i: usize) -> Option<usize> {
    if i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before && !toks[i].space_before {
        return toks[i - 2].is("minus").then_some(i - 2);
    }
    if i >= 1 && toks[i - 1].is("minus") && toks[i].space_before {
        return Some(i - 1);
    }
    None
}

/// Nouns that label with a number rather than count: "category 4", "route 66", "línea 3".
fn label_noun(w: &str) -> bool {
    matches!(
        w,
        "category"
            | "level"
            | "grade"
            | "stage"
            | "phase"
            | "round"
            | "chapter"
            | "article"
            | "section"
            | "room"
            | "gate"
            | "flight"
            | "route"
            | "highway"
            | "interstate"
            | "number"
            | "version"
            | "season"
            | "episode"
            | "channel"
            | "page"
            | "platform"
            | "terminal"
            | "zone"
            | "district"
            | "ward"
            | "model"
            | "row"
            | "seat"
            | "suite"
            | "title"
            | "proposition"
            | "amendment"
            | "act"
            | "item"
            | "step"
            | "exit"
            | "lot"
            | "categoría"
            | "nivel"
            | "fase"
            | "artículo"
            | "capítulo"
            | "línea"
            | "ruta"
            | "carretera"
            | "sección"
            | "distrito"
            | "zona"
            | "número"
            | "temporada"
            | "piso"
            | "calle"
            | "avenida"
            | "inciso"
            | "fracción"
            | "tomo"
    )
}

/// Capitalised words that open a sentence or phrase and may stand before a number.
fn opener_word(w: &str) -> bool {
    matches!(
        w,
        "between"
            | "within"
            | "across"
            | "against"
            | "among"
            | "including"
            | "per"
            | "plus"
            | "minus"
            | "the"
            | "about"
            | "some"
            | "over"
            | "nearly"
            | "almost"
            | "around"
            | "roughly"
            | "only"
            | "just"
            | "another"
            | "all"
            | "and"
            | "but"
            | "more"
            | "at"
            | "up"
            | "unos"
            | "unas"
            | "más"
            | "casi"
            | "cerca"
            | "hasta"
            | "al"
            | "los"
            | "las"
            | "el"
            | "la"
            | "en"
            | "de"
            | "with"
            | "by"
            | "for"
            | "to"
            | "in"
            | "of"
            | "on"
            | "from"
            | "since"
            | "after"
            | "before"
            | "than"
            | "under"
            | "below"
            | "above"
            | "less"
            | "fewer"
            | "least"
            | "most"
            | "estimated"
            | "approximately"
            | "usd"
            | "eur"
            | "mxn"
            | "gbp"
            | "cad"
            | "top"
            | "every"
            | "each"
            | "those"
            | "these"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "we"
            | "they"
            | "he"
            | "she"
            | "i"
            | "you"
            | "it"
            | "there"
            | "here"
            | "said"
            | "says"
            | "lost"
            | "won"
            | "killed"
            | "ya"
            | "son"
            | "fueron"
            | "con"
            | "por"
            | "para"
            | "sin"
            | "entre"
            | "desde"
            | "según"
            | "segun"
    ) || w.ends_with("ly")
}

/// Adds qualifier, currency and unit around an atom.
fn build(a: &Atom, toks: &[Tok]) -> Option<Quantity> {
    let mut start = if a.negative {
        minus_word_before(toks, a.start).unwrap_or(a.start - 1)
    } else {
        a.start
    };
    let mut end = a.end;
    let mut unit: Option<String> = None;
    // Currency before: "$", "US$", "€", "USD 5", "MX$", "$US", "RM23".
    if let Some((code, s)) = currency_before(toks, start, a.plain_digits) {
        unit = Some(code.to_string());
        start = s;
    }
    // Unit or currency after: "%", "percent", "dollars", "hectáreas", "km/h", "-year-old".
    if let Some(t) = toks.get(end) {
        let mut i = end;
        // Spanish and English "of" between a scale and a currency or unit: "2.000 millones de pesos".
        let scaled = a.end - a.start > 1
            && toks[a.end - 1].kind == Kind::Word
            && numbers::scale(&lower(&toks[a.end - 1])).is_some();
        if scaled && word_at(toks, i).is_some_and(|w| w == "de" || w == "of") {
            if let Some(w) = word_at(toks, i + 1) {
                if currency_word(&w).is_some() || unit_word(&w).is_some() {
                    i += 1;
                }
            }
        }
        let t2 = toks.get(i).unwrap_or(t);
        if t2.text == "%" {
            if unit.is_none() {
                unit = Some("percent".into());
            }
            end = i + 1;
        } else if let Some(cur) = currency_symbol(t2.text, None).filter(|_| t2.text != "$") {
            // A currency sign after the amount: "1.200 €", "300€".
            if unit.is_none() {
                unit = Some(cur.into());
                end = i + 1;
            }
        } else if t2.text == "p" && !t2.space_before && pence(a, toks) {
            if unit.is_none() {
                unit = Some("penny".into());
                end = i + 1;
            }
        } else if t2.text == "°" || t2.text == "º" {
            let scale_letter = word_at(toks, i + 1);
            let (u, used) = match scale_letter.as_deref() {
                Some("c") => ("celsius", 2),
                Some("f") => ("fahrenheit", 2),
                _ => ("degree", 1),
            };
            if unit.is_none() {
                unit = Some(u.into());
                end = i + used;
            }
        } else if let Some((u, used)) = multi_unit(toks, i) {
            if unit.is_none() {
                unit = Some(u.into());
                end = i + used;
            }
        } else if t2.text == "-" && !t2.space_before {
            // "45-year-old", "10-year", "24-hour"
            if let Some(w) = word_at(toks, i + 1) {
                if let Some(u) = unit_word(&w) {
                    if unit.is_none() && !matches!(u, "percent") {
                        unit = Some(u.into());
                        end = i + 2;
                        if toks.get(i + 2).is_some_and(|x| x.text == "-")
                            && word_at(toks, i + 3).as_deref() == Some("old")
                        {
                            end = i + 4;
                        }
                    }
                }
            }
        } else if t2.kind == Kind::Word {
            let w = lower(t2);
            if let Some(c) = currency_word(&w) {
                let prev_adj = start.checked_sub(1).and_then(|p| word_at(toks, p));
                let code = match (c, word_at(toks, i + 1).as_deref(), prev_adj.as_deref()) {
                    ("USD", Some("canadienses"), _) | ("USD", _, Some("canadian")) => "CAD",
                    ("USD", Some("australianos"), _) | ("USD", _, Some("australian")) => "AUD",
                    ("MXN", Some("argentinos"), _) | ("MXN", _, Some("argentine")) => "ARS",
                    ("MXN", Some("chilenos"), _) | ("MXN", _, Some("chilean")) => "CLP",
                    ("MXN", Some("colombianos"), _) | ("MXN", _, Some("colombian")) => "COP",
                    (c, _, _) => c,
                };
                if unit.is_none() || unit.as_deref() == Some("USD") && code == "MXN" {
                    unit = Some(code.into());
                    end = i + 1;
                    if word_at(toks, end).is_some_and(|x| x == "mexicanos" || x == "sterling") {
                        end += 1;
                    }
                }
            } else if w == "pounds" || w == "pound" {
                if word_at(toks, i + 1).as_deref() == Some("sterling") {
                    unit = Some("GBP".into());
                    end = i + 2;
                } else if unit.is_none() {
                    unit = Some("lb".into());
                    end = i + 1;
                }
            } else if let Some(code) = currency_code(t2.text) {
                if unit.is_none() {
                    unit = Some(code.into());
                    end = i + 1;
                }
            } else if let Some(u) = unit_word(&w) {
                let glued = !t2.space_before;
                if unit.is_none()
                    && (!ambiguous_unit(&w)
                        || glued
                        || i == end && w.len() > 2 && (!w.starts_with("sec") || w == "seconds"))
                {
                    // "second" after a number is a unit only in the plural or glued ("30 seconds").
                    if !(matches!(w.as_str(), "second" | "segundo") && a.value != 1.0) {
                        unit = Some(u.into());
                        end = i + 1;
                        // "260,000 year-old"
                        if u == "year"
                            && toks
                                .get(end)
                                .is_some_and(|x| x.text == "-" && !x.space_before)
                            && word_at(toks, end + 1).as_deref() == Some("old")
                        {
                            end += 2;
                        }
                        if let Some((u2, used)) = multi_unit(toks, i) {
                            unit = Some(u2.into());
                            end = i + used;
                        }
                    }
                }
            }
        }
    }
    // "sixfold": a multiplier.
    if unit.is_none()
        && a.end - a.start == 1
        && numbers::fold_multiplier(&lower(&toks[a.start])).is_some()
    {
        unit = Some("fold".into());
    }
    // "Maddox, 66, said": an age set off by commas after a name.
    // "women aged 25 to 54", "ages 6 to 11": ages in years.
    let aged = a.start > 0
        && word_at(toks, a.start - 1).is_some_and(|w| matches!(w.as_str(), "aged" | "ages"));
    if unit.is_none() && (appositive_age(a, toks) || bare_age(a, toks) || aged) {
        unit = Some("year".into());
    }
    let mut qualifier = Qualifier::Exact;
    if let Some((q, s)) = qualifier_before(toks, start) {
        qualifier = q;
        start = s;
    } else if start >= 2
        && toks[start - 1].text == "-"
        && !toks[start - 1].space_before
        && toks[start - 2].is("sub")
    {
        // "sub-300 sq m": below the figure.
        qualifier = Qualifier::LessThan;
        start -= 2;
    }
    if let Some((q, e)) = qualifier_after(toks, end) {
        if qualifier == Qualifier::Exact {
            qualifier = q;
        }
        end = e;
    }
    Some(Quantity {
        value: a.value,
        value_max: None,
        qualifier,
        unit,
        start,
        end,
        num_start: a.start,
        num_end: a.end,
    })
}

/// Joins `a` (already built as `q`) with the next atom `b` when the text makes them a range.
fn range_with(a: &Atom, q: &Quantity, b: &Atom, toks: &[Tok]) -> Option<Quantity> {
    if b.start < q.num_end {
        return None;
    }
    // After the first figure's unit when it is written out ("1 per cent to 1.5 per cent").
    let link_from = if q.unit.is_some() && q.end > q.num_end && q.end <= b.start {
        q.end
    } else {
        q.num_end
    };
    // Up to the second figure's currency ("and $US171 million", "to RM300,000").
    let link_to =
        currency_before(toks, b.start, b.plain_digits).map_or(b.start, |(_, s)| s.max(link_from));
    // No link of three tokens or more makes a range (see the match on `link` below), so two
    // figures far apart are given up on before what stands between them is lower-cased. A
    // number, or a word neither an article nor a unit, stays in `link` whatever is dropped
    // from it below.
    let kept = toks[link_from..link_to]
        .iter()
        .filter(|t| {
            t.kind == Kind::Num
                || t.kind == Kind::Word
                    && with_low(t, |w| {
                        !matches!(w, "el" | "la" | "los" | "las" | "the" | "percent")
                            && unit_word(w).is_none()
                    })
        })
        .take(3)
        .count();
    if kept >= 3 {
        return None;
    }
    let between: Vec<&Tok> = toks[link_from..link_to].iter().collect();
    // What stands between the two numbers, ignoring a repeated unit or currency symbol.
    let mut link: Vec<Lower> = between
        .iter()
        .filter(|t| !(t.text == "%" || currency_symbol(t.text, None).is_some()))
        .map(|t| lower(t))
        .collect();
    link.retain(|w| !matches!(w.as_str(), "el" | "la" | "los" | "las" | "the"));
    // "0-to-60", "200,000 to-260,000": hyphens glued around "to" join a range as "to" does.
    let glued_to = link.iter().any(|w| w == "to")
        && link.iter().any(|w| w == "-")
        && between.iter().all(|t| t.text != "-" || !t.space_before);
    if glued_to {
        link.retain(|w| w != "-");
    }
    if let Some(u) = &q.unit {
        // "20% to 30%", "20 km to 30 km": drop the unit words before the link.
        link.retain(|w| unit_word(w) != Some(u.as_str()) && w != "percent");
    }
    let word_skipping_articles = |mut p: usize| -> Option<Lower> {
        loop {
            let w = word_at(toks, p)?;
            if matches!(w.as_str(), "el" | "la" | "los" | "las" | "the") && p > 0 {
                p -= 1;
                continue;
            }
            return Some(w);
        }
    };
    let before = a.start.checked_sub(1).and_then(word_skipping_articles);
    let before_q = q.start.checked_sub(1).and_then(word_skipping_articles);
    let opener = before_q.or(before).unwrap_or_default();
    let dash = matches!(link.as_slice(), [d] if d == "-" || d == "–" || d == "—");
    let ok = if dash {
        // "20-30" but not "3-1" (a score), phone numbers, or "2019-2020".
        b.value > a.value && !(is_year_like(a, toks) && is_year_like(b, toks))
    } else {
        match link
            .iter()
            .map(Lower::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["and"] => opener == "between" && !(is_year_like(a, toks) && is_year_like(b, toks)),
            ["y"] | ["e"] => opener == "entre" && !(is_year_like(a, toks) && is_year_like(b, toks)),
            // "three or four years", "dos o tres días": a small spread of consecutive figures.
            ["or"] | ["o"] => {
                b.value <= a.value * 2.0 && b.value - a.value <= 10.0 && !is_year_like(a, toks)
            }
            // Written as one compound, "0-to-60" is a range whatever verb stands before; so is
            // a span named with an article, "down from the $89 to $93 billion it projected".
            ["to"] if glued_to || q.start > 0 && toks[q.start - 1].is("the") => b.value > a.value,
            // "aged 25 to 54": an age band.
            ["to"] if matches!(opener.as_str(), "aged" | "ages") => b.value > a.value,
            // "fell by 4,000 to 217,000": the change, then the level it reached.
            ["to"] if change_verb_within(toks, q.start) && b.value > 4.0 * a.value => false,
            ["to"] => {
                opener == "from" && !change_verb_before(toks, q.start)
                    || opener != "from"
                        && (q.unit.is_none()
                            || build(b, toks).is_some_and(|qb| qb.unit == q.unit)
                                && !change_verb_within(toks, q.start))
                        && b.value > a.value
                        && !change_verb_before(toks, q.start)
            }
            ["a"] => opener == "de" && !change_verb_before(toks, q.start),
            // "from 450 sq ft up to 900 sq ft", "desde 20 hasta 30", "de 5 hasta 8".
            ["up", "to"] => opener == "from" && !change_verb_before(toks, q.start),
            ["hasta"] => {
                matches!(opener.as_str(), "desde" | "de") && !change_verb_before(toks, q.start)
            }
            _ => false,
        }
    };
    if !ok || b.value <= a.value || excluded(b, toks) {
        return None;
    }
    let qb = build(b, toks)?;
    let unit = qb.unit.clone().or(q.unit.clone());
    if q.unit.is_some() && qb.unit.is_some() && q.unit != qb.unit {
        return None;
    }
    // "2 to 3 million": the scale of the upper end applies to the lower one.
    let mut lo = a.value;
    let hi_scaled = b.end - b.start > 1;
    let lo_scaled = a.end - a.start > 1;
    if hi_scaled && !lo_scaled {
        let w = lower(&toks[b.end - 1]);
        if let Some(m) = numbers::scale(&w) {
            if a.value <= b.value / m {
                lo *= m;
            }
        }
    }
    if lo >= b.value {
        return None;
    }
    let mut start = q.start;
    let mut qualifier = q.qualifier;
    if matches!(
        opener.as_str(),
        "between" | "entre" | "from" | "de" | "desde"
    ) {
        let mut s0 = q.start.saturating_sub(1);
        while s0 > 0
            && word_at(toks, s0)
                .is_some_and(|w| matches!(w.as_str(), "el" | "la" | "los" | "las" | "the"))
        {
            s0 -= 1;
        }
        start = start.min(s0);
        if let Some((qq, s)) = qualifier_before(toks, start) {
            qualifier = qq;
            start = s;
        }
    }
    Some(Quantity {
        value: lo,
        value_max: Some(b.value),
        qualifier,
        unit,
        start,
        end: qb.end.max(b.end),
        num_start: a.start,
        num_end: b.end,
    })
}

fn change_verb_before(toks: &[Tok], start: usize) -> bool {
    // "dropped by 1 to 1.5 degrees": the change itself is a range.
    if start > 0 && word_at(toks, start - 1).is_some_and(|w| w == "by" || w == "en") {
        return false;
    }
    change_verb_within(toks, start)
}

/// A verb of change among the six tokens before `start`.
fn change_verb_within(toks: &[Tok], start: usize) -> bool {
    let lo = start.saturating_sub(6);
    toks[lo..start]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .any(|t| {
            let w = lower(t);
            matches!(
                w.as_str(),
                "rose"
                    | "rise"
                    | "rises"
                    | "risen"
                    | "fell"
                    | "fall"
                    | "falls"
                    | "fallen"
                    | "increased"
                    | "increase"
                    | "decreased"
                    | "grew"
                    | "grow"
                    | "climbed"
                    | "dropped"
                    | "jumped"
                    | "raised"
                    | "cut"
                    | "lowered"
                    | "went"
                    | "up"
                    | "down"
                    | "surged"
                    | "declined"
                    | "slipped"
                    | "doubled"
                    | "revised"
                    | "changed"
                    | "moved"
                    | "boosted"
                    | "reduced"
                    | "subió"
                    | "bajó"
                    | "pasó"
                    | "aumentó"
                    | "creció"
                    | "cayó"
                    | "elevó"
                    | "redujo"
                    | "passed"
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn q(s: &str, lang: Lang) -> Vec<(f64, Option<f64>, Qualifier, Option<String>)> {
        let toks = tokenize(s);
        find(&toks, lang, numbers::decimal_evidence(s))
            .into_iter()
            .map(|q| (q.value, q.value_max, q.qualifier, q.unit))
            .collect()
    }

    #[test]
    fn basics() {
        assert_eq!(
            q("more than 50 leaders", Lang::En),
            vec![(50.0, None, Qualifier::MoreThan, None)]
        );
        assert_eq!(
            q("a 25% tariff", Lang::En),
            vec![(25.0, None, Qualifier::Exact, Some("percent".into()))]
        );
        assert_eq!(
            q("$1.2 billion in aid", Lang::En),
            vec![(1.2e9, None, Qualifier::Exact, Some("USD".into()))]
        );
        assert_eq!(
            q("2.000 millones de pesos", Lang::Es),
            vec![(2e9, None, Qualifier::Exact, Some("MXN".into()))]
        );
        assert_eq!(
            q("between 20 and 30 people", Lang::En),
            vec![(20.0, Some(30.0), Qualifier::Exact, None)]
        );
        assert_eq!(
            q("nearly two dozen calls", Lang::En),
            vec![(24.0, None, Qualifier::Approx, None)]
        );
        assert_eq!(
            q("half of the country", Lang::En),
            vec![(0.5, None, Qualifier::Exact, None)]
        );
        assert_eq!(
            q("48 horas", Lang::Es),
            vec![(48.0, None, Qualifier::Exact, Some("hour".into()))]
        );
    }

    /// The phrase matching of `qualifier_before` as a scan of all of `BEFORE`: the longest
    /// phrase the words (in text order) end with, the first of equals.
    fn longest_phrase_scan(words: &[&str]) -> Option<(Qualifier, usize)> {
        let mut best: Option<(Qualifier, usize)> = None;
        for (phrase, q) in BEFORE {
            let n = phrase.len();
            if n <= words.len()
                && words[words.len() - n..] == **phrase
                && best.is_none_or(|(_, len)| n > len)
            {
                best = Some((*q, n));
            }
        }
        best
    }

    #[test]
    fn qualifier_phrases_indexed_by_last_word_match_as_a_scan_would() {
        let mut pairs: Vec<(&[&str], &[&str])> = Vec::new();
        for (p, _) in BEFORE {
            pairs.push((&[], p));
            pairs.push((&["then"], p));
            for (q, _) in BEFORE {
                pairs.push((q, p));
            }
        }
        for (a, b) in pairs {
            let words: Vec<&str> = a.iter().chain(b.iter()).copied().collect();
            let s = format!("{} 5", words.join(" "));
            let toks = tokenize(&s);
            let five = toks.len() - 1;
            // The scan reads at most four words back.
            let tail = &words[words.len().saturating_sub(4)..];
            let want = longest_phrase_scan(tail).map(|(q, n)| (q, five - n));
            let got = qualifier_before(&toks, five);
            assert_eq!(got, want, "{s}");
        }
    }

    #[test]
    fn every_two_word_unit_starts_with_a_first_word() {
        for (x, _, _) in TWO_WORD_UNITS {
            assert!(multi_unit_first_word(x), "{x}");
        }
    }

    #[test]
    fn one_after_a_reported_that_counts() {
        for s in [
            "The registry shows that one U.S. citizen was detained.",
            "Officials said that one soldier died.",
        ] {
            assert_eq!(
                q(s, Lang::En),
                vec![(1.0, None, Qualifier::Exact, None)],
                "{s}"
            );
        }
        for s in [
            "I prefer that one over the others.",
            "He said that one was broken.",
        ] {
            assert_eq!(q(s, Lang::En), vec![], "{s}");
        }
    }

    #[test]
    fn non_claims() {
        assert!(q(
            "In 2018, the Boeing 737 left at 9:30 on March 4 for a third time.",
            Lang::En
        )
        .is_empty());
        assert!(q("The G7 and COVID-19 and F-35 and Generation Z.", Lang::En).is_empty());
        assert!(q("El 4 de marzo de 2025 llegó la tercera entrega.", Lang::Es).is_empty());
        assert!(q("Call 555-1234 for one of the tickets.", Lang::En).is_empty());
    }

    fn one(s: &str) -> (f64, Option<f64>, Qualifier, Option<String>) {
        let got = q(s, Lang::En);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        got[0].clone()
    }

    fn unit(s: &str) -> (f64, Option<String>) {
        let (v, _, _, u) = one(s);
        (v, u)
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

    #[test]
    fn scales_signs_and_bounds() {
        let u = |v: f64, c: Option<&str>| (v, c.map(str::to_string));
        assert_eq!(unit("1.5m tonnes of alumina"), u(1.5e6, Some("ton")));
        assert_eq!(unit("42m subscribers"), u(42e6, None));
        assert_eq!(unit("4.3M viewers"), u(4.3e6, None));
        assert_eq!(unit("the 200m final"), u(200.0, Some("m")));
        assert_eq!(unit("she won the 100m hurdles"), u(100.0, Some("m")));
        assert_eq!(unit("the 400m relays"), u(400.0, Some("m")));
        assert_eq!(unit("the app has 35m users"), u(35e6, None));
        assert_eq!(unit("3 hundred volunteers"), u(300.0, None));
        assert_eq!(unit("cooled to minus 12 degrees"), u(-12.0, Some("degree")));
        assert_eq!(unit("reached minus-4 degrees"), u(-4.0, Some("degree")));
        assert_eq!(
            unit("an error rate of .02 per cent"),
            u(0.02, Some("percent"))
        );
        assert_eq!(unit("Dow +0.4% at noon"), u(0.4, Some("percent")));
        assert_eq!(unit("about 6.5×10−12 grams"), u(6.5e-12, Some("g")));
        assert_eq!(unit("104degF at noon"), u(104.0, Some("fahrenheit")));
        assert_eq!(unit("lost 312 points"), u(312.0, Some("point")));
        assert_eq!(
            unit("30 miles per gallon"),
            u(30.0, Some("mile per gallon"))
        );
        assert_eq!(unit("charges in 90 seconds"), u(90.0, Some("second")));
        assert_eq!(unit("Okafor, 58, said"), u(58.0, Some("year")));
        assert_eq!(
            one("demand for sub-200 sq m flats"),
            (200.0, None, Qualifier::LessThan, Some("m2".into()))
        );
        let frac = |s: &str| one(s).0;
        assert!((frac("One fifth of the harvest") - 0.2).abs() < 1e-9);
        assert!((frac("three out of four farmers") - 0.75).abs() < 1e-9);
        assert!((frac("one in five adults") - 0.2).abs() < 1e-9);
        assert_eq!(q("scored 2 in 10 minutes", Lang::En).len(), 2);
        assert!((frac("add 1\u{2044}64 of a teaspoon") - 1.0 / 64.0).abs() < 1e-12);
    }

    #[test]
    fn ranges_and_the_word_one() {
        assert_eq!(
            one("a fine of $2 billion to $4 billion"),
            (2e9, Some(4e9), Qualifier::Exact, Some("USD".into()))
        );
        assert_eq!(
            one("fees from 0.5 per cent to 0.75 per cent"),
            (0.5, Some(0.75), Qualifier::Exact, Some("percent".into()))
        );
        assert_eq!(
            one("between $US200 million and $US260 million"),
            (2e8, Some(2.6e8), Qualifier::Exact, Some("USD".into()))
        );
        assert_eq!(
            one("flats from 450 sq ft up to 900 sq ft"),
            (
                450.0,
                Some(900.0),
                Qualifier::Exact,
                Some("square foot".into())
            )
        );
        assert_eq!(
            q("plazas desde 20 hasta 35 euros", Lang::Es),
            vec![(20.0, Some(35.0), Qualifier::Exact, Some("EUR".into()))]
        );
        assert_eq!(
            one("for one to two weeks"),
            (1.0, Some(2.0), Qualifier::Exact, Some("week".into()))
        );
        // A change and the level it reached stay two figures.
        assert_eq!(
            q("grew by $1.2 billion to $48.5 billion", Lang::En).len(),
            2
        );
        assert_eq!(q("fell by 4,000 to 217,000", Lang::En).len(), 2);
        assert_eq!(unit("pleaded guilty to one count"), (1.0, None));
        assert_eq!(unit("eased by one per cent"), (1.0, Some("percent".into())));
        assert_eq!(
            unit("during those four months"),
            (4.0, Some("month".into()))
        );
        assert!(q("the one that survived and one of the few", Lang::En).is_empty());
        // The level reached keeps the unit of the figure before "to", unless it is a percent.
        let units: Vec<Option<String>> = q("rose 48 points to 3,912 and 3% to 41", Lang::En)
            .into_iter()
            .map(|x| x.3)
            .collect();
        let p = |u: &str| Some(u.to_string());
        assert_eq!(units, vec![p("point"), p("point"), p("percent"), None]);
        assert_eq!(
            q("slowed from 4.8 to 4.7 percent", Lang::En),
            vec![
                (4.8, None, Qualifier::Exact, p("percent")),
                (4.7, None, Qualifier::Exact, p("percent"))
            ]
        );
        assert_eq!(
            q("rose from 2 to 3 billion euros", Lang::En),
            vec![
                (2e9, None, Qualifier::Exact, p("EUR")),
                (3e9, None, Qualifier::Exact, p("EUR"))
            ]
        );
    }

    #[test]
    fn vague_plurals_are_an_order_of_magnitude() {
        let r =
            |v: f64, u: Option<&str>| (v, Some(v * 10.0), Qualifier::Exact, u.map(String::from));
        assert_eq!(
            q(
                "Dozens of people fled and tens of thousands of dollars were lost.",
                Lang::En
            ),
            vec![r(12.0, None), r(1e4, Some("USD"))]
        );
        assert_eq!(
            q(
                "It will cost several hundred million pounds; a few thousand came.",
                Lang::En
            ),
            vec![r(1e8, Some("GBP")), r(1e3, None)]
        );
        assert_eq!(q("Thousands were evacuated.", Lang::En), vec![r(1e3, None)]);
        assert_eq!(
            q("hundreds of miles", Lang::En),
            vec![r(100.0, Some("mile"))]
        );
        assert_eq!(
            q(
                "miles de millones de dólares y decenas de miles de personas",
                Lang::Es
            ),
            vec![r(1e9, Some("USD")), r(1e4, None)]
        );
        assert_eq!(
            q("varios cientos de vecinos y centenares de casas", Lang::Es),
            vec![r(100.0, None), r(100.0, None)]
        );
        assert_eq!(
            q("costó varios miles de millones de pesos", Lang::Es),
            vec![r(1e9, Some("MXN"))]
        );
        // A number before the plural scale makes it exact: "2 millones", "mil millones".
        assert_eq!(
            q("2 millones de personas y mil millones de pesos", Lang::Es),
            vec![
                (2e6, None, Qualifier::Exact, None),
                (1e9, None, Qualifier::Exact, Some("MXN".into()))
            ]
        );
        assert!(q("They came by the thousands, 5 per thousands.", Lang::En)
            .iter()
            .all(|x| x.0 == 5.0));
    }

    #[test]
    fn years_named_by_context() {
        for s in [
            "It was built between A.D. 1000 and 1260.",
            "The port dates from 300 BC.",
            "Seas could flood the coast by 2120.",
            "They landed in 1492 and 1493.",
            "Se fundó hacia 1535.",
        ] {
            assert!(q(s, Lang::En).is_empty(), "{s}: {:?}", q(s, Lang::En));
        }
        assert_eq!(unit("Output rose by 1500."), (1500.0, None));
        assert_eq!(unit("In 1000 cases it failed."), (1000.0, None));
    }

    #[test]
    fn model_names_after_digits() {
        assert!(q("Deliveries of the 787 Dreamliner resumed.", Lang::En).is_empty());
        assert!(q("It sells the 11 Pro and 11 Pro Max: both.", Lang::En).is_empty());
        assert_eq!(
            q("They grounded two new 737 Max jets.", Lang::En),
            vec![(2.0, None, Qualifier::Exact, None)]
        );
        let counts: Vec<f64> = q(
            "It hired 30 Google engineers, 150 Boeing 737 MAX pilots, 50 Mexicans, 40 Russian \
             soldiers, 20 US troops and about 460 Kia and Hyundai cars.",
            Lang::En,
        )
        .into_iter()
        .map(|x| x.0)
        .collect();
        assert_eq!(counts, vec![30.0, 150.0, 50.0, 40.0, 20.0, 460.0]);
    }

    #[test]
    fn multipliers_compound_ranges_and_codes() {
        let f = |v: f64| (v, Some("fold".to_string()));
        assert_eq!(unit("output grew sixfold"), f(6.0));
        assert_eq!(unit("costs rose 2.5-fold"), f(2.5));
        assert_eq!(unit("a two-fold rise"), f(2.0));
        assert_eq!(unit("about 8 B people"), (8e9, None));
        assert_eq!(
            one("its 0-to-60-mph time"),
            (0.0, Some(60.0), Qualifier::Exact, Some("mph".into()))
        );
        assert_eq!(
            one("a 200,000 to-260,000 year-old skull"),
            (2e5, Some(2.6e5), Qualifier::Exact, Some("year".into()))
        );
        assert!(q("homes in the 90049 ZIP code", Lang::En).is_empty());
        assert!(q("Quarterback Dak Prescott (4) scrambled.", Lang::En).is_empty());
    }

    #[test]
    fn ages_spans_and_scaled_sales() {
        let y = |v: f64| (v, Some("year".to_string()));
        assert_eq!(unit("Explorer Maria Lopez 52 has crossed it."), y(52.0));
        assert!(q("Super Bowl 53 was played.", Lang::En).is_empty());
        assert_eq!(
            one("women aged 25 to 54"),
            (25.0, Some(54.0), Qualifier::Exact, Some("year".into()))
        );
        assert_eq!(
            q("down from the $89 to $93 billion it projected", Lang::En),
            vec![(89e9, Some(93e9), Qualifier::Exact, Some("USD".into()))]
        );
        assert_eq!(
            unit("2.7m combined digital and physical sales"),
            (2.7e6, None)
        );
        assert_eq!(
            q("cleared 5.9m and stands 1.8m tall", Lang::En),
            vec![
                (5.9, None, Qualifier::Exact, Some("m".into())),
                (1.8, None, Qualifier::Exact, Some("m".into()))
            ]
        );
    }

    #[test]
    fn more_non_claims() {
        for s in [
            "Operators extend 5G coverage.",
            "The festival runs Aug. 12-16 and the 2021-22 accounts were late.",
            "The fans came by the thousands.",
            "The visitors scored twice in the second half of the match.",
            "The abbey was rebuilt between 1350 and 1420 after the fire.",
            "The Big Ten announced a deal.",
            "Clinics ran out of COVID -19 vaccines.",
            "It passed the ISO 3888-2 test.",
        ] {
            assert!(q(s, Lang::En).is_empty(), "{s}: {:?}", q(s, Lang::En));
        }
        assert!(q("Futures on the S P 500 edged higher.", Lang::En).is_empty());
        assert_eq!(
            one("a height of ~1.2 mm"),
            (1.2, None, Qualifier::Approx, Some("mm".into()))
        );
        assert_eq!(
            one("strength lower than 9 percent"),
            (9.0, None, Qualifier::LessThan, Some("percent".into()))
        );
        let quals: Vec<Qualifier> = q("more than 100 kilometers (62 miles) away", Lang::En)
            .into_iter()
            .map(|x| x.2)
            .collect();
        assert_eq!(quals, vec![Qualifier::MoreThan, Qualifier::MoreThan]);
        assert_eq!(unit("ozone at 95 parts per billion"), (95.0, None));
        assert_eq!(unit("fell on Friday 2.5%"), (2.5, Some("percent".into())));
    }
}
