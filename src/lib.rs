//! claimdiff: records versions of news articles, extracts their factual numeric claims, and
//! reports how those claims change between versions, between outlets, and over time.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (bytes → normalised text, furniture marked) → [`segment`] (sentences) →
//! [`extract`] (claims) → [`store`] (SQLite) → [`align`] and [`diff`] (versions and sources) →
//! [`render`] (text, JSON, Markdown, CSV) of the typed [`report`]s. [`pipeline`] runs ingest →
//! extract in one call and [`record`] stores a version; the commands themselves live in the
//! binary (`src/commands/`).

pub mod align;
pub mod diff;
pub mod error;
pub mod extract;
pub mod fetch;
pub mod history;
pub mod ingest;
pub mod input;
pub mod jsonl;
pub mod lang;
pub mod model;
pub mod pipeline;
pub mod record;
pub mod render;
pub mod report;
pub mod segment;
pub mod store;
pub mod text;
pub mod time;
pub mod url;
pub mod watch;
