//! The alert delivery ledger (schema 0008): claim changes queued for a notification target,
//! whether they were delivered, and each target's cursor (the newest version considered).
//! Each write runs inside the caller's transaction.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::columns::{version_row, VERSION_COLS};
use crate::error::Result;
use crate::model::Version;
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

/// Moves each target's cursor to `version_id`, never back.
pub(super) fn advance(tx: &Transaction, targets: &[String], version_id: i64) -> Result<()> {
    let mut upsert = tx.prepare_cached(
        "INSERT INTO alert_cursors (target, version_id) VALUES (?, ?) \
         ON CONFLICT (target) DO UPDATE SET version_id = max(version_id, excluded.version_id)",
    )?;
    for t in targets {
        upsert.execute(params![t, version_id])?;
    }
    Ok(())
}

/// The target's cursor, started at the newest version when it has none.
pub(super) fn cursor(tx: &Transaction, target: &str) -> Result<i64> {
    let known: Option<i64> = tx
        .prepare_cached("SELECT version_id FROM alert_cursors WHERE target = ?")?
        .query_row([target], |r| r.get(0))
        .optional()?;
    if let Some(id) = known {
        return Ok(id);
    }
    let newest: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM versions", [], |r| {
        r.get(0)
    })?;
    advance(tx, &[target.to_string()], newest)?;
    Ok(newest)
}

pub(super) fn versions_after(conn: &Connection, id: i64) -> Result<Vec<Version>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE v.id > ? ORDER BY v.id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([id], version_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Deletes the rows of alerts delivered before `before`; pending rows stay.
pub(super) fn prune(tx: &Transaction, before: &str) -> Result<usize> {
    Ok(tx.execute(
        "DELETE FROM alert_deliveries WHERE delivered_at IS NOT NULL AND delivered_at < ?",
        [before],
    )?)
}
