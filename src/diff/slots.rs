//! Slots: where a sentence that lost its counterpart stood (rule `rewritten_in_place`). A
//! sentence of A the alignment left without a partner, and a sentence of B left without one,
//! that stand between the same aligned neighbours are one sentence rewritten in place
//! ("Organisers put the size of the crowd at 500,000" → "A count by the unions found that
//! 480,000 people had taken part"): their figures may be one claim told anew.

use crate::align::SentencePair;

/// The slot of each sentence of A that has no counterpart in B, and which sentences of B
/// have none in A.
pub(super) struct Slots {
    /// For each sentence of A without a counterpart: the sentences of B strictly between
    /// these two indices stand in its place (the last sentence of B aligned before it, or -1;
    /// the first aligned after it, or B's length).
    a_slot: Vec<Option<(isize, isize)>>,
    /// Whether each sentence of B has no counterpart in A.
    b_alone: Vec<bool>,
}

impl Slots {
    /// The slots of an alignment of `len_a` sentences of A with `len_b` of B.
    pub fn new(pairs: &[SentencePair], len_a: usize, len_b: usize) -> Slots {
        // The sentences of B each sentence of A is aligned with.
        let mut partners: Vec<&[usize]> = vec![&[]; len_a];
        let mut b_alone = vec![true; len_b];
        for p in pairs.iter().filter(|p| !p.a.is_empty() && !p.b.is_empty()) {
            for &i in p.a.iter().filter(|&&i| i < len_a) {
                partners[i] = &p.b;
            }
            for &j in p.b.iter().filter(|&&j| j < len_b) {
                b_alone[j] = false;
            }
        }
        let a_slot = (0..len_a)
            .map(|i| {
                if !partners[i].is_empty() {
                    return None;
                }
                let before = partners[..i]
                    .iter()
                    .rev()
                    .find_map(|b| b.iter().max())
                    .map_or(-1, |&j| j as isize);
                let after = partners[i + 1..]
                    .iter()
                    .find_map(|b| b.iter().min())
                    .map_or(len_b as isize, |&j| j as isize);
                Some((before, after))
            })
            .collect();
        Slots { a_slot, b_alone }
    }

    /// Sentence `sa` of A and sentence `sb` of B both lost their counterparts and stand in
    /// one place: between the same aligned neighbours.
    pub fn same_slot(&self, sa: usize, sb: usize) -> bool {
        let Some(Some((before, after))) = self.a_slot.get(sa) else {
            return false;
        };
        let j = sb as isize;
        self.b_alone.get(sb) == Some(&true) && *before < j && j < *after
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::SentenceStatus;

    fn pair(status: SentenceStatus, a: &[usize], b: &[usize]) -> SentencePair {
        SentencePair {
            status,
            a: a.to_vec(),
            b: b.to_vec(),
            similarity: 0.0,
        }
    }

    #[test]
    fn rewritten_in_place_between_the_same_neighbours() {
        use SentenceStatus::*;
        // A: headline, crowd, demands, rents; B: headline, count, demands, rents, new.
        let pairs = [
            pair(Unchanged, &[0], &[0]),
            pair(Removed, &[1], &[]),
            pair(Added, &[], &[1]),
            pair(Unchanged, &[2], &[2]),
            pair(Unchanged, &[3], &[3]),
            pair(Added, &[], &[4]),
        ];
        let slots = Slots::new(&pairs, 4, 5);
        assert!(slots.same_slot(1, 1));
        // A sentence added elsewhere, or one with a counterpart, is in no slot of it.
        assert!(!slots.same_slot(1, 4));
        assert!(!slots.same_slot(1, 2));
        assert!(!slots.same_slot(2, 2));
    }
}
