//! The pages, one module per view: each handler reads its path and query, builds the command's
//! typed report from the store (on a blocking thread) and answers with its JSON or its page.

pub(crate) mod article;
pub(crate) mod articles;
pub(crate) mod record;
pub(crate) mod sources;
pub(crate) mod topic;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::Markup;

use super::params::Params;
use super::{with_store, App, Failure, Shared};
use crate::render::{self, Format, Report, Style};
use crate::store::Store;

/// What a handler answers.
pub(crate) enum Out {
    /// A JSON document with its status.
    Json(StatusCode, String),
    /// A page.
    Html(Markup),
    /// A redirect (303) to a stable URL.
    Redirect(String),
}

/// The JSON of `report`, exactly as the command's `--format json` writes it.
pub(crate) fn json_of<R: Report>(report: &R) -> Out {
    let mut buf = Vec::new();
    let out = match render::write(report, Format::Json, Style { color: false }, &mut buf) {
        Ok(()) => String::from_utf8_lossy(&buf).into_owned(),
        Err(e) => return Out::Json(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    Out::Json(StatusCode::OK, out)
}

/// Checks that the request takes only the `allowed` parameters, runs `f` on the store and
/// answers with what it returns, or with its failure.
pub(crate) async fn respond<F>(app: &Shared, p: Params, allowed: &[&str], f: F) -> Response
where
    F: FnOnce(&dyn Store, &App, Params) -> Result<Out, Failure> + Send + 'static,
{
    let json = p.json;
    if let Err(e) = p.allow(allowed) {
        return e.respond(json);
    }
    match with_store(app, move |store, app| f(store, app, p)).await {
        Ok(Out::Json(status, body)) => super::body(status, "application/json", body),
        Ok(Out::Html(page)) => super::body(
            StatusCode::OK,
            "text/html; charset=utf-8",
            page.into_string(),
        ),
        Ok(Out::Redirect(to)) => (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response(),
        Err(f) => f.respond(json),
    }
}

/// The lexicon topic names resolve with (the built-in one and the store's additions).
pub(crate) fn lexicon(store: &dyn Store) -> Result<crate::extract::Lexicon, Failure> {
    Ok(crate::pipeline::extractor(Some(store), None)
        .map_err(Failure::internal)?
        .lexicon)
}
