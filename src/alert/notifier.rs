//! The notifier: queues the alerts a filter keeps in the store's delivery ledger, one row per
//! target, and delivers what the ledger holds pending, oldest first. A change is queued once
//! (the ledger's key is the change and the target) and marked delivered as soon as a target
//! accepts it, so a restart neither loses nor repeats it. Each target's cursor (the newest
//! version considered) lets a restart queue the changes of versions a stopped run recorded but
//! never queued ([`Notifier::catch_up`]).
//!
//! The ledger does not grow forever: rows delivered more than [`LEDGER_RETENTION_DAYS`] ago
//! are deleted when a run starts ([`Notifier::catch_up`]). That is safe because a change is
//! only ever queued for a target whose cursor is before its version (the cursor moves in the
//! same transaction as the queueing): a delivered row's change is never queued again for its
//! target, with or without the row.

use anyhow::Result;

use super::deliver::{deliver, Delivery, NotifyTarget};
use super::{AlertFilter, ChangeAlert};
use crate::record::RecordOutcome;
use crate::store::{AlertAttempt, QueuedAlert, Recorded, Store, VersionRef, Which};

/// Queues and delivers alerts for a set of targets.
pub struct Notifier {
    store: Box<dyn Store>,
    filter: AlertFilter,
    targets: Vec<NotifyTarget>,
    delivery: Delivery,
    /// Each target's cursor as last read or moved by this notifier (`None`: not read yet).
    cursors: Vec<Option<i64>>,
}

/// Delivered ledger rows older than this many days are deleted.
pub const LEDGER_RETENTION_DAYS: i64 = 30;

/// A delivery that failed every attempt (the alert stays pending for the next flush).
#[derive(Debug, Clone)]
pub struct Undelivered {
    /// The target's ledger name.
    pub target: String,
    /// The change's identity.
    pub change: String,
    /// Why the last attempt failed.
    pub error: String,
}

/// What one [`Notifier::flush`] did.
#[derive(Debug, Clone, Default)]
pub struct FlushReport {
    /// Alerts delivered.
    pub delivered: usize,
    /// Targets whose next pending alert could not be delivered.
    pub failed: Vec<Undelivered>,
    /// Alerts still pending after the flush, over every target.
    pub pending: usize,
}

impl Notifier {
    /// A notifier writing its ledger to `store`.
    pub fn new(
        store: Box<dyn Store>,
        filter: AlertFilter,
        targets: Vec<NotifyTarget>,
        delivery: Delivery,
    ) -> Notifier {
        let cursors = vec![None; targets.len()];
        Notifier {
            store,
            filter,
            targets,
            delivery,
            cursors,
        }
    }

    /// Queues, for every target, the alerts of a recorded version that the filter keeps;
    /// returns how many were new to the ledger.
    pub fn queue_recorded(&mut self, outcome: &RecordOutcome, url: Option<&str>) -> Result<usize> {
        let Recorded::Stored(version) = &outcome.recorded else {
            return Ok(0);
        };
        let alerts = match &outcome.diff {
            Some((previous, diff)) => super::alerts_of(version, previous, url, diff),
            None => Vec::new(),
        };
        self.queue(version.id, &alerts)
    }

    /// Queues the changes of the versions stored since the targets' cursors (versions a run
    /// recorded but stopped before queueing); returns how many alerts were new. A target seen
    /// for the first time starts at the newest version: nothing older is notified.
    pub fn catch_up(&mut self) -> Result<usize> {
        let cutoff = chrono::Utc::now() - chrono::Duration::days(LEDGER_RETENTION_DAYS);
        self.store
            .prune_alerts(&cutoff.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))?;
        let mut from = i64::MAX;
        for (i, t) in self.targets.iter().enumerate() {
            let cursor = self.store.alert_cursor(&t.ledger_name())?;
            self.cursors[i] = Some(cursor);
            from = from.min(cursor);
        }
        let mut added = 0;
        for version in self.store.versions_after(from)? {
            let alerts = match version.number.checked_sub(1).filter(|&n| n > 0) {
                Some(n) => {
                    let before = self.store.resolve(&VersionRef {
                        article: version.article.clone(),
                        which: Which::Number(n),
                    })?;
                    let url = self.store.input(&version)?.url;
                    super::alerts_between(&*self.store, &before, &version, url.as_deref())?
                }
                None => Vec::new(),
            };
            added += self.queue(version.id, &alerts)?;
        }
        Ok(added)
    }

    /// Queues, for every target whose cursor is before version `version_id`, the alerts of
    /// that version the filter keeps, and moves the targets' cursors to it; returns how many
    /// were new. A target already past it (another run with fewer targets moved it) gets
    /// nothing: it was queued for it then.
    fn queue(&mut self, version_id: i64, alerts: &[ChangeAlert]) -> Result<usize> {
        let queued_at = crate::time::now();
        let mut rows = Vec::new();
        let behind: Vec<&NotifyTarget> = self
            .targets
            .iter()
            .zip(&self.cursors)
            .filter(|(_, c)| c.is_none_or(|c| c < version_id))
            .map(|(t, _)| t)
            .collect();
        for a in alerts.iter().filter(|a| self.filter.keeps(a)) {
            let payload = serde_json::to_string(a)?;
            for t in &behind {
                rows.push(QueuedAlert {
                    change: a.id.clone(),
                    target: t.ledger_name(),
                    payload: payload.clone(),
                    queued_at: queued_at.clone(),
                    attempts: 0,
                });
            }
        }
        let targets: Vec<String> = self.targets.iter().map(|t| t.ledger_name()).collect();
        let added = self.store.queue_alerts(&targets, version_id, &rows)?;
        for c in &mut self.cursors {
            *c = Some(c.map_or(version_id, |c| c.max(version_id)));
        }
        Ok(added)
    }

    /// Delivers every pending alert, target by target, in the order they were queued. A
    /// target that fails every attempt for one alert is left alone until the next flush (its
    /// later alerts wait behind, so each target sees them in order).
    pub fn flush(&mut self) -> Result<FlushReport> {
        let mut report = FlushReport::default();
        for target in &self.targets {
            let name = target.ledger_name();
            let pending = self.store.pending_alerts(&name)?;
            let mut left = pending.len();
            for alert in &pending {
                match deliver(target, &alert.payload, &self.delivery) {
                    Ok(()) => {
                        let at = AlertAttempt::Delivered(crate::time::now());
                        self.store.settle_alert(&alert.change, &name, &at)?;
                        report.delivered += 1;
                        left -= 1;
                    }
                    Err(error) => {
                        let failed = AlertAttempt::Failed(error.clone());
                        self.store.settle_alert(&alert.change, &name, &failed)?;
                        report.failed.push(Undelivered {
                            target: name.clone(),
                            change: alert.change.clone(),
                            error,
                        });
                        break;
                    }
                }
            }
            report.pending += left;
        }
        Ok(report)
    }
}
