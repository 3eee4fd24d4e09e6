//! The articles page (every article with its source, versions, latest time, title and number
//! of claim changes; filtered by source and topic, a page at a time) and the search page. JSON:
//! `log --format json` and `search --format json`.

use std::collections::HashSet;

use axum::extract::State;
use axum::response::Response;
use maud::{html, Markup};

use super::{json_of, lexicon, respond, Out};
use crate::diff::{self, Mode, Side};
use crate::model::Article;
use crate::report::{LogReport, SearchReport};
use crate::serve::html::{article_href, external, layout, q, version_href, Nav, Text};
use crate::serve::params::Params;
use crate::serve::{App, Failure, Shared};
use crate::store::Store;

/// Articles on one page of the list.
pub(crate) const PAGE_SIZE: usize = 50;
/// Search results shown unless `limit` says otherwise (as `claimdiff search`).
const SEARCH_LIMIT: usize = 50;

/// `/`: the articles, filtered by `source` and `topic`, `page` by page.
pub(crate) async fn list(State(app): State<Shared>, p: Params) -> Response {
    respond(
        &app,
        p,
        &["source", "topic", "page"],
        move |store, app, p| {
            let page = p.page()?;
            let mut articles = store.articles().map_err(Failure::internal)?;
            let sources: Vec<String> = {
                let mut s: Vec<String> = articles.iter().map(|a| a.source.clone()).collect();
                s.dedup();
                s
            };
            if let Some(s) = p.text("source") {
                articles.retain(|a| a.source == s);
            }
            if let Some(t) = p.text("topic") {
                let keys = articles_on(store, t)?;
                articles.retain(|a| keys.contains(&a.key));
            }
            let total = articles.len();
            let shown: Vec<Article> = articles
                .into_iter()
                .skip((page - 1) * PAGE_SIZE)
                .take(PAGE_SIZE)
                .collect();
            if p.json {
                return Ok(json_of(&LogReport::Articles { articles: shown }));
            }
            let changes = claim_changes(store, app, &shown)?;
            let filters = filter_form(store, &sources, &p)?;
            Ok(Out::Html(layout(
                "Articles",
                Nav::Articles,
                html! {
                    h1 { "Articles" }
                    (filters)
                    p.count { (total) " articles" @if total > PAGE_SIZE { ", page " (page) } }
                    (table(&shown, &changes))
                    (pager(&p, page, total))
                },
            )))
        },
    )
    .await
}

/// The keys of the articles with a claim on `topic` (any of its names or terms), from the
/// store's topic summary.
fn articles_on(store: &dyn Store, topic: &str) -> Result<HashSet<String>, Failure> {
    let topics = lexicon(store)?.resolve(topic);
    if topics.is_empty() {
        return Err(Failure::bad(
            "topic",
            format!("no topic is named {topic:?}; the topics page lists them"),
        ));
    }
    let keys = store
        .articles_on_topics(&topics)
        .map_err(Failure::internal)?;
    Ok(keys.into_iter().collect())
}

/// How many claims changed, were added or were removed over each article's versions (each
/// against the one before), as the store keeps them with each version's lineage; an article
/// with a version not linked yet is diffed here instead (once per latest version, kept).
fn claim_changes(
    store: &dyn Store,
    app: &App,
    articles: &[Article],
) -> Result<Vec<usize>, Failure> {
    let keys: Vec<String> = articles.iter().map(|a| a.key.clone()).collect();
    let stored = store.claim_changes(&keys).map_err(Failure::internal)?;
    articles
        .iter()
        .zip(stored)
        .map(|(a, n)| match n {
            Some(n) => Ok(n),
            None => diffed_changes(store, app, a),
        })
        .collect()
}

/// An article's claim changes from diffing its versions; computed once per latest version
/// and kept.
fn diffed_changes(store: &dyn Store, app: &App, a: &Article) -> Result<usize, Failure> {
    let versions = store.versions(&a.key).map_err(Failure::internal)?;
    let Some(latest) = versions.last() else {
        return Ok(0);
    };
    let key = (a.key.clone(), latest.id);
    if let Some(n) = app
        .change_counts
        .lock()
        .ok()
        .and_then(|m| m.get(&key).copied())
    {
        return Ok(n);
    }
    let mut n = 0;
    let mut before = None;
    for v in &versions {
        let sv = store.load(v).map_err(Failure::internal)?;
        if let Some(b) = &before {
            let b: &crate::store::StoredVersion = b;
            let d = diff::diff(
                &Side::new(&b.sentences, &b.claims),
                &Side::new(&sv.sentences, &sv.claims),
                Mode::Versions,
            );
            n += d.summary.changed + d.summary.added + d.summary.removed;
        }
        before = Some(sv);
    }
    if let Ok(mut m) = app.change_counts.lock() {
        m.insert(key, n);
    }
    Ok(n)
}

fn filter_form(store: &dyn Store, sources: &[String], p: &Params) -> Result<Markup, Failure> {
    let topics = store.topics().map_err(Failure::internal)?;
    let source = p.text("source").unwrap_or("");
    Ok(html! {
        form.filters method="get" action="/" {
            label { "Source "
                select name="source" {
                    option value="" { "any" }
                    @for s in sources {
                        option value=(Text(s)) selected[s == source] { (Text(s)) }
                    }
                }
            }
            label { "Topic "
                input name="topic" list="topic-names" value=(Text(p.text("topic").unwrap_or("")));
            }
            datalist id="topic-names" {
                @for t in &topics { option value=(Text(&t.topic)) {} }
            }
            button type="submit" { "Filter" }
        }
    })
}

fn table(articles: &[Article], changes: &[usize]) -> Markup {
    html! {
        div.scroll {
            table.articles {
                thead { tr {
                    th scope="col" { "Title" } th scope="col" { "Source" }
                    th scope="col" { "Versions" } th scope="col" { "Latest" }
                    th scope="col" { "Claim changes" }
                } }
                tbody {
                    @for (a, n) in articles.iter().zip(changes) {
                        tr {
                            td { a.article href=(article_href(&a.key)) {
                                (Text(a.title.as_deref().unwrap_or(&a.key)))
                            } br; small.key { (Text(&a.key)) }
                            @if let Some(url) = &a.url { br; small.url { (external(url)) } } }
                            td { (Text(&a.source)) }
                            td.num { (a.versions) }
                            td { time { (Text(a.latest_at.as_deref().unwrap_or(""))) } }
                            td.num { (n) }
                        }
                    }
                }
            }
        }
    }
}

fn pager(p: &Params, page: usize, total: usize) -> Markup {
    let link = |n: usize| {
        let mut s = format!("/?page={n}");
        for name in ["source", "topic"] {
            if let Some(v) = p.text(name) {
                s.push_str(&format!("&{name}={}", q(v)));
            }
        }
        s
    };
    html! {
        nav.pager aria-label="Pages" {
            @if page > 1 { a rel="prev" href=(link(page - 1)) { "← newer page" } }
            @if page * PAGE_SIZE < total { a rel="next" href=(link(page + 1)) { "next page →" } }
        }
    }
}

/// `/search?q=…`: claims whose sentences match, as `claimdiff search`.
pub(crate) async fn search(State(app): State<Shared>, p: Params) -> Response {
    respond(&app, p, &["q", "limit"], move |store, _, p| {
        let limit = p
            .parse::<usize>("limit", "a number of results")?
            .unwrap_or(SEARCH_LIMIT);
        let query = p.text("q").unwrap_or("").to_string();
        if query.is_empty() && p.json {
            return Err(Failure::bad("q", "give the words to search for"));
        }
        let hits = if query.is_empty() {
            Vec::new()
        } else {
            store.search(&query, limit).map_err(Failure::internal)?
        };
        let report = SearchReport { query, hits };
        if p.json {
            return Ok(json_of(&report));
        }
        Ok(Out::Html(layout(
            "Search",
            Nav::Search,
            html! {
                h1 { "Search claims" }
                form.filters method="get" action="/search" role="search" {
                    label { "Words " input type="search" name="q" value=(Text(&report.query)); }
                    button type="submit" { "Search" }
                }
                @if !report.query.is_empty() {
                    p.count { (report.hits.len()) " claims match " q { (Text(&report.query)) } }
                    ol.hits {
                        @for h in &report.hits {
                            li {
                                a href=(version_href(&h.version.article, h.version.number)) {
                                    (Text(&h.claim.label))
                                }
                                " · " (Text(&h.version.source)) " · "
                                a href=(article_href(&h.version.article)) { (Text(&h.version.article)) "@" (h.version.number) }
                                p.sentence { (Text(&h.claim.sentence)) }
                            }
                        }
                    }
                }
            },
        )))
    })
    .await
}
