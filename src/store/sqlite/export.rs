//! Archives: every version a filter keeps, read one at a time with its input, text, sentences
//! and claims (what `export` writes), and an import that adds versions in one transaction,
//! each linked to the version before as `record` links it.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};

use super::columns::{version, version_row, VERSION_COLS};
use super::read::{claims_on, sentences_on};
use super::record::{record, Outcome};
use crate::error::Result;
use crate::store::{
    ArchivedVersion, ExportFilter, Import, Imported, LinkFn, NewVersion, StoredVersion,
    VersionInput,
};

/// Where the input's columns start in an export row: after the version's.
const TEXT: usize = version::COUNT;

pub(super) fn export(
    conn: &Connection,
    filter: &ExportFilter,
    each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
) -> Result<usize> {
    let mut sql = format!(
        "SELECT {VERSION_COLS}, v.text, v.raw, v.format, v.encoding, v.lang, a.url \
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
        let archived = ArchivedVersion {
            stored: StoredVersion {
                version,
                text: r.get(TEXT)?,
                sentences: sentences_on(conn, id)?,
                claims: claims_on(conn, id)?,
            },
            input: VersionInput {
                raw: r.get(TEXT + 1)?,
                format: r.get(TEXT + 2)?,
                encoding: r.get(TEXT + 3)?,
                lang: r.get(TEXT + 4)?,
                url: r.get(TEXT + 5)?,
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
        let held: Option<i64> = self
            .tx
            .prepare_cached(
                "SELECT v.id FROM versions v JOIN articles a ON a.id = v.article_id \
                 WHERE a.key = ? AND v.content_hash = ? AND v.recorded_at = ?",
            )?
            .query_row(
                rusqlite::params![v.article, v.content_hash, v.recorded_at],
                |r| r.get("id"),
            )
            .optional()?;
        if held.is_some() {
            return Ok(Imported::Skipped);
        }
        Ok(match record(&self.tx, v, link)? {
            Outcome::Unchanged(_) => Imported::Skipped,
            Outcome::Stored(n) => Imported::Stored(n),
        })
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
