//! The server store: a PostgreSQL database, for teams whose watchers run on several machines.
//! The same [`Store`] as the SQLite file, with the same semantics: every write one
//! transaction, a version's lineage and timeline rows written with it, unchanged content not
//! stored, user topic terms, full-text search (here `tsvector` columns with per-language,
//! accent-folding configurations).
//!
//! Concurrency between processes and machines: a writer locks its article's row
//! (`SELECT ... FOR UPDATE`) before it reads the latest version, so version numbers have no
//! gaps or duplicates and identical content is stored once, whoever writes it.
//!
//! Its parts: [`schema`] (migrations in `schema/postgres/`, tracked in a table), `columns`
//! (column lists and row readers), `record` (writes), `read` (articles, versions, topics,
//! timeline, search), `lineage` (reindex and relink), `admin` (rm, mv, sources) and
//! `export` (export and import). Messages never show the URL's
//! password ([`redact`]).

mod admin;
mod alerts;
mod bulk;
mod bulk_rows;
mod columns;
mod export;
mod import_reads;
mod lineage;
// Which extractor wrote the claims (`store_meta`).
mod meta;
mod read;
mod record;
mod schema;

#[cfg(test)]
mod tests;

use std::cell::{RefCell, RefMut};
use std::str::FromStr;
use std::time::Duration;

use postgres::{Client, Config, NoTls};

use super::{
    AlertAttempt, ArchivedVersion, ClaimPair, ExportFilter, Import, Imported, LinkFn, NewVersion,
    QueuedAlert, RawVersion, Recorded, ReindexReport, SourceCount, Store, StoredVersion, Timeline,
    TimelineQuery, TopicCount, VersionClaim, VersionInput, VersionRef, Which,
};
use crate::error::{BoxError, Error, Result};
use crate::model::{Article, Extraction, Version};

/// Whether `location` names a PostgreSQL database (`postgres://` or `postgresql://`).
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

/// `url` with its password (in the user part or a `password=` parameter) replaced by `***`:
/// the only form of a database URL that messages show.
pub fn redact(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (authority_end, _) = rest
        .char_indices()
        .find(|&(_, c)| c == '/' || c == '?')
        .unwrap_or((rest.len(), ' '));
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => match user.split_once(':') {
            Some((name, _)) => format!("{name}:***@{host}"),
            None => authority.to_string(),
        },
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => p.to_string(),
                })
                .collect();
            format!("{path}?{}", params.join("&"))
        }
        None => tail.to_string(),
    };
    if scheme.is_empty() {
        format!("{authority}{tail}")
    } else {
        format!("{scheme}://{authority}{tail}")
    }
}

/// What the server or the client said: the server's message when it explained itself, else
/// the client's with its causes ("error connecting to server: Connection refused ...").
pub(crate) fn reason(e: &postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        return db.message().to_string();
    }
    let mut out = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        let text = c.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        cause = c.source();
    }
    out
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Error {
        Error::Postgres(reason(&e))
    }
}

/// Connects to the server; the error names the URL without its password.
fn connect(config: &Config, shown: &str) -> Result<Client> {
    config.connect(NoTls).map_err(|e| Error::CannotConnect {
        url: shown.to_string(),
        reason: reason(&e),
    })
}

/// The PostgreSQL implementation of [`Store`].
pub struct PgStore {
    /// One connection; reads borrow it mutably for the length of a query.
    client: RefCell<Client>,
    /// How to connect again when the connection is lost (a server restart, a network cut):
    /// the operation that saw it fails (its transaction lost whole), the next one reconnects.
    config: Config,
    /// The URL without its password, for messages.
    shown: String,
}

impl PgStore {
    /// Connects to the database at `url` and brings its schema up to date. With `create`, a
    /// database without claimdiff's tables gets them; without, that is
    /// [`Error::NoDatabase`]. A database with other tables is [`Error::ForeignDatabase`]; one
    /// written by a newer claimdiff is [`Error::SchemaTooNew`]. No message shows the password.
    pub fn open(url: &str, create: bool) -> Result<PgStore> {
        let shown = redact(url);
        let mut config = Config::from_str(url).map_err(|e| Error::CannotConnect {
            url: shown.clone(),
            reason: e.to_string(),
        })?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        if config.get_application_name().is_none() {
            config.application_name("claimdiff");
        }
        let mut client = connect(&config, &shown)?;
        schema::prepare(&mut client, &shown, create)?;
        Ok(PgStore {
            client: RefCell::new(client),
            config,
            shown,
        })
    }

    /// The connection, connected again first if it was lost.
    fn conn(&self) -> Result<RefMut<'_, Client>> {
        let mut client = self.client.borrow_mut();
        if client.is_closed() {
            *client = connect(&self.config, &self.shown)?;
        }
        Ok(client)
    }

    /// The connection for a write, connected again first if it was lost.
    fn conn_mut(&mut self) -> Result<&mut Client> {
        let client = self.client.get_mut();
        if client.is_closed() {
            *client = connect(&self.config, &self.shown)?;
        }
        Ok(client)
    }

    /// The number of migrations applied.
    pub fn schema(&self) -> Result<usize> {
        schema::version(&mut *self.conn()?)
    }
}

impl Store for PgStore {
    fn record(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Recorded> {
        let number = {
            let mut tx = self.conn_mut()?.transaction()?;
            match record::record(&mut tx, v, link)? {
                // Dropping the transaction rolls back what it touched: nothing is written.
                record::Outcome::Unchanged(n) => return Ok(Recorded::Unchanged(n)),
                record::Outcome::Stored(number) => {
                    tx.commit()?;
                    number
                }
            }
        };
        let r = VersionRef {
            article: v.article.to_string(),
            which: Which::Number(number),
        };
        Ok(Recorded::Stored(self.resolve(&r)?))
    }

    fn import_versions(&mut self, batch: &[NewVersion]) -> Result<usize> {
        let mut tx = self.conn_mut()?.transaction()?;
        let n = record::import(&mut tx, batch)?;
        tx.commit()?;
        Ok(n)
    }

    fn articles(&self) -> Result<Vec<Article>> {
        read::articles(&mut *self.conn()?)
    }

    fn versions(&self, article: &str) -> Result<Vec<Version>> {
        read::versions(&mut *self.conn()?, article)
    }

    fn resolve(&self, r: &VersionRef) -> Result<Version> {
        read::resolve(&mut *self.conn()?, r)
    }

    fn load(&self, version: &Version) -> Result<StoredVersion> {
        read::load(&mut *self.conn()?, version)
    }

    fn input(&self, version: &Version) -> Result<VersionInput> {
        read::input(&mut *self.conn()?, version.id)
    }

    fn source_texts(
        &self,
        source: &str,
        except_article: &str,
        site: Option<&str>,
    ) -> Result<Vec<String>> {
        read::source_texts(&mut *self.conn()?, source, except_article, site)
    }

    fn reindex(
        &mut self,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        lineage::reindex(self.conn_mut()?, f, link)
    }

    fn relink(&mut self, link: &mut LinkFn) -> Result<usize> {
        lineage::relink(self.conn_mut()?, link)
    }

    fn timeline(&self, q: &TimelineQuery) -> Result<Timeline> {
        read::timeline(&mut *self.conn()?, q)
    }

    fn topics(&self) -> Result<Vec<TopicCount>> {
        read::topics(&mut *self.conn()?)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<VersionClaim>> {
        read::search(&mut *self.conn()?, query, limit)
    }

    fn holds(&self, article: &str, content_hash: &str, recorded_at: &str) -> Result<bool> {
        bulk::holds(&mut *self.conn()?, article, content_hash, recorded_at)
    }

    fn topic_terms(&self) -> Result<String> {
        read::topic_terms(&mut *self.conn()?)
    }

    fn add_topic_terms(&mut self, lines: &str) -> Result<()> {
        let mut tx = self.conn_mut()?.transaction()?;
        tx.execute("INSERT INTO topic_terms (lines) VALUES ($1)", &[&lines])?;
        tx.commit()?;
        Ok(())
    }

    fn remove_article(&mut self, article: &str) -> Result<Vec<Version>> {
        let mut tx = self.conn_mut()?.transaction()?;
        let versions = admin::remove_article(&mut tx, article)?;
        tx.commit()?;
        Ok(versions)
    }

    fn remove_version(&mut self, version: &Version, link: &mut LinkFn) -> Result<()> {
        let mut tx = self.conn_mut()?.transaction()?;
        admin::remove_version(&mut tx, version, link)?;
        tx.commit()?;
        Ok(())
    }

    fn rename_article(&mut self, from: &str, to: &str) -> Result<()> {
        let mut tx = self.conn_mut()?.transaction()?;
        admin::rename_article(&mut tx, from, to)?;
        tx.commit()?;
        Ok(())
    }

    fn sources(&self) -> Result<Vec<SourceCount>> {
        admin::sources(&mut *self.conn()?)
    }

    fn merge_source(&mut self, from: &str, into: &str) -> Result<usize> {
        let mut tx = self.conn_mut()?.transaction()?;
        let moved = admin::merge_source(&mut tx, from, into)?;
        tx.commit()?;
        Ok(moved)
    }

    fn export(
        &self,
        filter: &ExportFilter,
        each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
    ) -> Result<usize> {
        export::export(&mut *self.conn()?, filter, each)
    }

    fn import(&mut self) -> Result<Box<dyn Import + '_>> {
        let tx = self.conn_mut()?.transaction()?;
        Ok(Box::new(export::PgImport { tx }))
    }

    fn queue_alerts(
        &mut self,
        targets: &[String],
        version_id: i64,
        alerts: &[QueuedAlert],
    ) -> Result<usize> {
        let mut tx = self.conn_mut()?.transaction()?;
        let added = alerts::queue(&mut tx, alerts)?;
        alerts::advance(&mut tx, targets, version_id)?;
        tx.commit()?;
        Ok(added)
    }

    fn alert_cursor(&mut self, target: &str) -> Result<i64> {
        let mut tx = self.conn_mut()?.transaction()?;
        let id = alerts::cursor(&mut tx, target)?;
        tx.commit()?;
        Ok(id)
    }

    fn versions_after(&self, id: i64) -> Result<Vec<Version>> {
        alerts::versions_after(&mut *self.conn()?, id)
    }

    fn pending_alerts(&self, target: &str) -> Result<Vec<QueuedAlert>> {
        alerts::pending(&mut *self.conn()?, target)
    }

    fn settle_alert(&mut self, change: &str, target: &str, attempt: &AlertAttempt) -> Result<()> {
        let mut tx = self.conn_mut()?.transaction()?;
        alerts::settle(&mut tx, change, target, attempt)?;
        tx.commit()?;
        Ok(())
    }

    fn source_article_texts(
        &self,
        source: &str,
        site: Option<&str>,
    ) -> Result<Vec<(String, String)>> {
        import_reads::source_article_texts(&mut *self.conn()?, source, site)
    }

    fn article_source(&self, article: &str) -> Result<Option<String>> {
        import_reads::article_source(&mut *self.conn()?, article)
    }

    fn import_batch(&mut self, batch: &[NewVersion], link: &mut LinkFn) -> Result<Vec<Imported>> {
        bulk::import_batch(self.conn_mut()?, batch, link, false)
    }

    fn import_archived(
        &mut self,
        batch: &[NewVersion],
        link: &mut LinkFn,
    ) -> Result<Vec<Imported>> {
        bulk::import_batch(self.conn_mut()?, batch, link, true)
    }

    fn holds_each(&self, versions: &[(&str, &str, &str)]) -> Result<Vec<bool>> {
        bulk::holds_each(&mut *self.conn()?, versions)
    }

    fn claim_pairs(&self, version: &Version) -> Result<Option<Vec<ClaimPair>>> {
        lineage::claim_pairs(&mut *self.conn()?, version.id)
    }

    fn prune_alerts(&mut self, before: &str) -> Result<usize> {
        let mut tx = self.conn_mut()?.transaction()?;
        let n = alerts::prune(&mut tx, before)?;
        tx.commit()?;
        Ok(n)
    }

    fn claim_changes(&self, articles: &[String]) -> Result<Vec<Option<usize>>> {
        read::claim_changes(&mut *self.conn()?, articles)
    }

    fn articles_on_topics(&self, topics: &[String]) -> Result<Vec<String>> {
        read::articles_on_topics(&mut *self.conn()?, topics)
    }

    fn source_names(&self) -> Result<Vec<String>> {
        read::source_names(&mut *self.conn()?)
    }

    /// A round trip to the server; a connection the server dropped is noticed by the first
    /// try (which closes it) and replaced by the second.
    fn check(&self) -> Result<()> {
        if self.conn()?.simple_query("SELECT 1").is_ok() {
            return Ok(());
        }
        self.conn()?.simple_query("SELECT 1")?;
        Ok(())
    }

    fn extractor_version(&self) -> Result<u32> {
        meta::extractor(&mut *self.conn()?)
    }

    fn upgrade(
        &mut self,
        extractor: u32,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport> {
        lineage::reindex_marking(self.conn_mut()?, f, link, Some(extractor))
    }

    fn set_extractor_version(&mut self, extractor: u32) -> Result<()> {
        meta::set(self.conn_mut()?, extractor)
    }
}
