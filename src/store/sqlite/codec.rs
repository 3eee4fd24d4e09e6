//! How texts are stored: the one codec every reader and writer of version texts goes through
//! (record, import, read, export, admin, reindex, search's sentences, migration 0007).
//!
//! A version's normalised text is stored in `versions.body`, zstd-compressed, and when it pays,
//! as a delta: compressed with the text of a *key* version of the same article (one stored
//! without a base) as the zstd dictionary, its id in `versions.base_id`. The base of a new
//! version is the article's latest key version, so reading any text takes at most two
//! decompressions, and a version that the key does not help becomes the next key. The input
//! as given (`versions.input`) is stored only when it is not byte for byte the normalised text,
//! compressed with that text as the dictionary (an HTML page shares its words with its text).
//! A sentence's text is stored only when a claim quotes it or it is not the slice of the
//! version's text its offsets name; [`fill_sentences`] restores the others.
//!
//! A stored blob starts with a tag byte: [`VERBATIM`] (the bytes follow as they are: tiny
//! texts), [`ZSTD`] (one zstd frame) or [`DELTA`] (one zstd frame made with the base as its
//! dictionary).

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::Sentence;

/// Tag of a blob holding the bytes as they are.
const VERBATIM: u8 = 0;
/// Tag of a blob holding one zstd frame.
const ZSTD: u8 = 1;
/// Tag of a blob holding one zstd frame compressed against the base text as dictionary.
const DELTA: u8 = 2;
/// The largest size a stored text may claim (a damaged header must not allocate more).
const MAX_SIZE: u64 = 1 << 30;
/// zstd's level: small texts compress about as well at 9 as at 19, many times faster.
const LEVEL: i32 = 9;

/// The SQL functions migration 0007 packs existing texts with: `claimdiff_pack(data, base)`
/// (base may be NULL) and `claimdiff_is_delta(blob)`.
const PACK_FUNCTION: &str = "claimdiff_pack";
const IS_DELTA_FUNCTION: &str = "claimdiff_is_delta";

/// `data` as a stored blob: the smallest of verbatim, compressed, and (with a base) compressed
/// against the base.
pub(super) fn pack(data: &[u8], base: Option<&[u8]>) -> Result<Vec<u8>> {
    let mut best = Vec::with_capacity(data.len() + 1);
    best.push(VERBATIM);
    best.extend_from_slice(data);
    let plain = zstd::bulk::compress(data, LEVEL).map_err(codec_error)?;
    if plain.len() + 1 < best.len() {
        best = tagged(ZSTD, plain);
    }
    if let Some(base) = base.filter(|b| !b.is_empty()) {
        let mut c = zstd::bulk::Compressor::with_dictionary(LEVEL, base).map_err(codec_error)?;
        let delta = c.compress(data).map_err(codec_error)?;
        if delta.len() + 1 < best.len() {
            best = tagged(DELTA, delta);
        }
    }
    Ok(best)
}

fn tagged(tag: u8, payload: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 1);
    out.push(tag);
    out.extend_from_slice(&payload);
    out
}

/// Whether a blob was packed against a base (and needs it to unpack).
pub(super) fn is_delta(blob: &[u8]) -> bool {
    blob.first() == Some(&DELTA)
}

/// The bytes a blob holds; `base` is the text it was packed against, for a delta.
pub(super) fn unpack(blob: &[u8], base: Option<&[u8]>) -> Result<Vec<u8>> {
    let Some((&tag, payload)) = blob.split_first() else {
        return Err(Error::Codec("an empty stored text".into()));
    };
    let size = || -> Result<usize> {
        match zstd::zstd_safe::get_frame_content_size(payload) {
            Ok(Some(n)) if n <= MAX_SIZE => Ok(n as usize),
            _ => Err(Error::Codec(
                "a stored text without a plausible size".into(),
            )),
        }
    };
    match tag {
        VERBATIM => Ok(payload.to_vec()),
        ZSTD => zstd::bulk::decompress(payload, size()?).map_err(codec_error),
        DELTA => {
            let base = base.ok_or_else(|| Error::Codec("a delta without its base".into()))?;
            let size = size()?;
            zstd::bulk::Decompressor::with_dictionary(base)
                .and_then(|mut d| d.decompress(payload, size))
                .map_err(codec_error)
        }
        t => Err(Error::Codec(format!("unknown stored text tag {t}"))),
    }
}

fn codec_error(e: std::io::Error) -> Error {
    Error::Codec(e.to_string())
}

fn utf8(bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|_| Error::Codec("a stored text that is not UTF-8".into()))
}

/// A version's text, its body packed for storage and the key version it was packed against.
pub(super) struct PackedText {
    pub body: Vec<u8>,
    pub base_id: Option<i64>,
}

/// Packs a new version's text of article `article_id` against the article's latest key version.
pub(super) fn pack_text(conn: &Connection, article_id: i64, text: &str) -> Result<PackedText> {
    let key: Option<(i64, Vec<u8>)> = conn
        .prepare_cached(
            "SELECT id, body FROM versions WHERE article_id = ? AND base_id IS NULL \
             ORDER BY number DESC LIMIT 1",
        )?
        .query_row([article_id], |r| Ok((r.get("id")?, r.get("body")?)))
        .optional()?;
    let (base_id, base) = match key {
        Some((id, body)) => (Some(id), Some(unpack(&body, None)?)),
        None => (None, None),
    };
    let body = pack(text.as_bytes(), base.as_deref())?;
    let base_id = base_id.filter(|_| is_delta(&body));
    Ok(PackedText { body, base_id })
}

/// The stored form of a version's input: `None` when it is its normalised text byte for byte.
pub(super) fn pack_input(raw: &[u8], text: &str) -> Result<Option<Vec<u8>>> {
    if raw == text.as_bytes() {
        return Ok(None);
    }
    pack(raw, Some(text.as_bytes())).map(Some)
}

/// The normalised text of version `id`.
pub(super) fn text(conn: &Connection, id: i64) -> Result<String> {
    let (body, base): (Vec<u8>, Option<Vec<u8>>) = conn
        .prepare_cached(
            "SELECT v.body, b.body AS base FROM versions v \
             LEFT JOIN versions b ON b.id = v.base_id WHERE v.id = ?",
        )?
        .query_row([id], |r| Ok((r.get("body")?, r.get("base")?)))?;
    let base = base.map(|b| unpack(&b, None)).transpose()?;
    utf8(unpack(&body, base.as_deref())?)
}

/// The input of version `id` as given, and its normalised text.
pub(super) fn input(conn: &Connection, id: i64) -> Result<(Vec<u8>, String)> {
    let text = text(conn, id)?;
    let input: Option<Vec<u8>> = conn
        .prepare_cached("SELECT input FROM versions WHERE id = ?")?
        .query_row([id], |r| r.get("input"))?;
    let raw = match input {
        Some(blob) => unpack(&blob, Some(text.as_bytes()))?,
        None => text.as_bytes().to_vec(),
    };
    Ok((raw, text))
}

/// Re-packs the versions packed against key version `id` without a base (before `id` goes).
pub(super) fn release_base(conn: &Connection, id: i64) -> Result<()> {
    let dependents: Vec<i64> = conn
        .prepare_cached("SELECT id FROM versions WHERE base_id = ?")?
        .query_map([id], |r| r.get("id"))?
        .collect::<rusqlite::Result<_>>()?;
    for d in dependents {
        let body = pack(text(conn, d)?.as_bytes(), None)?;
        conn.prepare_cached("UPDATE versions SET body = ?, base_id = NULL WHERE id = ?")?
            .execute(rusqlite::params![body, d])?;
    }
    Ok(())
}

/// Slices a text by char offsets, walking forward from the last slice (sentences come in
/// order, so slicing all of a text's sentences is linear in its length).
pub(super) struct Slicer<'t> {
    text: &'t str,
    /// The char offset and the byte offset the walk stands at.
    chars: usize,
    bytes: usize,
}

impl<'t> Slicer<'t> {
    pub(super) fn new(text: &'t str) -> Slicer<'t> {
        Slicer {
            text,
            chars: 0,
            bytes: 0,
        }
    }

    /// The byte offset of char offset `n` (`None` past the end).
    fn byte_at(&mut self, n: usize) -> Option<usize> {
        if n < self.chars {
            (self.chars, self.bytes) = (0, 0);
        }
        for c in self.text[self.bytes..].chars() {
            if self.chars == n {
                break;
            }
            self.chars += 1;
            self.bytes += c.len_utf8();
        }
        (self.chars == n).then_some(self.bytes)
    }

    /// The chars `start..end` of the text.
    pub(super) fn slice(&mut self, start: usize, end: usize) -> Option<&'t str> {
        if end < start {
            return None;
        }
        let from = self.byte_at(start)?;
        let to = self.byte_at(end)?;
        Some(&self.text[from..to])
    }
}

/// Whether a sentence's text needs storing: a claim quotes it, or it is not the slice of the
/// version's text its char offsets name (what [`fill_sentences`] would restore).
pub(super) fn keeps_text(s: &Sentence, quoted: bool, text: &mut Slicer) -> bool {
    quoted || text.slice(s.start, s.end) != Some(s.text.as_str())
}

/// Fills in the sentences stored without their text (read as empty) from the version's text.
pub(super) fn fill_sentences(conn: &Connection, id: i64, sentences: &mut [Sentence]) -> Result<()> {
    if sentences.iter().all(|s| !s.text.is_empty()) {
        return Ok(());
    }
    let text = text(conn, id)?;
    let mut slicer = Slicer::new(&text);
    for s in sentences.iter_mut().filter(|s| s.text.is_empty()) {
        s.text = slicer.slice(s.start, s.end).unwrap_or_default().to_string();
    }
    Ok(())
}

/// Registers the packing functions migration 0007 calls.
pub(super) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    let bytes = |v: ValueRef<'_>| -> Option<Vec<u8>> {
        match v {
            ValueRef::Text(b) | ValueRef::Blob(b) => Some(b.to_vec()),
            _ => None,
        }
    };
    conn.create_scalar_function(PACK_FUNCTION, 2, flags, move |ctx| {
        let data = bytes(ctx.get_raw(0)).unwrap_or_default();
        let base = bytes(ctx.get_raw(1));
        pack(&data, base.as_deref()).map_err(|e| rusqlite::Error::UserFunctionError(Box::new(e)))
    })?;
    conn.create_scalar_function(IS_DELTA_FUNCTION, 1, flags, move |ctx| {
        Ok(bytes(ctx.get_raw(0)).is_some_and(|b| is_delta(&b)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The governor defended the new measure before the weekend. \
        Officials reported 25 people injured and 3 killed, the Health Ministry said on May 4. \
        Opposition lawmakers questioned the pace of the negotiations in a closed-door meeting.";

    #[test]
    fn packed_texts_unpack_to_the_same_bytes_and_deltas_need_their_base() {
        let long = TEXT.repeat(4);
        for data in ["", "a", "ñandú", TEXT, long.as_str()] {
            let blob = pack(data.as_bytes(), None).unwrap();
            assert_eq!(unpack(&blob, None).unwrap(), data.as_bytes());
        }
        let revised = long.replace("25 people", "31 people");
        let plain = pack(revised.as_bytes(), None).unwrap();
        let delta = pack(revised.as_bytes(), Some(long.as_bytes())).unwrap();
        assert!(is_delta(&delta) && !is_delta(&plain));
        assert!(
            delta.len() * 3 < plain.len(),
            "{} vs {}",
            delta.len(),
            plain.len()
        );
        assert_eq!(
            unpack(&delta, Some(long.as_bytes())).unwrap(),
            revised.as_bytes()
        );
        assert!(unpack(&delta, None).is_err());
        // A tiny text is kept as it is, one byte longer.
        assert_eq!(pack(b"ab", None).unwrap(), b"\0ab");
        assert!(unpack(&[], None).is_err() && unpack(&[9, 1], None).is_err());
    }

    #[test]
    fn input_equal_to_the_text_is_not_stored() {
        assert_eq!(pack_input(TEXT.as_bytes(), TEXT).unwrap(), None);
        let html = format!("<html><body><p>{TEXT}</p></body></html>");
        let blob = pack_input(html.as_bytes(), TEXT).unwrap().unwrap();
        assert!(blob.len() < 60, "{}", blob.len());
        assert_eq!(
            unpack(&blob, Some(TEXT.as_bytes())).unwrap(),
            html.as_bytes()
        );
    }

    #[test]
    fn sentence_slices_count_chars() {
        let text = "Él dijo. Sí, 25%.";
        let mut sl = Slicer::new(text);
        assert_eq!(sl.slice(9, 17), Some("Sí, 25%."));
        assert_eq!(sl.slice(0, 8), Some("Él dijo."));
        assert_eq!(sl.slice(9, 9), Some(""));
        assert_eq!(sl.slice(17, 17), Some(""));
        assert_eq!(sl.slice(9, 30), None);
        assert_eq!(sl.slice(5, 2), None);
        let s = Sentence {
            index: 1,
            paragraph: 0,
            start: 9,
            end: 17,
            text: "Sí, 25%.".into(),
            lang: Default::default(),
        };
        assert!(!keeps_text(&s, false, &mut Slicer::new(text)));
        assert!(keeps_text(&s, true, &mut Slicer::new(text)));
        assert!(keeps_text(&s, false, &mut Slicer::new("Él dijo. No, 25%.")));
    }
}
