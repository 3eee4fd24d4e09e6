//! The embedded store: one SQLite file (bundled SQLite), WAL mode and a busy timeout so that
//! several `claimdiff` processes can write at once, foreign keys on, every write one
//! `BEGIN IMMEDIATE` transaction.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use rusqlite::{
    params, Connection, OpenFlags, OptionalExtension, Row, Transaction, TransactionBehavior,
};

use super::{
    ClaimFilter, NewVersion, RawVersion, Recorded, ReindexReport, Store, StoredVersion, TopicCount,
    VersionClaim, VersionRef, Which,
};
use crate::ingest::boilerplate;
use crate::model::{Article, Claim, Extraction, Lang, Qualifier, Sentence, Version};

/// The migrations in `schema/`, in order. `PRAGMA user_version` counts how many are applied.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../schema/0001_init.sql")),
    ("0002_search", include_str!("../../schema/0002_search.sql")),
    (
        "0003_topic_summary",
        include_str!("../../schema/0003_topic_summary.sql"),
    ),
];

pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
}

const VERSION_COLS: &str = "v.id, a.key, s.name, v.number, v.recorded_at, v.published_at, \
     v.content_hash, v.title, (SELECT count(*) FROM claims c WHERE c.version_id = v.id)";

fn version_row(r: &Row) -> rusqlite::Result<Version> {
    Ok(Version {
        id: r.get(0)?,
        article: r.get(1)?,
        source: r.get(2)?,
        number: r.get(3)?,
        recorded_at: r.get(4)?,
        published_at: r.get(5)?,
        content_hash: r.get(6)?,
        title: r.get(7)?,
        claims: r.get::<_, i64>(8)? as usize,
    })
}

const CLAIM_COLS: &str = "c.id, c.version_id, c.sentence_idx, c.label, c.value, c.value_max, \
     c.qualifier, c.unit, c.subject, c.subject_key, c.attribution, c.surface, c.start, c.end, \
     (SELECT text FROM sentences se WHERE se.version_id = c.version_id AND se.idx = c.sentence_idx), \
     (SELECT group_concat(topic, ' ') FROM (SELECT topic FROM claim_topics t WHERE t.claim_id = c.id ORDER BY topic))";

/// Reads a claim row (columns as in [`CLAIM_COLS`], starting at `o`).
fn claim_row(r: &Row, o: usize) -> rusqlite::Result<Claim> {
    let q: String = r.get(o + 6)?;
    let key: String = r.get(o + 9)?;
    let topics: Option<String> = r.get(o + 15)?;
    Ok(Claim {
        label: r.get(o + 3)?,
        value: r.get(o + 4)?,
        value_max: r.get(o + 5)?,
        qualifier: Qualifier::parse(&q).unwrap_or_default(),
        unit: r.get(o + 7)?,
        subject: r.get(o + 8)?,
        topics: topics
            .map(|t| t.split(' ').map(str::to_string).collect())
            .unwrap_or_default(),
        attribution: r.get(o + 10)?,
        surface: r.get(o + 11)?,
        sentence: r.get::<_, Option<String>>(o + 14)?.unwrap_or_default(),
        start: r.get::<_, i64>(o + 12)? as usize,
        end: r.get::<_, i64>(o + 13)? as usize,
        sentence_index: r.get::<_, i64>(o + 2)? as usize,
        key: key
            .split(' ')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

impl SqliteStore {
    /// Opens the database at `path`. With `create`, a missing file is created with the schema;
    /// without it, a missing file is an error (read commands never create a database).
    pub fn open(path: &Path, create: bool) -> Result<SqliteStore> {
        if !create && !path.exists() {
            bail!(
                "no claimdiff database at {} (record an article first, or pass --db)",
                path.display()
            );
        }
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        if create {
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        }
        let conn = Connection::open_with_flags(path, flags)
            .map_err(|e| anyhow!("cannot open database {}: {e}", path.display()))?;
        conn.busy_timeout(Duration::from_secs(30))?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
        };
        store.prepare().map_err(|e| {
            let msg = e.to_string();
            if msg.contains("file is not a database") {
                anyhow!(
                    "{} is not a claimdiff database (not SQLite)",
                    path.display()
                )
            } else {
                e
            }
        })?;
        Ok(store)
    }

    fn prepare(&mut self) -> Result<()> {
        // Switching a new database to WAL takes an exclusive lock that the busy handler does
        // not wait for; several processes creating one database at once retry here.
        let mut tries = 0;
        loop {
            match self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
            {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy && tries < 200 =>
                {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(10 + 5 * tries.min(20)));
                }
                Err(e) => return Err(e.into()),
            }
        }
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.migrate()
    }

    fn schema_version(&self) -> Result<usize> {
        let v: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(v as usize)
    }

    /// Applies the migrations this database lacks, each in the same transaction as its
    /// `user_version` bump; refuses a database from a newer claimdiff.
    fn migrate(&mut self) -> Result<()> {
        let known = MIGRATIONS.len();
        let current = self.schema_version()?;
        if current > known {
            bail!(
                "database {} was written by a newer claimdiff (schema {current}; this build knows up to {known}): upgrade claimdiff",
                self.path.display()
            );
        }
        if current == known {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, (name, sql)) in MIGRATIONS.iter().enumerate().skip(current as usize) {
            tx.execute_batch(sql)
                .with_context(|| format!("applying schema migration {name}"))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The number of migrations applied (for tests and `--version` style reports).
    pub fn schema(&self) -> Result<usize> {
        self.schema_version()
    }

    fn write_extraction(tx: &Transaction, version_id: i64, ex: &Extraction) -> Result<()> {
        let mut st = tx.prepare_cached(
            "INSERT INTO sentences (version_id, idx, paragraph, start, end, lang, text) VALUES (?,?,?,?,?,?,?)",
        )?;
        for s in &ex.sentences {
            st.execute(params![
                version_id,
                s.index as i64,
                s.paragraph as i64,
                s.start as i64,
                s.end as i64,
                s.lang.as_str(),
                s.text
            ])?;
        }
        let mut cl = tx.prepare_cached(
            "INSERT INTO claims (version_id, ord, sentence_idx, label, value, value_max, qualifier, unit, subject, subject_key, attribution, surface, start, end) \
             VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        )?;
        let mut tp = tx
            .prepare_cached("INSERT OR IGNORE INTO claim_topics (topic, claim_id) VALUES (?, ?)")?;
        let mut fts =
            tx.prepare_cached("INSERT INTO claim_fts (rowid, sentence, subject) VALUES (?, ?, ?)")?;
        for (ord, c) in ex.claims.iter().enumerate() {
            cl.execute(params![
                version_id,
                ord as i64,
                c.sentence_index as i64,
                c.label,
                c.value,
                c.value_max,
                c.qualifier.as_str(),
                c.unit,
                c.subject,
                c.key.join(" "),
                c.attribution,
                c.surface,
                c.start as i64,
                c.end as i64
            ])?;
            let id = tx.last_insert_rowid();
            for t in &c.topics {
                tp.execute(params![t, id])?;
            }
            fts.execute(params![id, c.sentence, c.subject])?;
        }
        Ok(())
    }

    /// Rewrites the topic summary rows of one article (or of every article with `None`).
    fn refresh_topic_summary(tx: &Transaction, article_id: Option<i64>) -> Result<()> {
        let select =
            "SELECT t.topic, v.article_id, a.source_id, count(*), max(v.at) FROM claim_topics t \
             JOIN claims c ON c.id = t.claim_id JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id";
        match article_id {
            Some(id) => {
                tx.execute("DELETE FROM topic_articles WHERE article_id = ?", [id])?;
                tx.execute(
                    &format!("INSERT INTO topic_articles (topic, article_id, source_id, claims, latest) {select} WHERE v.article_id = ? GROUP BY t.topic, v.article_id"),
                    [id],
                )?;
            }
            None => {
                tx.execute("DELETE FROM topic_articles", [])?;
                tx.execute(
                    &format!("INSERT INTO topic_articles (topic, article_id, source_id, claims, latest) {select} GROUP BY t.topic, v.article_id"),
                    [],
                )?;
            }
        }
        Ok(())
    }

    /// Rebuilds derived tables (the topic summary) from the claims; for tools that write claims
    /// in bulk outside `record`, such as the scale generator.
    pub fn rebuild_summaries(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        Self::refresh_topic_summary(&tx, None)?;
        tx.commit()?;
        Ok(())
    }

    fn delete_extraction(tx: &Transaction, version_id: i64) -> Result<()> {
        tx.execute(
            "DELETE FROM claim_fts WHERE rowid IN (SELECT id FROM claims WHERE version_id = ?)",
            [version_id],
        )?;
        tx.execute("DELETE FROM claims WHERE version_id = ?", [version_id])?;
        tx.execute("DELETE FROM sentences WHERE version_id = ?", [version_id])?;
        Ok(())
    }

    fn claims_of(&self, version_id: i64) -> Result<Vec<Claim>> {
        let sql =
            format!("SELECT {CLAIM_COLS} FROM claims c WHERE c.version_id = ? ORDER BY c.ord");
        let mut st = self.conn.prepare_cached(&sql)?;
        let rows = st.query_map([version_id], |r| claim_row(r, 0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store for SqliteStore {
    fn record(&mut self, v: &NewVersion) -> Result<Recorded> {
        let hash = crate::app::content_hash(v.text);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT OR IGNORE INTO sources (name) VALUES (?)",
            [v.source],
        )?;
        let source_id: i64 =
            tx.query_row("SELECT id FROM sources WHERE name = ?", [v.source], |r| {
                r.get(0)
            })?;
        let existing: Option<(i64, i64, String)> = tx
            .query_row(
                "SELECT a.id, a.source_id, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.key = ?",
                [v.article],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let article_id = match existing {
            Some((id, sid, name)) => {
                if sid != source_id {
                    bail!(
                        "article {:?} belongs to source {:?}, not {:?} (use another --article key)",
                        v.article,
                        name,
                        v.source
                    );
                }
                if v.url.is_some() || v.title.is_some() {
                    tx.execute(
                        "UPDATE articles SET url = coalesce(?, url), title = coalesce(?, title) WHERE id = ?",
                        params![v.url, v.title, id],
                    )?;
                }
                id
            }
            None => {
                tx.execute(
                    "INSERT INTO articles (key, source_id, url, title, created_at) VALUES (?,?,?,?,?)",
                    params![v.article, source_id, v.url, v.title, v.recorded_at],
                )?;
                tx.last_insert_rowid()
            }
        };
        let latest: Option<(u32, String)> = tx
            .query_row(
                "SELECT number, content_hash FROM versions WHERE article_id = ? ORDER BY number DESC LIMIT 1",
                [article_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some((n, h)) = &latest {
            if *h == hash {
                return Ok(Recorded::Unchanged(*n));
            }
        }
        let number = latest.map_or(1, |(n, _)| n + 1);
        let at = v
            .published_at
            .clone()
            .unwrap_or_else(|| v.recorded_at.clone());
        tx.execute(
            "INSERT INTO versions (article_id, number, recorded_at, published_at, at, content_hash, raw, format, encoding, text, lang, title) \
             VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            params![article_id, number, v.recorded_at, v.published_at, at, hash, v.raw, v.format, v.encoding, v.text, v.lang, v.title],
        )?;
        let version_id = tx.last_insert_rowid();
        Self::write_extraction(&tx, version_id, v.extraction)?;
        Self::refresh_topic_summary(&tx, Some(article_id))?;
        tx.commit()?;
        let r = VersionRef {
            article: v.article.to_string(),
            which: Which::Number(number),
        };
        Ok(Recorded::Stored(self.resolve(&r)?))
    }

    fn articles(&self) -> Result<Vec<Article>> {
        let mut st = self.conn.prepare(
            "SELECT a.key, s.name, a.url, a.title, count(v.id), max(v.at) FROM articles a \
             JOIN sources s ON s.id = a.source_id LEFT JOIN versions v ON v.article_id = a.id \
             GROUP BY a.id ORDER BY s.name, a.key",
        )?;
        let rows = st.query_map([], |r| {
            Ok(Article {
                key: r.get(0)?,
                source: r.get(1)?,
                url: r.get(2)?,
                title: r.get(3)?,
                versions: r.get::<_, i64>(4)? as usize,
                latest_at: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn versions(&self, article: &str) -> Result<Vec<Version>> {
        let sql = format!(
            "SELECT {VERSION_COLS} FROM versions v JOIN articles a ON a.id = v.article_id \
             JOIN sources s ON s.id = a.source_id WHERE a.key = ? ORDER BY v.number"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows: Vec<Version> = st
            .query_map([article], version_row)?
            .collect::<rusqlite::Result<_>>()?;
        if rows.is_empty() {
            bail!("unknown article {article:?} (see `claimdiff log` for the articles stored)");
        }
        Ok(rows)
    }

    fn resolve(&self, r: &VersionRef) -> Result<Version> {
        let versions = self.versions(&r.article)?;
        let v = match r.which {
            Which::Latest => versions.last(),
            Which::First => versions.first(),
            Which::Number(n) => versions.iter().find(|v| v.number == n),
        };
        v.cloned().ok_or_else(|| {
            anyhow!(
                "article {:?} has no version {} (it has versions 1 to {})",
                r.article,
                match r.which {
                    Which::Number(n) => n.to_string(),
                    _ => "?".into(),
                },
                versions.len()
            )
        })
    }

    fn load(&self, version: &Version) -> Result<StoredVersion> {
        let text: String = self.conn.query_row(
            "SELECT text FROM versions WHERE id = ?",
            [version.id],
            |r| r.get(0),
        )?;
        let mut st = self.conn.prepare_cached(
            "SELECT idx, paragraph, start, end, lang, text FROM sentences WHERE version_id = ? ORDER BY idx",
        )?;
        let sentences = st
            .query_map([version.id], |r| {
                Ok(Sentence {
                    index: r.get::<_, i64>(0)? as usize,
                    paragraph: r.get::<_, i64>(1)? as usize,
                    start: r.get::<_, i64>(2)? as usize,
                    end: r.get::<_, i64>(3)? as usize,
                    lang: Lang::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
                    text: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(StoredVersion {
            version: version.clone(),
            text,
            sentences,
            claims: self.claims_of(version.id)?,
        })
    }

    fn source_lines(&self, source: &str, except_article: &str) -> Result<HashSet<u64>> {
        // The latest version of up to 50 other articles of the same source; a line counts as
        // the source's furniture when at least two of them carry it.
        let mut st = self.conn.prepare_cached(
            "SELECT v.text FROM versions v JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
             WHERE s.name = ? AND a.key <> ? AND v.number = (SELECT max(number) FROM versions WHERE article_id = a.id) \
             ORDER BY v.id DESC LIMIT 50",
        )?;
        let mut counts: HashMap<u64, u32> = HashMap::new();
        let rows = st.query_map(params![source, except_article], |r| r.get::<_, String>(0))?;
        for text in rows {
            let lines: HashSet<u64> = boilerplate::line_hashes(&text?).collect();
            for h in lines {
                *counts.entry(h).or_default() += 1;
            }
        }
        Ok(counts
            .into_iter()
            .filter(|(_, n)| *n >= 2)
            .map(|(h, _)| h)
            .collect())
    }

    fn reindex(
        &mut self,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction>,
    ) -> Result<ReindexReport> {
        let ids: Vec<(i64, String, String, Vec<u8>)> = {
            let mut st = self.conn.prepare(
                "SELECT v.id, s.name, a.key, v.raw FROM versions v JOIN articles a ON a.id = v.article_id \
                 JOIN sources s ON s.id = a.source_id ORDER BY v.id",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut report = ReindexReport::default();
        let mut results = Vec::with_capacity(ids.len());
        for (id, source, article, raw) in ids {
            let before = self.claims_of(id)?;
            let known_furniture = self.source_lines(&source, &article)?;
            let rv = RawVersion {
                id,
                source,
                article,
                raw,
                claims_before: before,
                known_furniture,
            };
            let ex = f(&rv).with_context(|| format!("re-extracting {}", rv.article))?;
            report.versions += 1;
            report.claims_before += rv.claims_before.len();
            report.claims_after += ex.claims.len();
            let same = rv.claims_before.len() == ex.claims.len()
                && rv.claims_before.iter().zip(&ex.claims).all(|(a, b)| {
                    let mut b = b.clone();
                    b.topics.sort();
                    let mut a = a.clone();
                    a.topics.sort();
                    a == b
                });
            if !same {
                report.versions_changed += 1;
            }
            results.push((id, ex));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (id, ex) in &results {
            Self::delete_extraction(&tx, *id)?;
            Self::write_extraction(&tx, *id, ex)?;
        }
        Self::refresh_topic_summary(&tx, None)?;
        tx.commit()?;
        Ok(report)
    }

    fn claims(&self, filter: &ClaimFilter) -> Result<Vec<VersionClaim>> {
        let mut sql = format!(
            "SELECT {VERSION_COLS}, {CLAIM_COLS} FROM claims c JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id WHERE 1=1"
        );
        let mut args: Vec<String> = Vec::new();
        if !filter.topics.is_empty() {
            let marks = vec!["?"; filter.topics.len()].join(",");
            sql.push_str(&format!(
                " AND c.id IN (SELECT claim_id FROM claim_topics WHERE topic IN ({marks}))"
            ));
            args.extend(filter.topics.iter().cloned());
        }
        if let Some(s) = &filter.source {
            sql.push_str(" AND s.name = ?");
            args.push(s.clone());
        }
        if let Some(a) = &filter.article {
            sql.push_str(" AND a.key = ?");
            args.push(a.clone());
        }
        if let Some(t) = &filter.since {
            sql.push_str(" AND v.at >= ?");
            args.push(t.clone());
        }
        if let Some(t) = &filter.until {
            sql.push_str(" AND v.at <= ?");
            args.push(t.clone());
        }
        sql.push_str(" ORDER BY v.at, v.id, c.ord");
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            Ok(VersionClaim {
                version: version_row(r)?,
                claim: claim_row(r, 9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn version_claims(&self, version_ids: &[i64]) -> Result<HashMap<i64, Vec<Claim>>> {
        let mut out = HashMap::new();
        for &id in version_ids {
            out.insert(id, self.claims_of(id)?);
        }
        Ok(out)
    }

    fn topics(&self) -> Result<Vec<TopicCount>> {
        let mut st = self.conn.prepare(
            "SELECT topic, sum(claims), count(*), count(DISTINCT source_id), max(latest) \
             FROM topic_articles GROUP BY topic ORDER BY sum(claims) DESC, topic",
        )?;
        let rows = st.query_map([], |r| {
            Ok(TopicCount {
                topic: r.get(0)?,
                claims: r.get::<_, i64>(1)? as usize,
                articles: r.get::<_, i64>(2)? as usize,
                sources: r.get::<_, i64>(3)? as usize,
                latest: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<VersionClaim>> {
        // Every word of the query is a quoted FTS5 string: operators and quotes are data.
        let terms: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{w}\""))
            .collect();
        if terms.is_empty() {
            return Ok(Vec::new());
        }
        let fts_query = terms.join(" ");
        let sql = format!(
            // Rank inside the index first, then join only the hits kept.
            "SELECT {VERSION_COLS}, {CLAIM_COLS} FROM \
             (SELECT rowid AS id, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) h \
             JOIN claims c ON c.id = h.id JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
             ORDER BY h.rank, v.at"
        );
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params![fts_query, limit as i64], |r| {
            Ok(VersionClaim {
                version: version_row(r)?,
                claim: claim_row(r, 9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn topic_terms(&self) -> Result<String> {
        let mut st = self
            .conn
            .prepare("SELECT lines FROM topic_terms ORDER BY id")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = String::new();
        for r in rows {
            out.push_str(&r?);
            out.push('\n');
        }
        Ok(out)
    }

    fn add_topic_terms(&mut self, lines: &str) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("INSERT INTO topic_terms (lines) VALUES (?)", [lines])?;
        tx.commit()?;
        Ok(())
    }
}
