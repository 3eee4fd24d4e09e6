//! Serve: a read-only web view over the store (`claimdiff serve`). Every page is built from the
//! same typed [`report`](crate::report)s the commands print, and answers as JSON too (an
//! `Accept: application/json` header or a `.json` path suffix) with exactly the shape of the
//! command's `--format json`; the HTML is a view over that API.
//!
//! The parts: [`router`] (the routes, the JSON negotiation, the security headers), `pages`
//! (one handler module per page), `html` (the page shell, escaping-safe building blocks),
//! `chart` (a topic's figures as server-side SVG), `feed` (`/feed.atom`, the claim changes as
//! Atom), `params` (query parameters, 400 on a bad one) and `failure` (the 404 and 400 pages).
//! The store is opened per request, read-only, on a blocking thread (a
//! [`Store`](crate::store::Store) is not `Sync`); nothing is written unless the server was
//! started with `allow_record`.

mod chart;
mod failure;
mod feed;
mod html;
mod pages;
mod params;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tower::Layer;

use crate::store::{self, Store};
pub use failure::Failure;

/// The Content-Security-Policy of every response: nothing but this server's own stylesheet and
/// images; no script at all, no framing, forms only to this server.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The database file, opened read-only per request.
    pub db: PathBuf,
    /// Whether the record form (the one write endpoint) is on.
    pub allow_record: bool,
}

/// What every handler shares: the configuration and caches of what never changes once stored.
pub(crate) struct App {
    pub(crate) config: Config,
    /// Claim changes of an article whose lineage is not all stored (the store keeps the
    /// others), keyed by (article, id of its latest version).
    pub(crate) change_counts: Mutex<HashMap<(String, i64), usize>>,
    /// Where the corrected claims of a version start, keyed by (article, version).
    pub(crate) corrections: Mutex<HashMap<(String, u32), Vec<usize>>>,
}

/// The shared state handlers receive.
pub(crate) type Shared = Arc<App>;

/// Checks that the database can be served: it exists and is not from a newer claimdiff.
pub fn check(db: &std::path::Path) -> crate::error::Result<()> {
    store::open(db, false).map(|_| ())
}

/// The application: every route, the `.json` suffix rewrite and the security headers.
pub fn router(config: Config) -> Router {
    let app: Shared = Arc::new(App {
        config,
        change_counts: Mutex::new(HashMap::new()),
        corrections: Mutex::new(HashMap::new()),
    });
    let mut r = Router::new()
        .route("/", get(pages::articles::list))
        .route("/articles/{key}", get(pages::article::timeline))
        .route(
            "/articles/{key}/compare",
            get(pages::article::compare_redirect),
        )
        .route(
            "/articles/{key}/compare/{from}/{to}",
            get(pages::article::compare),
        )
        .route(
            "/articles/{key}/versions/{n}",
            get(pages::article::version_page),
        )
        .route(
            "/articles/{key}/versions/{n}/claims/{i}",
            get(pages::article::claim),
        )
        .route("/sources", get(pages::sources::form))
        .route("/sources/{a}/{b}", get(pages::sources::diff))
        .route("/topics", get(pages::topic::list))
        .route("/topics/{topic}", get(pages::topic::timeline))
        .route("/search", get(pages::articles::search))
        .route("/feed.atom", get(feed::atom))
        .route("/assets/style.css", get(stylesheet));
    if app.config.allow_record {
        r = r.route(
            "/record",
            get(pages::record::form).post(pages::record::submit),
        );
    }
    r.fallback(not_found)
        .with_state(app)
        .layer(middleware::from_fn(headers))
}

/// Serves `router` on `listener` until the process ends.
pub fn run(listener: std::net::TcpListener, config: Config) -> std::io::Result<()> {
    listener.set_nonblocking(true)?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        // The `.json` suffix is rewritten before routing, so it wraps the router.
        let app = middleware::from_fn(json_suffix).layer(router(config));
        axum::serve(listener, tower::make::Shared::new(app)).await
    })
}

/// `/x.json` is `/x` asked for as JSON.
async fn json_suffix(mut req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if let Some(stem) = path.strip_suffix(".json").filter(|s| !s.is_empty()) {
        let rewritten = match req.uri().query() {
            Some(q) => format!("{stem}?{q}"),
            None => stem.to_string(),
        };
        if let Ok(uri) = rewritten.parse::<Uri>() {
            *req.uri_mut() = uri;
            req.headers_mut()
                .insert(header::ACCEPT, HeaderValue::from_static("application/json"));
        }
    }
    next.run(req).await
}

/// The headers every response carries: the CSP and friends, and the server time spent on it.
async fn headers(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    if let Ok(v) = HeaderValue::from_str(&format!("app;dur={ms:.2}")) {
        h.insert("server-timing", v);
    }
    res
}

/// Whether the request asks for JSON.
pub(crate) fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// Runs `f` with the store opened read-only, on a blocking thread.
pub(crate) async fn with_store<T, F>(app: &Shared, f: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&dyn Store, &App) -> Result<T, Failure> + Send + 'static,
{
    let app = app.clone();
    tokio::task::spawn_blocking(move || {
        let store = store::open(&app.config.db, false).map_err(Failure::internal)?;
        f(&*store, &app)
    })
    .await
    .map_err(|e| Failure::Internal(e.to_string()))?
}

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("assets/style.css"),
    )
        .into_response()
}

async fn not_found(headers: HeaderMap, uri: Uri) -> Response {
    Failure::NotFound {
        what: format!("no page at {}", uri.path()),
        back: ("/".to_string(), "all articles".to_string()),
    }
    .respond(wants_json(&headers))
}

/// A response with `body` as `content_type`.
pub(crate) fn body(status: StatusCode, content_type: &'static str, body: String) -> Response {
    let mut res = Response::new(Body::from(body));
    *res.status_mut() = status;
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    res
}
