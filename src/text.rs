//! Small text utilities shared by the pipeline stages: accent folding and stemming (English and
//! Spanish Snowball stemmers), so that "tariff"/"tariffs" and "arancel"/"aranceles" meet.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::model::Lang;

fn stemmer(lang: Lang) -> &'static Stemmer {
    static EN: OnceLock<Stemmer> = OnceLock::new();
    static ES: OnceLock<Stemmer> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Stemmer::create(Algorithm::English)),
        Lang::Es => ES.get_or_init(|| Stemmer::create(Algorithm::Spanish)),
    }
}

/// `s.to_lowercase()`, borrowed when `s` is already lower case (most words of a sentence), so
/// that matching words costs no allocation.
pub fn lower(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_uppercase() {
                return Cow::Owned(s.to_lowercase());
            }
            i += 1;
            continue;
        }
        let ch = s[i..].chars().next().unwrap_or(' ');
        let mut l = ch.to_lowercase();
        if l.next() != Some(ch) || l.next().is_some() {
            return Cow::Owned(s.to_lowercase());
        }
        i += ch.len_utf8();
    }
    Cow::Borrowed(s)
}

/// `s.split_whitespace().count()`, counted over bytes: eight ASCII bytes at a time (see
/// [`ascii_spaces`]), decoding only non-ASCII chars (news text is mostly ASCII).
pub(crate) fn word_count(s: &str) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let (mut words, mut prev_space, mut i) = (0usize, true, 0);
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if x & HIGH == 0 {
                let space = ascii_spaces(x);
                // A word starts at a non-space byte whose predecessor is a space.
                let before = space << 8 | u64::from(prev_space) << 7;
                words += high_bits(!space & HIGH & before);
                prev_space = space >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let c = b[i];
        let space = if c < 0x80 {
            i += 1;
            matches!(c, b' ' | b'\t'..=b'\r')
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            i += ch.len_utf8();
            ch.is_whitespace()
        };
        words += usize::from(!space && prev_space);
        prev_space = space;
    }
    words
}

/// Calls `f` on each piece of `s` between non-alphabetic chars (empty pieces too), with
/// whether the piece is all ASCII, until `f` returns true; returns whether it did. Eight
/// ASCII bytes are classified at a time (see [`ascii_letters`]) and only the separators among
/// them are visited, one bit each; only non-ASCII chars are decoded.
pub(crate) fn any_piece(s: &str, mut f: impl FnMut(&str, bool) -> bool) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let mut start = 0; // of the current piece
    let mut ascii = true; // the current piece is all ASCII so far
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if x & HIGH == 0 {
                // Each separator ends the current piece.
                let mut seps = !ascii_letters(x) & HIGH;
                while seps != 0 {
                    let at = i + seps.trailing_zeros() as usize / 8;
                    if f(&s[start..at], ascii) {
                        return true;
                    }
                    start = at + 1;
                    ascii = true;
                    seps &= seps - 1;
                }
                i += 8;
                continue;
            }
        }
        let c = b[i];
        let (letter, len) = if c < 0x80 {
            (c.is_ascii_alphabetic(), 1)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            (ch.is_alphabetic(), ch.len_utf8())
        };
        if letter {
            ascii &= c < 0x80;
        } else {
            if f(&s[start..i], ascii) {
                return true;
            }
            start = i + len;
            ascii = true;
        }
        i += len;
    }
    f(&s[start..], ascii)
}

/// For eight ASCII bytes (little-endian in `x`, each below 0x80), 0x80 in each byte that is an
/// ASCII letter and 0 elsewhere: with the case bit set, a letter is in 'a'..='z', and the sums
/// below stay within each byte, so every byte is tested exactly.
pub(crate) fn ascii_letters(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let y = x | (ONES * 0x20);
    let ge_a = y.wrapping_add(ONES * (0x80 - u64::from(b'a')));
    let gt_z = y.wrapping_add(ONES * (0x80 - u64::from(b'z') - 1));
    ge_a & !gt_z & HIGH
}

/// The number of bytes of `x` whose high bit is set, when no other bit is (`x & !HIGH == 0`):
/// one multiply gathers them into the top byte, where `count_ones` without the `popcnt`
/// instruction (not in the baseline x86-64 target) takes a dozen.
fn high_bits(x: u64) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    debug_assert_eq!(x & !0x8080_8080_8080_8080, 0);
    ((x >> 7).wrapping_mul(ONES) >> 56) as usize
}

/// For eight ASCII bytes (little-endian in `x`, each below 0x80), 0x80 in each byte that is
/// ASCII whitespace (' ' or '\t'..='\r') and 0 elsewhere. No byte sum below carries into the
/// next byte (each is at most 0x7f + 0x7f), so every byte is tested exactly.
fn ascii_spaces(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let is_blank = !((x ^ (ONES * 0x20)).wrapping_add(ONES * 0x7f)) & HIGH;
    let ge_tab = x.wrapping_add(ONES * (0x80 - 0x09));
    let ge_after_cr = x.wrapping_add(ONES * (0x80 - 0x0e));
    is_blank | (ge_tab & !ge_after_cr & HIGH)
}

/// The byte index of char `n` of `s`, or its length when it has no more chars (as
/// `s.char_indices().nth(n)` gives it), counting char starts (bytes that are not `10xxxxxx`)
/// eight bytes at a time.
pub(crate) fn char_index(s: &str, n: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let (mut seen, mut i) = (0, 0);
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let continuation = x & !(x << 1) & HIGH;
        let starts = 8 - high_bits(continuation);
        if seen + starts > n {
            break;
        }
        seen += starts;
        i += 8;
    }
    for (j, &c) in b.iter().enumerate().skip(i) {
        if c & 0xC0 != 0x80 {
            if seen == n {
                return j;
            }
            seen += 1;
        }
    }
    b.len()
}

/// How many numbers `s` writes in digits, a run of digits joined by single `,` or `.` counting
/// once ("1,250.5" is one): at least as many as the claims of a text that writes its figures
/// in digits, so that room for them is reserved at once (a vector of a large text's claims
/// doubled at the end of its extraction held them twice over; issue 14).
pub(crate) fn digit_numbers(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut n, mut i) = (0, 0);
    while let Some(at) = find_ascii_digit(&b[i..]) {
        n += 1;
        i += at;
        loop {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 < b.len() && matches!(b[i], b',' | b'.') && b[i + 1].is_ascii_digit() {
                i += 1;
            } else {
                break;
            }
        }
    }
    n
}

/// The index of the first ASCII digit in `b`, testing eight bytes at a time (exact per byte:
/// the sums below stay within each byte).
pub(crate) fn find_ascii_digit(b: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = b.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default()) ^ (ONES * b'0' as u64);
        // A byte is a digit iff, after the xor, its high bit is clear and the rest is below 10.
        let ge_ten = (x & !HIGH).wrapping_add(ONES * (0x80 - 10));
        let digits = !(ge_ten | x) & HIGH;
        if digits != 0 {
            return Some(k * 8 + digits.trailing_zeros() as usize / 8);
        }
    }
    let rest = chunks.remainder();
    let at = rest.iter().position(u8::is_ascii_digit)?;
    Some(b.len() - rest.len() + at)
}

/// Whether `text` holds `word` with its ASCII letters in any case (an empty word never): the
/// candidates are found by the first byte, in either case, with `memchr2`, so a text without
/// that letter is passed over at memchr speed.
pub(crate) fn contains_ascii_ci(text: &str, word: &str) -> bool {
    let (t, w) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = w.first() else {
        return false;
    };
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    memchr::memchr2_iter(lo, up, t).any(|i| {
        t.get(i + 1..i + w.len())
            .is_some_and(|rest| rest.eq_ignore_ascii_case(&w[1..]))
    })
}

/// Calls `f` with `w` in lower case (as `str::to_lowercase` gives it): as it is when it is
/// ASCII without capitals, else lower-casing short ASCII words in a stack buffer, so that
/// checking a word against a list allocates nothing.
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.bytes().any(|b| b >= 0x80 || b.is_ascii_uppercase()) {
        return f(w);
    }
    let mut buf = [0u8; 24];
    if w.len() <= buf.len() && w.is_ascii() {
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        return f(std::str::from_utf8(b).unwrap_or_default());
    }
    f(&lower(w))
}

/// Lower-cases and removes diacritics from Latin letters ("Más" → "mas"; "ñ" stays "ñ").
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .map(fold_char)
        .collect()
}

/// A lower-case char without its accent (see [`fold`]).
pub(crate) fn fold_char(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        '’' => '\'',
        c => c,
    }
}

/// Whether [`fold`] of `s` starts with `prefix`, without building it.
pub(crate) fn folds_to_prefix(s: &str, prefix: &str) -> bool {
    let mut folded = s.chars().flat_map(char::to_lowercase).map(fold_char);
    prefix.chars().all(|p| folded.next() == Some(p))
}

/// The stem of a lower-case word in `lang`, accent-folded. Memoised per thread: news text
/// repeats its words, and stemming is the costliest step per claim.
pub(crate) fn stem(word: &str, lang: Lang) -> String {
    with_stem(word, lang, str::to_string)
}

/// Calls `f` with the stem of `word` (as [`stem`] gives it) without copying it out of the memo.
/// The memo hashes with FxHash: its keys are short words, where SipHash costs more than the
/// lookup itself.
pub(crate) fn with_stem<R>(word: &str, lang: Lang, f: impl FnOnce(&str) -> R) -> R {
    use rustc_hash::FxHashMap;
    use std::cell::RefCell;
    thread_local! {
        static MEMO: RefCell<[FxHashMap<Box<str>, Box<str>>; 2]> = RefCell::default();
    }
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let m = &mut m[usize::from(lang == Lang::Es)];
        if let Some(s) = m.get(word) {
            return f(s);
        }
        let s: Box<str> = fold(&stemmer(lang).stem(&word.to_lowercase())).into();
        if m.len() > 100_000 {
            m.clear();
        }
        let r = f(&s);
        m.insert(word.into(), s);
        r
    })
}

/// Stems of a word under both languages (for matching a query typed in either).
pub(crate) fn stems_any(word: &str) -> [String; 2] {
    [stem(word, Lang::En), stem(word, Lang::Es)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_ascii_ci_matches_any_case_and_nothing_else() {
        assert!(contains_ascii_ci("The Ministry said", "ministry"));
        assert!(contains_ascii_ci("the MINISTRY", "Ministry"));
        assert!(contains_ascii_ci("ministry", "ministry"));
        assert!(!contains_ascii_ci("the minister", "ministry"));
        assert!(!contains_ascii_ci("the ministr", "ministry"));
        assert!(!contains_ascii_ci("anything", ""));
        assert!(contains_ascii_ci("año, Año", "año"));
        // The same answer as the window-by-window comparison, at every offset.
        let text = "mMinIstry ministRY, the Mini stry";
        for w in ["ministry", "m", "stry", "y,", "I", "zz", "the mini"] {
            let naive = text
                .as_bytes()
                .windows(w.len())
                .any(|x| x.eq_ignore_ascii_case(w.as_bytes()));
            assert_eq!(contains_ascii_ci(text, w), naive, "{w}");
        }
    }

    #[test]
    fn plural_and_accents_meet() {
        assert_eq!(stem("tariffs", Lang::En), stem("tariff", Lang::En));
        assert_eq!(stem("aranceles", Lang::Es), stem("arancel", Lang::Es));
        assert_eq!(fold("Más Extradición"), "mas extradicion");
    }

    #[test]
    fn char_index_is_char_indices_nth() {
        for s in [
            "",
            "abc",
            "según él, más víctimas €5 — 中文 😀 x",
            &"é".repeat(40),
            &("x".repeat(13) + &"ñ€😀".repeat(9)),
        ] {
            for n in 0..=s.chars().count() + 2 {
                let want = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
                assert_eq!(char_index(s, n), want, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn digit_numbers_counts_each_number_once() {
        assert_eq!(digit_numbers("no figures here"), 0);
        assert_eq!(digit_numbers("1,250.5 people, 3 cars and 12."), 3);
        assert_eq!(digit_numbers("2024-25: 7%, 8 %, 1.000.000 y 9"), 6);
        assert_eq!(digit_numbers("1, 2"), 2);
    }

    #[test]
    fn find_ascii_digit_is_position() {
        let all: Vec<u8> = (0..=255u8).collect();
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut v = vec![b'x'; at];
                v.push(b);
                v.extend_from_slice(b"yy9zz");
                assert_eq!(
                    find_ascii_digit(&v),
                    v.iter().position(u8::is_ascii_digit),
                    "{b} at {at}"
                );
            }
        }
        for start in 0..all.len() {
            let s = &all[start..];
            assert_eq!(find_ascii_digit(s), s.iter().position(u8::is_ascii_digit));
        }
        assert_eq!(find_ascii_digit(b""), None);
        assert_eq!(find_ascii_digit(b"abcdefghijklmnop"), None);
    }

    #[test]
    fn high_bits_counts_the_high_bits_set() {
        for x in [
            0u64,
            0x80,
            0x8000_0000_0000_0080,
            0x8080_8080_8080_8080,
            0x0080_8000_0080_0000,
        ] {
            assert_eq!(high_bits(x), x.count_ones() as usize, "{x:#x}");
        }
    }

    #[test]
    fn word_count_is_split_whitespace_count() {
        for s in [
            "",
            " ",
            "one",
            " one  two\tthree\n",
            "a\u{a0}b\u{2003}c\u{3000} d\u{85}e\u{1c}f\u{b}g\u{c}h",
            "según él,  más\r\nvíctimas ",
            "\u{200b}x\u{2028}\u{2029}y\u{202f}z\u{205f}\u{1680}",
        ] {
            assert_eq!(word_count(s), s.split_whitespace().count(), "{s:?}");
        }
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{c:?}");
            // Every position of `c` in and across eight-byte chunks, between ASCII runs.
            for k in 0..10 {
                let s = format!("{}{c}{c} x\ty{}", "ab ".repeat(k), "z ".repeat(k));
                assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            }
        }
        // Pseudo-random mixes of every ASCII byte, spaces and a few non-ASCII chars.
        let alphabet: Vec<char> = (0u8..0x80)
            .map(char::from)
            .chain(['\u{a0}', 'é', '\u{3000}', '€', '\u{85}'])
            .collect();
        let mut seed = 7u64;
        for _ in 0..2000 {
            let mut s = String::new();
            for _ in 0..(seed % 40) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
                if seed & 3 == 0 {
                    s.push(' ');
                }
            }
            assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
        }
    }

    #[test]
    fn lower_borrows_only_what_is_lower_case() {
        for w in [
            "",
            "tariff",
            "Tariff",
            "más",
            "Más",
            "ÉL",
            "ǅ",
            "ΣΑΣ",
            "’s",
            "a\u{0301}",
            "İ",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w:?}");
        }
        assert!(matches!(lower("según"), Cow::Borrowed(_)));
        assert!(matches!(lower("Según"), Cow::Owned(_)));
    }
}
