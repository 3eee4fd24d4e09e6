//! `extract --jsonl` output lines, written by hand: byte-identical to serde_json's compact
//! serialization of `{"claims": [...], "id": ...}` with every object's fields in name order
//! (the output once went through a `serde_json::Value` map, which sorts keys), but strings are
//! escaped eight bytes at a time and a sentence shared by consecutive claims is escaped once.

use std::io::Write as _;
use std::ops::Range;

use crate::model::Claim;

/// The output line (ending in '\n') for the claims of the input line whose id is `id`.
pub fn line(id: &serde_json::Value, claims: &[Claim]) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 + claims.len() * 512);
    out.extend_from_slice(b"{\"claims\":[");
    // The escaped form of the last sentence written, where it stands in `out`.
    let mut last_sentence: Option<(&str, Range<usize>)> = None;
    for (i, c) in claims.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        claim(&mut out, c, &mut last_sentence);
    }
    out.extend_from_slice(b"],\"id\":");
    value(&mut out, id);
    out.extend_from_slice(b"}\n");
    out
}

/// One claim object, its fields in name order.
fn claim<'a>(out: &mut Vec<u8>, c: &'a Claim, last_sentence: &mut Option<(&'a str, Range<usize>)>) {
    out.extend_from_slice(b"{\"attribution\":");
    opt_str(out, c.attribution.as_deref());
    out.extend_from_slice(b",\"end\":");
    usize_(out, c.end);
    out.extend_from_slice(b",\"key\":");
    str_array(out, &c.key);
    out.extend_from_slice(b",\"label\":");
    push_str(out, &c.label);
    out.extend_from_slice(b",\"qualifier\":");
    value(out, &c.qualifier);
    out.extend_from_slice(b",\"sentence\":");
    match last_sentence {
        Some((s, range)) if *s == c.sentence => out.extend_from_within(range.clone()),
        _ => {
            let start = out.len();
            push_str(out, &c.sentence);
            *last_sentence = Some((&c.sentence, start..out.len()));
        }
    }
    out.extend_from_slice(b",\"sentence_index\":");
    usize_(out, c.sentence_index);
    out.extend_from_slice(b",\"start\":");
    usize_(out, c.start);
    out.extend_from_slice(b",\"subject\":");
    push_str(out, &c.subject);
    out.extend_from_slice(b",\"surface\":");
    push_str(out, &c.surface);
    out.extend_from_slice(b",\"topics\":");
    str_array(out, &c.topics);
    out.extend_from_slice(b",\"unit\":");
    opt_str(out, c.unit.as_deref());
    out.extend_from_slice(b",\"value\":");
    value(out, &c.value);
    out.extend_from_slice(b",\"value_max\":");
    value(out, &c.value_max);
    out.push(b'}');
}

/// Any serializable value as serde_json writes it (numbers, null, the qualifier, the id).
fn value<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    // Writing to a Vec cannot fail, and these values (numbers, enums, parsed JSON) all
    // serialize.
    let _ = serde_json::to_writer(&mut *out, v);
}

fn usize_(out: &mut Vec<u8>, n: usize) {
    let _ = write!(out, "{n}");
}

fn opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn str_array(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_str(out, s);
    }
    out.push(b']');
}

/// `s` as a JSON string, escaped as serde_json escapes it: '"' and '\\' with a backslash,
/// \b \f \n \r \t, other bytes below 0x20 as \u00xx (lower-case hex), everything else as is.
pub fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let b = s.as_bytes();
    let mut done = 0; // bytes of `b` already written
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            if !needs_escape(u64::from_le_bytes(chunk.try_into().unwrap_or_default())) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c >= 0x20 && c != b'"' && c != b'\\' {
            i += 1;
            continue;
        }
        out.extend_from_slice(&b[done..i]);
        escape(out, c);
        i += 1;
        done = i;
    }
    out.extend_from_slice(&b[done..]);
    out.push(b'"');
}

/// True when one of eight bytes (little-endian in `x`) is below 0x20, '"' or '\\' (exact per
/// byte: no sum below carries out of its byte).
fn needs_escape(x: u64) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = !HIGH;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let below_space = !((x & LOW).wrapping_add(ONES * (0x80 - 0x20)) | x) & HIGH;
    let is = |c: u8| {
        let t = x ^ (ONES * u64::from(c));
        !((t & LOW).wrapping_add(LOW) | t) & HIGH
    };
    below_space | is(b'"') | is(b'\\') != 0
}

/// The escape of one byte that needs it.
fn escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match c {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(c >> 4)]);
            out.push(HEX[usize::from(c & 15)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    /// The line as serde_json wrote it before (derived Serialize, fields in name order).
    #[derive(serde::Serialize)]
    struct RefOut<'a> {
        claims: Vec<RefClaim<'a>>,
        id: &'a serde_json::Value,
    }

    #[derive(serde::Serialize)]
    struct RefClaim<'a> {
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

    fn reference(id: &serde_json::Value, claims: &[Claim]) -> Vec<u8> {
        let claims = claims
            .iter()
            .map(|c| RefClaim {
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
            })
            .collect();
        let mut s = serde_json::to_vec(&RefOut { claims, id }).unwrap();
        s.push(b'\n');
        s
    }

    #[test]
    fn strings_escape_as_serde_json() {
        let mut all = String::new();
        for c in (0u32..0x300).chain([0x2028, 0x2029, 0xfeff, 0x1f600]) {
            let c = char::from_u32(c).unwrap();
            for k in 0..10 {
                let s = format!("{}{c}\"{}", "ab".repeat(k), "\\".repeat(k % 3));
                let mut out = Vec::new();
                push_str(&mut out, &s);
                assert_eq!(out, serde_json::to_vec(&s).unwrap(), "{s:?}");
            }
            all.push(c);
        }
        let mut out = Vec::new();
        push_str(&mut out, &all);
        assert_eq!(out, serde_json::to_vec(&all).unwrap());
    }

    #[test]
    fn lines_match_serde_json() {
        let ex = Extractor::default();
        let texts = [
            "",
            "The tariff rose to 25% from 10% in 2024, officials said. About 300 homes, 2 schools \
             and \"nearly 40\" shops were damaged.\n\nIt cost $1.5 billion\tand 3\u{1}4 jobs.",
            "México extraditó a más de 50 capos, según la Fiscalía. Hubo 2,3% más \\ 7 y 8.",
            include_str!("../tests/data/extract_es.jsonl"),
        ];
        let ids = [
            serde_json::json!(1),
            serde_json::json!("a\"b"),
            serde_json::json!({"z": 1, "a": [null, 2.5]}),
            serde_json::json!(null),
        ];
        for (t, id) in texts.iter().zip(&ids) {
            let e = ex.extract_text(t);
            assert_eq!(line(id, &e.claims), reference(id, &e.claims), "{t:?}");
        }
        let mut odd = ex.extract_text(texts[1]).claims;
        assert!(odd.len() >= 2);
        odd[0].value = f64::NAN;
        odd[1].value_max = Some(f64::INFINITY);
        odd[1].unit = None;
        odd[0].attribution = Some("x\u{7f}\u{0}".into());
        assert_eq!(line(&ids[0], &odd), reference(&ids[0], &odd));
    }
}
