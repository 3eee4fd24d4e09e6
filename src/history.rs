//! History: every claim on a topic across articles, versions and sources, oldest first, each
//! with its status against the claim before it in the same article, plus cross-outlet conflicts
//! among figures of the same day. Statuses come from the diff engine's claim alignment
//! ([`lineage`]), computed once when a version is stored; a query only reads them back.

use std::collections::HashMap;

use anyhow::Result;
use serde::Serialize;

use crate::diff::{self, Mode, Side};
use crate::extract::Lexicon;
use crate::model::{Claim, Lineage, Sentence};
use crate::store::{Store, TimelineQuery};

pub use crate::model::ClaimStatus as EntryStatus;

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

/// What to show: a topic as the user named it, and which of its timeline entries.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The topic as given (any of its names or terms, in either language).
    pub topic: String,
    /// Source, article, time window, minimum change, `all` and limit. Its `topics` are left
    /// empty: [`history`] fills them with the topic names `topic` resolves to.
    pub window: TimelineQuery,
}

/// The timeline, or the topics to suggest when the query names none.
#[derive(Debug, Clone, Serialize)]
pub struct History {
    pub topic: String,
    pub topics: Vec<String>,
    pub entries: Vec<Entry>,
    /// How many entries matched; more than `entries.len()` when the limit cut older ones.
    pub total: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<String>,
    /// The query's filters as the user gave them ("--since 2024-01-01"), so that an empty
    /// timeline can say what narrowed it; the command fills them, the JSON leaves them out.
    #[serde(skip)]
    pub filters: Vec<String>,
}

/// The lineage of a version's claims from the version before, by the diff engine's claim
/// alignment: what the store keeps so that history never diffs at query time.
pub fn lineage(
    before_sentences: &[Sentence],
    before: &[Claim],
    after_sentences: &[Sentence],
    after: &[Claim],
) -> Lineage {
    diff::diff(
        &Side::new(before_sentences, before),
        &Side::new(after_sentences, after),
        Mode::Versions,
    )
    .lineage
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
            total: 0,
            suggestions: scored.into_iter().take(3).map(|(_, t)| t).collect(),
            filters: Vec::new(),
        });
    }
    // Statuses were stored with each version (against the version before it, even when that
    // lies before --since): the query only reads them.
    let t = store.timeline(&TimelineQuery {
        topics: topics.clone(),
        ..q.window.clone()
    })?;
    let mut entries: Vec<Entry> = t
        .entries
        .into_iter()
        .map(|e| Entry {
            at: e.version.at().to_string(),
            article: e.version.article,
            source: e.version.source,
            version: e.version.number,
            status: e.status,
            claim: e.claim,
            previous: e.previous,
            conflicts: Vec::new(),
        })
        .collect();
    entries.sort_by(|a, b| {
        a.at.cmp(&b.at)
            .then(a.article.cmp(&b.article))
            .then(a.claim.start.cmp(&b.claim.start))
    });
    mark_conflicts(&mut entries);
    Ok(History {
        topic: q.topic.clone(),
        topics,
        entries,
        total: t.total,
        suggestions: Vec::new(),
        filters: Vec::new(),
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
