//! Align: pairs the sentences of two texts the way news-revision research does: identical
//! sentences first (in order with a patience diff, then moved ones), then edited sentences by
//! word overlap and string similarity, then splits and merges. Work is bounded: each unmatched
//! sentence is compared only with candidates that share rare words with it, at most a fixed
//! number of them, so long documents never go quadratic.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::Serialize;
use similar::{capture_diff_slices_deadline, Algorithm, ChangeTag, DiffOp, TextDiff};

use std::hash::{DefaultHasher, Hasher};

/// How a sentence fared between two texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceStatus {
    Unchanged,
    Moved,
    Edited,
    Split,
    Merged,
    Added,
    Removed,
}

/// One entry of a sentence alignment: which sentences of A and B it covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentencePair {
    pub status: SentenceStatus,
    pub a: Vec<usize>,
    pub b: Vec<usize>,
    pub similarity: f32,
}

/// A word-level change inside an edited sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InlineChange {
    pub tag: &'static str,
    pub text: String,
}

/// A character as sentence comparison sees it: lower case, accents and curly quotes folded.
fn fold_char(c: char) -> char {
    match c.to_lowercase().next().unwrap_or(c) {
        '“' | '”' | '«' | '»' => '"',
        c => crate::text::fold_char(c),
    }
}

/// A hash of a sentence's normalised form (case, accents, spacing, quotes): equal hashes are
/// identical sentences. Computed without building the normalised string.
fn norm(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    for w in s.split_whitespace() {
        for c in w.chars() {
            h.write_u32(fold_char(c) as u32);
        }
        h.write_u8(b' ');
    }
    h.finish()
}

/// The distinct words of a sentence as sorted hashes, and how many of them are longer than
/// two characters (the ones that point to candidates).
fn words(s: &str) -> Vec<u64> {
    let mut out: Vec<u64> = Vec::new();
    for w in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut h = DefaultHasher::new();
        for c in w.chars() {
            h.write_u32(fold_char(c) as u32);
        }
        // The low bit records a word longer than two characters.
        let long = u64::from(w.chars().nth(2).is_some());
        out.push((h.finish() & !1) | long);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Overlap of two word sets (Dice coefficient), both sorted and distinct.
fn dice(a: &[u64], b: &[u64]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * inter as f32 / (a.len() + b.len()) as f32
}

/// The union of two sorted word sets (the words of two sentences read as one).
fn union(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out: Vec<u64> = a.iter().chain(b).copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// String similarity of two sentences (similar's ratio over words).
pub fn similarity(a: &str, b: &str) -> f32 {
    similarity_within(a, b, AlignWeights::DEFAULT.max_word_pairs)
}

/// Whether the word diff of `a` and `b` stays within `max_word_pairs` (see [`AlignWeights`]).
fn diffable(a: &str, b: &str, max_word_pairs: usize) -> bool {
    let count = |s: &str| s.split_whitespace().count();
    count(a).saturating_mul(count(b)) <= max_word_pairs
}

/// String similarity of two sentences; a pair too long to diff within `max_word_pairs` is
/// compared by word overlap.
fn similarity_within(a: &str, b: &str, max_word_pairs: usize) -> f32 {
    if !diffable(a, b, max_word_pairs) {
        return dice(&words(a), &words(b));
    }
    TextDiff::configure().diff_words(a, b).ratio()
}

/// The word-level diff of an edited sentence.
pub fn inline(a: &str, b: &str) -> Vec<InlineChange> {
    if !diffable(a, b, AlignWeights::DEFAULT.max_word_pairs) {
        return vec![
            InlineChange {
                tag: "delete",
                text: a.to_string(),
            },
            InlineChange {
                tag: "insert",
                text: b.to_string(),
            },
        ];
    }
    let diff = TextDiff::configure().diff_words(a, b);
    let mut out: Vec<InlineChange> = Vec::new();
    for ch in diff.iter_all_changes() {
        let tag = match ch.tag() {
            ChangeTag::Equal => "equal",
            ChangeTag::Delete => "delete",
            ChangeTag::Insert => "insert",
        };
        let v = ch.value();
        match out.last_mut() {
            Some(last) if last.tag == tag => last.text.push_str(v),
            _ => out.push(InlineChange {
                tag,
                text: v.to_string(),
            }),
        }
    }
    out
}

/// The sentence alignment's tuning: limits on its work and the similarities it accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlignWeights {
    /// How long the in-order pass over identical sentences (a patience diff) may run before
    /// it settles for what it found (the passes after it pick up the rest) — only on texts
    /// longer than `unbounded_sentences`: below that it always runs to the end, so the result
    /// never depends on the machine's load.
    pub identical_deadline: Duration,
    /// Sentences (both texts together) up to which the in-order pass has no deadline.
    pub unbounded_sentences: usize,
    /// The largest (words of one sentence × words of the other) a word diff is run on: a
    /// longer pair is compared by word overlap alone (similarity) or shown as replaced whole
    /// (inline diff). A bound on work, not on time, so results never depend on the machine's
    /// load.
    pub max_word_pairs: usize,
    /// Rarest words of an unmatched sentence looked up for candidates.
    pub rare_words: usize,
    /// Candidates compared per unmatched sentence, at most.
    pub max_candidates: usize,
    /// Word overlap (Dice) below which a candidate is not compared at all.
    pub min_word_overlap: f32,
    /// Similarity (string ratio or word overlap, the higher) from which two different
    /// sentences are one edited sentence.
    pub edit_threshold: f32,
    /// How much better a split or merge must fit than the one-to-one edit it replaces.
    pub split_margin: f32,
    /// How far from its expected place a split or merge is looked for, in sentences.
    pub split_window: usize,
    /// Word overlap from which a sentence left over is the union of two adjacent ones.
    pub split_threshold: f32,
}

impl AlignWeights {
    /// The weights `claimdiff` uses.
    pub(crate) const DEFAULT: AlignWeights = AlignWeights {
        identical_deadline: Duration::from_millis(200),
        unbounded_sentences: 10_000,
        max_word_pairs: 40_000,
        rare_words: 8,
        max_candidates: 12,
        min_word_overlap: 0.3,
        edit_threshold: 0.5,
        split_margin: 0.1,
        split_window: 6,
        split_threshold: 0.6,
    };
}

impl Default for AlignWeights {
    fn default() -> AlignWeights {
        AlignWeights::DEFAULT
    }
}

/// Aligns sentences `a` with sentences `b`. Every index of both appears exactly once.
pub fn align(a: &[&str], b: &[&str]) -> Vec<SentencePair> {
    align_with(a, b, &AlignWeights::DEFAULT)
}

/// Aligns sentences `a` with sentences `b` with the given weights, in steps: identical
/// sentences (in order, then moved), similar sentences (edited, or split and merged around
/// one), splits and merges of the sentences left, and the rest as added or removed.
pub(crate) fn align_with(a: &[&str], b: &[&str], w: &AlignWeights) -> Vec<SentencePair> {
    let mut m = Matching::new(a.len(), b.len());
    identical(&mut m, a, b, w);
    let wa: Vec<Vec<u64>> = a.iter().map(|s| words(s)).collect();
    let wb: Vec<Vec<u64>> = b.iter().map(|s| words(s)).collect();
    let edits = similar_pairs(&m, a, b, &wa, &wb, w);
    take_edits(&mut m, edits, &wa, &wb, w);
    splits_and_merges(&mut m, &wa, &wb, w);
    leftovers(&mut m);
    m.in_reading_order()
}

/// The alignment as it is built: which sentence each sentence is matched with so far, and the
/// pairs made.
struct Matching {
    /// For each sentence of A, the (first) sentence of B it is matched with.
    a: Vec<Option<usize>>,
    /// For each sentence of B, the (first) sentence of A it is matched with.
    b: Vec<Option<usize>>,
    pairs: Vec<SentencePair>,
}

impl Matching {
    fn new(na: usize, nb: usize) -> Matching {
        Matching {
            a: vec![None; na],
            b: vec![None; nb],
            pairs: Vec::new(),
        }
    }

    /// Records a pair: each of its sentences is matched with the other side's first.
    fn pair(&mut self, status: SentenceStatus, a: Vec<usize>, b: Vec<usize>, similarity: f32) {
        for &i in &a {
            self.a[i] = b.first().copied();
        }
        for &j in &b {
            self.b[j] = a.first().copied();
        }
        self.pairs.push(SentencePair {
            status,
            a,
            b,
            similarity,
        });
    }

    /// The pairs in reading order: by position in B, removed sentences where they stood in A.
    fn in_reading_order(self) -> Vec<SentencePair> {
        let Matching {
            a: a_match,
            mut pairs,
            ..
        } = self;
        pairs.sort_by_key(|p| {
            let bpos = p.b.first().copied();
            let apos = p.a.first().copied().unwrap_or(0);
            match bpos {
                Some(j) => (j * 2 + 1, apos),
                None => {
                    // Place a removed sentence just after the B sentence its predecessor maps to.
                    let prev_b = (0..apos)
                        .rev()
                        .find_map(|k| a_match[k])
                        .map_or(0, |j| j * 2 + 2);
                    (prev_b, apos)
                }
            }
        });
        pairs
    }
}

/// Step 1: identical sentences (same normalised text), in order with a patience diff (within
/// a deadline), then those out of order as moved.
fn identical(m: &mut Matching, a: &[&str], b: &[&str], w: &AlignWeights) {
    let na: Vec<u64> = a.iter().map(|s| norm(s)).collect();
    let nb: Vec<u64> = b.iter().map(|s| norm(s)).collect();
    let deadline = (na.len() + nb.len() > w.unbounded_sentences)
        .then(|| Instant::now() + w.identical_deadline);
    for op in capture_diff_slices_deadline(Algorithm::Patience, &na, &nb, deadline) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                let (i, j) = (old_index + k, new_index + k);
                m.pair(SentenceStatus::Unchanged, vec![i], vec![j], 1.0);
            }
        }
    }
    let mut by_text: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, s) in nb.iter().enumerate() {
        if m.b[j].is_none() {
            by_text.entry(*s).or_default().push(j);
        }
    }
    for (i, s) in na.iter().enumerate() {
        if m.a[i].is_some() {
            continue;
        }
        if let Some(j) = by_text.get_mut(s).and_then(Vec::pop) {
            m.pair(SentenceStatus::Moved, vec![i], vec![j], 1.0);
        }
    }
}

/// Step 2: similar pairs of unmatched sentences, scored by the higher of word overlap and
/// string similarity. Each sentence of A is compared only with the few unmatched sentences of
/// B its rarest words point to.
fn similar_pairs(
    m: &Matching,
    a: &[&str],
    b: &[&str],
    wa: &[Vec<u64>],
    wb: &[Vec<u64>],
    w: &AlignWeights,
) -> Vec<(f32, usize, usize)> {
    let mut df: HashMap<u64, usize> = HashMap::new();
    for word in wb.iter().flatten() {
        *df.entry(*word).or_default() += 1;
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, ws) in wb.iter().enumerate() {
        if m.b[j].is_some() {
            continue;
        }
        for &word in ws {
            if word & 1 == 1 {
                index.entry(word).or_default().push(j);
            }
        }
    }
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    for (i, ws) in wa.iter().enumerate() {
        if m.a[i].is_some() {
            continue;
        }
        // Rarest words first: they point to the right candidates.
        let mut ws: Vec<u64> = ws.iter().copied().filter(|word| word & 1 == 1).collect();
        ws.sort_by_key(|word| df.get(word).copied().unwrap_or(0));
        let mut cands: Vec<usize> = Vec::new();
        for word in ws.iter().take(w.rare_words) {
            for &j in index.get(word).into_iter().flatten().take(w.max_candidates) {
                if !cands.contains(&j) {
                    cands.push(j);
                }
            }
            if cands.len() >= w.max_candidates {
                break;
            }
        }
        for j in cands {
            let d = dice(&wa[i], &wb[j]);
            if d < w.min_word_overlap {
                continue;
            }
            let r = similarity_within(a[i], b[j], w.max_word_pairs);
            let score = r.max(d);
            if score >= w.edit_threshold {
                scored.push((score, i, j));
            }
        }
    }
    scored
}

/// Step 2, continued: takes the similar pairs best first, each as an edit, or as a split or
/// merge with a free neighbour when that fits clearly better.
fn take_edits(
    m: &mut Matching,
    mut scored: Vec<(f32, usize, usize)>,
    wa: &[Vec<u64>],
    wb: &[Vec<u64>],
    w: &AlignWeights,
) {
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    for (score, i, j) in scored {
        if m.a[i].is_some() || m.b[j].is_some() {
            continue;
        }
        // A split (A's sentence became B's j and a neighbour) or a merge fits better?
        let free_b = |k: usize| k < wb.len() && m.b[k].is_none() && k != j;
        let free_a = |k: usize| k < wa.len() && m.a[k].is_none() && k != i;
        let mut best: (f32, Vec<usize>, Vec<usize>) = (score, vec![i], vec![j]);
        for k in [j.wrapping_sub(1), j + 1] {
            if free_b(k) {
                let (x, y) = if k < j { (k, j) } else { (j, k) };
                let d = dice(&wa[i], &union(&wb[x], &wb[y]));
                if d > best.0 + w.split_margin {
                    best = (d, vec![i], vec![x, y]);
                }
            }
        }
        for k in [i.wrapping_sub(1), i + 1] {
            if free_a(k) {
                let (x, y) = if k < i { (k, i) } else { (i, k) };
                let d = dice(&wb[j], &union(&wa[x], &wa[y]));
                if d > best.0 + w.split_margin {
                    best = (d, vec![x, y], vec![j]);
                }
            }
        }
        let (similarity, sa, sb) = best;
        let status = match (sa.len(), sb.len()) {
            (1, 2) => SentenceStatus::Split,
            (2, 1) => SentenceStatus::Merged,
            _ => SentenceStatus::Edited,
        };
        m.pair(status, sa, sb, similarity);
    }
}

/// Step 3: splits (one A sentence became two adjacent B sentences) and merges among the
/// sentences still unmatched.
fn splits_and_merges(m: &mut Matching, wa: &[Vec<u64>], wb: &[Vec<u64>], w: &AlignWeights) {
    for (i, j, d) in unions_of_two(&mut m.a, &mut m.b, wa, wb, w) {
        m.pairs.push(SentencePair {
            status: SentenceStatus::Split,
            a: vec![i],
            b: vec![j, j + 1],
            similarity: d,
        });
    }
    for (j, i, d) in unions_of_two(&mut m.b, &mut m.a, wb, wa, w) {
        m.pairs.push(SentencePair {
            status: SentenceStatus::Merged,
            a: vec![i, i + 1],
            b: vec![j],
            similarity: d,
        });
    }
}

/// Each unmatched sentence `i` of one side that reads as two adjacent unmatched sentences
/// `j, j + 1` of the other, looked for near where its matched neighbours put it (a bounded
/// window, never the whole side): `(i, j, overlap)`, matched as they are found.
fn unions_of_two(
    one: &mut [Option<usize>],
    other: &mut [Option<usize>],
    w_one: &[Vec<u64>],
    w_other: &[Vec<u64>],
    w: &AlignWeights,
) -> Vec<(usize, usize, f32)> {
    let mut found = Vec::new();
    for (i, words) in w_one.iter().enumerate() {
        if one[i].is_some() {
            continue;
        }
        let anchor = (0..i).rev().find_map(|k| one[k]).map_or(0, |p| p + 1);
        let window = anchor.saturating_sub(w.split_window)
            ..(anchor + w.split_window).min(w_other.len().saturating_sub(1));
        for j in window {
            if other[j].is_some() || other[j + 1].is_some() {
                continue;
            }
            let d = dice(words, &union(&w_other[j], &w_other[j + 1]));
            if d >= w.split_threshold {
                one[i] = Some(j);
                other[j] = Some(i);
                other[j + 1] = Some(i);
                found.push((i, j, d));
                break;
            }
        }
    }
    found
}

/// Step 4: every sentence still unmatched is removed (A) or added (B).
fn leftovers(m: &mut Matching) {
    let removed: Vec<usize> = (0..m.a.len()).filter(|&i| m.a[i].is_none()).collect();
    let added: Vec<usize> = (0..m.b.len()).filter(|&j| m.b[j].is_none()).collect();
    for i in removed {
        m.pairs.push(SentencePair {
            status: SentenceStatus::Removed,
            a: vec![i],
            b: vec![],
            similarity: 0.0,
        });
    }
    for j in added {
        m.pairs.push(SentencePair {
            status: SentenceStatus::Added,
            a: vec![],
            b: vec![j],
            similarity: 0.0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_equal_but_for_case_accents_spacing_and_quotes_are_the_same() {
        assert_eq!(
            norm("La «reforma» del Gobierno  costará más"),
            norm("la \"reforma\" del gobierno costara mas")
        );
        assert_eq!(norm("Façade works began"), norm("Facade works began"));
        assert_ne!(
            norm("Rain fell on 12 towns."),
            norm("Rain fell on 14 towns.")
        );
    }

    #[test]
    fn pairs_too_long_to_diff_are_compared_by_their_words_alone() {
        let a = "river levels rose again ".repeat(60);
        let b = "river levels fell again ".repeat(60);
        assert!(!diffable(&a, &b, AlignWeights::DEFAULT.max_word_pairs));
        // Word overlap, the same on every run and every machine.
        assert_eq!(similarity(&a, &b), dice(&words(&a), &words(&b)));
        let whole = inline(&a, &b);
        let tags: Vec<&str> = whole.iter().map(|c| c.tag).collect();
        assert_eq!(tags, ["delete", "insert"]);
        assert_eq!(whole[0].text, a);
        // A news-length pair gets its word diff.
        let short = inline("Rain fell on 12 towns.", "Rain fell on 14 towns.");
        assert!(short
            .iter()
            .any(|c| c.tag == "equal" && c.text.contains("towns")));
    }

    #[test]
    fn statuses() {
        let a = [
            "Mexico sent 26 prisoners.",
            "The tariff is 25%.",
            "It rained all day long in the city.",
            "Officials met on Friday for talks.",
        ];
        let b = [
            "The tariff is 25%.",
            "Mexico sent 26 prisoners.",
            "Officials met on Friday for long talks.",
            "A new line about 30 buses.",
        ];
        let p = align(&a, &b);
        let st = |s: SentenceStatus| p.iter().filter(|x| x.status == s).count();
        assert_eq!(st(SentenceStatus::Unchanged) + st(SentenceStatus::Moved), 2);
        assert_eq!(st(SentenceStatus::Moved), 1);
        assert_eq!(st(SentenceStatus::Edited), 1);
        assert_eq!(st(SentenceStatus::Removed), 1);
        assert_eq!(st(SentenceStatus::Added), 1);
    }

    #[test]
    fn split_is_found() {
        let a = ["The storm killed 12 people and left 40,000 homes without power in the state."];
        let b = [
            "The storm killed 12 people in the state.",
            "It left 40,000 homes without power.",
        ];
        let p = align(&a, &b);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].status, SentenceStatus::Split);
    }
    const W: AlignWeights = AlignWeights::DEFAULT;

    fn word_sets(s: &[&str]) -> Vec<Vec<u64>> {
        s.iter().map(|x| words(x)).collect()
    }

    #[test]
    fn identical_sentences_in_order_then_moved() {
        let a = ["One.", "Two two.", "Three three three."];
        let b = ["Three three three.", "One.", "Two  TWO."];
        let mut m = Matching::new(3, 3);
        identical(&mut m, &a, &b, &W);
        let got: Vec<(SentenceStatus, usize, usize)> =
            m.pairs.iter().map(|p| (p.status, p.a[0], p.b[0])).collect();
        // Case and spacing are normalised away.
        assert_eq!(
            got,
            vec![
                (SentenceStatus::Unchanged, 0, 1),
                (SentenceStatus::Unchanged, 1, 2),
                (SentenceStatus::Moved, 2, 0)
            ]
        );
    }

    #[test]
    fn similar_pairs_are_taken_best_first_as_edits() {
        let a = ["Officials met on Friday for talks.", "It rained."];
        let b = [
            "Officials met on Friday for long talks.",
            "Officials met again on Friday.",
        ];
        let (wa, wb) = (word_sets(&a), word_sets(&b));
        let mut m = Matching::new(2, 2);
        let scored = similar_pairs(&m, &a, &b, &wa, &wb, &W);
        assert!(scored
            .iter()
            .all(|&(s, i, _)| s >= W.edit_threshold && i == 0));
        take_edits(&mut m, scored, &wa, &wb, &W);
        assert_eq!(m.pairs.len(), 1);
        assert_eq!(
            (m.pairs[0].status, m.pairs[0].b.clone()),
            (SentenceStatus::Edited, vec![0])
        );
        assert_eq!((m.a[1], m.b[1]), (None, None));
    }

    #[test]
    fn a_leftover_pair_of_adjacent_sentences_is_a_merge() {
        let a = [
            "The storm killed 12 people in the state.",
            "It left 40,000 homes without power.",
        ];
        let b = ["The storm killed 12 people and left 40,000 homes without power in the state."];
        let (wa, wb) = (word_sets(&a), word_sets(&b));
        let mut m = Matching::new(2, 1);
        splits_and_merges(&mut m, &wa, &wb, &W);
        assert_eq!(m.pairs[0].status, SentenceStatus::Merged);
        assert_eq!((m.pairs[0].a.clone(), m.b[0]), (vec![0, 1], Some(0)));
    }

    #[test]
    fn leftovers_are_added_or_removed_and_removed_ones_stay_in_place() {
        let mut m = Matching::new(3, 2);
        m.pair(SentenceStatus::Unchanged, vec![0], vec![0], 1.0);
        m.pair(SentenceStatus::Unchanged, vec![2], vec![1], 1.0);
        leftovers(&mut m);
        let order: Vec<(SentenceStatus, Vec<usize>)> = m
            .in_reading_order()
            .into_iter()
            .map(|p| (p.status, p.a))
            .collect();
        assert_eq!(
            order,
            vec![
                (SentenceStatus::Unchanged, vec![0]),
                (SentenceStatus::Removed, vec![1]),
                (SentenceStatus::Unchanged, vec![2]),
            ]
        );
    }
}
