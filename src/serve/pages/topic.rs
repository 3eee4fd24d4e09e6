//! The topics (JSON: `topics`) and a topic's history (JSON: `history --topic`): the timeline
//! across outlets with its chart, filtered as `history` is (source, article, since, until,
//! min_change, all, limit).

use std::collections::BTreeSet;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use maud::{html, Markup};

use super::{json_of, lexicon, respond, Out};
use crate::diff::{self, Kind, Mode, Side};
use crate::history::{self, Entry, EntryStatus, History, Query as HistoryQuery};
use crate::report::{HistoryReport, TopicsReport};
use crate::serve::chart::{self, Corrections};
use crate::serve::html::{figure, layout, topic_href, version_href, Nav, Text};
use crate::serve::params::Params;
use crate::serve::{App, Failure, Shared};
use crate::store::{Store, TimelineQuery, VersionRef, Which};
use crate::time::{parse_time, parse_until};

/// Entries shown unless `limit` says otherwise (as `claimdiff history`).
const DEFAULT_LIMIT: usize = 1000;
/// At most this many changed versions are read (the ones with a correction notice diffed)
/// to find which changes are corrections.
const CORRECTION_CHECKS: usize = 200;

/// The query parameters of a topic's page: `history`'s filters.
const TIMELINE_PARAMS: &[&str] = &[
    "source",
    "article",
    "since",
    "until",
    "min_change",
    "all",
    "limit",
];

/// `/topics`: the topics known, with their counts.
pub(crate) async fn list(State(app): State<Shared>, p: Params) -> Response {
    respond(&app, p, &[], move |store, _, p| {
        let report = TopicsReport {
            topics: store.topics().map_err(Failure::internal)?,
        };
        if p.json {
            return Ok(json_of(&report));
        }
        Ok(Out::Html(layout(
            "Topics",
            Nav::Topics,
            html! {
                h1 { "Topics" }
                div.scroll { table {
                    thead { tr { th scope="col" { "Topic" } th scope="col" { "Claims" } th scope="col" { "Articles" } th scope="col" { "Sources" } th scope="col" { "Latest" } } }
                    tbody { @for t in &report.topics { tr {
                        td { a href=(topic_href(&t.topic)) { (Text(&t.topic)) } }
                        td.num { (t.claims) } td.num { (t.articles) } td.num { (t.sources) }
                        td { (Text(t.latest.as_deref().unwrap_or(""))) }
                    } } }
                } }
            },
        )))
    })
    .await
}

/// The history query of the page's parameters.
fn query(topic: &str, p: &Params) -> Result<HistoryQuery, Failure> {
    let time = |name: &str, until: bool| -> Result<Option<String>, Failure> {
        p.text(name)
            .map(|s| {
                let parsed = if until {
                    parse_until(s, name)
                } else {
                    parse_time(s, name)
                };
                parsed
                    .map_err(|_| Failure::bad(name, format!("{s:?} is not RFC 3339 or YYYY-MM-DD")))
            })
            .transpose()
    };
    let limit = p
        .parse::<usize>("limit", "a number of entries (0 for all)")?
        .unwrap_or(DEFAULT_LIMIT);
    let min_change = p.parse::<f64>("min_change", "a percentage")?;
    if min_change.is_some_and(|m| !m.is_finite()) {
        return Err(Failure::bad("min_change", "give a finite percentage"));
    }
    Ok(HistoryQuery {
        topic: topic.to_string(),
        window: TimelineQuery {
            topics: Vec::new(),
            source: p.text("source").map(str::to_string),
            article: p.text("article").map(str::to_string),
            since: time("since", false)?,
            until: time("until", true)?,
            min_change,
            all: p.flag("all")?,
            limit: (limit > 0).then_some(limit),
        },
    })
}

/// `/topics/{topic}`: the topic's timeline with its chart.
pub(crate) async fn timeline(
    State(app): State<Shared>,
    Path(topic): Path<String>,
    p: Params,
) -> Response {
    respond(&app, p, TIMELINE_PARAMS, move |store, app, p| {
        let q = query(&topic, &p)?;
        let lexicon = lexicon(store)?;
        let h = history::history(store, &lexicon, &q).map_err(Failure::internal)?;
        if h.topics.is_empty() {
            return no_match(p.json, &topic, h.suggestions);
        }
        if p.json {
            return Ok(json_of(&HistoryReport::Timeline(h)));
        }
        let corrections = corrections(store, app, &h.entries)?;
        Ok(Out::Html(layout(
            &h.topic,
            Nav::Topics,
            page(&h, &p, &corrections),
        )))
    })
    .await
}

/// An unknown topic: 404, with the nearest known topics.
fn no_match(json: bool, topic: &str, suggestions: Vec<String>) -> Result<Out, Failure> {
    if json {
        let report = HistoryReport::NoMatch {
            topic: topic.to_string(),
            suggestions,
        };
        return Ok(match json_of(&report) {
            Out::Json(_, body) => Out::Json(StatusCode::NOT_FOUND, body),
            other => other,
        });
    }
    let nearest = if suggestions.is_empty() {
        "none yet".to_string()
    } else {
        suggestions.join(", ")
    };
    Err(Failure::NotFound {
        what: format!("no claims match topic {topic:?}; nearest known topics: {nearest}"),
        back: ("/topics".into(), "all topics".into()),
    })
}

/// The changes among `entries` that the diff engine calls corrections (diffing each changed
/// version against the one before, the latest few hundred, each once per server).
fn corrections(store: &dyn Store, app: &App, entries: &[Entry]) -> Result<Corrections, Failure> {
    let changed: BTreeSet<(String, u32)> = entries
        .iter()
        .filter(|e| e.status == EntryStatus::Changed && e.version > 1)
        .map(|e| (e.article.clone(), e.version))
        .collect();
    let mut found = Corrections::new();
    for (article, version) in changed.into_iter().rev().take(CORRECTION_CHECKS) {
        let key = (article.clone(), version);
        let cached = app
            .corrections
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned());
        let starts = match cached {
            Some(s) => s,
            None => {
                let s = corrected_starts(store, &article, version)?;
                if let Ok(mut m) = app.corrections.lock() {
                    m.insert(key, s.clone());
                }
                s
            }
        };
        found.extend(starts.into_iter().map(|s| (article.clone(), version, s)));
    }
    Ok(found)
}

/// Where the corrected claims of `article@version` start.
fn corrected_starts(store: &dyn Store, article: &str, version: u32) -> Result<Vec<usize>, Failure> {
    let get = |n: u32| -> Result<crate::store::StoredVersion, Failure> {
        let r = VersionRef {
            article: article.to_string(),
            which: Which::Number(n),
        };
        let v = store.resolve(&r).map_err(Failure::internal)?;
        store.load(&v).map_err(Failure::internal)
    };
    let b = get(version)?;
    // Only a version with a correction notice has corrections: most are skipped unread.
    if !b
        .sentences
        .iter()
        .any(|s| crate::extract::is_correction_notice(&s.text))
    {
        return Ok(Vec::new());
    }
    let a = get(version - 1)?;
    let d = diff::diff(
        &Side::new(&a.sentences, &a.claims),
        &Side::new(&b.sentences, &b.claims),
        Mode::Versions,
    );
    Ok(d.claims
        .iter()
        .filter(|c| c.kind() == Some(Kind::Correction))
        .filter_map(|c| c.after().map(|a| a.start))
        .collect())
}

fn page(h: &History, p: &Params, corrections: &Corrections) -> Markup {
    html! {
        p.crumbs { a href="/topics" { "← all topics" } }
        h1 { (Text(&h.topic)) }
        p.meta { "Topics: " (Text(&h.topics.join(", "))) " · " (h.total) " entries"
            @if h.total > h.entries.len() { " (showing the latest " (h.entries.len()) ")" } }
        (filters(h, p))
        @if h.entries.is_empty() { (chart::nothing()) } @else { (chart::charts(&h.entries, corrections)) }
        (entries_table(h, corrections))
    }
}

fn filters(h: &History, p: &Params) -> Markup {
    let value = |name: &str| p.text(name).unwrap_or("").to_string();
    let all = p.flag("all").unwrap_or(false);
    let any = ["source", "article", "since", "until", "min_change", "limit"]
        .iter()
        .any(|n| p.text(n).is_some())
        || all;
    html! {
        details.filters open[any] { summary { "Filters" }
        form.filters method="get" action=(topic_href(&h.topic)) {
            label { "Source " input name="source" value=(Text(&value("source"))); }
            label { "Article " input name="article" value=(Text(&value("article"))); }
            label { "Since " input name="since" placeholder="YYYY-MM-DD" value=(Text(&value("since"))); }
            label { "Until " input name="until" placeholder="YYYY-MM-DD" value=(Text(&value("until"))); }
            label { "Min. change % " input name="min_change" inputmode="decimal" value=(Text(&value("min_change"))); }
            label { "Latest " input name="limit" inputmode="numeric" placeholder="1000" value=(Text(&value("limit"))); }
            label.check { input type="checkbox" name="all" value="1" checked[all]; " unchanged too" }
            button type="submit" { "Filter" }
        }
        }
    }
}

fn entries_table(h: &History, corrections: &Corrections) -> Markup {
    html! {
        div.scroll { table.history {
            thead { tr { th scope="col" { "Time" } th scope="col" { "Source" } th scope="col" { "Version" } th scope="col" { "Status" } th scope="col" { "Figure" } th scope="col" { "Subject" } } }
            tbody {
                @for e in &h.entries {
                    @let corrected = corrections.contains(&(e.article.clone(), e.version, e.claim.start));
                    tr class=(e.status.as_str()) .conflict[!e.conflicts.is_empty()] {
                        td { time { (Text(&e.at)) } }
                        td { (Text(&e.source)) }
                        td { a href=(version_href(&e.article, e.version)) { (Text(&e.article)) "@" (e.version) } }
                        td { (e.status.as_str()) @if corrected { " (correction)" } }
                        td.figure {
                            @if let Some(p) = &e.previous { @if e.status == EntryStatus::Changed { (Text(&figure(p))) " → " } }
                            (Text(&figure(&e.claim)))
                        }
                        td { (Text(&e.claim.subject))
                            @for c in &e.conflicts { br; span.conflict-note { "⚠ conflict: " (Text(c)) } }
                        }
                    }
                }
            }
        } }
    }
}
