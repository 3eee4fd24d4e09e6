//! The alert delivery ledger (schema 0008): claim changes queued for a notification target,
//! and whether they were delivered. Each write is one transaction.

use rusqlite::{params, Connection, Transaction};

use crate::error::Result;
use crate::store::{AlertAttempt, QueuedAlert};

pub(super) fn queue(tx: &Transaction, alerts: &[QueuedAlert]) -> Result<usize> {
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO alert_deliveries (change_id, target, payload, queued_at) \
         VALUES (?, ?, ?, ?)",
    )?;
    let mut added = 0;
    for a in alerts {
        added += insert.execute(params![a.change, a.target, a.payload, a.queued_at])?;
    }
    Ok(added)
}

pub(super) fn pending(conn: &Connection, target: &str) -> Result<Vec<QueuedAlert>> {
    let mut stmt = conn.prepare_cached(
        "SELECT change_id, target, payload, queued_at, attempts FROM alert_deliveries \
         WHERE target = ? AND delivered_at IS NULL ORDER BY id",
    )?;
    let rows = stmt.query_map([target], |r| {
        Ok(QueuedAlert {
            change: r.get("change_id")?,
            target: r.get("target")?,
            payload: r.get("payload")?,
            queued_at: r.get("queued_at")?,
            attempts: r.get("attempts")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn settle(
    tx: &Transaction,
    change: &str,
    target: &str,
    attempt: &AlertAttempt,
) -> Result<()> {
    match attempt {
        AlertAttempt::Delivered(at) => tx.execute(
            "UPDATE alert_deliveries SET delivered_at = ?, last_error = NULL \
             WHERE change_id = ? AND target = ?",
            params![at, change, target],
        )?,
        AlertAttempt::Failed(error) => tx.execute(
            "UPDATE alert_deliveries SET attempts = attempts + 1, last_error = ? \
             WHERE change_id = ? AND target = ?",
            params![error, change, target],
        )?,
    };
    Ok(())
}
