//! The alert delivery ledger on PostgreSQL (schema/postgres/0003), as the SQLite store's
//! alerts.rs: claim changes queued for a notification target, and whether they were delivered.
//! Each write runs inside the caller's transaction.

use postgres::{GenericClient, Transaction};

use crate::error::Result;
use crate::store::{AlertAttempt, QueuedAlert};

pub(super) fn queue(tx: &mut Transaction, alerts: &[QueuedAlert]) -> Result<usize> {
    let insert = tx.prepare(
        "INSERT INTO alert_deliveries (change_id, target, payload, queued_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (target, change_id) DO NOTHING",
    )?;
    let mut added = 0;
    for a in alerts {
        added += tx.execute(&insert, &[&a.change, &a.target, &a.payload, &a.queued_at])?;
    }
    Ok(added as usize)
}

pub(super) fn pending(c: &mut impl GenericClient, target: &str) -> Result<Vec<QueuedAlert>> {
    let rows = c.query(
        "SELECT change_id, target, payload, queued_at, attempts FROM alert_deliveries \
         WHERE target = $1 AND delivered_at IS NULL ORDER BY id",
        &[&target],
    )?;
    Ok(rows
        .iter()
        .map(|r| QueuedAlert {
            change: r.get("change_id"),
            target: r.get("target"),
            payload: r.get("payload"),
            queued_at: r.get("queued_at"),
            attempts: r.get::<_, i32>("attempts").max(0) as u32,
        })
        .collect())
}

pub(super) fn settle(
    tx: &mut Transaction,
    change: &str,
    target: &str,
    attempt: &AlertAttempt,
) -> Result<()> {
    match attempt {
        AlertAttempt::Delivered(at) => tx.execute(
            "UPDATE alert_deliveries SET delivered_at = $1, last_error = NULL \
             WHERE change_id = $2 AND target = $3",
            &[at, &change, &target],
        )?,
        AlertAttempt::Failed(error) => tx.execute(
            "UPDATE alert_deliveries SET attempts = attempts + 1, last_error = $1 \
             WHERE change_id = $2 AND target = $3",
            &[error, &change, &target],
        )?,
    };
    Ok(())
}
