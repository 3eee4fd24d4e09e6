//! A version's sentences as one blob (`versions.spans`): per sentence its index, paragraph,
//! char offsets and language, and (schema 14) its text where the store keeps it, that is where
//! a claim quotes it or it is not the slice of the version's text its offsets name.
//!
//! The bytes are varints: per sentence the index, paragraph and start as differences from the
//! sentence before (index + 1, paragraph, end), the length in chars, the language (a length and
//! the bytes) and, in the layout with texts, 0 for a text not kept or its byte length + 1 and
//! the bytes. Schema 7 to 13 stored the layout without texts (the texts in a `sentences`
//! table); migration 0014 reads it with [`decode`]`(.., false)`.

use super::{keeps_text, Slicer};
use crate::error::{Error, Result};
use crate::model::{Lang, Sentence};

/// Where a blob's bytes are written: a `Vec` (the blob whole), a [`Count`] of them, or a
/// packer that compresses them as they come (see the `streamed` module).
pub(crate) trait Sink {
    fn put(&mut self, bytes: &[u8]);

    fn put_byte(&mut self, b: u8) {
        self.put(&[b]);
    }
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }

    fn put_byte(&mut self, b: u8) {
        self.push(b);
    }
}

/// A sink that only counts the bytes (a blob's size before it is written).
#[derive(Default)]
pub(crate) struct Count(pub usize);

impl Sink for Count {
    fn put(&mut self, bytes: &[u8]) {
        self.0 += bytes.len();
    }
}

/// Appends `n` as a LEB128 varint.
fn put_varint(out: &mut impl Sink, mut n: u64) {
    while n >= 0x80 {
        out.put_byte((n as u8) | 0x80);
        n >>= 7;
    }
    out.put_byte(n as u8);
}

/// Appends a signed difference, zigzag-encoded (small either way).
fn put_delta(out: &mut impl Sink, to: usize, from: usize) {
    let d = to as i64 - from as i64;
    put_varint(out, ((d << 1) ^ (d >> 63)) as u64);
}

/// Reads varints and deltas back, in order.
struct Reader<'b> {
    bytes: &'b [u8],
}

impl<'b> Reader<'b> {
    fn varint(&mut self) -> Result<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = self
                .bytes
                .split_first()
                .ok_or_else(|| Error::Codec("truncated sentence spans".into()))?;
            self.bytes = rest;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err(Error::Codec("a varint too long in sentence spans".into()))
    }

    fn delta(&mut self, from: usize) -> Result<usize> {
        let z = self.varint()?;
        let d = ((z >> 1) as i64) ^ -((z & 1) as i64);
        usize::try_from(from as i64 + d)
            .map_err(|_| Error::Codec("a negative offset in sentence spans".into()))
    }

    /// The next `len` bytes.
    fn bytes(&mut self, len: usize) -> Result<&'b [u8]> {
        if len > self.bytes.len() {
            return Err(Error::Codec("truncated sentence spans".into()));
        }
        let (taken, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Ok(taken)
    }
}

/// A sentence as the blob holds it: index, paragraph, char offsets, language, and its text
/// when kept.
pub(crate) type Span<'a> = (usize, usize, usize, usize, &'a str, Option<&'a str>);

/// The spans of `list` with the texts the blob keeps (those [`keeps_text`] names: quoted by a
/// claim, or not the slice of `text`, the version's, that their offsets name), in order; each
/// call walks the text afresh.
pub(crate) fn kept_spans<'a>(
    list: &'a [Sentence],
    quoted: &'a dyn Fn(usize) -> bool,
    text: &'a str,
) -> impl Iterator<Item = Span<'a>> + 'a {
    let mut slicer = Slicer::new(text);
    list.iter().map(move |s| {
        let kept = keeps_text(s, quoted(s.index), &mut slicer);
        let t = kept.then_some(&*s.text);
        (s.index, s.paragraph, s.start, s.end, s.lang.as_str(), t)
    })
}

/// The blob's bytes for `spans`; with `texts`, each one's kept text too (the layout of schema
/// 14; without, the layout before it, which leaves the texts out).
pub(crate) fn encode<'a>(spans: impl Iterator<Item = Span<'a>>, texts: bool) -> Vec<u8> {
    encode_into(Vec::new(), spans, texts)
}

/// [`encode`] appending to `out`: given room for the whole blob, it is written without
/// growing (each doubling copied the blob so far into a block twice its size: the peak of
/// recording a large text, issue 14).
pub(crate) fn encode_into<'a>(
    mut out: Vec<u8>,
    spans: impl Iterator<Item = Span<'a>>,
    texts: bool,
) -> Vec<u8> {
    encode_to(&mut out, spans, texts);
    out
}

/// [`encode`] writing to `out`, any [`Sink`]: the same bytes, in order, in pieces.
pub(crate) fn encode_to<'a>(
    out: &mut impl Sink,
    spans: impl Iterator<Item = Span<'a>>,
    texts: bool,
) {
    let (mut idx, mut paragraph, mut end) = (0, 0, 0);
    for (i, p, s, e, lang, text) in spans {
        put_delta(out, i, idx);
        put_delta(out, p, paragraph);
        put_delta(out, s, end);
        put_delta(out, e, s);
        put_varint(out, lang.len() as u64);
        out.put(lang.as_bytes());
        if texts {
            match text {
                Some(t) => {
                    put_varint(out, t.len() as u64 + 1);
                    out.put(t.as_bytes());
                }
                None => put_varint(out, 0),
            }
        }
        (idx, paragraph, end) = (i + 1, p, e);
    }
}

/// The sentences a blob's bytes hold, each with whether its text is kept (the text is empty
/// when not); `texts` says which layout the bytes are in (see [`encode`]).
pub(crate) fn decode(bytes: &[u8], texts: bool) -> Result<Vec<(Sentence, bool)>> {
    let mut r = Reader { bytes };
    let mut out = Vec::new();
    let (mut idx, mut paragraph, mut end) = (0, 0, 0);
    while !r.bytes.is_empty() {
        let index = r.delta(idx)?;
        let p = r.delta(paragraph)?;
        let start = r.delta(end)?;
        let e = r.delta(start)?;
        let len = r.varint()? as usize;
        let lang = r.bytes(len)?;
        let text = match texts {
            true => match r.varint()? as usize {
                0 => None,
                n => Some(
                    std::str::from_utf8(r.bytes(n - 1)?)
                        .map_err(|_| Error::Codec("a sentence text that is not UTF-8".into()))?,
                ),
            },
            false => None,
        };
        out.push((
            Sentence {
                index,
                paragraph: p,
                start,
                end: e,
                text: text.unwrap_or_default().into(),
                lang: Lang::parse(std::str::from_utf8(lang).unwrap_or_default())
                    .unwrap_or_default(),
            },
            text.is_some(),
        ));
        (idx, paragraph, end) = (index + 1, p, e);
    }
    Ok(out)
}

/// The kept text of sentence `idx` in a blob's bytes (layout with texts), without building
/// the others: what a claim row reads for its sentence.
pub(crate) fn kept_text(bytes: &[u8], wanted: usize) -> Result<Option<String>> {
    let mut r = Reader { bytes };
    let (mut idx, mut end) = (0, 0);
    let mut paragraph = 0;
    while !r.bytes.is_empty() {
        let index = r.delta(idx)?;
        paragraph = r.delta(paragraph)?;
        let start = r.delta(end)?;
        end = r.delta(start)?;
        let len = r.varint()? as usize;
        r.bytes(len)?;
        let text = match r.varint()? as usize {
            0 => None,
            n => Some(r.bytes(n - 1)?),
        };
        if index == wanted {
            return Ok(text.map(|t| String::from_utf8_lossy(t).into_owned()));
        }
        idx = index + 1;
    }
    Ok(None)
}
