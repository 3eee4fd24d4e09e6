//! claimdiff: records versions of news articles, extracts their factual numeric claims, and
//! reports how those claims change between versions, between outlets, and over time.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (bytes → normalised text, furniture marked) → [`segment`] (sentences) →
//! [`extract`] (claims) → [`store`] (SQLite) → [`align`] and [`diff`] (versions and sources) →
//! [`render`] (text, JSON, Markdown, CSV). [`app`] wires the stages into the commands the CLI calls.

pub mod align;
pub mod app;
pub mod diff;
pub mod error;
pub mod extract;
pub mod fetch;
pub mod history;
pub mod ingest;
pub mod lang;
pub mod model;
pub mod render;
pub mod segment;
pub mod store;
pub mod text;
pub mod watch;
