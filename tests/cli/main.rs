//! End-to-end tests of the `claimdiff` binary: every test runs the real executable with an
//! explicit `--db` (an SQLite file, or with `CLAIMDIFF_TEST_PG` a PostgreSQL database of its
//! own) inside a temporary directory (also used as the working directory, so a
//! stray `claimdiff.db` would be noticed), and checks exit codes, output and the database.
//!
//! One test binary (one link) with a module per command; the harness is in [`common`].

mod common;

mod admin;
mod alerts;
mod bad_input;
mod compact;
mod copy;
mod diff;
mod extract;
mod fetch;
mod harden;
mod history;
mod import_formats;
mod import_jsonl;
mod import_robust;
mod log;
mod postgres;
mod record;
mod reindex;
mod store;
mod surface;
mod upgrade;
mod writers;
