//! Housekeeping and archives on PostgreSQL (`rm`, `mv`, `source`, `export`, `import`): being
//! ported from the SQLite store's admin.rs and export.rs; until then each answers that it is
//! not available on this backend.

use crate::error::{Error, Result};

/// The error of a housekeeping operation not yet available on PostgreSQL.
pub(super) fn unavailable(what: &str) -> Error {
    Error::Postgres(format!("`{what}` is not available on PostgreSQL yet"))
}

/// Keeps the signature checked while the port is pending.
pub(super) fn pending<T>(what: &str) -> Result<T> {
    Err(unavailable(what))
}
