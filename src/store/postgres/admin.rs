//! Housekeeping on PostgreSQL, as in the SQLite store's admin.rs: removing an article or one
//! version (the versions after it renumbered and the next one relinked, so lineage and
//! timeline stay consistent), renaming an article, and listing, renaming and merging sources.
//! Each write runs inside the caller's transaction; the rows are locked before they change, so
//! a concurrent writer of the same article waits for the whole operation.

use postgres::{GenericClient, Transaction};

use super::read::{claims_on, sentences_on, versions};
use super::record::{delete_extraction, previous_version, refresh_topic_summaries, write_lineage};
use crate::error::{Error, Result};
use crate::model::{Lineage, Version};
use crate::store::{LinkFn, SourceCount};

/// The id of the article stored under `key`, locked for this transaction.
fn article_id(c: &mut impl GenericClient, key: &str) -> Result<i64> {
    c.query_opt("SELECT id FROM articles WHERE key = $1 FOR UPDATE", &[&key])?
        .map(|r| r.get("id"))
        .ok_or_else(|| Error::UnknownArticle(key.to_string()))
}

/// Deletes an article that has no versions left, and its source when that has no articles left.
fn delete_article_row(tx: &mut Transaction, article_id: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM topic_articles WHERE article_id = $1",
        &[&article_id],
    )?;
    tx.execute("DELETE FROM articles WHERE id = $1", &[&article_id])?;
    tx.execute(
        "DELETE FROM sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.source_id = s.id)",
        &[],
    )?;
    Ok(())
}

/// Deletes an article and its versions; returns them. The article's row is locked before its
/// versions are read, so a version a concurrent writer adds is either listed or not yet there.
pub(super) fn remove_article(tx: &mut Transaction, article: &str) -> Result<Vec<Version>> {
    let id = article_id(tx, article)?;
    let versions = versions(tx, article)?;
    for v in &versions {
        delete_extraction(tx, v.id)?;
    }
    tx.execute("DELETE FROM versions WHERE article_id = $1", &[&id])?;
    delete_article_row(tx, id)?;
    Ok(versions)
}

pub(super) fn remove_version(
    tx: &mut Transaction,
    version: &Version,
    link: &mut LinkFn,
) -> Result<()> {
    let id = article_id(tx, &version.article)?;
    let number = version.number as i32;
    delete_extraction(tx, version.id)?;
    tx.execute("DELETE FROM versions WHERE id = $1", &[&version.id])?;
    // Two steps, so that no two versions share a number in between (UNIQUE is checked row by
    // row).
    tx.execute(
        "UPDATE versions SET number = -number WHERE article_id = $1 AND number > $2",
        &[&id, &number],
    )?;
    tx.execute(
        "UPDATE versions SET number = -number - 1 WHERE article_id = $1 AND number < 0",
        &[&id],
    )?;
    let next = tx.query_opt(
        "SELECT id FROM versions WHERE article_id = $1 AND number = $2",
        &[&id, &number],
    )?;
    if let Some(next) = next {
        relink_version(tx, next.get("id"), id, version.number, link)?;
    }
    let left: i64 = tx
        .query_one(
            "SELECT count(*) FROM versions WHERE article_id = $1",
            &[&id],
        )?
        .get(0);
    if left == 0 {
        delete_article_row(tx, id)
    } else {
        refresh_topic_summaries(tx, &[id])
    }
}

/// Recomputes the lineage of version `id` (number `number` of its article) from the version
/// now before it.
pub(super) fn relink_version(
    tx: &mut Transaction,
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

pub(super) fn rename_article(tx: &mut Transaction, from: &str, to: &str) -> Result<()> {
    let id = article_id(tx, from)?;
    if from != to && article_id(tx, to).is_ok() {
        return Err(Error::ArticleExists(to.to_string()));
    }
    tx.execute("UPDATE articles SET key = $1 WHERE id = $2", &[&to, &id])?;
    Ok(())
}

pub(super) fn sources(c: &mut impl GenericClient) -> Result<Vec<SourceCount>> {
    let rows = c.query(
        "SELECT s.name, count(DISTINCT a.id) AS article_count, count(v.id) AS version_count \
         FROM sources s LEFT JOIN articles a ON a.source_id = s.id \
         LEFT JOIN versions v ON v.article_id = a.id GROUP BY s.id, s.name ORDER BY s.name",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| SourceCount {
            source: r.get("name"),
            articles: r.get::<_, i64>("article_count") as usize,
            versions: r.get::<_, i64>("version_count") as usize,
        })
        .collect())
}

/// The id of the source named `name`, locked for this transaction.
fn source_id(c: &mut impl GenericClient, name: &str) -> Result<Option<i64>> {
    Ok(c.query_opt(
        "SELECT id FROM sources WHERE name = $1 FOR UPDATE",
        &[&name],
    )?
    .map(|r| r.get("id")))
}

pub(super) fn merge_source(tx: &mut Transaction, from: &str, into: &str) -> Result<usize> {
    let from_id = source_id(tx, from)?.ok_or_else(|| Error::UnknownSource(from.to_string()))?;
    if from == into {
        return Ok(0);
    }
    tx.execute(
        "INSERT INTO sources (name) VALUES ($1) ON CONFLICT (name) DO NOTHING",
        &[&into],
    )?;
    let into_id = source_id(tx, into)?.expect("the source was just inserted");
    let moved = tx.execute(
        "UPDATE articles SET source_id = $1 WHERE source_id = $2",
        &[&into_id, &from_id],
    )?;
    // The rows that carry a source for speed follow their articles.
    for table in ["timeline", "topic_articles"] {
        tx.execute(
            &format!("UPDATE {table} SET source_id = $1 WHERE source_id = $2"),
            &[&into_id, &from_id],
        )?;
    }
    tx.execute("DELETE FROM sources WHERE id = $1", &[&from_id])?;
    Ok(moved as usize)
}
