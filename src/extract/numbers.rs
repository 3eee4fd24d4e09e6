//! Numbers: digit strings under either separator convention, number words in English and
//! Spanish (through text2num), scale words ("million", "bn", "mil millones"), dozens and
//! fractions ("two dozen", "half of", "a third of", "la mitad").

use std::borrow::Cow;
use std::sync::OnceLock;

use text2num::{find_numbers, Language, Token};

use super::tokens::{Kind, Lower, Tok};
use crate::model::Lang;
use crate::text::{find_ascii_digit, with_lower};
use crate::word_set;

/// Which character marks decimals, when a text shows it unambiguously.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    Point,
    Comma,
}

/// Unambiguous evidence of a decimal mark in `text`: "3.5" or "1,234.5" says Point; "2,3" or
/// "1.234,5" says Comma. None when the text shows neither (or both).
pub(crate) fn decimal_evidence(text: &str) -> Option<DecimalMark> {
    let b = text.as_bytes();
    let (mut point, mut comma) = (false, false);
    let mut i = 0;
    // From digit run to digit run: the bytes between are skipped eight at a time.
    while let Some(d) = find_ascii_digit(&b[i..]) {
        let start = i + d;
        i = start;
        while i < b.len()
            && (b[i].is_ascii_digit()
                || ((b[i] == b'.' || b[i] == b',') && i + 1 < b.len() && b[i + 1].is_ascii_digit()))
        {
            i += 1;
        }
        match classify(&b[start..i]) {
            Some(DecimalMark::Point) => point = true,
            Some(DecimalMark::Comma) => comma = true,
            None => {}
        }
    }
    match (point, comma) {
        (true, false) => Some(DecimalMark::Point),
        (false, true) => Some(DecimalMark::Comma),
        _ => None,
    }
}

/// The counts of '.' and ',' in a digit run and the positions of the last of each, in one pass:
/// `(dots, commas, last_dot, last_comma)`.
#[inline]
fn separators(t: &[u8]) -> (usize, usize, usize, usize) {
    let (mut dots, mut commas, mut last_dot, mut last_comma) = (0, 0, 0, 0);
    for (k, &c) in t.iter().enumerate() {
        if c == b'.' {
            dots += 1;
            last_dot = k;
        } else if c == b',' {
            commas += 1;
            last_comma = k;
        }
    }
    (dots, commas, last_dot, last_comma)
}

/// What one digit run alone says about the decimal mark.
fn classify(t: &[u8]) -> Option<DecimalMark> {
    let (dots, commas, last_dot, last_comma) = separators(t);
    match (dots, commas) {
        (0, 0) => None,
        (d, c) if d > 0 && c > 0 => {
            if last_dot > last_comma {
                Some(DecimalMark::Point)
            } else {
                Some(DecimalMark::Comma)
            }
        }
        // A lone separator: three digits after it group thousands.
        (1, 0) => (t.len() - last_dot - 1 != 3).then_some(DecimalMark::Point),
        (0, 1) => (t.len() - last_comma - 1 != 3).then_some(DecimalMark::Comma),
        (_, 0) => Some(DecimalMark::Comma), // 1.234.567: dots group thousands
        (0, _) => Some(DecimalMark::Point),
        _ => None,
    }
}

/// Parses a digit string. `mark` is the decimal mark the sentence or document shows, if any;
/// without evidence, a lone separator followed by exactly three digits groups thousands,
/// except English "1.250", which is read as a decimal.
pub fn parse_digits(t: &str, mark: Option<DecimalMark>, lang: Lang) -> Option<f64> {
    if t.len() > 40 {
        return None;
    }
    // Plain digit strings (most figures) need no cleaning; up to 15 digits an integer is exact
    // in an f64, so reading it as one gives the same value as the float parse below.
    if !t.is_empty() && t.len() <= 15 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse::<u64>().ok().map(|n| n as f64);
    }
    let (dots, commas, last_dot, last_comma) = separators(t.as_bytes());
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (d, c) if d > 0 && c > 0 => Some(if last_dot > last_comma { b'.' } else { b',' }),
        (d, 0) if d > 1 => None,
        (0, c) if c > 1 => None,
        (1, 0) | (0, 1) => {
            let (sep, at) = if dots == 1 {
                (b'.', last_dot)
            } else {
                (b',', last_comma)
            };
            let after = t.len() - at - 1;
            let lead_zero = t.starts_with('0');
            if after != 3 || lead_zero {
                Some(sep)
            } else {
                let sep_mark = if sep == b'.' {
                    DecimalMark::Point
                } else {
                    DecimalMark::Comma
                };
                match mark {
                    Some(m) if m == sep_mark => Some(sep),
                    Some(_) => None,
                    None if sep == b'.' && lang == Lang::En => Some(sep),
                    None => None,
                }
            }
        }
        _ => None,
    };
    // The digits with the decimal mark as '.', in a buffer on the stack (`t` has at most 40
    // bytes); any byte but a digit or separator (a non-ASCII char) rejects the string.
    let mut clean = [0u8; 40];
    let mut n = 0;
    for c in t.bytes() {
        match c {
            b'0'..=b'9' => {
                clean[n] = c;
                n += 1;
            }
            b'.' | b',' if Some(c) == decimal => {
                clean[n] = b'.';
                n += 1;
            }
            b'.' | b',' => {}
            _ => return None,
        }
    }
    std::str::from_utf8(&clean[..n]).ok()?.parse().ok()
}

/// The multiplier of a scale word ("million" → 1e6), if it is one.
pub fn scale(lower: &str) -> Option<f64> {
    Some(match lower {
        "thousand" | "thousands" | "k" => 1e3,
        "million" | "millions" | "mn" | "mln" | "m" | "millón" | "millon" | "millones" => 1e6,
        "billion" | "billions" | "bn" | "b" | "bln" => 1e9,
        "trillion" | "trillions" | "tn" | "trn" | "billón" | "billones" => 1e12,
        "mil" => 1e3,
        // Indian English: "2.3 lakh people", "₹1,200 crore".
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => return None,
    })
}

/// The multiplier of a one-word "-fold" ("sixfold" → 6, "tenfold" → 10, "hundredfold" → 100).
pub(crate) fn fold_multiplier(w: &str) -> Option<f64> {
    Some(match w.strip_suffix("fold")? {
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "twelve" => 12.0,
        "twenty" => 20.0,
        "fifty" => 50.0,
        "hundred" => 100.0,
        "thousand" => 1000.0,
        _ => return None,
    })
}

word_set!(
    /// Words that start or continue a spelled-out number, or are a vague plural of one.
    number_words,
    "en/number_words.txt",
    "es/number_words.txt"
);
word_set!(
    /// The English number lemmas of text2num, and the linking "and".
    en_number_lemmas,
    "en/number_lemmas.txt"
);
word_set!(
    /// The Spanish number lemmas of text2num, and the linking "y".
    es_number_lemmas,
    "es/number_lemmas.txt"
);
word_set!(
    /// The Spanish decimal separators of text2num ("coma", "punto").
    es_decimal_separators,
    "es/decimal_separators.txt"
);
word_set!(
    /// Words text2num reads only inside an English number ("and", "point").
    en_number_links,
    "en/number_links.txt"
);
word_set!(
    /// Words text2num reads only inside a Spanish number ("y", "coma", "punto").
    es_number_links,
    "es/number_links.txt"
);
word_set!(
    /// Spanish articles that text2num reads as "one" ("un", "una"): alone, no count.
    es_one_articles,
    "es/one_articles.txt"
);
word_set!(
    /// Spanish ordinals cut short before a noun ("el tercer trimestre", "el primer lugar"),
    /// which text2num reads as cardinals: ordinals are never claims.
    es_short_ordinals,
    "es/short_ordinals.txt"
);

/// Whether a word whose lower case starts with byte `b` can be an [`is_number_word`]: every
/// such word starts with a letter some listed number word starts with (the "-fold" words
/// too), so a word that starts otherwise needs no lower-casing to be ruled out. Lower-casing
/// maps no other first byte to these letters except for 'İ' and the Kelvin sign, which
/// become 'i' and 'k'.
pub(crate) fn may_start_number_word(b: u8) -> bool {
    number_words().may_start(b)
}

/// True when a lower-case word can start or continue a spelled-out number in either language,
/// or is a vague plural of one ("hundreds", "miles").
pub(crate) fn is_number_word(w: &str) -> bool {
    // Callers skip words by their first letter (see may_start_number_word): so must this, and
    // does, since the "-fold" words all start with a letter some listed word starts with.
    number_words().contains(w) || w.ends_with("fold") && fold_multiplier(w).is_some()
}

/// False when the ASCII word `w`, in any case, is certainly not a number word (see
/// [`is_number_word`]); true means it may be one. No lower-casing: for scanning every word.
pub(crate) fn may_be_number_word_ascii(w: &[u8]) -> bool {
    number_words().may_contain_ascii(w)
        || w.len() > 4 && w[w.len() - 4..].eq_ignore_ascii_case(b"fold")
}

/// A spelled-out number found among a sentence's tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordNumber {
    /// Token range (start inclusive, end exclusive).
    pub start: usize,
    pub end: usize,
    pub value: f64,
}

struct WordTok<'a> {
    text: &'a str,
    lower: Lower<'a>,
    separated: bool,
}

impl Token for &WordTok<'_> {
    fn text(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.text)
    }
    fn text_lowercase(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.lower)
    }
    fn nt_separated(&self, _previous: &Self) -> bool {
        self.separated
    }
}

fn language(lang: Lang) -> &'static Language {
    static EN: OnceLock<Language> = OnceLock::new();
    static ES: OnceLock<Language> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(Language::english),
        Lang::Es => ES.get_or_init(Language::spanish),
    }
}

/// Can lower-case `w` take part in a number for text2num in `lang`, in any state of its parser:
/// a number word (cardinal, ordinal or fraction) under the language's own lemmatization, the
/// word linking parts of a number ("and", "y") or a decimal separator ("point", "coma",
/// "punto"). Every other word makes text2num end an open number and is otherwise ignored.
/// A superset is safe (a word that cannot take part is merely fed to text2num); missing a
/// word that can would change what [`word_numbers`] finds. The lists follow the `apply`,
/// `apply_decimal` and `check_decimal_separator` of text2num 2.8's English and Spanish.
fn text2num_word(w: &str, lang: Lang) -> bool {
    match lang {
        // English lemmatization strips trailing 's' (all of them), except from "seconds";
        // stripping it always only adds "seconds" to the set.
        Lang::En => w == "point" || en_number_lemma(w.trim_end_matches('s')),
        // Spanish lemmatization strips trailing 's' ("-os", "-as") or "es" endings (all of
        // them), except from "dos" and "tres"; trying each covers whichever applied.
        Lang::Es => {
            if es_decimal_separators().contains(w) || es_number_lemma(w) {
                return true;
            }
            let mut es = w;
            while let Some(rest) = es.strip_suffix("es") {
                es = rest;
            }
            es_number_lemma(w.trim_end_matches('s')) || es_number_lemma(es)
        }
    }
}

/// Words that text2num reads only inside a number, never as its start: the linking "and" and
/// "y", and the decimal separators "point", "coma" and "punto". Each fails to parse, without
/// changing anything, when no number is open.
fn text2num_link(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => en_number_links().contains(w),
        Lang::Es => es_number_links().contains(w),
    }
}

/// An English number lemma of text2num (or the linking "and").
fn en_number_lemma(w: &str) -> bool {
    en_number_lemmas().contains(w)
}

/// A Spanish number lemma of text2num (or the linking "y").
fn es_number_lemma(w: &str) -> bool {
    es_number_lemmas().contains(w)
}

/// Cardinal numbers written in words ("fifty", "cincuenta", "three hundred and forty-two
/// thousand"), as token ranges. Ordinals ("a third transfer") are left out.
pub(crate) fn word_numbers(toks: &[Tok], lang: Lang) -> Vec<WordNumber> {
    let mut words: Vec<WordTok> = Vec::new();
    let mut index: Vec<usize> = Vec::new();
    let mut separated = false;
    // Whether the last word fed to text2num could take part in a number.
    let mut last_fed_part = false;
    for (i, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::Word => {
                // text2num (with threshold 0, as here) only ends an open number at a word that
                // cannot take part in one, and ignores such a word while no number is open: of
                // each run of them only the first, which closes the number before it, changes
                // anything. The rest are left out (their positions are mapped back by `index`),
                // which saves text2num most of the sentence. `separated` is still reset at
                // each word, so every word fed keeps the flag it had.
                let role = |w: &str| (text2num_word(w, lang), text2num_link(w, lang));
                let (part, link) = if t.lower_case {
                    role(t.text)
                } else {
                    with_lower(t.text, role)
                };
                // A word that only links the parts of a number or marks its decimals leaves
                // text2num's parser as it is while no number is open (none can be after a word
                // that cannot take part): then it is left out like those words.
                let part = part && (last_fed_part || !link);
                if part || last_fed_part {
                    words.push(WordTok {
                        text: t.text,
                        lower: t.low(),
                        separated,
                    });
                    index.push(i);
                    last_fed_part = part;
                }
                separated = false;
            }
            Kind::Punct if t.text == "-" && !t.space_before => {}
            _ => separated = true,
        }
    }
    let mut out = Vec::new();
    if words.is_empty() {
        // No word text2num could read as (part of) a number (the first word fed is one).
        return out;
    }
    for occ in find_numbers(words.iter(), language(lang), 0.0) {
        if occ.is_ordinal || occ.start >= occ.end || occ.end > index.len() {
            continue;
        }
        let first = words[occ.start].lower.as_str();
        // Spanish articles are not counts; a lone English "one" is judged in context
        // ("one count of fraud" is, "one of the ..." is not: see quantity::excluded). A lone
        // "o", which text2num reads as the zero of "two o five", is a letter ("agent O").
        if occ.end - occ.start == 1 && (es_one_articles().contains(first) || first == "o") {
            continue;
        }
        // Rule `short_ordinal`: "el tercer trimestre" is no count of three.
        if es_short_ordinals().contains(words[occ.end - 1].lower.as_str()) {
            continue;
        }
        out.push(WordNumber {
            start: index[occ.start],
            end: index[occ.end - 1] + 1,
            value: occ.value,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn plain_digits_read_as_the_float_parse_does() {
        for t in [
            "0",
            "007",
            "2024",
            "999999999999999",
            "1234567890123456",
            "",
        ] {
            assert_eq!(
                parse_digits(t, None, Lang::En),
                t.parse::<f64>().ok(),
                "{t}"
            );
        }
    }

    #[test]
    fn separators_follow_evidence_and_language() {
        assert_eq!(parse_digits("1,200.5", None, Lang::En), Some(1200.5));
        assert_eq!(parse_digits("1.200,5", None, Lang::Es), Some(1200.5));
        assert_eq!(parse_digits("8.500", None, Lang::Es), Some(8500.0));
        assert_eq!(parse_digits("2,3", None, Lang::Es), Some(2.3));
        assert_eq!(parse_digits("1,200", None, Lang::En), Some(1200.0));
        assert_eq!(
            parse_digits("1,200", Some(DecimalMark::Comma), Lang::Es),
            Some(1.2)
        );
        assert_eq!(
            parse_digits("1.200", Some(DecimalMark::Comma), Lang::En),
            Some(1200.0)
        );
        assert_eq!(parse_digits("12.345.678", None, Lang::Es), Some(12345678.0));
        assert_eq!(
            parse_digits("1,234,567.89", None, Lang::Es),
            Some(1234567.89)
        );
        assert_eq!(parse_digits("1.234.567,5", None, Lang::En), Some(1234567.5));
        assert_eq!(
            parse_digits("0,250", Some(DecimalMark::Point), Lang::Es),
            Some(0.25)
        );
        assert_eq!(parse_digits("1,2,3.4.5", None, Lang::En), None);
        assert_eq!(
            decimal_evidence("de 1.234.567 a 2.000"),
            Some(DecimalMark::Comma)
        );
        assert_eq!(
            decimal_evidence("2024, 3,5 y 12,500"),
            Some(DecimalMark::Comma)
        );
        assert_eq!(
            decimal_evidence("hubo 2,3% y 8.500 hectáreas"),
            Some(DecimalMark::Comma)
        );
        assert_eq!(
            decimal_evidence("rose 3.5% to 1,200"),
            Some(DecimalMark::Point)
        );
        assert_eq!(decimal_evidence("1,200 and 8.500"), None);
    }

    /// `word_numbers` as it was before it left words out: every word fed to text2num.
    fn word_numbers_feeding_all(toks: &[Tok], lang: Lang) -> Vec<(usize, usize, f64)> {
        let mut words: Vec<WordTok> = Vec::new();
        let mut index: Vec<usize> = Vec::new();
        let mut separated = false;
        for (i, t) in toks.iter().enumerate() {
            match t.kind {
                Kind::Word => {
                    words.push(WordTok {
                        text: t.text,
                        lower: t.low(),
                        separated,
                    });
                    index.push(i);
                    separated = false;
                }
                Kind::Punct if t.text == "-" && !t.space_before => {}
                _ => separated = true,
            }
        }
        let mut out = Vec::new();
        for occ in find_numbers(words.iter(), language(lang), 0.0) {
            if occ.is_ordinal || occ.start >= occ.end || occ.end > index.len() {
                continue;
            }
            let first = words[occ.start].lower.as_str();
            if occ.end - occ.start == 1 && es_one_articles().contains(first)
                || es_short_ordinals().contains(words[occ.end - 1].lower.as_str())
            {
                continue;
            }
            out.push((index[occ.start], index[occ.end - 1] + 1, occ.value));
        }
        out
    }

    #[test]
    fn leaving_out_words_text2num_ignores_changes_nothing() {
        let sentences = [
            "More than fifty leaders and three hundred and forty-two thousand people",
            "twenty dogs five cats, and one hundred and seven birds",
            "Twenty Five Thousand people and two point five million dollars",
            "two point dogs five and a third of the first two hundred",
            "one two three four twenty fifteen; zero o eight, nought",
            "It said one, and then two thousand and twelve. Seconds later five seconds",
            "Fifth third second twenty-first hundredth one thousand two hundred thirtieth.",
            "the ones and twos, tens of thousands of hundreds and millions",
            "FIFTEEN ONE TEN ONE and Ninety-Nine Red Balloons and sixty hundreds",
            "Hubo cincuenta detenidos en la tercera entrega y doscientos cuarenta y tres mil",
            "dos millones de personas y mil millones de pesos, veintidós coma cinco",
            "unos cientos de vecinos, una docena y un tercio; treinta y uno punto dos",
            "las primeras veinte casas y los segundos dos, diez y seis mil quinientas",
            "Tres Mil Doscientos y Cuatrocientas Mil, décimo quinto y veinteavos",
            "cero coma cero cinco y el cien por ciento, ciento veinte y tantos",
            "and and one and, and two point and point five; and one point two and",
            "y coma tres y, y dos y y cuatro coma y punto cinco punto",
            "twenty and and five and so on, Point Two And Three",
        ];
        for s in sentences {
            let toks = tokenize(s);
            for lang in [Lang::En, Lang::Es] {
                let got: Vec<(usize, usize, f64)> = word_numbers(&toks, lang)
                    .iter()
                    .map(|w| (w.start, w.end, w.value))
                    .collect();
                assert_eq!(got, word_numbers_feeding_all(&toks, lang), "{s}");
            }
        }
    }

    #[test]
    fn number_words_start_with_the_letters_callers_skip_by() {
        let letters = b"bcdefhmnoqstuv";
        for b in 0..=u8::MAX {
            assert_eq!(
                may_start_number_word(b),
                letters.contains(&b),
                "{}",
                b as char
            );
        }
        // The "-fold" words are read by rule, and start with those letters too.
        for w in ["twofold", "tenfold", "hundredfold", "sixfold"] {
            assert!(
                is_number_word(w) && may_start_number_word(w.as_bytes()[0]),
                "{w}"
            );
        }
        assert!(is_number_word("veintitrés") && is_number_word("quarters"));
        assert!(!is_number_word("fold") && !is_number_word("threefolds"));
    }

    #[test]
    fn words_in_both_languages() {
        let t = tokenize("More than fifty leaders and three hundred and forty-two thousand people");
        let n = word_numbers(&t, Lang::En);
        let v: Vec<f64> = n.iter().map(|w| w.value).collect();
        assert_eq!(v, vec![50.0, 342000.0]);
        // A lone "O" is a letter, not the zero of "two o five"; "zero" is a figure.
        let t = tokenize("Three people saw agent O, and Mr O said zero were hurt.");
        let v: Vec<f64> = word_numbers(&t, Lang::En).iter().map(|w| w.value).collect();
        assert_eq!(v, vec![3.0, 0.0]);
        let t = tokenize("Hubo cincuenta detenidos en la tercera entrega");
        let v: Vec<f64> = word_numbers(&t, Lang::Es).iter().map(|w| w.value).collect();
        assert_eq!(v, vec![50.0]);
        // Rule `short_ordinal`: "tercer", "primer" before a noun are ordinals too.
        let t = tokenize("Vendió tres autos en el tercer trimestre, el primer año");
        let v: Vec<f64> = word_numbers(&t, Lang::Es).iter().map(|w| w.value).collect();
        assert_eq!(v, vec![3.0]);
    }
}
