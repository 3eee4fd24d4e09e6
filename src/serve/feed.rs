//! `/feed.atom`: the latest claim changes as an Atom 1.0 feed, as `claimdiff feed` writes it
//! (`?topic=` one topic, `?limit=` how many; 50 by default), for feed readers.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::params::Params;
use super::{body, with_store, Failure, Shared};
use crate::alert::feed::{latest_changes, write_atom, FeedInfo};

/// Changes listed unless `limit` says otherwise (as `claimdiff feed`).
const DEFAULT_LIMIT: usize = 50;
/// The most changes one request may ask for.
const MAX_LIMIT: usize = 1000;

/// `/feed.atom`.
pub(crate) async fn atom(State(app): State<Shared>, p: Params) -> Response {
    let built = with_store(&app, move |store, _| {
        p.allow(&["topic", "limit"])?;
        let limit = match p.parse::<usize>("limit", "a count from 1")? {
            Some(n) if n == 0 || n > MAX_LIMIT => {
                return Err(Failure::bad("limit", format!("give 1 to {MAX_LIMIT}")))
            }
            n => n.unwrap_or(DEFAULT_LIMIT),
        };
        let topics: Vec<String> = p.text("topic").map(str::to_lowercase).into_iter().collect();
        let changes = latest_changes(store, &topics, limit).map_err(Failure::internal)?;
        let mut doc = Vec::new();
        write_atom(&changes, &FeedInfo::for_topics(&topics), &mut doc)
            .map_err(Failure::internal)?;
        String::from_utf8(doc).map_err(Failure::internal)
    })
    .await;
    match built {
        Ok(doc) => body(StatusCode::OK, "application/atom+xml; charset=utf-8", doc),
        Err(f) => f.respond(false),
    }
}
