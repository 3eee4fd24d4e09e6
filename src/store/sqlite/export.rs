//! Archives: every version a filter keeps, read one at a time with its input, text, sentences
//! and claims (what `export` writes), and an import that adds versions in one transaction,
//! each stored as given (no comparison with the version before, unlike `record`) and linked
//! to the version before as `record` links it; a version the article already holds (same
//! content recorded at the same time) is skipped.

use rusqlite::types::Value;
use rusqlite::{Connection, Transaction};

use super::bulk::holds;
use super::codec;
use super::columns::{version, version_row, VERSION_COLS};
use super::read::{claims_on, sentences_on};
use super::record::{record_with, Outcome, StoredInput};
use crate::error::Result;
use crate::store::{
    ArchivedVersion, ExportFilter, Import, Imported, LinkFn, NewVersion, StoredVersion,
    VersionInput,
};

/// Where the input's columns start in an export row: after the version's.
const INPUT: usize = version::COUNT;

pub(super) fn export(
    conn: &Connection,
    filter: &ExportFilter,
    each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
) -> Result<usize> {
    let mut sql = format!(
        "SELECT {VERSION_COLS}, v.format, v.encoding, v.lang, a.url \
         FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE 1"
    );
    let mut args: Vec<Value> = Vec::new();
    for (column, value) in [
        ("s.name = ?", &filter.source),
        ("a.key = ?", &filter.article),
        ("v.at >= ?", &filter.since),
    ] {
        if let Some(v) = value {
            sql.push_str(" AND ");
            sql.push_str(column);
            args.push(v.clone().into());
        }
    }
    sql.push_str(" ORDER BY a.key, v.number");
    let mut st = conn.prepare(&sql)?;
    let mut rows = st.query(rusqlite::params_from_iter(args))?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        let version = version_row(r)?;
        let id = version.id;
        let (raw, text) = codec::input(conn, id)?;
        let archived = ArchivedVersion {
            stored: StoredVersion {
                version,
                text,
                sentences: sentences_on(conn, id)?,
                claims: claims_on(conn, id)?,
            },
            input: VersionInput {
                raw,
                format: r.get(INPUT)?,
                encoding: r.get(INPUT + 1)?,
                lang: r.get(INPUT + 2)?,
                url: r.get(INPUT + 3)?,
            },
        };
        each(&archived)?;
        n += 1;
    }
    Ok(n)
}

/// An import into the SQLite store: one `BEGIN IMMEDIATE` transaction.
pub(super) struct SqliteImport<'c> {
    pub(super) tx: Transaction<'c>,
}

impl Import for SqliteImport<'_> {
    fn add(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Imported> {
        if holds(&self.tx, v.article, v.content_hash, &v.recorded_at)? {
            return Ok(Imported::Skipped);
        }
        // Stored as given (an archive may hold two recordings of the same text in a row),
        // linked to the version before as `record` links it (from the version as given, so
        // that the importer's diff computed ahead is taken).
        match record_with(&self.tx, v, StoredInput::FromRaw, link, true)? {
            Outcome::Stored(n) | Outcome::Unchanged(n) => Ok(Imported::Stored(n)),
        }
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
