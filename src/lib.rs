//! claimdiff: records versions of news articles, extracts their factual numeric claims, and
//! reports how those claims change between versions, between outlets, and over time.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (bytes → normalised text, furniture marked) → [`segment`] (sentences) →
//! [`extract`] (claims) → [`store`] (SQLite) → [`align`] and [`diff`] (versions and sources) →
//! [`render`] (text, JSON, Markdown, CSV) of the typed [`report`]s. [`pipeline`] runs ingest →
//! extract in one call and [`record`] stores a version; the commands themselves live in the
//! binary (`src/commands/`).
//!
//! ## Layers
//!
//! Dependencies point down only: each module below may use the modules its line names and
//! nothing else of the crate (the test `tests/layers.rs` reads this list and checks every
//! `crate::` path in `src/` against it, test code aside). The model is at the bottom; the store
//! stores what it is given; nothing here prints or knows the command line (clap and the console
//! live in the binary's `src/commands/`).
//!
//! - `model`: nothing
//! - `error`: nothing
//! - `time`: nothing
//! - `url`: nothing
//! - `text`: `model`
//! - `input`: `error`
//! - `lang`: `model`, `text`
//! - `segment`: `model`, `text`
//! - `ingest`: `model`, `text`, `lang`, `error`
//! - `extract`: `model`, `text`, `lang`, `segment`, `ingest`, `error`
//! - `store`: `model`, `text`, `error`
//! - `align`: `model`, `text`
//! - `diff`: `model`, `text`, `align`, `extract`
//! - `history`: `model`, `text`, `diff`, `extract`, `store`
//! - `pipeline`: `model`, `error`, `input`, `ingest`, `extract`, `store`
//! - `jsonl`: `model`, `input`, `extract`
//! - `record`: `model`, `error`, `time`, `url`, `ingest`, `extract`, `store`, `diff`, `pipeline`
//! - `fetch`: `model`, `error`, `time`, `url`, `ingest`, `extract`, `store`, `pipeline`, `record`
//! - `watch`: `time`, `url`, `fetch`
//! - `render`: `model`, `text`, `align`, `diff`, `history`, `store`, `fetch`
//! - `report`: `model`, `extract`, `store`, `diff`, `history`, `record`, `fetch`, `render`

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
