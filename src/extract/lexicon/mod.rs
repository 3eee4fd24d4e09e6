//! The extraction lexicon: word lists as data, one file per list under `lexicon/en/` (English),
//! `lexicon/es/` (Spanish) and `lexicon/any/` (words read the same in both, such as unit
//! symbols), never as `matches!` arms inside the rules that use them.
//!
//! A list file holds one entry a line: a single lower-case word (what callers look up after
//! lower-casing a token), with `#` comments and blank lines ignored. The test
//! `every_entry_is_one_normalised_word` reads every file of this folder and fails on an entry
//! that is not. Files named `*.phrases` hold multi-word entries (words separated by one space)
//! and are checked the same way word by word.
//!
//! A list is declared next to the rule that reads it with [`word_set!`], which builds its
//! [`WordSet`] (a hash set plus a first-byte index) once, on first use:
//!
//! ```ignore
//! word_set!(months, "en/months.txt", "es/months.txt");
//! if months().contains(&lower_word) { ... }
//! ```

pub mod shared;

use rustc_hash::FxHashSet;

/// A set of normalised words with the fast lookups the extractor needs: membership, and which
/// first bytes any member starts with (so a word can be ruled out before it is lower-cased).
#[derive(Debug, Clone)]
pub struct WordSet {
    words: FxHashSet<&'static str>,
    /// Bit `b` set when some word starts with byte `b` (lower-case; for non-ASCII words, the
    /// first UTF-8 byte).
    first_bytes: [u64; 4],
    /// The longest word in bytes: a longer token is no member.
    max_len: usize,
    /// A one-hash Bloom filter over (length, first byte, last byte) of the members: most
    /// words looked up are no member, and this rules out nearly all of them for a few
    /// instructions, before the hash set is asked (see [`WordSet::shape_bit`]).
    shapes: Box<[u64; SHAPE_WORDS]>,
}

/// Words of [`WordSet::shapes`]: 4,096 bits (512 bytes a set).
const SHAPE_WORDS: usize = 64;

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet {
            words: FxHashSet::default(),
            first_bytes: [0; 4],
            max_len: 0,
            shapes: Box::new([0; SHAPE_WORDS]),
        }
    }
}

impl WordSet {
    /// Builds the set from list files' contents (see the module doc for the format).
    pub(crate) fn from_lists(lists: &[&'static str]) -> WordSet {
        let mut set = WordSet::default();
        for list in lists {
            for entry in entries(list) {
                set.insert(entry);
            }
        }
        set
    }

    /// Builds the set from words given in code (for tests and small derived sets).
    pub(crate) fn from_words(words: &[&'static str]) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            set.insert(w);
        }
        set
    }

    fn insert(&mut self, w: &'static str) {
        if let Some(&b) = w.as_bytes().first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        let bit = Self::shape_bit(w.as_bytes());
        self.shapes[bit / 64] |= 1 << (bit % 64);
        self.max_len = self.max_len.max(w.len());
        self.words.insert(w);
    }

    /// Whether `w` (already lower-cased) is in the set.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let bit = Self::shape_bit(w.as_bytes());
        w.len() <= self.max_len
            && self.shapes[bit / 64] & (1 << (bit % 64)) != 0
            && self.words.contains(w)
    }

    /// False when the ASCII word `w`, in any case, is certainly no member: its length, and
    /// its first and last bytes lower-cased, are no member's. For rejecting most words
    /// before lower-casing them.
    #[inline]
    pub(crate) fn may_contain_ascii(&self, w: &[u8]) -> bool {
        let (Some(first), Some(last)) = (w.first(), w.last()) else {
            return self.words.contains("");
        };
        let key = [first.to_ascii_lowercase(), last.to_ascii_lowercase()];
        let bit = Self::shape_bit_of(w.len(), key[0], key[1]);
        w.len() <= self.max_len && self.shapes[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The bit of [`WordSet::shapes`] for a word's bytes: a multiplicative hash of its
    /// length (up to 255), first byte and last byte, 12 bits of it.
    #[inline]
    fn shape_bit(w: &[u8]) -> usize {
        let first = w.first().copied().unwrap_or(0);
        let last = w.last().copied().unwrap_or(0);
        Self::shape_bit_of(w.len(), first, last)
    }

    #[inline]
    fn shape_bit_of(len: usize, first: u8, last: u8) -> usize {
        let len = len.min(255) as u32;
        let key = len << 16 | u32::from(first) << 8 | u32::from(last);
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Whether some word of the set starts with byte `b` (compare a lower-cased first byte).
    #[inline]
    pub(crate) fn may_start(&self, b: u8) -> bool {
        self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }

    /// Number of words in the set.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the set has no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }
}

/// The entries of a list file: trimmed lines, without blank lines and `#` comments.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// Declares `fn $name() -> &'static WordSet`, built once from the list files named (paths
/// relative to `src/extract/lexicon/`).
#[macro_export]
#[doc(hidden)]
macro_rules! word_set {
    ($(#[$doc:meta])* $vis:vis $name:ident, $($path:literal),+ $(,)?) => {
        $(#[$doc])*
        $vis fn $name() -> &'static $crate::extract::lexicon::WordSet {
            static SET: ::std::sync::OnceLock<$crate::extract::lexicon::WordSet> =
                ::std::sync::OnceLock::new();
            SET.get_or_init(|| {
                $crate::extract::lexicon::WordSet::from_lists(&[
                    $(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/src/extract/lexicon/", $path))),+
                ])
            })
        }
    };
}
pub use word_set;

#[cfg(test)]
mod tests {
    use super::*;

    /// One normalised word: non-empty, lower case, no whitespace, no '#'.
    fn normalised(w: &str) -> bool {
        !w.is_empty()
            && w.to_lowercase() == w
            && !w.chars().any(char::is_whitespace)
            && !w.contains('#')
    }

    #[test]
    fn the_shape_filter_never_hides_a_member() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/lexicon");
        let mut checked = 0;
        for dir in ["en", "es", "any"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                let text: &'static str = Box::leak(text.into_boxed_str());
                let set = WordSet::from_lists(&[text]);
                for e in entries(text) {
                    assert!(set.contains(e), "{e:?} lost by the filter");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} entries read");
        let small = WordSet::from_words(&["three", "tres", "mil"]);
        assert!(small.contains("three") && small.contains("tres") && small.contains("mil"));
        for w in ["the", "thee", "tree", "", "mile", "three "] {
            assert!(!small.contains(w), "{w:?}");
        }
        for w in ["THREE", "Tres", "mIl"] {
            assert!(small.may_contain_ascii(w.as_bytes()), "{w:?}");
        }
        assert!(!small.may_contain_ascii(b"The") && !small.may_contain_ascii(b"THREEFOLD"));
    }

    #[test]
    fn every_entry_is_one_normalised_word() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/extract/lexicon");
        let mut files = 0;
        for dir in ["en", "es", "any"] {
            let Ok(read) = std::fs::read_dir(root.join(dir)) else {
                continue;
            };
            for entry in read {
                let path = entry.unwrap().path();
                let text = std::fs::read_to_string(&path).unwrap();
                let text: &'static str = Box::leak(text.into_boxed_str());
                let phrases = path.extension().is_some_and(|e| e == "phrases");
                let mut seen = FxHashSet::default();
                for e in entries(text) {
                    if phrases {
                        assert!(
                            e.split(' ').all(normalised) && !e.contains("  "),
                            "{}: {e:?} is not lower-case words separated by single spaces",
                            path.display()
                        );
                    } else {
                        assert!(
                            normalised(e),
                            "{}: {e:?} is not one normalised word",
                            path.display()
                        );
                    }
                    assert!(seen.insert(e), "{}: {e:?} is listed twice", path.display());
                }
                files += 1;
            }
        }
        // The folder exists with this test; lists arrive as the rules move to data.
        let _ = files;
    }

    #[test]
    fn lookups_use_the_first_byte_index() {
        let s = WordSet::from_lists(&["# months\nenero\nfebrero  # a comment\n\nmarch\n"]);
        assert_eq!(s.len(), 3);
        assert!(s.contains("enero") && s.contains("febrero") && s.contains("march"));
        assert!(!s.contains("april") && !s.contains("") && !s.contains("eneros"));
        assert!(s.may_start(b'e') && s.may_start(b'm') && !s.may_start(b'a'));
        let accented = WordSet::from_words(&["año"]);
        assert!(accented.contains("año") && !accented.contains("ano"));
    }
}
