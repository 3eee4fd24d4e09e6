//! The sidecar cache of HTTP validators: each URL's ETag and Last-Modified (and a feed's
//! links) in `DB.http-cache.json` next to the database, written atomically.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Result};
use serde::{Deserialize, Serialize};

use super::http::Validators;

/// What is remembered about one URL.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CacheEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The article the page was recorded as (validators are only sent while it exists).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// For a feed: the article links it listed, reused when it answers 304.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    #[serde(default)]
    pub checked_at: String,
}

impl CacheEntry {
    pub(crate) fn validators(&self) -> Option<Validators> {
        (self.etag.is_some() || self.last_modified.is_some()).then(|| Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        })
    }
}

/// The validators of every URL fetched with one database, in `DB.http-cache.json`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct HttpCache {
    #[serde(default)]
    pub urls: BTreeMap<String, CacheEntry>,
}

impl HttpCache {
    /// `claimdiff.db` → `claimdiff.db.http-cache.json`. A PostgreSQL database has no folder:
    /// its sidecar sits in the working directory, named after its host, port and database
    /// (`postgres://u:pw@db.example:5432/news` → `db_example_5432_news.http-cache.json`).
    pub(crate) fn path_for(db: &Path) -> PathBuf {
        if let Some(url) = db.to_str().filter(|u| crate::store::postgres::is_url(u)) {
            let rest = url.split_once("://").map_or(url, |(_, r)| r);
            let rest = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
            let rest = rest.split('?').next().unwrap_or(rest);
            let name: String = rest
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            return PathBuf::from(format!("{name}.http-cache.json"));
        }
        let mut p = db.as_os_str().to_owned();
        p.push(".http-cache.json");
        PathBuf::from(p)
    }

    /// The key a URL is remembered under: without the user name and password it may carry
    /// (`https://user:secret@host/a` → `https://host/a`), which never reach the cache file.
    pub(crate) fn key(url: &str) -> String {
        let Some((scheme, rest)) = url.split_once("://") else {
            return url.to_string();
        };
        let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        match rest[..authority_end].rfind('@') {
            Some(at) => format!("{scheme}://{}", &rest[at + 1..]),
            None => url.to_string(),
        }
    }

    /// Removes the temporary files of saves that never finished (a killed `fetch`):
    /// `CACHE.tmpPID` whose process is gone.
    fn remove_stale_temporaries(path: &Path) {
        let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
            return;
        };
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        let prefix = format!("{}.tmp", name.to_string_lossy());
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            let Some(pid) = file
                .strip_prefix(&prefix)
                .and_then(|p| p.parse::<u32>().ok())
            else {
                continue;
            };
            let alive = Path::new("/proc").is_dir() && Path::new(&format!("/proc/{pid}")).exists();
            if !alive && pid != std::process::id() {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Reads the cache; a missing file is an empty cache, and so is a damaged one (it only
    /// makes the next requests unconditional), with the warning to give. Temporary files
    /// left by a killed save are removed.
    pub fn load(path: &Path) -> (HttpCache, Option<String>) {
        if Path::new("/proc/self").exists() {
            Self::remove_stale_temporaries(path);
        }
        match std::fs::read(path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(cache) => (cache, None),
                Err(e) => {
                    let warning =
                        format!("ignoring the damaged HTTP cache {} ({e})", path.display());
                    (HttpCache::default(), Some(warning))
                }
            },
            Err(_) => (HttpCache::default(), None),
        }
    }

    /// Writes the cache atomically: a temporary file in the same directory, then a rename.
    pub(crate) fn save(&self, path: &Path) -> Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(format!(".tmp{}", std::process::id()));
        let tmp = PathBuf::from(tmp);
        let write = || -> std::io::Result<()> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&serde_json::to_vec_pretty(self).unwrap_or_default())?;
            f.write_all(b"\n")?;
            f.sync_all()?;
            std::fs::rename(&tmp, path)
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            anyhow!("cannot write the HTTP cache {}: {e}", path.display())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_carry_no_credentials() {
        assert_eq!(
            HttpCache::key("https://user:secret@news.example/a?b=c@d"),
            "https://news.example/a?b=c@d"
        );
        assert_eq!(
            HttpCache::key("https://news.example/a"),
            "https://news.example/a"
        );
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("x.db.http-cache.json");
        // No process has pid 4194305 (above Linux's pid_max).
        let stale = dir.path().join("x.db.http-cache.json.tmp4194305");
        std::fs::write(&stale, b"{").unwrap();
        let other = dir.path().join("x.db.other.tmp4194305");
        std::fs::write(&other, b"{").unwrap();
        let (cache, warning) = HttpCache::load(&cache);
        assert!(cache.urls.is_empty() && warning.is_none());
        assert!(!stale.exists());
        assert!(other.exists());
    }

    #[test]
    fn cache_path_sits_next_to_the_database() {
        assert_eq!(
            HttpCache::path_for(Path::new("/tmp/x/claimdiff.db")),
            PathBuf::from("/tmp/x/claimdiff.db.http-cache.json")
        );
        assert_eq!(
            HttpCache::path_for(Path::new(
                "postgres://u:pw@db.example:5432/news?sslmode=disable"
            )),
            PathBuf::from("db_example_5432_news.http-cache.json")
        );
    }
}
