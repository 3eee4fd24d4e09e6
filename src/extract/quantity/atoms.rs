//! Number atoms: the bare numbers of a sentence before context (digits, spelled-out numbers,
//! fractions and dozens, scientific notation, "-fold" multipliers, proportions), with the
//! scale words after them merged in; and chains of digits (phone numbers, codes).

use super::names::{function_word, opener_word};
use super::tables::{COUNT_WORDS, FRACTION_DENOMINATORS, LENGTH_UNITS};
use super::units::{currency_before, currency_symbol, currency_word, unit_word};
use super::{counted_noun_follows, lower, numbers, with_low, word_at, Atom};
use crate::extract::numbers::DecimalMark;
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::model::Lang;
use crate::word_set;

/// Numbers of a sentence before context: digits (with scale), words, dozens, fractions.
pub(super) fn atoms(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Vec<Atom> {
    let read = read_atoms(toks, lang, mark);
    let mut merged = merge_scales(&read, toks, lang);
    if lang == Lang::Es {
        super::halves::and_a_half(&mut merged, toks);
    }
    join_proportions(&mut merged, toks);
    merged
}

/// The numbers of a sentence as written, before the scale words after them: word numbers,
/// digits, fractions and dozens, "-fold" multipliers.
fn read_atoms(toks: &[Tok], lang: Lang, mark: Option<DecimalMark>) -> Vec<Atom> {
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
            // "por ciento" is the unit of the number before it ("cien por ciento"), never a
            // number of its own, even when that number is dropped as a figure of speech.
            let percent_word = w.end == w.start + 1
                && toks[w.start].is("ciento")
                && w.start > 0
                && toks[w.start - 1].is("por");
            if percent_word {
                i = w.end;
                continue;
            }
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
            if let Some(a) = digit_atom(toks, i, lang, mark) {
                out.push(a);
                i = a.end;
                continue;
            }
        } else if t.kind == Kind::Word {
            if let Some(f) = fraction_or_dozen(toks, i).filter(|f| !dozen_rate_base(toks, f)) {
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
    out
}

/// The number written in digits at token `i`: a simple fraction ("3/4"), scientific notation,
/// a decimal without its leading zero (".5"), or digits with their sign.
fn digit_atom(toks: &[Tok], i: usize, lang: Lang, mark: Option<DecimalMark>) -> Option<Atom> {
    let t = &toks[i];
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
                return Some(Atom {
                    start: i,
                    end: i + 3,
                    value: n / d,
                    plain_digits: false,
                    fixed: true,
                    negative: false,
                });
            }
        }
    }
    // Scientific notation: "2.998×10−8", "6.02 x 10^23".
    if let Some((v, used)) = scientific(toks, i) {
        return Some(Atom {
            start: i,
            end: i + used,
            value: v,
            plain_digits: false,
            fixed: false,
            negative: false,
        });
    }
    // A decimal written without its leading zero: ".5", ".001 per cent".
    if i >= 1
        && toks[i - 1].text == "."
        && !t.space_before
        && (i == 1 || toks[i - 1].space_before)
        && t.text.bytes().all(|b| b.is_ascii_digit())
    {
        if let Ok(v) = format!("0.{}", t.text).parse::<f64>() {
            return Some(Atom {
                start: i - 1,
                end: i + 1,
                value: v,
                plain_digits: false,
                fixed: false,
                negative: false,
            });
        }
    }
    // Counted nouns take integers: "2.350 casos" is 2350 even in an article that writes
    // "12.5%" (and "2,350 cases" in one that writes "12,5%").
    let mark = match counted_grouping(t.text) {
        Some(sep) if counted_noun_follows(toks, i + 1) && !measure_word_at(toks, i + 1) => {
            Some(if sep == b'.' {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            })
        }
        _ => mark,
    };
    if let Some((end, v)) = space_grouped(toks, i) {
        return Some(Atom {
            start: i,
            end,
            value: v,
            plain_digits: false,
            fixed: false,
            negative: false,
        });
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
            || minus_word_before(toks, i).is_some_and(|m| m == 0 || toks[m - 1].kind != Kind::Num);
        return Some(Atom {
            start: i,
            end: i + 1,
            value: if negative { -v } else { v },
            plain_digits: !t.text.contains(['.', ',']),
            fixed: false,
            negative,
        });
    }
    None
}

/// Rule `dozen_as_a_rate_base`: "$6.23 a dozen", "£3.70 a dozen": "a dozen" right after a
/// price is what the price is per, no count of its own.
fn dozen_rate_base(toks: &[Tok], f: &Atom) -> bool {
    let i = f.start;
    (f.value - 12.0).abs() < f64::EPSILON
        && toks[i].is("a")
        && i >= 2
        && toks[i - 1].kind == Kind::Num
        && toks[i.saturating_sub(3)..i - 1].iter().any(|t| {
            super::tables::CURRENCY_SYMBOLS
                .iter()
                .any(|(c, _)| *c == t.text)
        })
}

/// Scale words and dozens after a number merged into it ("1.2 million", "5m", "2 mil
/// millones", "2.000 millones", "4 hundred"); "one point five million" arrives as 1.5 and 1e6.
fn merge_scales(out: &[Atom], toks: &[Tok], lang: Lang) -> Vec<Atom> {
    let mut merged: Vec<Atom> = Vec::with_capacity(out.len());
    let mut j = 0;
    while j < out.len() {
        let mut a = out[j];
        j += 1;
        if a.fixed {
            merged.push(a);
            continue;
        }
        // Rule `hyphenated_scale`: "a $2-million deal", "a 2-billion-euro plan": a scale
        // word glued by a hyphen scales the number (never "2 to 1 million").
        let hyphenated = toks
            .get(a.end)
            .is_some_and(|t| t.text == "-" && !t.space_before)
            && toks.get(a.end + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.space_before
                    && t.text.len() > 2
                    && numbers::scale(&lower(t)).is_some()
            });
        let hyphen_at = hyphenated.then_some(a.end);
        if hyphenated {
            a.end += 1;
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
                if dozen_words().contains(&w) {
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
                    || word_at(toks, a.end + 1)
                        .is_some_and(|w| counted_after_spaced_scale().contains(&w)));
            if w.len() <= 2 && w != "bn" && w != "mn" && !glued && !spaced_letter {
                break;
            }
            if scale_letters().contains(&w) && !glued && !spaced_letter {
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
        if let Some(h) = hyphen_at.filter(|h| a.end == h + 1) {
            a.end = h;
        }
        merged.push(a);
    }
    merged
}

/// Rule `spaces_group_thousands`: "28 500 personas", "600 000 m³", "R28 500" (a space,
/// no-break space or thin space between groups, as the RAE, SI and South African style write
/// thousands): digits of one to three figures (no leading zero) followed by groups of exactly
/// three, each after one space, are one number; its end token and value. Not after another
/// number or a month ("March 3 500 people" is a date and a count), and not when the last group
/// runs on into a hyphen or slash ("12 100-metre races").
pub(super) fn space_grouped(toks: &[Tok], i: usize) -> Option<(usize, f64)> {
    /// The widest gap between groups, in bytes: one space (1), a no-break space (2), or a
    /// narrow no-break or thin space (3).
    const GROUP_GAP_BYTES: usize = 3;
    let t = &toks[i];
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let lead = t.text.len() <= 3 && digits(t.text) && !t.text.starts_with('0');
    if !lead || i > 0 && toks[i - 1].kind == Kind::Num {
        return None;
    }
    let mut end = i + 1;
    let mut value = t.text.parse::<f64>().ok()?;
    while let Some(g) = toks.get(end) {
        let gap = g.start - toks[end - 1].end;
        if g.kind != Kind::Num
            || g.text.len() != 3
            || !digits(g.text)
            || !(1..=GROUP_GAP_BYTES).contains(&gap)
        {
            break;
        }
        value = value * 1000.0 + g.text.parse::<f64>().ok()?;
        end += 1;
    }
    let runs_on = toks
        .get(end)
        .is_some_and(|n| !n.space_before && matches!(n.text, "-" | "/" | "\u{2013}"));
    let after_month = i > 0 && super::dates::is_month(&lower(&toks[i - 1]));
    (end > i + 1 && !runs_on && !after_month).then_some((end, value))
}

/// The separator of a number that reads as thousands when it counts: one '.' or ',' with one
/// to three digits (no leading zero) before it and exactly three after ("2.350", "2,350").
fn counted_grouping(t: &str) -> Option<u8> {
    let b = t.as_bytes();
    let at = b.iter().position(|&c| c == b'.' || c == b',')?;
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    (b.len() - at - 1 == 3
        && (1..=3).contains(&at)
        && b[0] != b'0'
        && digits(&b[..at])
        && digits(&b[at + 1..]))
    .then_some(b[at])
}

/// True when the word at `i` is a unit, scale or currency: what follows measures, not counts.
fn measure_word_at(toks: &[Tok], i: usize) -> bool {
    word_at(toks, i).is_some_and(|w| {
        unit_word(&w).is_some() || numbers::scale(&w).is_some() || currency_word(&w).is_some()
    })
}

/// "one out of three", "3 out of 4", "one in five", "tres de cada diez": two numbers joined
/// into a proportion.
fn join_proportions(merged: &mut Vec<Atom>, toks: &[Tok]) {
    // Rule `one_of_every`: "Uno de cada cinco jóvenes", "una de cada cuatro mujeres": the one
    // is an article word, no atom of its own; the proportion is 1/N.
    let taken: Vec<usize> = merged.iter().map(|a| a.start).collect();
    for b in merged.iter_mut() {
        let one = b.start >= 3
            && !taken.contains(&(b.start - 3))
            && toks[b.start - 1].is("cada")
            && toks[b.start - 2].is("de")
            && word_at(toks, b.start - 3).is_some_and(|w| one_of_every().contains(&w));
        if one && b.value > 1.0 && !b.fixed {
            *b = Atom {
                start: b.start - 3,
                end: b.end,
                value: 1.0 / b.value,
                plain_digits: false,
                fixed: true,
                negative: false,
            };
        }
    }
    let mut k = 0;
    while k + 1 < merged.len() {
        let (a, b) = (merged[k], merged[k + 1]);
        // "3 out of 4", "tres de cada diez", "two of every five".
        let out_of = b.start == a.end + 2
            && (toks[a.end].is("out") && toks[a.end + 1].is("of")
                || toks[a.end].is("de") && toks[a.end + 1].is("cada")
                || toks[a.end].is("of") && toks[a.end + 1].is("every"));
        // "one in five adults", but not "2 in 10 minutes" nor "3 in 2019".
        let one_in = b.start == a.end + 1
            && toks[a.end].is("in")
            && a.value <= 10.0
            && (b.value <= 1000.0 || scaled_base(toks, &b))
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
}

/// Rule `one_in_a_scaled_base`: "odds of 1 in 140 million", "a 1 in 292.2 million chance":
/// a base written in digits and a scale word ends a proportion however large it is; no count
/// of minutes or year is written so. "One in a million" (an article, no digits) stays an
/// idiom.
fn scaled_base(toks: &[Tok], b: &Atom) -> bool {
    toks[b.start].kind == Kind::Num
        && b.end > b.start + 1
        && word_at(toks, b.end - 1).is_some_and(|w| numbers::scale(&w).is_some())
}

/// "2.998×10−8" at `i`: the value and the tokens used (mantissa, "×", "10", sign, exponent).
pub(super) fn scientific(toks: &[Tok], i: usize) -> Option<(f64, usize)> {
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

word_set!(
    /// The one of "uno de cada cinco" ("uno", "una").
    one_of_every,
    "es/one_of_every.txt"
);
word_set!(
    /// Words for a dozen after digits ("3 dozen", "3 docenas").
    dozen_words,
    "en/dozen_words.txt",
    "es/dozen_words.txt"
);
word_set!(
    /// One-letter scale suffixes ("5m", "3k"): spaced from the number, a letter.
    scale_letters,
    "en/scale_letters.txt"
);
word_set!(
    /// Words after a spaced "B" or "M" that make it a scale ("8 B people").
    counted_after_spaced_scale,
    "en/counted_after_spaced_scale.txt"
);
word_set!(
    /// Plurals after "100m" that make it a distance raced ("hurdles", "laps").
    distance_events,
    "en/distance_events.txt"
);
word_set!(
    /// Adjectives of measure after "1.8m" ("tall", "deep").
    measure_adjectives,
    "en/measure_adjectives.txt"
);

/// After "37m" (token `m` at `i`): does what follows make the "m" a million? An upper-case
/// "M", "of", a unit other than a length ("1.2m tons"), or a counted plural noun ("35m users").
pub(super) fn million_follows(toks: &[Tok], i: usize) -> bool {
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
        return !LENGTH_UNITS.contains(&u);
    }
    let counted = |k: usize| {
        counted_noun_follows(toks, k)
            // Distances walked, swum or raced: "the 100m hurdles", "400m relays".
            && !word_at(toks, k).is_some_and(|w| distance_events().contains(&w))
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
                            (w == "and" || !function_word(&w)) && !measure_adjectives().contains(&w)
                        })
                })
}

word_set!(
    /// Words that make a fraction or a dozen ("half", "thirds", "docena").
    fraction_words,
    "en/fraction_words.txt",
    "es/fraction_words.txt"
);
word_set!(
    /// Words after a fraction that make it a part of something ("of", "the", "de").
    after_fraction,
    "en/after_fraction.txt",
    "es/after_fraction.txt"
);
word_set!(
    /// Words before a fraction that make it a figure with no "of" ("by", "nearly").
    before_fraction,
    "en/before_fraction.txt",
    "es/before_fraction.txt"
);
word_set!(
    /// Words after a fraction that are not the noun it would number ("in", "since").
    not_counted_by_fraction,
    "en/not_counted_by_fraction.txt",
    "es/not_counted_by_fraction.txt"
);
word_set!(
    /// Words before "half" that make it a part of a match or a year ("second half").
    halves_not_fractions,
    "en/halves_not_fractions.txt"
);

/// "half of", "a third of", "two-thirds of", "three quarters of", "a dozen", "la mitad",
/// "un tercio", "dos tercios", "una docena".
pub(super) fn fraction_or_dozen(toks: &[Tok], i: usize) -> Option<Atom> {
    // Only these words make a fraction or a dozen: for any other word, stop before reading
    // and lower-casing its neighbours.
    let opens = fraction_words();
    if !opens.may_start(toks[i].first_letter()) || !with_low(&toks[i], |w| opens.contains(w)) {
        return None;
    }
    let w = lower(&toks[i]);
    let prev = if i > 0 { word_at(toks, i - 1) } else { None };
    let of_follows = part_of_something(toks, i, prev.as_ref());
    let atom = |start: usize, end: usize, value: f64| Atom {
        start,
        end,
        value,
        plain_digits: false,
        fixed: true,
        negative: false,
    };
    match w.as_str() {
        "half" => {
            // "the second half of": a part of a match or a year, not a fraction.
            if !of_follows
                || prev
                    .as_deref()
                    .is_some_and(|p| halves_not_fractions().contains(p))
            {
                return None;
            }
            let start = if prev.as_deref() == Some("one") {
                i - 1
            } else {
                i
            };
            Some(atom(start, i + 1, 0.5))
        }
        "mitad" => {
            // Rule `half_as_a_subject`: "más de la mitad venían de Estados Unidos", "la mitad
            // serán para jóvenes": half of a set named before, subject of a plural verb.
            // Rule `half_as_a_singular_subject`: "apenas la mitad acudió a las urnas": a
            // singular verb too (the preterite, future or imperfect).
            let plural_verb = word_at(toks, i + 1).is_some_and(|n| {
                n.len() > 3
                    && [
                        "ían", "ban", "ron", "rán", "son", "án", "en", "ó", "rá", "aba", "ía",
                    ]
                    .iter()
                    .any(|e| n.ends_with(e))
                    || matches!(n.as_str(), "es" | "fue" | "era" | "está" | "tiene")
            });
            // Rule `half_after_a_bound`: "menos de la mitad que en 2023", "más de la mitad":
            // a bound before "la mitad" makes it a figure whatever follows.
            let bounded = i >= 3
                && word_at(toks, i - 2).as_deref() == Some("de")
                && word_at(toks, i - 3).is_some_and(|w| w == "más" || w == "menos");
            // Rule `reduced_to_half`: "redujo a la mitad el caudal", "cayó a la mitad": a
            // change to half of what there was.
            let to_half = i >= 2 && word_at(toks, i - 2).as_deref() == Some("a");
            (prev.as_deref() == Some("la") && (of_follows || plural_verb || to_half || bounded))
                .then(|| atom(i - 1, i + 1, 0.5))
        }
        "dozen" | "docena" => {
            let n = count_word(prev.as_ref())?;
            if i == 0 || n != 1.0 {
                return None;
            }
            // "a dozen" / "una docena"; "two dozen" comes through word numbers.
            Some(atom(i - 1, i + 1, 12.0))
        }
        _ => {
            // A fraction: "a third of", "three quarters of", "dos tercios".
            let d = FRACTION_DENOMINATORS.iter().find(|(f, _)| w == *f)?.1;
            if !(of_follows || w.starts_with("terc")) {
                return None;
            }
            // The number word may be hyphen-joined: "two-thirds".
            let (pre_idx, pre) = if i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before {
                (i - 2, word_at(toks, i - 2))
            } else {
                (i.saturating_sub(1), prev.clone())
            };
            let n = count_word(pre.as_ref())?;
            if i == 0 {
                return None;
            }
            Some(atom(pre_idx, i + 1, n / d))
        }
    }
}

/// The count a word before a fraction or dozen gives it: "a" or "one" 1, "two" 2 ...
fn count_word(p: Option<&Lower>) -> Option<f64> {
    let p = p?;
    COUNT_WORDS.iter().find(|(c, _)| p == *c).map(|&(_, n)| n)
}

/// Whether the fraction word at `i` stands as a part of something: "of" or a determiner
/// after it ("half of", "a third of the"), or "by" or a hedge before it and no noun after it
/// for it to number ("fell by half", "nearly a third in May"; not "a third transfer").
fn part_of_something(toks: &[Tok], i: usize, prev: Option<&Lower>) -> bool {
    let next = word_at(toks, i + 1).unwrap_or_default();
    if after_fraction().contains(&next) {
        return true;
    }
    // "dropped by two-thirds": a hyphen-joined count word; what stands before it counts.
    let hyphened = i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before;
    let (prev, prev2) = if hyphened {
        let at = |k: usize| {
            if i > k {
                word_at(toks, i - k - 1)
            } else {
                None
            }
        };
        (at(2).or_else(|| prev.cloned()), at(3))
    } else {
        (
            prev.cloned(),
            if i > 1 { word_at(toks, i - 2) } else { None },
        )
    };
    let prev = prev.as_ref();
    let hedge_before = |p: Option<&Lower>| p.is_some_and(|p| before_fraction().contains(p));
    let noun_next = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == Kind::Word && !not_counted_by_fraction().contains(&next));
    let article_before = count_word(prev) == Some(1.0);
    !noun_next && (hedge_before(prev) || article_before && hedge_before(prev2.as_ref()))
}

/// How many number tokens form a chain through `i`, joined by a glued "-" or "." or by bare
/// spaces ("1-800-555-0148", "55 1234 5678").
pub(super) fn digit_chain(toks: &[Tok], i: usize) -> usize {
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

pub(super) fn digits_len(t: &Tok) -> usize {
    t.text.len()
}

/// Where a minus sign written as a word begins, for a number at `i`: "minus 387", "minus-130".
pub(super) fn minus_word_before(toks: &[Tok], i: usize) -> Option<usize> {
    if i >= 2 && toks[i - 1].text == "-" && !toks[i - 1].space_before && !toks[i].space_before {
        return toks[i - 2].is("minus").then_some(i - 2);
    }
    // Rule `plus_or_minus_is_no_sign`: "a margin of error of plus or minus 2.5 points" is a
    // size, not a figure below zero.
    let plus_or = i >= 3 && toks[i - 2].is("or") && toks[i - 3].is("plus");
    if i >= 1 && toks[i - 1].is("minus") && toks[i].space_before && !plus_or {
        return Some(i - 1);
    }
    None
}

#[cfg(test)]
mod tests;
