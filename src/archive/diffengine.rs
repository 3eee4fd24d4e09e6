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

/// The column that holds NewsEdits' text.
fn text_column(cols: &[String]) -> Option<&'static str> {
    ["summary", "text", "body"]
        .into_iter()
        .find(|c| cols.iter().any(|n| n == c))
}

/// Which of the two formats an SQLite file is in, from its tables.
pub fn detect(path: &Path) -> Result<ArchiveFormat> {
    let shown = path.display();
    let conn = open(path)?;
    let read = |t| {
        columns(&conn, t).map_err(|e| {
            anyhow!("cannot read {shown}: {e} (if it is a damaged archive, name its format with --from to import what can be read)")
        })
    };
    let versions = read("entryversion")?;
    let has = |c: &str| versions.iter().any(|n| n == c);
    if has("source") && has("entry_id") && text_column(&versions).is_some() {
        return Ok(ArchiveFormat::Newsedits);
    }
    if has("entry_id") && has("summary") && !read("entry")?.is_empty() {
        return Ok(ArchiveFormat::Diffengine);
    }
    if !read("claims")?.is_empty() {
        bail!("{shown} is a claimdiff database: copy it with `claimdiff copy`");
    }
    bail!("{shown} is an SQLite database without diffengine's or NewsEdits' tables (entry, entryversion)")
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
            let cols = columns(&conn, "entryversion")?;
            let body = text_column(&cols).unwrap_or("summary");
            let version = if cols.iter().any(|c| c == "version") {
                "version"
            } else {
                "created"
            };
            format!(
                "SELECT {version}, source, title, url, {body}, created, NULL, entry_id \
                 FROM entryversion ORDER BY source, entry_id, {version}, created"
            )
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

/// A cell as text for messages.
fn bytes_str(r: &Row, i: usize) -> rusqlite::Result<String> {
    Ok(String::from_utf8_lossy(&bytes(r, i)?).into_owned())
}
