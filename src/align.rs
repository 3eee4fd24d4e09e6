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
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        '“' | '”' | '«' | '»' => '"',
        '’' => '\'',
        c => c,
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
    similarity_within(a, b, AlignWeights::DEFAULT.similarity_timeout)
}

/// String similarity of two sentences, computed within `timeout`.
fn similarity_within(a: &str, b: &str, timeout: Duration) -> f32 {
    TextDiff::configure()
        .timeout(timeout)
        .diff_words(a, b)
        .ratio()
}

/// The word-level diff of an edited sentence.
pub fn inline(a: &str, b: &str) -> Vec<InlineChange> {
    let diff = TextDiff::configure()
        .timeout(AlignWeights::DEFAULT.inline_timeout)
        .diff_words(a, b);
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
    /// it settles for what it found; the passes after it pick up the rest.
    pub identical_deadline: Duration,
    /// How long one string similarity may take: a pathological pair is cut short, not slow.
    pub similarity_timeout: Duration,
    /// How long one sentence's word diff may take.
    pub inline_timeout: Duration,
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
    pub const DEFAULT: AlignWeights = AlignWeights {
        identical_deadline: Duration::from_millis(200),
        similarity_timeout: Duration::from_millis(5),
        inline_timeout: Duration::from_millis(10),
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

/// Aligns sentences `a` with sentences `b` with the given weights.
pub fn align_with(a: &[&str], b: &[&str], w: &AlignWeights) -> Vec<SentencePair> {
    let na: Vec<u64> = a.iter().map(|s| norm(s)).collect();
    let nb: Vec<u64> = b.iter().map(|s| norm(s)).collect();
    let mut a_match: Vec<Option<usize>> = vec![None; a.len()];
    let mut b_match: Vec<Option<usize>> = vec![None; b.len()];
    let mut pairs: Vec<SentencePair> = Vec::new();

    // 1. Identical sentences in order.
    let deadline = Instant::now() + w.identical_deadline;
    for op in capture_diff_slices_deadline(Algorithm::Patience, &na, &nb, Some(deadline)) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                a_match[old_index + k] = Some(new_index + k);
                b_match[new_index + k] = Some(old_index + k);
                pairs.push(SentencePair {
                    status: SentenceStatus::Unchanged,
                    a: vec![old_index + k],
                    b: vec![new_index + k],
                    similarity: 1.0,
                });
            }
        }
    }
    // 2. Identical sentences out of order: moved.
    let mut by_text: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, s) in nb.iter().enumerate() {
        if b_match[j].is_none() {
            by_text.entry(*s).or_default().push(j);
        }
    }
    for (i, s) in na.iter().enumerate() {
        if a_match[i].is_some() {
            continue;
        }
        if let Some(list) = by_text.get_mut(s) {
            if let Some(j) = list.pop() {
                a_match[i] = Some(j);
                b_match[j] = Some(i);
                pairs.push(SentencePair {
                    status: SentenceStatus::Moved,
                    a: vec![i],
                    b: vec![j],
                    similarity: 1.0,
                });
            }
        }
    }
    // 3. Edited sentences: candidates share words; best similarity wins, greedily.
    let wa: Vec<Vec<u64>> = a.iter().map(|s| words(s)).collect();
    let wb: Vec<Vec<u64>> = b.iter().map(|s| words(s)).collect();
    let mut df: HashMap<u64, usize> = HashMap::new();
    for w in wb.iter().flatten() {
        *df.entry(*w).or_default() += 1;
    }
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (j, ws) in wb.iter().enumerate() {
        if b_match[j].is_some() {
            continue;
        }
        for &w in ws {
            if w & 1 == 1 {
                index.entry(w).or_default().push(j);
            }
        }
    }
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    for (i, ws) in wa.iter().enumerate() {
        if a_match[i].is_some() {
            continue;
        }
        // Rarest words first: they point to the right candidates.
        let mut ws: Vec<u64> = ws.iter().copied().filter(|w| w & 1 == 1).collect();
        ws.sort_by_key(|w| df.get(w).copied().unwrap_or(0));
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
            let r = similarity_within(a[i], b[j], w.similarity_timeout);
            let score = r.max(d);
            if score >= w.edit_threshold {
                scored.push((score, i, j));
            }
        }
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    for (score, i, j) in scored {
        if a_match[i].is_some() || b_match[j].is_some() {
            continue;
        }
        // A split (A's sentence became B's j and a neighbour) or a merge fits better?
        let free_b = |k: usize| k < b.len() && b_match[k].is_none() && k != j;
        let free_a = |k: usize| k < a.len() && a_match[k].is_none() && k != i;
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
        for &x in &best.1 {
            a_match[x] = Some(best.2[0]);
        }
        for &y in &best.2 {
            b_match[y] = Some(best.1[0]);
        }
        let status = match (best.1.len(), best.2.len()) {
            (1, 2) => SentenceStatus::Split,
            (2, 1) => SentenceStatus::Merged,
            _ => SentenceStatus::Edited,
        };
        pairs.push(SentencePair {
            status,
            a: best.1,
            b: best.2,
            similarity: best.0,
        });
    }
    // 4. Splits (one A sentence became two adjacent B sentences) and merges, looked for near
    // where the sentence's matched neighbours put it (a bounded window, never the whole side).
    let near = |matches: &[Option<usize>], i: usize, other_len: usize| -> std::ops::Range<usize> {
        let anchor = (0..i).rev().find_map(|k| matches[k]).map_or(0, |p| p + 1);
        anchor.saturating_sub(w.split_window)
            ..(anchor + w.split_window).min(other_len.saturating_sub(1))
    };
    for i in 0..a.len() {
        if a_match[i].is_some() {
            continue;
        }
        for j in near(&a_match, i, b.len()) {
            if b_match[j].is_some() || b_match[j + 1].is_some() {
                continue;
            }
            let d = dice(&wa[i], &union(&wb[j], &wb[j + 1]));
            if d >= w.split_threshold {
                a_match[i] = Some(j);
                b_match[j] = Some(i);
                b_match[j + 1] = Some(i);
                pairs.push(SentencePair {
                    status: SentenceStatus::Split,
                    a: vec![i],
                    b: vec![j, j + 1],
                    similarity: d,
                });
                break;
            }
        }
    }
    for j in 0..b.len() {
        if b_match[j].is_some() {
            continue;
        }
        for i in near(&b_match, j, a.len()) {
            if a_match[i].is_some() || a_match[i + 1].is_some() {
                continue;
            }
            let d = dice(&wb[j], &union(&wa[i], &wa[i + 1]));
            if d >= w.split_threshold {
                b_match[j] = Some(i);
                a_match[i] = Some(j);
                a_match[i + 1] = Some(j);
                pairs.push(SentencePair {
                    status: SentenceStatus::Merged,
                    a: vec![i, i + 1],
                    b: vec![j],
                    similarity: d,
                });
                break;
            }
        }
    }
    for (i, m) in a_match.iter().enumerate() {
        if m.is_none() {
            pairs.push(SentencePair {
                status: SentenceStatus::Removed,
                a: vec![i],
                b: vec![],
                similarity: 0.0,
            });
        }
    }
    for (j, m) in b_match.iter().enumerate() {
        if m.is_none() {
            pairs.push(SentencePair {
                status: SentenceStatus::Added,
                a: vec![],
                b: vec![j],
                similarity: 0.0,
            });
        }
    }
    // Reading order: by position in B, removed sentences where they stood in A.
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
