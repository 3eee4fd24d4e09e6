//! claimdiff's archive: one JSON object a line, one stored version each, by article key then
//! version number. The fields: `archive_format` ([`ARCHIVE_FORMAT`]), `article`, `source`, `version`, `url`, `title`, `recorded_at`,
//! `published_at`, `lang`, `format` (`text`/`html`), `encoding`, `text`, `sentences`,
//! `claims` (the contract's CLAIM plus `sentence_index` and `key`), and the original input when
//! it differs from `text`: `raw` when it is UTF-8, else `raw_base64`.
//!
//! Reading it back stores exactly what was written (the claims are not re-extracted), so
//! export → import → export gives the same bytes. An import reads it a line at a time
//! ([`next_line`], each line's size capped) and parses lines on every core ([`parse`]) in
//! `archive::bulk`.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};

use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::Entry;
use crate::model::{Claim, Extraction, Lang, Sentence};
use crate::store::ArchivedVersion;

/// The archive format this build writes and reads: every line it writes says it as
/// `archive_format` (a line without it is format 1, as early builds wrote them). An archive
/// whose first line is of a later format is refused whole ([`check_first_line`]); a later
/// line of another format, or with a field this build does not know, is skipped with its line
/// number rather than read half-understood.
pub const ARCHIVE_FORMAT: u32 = 1;

/// One line of the archive.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line<'a> {
    /// The archive format the line is written in (absent: 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    archive_format: Option<u32>,
    /// The extractor version that wrote the claims ([`crate::extract::version`]; absent:
    /// unknown, an archive written before exports said it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    extractor: Option<u32>,
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

/// Writes one version as one line; `extractor`: the version of the extractor that wrote the
/// store's claims ([`crate::store::Store::extractor_version`]).
pub fn write(a: &ArchivedVersion, extractor: u32, out: &mut dyn Write) -> io::Result<()> {
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
        archive_format: Some(ARCHIVE_FORMAT),
        extractor: Some(extractor),
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

/// The entry one line of the archive holds (without its line end), checked; the error says
/// why the line cannot be imported.
pub fn parse(line: &[u8]) -> Result<Entry> {
    match serde_json::from_slice::<Line>(line) {
        Ok(line) => entry(line),
        // A line of another format is named as such, whatever else is wrong with it.
        Err(e) => match serde_json::from_slice::<Header>(line) {
            Ok(Header {
                archive_format: Some(f),
            }) if f != ARCHIVE_FORMAT => Err(other_format(f)),
            _ => Err(unknown_field(e)),
        },
    }
}

/// Why a line of archive format `f` is not read.
fn other_format(f: u32) -> anyhow::Error {
    anyhow!("archive_format {f} is not the one this claimdiff reads ({ARCHIVE_FORMAT}): written by another claimdiff version")
}

/// The first line's header: its archive format, whatever else it holds.
#[derive(Deserialize)]
struct Header {
    archive_format: Option<u32>,
}

/// Refuses an archive whose first line (`line`) says a later archive format than this build
/// reads: nothing of it would be understood. Any other first line passes (a bad one is
/// skipped when it is read).
pub fn check_first_line(line: &[u8]) -> Result<()> {
    match serde_json::from_slice::<Header>(line) {
        Ok(Header {
            archive_format: Some(f),
        }) if f > ARCHIVE_FORMAT => bail!(
            "line 1: archive format {f} is newer than this claimdiff reads ({ARCHIVE_FORMAT}): import it with a newer claimdiff"
        ),
        _ => Ok(()),
    }
}

/// The entry a line holds, checked.
fn entry(line: Line) -> Result<Entry> {
    if let Some(f) = line.archive_format.filter(|f| *f != ARCHIVE_FORMAT) {
        return Err(other_format(f));
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
        extractor: line.extractor.unwrap_or(0),
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
        // The line is one line: serde's "at line 1 column N" says only the column.
        None => anyhow!("{}", msg.replace(" at line 1 column ", " at column ")),
    }
}

/// Reads the next line of `input` into `buf` (without its `\n`), keeping at most `cap` bytes:
/// the rest of a longer line is read and dropped, so memory stays bounded whatever the input.
/// `None` at the end of the input; `Some(false)` for a line longer than `cap` (`buf` empty).
pub fn next_line(input: &mut dyn BufRead, buf: &mut Vec<u8>, cap: u64) -> io::Result<Option<bool>> {
    buf.clear();
    let n = io::Read::take(&mut *input, cap.saturating_add(1)).read_until(b'\n', buf)?;
    if n == 0 {
        return Ok(None);
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
        return Ok(Some(true));
    }
    if n as u64 <= cap {
        // The last line, without a line end.
        return Ok(Some(true));
    }
    buf.clear();
    loop {
        let (end, used) = {
            let rest = input.fill_buf()?;
            match rest.iter().position(|b| *b == b'\n') {
                Some(i) => (true, i + 1),
                None => (rest.is_empty(), rest.len()),
            }
        };
        input.consume(used);
        if end {
            return Ok(Some(false));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_whole_or_refused_past_the_cap_without_holding_them() {
        let mut input = io::Cursor::new(b"{\"a\":1}\n0123456789abcdef\n\nlast".to_vec());
        let mut buf = Vec::new();
        let mut lines = Vec::new();
        while let Some(ok) = next_line(&mut input, &mut buf, 10).unwrap() {
            lines.push((ok, String::from_utf8(buf.clone()).unwrap()));
        }
        let expected = [(true, "{\"a\":1}"), (false, ""), (true, ""), (true, "last")];
        let expected: Vec<(bool, String)> = expected
            .iter()
            .map(|(ok, s)| (*ok, s.to_string()))
            .collect();
        assert_eq!(lines, expected);
    }

    #[test]
    fn a_first_line_of_a_later_format_refuses_the_archive() {
        let err = check_first_line(br#"{"archive_format":2,"article":"a"}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 1: archive format 2 is newer than this claimdiff reads (1): import it with a newer claimdiff"
        );
        check_first_line(br#"{"archive_format":1,"article":"a"}"#).unwrap();
        // Not this check's business: a bad line is skipped when it is parsed.
        check_first_line(b"not json").unwrap();
        let reason = parse(br#"{"archive_format":2,"article":"a"}"#).unwrap_err();
        assert!(
            reason.to_string().starts_with("archive_format 2 is not"),
            "{reason}"
        );
    }
}
