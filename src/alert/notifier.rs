//! The notifier: queues the alerts a filter keeps in the store's delivery ledger, one row per
//! target, and delivers what the ledger holds pending, oldest first. A change is queued once
//! (the ledger's key is the change and the target) and marked delivered as soon as a target
//! accepts it, so a restart neither loses nor repeats it.

use anyhow::Result;

use super::deliver::{deliver, Delivery, NotifyTarget};
use super::{AlertFilter, ChangeAlert};
use crate::record::RecordOutcome;
use crate::store::{AlertAttempt, QueuedAlert, Recorded, Store};

/// Queues and delivers alerts for a set of targets.
pub struct Notifier {
    store: Box<dyn Store>,
    filter: AlertFilter,
    targets: Vec<NotifyTarget>,
    delivery: Delivery,
}

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
        Notifier {
            store,
            filter,
            targets,
            delivery,
        }
    }

    /// Queues, for every target, the alerts of a recorded version that the filter keeps;
    /// returns how many were new to the ledger.
    pub fn queue_recorded(&mut self, outcome: &RecordOutcome, url: Option<&str>) -> Result<usize> {
        let (Recorded::Stored(version), Some((previous, diff))) =
            (&outcome.recorded, &outcome.diff)
        else {
            return Ok(0);
        };
        let alerts = super::alerts_of(version, previous, url, diff);
        self.queue(&alerts)
    }

    /// Queues, for every target, the alerts the filter keeps; returns how many were new.
    pub fn queue(&mut self, alerts: &[ChangeAlert]) -> Result<usize> {
        let queued_at = crate::time::now();
        let mut rows = Vec::new();
        for a in alerts.iter().filter(|a| self.filter.keeps(a)) {
            let payload = serde_json::to_string(a)?;
            for t in &self.targets {
                rows.push(QueuedAlert {
                    change: a.id.clone(),
                    target: t.ledger_name(),
                    payload: payload.clone(),
                    queued_at: queued_at.clone(),
                    attempts: 0,
                });
            }
        }
        if rows.is_empty() {
            return Ok(0);
        }
        Ok(self.store.queue_alerts(&rows)?)
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
