//! Bulk ingest for archive imports on PostgreSQL ([`crate::store::Store::import_batch`]): a
//! batch of versions in one transaction, with what can be asked once per batch asked once
//! (which versions are already held, the sources and articles, each article's latest version,
//! the topic summaries), the batch's lineage decided in memory, and then every table's rows of
//! the whole batch written by one statement each (`bulk_rows`). The lineage of a version whose
//! predecessor is in the same batch
//! is computed from the predecessor's extraction in memory (the archive's claims, so the
//! importer's diffs computed ahead are taken), not read back. Also [`holds`], what a re-run
//! checks before extracting a version.

use std::collections::{HashMap, HashSet};

use postgres::{Client, GenericClient, Transaction};

use super::bulk_rows::{self, Before, Planned};
use super::read::{claims_on, sentences_on};
use super::record::refresh_topic_summaries;
use crate::error::{Error, Result};
use crate::model::Lineage;
use crate::store::{Imported, LinkFn, NewVersion};

/// Whether the store holds a version of `article` with this content hash and time.
pub(super) fn holds(
    client: &mut impl GenericClient,
    article: &str,
    content_hash: &str,
    recorded_at: &str,
) -> Result<bool> {
    Ok(client
        .query_opt(
            "SELECT 1 FROM versions v JOIN articles a ON a.id = v.article_id \
             WHERE a.key = $1 AND v.content_hash = $2 AND v.recorded_at = $3",
            &[&article, &content_hash, &recorded_at],
        )?
        .is_some())
}

/// Adds `batch` in one transaction, in order: a version the store holds (same article, hash
/// and time) or, unless `as_given`, whose text equals its article's latest is
/// [`Imported::Skipped`]; the others are stored as their article's next version, linked to the
/// version before with `link`. An article key stored under another source is
/// [`Error::SourceMismatch`] and nothing is written.
pub(super) fn import_batch(
    client: &mut Client,
    batch: &[NewVersion],
    link: &mut LinkFn,
    as_given: bool,
) -> Result<Vec<Imported>> {
    let mut tx = client.transaction()?;
    let held = held_in(&mut tx, batch)?;
    let articles = articles_of(&mut tx, batch)?;
    let ids: Vec<i64> = articles.values().copied().collect();
    // Each article's latest version: (id, number, content hash), moved on as versions are added.
    let mut latest: HashMap<i64, (i64, u32, String)> = tx
        .query(
            "SELECT DISTINCT ON (article_id) article_id, id, number, content_hash FROM versions \
             WHERE article_id = ANY($1) ORDER BY article_id, number DESC",
            &[&ids],
        )?
        .iter()
        .map(|r| {
            let number: i32 = r.get(2);
            (r.get(0), (r.get(1), number as u32, r.get(3)))
        })
        .collect();
    // The batch's planned index of each article's latest version, when it was added by this
    // batch.
    let mut in_batch: HashMap<i64, usize> = HashMap::new();
    let mut done = Vec::with_capacity(batch.len());
    let mut planned: Vec<Planned> = Vec::new();
    let mut added: HashSet<(&str, &str, &str)> = HashSet::new();
    for (i, v) in batch.iter().enumerate() {
        let article_id = articles[v.article];
        let last = latest.get(&article_id);
        let unchanged = !as_given && last.is_some_and(|(_, _, h)| h == v.content_hash);
        // A version given twice in the batch is held the second time.
        let again = !added.insert((v.article, v.content_hash, v.recorded_at.as_str()));
        if held.contains(&i) || unchanged || again {
            done.push(Imported::Skipped);
            continue;
        }
        let number = last.map_or(1, |(_, n, _)| n + 1);
        let (after_s, after_c) = (&v.extraction.sentences, &v.extraction.claims);
        let (before, lineage) = match (last, in_batch.get(&article_id)) {
            (Some(_), Some(&j)) => {
                let b = planned[j].version.extraction;
                (
                    Before::Planned(j),
                    link(&b.sentences, &b.claims, after_s, after_c),
                )
            }
            (Some(&(p, _, _)), None) => (
                Before::Stored(p),
                link(
                    &sentences_on(&mut tx, p)?,
                    &claims_on(&mut tx, p)?,
                    after_s,
                    after_c,
                ),
            ),
            (None, _) => (Before::First, Lineage::first(after_c.len())),
        };
        // The id is known once the batch is written; the number is what is compared.
        latest.insert(article_id, (0, number, v.content_hash.to_string()));
        in_batch.insert(article_id, planned.len());
        planned.push(Planned {
            version: v,
            article_id,
            number,
            before,
            lineage,
        });
        done.push(Imported::Stored(number));
    }
    bulk_rows::write(&mut tx, &planned)?;
    let mut touched: Vec<i64> = in_batch.keys().copied().collect();
    touched.sort_unstable();
    refresh_topic_summaries(&mut tx, &touched)?;
    tx.commit()?;
    Ok(done)
}

/// The indexes of the batch's versions the store already holds (same article, hash, time).
fn held_in(tx: &mut Transaction, batch: &[NewVersion]) -> Result<HashSet<usize>> {
    let keys: Vec<(&str, &str, &str)> = batch
        .iter()
        .map(|v| (v.article, v.content_hash, v.recorded_at.as_str()))
        .collect();
    held_of(tx, &keys)
}

/// Whether the store holds each (article, content hash, recorded_at), in one query.
pub(super) fn holds_each(
    client: &mut impl GenericClient,
    versions: &[(&str, &str, &str)],
) -> Result<Vec<bool>> {
    let held = held_of(client, versions)?;
    Ok((0..versions.len()).map(|i| held.contains(&i)).collect())
}

/// The indexes of the (article, content hash, recorded_at) the store holds.
fn held_of(
    client: &mut impl GenericClient,
    versions: &[(&str, &str, &str)],
) -> Result<HashSet<usize>> {
    let keys: Vec<&str> = versions.iter().map(|v| v.0).collect();
    let hashes: Vec<&str> = versions.iter().map(|v| v.1).collect();
    let times: Vec<&str> = versions.iter().map(|v| v.2).collect();
    let idx: Vec<i32> = (0..versions.len() as i32).collect();
    let rows = client.query(
        "SELECT u.i FROM unnest($1::text[], $2::text[], $3::text[], $4::int[]) AS u(key, hash, at, i) \
         JOIN articles a ON a.key = u.key \
         JOIN versions v ON v.article_id = a.id AND v.content_hash = u.hash AND v.recorded_at = u.at",
        &[&keys, &hashes, &times, &idx],
    )?;
    Ok(rows.iter().map(|r| r.get::<_, i32>(0) as usize).collect())
}

/// An article as a batch gives it: its source, its first version's time, and the last URL and
/// title its versions give.
struct Seen<'a> {
    source: &'a str,
    at: String,
    url: Option<&'a str>,
    title: Option<&'a str>,
}

/// The ids of the batch's articles, locked for this transaction (in id order, so concurrent
/// importers do not deadlock), their sources and articles created on first sight and their
/// URL and title updated to the batch's last given; an article of another source is an error.
fn articles_of<'a>(
    tx: &mut Transaction,
    batch: &[NewVersion<'a>],
) -> Result<HashMap<&'a str, i64>> {
    let mut order: Vec<&str> = Vec::new();
    let mut seen: HashMap<&str, Seen> = HashMap::new();
    for v in batch {
        let e = seen.entry(v.article).or_insert_with(|| {
            order.push(v.article);
            Seen {
                source: v.source,
                at: v.recorded_at.clone(),
                url: None,
                title: None,
            }
        });
        e.url = v.url.or(e.url);
        e.title = v.title.or(e.title);
    }
    let sources: Vec<&str> = order.iter().map(|k| seen[k].source).collect();
    let times: Vec<&str> = order.iter().map(|k| seen[k].at.as_str()).collect();
    let urls: Vec<Option<&str>> = order.iter().map(|k| seen[k].url).collect();
    let titles: Vec<Option<&str>> = order.iter().map(|k| seen[k].title).collect();
    tx.execute(
        "INSERT INTO sources (name) SELECT DISTINCT unnest($1::text[]) ON CONFLICT (name) DO NOTHING",
        &[&sources],
    )?;
    tx.execute(
        "INSERT INTO articles (key, source_id, url, title, created_at) \
         SELECT u.key, s.id, u.url, u.title, u.at \
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(key, source, url, title, at) \
         JOIN sources s ON s.name = u.source ORDER BY u.key ON CONFLICT (key) DO NOTHING",
        &[&order, &sources, &urls, &titles, &times],
    )?;
    let rows = tx.query(
        "SELECT a.id, a.key, s.name FROM articles a JOIN sources s ON s.id = a.source_id \
         WHERE a.key = ANY($1) ORDER BY a.id FOR UPDATE OF a",
        &[&order],
    )?;
    let mut ids = HashMap::new();
    for r in &rows {
        let key: String = r.get(1);
        let Some((&k, e)) = seen.get_key_value(key.as_str()) else {
            continue;
        };
        let source = e.source;
        let stored: String = r.get(2);
        if stored != source {
            return Err(Error::SourceMismatch {
                article: key,
                stored,
                given: source.to_string(),
            });
        }
        ids.insert(k, r.get::<_, i64>(0));
    }
    tx.execute(
        "UPDATE articles a SET url = coalesce(u.url, a.url), title = coalesce(u.title, a.title) \
         FROM unnest($1::text[], $2::text[], $3::text[]) AS u(key, url, title) \
         WHERE a.key = u.key AND (u.url IS NOT NULL OR u.title IS NOT NULL)",
        &[&order, &urls, &titles],
    )?;
    Ok(ids)
}
