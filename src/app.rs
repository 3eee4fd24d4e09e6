//! App: the commands, each wiring the pipeline stages together (ingest → segment → extract →
//! store → diff → render). The CLI parses arguments into these option structs and calls one
//! function; every function returns the text to print, and errors as one-line messages.

use std::borrow::Cow;
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use serde_json::json;

use crate::diff::{self, ClaimDiff, Mode, Side};
use crate::extract::{Extractor, Lexicon};
use crate::history;
use crate::ingest::{self, Document, IngestOptions};
use crate::model::{Claim, Extraction, Sentence};
use crate::render::{self, Format, Style};
use crate::store::{NewVersion, Recorded, SqliteStore, Store, VersionRef};

// Shim: `content_hash` moved to the ingest layer (the store receives the hash).
pub use crate::ingest::content_hash;

/// Options every command shares.
#[derive(Debug, Clone)]
pub struct Global {
    pub db: PathBuf,
    pub format: Format,
    pub style: Style,
    /// Extra topic lexicon file (`--topics FILE`).
    pub topics_file: Option<PathBuf>,
}

/// Parses `--at`: RFC 3339, or a bare date (midnight UTC). Returns UTC RFC 3339.
pub fn parse_time(s: &str, flag: &str) -> Result<String> {
    use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Secs, true));
    }
    if let Ok(d) = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        let t = d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
        return Ok(t.to_rfc3339_opts(SecondsFormat::Secs, true));
    }
    bail!("bad {flag} value {s:?}: expected RFC 3339 (2025-12-04T08:00:00Z) or YYYY-MM-DD")
}

/// Parses `--until`: as [`parse_time`], except that a bare date means the end of that day, so
/// `--until 2025-12-05` includes what happened on the 5th.
pub fn parse_until(s: &str, flag: &str) -> Result<String> {
    let t = parse_time(s, flag)?;
    if chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").is_ok() {
        return Ok(t.replace("T00:00:00Z", "T23:59:59Z"));
    }
    Ok(t)
}

/// Normalises a page time from metadata (RFC 3339 or a date); None when it does not parse.
pub fn page_time(s: &str) -> Option<String> {
    parse_time(s, "time").ok()
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A stable article key from a URL: host and path, no scheme, "www.", tracking parameters,
/// fragment or trailing slash.
pub fn article_key(url: &str) -> Result<String> {
    let u = url.trim();
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .ok_or_else(|| anyhow!("bad URL {url:?}: expected http:// or https://"))?;
    let rest = rest.split('#').next().unwrap_or("");
    let (hostpath, query) = match rest.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (rest, None),
    };
    let (host, path) = match hostpath.split_once('/') {
        Some((h, p)) => (h, p),
        None => (hostpath, ""),
    };
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if host.is_empty() || !host.contains('.') && host != "localhost" && !host.starts_with("127.") {
        bail!("bad URL {url:?}: no host");
    }
    let host = host.split('@').next_back().unwrap_or(host);
    let mut key = format!("{host}/{}", path.trim_end_matches('/'));
    if let Some(q) = query {
        let kept: Vec<&str> = q
            .split('&')
            .filter(|kv| {
                let k = kv.split('=').next().unwrap_or("").to_lowercase();
                !(k.starts_with("utm_")
                    || matches!(
                        k.as_str(),
                        "fbclid"
                            | "gclid"
                            | "mc_cid"
                            | "mc_eid"
                            | "cmpid"
                            | "ref"
                            | "smid"
                            | "ocid"
                            | "icid"
                            | "ito"
                            | "src"
                            | ""
                            | "outputtype"
                            | "amp"
                    ))
            })
            .collect();
        if !kept.is_empty() {
            key.push('?');
            key.push_str(&kept.join("&"));
        }
    }
    Ok(key.trim_end_matches('/').to_string())
}

/// Reads a file, or stdin for `-` / none, with one-line errors.
pub fn read_input(path: Option<&Path>) -> Result<Vec<u8>> {
    match path {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => {
            if p.is_dir() {
                bail!("cannot read {}: it is a directory", p.display());
            }
            std::fs::read(p).map_err(|e| anyhow!("cannot read {}: {}", p.display(), io_reason(&e)))
        }
    }
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| anyhow!("cannot read standard input: {}", io_reason(&e)))?;
    Ok(buf)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The extractor with the built-in lexicon, the database's additions and `--topics FILE`.
pub fn extractor(g: &Global, store: Option<&dyn Store>) -> Result<Extractor> {
    let mut lx = Lexicon::builtin();
    if let Some(s) = store {
        lx.add_text(&s.topic_terms()?)?;
    }
    if let Some(f) = &g.topics_file {
        let text = std::fs::read_to_string(f)
            .map_err(|e| anyhow!("cannot read topics file {}: {}", f.display(), io_reason(&e)))?;
        lx.add_text(&text)
            .with_context(|| format!("in {}", f.display()))?;
    }
    Ok(Extractor::new(lx))
}

fn open_read(g: &Global) -> Result<SqliteStore> {
    Ok(SqliteStore::open(&g.db, false)?)
}

// ---------------------------------------------------------------------------------------------
// record

#[derive(Debug, Clone, Default)]
pub struct RecordArgs {
    pub input: Option<PathBuf>,
    pub source: Option<String>,
    pub article: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub at: Option<String>,
}

/// What recording did, for rendering.
pub struct RecordOutcome {
    pub recorded: Recorded,
    pub diff: Option<(crate::model::Version, ClaimDiff)>,
    pub claims: usize,
    pub encoding: Option<&'static str>,
}

/// Stores a version from bytes already read (used by `record` and `fetch`).
pub fn record_bytes(
    store: &mut SqliteStore,
    ex: &Extractor,
    bytes: &[u8],
    args: &RecordArgs,
    charset: Option<&str>,
) -> Result<RecordOutcome> {
    let source = args
        .source
        .as_deref()
        .ok_or_else(|| anyhow!("--source is required"))?;
    let key = match (&args.article, &args.url) {
        (Some(k), _) if !k.trim().is_empty() => k.trim().to_string(),
        (_, Some(u)) => article_key(u)?,
        _ => bail!("give --article KEY or --url URL so the version has an article"),
    };
    let published = match &args.at {
        Some(t) => Some(parse_time(t, "--at")?),
        None => None,
    };
    let lines = ingest::boilerplate::source_furniture(&store.source_texts(source, &key)?);
    let doc = ingest::ingest(
        bytes,
        &IngestOptions {
            known_furniture: Some(&lines),
            charset_hint: charset,
        },
    )?;
    let extraction = ex.extract(&doc);
    let published = published.or_else(|| {
        doc.meta
            .modified
            .as_deref()
            .or(doc.meta.published.as_deref())
            .and_then(page_time)
    });
    let title = args.title.clone().or(doc.meta.title.clone());
    // The store diffs against the version before inside its write transaction (so concurrent
    // writers each compare with their own predecessor); the diff is kept for the report.
    let mut diff: Option<ClaimDiff> = None;
    let mut link = |bs: &[Sentence], bc: &[Claim], as_: &[Sentence], ac: &[Claim]| {
        let d = diff::diff(&Side::new(bs, bc), &Side::new(as_, ac), Mode::Versions);
        let lineage = d.lineage.clone();
        diff = Some(d);
        lineage
    };
    let recorded = store.record(
        &NewVersion {
            source,
            article: &key,
            url: args.url.as_deref(),
            title: title.as_deref(),
            recorded_at: now(),
            published_at: published,
            raw: bytes,
            format: doc.format.as_str(),
            encoding: doc.encoding,
            text: &doc.text,
            content_hash: &ingest::content_hash(&doc.text),
            lang: extraction.lang.as_str(),
            extraction: &extraction,
        },
        &mut link,
    )?;
    let diff = match (&recorded, diff) {
        (Recorded::Stored(v), Some(d)) if v.number > 1 => {
            let prev = store.resolve(&VersionRef {
                article: key.clone(),
                which: crate::store::Which::Number(v.number - 1),
            })?;
            Some((prev, d))
        }
        _ => None,
    };
    Ok(RecordOutcome {
        recorded,
        diff,
        claims: extraction.claims.len(),
        encoding: doc.encoding,
    })
}

pub fn record(g: &Global, args: &RecordArgs) -> Result<String> {
    // Check everything about the input before the database is opened (or created).
    if args.article.as_deref().is_none_or(|a| a.trim().is_empty()) && args.url.is_none() {
        bail!("give --article KEY or --url URL so the version has an article");
    }
    if let Some(t) = &args.at {
        parse_time(t, "--at")?;
    }
    if let Some(u) = &args.url {
        article_key(u)?;
    }
    let bytes = read_input(args.input.as_deref())?;
    ingest::decode::decode(&bytes, None)?;
    let mut store = SqliteStore::open(&g.db, true)?;
    let ex = extractor(g, Some(&store))?;
    let out = record_bytes(&mut store, &ex, &bytes, args, None)?;
    Ok(render_record(g, &out))
}

pub fn render_record(g: &Global, o: &RecordOutcome) -> String {
    match g.format {
        Format::Json => {
            let (status, version) = match &o.recorded {
                Recorded::Unchanged(n) => ("unchanged", json!({"number": n})),
                Recorded::Stored(v) => ("stored", serde_json::to_value(v).unwrap_or_default()),
            };
            let diff = o.diff.as_ref().map(|(prev, d)| {
                json!({"from": {"article": prev.article, "source": prev.source, "version": prev.number},
                       "summary": d.summary, "claims": d.claims})
            });
            render::json(
                &json!({"status": status, "version": version, "claims": o.claims, "encoding": o.encoding, "diff": diff}),
            )
        }
        _ => {
            let mut s = String::new();
            if let Some(enc) = o.encoding {
                s.push_str(&format!(
                    "note: the input was not UTF-8; decoded it as {enc}\n"
                ));
            }
            match &o.recorded {
                Recorded::Unchanged(n) => {
                    s.push_str(&format!("unchanged since version {n}: nothing recorded\n"))
                }
                Recorded::Stored(v) => {
                    s.push_str(&format!(
                        "recorded {} ({}, {} claims)\n",
                        render::vref(v),
                        v.source,
                        v.claims
                    ));
                    match &o.diff {
                        None => s.push_str("first version: every claim is new\n"),
                        Some((prev, d)) => {
                            let title = format!("claims since {}:", render::vref(prev));
                            s.push_str(&render::diff_text(&title, d, g.style, false, false));
                        }
                    }
                }
            }
            s
        }
    }
}

// ---------------------------------------------------------------------------------------------
// log, claims

pub fn log(g: &Global, article: Option<&str>) -> Result<String> {
    let store = open_read(g)?;
    match article {
        None => {
            let list = store.articles()?;
            Ok(match g.format {
                Format::Json => render::json(&json!({"articles": list})),
                _ => render::articles_text(&list),
            })
        }
        Some(a) => {
            let list = store.versions(a)?;
            Ok(match g.format {
                Format::Json => {
                    render::json(&json!({"article": a, "source": list[0].source, "versions": list}))
                }
                _ => render::versions_text(&list),
            })
        }
    }
}

pub fn claims(g: &Global, r: &str) -> Result<String> {
    let store = open_read(g)?;
    let v = store.resolve(&VersionRef::parse(r)?)?;
    let sv = store.load(&v)?;
    Ok(match g.format {
        Format::Json => render::claims_json(
            json!({"article": v.article, "source": v.source, "version": v.number, "at": v.at()}),
            &sv.claims,
        ),
        _ => format!(
            "{} ({}, {}): {} claims\n{}",
            render::vref(&v),
            v.source,
            v.at(),
            sv.claims.len(),
            render::claims_text(&sv.claims)
        ),
    })
}

// ---------------------------------------------------------------------------------------------
// diff

#[derive(Debug, Clone, Default)]
pub struct DiffArgs {
    pub a: String,
    pub b: String,
    pub sources: bool,
    pub sentences: bool,
    pub all: bool,
}

/// One side of a diff, from a file or the store.
struct Loaded {
    label: serde_json::Value,
    name: String,
    article: Option<String>,
    id: Option<i64>,
    sentences: Vec<Sentence>,
    claims: Vec<Claim>,
}

fn load_file(ex: &Extractor, p: &Path) -> Result<Loaded> {
    let bytes = read_input(Some(p))?;
    let doc: Document = ingest::ingest(&bytes, &IngestOptions::default())?;
    let Extraction {
        sentences, claims, ..
    } = ex.extract(&doc);
    Ok(Loaded {
        label: json!({"file": p.display().to_string()}),
        name: p.display().to_string(),
        article: None,
        id: None,
        sentences,
        claims,
    })
}

pub fn diff(g: &Global, args: &DiffArgs) -> Result<String> {
    let is_file = |s: &str| Path::new(s).is_file() || s == "-";
    let need_store = !(is_file(&args.a) && is_file(&args.b));
    let store = if need_store {
        let missing = if is_file(&args.a) { &args.b } else { &args.a };
        Some(open_read(g).map_err(|e| {
            anyhow!("{missing:?} is not a file, and it cannot be looked up as a version ref: {e}")
        })?)
    } else {
        None
    };
    let ex = extractor(g, store.as_ref().map(|s| s as &dyn Store))?;
    let load = |s: &str| -> Result<Loaded> {
        if is_file(s) {
            return load_file(&ex, Path::new(s));
        }
        let store = store.as_ref().expect("store opened for refs");
        let r = VersionRef::parse(s)
            .map_err(|e| anyhow!("{s:?} is neither a file nor a version ref: {e}"))?;
        let v = store.resolve(&r).map_err(|e| {
            if Path::new(s).extension().is_some() {
                anyhow!("{s:?} is not a file, and as a version ref: {e}")
            } else {
                e.into()
            }
        })?;
        let sv = store.load(&v)?;
        Ok(Loaded {
            label: json!({"article": v.article, "source": v.source, "version": v.number}),
            name: render::vref(&v),
            article: Some(v.article.clone()),
            id: Some(v.id),
            sentences: sv.sentences,
            claims: sv.claims,
        })
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
    Ok(match g.format {
        Format::Json => render::diff_json(a.label, b.label, &d),
        Format::Markdown => render::diff_markdown(&title, &d),
        _ => render::diff_text(&title, &d, g.style, args.sentences, args.all),
    })
}

// ---------------------------------------------------------------------------------------------
// extract

/// Claims of a text, without storing anything.
pub fn extract(g: &Global, input: Option<&Path>) -> Result<String> {
    let ex = extractor(g, None)?;
    let bytes = read_input(input)?;
    let doc = ingest::ingest(&bytes, &IngestOptions::default())?;
    let e = ex.extract(&doc);
    Ok(match g.format {
        Format::Json => render::claims_json(
            json!({"lang": e.lang, "sentences": e.sentences.len()}),
            &e.claims,
        ),
        _ => render::claims_text(&e.claims),
    })
}

/// `extract --jsonl`: one `{"id", "text"}` object a line in, one `{"id", "claims"}` a line out.
/// Streams, as a three-stage pipeline: a reader thread reads the input in chunks of about
/// [`JSONL_CHUNK_BYTES`], an extraction thread spreads each chunk's lines over every core
/// (rayon), and this thread writes their results in input order, so that reading and writing
/// overlap with extraction. At most one chunk waits between two stages, so memory stays flat
/// whatever the input size. The first bad line stops the run, after the lines before it are
/// written. The stages own what they use, so an error returns at once even while the reader
/// waits on an open stdin; the process ends with them.
pub fn extract_jsonl(g: &Global, input: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    use std::sync::mpsc::sync_channel;
    let ex = extractor(g, None)?;
    let source: Box<dyn Read + Send> = match input {
        Some(p) if p.as_os_str() != "-" => Box::new(
            std::fs::File::open(p)
                .map_err(|e| anyhow!("cannot read {}: {}", p.display(), io_reason(&e)))?,
        ),
        _ => Box::new(std::io::stdin()),
    };
    let mut reader: JsonlReader = std::io::BufReader::with_capacity(JSONL_CHUNK_BYTES, source);
    // A chunk's lines, or its results; an empty one marks the end of the input.
    type Chunk = Result<(usize, Vec<Vec<u8>>)>;
    type Rendered = Result<Vec<Result<Option<String>>>>;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(1);
    let (done_tx, done_rx) = sync_channel::<Rendered>(1);
    // Stage 1: read. A send fails only when a later stage has stopped; so does this one.
    std::thread::spawn(move || {
        let mut first_line = 1usize;
        loop {
            let chunk = read_chunk(&mut reader);
            let last = !matches!(&chunk, Ok(c) if !c.is_empty());
            let n = chunk.as_ref().map_or(0, Vec::len);
            if chunk_tx.send(chunk.map(|c| (first_line, c))).is_err() || last {
                return;
            }
            first_line += n;
        }
    });
    // Stage 2: extract, the lines of a chunk spread over every core.
    std::thread::spawn(move || {
        use rayon::prelude::*;
        for chunk in chunk_rx {
            let rendered = chunk.map(|(first_line, lines)| {
                lines
                    .par_iter()
                    .enumerate()
                    .map(|(i, line)| jsonl_line(&ex, line, first_line + i))
                    .collect()
            });
            let stop = rendered.is_err();
            if done_tx.send(rendered).is_err() || stop {
                return;
            }
        }
    });
    // Stage 3 (this thread): write, in input order, until the end marker or the first error.
    for rendered in done_rx {
        let rendered = rendered?;
        if rendered.is_empty() {
            return Ok(());
        }
        for r in rendered {
            if let Some(line) = r? {
                out.write_all(line.as_bytes())?;
            }
        }
        // A chunk's results go out with it: a reader of a slow stream sees each as it comes.
        out.flush()?;
    }
    // The channel closed before the end marker: a stage stopped without saying why.
    Err(anyhow!("extraction stopped before the end of the input"))
}

/// About how many input bytes `extract --jsonl` holds at once (plus one line).
const JSONL_CHUNK_BYTES: usize = 1 << 20;

/// The input of `extract --jsonl`, buffered by a whole chunk so that a file is read a chunk a
/// read.
type JsonlReader = std::io::BufReader<Box<dyn Read + Send>>;

/// The next lines of `reader`, up to about [`JSONL_CHUNK_BYTES`]; empty at the end. A chunk
/// also ends where the input has no more lines ready (the buffer is empty and the next read
/// may wait), so that a slow producer on a pipe gets each line's result without waiting for
/// a whole chunk, and a bad line is reported at once.
fn read_chunk(reader: &mut JsonlReader) -> Result<Vec<Vec<u8>>> {
    let mut lines = Vec::new();
    let mut bytes = 0;
    while bytes < JSONL_CHUNK_BYTES && lines.len() < 1024 {
        if !lines.is_empty() && reader.buffer().is_empty() {
            break;
        }
        let mut line = Vec::new();
        let read = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| anyhow!("cannot read input: {e}"))?;
        if read == 0 {
            break;
        }
        bytes += read;
        lines.push(line);
    }
    Ok(lines)
}

/// One `extract --jsonl` input line (number `n`) to its output line, or None for a blank line.
fn jsonl_line(ex: &Extractor, line: &[u8], n: usize) -> Result<Option<String>> {
    let text = std::str::from_utf8(line).map_err(|_| anyhow!("line {n}: not UTF-8"))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let (id, t) = parse_jsonl_line(text, n)?;
    let id = &id;
    let t: &str = &t;
    let e = ex.extract_text(t);
    let claims: Vec<JsonlClaim> = e.claims.iter().map(JsonlClaim::of).collect();
    // Sized up front: a claim's line holds its sentence and about 300 bytes more, and growing
    // a buffer of a few hundred kilobytes by doubling costs more than the writing itself.
    let size: usize = claims.iter().map(|c| c.sentence.len() + 320).sum::<usize>() + 64;
    let mut buf = Vec::with_capacity(size);
    serde_json::to_writer(&mut buf, &JsonlOut { claims, id })?;
    buf.push(b'\n');
    // serde_json writes UTF-8 only.
    Ok(Some(String::from_utf8(buf)?))
}

/// An `extract --jsonl` input line: the fields claimdiff reads (others are skipped).
#[derive(serde::Deserialize)]
struct JsonlIn<'a> {
    /// Some(Null) for `"id": null`, None when there is no `id`.
    #[serde(default, deserialize_with = "present")]
    id: Option<serde_json::Value>,
    #[serde(borrow)]
    text: Option<Cow<'a, str>>,
}

/// A field that is present, whatever its value (null included).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    use serde::Deserialize;
    serde_json::Value::deserialize(d).map(Some)
}

/// The `id` and `text` of `extract --jsonl` input line `n`. The usual line parses straight
/// into [`JsonlIn`] (the text borrowed when it holds no escapes); any other line (a duplicate
/// key, a missing field, not an object) is parsed as a JSON value, which accepts what it can
/// and says what is wrong otherwise.
fn parse_jsonl_line(text: &str, n: usize) -> Result<(serde_json::Value, Cow<'_, str>)> {
    if let Ok(JsonlIn {
        id: Some(id),
        text: Some(t),
    }) = serde_json::from_str::<JsonlIn>(text)
    {
        return Ok((id, t));
    }
    let mut v: serde_json::Value =
        serde_json::from_str(text).map_err(|e| anyhow!("line {n}: not a JSON object ({e})"))?;
    let obj = v
        .as_object_mut()
        .ok_or_else(|| anyhow!("line {n}: not a JSON object"))?;
    let id = obj
        .remove("id")
        .ok_or_else(|| anyhow!("line {n}: no \"id\""))?;
    match obj.remove("text") {
        Some(serde_json::Value::String(t)) => Ok((id, Cow::Owned(t))),
        _ => Err(anyhow!("line {n}: no \"text\" string")),
    }
}

/// An `extract --jsonl` output line. Fields in name order: the output once went through a
/// `serde_json::Value` map, which sorts keys, and stays byte-identical to it.
#[derive(serde::Serialize)]
struct JsonlOut<'a> {
    claims: Vec<JsonlClaim<'a>>,
    id: &'a serde_json::Value,
}

/// A [`Claim`] as `extract --jsonl` writes it: borrowed, fields in name order.
#[derive(serde::Serialize)]
struct JsonlClaim<'a> {
    attribution: &'a Option<String>,
    end: usize,
    key: &'a [String],
    label: &'a str,
    qualifier: crate::model::Qualifier,
    sentence: &'a str,
    sentence_index: usize,
    start: usize,
    subject: &'a str,
    surface: &'a str,
    topics: &'a [String],
    unit: &'a Option<String>,
    value: f64,
    value_max: Option<f64>,
}

impl<'a> JsonlClaim<'a> {
    fn of(c: &'a Claim) -> JsonlClaim<'a> {
        JsonlClaim {
            attribution: &c.attribution,
            end: c.end,
            key: &c.key,
            label: &c.label,
            qualifier: c.qualifier,
            sentence: &c.sentence,
            sentence_index: c.sentence_index,
            start: c.start,
            subject: &c.subject,
            surface: &c.surface,
            topics: &c.topics,
            unit: &c.unit,
            value: c.value,
            value_max: c.value_max,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// reindex, topics, search, history

pub fn reindex(g: &Global) -> Result<String> {
    let mut store = open_read(g)?;
    let ex = extractor(g, Some(&store))?;
    let report = store.reindex(
        &mut |rv| {
            let known = ingest::boilerplate::source_furniture(&rv.source_texts);
            let opts = IngestOptions {
                known_furniture: Some(&known),
                charset_hint: None,
            };
            let doc = ingest::ingest(&rv.raw, &opts)?;
            Ok(ex.extract(&doc))
        },
        &mut history::lineage,
    )?;
    Ok(match g.format {
        Format::Json => render::json(&report),
        _ => format!(
            "re-extracted {} versions: {} changed; claims {} → {}\n",
            report.versions, report.versions_changed, report.claims_before, report.claims_after
        ),
    })
}

pub fn topics(g: &Global, import: Option<&Path>) -> Result<String> {
    if let Some(f) = import {
        let text = std::fs::read_to_string(f)
            .map_err(|e| anyhow!("cannot read topics file {}: {}", f.display(), io_reason(&e)))?;
        Lexicon::default()
            .add_text(&text)
            .with_context(|| format!("in {}", f.display()))?;
        let mut store = SqliteStore::open(&g.db, true)?;
        store.add_topic_terms(&text)?;
        return Ok(format!(
            "added the topics of {} to the lexicon; run `claimdiff reindex` to apply them to stored versions\n",
            f.display()
        ));
    }
    let store = open_read(g)?;
    let list = store.topics()?;
    Ok(match g.format {
        Format::Json => render::json(&json!({"topics": list})),
        Format::Csv => render::csv(
            &["topic", "claims", "articles", "sources", "latest"],
            &list
                .iter()
                .map(|t| {
                    vec![
                        t.topic.clone(),
                        t.claims.to_string(),
                        t.articles.to_string(),
                        t.sources.to_string(),
                        t.latest.clone().unwrap_or_default(),
                    ]
                })
                .collect::<Vec<_>>(),
        ),
        _ => render::topics_text(&list),
    })
}

pub fn search(g: &Global, query: &str, limit: usize) -> Result<String> {
    let store = open_read(g)?;
    let hits = store.search(query, limit)?;
    Ok(match g.format {
        Format::Json => render::json(
            &json!({"query": query, "results": hits.iter().map(|h| json!({
            "article": h.version.article, "source": h.version.source, "version": h.version.number,
            "at": h.version.at(), "claim": h.claim})).collect::<Vec<_>>()}),
        ),
        _ => {
            if hits.is_empty() {
                return Ok(format!("no claims match {query:?}\n"));
            }
            let rows: Vec<Vec<String>> = hits
                .iter()
                .map(|h| {
                    vec![
                        render::vref(&h.version),
                        h.version.source.clone(),
                        h.claim.label.clone(),
                        h.claim.sentence.chars().take(70).collect(),
                    ]
                })
                .collect();
            render::table(&["VERSION", "SOURCE", "CLAIM", "SENTENCE"], &rows)
        }
    })
}

pub fn history(g: &Global, q: &history::Query) -> Result<String> {
    let mut store = open_read(g)?;
    // Versions stored by a claimdiff from before lineage was kept get it now, once.
    let linked = store.relink(&mut history::lineage)?;
    if linked > 0 {
        eprintln!("claimdiff: stored claim lineage for {linked} versions recorded before it was kept (once)");
    }
    let ex = extractor(g, Some(&store))?;
    let h = history::history(&store, &ex.lexicon, q)?;
    if h.topics.is_empty() {
        let msg = format!(
            "no claims match topic {:?}; nearest known topics: {}\n",
            q.topic,
            if h.suggestions.is_empty() {
                "(none yet)".to_string()
            } else {
                h.suggestions.join(", ")
            }
        );
        return Ok(match g.format {
            Format::Json => render::json(
                &json!({"topic": q.topic, "entries": [], "suggestions": h.suggestions}),
            ),
            _ => msg,
        });
    }
    Ok(match g.format {
        Format::Json => render::json(
            &json!({"topic": h.topic, "topics": h.topics, "entries": h.entries, "total": h.total}),
        ),
        Format::Csv => {
            let rows: Vec<Vec<String>> = h
                .entries
                .iter()
                .map(|e| {
                    vec![
                        e.at.clone(),
                        e.source.clone(),
                        e.article.clone(),
                        e.version.to_string(),
                        format!("{:?}", e.status).to_lowercase(),
                        e.claim.label.clone(),
                        e.claim.value.to_string(),
                        e.claim.qualifier.as_str().into(),
                        e.claim.unit.clone().unwrap_or_default(),
                        e.previous
                            .as_ref()
                            .map(|p| p.value.to_string())
                            .unwrap_or_default(),
                        e.conflicts.join("; "),
                    ]
                })
                .collect();
            render::csv(
                &[
                    "at",
                    "source",
                    "article",
                    "version",
                    "status",
                    "label",
                    "value",
                    "qualifier",
                    "unit",
                    "previous_value",
                    "conflicts",
                ],
                &rows,
            )
        }
        _ => history_text(g.style, &h),
    })
}

/// Conflicts listed under one entry of the text timeline.
const MAX_CONFLICTS_SHOWN: usize = 3;

fn history_text(st: Style, h: &history::History) -> String {
    use history::EntryStatus as E;
    if h.entries.is_empty() {
        return format!(
            "no claims on topic {} match these filters\n",
            h.topics.join(", ")
        );
    }
    let fig = |c: &Claim| {
        crate::extract::subject::format_figure(c.value, c.value_max, c.qualifier, c.unit.as_deref())
    };
    let mut out = format!(
        "{} ({}): {} entries\n",
        st.bold(&h.topic),
        h.topics.join(", "),
        h.total
    );
    if h.total > h.entries.len() {
        out.push_str(&format!(
            "showing the latest {}; --limit 0 shows all, --since narrows\n",
            h.entries.len()
        ));
    }
    let width = |f: &dyn Fn(&history::Entry) -> usize| h.entries.iter().map(f).max().unwrap_or(0);
    let sw = width(&|e| e.source.chars().count());
    let vw = width(&|e| e.article.chars().count() + 1 + e.version.to_string().len());
    for e in &h.entries {
        let when = e.at.get(..16).unwrap_or(&e.at).replace('T', " ");
        let what = match e.status {
            E::New => format!("new      {} {}", fig(&e.claim), e.claim.subject),
            E::Unchanged => format!("same     {} {}", fig(&e.claim), e.claim.subject),
            E::Removed => st.red(&format!("removed  {} {}", fig(&e.claim), e.claim.subject)),
            E::Changed => st.yellow(&format!(
                "changed  {} → {} {}",
                e.previous.as_ref().map(fig).unwrap_or_default(),
                fig(&e.claim),
                e.claim.subject
            )),
        };
        let vref = format!("{}@{}", e.article, e.version);
        out.push_str(&format!("{when}  {:<sw$}  {vref:<vw$}  {what}\n", e.source));
        // A few conflicts say enough in a timeline; JSON and CSV carry them all.
        for c in e.conflicts.iter().take(MAX_CONFLICTS_SHOWN) {
            out.push_str(&format!(
                "{}\n",
                st.red(&format!("        ⚠ conflict: {c}"))
            ));
        }
        if e.conflicts.len() > MAX_CONFLICTS_SHOWN {
            out.push_str(&format!(
                "{}\n",
                st.red(&format!(
                    "        ⚠ and {} more conflicting figures",
                    e.conflicts.len() - MAX_CONFLICTS_SHOWN
                ))
            ));
        }
    }
    out
}
