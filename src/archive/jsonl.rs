//! claimdiff's archive: one JSON object a line, one stored version each, by article key then
//! version number. The fields: `article`, `source`, `version`, `url`, `title`, `recorded_at`,
//! `published_at`, `lang`, `format` (`text`/`html`), `encoding`, `text`, `sentences`,
//! `claims` (the contract's CLAIM plus `sentence_index` and `key`), and the original input when
//! it differs from `text`: `raw` when it is UTF-8, else `raw_base64`.
//!
//! Reading it back stores exactly what was written (the claims are not re-extracted), so
//! export → import → export gives the same bytes.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};

use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::Entry;
use crate::model::{Claim, Extraction, Lang, Sentence};
use crate::store::ArchivedVersion;

/// The archive format this build writes and reads. A line may carry it as `archive_format`
/// (this build writes none: its lines are format 1); a line of a later format, or with a field
/// this build does not know, is refused with its line number rather than read half-understood.
pub const ARCHIVE_FORMAT: u32 = 1;

/// One line of the archive.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    /// The archive format the line is written in (absent: 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    archive_format: Option<u32>,
    article: Cow<'a, str>,
    source: Cow<'a, str>,
    /// The version's number when it was exported (an import numbers versions in file order).
    #[serde(default)]
    version: Option<u32>,
    url: Option<Cow<'a, str>>,
    title: Option<Cow<'a, str>>,
    recorded_at: Cow<'a, str>,
    published_at: Option<Cow<'a, str>>,
    lang: Cow<'a, str>,
    format: Cow<'a, str>,
    encoding: Option<Cow<'a, str>>,
    text: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    raw_base64: Option<String>,
    sentences: Cow<'a, [Sentence]>,
    claims: Cow<'a, [Claim]>,
}

/// Writes one version as one line.
pub fn write(a: &ArchivedVersion, out: &mut dyn Write) -> io::Result<()> {
    let (v, input) = (&a.stored.version, &a.input);
    let (raw, raw_base64) = if input.raw == a.stored.text.as_bytes() {
        (None, None)
    } else {
        match std::str::from_utf8(&input.raw) {
            Ok(s) => (Some(Cow::Borrowed(s)), None),
            Err(_) => (
                None,
                Some(base64::engine::general_purpose::STANDARD.encode(&input.raw)),
            ),
        }
    };
    let line = Line {
        archive_format: None,
        article: Cow::Borrowed(&v.article),
        source: Cow::Borrowed(&v.source),
        version: Some(v.number),
        url: input.url.as_deref().map(Cow::Borrowed),
        title: v.title.as_deref().map(Cow::Borrowed),
        recorded_at: Cow::Borrowed(&v.recorded_at),
        published_at: v.published_at.as_deref().map(Cow::Borrowed),
        lang: Cow::Borrowed(&input.lang),
        format: Cow::Borrowed(&input.format),
        encoding: input.encoding.as_deref().map(Cow::Borrowed),
        text: Cow::Borrowed(&a.stored.text),
        raw,
        raw_base64,
        sentences: Cow::Borrowed(&a.stored.sentences),
        claims: Cow::Borrowed(&a.stored.claims),
    };
    serde_json::to_writer(&mut *out, &line)?;
    out.write_all(b"\n")
}

/// Checks a time field: RFC 3339.
fn time(field: &str, value: &str) -> Result<()> {
    chrono::DateTime::parse_from_rfc3339(value)
        .map(|_| ())
        .map_err(|_| anyhow!("{field} {value:?} is not an RFC 3339 time"))
}

/// The entry a line holds, checked.
fn entry(line: Line) -> Result<Entry> {
    if let Some(f) = line.archive_format.filter(|f| *f != ARCHIVE_FORMAT) {
        bail!("archive_format {f} is not the one this claimdiff reads ({ARCHIVE_FORMAT}): written by another claimdiff version");
    }
    for (field, value) in [("article", &line.article), ("source", &line.source)] {
        if value.trim().is_empty() {
            bail!("{field} is empty");
        }
    }
    time("recorded_at", &line.recorded_at)?;
    if let Some(t) = &line.published_at {
        time("published_at", t)?;
    }
    let lang = Lang::parse(&line.lang).ok_or_else(|| anyhow!("unknown lang {:?}", line.lang))?;
    if !matches!(&*line.format, "text" | "html") {
        bail!("format {:?} is neither \"text\" nor \"html\"", line.format);
    }
    let raw = match (line.raw, line.raw_base64) {
        (Some(_), Some(_)) => bail!("give raw or raw_base64, not both"),
        (Some(r), None) => r.into_owned().into_bytes(),
        (None, Some(b)) => base64::engine::general_purpose::STANDARD
            .decode(b)
            .context("raw_base64 is not base64")?,
        (None, None) => line.text.as_bytes().to_vec(),
    };
    let sentences = line.sentences.into_owned();
    let claims = line.claims.into_owned();
    if let Some(c) = claims.iter().find(|c| c.sentence_index >= sentences.len()) {
        bail!(
            "claim {:?} names sentence {}, and there are {}",
            c.label,
            c.sentence_index,
            sentences.len()
        );
    }
    Ok(Entry {
        source: line.source.into_owned(),
        article: line.article.into_owned(),
        url: line.url.map(Cow::into_owned),
        title: line.title.map(Cow::into_owned),
        recorded_at: line.recorded_at.into_owned(),
        published_at: line.published_at.map(Cow::into_owned),
        raw,
        format: line.format.into_owned(),
        encoding: line.encoding.map(Cow::into_owned),
        text: line.text.into_owned(),
        extraction: Extraction {
            lang,
            sentences,
            claims,
        },
    })
}

/// serde's error, shortened when it is an unknown field (the list of known ones is long) and
/// saying what it likely means.
fn unknown_field(e: serde_json::Error) -> anyhow::Error {
    let msg = e.to_string();
    match msg.strip_prefix("unknown field ") {
        Some(rest) => {
            let field = rest.split(',').next().unwrap_or(rest);
            anyhow!("unknown field {field}: written by a newer claimdiff? (this one reads archive format {ARCHIVE_FORMAT})")
        }
        None => e.into(),
    }
}

/// Reads the archive line by line, giving `add` each entry with its line number (from 1);
/// blank lines are skipped. The first invalid line stops it with an error naming the line.
pub fn read(
    input: &mut dyn BufRead,
    add: &mut dyn FnMut(usize, Entry) -> Result<()>,
) -> Result<()> {
    let mut buf = String::new();
    let mut n = 0;
    loop {
        buf.clear();
        n += 1;
        if input
            .read_line(&mut buf)
            .with_context(|| format!("line {n}"))?
            == 0
        {
            return Ok(());
        }
        if buf.trim().is_empty() {
            continue;
        }
        let e = serde_json::from_str::<Line>(&buf)
            .map_err(unknown_field)
            .and_then(entry)
            .with_context(|| format!("line {n}"))?;
        add(n, e)?;
    }
}
