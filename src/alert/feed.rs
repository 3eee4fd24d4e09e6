//! The Atom feed of claim changes: the latest changed claims a store holds (newest first,
//! optionally on some topics), written as Atom 1.0 (RFC 4287) with quick-xml, which escapes
//! every text and attribute. Entry ids are the changes' stable identities, so a feed reader
//! shows each change once however often the feed is rebuilt.

use std::io::Write;

use anyhow::Result;
use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use super::{stored_alerts, AlertFilter, ChangeAlert};
use crate::model::Version;
use crate::store::Store;

/// The Atom namespace.
const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The latest `limit` claim changes in `store` on any of `topics` (every topic when empty),
/// newest first (by version time, then version, then reading order). Each version's changes
/// are read from its stored lineage (its claims paired with the version before's: only a
/// version with a changed claim is read, and none is diffed again); articles are read newest first and the reading stops at the first
/// article whose latest version is older than the `limit`th change found, so a short feed of a
/// large store reads only its newest articles.
pub fn latest_changes(
    store: &dyn Store,
    topics: &[String],
    limit: usize,
) -> Result<Vec<ChangeAlert>> {
    let filter = AlertFilter {
        topics: topics.to_vec(),
        ..AlertFilter::default()
    };
    let mut articles = store.articles()?;
    articles.sort_by(|a, b| b.latest_at.cmp(&a.latest_at));
    let mut found: Vec<Ranked> = Vec::new();
    let mut cutoff: Option<String> = None;
    for article in &articles {
        let Some(latest) = &article.latest_at else {
            continue;
        };
        if cutoff.as_ref().is_some_and(|c| latest < c) {
            break;
        }
        for w in store.versions(&article.key)?.windows(2) {
            let (before, after) = (&w[0], &w[1]);
            if cutoff.as_deref().is_some_and(|c| after.at() < c) {
                continue;
            }
            let alerts = stored_alerts(store, before, after, article.url.as_deref())?;
            let kept = alerts.into_iter().filter(|c| filter.keeps(c));
            found.extend(kept.enumerate().map(|(i, c)| Ranked::new(after, i, c)));
        }
        if found.len() >= limit {
            found.sort_by(Ranked::newest_first);
            found.truncate(limit);
            cutoff = found.last().map(|r| r.at.clone());
        }
    }
    found.sort_by(Ranked::newest_first);
    found.truncate(limit);
    Ok(found.into_iter().map(|r| r.change).collect())
}

/// A change with what orders the feed: its version's time and id, its place in the version.
struct Ranked {
    at: String,
    version_id: i64,
    index: usize,
    change: ChangeAlert,
}

impl Ranked {
    fn new(version: &Version, index: usize, change: ChangeAlert) -> Ranked {
        Ranked {
            at: version.at().to_string(),
            version_id: version.id,
            index,
            change,
        }
    }

    fn newest_first(a: &Ranked, b: &Ranked) -> std::cmp::Ordering {
        (&b.at, b.version_id, a.index).cmp(&(&a.at, a.version_id, b.index))
    }
}

/// What the feed says about itself.
#[derive(Debug, Clone)]
pub struct FeedInfo {
    /// The feed's title.
    pub title: String,
    /// Its permanent id (an IRI).
    pub id: String,
    /// Where the feed itself is published, when it is.
    pub self_url: Option<String>,
    /// The feed's `updated` time when it has no entries (RFC 3339).
    pub empty_updated: String,
}

impl FeedInfo {
    /// The feed of the changes on `topics` (all when empty): a stable id per topic set.
    pub fn for_topics(topics: &[String]) -> FeedInfo {
        let (title, id) = if topics.is_empty() {
            (
                "claimdiff: claim changes".to_string(),
                "urn:claimdiff:changes".to_string(),
            )
        } else {
            let names: Vec<String> = topics.iter().map(|t| t.to_lowercase()).collect();
            let slug: String = names
                .join(",")
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == ',' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            (
                format!("claimdiff: claim changes on {}", names.join(", ")),
                format!("urn:claimdiff:changes:{slug}"),
            )
        };
        FeedInfo {
            title,
            id,
            self_url: None,
            empty_updated: crate::time::now(),
        }
    }
}

/// `s` without the characters XML 1.0 cannot carry (controls other than tab and newlines).
fn xml_chars(s: &str) -> String {
    s.chars()
        .filter(|&c| c == '\t' || c == '\n' || c == '\r' || !c.is_control())
        .collect()
}

/// An entry's one-line title: "subject: before → after (kind)".
fn entry_title(c: &ChangeAlert) -> String {
    let subject = if c.after.subject.is_empty() {
        "figure"
    } else {
        &c.after.subject
    };
    let kind = serde_json::to_value(c.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    format!(
        "{subject}: {} → {} ({})",
        c.before.surface,
        c.after.surface,
        kind.replace('_', " ")
    )
}

/// An entry's summary: where the change is and the sentences before and after.
fn entry_summary(c: &ChangeAlert) -> String {
    format!(
        "{}@{} ({}): \"{}\" Before, in @{}: \"{}\"",
        c.article, c.version, c.source, c.after.sentence, c.previous_version, c.before.sentence
    )
}

/// Writes `changes` as an Atom 1.0 feed.
pub fn write_atom(changes: &[ChangeAlert], info: &FeedInfo, out: &mut dyn Write) -> Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let updated = changes
        .iter()
        .map(|c| c.at.as_str())
        .max()
        .unwrap_or(&info.empty_updated)
        .to_string();
    w.create_element("feed")
        .with_attribute(("xmlns", ATOM))
        .write_inner_content(|w| {
            text_element(w, "title", &info.title)?;
            text_element(w, "id", &info.id)?;
            text_element(w, "updated", &updated)?;
            if let Some(url) = &info.self_url {
                w.create_element("link")
                    .with_attribute(("rel", "self"))
                    .with_attribute(("href", xml_chars(url).as_str()))
                    .write_empty()?;
            }
            w.create_element("author")
                .write_inner_content(|w| text_element(w, "name", "claimdiff"))?;
            w.create_element("generator")
                .write_text_content(BytesText::new("claimdiff"))?;
            for c in changes {
                write_entry(w, c)?;
            }
            Ok(())
        })?;
    w.get_mut().write_all(b"\n")?;
    Ok(())
}

fn write_entry<W: Write>(w: &mut Writer<W>, c: &ChangeAlert) -> std::io::Result<()> {
    w.create_element("entry").write_inner_content(|w| {
        text_element(w, "id", &format!("urn:claimdiff:change:{}", c.id))?;
        text_element(w, "title", &entry_title(c))?;
        text_element(w, "updated", &c.at)?;
        if let Some(url) = &c.url {
            w.create_element("link")
                .with_attribute(("href", xml_chars(url).as_str()))
                .write_empty()?;
        }
        for t in &c.topics {
            w.create_element("category")
                .with_attribute(("term", xml_chars(t).as_str()))
                .write_empty()?;
        }
        text_element(w, "summary", &entry_summary(c))
    })?;
    Ok(())
}

fn text_element<W: Write>(w: &mut Writer<W>, name: &str, text: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(&xml_chars(text)))?;
    Ok(())
}
