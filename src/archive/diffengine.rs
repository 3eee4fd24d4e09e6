//! Readers of the SQLite archives in diffengine's shape. diffengine (peewee models) keeps one
//! `entry` row per article (`id`, `url`, `created`, `checked`) and one `entryversion` row per
//! version (`id`, `title`, `url`, `summary` (the article's HTML), `created`, `archive_url`,
//! `entry_id`). NewsEdits released one SQLite file per collection with the versions of many
//! outlets in one `entryversion` table: `source` (the outlet), `entry_id`, `version`, `title`,
//! `created`, `url` and the text (`summary`; some files name it `text` or `body`).
//!
//! Both are read in article order, versions oldest first, one row at a time (memory does not
//! grow with the archive). A row that cannot be read (a truncated file) ends the reading with
//! one [`Skip`] naming where it stopped.

use std::path::Path;

use anyhow::{anyhow, bail, Result};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags, Row};

use super::found::{Found, FoundVersion, Skip};
use super::ArchiveFormat;

/// Opens an archive read-only.
fn open(path: &Path) -> Result<Connection> {
    Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| anyhow!("cannot open {}: {e}", path.display()))
}

/// The columns of `table` (none when it does not exist).
fn columns(conn: &Connection, table: &str) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare("SELECT name FROM pragma_table_info(?)")?;
    let names = st.query_map([table], |r| r.get(0))?;
    names.collect()
}

/// A column's names in the archives met so far: the name written by the format's published
/// description first, then the variants other releases use.
struct Column {
    what: &'static str,
    names: &'static [&'static str],
}

/// NewsEdits' `entryversion` columns and their known variants.
const TEXT: Column = Column {
    what: "text",
    names: &["summary", "text", "body", "content", "article_text"],
};
const ENTRY: Column = Column {
    what: "article id",
    names: &["entry_id", "entryid", "article_id"],
};
const CREATED: Column = Column {
    what: "time",
    names: &["created", "created_at", "timestamp", "date", "fetched_at"],
};
const URL: Column = Column {
    what: "URL",
    names: &["url", "link"],
};
const SOURCE: Column = Column {
    what: "outlet",
    names: &["source", "outlet", "news_org", "publisher"],
};
const VERSION: Column = Column {
    what: "version number",
    names: &["version", "version_num", "version_number"],
};
const TITLE: Column = Column {
    what: "title",
    names: &["title", "headline"],
};

/// Column names whose presence means the texts are not plain (compressed, stored as deltas)
/// or the archive is a format version this reader does not know: such an archive is refused.
const UNKNOWN_MEANING: &[&str] = &[
    "compressed",
    "compression",
    "delta",
    "patch",
    "diff_of",
    "base_id",
    "format_version",
    "schema_version",
];

/// Tables whose presence says the archive is a newer (or another) format.
const UNKNOWN_TABLES: &[&str] = &["schema_version", "format_version", "claimdiff_format"];

impl Column {
    /// The name this column has in `cols`, when it is there.
    fn find(&self, cols: &[String]) -> Option<&'static str> {
        self.names
            .iter()
            .copied()
            .find(|n| cols.iter().any(|c| c.eq_ignore_ascii_case(n)))
    }
}

/// How a NewsEdits file names its columns: each role's column (`source` missing: the outlet is
/// the file's name, as NewsEdits releases one file per outlet).
pub(super) struct Shape {
    text: &'static str,
    entry: &'static str,
    created: &'static str,
    url: &'static str,
    source: Option<&'static str>,
    version: Option<&'static str>,
    title: Option<&'static str>,
}

impl Shape {
    /// The shape of a NewsEdits `entryversion` table, or what is missing from it.
    fn of(cols: &[String]) -> std::result::Result<Shape, String> {
        let need = |c: &Column| {
            c.find(cols).ok_or_else(|| {
                format!(
                    "its entryversion table has no {} column ({})",
                    c.what,
                    c.names.join(", ")
                )
            })
        };
        Ok(Shape {
            text: need(&TEXT)?,
            entry: need(&ENTRY)?,
            created: need(&CREATED)?,
            url: need(&URL)?,
            source: SOURCE.find(cols),
            version: VERSION.find(cols),
            title: TITLE.find(cols),
        })
    }
}

/// Why an SQLite archive's shape is one this reader does not know: a table or a column that
/// changes what the rows mean.
fn unknown_shape(tables: &[String], cols: &[String]) -> Option<String> {
    if let Some(t) = tables
        .iter()
        .find(|t| UNKNOWN_TABLES.iter().any(|u| t.eq_ignore_ascii_case(u)))
    {
        return Some(format!(
            "it has a {t:?} table: a format version claimdiff does not know"
        ));
    }
    cols.iter()
        .find(|c| UNKNOWN_MEANING.iter().any(|u| c.eq_ignore_ascii_case(u)))
        .map(|c| {
            format!("its entryversion table has a {c:?} column: its texts may not be plain text or HTML")
        })
}

/// The tables of the database.
fn tables(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")?;
    let names = st.query_map([], |r| r.get(0))?;
    names.collect()
}

/// diffengine's required columns: `entry` (id, url), `entryversion` (these).
const DIFFENGINE_VERSION_COLUMNS: &[&str] =
    &["id", "entry_id", "title", "summary", "created", "url"];

/// Which of the two formats an SQLite file is in, from its tables; a file in neither, or in a
/// shape this reader does not know, is an error naming what was unexpected.
pub fn detect(path: &Path) -> Result<ArchiveFormat> {
    let shown = path.display();
    let conn = open(path)?;
    let unreadable = |e: rusqlite::Error| {
        anyhow!("cannot read {shown}: {e} (if it is a damaged archive, name its format with --from to import what can be read)")
    };
    let versions = columns(&conn, "entryversion").map_err(unreadable)?;
    let entry = columns(&conn, "entry").map_err(unreadable)?;
    let all = tables(&conn).map_err(unreadable)?;
    if versions.is_empty() {
        if !columns(&conn, "claims").map_err(unreadable)?.is_empty() {
            bail!("{shown} is a claimdiff database: copy it with `claimdiff copy`");
        }
        bail!("{shown} is an SQLite database without diffengine's or NewsEdits' tables (entry, entryversion)");
    }
    if let Some(why) = unknown_shape(&all, &versions) {
        bail!("{shown}: {why}");
    }
    // diffengine: an `entry` table beside `entryversion`, and no outlet column.
    if !entry.is_empty() && SOURCE.find(&versions).is_none() {
        let missing = DIFFENGINE_VERSION_COLUMNS
            .iter()
            .map(|c| ("entryversion", c, &versions))
            .chain([("entry", &"id", &entry), ("entry", &"url", &entry)])
            .find(|(_, c, cols)| !cols.iter().any(|n| n == *c));
        if let Some((table, c, _)) = missing {
            bail!("{shown} looks like a diffengine archive, but its {table} table has no {c:?} column");
        }
        return Ok(ArchiveFormat::Diffengine);
    }
    Shape::of(&versions).map_err(|why| {
        anyhow!("{shown} has an entryversion table, but {why}: not a diffengine or NewsEdits shape claimdiff knows")
    })?;
    Ok(ArchiveFormat::Newsedits)
}

/// How many versions the archive holds (for progress).
pub fn count(path: &Path) -> Result<u64> {
    let conn = open(path)?;
    let n: i64 = conn.query_row("SELECT count(*) FROM entryversion", [], |r| r.get(0))?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// A text cell's bytes (a BLOB's too); NULL is empty.
fn bytes(r: &Row, i: usize) -> rusqlite::Result<Vec<u8>> {
    Ok(match r.get_ref(i)? {
        ValueRef::Text(b) | ValueRef::Blob(b) => b.to_vec(),
        ValueRef::Null => Vec::new(),
        ValueRef::Integer(n) => n.to_string().into_bytes(),
        ValueRef::Real(x) => x.to_string().into_bytes(),
    })
}

/// A text cell as a string, when there is one.
fn text(r: &Row, i: usize) -> rusqlite::Result<Option<String>> {
    let b = bytes(r, i)?;
    Ok((!b.is_empty()).then(|| String::from_utf8_lossy(&b).into_owned()))
}

/// Reads every version of a diffengine or NewsEdits archive, in article order, giving each to
/// `each`; an unreadable row ends the reading with a [`Skip`].
pub fn read(
    path: &Path,
    format: ArchiveFormat,
    each: &mut dyn FnMut(Found) -> Result<()>,
) -> Result<()> {
    let conn = open(path)?;
    let file = path.display().to_string();
    let sql = match format {
        ArchiveFormat::Diffengine => "SELECT v.id, NULL, v.title, v.url, v.summary, v.created, \
             e.url, v.entry_id FROM entryversion v JOIN entry e ON e.id = v.entry_id \
             ORDER BY v.entry_id, v.created, v.id"
            .to_string(),
        _ => {
            let shape = Shape::of(&columns(&conn, "entryversion")?)
                .map_err(|why| anyhow!("{file}: {why}"))?;
            newsedits_sql(&shape, path)
        }
    };
    let stopped = |n: usize, e: rusqlite::Error| {
        Skip::new(
            format!("{file} after {n} versions"),
            format!("the rest is unreadable ({e})"),
        )
    };
    let mut st = match conn.prepare(&sql) {
        Ok(st) => st,
        Err(e) => return each(Err(stopped(0, e))),
    };
    let mut rows = match st.query([]) {
        Ok(rows) => rows,
        Err(e) => return each(Err(stopped(0, e))),
    };
    // The article's URL: diffengine's entry's, else the first URL of a NewsEdits entry.
    let mut article: Option<(String, String)> = None;
    let mut n = 0;
    loop {
        let row = match rows.next() {
            Ok(Some(row)) => row,
            Ok(None) => return Ok(()),
            Err(e) => return each(Err(stopped(n, e))),
        };
        n += 1;
        let found = version(row, format, &mut article).map_err(|e| stopped(n - 1, e));
        let unreadable = found.is_err();
        each(found)?;
        if unreadable {
            return Ok(());
        }
    }
}

/// The version a row holds; `article` carries the current entry and its URL.
fn version(
    row: &Row,
    format: ArchiveFormat,
    article: &mut Option<(String, String)>,
) -> rusqlite::Result<FoundVersion> {
    let source = text(row, 1)?;
    let entry = format!("{}/{}", source.as_deref().unwrap_or(""), bytes_str(row, 7)?);
    let own_url = text(row, 3)?.unwrap_or_default();
    let entry_url = text(row, 6)?;
    let url = match article {
        Some((e, u)) if *e == entry => u.clone(),
        _ => {
            let u = entry_url.unwrap_or(own_url);
            *article = Some((entry.clone(), u.clone()));
            u
        }
    };
    let place = match format {
        ArchiveFormat::Diffengine => format!("entryversion {}", bytes_str(row, 0)?),
        _ => format!("entryversion {entry} version {}", bytes_str(row, 0)?),
    };
    Ok(FoundVersion {
        place,
        source,
        url,
        title: text(row, 2)?,
        at: text(row, 5)?.unwrap_or_default(),
        body: bytes(row, 4)?,
    })
}

/// The query reading a NewsEdits file of `shape` in article order, versions oldest first
/// (version numbers compared as numbers: some files write them as text or reals).
fn newsedits_sql(shape: &Shape, path: &Path) -> String {
    let q = |c: &str| format!("\"{c}\"");
    // One file per outlet: the outlet is the file's name (`ap.db`: ap).
    let source = match shape.source {
        Some(c) => q(c),
        None => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            format!("'{}'", stem.replace('\'', "''"))
        }
    };
    let version = shape.version.map_or_else(|| q(shape.created), q);
    let title = shape.title.map_or_else(|| "NULL".to_string(), q);
    let (entry, created) = (q(shape.entry), q(shape.created));
    format!(
        "SELECT {version}, {source}, {title}, {url}, {text}, {created}, NULL, {entry} \
         FROM entryversion ORDER BY {source}, {entry}, CAST({version} AS REAL), {version}, {created}",
        url = q(shape.url),
        text = q(shape.text),
    )
}

/// A cell as text for messages.
fn bytes_str(r: &Row, i: usize) -> rusqlite::Result<String> {
    Ok(String::from_utf8_lossy(&bytes(r, i)?).into_owned())
}
