//! Language identification (English or Spanish) for articles, paragraphs and lines, with
//! whatlang restricted to the two languages claimdiff reads.

use std::sync::OnceLock;

use crate::model::Lang;

fn detector() -> &'static whatlang::Detector {
    static D: OnceLock<whatlang::Detector> = OnceLock::new();
    D.get_or_init(|| {
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Spa])
    })
}

/// Function words that occur only in one of the two languages: a first, cheap vote.
///
/// Words are the pieces of `text` between non-alphabetic characters (empty pieces count), of
/// which the first 80 are looked at, fewer when the first ones decide (see [`Tally::piece`] and
/// [`crate::text::any_piece`]). Every function word is ASCII, so a piece is compared only when
/// it is 1 to 5 ASCII letters.
fn vote(text: &str) -> (usize, usize) {
    let mut tally = Tally::default();
    crate::text::any_piece(text, |w, ascii| tally.piece(w.as_bytes(), ascii));
    (tally.en, tally.es)
}

/// Function words of one language, with none of the other, that end the vote early: the rest
/// of a paragraph cannot make it any clearer (a line is read to its 80th word only when the two
/// languages' words mix).
const DECISIVE_WORDS: usize = 4;

/// The running counts of [`vote`].
#[derive(Default)]
struct Tally {
    en: usize,
    es: usize,
    pieces: usize,
}

impl Tally {
    /// Counts a piece (`ascii` when all its chars are); true once it was the 80th, or once
    /// [`DECISIVE_WORDS`] function words of one language and none of the other were counted.
    fn piece(&mut self, w: &[u8], ascii: bool) -> bool {
        if ascii && (1..=5).contains(&w.len()) {
            let mut buf = [0u8; 5];
            for (d, s) in buf.iter_mut().zip(w) {
                *d = s.to_ascii_lowercase();
            }
            match function_word(&buf[..w.len()]) {
                Some(Lang::En) => self.en += 1,
                Some(Lang::Es) => self.es += 1,
                None => {}
            }
        }
        self.pieces += 1;
        self.pieces == 80
            || (self.es == 0 && self.en >= DECISIVE_WORDS)
            || (self.en == 0 && self.es >= DECISIVE_WORDS)
    }
}

/// The language a lower-case function word belongs to, if it is one of the vote's words.
fn function_word(w: &[u8]) -> Option<Lang> {
    match w {
        b"the" | b"and" | b"of" | b"to" | b"is" | b"was" | b"that" | b"with" | b"for" | b"on"
        | b"said" | b"has" | b"have" | b"from" | b"its" | b"were" | b"by" | b"which" | b"this"
        | b"will" => Some(Lang::En),
        b"el" | b"los" | b"las" | b"del" | b"que" | b"y" | b"en" | b"por" | b"para" | b"con"
        | b"una" | b"se" | b"su" | b"sus" | b"al" | b"es" | b"fue" | b"como" | b"pero"
        | b"dijo" => Some(Lang::Es),
        _ => None,
    }
}

/// The language of `text`, or None when there is too little text to tell.
///
/// A clear majority of one language's function words decides at once; otherwise whatlang's
/// trigram model (restricted to English and Spanish) does. The first path keeps detection off
/// the hot path of long documents.
pub(crate) fn detect(text: &str) -> Option<Lang> {
    detect_with_trust(text).map(|(l, trusted)| if trusted { l } else { settle(text, l) })
}

/// The language of a short line, only when the evidence is trustworthy: function words decide,
/// or whatlang calls its verdict reliable. A guess from the trigrams of a few words ("About 300
/// schools remain closed.") is no evidence that a line is written in another language.
#[cfg(test)]
pub(crate) fn detect_trusted(text: &str) -> Option<Lang> {
    detect_with_trust(text).and_then(|(l, trusted)| trusted.then_some(l))
}

/// Words a line holds before a trigram guess at its language counts without the function
/// words' vote (rule `line_language_needs_evidence`).
pub(crate) const TRIGRAM_TRUSTED_WORDS: usize = 20;

/// Rule `line_language_needs_evidence`: the language of one line or sentence of a page, for
/// telling it apart from the page's own: its function words decide, or whatlang calls its
/// verdict reliable, or the line is `long` (at least [`TRIGRAM_TRUSTED_WORDS`] words: the
/// caller counts them, only when asked) for a trigram guess. A dozen words with few function words ("Net
/// profit rose 18% to 2.1 billion euros last year.") read as Spanish by trigrams alone; such a
/// line keeps the page's language.
pub(crate) fn detect_line(text: &str, long: impl FnOnce() -> bool) -> Option<Lang> {
    let (lang, trusted) = detect_with_trust(text)?;
    (trusted || long()).then_some(lang)
}

/// The language a clear majority of function words gives (`en`, `es` of them): the first,
/// trusted verdict of [`detect_with_trust`].
fn vote_decides(en: usize, es: usize) -> Option<Lang> {
    if en >= 2 && en >= 3 * es {
        Some(Lang::En)
    } else if es >= 2 && es >= 3 * en {
        Some(Lang::Es)
    } else {
        None
    }
}

/// [`detect_line`]'s verdict when the function words alone give it, and None when they leave
/// the line to the trigram model: the cheap half of it, for callers that need the rest only
/// for some lines.
pub(crate) fn line_vote(text: &str) -> Option<Lang> {
    let (en, es) = vote(text);
    vote_decides(en, es)
}

/// A language and whether the evidence for it is trustworthy (see [`detect_trusted`]).
type Verdict = Option<(Lang, bool)>;

/// The language of `text` and whether the evidence is trustworthy.
fn detect_with_trust(text: &str) -> Verdict {
    let (en, es) = vote(text);
    if let Some(lang) = vote_decides(en, es) {
        return Some((lang, true));
    }
    // A few hundred characters are plenty and keep detection cheap on long paragraphs.
    let sample = &text[..crate::text::char_index(text, 400)];
    if sample.split_whitespace().take(3).count() < 3 {
        return None;
    }
    trigram_detect(sample)
}

/// whatlang's verdict on `sample`. Short samples are memoised per thread: the lines the vote
/// cannot decide are mostly page furniture ("Sign up for our newsletter", "© 2025 …"), which a
/// source repeats in every article, and whatlang costs ~50,000 instructions a call.
fn trigram_detect(sample: &str) -> Verdict {
    use rustc_hash::FxHashMap;
    use std::cell::RefCell;
    const MEMO_MAX_LEN: usize = 200;
    const MEMO_MAX_ENTRIES: usize = 4096;
    thread_local! {
        static MEMO: RefCell<FxHashMap<Box<str>, Verdict>> = RefCell::default();
    }
    let detect = |s: &str| {
        let info = detector().detect(s)?;
        let lang = match info.lang() {
            whatlang::Lang::Spa => Lang::Es,
            _ => Lang::En,
        };
        Some((lang, info.is_reliable()))
    };
    if sample.len() > MEMO_MAX_LEN {
        return detect(sample);
    }
    if let Some(l) = MEMO.with(|m| m.borrow().get(sample).copied()) {
        return l;
    }
    let l = detect(sample);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_MAX_ENTRIES {
            m.clear();
        }
        m.insert(sample.into(), l);
    });
    l
}

/// The language of a whole document: detection over its first paragraphs; English if unsure.
pub(crate) fn detect_document(text: &str) -> Lang {
    let sample = &text[..crate::text::char_index(text, 3000)];
    match detect_with_trust(sample) {
        Some((lang, true)) => lang,
        Some((guess, false)) => settle(sample, guess),
        None => Lang::En,
    }
}

/// The language of a text too short for a trustworthy verdict, given whatlang's untrusted
/// `guess`. Rule `function_words_outweigh_a_guess`: the vote's function words it has, however
/// few ("Wages rose 5% to £700 a week.": trigrams say Spanish), decide before the guess. Rule
/// `hint_words_settle_a_tie`: when they tie (none, mostly), the commoner words of each language
/// that are too ambiguous for the vote (src/lang/hints_*.txt: "about", "year", "más", "años")
/// decide ("Nurses receive £70,000 a year."); the guess only when they tie too.
fn settle(sample: &str, guess: Lang) -> Lang {
    let decide = |(en, es): (usize, usize)| match en.cmp(&es) {
        std::cmp::Ordering::Greater => Some(Lang::En),
        std::cmp::Ordering::Less => Some(Lang::Es),
        std::cmp::Ordering::Equal => None,
    };
    decide(vote(sample))
        .or_else(|| decide(hint_vote(sample)))
        .unwrap_or(guess)
}

/// How many of the first 80 words of `text` are English and Spanish hint words
/// (rule `hint_words_settle_a_tie`).
fn hint_vote(text: &str) -> (usize, usize) {
    use std::collections::HashSet;
    static HINTS: OnceLock<[HashSet<&'static str>; 2]> = OnceLock::new();
    let hints = HINTS.get_or_init(|| {
        let words = |list: &'static str| {
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        };
        [
            words(include_str!("lang/hints_en.txt")),
            words(include_str!("lang/hints_es.txt")),
        ]
    });
    let (mut en, mut es) = (0, 0);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(80)
    {
        let w = w.to_lowercase();
        en += usize::from(hints[0].contains(w.as_str()));
        es += usize::from(hints[1].contains(w.as_str()));
    }
    (en, es)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vote as first written (split, lower-case, match), to check the byte scan against.
    fn vote_reference(text: &str) -> (usize, usize) {
        let (mut en, mut es) = (0, 0);
        let mut buf = [0u8; 5];
        for w in text.split(|c: char| !c.is_alphabetic()).take(80) {
            if w.len() > 5 || w.is_empty() {
                continue;
            }
            for (d, s) in buf.iter_mut().zip(w.bytes()) {
                *d = s.to_ascii_lowercase();
            }
            let Ok(lw) = std::str::from_utf8(&buf[..w.len()]) else {
                continue;
            };
            match function_word(lw.as_bytes()) {
                Some(Lang::En) => en += 1,
                Some(Lang::Es) => es += 1,
                None => {}
            }
            if (es == 0 && en >= DECISIVE_WORDS) || (en == 0 && es >= DECISIVE_WORDS) {
                break;
            }
        }
        (en, es)
    }

    #[test]
    fn function_words_outweigh_a_guess() {
        assert_eq!(detect_document("Wages rose 5% to £700 a week."), Lang::En);
        assert_eq!(
            detect_document("Los salarios subieron un 5% en mayo."),
            Lang::Es
        );
    }

    #[test]
    fn hint_words_settle_a_tie() {
        // No function word of the vote's, and trigrams guess Spanish.
        assert_eq!(detect_document("Nurses receive £70,000 a year."), Lang::En);
        assert_eq!(detect("Nurses receive £70,000 a year."), Some(Lang::En));
        assert_eq!(
            detect_document("Texas households pay about $1,800 a year."),
            Lang::En
        );
        assert_eq!(detect_document("Precios suben 5% cada año."), Lang::Es);
        assert_eq!(hint_vote("About 300 years, más de 5 AÑOS"), (2, 3));
        // The vote's function words still come first.
        assert_eq!(
            settle("the prices of más años", Lang::Es),
            Lang::En,
            "function words before hints"
        );
    }

    #[test]
    fn decisive_function_words_end_the_vote() {
        // Four English function words before any Spanish one: the Spanish tail is not read.
        let mixed = "the cat and the dog of the house said que el perro y el gato de la casa";
        assert_eq!(vote(mixed), (DECISIVE_WORDS, 0));
        // Mixed from the start: read on to the end.
        assert_eq!(vote("the y and el of la to que"), (4, 3));
    }

    #[test]
    fn vote_matches_the_reference() {
        let texts = [
            "",
            "the",
            "The El  y, del...que",
            "Según el informe, la economía creció 2,3% y el desempleo bajó; ¿qué dijo él?",
            "The company said it would cut 400 jobs, and that the plan was final. ÉL",
            "a\u{00e9}the the\u{2019}s pe\u{0301}ro y y y y",
            "  , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , , the y",
        ];
        for t in texts {
            assert_eq!(vote(t), vote_reference(t), "{t:?}");
        }
        for b in 0..=255u8 {
            for at in 0..12 {
                let mut t = "Thexy".repeat(at);
                t.push(char::from(b));
                t.push_str(" el y la; the of é");
                assert_eq!(vote(&t), vote_reference(&t), "{t:?}");
                if b < 0x80 && at < 8 {
                    // Byte `b` at position `at` of an otherwise all-letter chunk.
                    let mut chunk = *b"abcdefgh";
                    chunk[at] = b;
                    let want: u64 = chunk
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| c.is_ascii_alphabetic())
                        .map(|(k, _)| 0x80u64 << (8 * k))
                        .sum();
                    assert_eq!(
                        crate::text::ascii_letters(u64::from_le_bytes(chunk)),
                        want,
                        "{chunk:?}"
                    );
                }
            }
        }
        // Random texts over pieces that matter: function words in both cases, other words,
        // non-ASCII letters and separators.
        let parts = [
            "the",
            "THE",
            "El",
            "y",
            "Y",
            "dijo",
            "which",
            "whichs",
            "é",
            "ñu",
            "Él",
            " ",
            ",",
            "\u{2019}",
            "—",
            "1",
            "a",
            "pero",
            "x",
            "ábc",
            "\u{301}",
            "said",
            ".",
            "\n",
            "abcdefghij",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 120) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                t.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            assert_eq!(vote(&t), vote_reference(&t), "{t:?}");
        }
        let long = "the y ".repeat(100);
        assert_eq!(vote(&long), vote_reference(&long));
        let comma = ",".repeat(78) + "the y the";
        assert_eq!(vote(&comma), vote_reference(&comma));
    }

    #[test]
    fn tells_english_from_spanish() {
        assert_eq!(
            detect("The government imposed new tariffs on steel and aluminum imports."),
            Some(Lang::En)
        );
        assert_eq!(
            detect("El gobierno impuso nuevos aranceles al acero y al aluminio importados."),
            Some(Lang::Es)
        );
        assert_eq!(detect("25%"), None);
    }
}
