//! The user's configuration file: defaults for the database, the topic lexicon, the HTTP user
//! agent and the source names of known hosts. It is TOML, in the platform's config directory
//! (`~/.config/claimdiff/config.toml` on Linux) or wherever `CLAIMDIFF_CONFIG` points; flags and
//! `CLAIMDIFF_*` variables take precedence over it (the command line applies that order).
//!
//! ```toml
//! db = "/home/me/news/claimdiff.db"
//! lexicon = "/home/me/news/topics.txt"
//! user_agent = "newsroom-bot/1.0 (+mailto:desk@example.org)"
//!
//! [sources]
//! "www.example.com" = "Example Times"
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The environment variable naming the configuration file (empty: no configuration file).
pub const CONFIG_VAR: &str = "CLAIMDIFF_CONFIG";

/// The defaults a configuration file sets; every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The database used when neither `--db` nor `CLAIMDIFF_DB` names one.
    pub db: Option<PathBuf>,
    /// A topic lexicon file added to every extraction unless `--lexicon` names another.
    pub lexicon: Option<PathBuf>,
    /// The User-Agent `fetch` and `watch` send.
    pub user_agent: Option<String>,
    /// Source names by host ("www.example.com" = "Example Times"), for pages whose source is
    /// not given.
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
}

/// A configuration file that cannot be read or parsed: the file, the line, the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    /// The file.
    pub file: PathBuf,
    /// The 1-based line of the error, when the parser names one.
    pub line: Option<usize>,
    /// What is wrong, in one line.
    pub reason: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad configuration file {}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ", line {line}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// The source name configured for `host` (see [`source_for_host`]).
    pub fn source_for_host(&self, host: &str) -> Option<&str> {
        source_for_host(&self.sources, host)
    }

    /// Parses a configuration file's text; `file` names it in errors.
    pub fn parse(text: &str, file: &Path) -> Result<Config, ConfigError> {
        toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
            ConfigError {
                file: file.to_path_buf(),
                line,
                reason: e.message().trim().replace('\n', " "),
            }
        })
    }

    /// Reads the configuration file at `file`; a file that does not exist is no configuration.
    pub fn read(file: &Path) -> Result<Config, ConfigError> {
        match std::fs::read(file) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| ConfigError {
                    file: file.to_path_buf(),
                    line: None,
                    reason: "not UTF-8 text".into(),
                })?;
                Config::parse(&text, file)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(ConfigError {
                file: file.to_path_buf(),
                line: None,
                reason: e.to_string(),
            }),
        }
    }
}

/// The source name `sources` gives `host`, hosts compared without case and a leading "www.".
pub fn source_for_host<'a>(sources: &'a BTreeMap<String, String>, host: &str) -> Option<&'a str> {
    let bare = |h: &str| {
        let h = h.to_lowercase();
        h.strip_prefix("www.").map(str::to_string).unwrap_or(h)
    };
    let want = bare(host);
    sources
        .iter()
        .find(|(h, _)| bare(h) == want)
        .map(|(_, s)| s.as_str())
}

/// Where the configuration file is: `CLAIMDIFF_CONFIG` when set (empty: none), else
/// `config.toml` in the platform's config directory for claimdiff.
pub fn location() -> Option<PathBuf> {
    match std::env::var_os(CONFIG_VAR) {
        Some(v) if v.is_empty() => None,
        Some(v) => Some(PathBuf::from(v)),
        None => directories::ProjectDirs::from("", "", "claimdiff")
            .map(|d| d.config_dir().join("config.toml")),
    }
}

/// The user's configuration: the file at [`location`], or the defaults when there is none.
pub fn load() -> Result<Config, ConfigError> {
    match location() {
        Some(file) => Config::read(&file),
        None => Ok(Config::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_file_parses() {
        let c = Config::parse(
            "db = \"x.db\"\nlexicon = \"t.txt\"\nuser_agent = \"bot/1\"\n\n[sources]\n\"www.example.com\" = \"Example Times\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.db, Some(PathBuf::from("x.db")));
        assert_eq!(c.user_agent.as_deref(), Some("bot/1"));
        assert_eq!(c.source_for_host("EXAMPLE.com"), Some("Example Times"));
        assert_eq!(c.source_for_host("other.org"), None);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e =
            Config::parse("db = \"x.db\"\n\nuser_agent = \n", Path::new("/c.toml")).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let msg = e.to_string();
        assert!(
            msg.starts_with("bad configuration file /c.toml, line 3: "),
            "{msg}"
        );
        assert!(!msg.contains('\n'), "{msg}");
        let unknown = Config::parse("colour = 1\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(unknown.line, Some(1));
        assert!(unknown.reason.contains("colour"), "{}", unknown.reason);
    }

    #[test]
    fn a_missing_file_is_no_configuration() {
        assert_eq!(
            Config::read(Path::new("/nonexistent/claimdiff.toml")).unwrap(),
            Config::default()
        );
    }
}
