//! Ingest: turns the bytes a user gives (plain text or HTML, any common encoding) into the
//! normalised text claims are extracted from, and marks the page furniture in it (newsletter
//! boxes, paywall notices, link lists) so later stages skip it.
//!
//! Plain text keeps its characters as given, so that claim offsets point into the user's own
//! text; furniture is not deleted but listed as byte ranges in [`Document::skip`].

mod article_text;
pub mod boilerplate;
pub mod decode;
pub mod html;
mod nesting;

use std::ops::Range;
use std::sync::Arc;

use anyhow::Result;
use sha2::{Digest, Sha256};

/// What kind of input a version came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
        }
    }
}

/// Metadata a page carries about itself (all optional; plain text has none).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
}

/// A text ready for segmentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The normalised text: the input itself for plain text, the article body for HTML. One
    /// allocation that the sentences (and claims) read from it share ([`crate::model::TextSpan`]).
    pub text: Arc<str>,
    /// Byte ranges of `text` that are page furniture, sorted and disjoint.
    pub skip: Vec<Range<usize>>,
    pub format: Format,
    pub meta: PageMeta,
    /// Set when the input was not UTF-8 and was decoded from another encoding.
    pub encoding: Option<&'static str>,
}

/// Options for [`ingest`].
#[derive(Debug, Clone, Default)]
pub struct IngestOptions<'a> {
    /// Lines seen in other articles of the same source: furniture wherever they appear.
    pub known_furniture: Option<&'a std::collections::HashSet<u64>>,
    /// A charset named outside the bytes (an HTTP Content-Type header), tried first.
    pub charset_hint: Option<&'a str>,
}

/// Decodes `bytes`, extracts the article body of HTML, and marks furniture.
pub fn ingest(bytes: &[u8], opts: &IngestOptions) -> Result<Document> {
    let decoded = decode::decode(bytes, opts.charset_hint)?;
    Ok(read_decoded(decoded, false, opts)?.0)
}

/// [`ingest`] taking the bytes: they come back unless the document's text is them byte for
/// byte (a plain UTF-8 text), so that a large input is held once, as the text or as itself.
pub fn ingest_owned(bytes: Vec<u8>, opts: &IngestOptions) -> Result<(Document, Option<Vec<u8>>)> {
    let (doc, held) = ingest_held(bytes, opts)?;
    Ok((doc, held.map(HeldPage::release).transpose()?))
}

/// [`ingest`] taking the bytes and letting them go as soon as the text is read from them (an
/// HTML page's as soon as its DOM holds it): for a caller that never needs the input again.
pub fn ingest_discarding(bytes: Vec<u8>, opts: &IngestOptions) -> Result<Document> {
    let (decoded, kept) = decode::decode_owned(bytes, opts.charset_hint)?;
    drop(kept);
    Ok(read_decoded(decoded, false, opts)?.0)
}

/// [`ingest_owned`] giving the bytes back compressed ([`HeldPage::release`] restores them):
/// a caller that extracts claims before it needs the input again holds a few MB, not the
/// page, at the peak of extraction (issue 14).
pub fn ingest_held(bytes: Vec<u8>, opts: &IngestOptions) -> Result<(Document, Option<HeldPage>)> {
    let (decoded, kept) = decode::decode_owned(bytes, opts.charset_hint)?;
    let kept = kept.map(|k| HeldPage::hold(&k));
    let (doc, page) = read_decoded(decoded, kept.is_none(), opts)?;
    Ok((doc, kept.or(page)))
}

/// The document of a decoded text; with `keep_page`, an HTML page's text comes back too (the
/// caller's input, when it was UTF-8; held compressed), else it is dropped as soon as its DOM
/// holds it.
fn read_decoded(
    decoded: decode::Decoded,
    keep_page: bool,
    opts: &IngestOptions,
) -> Result<(Document, Option<HeldPage>)> {
    let decode::Decoded { text, encoding } = decoded;
    let mut page_text = None;
    let mut doc = if html::looks_like_html(&text) {
        // Compressed before the DOM is built: the compressor's buffer, the page's size, is
        // not taken next to the DOM.
        page_text = keep_page.then(|| HeldPage::hold(text.as_bytes()));
        let page = html::parse_page(&text);
        drop(text);
        html::read_article(page)?
    } else {
        Document {
            text: Arc::from(text),
            skip: Vec::new(),
            format: Format::Text,
            meta: PageMeta::default(),
            encoding: None,
        }
    };
    doc.encoding = encoding;
    if doc.text.trim().is_empty() {
        return Err(crate::error::Error::NoArticleText.into());
    }
    doc.skip = boilerplate::furniture(&doc.text, opts.known_furniture);
    Ok((doc, page_text))
}

/// An input's bytes held compressed while the page is read and its claims extracted: the DOM
/// holds its own copy of the page and the readability pass more (the peak of recording a large
/// page), and then the claims (the next peak), so the caller's copy, stored as the version's
/// input at the end, waits as a zstd frame (fast level; a 10 MB page of prose takes a few MB
/// or less).
pub struct HeldPage {
    frame: std::result::Result<Vec<u8>, Vec<u8>>,
    len: usize,
}

impl HeldPage {
    /// The zstd level: the fastest, since the frame lives only while the page is read.
    const LEVEL: i32 = 1;

    fn hold(bytes: &[u8]) -> HeldPage {
        // If compressing fails (it does not for bytes in memory), the bytes are kept as given.
        // The frame is made in a buffer of the worst case's size (a little more than the
        // page), cut down to the frame's size so that the page's size is not held twice.
        let frame = zstd::bulk::compress(bytes, Self::LEVEL)
            .map(|mut f| {
                f.shrink_to_fit();
                f
            })
            .map_err(|_| bytes.to_vec());
        HeldPage {
            frame,
            len: bytes.len(),
        }
    }

    /// The bytes as given.
    pub fn release(self) -> Result<Vec<u8>> {
        match self.frame {
            Ok(frame) => Ok(zstd::bulk::decompress(&frame, self.len)?),
            Err(bytes) => Ok(bytes),
        }
    }
}

/// Hex SHA-256 of a version's normalised text: identical text is an identical version.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Ingests a text already known to be plain, clean UTF-8 (used by `extract` on JSONL).
pub fn plain(text: &str) -> Document {
    Document {
        skip: boilerplate::furniture(text, None),
        text: Arc::from(text),
        format: Format::Text,
        meta: PageMeta::default(),
        encoding: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An HTML page is held compressed while its DOM is read and comes back byte for byte
    /// (it is stored as the version's input).
    #[test]
    fn a_page_is_held_compressed_while_read_and_comes_back_whole() {
        let para = "<p>The port handled 2,000 containers in March, the authority said.</p>\n";
        let page = format!(
            "<html><head><title>Port</title></head><body><article>{}</article></body></html>",
            para.repeat(400)
        );
        let held = HeldPage::hold(page.as_bytes());
        let frame = held.frame.as_ref().expect("compressed");
        assert!(
            frame.len() * 10 < page.len(),
            "{} of {}",
            frame.len(),
            page.len()
        );
        // The buffer is the frame's size, not the worst case's (a little over the page's).
        assert!(
            frame.capacity() * 10 < page.len(),
            "{} of {}",
            frame.capacity(),
            page.len()
        );
        assert_eq!(held.release().unwrap(), page.as_bytes());
        let (doc, input) =
            ingest_owned(page.clone().into_bytes(), &IngestOptions::default()).unwrap();
        assert_eq!(doc.format, Format::Html);
        assert!(doc.text.contains("2,000 containers"));
        assert_eq!(input.as_deref(), Some(page.as_bytes()));
    }
}
