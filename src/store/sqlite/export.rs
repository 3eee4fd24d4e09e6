//! Archives: every version a filter keeps, read one at a time with its input, text, sentences
//! and claims (what `export` writes), and an import that adds versions in one transaction,
//! each stored as given (no comparison with the version before, unlike `record`) and linked
//! to the version before as `record` links it; a version the article already holds (same
//! content recorded at the same time) is skipped.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction};

use super::codec;
use super::columns::{version, version_row, VERSION_COLS};
use super::read::{claims_on, sentences_on};
use super::record::{import, previous_version, write_lineage};
use crate::error::Result;
use crate::model::Lineage;
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
        // Stored as given (an archive may hold two recordings of the same text in a row),
        // then linked to the version before.
        import(&self.tx, std::slice::from_ref(v))?;
        let (id, article_id, number): (i64, i64, u32) = self
            .tx
            .prepare_cached(
                "SELECT v.id, v.article_id, v.number FROM versions v \
                 JOIN articles a ON a.id = v.article_id WHERE a.key = ? \
                 ORDER BY v.number DESC LIMIT 1",
            )?
            .query_row([v.article], |r| {
                Ok((r.get("id")?, r.get("article_id")?, r.get("number")?))
            })?;
        // Linked from the version as given (not read back): its claims are the ones the
        // importer's diff computed ahead names.
        let previous = previous_version(&self.tx, article_id, number)?;
        let ex = v.extraction;
        let lineage = match previous {
            Some(p) => link(
                &sentences_on(&self.tx, p)?,
                &claims_on(&self.tx, p)?,
                &ex.sentences,
                &ex.claims,
            ),
            None => Lineage::first(ex.claims.len()),
        };
        write_lineage(&self.tx, id, previous, &lineage)?;
        Ok(Imported::Stored(number))
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
