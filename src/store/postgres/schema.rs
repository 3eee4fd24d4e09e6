//! The PostgreSQL schema: the migrations in `schema/postgres/NNNN_*.sql`, applied in order,
//! in one transaction with their rows in `claimdiff_migrations` (the table that tells a
//! claimdiff database from any other). Concurrent first opens queue on an advisory lock.

use std::path::PathBuf;

use postgres::{Client, GenericClient};

use crate::error::{Error, Result};

/// The migrations in `schema/postgres/`, in order.
pub(super) const MIGRATIONS: &[(&str, &str)] = &[
    (
        "0001_init",
        include_str!("../../../schema/postgres/0001_init.sql"),
    ),
    (
        "0002_search",
        include_str!("../../../schema/postgres/0002_search.sql"),
    ),
    (
        "0003_alerts",
        include_str!("../../../schema/postgres/0003_alerts.sql"),
    ),
    (
        "0004_read_indexes",
        include_str!("../../../schema/postgres/0004_read_indexes.sql"),
    ),
    (
        "0005_version_changes",
        include_str!("../../../schema/postgres/0005_version_changes.sql"),
    ),
    (
        "0006_store_meta",
        include_str!("../../../schema/postgres/0006_store_meta.sql"),
    ),
    (
        "0007_changed_from",
        include_str!("../../../schema/postgres/0007_changed_from.sql"),
    ),
];

/// The key of the advisory lock migrations hold ("claimdiff" in ASCII, as a number).
const MIGRATION_LOCK: i64 = 0x636c_6169_6d64_6966;

/// The table that records the migrations applied.
const LEDGER: &str = "CREATE TABLE IF NOT EXISTS claimdiff_migrations (\
     number INTEGER PRIMARY KEY, name TEXT NOT NULL, \
     applied_at TIMESTAMPTZ NOT NULL DEFAULT now())";

/// Whether the database has claimdiff's migration table.
fn has_ledger(c: &mut impl GenericClient) -> Result<bool> {
    let row = c.query_one(
        "SELECT to_regclass('claimdiff_migrations') IS NOT NULL AS present",
        &[],
    )?;
    Ok(row.get("present"))
}

/// The number of migrations applied (0 without the migration table).
pub(super) fn version(c: &mut impl GenericClient) -> Result<usize> {
    if !has_ledger(c)? {
        return Ok(0);
    }
    let row = c.query_one(
        "SELECT coalesce(max(number), 0) AS applied FROM claimdiff_migrations",
        &[],
    )?;
    Ok(row.get::<_, i32>("applied") as usize)
}

/// Checks that the database is claimdiff's (or empty, with `create`) and not from a newer
/// claimdiff, and applies the migrations it lacks. `shown` is the redacted URL for messages.
pub(super) fn prepare(client: &mut Client, shown: &str, create: bool) -> Result<()> {
    // The common case, without a lock: an up-to-date claimdiff database.
    if has_ledger(client)? && version(client)? == MIGRATIONS.len() {
        return Ok(());
    }
    // Otherwise decide under the migration lock, so that a process that is creating the
    // schema right now is waited for rather than mistaken for someone else's tables. The lock
    // is the session's, taken before the transaction begins, so that the transaction sees
    // (catalog caches included) what the process before it committed.
    client.execute("SELECT pg_advisory_lock($1)", &[&MIGRATION_LOCK])?;
    let done = migrate(client, shown, create);
    client.execute("SELECT pg_advisory_unlock($1)", &[&MIGRATION_LOCK])?;
    done
}

/// Creates the schema in an empty database (with `create`) or refuses it, and applies the
/// migrations it lacks, in one transaction; the caller holds the migration lock.
fn migrate(client: &mut Client, shown: &str, create: bool) -> Result<()> {
    let mut tx = client.transaction()?;
    if !has_ledger(&mut tx)? {
        let row = tx.query_one(
            "SELECT count(*) AS tables FROM pg_tables WHERE schemaname = current_schema()",
            &[],
        )?;
        if row.get::<_, i64>("tables") > 0 {
            return Err(Error::ForeignDatabase(shown.to_string()));
        }
        if !create {
            return Err(Error::NoDatabase(PathBuf::from(shown)));
        }
        tx.batch_execute(LEDGER)?;
    }
    let current = version(&mut tx)?;
    if current > MIGRATIONS.len() {
        return Err(Error::SchemaTooNew {
            path: PathBuf::from(shown),
            found: current,
            known: MIGRATIONS.len(),
        });
    }
    super::meta::before_migrations(&mut tx)?;
    for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current) {
        tx.batch_execute(sql).map_err(|e| {
            Error::Postgres(format!("applying migration {name}: {}", super::reason(&e)))
        })?;
        tx.execute(
            "INSERT INTO claimdiff_migrations (number, name) VALUES ($1, $2)",
            &[&((i + 1) as i32), name],
        )?;
    }
    tx.commit()?;
    Ok(())
}
