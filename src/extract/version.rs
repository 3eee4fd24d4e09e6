//! Which extractor this is: a number the store keeps next to the claims it wrote, so that a
//! read of a store recorded by an older claimdiff can say so (and `reindex` can upgrade it).
//!
//! Bump [`EXTRACTOR_VERSION`] whenever extraction output changes (a claim's value, unit, label,
//! subject, topics or attribution, or which numbers are claims), and update
//! [`SAMPLES_FINGERPRINT`]: the test below fingerprints the extraction of `samples/**` and fails,
//! printing the new fingerprint, when the output changed and the fingerprint did not.

/// The version of the extraction output. Stores record it (`store_meta`); `0` there means a
/// store recorded before claimdiff kept it (older than 1).
pub const EXTRACTOR_VERSION: u32 = 15;

/// The SHA-256 of the extraction of `samples/**` with this extractor (see the test).
pub const SAMPLES_FINGERPRINT: &str =
    "3fc9688d6f338fc5911bccd6ead775e624ec376a5e1afa7a8af300ffcd50969f";

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use sha2::{Digest, Sha256};

    use super::*;
    use crate::extract::{Extractor, Lexicon};
    use crate::ingest::{ingest, IngestOptions};

    /// Every `.txt` and `.html` file under `dir`, in path order.
    fn sample_files(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("samples/ is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                sample_files(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt" || e == "html") {
                out.push(p);
            }
        }
    }

    /// One line per claim of every sample (value, range, qualifier, unit, label, subject,
    /// sorted topics, attribution), each file's lines under its path.
    fn extraction_lines() -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        sample_files(&root.join("samples"), &mut files);
        assert!(files.len() >= 5, "samples/ holds too few texts: {files:?}");
        let ex = Extractor::new(Lexicon::builtin());
        let mut lines = String::new();
        for f in files {
            let bytes = std::fs::read(&f).expect("a sample is readable");
            let doc = ingest(&bytes, &IngestOptions::default()).expect("a sample ingests");
            let name = f.strip_prefix(root).unwrap_or(&f).to_string_lossy();
            lines.push_str(&format!("# {}\n", name.replace('\\', "/")));
            for c in ex.extract(&doc).claims {
                let mut topics = c.topics.clone();
                topics.sort();
                lines.push_str(&format!(
                    "{:?}\t{:?}\t{:?}\t{:?}\t{}\t{}\t{}\t{:?}\n",
                    c.value,
                    c.value_max,
                    c.qualifier,
                    c.unit,
                    c.label,
                    c.subject,
                    topics.join(","),
                    c.attribution
                ));
            }
        }
        lines
    }

    #[test]
    fn extraction_of_the_samples_matches_the_fingerprint() {
        let lines = extraction_lines();
        // Every sample is read, and most hold claims: the fingerprint covers real output.
        let files = lines.lines().filter(|l| l.starts_with("# ")).count();
        let claims = lines.lines().filter(|l| !l.starts_with("# ")).count();
        assert!(claims >= 4 * files, "{files} samples, {claims} claims");
        let digest = Sha256::digest(lines.as_bytes());
        let found: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        assert!(
            found == SAMPLES_FINGERPRINT,
            "extraction output changed: bump EXTRACTOR_VERSION and update the fingerprint \
             (SAMPLES_FINGERPRINT in src/extract/version.rs) to \"{found}\""
        );
    }
}
