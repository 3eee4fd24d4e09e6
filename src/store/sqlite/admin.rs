//! Housekeeping: a version's input as recorded, removing an article or one version (the
//! versions after it renumbered and the next one relinked, so lineage and timeline stay
//! consistent), renaming an article, and listing, renaming and merging sources. Each write is
//! one transaction.

use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::codec;
use super::read::{claims_on, sentences_on};
use super::record::{delete_extraction, previous_version, refresh_topic_summary, write_lineage};
use crate::error::{Error, Result};
use crate::model::{Lineage, Version};
use crate::store::{LinkFn, SourceCount, VersionInput};

pub(super) fn input(conn: &Connection, version: &Version) -> Result<VersionInput> {
    let (raw, _) = codec::input(conn, version.id)?;
    Ok(conn
        .prepare_cached(
            "SELECT v.format, v.encoding, v.lang, a.url FROM versions v \
             JOIN articles a ON a.id = v.article_id WHERE v.id = ?",
        )?
        .query_row([version.id], |r| {
            Ok(VersionInput {
                raw,
                format: r.get("format")?,
                encoding: r.get("encoding")?,
                lang: r.get("lang")?,
                url: r.get("url")?,
            })
        })?)
}

/// The id of the article stored under `key`.
fn article_id(conn: &Connection, key: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM articles WHERE key = ?")?
        .query_row([key], |r| r.get("id"))
        .optional()?
        .ok_or_else(|| Error::UnknownArticle(key.to_string()))
}

/// Deletes an article that has no versions left, and its source when that has no articles left.
fn delete_article_row(tx: &Transaction, article_id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM topic_articles WHERE article_id = ?",
        [article_id],
    )?;
    tx.execute("DELETE FROM articles WHERE id = ?", [article_id])?;
    tx.execute(
        "DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM articles)",
        [],
    )?;
    Ok(())
}

pub(super) fn remove_article(tx: &Transaction, versions: &[Version]) -> Result<()> {
    let Some(first) = versions.first() else {
        return Ok(());
    };
    let id = article_id(tx, &first.article)?;
    for v in versions {
        delete_extraction(tx, v.id)?;
    }
    tx.execute("DELETE FROM versions WHERE article_id = ?", [id])?;
    delete_article_row(tx, id)
}

pub(super) fn remove_version(tx: &Transaction, version: &Version, link: &mut LinkFn) -> Result<()> {
    let id = article_id(tx, &version.article)?;
    delete_extraction(tx, version.id)?;
    codec::release_base(tx, version.id)?;
    tx.execute("DELETE FROM versions WHERE id = ?", [version.id])?;
    // Two steps, so that no two versions share a number in between (UNIQUE).
    tx.execute(
        "UPDATE versions SET number = -number WHERE article_id = ? AND number > ?",
        params![id, version.number],
    )?;
    tx.execute(
        "UPDATE versions SET number = -number - 1 WHERE article_id = ? AND number < 0",
        [id],
    )?;
    let next: Option<i64> = tx
        .prepare_cached("SELECT id FROM versions WHERE article_id = ? AND number = ?")?
        .query_row(params![id, version.number], |r| r.get("id"))
        .optional()?;
    if let Some(next) = next {
        relink_version(tx, next, id, version.number, link)?;
    }
    let left: i64 = tx.query_row(
        "SELECT count(*) FROM versions WHERE article_id = ?",
        [id],
        |r| r.get(0),
    )?;
    if left == 0 {
        delete_article_row(tx, id)
    } else {
        refresh_topic_summary(tx, Some(id))
    }
}

/// Recomputes the lineage of version `id` (number `number` of its article) from the version
/// now before it.
pub(super) fn relink_version(
    tx: &Transaction,
    id: i64,
    article_id: i64,
    number: u32,
    link: &mut LinkFn,
) -> Result<()> {
    let previous = previous_version(tx, article_id, number)?;
    let claims = claims_on(tx, id)?;
    let lineage = match previous {
        Some(p) => link(
            &sentences_on(tx, p)?,
            &claims_on(tx, p)?,
            &sentences_on(tx, id)?,
            &claims,
        ),
        None => Lineage::first(claims.len()),
    };
    write_lineage(tx, id, previous, &lineage)
}

pub(super) fn rename_article(tx: &Transaction, from: &str, to: &str) -> Result<()> {
    let id = article_id(tx, from)?;
    if from != to && article_id(tx, to).is_ok() {
        return Err(Error::ArticleExists(to.to_string()));
    }
    tx.execute("UPDATE articles SET key = ? WHERE id = ?", params![to, id])?;
    Ok(())
}

pub(super) fn sources(conn: &Connection) -> Result<Vec<SourceCount>> {
    let mut st = conn.prepare(
        "SELECT s.name, count(DISTINCT a.id) AS article_count, count(v.id) AS version_count \
         FROM sources s LEFT JOIN articles a ON a.source_id = s.id \
         LEFT JOIN versions v ON v.article_id = a.id GROUP BY s.id ORDER BY s.name",
    )?;
    let rows = st.query_map([], |r| {
        Ok(SourceCount {
            source: r.get("name")?,
            articles: r.get::<_, i64>("article_count")? as usize,
            versions: r.get::<_, i64>("version_count")? as usize,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The id of the source named `name`.
fn source_id(conn: &Connection, name: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM sources WHERE name = ?")?
        .query_row([name], |r| r.get("id"))
        .optional()?)
}

pub(super) fn merge_source(tx: &Transaction, from: &str, into: &str) -> Result<usize> {
    let from_id = source_id(tx, from)?.ok_or_else(|| Error::UnknownSource(from.to_string()))?;
    if from == into {
        return Ok(0);
    }
    tx.execute("INSERT OR IGNORE INTO sources (name) VALUES (?)", [into])?;
    let into_id = source_id(tx, into)?.expect("the source was just inserted");
    let moved = tx.execute(
        "UPDATE articles SET source_id = ? WHERE source_id = ?",
        params![into_id, from_id],
    )?;
    // The rows that carry a source for speed follow their articles.
    for table in ["timeline", "topic_articles"] {
        tx.execute(
            &format!("UPDATE {table} SET source_id = ? WHERE source_id = ?"),
            params![into_id, from_id],
        )?;
    }
    tx.execute("DELETE FROM sources WHERE id = ?", [from_id])?;
    Ok(moved)
}
