//! Record: stores one version of an article from its bytes (used by `record` and `fetch`):
//! the bytes go through the [`pipeline`](crate::pipeline), the store diffs the new version
//! against the one before inside its write transaction, and the outcome keeps that diff.

use std::borrow::Cow;

use anyhow::{anyhow, bail, Result};

use crate::diff::{self, ClaimDiff, Mode, Side};
use crate::extract::Extractor;
use crate::model::{Claim, Sentence, Version};
use crate::pipeline::{process, process_for_store, ProcessOptions};
use crate::store::{NewVersion, Recorded, Store, VersionRef, Which};
use crate::time::{now, page_time, parse_time};
use crate::url::article_key;

/// Who published a version and what it is: what `record` takes besides the bytes.
#[derive(Debug, Clone, Default)]
pub struct RecordRequest {
    pub source: Option<String>,
    pub article: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The version's time (`--at`): RFC 3339 or YYYY-MM-DD; default the page's own, else now.
    pub at: Option<String>,
}

/// What recording did, for rendering.
pub struct RecordOutcome {
    pub recorded: Recorded,
    /// The version before and the claim changes since it, for a second or later version.
    pub diff: Option<(Version, ClaimDiff)>,
    pub claims: usize,
    pub encoding: Option<&'static str>,
}

/// The article key a request names: `--article`, else one derived from `--url`.
pub(crate) fn article_of(req: &RecordRequest) -> Result<String> {
    match (&req.article, &req.url) {
        (Some(k), _) if !k.trim().is_empty() => Ok(k.trim().to_string()),
        (_, Some(u)) => article_key(u),
        _ => bail!("give --article KEY or --url URL so the version has an article"),
    }
}

/// The longest source name accepted, in characters.
pub const MAX_SOURCE_CHARS: usize = 200;
/// The longest article key accepted, in characters (URL-derived keys included).
pub const MAX_KEY_CHARS: usize = 2000;

/// Refuses a source name or article key that is blank, too long, or holds control characters
/// (which would reach terminals and reports raw); `flag` names it in the error.
pub fn check_name(flag: &str, value: &str, max_chars: usize) -> Result<()> {
    let shown: String = value
        .chars()
        .take(60)
        .collect::<String>()
        .escape_debug()
        .to_string();
    if value.trim().is_empty() {
        bail!("bad {flag}: it is empty");
    }
    if value.chars().any(char::is_control) {
        bail!("bad {flag} \"{shown}\": it contains control characters");
    }
    let n = value.chars().count();
    if n > max_chars {
        bail!("bad {flag} \"{shown}...\": {n} characters, at most {max_chars}");
    }
    Ok(())
}

/// Stores a version from bytes already read (used by `record` and `fetch`).
pub fn record_bytes(
    store: &mut dyn Store,
    ex: &Extractor,
    bytes: &[u8],
    req: &RecordRequest,
    charset: Option<&str>,
) -> Result<RecordOutcome> {
    record_input(store, ex, Cow::Borrowed(bytes), req, charset)
}

/// [`record_bytes`] taking the bytes: a plain UTF-8 text that is its own normalised text is
/// then held once, not twice, while it is stored (`record` of a large file).
pub fn record_owned(
    store: &mut dyn Store,
    ex: &Extractor,
    bytes: Vec<u8>,
    req: &RecordRequest,
    charset: Option<&str>,
) -> Result<RecordOutcome> {
    record_input(store, ex, Cow::Owned(bytes), req, charset)
}

fn record_input(
    store: &mut dyn Store,
    ex: &Extractor,
    bytes: Cow<[u8]>,
    req: &RecordRequest,
    charset: Option<&str>,
) -> Result<RecordOutcome> {
    let source = req
        .source
        .as_deref()
        .ok_or_else(|| anyhow!("--source is required"))?;
    check_name("--source", source, MAX_SOURCE_CHARS)?;
    let key = article_of(req)?;
    check_name("--article", &key, MAX_KEY_CHARS)?;
    let published = match &req.at {
        Some(t) => Some(parse_time(t, "--at")?),
        None => None,
    };
    // Only pages of the same site teach the source's furniture (a page from elsewhere recorded
    // under this source cannot hide this site's sentences).
    let site = req.url.as_deref().and_then(crate::url::site_of);
    let lines = crate::ingest::boilerplate::source_furniture(&store.source_texts(
        source,
        &key,
        site.as_deref(),
    )?);
    let opts = ProcessOptions {
        extractor: ex,
        known_furniture: Some(&lines),
        charset_hint: charset,
    };
    // The input: borrowed as given, or, taken, packed in the store's form before the claims
    // are extracted (a large page is not held whole through extraction and the write).
    let (processed, packed, given) = match bytes {
        Cow::Borrowed(b) => (process(b, &opts)?, None, Some(b)),
        Cow::Owned(b) => {
            let (p, packed) = process_for_store(b, &opts, &*store)?;
            (p, Some(packed), None)
        }
    };
    let (doc, extraction) = (processed.doc, processed.extraction);
    // (Not read when the input comes packed.)
    let raw: &[u8] = given.unwrap_or(doc.text.as_bytes());
    let published = published.or_else(|| {
        doc.meta
            .modified
            .as_deref()
            .or(doc.meta.published.as_deref())
            .and_then(page_time)
    });
    let title = req.title.clone().or(doc.meta.title.clone());
    // The store diffs against the version before inside its write transaction (so concurrent
    // writers each compare with their own predecessor); the diff is kept for the report.
    let mut diff: Option<ClaimDiff> = None;
    let mut link = |bs: &[Sentence], bc: &[Claim], as_: &[Sentence], ac: &[Claim]| {
        let d = diff::diff(&Side::new(bs, bc), &Side::new(as_, ac), Mode::Versions);
        let lineage = d.lineage.clone();
        diff = Some(d);
        lineage
    };
    let version = NewVersion {
        source,
        article: &key,
        url: req.url.as_deref(),
        title: title.as_deref(),
        recorded_at: now(),
        published_at: published,
        raw,
        format: doc.format.as_str(),
        encoding: doc.encoding,
        text: &doc.text,
        content_hash: &crate::ingest::content_hash(&doc.text),
        lang: extraction.lang.as_str(),
        extraction: &extraction,
    };
    let recorded = match packed {
        Some(input) => store.record_packed(&version, input, &mut link)?,
        None => store.record(&version, &mut link)?,
    };
    let diff = match (&recorded, diff) {
        (Recorded::Stored(v), Some(d)) if v.number > 1 => {
            let prev = store.resolve(&VersionRef {
                article: key.clone(),
                which: Which::Number(v.number - 1),
            })?;
            Some((prev, d))
        }
        _ => None,
    };
    Ok(RecordOutcome {
        recorded,
        diff,
        claims: extraction.claims.len(),
        encoding: doc.encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page's input is packed in the store's form before its claims are extracted, and only
    /// that form is carried to the write (not the page's bytes besides it, issue 14); the
    /// version's input comes back byte for byte, and a plain text packs to nothing (it is its
    /// text).
    #[test]
    fn a_page_is_carried_packed_to_the_store_and_comes_back_whole() {
        let page = format!(
            "<html><head><title>Port</title></head><body><article>{}</article></body></html>",
            "<p>The port handled 2,000 containers in March, the authority said.</p>\n".repeat(400)
        );
        let ex = Extractor::default();
        let mut store = crate::store::SqliteStore::in_memory().unwrap();
        let opts = ProcessOptions::new(&ex);
        let (p, packed) = process_for_store(page.clone().into_bytes(), &opts, &store).unwrap();
        assert_eq!(p.extraction.claims.len(), 400);
        assert!(
            !packed.is_empty() && packed.len() * 20 < page.len(),
            "{} bytes carried for a page of {}",
            packed.len(),
            page.len()
        );
        let text = b"The port handled 2,000 containers.\n".to_vec();
        let (_, packed) = process_for_store(text, &opts, &store).unwrap();
        assert!(packed.is_empty());
        let req = RecordRequest {
            source: Some("Courier".into()),
            article: Some("port".into()),
            ..RecordRequest::default()
        };
        let out = record_owned(&mut store, &ex, page.clone().into_bytes(), &req, None).unwrap();
        let Recorded::Stored(v) = out.recorded else {
            panic!("not stored")
        };
        assert_eq!(store.input(&v).unwrap().raw, page.as_bytes());
        assert_eq!(out.claims, 400);
    }

    #[test]
    fn names_are_checked() {
        assert!(check_name("--source", "Herald", 200).is_ok());
        let e = |v: &str, max| check_name("--source", v, max).unwrap_err().to_string();
        assert_eq!(e(" ", 200), "bad --source: it is empty");
        assert_eq!(
            e("Her\x1b]0;pwned\x07ald", 200),
            "bad --source \"Her\\u{1b}]0;pwned\\u{7}ald\": it contains control characters"
        );
        assert_eq!(
            e("abc", 2),
            "bad --source \"abc...\": 3 characters, at most 2"
        );
    }
}
