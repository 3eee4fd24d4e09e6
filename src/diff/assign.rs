//! Assign: picks the pairs from the scored candidates so that each claim has at most one
//! partner. Sides of modest size get the pairing with the highest total score (optimal
//! assignment), in either mode; larger ones are paired greedily, best score first.

use super::score::ScoredPair;
use super::weights::AssignLimits;

/// Scores are turned into integers for the assignment solver at this precision (a
/// thousandth), well below any difference of weights.
const FIXED_POINT: f32 = 1000.0;

/// The pairs `(i, j)` (claim `i` of A with claim `j` of B) chosen among `scored`, for sides of
/// `na` and `nb` claims. Rule `optimal_versions`: versions need the optimal pairing too; a
/// rewritten sentence that reorders its figures ("carrying 48 passengers, killing 14 people"
/// / "14 people were killed when a bus with 50 people on board") keeps the place of one
/// figure and the words of another, and the best single pair (14 people with 50 people, the
/// same place) takes the partner of the truer one.
pub(super) fn assign(
    scored: Vec<ScoredPair>,
    na: usize,
    nb: usize,
    lim: &AssignLimits,
) -> Vec<(usize, usize)> {
    if na.max(nb) <= lim.max_optimal {
        optimal_pairs(&scored, na, nb, lim.baseline)
    } else {
        greedy_pairs(scored, na, nb)
    }
}

/// Best-first pairing: each claim takes its best free partner (ties in claim order).
fn greedy_pairs(mut scored: Vec<ScoredPair>, na: usize, nb: usize) -> Vec<(usize, usize)> {
    scored.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    let mut a_used = vec![false; na];
    let mut b_used = vec![false; nb];
    let mut out = Vec::new();
    for ScoredPair { a: i, b: j, .. } in scored {
        if !a_used[i] && !b_used[j] {
            a_used[i] = true;
            b_used[j] = true;
            out.push((i, j));
        }
    }
    out
}

/// The pairing with the highest total score. Independently written stories need it: the
/// best-looking single pair ("58–60% of the votes" with "61% voted") can take the partner of
/// a truer one. Rule `margin_total`: each pair counts for its score above `baseline`, so a
/// barely plausible pair adds almost nothing and never tips the total towards displacing
/// two confident pairs ("95% of the tally sheets" ~ "58–60% of ballots" must not move the
/// votes and the turnout onto the wrong partners).
fn optimal_pairs(
    scored: &[ScoredPair],
    na: usize,
    nb: usize,
    baseline: f32,
) -> Vec<(usize, usize)> {
    use pathfinding::prelude::{kuhn_munkres, Matrix};
    if scored.is_empty() {
        return Vec::new();
    }
    // Rows must not outnumber columns: transpose when A is the longer side.
    let flip = na > nb;
    let (rows, cols) = if flip { (nb, na) } else { (na, nb) };
    let mut m = Matrix::new(rows, cols, 0i64);
    for s in scored {
        let (r, c) = if flip { (s.b, s.a) } else { (s.a, s.b) };
        m[(r, c)] = ((s.score - baseline).max(0.0) * FIXED_POINT).round() as i64;
    }
    let (_, assignment) = kuhn_munkres(&m);
    assignment
        .into_iter()
        .enumerate()
        .filter(|&(r, c)| m[(r, c)] > 0)
        .map(|(r, c)| if flip { (c, r) } else { (r, c) })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(f32, usize, usize)]) -> Vec<ScoredPair> {
        list.iter()
            .map(|&(score, a, b)| ScoredPair { score, a, b })
            .collect()
    }

    // A's claim 0 looks best with B's 0, but B's 0 is claim 1's only partner.
    const CROSSED: [(f32, usize, usize); 3] = [(0.9, 0, 0), (0.8, 0, 1), (0.7, 1, 0)];

    #[test]
    fn greedy_takes_the_best_pair_first() {
        assert_eq!(greedy_pairs(pairs(&CROSSED), 2, 2), vec![(0, 0)]);
    }

    #[test]
    fn optimal_maximises_the_total() {
        let mut got = optimal_pairs(&pairs(&CROSSED), 2, 2, 0.0);
        got.sort();
        assert_eq!(got, vec![(0, 1), (1, 0)]);
        // A longer than B: the matrix is transposed and back.
        let mut got = optimal_pairs(&pairs(&[(0.5, 2, 0), (0.4, 0, 0)]), 3, 1, 0.0);
        got.sort();
        assert_eq!(got, vec![(2, 0)]);
    }

    #[test]
    fn margin_total_keeps_two_confident_pairs_over_three_with_a_weak_one() {
        // (0,0) barely plausible; with it, (1,1) and (2,2) would beat (1,0) and (2,1) on the
        // raw total (1.715 > 1.601), not on the margin above 0.28.
        let scored = pairs(&[
            (0.32, 0, 0),
            (0.81, 1, 0),
            (0.81, 1, 1),
            (0.59, 2, 2),
            (0.79, 2, 1),
        ]);
        let mut raw = optimal_pairs(&scored, 3, 3, 0.0);
        raw.sort();
        assert_eq!(raw, vec![(0, 0), (1, 1), (2, 2)]);
        let mut got = optimal_pairs(&scored, 3, 3, 0.28);
        got.sort();
        assert_eq!(got, vec![(1, 0), (2, 1)]);
    }

    #[test]
    fn size_chooses_the_method() {
        let lim = AssignLimits {
            max_optimal: 1,
            baseline: 0.0,
        };
        assert_eq!(assign(pairs(&CROSSED), 2, 2, &lim), vec![(0, 0)]);
        let lim = AssignLimits {
            max_optimal: 2,
            baseline: 0.0,
        };
        assert_eq!(assign(pairs(&CROSSED), 2, 2, &lim).len(), 2);
    }

    #[test]
    fn optimal_versions_keeps_a_reordered_sentence_s_figures_on_their_things() {
        use crate::diff::{diff, Mode, Side, Status};
        let ex = crate::extract::Extractor::default();
        let a = ex.extract_text(
            "A bus carrying 48 passengers plunged into a ravine on Tuesday, killing 14 people, police said.",
        );
        let b = ex.extract_text(
            "Fourteen people were killed on Tuesday when a bus with 50 people on board plunged into a ravine, police said.",
        );
        let d = diff(
            &Side::new(&a.sentences, &a.claims),
            &Side::new(&b.sentences, &b.claims),
            Mode::Versions,
        );
        let changed: Vec<(f64, f64)> = d
            .claims
            .iter()
            .filter(|c| c.status() == Status::Changed)
            .map(|c| (c.before().unwrap().value, c.after().unwrap().value))
            .collect();
        assert_eq!(changed, vec![(48.0, 50.0)], "{:?}", d.claims);
    }
}
