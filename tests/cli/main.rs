//! End-to-end tests of the `claimdiff` binary: every test runs the real executable with an
//! explicit `--db` inside a temporary directory (also used as the working directory, so a
//! stray `claimdiff.db` would be noticed), and checks exit codes, output and the database.
//!
//! One test binary (one link) with a module per command; the harness is in [`common`].

mod common;

mod bad_input;
mod diff;
mod extract;
mod fetch;
mod harden;
mod history;
mod log;
mod record;
mod reindex;
mod store;
