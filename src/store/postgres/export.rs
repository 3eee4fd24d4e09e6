//! Archives on PostgreSQL, as in the SQLite store's export.rs: every version a filter keeps,
//! read through a portal a few versions at a time (memory flat in store size) with its input,
//! text, sentences and claims, and an import that adds versions in one transaction, each
//! stored as given and linked to the version before; a version the article already holds
//! (same content recorded at the same time) is skipped.

use postgres::types::ToSql;
use postgres::{Client, Transaction};

use super::admin::relink_version;
use super::columns::{version, version_row, VERSION_COLS};
use super::read::{claims_on, params, sentences_on};
use super::record::import;
use crate::error::Result;
use crate::store::{
    ArchivedVersion, ExportFilter, Import, Imported, LinkFn, NewVersion, StoredVersion,
    VersionInput,
};

/// Where the input's columns start in an export row: after the version's.
const TEXT: usize = version::COUNT;

/// How many versions one fetch from the portal reads.
const BATCH: i32 = 16;

pub(super) fn export(
    client: &mut Client,
    filter: &ExportFilter,
    each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
) -> Result<usize> {
    let mut sql = format!(
        "SELECT {VERSION_COLS}, v.text, v.raw, v.format, v.encoding, v.lang, a.url \
         FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE true"
    );
    let mut args: Vec<Box<dyn ToSql + Sync>> = Vec::new();
    for (column, value) in [
        ("s.name", &filter.source),
        ("a.key", &filter.article),
        ("v.at", &filter.since),
    ] {
        if let Some(v) = value {
            let op = if column == "v.at" { ">=" } else { "=" };
            args.push(Box::new(v.clone()));
            sql.push_str(&format!(" AND {column} {op} ${}", args.len()));
        }
    }
    sql.push_str(" ORDER BY a.key, v.number");
    // One read-only transaction: a consistent snapshot, and the portal lives as long as it.
    let mut tx = client.build_transaction().read_only(true).start()?;
    let portal = tx.bind(sql.as_str(), &params(&args))?;
    let mut n = 0;
    loop {
        let rows = tx.query_portal(&portal, BATCH)?;
        if rows.is_empty() {
            break;
        }
        for r in &rows {
            let version = version_row(r);
            let id = version.id;
            let archived = ArchivedVersion {
                stored: StoredVersion {
                    version,
                    text: r.get(TEXT),
                    sentences: sentences_on(&mut tx, id)?,
                    claims: claims_on(&mut tx, id)?,
                },
                input: VersionInput {
                    raw: r.get(TEXT + 1),
                    format: r.get(TEXT + 2),
                    encoding: r.get(TEXT + 3),
                    lang: r.get(TEXT + 4),
                    url: r.get(TEXT + 5),
                },
            };
            each(&archived)?;
            n += 1;
        }
    }
    tx.commit()?;
    Ok(n)
}

/// An import into the PostgreSQL store: one transaction.
pub(super) struct PgImport<'c> {
    pub(super) tx: Transaction<'c>,
}

impl Import for PgImport<'_> {
    fn add(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Imported> {
        let held = self.tx.query_opt(
            "SELECT v.id FROM versions v JOIN articles a ON a.id = v.article_id \
             WHERE a.key = $1 AND v.content_hash = $2 AND v.recorded_at = $3",
            &[&v.article, &v.content_hash, &v.recorded_at],
        )?;
        if held.is_some() {
            return Ok(Imported::Skipped);
        }
        // Stored as given (an archive may hold two recordings of the same text in a row),
        // then linked to the version before.
        import(&mut self.tx, std::slice::from_ref(v))?;
        let row = self.tx.query_one(
            "SELECT v.id, v.article_id, v.number FROM versions v \
             JOIN articles a ON a.id = v.article_id WHERE a.key = $1 \
             ORDER BY v.number DESC LIMIT 1",
            &[&v.article],
        )?;
        let number = row.get::<_, i32>("number") as u32;
        relink_version(
            &mut self.tx,
            row.get("id"),
            row.get("article_id"),
            number,
            link,
        )?;
        Ok(Imported::Stored(number))
    }

    fn commit(self: Box<Self>) -> Result<()> {
        Ok(self.tx.commit()?)
    }
}
