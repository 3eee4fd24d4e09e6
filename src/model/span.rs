//! [`TextSpan`]: a piece of a shared text (a sentence of its version's text) held as offsets
//! into one allocation of that text, not as a copy of its own. A version's sentences and the
//! claims quoting them all point into the one text: a copy per sentence was a second copy of
//! the whole text (issue 14: `record` of a 10 MB text held it three times).

use std::fmt;
use std::ops::{Deref, Range};
use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A slice of a shared text, reading as a `&str` ([`Deref`]). Clones share the text.
#[derive(Clone)]
pub struct TextSpan {
    text: Arc<str>,
    /// Byte offsets of the slice in `text` (a char boundary each; u32 keeps the span small,
    /// and a text past 4 GB gives its spans their own copies instead, see [`TextSpan::new`]).
    start: u32,
    end: u32,
}

impl TextSpan {
    /// The bytes `range` of `text`, sharing it. Panics unless `range` lies on char boundaries
    /// of `text` (as slicing a `str` would).
    pub fn new(text: &Arc<str>, range: Range<usize>) -> TextSpan {
        match (u32::try_from(range.start), u32::try_from(range.end)) {
            (Ok(start), Ok(end)) => {
                // The check slicing does, once, so that `Deref` may not fail.
                let _ = &text[range];
                TextSpan {
                    text: Arc::clone(text),
                    start,
                    end,
                }
            }
            _ => TextSpan::from(&text[range]),
        }
    }

    /// Whether `a` and `b` are the same piece of the same allocation (not merely equal text).
    pub fn shares(a: &TextSpan, b: &TextSpan) -> bool {
        Arc::ptr_eq(&a.text, &b.text) && a.start == b.start && a.end == b.end
    }

    /// Whether this span points into `text` (the same allocation).
    pub fn is_in(&self, text: &Arc<str>) -> bool {
        Arc::ptr_eq(&self.text, text)
    }

    /// The span's byte offsets in the text it shares.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

impl Deref for TextSpan {
    type Target = str;
    fn deref(&self) -> &str {
        // In bounds and on char boundaries: checked by `new`, or the whole of an own copy.
        &self.text[self.start as usize..self.end as usize]
    }
}

impl AsRef<str> for TextSpan {
    fn as_ref(&self) -> &str {
        self
    }
}

impl std::borrow::Borrow<str> for TextSpan {
    fn borrow(&self) -> &str {
        self
    }
}

impl From<&str> for TextSpan {
    /// A span of its own copy of `s`.
    fn from(s: &str) -> TextSpan {
        TextSpan::from(Arc::<str>::from(s))
    }
}

impl From<String> for TextSpan {
    fn from(s: String) -> TextSpan {
        TextSpan::from(Arc::<str>::from(s))
    }
}

impl From<Arc<str>> for TextSpan {
    /// The whole of `text` (a text past 4 GB is copied in pieces by [`TextSpan::new`] only).
    fn from(text: Arc<str>) -> TextSpan {
        let end = u32::try_from(text.len()).expect("a sentence under 4 GB");
        TextSpan {
            text,
            start: 0,
            end,
        }
    }
}

impl Default for TextSpan {
    fn default() -> TextSpan {
        TextSpan::from("")
    }
}

impl PartialEq for TextSpan {
    fn eq(&self, other: &TextSpan) -> bool {
        **self == **other
    }
}

impl Eq for TextSpan {}

impl PartialEq<str> for TextSpan {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for TextSpan {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl std::hash::Hash for TextSpan {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (**self).hash(h)
    }
}

impl fmt::Debug for TextSpan {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl fmt::Display for TextSpan {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl Serialize for TextSpan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for TextSpan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TextSpan, D::Error> {
        String::deserialize(d).map(TextSpan::from)
    }
}

/// Bound as its text, like a `str`.
impl rusqlite::ToSql for TextSpan {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(rusqlite::types::ToSqlOutput::Borrowed((**self).into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_reads_as_its_slice_and_shares_the_text() {
        let text: Arc<str> = Arc::from("Prices rose. Exports fell.");
        let a = TextSpan::new(&text, 0..12);
        let b = TextSpan::new(&text, 13..26);
        assert_eq!(&*a, "Prices rose.");
        assert_eq!(b, "Exports fell.");
        assert!(a.is_in(&text) && b.is_in(&text));
        assert!(TextSpan::shares(&a, &a.clone()));
        assert!(!TextSpan::shares(&a, &b));
        // Equal text elsewhere is equal, not shared.
        let copy = TextSpan::from("Prices rose.");
        assert_eq!(a, copy);
        assert!(!TextSpan::shares(&a, &copy));
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"Exports fell.\"");
        let back: TextSpan = serde_json::from_str("\"Exports fell.\"").unwrap();
        assert_eq!(back, b);
        assert_eq!(format!("{a:?}"), "\"Prices rose.\"");
    }

    #[test]
    #[should_panic]
    fn a_span_off_a_char_boundary_is_refused() {
        let text: Arc<str> = Arc::from("Año");
        TextSpan::new(&text, 0..2);
    }
}
