//! The claims of exported versions as CSV (RFC 4180): one claim a row, with the version it
//! belongs to. For spreadsheets; it does not read back (use the JSONL archive for that).

use std::io::{self, Write};

use crate::store::ArchivedVersion;

/// The columns, in order.
const HEADER: [&str; 18] = [
    "article",
    "source",
    "version",
    "at",
    "url",
    "title",
    "label",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "subject",
    "topics",
    "attribution",
    "surface",
    "sentence",
    "start",
    "end",
];

/// Writes claims as CSV rows, the header first.
pub struct ClaimsCsv<W: Write> {
    out: ::csv::Writer<W>,
}

impl<W: Write> ClaimsCsv<W> {
    /// A writer to `out`; writes the header row.
    pub fn new(out: W) -> io::Result<ClaimsCsv<W>> {
        let mut out = ::csv::Writer::from_writer(out);
        out.write_record(HEADER)?;
        Ok(ClaimsCsv { out })
    }

    /// Writes a row for each claim of `a`.
    pub fn write(&mut self, a: &ArchivedVersion) -> io::Result<()> {
        let v = &a.stored.version;
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        for c in &a.stored.claims {
            self.out.write_record([
                v.article.clone(),
                v.source.clone(),
                v.number.to_string(),
                v.at().to_string(),
                opt(&a.input.url),
                opt(&v.title),
                c.label.clone(),
                c.value.to_string(),
                c.value_max.map(|m| m.to_string()).unwrap_or_default(),
                c.qualifier.as_str().to_string(),
                opt(&c.unit),
                c.subject.clone(),
                c.topics.join(";"),
                opt(&c.attribution),
                c.surface.clone(),
                c.sentence.clone(),
                c.start.to_string(),
                c.end.to_string(),
            ])?;
        }
        Ok(())
    }

    /// Flushes what is buffered.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}
