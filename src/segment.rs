//! Segment: splits a document's text (minus its furniture) into sentences with char offsets.
//!
//! A line break ends a sentence unless the next line continues it in lower case (hard-wrapped
//! text). Inside a line, `.`, `!`, `?` and `…` end a sentence when the next word starts like a
//! sentence, except after titles ("Mr.", "Sra."), initials ("J. R."), "No." before a number,
//! and abbreviations such as "U.S." or "EE.UU." unless the next word is a typical sentence opener.

use std::ops::Range;
use std::sync::Arc;

use crate::model::{Lang, Sentence, TextSpan};

/// Abbreviations after which a period never ends a sentence (lower case, without the final dot).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "st", "mt", "ft", "sr", "sra", "srta",
    "dra", "lic", "ing", "arq", "mtro", "mtra", "no", "nos", "núm", "vol", "pp", "pág", "art",
    "av", "avda", "vs", "fig", "approx", "dept", "est", "e.g", "i.e", "cf", "ca", "aprox", "ud",
    "uds", "d", "dña", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "ene", "abr", "ago", "dic", "ave", "blvd", "rd", "univ", "assn", "bros",
];

/// Abbreviations that may also end a sentence: split only before a typical sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "u.s", "u.k", "u.n", "e.u", "ee.uu", "a.m", "p.m", "inc", "corp", "co", "ltd", "jr", "etc",
    "d.c", "s.a", "l.a", "n.y",
];

/// Words that usually open a sentence (after an abbreviation that may end one).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "for",
    "officials",
    "el",
    "la",
    "los",
    "las",
    "un",
    "una",
    "en",
    "pero",
    "y",
    "sin",
    "según",
    "por",
    "con",
    "para",
    "este",
    "esta",
    "estos",
    "ese",
    "él",
    "ella",
    "ellos",
    "no",
    "se",
    "lo",
    "al",
    "del",
    "also",
    "still",
    "now",
    "some",
    "many",
    "most",
    "more",
    "meanwhile",
    "however",
    "despite",
    "since",
    "last",
    "other",
    "another",
    "such",
    "so",
];

/// The longest sentence kept whole, in bytes; longer run-on text is cut at a space.
const MAX_SENTENCE: usize = 4000;

/// Splits `text` into sentences, skipping the byte ranges in `skip` (sorted, disjoint). Each
/// sentence's text is a span of `text` (shared, not copied).
pub fn sentences(text: &Arc<str>, skip: &[Range<usize>], lang: Lang) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cursor = CharCursor::default();
    let mut paragraph = 0usize;
    let mut pos = 0usize;
    let mut regions: Vec<Range<usize>> = Vec::new();
    for r in skip {
        if r.start > pos {
            regions.push(pos..r.start);
        }
        pos = pos.max(r.end);
    }
    if pos < text.len() {
        regions.push(pos..text.len());
    }
    for region in regions {
        let mut line_start = region.start;
        let bytes = text.as_bytes();
        let mut i = region.start;
        // Walk lines; join a line to the previous one when it continues in lower case.
        let mut block_start = region.start;
        i = next_newline(bytes, i, region.end);
        while i <= region.end {
            if i == region.end || bytes[i] == b'\n' {
                let next_line = &text[(i + 1).min(region.end)..region.end];
                let blank_follows = next_line.starts_with(['\n', '\r'])
                    || next_line
                        .trim_start_matches([' ', '\t'])
                        .starts_with(['\n', '\r']);
                let continues = i < region.end
                    && !blank_follows
                    && next_line
                        .trim_start()
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_lowercase())
                    && !text[line_start..i]
                        .trim_end()
                        .ends_with(['.', '!', '?', ':']);
                if !continues {
                    split_block(text, block_start..i, paragraph, lang, &mut cursor, &mut out);
                    if !text[block_start..i].trim().is_empty() {
                        paragraph += 1;
                    }
                    block_start = i + 1;
                }
                line_start = i + 1;
            }
            if i == region.end {
                break;
            }
            i = next_newline(bytes, i + 1, region.end);
        }
    }
    out
}

/// The position of the first `\n` in `bytes[from..end]`, or `end` (memchr: lines are long).
fn next_newline(bytes: &[u8], from: usize, end: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..end]).map_or(end, |p| from + p)
}

/// Finds the bytes that may end a sentence (`.`, `!`, `?`, and 0xE2, the lead byte of `…`)
/// with memchr, remembering the next hit of each search so that every byte is scanned once.
struct Terminators {
    /// Next `.`, `!` or `?` at or after the last position asked for (or the end).
    punct: usize,
    /// Next 0xE2 byte likewise.
    ellipsis: usize,
}

impl Terminators {
    fn new(b: &[u8]) -> Terminators {
        Terminators {
            punct: memchr::memchr3(b'.', b'!', b'?', b).unwrap_or(b.len()),
            ellipsis: memchr::memchr(0xE2, b).unwrap_or(b.len()),
        }
    }

    /// The first candidate terminator byte at or after `i`, or `b.len()`.
    fn next(&mut self, b: &[u8], i: usize) -> usize {
        if self.punct < i {
            self.punct = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map_or(b.len(), |p| i + p);
        }
        if self.ellipsis < i {
            self.ellipsis = memchr::memchr(0xE2, &b[i..]).map_or(b.len(), |p| i + p);
        }
        self.punct.min(self.ellipsis)
    }
}

/// Converts byte offsets to char offsets, moving forward only (linear over the whole text).
#[derive(Default)]
struct CharCursor {
    byte: usize,
    chars: usize,
}

impl CharCursor {
    fn at(&mut self, text: &str, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }
}

fn split_block(
    text: &Arc<str>,
    block: Range<usize>,
    paragraph: usize,
    lang: Lang,
    cursor: &mut CharCursor,
    out: &mut Vec<Sentence>,
) {
    let s = &text[block.clone()];
    let mut start = 0usize;
    let b = s.as_bytes();
    let mut i = 0usize;
    let mut terminators = Terminators::new(b);
    loop {
        i = terminators.next(b, i);
        if i >= b.len() {
            break;
        }
        let c = b[i];
        let is_end = matches!(c, b'.' | b'!' | b'?')
            || (c == 0xE2 && s.is_char_boundary(i) && s[i..].starts_with('…'));
        if !is_end {
            i += 1;
            continue;
        }
        // Extend over repeated terminators and closing quotes/brackets.
        let mut j = i + if c >= 0x80 { '…'.len_utf8() } else { 1 };
        loop {
            let rest = &s[j..];
            if let Some(ch) = rest.chars().next() {
                if matches!(
                    ch,
                    '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | '»' | ')' | ']'
                ) {
                    j += ch.len_utf8();
                    continue;
                }
            }
            break;
        }
        let rest = &s[j..];
        let ws = rest.len() - rest.trim_start().len();
        if ws == 0 && !rest.is_empty() {
            i = j;
            continue;
        }
        let next_word: &str = rest.split_whitespace().next().unwrap_or("");
        if !rest.trim().is_empty() && boundary(&s[..i], c, next_word) {
            push(
                text,
                block.start + start,
                block.start + j,
                paragraph,
                lang,
                cursor,
                out,
            );
            start = j + ws;
        }
        i = j;
    }
    if start < s.len() {
        push(
            text,
            block.start + start,
            block.end,
            paragraph,
            lang,
            cursor,
            out,
        );
    }
}

/// Decides whether a terminator after `before` ends the sentence, given the next word.
fn boundary(before: &str, terminator: u8, next_word: &str) -> bool {
    let first = next_word
        .trim_start_matches(['"', '\'', '“', '‘', '«', '(', '¿', '¡', '—', '-'])
        .chars()
        .next();
    let Some(first) = first else { return false };
    let opens = first.is_uppercase()
        || first.is_ascii_digit()
        || "\"“‘«¿¡(".contains(next_word.chars().next().unwrap_or(' '));
    if !opens {
        return false;
    }
    if terminator != b'.' {
        return true;
    }
    // The token the period closes: letters and inner dots back to the previous space.
    let token_start = before
        .rfind(|c: char| c.is_whitespace() || "(\"“'‘«".contains(c))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let token = before[token_start..].to_lowercase();
    if token.is_empty() {
        return true;
    }
    // Initials: a single capital letter ("J. R. Smith").
    let mut tc = before[token_start..].chars();
    if let (Some(c0), None) = (tc.next(), tc.next()) {
        if c0.is_uppercase() {
            return false;
        }
    }
    if TITLES.contains(&token.as_str()) {
        return false;
    }
    // "EE. UU.", "FF. AA.": a Spanish plural initialism written with a space goes on.
    let doubled = |w: &str| {
        let b = w.as_bytes();
        b.len() >= 2
            && b[0].is_ascii_uppercase()
            && b[0] == b[1]
            && b.get(2).is_none_or(|&c| c == b'.')
    };
    if doubled(&before[token_start..]) && doubled(next_word) {
        return false;
    }
    // A decimal ("4.5%", "2.7") is a figure, not an abbreviation: its period ends a sentence.
    let inner_dots = token.contains('.') && !token.chars().any(|c| c.is_ascii_digit());
    if MAYBE_FINAL.contains(&token.as_str()) || (inner_dots && token.len() <= 6) {
        let w = next_word
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        return OPENERS.contains(&w.as_str());
    }
    true
}

fn push(
    text: &Arc<str>,
    mut start: usize,
    mut end: usize,
    paragraph: usize,
    lang: Lang,
    cursor: &mut CharCursor,
    out: &mut Vec<Sentence>,
) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    start += lead;
    end -= trail;
    if start >= end {
        return;
    }
    // No real sentence is this long: cut run-on text (a 10 MB line) at a space so that work per
    // sentence stays bounded.
    if end - start > MAX_SENTENCE {
        let mut cut = start + MAX_SENTENCE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[start..cut]
            .rfind(char::is_whitespace)
            .map_or(cut, |p| start + p);
        let cut = if cut <= start {
            start + MAX_SENTENCE
        } else {
            cut
        };
        let mut cut = cut;
        while !text.is_char_boundary(cut) {
            cut += 1;
        }
        push(text, start, cut, paragraph, lang, cursor, out);
        push(text, cut, end, paragraph, lang, cursor, out);
        return;
    }
    let cs = cursor.at(text, start);
    let ce = cursor.at(text, end);
    out.push(Sentence {
        index: out.len(),
        paragraph,
        start: cs,
        end: ce,
        text: TextSpan::new(text, start..end),
        lang,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<String> {
        sentences(&Arc::from(t), &[], Lang::En)
            .into_iter()
            .map(|s| s.text.to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones at 3 p.m. on Jan. 25 in the U.S. capital. They agreed."),
            vec![
                "Mr. Smith met Dr. Jones at 3 p.m. on Jan. 25 in the U.S. capital.",
                "They agreed."
            ]
        );
        assert_eq!(
            split("Sales rose in the U.S. The shares fell 3.5 percent."),
            vec!["Sales rose in the U.S.", "The shares fell 3.5 percent."]
        );
        assert_eq!(
            split("Rates stayed at 4.25% to 4.5%. Chair Jerome Powell spoke."),
            vec![
                "Rates stayed at 4.25% to 4.5%.",
                "Chair Jerome Powell spoke."
            ]
        );
    }

    #[test]
    fn lines_and_quotes() {
        assert_eq!(
            split("Headline here\n\n\"We will pay,\" he said. \"Not now.\" She left."),
            vec![
                "Headline here",
                "\"We will pay,\" he said.",
                "\"Not now.\"",
                "She left."
            ]
        );
    }

    #[test]
    fn char_offsets_are_chars() {
        let t = "Según EE.UU. hubo 50 extradiciones. Después, más.";
        let s = sentences(&Arc::from(t), &[], Lang::Es);
        assert_eq!(s.len(), 2);
        let chars: Vec<char> = t.chars().collect();
        let got: String = chars[s[1].start..s[1].end].iter().collect();
        assert_eq!(got, "Después, más.");
        // Written with a space, the initialism still goes on.
        let t = "La deuda de EE. UU. llegó a 36 billones. Después bajó.";
        assert_eq!(sentences(&Arc::from(t), &[], Lang::Es).len(), 2);
    }
}
