//! Score: how likely each candidate pair is one claim on both sides, from what the claims are
//! about (subject words, topics, context words), where they stand (the aligned sentence and
//! the place in it) and their figures. Pairs below plausibility are dropped here.

use super::candidates::Lookup;
use super::events::{other_event, same_event};
use super::features::{
    closeness, converted_to, dice, dice_about, family, key_overlap, nearly_equal, overlap,
    same_head, same_value, with_topics, Sides,
};
use super::owner::same_owner;
use super::parts::{part_and_total, part_for_whole};
use super::twins::twin_elsewhere;
use super::weights::Weights;
use super::Mode;
use crate::align::SentencePair;
use crate::model::{Claim, Qualifier};

/// A plausible pair: claim `a` of A, claim `b` of B and how well they match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct ScoredPair {
    pub score: f32,
    pub a: usize,
    pub b: usize,
}

/// Everything one candidate pair is scored on.
struct Pair<'c> {
    a: &'c Claim,
    b: &'c Claim,
    /// The aligned sentences of `a`, when `b` stands in one of them.
    same_sentence: Option<&'c SentencePair>,
    same_place: bool,
    /// Subject-word overlap.
    key: f32,
    /// Context-word overlap (Dice).
    context: f32,
    /// Subject words of either claim found around the other's figure, when the subjects
    /// share none (sources only).
    object: f32,
    shared_topic: bool,
    same_value: bool,
    /// The same amount in another unit of one family ("90 days", "tres meses"; rule
    /// `converted_alike`).
    same_amount: bool,
    /// The same distinctive figure, stated once on each side.
    unique_figure: bool,
    /// Both figures belong to a named owner: Some(true) the same, Some(false) another.
    owner: Option<bool>,
    /// The two claims count what different, exclusive events befell (rule `other_event`).
    other_event: bool,
    /// The two claims name the same exclusive event (rule `same_event`).
    same_event: bool,
    /// One claim is a threshold, what is needed, and the other is not (rule `threshold`).
    threshold_differs: bool,
    /// One claim's figure is the total of a run of figures the other is listed in (rule
    /// `sum_of_parts`).
    part_and_total: bool,
    /// Both claims are restricted to a named place, and not the same (rule `other_place`).
    other_place: bool,
    /// One claim is a part of a figure before it, the other no part and close to that
    /// whole (rule `part_of_a_figure`).
    part_differs: bool,
    /// In two outlets' aligned sentences, either figure has its very twin in the other
    /// sentence (rule `aligned_twin_figure`).
    twin_elsewhere: bool,
    /// One claim is a headline's restatement of its body's figure and the other stands
    /// outside the other side's headline (rule `headline_repeat`).
    repeat_off_headline: bool,
    /// The figures are too far apart to be two outlets' accounts of one (rule `far_apart`).
    far_apart: bool,
    /// The two sentences lost their counterparts and stand in one place: one sentence
    /// rewritten (rule `rewritten_in_place`).
    same_slot: bool,
}

/// The plausible pairs among the lookups, in lookup order; twins score above all.
pub(super) fn score(sides: &Sides, lookups: &[Lookup], w: &Weights) -> Vec<ScoredPair> {
    let Sides {
        a,
        b,
        fa,
        fb,
        map,
        mode,
        slots,
    } = sides;
    let (count_a, count_b) = (figure_counts(a.claims), figure_counts(b.claims));
    let mut scored = Vec::new();
    for (i, lookup) in lookups.iter().enumerate() {
        let cands = match lookup {
            Lookup::Twin(j) => {
                scored.push(ScoredPair {
                    score: w.versions.twin,
                    a: i,
                    b: *j,
                });
                continue;
            }
            Lookup::Candidates(cands) => cands,
        };
        let ca = &a.claims[i];
        let aligned = map.aligned(ca.sentence_index);
        for &j in cands {
            let cb = &b.claims[j];
            if family(ca) != family(cb) {
                continue;
            }
            let key = key_overlap(&ca.key, &cb.key, &w.context);
            let pair = Pair {
                a: ca,
                b: cb,
                // Rule `loose_alignment`: two outlets' sentences aligned on a few shared
                // words say nothing of which figure is which; only close ones do.
                same_sentence: aligned.filter(|p| {
                    p.b.contains(&cb.sentence_index)
                        && (*mode == Mode::Versions
                            || p.similarity >= w.sources.min_aligned_similarity)
                }),
                same_place: fa.places[i] == fb.places[j],
                key,
                // Two outlets speak of one thing in their own words, or languages.
                context: match mode {
                    Mode::Sources => dice_about(&fa.contexts[i], &fb.contexts[j]),
                    Mode::Versions => dice(&fa.contexts[i], &fb.contexts[j]),
                },
                // Subjects that share nothing may still name one object, cut differently.
                // Between versions only for a claim whose subject was not found: a kept
                // subject that shares nothing is another claim's.
                object: if key == 0.0
                    && (*mode == Mode::Sources || ca.key.is_empty() || cb.key.is_empty())
                {
                    key_overlap(&ca.key, &fb.contexts[j], &w.context).max(key_overlap(
                        &cb.key,
                        &fa.contexts[i],
                        &w.context,
                    ))
                } else {
                    0.0
                },
                shared_topic: ca.topics.iter().any(|t| cb.topics.contains(t)),
                same_value: same_value(ca, cb),
                same_amount: converted_to(cb, ca.unit.as_deref())
                    .is_some_and(|c| nearly_equal(ca, &c)),
                unique_figure: same_value(ca, cb)
                    && distinctive(ca, w)
                    && count_a.get(&figure_id(ca)) == Some(&1)
                    && count_b.get(&figure_id(cb)) == Some(&1),
                owner: (!fa.owners[i].is_empty() && !fb.owners[j].is_empty())
                    .then(|| same_owner(&fa.owners[i], &fb.owners[j])),
                other_event: other_event(&fa.events[i], &fb.events[j]),
                same_event: same_event(&fa.events[i], &fb.events[j]),
                threshold_differs: fa.thresholds[i] != fb.thresholds[j],
                part_and_total: part_and_total(
                    ca,
                    &fa.totals[i],
                    cb,
                    &fb.totals[j],
                    w.sources.distinctive_above,
                ),
                other_place: !fa.places_named[i].is_empty()
                    && !fb.places_named[j].is_empty()
                    && !same_owner(&fa.places_named[i], &fb.places_named[j]),
                twin_elsewhere: *mode == Mode::Sources
                    && !same_value(ca, cb)
                    && aligned.is_some_and(|p| {
                        p.b.contains(&cb.sentence_index) && twin_elsewhere(sides, i, j, &p.b)
                    }),
                part_differs: part_for_whole(
                    ca,
                    fa.wholes[i].map(|k| &a.claims[k]),
                    cb,
                    fb.wholes[j].map(|k| &b.claims[k]),
                    w.sources.part_whole_closeness,
                ),
                repeat_off_headline: fa.repeats[i] && !fb.headlines[j]
                    || fb.repeats[j] && !fa.headlines[i],
                far_apart: far_apart(ca, cb, w),
                same_slot: *mode == Mode::Versions
                    && slots.same_slot(ca.sentence_index, cb.sentence_index),
            };
            if let Some(score) = plausible_score(&pair, *mode, w) {
                scored.push(ScoredPair { score, a: i, b: j });
            }
        }
    }
    scored
}

/// The pair's score when it is plausible at all. In aligned sentences the pair's place
/// speaks for it; elsewhere it needs a real overlap of what it is about: versions on subject
/// or context, two outlets' independent stories on topic, context and closeness of figures.
fn plausible_score(p: &Pair, mode: Mode, w: &Weights) -> Option<f32> {
    // Rule `other_event`: the evacuated are never the dead, in any sentence or mode.
    // Rule `headline_repeat`: a headline's copy of a body figure pairs with the other
    // headline only; the other side's body figures are its own body's to pair with.
    if p.other_event || p.repeat_off_headline || p.twin_elsewhere {
        return None;
    }
    // Rules `threshold`, `sum_of_parts`, `part_of_a_figure` and `other_place` ("600 of
    // them in Andalusia" is no "390 in the Madrid region"): two outlets' stories rarely say
    // one figure in words that far apart; between versions the aligned sentence speaks
    // instead.
    if mode == Mode::Sources
        && (p.threshold_differs || p.part_and_total || p.part_differs || p.other_place)
    {
        return None;
    }
    // Rule `far_apart`: outside aligned sentences, two outlets' figures several times apart
    // ("1.7 million households on waiting lists", "90,000 social homes a year") are two
    // claims that share a word, not one claim they disagree on.
    if mode == Mode::Sources && p.far_apart && p.same_sentence.is_none() {
        return None;
    }
    let v = &w.versions;
    let score = if p.same_sentence.is_some() {
        version_score(p, w)
    } else if mode == Mode::Sources {
        let s = &w.sources;
        let close = closeness(p.a, p.b);
        let distinctive = distinctive(p.a, w);
        let score = source_score(p, close, distinctive, w);
        let related = p.key > 0.0
            || p.context >= s.min_context
            || p.shared_topic && close >= s.min_closeness
            || (p.same_value || p.same_amount) && distinctive;
        return (related && score >= s.min_score).then_some(score);
    } else {
        let score = version_score(p, w);
        // Rule `rewritten_in_place`: a sentence rewritten around a close figure of its
        // family ("put the figure at 500,000" → "counted 480,000") keeps its claim.
        let rewritten = p.same_slot && closeness(p.a, p.b) >= v.min_slot_closeness;
        if p.key < v.min_key_overlap
            && p.context < v.min_context
            && p.object < v.min_key_overlap
            && !p.unique_figure
            && !rewritten
        {
            return None;
        }
        score
    };
    (score >= v.min_score).then_some(score)
}

/// The score of a pair in one article's versions, or in aligned sentences.
fn version_score(p: &Pair, w: &Weights) -> f32 {
    let v = &w.versions;
    let mut score = v.key_overlap * p.key + v.context * p.context;
    if p.same_sentence.is_none() {
        // Rules `object_in_context` and `unique_figure`: evidence for pairs whose sentences
        // the alignment did not join.
        score += v.object * p.object;
        if p.unique_figure {
            score += v.unique_figure;
        }
        if p.same_slot {
            score += v.same_slot * closeness(p.a, p.b);
        }
    }
    if let Some(sentences) = p.same_sentence {
        score += v.same_sentence + v.sentence_similarity * sentences.similarity;
        if p.same_place {
            score += v.same_place;
        }
    }
    if p.shared_topic {
        score += v.shared_topic;
    }
    if p.same_value {
        score += v.same_value;
    } else if overlap(p.a, p.b, &w.bounds) {
        score += v.overlapping_value;
    }
    if p.a.attribution.is_some() && p.a.attribution == p.b.attribution {
        score += v.same_attribution;
    }
    score
}

/// Rule `far_apart`: the figures' intervals do not overlap and the nearer is less than
/// `far_apart_below` of the farther, as amounts of their family. Outlets disagree on a count
/// by a margin, not by a multiple; a slip of scale (the same digits a power of ten apart,
/// "$1.2 billion" and "$1.2 million") is the exception, a conflict worth showing.
fn far_apart(a: &Claim, b: &Claim, w: &Weights) -> bool {
    if overlap(a, b, &w.bounds) {
        return false;
    }
    // A range is as near as its nearer end ("hundreds" against 3,000 is 1,000 against it).
    let nearer_end = |c: &Claim, other: &Claim| {
        let mut end = c.clone();
        if let Some(max) = c.value_max.filter(|&m| other.value > m) {
            end.value = max;
        }
        end.value_max = None;
        end
    };
    let close = closeness(&nearer_end(a, b), &nearer_end(b, a));
    if close == 0.0 || close >= w.sources.far_apart_below {
        return false;
    }
    let exponent = (1.0 / f64::from(close)).log10();
    (exponent - exponent.round()).abs() > 1e-3
}

/// A qualifier that bounds the figure rather than rounding it: at most, at least, more or
/// less than.
fn is_bound(q: Qualifier) -> bool {
    !matches!(q, Qualifier::Exact | Qualifier::Approx)
}

/// A figure distinctive enough that stating it twice is evidence of one claim: above the
/// everyday small counts, with a unit, or with a fraction.
fn distinctive(c: &Claim, w: &Weights) -> bool {
    c.value.abs() > w.sources.distinctive_above || c.unit.is_some() || c.value.fract() != 0.0
}

/// What `same_value` compares, as a map key.
type FigureId<'c> = (u64, Option<u64>, Option<&'c str>);

fn figure_id(c: &Claim) -> FigureId<'_> {
    (
        c.value.to_bits(),
        c.value_max.map(f64::to_bits),
        c.unit.as_deref(),
    )
}

/// How many claims of a side state each figure.
fn figure_counts(claims: &[Claim]) -> std::collections::HashMap<FigureId<'_>, usize> {
    let mut m = std::collections::HashMap::new();
    for c in claims {
        *m.entry(figure_id(c)).or_default() += 1;
    }
    m
}

/// The score of a pair from two outlets' stories outside aligned sentences.
fn source_score(p: &Pair, close: f32, distinctive: bool, w: &Weights) -> f32 {
    let s = &w.sources;
    s.key_overlap * key_overlap(&with_topics(p.a), &with_topics(p.b), &w.context)
        + s.context * p.context
        + s.object * p.object
        + s.closeness * close
        + if p.shared_topic { s.shared_topic } else { 0.0 }
        + if (p.same_value || p.same_amount) && distinctive {
            s.same_distinctive_value
        } else {
            0.0
        }
        + if same_head(p.a, p.b) {
            s.same_head
        } else {
            0.0
        }
        // Rule `same_bound`: both outlets give the figure as the same kind of bound.
        + if p.a.qualifier == p.b.qualifier && is_bound(p.a.qualifier) {
            s.same_bound
        } else {
            0.0
        }
        // Rule `same_event`: both name what befell the counted (the missing, the dead).
        + if p.same_event { s.same_event } else { 0.0 }
        // Rule `owner_name`: whose figure it is (a party's seats, a company's sales).
        + match p.owner {
            Some(true) => s.same_owner,
            Some(false) => -s.other_owner,
            None => 0.0,
        }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::SentenceStatus;
    use crate::diff::features::{about_40_died, test_claim};
    use crate::diff::Side;
    use crate::model::Qualifier;

    const W: Weights = Weights::DEFAULT;

    fn pair<'c>(a: &'c Claim, b: &'c Claim, aligned: Option<&'c SentencePair>) -> Pair<'c> {
        Pair {
            a,
            b,
            same_sentence: aligned,
            same_place: true,
            key: key_overlap(&a.key, &b.key, &W.context),
            context: 0.0,
            object: 0.0,
            shared_topic: false,
            same_value: same_value(a, b),
            same_amount: false,
            unique_figure: false,
            owner: None,
            other_event: false,
            same_event: false,
            threshold_differs: false,
            part_and_total: false,
            other_place: false,
            part_differs: false,
            twin_elsewhere: false,
            repeat_off_headline: false,
            far_apart: false,
            same_slot: false,
        }
    }

    fn edited(similarity: f32) -> SentencePair {
        SentencePair {
            status: SentenceStatus::Edited,
            a: vec![0],
            b: vec![0],
            similarity,
        }
    }

    #[test]
    fn an_aligned_sentence_speaks_for_the_pair() {
        let a = about_40_died();
        let b = test_claim(41.0, Qualifier::Exact, None, &[], "41", "41 died");
        let sentences = edited(0.6);
        let v = W.versions;
        let want =
            v.same_sentence + v.sentence_similarity * 0.6 + v.same_place + v.overlapping_value;
        assert_eq!(
            plausible_score(&pair(&a, &b, Some(&sentences)), Mode::Versions, &W),
            Some(want)
        );
        // Elsewhere, nothing it is about is shared: no pair.
        assert_eq!(
            plausible_score(&pair(&a, &b, None), Mode::Versions, &W),
            None
        );
    }

    #[test]
    fn outside_aligned_sentences_versions_pair_on_the_subject() {
        let a = test_claim(
            50.0,
            Qualifier::MoreThan,
            None,
            &["leader", "extradit"],
            "",
            "",
        );
        let b = test_claim(
            55.0,
            Qualifier::Exact,
            None,
            &["leader", "extradit"],
            "",
            "",
        );
        let v = W.versions;
        assert_eq!(
            plausible_score(&pair(&a, &b, None), Mode::Versions, &W),
            Some(v.key_overlap + v.overlapping_value)
        );
    }

    #[test]
    fn object_in_context_pairs_versions_whose_subject_was_lost() {
        let a = test_claim(
            3000.0,
            Qualifier::Approx,
            Some("hectare"),
            &["burn"],
            "",
            "",
        );
        let b = test_claim(6500.0, Qualifier::Approx, Some("hectare"), &[], "", "");
        let v = W.versions;
        let mut p = pair(&a, &b, None);
        assert_eq!(plausible_score(&p, Mode::Versions, &W), None);
        // A's subject stands around B's figure.
        p.object = 1.0;
        assert_eq!(plausible_score(&p, Mode::Versions, &W), Some(v.object));
    }

    #[test]
    fn object_in_context_between_versions_only_for_a_lost_subject() {
        let a_claims = [test_claim(
            5.0,
            Qualifier::Exact,
            Some("percent"),
            &["export", "rose"],
            "5%",
            "Exports rose 5%.",
        )];
        let scored = |key: &[&str]| {
            let b_claims = [test_claim(
                3.0,
                Qualifier::Exact,
                Some("percent"),
                key,
                "3%",
                "Imports fell 3% as exports rose.",
            )];
            let (a, b) = (Side::new(&[], &a_claims), Side::new(&[], &b_claims));
            let sides = Sides::new(&a, &b, &[], Mode::Versions, &W.context);
            score(&sides, &[Lookup::Candidates(vec![0])], &W).len()
        };
        // B's claim is about imports: the exports near its figure are another claim's.
        assert_eq!(scored(&["import"]), 0);
        // B's subject was not found: the exports near its figure may be what it is about.
        assert_eq!(scored(&[]), 1);
    }

    #[test]
    fn unique_figure_pairs_a_distinctive_figure_stated_once_in_each_version() {
        let a = test_claim(38e6, Qualifier::Exact, Some("GBP"), &["spend"], "", "");
        let b = test_claim(38e6, Qualifier::Exact, Some("GBP"), &["extra"], "", "");
        let v = W.versions;
        let mut p = pair(&a, &b, None);
        assert_eq!(plausible_score(&p, Mode::Versions, &W), None);
        p.unique_figure = true;
        assert_eq!(
            plausible_score(&p, Mode::Versions, &W),
            Some(v.same_value + v.unique_figure)
        );
        // Counted through the sides: a figure stated twice in A is not unique.
        let twice = [a.clone(), a.clone()];
        let once = [b.clone()];
        let (sa, sb) = (Side::new(&[], &twice), Side::new(&[], &once));
        let sides = Sides::new(&sa, &sb, &[], Mode::Versions, &W.context);
        let got = score(&sides, &[Lookup::Candidates(vec![0])], &W);
        assert!(got.is_empty(), "{got:?}");
        let (sa, sb) = (Side::new(&[], &twice[..1]), Side::new(&[], &once));
        let sides = Sides::new(&sa, &sb, &[], Mode::Versions, &W.context);
        assert_eq!(score(&sides, &[Lookup::Candidates(vec![0])], &W).len(), 1);
    }

    #[test]
    fn owner_name_raises_the_same_owner_and_lowers_another() {
        let a = test_claim(58.0, Qualifier::Exact, None, &["seat"], "", "");
        let b = test_claim(60.0, Qualifier::Exact, None, &["seat"], "", "");
        let mut p = pair(&a, &b, None);
        let none = plausible_score(&p, Mode::Sources, &W).unwrap();
        p.owner = Some(true);
        let same = plausible_score(&p, Mode::Sources, &W).unwrap();
        p.owner = Some(false);
        let other = plausible_score(&p, Mode::Sources, &W);
        assert!((same - none - W.sources.same_owner).abs() < 1e-6);
        assert!(other.is_none_or(|o| o < none));
    }

    #[test]
    fn vetoes_threshold_parts_and_other_place_between_sources_only() {
        let a = test_claim(600.0, Qualifier::Exact, None, &["death"], "", "");
        let b = test_claim(390.0, Qualifier::Exact, None, &["death"], "", "");
        let plain = pair(&a, &b, None);
        assert!(plausible_score(&plain, Mode::Sources, &W).is_some());
        for veto in [
            Pair {
                other_place: true,
                ..pair(&a, &b, None)
            },
            Pair {
                threshold_differs: true,
                ..pair(&a, &b, None)
            },
            Pair {
                part_and_total: true,
                ..pair(&a, &b, None)
            },
        ] {
            assert_eq!(plausible_score(&veto, Mode::Sources, &W), None);
        }
        let sentences = edited(0.9);
        let versions = Pair {
            other_place: true,
            ..pair(&a, &b, Some(&sentences))
        };
        assert!(plausible_score(&versions, Mode::Versions, &W).is_some());
        // A headline's copy of a body figure meets only the other headline, in either mode.
        let copy = Pair {
            repeat_off_headline: true,
            ..pair(&a, &b, Some(&sentences))
        };
        assert_eq!(plausible_score(&copy, Mode::Versions, &W), None);
    }

    #[test]
    fn rewritten_in_place_pairs_a_close_figure_of_a_sentence_told_anew() {
        let crowd = test_claim(
            500_000.0,
            Qualifier::Exact,
            None,
            &["size", "crowd"],
            "",
            "",
        );
        let count = test_claim(
            480_000.0,
            Qualifier::Exact,
            None,
            &["peopl", "taken"],
            "",
            "",
        );
        let mut p = pair(&crowd, &count, None);
        assert_eq!(plausible_score(&p, Mode::Versions, &W), None);
        p.same_slot = true;
        let close = closeness(&crowd, &count);
        assert_eq!(
            plausible_score(&p, Mode::Versions, &W),
            Some(W.versions.same_slot * close)
        );
        // A figure far from it is another claim, in the same place or not.
        let other = test_claim(150_000.0, Qualifier::Exact, None, &["given"], "", "");
        let mut far = pair(&crowd, &other, None);
        far.same_slot = true;
        assert_eq!(plausible_score(&far, Mode::Versions, &W), None);
    }

    #[test]
    fn far_apart_figures_are_two_claims_between_outlets() {
        let n = |v: f64, q: Qualifier| test_claim(v, q, None, &["home"], "", "");
        let (households, homes) = (n(1.7e6, Qualifier::Exact), n(90_000.0, Qualifier::Exact));
        assert!(far_apart(&households, &homes, &W));
        let mut p = pair(&households, &homes, None);
        p.far_apart = true;
        assert_eq!(plausible_score(&p, Mode::Sources, &W), None);
        // A margin, an open bound that holds the other, or a slip of scale: still one claim.
        assert!(!far_apart(
            &n(450.0, Qualifier::Exact),
            &n(480.0, Qualifier::Exact),
            &W
        ));
        assert!(!far_apart(
            &n(200.0, Qualifier::MoreThan),
            &n(2000.0, Qualifier::Exact),
            &W
        ));
        let usd = |v: f64| test_claim(v, Qualifier::Exact, Some("USD"), &[], "", "");
        assert!(!far_apart(&usd(1.2e9), &usd(1.2e6), &W));
        // A range is as near as its nearer end: "hundreds" is within reach of 3,000.
        let mut hundreds = n(100.0, Qualifier::Exact);
        hundreds.value_max = Some(1000.0);
        assert!(!far_apart(&hundreds, &n(3000.0, Qualifier::Exact), &W));
        assert!(!far_apart(&n(3000.0, Qualifier::Exact), &hundreds, &W));
        assert!(far_apart(&hundreds, &n(20_000.0, Qualifier::Exact), &W));
    }

    #[test]
    fn converted_alike_relates_the_same_amount_in_another_unit() {
        let a = test_claim(90.0, Qualifier::Exact, Some("day"), &["compli"], "", "");
        let b = test_claim(3.0, Qualifier::Exact, Some("month"), &["tien"], "", "");
        let mut p = pair(&a, &b, None);
        assert_eq!(plausible_score(&p, Mode::Sources, &W), None);
        p.same_amount = true;
        let s = W.sources;
        let close = closeness(&a, &b);
        assert_eq!(
            plausible_score(&p, Mode::Sources, &W),
            Some(s.closeness * close + s.same_distinctive_value)
        );
    }

    #[test]
    fn loose_alignment_of_two_outlets_sentences_gives_no_bonus() {
        let a_claims = [test_claim(
            0.5,
            Qualifier::Exact,
            Some("percent"),
            &["euro"],
            "0.5%",
            "The euro rose 0.5%.",
        )];
        let b_claims = [test_claim(
            4.2,
            Qualifier::Exact,
            Some("percent"),
            &["yield"],
            "4.2%",
            "Yields fell to 4.2%.",
        )];
        let (a, b) = (Side::new(&[], &a_claims), Side::new(&[], &b_claims));
        let score_at = |similarity: f32| {
            let pairs = [edited(similarity)];
            let sides = Sides::new(&a, &b, &pairs, Mode::Sources, &W.context);
            score(&sides, &[Lookup::Candidates(vec![0])], &W)
                .first()
                .map(|p| p.score)
        };
        // Closely aligned sentences speak for the pair; loosely aligned ones do not.
        assert!(score_at(0.9).is_some_and(|s| s >= W.versions.same_sentence));
        assert_eq!(score_at(W.sources.min_aligned_similarity - 0.1), None);
    }

    #[test]
    fn same_bound_raises_two_caps_not_two_plain_figures() {
        let cap = |v: f64| test_claim(v, Qualifier::AtMost, Some("EUR"), &["bonus"], "", "");
        let plain = |v: f64| test_claim(v, Qualifier::Exact, Some("EUR"), &["bonus"], "", "");
        let (a, b) = (cap(15e6), cap(20e6));
        let capped = plausible_score(&pair(&a, &b, None), Mode::Sources, &W).unwrap();
        let (a, b) = (plain(15e6), plain(20e6));
        let plain_score = plausible_score(&pair(&a, &b, None), Mode::Sources, &W).unwrap();
        assert!((capped - plain_score - W.sources.same_bound).abs() < 1e-6);
    }

    #[test]
    fn sources_pair_the_same_distinctive_figure_not_a_small_count() {
        let s = W.sources;
        let a = test_claim(1200.0, Qualifier::Exact, None, &[], "", "");
        let b = a.clone();
        assert_eq!(
            plausible_score(&pair(&a, &b, None), Mode::Sources, &W),
            Some(s.closeness + s.same_distinctive_value)
        );
        let a = test_claim(3.0, Qualifier::Exact, None, &[], "", "");
        let b = a.clone();
        assert_eq!(
            plausible_score(&pair(&a, &b, None), Mode::Sources, &W),
            None
        );
    }

    #[test]
    fn twins_score_above_all_and_unit_families_never_meet() {
        let a_claims = vec![
            test_claim(
                26.0,
                Qualifier::Exact,
                None,
                &["prison"],
                "26",
                "26 prisoners",
            ),
            test_claim(
                25.0,
                Qualifier::Exact,
                Some("percent"),
                &["tariff"],
                "25%",
                "a 25% tariff",
            ),
        ];
        let b_claims = vec![
            a_claims[0].clone(),
            test_claim(
                25.0,
                Qualifier::Exact,
                None,
                &["tariff"],
                "25",
                "25 tariffs",
            ),
        ];
        let (a, b) = (Side::new(&[], &a_claims), Side::new(&[], &b_claims));
        let sides = Sides::new(&a, &b, &[], Mode::Versions, &W.context);
        let lookups = [Lookup::Twin(0), Lookup::Candidates(vec![1])];
        let got = score(&sides, &lookups, &W);
        assert_eq!(
            got,
            vec![ScoredPair {
                score: W.versions.twin,
                a: 0,
                b: 0
            }]
        );
    }
}
