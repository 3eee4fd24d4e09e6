//! Diff: the claim-level diff of two sides (two versions of one article, or two outlets'
//! stories). Sentences are aligned first ([`crate::align`]); each claim of A is then paired
//! with at most one claim of B by what it is about (subject stems, topics, unit family, the
//! aligned sentence and its place in it), never by position or value alone. Pairs are
//! classified as unchanged or changed (with the fields that differ, the delta, and the kind of
//! change); the rest are added or removed. Rendering lives in [`crate::render`].

use std::collections::HashMap;

use serde::Serialize;

use crate::align::{self, InlineChange, SentencePair, SentenceStatus};
use crate::extract::is_correction_notice;
use crate::extract::subject::is_stopword;
use crate::model::{Claim, Lineage, Qualifier, Sentence};

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

/// Which family a unit belongs to: a claim only pairs with one of the same family.
fn unit_family(u: Option<&str>) -> &'static str {
    match u {
        None => "count",
        Some("percent" | "percentage point" | "basis point") => "percent",
        Some(
            "year" | "month" | "week" | "day" | "hour" | "minute" | "second" | "decade" | "century",
        ) => "time",
        Some("km" | "mile" | "m" | "cm" | "mm" | "foot" | "inch" | "yard") => "length",
        Some("kg" | "g" | "lb" | "ton" | "ounce" | "mg") => "mass",
        Some(u) if u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) => "money",
        Some("cent") => "money",
        Some(_) => "other",
    }
}

/// The interval of values a claim allows.
fn bounds(c: &Claim) -> (f64, f64, bool, bool) {
    // (low, high, low_open, high_open)
    let v = c.value;
    let hi = c.value_max.unwrap_or(v);
    match c.qualifier {
        Qualifier::Exact => (v, hi, false, false),
        Qualifier::Approx => (v * 0.9, hi * 1.1, false, false),
        Qualifier::MoreThan => (hi, f64::INFINITY, true, false),
        Qualifier::AtLeast => (v, f64::INFINITY, false, false),
        Qualifier::LessThan => (f64::NEG_INFINITY, v, false, true),
        Qualifier::AtMost => (f64::NEG_INFINITY, hi, false, false),
    }
}

fn within(x: &Claim, outer: &Claim) -> bool {
    let (lo, hi, lo_open, hi_open) = bounds(outer);
    let (xl, xh, _, _) = bounds(x);
    let above = if lo_open { xl > lo } else { xl >= lo };
    let below = if hi_open { xh < hi } else { xh <= hi };
    above && below
}

fn overlap(a: &Claim, b: &Claim) -> bool {
    let (al, ah, _, _) = bounds(a);
    let (bl, bh, _, _) = bounds(b);
    let lo = al.max(bl);
    let hi = ah.min(bh);
    if lo < hi {
        return true;
    }
    // Touching ends count only when both ends are closed (exact 50 vs at least 50).
    lo == hi && (within(a, b) || within(b, a))
}

/// Shared subject words over the shorter subject (at least two words long, so that one shared
/// word is never full agreement).
fn key_overlap(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|k| b.contains(k)).count();
    inter as f32 / a.len().min(b.len()).max(2) as f32
}

/// Stemmed content words around a claim in its sentence (up to ten words each side): what
/// tells two independently written sentences about the same figure apart from the rest.
fn context(c: &Claim) -> Vec<String> {
    let pos = c.sentence.find(&c.surface).unwrap_or(0);
    let before: Vec<&str> = c.sentence[..pos]
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let after: Vec<&str> = c.sentence[(pos + c.surface.len()).min(c.sentence.len())..]
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let content = |w: &&&str| {
        let lw = w.to_lowercase();
        lw.len() >= 3 && !is_stopword(&lw) && !lw.chars().all(|c| c.is_ascii_digit())
    };
    let mut out: Vec<String> = Vec::new();
    for w in before
        .iter()
        .rev()
        .filter(content)
        .take(10)
        .chain(after.iter().filter(content).take(10))
    {
        let s = crate::text::stem(&w.to_lowercase(), crate::model::Lang::En);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

fn dice(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|k| b.contains(k)).count();
    2.0 * inter as f32 / (a.len() + b.len()) as f32
}

/// Candidates scored per claim at most, outside its own aligned sentence.
const MAX_CANDIDATES: usize = 200;

/// Sides up to this many claims are paired by an optimal assignment (Kuhn–Munkres, cubic);
/// larger ones greedily, best score first.
const MAX_OPTIMAL: usize = 300;

/// Best-first pairing: each claim takes its best free partner.
fn greedy_pairs(mut scored: Vec<(f32, usize, usize)>, na: usize, nb: usize) -> Vec<(usize, usize)> {
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut a_used = vec![false; na];
    let mut b_used = vec![false; nb];
    let mut out = Vec::new();
    for (_, i, j) in scored {
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
/// a truer one.
fn optimal_pairs(scored: &[(f32, usize, usize)], na: usize, nb: usize) -> Vec<(usize, usize)> {
    use pathfinding::prelude::{kuhn_munkres, Matrix};
    if scored.is_empty() {
        return Vec::new();
    }
    // Rows must not outnumber columns: transpose when A is the longer side.
    let flip = na > nb;
    let (rows, cols) = if flip { (nb, na) } else { (na, nb) };
    let mut m = Matrix::new(rows, cols, 0i64);
    for &(s, i, j) in scored {
        let (r, c) = if flip { (j, i) } else { (i, j) };
        m[(r, c)] = (s * 1000.0).round() as i64;
    }
    let (_, assignment) = kuhn_munkres(&m);
    assignment
        .into_iter()
        .enumerate()
        .filter(|&(r, c)| m[(r, c)] > 0)
        .map(|(r, c)| if flip { (c, r) } else { (r, c) })
        .collect()
}

/// A claim's key with its topics added, so that "tariff" and "levy" meet through `tariffs`.
fn with_topics(c: &Claim) -> Vec<String> {
    let mut k = c.key.clone();
    k.extend(c.topics.iter().map(|t| format!("#{t}")));
    k
}

/// How close two figures are: 1 when equal, the ratio of the smaller to the larger otherwise.
fn closeness(a: &Claim, b: &Claim) -> f32 {
    let (x, y) = (a.value.abs(), b.value.abs());
    if x == y {
        return 1.0;
    }
    if x == 0.0 || y == 0.0 || a.value.signum() != b.value.signum() {
        return 0.0;
    }
    (x.min(y) / x.max(y)) as f32
}

/// How many claims of the same sentence come before this one (its place in the sentence).
fn places(claims: &[Claim]) -> Vec<usize> {
    let mut count: HashMap<usize, usize> = HashMap::new();
    claims
        .iter()
        .map(|c| {
            let n = count.entry(c.sentence_index).or_default();
            *n += 1;
            *n - 1
        })
        .collect()
}

/// Diffs two sides in the given mode.
pub fn diff(a: &Side, b: &Side, mode: Mode) -> ClaimDiff {
    let sa: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
    let sb: Vec<&str> = b.sentences.iter().map(|s| s.text.as_str()).collect();
    let pairs = align::align(&sa, &sb);
    // Sentence of A → (sentences of B, similarity).
    let mut a_to_b: HashMap<usize, (&SentencePair, f32)> = HashMap::new();
    for p in &pairs {
        for &i in &p.a {
            a_to_b.insert(i, (p, p.similarity));
        }
    }
    let corrections: Vec<&str> = if mode == Mode::Versions {
        b.sentences
            .iter()
            .map(|s| s.text.as_str())
            .filter(|t| is_correction_notice(t))
            .collect()
    } else {
        Vec::new()
    };

    // Candidate pairs with scores; claims index by key stem to bound the work.
    let mut by_stem: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (j, c) in b.claims.iter().enumerate() {
        for k in &c.key {
            by_stem.entry(k.as_str()).or_default().push(j);
        }
        by_sentence.entry(c.sentence_index).or_default().push(j);
    }
    let ctx_a: Vec<Vec<String>> = a.claims.iter().map(context).collect();
    let ctx_b: Vec<Vec<String>> = b.claims.iter().map(context).collect();
    // Independently written stories rarely share sentences: compare every claim of the same
    // unit family when the sides are small enough, else those sharing a context word.
    let all_pairs = mode == Mode::Sources || a.claims.len() * b.claims.len() <= 10_000;
    let mut by_ctx: HashMap<&str, Vec<usize>> = HashMap::new();
    if !all_pairs {
        for (j, ctx) in ctx_b.iter().enumerate() {
            for w in ctx {
                by_ctx.entry(w.as_str()).or_default().push(j);
            }
        }
    }
    let places_a = places(a.claims);
    let places_b = places(b.claims);
    // seen[j] == i + 1 when claim j of B is already a candidate for claim i of A.
    let mut seen = vec![0usize; b.claims.len()];
    // Claims of B already paired with their twin in an identical sentence.
    let mut twinned = vec![false; b.claims.len()];
    let mut scored: Vec<(f32, usize, usize)> = Vec::new();
    for (i, ca) in a.claims.iter().enumerate() {
        let aligned = a_to_b
            .get(&ca.sentence_index)
            .filter(|(p, _)| !p.b.is_empty());
        // An identical sentence (in place or moved) carries the same claim at the same place:
        // that pair is certain, and no other candidate needs scoring.
        if let Some((p, _)) = aligned {
            if matches!(p.status, SentenceStatus::Unchanged | SentenceStatus::Moved) {
                let twin = by_sentence
                    .get(&p.b[0])
                    .into_iter()
                    .flatten()
                    .copied()
                    .find(|&j| places_b[j] == places_a[i] && b.claims[j].surface == ca.surface);
                if let Some(j) = twin {
                    scored.push((2.0, i, j));
                    twinned[j] = true;
                    continue;
                }
            }
        }
        let mut cands: Vec<usize> = Vec::new();
        if let Some((p, _)) = aligned {
            for s in &p.b {
                for &j in by_sentence.get(s).into_iter().flatten() {
                    seen[j] = i + 1;
                    cands.push(j);
                }
            }
        }
        if all_pairs {
            cands = (0..b.claims.len()).collect();
        } else {
            for k in ca.key.iter().chain(ctx_a[i].iter()) {
                for &j in by_stem
                    .get(k.as_str())
                    .into_iter()
                    .chain(by_ctx.get(k.as_str()))
                    .flatten()
                    .take(32)
                {
                    if seen[j] != i + 1 && !twinned[j] {
                        seen[j] = i + 1;
                        cands.push(j);
                    }
                }
                if cands.len() >= MAX_CANDIDATES {
                    break;
                }
            }
        }
        let pa = places_a[i];
        for j in cands {
            let cb = &b.claims[j];
            if unit_family(ca.unit.as_deref()) != unit_family(cb.unit.as_deref()) {
                continue;
            }
            let same_sentence = aligned.is_some_and(|(p, _)| p.b.contains(&cb.sentence_index));
            let ko = key_overlap(&ca.key, &cb.key);
            let shared_topic = ca.topics.iter().any(|t| cb.topics.contains(t));
            let same_value =
                ca.value == cb.value && ca.value_max == cb.value_max && ca.unit == cb.unit;
            let cd = dice(&ctx_a[i], &ctx_b[j]);
            let mut score = 0.45 * ko + 0.35 * cd;
            if same_sentence {
                let sim = aligned.map_or(0.0, |(_, s)| *s);
                score += 0.25 + 0.15 * sim;
                if places_b[j] == pa {
                    score += 0.15;
                }
            }
            if shared_topic {
                score += 0.05;
            }
            if same_value {
                score += 0.12;
            } else if overlap(ca, cb) {
                score += 0.06;
            }
            if ca.attribution.is_some() && ca.attribution == cb.attribution {
                score += 0.03;
            }
            // Without the same sentence, a pair needs a real overlap of what it is about. Two
            // outlets' independent stories are paired on topic, context and closeness of figures.
            let distinctive = ca.value.abs() > 10.0 || ca.unit.is_some() || ca.value.fract() != 0.0;
            let plausible = if same_sentence {
                score >= 0.3
            } else if mode == Mode::Sources {
                let close = closeness(ca, cb);
                score = 0.35 * key_overlap(&with_topics(ca), &with_topics(cb))
                    + 0.25 * cd
                    + 0.25 * close
                    + if shared_topic { 0.15 } else { 0.0 }
                    // The very same figure, when it is not a small everyday count, is evidence
                    // of its own that two outlets report the same thing.
                    + if same_value && distinctive {
                        0.1
                    } else {
                        0.0
                    };
                (ko > 0.0
                    || cd >= 0.15
                    || shared_topic && close >= 0.8
                    || same_value && distinctive)
                    && score >= 0.3
            } else {
                (ko >= 0.5 || cd >= 0.3) && score >= 0.3
            };
            if plausible {
                scored.push((score, i, j));
            }
        }
    }
    let matched = if mode == Mode::Sources && a.claims.len().max(b.claims.len()) <= MAX_OPTIMAL {
        optimal_pairs(&scored, a.claims.len(), b.claims.len())
    } else {
        greedy_pairs(scored, a.claims.len(), b.claims.len())
    };
    let mut a_used = vec![false; a.claims.len()];
    let mut b_used = vec![false; b.claims.len()];
    let mut lineage = Lineage::first(b.claims.len());
    for &(i, j) in &matched {
        a_used[i] = true;
        b_used[j] = true;
        lineage.previous[j] = Some((i, !same_figure(&a.claims[i], &b.claims[j])));
    }
    lineage.removed = (0..a.claims.len()).filter(|&i| !a_used[i]).collect();

    let mut claims: Vec<ClaimChange> = Vec::new();
    let mut summary = Summary::default();
    for (i, j) in matched {
        let (ca, cb) = (&a.claims[i], &b.claims[j]);
        let mut fields = Vec::new();
        if ca.value != cb.value {
            fields.push("value");
        }
        if ca.value_max != cb.value_max {
            fields.push("value_max");
        }
        if ca.qualifier != cb.qualifier {
            fields.push("qualifier");
        }
        if ca.unit != cb.unit {
            fields.push("unit");
        }
        let inline = if ca.sentence != cb.sentence {
            align::inline(&ca.sentence, &cb.sentence)
        } else {
            Vec::new()
        };
        if fields.is_empty() {
            summary.unchanged += 1;
            claims.push(ClaimChange {
                status: Status::Unchanged,
                before: Some(ca.clone()),
                after: Some(cb.clone()),
                fields,
                delta: None,
                delta_pct: None,
                kind: None,
                inline: Vec::new(),
            });
            continue;
        }
        summary.changed += 1;
        let delta = (ca.unit == cb.unit).then_some(cb.value - ca.value);
        let delta_pct = delta.and_then(|d| (ca.value != 0.0).then(|| d / ca.value.abs() * 100.0));
        let kind = match mode {
            Mode::Sources => {
                if ca.unit == cb.unit && overlap(ca, cb) {
                    Kind::AgreementWithinBounds
                } else {
                    Kind::Conflict
                }
            }
            Mode::Versions => {
                if ca.unit == cb.unit && within(cb, ca) {
                    Kind::Refinement
                } else {
                    Kind::Update
                }
            }
        };
        claims.push(ClaimChange {
            status: Status::Changed,
            before: Some(ca.clone()),
            after: Some(cb.clone()),
            fields,
            delta,
            delta_pct,
            kind: Some(kind),
            inline,
        });
    }
    for (i, c) in a.claims.iter().enumerate() {
        if !a_used[i] {
            summary.removed += 1;
            claims.push(ClaimChange {
                status: Status::Removed,
                before: Some(c.clone()),
                after: None,
                fields: Vec::new(),
                delta: None,
                delta_pct: None,
                kind: None,
                inline: Vec::new(),
            });
        }
    }
    for (j, c) in b.claims.iter().enumerate() {
        if !b_used[j] {
            summary.added += 1;
            claims.push(ClaimChange {
                status: Status::Added,
                before: None,
                after: Some(c.clone()),
                fields: Vec::new(),
                delta: None,
                delta_pct: None,
                kind: None,
                inline: Vec::new(),
            });
        }
    }
    // A correction notice bears on the changed claims it points to most clearly (a notice
    // usually corrects one figure): those become corrections.
    if !corrections.is_empty() {
        let scores: Vec<u32> = claims
            .iter()
            .map(|c| match (&c.before, &c.after, c.status) {
                (Some(b), Some(a), Status::Changed) => corrections
                    .iter()
                    .map(|n| bearing(n, b, a))
                    .max()
                    .unwrap_or(0),
                _ => 0,
            })
            .collect();
        let best = scores.iter().copied().max().unwrap_or(0);
        if best > 0 {
            for (c, s) in claims.iter_mut().zip(scores) {
                if s == best {
                    c.kind = Some(Kind::Correction);
                }
            }
        }
    }
    // Changes first, in reading order of the newer side.
    claims.sort_by_key(|c| {
        let rank = match c.status {
            Status::Changed => 0,
            Status::Added => 1,
            Status::Removed => 2,
            Status::Unchanged => 3,
        };
        let pos = c
            .after
            .as_ref()
            .or(c.before.as_ref())
            .map_or(0, |x| x.start);
        (rank, pos)
    });
    let sentences = pairs
        .iter()
        .map(|p| {
            let before: Vec<String> = p.a.iter().map(|&i| sa[i].to_string()).collect();
            let after: Vec<String> = p.b.iter().map(|&j| sb[j].to_string()).collect();
            let inline = if matches!(
                p.status,
                SentenceStatus::Edited | SentenceStatus::Split | SentenceStatus::Merged
            ) {
                align::inline(&before.join(" "), &after.join(" "))
            } else {
                Vec::new()
            };
            SentenceChange {
                status: p.status,
                before,
                after,
                inline,
                similarity: p.similarity,
            }
        })
        .collect();
    ClaimDiff {
        mode,
        claims,
        sentences,
        summary,
        lineage,
    }
}

/// Two paired claims state the same figure: value, range, qualifier and unit all agree.
fn same_figure(a: &Claim, b: &Claim) -> bool {
    a.value == b.value
        && a.value_max == b.value_max
        && a.qualifier == b.qualifier
        && a.unit == b.unit
}

/// How clearly a correction notice points to this change: it quotes one of the figures (3),
/// names the claim's subject (2), shares words with its sentence (1 each, up to 2), or speaks of
/// its unit or currency (1). Zero when it does not bear on it at all.
fn bearing(notice: &str, before: &Claim, after: &Claim) -> u32 {
    let folded = crate::text::fold(notice);
    let figure = |v: f64| folded.contains(&format!("{v}"));
    let mut score = 0;
    if figure(before.value) || figure(after.value) {
        score += 3;
    }
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2 && !is_stopword(w))
        .flat_map(crate::text::stems_any)
        .collect();
    let hit = |k: &String| words.contains(k);
    if after.key.iter().any(hit) {
        score += 2;
    }
    score += context(after).iter().filter(|k| hit(k)).count().min(2) as u32;
    let unit_words: &[&str] = match unit_family(after.unit.as_deref()) {
        "money" => &[
            "currenc", "moneda", "divisa", "dollar", "dolar", "peso", "euro",
        ],
        "percent" => &["percent", "percentag", "point", "porcentaj", "punto"],
        "count" => &[],
        _ => &["unit", "unidad"],
    };
    let unit_named = unit_words
        .iter()
        .any(|u| words.iter().any(|w| w.starts_with(u)))
        || after
            .unit
            .as_deref()
            .is_some_and(|u| folded.contains(&u.to_lowercase()));
    if unit_named && before.unit != after.unit {
        score += 2;
    } else if unit_named {
        score += 1;
    }
    score
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
