//! The schema: the migrations in `schema/NNNN_*.sql`, applied in order, each in the same
//! transaction as its `PRAGMA user_version` bump, and the connection settings every store
//! uses (WAL, foreign keys, `synchronous = NORMAL`).

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

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
    (
        "0006_harden",
        include_str!("../../../schema/0006_harden.sql"),
    ),
    (
        "0007_compact",
        include_str!("../../../schema/0007_compact.sql"),
    ),
    (
        "0008_alerts",
        include_str!("../../../schema/0008_alerts.sql"),
    ),
    (
        "0009_article_times",
        include_str!("../../../schema/0009_article_times.sql"),
    ),
    (
        "0010_stems_trigger",
        include_str!("../../../schema/0010_stems_trigger.sql"),
    ),
    (
        "0011_slim_timeline",
        include_str!("../../../schema/0011_slim_timeline.sql"),
    ),
    (
        "0012_version_changes",
        include_str!("../../../schema/0012_version_changes.sql"),
    ),
    (
        "0013_store_meta",
        include_str!("../../../schema/0013_store_meta.sql"),
    ),
    (
        "0014_compact_rows",
        include_str!("../../../schema/0014_compact_rows.sql"),
    ),
    (
        "0015_claim_ranges",
        include_str!("../../../schema/0015_claim_ranges.sql"),
    ),
    (
        "0016_changed_from",
        include_str!("../../../schema/0016_changed_from.sql"),
    ),
];

/// claimdiff's `PRAGMA application_id` ("ClDf"), set by migration 0006: a file that carries it
/// is claimdiff's whatever else it holds.
pub(super) const APPLICATION_ID: i64 = 0x436c_4466;

/// What a database file holds, as far as claimdiff is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// Nothing yet (a 0-byte file, or SQLite without any table): a store may be created in it.
    Empty,
    /// A claimdiff database with every migration this build knows.
    Current,
    /// A claimdiff database from an older claimdiff (migrations to apply).
    Older,
}

/// How many prepared statements a connection keeps (every statement of the write path).
const STATEMENT_CACHE: usize = 128;

/// How long a connection waits for another process's lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// Opens `path` read-only: a read command writes nothing, not even the WAL switch. In a
/// directory it cannot write to (where SQLite cannot create the WAL index of a WAL
/// database) it reads the file as immutable, which is safe there: no claimdiff can write it.
pub(super) fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)
        .and_then(|c| {
            c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
            Ok(c)
        })
        .or_else(|e| {
            let cannot_index = matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            );
            if !cannot_index || dir_writable(path) {
                return Err(e);
            }
            let uri = format!("file:{}?immutable=1", uri_path(path));
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        })
        .map_err(|reason| open_error(path, reason))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    stable_plans(&conn)?;
    // Reads call the codec's functions too (every claim row reads its sentence with one).
    super::search::register(&conn)?;
    super::codec::register(&conn)?;
    Ok(conn)
}

/// Whether a file can be created next to `path` (where SQLite puts `-wal` and `-shm`).
fn dir_writable(path: &Path) -> bool {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let probe = dir.join(format!(".claimdiff-probe-{}", std::process::id()));
    match std::fs::File::create(&probe) {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}

/// `path` as the path part of a `file:` URI (`?`, `#` and `%` escaped).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Opens `path` for writing (creating it with `create`); the caller has checked that it is
/// new, empty or claimdiff's.
pub(super) fn open_read_write(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags).map_err(|e| open_error(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    Ok(conn)
}

/// The error for a file SQLite could not open: "not SQLite" said as such.
fn open_error(path: &Path, reason: rusqlite::Error) -> Error {
    if reason.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
        Error::NotADatabase(path.to_path_buf())
    } else {
        Error::CannotOpen {
            path: path.to_path_buf(),
            reason,
        }
    }
}

/// What the database on `conn` is: empty, claimdiff's (current or older), or an error naming
/// why it is not claimdiff's (another application's, a newer claimdiff's, not SQLite).
pub(super) fn identify(conn: &Connection, path: &Path) -> Result<Kind> {
    let not_sqlite = |e: rusqlite::Error| {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
            Error::NotADatabase(path.to_path_buf())
        } else {
            Error::Sqlite(e)
        }
    };
    // One read transaction, so the three reads see one snapshot: read one by one, a store that
    // another process was creating could show no tables yet and then the finished schema's
    // user_version, and be taken for another application's file.
    let snapshot = conn.unchecked_transaction().map_err(not_sqlite)?;
    let tables: Vec<String> = snapshot
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .map_err(not_sqlite)?;
    let pragma = |name: &str| -> Result<i64> {
        snapshot
            .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .map_err(not_sqlite)
    };
    let (app, user_version) = (pragma("application_id")?, pragma("user_version")?);
    drop(snapshot);
    if tables.is_empty() && app == 0 && user_version == 0 {
        return Ok(Kind::Empty);
    }
    let ours_by_tables = ["sources", "articles", "versions", "claims"]
        .iter()
        .all(|t| tables.iter().any(|n| n == t));
    let ours = app == APPLICATION_ID || (app == 0 && user_version >= 1 && ours_by_tables);
    if !ours {
        return Err(Error::NotClaimdiff {
            path: path.to_path_buf(),
            why: "another application's SQLite database",
        });
    }
    let known = MIGRATIONS.len();
    match user_version as usize {
        v if v > known => Err(Error::SchemaTooNew {
            path: path.to_path_buf(),
            found: v,
            known,
        }),
        v if v == known => Ok(Kind::Current),
        _ => Ok(Kind::Older),
    }
}

/// Sets the connection up (WAL, foreign keys) and brings the schema up to date.
pub(super) fn prepare(conn: &mut Connection, path: &Path) -> Result<()> {
    super::search::register(conn)?;
    super::codec::register(conn)?;
    super::meta::register(conn)?;
    // A version's write runs ~30 distinct statements; with rusqlite's default cache of 16 they
    // evicted each other and were parsed again for every version (a quarter of an import's
    // writer time in perf).
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    stable_plans(conn)?;
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

/// Turns on the query planner stability guarantee: a plan no longer depends on the values
/// bound to it. Without it SQLite marked statements whose plan it had checked against a bound
/// value (as it does for a partial index's WHERE, `versions_unlinked` on versions) as expired
/// at every new binding, and parsed and planned them again at their next step: perf on an
/// import put a third of the writer's time in `sqlite3Reprepare` (the import's `holds`
/// statement was prepared again at each of its runs). claimdiff's plans never rest on bound
/// values (no statistics tables).
fn stable_plans(conn: &Connection) -> Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
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
            .map_err(|reason| Error::Migration { name, reason })?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    tx.commit()?;
    Ok(())
}
