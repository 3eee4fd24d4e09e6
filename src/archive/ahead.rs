//! Lineage computed ahead, on every core: each version's claim diff against the version before
//! it in the archive (the same article's previous version read), so that the single thread
//! that stores versions only checks that the stored predecessor is that version and takes the
//! result. When it is not (the predecessor was stored by an earlier run, or another version
//! came between), the store computes the diff itself as `record` does.

use rayon::prelude::*;

use crate::diff::{self, Mode, Side};
use crate::model::{Claim, Lineage, Sentence};

/// A version's diff against the one before it in the archive.
pub(super) struct Ahead {
    /// The version before: its sentences and claims.
    before: (Vec<Sentence>, Vec<Claim>),
    lineage: Lineage,
    /// Claims whose value changed.
    changed: usize,
}

impl Ahead {
    /// The lineage and changed claims, when `before` is the version this was computed from.
    pub(super) fn for_before(&self, bs: &[Sentence], bc: &[Claim]) -> Option<(Lineage, usize)> {
        (self.before.0 == bs && self.before.1 == bc).then(|| (self.lineage.clone(), self.changed))
    }
}

/// The last version of the previous batch: its article, sentences and claims.
pub(super) type Carried = Option<(String, Vec<Sentence>, Vec<Claim>)>;

/// A version to link ahead: its article and its sentences and claims, or `None` for an item
/// whose predecessor is unknown here (held by the store, so not extracted).
pub(super) type Item<'a> = (&'a str, Option<(&'a [Sentence], &'a [Claim])>);

/// The diff of each version of `items` (in archive order) against the version before it of the
/// same article, `carried` holding the last one of the batch before; `None` for the first
/// version of an article, or after one not extracted. Updates `carried` for the next batch.
pub(super) fn link_ahead(items: &[Item], carried: &mut Carried) -> Vec<Option<Ahead>> {
    let mut pairs = Vec::with_capacity(items.len());
    for (article, version) in items {
        let before = match carried.take() {
            Some((a, s, c)) if a == *article => Some((s, c)),
            _ => None,
        };
        if let Some((s, c)) = version {
            *carried = Some((article.to_string(), s.to_vec(), c.to_vec()));
            pairs.push(before.map(|b| (b, *s, *c)));
        } else {
            pairs.push(None);
        }
    }
    pairs
        .into_par_iter()
        .map(|pair| {
            pair.map(|((bs, bc), s, c)| {
                let d = diff::diff(&Side::new(&bs, &bc), &Side::new(s, c), Mode::Versions);
                Ahead {
                    before: (bs, bc),
                    lineage: d.lineage,
                    changed: d.summary.changed,
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::ingest::{ingest, IngestOptions};
    use crate::model::Extraction;

    fn extraction(text: &str) -> Extraction {
        let doc = ingest(text.as_bytes(), &IngestOptions::default()).unwrap();
        Extractor::default().extract(&doc)
    }

    fn item<'a>(article: &'a str, e: &'a Extraction) -> Item<'a> {
        (article, Some((&e.sentences[..], &e.claims[..])))
    }

    #[test]
    fn versions_link_to_the_one_before_across_batches_until_one_is_held() {
        let v1 = extraction("The port loaded 60 container ships on Monday, officials said.");
        let v2 = extraction("The port loaded 65 container ships on Monday, officials said.");
        let v3 = extraction("The port loaded 70 container ships on Monday, officials said.");
        let mut carried = None;
        let first = link_ahead(&[item("a", &v1), item("a", &v2)], &mut carried);
        assert!(first[0].is_none());
        let ahead = first[1].as_ref().expect("v2 follows v1");
        assert_eq!(ahead.for_before(&v1.sentences, &v1.claims).unwrap().1, 1);
        assert!(ahead.for_before(&v2.sentences, &v2.claims).is_none());
        // The next batch continues from v2.
        let next = link_ahead(&[item("a", &v3)], &mut carried);
        assert!(next[0]
            .as_ref()
            .unwrap()
            .for_before(&v2.sentences, &v2.claims)
            .is_some());
        // Another article, or a version not extracted in between: nothing ahead.
        let other = link_ahead(&[item("b", &v1), ("b", None), item("b", &v2)], &mut carried);
        assert!(other.iter().all(Option::is_none));
    }
}
