//! For heap profilers (heaptrack, massif), which do not see the binary's mimalloc: runs
//! `record FILE` into DB or `extract FILE --format json` with the system allocator.
//!
//!   cargo build --example memprofile
//!   heaptrack target/debug/examples/memprofile record DB FILE
//!   heaptrack target/debug/examples/memprofile extract FILE
//!   heaptrack target/debug/examples/memprofile ingest FILE   (reading the page alone)

use claimdiff::input::read_input;
use claimdiff::pipeline::{extractor, process_discarding, ProcessOptions, Processed};
use claimdiff::record::{record_owned, RecordRequest};
use claimdiff::render::{Report, Style};
use claimdiff::report::{ExtractReport, RecordReport};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::sink();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["record", db, file] => {
            let bytes = read_input(Some(file.as_ref()))?;
            let mut store = claimdiff::store::open(db.as_ref(), true)?;
            let ex = extractor(Some(&*store), None)?;
            let req = RecordRequest {
                source: Some("Bench".into()),
                article: Some("bench".into()),
                ..RecordRequest::default()
            };
            let outcome = record_owned(&mut *store, &ex, bytes, &req, None)?;
            RecordReport(outcome).text(Style { color: false }, &mut out)?;
        }
        ["extract", file] => {
            let ex = extractor(None, None)?;
            let bytes = read_input(Some(file.as_ref()))?;
            let processed = process_discarding(bytes, &ProcessOptions::new(&ex))?;
            let Processed { doc, extraction: e } = processed;
            drop(doc);
            let report = ExtractReport {
                dropped: None,
                non_claims: None,
                lang: e.lang,
                sentences: e.sentences.len(),
                claims: e.claims,
            };
            report.json(&mut out)?;
        }
        ["ingest", file] => {
            let bytes = read_input(Some(file.as_ref()))?;
            let opts = claimdiff::ingest::IngestOptions::default();
            let (doc, input) = claimdiff::ingest::ingest_owned(bytes, &opts)?;
            drop(input);
            drop(doc);
        }
        _ => anyhow::bail!(
            "usage: memprofile record DB FILE | memprofile extract FILE | memprofile ingest FILE"
        ),
    }
    Ok(())
}
