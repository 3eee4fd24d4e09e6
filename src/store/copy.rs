//! Copying a whole store into another, whatever their backends (`claimdiff copy`): every
//! version in the order it was stored, with its input, text, sentences and claims, written in
//! batches through [`Store::import_versions`] (one transaction each), then the lineage computed
//! once in the target ([`Store::relink`]) and the user's topic terms carried over. What each
//! store holds is counted the same way on both sides ([`StoreCounts`]) to verify the copy.

use serde::Serialize;

use super::{LinkFn, NewVersion, Store, StoredVersion, VersionInput};
use crate::error::Result;
use crate::model::{Extraction, Lang};

/// How much a store holds: what a copy must leave equal on both sides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StoreCounts {
    /// Articles.
    pub articles: usize,
    /// Versions, over every article.
    pub versions: usize,
    /// Claims, over every version.
    pub claims: usize,
}

impl StoreCounts {
    /// Counts what `store` holds, through its API.
    pub fn of(store: &dyn Store) -> Result<StoreCounts> {
        let mut counts = StoreCounts::default();
        for a in store.articles()? {
            counts.articles += 1;
            for v in store.versions(&a.key)? {
                counts.versions += 1;
                counts.claims += v.claims;
            }
        }
        Ok(counts)
    }
}

/// One version read from the source, owning what its [`NewVersion`] borrows.
struct Pending {
    source: String,
    article: String,
    url: Option<String>,
    stored: StoredVersion,
    input: VersionInput,
    extraction: Extraction,
}

impl Pending {
    fn new_version(&self) -> NewVersion<'_> {
        let v = &self.stored.version;
        NewVersion {
            source: &self.source,
            article: &self.article,
            url: self.url.as_deref(),
            title: v.title.as_deref(),
            recorded_at: v.recorded_at.clone(),
            published_at: v.published_at.clone(),
            raw: &self.input.raw,
            format: &self.input.format,
            encoding: self.input.encoding.as_deref(),
            text: &self.stored.text,
            content_hash: &v.content_hash,
            lang: &self.input.lang,
            extraction: &self.extraction,
        }
    }
}

/// Writes the pending versions into `to` as one batch and empties the list.
fn flush(to: &mut dyn Store, pending: &mut Vec<Pending>) -> Result<usize> {
    let batch: Vec<NewVersion> = pending.iter().map(Pending::new_version).collect();
    let n = to.import_versions(&batch)?;
    pending.clear();
    Ok(n)
}

/// Copies every article of `from` into `to` (which the caller has checked is empty, so that
/// version numbers carry over), `batch` versions per transaction; `progress` hears the
/// number of versions written so far after each batch. The target's lineage is computed with
/// `link`, as `record` would have. Returns how many versions were written.
pub fn copy(
    from: &dyn Store,
    to: &mut dyn Store,
    batch: usize,
    link: &mut LinkFn,
    progress: &mut dyn FnMut(usize),
) -> Result<usize> {
    // Every version, in the order it was stored (ids), so that a fresh target numbers its
    // rows as the source did; each article's versions stay in order.
    let mut versions = Vec::new();
    for a in from.articles()? {
        for v in from.versions(&a.key)? {
            versions.push((v, a.url.clone()));
        }
    }
    versions.sort_by_key(|(v, _)| v.id);
    let mut written = 0;
    let mut pending: Vec<Pending> = Vec::with_capacity(batch.max(1));
    for (v, url) in versions {
        let stored = from.load(&v)?;
        let input = from.input(&v)?;
        let extraction = Extraction {
            lang: Lang::parse(&input.lang).unwrap_or_default(),
            sentences: stored.sentences.clone(),
            claims: stored.claims.clone(),
        };
        pending.push(Pending {
            source: v.source.clone(),
            article: v.article.clone(),
            url,
            stored,
            input,
            extraction,
        });
        if pending.len() >= batch.max(1) {
            written += flush(to, &mut pending)?;
            progress(written);
        }
    }
    if !pending.is_empty() {
        written += flush(to, &mut pending)?;
        progress(written);
    }
    to.relink(link)?;
    // The claims are the source's as they are: so is the extractor that wrote them.
    to.set_extractor_version(from.extractor_version()?)?;
    let terms = from.topic_terms()?;
    if !terms.is_empty() {
        to.add_topic_terms(terms.strip_suffix('\n').unwrap_or(&terms))?;
    }
    Ok(written)
}
