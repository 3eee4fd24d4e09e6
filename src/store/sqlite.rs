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
    LinkFn, NewVersion, RawVersion, Recorded, ReindexReport, Store, StoredVersion, Timeline,
    TimelineEntry, TimelineQuery, TopicCount, VersionClaim, VersionRef, Which,
};
use crate::ingest::boilerplate;
use crate::model::{
    Article, Claim, ClaimStatus, Extraction, Lang, Lineage, Qualifier, Sentence, Version,
};

/// The migrations in `schema/`, in order. `PRAGMA user_version` counts how many are applied.
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_init", include_str!("../../schema/0001_init.sql")),
    ("0002_search", include_str!("../../schema/0002_search.sql")),
    (
        "0003_topic_summary",
        include_str!("../../schema/0003_topic_summary.sql"),
    ),
    (
        "0004_lineage",
        include_str!("../../schema/0004_lineage.sql"),
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

/// The columns [`claim_row`] reads, for the claims table under alias `a` (16 columns).
fn claim_cols(a: &str) -> String {
    format!(
        "{a}.id, {a}.version_id, {a}.sentence_idx, {a}.label, {a}.value, {a}.value_max, \
         {a}.qualifier, {a}.unit, {a}.subject, {a}.subject_key, {a}.attribution, {a}.surface, \
         {a}.start, {a}.end, \
         (SELECT text FROM sentences se WHERE se.version_id = {a}.version_id AND se.idx = {a}.sentence_idx), \
         (SELECT group_concat(topic, ' ') FROM (SELECT topic FROM claim_topics t WHERE t.claim_id = {a}.id ORDER BY topic))"
    )
}

/// The claims of one version, in order.
fn claims_on(conn: &Connection, version_id: i64) -> Result<Vec<Claim>> {
    let sql = format!(
        "SELECT {} FROM claims c WHERE c.version_id = ? ORDER BY c.ord",
        claim_cols("c")
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([version_id], |r| claim_row(r, 0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The sentences of one version, in order.
fn sentences_on(conn: &Connection, version_id: i64) -> Result<Vec<Sentence>> {
    let mut st = conn.prepare_cached(
        "SELECT idx, paragraph, start, end, lang, text FROM sentences WHERE version_id = ? ORDER BY idx",
    )?;
    let rows = st.query_map([version_id], |r| {
        Ok(Sentence {
            index: r.get::<_, i64>(0)? as usize,
            paragraph: r.get::<_, i64>(1)? as usize,
            start: r.get::<_, i64>(2)? as usize,
            end: r.get::<_, i64>(3)? as usize,
            lang: Lang::parse(&r.get::<_, String>(4)?).unwrap_or_default(),
            text: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The ids of a version's claims, in order.
fn claim_ids(conn: &Connection, version_id: i64) -> Result<Vec<i64>> {
    let mut st = conn.prepare_cached("SELECT id FROM claims WHERE version_id = ? ORDER BY ord")?;
    let rows = st.query_map([version_id], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The id of the version before `number` of an article, if there is one.
fn previous_version(conn: &Connection, article_id: i64, number: u32) -> Result<Option<i64>> {
    if number <= 1 {
        return Ok(None);
    }
    Ok(conn
        .query_row(
            "SELECT id FROM versions WHERE article_id = ? AND number = ?",
            params![article_id, number - 1],
            |r| r.get(0),
        )
        .optional()?)
}

/// Stores a version's lineage: each claim's status and the claim it continues, and the
/// version's rows in the topic timeline (its claims, and the older claims it dropped).
fn write_lineage(
    tx: &Connection,
    version_id: i64,
    previous: Option<i64>,
    lineage: &Lineage,
) -> Result<()> {
    let ids = claim_ids(tx, version_id)?;
    let before = match previous {
        Some(p) => claim_ids(tx, p)?,
        None => Vec::new(),
    };
    if lineage.previous.len() != ids.len()
        || lineage
            .previous
            .iter()
            .flatten()
            .map(|(i, _)| *i)
            .chain(lineage.removed.iter().copied())
            .any(|i| i >= before.len())
    {
        bail!("internal error: claim lineage does not fit version {version_id}");
    }
    let mut up = tx.prepare_cached("UPDATE claims SET status = ?, previous_id = ? WHERE id = ?")?;
    for (k, id) in ids.iter().enumerate() {
        let prev = lineage.previous[k].map(|(i, _)| before[i]);
        up.execute(params![lineage.status(k).as_str(), prev, id])?;
    }
    tx.execute("DELETE FROM timeline WHERE version_id = ?", [version_id])?;
    tx.execute(
        "INSERT INTO timeline (topic, at, version_id, claim_id, status, source_id, change_pct) \
         SELECT t.topic, v.at, v.id, c.id, c.status, a.source_id, \
         CASE WHEN c.status = 'changed' AND p.value <> 0 \
              THEN abs(c.value - p.value) * 100.0 / abs(p.value) END \
         FROM claims c JOIN versions v ON v.id = c.version_id \
         JOIN articles a ON a.id = v.article_id JOIN claim_topics t ON t.claim_id = c.id \
         LEFT JOIN claims p ON p.id = c.previous_id WHERE c.version_id = ?",
        [version_id],
    )?;
    let mut gone = tx.prepare_cached(
        "INSERT OR IGNORE INTO timeline (topic, at, version_id, claim_id, status, source_id) \
         SELECT t.topic, v.at, v.id, t.claim_id, 'removed', a.source_id \
         FROM claim_topics t, versions v JOIN articles a ON a.id = v.article_id \
         WHERE t.claim_id = ?2 AND v.id = ?1",
    )?;
    for &i in &lineage.removed {
        gone.execute(params![version_id, before[i]])?;
    }
    tx.execute("UPDATE versions SET linked = 1 WHERE id = ?", [version_id])?;
    Ok(())
}

/// Reads a claim row (columns as in [`claim_cols`], starting at `o`).
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
        tx.execute("DELETE FROM timeline WHERE version_id = ?", [version_id])?;
        tx.execute("DELETE FROM claims WHERE version_id = ?", [version_id])?;
        tx.execute("DELETE FROM sentences WHERE version_id = ?", [version_id])?;
        Ok(())
    }

    fn claims_of(&self, version_id: i64) -> Result<Vec<Claim>> {
        claims_on(&self.conn, version_id)
    }
}

impl Store for SqliteStore {
    fn record(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Recorded> {
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
        let previous = previous_version(&tx, article_id, number)?;
        let lineage = match previous {
            Some(p) => link(
                &sentences_on(&tx, p)?,
                &claims_on(&tx, p)?,
                &v.extraction.sentences,
                &v.extraction.claims,
            ),
            None => Lineage::first(v.extraction.claims.len()),
        };
        write_lineage(&tx, version_id, previous, &lineage)?;
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
        Ok(StoredVersion {
            version: version.clone(),
            text,
            sentences: sentences_on(&self.conn, version.id)?,
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
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        // Each article's versions in order, so that each one's lineage is computed from the
        // new extraction of the version before.
        let ids: Vec<(i64, String, String, Vec<u8>)> = {
            let mut st = self.conn.prepare(
                "SELECT v.id, s.name, a.key, v.raw FROM versions v JOIN articles a ON a.id = v.article_id \
                 JOIN sources s ON s.id = a.source_id ORDER BY v.article_id, v.number",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let mut report = ReindexReport::default();
        let mut results: Vec<(i64, String, Extraction)> = Vec::with_capacity(ids.len());
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
            results.push((id, rv.article, ex));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (id, _, ex) in &results {
            Self::delete_extraction(&tx, *id)?;
            Self::write_extraction(&tx, *id, ex)?;
        }
        for (k, (id, article, ex)) in results.iter().enumerate() {
            let before = k
                .checked_sub(1)
                .map(|p| &results[p])
                .filter(|(_, a, _)| a == article);
            let lineage = match before {
                Some((_, _, old)) => link(&old.sentences, &old.claims, &ex.sentences, &ex.claims),
                None => Lineage::first(ex.claims.len()),
            };
            write_lineage(&tx, *id, before.map(|(p, _, _)| *p), &lineage)?;
        }
        Self::refresh_topic_summary(&tx, None)?;
        tx.commit()?;
        Ok(report)
    }

    fn relink(&mut self, link: &mut LinkFn) -> Result<usize> {
        let pending: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM versions WHERE linked = 0 LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if pending.is_none() {
            return Ok(0);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let todo: Vec<(i64, i64, u32)> = {
            let mut st = tx.prepare(
                "SELECT id, article_id, number FROM versions WHERE linked = 0 ORDER BY article_id, number",
            )?;
            let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        // The version just linked, kept to serve as the next one's predecessor.
        let mut last: Option<(i64, Vec<Sentence>, Vec<Claim>)> = None;
        for &(id, article_id, number) in &todo {
            let sentences = sentences_on(&tx, id)?;
            let claims = claims_on(&tx, id)?;
            let previous = previous_version(&tx, article_id, number)?;
            let lineage = match previous {
                Some(p) => {
                    let (ps, pc) = match last.take() {
                        Some((lid, ls, lc)) if lid == p => (ls, lc),
                        _ => (sentences_on(&tx, p)?, claims_on(&tx, p)?),
                    };
                    link(&ps, &pc, &sentences, &claims)
                }
                None => Lineage::first(claims.len()),
            };
            write_lineage(&tx, id, previous, &lineage)?;
            last = Some((id, sentences, claims));
        }
        tx.commit()?;
        Ok(todo.len())
    }

    fn timeline(&self, q: &TimelineQuery) -> Result<Timeline> {
        if q.topics.is_empty() {
            return Ok(Timeline::default());
        }
        // The matching (version, claim, status) rows, found on the (topic, at) key; joins are
        // added only for the filters that need them.
        let distinct = if q.topics.len() > 1 { "DISTINCT " } else { "" };
        let mut inner = format!(
            "SELECT {distinct}tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl"
        );
        let marks = vec!["?"; q.topics.len()].join(",");
        inner.push_str(&format!(" WHERE tl.topic IN ({marks})"));
        let mut args: Vec<rusqlite::types::Value> =
            q.topics.iter().map(|t| t.clone().into()).collect();
        if let Some(t) = &q.since {
            inner.push_str(" AND tl.at >= ?");
            args.push(t.clone().into());
        }
        if let Some(t) = &q.until {
            inner.push_str(" AND tl.at <= ?");
            args.push(t.clone().into());
        }
        if let Some(s) = &q.source {
            inner.push_str(" AND tl.source_id = (SELECT id FROM sources WHERE name = ?)");
            args.push(s.clone().into());
        }
        if let Some(a) = &q.article {
            inner.push_str(
                " AND tl.version_id IN (SELECT v.id FROM versions v \
                 JOIN articles a ON a.id = v.article_id WHERE a.key = ?)",
            );
            args.push(a.clone().into());
        }
        if let Some(min) = q.min_change {
            inner.push_str(" AND tl.status = 'changed' AND tl.change_pct >= ?");
            args.push(min.into());
        } else if !q.all {
            inner.push_str(" AND tl.status <> 'unchanged'");
        }
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM ({inner})"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let sql = format!(
            "SELECT {VERSION_COLS}, h.status, {}, {} FROM \
             ({inner} ORDER BY tl.at DESC, tl.version_id DESC, tl.claim_id DESC LIMIT ?) h \
             JOIN versions v ON v.id = h.version_id JOIN articles a ON a.id = v.article_id \
             JOIN sources s ON s.id = a.source_id JOIN claims c ON c.id = h.claim_id \
             LEFT JOIN claims p ON p.id = c.previous_id AND h.status <> 'removed' \
             ORDER BY h.at, h.version_id, c.ord",
            claim_cols("c"),
            claim_cols("p")
        );
        args.push(q.limit.map_or(-1, |n| n as i64).into());
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
            let status: String = r.get(9)?;
            let previous = match r.get::<_, Option<i64>>(26)? {
                Some(_) => Some(claim_row(r, 26)?),
                None => None,
            };
            Ok(TimelineEntry {
                version: version_row(r)?,
                status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
                claim: claim_row(r, 10)?,
                previous,
            })
        })?;
        Ok(Timeline {
            entries: rows.collect::<rusqlite::Result<_>>()?,
            total: total as usize,
        })
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
            "SELECT {VERSION_COLS}, {} FROM \
             (SELECT rowid AS id, rank FROM claim_fts WHERE claim_fts MATCH ? ORDER BY rank LIMIT ?) h \
             JOIN claims c ON c.id = h.id JOIN versions v ON v.id = c.version_id \
             JOIN articles a ON a.id = v.article_id JOIN sources s ON s.id = a.source_id \
             ORDER BY h.rank, v.at",
            claim_cols("c")
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
