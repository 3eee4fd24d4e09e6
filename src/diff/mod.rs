//! Diff: the claim-level diff of two sides (two versions of one article, or two outlets'
//! stories). Sentences are aligned first ([`crate::align`]); each claim of A is then paired
//! with at most one claim of B by what it is about (subject stems, topics, unit family, the
//! aligned sentence and its place in it), never by position or value alone. Pairs are
//! classified as unchanged or changed (with the fields that differ, the delta, and the kind of
//! change); the rest are added or removed. Rendering lives in [`crate::render`].
//!
//! The engine runs in named steps, one module each, every tuning number in [`Weights`]:
//! `candidates` (which claims of B to compare with each claim of A), `score` (how well
//! each candidate pair matches), `assign` (one partner per claim), `classify` (what became
//! of each claim) and `corrections` (changes a correction notice bears on). `features`
//! holds what the steps compare claims by.

mod assign;
mod candidates;
mod classify;
mod corrections;
mod events;
mod features;
mod headline;
mod owner;
mod parts;
mod score;
mod slots;
mod twins;
pub mod weights;

use serde::Serialize;

pub use self::weights::Weights;
use crate::align::{self, InlineChange, SentenceStatus};
use crate::model::{Claim, Lineage, Sentence};

/// Versions of one article, or two outlets' stories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Versions,
    Sources,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// What sort of change a changed claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Refinement,
    Update,
    Correction,
    AgreementWithinBounds,
    Conflict,
}

/// One claim's fate between the two sides: each variant carries exactly what it has.
/// Serialises to the contract's shape (`{"status": ..., "before": ..., "after": ..., ...}`).
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // built once per diff and read in place; boxing buys nothing
pub enum ClaimChange {
    /// A claim of B with no partner in A.
    Added { after: Claim },
    /// A claim of A with no partner in B.
    Removed { before: Claim },
    /// A pair stating the same figure (it may have moved).
    Unchanged { before: Claim, after: Claim },
    /// A pair with another value, range, qualifier or unit.
    Changed {
        before: Claim,
        after: Claim,
        /// The fields of the figure that differ, in the order value, value_max, qualifier, unit.
        fields: Vec<&'static str>,
        /// After minus before; `None` when the units differ.
        delta: Option<f64>,
        /// The delta as a percentage of before; `None` without a delta or when before is 0.
        delta_pct: Option<f64>,
        kind: Kind,
        /// Word-level diff of the two sentences, when they differ.
        inline: Vec<InlineChange>,
    },
}

impl ClaimChange {
    /// Which of the four fates this is.
    pub fn status(&self) -> Status {
        match self {
            ClaimChange::Added { .. } => Status::Added,
            ClaimChange::Removed { .. } => Status::Removed,
            ClaimChange::Unchanged { .. } => Status::Unchanged,
            ClaimChange::Changed { .. } => Status::Changed,
        }
    }

    /// The claim on side A, unless it was added.
    pub fn before(&self) -> Option<&Claim> {
        match self {
            ClaimChange::Added { .. } => None,
            ClaimChange::Removed { before }
            | ClaimChange::Unchanged { before, .. }
            | ClaimChange::Changed { before, .. } => Some(before),
        }
    }

    /// The claim on side B, unless it was removed.
    pub fn after(&self) -> Option<&Claim> {
        match self {
            ClaimChange::Removed { .. } => None,
            ClaimChange::Added { after }
            | ClaimChange::Unchanged { after, .. }
            | ClaimChange::Changed { after, .. } => Some(after),
        }
    }

    /// The newest side's claim: after, or before when it was removed.
    pub fn latest(&self) -> &Claim {
        match self {
            ClaimChange::Removed { before } => before,
            ClaimChange::Added { after }
            | ClaimChange::Unchanged { after, .. }
            | ClaimChange::Changed { after, .. } => after,
        }
    }

    /// What sort of change it is, for a changed claim.
    pub fn kind(&self) -> Option<Kind> {
        match self {
            ClaimChange::Changed { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// The fields that differ (empty unless changed).
    pub fn fields(&self) -> &[&'static str] {
        match self {
            ClaimChange::Changed { fields, .. } => fields,
            _ => &[],
        }
    }

    /// After minus before, for a changed claim of one unit.
    pub fn delta(&self) -> Option<f64> {
        match self {
            ClaimChange::Changed { delta, .. } => *delta,
            _ => None,
        }
    }

    /// The delta as a percentage of before.
    pub(crate) fn delta_pct(&self) -> Option<f64> {
        match self {
            ClaimChange::Changed { delta_pct, .. } => *delta_pct,
            _ => None,
        }
    }

    /// The word-level diff of a changed claim's two sentences, when they differ.
    pub fn inline(&self) -> &[InlineChange] {
        match self {
            ClaimChange::Changed { inline, .. } => inline,
            _ => &[],
        }
    }
}

/// The JSON shape of a [`ClaimChange`]: absent sides, fields, kind and inline diff are left
/// out; `delta` and `delta_pct` are always there (null unless changed).
#[derive(Serialize)]
struct ClaimChangeJson<'c> {
    status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    before: Option<&'c Claim>,
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<&'c Claim>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    fields: &'c [&'static str],
    delta: Option<f64>,
    delta_pct: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<Kind>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    inline: &'c [InlineChange],
}

impl Serialize for ClaimChange {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ClaimChangeJson {
            status: self.status(),
            before: self.before(),
            after: self.after(),
            fields: self.fields(),
            delta: self.delta(),
            delta_pct: self.delta_pct(),
            kind: self.kind(),
            inline: self.inline(),
        }
        .serialize(s)
    }
}

/// One entry of the sentence-level diff.
#[derive(Debug, Clone, Serialize)]
pub struct SentenceChange {
    pub status: SentenceStatus,
    pub before: Vec<String>,
    pub after: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inline: Vec<InlineChange>,
    pub similarity: f32,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub unchanged: usize,
    pub changed: usize,
    pub added: usize,
    pub removed: usize,
}

/// The whole diff of two sides.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimDiff {
    pub mode: Mode,
    pub claims: Vec<ClaimChange>,
    pub sentences: Vec<SentenceChange>,
    pub summary: Summary,
    /// Which claim of A each claim of B continues (what history stores at record time).
    #[serde(skip)]
    pub lineage: Lineage,
}

/// One side of a diff: its sentences and claims.
pub struct Side<'a> {
    pub sentences: &'a [Sentence],
    pub claims: &'a [Claim],
}

impl<'a> Side<'a> {
    pub fn new(sentences: &'a [Sentence], claims: &'a [Claim]) -> Side<'a> {
        Side { sentences, claims }
    }
}

impl Summary {
    /// The counts of a diff's claims.
    fn count(claims: &[ClaimChange]) -> Summary {
        let mut s = Summary::default();
        for c in claims {
            match c.status() {
                Status::Unchanged => s.unchanged += 1,
                Status::Changed => s.changed += 1,
                Status::Added => s.added += 1,
                Status::Removed => s.removed += 1,
            }
        }
        s
    }
}

/// Diffs two sides in the given mode, with the default [`Weights`].
pub fn diff(a: &Side, b: &Side, mode: Mode) -> ClaimDiff {
    diff_with(a, b, mode, &Weights::DEFAULT)
}

/// The claim changes of two versions whose claims are already paired (`matched`: (older
/// index, newer index), as a stored lineage pairs them), classified and corrections marked as
/// [`diff`] does after it pairs them, without aligning and scoring again.
pub fn paired_claims(a: &Side, b: &Side, matched: &[(usize, usize)]) -> Vec<ClaimChange> {
    let w = &Weights::DEFAULT;
    let (mut claims, _) = classify::claims(a, b, matched, Mode::Versions, &w.bounds);
    corrections::mark(&mut claims, b.sentences, &w.context, &w.notice);
    claims
}

/// Diffs two sides in the given mode with the given weights: aligns the sentences, then
/// finds candidates, scores them, assigns partners, classifies every claim and marks
/// corrections.
pub(crate) fn diff_with(a: &Side, b: &Side, mode: Mode, w: &Weights) -> ClaimDiff {
    let sa: Vec<&str> = a.sentences.iter().map(|s| &*s.text).collect();
    let sb: Vec<&str> = b.sentences.iter().map(|s| &*s.text).collect();
    let pairs = align::align_with(&sa, &sb, &w.align);
    let sides = features::Sides::new(a, b, &pairs, mode, &w.context);
    let lookups = candidates::find(&sides, &w.candidates);
    let scored = score::score(&sides, &lookups, w);
    let matched = assign::assign(scored, a.claims.len(), b.claims.len(), &w.assign);
    let (mut claims, lineage) = classify::claims(a, b, &matched, mode, &w.bounds);
    if mode == Mode::Versions {
        corrections::mark(&mut claims, b.sentences, &w.context, &w.notice);
    }
    ClaimDiff {
        mode,
        summary: Summary::count(&claims),
        claims,
        sentences: classify::sentences(&pairs, &sa, &sb),
        lineage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    fn run(a: &str, b: &str, mode: Mode) -> ClaimDiff {
        let ex = Extractor::default();
        let (ea, eb) = (ex.extract_text(a), ex.extract_text(b));
        diff(
            &Side::new(&ea.sentences, &ea.claims),
            &Side::new(&eb.sentences, &eb.claims),
            mode,
        )
    }

    #[test]
    fn refinement_and_same_value_different_subject() {
        let d = run(
            "Mexico extradited more than 50 cartel leaders. A 25% tariff hit cars and a 25% tariff hit trucks.",
            "Mexico extradited 55 cartel leaders. A 25% tariff hit cars and a 30% tariff hit trucks.",
            Mode::Versions,
        );
        assert_eq!(
            d.summary,
            Summary {
                unchanged: 1,
                changed: 2,
                added: 0,
                removed: 0
            }
        );
        let ch: Vec<&ClaimChange> = d
            .claims
            .iter()
            .filter(|c| c.status() == Status::Changed)
            .collect();
        assert_eq!(ch[0].kind(), Some(Kind::Refinement));
        assert_eq!(ch[0].fields(), ["value", "qualifier"]);
        assert_eq!(ch[1].after().map(|c| c.value), Some(30.0));
        assert_eq!(ch[1].kind(), Some(Kind::Update));
        assert_eq!(ch[1].delta(), Some(5.0));
    }

    #[test]
    fn sources_speak_of_bounds() {
        let d = run(
            "Officials said more than 50 leaders were extradited.",
            "In all, 55 leaders were extradited, officials said.",
            Mode::Sources,
        );
        assert_eq!(d.summary.changed, 1);
        assert_eq!(d.claims[0].kind(), Some(Kind::AgreementWithinBounds));
    }

    /// The (before, after) values of a diff's changed claims and its summary counts.
    fn changed(d: &ClaimDiff) -> Vec<(f64, f64, Option<Kind>)> {
        d.claims
            .iter()
            .filter(|c| c.status() == Status::Changed)
            .map(|c| {
                (
                    c.before().unwrap().value,
                    c.after().unwrap().value,
                    c.kind(),
                )
            })
            .collect()
    }

    #[test]
    fn sources_pair_a_length_by_what_lasted_never_a_duration_of_another_scale() {
        let d = run(
            "The two presidents spoke by phone for 45 minutes. Washington will pause the tariffs for 30 days.",
            "The tariffs were put on hold for 30 days. Their conversation lasted 30 minutes, an official said.",
            Mode::Sources,
        );
        assert_eq!(changed(&d), vec![(45.0, 30.0, Some(Kind::Conflict))]);
        assert_eq!(
            (d.summary.unchanged, d.summary.added, d.summary.removed),
            (1, 0, 0)
        );
    }

    #[test]
    fn sources_pair_across_languages_by_translations() {
        let d = run(
            "El huracán tocó tierra con vientos de 205 kilómetros por hora.",
            "Hurricane Erick made landfall with winds of 215 km/h, forecasters said.",
            Mode::Sources,
        );
        assert_eq!(changed(&d), vec![(205.0, 215.0, Some(Kind::Conflict))]);
    }

    #[test]
    fn sources_find_one_subject_around_the_others_figure() {
        // A's subject is cut from the wrong words ("vecino del norte"); B names steel and
        // Mexico, as A's sentence does around its figure.
        let d = run(
            "México vendió acero por 3.000 millones de dólares a su vecino del norte el año pasado.",
            "Las exportaciones mexicanas de acero a Estados Unidos sumaron unos 3.200 millones de dólares.",
            Mode::Sources,
        );
        assert_eq!(
            changed(&d),
            vec![(3e9, 3.2e9, Some(Kind::AgreementWithinBounds))]
        );
    }

    #[test]
    fn claim_changes_serialise_to_the_contract_shape() {
        let d = run(
            "About 40 people died. The mayor spoke for 2 hours.",
            "At least 45 people died. A new bridge cost USD 3 million.",
            Mode::Versions,
        );
        let [changed, added, removed] = &d.claims[..] else {
            panic!("{:?}", d.claims);
        };
        let (before, after) = (changed.before().unwrap(), changed.after().unwrap());
        let inline = json(&changed.inline());
        assert_eq!(
            json(changed),
            format!(
                r#"{{"status":"changed","before":{},"after":{},"fields":["value","qualifier"],"delta":5.0,"delta_pct":12.5,"kind":"update","inline":{inline}}}"#,
                json(before),
                json(after)
            )
        );
        assert_eq!(
            json(added),
            format!(
                r#"{{"status":"added","after":{},"delta":null,"delta_pct":null}}"#,
                json(added.latest())
            )
        );
        assert_eq!(
            json(removed),
            format!(
                r#"{{"status":"removed","before":{},"delta":null,"delta_pct":null}}"#,
                json(removed.latest())
            )
        );
        let same = run(
            "About 40 people died.",
            "About 40 people died.",
            Mode::Versions,
        );
        let c = &same.claims[0];
        assert_eq!(
            json(c),
            format!(
                r#"{{"status":"unchanged","before":{},"after":{},"delta":null,"delta_pct":null}}"#,
                json(c.before().unwrap()),
                json(c.after().unwrap())
            )
        );
    }

    #[test]
    fn headline_repeat_leaves_the_headline_copy_over_not_the_body_figure() {
        let d = run(
            "Storm leaves 200,000 homes without power\n\nA winter storm left 200,000 homes without power across Ontario on Tuesday, the utility said.\n",
            "Ontario storm cuts power to homes\n\nAbout 200,000 homes lost power across Ontario on Tuesday as a winter storm hit, the utility said, and 1,500 crews were working.\n",
            Mode::Sources,
        );
        let fate = |status: Status| -> Vec<(usize, f64)> {
            d.claims
                .iter()
                .filter(|c| c.status() == status)
                .map(|c| (c.latest().sentence_index, c.latest().value))
                .collect()
        };
        // The body figures agree within bounds; the headline copy and the crews are left.
        assert_eq!(fate(Status::Changed), vec![(1, 200_000.0)]);
        assert_eq!(fate(Status::Removed), vec![(0, 200_000.0)]);
        assert_eq!(fate(Status::Added), vec![(1, 1_500.0)]);
    }

    /// A value as its compact JSON.
    fn json<T: Serialize + ?Sized>(v: &T) -> String {
        serde_json::to_string(v).unwrap()
    }
}
