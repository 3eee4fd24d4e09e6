//! The alert delivery ledger on PostgreSQL (schema/postgres/0003), as the SQLite store's
//! alerts.rs: claim changes queued for a notification target, whether they were delivered, and
//! each target's cursor.
//! Each write runs inside the caller's transaction.

use postgres::{GenericClient, Transaction};

use super::columns::{version_row, VERSION_COLS};
use crate::error::Result;
use crate::model::Version;
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

/// Moves each target's cursor to `version_id`, never back.
pub(super) fn advance(tx: &mut Transaction, targets: &[String], version_id: i64) -> Result<()> {
    for t in targets {
        tx.execute(
            "INSERT INTO alert_cursors (target, version_id) VALUES ($1, $2) \
             ON CONFLICT (target) DO UPDATE \
             SET version_id = greatest(alert_cursors.version_id, excluded.version_id)",
            &[t, &version_id],
        )?;
    }
    Ok(())
}

/// The target's cursor, started at the newest version when it has none.
pub(super) fn cursor(tx: &mut Transaction, target: &str) -> Result<i64> {
    let known = tx.query_opt(
        "SELECT version_id FROM alert_cursors WHERE target = $1",
        &[&target],
    )?;
    if let Some(row) = known {
        return Ok(row.get(0));
    }
    let newest: i64 = tx
        .query_one("SELECT coalesce(max(id), 0)::bigint FROM versions", &[])?
        .get(0);
    advance(tx, &[target.to_string()], newest)?;
    Ok(newest)
}

pub(super) fn versions_after(c: &mut impl GenericClient, id: i64) -> Result<Vec<Version>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE v.id > $1 ORDER BY v.id"
    );
    Ok(c.query(&sql, &[&id])?.iter().map(version_row).collect())
}

/// Deletes the rows of alerts delivered before `before`; pending rows stay.
pub(super) fn prune(tx: &mut Transaction, before: &str) -> Result<usize> {
    let n = tx.execute(
        "DELETE FROM alert_deliveries WHERE delivered_at IS NOT NULL AND delivered_at < $1",
        &[&before],
    )?;
    Ok(n as usize)
}
