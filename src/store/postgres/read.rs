//! Reads: articles, an article's versions and the version a ref names, a stored version's
//! text, sentences and claims, a source's other texts, the topic counts, the user's topic
//! terms, a topic's timeline and full-text search, each the SQLite store's query in
//! PostgreSQL's dialect.

use postgres::types::ToSql;
use postgres::GenericClient;

use super::columns::{
    claim, claim_cols, claim_row, sentence_row, version, version_row, SENTENCE_COLS, VERSION_COLS,
};
use crate::error::{Error, Result};
use crate::model::{Article, Claim, ClaimStatus, Sentence, Version};
use crate::store::{
    StoredVersion, Timeline, TimelineEntry, TimelineQuery, TopicCount, VersionClaim, VersionInput,
    VersionRef,
};

/// The claims of one version, in order.
pub(super) fn claims_on(c: &mut impl GenericClient, version_id: i64) -> Result<Vec<Claim>> {
    let sql = format!(
        "SELECT {} FROM claims c WHERE c.version_id = $1 ORDER BY c.ord",
        claim_cols("c")
    );
    let rows = c.query(&sql, &[&version_id])?;
    Ok(rows.iter().map(|r| claim_row(r, 0)).collect())
}

/// The sentences of one version, in order.
pub(super) fn sentences_on(c: &mut impl GenericClient, version_id: i64) -> Result<Vec<Sentence>> {
    let rows = c.query(
        &format!("SELECT {SENTENCE_COLS} FROM sentences WHERE version_id = $1 ORDER BY idx"),
        &[&version_id],
    )?;
    Ok(rows.iter().map(sentence_row).collect())
}

pub(super) fn articles(c: &mut impl GenericClient) -> Result<Vec<Article>> {
    let rows = c.query(
        // Versions counted on their own, so that the index versions_article_at answers.
        "SELECT a.key, s.name AS source, a.url, a.title, coalesce(v.n, 0) AS version_count, \
         v.latest AS latest_at FROM articles a JOIN sources s ON s.id = a.source_id \
         LEFT JOIN (SELECT article_id, count(*) AS n, max(at) AS latest FROM versions \
                    GROUP BY article_id) v ON v.article_id = a.id \
         ORDER BY s.name, a.key",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| Article {
            key: r.get("key"),
            source: r.get("source"),
            url: r.get("url"),
            title: r.get("title"),
            versions: r.get::<_, i64>("version_count") as usize,
            latest_at: r.get("latest_at"),
        })
        .collect())
}

pub(super) fn versions(c: &mut impl GenericClient, article: &str) -> Result<Vec<Version>> {
    let sql = format!(
        "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id WHERE a.key = $1 ORDER BY v.number"
    );
    let rows: Vec<Version> = c
        .query(&sql, &[&article])?
        .iter()
        .map(version_row)
        .collect();
    if rows.is_empty() {
        return Err(Error::UnknownArticle(article.to_string()));
    }
    Ok(rows)
}

pub(super) fn resolve(c: &mut impl GenericClient, r: &VersionRef) -> Result<Version> {
    r.pick(&versions(c, &r.article)?)
}

pub(super) fn load(c: &mut impl GenericClient, version: &Version) -> Result<StoredVersion> {
    let text: String = c
        .query_one("SELECT text FROM versions WHERE id = $1", &[&version.id])?
        .get("text");
    Ok(StoredVersion {
        version: version.clone(),
        text,
        sentences: sentences_on(c, version.id)?,
        claims: claims_on(c, version.id)?,
    })
}

/// A version's input as recorded.
pub(super) fn input(c: &mut impl GenericClient, version_id: i64) -> Result<VersionInput> {
    let r = c.query_one(
        "SELECT v.raw, v.format, v.encoding, v.lang, a.url FROM versions v \
         JOIN articles a ON a.id = v.article_id WHERE v.id = $1",
        &[&version_id],
    )?;
    Ok(VersionInput {
        raw: r.get("raw"),
        format: r.get("format"),
        encoding: r.get("encoding"),
        lang: r.get("lang"),
        url: r.get("url"),
    })
}

/// The latest version's text of up to 50 other articles of the same source, newest first.
pub(super) fn source_texts(
    c: &mut impl GenericClient,
    source: &str,
    except_article: &str,
    site: Option<&str>,
) -> Result<Vec<String>> {
    let rows = c.query(
        "SELECT v.id, a.url FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
         WHERE s.name = $1 AND a.key <> $2 AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id) \
         ORDER BY v.id DESC",
        &[&source, &except_article],
    )?;
    let rows: Vec<(i64, Option<String>)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    let ids: Vec<i64> = crate::store::on_site(rows, site).collect();
    let texts = c.query("SELECT id, text FROM versions WHERE id = ANY($1)", &[&ids])?;
    let by_id: std::collections::HashMap<i64, String> =
        texts.iter().map(|r| (r.get(0), r.get(1))).collect();
    Ok(ids.iter().filter_map(|id| by_id.get(id).cloned()).collect())
}

pub(super) fn topics(c: &mut impl GenericClient) -> Result<Vec<TopicCount>> {
    let rows = c.query(
        "SELECT topic, sum(claims)::bigint AS claim_count, count(*) AS article_count, \
         count(DISTINCT source_id) AS source_count, max(latest) AS latest_at \
         FROM topic_articles GROUP BY topic ORDER BY sum(claims) DESC, topic",
        &[],
    )?;
    Ok(rows
        .iter()
        .map(|r| TopicCount {
            topic: r.get("topic"),
            claims: r.get::<_, i64>("claim_count") as usize,
            articles: r.get::<_, i64>("article_count") as usize,
            sources: r.get::<_, i64>("source_count") as usize,
            latest: r.get("latest_at"),
        })
        .collect())
}

/// Each article's claim changes over its versions, in the order given (`None`: an article
/// with a version not linked yet, or not in the store). One query for them all.
pub(super) fn claim_changes(
    c: &mut impl GenericClient,
    articles: &[String],
) -> Result<Vec<Option<usize>>> {
    let rows = c.query(
        "SELECT a.key, count(*) AS versions, count(vc.version_id) AS counted, \
         coalesce(sum(vc.changes), 0)::bigint AS changes FROM articles a \
         JOIN versions v ON v.article_id = a.id \
         LEFT JOIN version_changes vc ON vc.version_id = v.id AND v.linked \
         WHERE a.key = ANY($1) GROUP BY a.key",
        &[&articles],
    )?;
    let found: std::collections::HashMap<String, Option<usize>> = rows
        .iter()
        .map(|r| {
            let (versions, counted): (i64, i64) = (r.get("versions"), r.get("counted"));
            let changes: i64 = r.get("changes");
            (
                r.get("key"),
                (counted == versions).then_some(changes as usize),
            )
        })
        .collect();
    Ok(articles
        .iter()
        .map(|k| found.get(k).copied().flatten())
        .collect())
}

/// Every source's name, in name order.
pub(super) fn source_names(c: &mut impl GenericClient) -> Result<Vec<String>> {
    let rows = c.query("SELECT name FROM sources ORDER BY name", &[])?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

/// The keys of the articles with a claim on any of `topics`, in key order.
pub(super) fn articles_on_topics(
    c: &mut impl GenericClient,
    topics: &[String],
) -> Result<Vec<String>> {
    let rows = c.query(
        "SELECT DISTINCT a.key FROM topic_articles t JOIN articles a ON a.id = t.article_id \
         WHERE t.topic = ANY($1) ORDER BY a.key",
        &[&topics],
    )?;
    Ok(rows.iter().map(|r| r.get(0)).collect())
}

pub(super) fn topic_terms(c: &mut impl GenericClient) -> Result<String> {
    let rows = c.query("SELECT lines FROM topic_terms ORDER BY id", &[])?;
    let mut out = String::new();
    for r in rows {
        out.push_str(r.get("lines"));
        out.push('\n');
    }
    Ok(out)
}

/// Boxed query arguments as the client takes them.
pub(super) fn params(args: &[Box<dyn ToSql + Sync>]) -> Vec<&(dyn ToSql + Sync)> {
    args.iter().map(|a| a.as_ref()).collect()
}

/// Where a timeline row's status sits: after the version's columns.
const STATUS: usize = version::COUNT;
/// Where the entry's claim starts: after the status.
const CLAIM: usize = STATUS + 1;
/// Where the claim it continues starts (all null when there is none).
const PREVIOUS: usize = CLAIM + claim::COUNT;

/// The query for the matching (version, claim, status, at) rows with its arguments; joins are
/// added only for the filters that need them.
fn matching(q: &TimelineQuery) -> (String, Vec<Box<dyn ToSql + Sync>>) {
    // One topic is an equality, so that an index on (topic, at) yields its entries in time
    // order (`= ANY` of an array does not: PostgreSQL then sorts every matching row).
    let (mut inner, topics): (String, Box<dyn ToSql + Sync>) = match q.topics.as_slice() {
        [one] => (
            "SELECT tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl \
             WHERE tl.topic = $1"
                .to_string(),
            Box::new(one.clone()),
        ),
        _ => (
            "SELECT DISTINCT tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl \
             WHERE tl.topic = ANY($1)"
                .to_string(),
            Box::new(q.topics.clone()),
        ),
    };
    let mut args: Vec<Box<dyn ToSql + Sync>> = vec![topics];
    let mut arg = |inner: &mut String, sql: &str, value: Box<dyn ToSql + Sync>| {
        args.push(value);
        inner.push_str(&sql.replace("$?", &format!("${}", args.len())));
    };
    if let Some(t) = &q.since {
        arg(&mut inner, " AND tl.at >= $?", Box::new(t.clone()));
    }
    if let Some(t) = &q.until {
        arg(&mut inner, " AND tl.at <= $?", Box::new(t.clone()));
    }
    if let Some(s) = &q.source {
        let sql = " AND tl.source_id = (SELECT id FROM sources WHERE name = $?)";
        arg(&mut inner, sql, Box::new(s.clone()));
    }
    if let Some(a) = &q.article {
        let sql = " AND tl.version_id IN (SELECT v.id FROM versions v \
                   JOIN articles a ON a.id = v.article_id WHERE a.key = $?)";
        arg(&mut inner, sql, Box::new(a.clone()));
    }
    if let Some(min) = q.min_change {
        // `<> 'unchanged'` too: the predicate of the partial index timeline_changes.
        let sql = " AND tl.status <> 'unchanged' AND tl.status = 'changed' \
                   AND tl.change_pct >= $?";
        arg(&mut inner, sql, Box::new(min));
    } else if !q.all {
        inner.push_str(" AND tl.status <> 'unchanged'");
    }
    (inner, args)
}

pub(super) fn timeline(c: &mut impl GenericClient, q: &TimelineQuery) -> Result<Timeline> {
    if q.topics.is_empty() {
        return Ok(Timeline::default());
    }
    let (inner, mut args) = matching(q);
    let total: i64 = c
        .query_one(
            &format!("SELECT count(*) AS total FROM ({inner}) m"),
            &params(&args),
        )?
        .get("total");
    args.push(Box::new(q.limit.map(|n| n as i64)));
    let sql = format!(
        "SELECT {VERSION_COLS}, h.status, {}, {} FROM \
         ({inner} ORDER BY tl.at DESC, tl.version_id DESC, tl.claim_id DESC LIMIT ${}) h \
         JOIN versions v ON v.id = h.version_id JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id JOIN claims c ON c.id = h.claim_id \
         LEFT JOIN claims p ON p.id = c.previous_id AND h.status <> 'removed' \
         ORDER BY h.at, h.version_id, c.ord",
        claim_cols("c"),
        claim_cols("p"),
        args.len()
    );
    let rows = c.query(&sql, &params(&args))?;
    let entries = rows
        .iter()
        .map(|r| {
            let status: String = r.get(STATUS);
            let previous = r
                .get::<_, Option<i64>>(PREVIOUS + claim::ID)
                .map(|_| claim_row(r, PREVIOUS));
            TimelineEntry {
                version: version_row(r),
                status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
                claim: claim_row(r, CLAIM),
                previous,
            }
        })
        .collect();
    Ok(Timeline {
        entries,
        total: total as usize,
    })
}

/// Full-text search: the query's words (operators and quotes are data) matched against the
/// claims' search vectors in both languages' configurations, best rank first.
pub(super) fn search(
    c: &mut impl GenericClient,
    query: &str,
    limit: usize,
) -> Result<Vec<VersionClaim>> {
    let words: Vec<&str> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        // Rank the matches first, then join only the hits kept.
        "WITH q AS (SELECT plainto_tsquery('claimdiff_en', $1) AS en, \
                           plainto_tsquery('claimdiff_es', $1) AS es) \
         SELECT {VERSION_COLS}, {} FROM \
         (SELECT m.id, greatest(ts_rank(m.search, q.en), ts_rank(m.search, q.es)) AS rank \
          FROM claims m, q WHERE m.search @@ q.en OR m.search @@ q.es \
          ORDER BY rank DESC, m.id LIMIT $2) h \
         JOIN claims c ON c.id = h.id JOIN versions v ON v.id = c.version_id \
         JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
         ORDER BY h.rank DESC, v.at, c.id",
        claim_cols("c")
    );
    let rows = c.query(&sql, &[&words.join(" "), &(limit as i64)])?;
    Ok(rows
        .iter()
        .map(|r| VersionClaim {
            version: version_row(r),
            claim: claim_row(r, version::COUNT),
        })
        .collect())
}
