//! `claimdiff diff A B [--sources]`: how claims (and sentences) changed from A to B, each a
//! stored version ref or a file; two files are diffed without touching the database.

use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, bail, Result};
use clap::Args;

use claimdiff::diff::{self, Mode, Side};
use claimdiff::extract::Extractor;
use claimdiff::input::read_input;
use claimdiff::model::{Claim, Sentence};
use claimdiff::pipeline::{extractor, process, ProcessOptions};
use claimdiff::render::{vref, Format, Report};
use claimdiff::report::{DiffReport, SideLabel};
use claimdiff::store::{Store, VersionRef};

use super::{formats, Common, Global};

#[derive(Args)]
pub struct DiffArgs {
    /// The older side: a version ref (ARTICLE, ARTICLE@N) or a file (- for stdin)
    #[arg(value_name = "A")]
    a: String,
    /// The newer side: a version ref or a file
    #[arg(value_name = "B")]
    b: String,
    /// Treat A and B as two outlets' stories (agreement and conflict)
    #[arg(long)]
    sources: bool,
    /// Also show the sentence-level diff
    #[arg(long)]
    sentences: bool,
    /// Also list unchanged claims
    #[arg(long)]
    all: bool,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(DiffReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

/// One side of a diff, from a file or the store.
struct Loaded {
    label: SideLabel,
    name: String,
    article: Option<String>,
    id: Option<i64>,
    sentences: Vec<Sentence>,
    claims: Vec<Claim>,
}

fn is_file(s: &str) -> bool {
    Path::new(s).is_file() || s == "-"
}

fn load_file(ex: &Extractor, p: &Path) -> Result<Loaded> {
    let bytes = read_input(Some(p))?;
    let e = process(&bytes, &ProcessOptions::new(ex))?.extraction;
    Ok(Loaded {
        label: SideLabel::File {
            file: p.display().to_string(),
        },
        name: p.display().to_string(),
        article: None,
        id: None,
        sentences: e.sentences,
        claims: e.claims,
    })
}

fn load_version(store: &dyn Store, s: &str) -> Result<Loaded> {
    let r = VersionRef::parse(s)
        .map_err(|e| anyhow!("{s:?} is neither a file nor a version ref: {e}"))?;
    let v = store.resolve(&r).map_err(|e| {
        if Path::new(s).extension().is_some() {
            anyhow::Error::new(e).context(format!("{s:?} is not a file, and as a version ref"))
        } else {
            e.into()
        }
    })?;
    let sv = store.load(&v)?;
    Ok(Loaded {
        label: SideLabel::Version {
            article: v.article.clone(),
            source: v.source.clone(),
            version: v.number,
        },
        name: vref(&v),
        article: Some(v.article.clone()),
        id: Some(v.id),
        sentences: sv.sentences,
        claims: sv.claims,
    })
}

pub fn run(args: &DiffArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let need_store = !(is_file(&args.a) && is_file(&args.b));
    let store = if need_store {
        let missing = if is_file(&args.a) { &args.b } else { &args.a };
        Some(g.open_read().map_err(|e| {
            anyhow!("{missing:?} is not a file, and it cannot be looked up as a version ref: {e}")
        })?)
    } else {
        None
    };
    let ex = extractor(store.as_deref(), g.topics_file.as_deref())?;
    let load = |s: &str| -> Result<Loaded> {
        match &store {
            Some(store) if !is_file(s) => load_version(&**store, s),
            _ => load_file(&ex, Path::new(s)),
        }
    };
    let a = load(&args.a)?;
    let b = load(&args.b)?;
    if a.id.is_some() && a.id == b.id {
        bail!(
            "{} and {} are the same version: nothing to diff",
            args.a,
            args.b
        );
    }
    let mode =
        if args.sources || (a.article.is_some() && b.article.is_some() && a.article != b.article) {
            Mode::Sources
        } else {
            Mode::Versions
        };
    let d = diff::diff(
        &Side::new(&a.sentences, &a.claims),
        &Side::new(&b.sentences, &b.claims),
        mode,
    );
    let title = match mode {
        Mode::Versions => format!("{} → {}", a.name, b.name),
        Mode::Sources => format!("{} vs {}", a.name, b.name),
    };
    let report = DiffReport {
        from: a.label,
        to: b.label,
        title,
        diff: d,
        sentences: args.sentences,
        all: args.all,
    };
    g.write(&report, out)
}
