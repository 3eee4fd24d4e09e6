//! History: every claim on a topic across articles, versions and sources, oldest first, each
//! with its status against the claim before it in the same article (via the diff engine's
//! claim alignment), plus cross-outlet conflicts among figures of the same day.

use std::collections::{BTreeMap, HashMap};

use anyhow::Result;
use serde::Serialize;

use crate::diff::{self, Mode, Side, Status};
use crate::extract::Lexicon;
use crate::model::{Claim, Sentence, Version};
use crate::store::{ClaimFilter, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    New,
    Changed,
    Unchanged,
    Removed,
}

/// One line of a topic's timeline.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub article: String,
    pub source: String,
    pub version: u32,
    pub at: String,
    pub status: EntryStatus,
    pub claim: Claim,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous: Option<Claim>,
    /// Figures from other outlets on the same day that conflict with this one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
}

/// What to show.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub topic: String,
    pub source: Option<String>,
    pub article: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only changes of at least this many percent.
    pub min_change: Option<f64>,
    /// Show unchanged entries too.
    pub all: bool,
}

/// The timeline, or the topics to suggest when the query names none.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    pub topic: String,
    pub topics: Vec<String>,
    pub entries: Vec<Entry>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
}

/// Two versions' claims on a topic are the same figures in the same sentences.
fn same_claims(a: &[Claim], b: &[Claim]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.value == y.value
                && x.value_max == y.value_max
                && x.qualifier == y.qualifier
                && x.unit == y.unit
                && x.sentence == y.sentence
        })
}

/// Sentences rebuilt from claims, enough for the diff engine to align them.
fn sentences_of(claims: &[Claim]) -> Vec<Sentence> {
    let mut by_idx: BTreeMap<usize, &Claim> = BTreeMap::new();
    for c in claims {
        by_idx.entry(c.sentence_index).or_insert(c);
    }
    by_idx
        .values()
        .map(|c| Sentence {
            index: c.sentence_index,
            paragraph: 0,
            start: 0,
            end: 0,
            text: c.sentence.clone(),
            lang: Default::default(),
        })
        .collect()
}

/// Re-indexes claims so that `sentence_index` points into [`sentences_of`]'s list.
fn reindexed(claims: &[Claim]) -> (Vec<Sentence>, Vec<Claim>) {
    let sentences = sentences_of(claims);
    let pos: BTreeMap<usize, usize> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.index, i))
        .collect();
    let mut out = claims.to_vec();
    for c in out.iter_mut() {
        c.sentence_index = pos[&c.sentence_index];
    }
    let sentences = sentences
        .into_iter()
        .enumerate()
        .map(|(i, mut s)| {
            s.index = i;
            s
        })
        .collect();
    (sentences, out)
}

/// Builds the timeline of a topic.
pub fn history(store: &dyn Store, lexicon: &Lexicon, q: &Query) -> Result<History> {
    let topics = lexicon.resolve(&q.topic);
    if topics.is_empty() {
        let known: Vec<String> = store.topics()?.into_iter().map(|t| t.topic).collect();
        let folded = crate::text::fold(&q.topic);
        let mut scored: Vec<(f64, String)> = known
            .into_iter()
            .chain(lexicon.topics().cloned())
            .map(|t| (strsim::jaro_winkler(&folded, &t), t))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.dedup_by(|a, b| a.1 == b.1);
        return Ok(History {
            topic: q.topic.clone(),
            topics,
            entries: Vec::new(),
            suggestions: scored.into_iter().take(3).map(|(_, t)| t).collect(),
        });
    }
    // Statuses compare with the claim before, even when that lies before --since: the window
    // applies to the entries shown, not to the versions compared.
    let filter = ClaimFilter {
        topics: topics.clone(),
        source: q.source.clone(),
        article: q.article.clone(),
        since: None,
        until: q.until.clone(),
    };
    let rows = store.claims(&filter)?;
    // Group by article, then by version (rows come oldest first).
    let mut by_article: BTreeMap<String, Vec<(Version, Vec<Claim>)>> = BTreeMap::new();
    for r in rows {
        let list = by_article.entry(r.version.article.clone()).or_default();
        match list.last_mut() {
            Some((v, cs)) if v.id == r.version.id => cs.push(r.claim),
            _ => list.push((r.version, vec![r.claim])),
        }
    }
    let mut entries: Vec<Entry> = Vec::new();
    for (article, with_claims) in by_article {
        // Versions without topical claims matter too: their claims were removed.
        let mut all_versions = store.versions(&article)?;
        all_versions.retain(|v| q.until.as_deref().is_none_or(|u| v.at() <= u));
        let mut claims_of: BTreeMap<i64, Vec<Claim>> = BTreeMap::new();
        for (v, cs) in with_claims {
            claims_of.insert(v.id, cs);
        }
        let mut prev: Option<(Version, Vec<Claim>)> = None;
        for v in all_versions {
            let cur = claims_of.remove(&v.id).unwrap_or_default();
            let entry = |status, claim: &Claim, previous: Option<&Claim>| Entry {
                article: v.article.clone(),
                source: v.source.clone(),
                version: v.number,
                at: v.at().to_string(),
                status,
                claim: claim.clone(),
                previous: previous.cloned(),
                conflicts: Vec::new(),
            };
            match &prev {
                None => {
                    for c in &cur {
                        entries.push(entry(EntryStatus::New, c, None));
                    }
                }
                Some((_, before)) if same_claims(before, &cur) => {
                    // Nothing moved: every claim is unchanged, no alignment needed.
                    if q.all {
                        for (x, y) in before.iter().zip(&cur) {
                            entries.push(entry(EntryStatus::Unchanged, y, Some(x)));
                        }
                    }
                }
                Some((_, before)) => {
                    let (sa, ca) = reindexed(before);
                    let (sb, cb) = reindexed(&cur);
                    let d = diff::diff(&Side::new(&sa, &ca), &Side::new(&sb, &cb), Mode::Versions);
                    for ch in d.claims {
                        let (status, claim, previous) = match ch.status {
                            Status::Added => (EntryStatus::New, ch.after, None),
                            Status::Removed => (EntryStatus::Removed, ch.before, None),
                            Status::Changed => (EntryStatus::Changed, ch.after, ch.before),
                            Status::Unchanged => (EntryStatus::Unchanged, ch.after, ch.before),
                        };
                        if let Some(c) = claim {
                            // Restore the claim's own sentence index for output.
                            let original = cur
                                .iter()
                                .chain(before.iter())
                                .find(|x| x.start == c.start && x.surface == c.surface)
                                .cloned()
                                .unwrap_or(c);
                            entries.push(entry(status, &original, previous.as_ref()));
                        }
                    }
                }
            }
            if !cur.is_empty() || prev.is_some() {
                prev = Some((v.clone(), cur));
            }
        }
    }
    entries.sort_by(|a, b| {
        a.at.cmp(&b.at)
            .then(a.article.cmp(&b.article))
            .then(a.claim.start.cmp(&b.claim.start))
    });
    mark_conflicts(&mut entries);
    entries.retain(|e| q.since.as_deref().is_none_or(|s| e.at.as_str() >= s));
    entries.retain(|e| match q.min_change {
        Some(min) => {
            e.status == EntryStatus::Changed
                && e.previous.as_ref().is_some_and(|p| {
                    p.value != 0.0
                        && ((e.claim.value - p.value) / p.value.abs() * 100.0).abs() >= min
                })
        }
        None => q.all || e.status != EntryStatus::Unchanged,
    });
    Ok(History {
        topic: q.topic.clone(),
        topics,
        entries,
        suggestions: Vec::new(),
    })
}

/// Marks figures from different outlets on the same day, about the same thing, that disagree.
/// Entries are bucketed by day and unit first, so the comparison stays local.
fn mark_conflicts(entries: &mut [Entry]) {
    let mut buckets: HashMap<(String, Option<String>), Vec<usize>> = HashMap::new();
    for (i, e) in entries.iter().enumerate() {
        if e.status == EntryStatus::Removed || e.claim.key.is_empty() {
            continue;
        }
        let day = e.at.get(..10).unwrap_or("").to_string();
        buckets
            .entry((day, e.claim.unit.clone()))
            .or_default()
            .push(i);
    }
    for idx in buckets.values() {
        if idx.len() < 2 {
            continue;
        }
        for &i in idx {
            let mut found: Vec<String> = Vec::new();
            for &j in idx {
                let (a, b) = (&entries[i], &entries[j]);
                if a.source == b.source {
                    continue;
                }
                let shared = a
                    .claim
                    .key
                    .iter()
                    .filter(|k| b.claim.key.contains(k))
                    .count();
                let same_thing = shared * 2 >= a.claim.key.len().min(b.claim.key.len()).max(1);
                let differ =
                    a.claim.value != b.claim.value || a.claim.qualifier != b.claim.qualifier;
                if same_thing && differ {
                    let note = format!("{} says {}", b.source, b.claim.label);
                    if !found.contains(&note) {
                        found.push(note);
                    }
                }
            }
            entries[i].conflicts = found;
        }
    }
}
