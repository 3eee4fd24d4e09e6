//! `claimdiff show REF [--raw]`: prints a stored version back: its extracted text under a
//! header (title, source, time, URL) in text, its fields in JSON, or with `--raw` the input
//! exactly as it was recorded (bytes, whatever the format).

use std::io::{self, Write};

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;

use claimdiff::render::{Format, Report, Style};
use claimdiff::store::VersionRef;

use super::{formats, Common, Global, WRITE_ERROR};

#[derive(Args)]
#[command(after_help = "Example: claimdiff show courier-sheinbaum-trump@2 --raw > v2.html")]
pub struct ShowArgs {
    /// The version: ARTICLE (its latest), ARTICLE@N, ARTICLE@first or ARTICLE@latest.
    version: String,
    /// Print the original input exactly as recorded (HTML or text bytes) instead.
    #[arg(long, conflicts_with = "format")]
    raw: bool,
    /// Output format.
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ShowReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// `show`: one stored version's text and where it came from.
#[derive(Serialize)]
pub struct ShowReport {
    article: String,
    source: String,
    version: u32,
    title: Option<String>,
    url: Option<String>,
    at: String,
    recorded_at: String,
    published_at: Option<String>,
    lang: String,
    /// The input's format: `text` or `html`.
    input_format: String,
    encoding: Option<String>,
    claims: usize,
    text: String,
}

impl Report for ShowReport {
    const FORMATS: &'static [Format] = &[Format::Text, Format::Json];

    fn text(&self, _st: Style, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "{}@{}", self.article, self.version)?;
        let fields = [
            ("title", self.title.as_deref()),
            ("source", Some(&self.source)),
            ("at", Some(&self.at)),
            ("url", self.url.as_deref()),
        ];
        for (name, value) in fields {
            if let Some(v) = value {
                writeln!(out, "{:<7} {v}", format!("{name}:"))?;
            }
        }
        writeln!(out)?;
        out.write_all(self.text.as_bytes())?;
        if !self.text.ends_with('\n') {
            writeln!(out)?;
        }
        Ok(())
    }
}

pub fn run(args: &ShowArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let store = g.open_read()?;
    let v = store.resolve(&VersionRef::parse(&args.version)?)?;
    let input = store.input(&v)?;
    if args.raw {
        return out.write_all(&input.raw).context(WRITE_ERROR);
    }
    let sv = store.load(&v)?;
    let report = ShowReport {
        at: v.at().to_string(),
        article: v.article,
        source: v.source,
        version: v.number,
        title: v.title,
        url: input.url,
        recorded_at: v.recorded_at,
        published_at: v.published_at,
        lang: input.lang,
        input_format: input.format,
        encoding: input.encoding,
        claims: v.claims,
        text: sv.text,
    };
    g.write(&report, out)
}
