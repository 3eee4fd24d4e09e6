//! Byte decoding: UTF-8 (with or without BOM), UTF-16 with a BOM, a charset named by the page
//! or the server, and Windows-1252 when that is plainly what a non-UTF-8 text is. Refuses
//! empty input and binary data.

use anyhow::{bail, Result};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// A decoded text, and the encoding it came from when that was not UTF-8.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: Option<&'static str>,
}

/// Decodes `bytes` to a String or says, in one line, why it cannot.
pub fn decode(bytes: &[u8], charset_hint: Option<&str>) -> Result<Decoded> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        bail!("the input is empty");
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        if enc == UTF_16LE || enc == UTF_16BE {
            let (text, _, bad) = enc.decode(bytes);
            if bad {
                bail!("the input has a UTF-16 byte-order mark but is not valid UTF-16");
            }
            return checked(text.into_owned(), Some(enc.name()));
        }
        if bom_len == 3 {
            return utf8_or_other(&bytes[3..], charset_hint);
        }
    }
    utf8_or_other(bytes, charset_hint)
}

/// [`decode`] taking the bytes: plain UTF-8 (no byte-order mark) becomes the text without a
/// copy, and `None` comes back; other bytes are decoded as [`decode`] does and come back with
/// the text (they are not the text).
pub fn decode_owned(
    bytes: Vec<u8>,
    charset_hint: Option<&str>,
) -> Result<(Decoded, Option<Vec<u8>>)> {
    let plain = Encoding::for_bom(&bytes).is_none()
        && !bytes.contains(&0)
        && !bytes.iter().all(|b| b.is_ascii_whitespace());
    if !plain {
        return decode(&bytes, charset_hint).map(|d| (d, Some(bytes)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => checked(text, None).map(|d| (d, None)),
        Err(e) => {
            let bytes = e.into_bytes();
            decode(&bytes, charset_hint).map(|d| (d, Some(bytes)))
        }
    }
}

fn utf8_or_other(bytes: &[u8], charset_hint: Option<&str>) -> Result<Decoded> {
    if bytes.contains(&0) {
        bail!("the input looks like binary data (it contains NUL bytes), not text or HTML");
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return checked(s.to_string(), None);
    }
    // A charset the page or the server names, when it is not UTF-8.
    let named = charset_hint
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| meta_charset(bytes));
    if let Some(enc) = named.filter(|e| *e != encoding_rs::UTF_8) {
        let (text, _, bad) = enc.decode(bytes);
        if !bad {
            return checked(text.into_owned(), Some(enc.name()));
        }
    }
    // Windows-1252 (a superset of Latin-1's printable range) when the text plainly is that:
    // the bytes above 0x7F decode to letters and typographic marks, not to control characters.
    let high: Vec<u8> = bytes.iter().copied().filter(|b| *b >= 0x80).collect();
    let plausible = high.iter().all(|&b| {
        let one = [b];
        let c = WINDOWS_1252.decode_without_bom_handling(&one).0;
        c.chars()
            .all(|ch| ch.is_alphabetic() || "¿¡«»“”‘’–—…€£°ºª·´¨©®½¼¾±×".contains(ch))
    });
    if plausible && high.len() * 4 < bytes.len() {
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
        return checked(text.into_owned(), Some("windows-1252"));
    }
    bail!("the input is not UTF-8 text (and not plainly Windows-1252 or Latin-1)")
}

/// Rejects decoded text that is mostly control characters (binary data that happened to decode).
fn checked(text: String, encoding: Option<&'static str>) -> Result<Decoded> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(65_536) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
        }
    }
    if text.contains('\0') || control * 10 > total {
        bail!("the input looks like binary data, not text or HTML");
    }
    if text.trim().is_empty() {
        bail!("the input is empty");
    }
    Ok(Decoded { text, encoding })
}

/// The `<meta charset>` (or http-equiv Content-Type) of an HTML page, read from its first 4 KB.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: String = head
        .iter()
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    let pos = lower.find("charset=")?;
    let rest = &lower[pos + 8..];
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest.as_bytes()[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_spanish_is_decoded_and_named() {
        let bytes = b"El arancel subi\xf3 al 25% en la regi\xf3n.";
        let d = decode(bytes, None).unwrap();
        assert_eq!(d.text, "El arancel subió al 25% en la región.");
        assert_eq!(d.encoding, Some("windows-1252"));
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(decode(b"\x00\x01\x02abc", None).is_err());
        assert!(decode(b"  \n ", None).is_err());
        let noise: Vec<u8> = (0..400u32).map(|i| (i * 37 % 256) as u8).collect();
        assert!(decode(&noise, None).is_err());
    }

    #[test]
    fn owned_bytes_decode_as_borrowed_ones_and_come_back_unless_they_are_the_text() {
        let cases: [&[u8]; 6] = [
            "Él dijo 25%.".as_bytes(),
            b"\xef\xbb\xbfWith a BOM.",
            b"El arancel subi\xf3 al 25%.",
            b"  \n ",
            b"\x00\x01abc",
            b"\xff\xfeA\x00B\x00",
        ];
        for bytes in cases {
            let borrowed = decode(bytes, None);
            let owned = decode_owned(bytes.to_vec(), None);
            match (borrowed, owned) {
                (Ok(b), Ok((o, back))) => {
                    assert_eq!((o.text.as_str(), o.encoding), (b.text.as_str(), b.encoding));
                    let is_text = o.text.as_bytes() == bytes;
                    assert_eq!(back.is_none(), is_text, "{bytes:?}");
                    if let Some(back) = back {
                        assert_eq!(back, bytes);
                    }
                }
                (Err(b), Err(o)) => assert_eq!(b.to_string(), o.to_string()),
                (b, o) => panic!("{bytes:?}: {b:?} but {o:?}"),
            }
        }
    }

    #[test]
    fn meta_charset_wins_over_guessing() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>a\xf1o</body></html>";
        let d = decode(page, None).unwrap();
        assert!(d.text.contains("año"));
    }
}
