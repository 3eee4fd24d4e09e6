//! Weights: every tuning number of the diff engine in one documented value, [`Weights`],
//! grouped by the step that reads it. [`Weights::DEFAULT`] is what `claimdiff diff` uses; the
//! values were tuned on the labelled pairs of `tests/data/pairs/` (see `tests/diff_pairs.rs`).

use crate::align::AlignWeights;

/// The diff engine's tuning: limits, score weights and thresholds, one group per step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// What a claim's surroundings are taken to be (`diff::features`).
    pub context: ContextWeights,
    /// How far the candidate search goes (`diff::candidates`).
    pub candidates: CandidateLimits,
    /// Scores of pairs in one article's versions, and of any pair in aligned sentences.
    pub versions: VersionWeights,
    /// Scores of pairs from two outlets' stories outside aligned sentences.
    pub sources: SourceWeights,
    /// The interval an approximate figure allows.
    pub bounds: BoundWeights,
    /// When the pairing is optimal rather than greedy (`diff::assign`).
    pub assign: AssignLimits,
    /// How a correction notice is found to bear on a change (`diff::corrections`).
    pub notice: NoticeWeights,
    /// The sentence alignment the claim pairing starts from ([`crate::align`]).
    pub align: AlignWeights,
}

/// What a claim's context is: the content words around its figure in its sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextWeights {
    /// Content words taken on each side of the figure: enough to tell two figures of one
    /// sentence apart, few enough that a long sentence's far end does not blur them.
    pub words_each_side: usize,
    /// Shortest content word, in bytes: shorter ones ("is", "el") are function words more
    /// often than not, in both languages.
    pub min_word_len: usize,
    /// The subject length a shared-word count is divided by at least, so that one shared
    /// word of two one-word subjects is never full agreement.
    pub min_key_len: usize,
}

/// Bounds on the work of the candidate search, so long documents never go quadratic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CandidateLimits {
    /// Sides whose claim counts multiply to at most this compare every claim with every
    /// claim (independently written sentences rarely share the words the index looks up).
    pub all_pairs_max: usize,
    /// Candidates gathered per claim at most, outside its own aligned sentence.
    pub max_candidates: usize,
    /// Claims taken per looked-up word at most: a common word points to many, none well.
    pub per_word: usize,
}

/// The score of a pair of claims in one article's versions (and of any pair whose
/// sentences are aligned, in either mode), and what makes it plausible.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VersionWeights {
    /// The score of a claim's twin in an identical sentence: above any other score, so the
    /// certain pair is always taken first.
    pub twin: f32,
    /// Weight of the shared subject words: what the claim is about is the strongest evidence.
    pub key_overlap: f32,
    /// Weight of the shared context words (Dice): what surrounds the figure.
    pub context: f32,
    /// Bonus for claims in aligned sentences: an edited sentence mostly keeps its figures.
    pub same_sentence: f32,
    /// Weight of the aligned sentences' similarity on top of that bonus.
    pub sentence_similarity: f32,
    /// Bonus for the same place among the sentence's claims (its second figure stays second).
    pub same_place: f32,
    /// Bonus for a shared topic.
    pub shared_topic: f32,
    /// Bonus for the very same figure (value, range and unit).
    pub same_value: f32,
    /// Bonus for figures whose intervals overlap, when not the same.
    pub overlapping_value: f32,
    /// Bonus for the same attribution ("officials said").
    pub same_attribution: f32,
    /// Lowest score a pair is kept at.
    pub min_score: f32,
    /// Outside aligned sentences, a pair needs at least this subject overlap...
    pub min_key_overlap: f32,
    /// ...or at least this context overlap (or this much of one subject around the other's
    /// figure, or a unique figure).
    pub min_context: f32,
    /// Weight of the subject words of one claim found around the other's figure, when the
    /// subjects share none (rule `object_in_context`): a rewritten lead keeps what a figure
    /// is about while the subject is cut elsewhere or not found ("about 3,000 hectares
    /// burned north of Athens" / "Some 6,500 hectares have now burned north of Athens").
    pub object: f32,
    /// Bonus for the same distinctive figure stated exactly once in each version (rule
    /// `unique_figure`): an article rarely gives "£38 million" for two things, so a moved
    /// sentence that says it about "an extra" for social care is still the same claim.
    pub unique_figure: f32,
    /// Weight of the figures' closeness for claims of two sentences that lost their
    /// counterparts in one place (rule `rewritten_in_place` in `diff::slots`): a sentence
    /// rewritten whole keeps its figure's claim, told anew ("put the figure at 500,000" →
    /// "counted 480,000").
    pub same_slot: f32,
    /// ...and the closeness such a pair needs at least to be plausible on that alone.
    pub min_slot_closeness: f32,
}

/// The score of a pair of claims from two outlets' independent stories, outside aligned
/// sentences: topic, context and closeness of the figures carry more weight there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SourceWeights {
    /// Weight of the shared subject words, topics counted as words.
    pub key_overlap: f32,
    /// Weight of the shared context words (Dice).
    pub context: f32,
    /// Weight of the subject words of one claim found around the other's figure, for
    /// subjects that share no word: two
    /// outlets cut their subjects from different sentences ("vendió acero por 3.000 millones"
    /// gives a bare "$3bn", "exportaciones mexicanas de acero" a subject), but the other's
    /// sentence names the same object near its figure.
    pub object: f32,
    /// Weight of how close the figures are (the smaller over the larger).
    pub closeness: f32,
    /// Bonus for a shared topic.
    pub shared_topic: f32,
    /// Bonus for the very same distinctive figure: evidence of its own that two outlets
    /// report the same thing.
    pub same_distinctive_value: f32,
    /// Bonus for counts of the same kind of thing, or percentages of the same thing (the head
    /// nouns of their labels, synonyms and translations included: "5 planes", "4 military
    /// aircraft"; "58–60% votos", "59,5% sufragios").
    pub same_head: f32,
    /// Bonus for figures given as the same kind of bound by both outlets (rule
    /// `same_bound`: "up to €15 million in bonuses", "a maximum of €20 million in add-ons"):
    /// caps and floors are rarer than plain figures, and outlets keep them.
    pub same_bound: f32,
    /// Bonus for figures that name the same exclusive event (rule `same_event` in
    /// `diff::events`: "18 were still missing" and "otras 16 siguen desaparecidas"), when
    /// their subjects were cut from other words.
    pub same_event: f32,
    /// Bonus for figures of the same named owner (rule `owner_name` in `diff::features`:
    /// the name nearest before the figure in its clause, "the Socialists took 58 seats").
    pub same_owner: f32,
    /// Penalty for figures of two different named owners: one party's seats are never
    /// another's, however alike the rest of the sentence reads.
    pub other_owner: f32,
    /// A figure above this (or with a unit, or a fraction) is distinctive, not an everyday
    /// small count.
    pub distinctive_above: f64,
    /// Without a shared subject word, a pair needs this context overlap...
    pub min_context: f32,
    /// ...or a shared topic and figures at least this close...
    pub min_closeness: f32,
    /// ...and in any case at least this score.
    pub min_score: f32,
    /// Outside aligned sentences, figures whose smaller is below this share of the larger
    /// (and whose intervals do not overlap) are never paired (rule `far_apart` in
    /// `diff::score`): the labelled pairs' conflicts differ by well under a factor of 3.
    pub far_apart_below: f32,
    /// Two outlets' aligned sentences speak for their claims' pairing (as a version's
    /// edited sentence does) only at this similarity or above (rule `loose_alignment` in
    /// `diff::score`): "the dollar fell 0.4% while the euro rose 0.5%" and "yields fell to
    /// 4.2% as the dollar index lost 0.4%" align on a few words, not on their figures.
    pub min_aligned_similarity: f32,
    /// A figure told as a part of the figure before it ("211, de los que 207 en Valencia")
    /// never pairs with another outlet's figure that is no part and reads as that whole or
    /// most of it, at least this close to it (rule `part_of_a_figure` in `diff::parts`); a
    /// figure far below the whole ("6 seriously injured" against "52 injured, 6 of them
    /// seriously") is the part told as a figure of its own.
    pub part_whole_closeness: f32,
}

/// The interval an approximate figure ("about 40") allows, as factors of its ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundWeights {
    /// Factor of the low end: "about 40" allows 36.
    pub approx_low: f64,
    /// Factor of the high end: "about 40" allows 44.
    pub approx_high: f64,
}

/// When to pair by optimal assignment.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AssignLimits {
    /// Sides up to this many claims (in either mode) are paired by an optimal assignment
    /// (Kuhn–Munkres, cubic in the claim count); larger ones greedily, best score first.
    pub max_optimal: usize,
    /// In the optimal assignment each pair counts for its score minus this (rule
    /// `margin_total` in `diff::assign`): just under the sources' `min_score`, so a barely
    /// plausible pair adds almost nothing to the total and cannot displace confident ones.
    pub baseline: f32,
}

/// Points of a correction notice's bearing on a change: the changes with the most points
/// become corrections.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NoticeWeights {
    /// The notice quotes the figure before or after: the clearest pointer.
    pub quotes_figure: u32,
    /// The notice names a word of the claim's subject.
    pub names_subject: u32,
    /// ...or, failing that, a synonym or translation of one (rule `notice_synonyms`: "un
    /// número equivocado de lesionados" for a count of heridos): weaker than its own words.
    pub names_subject_in_other_words: u32,
    /// Points per word the notice shares with the claim's context...
    pub context_word: u32,
    /// ...counting this many words at most.
    pub max_context_words: usize,
    /// The notice speaks of the unit or currency, and the unit is what changed.
    pub names_changed_unit: u32,
    /// The notice speaks of the unit or currency, which did not change.
    pub names_unit: u32,
}

impl Weights {
    /// The weights `claimdiff` uses.
    pub(crate) const DEFAULT: Weights = Weights {
        context: ContextWeights {
            words_each_side: 10,
            min_word_len: 3,
            min_key_len: 2,
        },
        candidates: CandidateLimits {
            all_pairs_max: 10_000,
            max_candidates: 200,
            per_word: 32,
        },
        versions: VersionWeights {
            twin: 2.0,
            key_overlap: 0.45,
            context: 0.35,
            same_sentence: 0.25,
            sentence_similarity: 0.15,
            same_place: 0.15,
            shared_topic: 0.05,
            same_value: 0.12,
            overlapping_value: 0.06,
            same_attribution: 0.03,
            min_score: 0.3,
            min_key_overlap: 0.5,
            min_context: 0.3,
            object: 0.3,
            unique_figure: 0.2,
            same_slot: 0.35,
            min_slot_closeness: 0.8,
        },
        sources: SourceWeights {
            key_overlap: 0.35,
            context: 0.25,
            object: 0.2,
            closeness: 0.25,
            shared_topic: 0.15,
            same_distinctive_value: 0.1,
            same_head: 0.15,
            same_bound: 0.1,
            same_event: 0.15,
            same_owner: 0.1,
            other_owner: 0.2,
            distinctive_above: 10.0,
            min_context: 0.15,
            min_closeness: 0.8,
            min_score: 0.3,
            min_aligned_similarity: 0.6,
            far_apart_below: 0.2,
            part_whole_closeness: 0.5,
        },
        bounds: BoundWeights {
            approx_low: 0.9,
            approx_high: 1.1,
        },
        assign: AssignLimits {
            max_optimal: 300,
            baseline: 0.28,
        },
        notice: NoticeWeights {
            quotes_figure: 3,
            names_subject: 2,
            names_subject_in_other_words: 1,
            context_word: 1,
            max_context_words: 2,
            names_changed_unit: 2,
            names_unit: 1,
        },
        align: AlignWeights::DEFAULT,
    };
}

impl Default for Weights {
    fn default() -> Weights {
        Weights::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_twin_outscores_every_scored_pair() {
        let v = Weights::DEFAULT.versions;
        // The object counts only when the subjects share nothing.
        // An aligned sentence and a slot (or a unique figure) exclude one another.
        let best = v.key_overlap.max(v.object)
            + v.context
            + (v.same_sentence + v.sentence_similarity + v.same_place)
                .max(v.unique_figure + v.same_slot)
            + v.shared_topic
            + v.same_value.max(v.overlapping_value)
            + v.same_attribution;
        assert!(v.twin > best);
    }

    #[test]
    fn approximate_bounds_surround_the_figure() {
        let b = Weights::DEFAULT.bounds;
        assert!(b.approx_low < 1.0 && b.approx_high > 1.0);
    }
}
