//! Candidates: for each claim of A, the claims of B worth scoring. A claim in an identical
//! sentence (in place or moved) has a certain twin there and needs no search; any other
//! takes the claims of its aligned sentences, then every claim (small sides, or two outlets'
//! stories) or those sharing a subject or context word with it, up to a bound.

use std::collections::HashMap;

use super::features::{SideFeatures, Sides};
use super::weights::CandidateLimits;
use super::{Mode, Side};
use crate::align::{SentencePair, SentenceStatus};

/// Which aligned pair each sentence of A belongs to, when it has a counterpart in B.
pub(super) struct SentenceMap<'p> {
    pairs: HashMap<usize, &'p SentencePair>,
}

impl<'p> SentenceMap<'p> {
    pub fn new(pairs: &'p [SentencePair]) -> SentenceMap<'p> {
        let mut map = HashMap::new();
        for p in pairs {
            for &i in &p.a {
                map.insert(i, p);
            }
        }
        SentenceMap { pairs: map }
    }

    /// The pair sentence `i` of A is aligned in, when it has sentences of B.
    pub(crate) fn aligned(&self, i: usize) -> Option<&'p SentencePair> {
        self.pairs.get(&i).copied().filter(|p| !p.b.is_empty())
    }
}

/// What the search found for one claim of A.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Lookup {
    /// The same claim at the same place of an identical sentence: a certain pair.
    Twin(usize),
    /// Claims of B to score, each once.
    Candidates(Vec<usize>),
}

/// The claims of B by subject stem, context word and sentence.
struct Index<'b> {
    by_stem: HashMap<&'b str, Vec<usize>>,
    by_context: HashMap<&'b str, Vec<usize>>,
    by_sentence: HashMap<usize, Vec<usize>>,
}

impl<'b> Index<'b> {
    fn new(b: &'b Side, fb: &'b SideFeatures, by_words: bool) -> Index<'b> {
        let mut index = Index {
            by_stem: HashMap::new(),
            by_context: HashMap::new(),
            by_sentence: HashMap::new(),
        };
        for (j, c) in b.claims.iter().enumerate() {
            index
                .by_sentence
                .entry(c.sentence_index)
                .or_default()
                .push(j);
            if by_words {
                for k in &c.key {
                    index.by_stem.entry(k.as_str()).or_default().push(j);
                }
                for w in &fb.contexts[j] {
                    index.by_context.entry(w.as_str()).or_default().push(j);
                }
            }
        }
        index
    }

    fn in_sentence(&self, s: usize) -> impl Iterator<Item = usize> + '_ {
        self.by_sentence.get(&s).into_iter().flatten().copied()
    }
}

/// The lookups of every claim of A, in order. A claim of B twinned with an earlier claim of
/// A is no candidate of later ones found by word.
pub(super) fn find(sides: &Sides, lim: &CandidateLimits) -> Vec<Lookup> {
    let Sides {
        a, b, fa, fb, map, ..
    } = sides;
    // Independently written stories rarely share sentences: compare every claim when the
    // sides are small enough, else those sharing a subject or context word.
    let all_pairs =
        sides.mode == Mode::Sources || a.claims.len() * b.claims.len() <= lim.all_pairs_max;
    let index = Index::new(b, fb, !all_pairs);
    // seen[j] == i + 1 when claim j of B is already a candidate for claim i of A.
    let mut seen = vec![0usize; b.claims.len()];
    // Claims of B already paired with their twin in an identical sentence.
    let mut twinned = vec![false; b.claims.len()];
    let mut out = Vec::with_capacity(a.claims.len());
    for (i, ca) in a.claims.iter().enumerate() {
        let aligned = map.aligned(ca.sentence_index);
        if let Some(j) = aligned.and_then(|p| twin(i, p, sides, &index)) {
            twinned[j] = true;
            out.push(Lookup::Twin(j));
            continue;
        }
        let mut cands: Vec<usize> = Vec::new();
        for s in aligned.iter().flat_map(|p| &p.b) {
            for j in index.in_sentence(*s) {
                seen[j] = i + 1;
                cands.push(j);
            }
        }
        if all_pairs {
            cands = (0..b.claims.len()).collect();
        } else {
            for k in ca.key.iter().chain(fa.contexts[i].iter()) {
                for &j in index
                    .by_stem
                    .get(k.as_str())
                    .into_iter()
                    .chain(index.by_context.get(k.as_str()))
                    .flatten()
                    .take(lim.per_word)
                {
                    if seen[j] != i + 1 && !twinned[j] {
                        seen[j] = i + 1;
                        cands.push(j);
                    }
                }
                if cands.len() >= lim.max_candidates {
                    break;
                }
            }
        }
        out.push(Lookup::Candidates(cands));
    }
    out
}

/// An identical sentence (in place or moved) carries the same claim at the same place.
fn twin(i: usize, p: &SentencePair, sides: &Sides, index: &Index) -> Option<usize> {
    if !matches!(p.status, SentenceStatus::Unchanged | SentenceStatus::Moved) {
        return None;
    }
    index.in_sentence(p.b[0]).find(|&j| {
        sides.fb.places[j] == sides.fa.places[i]
            && sides.b.claims[j].surface == sides.a.claims[i].surface
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::weights::Weights;
    use crate::extract::Extractor;
    use crate::model::Extraction;

    fn lookups(a: &Extraction, b: &Extraction, mode: Mode, lim: &CandidateLimits) -> Vec<Lookup> {
        let w = Weights::DEFAULT;
        let (sa, sb) = (
            Side::new(&a.sentences, &a.claims),
            Side::new(&b.sentences, &b.claims),
        );
        let ta: Vec<&str> = a.sentences.iter().map(|s| &*s.text).collect();
        let tb: Vec<&str> = b.sentences.iter().map(|s| &*s.text).collect();
        let pairs = crate::align::align(&ta, &tb);
        find(&Sides::new(&sa, &sb, &pairs, mode, &w.context), lim)
    }

    #[test]
    fn identical_sentence_gives_a_twin_and_edited_one_candidates() {
        let ex = Extractor::default();
        let a = ex.extract_text("Mexico sent 26 prisoners. The tariff on cars is 25%.");
        let b = ex.extract_text("The tariff on cars is now 30%. Mexico sent 26 prisoners.");
        let l = lookups(&a, &b, Mode::Versions, &Weights::DEFAULT.candidates);
        assert_eq!(l[0], Lookup::Twin(1));
        assert_eq!(l[1], Lookup::Candidates(vec![0, 1]));
    }

    #[test]
    fn large_sides_search_by_word_and_skip_twins() {
        let ex = Extractor::default();
        let a = ex.extract_text("Mexico sent 26 prisoners. Rains flooded 40 homes in Puebla.");
        let b = ex.extract_text("Mexico sent 26 prisoners. In Puebla, floods hit 45 homes.");
        // Force the indexed search, as on long documents.
        let lim = CandidateLimits {
            all_pairs_max: 0,
            ..Weights::DEFAULT.candidates
        };
        let l = lookups(&a, &b, Mode::Versions, &lim);
        assert_eq!(l[0], Lookup::Twin(0));
        // The homes claim finds its partner by the words around it, never the twinned claim.
        assert_eq!(l[1], Lookup::Candidates(vec![1]));
    }
}
