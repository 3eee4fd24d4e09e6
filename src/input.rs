//! Input: the bytes a command reads, from a file or standard input, with one-line errors that
//! say which file and why.

use std::io::Read;
use std::path::Path;

use anyhow::{anyhow, bail, Result};

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

/// Why a file could not be read, in a few words.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
