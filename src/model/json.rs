//! A claim's JSON written straight to bytes: `extract --jsonl` writes one object per claim,
//! and serde_json's string writer, which looks up every byte in a table, was its largest
//! single cost (a claim's line repeats its sentence). [`SortedClaim::write_json`] writes the
//! same bytes as serde_json does for the claim, its strings scanned eight bytes at a time;
//! numbers and the small enums still go through serde_json, so their notation cannot drift.

use super::SortedClaim;

impl SortedClaim<'_> {
    /// Appends the claim's JSON object to `out`: byte for byte what `serde_json::to_writer`
    /// writes for it.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        key(out, "{\"attribution\":");
        optional_str(out, self.attribution.as_deref());
        if let Some(changed) = self.changed_from {
            key(out, ",\"changed_from\":");
            serde_json::to_writer(&mut *out, changed)?;
        }
        key(out, ",\"end\":");
        serde_json::to_writer(&mut *out, &self.end)?;
        key(out, ",\"key\":");
        str_list(out, self.key);
        key(out, ",\"label\":");
        write_json_str(out, self.label);
        key(out, ",\"qualifier\":");
        serde_json::to_writer(&mut *out, &self.qualifier)?;
        key(out, ",\"sentence\":");
        write_json_str(out, self.sentence);
        key(out, ",\"sentence_index\":");
        serde_json::to_writer(&mut *out, &self.sentence_index)?;
        key(out, ",\"start\":");
        serde_json::to_writer(&mut *out, &self.start)?;
        key(out, ",\"subject\":");
        write_json_str(out, self.subject);
        key(out, ",\"surface\":");
        write_json_str(out, self.surface);
        key(out, ",\"topics\":");
        str_list(out, self.topics);
        key(out, ",\"unit\":");
        optional_str(out, self.unit.as_deref());
        key(out, ",\"value\":");
        serde_json::to_writer(&mut *out, &self.value)?;
        key(out, ",\"value_max\":");
        serde_json::to_writer(&mut *out, &self.value_max)?;
        out.push(b'}');
        Ok(())
    }
}

/// Punctuation and a field name, written as they are.
fn key(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(s.as_bytes());
}

fn optional_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn str_list(out: &mut Vec<u8>, list: &[String]) {
    out.push(b'[');
    for (i, s) in list.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_json_str(out, s);
    }
    out.push(b']');
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\`, the control
/// characters below U+0020 (`\b`, `\t`, `\n`, `\f`, `\r`, else `\u00XX` in lower-case hex),
/// and nothing else (non-ASCII text stays as it is).
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let b = s.as_bytes();
    let mut run = 0; // start of the bytes not written yet
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let found = needs_escape(x);
            if found == 0 {
                i += 8;
                continue;
            }
            i += found.trailing_zeros() as usize / 8;
        } else if !escaped(b[i]) {
            i += 1;
            continue;
        }
        out.extend_from_slice(&b[run..i]);
        escape(out, b[i]);
        i += 1;
        run = i;
    }
    out.extend_from_slice(&b[run..]);
    out.push(b'"');
}

/// Whether JSON needs byte `c` escaped.
fn escaped(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// For eight bytes (little-endian in `x`), 0x80 in each byte that JSON needs escaped
/// ([`escaped`]) and 0 elsewhere. Each test runs on the low seven bits of every byte, whose
/// sums stay within the byte, and bytes of 0x80 and over (parts of non-ASCII chars) are
/// cleared at the end, so every byte is tested exactly.
fn needs_escape(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    const LOW7: u64 = ONES * 0x7f;
    let y = x & LOW7;
    // A byte below 0x20 does not reach 0x80 when 0x60 is added.
    let control = !(y + ONES * 0x60);
    // A byte equal to `c` is zero after xor, and only a zero byte stays below 0x80 when 0x7f
    // is added.
    let equal = |c: u8| !((y ^ (ONES * u64::from(c))) + LOW7);
    (control | equal(b'"') | equal(b'\\')) & !x & HIGH
}

/// Appends the escape of byte `c` (one that [`escaped`] says needs one).
fn escape(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match c {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(c >> 4)],
            HEX[usize::from(c & 0xf)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ChangedFrom, Claim, Qualifier};

    fn serde_str(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap()
    }

    fn ours(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        write_json_str(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        // Every ASCII byte, at every position of an eight-byte chunk and in the tail.
        for c in 0u8..0x80 {
            for at in 0..18 {
                let mut s = "ab".repeat(at);
                s.push(char::from(c));
                s.push_str("xy é z");
                assert_eq!(ours(&s), serde_str(&s), "{s:?}");
            }
        }
        // Non-ASCII chars whose bytes' low seven bits are those of '"', '\\' or a control
        // character are written as they are.
        for s in [
            "",
            "\u{a2}\u{dc}\u{a0}\u{80}",
            "«Más de 50» dijo \"él\"\\ \u{1f600}\n\t\r\u{8}\u{c}\u{1}\u{1f}\u{7f}",
            "Exports fell 2.3% — the “largest” fall since 2009.",
        ] {
            assert_eq!(ours(s), serde_str(s), "{s:?}");
        }
        // Pseudo-random mixes of every ASCII byte and a few non-ASCII chars.
        let alphabet: Vec<char> = (0u8..0x80)
            .map(char::from)
            .chain(['\u{a0}', 'é', '\u{3000}', '€', '\u{85}', '\u{a2}', '\u{dc}'])
            .collect();
        let mut seed = 11u64;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..(seed % 50) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            assert_eq!(ours(&s), serde_str(&s), "{s:?}");
        }
    }

    #[test]
    fn a_claim_writes_as_serde_json_writes_it() {
        let mut claim = Claim {
            label: "55 \"crime\" leaders".into(),
            value: 55.0,
            value_max: None,
            qualifier: Qualifier::MoreThan,
            unit: None,
            subject: "crime leaders\\extradited".into(),
            topics: vec!["crime".into(), "extradition".into()],
            attribution: None,
            surface: "more than 55".into(),
            sentence: "Mexico sent more than 55 \"crime\" leaders,\n\tsaid él.".into(),
            start: 12,
            end: 24,
            sentence_index: 3,
            key: vec!["crime".into(), "leader".into()],
            changed_from: None,
        };
        let check = |c: &Claim| {
            let mut out = Vec::new();
            SortedClaim::from(c).write_json(&mut out).unwrap();
            let want = serde_json::to_vec(&SortedClaim::from(c)).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&out),
                String::from_utf8_lossy(&want)
            );
        };
        check(&claim);
        claim.attribution = Some("the \u{1}ministry".into());
        claim.unit = Some("percent".into());
        claim.value = 0.1 + 0.2;
        claim.value_max = Some(f64::NAN);
        claim.topics.clear();
        claim.key.clear();
        claim.changed_from = Some(ChangedFrom {
            value: 1e21,
            value_max: Some(-0.0),
            qualifier: Qualifier::Approx,
            text: "about \"1e21\"".into(),
            start: 1,
            end: 2,
        });
        check(&claim);
        claim.value = f64::INFINITY;
        claim.value_max = Some(1_234_567.5);
        check(&claim);
    }
}
