//! The one write endpoint, on only with `serve --allow-record`: a form that records a text as
//! a new version of an article, as `claimdiff record` does (JSON: `record --format json`). A
//! POST from another origin is refused.

use std::collections::HashMap;

use axum::extract::{Form, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use maud::html;

use super::{json_of, respond, Out};
use crate::record::{record_bytes, RecordRequest};
use crate::report::RecordReport;
use crate::serve::html::{article_href, layout, Nav};
use crate::serve::params::Params;
use crate::serve::{wants_json, Failure, Shared};
use crate::store::Recorded;

/// `GET /record`: the form.
pub(crate) async fn form(State(app): State<Shared>, p: Params) -> Response {
    respond(&app, p, &[], |_, _, _| {
        Ok(Out::Html(layout(
            "Record a version",
            Nav::Record,
            html! {
                h1 { "Record a version" }
                form.record method="post" action="/record" {
                    label { "Source (outlet) " input name="source" required; }
                    label { "Article key " input name="article" required; }
                    label { "Title " input name="title"; }
                    label { "Time (RFC 3339 or YYYY-MM-DD; default now) " input name="at"; }
                    label { "Text " textarea name="text" rows="12" required {} }
                    button type="submit" { "Record" }
                }
            },
        )))
    })
    .await
}

/// Whether the request comes from a page of this server (no `Origin`, or the same host).
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    origin
        .split_once("://")
        .is_some_and(|(_, rest)| !host.is_empty() && rest == host)
}

/// `POST /record`: records the text; then the article's page (or the record JSON).
pub(crate) async fn submit(
    State(app): State<Shared>,
    headers: HeaderMap,
    Form(raw): Form<HashMap<String, String>>,
) -> Response {
    let json = wants_json(&headers);
    let cross_site = !same_origin(&headers);
    let query = Params::new(HashMap::new(), json);
    respond(&app, query, &[], move |_, app, _| {
        if cross_site {
            return Err(Failure::bad(
                "origin",
                "a record form may only be sent from this server's own page",
            ));
        }
        let p = Params::new(raw, json);
        p.allow(&["source", "article", "title", "at", "text"])?;
        let required = |name: &str| {
            p.text(name)
                .map(str::to_string)
                .ok_or_else(|| Failure::bad(name, "this field is required"))
        };
        let (source, article, text) =
            (required("source")?, required("article")?, required("text")?);
        if let Some(at) = p.text("at") {
            crate::time::parse_time(at, "at")
                .map_err(|_| Failure::bad("at", format!("{at:?} is not RFC 3339 or YYYY-MM-DD")))?;
        }
        let mut store = crate::store::open(&app.config.db, false).map_err(Failure::internal)?;
        let ex = crate::pipeline::extractor(Some(&*store), None).map_err(Failure::internal)?;
        let request = RecordRequest {
            source: Some(source),
            article: Some(article.clone()),
            url: None,
            title: p.text("title").map(str::to_string),
            at: p.text("at").map(str::to_string),
        };
        let outcome = record_bytes(&mut *store, &ex, text.as_bytes(), &request, None)
            .map_err(|e| Failure::bad("text", format!("{e:#}")))?;
        if p.json {
            return Ok(json_of(&RecordReport(outcome)));
        }
        Ok(match &outcome.recorded {
            Recorded::Stored(v) => {
                Out::Redirect(format!("{}#v{}", article_href(&article), v.number))
            }
            Recorded::Unchanged(_) => Out::Redirect(article_href(&article)),
        })
    })
    .await
}
