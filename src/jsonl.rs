//! JSONL: `extract --jsonl`, one `{"id", "text"}` object a line in and one `{"id", "claims"}`
//! a line out, streamed through three stages (read, extract on every core, write in order) so
//! that memory stays flat whatever the input size.

use std::borrow::Cow;
use std::io::{BufRead, Read, Write};
use std::path::Path;

use anyhow::{anyhow, Context, Result};

use crate::extract::Extractor;
use crate::input::io_reason;
use crate::model::SortedClaim;

/// `extract --jsonl`: one `{"id", "text"}` object a line in, one `{"id", "claims"}` a line out.
/// Streams, as a three-stage pipeline: a reader thread reads the input in chunks of about
/// [`JSONL_CHUNK_BYTES`], a dispatch thread hands each chunk to the rayon pool, which spreads
/// its lines over every core, and this thread writes their results in input order, so that
/// reading and writing overlap with extraction. Up to [`CHUNKS_IN_FLIGHT`] chunks are extracted
/// at once, so that the cores that finish a chunk's last lines early start on the next chunk's
/// instead of waiting for the slowest line; memory stays flat whatever the input size. The
/// first bad line stops the run, after the lines before it are written. The stages own what
/// they use, so an error returns at once even while the reader waits on an open stdin; the
/// process ends with them.
pub fn extract_jsonl(ex: Extractor, input: Option<&Path>, out: &mut dyn Write) -> Result<()> {
    use std::sync::mpsc::{sync_channel, Receiver};
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
    type Rendered = Result<Vec<Result<Option<Vec<u8>>>>>;
    let (chunk_tx, chunk_rx) = sync_channel::<Chunk>(1);
    // In input order, where each chunk's results will arrive once the pool has them.
    let (order_tx, order_rx) = sync_channel::<Receiver<Rendered>>(CHUNKS_IN_FLIGHT - 1);
    // Stage 1: read. A send fails only when a later stage has stopped; so does this one.
    std::thread::spawn(move || {
        let mut first_line = 1usize;
        loop {
            let chunk = read_chunk(&mut reader, first_line);
            let last = !matches!(&chunk, Ok(c) if !c.is_empty());
            let n = chunk.as_ref().map_or(0, Vec::len);
            if chunk_tx.send(chunk.map(|c| (first_line, c))).is_err() || last {
                return;
            }
            first_line += n;
        }
    });
    // Stage 2: dispatch each chunk to the pool, its lines spread over every core. The bounded
    // order channel holds this thread back while CHUNKS_IN_FLIGHT chunks are being extracted
    // or wait to be written.
    std::thread::spawn(move || {
        let ex = std::sync::Arc::new(ex);
        for chunk in chunk_rx {
            let stop = !matches!(&chunk, Ok((_, lines)) if !lines.is_empty());
            let (result_tx, result_rx) = sync_channel::<Rendered>(1);
            if order_tx.send(result_rx).is_err() {
                return;
            }
            let ex = ex.clone();
            rayon::spawn(move || {
                use rayon::prelude::*;
                let rendered = chunk.map(|(first_line, lines)| {
                    lines
                        .par_iter()
                        .enumerate()
                        .map(|(i, line)| jsonl_line(&ex, line, first_line + i))
                        .collect()
                });
                // The writer has stopped when this fails: nothing is waiting for the result.
                let _ = result_tx.send(rendered);
            });
            if stop {
                return;
            }
        }
    });
    // Stage 3 (this thread): write, in input order, until the end marker or the first error.
    for result_rx in order_rx {
        let Ok(rendered) = result_rx.recv() else {
            break;
        };
        let rendered = rendered?;
        if rendered.is_empty() {
            return Ok(());
        }
        for r in rendered {
            if let Some(line) = r? {
                out.write_all(&line).context(WRITE_ERROR)?;
            }
        }
        // A chunk's results go out with it: a reader of a slow stream sees each as it comes.
        out.flush().context(WRITE_ERROR)?;
    }
    // The channel closed before the end marker: a stage stopped without saying why.
    Err(anyhow!("extraction stopped before the end of the input"))
}

/// How many chunks `extract --jsonl` extracts at once: two, so that the next chunk's lines
/// fill the cores while the current chunk's slowest lines finish.
const CHUNKS_IN_FLIGHT: usize = 2;

/// What a failure to write the output says before its reason.
const WRITE_ERROR: &str = "cannot write the output";

/// About how many input bytes `extract --jsonl` holds at once (plus one line).
const JSONL_CHUNK_BYTES: usize = 1 << 20;

/// The input of `extract --jsonl`, buffered by a whole chunk so that a file is read a chunk a
/// read.
type JsonlReader = std::io::BufReader<Box<dyn Read + Send>>;

/// The next lines of `reader`, up to about [`JSONL_CHUNK_BYTES`]; empty at the end. A chunk
/// also ends where the input has no more lines ready (the buffer is empty and the next read
/// may wait), so that a slow producer on a pipe gets each line's result without waiting for
/// a whole chunk, and a bad line is reported at once. A line longer than the input size cap
/// (`first_line` numbers the chunk's first line) is refused as soon as it passes the cap.
fn read_chunk(reader: &mut JsonlReader, first_line: usize) -> Result<Vec<Vec<u8>>> {
    let mut lines = Vec::new();
    let mut bytes = 0;
    while bytes < JSONL_CHUNK_BYTES && lines.len() < 1024 {
        if !lines.is_empty() && reader.buffer().is_empty() {
            break;
        }
        let mut line = Vec::new();
        let cap = crate::input::max_input_size();
        let read = reader
            .by_ref()
            .take(cap.saturating_add(1))
            .read_until(b'\n', &mut line)
            .map_err(|e| anyhow!("cannot read input: {e}"))?;
        if read == 0 {
            break;
        }
        if line.len() as u64 > cap && line.last() != Some(&b'\n') {
            let n = first_line + lines.len();
            return Err(crate::input::too_large(&format!("line {n}")));
        }
        bytes += read;
        lines.push(line);
    }
    Ok(lines)
}

/// One `extract --jsonl` input line (number `n`) to its output line, or None for a blank line.
fn jsonl_line(ex: &Extractor, line: &[u8], n: usize) -> Result<Option<Vec<u8>>> {
    let text = std::str::from_utf8(line).map_err(|_| anyhow!("line {n}: not UTF-8"))?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    let (id, t) = parse_jsonl_line(text, n)?;
    let id = &id;
    let t: &str = &t;
    // With `--all-quantities`, the quantities that are not claims follow in "non_claims".
    let (e, non) = if ex.all_quantities {
        let (e, non) = ex.extract_text_all(t);
        (e, Some(non))
    } else {
        (ex.extract_text(t), None)
    };
    let claims: Vec<SortedClaim> = e.claims.iter().map(SortedClaim::from).collect();
    let non_claims = non
        .as_ref()
        .map(|n| n.iter().map(JsonlNonClaim::of).collect());
    // Sized up front: a claim's line holds its sentence and about 300 bytes more, and growing
    // a buffer of a few hundred kilobytes by doubling costs more than the writing itself.
    let size: usize = e
        .claims
        .iter()
        .map(|c| c.sentence.len() + 320)
        .sum::<usize>()
        + 64;
    let mut buf = Vec::with_capacity(size);
    match non_claims {
        // The usual line, written by hand as serde_json would write it (`model::json`).
        None => {
            buf.extend_from_slice(b"{\"claims\":[");
            for (i, c) in claims.iter().enumerate() {
                if i > 0 {
                    buf.push(b',');
                }
                c.write_json(&mut buf)?;
            }
            buf.extend_from_slice(b"],\"id\":");
            serde_json::to_writer(&mut buf, id)?;
            buf.push(b'}');
        }
        Some(_) => {
            let line = JsonlOut {
                claims,
                id,
                non_claims,
            };
            serde_json::to_writer(&mut buf, &line)?;
        }
    }
    buf.push(b'\n');
    Ok(Some(buf))
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
    claims: Vec<SortedClaim<'a>>,
    id: &'a serde_json::Value,
    /// With `--all-quantities` only.
    #[serde(skip_serializing_if = "Option::is_none")]
    non_claims: Option<Vec<JsonlNonClaim<'a>>>,
}

/// A quantity that is not a claim, as `extract --jsonl --all-quantities` writes it: its
/// claim fields, `"claim": false` and its class.
#[derive(serde::Serialize)]
struct JsonlNonClaim<'a> {
    #[serde(flatten)]
    quantity: SortedClaim<'a>,
    claim: bool,
    non_claim: crate::extract::NonClaimClass,
}

impl<'a> JsonlNonClaim<'a> {
    fn of(n: &'a crate::extract::NonClaim) -> JsonlNonClaim<'a> {
        JsonlNonClaim {
            quantity: SortedClaim::from(&n.quantity),
            claim: false,
            non_claim: n.class,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_give_their_id_and_text_whatever_the_field_order() {
        let (id, t) = parse_jsonl_line(r#"{"text": "50 died", "id": 7, "x": 1}"#, 1).unwrap();
        assert_eq!((id, t.as_ref()), (serde_json::json!(7), "50 died"));
        // A null id is an id; escapes are decoded.
        let (id, t) = parse_jsonl_line(r#"{"id": null, "text": "a\nb"}"#, 2).unwrap();
        assert_eq!((id, t.as_ref()), (serde_json::Value::Null, "a\nb"));
        // A repeated key is read as a JSON value reads it: the last one wins.
        let (id, _) = parse_jsonl_line(r#"{"id": 1, "id": 2, "text": ""}"#, 3).unwrap();
        assert_eq!(id, serde_json::json!(2));
    }

    #[test]
    fn bad_lines_name_their_number_and_what_is_missing() {
        let err = |line: &str| parse_jsonl_line(line, 9).unwrap_err().to_string();
        assert_eq!(err(r#"{"text": "x"}"#), "line 9: no \"id\"");
        assert_eq!(err(r#"{"id": 1, "text": 5}"#), "line 9: no \"text\" string");
        assert_eq!(err("[1, 2]"), "line 9: not a JSON object");
        assert!(err("{nope").starts_with("line 9: not a JSON object ("));
    }

    #[test]
    fn the_written_line_is_the_one_serde_json_writes() {
        let ex = Extractor::default();
        let text = "Exports fell 2.3% in March, the \"largest\" fall since 2009, officials said.\n\n\
                    The \"plant\" will shed about 1,200 jobs.\tIts 3 sites\\offices close, it said.";
        let id = serde_json::json!({"feed": [1, "a\u{1}b"], "n": 2.5});
        let input = serde_json::to_vec(&serde_json::json!({"id": id, "text": text})).unwrap();
        let out = jsonl_line(&ex, &input, 1).unwrap().unwrap();
        let e = ex.extract_text(text);
        assert!(e.claims.len() >= 3, "{:?}", e.claims);
        let mut want = serde_json::to_vec(&JsonlOut {
            claims: e.claims.iter().map(SortedClaim::from).collect(),
            id: &id,
            non_claims: None,
        })
        .unwrap();
        want.push(b'\n');
        assert_eq!(
            String::from_utf8_lossy(&out),
            String::from_utf8_lossy(&want)
        );
    }

    #[test]
    fn a_blank_line_gives_no_output_and_a_line_one_object() {
        let ex = Extractor::default();
        assert_eq!(jsonl_line(&ex, b"  \n", 1).unwrap(), None);
        let out = jsonl_line(&ex, br#"{"id": "a", "text": "No numbers here."}"#, 1)
            .unwrap()
            .unwrap();
        assert_eq!(out, b"{\"claims\":[],\"id\":\"a\"}\n");
        assert_eq!(
            jsonl_line(&ex, b"\xff", 4).unwrap_err().to_string(),
            "line 4: not UTF-8"
        );
    }
}
