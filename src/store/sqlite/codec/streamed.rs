//! A large blob packed as it is written: its bytes go to a zstd stream in pieces instead of
//! being gathered whole and then compressed (the whole sentence blob of a 10 MB text was most
//! of the store write's peak, issue 14). The frame is the one [`super::pack`] makes without a
//! base (it says its size, so [`super::unpack`] reads it as any other), tagged [`ZSTD`].

use std::io::Write;

use super::sentences::{self, Count, Sink, Span};
use super::{codec_error, level_for, OWN_CONTEXT_FROM, ZSTD};
use crate::error::{Error, Result};

/// How many bytes are gathered before they go to the compressor (a call per varint was slow).
const CHUNK: usize = 64 * 1024;

/// The window of a blob packed as it is written, as a power of 2 (512 KB): a stream holds a
/// window of its input besides its tables, 2 MB at level 3's own; prose repeats itself within
/// far less than that, and a sentence blob is prose and offsets.
const WINDOW_LOG: u32 = 19;

/// The sink a blob is written to: pieces of it are compressed as they fill.
pub(super) struct Packer {
    encoder: zstd::stream::write::Encoder<'static, Vec<u8>>,
    chunk: Vec<u8>,
    /// Bytes given to the encoder so far.
    written: usize,
    /// The encoder's first error (a sink cannot fail: it is returned once writing is done).
    error: Option<std::io::Error>,
}

impl Packer {
    /// Gives the gathered bytes to the encoder.
    fn flush(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.encoder.write_all(&self.chunk) {
                self.error = Some(e);
            }
        }
        self.written += self.chunk.len();
        self.chunk.clear();
    }
}

impl Sink for Packer {
    fn put(&mut self, bytes: &[u8]) {
        self.chunk.extend_from_slice(bytes);
        if self.chunk.len() >= CHUNK {
            self.flush();
        }
    }

    fn put_byte(&mut self, b: u8) {
        self.chunk.push(b);
        if self.chunk.len() >= CHUNK {
            self.flush();
        }
    }
}

/// The `len` bytes `write` puts into its sink, as a stored blob of one zstd frame; `None` when
/// that frame is not smaller than the bytes (which are then stored as they are, see
/// [`super::pack`]). `write` must put exactly `len` bytes (a [`super::sentences::Count`] of
/// the same writing tells how many).
pub(super) fn pack_as_written(
    len: usize,
    write: impl FnOnce(&mut Packer),
) -> Result<Option<Vec<u8>>> {
    let mut encoder =
        zstd::stream::write::Encoder::new(vec![ZSTD], level_for(len)).map_err(codec_error)?;
    encoder
        .set_pledged_src_size(Some(len as u64))
        .map_err(codec_error)?;
    encoder.include_contentsize(true).map_err(codec_error)?;
    encoder.window_log(WINDOW_LOG).map_err(codec_error)?;
    let mut packer = Packer {
        encoder,
        chunk: Vec::with_capacity(CHUNK + 64),
        written: 0,
        error: None,
    };
    write(&mut packer);
    packer.flush();
    if let Some(e) = packer.error {
        return Err(codec_error(e));
    }
    if packer.written != len {
        return Err(Error::Codec(format!(
            "a blob of {} bytes written where {len} were counted",
            packer.written
        )));
    }
    let blob = packer.encoder.finish().map_err(codec_error)?;
    // The tag is one byte of the blob, as it is of the data stored as it is.
    Ok((blob.len() < len + 1).then_some(blob))
}

/// A sentence blob (the layout with texts) of the spans `spans()` gives, packed as it is
/// written when it is large ([`OWN_CONTEXT_FROM`] bytes or more) and zstd makes it smaller;
/// `None` otherwise, for [`super::pack`] to choose. `spans()` is called twice (the blob's size
/// is counted first: the frame says it) and must give the same spans each time; `room` is
/// at least the blob's size (no need to count a blob that cannot be large).
pub(super) fn pack_large_sentences<'a, I>(
    room: usize,
    spans: impl Fn() -> I,
) -> Result<Option<Vec<u8>>>
where
    I: Iterator<Item = Span<'a>>,
{
    if room < OWN_CONTEXT_FROM {
        return Ok(None);
    }
    let mut count = Count::default();
    sentences::encode_to(&mut count, spans(), true);
    if count.0 < OWN_CONTEXT_FROM {
        return Ok(None);
    }
    pack_as_written(count.0, |p| sentences::encode_to(p, spans(), true))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::{is_delta, pack, unpack};
    use super::*;
    use crate::model::{Lang, Sentence, TextSpan};

    /// A text of `n` sentences, a line each, with its sentences (char offsets, some Spanish).
    fn sentences_of(n: usize) -> (Arc<str>, Vec<Sentence>) {
        let mut text = String::new();
        let mut ranges = Vec::new();
        for i in 0..n {
            let line = match i % 4 {
                3 => format!("El ministerio contó {i} heridos en el distrito {}.", i % 97),
                _ => format!(
                    "Officials reported {i} people injured in district {}.",
                    i % 89
                ),
            };
            ranges.push((text.len(), text.chars().count(), line));
            text.push_str(&ranges.last().unwrap().2);
            text.push('\n');
        }
        let text: Arc<str> = text.into();
        let list = ranges
            .into_iter()
            .enumerate()
            .map(|(index, (byte, start, line))| Sentence {
                index,
                paragraph: index / 7,
                start,
                end: start + line.chars().count(),
                text: TextSpan::new(&text, byte..byte + line.len()),
                lang: if index % 4 == 3 { Lang::Es } else { Lang::En },
            })
            .collect();
        (text, list)
    }

    /// A large sentence blob packed as it is written holds the bytes the blob written whole
    /// holds (and so the same sentences and kept texts), as one frame that says its size.
    #[test]
    fn a_large_blob_packed_as_written_unpacks_to_the_blob_written_whole() {
        let (text, mut list) = sentences_of(40_000);
        // A sentence whose text is not its slice keeps it, quoted or not.
        list[6].text = "Not the slice.".into();
        let quoted = |i: usize| !i.is_multiple_of(3);
        let spans = || sentences::kept_spans(&list, &quoted, &text);
        let whole = sentences::encode(spans(), true);
        assert!(whole.len() >= OWN_CONTEXT_FROM, "{}", whole.len());
        let room = list.iter().map(|s| s.text.len() + 64).sum();
        let blob = pack_large_sentences(room, spans).unwrap().unwrap();
        assert_eq!(blob[0], ZSTD);
        assert!(!is_delta(&blob) && blob.len() * 4 < whole.len());
        let back = unpack(&blob, None).unwrap();
        assert!(back == whole, "the blobs differ");
        let decoded = sentences::decode(&back, true).unwrap();
        assert_eq!(decoded.len(), list.len());
        for ((s, kept), (want, q)) in decoded
            .iter()
            .zip(list.iter().map(|s| (s, quoted(s.index))))
        {
            assert_eq!(*kept, q || want.index == 6, "sentence {}", want.index);
            assert_eq!(
                (s.index, s.start, s.end, s.lang),
                (want.index, want.start, want.end, want.lang)
            );
            if *kept {
                assert_eq!(&*s.text, &*want.text);
            }
        }
        assert_eq!(
            sentences::kept_text(&back, 6).unwrap().as_deref(),
            Some("Not the slice.")
        );
        // The blob written whole packs to a frame of the same bytes.
        assert_eq!(unpack(&pack(&whole, None).unwrap(), None).unwrap(), whole);
    }

    /// A small blob is left to the whole way; a blob zstd cannot shrink too (stored as it is);
    /// a writer that puts other than the bytes counted is an error, not a wrong frame.
    #[test]
    fn small_incompressible_and_miscounted_blobs_are_not_packed_as_written() {
        let (text, list) = sentences_of(50);
        let spans = || sentences::kept_spans(&list, &|_| true, &text);
        assert_eq!(pack_large_sentences(usize::MAX, spans).unwrap(), None);
        assert_eq!(pack_large_sentences(100, spans).unwrap(), None);
        // Noise (xorshift) does not compress.
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let noise: Vec<u8> = (0..OWN_CONTEXT_FROM)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        assert_eq!(
            pack_as_written(noise.len(), |p| p.put(&noise)).unwrap(),
            None
        );
        let half = &noise[..noise.len() / 2];
        let some = vec![7u8; 300_000];
        let blob = pack_as_written(some.len(), |p| some.chunks(1000).for_each(|c| p.put(c)));
        assert_eq!(unpack(&blob.unwrap().unwrap(), None).unwrap(), some);
        assert!(pack_as_written(half.len() + 1, |p| p.put(half)).is_err());
    }
}
