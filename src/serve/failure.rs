//! What a request that cannot be answered gets: a 404 page saying what was not found (with a
//! link back), a 400 naming the bad query parameter, or a 500; as JSON (`{"error": ...}`) when
//! JSON was asked for.

use axum::http::StatusCode;
use axum::response::Response;
use maud::html;

use super::html::{layout, Nav, Text};
use crate::error::Error;

/// Why a page cannot be shown.
#[derive(Debug)]
pub enum Failure {
    /// Something the URL names is not stored; `back` is (href, label) of a page to go to.
    NotFound {
        what: String,
        back: (String, String),
    },
    /// A query parameter (or form field) is wrong.
    BadParam { name: String, reason: String },
    /// The store failed.
    Internal(String),
}

impl Failure {
    /// A store or library failure: unknown articles and versions are not found, the rest is
    /// the server's.
    pub(crate) fn internal(e: impl Into<anyhow::Error>) -> Failure {
        let e = e.into();
        match e.chain().find_map(|c| c.downcast_ref::<Error>()) {
            Some(Error::UnknownArticle(a)) => Failure::NotFound {
                what: format!("no article {a:?} is stored"),
                back: ("/".into(), "all articles".into()),
            },
            Some(Error::MissingVersion { .. }) => Failure::NotFound {
                what: format!("{e:#}"),
                back: ("/".into(), "all articles".into()),
            },
            _ => Failure::Internal(format!("{e:#}")),
        }
    }

    /// A bad value of the query parameter `name`.
    pub(crate) fn bad(name: &str, reason: impl Into<String>) -> Failure {
        Failure::BadParam {
            name: name.to_string(),
            reason: reason.into(),
        }
    }

    fn status(&self) -> StatusCode {
        match self {
            Failure::NotFound { .. } => StatusCode::NOT_FOUND,
            Failure::BadParam { .. } => StatusCode::BAD_REQUEST,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The one-line message.
    pub fn message(&self) -> String {
        match self {
            Failure::NotFound { what, .. } => format!("not found: {what}"),
            Failure::BadParam { name, reason } => {
                format!("bad query parameter {name:?}: {reason}")
            }
            Failure::Internal(e) => format!("error: {e}"),
        }
    }

    /// The response, as JSON or as a page.
    pub(crate) fn respond(&self, json: bool) -> Response {
        let status = self.status();
        if json {
            let doc = serde_json::json!({ "error": self.message() });
            return super::body(status, "application/json", crate::render::json(&doc));
        }
        let (href, label) = match self {
            Failure::NotFound { back, .. } => (back.0.as_str(), back.1.as_str()),
            _ => ("/", "all articles"),
        };
        let title = match status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::BAD_REQUEST => "Bad request",
            _ => "Server error",
        };
        let page = layout(
            title,
            Nav::None,
            html! {
                h1 { (title) }
                p.failure { (Text(&self.message())) }
                p { a href=(href) { "← " (Text(label)) } }
            },
        );
        super::body(status, "text/html; charset=utf-8", page.into_string())
    }
}
