//! Tokens of one sentence: digit runs (with their inner separators), words, and single
//! punctuation or symbol characters, each with byte offsets and whether space precedes it.

use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// ASCII digits, possibly with inner `.` or `,` between digits ("1,200.5").
    Num,
    /// Letters (and apostrophes inside a word).
    Word,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    pub kind: Kind,
    pub text: &'a str,
    /// Byte offsets in the sentence.
    pub start: usize,
    pub end: usize,
    /// Whitespace stands right before this token.
    pub space_before: bool,
    /// The text is already in lower case (`str::to_lowercase` would not change it), so
    /// [`Tok::low`] borrows it without looking at it again.
    pub lower_case: bool,
}

impl<'a> Tok<'a> {
    pub fn is(&self, s: &str) -> bool {
        self.text.eq_ignore_ascii_case(s)
    }
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
    /// The text in lower case, borrowed when it already is.
    pub fn low(&self) -> Lower<'a> {
        if self.lower_case {
            Lower(Cow::Borrowed(self.text))
        } else {
            Lower::of(self.text)
        }
    }
    /// Whether the text in lower case (as [`Tok::low`] gives it) ends with the ASCII letter
    /// `c`, other than 'k' (lower case), read from the last byte alone: of all chars only 'İ'
    /// and the Kelvin sign lower-case to anything ASCII ("i̇", "k"), so the lower case ends
    /// with `c` just when the text ends with `c` or its capital.
    pub(crate) fn ends_with_letter(&self, c: u8) -> bool {
        debug_assert!(c.is_ascii_lowercase() && c != b'k');
        self.text
            .as_bytes()
            .last()
            .is_some_and(|b| b.to_ascii_lowercase() == c)
    }
    /// The first byte of the text in ASCII lower case. When the text in lower case starts
    /// with an ASCII letter other than 'i' or 'k', this is that letter (see
    /// [`Tok::ends_with_letter`]), so it can rule a word out before it is lower-cased.
    pub(crate) fn first_letter(&self) -> u8 {
        self.text
            .as_bytes()
            .first()
            .map_or(0, |b| b.to_ascii_lowercase())
    }
    pub(crate) fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A token's text in lower case: borrowed from the sentence when it already is (most words),
/// so that matching a word against a list costs no allocation.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Lower<'a>(pub Cow<'a, str>);

impl<'a> Lower<'a> {
    /// Lower-cases `s` (as `str::to_lowercase` does), copying only when something changes.
    pub fn of(s: &'a str) -> Lower<'a> {
        Lower(crate::text::lower(s))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl<'a> From<&'a str> for Lower<'a> {
    fn from(s: &'a str) -> Lower<'a> {
        Lower::of(s)
    }
}

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.0.into_owned()
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Splits a sentence into tokens. Linear in the sentence length.
pub(crate) fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 4);
    let mut i = 0;
    let mut space = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        let mut lower_case = true;
        if c.is_ascii_digit() {
            kind = Kind::Num;
            i += 1;
            while i < b.len() {
                if b[i].is_ascii_digit() {
                    i += 1;
                } else if (b[i] == b'.' || b[i] == b',')
                    && i + 1 < b.len()
                    && b[i + 1].is_ascii_digit()
                {
                    i += 2;
                } else {
                    break;
                }
            }
        } else if c < 0x80 {
            if c.is_ascii_alphabetic() {
                kind = Kind::Word;
                (i, lower_case) = word_end(s, i);
            } else {
                kind = Kind::Punct;
                i += 1;
            }
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            if ch.is_whitespace() {
                space = true;
                i += ch.len_utf8();
                continue;
            }
            if ch.is_alphabetic() {
                kind = Kind::Word;
                (i, lower_case) = word_end(s, i);
            } else {
                kind = Kind::Punct;
                lower_case = is_lower_char(ch);
                i += ch.len_utf8();
            }
        }
        out.push(Tok {
            kind,
            text: &s[start..i],
            start,
            end: i,
            space_before: space,
            lower_case,
        });
        space = false;
    }
    out
}

/// True when `str::to_lowercase` leaves `ch` as it is.
fn is_lower_char(ch: char) -> bool {
    let mut l = ch.to_lowercase();
    l.next() == Some(ch) && l.next().is_none()
}

/// The end of the word starting at byte `i`, and whether the word is already lower case.
fn word_end(s: &str, mut i: usize) -> (usize, bool) {
    let b = s.as_bytes();
    let mut lower_case = true;
    loop {
        // Runs of ASCII lower-case letters, most of a word, in a tight loop.
        while i < b.len() && b[i].is_ascii_lowercase() {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let c = b[i];
        // Rule `ampersand_name_is_one_word`: "S&P", "AT&T", "M&S", "R&D": an ampersand
        // between capitals is part of the word.
        let ampersand = c == b'&'
            && i > 0
            && b[i - 1].is_ascii_uppercase()
            && b.get(i + 1).is_some_and(u8::is_ascii_uppercase);
        if c.is_ascii_alphabetic()
            || ampersand
            || (c == b'\'' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic())
        {
            lower_case &= !c.is_ascii_uppercase();
            i += 1;
        } else if c >= 0x80 {
            let ch = s[i..].chars().next().unwrap_or(' ');
            if ch.is_alphabetic()
                || (ch == '’' && s[i + ch.len_utf8()..].starts_with(|x: char| x.is_alphabetic()))
            {
                lower_case &= is_lower_char(ch);
                i += ch.len_utf8();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    (i, lower_case)
}

/// Rule `initialisms_are_one_word`: the dot of "U.S." or "U.K." (glued to a single capital,
/// or to a Spanish plural's doubled one, "EE.UU.", "FF.AA.", that a glued dot or capital
/// joins to another) is part of the word, not the phrase's end.
pub(crate) fn initialism_dot(toks: &[Tok], i: usize) -> bool {
    let capital = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let b = t.text.as_bytes();
            t.kind == Kind::Word
                && b[0].is_ascii_uppercase()
                && (b.len() == 1 || b.len() == 2 && b[1] == b[0])
        })
    };
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    // "EE. UU.": a doubled capital may follow after a space.
    let doubled = |k: usize| toks.get(k).is_some_and(|t| t.text.len() == 2);
    let next = |k: usize| glued(k) || doubled(k - 2) && doubled(k);
    toks[i].text == "."
        && i > 0
        && glued(i)
        && capital(i - 1)
        && (next(i + 1) && capital(i + 1)
            || i >= 2 && (glued(i - 1) || doubled(i - 1)) && toks[i - 2].text == ".")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_numbers_words_and_symbols() {
        let t = tokenize("US$1,200.5m in G7 (25%) Sheinbaum’s");
        let texts: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            texts,
            vec![
                "US",
                "$",
                "1,200.5",
                "m",
                "in",
                "G",
                "7",
                "(",
                "25",
                "%",
                ")",
                "Sheinbaum’s"
            ]
        );
        assert!(!t[3].space_before);
        assert!(!t[0].lower_case && t[4].lower_case && !t[11].lower_case);
        assert_eq!(t[2].kind, Kind::Num);
    }

    #[test]
    fn doubled_initialisms_are_one_word() {
        let dots = |s: &str| -> Vec<bool> {
            let t = tokenize(s);
            (0..t.len())
                .filter(|&i| t[i].text == ".")
                .map(|i| initialism_dot(&t, i))
                .collect()
        };
        assert_eq!(dots("the U.S. and EE.UU. and EE. UU. rose"), [true; 6]);
        // A sentence's end after a word, and after a capital that stands alone.
        assert_eq!(dots("It fell. Then AB. CD. rose. Plan B. It"), [false; 5]);
    }

    #[test]
    fn ampersand_name_is_one_word() {
        let texts =
            |s: &str| -> Vec<String> { tokenize(s).iter().map(|t| t.text.to_string()).collect() };
        assert_eq!(
            texts("The S&P 500 and AT&T"),
            ["The", "S&P", "500", "and", "AT&T"]
        );
        // Spaced, or between lower-case words, it stays a symbol.
        assert_eq!(texts("Q & A"), ["Q", "&", "A"]);
        assert_eq!(texts("salt&pepper"), ["salt", "&", "pepper"]);
    }

    #[test]
    fn only_ascii_letters_lower_case_to_ascii_letters_but_i_and_k() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let l: String = c.to_lowercase().collect();
            if l.bytes().any(|b| b.is_ascii()) {
                assert!(matches!(l.chars().next(), Some('i' | 'k')), "{c:?}");
            }
        }
    }

    #[test]
    fn low_is_to_lowercase() {
        let s = "US$ 1,200 Más según ÉL’s ǅemal ΣΑΣ σας « ½ İstanbul Straße ß ẞ x’Y";
        for t in tokenize(s) {
            assert_eq!(t.low().as_str(), t.text.to_lowercase(), "{:?}", t.text);
            if t.lower_case {
                assert_eq!(t.text, t.text.to_lowercase());
            }
        }
    }

    #[test]
    fn initialisms_are_one_word() {
        let toks = tokenize("one U.S. citizen. A U.K.-based firm.");
        let dots: Vec<usize> = (0..toks.len())
            .filter(|&i| initialism_dot(&toks, i))
            .map(|i| toks[i].start)
            .collect();
        // The dots of "U.S." and "U.K.", never the sentence's own full stop after "citizen".
        assert_eq!(dots, [5, 7, 21, 23]);
        let toks = tokenize("en EE.UU. bajó. En EU. bajó.");
        let dots: Vec<usize> = (0..toks.len())
            .filter(|&i| initialism_dot(&toks, i))
            .map(|i| toks[i].start)
            .collect();
        // The dots of "EE.UU.", not of "EU." nor the full stop after "bajó".
        assert_eq!(dots, [5, 8]);
    }
}
