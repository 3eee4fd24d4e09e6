//! claimdiff: records versions of news articles, extracts their factual numeric claims, and
//! reports how those claims change between versions, between outlets, and over time.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (bytes → normalised text, furniture marked) → [`segment`] (sentences) →
//! [`extract`] (claims) → [`store`] (SQLite, or PostgreSQL) → [`align`] and [`diff`] (versions and sources) →
//! [`render`] (text, JSON, Markdown, CSV) of the typed [`report`]s. [`pipeline`] runs ingest →
//! extract in one call and [`record`] stores a version; the commands themselves live in the
//! binary (`src/commands/`).
//!
//! ## As a library
//!
//! The types re-exported at the root are the library's surface; the modules behind them are
//! public for the binary, the benches and the tests, and hidden from the docs.
//!
//! ```
//! use claimdiff::{diff, Extractor, Kind, Lexicon, Mode, Side, Status};
//!
//! let extractor = Extractor::new(Lexicon::builtin());
//! let before = extractor.extract_text("Officials said more than 50 people were evacuated.");
//! let after = extractor.extract_text("Officials said 55 people were evacuated.");
//! assert_eq!(after.claims[0].value, 55.0);
//!
//! let d = diff(
//!     &Side::new(&before.sentences, &before.claims),
//!     &Side::new(&after.sentences, &after.claims),
//!     Mode::Versions,
//! );
//! assert_eq!(d.claims[0].status(), Status::Changed);
//! assert_eq!(d.claims[0].kind(), Some(Kind::Refinement));
//! ```
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
//! - `config`: nothing
//! - `text`: `model`
//! - `input`: `error`
//! - `lang`: `model`, `text`
//! - `segment`: `model`, `text`
//! - `ingest`: `model`, `text`, `lang`, `error`
//! - `extract`: `model`, `text`, `lang`, `segment`, `ingest`, `error`
//! - `store`: `model`, `text`, `url`, `error`, `extract` (its version number only)
//! - `align`: `model`, `text`
//! - `diff`: `model`, `text`, `align`, `extract`
//! - `history`: `model`, `text`, `diff`, `extract`, `store`
//! - `pipeline`: `model`, `error`, `input`, `ingest`, `extract`, `store`
//! - `jsonl`: `model`, `input`, `extract`
//! - `record`: `model`, `error`, `time`, `url`, `ingest`, `extract`, `store`, `diff`, `pipeline`
//! - `archive`: `model`, `error`, `time`, `url`, `input`, `ingest`, `extract`, `store`, `diff`, `pipeline`, `record`
//! - `fetch`: `model`, `error`, `time`, `url`, `config`, `input`, `ingest`, `extract`, `store`, `pipeline`, `record`
//! - `watch`: `time`, `url`, `fetch`
//! - `render`: `model`, `text`, `lang`, `align`, `diff`, `history`, `store`, `fetch`
//! - `report`: `model`, `extract`, `store`, `diff`, `history`, `record`, `fetch`, `render`
//! - `alert`: `model`, `time`, `url`, `diff`, `store`, `record`
//! - `serve`: `model`, `error`, `time`, `alert`, `align`, `extract`, `store`, `diff`, `history`, `pipeline`, `record`, `render`, `report`

#![deny(missing_docs)]

#[doc(hidden)]
pub mod alert;
#[doc(hidden)]
pub mod align;
#[doc(hidden)]
pub mod archive;
pub mod config;
#[doc(hidden)]
pub mod diff;
pub mod error;
#[doc(hidden)]
pub mod extract;
#[doc(hidden)]
pub mod fetch;
#[doc(hidden)]
pub mod history;
#[doc(hidden)]
pub mod ingest;
#[doc(hidden)]
pub mod input;
#[doc(hidden)]
pub mod jsonl;
#[doc(hidden)]
pub mod lang;
pub mod model;
#[doc(hidden)]
pub mod pipeline;
#[doc(hidden)]
pub mod record;
#[doc(hidden)]
pub mod render;
#[doc(hidden)]
pub mod report;
#[doc(hidden)]
pub mod segment;
#[doc(hidden)]
pub mod serve;
#[doc(hidden)]
pub mod store;
#[doc(hidden)]
pub mod text;
#[doc(hidden)]
pub mod time;
#[doc(hidden)]
pub mod url;
#[doc(hidden)]
pub mod watch;

// The library's curated surface: what a program using claimdiff as a library needs. The modules
// above are public for the binary, the benches and the tests, and hidden from the docs.
pub use diff::{diff, ClaimChange, ClaimDiff, Kind, Mode, Side, Status};
pub use error::Error;
pub use extract::{Extractor, Lexicon};
pub use model::{Article, Claim, Extraction, Lang, Qualifier, Sentence, Version};
pub use pipeline::{process, ProcessOptions, Processed};
pub use store::{sqlite::SqliteStore, Store};
