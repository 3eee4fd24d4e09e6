//! The quantity rules' tables of words and values: units, currencies, qualifier phrases,
//! vague plurals, fractions. Word sets (a word and no value) are data files under
//! `extract/lexicon/`; these map a word to what it means, and are kept here, apart from the
//! logic that reads them.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::model::Qualifier;

/// A table of words and their values, looked up through a hash map built on first use.
pub(super) struct WordMap<V: 'static> {
    table: &'static [(&'static str, V)],
    map: OnceLock<FxHashMap<&'static str, V>>,
}

impl<V: Copy> WordMap<V> {
    pub(super) const fn new(table: &'static [(&'static str, V)]) -> Self {
        WordMap {
            table,
            map: OnceLock::new(),
        }
    }

    /// The words of the table.
    pub(super) fn words(&self) -> impl Iterator<Item = &'static str> {
        self.table.iter().map(|&(w, _)| w)
    }

    /// The value of `w`, written as the table writes it (lower case, but for codes).
    #[inline]
    pub(super) fn get(&self, w: &str) -> Option<V> {
        self.map
            .get_or_init(|| self.table.iter().copied().collect())
            .get(w)
            .copied()
    }
}

/// Currency symbols and the currency each names alone.
pub(super) const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₦", "NGN"),
    ("₩", "KRW"),
    ("₽", "RUB"),
];

/// The country letters written with "$" ("C$", "MX$", "$A"; compared ignoring ASCII case)
/// and the dollar or peso they name; other letters leave it the US dollar.
pub(super) const DOLLAR_COUNTRIES: &[(&str, &str)] = &[
    ("C", "CAD"),
    ("CA", "CAD"),
    ("CAN", "CAD"),
    ("MX", "MXN"),
    ("MEX", "MXN"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("R", "BRL"),
    ("S", "SGD"),
    ("SG", "SGD"),
];

/// Country letters that name a dollar written apart before a "$" glued to the number
/// ("HK $3.7").
pub(super) const COUNTRIES_SPACED_BEFORE_DOLLAR: &[&str] =
    &["US", "HK", "NZ", "AU", "CA", "MX", "SG", "S"];

/// Country letters that name a dollar written right after the "$" ("$US5", "$A82").
pub(super) const COUNTRIES_AFTER_DOLLAR: &[&str] =
    &["US", "A", "AU", "NZ", "HK", "C", "CA", "S", "SG"];

/// Units named by one word (either language, lower case) → their normalised English name.
pub(super) static UNIT_WORDS: WordMap<&str> = WordMap::new(&[
    ("percent", "percent"),
    ("pct", "percent"),
    ("porciento", "percent"),
    ("pc", "percent"),
    ("ghz", "gigahertz"),
    ("gigahertz", "gigahertz"),
    ("mhz", "megahertz"),
    ("megahertz", "megahertz"),
    ("khz", "kilohertz"),
    ("kilohertz", "kilohertz"),
    ("hz", "hertz"),
    ("hertz", "hertz"),
    ("nm", "nanometre"),
    ("nanometer", "nanometre"),
    ("nanometers", "nanometre"),
    ("nanometre", "nanometre"),
    ("nanometres", "nanometre"),
    ("bhp", "horsepower"),
    ("mbps", "megabit per second"),
    ("gbps", "gigabit per second"),
    ("w", "watt"),
    ("watt", "watt"),
    ("watts", "watt"),
    ("vatios", "watt"),
    ("min", "minute"),
    ("sec", "second"),
    ("secs", "second"),
    ("h", "hour"),
    ("year", "year"),
    ("years", "year"),
    ("yr", "year"),
    ("yrs", "year"),
    ("año", "year"),
    ("años", "year"),
    ("month", "month"),
    ("months", "month"),
    ("mes", "month"),
    ("meses", "month"),
    ("week", "week"),
    ("weeks", "week"),
    ("semana", "week"),
    ("semanas", "week"),
    ("day", "day"),
    ("days", "day"),
    ("día", "day"),
    ("días", "day"),
    ("dia", "day"),
    ("dias", "day"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("hrs", "hour"),
    ("hora", "hour"),
    ("horas", "hour"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("mins", "minute"),
    ("minuto", "minute"),
    ("minutos", "minute"),
    ("second", "second"),
    ("seconds", "second"),
    ("segundo", "second"),
    ("segundos", "second"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("década", "decade"),
    ("décadas", "decade"),
    ("century", "century"),
    ("centuries", "century"),
    ("siglo", "century"),
    ("siglos", "century"),
    ("km", "km"),
    ("kms", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("kilómetro", "km"),
    ("kilómetros", "km"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("milla", "mile"),
    ("millas", "mile"),
    ("m", "m"),
    ("meter", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("metres", "m"),
    ("metros", "m"),
    ("cm", "cm"),
    ("centimeter", "cm"),
    ("centimeters", "cm"),
    ("centímetros", "cm"),
    ("centimetres", "cm"),
    ("mm", "mm"),
    ("millimeter", "mm"),
    ("millimeters", "mm"),
    ("milímetros", "mm"),
    ("millimetres", "mm"),
    ("ft", "foot"),
    ("foot", "foot"),
    ("feet", "foot"),
    ("pies", "foot"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("pulgadas", "inch"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("yardas", "yard"),
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilogramo", "kg"),
    ("kilogramos", "kg"),
    ("g", "g"),
    ("gram", "g"),
    ("grams", "g"),
    ("gramo", "g"),
    ("gramos", "g"),
    ("lb", "lb"),
    ("lbs", "lb"),
    ("pound", "lb"),
    ("pounds", "lb"),
    ("libras", "lb"),
    ("ounce", "ounce"),
    ("ounces", "ounce"),
    ("oz", "ounce"),
    ("onzas", "ounce"),
    ("ton", "ton"),
    ("tons", "ton"),
    ("tonne", "ton"),
    ("tonnes", "ton"),
    ("tonelada", "ton"),
    ("toneladas", "ton"),
    ("t", "ton"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("ha", "hectare"),
    ("hectárea", "hectare"),
    ("hectáreas", "hectare"),
    ("hectareas", "hectare"),
    ("acre", "acre"),
    ("acres", "acre"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("barril", "barrel"),
    ("barriles", "barrel"),
    ("bpd", "barrel"),
    ("liter", "liter"),
    ("liters", "liter"),
    ("litre", "liter"),
    ("litres", "liter"),
    ("litro", "liter"),
    ("litros", "liter"),
    ("l", "liter"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("galones", "gallon"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("grado", "degree"),
    ("grados", "degree"),
    ("celsius", "celsius"),
    ("centígrados", "celsius"),
    ("fahrenheit", "fahrenheit"),
    ("degf", "fahrenheit"),
    ("degc", "celsius"),
    ("deg", "degree"),
    ("degs", "degree"),
    ("point", "point"),
    ("points", "point"),
    ("punto", "point"),
    ("puntos", "point"),
    ("mph", "mph"),
    ("mpg", "mile per gallon"),
    ("kph", "km/h"),
    ("kmh", "km/h"),
    ("mw", "megawatt"),
    ("megawatt", "megawatt"),
    ("megawatts", "megawatt"),
    ("megavatios", "megawatt"),
    ("gw", "gigawatt"),
    ("gigawatt", "gigawatt"),
    ("gigawatts", "gigawatt"),
    ("kw", "kilowatt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("kwh", "kilowatt hour"),
    ("mwh", "megawatt hour"),
    ("gwh", "gigawatt hour"),
    ("twh", "terawatt hour"),
    ("gb", "gigabyte"),
    ("gigabyte", "gigabyte"),
    ("gigabytes", "gigabyte"),
    ("tb", "terabyte"),
    ("terabyte", "terabyte"),
    ("terabytes", "terabyte"),
    ("hp", "horsepower"),
    ("horsepower", "horsepower"),
    ("rpm", "rpm"),
    ("mg", "mg"),
    ("milligram", "mg"),
    ("milligrams", "mg"),
    ("miligramos", "mg"),
    ("ml", "ml"),
    ("milliliter", "ml"),
    ("milliliters", "ml"),
    ("mililitros", "ml"),
    ("volt", "volt"),
    ("volts", "volt"),
    ("voltios", "volt"),
    ("fold", "fold"),
]);

/// Currencies named by a word after the number (lower case) → their code ("cent" for cents).
pub(super) static CURRENCY_WORDS: WordMap<&str> = WordMap::new(&[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("dólar", "USD"),
    ("dólares", "USD"),
    ("dolares", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("mdp", "MXN"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("rupias", "INR"),
    ("reais", "BRL"),
    ("reales", "BRL"),
    ("sterling", "GBP"),
    ("shekel", "ILS"),
    ("shekels", "ILS"),
    ("séquel", "ILS"),
    ("ringgit", "MYR"),
    ("rupiah", "IDR"),
    ("baht", "THB"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("franco", "CHF"),
    ("francos", "CHF"),
    ("yenes", "JPY"),
    ("rublos", "RUB"),
    ("soles", "PEN"),
    ("quetzales", "GTQ"),
    ("lempiras", "HNL"),
    ("colones", "CRC"),
    ("bolívares", "VES"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("cent", "cent"),
    ("cents", "cent"),
    ("centavos", "cent"),
]);

/// Currency codes as written (case matters: "Rs", "RM") → the ISO code.
pub(super) static CURRENCY_CODES: WordMap<&str> = WordMap::new(&[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("MXN", "MXN"),
    ("GBP", "GBP"),
    ("CAD", "CAD"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("BRL", "BRL"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("AUD", "AUD"),
    ("NZD", "NZD"),
    ("HKD", "HKD"),
    ("SGD", "SGD"),
    ("MYR", "MYR"),
    ("RM", "MYR"),
    ("ILS", "ILS"),
    ("NIS", "ILS"),
    ("KRW", "KRW"),
    ("ZAR", "ZAR"),
    ("RMB", "CNY"),
    ("Rs", "INR"),
    ("KES", "KES"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    ("KShs", "KES"),
    ("Kshs", "KES"),
]);

/// Two-word units right after a number: (first word, second word, unit).
pub(super) const TWO_WORD_UNITS: &[(&str, &str, &str)] = &[
    ("deg", "c", "celsius"),
    ("deg", "f", "fahrenheit"),
    ("degrees", "celsius", "celsius"),
    ("degrees", "fahrenheit", "fahrenheit"),
    ("grados", "centígrados", "celsius"),
    ("grados", "celsius", "celsius"),
    ("grados", "fahrenheit", "fahrenheit"),
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
    ("puntos", "básicos", "basis point"),
    ("punto", "básico", "basis point"),
    ("puntos", "base", "basis point"),
    ("punto", "base", "basis point"),
    ("square", "kilometers", "km2"),
    ("square", "kilometres", "km2"),
    ("square", "miles", "square mile"),
    ("square", "meters", "m2"),
    ("square", "metres", "m2"),
    ("metric", "tons", "ton"),
    ("cubic", "meters", "m3"),
    ("cubic", "metres", "m3"),
    ("metros", "cúbicos", "m3"),
];

/// Qualifier phrases written before a number, longest first within each list.
pub(super) const BEFORE: &[(&[&str], Qualifier)] = &[
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
    (&["un", "mínimo", "de"], Qualifier::AtLeast),
    (&["un", "minimo", "de"], Qualifier::AtLeast),
    (&["no", "more", "than"], Qualifier::AtMost),
    (&["up", "to"], Qualifier::AtMost),
    (&["at", "most"], Qualifier::AtMost),
    (&["a", "maximum", "of"], Qualifier::AtMost),
    (&["as", "many", "as"], Qualifier::AtMost),
    (&["as", "much", "as"], Qualifier::AtMost),
    (&["como", "máximo"], Qualifier::AtMost),
    (&["un", "máximo", "de"], Qualifier::AtMost),
    (&["un", "maximo", "de"], Qualifier::AtMost),
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

/// The words that count a fraction or a dozen before it ("a third", "two-thirds", "una
/// docena") and their count.
pub(super) const COUNT_WORDS: &[(&str, f64)] = &[
    ("a", 1.0),
    ("one", 1.0),
    ("un", 1.0),
    ("una", 1.0),
    ("two", 2.0),
    ("dos", 2.0),
    ("three", 3.0),
    ("tres", 3.0),
    ("four", 4.0),
    ("cuatro", 4.0),
];

/// Fraction words and the part they name ("thirds" → 3, "quarter" → 4).
pub(super) const FRACTION_DENOMINATORS: &[(&str, f64)] = &[
    ("third", 3.0),
    ("thirds", 3.0),
    ("tercio", 3.0),
    ("tercios", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("cuarto", 4.0),
    ("cuartos", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
];

/// The units of length (as [`UNIT_WORDS`] names them): "37m" before one is metres, not a
/// million.
pub(super) const LENGTH_UNITS: &[&str] = &["km", "mile", "m", "cm", "mm", "foot", "inch", "yard"];

/// English vague plurals and their base ("hundreds" → 100: the figure is 100–1,000).
pub(super) static EN_VAGUE_PLURALS: WordMap<f64> = WordMap::new(&[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("hundreds", 100.0),
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
]);

/// Spanish vague plurals and their base ("decenas" → 10).
pub(super) static ES_VAGUE_PLURALS: WordMap<f64> = WordMap::new(&[
    ("decenas", 10.0),
    ("docenas", 12.0),
    ("cientos", 100.0),
    ("centenares", 100.0),
    ("miles", 1e3),
    ("millones", 1e6),
]);

/// English scales after a hedge word ("several hundred", "a few dozen") and their value.
pub(super) const EN_HEDGED_SCALES: &[(&str, f64)] = &[
    ("dozen", 12.0),
    ("hundred", 100.0),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
];

/// Scale words that multiply a hedged figure further ("several hundred million").
pub(super) const SCALES_AFTER_HEDGE: &[&str] =
    &["thousand", "million", "billion", "mil", "millones"];

/// Dollars and pesos named for their country by an adjective after the word (Spanish) or
/// before the figure (English): (currency the word names alone, Spanish adjective, English
/// adjective, currency meant). "50 dólares canadienses", "Canadian $50 dollars".
pub(super) const NATIONAL_CURRENCIES: &[(&str, &str, &str, &str)] = &[
    ("USD", "canadienses", "canadian", "CAD"),
    ("USD", "australianos", "australian", "AUD"),
    ("MXN", "argentinos", "argentine", "ARS"),
    ("MXN", "chilenos", "chilean", "CLP"),
    ("MXN", "colombianos", "colombian", "COP"),
    ("MXN", "uruguayos", "uruguayan", "UYU"),
    ("MXN", "cubanos", "cuban", "CUP"),
    ("MXN", "dominicanos", "dominican", "DOP"),
    ("MXN", "filipinos", "philippine", "PHP"),
    ("USD", "estadounidenses", "american", "USD"),
];

/// Currencies named in English by a country adjective between the figure and the currency
/// word: "30 billion Canadian dollars", "500 million Swiss francs", "2bn Hong Kong
/// dollars": (adjective words, currency words it may stand before, currency meant). A
/// currency word alone names the currency of [`CURRENCY_WORDS`] ("dollars" USD).
pub(super) const ADJECTIVE_CURRENCIES: &[(&str, &[&str], &str)] = &[
    ("canadian", DOLLARS, "CAD"),
    ("australian", DOLLARS, "AUD"),
    ("new zealand", DOLLARS, "NZD"),
    ("hong kong", DOLLARS, "HKD"),
    ("singapore", DOLLARS, "SGD"),
    ("taiwan", DOLLARS, "TWD"),
    ("us", DOLLARS, "USD"),
    ("u.s.", DOLLARS, "USD"),
    ("american", DOLLARS, "USD"),
    ("swiss", &["franc", "francs"], "CHF"),
    ("mexican", PESOS, "MXN"),
    ("argentine", PESOS, "ARS"),
    ("argentinian", PESOS, "ARS"),
    ("chilean", PESOS, "CLP"),
    ("colombian", PESOS, "COP"),
    ("uruguayan", PESOS, "UYU"),
    ("cuban", PESOS, "CUP"),
    ("dominican", PESOS, "DOP"),
    ("philippine", PESOS, "PHP"),
    ("japanese", &["yen"], "JPY"),
    ("chinese", &["yuan"], "CNY"),
    ("indian", &["rupee", "rupees"], "INR"),
    ("pakistani", &["rupee", "rupees"], "PKR"),
    ("south african", &["rand"], "ZAR"),
    ("brazilian", &["real", "reais"], "BRL"),
    ("russian", &["rouble", "roubles", "ruble", "rubles"], "RUB"),
    ("turkish", &["lira", "liras"], "TRY"),
    ("british", &["pound", "pounds"], "GBP"),
    ("egyptian", &["pound", "pounds"], "EGP"),
    ("swedish", &["krona", "kronor"], "SEK"),
    ("norwegian", &["krone", "kroner"], "NOK"),
    ("danish", &["krone", "kroner"], "DKK"),
    ("south korean", &["won"], "KRW"),
    ("polish", &["zloty", "zlotys"], "PLN"),
    ("nigerian", &["naira"], "NGN"),
];
const DOLLARS: &[&str] = &["dollar", "dollars"];
const PESOS: &[&str] = &["peso", "pesos"];

#[cfg(test)]
mod tests {
    use super::*;

    /// A word listed twice would take the last value (a `match` took the first): none is.
    #[test]
    fn every_word_map_lists_each_word_once() {
        fn once<V>(name: &str, map: &WordMap<V>) {
            let mut seen = rustc_hash::FxHashSet::default();
            for (w, _) in map.table {
                assert!(seen.insert(*w), "{name}: {w:?} is listed twice");
            }
        }
        once("UNIT_WORDS", &UNIT_WORDS);
        once("CURRENCY_WORDS", &CURRENCY_WORDS);
        once("CURRENCY_CODES", &CURRENCY_CODES);
        once("EN_VAGUE_PLURALS", &EN_VAGUE_PLURALS);
        once("ES_VAGUE_PLURALS", &ES_VAGUE_PLURALS);
    }

    #[test]
    fn word_maps_look_words_up_as_written() {
        assert_eq!(UNIT_WORDS.get("kilómetros"), Some("km"));
        assert_eq!(UNIT_WORDS.get("secs"), Some("second"));
        assert_eq!(UNIT_WORDS.get("Km"), None);
        assert_eq!(CURRENCY_CODES.get("Rs"), Some("INR"));
        assert_eq!(CURRENCY_CODES.get("rs"), None);
        assert_eq!(CURRENCY_WORDS.get("séquel"), Some("ILS"));
        assert_eq!(CURRENCY_WORDS.get("soles"), Some("PEN"));
        assert_eq!(CURRENCY_WORDS.get("quetzales"), Some("GTQ"));
        assert_eq!(ES_VAGUE_PLURALS.get("centenares"), Some(100.0));
        assert_eq!(EN_VAGUE_PLURALS.get("centenares"), None);
    }
}
