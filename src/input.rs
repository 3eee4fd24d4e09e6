//! Input: the bytes a command reads, from a file or standard input, with one-line errors that
//! say which file and why, and a size cap on every input ([`max_input_size`]: files, standard
//! input, topic lexicon files, each `extract --jsonl` line) so that an endless or huge input is
//! refused instead of filling the memory.

use std::io::Read;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::{anyhow, bail, Result};

/// The default cap on one input: 50 MB, far above any article (a long one is 100 KB).
pub const DEFAULT_MAX_INPUT_SIZE: u64 = 50 * 1024 * 1024;

/// The cap in force (the process's `--max-input-size`).
static MAX_INPUT_SIZE: AtomicU64 = AtomicU64::new(DEFAULT_MAX_INPUT_SIZE);

/// The largest input accepted, in bytes.
pub fn max_input_size() -> u64 {
    MAX_INPUT_SIZE.load(Ordering::Relaxed)
}

/// Sets the largest input accepted (the command line's `--max-input-size`), for the process.
pub fn set_max_input_size(bytes: u64) {
    MAX_INPUT_SIZE.store(bytes, Ordering::Relaxed);
}

/// Parses a size: bytes, or a number with `K`, `M`, `G` (powers of 1024, an optional `B`/`iB`).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1 << 10,
        "M" | "MB" | "MIB" => 1 << 20,
        "G" | "GB" | "GIB" => 1 << 30,
        _ => return Err(format!("unknown unit in {s:?}: use K, M or G (e.g. 50M)")),
    };
    let n: f64 = num
        .parse()
        .map_err(|_| format!("{s:?} is not a size (e.g. 50M, 1G, 200000)"))?;
    let bytes = n * factor as f64;
    if !(1.0..=(1u64 << 50) as f64).contains(&bytes) {
        return Err(format!("{s:?} is out of range (1 byte to 1024 TB)"));
    }
    Ok(bytes as u64)
}

/// `n` bytes for people: `50 MB`, `1.5 MB`, `900 KB`, `12 bytes`.
pub fn human_size(n: u64) -> String {
    const MB: u64 = 1 << 20;
    match n {
        n if n >= MB && n % MB == 0 => format!("{} MB", n / MB),
        n if n >= MB => format!("{:.1} MB", n as f64 / MB as f64),
        n if n >= 1024 => format!("{} KB", n / 1024),
        n => format!("{n} bytes"),
    }
}

/// The error for an input larger than the cap.
pub(crate) fn too_large(what: &str) -> anyhow::Error {
    anyhow!(
        "{what} is larger than the input size limit ({}); raise it with --max-input-size",
        human_size(max_input_size())
    )
}

/// Reads all of `reader` (named `what` in errors), refusing more than [`max_input_size`]
/// bytes as soon as it passes the cap. `size_hint` (a file's length) sizes the buffer once.
pub(crate) fn read_capped(mut reader: impl Read, what: &str, size_hint: u64) -> Result<Vec<u8>> {
    let cap = max_input_size();
    if size_hint > cap {
        return Err(too_large(what));
    }
    let mut buf = Vec::with_capacity(size_hint as usize);
    (&mut reader)
        .take(cap.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| anyhow!("cannot read {what}: {}", io_reason(&e)))?;
    if buf.len() as u64 > cap {
        return Err(too_large(what));
    }
    Ok(buf)
}

/// Reads a file, or stdin for `-` / none, with one-line errors.
pub fn read_input(path: Option<&Path>) -> Result<Vec<u8>> {
    match path {
        None => read_stdin(),
        Some(p) if p.as_os_str() == "-" => read_stdin(),
        Some(p) => read_file(p),
    }
}

/// Reads a file whole, up to the cap, with one-line errors.
pub(crate) fn read_file(p: &Path) -> Result<Vec<u8>> {
    if p.is_dir() {
        bail!("cannot read {}: it is a directory", p.display());
    }
    let f = std::fs::File::open(p)
        .map_err(|e| anyhow!("cannot read {}: {}", p.display(), io_reason(&e)))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    read_capped(f, &p.display().to_string(), len)
}

fn read_stdin() -> Result<Vec<u8>> {
    read_capped(std::io::stdin().lock(), "standard input", 0)
}

/// Why a file could not be read, in a few words.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("200000"), Ok(200_000));
        assert_eq!(parse_size("50M"), Ok(50 << 20));
        assert_eq!(parse_size("1.5 MB"), Ok(3 << 19));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert_eq!(parse_size("4k"), Ok(4096));
        for bad in ["", "M", "-1", "0", "5X", "99999999999999999999G", "nan"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        assert_eq!(human_size(50 << 20), "50 MB");
        assert_eq!(human_size(3 << 19), "1.5 MB");
        assert_eq!(human_size(4096), "4 KB");
    }

    #[test]
    fn reading_stops_at_the_cap() {
        let cap = max_input_size();
        let endless = std::io::repeat(0);
        let e = read_capped(endless, "standard input", 0).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "standard input is larger than the input size limit ({}); raise it with --max-input-size",
                human_size(cap)
            )
        );
        let e = read_capped(&b""[..], "big.txt", cap + 1).unwrap_err();
        assert!(e.to_string().starts_with("big.txt is larger"), "{e}");
        assert_eq!(read_capped(&b"abc"[..], "x", 3).unwrap(), b"abc");
    }
}
