//! Store: where versions, sentences and claims live. All SQL is behind this module's
//! domain-shaped API ([`Store`]); [`sqlite::SqliteStore`] is the embedded implementation, with
//! the schema in `schema/NNNN_*.sql` applied in order and tracked by `PRAGMA user_version`.
//! [`postgres::PgStore`] is the server-backed one (PostgreSQL, for newsrooms whose watchers run on
//! several machines), with its schema in `schema/postgres/`; [`open`] picks one by the location.

pub mod copy;
pub mod postgres;
pub mod sqlite;

use serde::Serialize;

use crate::error::{BoxError, Error, Result};

use crate::model::{Article, Claim, ClaimStatus, Extraction, Lineage, Sentence, Version};

pub use sqlite::SqliteStore;

/// A version to store: who published it, what was given, and what the pipeline made of it.
/// The store computes nothing of its own from these: the caller gives the content hash too.
#[derive(Debug, Clone)]
pub struct NewVersion<'a> {
    /// The publisher's name (`--source`).
    pub source: &'a str,
    /// The article key the version belongs to.
    pub article: &'a str,
    /// The page's URL, when known (updates the article's).
    pub url: Option<&'a str>,
    /// The page's title, when known (updates the article's).
    pub title: Option<&'a str>,
    /// When claimdiff recorded it (RFC 3339, UTC).
    pub recorded_at: String,
    /// When the page says it was published or modified (RFC 3339, UTC).
    pub published_at: Option<String>,
    /// The input exactly as given, kept for re-extraction.
    pub raw: &'a [u8],
    /// `text` or `html`.
    pub format: &'a str,
    /// The encoding the input was decoded from, when it was not UTF-8.
    pub encoding: Option<&'a str>,
    /// The normalised text claims were extracted from (their offsets point into it).
    pub text: &'a str,
    /// [`crate::ingest::content_hash`] of `text`: equal hashes are equal versions.
    pub content_hash: &'a str,
    /// The text's language (`en`, `es`).
    pub lang: &'a str,
    /// The sentences and claims found in `text`.
    pub extraction: &'a Extraction,
}

/// A version's input in the form its store keeps it, made by [`Store::pack_input`] as soon as
/// the input's text is known: a large page is then held packed, not whole, through the
/// extraction of its claims and the store write (issue 14).
#[derive(Debug)]
pub struct PackedInput(PackedForm);

#[derive(Debug)]
enum PackedForm {
    /// The bytes as given; `None` when they are the version's text byte for byte.
    Raw(Option<Vec<u8>>),
    /// SQLite's `versions.input`: the bytes packed against the text; `None` when they are it.
    Sqlite(Option<Vec<u8>>),
}

impl PackedInput {
    /// How many bytes it holds.
    pub fn len(&self) -> usize {
        match &self.0 {
            PackedForm::Raw(b) | PackedForm::Sqlite(b) => b.as_ref().map_or(0, Vec::len),
        }
    }

    /// Whether it holds nothing (the input is the version's text).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What `record` did.
#[derive(Debug, Clone, PartialEq)]
pub enum Recorded {
    /// The content equals the article's latest version (number given): nothing was written.
    Unchanged(u32),
    /// A new version was stored.
    Stored(Version),
}

/// A stored version with its text, sentences and claims.
#[derive(Debug, Clone)]
pub struct StoredVersion {
    /// The version itself.
    pub version: Version,
    /// The normalised text.
    pub text: String,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Its claims, in order.
    pub claims: Vec<Claim>,
}

/// The raw input of a stored version, for re-extraction.
#[derive(Debug, Clone)]
pub struct RawVersion {
    /// The version's id in the store.
    pub id: i64,
    /// The source's name.
    pub source: String,
    /// The article key.
    pub article: String,
    /// The input exactly as it was recorded.
    pub raw: Vec<u8>,
    /// The claims stored for it before re-extraction.
    pub claims_before: Vec<Claim>,
    /// The latest text of other articles of the same source on the same site, as
    /// [`Store::source_texts`] gives them when `record` runs (the caller finds the source's
    /// furniture in them).
    pub source_texts: Vec<String>,
}

/// What `reindex` changed.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ReindexReport {
    /// Versions re-extracted.
    pub versions: usize,
    /// Versions whose claims differ after re-extraction.
    pub versions_changed: usize,
    /// Claims before, over every version.
    pub claims_before: usize,
    /// Claims after, over every version.
    pub claims_after: usize,
}

/// A way to name a version: `ARTICLE`, `ARTICLE@N`, `ARTICLE@first`, `ARTICLE@latest`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    /// The newest version (`ARTICLE`, `ARTICLE@latest`).
    Latest,
    /// The first version (`ARTICLE@first`).
    First,
    /// Version N, from 1 (`ARTICLE@N`).
    Number(u32),
}

/// A parsed version ref: an article and which of its versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionRef {
    /// The article key.
    pub article: String,
    /// Which of its versions.
    pub which: Which,
}

impl VersionRef {
    /// Parses a version ref; the error names what is wrong.
    pub fn parse(s: &str) -> Result<VersionRef> {
        let bad = |reason| Error::BadVersionRef {
            given: s.to_string(),
            reason,
        };
        let (article, which) = match s.rsplit_once('@') {
            None => (s, Which::Latest),
            Some((a, "latest")) => (a, Which::Latest),
            Some((a, "first")) => (a, Which::First),
            Some((a, n)) => match n.parse::<u32>() {
                Ok(0) | Err(_) => {
                    return Err(bad(
                        "after @ give a version number from 1, 'first' or 'latest' (a key that holds @ is named KEY@latest)",
                    ))
                }
                Ok(n) => (a, Which::Number(n)),
            },
        };
        if article.trim().is_empty() {
            return Err(bad("no article key before @"));
        }
        Ok(VersionRef {
            article: article.to_string(),
            which,
        })
    }
}

impl VersionRef {
    /// The version this ref names among its article's versions (oldest first, as
    /// [`Store::versions`] gives them).
    pub(crate) fn pick(&self, versions: &[Version]) -> Result<Version> {
        let v = match self.which {
            Which::Latest => versions.last(),
            Which::First => versions.first(),
            Which::Number(n) => versions.iter().find(|v| v.number == n),
        };
        match (v, &self.which) {
            (Some(v), _) => Ok(v.clone()),
            (None, Which::Number(n)) => Err(Error::MissingVersion {
                article: self.article.clone(),
                number: *n,
                count: versions.len(),
            }),
            // An article without versions is unknown: first and latest exist otherwise.
            (None, _) => Err(Error::UnknownArticle(self.article.clone())),
        }
    }
}

/// Computes the lineage of a version's claims from the version before it, given (older
/// sentences, older claims, newer sentences, newer claims). The store calls it inside its write
/// transaction, so a version and its lineage are written together; the diff engine supplies it.
pub(crate) type LinkFn<'a> =
    dyn FnMut(&[Sentence], &[Claim], &[Sentence], &[Claim]) -> Lineage + 'a;

/// Opens the store at `location`: the one place that picks a backend. A `postgres://` or
/// `postgresql://` URL is a PostgreSQL database ([`postgres::PgStore`]); anything else is the
/// path of an SQLite file. With `create`, a missing store (file, or claimdiff's tables in an
/// empty database) is created with its schema; without, a missing one is an error. Commands
/// hold the result as `dyn Store`, whatever the backend.
pub fn open(
    location: &std::path::Path,
    create: bool,
) -> Result<Box<dyn Store>, crate::error::Error> {
    match location.to_str() {
        Some(url) if postgres::is_url(url) => Ok(Box::new(postgres::PgStore::open(url, create)?)),
        _ => Ok(Box::new(sqlite::SqliteStore::open(location, create)?)),
    }
}

/// How a location is shown in messages: a database URL without its password, a path as is.
pub fn display_location(location: &std::path::Path) -> String {
    match location.to_str() {
        Some(url) if postgres::is_url(url) => postgres::redact(url),
        _ => location.display().to_string(),
    }
}

/// The ids among (version id, article URL) rows, in order, whose article is on `site` (or has
/// no URL), up to 50: the texts [`Store::source_texts`] reads.
pub(crate) fn on_site(
    rows: Vec<(i64, Option<String>)>,
    site: Option<&str>,
) -> impl Iterator<Item = i64> {
    let site = site.map(str::to_string);
    rows.into_iter()
        .filter(move |(_, url)| match (&site, url) {
            (Some(site), Some(url)) => crate::url::site_of(url).as_deref() == Some(site.as_str()),
            _ => true,
        })
        .map(|(id, _)| id)
        .take(50)
}

/// Whether two claim lists are the same, topics compared as sets (what `reindex` counts as an
/// unchanged version).
pub(crate) fn same_claims(before: &[Claim], after: &[Claim]) -> bool {
    before.len() == after.len()
        && before.iter().zip(after).all(|(a, b)| {
            let mut b = b.clone();
            b.topics.sort();
            let mut a = a.clone();
            a.topics.sort();
            a == b
        })
}

/// How many claim changes a version's lineage records against the version before it
/// (`previous`): claims added or changed, and claims of that version it dropped. A first
/// version has none. What [`Store::claim_changes`] sums, stored with each lineage.
pub(crate) fn lineage_changes(previous: Option<i64>, lineage: &Lineage) -> usize {
    if previous.is_none() {
        return 0;
    }
    let added_or_changed = lineage
        .previous
        .iter()
        .filter(|p| !matches!(p, Some((_, false))))
        .count();
    added_or_changed + lineage.removed.len()
}

/// Which timeline entries to read.
#[derive(Debug, Clone, Default)]
pub struct TimelineQuery {
    /// Topic names (a claim on any of them counts).
    pub topics: Vec<String>,
    /// Only this source's versions.
    pub source: Option<String>,
    /// Only this article's versions.
    pub article: Option<String>,
    /// Inclusive bounds on the version's time (RFC 3339 strings compare in time order).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only changes whose value moved by at least this many percent.
    pub min_change: Option<f64>,
    /// Include `unchanged` entries.
    pub all: bool,
    /// Keep only the latest this many entries (all when `None`).
    pub limit: Option<usize>,
}

/// One entry of a topic's timeline: a claim of a version with its status, or (status
/// `removed`) a claim of the version before that this version dropped.
#[derive(Debug, Clone)]
pub struct TimelineEntry {
    /// The version the entry belongs to.
    pub version: Version,
    /// The claim's status in it (`removed`: dropped from the version before).
    pub status: ClaimStatus,
    /// The claim.
    pub claim: Claim,
    /// The claim this one continues (for `changed` and `unchanged`).
    pub previous: Option<Claim>,
}

/// Timeline entries, oldest first, and how many matched before the limit.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The entries kept, oldest first.
    pub entries: Vec<TimelineEntry>,
    /// How many entries matched before the limit.
    pub total: usize,
}

/// A claim with the version it belongs to.
#[derive(Debug, Clone)]
pub struct VersionClaim {
    /// The version the claim belongs to.
    pub version: Version,
    /// The claim.
    pub claim: Claim,
}

/// A topic with how much is known about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TopicCount {
    /// The topic's name.
    pub topic: String,
    /// Claims on the topic.
    pub claims: usize,
    /// Articles with a claim on it.
    pub articles: usize,
    /// Sources with a claim on it.
    pub sources: usize,
    /// The time of the latest version with a claim on it.
    pub latest: Option<String>,
}

/// How a version was given: its input exactly as recorded and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionInput {
    /// The input exactly as it was recorded.
    pub raw: Vec<u8>,
    /// `text` or `html`.
    pub format: String,
    /// The encoding the input was decoded from, when it was not UTF-8.
    pub encoding: Option<String>,
    /// The text's language (`en`, `es`).
    pub lang: String,
    /// The article's URL, when known.
    pub url: Option<String>,
}

/// A stored version with everything an archive keeps of it (what `export` writes).
#[derive(Debug, Clone)]
pub struct ArchivedVersion {
    /// The version with its text, sentences and claims.
    pub stored: StoredVersion,
    /// Its input and how it was read.
    pub input: VersionInput,
}

/// Which versions [`Store::export`] reads; every field left `None` keeps everything.
#[derive(Debug, Clone, Default)]
pub struct ExportFilter {
    /// Only this source's versions.
    pub source: Option<String>,
    /// Only this article's versions.
    pub article: Option<String>,
    /// Only versions whose time is at or after this (RFC 3339).
    pub since: Option<String>,
}

/// A source with how much the store holds of it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SourceCount {
    /// The source's name.
    pub source: String,
    /// Its articles.
    pub articles: usize,
    /// Their versions.
    pub versions: usize,
}

/// A claim change in the delivery ledger, for one notification target.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedAlert {
    /// The change's stable identity (see `alert::change_id`).
    pub change: String,
    /// The target's ledger name (`url:...`, `cmd:...`).
    pub target: String,
    /// The JSON delivered.
    pub payload: String,
    /// When it was queued (RFC 3339).
    pub queued_at: String,
    /// Failed delivery attempts so far.
    pub attempts: u32,
}

/// How one delivery of a [`QueuedAlert`] went.
#[derive(Debug, Clone, PartialEq)]
pub enum AlertAttempt {
    /// Delivered at this time (RFC 3339): never delivered again.
    Delivered(String),
    /// Failed with this reason: still pending.
    Failed(String),
}

/// What one [`Import::add`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Imported {
    /// The version was stored under this number.
    Stored(u32),
    /// The article already holds it (the same content recorded at the same time): nothing
    /// was written.
    Skipped,
}

/// An import in progress: one write transaction that versions are added to in order.
/// Nothing is visible until [`Import::commit`]; dropping it without commit writes nothing.
pub trait Import {
    /// Adds `v` as the next version of its article (even when its content equals the latest
    /// one's: an archive is stored as it is), with its lineage from the version before
    /// computed by `link`, unless the article already holds it ([`Imported::Skipped`]). An
    /// article key stored under another source is [`Error::SourceMismatch`].
    fn add(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Imported>;
    /// Commits every version added.
    fn commit(self: Box<Self>) -> Result<()>;
}

/// The store's API, in the domain's terms: the seam between the commands and a database.
/// [`SqliteStore`] is the embedded implementation; [`postgres::PgStore`] the server-backed
/// one. Every write is one transaction; every error is a typed [`Error`].
pub trait Store {
    /// Stores a new version unless its content hash equals the article's latest version's
    /// (then returns [`Recorded::Unchanged`] and writes nothing), with its claims' lineage
    /// from the version before, computed by `link` inside the write transaction. Creates the
    /// source and the article on first sight; an article key stored under another source is
    /// [`Error::SourceMismatch`].
    fn record(&mut self, v: &NewVersion, link: &mut LinkFn) -> Result<Recorded>;
    /// `raw`, the input of a version whose normalised text is `text` (`None` when the input
    /// is that text byte for byte), in the form this store keeps it, for
    /// [`Store::record_packed`]. By default the bytes as they are.
    fn pack_input(&self, raw: Option<Vec<u8>>, text: &str) -> Result<PackedInput> {
        let _ = text;
        Ok(PackedInput(PackedForm::Raw(raw)))
    }
    /// [`Store::record`] with the version's input given by [`Store::pack_input`] of this
    /// store (`v.raw` is not read).
    fn record_packed(
        &mut self,
        v: &NewVersion,
        input: PackedInput,
        link: &mut LinkFn,
    ) -> Result<Recorded> {
        let raw = match input.0 {
            PackedForm::Raw(raw) => raw,
            PackedForm::Sqlite(_) => {
                return Err(Error::Codec("an input packed by another store".into()))
            }
        };
        let raw = raw.as_deref().unwrap_or(v.text.as_bytes());
        self.record(&NewVersion { raw, ..v.clone() }, link)
    }
    /// Writes many versions with their sentences and claims in one transaction, without
    /// lineage (a later [`Store::relink`] computes it) and without comparing contents: each
    /// becomes the next version of its article. For bulk loaders such as `claimdiff-gen`.
    /// Returns how many versions it wrote.
    fn import_versions(&mut self, batch: &[NewVersion]) -> Result<usize>;
    /// Adds a batch of versions read from another tool's archive in one transaction, in order,
    /// each linked to the version before with `link`. A version the article already holds
    /// (same content hash and time) is [`Imported::Skipped`]; so may be (SQLite: is) one whose
    /// text equals the article's latest, as `record` skips it. Backends override it with a
    /// faster path (SQLite: src/store/sqlite/bulk.rs); this one goes through [`Store::import`].
    fn import_batch(&mut self, batch: &[NewVersion], link: &mut LinkFn) -> Result<Vec<Imported>> {
        import_each(self.import()?, batch, link)
    }
    /// Whether `article` holds a version with this content hash recorded at `recorded_at`
    /// (what an archive import skips).
    fn holds(&self, article: &str, content_hash: &str, recorded_at: &str) -> Result<bool>;
    /// Every article with its version count, by source then key.
    fn articles(&self) -> Result<Vec<Article>>;
    /// The versions of one article, oldest first; [`Error::UnknownArticle`] when it has none.
    fn versions(&self, article: &str) -> Result<Vec<Version>>;
    /// The version a ref names; errors name an unknown article ([`Error::UnknownArticle`]) or
    /// a version out of range ([`Error::MissingVersion`]).
    fn resolve(&self, r: &VersionRef) -> Result<Version>;
    /// A version with its text, sentences and claims (in order).
    fn load(&self, version: &Version) -> Result<StoredVersion>;
    /// The latest text of up to 50 other articles of `source`, newest first: where the caller
    /// finds the lines the source repeats (its furniture, see
    /// [`crate::ingest::boilerplate::source_furniture`]). With `site` (a registrable domain,
    /// [`crate::url::site_of`]), only articles whose URL is on that site or that have no URL
    /// (recorded from files) count: pages fetched from elsewhere cannot teach a source's
    /// furniture.
    fn source_texts(
        &self,
        source: &str,
        except_article: &str,
        site: Option<&str>,
    ) -> Result<Vec<String>>;
    /// Re-extracts every stored version with `f` (given the version's raw input and its
    /// source's other texts) and recomputes lineage with `link`: in one transaction
    /// (PostgreSQL), or in batches of whole articles, each one transaction (SQLite, whose
    /// writers wait for the write lock). Versions recorded while it extracts are re-extracted
    /// too, under the write lock, so every version's lineage points at its predecessor's new
    /// claims after each commit. An error from `f` stops it as [`Error::Reextract`]; the
    /// batches committed before it stay (they are complete).
    fn reindex(
        &mut self,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport>;
    /// Computes the lineage of versions stored without one (by an older claimdiff or a bulk
    /// loader), in one transaction; returns how many versions it linked.
    fn relink(&mut self, link: &mut LinkFn) -> Result<usize>;
    /// A topic's timeline entries, oldest first, with how many matched before the limit.
    fn timeline(&self, q: &TimelineQuery) -> Result<Timeline>;
    /// Topics with claim, article and source counts, most claims first.
    fn topics(&self) -> Result<Vec<TopicCount>>;
    /// Full-text search over claim sentences, stemmed and accent-folded in English and Spanish:
    /// the claims of the `limit` best-matching sentences, best first, a sentence's claims
    /// together in text order; every word of `query` must match (operators and quotes are data).
    fn search(&self, query: &str, limit: usize) -> Result<Vec<VersionClaim>>;
    /// User additions to the topic lexicon, one added block after another.
    fn topic_terms(&self) -> Result<String>;
    /// Stores `lines` ("topic: term, term") as a user addition to the topic lexicon.
    fn add_topic_terms(&mut self, lines: &str) -> Result<()>;

    // Housekeeping and archives (`show`, `rm`, `mv`, `source`, `export`, `import`).

    /// The input a version was recorded from, and how it was read.
    fn input(&self, version: &Version) -> Result<VersionInput>;
    /// Deletes an article with all its versions in one transaction (a source left without
    /// articles goes too); returns the versions removed. [`Error::UnknownArticle`] when it has
    /// none.
    fn remove_article(&mut self, article: &str) -> Result<Vec<Version>>;
    /// Deletes one version in one transaction. The versions after it move down one number
    /// (version numbers stay 1..N) and the one that followed it gets its lineage recomputed
    /// with `link` from the version now before it; removing an article's only version removes
    /// the article.
    fn remove_version(&mut self, version: &Version, link: &mut LinkFn) -> Result<()>;
    /// Renames an article key; [`Error::UnknownArticle`] for an unknown `from`,
    /// [`Error::ArticleExists`] when `to` is taken.
    fn rename_article(&mut self, from: &str, to: &str) -> Result<()>;
    /// Every source with its article and version counts, by name.
    fn sources(&self) -> Result<Vec<SourceCount>>;
    /// Moves every article of source `from` to source `into` (created when missing: a rename)
    /// and deletes `from`, in one transaction; returns how many articles moved.
    /// [`Error::UnknownSource`] for an unknown `from`.
    fn merge_source(&mut self, from: &str, into: &str) -> Result<usize>;
    /// Calls `each` with every version `filter` keeps, by article key then number, reading
    /// one version at a time (memory does not grow with the store); returns how many. An
    /// error from `each` stops the export and is returned.
    fn export(
        &self,
        filter: &ExportFilter,
        each: &mut dyn FnMut(&ArchivedVersion) -> Result<()>,
    ) -> Result<usize>;
    /// Starts an import: one write transaction that versions are added to ([`Import`]).
    fn import(&mut self) -> Result<Box<dyn Import + '_>>;
    /// Queues alerts in the delivery ledger and moves the cursor of each of `targets` to
    /// `version_id` (one transaction; a cursor never moves back). An alert the ledger already
    /// holds for its target, delivered or not, is left as it is: a change is queued once.
    /// Returns how many were new.
    fn queue_alerts(
        &mut self,
        targets: &[String],
        version_id: i64,
        alerts: &[QueuedAlert],
    ) -> Result<usize>;
    /// The id of the newest version whose changes were queued for `target`; a target without
    /// a cursor gets one at the newest version stored (older changes are not notified).
    fn alert_cursor(&mut self, target: &str) -> Result<i64>;
    /// The versions whose id is greater than `id`, in id order.
    fn versions_after(&self, id: i64) -> Result<Vec<Version>>;
    /// The alerts not yet delivered to `target`, in the order they were queued.
    fn pending_alerts(&self, target: &str) -> Result<Vec<QueuedAlert>>;
    /// Records how a delivery of `change` to `target` went.
    fn settle_alert(&mut self, change: &str, target: &str, attempt: &AlertAttempt) -> Result<()>;

    // Archive imports (`src/archive/bulk.rs`).

    /// The latest text of up to 50 articles of `source` with their keys, newest first, filtered
    /// by `site` as [`Store::source_texts`] does: what an import learns a source's furniture
    /// from, once per source, telling each article's own text apart.
    fn source_article_texts(
        &self,
        source: &str,
        site: Option<&str>,
    ) -> Result<Vec<(String, String)>>;
    /// The source `article` is stored under; `None` when the store does not hold it.
    fn article_source(&self, article: &str) -> Result<Option<String>>;
    /// Deletes the ledger rows of alerts delivered before `before` (RFC 3339) in one
    /// transaction; returns how many went. Pending alerts are kept whatever their age.
    fn prune_alerts(&mut self, before: &str) -> Result<usize>;
    /// Each of these articles' claim changes over its versions (each version against the one
    /// before: claims added, changed and removed, as the stored lineage says; see
    /// [`lineage_changes`]), in the order given; `None` for an article that has a version whose
    /// lineage is not stored yet (or that is not in the store).
    fn claim_changes(&self, articles: &[String]) -> Result<Vec<Option<usize>>>;
    /// The keys of the articles with a claim on any of `topics` (topic names), in key order.
    fn articles_on_topics(&self, topics: &[String]) -> Result<Vec<String>>;
    /// Every source's name, in name order (without reading articles or versions).
    fn source_names(&self) -> Result<Vec<String>>;
    /// Checks that the store can be used now (a PostgreSQL store connects again if it lost its
    /// connection); what `watch` waits on after a failure to reach the database.
    fn check(&self) -> Result<()> {
        Ok(())
    }

    // The extractor that wrote the claims (`store_meta`; `src/extract/version.rs`).

    /// The extractor version whose claims the store holds: the one of the claimdiff that
    /// created it, 0 for a store recorded before claimdiff kept it (older than any), or the
    /// one of the last complete [`Store::upgrade`]. `record`, `import` and `watch` leave it as
    /// it is: the store still holds the older claims.
    fn extractor_version(&self) -> Result<u32>;
    /// [`Store::reindex`] that, once every stored version is re-extracted, records `extractor`
    /// as the store's extractor version in the transaction of its last write (an incomplete
    /// reindex leaves it as it was).
    fn upgrade(
        &mut self,
        extractor: u32,
        f: &mut dyn FnMut(&RawVersion) -> Result<Extraction, BoxError>,
        link: &mut LinkFn,
    ) -> Result<ReindexReport>;
    /// Records `extractor` as the store's extractor version, whatever it was: for a store
    /// whose claims were all copied from another ([`copy::copy`]) rather than extracted here.
    fn set_extractor_version(&mut self, extractor: u32) -> Result<()>;
    /// Adds a batch of versions read from claimdiff's own archive in one transaction, in order,
    /// each stored as given (also when its text equals its article's latest: an archive is
    /// stored as it is, so that export → import → export gives the same bytes) and linked to
    /// the version before with `link`; a version the article already holds (same content hash
    /// and time) is [`Imported::Skipped`]. This one goes through [`Store::import`];
    /// PostgreSQL overrides it with its batch path.
    fn import_archived(
        &mut self,
        batch: &[NewVersion],
        link: &mut LinkFn,
    ) -> Result<Vec<Imported>> {
        import_each(self.import()?, batch, link)
    }
    /// [`Store::holds`] of each (article, content hash, recorded_at), in order: what an
    /// archive import asks of a batch before extracting it. PostgreSQL asks it in one query.
    fn holds_each(&self, versions: &[(&str, &str, &str)]) -> Result<Vec<bool>> {
        versions
            .iter()
            .map(|(article, hash, at)| self.holds(article, hash, at))
            .collect()
    }
    /// The claims of `version` that continue a claim of the version before, as its stored
    /// lineage pairs them: (the older claim's index, this claim's index, whether the figure
    /// changed), in this version's claim order; `None` when its lineage is not stored (then
    /// diff the two versions). What the feed reads instead of diffing.
    fn claim_pairs(&self, version: &Version) -> Result<Option<Vec<ClaimPair>>> {
        let _ = version;
        Ok(None)
    }
}

/// A claim paired with the one it continues in the version before ([`Store::claim_pairs`]):
/// the older claim's index, the newer's, and whether the figure changed.
pub type ClaimPair = (usize, usize, bool);

/// Adds every version of `batch` to `import` in order, then commits it.
fn import_each(
    mut import: Box<dyn Import + '_>,
    batch: &[NewVersion],
    link: &mut LinkFn,
) -> Result<Vec<Imported>> {
    let mut done = Vec::with_capacity(batch.len());
    for v in batch {
        done.push(import.add(v, link)?);
    }
    import.commit()?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_parse() {
        assert_eq!(VersionRef::parse("a@2").unwrap().which, Which::Number(2));
        assert_eq!(VersionRef::parse("a").unwrap().which, Which::Latest);
        assert_eq!(VersionRef::parse("a@first").unwrap().which, Which::First);
        assert!(VersionRef::parse("a@0").is_err());
        assert!(VersionRef::parse("a@x").is_err());
        assert!(VersionRef::parse("@2").is_err());
    }
}
