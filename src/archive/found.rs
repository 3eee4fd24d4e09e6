//! What the readers of other tools' archives yield: a [`FoundVersion`] as the archive holds it
//! (its text not yet read by the pipeline), or a [`Skip`] naming an item that could not be
//! read and why. Also the archives' time formats ([`archive_time`]).

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};

/// One version as an archive holds it.
#[derive(Debug, Clone)]
pub struct FoundVersion {
    /// Where it is in the archive, for messages (`entryversion 12`, `commit abc123 path`).
    pub place: String,
    /// The publisher's name when the archive names one (else the URL's host is used).
    pub source: Option<String>,
    /// The article's URL (its key derives from it).
    pub url: String,
    /// The version's title, when known.
    pub title: Option<String>,
    /// When the archive recorded it, as the archive writes it.
    pub at: String,
    /// The version's text or HTML.
    pub body: Vec<u8>,
}

/// An item of an archive that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// Where it is in the archive.
    pub place: String,
    /// Why it was skipped.
    pub reason: String,
}

impl Skip {
    /// A skip of the item at `place`.
    pub fn new(place: impl Into<String>, reason: impl Into<String>) -> Skip {
        Skip {
            place: place.into(),
            reason: reason.into(),
        }
    }
}

/// What a reader gives for each item: a version, or why an item was skipped.
pub type Found = std::result::Result<FoundVersion, Skip>;

/// An archive's time as RFC 3339 UTC: RFC 3339 itself, or the naive `YYYY-MM-DD HH:MM:SS[.f]`
/// (space or `T`) that peewee and Python write, taken as UTC; `None` when it does not parse.
pub fn archive_time(s: &str) -> Option<String> {
    let s = s.trim();
    let utc = if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        t.with_timezone(&Utc)
    } else {
        [
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M",
        ]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())?
        .and_utc()
    };
    Some(utc.to_rfc3339_opts(SecondsFormat::Secs, true))
}

#[cfg(test)]
mod tests {
    use super::archive_time;

    #[test]
    fn archive_times_parse_as_utc() {
        let t = |s| archive_time(s);
        assert_eq!(
            t("2019-03-01 12:34:56.123456").as_deref(),
            Some("2019-03-01T12:34:56Z")
        );
        assert_eq!(
            t("2019-03-01T12:34:56").as_deref(),
            Some("2019-03-01T12:34:56Z")
        );
        assert_eq!(
            t("2019-03-01T14:34:56+02:00").as_deref(),
            Some("2019-03-01T12:34:56Z")
        );
        assert_eq!(t("yesterday"), None);
        assert_eq!(t("2019-13-01 00:00:00"), None);
    }
}
