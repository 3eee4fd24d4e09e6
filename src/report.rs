//! Reports: what each command found, typed, with the formats it renders in ([`Report`]). The
//! commands build one of these and hand it to [`render::write`](crate::render::write); the JSON
//! of each is its `Serialize` form (keys in name order, as the documents always had).

use std::io::{self, Write};
use std::path::PathBuf;

use serde::{Serialize, Serializer};

use crate::diff::{ClaimChange, ClaimDiff, Mode, Summary};
use crate::extract::{Dropped, NonClaim};
use crate::fetch::Outcome;
use crate::history::{Entry, History};
use crate::model::{Article, Claim, Lang, SortedClaims, Version};
use crate::record::RecordOutcome;
use crate::render::diff::{diff_markdown, diff_text};
use crate::render::history::{history_csv, history_markdown, history_text};
use crate::render::search::{matched_words, snippet};
use crate::render::tables::{
    articles_csv, articles_text, claims_text, topic_row, topics_text, versions_csv, versions_text,
};
use crate::render::{self, vref, Format, Report, Style};
use crate::store::{Recorded, ReindexReport, TopicCount, VersionClaim};

const TEXT_JSON: &[Format] = &[Format::Text, Format::Json];
const TEXT_JSON_CSV: &[Format] = &[Format::Text, Format::Json, Format::Csv];

// ---------------------------------------------------------------------------------------------
// record (and a fetched page)

/// `record`: the version stored (or why none was) and the claim changes since the one before.
pub struct RecordReport(pub RecordOutcome);

/// A version in a record report: the one stored, or the number of the identical latest one.
#[derive(Serialize)]
#[serde(untagged)]
enum VersionJson<'a> {
    Unchanged { number: u32 },
    Stored(&'a Version),
}

/// Which version a diff starts from.
#[derive(Serialize)]
struct VersionId<'a> {
    article: &'a str,
    source: &'a str,
    version: u32,
}

impl<'a> VersionId<'a> {
    fn of(v: &'a Version) -> VersionId<'a> {
        VersionId {
            article: &v.article,
            source: &v.source,
            version: v.number,
        }
    }
}

/// The claim changes since the version before.
#[derive(Serialize)]
struct SinceJson<'a> {
    from: VersionId<'a>,
    summary: Summary,
    claims: &'a [ClaimChange],
}

/// The JSON of a [`RecordOutcome`].
#[derive(Serialize)]
struct RecordJson<'a> {
    status: &'static str,
    version: VersionJson<'a>,
    claims: usize,
    encoding: Option<&'a str>,
    diff: Option<SinceJson<'a>>,
}

impl<'a> RecordJson<'a> {
    fn of(o: &'a RecordOutcome) -> RecordJson<'a> {
        let (status, version) = match &o.recorded {
            Recorded::Unchanged(n) => ("unchanged", VersionJson::Unchanged { number: *n }),
            Recorded::Stored(v) => ("stored", VersionJson::Stored(v)),
        };
        RecordJson {
            status,
            version,
            claims: o.claims,
            encoding: o.encoding,
            diff: o.diff.as_ref().map(|(prev, d)| SinceJson {
                from: VersionId::of(prev),
                summary: d.summary,
                claims: &d.claims,
            }),
        }
    }
}

impl Serialize for RecordReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        RecordJson::of(&self.0).serialize(s)
    }
}

impl Report for RecordReport {
    const FORMATS: &'static [Format] = TEXT_JSON;

    fn text(&self, st: Style, out: &mut dyn Write) -> io::Result<()> {
        let o = &self.0;
        if let Some(enc) = o.encoding {
            writeln!(out, "note: the input was not UTF-8; decoded it as {enc}")?;
        }
        match &o.recorded {
            Recorded::Unchanged(n) => {
                writeln!(out, "unchanged since version {n}: nothing recorded")
            }
            Recorded::Stored(v) => {
                writeln!(
                    out,
                    "recorded {} ({}, {})",
                    vref(v),
                    v.source,
                    render::count(v.claims, "claim", "claims")
                )?;
                match &o.diff {
                    None => writeln!(out, "first version: every claim is new"),
                    Some((prev, d)) => {
                        let title = format!("claims since {}:", vref(prev));
                        out.write_all(diff_text(&title, d, st, false, false).as_bytes())
                    }
                }
            }
        }
    }
}

/// The JSON of one fetched page.
#[derive(Serialize)]
#[serde(untagged)]
enum OutcomeJson<'a> {
    NotModified {
        url: &'a str,
        status: &'static str,
        article: Option<&'a str>,
    },
    Recorded {
        url: &'a str,
        final_url: &'a str,
        article: &'a str,
        source: &'a str,
        title: &'a Option<String>,
        #[serde(flatten)]
        record: RecordJson<'a>,
    },
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Outcome::NotModified { url, article } => OutcomeJson::NotModified {
                url,
                status: "not_modified",
                article: (!article.is_empty()).then_some(article.as_str()),
            },
            Outcome::Recorded {
                url,
                final_url,
                article,
                source,
                title,
                outcome,
            } => OutcomeJson::Recorded {
                url,
                final_url,
                article,
                source,
                title,
                record: RecordJson::of(outcome),
            },
        }
        .serialize(s)
    }
}

/// `fetch --format json`: every page fetched, in the order given.
#[derive(Serialize)]
pub struct FetchReport {
    pub results: Vec<Outcome>,
}

// ---------------------------------------------------------------------------------------------
// log, claims, extract

/// `log`: every article, or the versions of one.
#[derive(Serialize)]
#[serde(untagged)]
pub enum LogReport {
    Articles {
        articles: Vec<Article>,
    },
    Versions {
        article: String,
        source: String,
        versions: Vec<Version>,
    },
}

impl Report for LogReport {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let text = match self {
            LogReport::Articles { articles } => articles_csv(articles),
            LogReport::Versions { versions, .. } => versions_csv(versions),
        };
        out.write_all(text.as_bytes())
    }

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let text = match self {
            LogReport::Articles { articles } => articles_text(articles),
            LogReport::Versions { versions, .. } => versions_text(versions),
        };
        out.write_all(text.as_bytes())
    }
}

/// `claims`: the claims of one stored version.
#[derive(Serialize)]
pub struct ClaimsReport {
    pub article: String,
    pub source: String,
    pub version: u32,
    pub at: String,
    pub claims: Vec<Claim>,
}

impl Report for ClaimsReport {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    /// One row per claim: the version, then every CLAIM field.
    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let lead = [
            self.article.clone(),
            self.source.clone(),
            self.version.to_string(),
            self.at.clone(),
        ];
        let headers = ["article", "source", "version", "at"];
        out.write_all(render::claims_csv(&headers, &lead, &self.claims).as_bytes())
    }

    /// Keys in name order, as [`render::write_sorted_json`] gives them, streamed.
    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        #[derive(Serialize)]
        struct Sorted<'a> {
            article: &'a str,
            at: &'a str,
            claims: SortedClaims<'a>,
            source: &'a str,
            version: u32,
        }
        write_pretty_json(
            &Sorted {
                article: &self.article,
                at: &self.at,
                claims: SortedClaims(&self.claims),
                source: &self.source,
                version: self.version,
            },
            out,
        )
    }

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        write!(
            out,
            "{}@{} ({}, {}): {}\n{}",
            self.article,
            self.version,
            self.source,
            self.at,
            render::count(self.claims.len(), "claim", "claims"),
            claims_text(&self.claims)
        )
    }
}

/// `extract`: the claims of a text, stored nowhere.
#[derive(Serialize)]
pub struct ExtractReport {
    pub lang: Lang,
    /// How many sentences the text has.
    pub sentences: usize,
    pub claims: Vec<Claim>,
    /// With `--explain`: the numbers no claim was made of, with the rule that dropped each.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<Vec<Dropped>>,
    /// With `--all-quantities`: the quantities recognised that are not claims, with their class.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub non_claims: Option<Vec<NonClaim>>,
}

impl Report for ExtractReport {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    /// One row per claim with every CLAIM field (the numbers not taken are text and JSON only).
    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render::claims_csv(&[], &[], &self.claims).as_bytes())
    }

    /// Keys in name order, as [`render::write_sorted_json`] gives them, streamed: the claims
    /// of a large text are not built as a JSON value and a string first (that took 20 times
    /// the text's size).
    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        #[derive(Serialize)]
        struct SortedDropped<'a> {
            rule: &'a str,
            sentence: &'a str,
            surface: &'a str,
        }
        #[derive(Serialize)]
        struct Sorted<'a> {
            claims: SortedClaims<'a>,
            #[serde(skip_serializing_if = "Option::is_none")]
            dropped: Option<Vec<SortedDropped<'a>>>,
            lang: Lang,
            /// Small (with `--all-quantities` only): a value, whose maps keep keys in order.
            #[serde(skip_serializing_if = "Option::is_none")]
            non_claims: Option<serde_json::Value>,
            sentences: usize,
        }
        let non_claims = match &self.non_claims {
            Some(n) => Some(serde_json::to_value(n).map_err(io::Error::from)?),
            None => None,
        };
        let dropped = self.dropped.as_ref().map(|ds| {
            ds.iter()
                .map(|d| SortedDropped {
                    rule: d.rule,
                    sentence: &d.sentence,
                    surface: &d.surface,
                })
                .collect()
        });
        write_pretty_json(
            &Sorted {
                claims: SortedClaims(&self.claims),
                dropped,
                lang: self.lang,
                non_claims,
                sentences: self.sentences,
            },
            out,
        )
    }

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(claims_text(&self.claims).as_bytes())?;
        if let Some(dropped) = &self.dropped {
            writeln!(out, "\nnot claims: {}", dropped.len())?;
            for d in dropped {
                writeln!(out, "  {:<12} {:<26} {}", d.surface, d.rule, d.sentence)?;
            }
        }
        if let Some(non) = &self.non_claims {
            writeln!(out, "\nquantities that are not claims: {}", non.len())?;
            for n in non {
                let q = &n.quantity;
                writeln!(
                    out,
                    "  {:<14} {:<16} {}",
                    q.surface,
                    n.class.name(),
                    q.sentence
                )?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// diff

/// One side of a diff: a file, or a stored version.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum SideLabel {
    File {
        file: String,
    },
    Version {
        article: String,
        source: String,
        version: u32,
    },
}

/// `diff`: how the claims (and sentences) changed from one side to the other.
pub struct DiffReport {
    pub from: SideLabel,
    pub to: SideLabel,
    /// "A → B" for versions, "A vs B" for sources.
    pub title: String,
    pub diff: ClaimDiff,
    /// Text only: also the sentence diff.
    pub sentences: bool,
    /// Text only: also the unchanged claims.
    pub all: bool,
}

/// The diff JSON of the contract.
#[derive(Serialize)]
struct DiffJson<'a> {
    mode: Mode,
    from: &'a SideLabel,
    to: &'a SideLabel,
    summary: Summary,
    claims: &'a [ClaimChange],
    sentences: &'a [crate::diff::SentenceChange],
}

impl Serialize for DiffReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DiffJson {
            mode: self.diff.mode,
            from: &self.from,
            to: &self.to,
            summary: self.diff.summary,
            claims: &self.diff.claims,
            sentences: &self.diff.sentences,
        }
        .serialize(s)
    }
}

impl Report for DiffReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json, Format::Markdown];

    fn text(&self, st: Style, out: &mut dyn Write) -> io::Result<()> {
        let text = diff_text(&self.title, &self.diff, st, self.sentences, self.all);
        out.write_all(text.as_bytes())
    }

    fn markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(diff_markdown(&self.title, &self.diff).as_bytes())
    }
}

// ---------------------------------------------------------------------------------------------
// copy

/// `copy`: which stores, and what the target holds after the copy (verified equal to the
/// source's counts).
#[derive(Serialize)]
pub struct CopyReport {
    /// The source, as messages show it (no password).
    pub from: String,
    /// The target, as messages show it (no password).
    pub to: String,
    /// Articles, versions and claims in both stores.
    pub copied: crate::store::copy::StoreCounts,
}

impl Report for CopyReport {
    const FORMATS: &'static [Format] = TEXT_JSON;

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        let c = &self.copied;
        writeln!(
            out,
            "copied {} articles, {} versions, {} claims from {} to {} (verified: the counts are equal)",
            c.articles, c.versions, c.claims, self.from, self.to
        )
    }
}

// ---------------------------------------------------------------------------------------------
// reindex, topics, search

impl Report for ReindexReport {
    const FORMATS: &'static [Format] = TEXT_JSON;

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        writeln!(
            out,
            "re-extracted {} versions: {} changed; claims {} → {}",
            self.versions, self.versions_changed, self.claims_before, self.claims_after
        )
    }

    /// In field order, as `reindex --format json` always wrote it.
    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(render::json(self).as_bytes())
    }
}

/// `topics`: the topics known, with their counts.
#[derive(Serialize)]
pub struct TopicsReport {
    pub topics: Vec<TopicCount>,
}

impl Report for TopicsReport {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(topics_text(&self.topics).as_bytes())
    }

    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<Vec<String>> = self.topics.iter().map(topic_row).collect();
        let headers = ["topic", "claims", "articles", "sources", "latest"];
        out.write_all(render::csv(&headers, &rows).as_bytes())
    }
}

/// `topics --import FILE`: the file whose topics were added. It says so in every format.
#[derive(Serialize)]
pub struct TopicsImported {
    pub file: PathBuf,
}

impl TopicsImported {
    fn message(&self) -> String {
        format!(
            "added the topics of {} to the lexicon; run `claimdiff reindex` to apply them to stored versions\n",
            self.file.display()
        )
    }
}

impl Report for TopicsImported {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.message().as_bytes())
    }

    fn json(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.message().as_bytes())
    }

    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(self.message().as_bytes())
    }
}

/// `search`: the sentences that match a query, each with its claims.
pub struct SearchReport {
    pub query: String,
    /// The claims of the matching sentences, best sentence first, a sentence's claims together
    /// (as [`Store::search`](crate::store::Store::search) gives them).
    pub hits: Vec<VersionClaim>,
}

/// One matching sentence: its version and its claims.
struct SentenceHit<'a> {
    version: &'a Version,
    sentence: &'a str,
    claims: Vec<&'a Claim>,
}

impl SearchReport {
    /// The hits grouped by sentence, best first.
    fn sentences(&self) -> Vec<SentenceHit<'_>> {
        let mut out: Vec<SentenceHit> = Vec::new();
        for h in &self.hits {
            match out.last_mut() {
                Some(last)
                    if last.version.id == h.version.id && last.sentence == &*h.claim.sentence =>
                {
                    last.claims.push(&h.claim)
                }
                _ => out.push(SentenceHit {
                    version: &h.version,
                    sentence: &h.claim.sentence,
                    claims: vec![&h.claim],
                }),
            }
        }
        out
    }
}

/// One search result in JSON: a sentence, where the query matched it, and its claims.
#[derive(Serialize)]
struct HitJson<'a> {
    article: &'a str,
    source: &'a str,
    version: u32,
    at: &'a str,
    sentence: &'a str,
    /// The matched words, as [start, end) char offsets in `sentence`.
    matched: Vec<[usize; 2]>,
    claims: Vec<&'a Claim>,
}

/// The JSON of a [`SearchReport`].
#[derive(Serialize)]
struct SearchJson<'a> {
    query: &'a str,
    results: Vec<HitJson<'a>>,
}

impl Serialize for SearchReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let char_at = |text: &str, byte: usize| text[..byte].chars().count();
        let results = self
            .sentences()
            .into_iter()
            .map(|h| HitJson {
                article: &h.version.article,
                source: &h.version.source,
                version: h.version.number,
                at: h.version.at(),
                sentence: h.sentence,
                matched: matched_words(h.sentence, &self.query)
                    .into_iter()
                    .map(|r| [char_at(h.sentence, r.start), char_at(h.sentence, r.end)])
                    .collect(),
                claims: h.claims,
            })
            .collect();
        SearchJson {
            query: &self.query,
            results,
        }
        .serialize(s)
    }
}

/// Width of the sentence snippet in the text table.
const SNIPPET_CHARS: usize = 60;

impl Report for SearchReport {
    const FORMATS: &'static [Format] = TEXT_JSON_CSV;

    fn text(&self, st: Style, out: &mut dyn Write) -> io::Result<()> {
        let hits = self.sentences();
        if hits.is_empty() {
            return writeln!(out, "no claim sentences match {:?}", self.query);
        }
        let mark = |w: &str| {
            if st.color {
                st.bold(w)
            } else {
                format!("[{w}]")
            }
        };
        let rows: Vec<Vec<String>> = hits
            .iter()
            .map(|h| {
                let labels: Vec<&str> = h.claims.iter().map(|c| c.label.as_str()).collect();
                let matched = matched_words(h.sentence, &self.query);
                vec![
                    vref(h.version),
                    h.version.source.clone(),
                    labels.join("; "),
                    snippet(h.sentence, &matched, SNIPPET_CHARS, &mark),
                ]
            })
            .collect();
        let table = render::table(&["VERSION", "SOURCE", "CLAIMS", "SENTENCE"], &rows);
        out.write_all(table.as_bytes())
    }

    /// One row per sentence: its version, the sentence, its claims' labels (";"-joined).
    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let rows: Vec<Vec<String>> = self
            .sentences()
            .iter()
            .map(|h| {
                let v = h.version;
                let labels: Vec<&str> = h.claims.iter().map(|c| c.label.as_str()).collect();
                vec![
                    v.article.clone(),
                    v.source.clone(),
                    v.number.to_string(),
                    v.at().to_string(),
                    h.sentence.to_string(),
                    labels.join(";"),
                ]
            })
            .collect();
        let headers = ["article", "source", "version", "at", "sentence", "claims"];
        out.write_all(render::csv(&headers, &rows).as_bytes())
    }
}

// ---------------------------------------------------------------------------------------------
// history

/// `history`: a topic's timeline, or the topics to suggest when the query names none.
pub enum HistoryReport {
    NoMatch {
        topic: String,
        suggestions: Vec<String>,
    },
    Timeline(History),
}

/// The JSON of a [`HistoryReport`].
#[derive(Serialize)]
#[serde(untagged)]
enum HistoryJson<'a> {
    NoMatch {
        topic: &'a str,
        entries: [Entry; 0],
        suggestions: &'a [String],
    },
    Timeline {
        topic: &'a str,
        topics: &'a [String],
        entries: &'a [Entry],
        total: usize,
    },
}

impl Serialize for HistoryReport {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            HistoryReport::NoMatch { topic, suggestions } => HistoryJson::NoMatch {
                topic,
                entries: [],
                suggestions,
            },
            HistoryReport::Timeline(h) => HistoryJson::Timeline {
                topic: &h.topic,
                topics: &h.topics,
                entries: &h.entries,
                total: h.total,
            },
        }
        .serialize(s)
    }
}

impl HistoryReport {
    /// What text and CSV say when the topic is unknown.
    fn no_match(topic: &str, suggestions: &[String]) -> String {
        format!(
            "no claims match topic {:?}; nearest known topics: {}\n",
            topic,
            if suggestions.is_empty() {
                "(none yet)".to_string()
            } else {
                suggestions.join(", ")
            }
        )
    }
}

impl Report for HistoryReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json, Format::Csv, Format::Markdown];

    fn markdown(&self, out: &mut dyn Write) -> io::Result<()> {
        let text = match self {
            HistoryReport::NoMatch { topic, suggestions } => Self::no_match(topic, suggestions),
            HistoryReport::Timeline(h) => history_markdown(h),
        };
        out.write_all(text.as_bytes())
    }

    fn text(&self, st: Style, out: &mut dyn Write) -> io::Result<()> {
        let text = match self {
            HistoryReport::NoMatch { topic, suggestions } => Self::no_match(topic, suggestions),
            HistoryReport::Timeline(h) => history_text(st, h),
        };
        out.write_all(text.as_bytes())
    }

    fn csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let text = match self {
            HistoryReport::NoMatch { topic, suggestions } => Self::no_match(topic, suggestions),
            HistoryReport::Timeline(h) => history_csv(h),
        };
        out.write_all(text.as_bytes())
    }
}

/// `v` as pretty JSON and a newline, written as it is serialised (no value, no string).
fn write_pretty_json<T: Serialize>(v: &T, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, v).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod streamed_json_tests;
