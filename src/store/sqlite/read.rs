//! Reads: articles, an article's versions and the version a ref names, a stored version's
//! text, sentences and claims, a source's other texts, the topic counts and the user's topic
//! terms.

use rusqlite::{params, Connection, OptionalExtension};

use super::codec;
use super::columns::{claim_cols, claim_row, claims_of, version_row, VERSION_COLS};
use crate::error::{Error, Result};
use crate::model::{Article, Claim, Sentence, Version};
use crate::store::{StoredVersion, TopicCount, VersionRef, Which};

/// The claims of one version, in order.
pub(super) fn claims_on(conn: &Connection, version_id: i64) -> Result<Vec<Claim>> {
    let sql = format!(
        "SELECT {} FROM versions v JOIN claims c ON {} WHERE v.id = ? ORDER BY c.ord",
        claim_cols("c"),
        claims_of("c", "v")
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([version_id], |r| claim_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The sentences of one version, in order, with their texts.
pub(super) fn sentences_on(conn: &Connection, version_id: i64) -> Result<Vec<Sentence>> {
    codec::sentences(conn, version_id)
}

pub(super) fn articles(conn: &Connection) -> Result<Vec<Article>> {
    let mut st = conn.prepare(
        "SELECT a.key, s.name AS source, a.url, a.title, count(v.id) AS version_count, \
         max(v.at) AS latest_at FROM articles a \
         JOIN sources s ON s.id = a.source_id LEFT JOIN versions v ON v.article_id = a.id \
         GROUP BY a.id ORDER BY s.name, a.key",
    )?;
    let rows = st.query_map([], |r| {
        Ok(Article {
            key: r.get("key")?,
            source: r.get("source")?,
            url: r.get("url")?,
            title: r.get("title")?,
            versions: r.get::<_, i64>("version_count")? as usize,
            latest_at: r.get("latest_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn versions(conn: &Connection, article: &str) -> Result<Vec<Version>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE a.key = ? ORDER BY v.number"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows: Vec<Version> = st
        .query_map([article], version_row)?
        .collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Err(Error::UnknownArticle(article.to_string()));
    }
    Ok(rows)
}

/// The version a ref names, read as one row (the cost of `record`, which resolves the version
/// it stored, does not grow with the article's versions).
pub(super) fn resolve(conn: &Connection, r: &VersionRef) -> Result<Version> {
    let (filter, number) = match r.which {
        Which::Latest => ("ORDER BY v.number DESC LIMIT 1", None),
        Which::First => ("ORDER BY v.number LIMIT 1", None),
        Which::Number(n) => ("AND v.number = ?2", Some(n)),
    };
    let sql = format!(
        "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE a.key = ?1 {filter}"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let found = match number {
        Some(n) => st.query_row(params![r.article, n], version_row),
        None => st.query_row(params![r.article], version_row),
    }
    .optional()?;
    if let Some(v) = found {
        return Ok(v);
    }
    // Not found: say whether the article or the version is missing.
    let count = versions(conn, &r.article)?.len();
    match r.which {
        Which::Number(n) => Err(Error::MissingVersion {
            article: r.article.clone(),
            number: n,
            count,
        }),
        _ => Err(Error::UnknownArticle(r.article.clone())),
    }
}

pub(super) fn load(conn: &Connection, version: &Version) -> Result<StoredVersion> {
    Ok(StoredVersion {
        version: version.clone(),
        text: codec::text(conn, version.id)?,
        sentences: sentences_on(conn, version.id)?,
        claims: claims_on(conn, version.id)?,
    })
}

/// The latest version's text of up to 50 other articles of the same source, newest first.
pub(super) fn source_texts(
    conn: &Connection,
    source: &str,
    except_article: &str,
    site: Option<&str>,
) -> Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT v.id, a.url FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
         WHERE s.name = ? AND a.key <> ? AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id) \
         ORDER BY v.id DESC",
    )?;
    let rows: Vec<(i64, Option<String>)> = st
        .query_map(params![source, except_article], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    crate::store::on_site(rows, site)
        .map(|id| codec::text(conn, id))
        .collect()
}

pub(super) fn topics(conn: &Connection) -> Result<Vec<TopicCount>> {
    let mut st = conn.prepare(
        "SELECT topic, sum(claims) AS claim_count, count(*) AS article_count, \
         count(DISTINCT source_id) AS source_count, max(latest) AS latest_at \
         FROM topic_articles GROUP BY topic ORDER BY sum(claims) DESC, topic",
    )?;
    let rows = st.query_map([], |r| {
        Ok(TopicCount {
            topic: r.get("topic")?,
            claims: r.get::<_, i64>("claim_count")? as usize,
            articles: r.get::<_, i64>("article_count")? as usize,
            sources: r.get::<_, i64>("source_count")? as usize,
            latest: r.get("latest_at")?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn topic_terms(conn: &Connection) -> Result<String> {
    let mut st = conn.prepare("SELECT lines FROM topic_terms ORDER BY id")?;
    let rows = st.query_map([], |r| r.get::<_, String>("lines"))?;
    let mut out = String::new();
    for r in rows {
        out.push_str(&r?);
        out.push('\n');
    }
    Ok(out)
}
