//! The schema: the migrations in `schema/NNNN_*.sql`, applied in order, each in the same
//! transaction as its `PRAGMA user_version` bump, and the connection settings every store
//! uses (WAL, foreign keys, `synchronous = NORMAL`).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Error, Result};

/// The migrations in `schema/`, in order. `PRAGMA user_version` counts how many are applied.
pub(super) const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../../schema/0001_init.sql")),
    (
        "0002_search",
        include_str!("../../../schema/0002_search.sql"),
    ),
    (
        "0003_topic_summary",
        include_str!("../../../schema/0003_topic_summary.sql"),
    ),
    (
        "0004_lineage",
        include_str!("../../../schema/0004_lineage.sql"),
    ),
    (
        "0005_stemmed_search",
        include_str!("../../../schema/0005_stemmed_search.sql"),
    ),
];

/// Sets the connection up (WAL, foreign keys) and brings the schema up to date.
pub(super) fn prepare(conn: &mut Connection, path: &Path) -> Result<()> {
    super::search::register(conn)?;
    // Switching a new database to WAL takes an exclusive lock that the busy handler does
    // not wait for; several processes creating one database at once retry here.
    let mut tries = 0;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => break,
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy && tries < 200 =>
            {
                tries += 1;
                std::thread::sleep(Duration::from_millis(10 + 5 * tries.min(20)));
            }
            Err(e) => return Err(e.into()),
        }
    }
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    migrate(conn, path)
}

/// The number of migrations applied to the database.
pub(super) fn version(conn: &Connection) -> Result<usize> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    Ok(v as usize)
}

/// Applies the migrations this database lacks, each in the same transaction as its
/// `user_version` bump; refuses a database from a newer claimdiff.
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let known = MIGRATIONS.len();
    let current = version(conn)?;
    if current > known {
        return Err(Error::SchemaTooNew {
            path: path.to_path_buf(),
            found: current,
            known,
        });
    }
    if current == known {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Another process may have migrated while we waited for the lock.
    let current = version(&tx)?;
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.execute_batch(sql)
            .map_err(|source| Error::Migration { name, source })?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    tx.commit()?;
    Ok(())
}
