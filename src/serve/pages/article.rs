//! An article's pages: its versions as a timeline with each version's claim changes against the
//! one before (JSON: `log ARTICLE`), two versions compared (`diff A B`), a version's text with
//! its claims marked in place (`claims REF`) and one claim (`claims REF`, that claim only).

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::{json_of, respond, Out};
use crate::diff::{self, ClaimDiff, Mode, Side, Status};
use crate::model::Version;
use crate::render::vref;
use crate::report::{ClaimsReport, DiffReport, LogReport, SideLabel};
use crate::serve::html::{
    article_href, change_item, claim_href, compare_href, figure, layout, marked_text, version_href,
    Nav, Text,
};
use crate::serve::params::Params;
use crate::serve::{Failure, Shared};
use crate::store::{Store, StoredVersion, VersionRef, Which};

/// The 404 of an article that is not stored.
fn no_article(key: &str) -> Failure {
    Failure::NotFound {
        what: format!("no article {key:?} is stored"),
        back: ("/".into(), "all articles".into()),
    }
}

/// The versions of `key`, or a 404 naming it.
fn versions(store: &dyn Store, key: &str) -> Result<Vec<Version>, Failure> {
    match store.versions(key) {
        Ok(v) if !v.is_empty() => Ok(v),
        Ok(_) | Err(crate::error::Error::UnknownArticle(_)) => Err(no_article(key)),
        Err(e) => Err(Failure::internal(e)),
    }
}

/// Version `n` of `key`, or a 404 naming it with a link to the article.
fn version(store: &dyn Store, key: &str, n: u32) -> Result<Version, Failure> {
    let all = versions(store, key)?;
    all.into_iter()
        .find(|v| v.number == n)
        .ok_or_else(|| Failure::NotFound {
            what: format!("article {key:?} has no version {n}"),
            back: (article_href(key), format!("the versions of {key}")),
        })
}

/// A version number from the path, or a 404.
fn number(key: &str, n: &str) -> Result<u32, Failure> {
    n.parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| Failure::NotFound {
            what: format!("article {key:?} has no version {n:?} (versions count from 1)"),
            back: (article_href(key), format!("the versions of {key}")),
        })
}

fn load(store: &dyn Store, v: &Version) -> Result<StoredVersion, Failure> {
    store.load(v).map_err(Failure::internal)
}

fn versions_diff(a: &StoredVersion, b: &StoredVersion) -> ClaimDiff {
    diff::diff(
        &Side::new(&a.sentences, &a.claims),
        &Side::new(&b.sentences, &b.claims),
        Mode::Versions,
    )
}

/// The summary line of a diff, as the CLI says it.
fn summary(d: &ClaimDiff) -> String {
    crate::render::diff::summary_line(d)
}

/// `/articles/{key}`: the versions, each with its claim changes against the one before.
pub(crate) async fn timeline(
    State(app): State<Shared>,
    Path(key): Path<String>,
    p: Params,
) -> Response {
    respond(&app, p, &[], move |store, _, p| {
        let versions = versions(store, &key)?;
        if p.json {
            return Ok(json_of(&LogReport::Versions {
                article: key.clone(),
                source: versions[0].source.clone(),
                versions,
            }));
        }
        let mut diffs: Vec<Option<ClaimDiff>> = vec![None];
        let mut before = load(store, &versions[0])?;
        for v in &versions[1..] {
            let after = load(store, v)?;
            diffs.push(Some(versions_diff(&before, &after)));
            before = after;
        }
        let title = versions
            .last()
            .and_then(|v| v.title.clone())
            .unwrap_or_else(|| key.clone());
        let body = timeline_page(&key, &versions, &diffs);
        Ok(Out::Html(layout(&title, Nav::Articles, body)))
    })
    .await
}

fn timeline_page(key: &str, versions: &[Version], diffs: &[Option<ClaimDiff>]) -> Markup {
    let latest = versions.last().expect("an article has a version");
    let title = latest.title.clone().unwrap_or_else(|| key.to_string());
    html! {
        h1 { (Text(&title)) }
        p.meta {
            (Text(&latest.source)) " · " code { (Text(key)) } " · " (versions.len()) " versions"
        }
        (compare_form(key, versions))
        (sources_form(key))
        ol.timeline aria-label="Versions" {
            @for (v, d) in versions.iter().zip(diffs).rev() {
                li.version id=(format!("v{}", v.number)) {
                    h2 {
                        a href=(version_href(key, v.number)) { "Version " (v.number) }
                        " " time { (Text(v.at())) }
                    }
                    p.meta { (v.claims) " claims"
                        @if let Some(t) = &v.title { " · " (Text(t)) } }
                    @match d {
                        None => p { "First version: every claim is new." },
                        Some(d) => {
                            p.summary {
                                a href=(compare_href(key, v.number - 1, v.number)) {
                                    "Against version " (v.number - 1)
                                } ": " (summary(d))
                            }
                            (changes(d, Mode::Versions, false))
                        }
                    }
                }
            }
        }
    }
}

/// The claim changes of a diff (unchanged ones only with `all`).
fn changes(d: &ClaimDiff, mode: Mode, all: bool) -> Markup {
    html! {
        ul.changes {
            @for c in d.claims.iter().filter(|c| all || c.status() != Status::Unchanged) {
                (change_item(c, mode))
            }
        }
    }
}

/// The form that compares two versions of the article (works without JavaScript).
fn compare_form(key: &str, versions: &[Version]) -> Markup {
    let last = versions.len() as u32;
    html! {
        form.compare method="get" action=(format!("{}/compare", article_href(key))) {
            label { "From version "
                select name="from" {
                    @for v in versions { option value=(v.number) selected[v.number == 1] { (v.number) } }
                }
            }
            label { " to version "
                select name="to" {
                    @for v in versions { option value=(v.number) selected[v.number == last] { (v.number) } }
                }
            }
            button type="submit" { "Compare" }
        }
    }
}

/// The form that compares the article with another outlet's.
fn sources_form(key: &str) -> Markup {
    html! {
        form.compare method="get" action="/sources" {
            input type="hidden" name="a" value=(Text(key));
            label { "Compare with another outlet's article (its key, or KEY@N) "
                input name="b" required;
            }
            button type="submit" { "Compare outlets" }
        }
    }
}

/// `/articles/{key}/compare?from=A&to=B`: redirects to the pair's stable URL.
pub(crate) async fn compare_redirect(
    State(app): State<Shared>,
    Path(key): Path<String>,
    p: Params,
) -> Response {
    respond(&app, p, &["from", "to"], move |store, _, p| {
        versions(store, &key)?;
        let from = p.parse::<u32>("from", "a version number")?;
        let to = p.parse::<u32>("to", "a version number")?;
        let from = from.ok_or_else(|| Failure::bad("from", "give the version to compare from"))?;
        let to = to.ok_or_else(|| Failure::bad("to", "give the version to compare to"))?;
        Ok(Out::Redirect(compare_href(&key, from, to)))
    })
    .await
}

/// `/articles/{key}/compare/{from}/{to}`: two versions compared, as `diff KEY@A KEY@B`.
pub(crate) async fn compare(
    State(app): State<Shared>,
    Path((key, from, to)): Path<(String, String, String)>,
    p: Params,
) -> Response {
    respond(&app, p, &["all"], move |store, _, p| {
        let all = p.flag("all")?;
        let (a, b) = (number(&key, &from)?, number(&key, &to)?);
        if a == b {
            return Err(Failure::NotFound {
                what: format!("{key}@{a} and {key}@{b} are the same version: nothing to compare"),
                back: (article_href(&key), format!("the versions of {key}")),
            });
        }
        let (va, vb) = (version(store, &key, a)?, version(store, &key, b)?);
        let report = diff_report(store, &va, &vb, Mode::Versions, all)?;
        if p.json {
            return Ok(json_of(&report));
        }
        let versions = versions(store, &key)?;
        Ok(Out::Html(layout(
            &report.title,
            Nav::Articles,
            html! {
                p.crumbs { a href=(article_href(&key)) { "← " (Text(&key)) } }
                h1 { (Text(&report.title)) }
                (compare_form(&key, &versions))
                p.summary { (summary(&report.diff)) }
                (changes(&report.diff, Mode::Versions, all))
                @if !all {
                    p { a href=(format!("{}?all=1", compare_href(&key, a, b))) { "Show unchanged claims too" } }
                }
            },
        )))
    })
    .await
}

/// The diff report of two stored versions, as `claimdiff diff A B` builds it.
pub(crate) fn diff_report(
    store: &dyn Store,
    a: &Version,
    b: &Version,
    mode: Mode,
    all: bool,
) -> Result<DiffReport, Failure> {
    let (sa, sb) = (load(store, a)?, load(store, b)?);
    let sep = if mode == Mode::Versions { "→" } else { "vs" };
    Ok(DiffReport {
        from: label(a),
        to: label(b),
        title: format!("{} {sep} {}", vref(a), vref(b)),
        diff: diff::diff(
            &Side::new(&sa.sentences, &sa.claims),
            &Side::new(&sb.sentences, &sb.claims),
            mode,
        ),
        sentences: false,
        all,
    })
}

/// A stored version as one side of a diff.
pub(crate) fn label(v: &Version) -> SideLabel {
    SideLabel::Version {
        article: v.article.clone(),
        source: v.source.clone(),
        version: v.number,
    }
}

/// The claims report of a version.
fn claims_report(v: &Version, sv: StoredVersion) -> ClaimsReport {
    ClaimsReport {
        at: v.at().to_string(),
        article: v.article.clone(),
        source: v.source.clone(),
        version: v.number,
        claims: sv.claims,
    }
}

/// `/articles/{key}/versions/{n}`: the version's text with its claims marked in place.
pub(crate) async fn version_page(
    State(app): State<Shared>,
    Path((key, n)): Path<(String, String)>,
    p: Params,
) -> Response {
    respond(&app, p, &[], move |store, _, p| {
        let v = version(store, &key, number(&key, &n)?)?;
        let sv = load(store, &v)?;
        let text = sv.text.clone();
        let report = claims_report(&v, sv);
        if p.json {
            return Ok(json_of(&report));
        }
        let title = format!("{}@{}", key, v.number);
        Ok(Out::Html(layout(
            &title,
            Nav::Articles,
            html! {
                p.crumbs { a href=(article_href(&key)) { "← " (Text(&key)) } }
                h1 { (Text(v.title.as_deref().unwrap_or(&key))) }
                p.meta { (Text(&v.source)) " · version " (v.number) " · " time { (Text(v.at())) }
                    " · " (report.claims.len()) " claims" }
                (marked_text(&text, &report.claims, &|i| claim_href(&key, v.number, i)))
                h2 { "Claims" }
                ol.claims {
                    @for (i, c) in report.claims.iter().enumerate() {
                        li { a href=(claim_href(&key, v.number, i)) { (Text(&c.label)) }
                            " " span.figure { (Text(&figure(c))) } " " (Text(&c.subject)) }
                    }
                }
            },
        )))
    })
    .await
}

/// `/articles/{key}/versions/{n}/claims/{i}`: one claim (from 1, in text order).
pub(crate) async fn claim(
    State(app): State<Shared>,
    Path((key, n, i)): Path<(String, String, String)>,
    p: Params,
) -> Response {
    respond(&app, p, &[], move |store, _, p| {
        let v = version(store, &key, number(&key, &n)?)?;
        let sv = load(store, &v)?;
        let index = i.parse::<usize>().ok().filter(|i| *i >= 1 && *i <= sv.claims.len());
        let Some(index) = index else {
            return Err(Failure::NotFound {
                what: format!("{key}@{} has no claim {i:?} ({} claims)", v.number, sv.claims.len()),
                back: (version_href(&key, v.number), format!("{key}@{}", v.number)),
            });
        };
        let mut report = claims_report(&v, sv);
        let c = report.claims.swap_remove(index - 1);
        report.claims = vec![c];
        if p.json {
            return Ok(json_of(&report));
        }
        let c = &report.claims[0];
        Ok(Out::Html(layout(
            &c.label,
            Nav::Articles,
            html! {
                p.crumbs { a href=(format!("{}#claim-{index}", version_href(&key, v.number))) { "← " (Text(&key)) "@" (v.number) } }
                h1 { (Text(&figure(c))) " " (Text(&c.subject)) }
                blockquote.sentence { (Text(&c.sentence)) }
                dl.claim {
                    dt { "Label" } dd { (Text(&c.label)) }
                    dt { "As written" } dd { (Text(&c.surface)) }
                    dt { "Qualifier" } dd { (c.qualifier.as_str()) }
                    dt { "Unit" } dd { (Text(c.unit.as_deref().unwrap_or("(a count)"))) }
                    dt { "Topics" } dd { @for t in &c.topics { a href=(crate::serve::html::topic_href(t)) { (Text(t)) } " " } }
                    dt { "Attribution" } dd { (Text(c.attribution.as_deref().unwrap_or("none"))) }
                }
            },
        )))
    })
    .await
}

/// Resolves an article ref (`KEY`, `KEY@N`, `KEY@first`) for the outlets page, or a 404.
pub(crate) fn resolve(store: &dyn Store, given: &str) -> Result<Version, Failure> {
    let r = VersionRef::parse(given).map_err(|e| Failure::NotFound {
        what: format!("{e}"),
        back: ("/sources".into(), "compare outlets".into()),
    })?;
    let all = versions(store, &r.article)?;
    let v = match r.which {
        Which::Latest => all.last().cloned(),
        Which::First => all.first().cloned(),
        Which::Number(n) => all.into_iter().find(|v| v.number == n),
    };
    v.ok_or_else(|| Failure::NotFound {
        what: format!("{given:?} names no stored version"),
        back: (
            article_href(&r.article),
            format!("the versions of {}", r.article),
        ),
    })
}
