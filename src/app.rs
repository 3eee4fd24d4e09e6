//! App: what is left of the old command module. The commands live in the binary
//! (`src/commands/`), the stages they share in [`pipeline`](crate::pipeline),
//! [`record`](crate::record), [`jsonl`](crate::jsonl), [`url`](crate::url) and
//! [`time`](crate::time); only the content hash remains here until the store owns it.

use sha2::{Digest, Sha256};

/// Hex SHA-256 of a version's normalised text: identical text is an identical version.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
