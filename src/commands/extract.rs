//! `claimdiff extract [FILE|-] [--jsonl]`: the claims of a text, stored nowhere; with
//! `--jsonl`, one `{"id", "text"}` object a line in and one `{"id", "claims"}` a line out.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use claimdiff::input::read_input;
use claimdiff::jsonl::extract_jsonl;
use claimdiff::pipeline::{extractor, process_discarding, ProcessOptions, Processed};
use claimdiff::render::{Format, Report};
use claimdiff::report::ExtractReport;

use super::{formats, Common, Global};

#[derive(Args)]
pub struct ExtractArgs {
    /// Text or HTML file to read (- or none: stdin)
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// Read {"id", "text"} objects a line; write {"id", "claims"} a line
    #[arg(long)]
    jsonl: bool,
    /// Also list the numbers not taken as claims, with the rule that dropped each
    #[arg(long, conflicts_with = "jsonl")]
    explain: bool,
    /// Also list the quantities recognised that are not claims (time expressions and windows,
    /// age groups), each marked "claim": false with its class in "non_claim"
    #[arg(long)]
    all_quantities: bool,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ExtractReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ExtractArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let mut ex = extractor(None, g.topics_file.as_deref())?;
    ex.all_quantities = args.all_quantities;
    if args.jsonl {
        if args.format == Format::Csv {
            anyhow::bail!("--jsonl writes JSON lines: --format csv does not apply");
        }
        return extract_jsonl(ex, args.file.as_deref(), out);
    }
    let bytes = read_input(args.file.as_deref())?;
    // The input becomes the text when it is plain UTF-8 (no copy), and goes as soon as the
    // text is read from it otherwise; what the report does not need goes before it is
    // written: the text and the sentences (those quoted live on in their claims).
    let processed = process_discarding(bytes, &ProcessOptions::new(&ex))?;
    let dropped = args
        .explain
        .then(|| ex.dropped(&processed.doc, &processed.extraction));
    let non_claims = args
        .all_quantities
        .then(|| ex.extract_all(&processed.doc).1);
    let Processed { doc, extraction: e } = processed;
    drop(doc);
    let sentences = e.sentences.len();
    drop(e.sentences);
    let report = ExtractReport {
        dropped,
        non_claims,
        lang: e.lang,
        sentences,
        claims: e.claims,
    };
    g.write(&report, out)
}
