//! claimdiff's typed error: one [`Error`] whose kinds name what went wrong (an unknown article,
//! a version out of range, a file that is no claimdiff database, ...), so that callers match on
//! a kind instead of on message text. Each kind's message is the one-line text the CLI prints
//! after `claimdiff: error: `; errors that wrap another (SQLite, I/O, a migration) keep it as
//! their source, so `{:#}` prints the whole chain.
//!
//! The store returns `Result<T, Error>`; code written with `anyhow` takes it through `?`.

use std::path::PathBuf;
use std::time::Duration;

/// A boxed error from a caller's callback (such as `reindex`'s re-extraction).
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// `Result` with claimdiff's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong, by kind.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A version ref that names no version (`ARTICLE@0`, `@2`, `ARTICLE@x`).
    #[error("bad version ref {given:?}: {reason}")]
    BadVersionRef {
        /// The ref as given.
        given: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// No article is stored under this key.
    #[error("unknown article {0:?}")]
    UnknownArticle(String),
    /// The article exists but has no version of this number.
    #[error("article {article:?} has no version {number} (it has versions 1 to {count})")]
    MissingVersion {
        /// The article key.
        article: String,
        /// The version asked for.
        number: u32,
        /// How many versions the article has.
        count: usize,
    },
    /// A read command was pointed at a database file that does not exist.
    #[error("no claimdiff database at {} (record an article first, or pass --db)", .0.display())]
    NoDatabase(PathBuf),
    /// SQLite could not open the file at all.
    #[error("cannot open database {}: {reason}", path.display())]
    CannotOpen {
        /// The database file.
        path: PathBuf,
        /// SQLite's reason (part of the message, not a source, as the CLI has always printed it).
        reason: rusqlite::Error,
    },
    /// The file exists but is not an SQLite database (`SQLITE_NOTADB`).
    #[error("{} is not a claimdiff database (not SQLite)", .0.display())]
    NotADatabase(PathBuf),
    /// The file is SQLite but not claimdiff's (another application's database, or empty
    /// where a read command needs a store): claimdiff leaves it as it is.
    #[error("{} is not a claimdiff database ({why})", path.display())]
    NotClaimdiff {
        /// The database file.
        path: PathBuf,
        /// What it is instead.
        why: &'static str,
    },
    /// The database was written by a newer claimdiff, with migrations this build lacks.
    #[error("database {} was written by a newer claimdiff (schema {found}; this build knows up to {known}): upgrade claimdiff", path.display())]
    SchemaTooNew {
        /// The database file.
        path: PathBuf,
        /// The schema version the file has.
        found: usize,
        /// The newest schema version this build knows.
        known: usize,
    },
    /// A schema migration failed.
    #[error("applying schema migration {name}: {reason}")]
    Migration {
        /// The migration's name (`0004_lineage`).
        name: &'static str,
        /// SQLite's error (part of the message: SQLite's own source repeats it).
        reason: rusqlite::Error,
    },
    /// A write to a database the process may not write (the file, or the directory SQLite
    /// keeps its journal in, is read-only).
    #[error("cannot write to database {}: the file or its directory is read-only", .0.display())]
    ReadOnly(PathBuf),
    /// An article key recorded under one source was given with another.
    #[error("article {article:?} belongs to source {stored:?}, not {given:?}")]
    SourceMismatch {
        /// The article key.
        article: String,
        /// The source the article is stored under.
        stored: String,
        /// The source given.
        given: String,
    },
    /// An article key that is already taken (`mv` onto an existing article).
    #[error("article {0:?} already exists")]
    ArticleExists(String),
    /// No source is stored under this name.
    #[error("unknown source {0:?}")]
    UnknownSource(String),
    /// The input holds no article text (empty, or HTML whose body is all furniture).
    #[error("no article text found in the input")]
    NoArticleText,
    /// Re-extracting a stored version failed.
    #[error("re-extracting {article}")]
    Reextract {
        /// The article key.
        article: String,
        /// What the extraction reported.
        source: BoxError,
    },
    /// A lineage that does not fit the version it was computed for (a bug, not bad input).
    #[error("internal error: claim lineage does not fit version {0}")]
    LineageMismatch(i64),
    /// Fetching a page failed.
    #[error("{reason}")]
    Fetch {
        /// What went wrong, for the user.
        reason: String,
        /// Whether trying again later may succeed (timeouts, 429, 5xx).
        transient: bool,
        /// How long the server asked to wait.
        retry_after: Option<Duration>,
    },
    /// A PostgreSQL server could not be reached, or refused the login (the URL is shown
    /// without its password).
    #[error("cannot connect to PostgreSQL at {url}: {reason}")]
    CannotConnect {
        /// The database URL, password removed.
        url: String,
        /// The client's or the server's reason.
        reason: String,
    },
    /// A PostgreSQL database that holds tables of its own and no claimdiff schema.
    #[error("PostgreSQL database {0} is not a claimdiff database (it holds other tables)")]
    ForeignDatabase(String),
    /// Any other PostgreSQL failure, as the server or the client described it.
    #[error("PostgreSQL: {0}")]
    Postgres(String),
    /// A stored text that cannot be unpacked (a damaged database, or a bug).
    #[error("damaged stored text: {0}")]
    Codec(String),
    /// Any other SQLite failure; [`Error::sqlite_code`] tells its kind. SQLite's message once:
    /// rusqlite's own source (the result code) would repeat it under `{:#}`.
    #[error("{0}")]
    Sqlite(rusqlite::Error),
    /// An I/O failure.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Sqlite(e)
    }
}

impl Error {
    /// The SQLite error code behind this error, if SQLite reported it (`DatabaseCorrupt`,
    /// `ReadOnly`, `DatabaseBusy`, ...).
    /// Whether SQLite gave up waiting for another process's write lock (its busy timeout).
    pub fn is_busy(&self) -> bool {
        self.sqlite_code() == Some(rusqlite::ErrorCode::DatabaseBusy)
    }

    pub(crate) fn sqlite_code(&self) -> Option<rusqlite::ErrorCode> {
        match self {
            Error::NotADatabase(_) => Some(rusqlite::ErrorCode::NotADatabase),
            Error::Sqlite(e)
            | Error::Migration { reason: e, .. }
            | Error::CannotOpen { reason: e, .. } => e.sqlite_error_code(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `{:#}` (what the CLI prints) says SQLite's message once, not followed by its result
    /// code's text repeating it ("malformed: Error code 11: ... malformed").
    #[test]
    fn sqlite_errors_say_their_message_once() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let e = conn
            .prepare("SELECT * FROM nowhere")
            .map(|_| ())
            .unwrap_err();
        assert!(
            format!("{:#}", anyhow::Error::from(e)).contains("Error code"),
            "rusqlite's own chain repeats the message"
        );
        let e = conn
            .prepare("SELECT * FROM nowhere")
            .map(|_| ())
            .unwrap_err();
        assert_eq!(
            format!("{:#}", anyhow::Error::from(Error::from(e))),
            "no such table: nowhere"
        );
    }

    /// The messages the CLI prints, word for word (users and scripts read them).
    #[test]
    fn messages_are_the_cli_messages() {
        let p = || PathBuf::from("x.db");
        for (e, msg) in [
            (
                Error::BadVersionRef {
                    given: "a@0".into(),
                    reason: "after @ give a version number from 1, 'first' or 'latest'",
                },
                "bad version ref \"a@0\": after @ give a version number from 1, 'first' or 'latest'",
            ),
            (
                Error::UnknownArticle("a".into()),
                "unknown article \"a\"",
            ),
            (
                Error::MissingVersion {
                    article: "a".into(),
                    number: 3,
                    count: 2,
                },
                "article \"a\" has no version 3 (it has versions 1 to 2)",
            ),
            (
                Error::NoDatabase(p()),
                "no claimdiff database at x.db (record an article first, or pass --db)",
            ),
            (
                Error::NotADatabase(p()),
                "x.db is not a claimdiff database (not SQLite)",
            ),
            (
                Error::SchemaTooNew {
                    path: p(),
                    found: 9,
                    known: 4,
                },
                "database x.db was written by a newer claimdiff (schema 9; this build knows up to 4): upgrade claimdiff",
            ),
            (
                Error::SourceMismatch {
                    article: "a".into(),
                    stored: "S".into(),
                    given: "T".into(),
                },
                "article \"a\" belongs to source \"S\", not \"T\"",
            ),
            (Error::NoArticleText, "no article text found in the input"),
            (
                Error::NotClaimdiff {
                    path: p(),
                    why: "another application's SQLite database",
                },
                "x.db is not a claimdiff database (another application's SQLite database)",
            ),
            (
                Error::ReadOnly(p()),
                "cannot write to database x.db: the file or its directory is read-only",
            ),
            (
                Error::LineageMismatch(7),
                "internal error: claim lineage does not fit version 7",
            ),
        ] {
            assert_eq!(e.to_string(), msg);
        }
    }

    #[test]
    fn codes_classify_sqlite_failures() {
        let e = Error::NotADatabase(PathBuf::from("x"));
        assert_eq!(e.sqlite_code(), Some(rusqlite::ErrorCode::NotADatabase));
        assert_eq!(Error::UnknownArticle("a".into()).sqlite_code(), None);
    }
}
