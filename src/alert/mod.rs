//! Alerts: claim changes worth telling someone about, as JSON payloads delivered to a URL or a
//! command, each once, and as an Atom feed.
//!
//! A version stored with a diff against the version before it yields one [`ChangeAlert`] per
//! changed claim ([`alerts_of`]); an [`AlertFilter`] keeps the ones the user asked for (topics,
//! a minimum change, kinds, a direction). The [`Notifier`] queues them in the store's delivery
//! ledger and delivers what is pending ([`deliver`]: retries with exponential backoff, bounded
//! time per attempt), so a change is delivered once even across restarts. [`feed`] reads the
//! latest claim changes back from a store and writes them as Atom 1.0.
//!
//! Nothing here prints: delivery failures come back to the caller as values.

pub mod deliver;
pub mod feed;
mod notifier;

use serde::Serialize;

use crate::diff::{diff, paired_claims, ClaimChange, ClaimDiff, Kind, Mode, Side};
use crate::model::{Claim, Version};
use crate::store::Store;

pub use deliver::{Delivery, NotifyTarget};
pub use notifier::{FlushReport, Notifier, Undelivered};

/// Which way a changed value moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The value went up.
    Up,
    /// The value went down.
    Down,
}

impl Direction {
    /// The direction of its name (`up`, `down`).
    pub fn parse(s: &str) -> Option<Direction> {
        match s.trim().to_ascii_lowercase().as_str() {
            "up" => Some(Direction::Up),
            "down" => Some(Direction::Down),
            _ => None,
        }
    }
}

/// The kinds of claim change, by the names JSON gives them.
pub const KIND_NAMES: &[(&str, Kind)] = &[
    ("refinement", Kind::Refinement),
    ("update", Kind::Update),
    ("correction", Kind::Correction),
    ("agreement_within_bounds", Kind::AgreementWithinBounds),
    ("conflict", Kind::Conflict),
];

/// The kind of its JSON name (`update`, `correction`, ...).
pub fn parse_kind(s: &str) -> Option<Kind> {
    let s = s.trim().to_ascii_lowercase();
    KIND_NAMES.iter().find(|(n, _)| *n == s).map(|&(_, k)| k)
}

/// Which claim changes to notify; an empty or `None` field keeps everything.
#[derive(Debug, Clone, Default)]
pub struct AlertFilter {
    /// Lower-case topic names: the claim (before or after) must be on one of them.
    pub topics: Vec<String>,
    /// The value must have moved by at least this many percent (either way).
    pub min_change: Option<f64>,
    /// Only these kinds of change.
    pub kinds: Vec<Kind>,
    /// Only changes in this direction.
    pub direction: Option<Direction>,
}

impl AlertFilter {
    /// Whether `alert` is one the user asked for. A change without a percentage (units differ)
    /// never passes `min_change`; a change from 0 passes any.
    pub fn keeps(&self, alert: &ChangeAlert) -> bool {
        let on_topic = self.topics.is_empty()
            || alert
                .topics
                .iter()
                .any(|t| self.topics.iter().any(|w| w.eq_ignore_ascii_case(t)));
        let big_enough = match self.min_change {
            None => true,
            Some(min) => match (alert.delta_pct, alert.delta) {
                (Some(pct), _) => pct.abs() >= min,
                (None, Some(d)) => d != 0.0 && alert.before.value == 0.0,
                (None, None) => false,
            },
        };
        let kind = self.kinds.is_empty() || self.kinds.contains(&alert.kind);
        let direction = self.direction.is_none() || self.direction == alert.direction;
        on_topic && big_enough && kind && direction
    }
}

/// One changed claim of a new version: the JSON payload delivered and the feed's entry.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeAlert {
    /// Stable identity of the change ([`change_id`]).
    pub id: String,
    /// The article key.
    pub article: String,
    /// The source's name.
    pub source: String,
    /// The article's URL, when known.
    pub url: Option<String>,
    /// The new version's title, when known.
    pub title: Option<String>,
    /// The new version's number.
    pub version: u32,
    /// The number of the version it is compared with.
    pub previous_version: u32,
    /// The new version's time (RFC 3339).
    pub at: String,
    /// What sort of change it is.
    pub kind: Kind,
    /// Which way the value moved (`None`: same value, or units differ).
    pub direction: Option<Direction>,
    /// The fields of the figure that differ.
    pub fields: Vec<&'static str>,
    /// After minus before (`None` when the units differ).
    pub delta: Option<f64>,
    /// The delta as a percentage of before.
    pub delta_pct: Option<f64>,
    /// The topics of the claim, before and after.
    pub topics: Vec<String>,
    /// The claim in the version before.
    pub before: Claim,
    /// The claim in the new version.
    pub after: Claim,
}

/// The identity of the change to the claim at char offset `start` of `version`: the version's
/// store id, the start of its content hash (a store may reuse the id of a removed version; the
/// hash tells the new one apart) and the offset.
pub fn change_id(version: &Version, start: usize) -> String {
    let hash: String = version.content_hash.chars().take(8).collect();
    format!("{}-{hash}-{start}", version.id)
}

/// The alerts of one new version (`version`, compared with `previous` in `diff`): one per
/// changed claim, in reading order. Added and removed claims are not alerts.
pub fn alerts_of(
    version: &Version,
    previous: &Version,
    url: Option<&str>,
    diff: &ClaimDiff,
) -> Vec<ChangeAlert> {
    alerts_of_changes(version, previous, url, &diff.claims)
}

/// [`alerts_of`] from the claim changes of a diff (or of a stored lineage).
fn alerts_of_changes(
    version: &Version,
    previous: &Version,
    url: Option<&str>,
    changes: &[ClaimChange],
) -> Vec<ChangeAlert> {
    changes
        .iter()
        .filter_map(|c| match c {
            ClaimChange::Changed {
                before,
                after,
                fields,
                delta,
                delta_pct,
                kind,
                ..
            } => {
                let mut topics = after.topics.clone();
                for t in &before.topics {
                    if !topics.contains(t) {
                        topics.push(t.clone());
                    }
                }
                let direction = match delta {
                    Some(d) if *d > 0.0 => Some(Direction::Up),
                    Some(d) if *d < 0.0 => Some(Direction::Down),
                    _ => None,
                };
                Some(ChangeAlert {
                    id: change_id(version, after.start),
                    article: version.article.clone(),
                    source: version.source.clone(),
                    url: url.map(str::to_string),
                    title: version.title.clone(),
                    version: version.number,
                    previous_version: previous.number,
                    at: version.at().to_string(),
                    kind: *kind,
                    direction,
                    fields: fields.clone(),
                    delta: *delta,
                    delta_pct: *delta_pct,
                    topics,
                    before: before.clone(),
                    after: after.clone(),
                })
            }
            _ => None,
        })
        .collect()
}

/// The alerts of `after` against `before`, both read from `store` and diffed.
pub fn alerts_between(
    store: &dyn Store,
    before: &Version,
    after: &Version,
    url: Option<&str>,
) -> anyhow::Result<Vec<ChangeAlert>> {
    let (a, b) = (store.load(before)?, store.load(after)?);
    let d = diff(
        &Side::new(&a.sentences, &a.claims),
        &Side::new(&b.sentences, &b.claims),
        Mode::Versions,
    );
    Ok(alerts_of(after, before, url, &d))
}

/// The alerts of `after` against `before` as the store's lineage pairs their claims: nothing
/// is read when the lineage has no changed claim, and the versions are not diffed again (a
/// version whose lineage is not stored yet is diffed, as [`alerts_between`]).
pub fn stored_alerts(
    store: &dyn Store,
    before: &Version,
    after: &Version,
    url: Option<&str>,
) -> anyhow::Result<Vec<ChangeAlert>> {
    let Some(pairs) = store.claim_pairs(after)? else {
        return alerts_between(store, before, after, url);
    };
    if !pairs.iter().any(|&(_, _, changed)| changed) {
        return Ok(Vec::new());
    }
    let (a, b) = (store.load(before)?, store.load(after)?);
    let matched: Vec<(usize, usize)> = pairs.iter().map(|&(i, j, _)| (i, j)).collect();
    if matched
        .iter()
        .any(|&(i, j)| i >= a.claims.len() || j >= b.claims.len())
    {
        return alerts_between(store, before, after, url);
    }
    let changes = paired_claims(
        &Side::new(&a.sentences, &a.claims),
        &Side::new(&b.sentences, &b.claims),
        &matched,
    );
    Ok(alerts_of_changes(after, before, url, &changes))
}

#[cfg(test)]
mod tests;
