//! How texts are stored: the one codec every reader and writer of version texts goes through
//! (record, import, read, export, admin, reindex, search's sentences, migrations 0007 and
//! 0014).
//!
//! A version's normalised text is stored in `versions.body`, zstd-compressed, and when it pays,
//! as a delta: compressed with the text of a *key* version of the same article (one stored
//! without a base) as the zstd dictionary, its id in `versions.base_id`. The base of a new
//! version is the article's latest key version, so reading any text takes at most two
//! decompressions, and a version that the key does not help becomes the next key. The input
//! as given (`versions.input`) is stored only when it is not byte for byte the normalised text,
//! compressed with that text as the dictionary (an HTML page shares its words with its text).
//! A version's sentences are one blob of varints (`versions.spans`: index, paragraph, char
//! offsets and language of each, and the texts kept, see the `sentences` submodule), packed
//! like the text, against its key version's blob when that is smaller (a revision repeats
//! most of its key's sentences); a sentence's text is kept only when a claim quotes it or it
//! is not the slice of the version's text its offsets name; [`sentences`] puts them back
//! together, and a claim row reads its quoted sentence with `claimdiff_sentence` (schema 14:
//! the texts were rows of a `sentences` table before, 19% of a store's bytes). A new key
//! version's large sentence blob is compressed as it is written, never held whole (`streamed`).
//!
//! A stored blob starts with a tag byte: [`VERBATIM`] (the bytes follow as they are: tiny
//! texts), [`ZSTD`] (one zstd frame) or [`DELTA`] (one zstd frame made with the base as its
//! dictionary).

use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::model::Sentence;

mod sentences;
mod streamed;

/// Tag of a blob holding the bytes as they are.
const VERBATIM: u8 = 0;
/// Tag of a blob holding one zstd frame.
const ZSTD: u8 = 1;
/// Tag of a blob holding one zstd frame compressed against the base text as dictionary.
const DELTA: u8 = 2;
/// The largest size a stored text may claim (a damaged header must not allocate more).
const MAX_SIZE: u64 = 1 << 30;
/// zstd's level: news-sized texts compress within 1% of level 19 at 6, many times faster.
const LEVEL: i32 = 6;
/// zstd's level for data of [`OWN_CONTEXT_FROM`] bytes or more: its context's tables are a
/// third of level 6's (about 1.3 MB against 3.5 MB, resident while a large text is packed:
/// issue 14), for frames 1.5% larger on news prose; news-sized texts keep [`LEVEL`].
const LARGE_LEVEL: i32 = 3;

/// The level `data` of this size is compressed at.
fn level_for(len: usize) -> i32 {
    if len >= OWN_CONTEXT_FROM {
        LARGE_LEVEL
    } else {
        LEVEL
    }
}

/// The SQL functions migration 0007 packs existing rows with: `claimdiff_pack(data, base)`
/// (base may be NULL), `claimdiff_is_delta(blob)` and the aggregate
/// `claimdiff_spans(idx, paragraph, start, end, lang ORDER BY idx)`.
const PACK_FUNCTION: &str = "claimdiff_pack";
const IS_DELTA_FUNCTION: &str = "claimdiff_is_delta";
const SPANS_FUNCTION: &str = "claimdiff_spans";
/// Migration 0014's: `claimdiff_spans_texts(spans, texts)` (see [`spans_with_texts`]) and
/// `claimdiff_rebase(blob, base)` (a blob that is not a delta, packed against `base`'s bytes
/// when that is smaller); and `claimdiff_sentence(spans, base_spans, idx)` (see
/// [`quoted_text`]), which every claim row reads its sentence with.
const SPANS_TEXTS_FUNCTION: &str = "claimdiff_spans_texts";
const REBASE_FUNCTION: &str = "claimdiff_rebase";
const SENTENCE_FUNCTION: &str = "claimdiff_sentence";

/// `data` as a stored blob: the smallest of verbatim, compressed, and (with a base) compressed
/// against the base. A delta under a quarter of the data (a revision) is taken without trying
/// the others: no text compresses that well on its own.
pub(super) fn pack(data: &[u8], base: Option<&[u8]>) -> Result<Vec<u8>> {
    let mut delta = None;
    if let Some(base) = base.filter(|b| !b.is_empty()) {
        let d = compress_against(data, base)?;
        if (d.len() - 1) * 4 < data.len() {
            return Ok(d);
        }
        delta = Some(d);
    }
    // The verbatim copy is made only when it is the smallest (a large text is not held twice).
    let plain = compress(data, &[])?;
    let mut best = (plain.len() - 1 < data.len()).then_some(plain);
    let best_len = best.as_ref().map_or(data.len() + 1, Vec::len);
    if let Some(d) = delta.filter(|d| d.len() < best_len) {
        best = Some(d);
    }
    Ok(best.unwrap_or_else(|| [&[VERBATIM][..], data].concat()))
}

/// A buffer for the frame of `len` bytes behind its tag byte, written first: the frame is
/// compressed in place after it, not copied behind it (issue 14).
fn behind_tag(tag: u8, len: usize) -> std::io::Cursor<Vec<u8>> {
    let mut out = Vec::with_capacity(1 + zstd::zstd_safe::compress_bound(len));
    out.push(tag);
    let mut buffer = std::io::Cursor::new(out);
    buffer.set_position(1);
    buffer
}

/// The tagged blob a frame was compressed into by [`behind_tag`], cut to its size.
fn tagged(buffer: std::io::Cursor<Vec<u8>>) -> Vec<u8> {
    let mut out = buffer.into_inner();
    out.shrink_to_fit();
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
        ZSTD => decompress(payload, &[], size()?),
        DELTA => {
            let base = base.ok_or_else(|| Error::Codec("a delta without its base".into()))?;
            let size = size()?;
            decompress(payload, base, size)
        }
        t => Err(Error::Codec(format!("unknown stored text tag {t}"))),
    }
}

/// `data` compressed with `base` as a referenced prefix: a raw-content dictionary that zstd
/// reads in place (unpacking loads it as a dictionary, which is the same thing for raw
/// content), instead of a copy of it with its own tables, which took 4 times a large base.
/// The frame comes behind the [`DELTA`] tag.
fn compress_against(data: &[u8], base: &[u8]) -> Result<Vec<u8>> {
    use zstd::zstd_safe::{CCtx, CParameter};
    let err = |code: usize| Error::Codec(zstd::zstd_safe::get_error_name(code).to_string());
    let mut cctx = CCtx::create();
    cctx.set_parameter(CParameter::CompressionLevel(level_for(data.len())))
        .map_err(err)?;
    cctx.ref_prefix(base).map_err(err)?;
    let mut out = behind_tag(DELTA, data.len());
    cctx.compress2(&mut out, data).map_err(err)?;
    Ok(tagged(out))
}

thread_local! {
    /// One zstd context of each kind per thread, reused: creating one per text was a tenth of
    /// an import's writer time (perf: ZSTD_createCCtx, ZSTD_createDCtx).
    static COMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Compressor<'static>>> =
        const { std::cell::RefCell::new(None) };
    static DECOMPRESSOR: std::cell::RefCell<Option<zstd::bulk::Decompressor<'static>>> =
        const { std::cell::RefCell::new(None) };
}

/// The size from which [`compress`] uses a context of its own, freed once the data is packed:
/// a context sized for a large text (3 MB for 10 MB) kept in the thread's slot stayed resident
/// through the rest of the version's write (issue 14); news-sized texts keep reusing the slot.
const OWN_CONTEXT_FROM: usize = 1 << 20;

/// `data` compressed at [`level_for`] its size with `dict` as the dictionary (none when empty),
/// behind the [`ZSTD`] tag.
fn compress(data: &[u8], dict: &[u8]) -> Result<Vec<u8>> {
    let mut out = behind_tag(ZSTD, data.len());
    if data.len() >= OWN_CONTEXT_FROM {
        let level = level_for(data.len());
        let mut c = zstd::bulk::Compressor::with_dictionary(level, dict).map_err(codec_error)?;
        c.compress_to_buffer(data, &mut out).map_err(codec_error)?;
        return Ok(tagged(out));
    }
    COMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        let c = match slot.as_mut() {
            Some(c) => c,
            None => slot.insert(zstd::bulk::Compressor::new(LEVEL).map_err(codec_error)?),
        };
        c.set_dictionary(LEVEL, dict).map_err(codec_error)?;
        c.compress_to_buffer(data, &mut out).map_err(codec_error)
    })?;
    Ok(tagged(out))
}

/// The `size` bytes of a frame compressed with `dict` as the dictionary (none when empty).
fn decompress(payload: &[u8], dict: &[u8], size: usize) -> Result<Vec<u8>> {
    DECOMPRESSOR.with(|cell| {
        let mut slot = cell.borrow_mut();
        let d = match slot.as_mut() {
            Some(d) => d,
            None => slot.insert(zstd::bulk::Decompressor::new().map_err(codec_error)?),
        };
        d.set_dictionary(dict).map_err(codec_error)?;
        d.decompress(payload, size).map_err(codec_error)
    })
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

/// Re-packs the versions packed against key version `id` (their texts and sentence blobs)
/// without a base (before `id` goes).
pub(super) fn release_base(conn: &Connection, id: i64) -> Result<()> {
    let dependents: Vec<i64> = conn
        .prepare_cached("SELECT id FROM versions WHERE base_id = ?")?
        .query_map([id], |r| r.get("id"))?
        .collect::<rusqlite::Result<_>>()?;
    for d in dependents {
        let body = pack(text(conn, d)?.as_bytes(), None)?;
        let spans = spans_bytes(conn, d)?.map(|b| pack(&b, None)).transpose()?;
        conn.prepare_cached(
            "UPDATE versions SET body = ?, spans = ?, base_id = NULL WHERE id = ?",
        )?
        .execute(rusqlite::params![body, spans, d])?;
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
/// version's text its char offsets name (what [`sentences`] would restore).
pub(super) fn keeps_text(s: &Sentence, quoted: bool, text: &mut Slicer) -> bool {
    quoted || text.slice(s.start, s.end) != Some(&*s.text)
}

/// The bytes of version `id`'s sentence blob (`versions.spans`, see [`sentences`]), unpacked
/// (against its key version's blob when it is a delta); `None` when it has none.
fn spans_bytes(conn: &Connection, id: i64) -> Result<Option<Vec<u8>>> {
    let (blob, base): (Option<Vec<u8>>, Option<Vec<u8>>) = conn
        .prepare_cached(
            "SELECT v.spans, b.spans AS base FROM versions v \
             LEFT JOIN versions b ON b.id = v.base_id WHERE v.id = ?",
        )?
        .query_row([id], |r| Ok((r.get("spans")?, r.get("base")?)))?;
    blob.map(|b| unpack_spans_blob(&b, base.as_deref()))
        .transpose()
}

/// A sentence blob's bytes; `base` is the key version's blob, needed when it is a delta.
fn unpack_spans_blob(blob: &[u8], base: Option<&[u8]>) -> Result<Vec<u8>> {
    let base = match base.filter(|_| is_delta(blob)) {
        Some(b) => Some(unpack(b, None)?),
        None => None,
    };
    unpack(blob, base.as_deref())
}

/// The sentences of version `id`, in order, with their texts: the kept ones from its sentence
/// blob, the others sliced from the version's text.
pub(super) fn sentences(conn: &Connection, id: i64) -> Result<Vec<Sentence>> {
    let decoded = match spans_bytes(conn, id)? {
        Some(bytes) => sentences::decode(&bytes, true)?,
        None => Vec::new(),
    };
    let mut out: Vec<Sentence> = decoded.iter().map(|(s, _)| s.clone()).collect();
    if decoded.iter().any(|(_, kept)| !kept) {
        let text = text(conn, id)?;
        let mut slicer = Slicer::new(&text);
        for (s, (_, kept)) in out.iter_mut().zip(&decoded) {
            if !kept {
                s.text = slicer.slice(s.start, s.end).unwrap_or_default().into();
            }
        }
    }
    Ok(out)
}

/// Writes version `id`'s sentences as its sentence blob: their spans, and the texts that a
/// claim quotes (`quoted` indexes) or that `text`, the version's, does not hold as the slice
/// their offsets name. The blob is packed against its key version's (`versions.base_id`) when
/// that is smaller; the versions packed against this one's blob are packed again against the
/// new one (a reindex rewrites a key version's sentences before, or without, theirs).
pub(super) fn write_sentences(
    conn: &Connection,
    id: i64,
    list: &[Sentence],
    quoted: &dyn Fn(usize) -> bool,
    text: &str,
) -> Result<()> {
    let spans = || sentences::kept_spans(list, quoted, text);
    // Room for the largest blob: 4 varints of at most 10 bytes, a language, a text length
    // and the text of each sentence (the pages not written to are never touched).
    let room = list.iter().map(|s| s.text.len() + 64).sum();
    let (article_id, base, old): (i64, Option<Vec<u8>>, Option<Vec<u8>>) = conn
        .prepare_cached(
            "SELECT v.article_id, b.spans AS base, v.spans FROM versions v \
             LEFT JOIN versions b ON b.id = v.base_id WHERE v.id = ?",
        )?
        .query_row([id], |r| {
            Ok((r.get("article_id")?, r.get("base")?, r.get("spans")?))
        })?;
    // A new key version's large blob is packed as it is written, never held whole (issue 14;
    // a version packed against another, or rewritten, takes the way below).
    if base.is_none() && old.is_none() {
        if let Some(blob) = streamed::pack_large_sentences(room, spans)? {
            conn.prepare_cached("UPDATE versions SET spans = ? WHERE id = ?")?
                .execute(rusqlite::params![blob, id])?;
            return Ok(());
        }
    }
    let bytes = sentences::encode_into(Vec::with_capacity(room), spans(), true);
    let base = base.map(|b| unpack(&b, None)).transpose()?;
    let blob = pack(&bytes, base.as_deref())?;
    conn.prepare_cached("UPDATE versions SET spans = ? WHERE id = ?")?
        .execute(rusqlite::params![blob, id])?;
    // Only a key version (without a base) has versions packed against it.
    let dependents: Vec<(i64, Option<Vec<u8>>)> = match (&old, base.is_none()) {
        (Some(_), true) => conn
            .prepare_cached(
                "SELECT id, spans FROM versions WHERE article_id = ? AND base_id = ? \
                 AND spans IS NOT NULL",
            )?
            .query_map([article_id, id], |r| Ok((r.get("id")?, r.get("spans")?)))?
            .collect::<rusqlite::Result<_>>()?,
        _ => Vec::new(),
    };
    if let (Some(old), false) = (old, dependents.is_empty()) {
        let old = unpack(&old, None)?;
        for (d, b) in dependents {
            let Some(b) = b else { continue };
            let repacked = pack(&unpack(&b, Some(&old))?, Some(&bytes))?;
            conn.prepare_cached("UPDATE versions SET spans = ? WHERE id = ?")?
                .execute(rusqlite::params![repacked, d])?;
        }
    }
    Ok(())
}

/// The spans of sentences in the layout before schema 14 (no texts), packed: what
/// `claimdiff_spans` gives migration 0007.
fn pack_span_list<'a>(spans: impl Iterator<Item = sentences::Span<'a>>) -> Result<Vec<u8>> {
    pack(&sentences::encode(spans, false), None)
}

/// Migration 0014's `claimdiff_spans_texts(spans, texts)`: a sentence blob in the layout
/// before schema 14 (`spans`, not a delta) and the texts its `sentences` table kept (`texts`,
/// a JSON array of `[idx, text]` pairs), as one blob in the layout with texts, not a delta.
fn spans_with_texts(spans: Option<&[u8]>, texts: &str) -> Result<Option<Vec<u8>>> {
    let pairs: Vec<(i64, String)> = serde_json::from_str(texts)
        .map_err(|e| Error::Codec(format!("sentence texts to migrate: {e}")))?;
    let list = match spans {
        Some(b) => sentences::decode(&unpack(b, None)?, false)?,
        None => return Ok(None),
    };
    let text_of = |i: usize| {
        pairs
            .iter()
            .find(|(idx, _)| *idx == i as i64)
            .map(|(_, t)| t.as_str())
    };
    let bytes = sentences::encode(
        list.iter().map(|(s, _)| {
            let t = text_of(s.index);
            (s.index, s.paragraph, s.start, s.end, s.lang.as_str(), t)
        }),
        true,
    );
    pack(&bytes, None).map(Some)
}

/// A sentence blob as read (with its key version's, for a delta) and its bytes.
struct Unpacked {
    blob: Vec<u8>,
    base: Option<Vec<u8>>,
    bytes: std::rc::Rc<[u8]>,
}

/// How many unpacked sentence blobs [`quoted_text`] keeps per thread: a timeline entry reads
/// its claim's version and the version before it, by turns, and their key versions'.
const RECENT_BLOBS: usize = 16;

/// The text a claim of sentence `idx` quotes, from its version's sentence blob and its key
/// version's (`claimdiff_sentence(spans, base_spans, idx)`, read by every claim row). The
/// blobs read last are kept unpacked ([`RECENT_BLOBS`]): a version's claims ask one after the
/// other, a timeline's entries by turns with the claims they continue, and the versions of an
/// article share their key.
fn quoted_text(blob: &[u8], base: Option<&[u8]>, idx: usize) -> Result<Option<String>> {
    thread_local! {
        static RECENT: std::cell::RefCell<Vec<Unpacked>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    RECENT.with(|cell| {
        let mut recent = cell.borrow_mut();
        let base = base.filter(|_| is_delta(blob));
        let bytes = unpacked(&mut recent, blob, base)?;
        sentences::kept_text(&bytes, idx)
    })
}

/// A blob's bytes (against `base`'s, for a delta) from the `recent` ones, unpacked and added
/// when not there.
fn unpacked(
    recent: &mut Vec<Unpacked>,
    blob: &[u8],
    base: Option<&[u8]>,
) -> Result<std::rc::Rc<[u8]>> {
    if let Some(i) = recent
        .iter()
        .position(|u| u.blob == blob && u.base.as_deref() == base)
    {
        let u = recent.remove(i);
        let bytes = u.bytes.clone();
        recent.insert(0, u);
        return Ok(bytes);
    }
    let bytes: std::rc::Rc<[u8]> = match base {
        Some(b) => {
            let base_bytes = unpacked(recent, b, None)?;
            unpack(blob, Some(&base_bytes))?.into()
        }
        None => unpack(blob, None)?.into(),
    };
    recent.insert(
        0,
        Unpacked {
            blob: blob.to_vec(),
            base: base.map(<[u8]>::to_vec),
            bytes: bytes.clone(),
        },
    );
    recent.truncate(RECENT_BLOBS);
    Ok(bytes)
}

/// `claimdiff_spans(idx, paragraph, start, end, lang)`: the spans blob of a version's sentence
/// rows (migration 0007), NULL for none.
struct SpansAggregate;

type SpanRow = (i64, i64, i64, i64, String);

impl rusqlite::functions::Aggregate<Vec<SpanRow>, Option<Vec<u8>>> for SpansAggregate {
    fn init(&self, _: &mut rusqlite::functions::Context<'_>) -> rusqlite::Result<Vec<SpanRow>> {
        Ok(Vec::new())
    }

    fn step(
        &self,
        ctx: &mut rusqlite::functions::Context<'_>,
        acc: &mut Vec<SpanRow>,
    ) -> rusqlite::Result<()> {
        acc.push((
            ctx.get(0)?,
            ctx.get(1)?,
            ctx.get(2)?,
            ctx.get(3)?,
            ctx.get(4)?,
        ));
        Ok(())
    }

    fn finalize(
        &self,
        _: &mut rusqlite::functions::Context<'_>,
        acc: Option<Vec<SpanRow>>,
    ) -> rusqlite::Result<Option<Vec<u8>>> {
        let Some(rows) = acc else { return Ok(None) };
        let n = |v: i64| v.max(0) as usize;
        pack_span_list(
            rows.iter()
                .map(|(i, p, s, e, l)| (n(*i), n(*p), n(*s), n(*e), l.as_str(), None)),
        )
        .map(Some)
        .map_err(|e| rusqlite::Error::UserFunctionError(Box::new(e)))
    }
}

/// A user function's error from the codec's.
fn function_error(e: Error) -> rusqlite::Error {
    rusqlite::Error::UserFunctionError(Box::new(e))
}

/// Registers the packing functions migrations 0007 and 0014 call, and the one every claim row
/// reads its sentence with (`claimdiff_sentence`).
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
    })?;
    conn.create_aggregate_function(SPANS_FUNCTION, 5, flags, SpansAggregate)?;
    conn.create_scalar_function(SENTENCE_FUNCTION, 3, flags, move |ctx| {
        let Some(blob) = bytes(ctx.get_raw(0)) else {
            return Ok(None);
        };
        let base = bytes(ctx.get_raw(1));
        let idx = ctx.get::<i64>(2)?.max(0) as usize;
        quoted_text(&blob, base.as_deref(), idx).map_err(function_error)
    })?;
    conn.create_scalar_function(SPANS_TEXTS_FUNCTION, 2, flags, move |ctx| {
        let spans = bytes(ctx.get_raw(0));
        let texts = ctx.get::<Option<String>>(1)?.unwrap_or_else(|| "[]".into());
        spans_with_texts(spans.as_deref(), &texts).map_err(function_error)
    })?;
    conn.create_scalar_function(REBASE_FUNCTION, 2, flags, move |ctx| {
        let Some(blob) = bytes(ctx.get_raw(0)) else {
            return Ok(None);
        };
        let rebased = || -> Result<Vec<u8>> {
            let data = unpack(&blob, None)?;
            let base = bytes(ctx.get_raw(1))
                .map(|b| unpack(&b, None))
                .transpose()?;
            pack(&data, base.as_deref())
        };
        rebased().map(Some).map_err(function_error)
    })
}

#[cfg(test)]
mod tests;
