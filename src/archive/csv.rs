//! The claims of exported versions as CSV (RFC 4180): one claim a row, with the version it
//! belongs to. For spreadsheets; it does not read back (use the JSONL archive for that).

use std::io::{self, Write};

use crate::model::cells::{claim_cells, CLAIM_COLUMNS};
use crate::store::ArchivedVersion;

/// The version's columns, before the claim's ([`CLAIM_COLUMNS`]).
const VERSION_COLUMNS: [&str; 6] = ["article", "source", "version", "at", "url", "title"];

/// Writes claims as CSV rows, the header first.
pub struct ClaimsCsv<W: Write> {
    out: ::csv::Writer<W>,
}

impl<W: Write> ClaimsCsv<W> {
    /// A writer to `out`; writes the header row.
    pub fn new(out: W) -> io::Result<ClaimsCsv<W>> {
        let mut out = ::csv::Writer::from_writer(out);
        out.write_record(VERSION_COLUMNS.iter().chain(&CLAIM_COLUMNS))?;
        Ok(ClaimsCsv { out })
    }

    /// Writes a row for each claim of `a`.
    pub fn write(&mut self, a: &ArchivedVersion) -> io::Result<()> {
        let v = &a.stored.version;
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        for c in &a.stored.claims {
            self.out.write_record(
                [
                    v.article.clone(),
                    v.source.clone(),
                    v.number.to_string(),
                    v.at().to_string(),
                    opt(&a.input.url),
                    opt(&v.title),
                ]
                .into_iter()
                .chain(claim_cells(c)),
            )?;
        }
        Ok(())
    }

    /// Flushes what is buffered.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}
