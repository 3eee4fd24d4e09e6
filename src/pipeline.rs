//! Pipeline: the stages from bytes to claims in one call ([`process`]: ingest → segment →
//! extract), and the extractor every command builds the same way ([`extractor`]: the built-in
//! lexicon, the database's additions and a `--topics FILE`).

use std::collections::HashSet;
use std::path::Path;

use anyhow::{anyhow, Context, Result};

use crate::extract::{Extractor, Lexicon};
use crate::ingest::{self, Document, IngestOptions};
use crate::input::{io_reason, read_capped};
use crate::model::Extraction;
use crate::store::{PackedInput, Store};

/// How to read a page's bytes, besides the extractor that reads its claims.
#[derive(Clone, Copy)]
pub struct ProcessOptions<'a> {
    pub extractor: &'a Extractor,
    /// Lines seen in other articles of the same source: furniture wherever they appear.
    pub known_furniture: Option<&'a HashSet<u64>>,
    /// A charset named outside the bytes (an HTTP Content-Type header), tried first.
    pub charset_hint: Option<&'a str>,
}

impl<'a> ProcessOptions<'a> {
    /// What ingesting needs of these options.
    fn ingest(&self) -> IngestOptions<'a> {
        IngestOptions {
            known_furniture: self.known_furniture,
            charset_hint: self.charset_hint,
        }
    }

    /// Plain reading: no known furniture, no charset hint.
    pub fn new(extractor: &'a Extractor) -> ProcessOptions<'a> {
        ProcessOptions {
            extractor,
            known_furniture: None,
            charset_hint: None,
        }
    }
}

/// What the pipeline made of some bytes: the document (text, furniture, metadata) and its
/// sentences and claims.
pub struct Processed {
    pub doc: Document,
    pub extraction: Extraction,
}

/// Ingests `bytes` (decoding, HTML extraction, furniture) and extracts the claims of the text.
pub fn process(bytes: &[u8], opts: &ProcessOptions) -> Result<Processed> {
    let doc = ingest::ingest(bytes, &opts.ingest())?;
    let extraction = opts.extractor.extract(&doc);
    Ok(Processed { doc, extraction })
}

/// [`process`] taking the bytes: they come back unless the document's text is them byte for
/// byte (see [`ingest::ingest_owned`]), so that a large plain text is held once.
pub fn process_owned(
    bytes: Vec<u8>,
    opts: &ProcessOptions,
) -> Result<(Processed, Option<Vec<u8>>)> {
    // The input waits compressed while the claims are extracted (see [`ingest::HeldPage`]).
    let (doc, held) = ingest::ingest_held(bytes, &opts.ingest())?;
    let extraction = opts.extractor.extract(&doc);
    let input = held.map(ingest::HeldPage::release).transpose()?;
    Ok((Processed { doc, extraction }, input))
}

/// [`process`] taking the bytes, for a caller that reports claims and never needs the input
/// again (`extract`): the input goes as soon as the text is read, before the claims are
/// extracted, neither held nor restored (issue 14: `extract page.html` held the page
/// decompressed at the peak of extraction).
pub fn process_discarding(bytes: Vec<u8>, opts: &ProcessOptions) -> Result<Processed> {
    let doc = ingest::ingest_discarding(bytes, &opts.ingest())?;
    let extraction = opts.extractor.extract(&doc);
    Ok(Processed { doc, extraction })
}

/// [`process_owned`] for a caller that stores the version: the input comes back in the form
/// `store` keeps it ([`Store::pack_input`]), packed before the claims are extracted, so that a
/// large page is held packed, not whole, through the extraction and the store write (issue 14).
pub fn process_for_store(
    bytes: Vec<u8>,
    opts: &ProcessOptions,
    store: &dyn Store,
) -> Result<(Processed, PackedInput)> {
    let (doc, held) = ingest::ingest_held(bytes, &opts.ingest())?;
    let raw = held.map(ingest::HeldPage::release).transpose()?;
    let input = store.pack_input(raw, &doc.text)?;
    let extraction = opts.extractor.extract(&doc);
    Ok((Processed { doc, extraction }, input))
}

/// The extractor with the built-in lexicon, the database's additions and `--topics FILE`.
pub fn extractor(store: Option<&dyn Store>, topics_file: Option<&Path>) -> Result<Extractor> {
    let mut lx = Lexicon::builtin();
    if let Some(s) = store {
        lx.add_text(&s.topic_terms()?)?;
    }
    if let Some(f) = topics_file {
        lx.add_text(&read_topics_file(f)?)
            .with_context(|| format!("in {}", f.display()))?;
    }
    Ok(Extractor::new(lx))
}

/// The text of a topic lexicon file ("topic: term, term" lines), with a one-line error.
/// The file is capped like every input ([`crate::input::max_input_size`]).
pub fn read_topics_file(f: &Path) -> Result<String> {
    let what = format!("topics file {}", f.display());
    let file =
        std::fs::File::open(f).map_err(|e| anyhow!("cannot read {what}: {}", io_reason(&e)))?;
    let len = file.metadata().map_or(0, |m| m.len());
    String::from_utf8(read_capped(file, &what, len)?)
        .map_err(|_| anyhow!("cannot read {what}: stream did not contain valid UTF-8"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Format;
    use crate::model::TextSpan;

    #[test]
    fn process_discarding_reads_what_process_reads() {
        let ex = Extractor::default();
        let opts = ProcessOptions::new(&ex);
        let page = b"<html><head><title>Storm</title></head><body><article><p>The storm left \
            12,000 homes without power on Monday, the utility said.</p><p>Crews restored 9,500 \
            of them by night.</p></article></body></html>";
        let latin1 = b"Se registraron 2.350 casos en Le\xf3n, inform\xf3 la Secretar\xeda.";
        for bytes in [&page[..], b"About 300 schools stayed shut.", &latin1[..]] {
            let a = process(bytes, &opts).unwrap();
            let b = process_discarding(bytes.to_vec(), &opts).unwrap();
            assert_eq!(a.doc.text, b.doc.text);
            assert!(!a.extraction.claims.is_empty());
            assert_eq!(a.extraction.claims, b.extraction.claims);
        }
    }

    #[test]
    fn process_reads_html_and_extracts_the_article_claims() {
        let page = b"<html><head><title>Flood</title></head><body><nav>Home | 24 hours news</nav>\
            <article><p>Floodwaters forced 2,400 residents from their homes on Tuesday, the \
            regional emergency agency said.</p></article></body></html>";
        let ex = Extractor::default();
        let p = process(page, &ProcessOptions::new(&ex)).unwrap();
        assert_eq!(p.doc.format, Format::Html);
        assert!(p.doc.text.contains("2,400 residents"), "{}", p.doc.text);
        let values: Vec<f64> = p.extraction.claims.iter().map(|c| c.value).collect();
        assert_eq!(values, [2400.0]);
    }

    /// A claim's sentence is its version's sentence, and every sentence is a span of the
    /// document's one text, not a copy: the text is held once however many sentences and
    /// claims read it (a copy per claim tripled record's memory on dense prose; a copy per
    /// sentence was a second copy of the whole text).
    #[test]
    fn sentences_and_claims_are_spans_of_the_one_text() {
        let text = "Prices rose 4 percent in March and 6 percent in April, the bureau said. \
            The port handled 2,000 containers.\n\nExports fell by 12 percent.";
        let ex = Extractor::default();
        let p = process(text.as_bytes(), &ProcessOptions::new(&ex)).unwrap();
        let (doc, e) = (&p.doc, &p.extraction);
        assert_eq!(e.sentences.len(), 3, "{:?}", e.sentences);
        for s in &e.sentences {
            assert!(s.text.is_in(&doc.text), "sentence {} is a copy", s.index);
            assert_eq!(&doc.text[s.text.range()], &*s.text);
        }
        assert_eq!(e.claims.len(), 4, "{:?}", e.claims);
        for c in &e.claims {
            let s = &e.sentences[c.sentence_index];
            assert!(
                TextSpan::shares(&c.sentence, &s.text),
                "claim {:?} holds a copy of sentence {}",
                c.label,
                s.index
            );
        }
        assert!(TextSpan::shares(
            &e.claims[0].sentence,
            &e.claims[1].sentence
        ));
        // The same for HTML: the spans point into the article text read from the page.
        let page = format!(
            "<html><body><article><p>{}</p></article></body></html>",
            text
        );
        let p = process(page.as_bytes(), &ProcessOptions::new(&ex)).unwrap();
        assert!(!p.extraction.sentences.is_empty());
        assert!(p
            .extraction
            .sentences
            .iter()
            .all(|s| s.text.is_in(&p.doc.text)));
    }

    /// A page's bytes, held compressed while its claims are extracted, come back byte for
    /// byte with the claims; a plain UTF-8 text is its own text and gives none back.
    #[test]
    fn process_owned_gives_a_page_back_whole_after_extraction() {
        let page = format!(
            "<html><body><article>{}</article></body></html>",
            "<p>The port handled 2,000 containers in March, the authority said.</p>".repeat(50)
        );
        let ex = Extractor::default();
        let (p, input) =
            process_owned(page.clone().into_bytes(), &ProcessOptions::new(&ex)).unwrap();
        assert_eq!(input.as_deref(), Some(page.as_bytes()));
        assert_eq!(p.extraction.claims.len(), 50);
        let text = b"The port handled 2,000 containers.\n".to_vec();
        let (_, input) = process_owned(text, &ProcessOptions::new(&ex)).unwrap();
        assert_eq!(input, None);
    }

    /// A claim's key sits in an allocation of its own length (it was built word by word into
    /// 4 or 8 slots and kept so: a fifth of the claims' heap on a large text, issue 14).
    #[test]
    fn claim_keys_have_no_spare_slots() {
        let text = "The council approved 120 new homes and 3 schools on Tuesday. \
            Officials said 45 buses and 2,000 extra parking spaces would follow.";
        let ex = Extractor::default();
        let p = process(text.as_bytes(), &ProcessOptions::new(&ex)).unwrap();
        assert!(p.extraction.claims.len() >= 3, "{:?}", p.extraction.claims);
        for c in &p.extraction.claims {
            assert!(!c.key.is_empty(), "{c:?}");
            assert_eq!(c.key.capacity(), c.key.len(), "{:?}", c.key);
        }
    }

    #[test]
    fn a_missing_topics_file_is_a_one_line_error() {
        let e = extractor(None, Some(Path::new("/nonexistent/topics.txt")))
            .err()
            .unwrap()
            .to_string();
        assert_eq!(
            e,
            "cannot read topics file /nonexistent/topics.txt: no such file"
        );
    }
}
