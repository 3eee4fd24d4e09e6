//! Diff: the claim-level diff of two sides (two versions of one article, or two outlets'
//! stories). Sentences are aligned first ([`crate::align`]); each claim of A is then paired
//! with at most one claim of B by what it is about (subject stems, topics, unit family, the
//! aligned sentence and its place in it), never by position or value alone. Pairs are
//! classified as unchanged or changed (with the fields that differ, the delta, and the kind of
//! change); the rest are added or removed. Rendering lives in [`crate::render`].
//!
//! The engine runs in named steps, one module each, every tuning number in [`Weights`]:
//! [`candidates`] (which claims of B to compare with each claim of A), [`score`] (how well
//! each candidate pair matches), [`assign`] (one partner per claim), [`classify`] (what became
//! of each claim) and [`corrections`] (changes a correction notice bears on). [`features`]
//! holds what the steps compare claims by.

mod assign;
mod candidates;
mod classify;
mod corrections;
mod features;
mod score;
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

/// One claim's fate between the two sides.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimChange {
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Claim>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after: Option<Claim>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
    /// After minus before; null when the units differ (and on claims that did not change).
    pub delta: Option<f64>,
    pub delta_pct: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Word-level diff of the two sentences, when they differ.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub inline: Vec<InlineChange>,
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

impl ClaimChange {
    /// A claim on one side only, or a pair with the same figure: no fields, delta or kind.
    fn single(status: Status, before: Option<Claim>, after: Option<Claim>) -> ClaimChange {
        ClaimChange {
            status,
            before,
            after,
            fields: Vec::new(),
            delta: None,
            delta_pct: None,
            kind: None,
            inline: Vec::new(),
        }
    }
}

impl Summary {
    /// The counts of a diff's claims.
    fn count(claims: &[ClaimChange]) -> Summary {
        let mut s = Summary::default();
        for c in claims {
            match c.status {
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

/// Diffs two sides in the given mode with the given weights: aligns the sentences, then
/// finds candidates, scores them, assigns partners, classifies every claim and marks
/// corrections.
pub fn diff_with(a: &Side, b: &Side, mode: Mode, w: &Weights) -> ClaimDiff {
    let sa: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
    let sb: Vec<&str> = b.sentences.iter().map(|s| s.text.as_str()).collect();
    let pairs = align::align_with(&sa, &sb, &w.align);
    let sides = features::Sides::new(a, b, &pairs, mode, &w.context);
    let lookups = candidates::find(&sides, &w.candidates);
    let scored = score::score(&sides, &lookups, w);
    let matched = assign::assign(scored, a.claims.len(), b.claims.len(), mode, &w.assign);
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
            .filter(|c| c.status == Status::Changed)
            .collect();
        assert_eq!(ch[0].kind, Some(Kind::Refinement));
        assert_eq!(ch[0].fields, vec!["value", "qualifier"]);
        assert_eq!(ch[1].after.as_ref().unwrap().value, 30.0);
        assert_eq!(ch[1].kind, Some(Kind::Update));
        assert_eq!(ch[1].delta, Some(5.0));
    }

    #[test]
    fn sources_speak_of_bounds() {
        let d = run(
            "Officials said more than 50 leaders were extradited.",
            "In all, 55 leaders were extradited, officials said.",
            Mode::Sources,
        );
        assert_eq!(d.summary.changed, 1);
        assert_eq!(d.claims[0].kind, Some(Kind::AgreementWithinBounds));
    }
}
