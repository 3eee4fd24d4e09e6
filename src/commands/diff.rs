//! `claimdiff diff A B [--sources]`: how claims (and sentences) changed from A to B, each a
//! stored version ref or a file; two files are diffed without touching the database.
//! `diff ARTICLE` (or `diff ARTICLE@N`) diffs that version against the one before it. With
//! `--exit-code` the exit status says whether claims changed ([`ClaimsChanged`]).

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
    /// The newer side: a version ref or a file (none: A against the version before it)
    #[arg(value_name = "B")]
    b: Option<String>,
    /// Exit with status 3 when claims were added, removed or changed (0 when none were)
    #[arg(long)]
    exit_code: bool,
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

/// The exit status of `--exit-code` when claims changed: not 1 or 2, which are errors.
pub const CLAIMS_CHANGED: u8 = 3;

/// Returned by `diff --exit-code` and `record --exit-code` after their report is written when
/// claims changed: the binary exits with [`CLAIMS_CHANGED`] and prints nothing more.
#[derive(Debug)]
pub struct ClaimsChanged;

impl std::fmt::Display for ClaimsChanged {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("claims changed")
    }
}

impl std::error::Error for ClaimsChanged {}

/// Ok, or [`ClaimsChanged`] with `--exit-code` when `summary` has changes.
pub fn exit_status(exit_code: bool, summary: &claimdiff::diff::Summary) -> Result<()> {
    if exit_code && summary.changed + summary.added + summary.removed > 0 {
        return Err(ClaimsChanged.into());
    }
    Ok(())
}

/// The two sides of `diff A` alone: the version before A's, and A's.
fn with_previous(store: Option<&dyn Store>, a: &str) -> Result<(String, String)> {
    let Some(store) = store else {
        bail!("{a:?} is a file: give a second file or version to diff it against");
    };
    let v = store.resolve(&VersionRef::parse(a)?)?;
    if v.number == 1 {
        bail!(
            "{} is the first version of {}: nothing before it to diff against",
            vref(&v),
            v.article
        );
    }
    Ok((format!("{}@{}", v.article, v.number - 1), vref(&v)))
}

pub fn run(args: &DiffArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    let b_given = args.b.clone().unwrap_or_default();
    let need_store = !(is_file(&args.a) && (args.b.is_none() || is_file(&b_given)));
    let store = if need_store {
        let missing = if is_file(&args.a) { &b_given } else { &args.a };
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
    let (a_name, b_name) = match &args.b {
        Some(b) => (args.a.clone(), b.clone()),
        None => with_previous(store.as_deref(), &args.a)?,
    };
    let a = load(&a_name)?;
    let b = load(&b_name)?;
    if a.id.is_some() && a.id == b.id {
        bail!("{a_name} and {b_name} are the same version: nothing to diff");
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
    g.write(&report, out)?;
    exit_status(args.exit_code, &report.diff.summary)
}
