//! Time: the command line's time values (`--at`, `--since`, `--until`) and a page's own
//! published or modified time, normalised to UTC RFC 3339 with whole seconds.

use anyhow::{bail, Result};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};

/// Parses `--at`: RFC 3339, or a bare date (midnight UTC). Returns UTC RFC 3339.
pub fn parse_time(s: &str, flag: &str) -> Result<String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t
            .with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Secs, true));
    }
    if let Ok(d) = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        let t = d.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
        return Ok(t.to_rfc3339_opts(SecondsFormat::Secs, true));
    }
    bail!("bad {flag} value {s:?}: expected RFC 3339 (2025-12-04T08:00:00Z) or YYYY-MM-DD")
}

/// Parses `--until`: as [`parse_time`], except that a bare date means the end of that day, so
/// `--until 2025-12-05` includes what happened on the 5th.
pub fn parse_until(s: &str, flag: &str) -> Result<String> {
    let t = parse_time(s, flag)?;
    if NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").is_ok() {
        return Ok(t.replace("T00:00:00Z", "T23:59:59Z"));
    }
    Ok(t)
}

/// Normalises a page time from metadata (RFC 3339 or a date); None when it does not parse.
pub(crate) fn page_time(s: &str) -> Option<String> {
    parse_time(s, "time").ok()
}

/// The current time, UTC RFC 3339 with whole seconds.
pub fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3339_is_normalised_to_utc_seconds() {
        assert_eq!(
            parse_time("2025-12-04T08:00:00+02:00", "--at").unwrap(),
            "2025-12-04T06:00:00Z"
        );
        assert_eq!(
            parse_time(" 2025-12-04T08:00:00.750Z ", "--at").unwrap(),
            "2025-12-04T08:00:00Z"
        );
    }

    #[test]
    fn a_bare_date_is_midnight_and_until_means_its_end() {
        assert_eq!(
            parse_time("2025-12-05", "--since").unwrap(),
            "2025-12-05T00:00:00Z"
        );
        assert_eq!(
            parse_until("2025-12-05", "--until").unwrap(),
            "2025-12-05T23:59:59Z"
        );
        // A full time given to --until is taken as it is, midnight included.
        assert_eq!(
            parse_until("2025-12-05T00:00:00Z", "--until").unwrap(),
            "2025-12-05T00:00:00Z"
        );
    }

    #[test]
    fn bad_times_name_the_flag_and_the_value() {
        let e = parse_time("yesterday", "--since").unwrap_err().to_string();
        assert!(e.contains("--since") && e.contains("\"yesterday\""), "{e}");
        assert!(parse_time("2025-13-01", "--at").is_err());
        assert!(parse_until("2025-12-05T25:00:00Z", "--until").is_err());
    }

    #[test]
    fn page_times_that_do_not_parse_are_dropped() {
        assert_eq!(
            page_time("2025-12-04").as_deref(),
            Some("2025-12-04T00:00:00Z")
        );
        assert_eq!(page_time("Thursday, 4 December"), None);
    }
}
