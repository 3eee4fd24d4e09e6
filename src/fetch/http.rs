//! The HTTP client of `fetch` and `watch`: one blocking ureq agent with a clear user agent,
//! redirects, a connect and an overall timeout, a size cap and gzip, whose failures say whether
//! they are about the host's health (timeouts, 5xx, 429) or the one URL (404, a non-HTML page).
//! Also the durations `--delay` and `--every` take.

use std::time::Duration;

use anyhow::{anyhow, bail, Result};

use crate::error::Error;

/// The User-Agent every request sends.
pub const USER_AGENT: &str = concat!(
    "claimdiff/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/claimdiff)"
);

/// Limits of the HTTP client.
#[derive(Debug, Clone)]
pub struct HttpConfig {
    /// Time allowed to resolve the host and open the connection.
    pub connect_timeout: Duration,
    /// Time allowed for the whole exchange, redirects and body included.
    pub timeout: Duration,
    /// Largest body accepted (after gzip decoding).
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// The User-Agent sent (default: [`USER_AGENT`]).
    pub user_agent: Option<String>,
    /// Time allowed to read a downloaded page (decode, readability): a page that takes longer
    /// is reported and skipped, and a `watch` round goes on.
    pub page_deadline: Duration,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 10 * 1024 * 1024,
            max_redirects: 10,
            user_agent: None,
            page_deadline: Duration::from_secs(20),
        }
    }
}

impl HttpConfig {
    /// The defaults, overridden by `CLAIMDIFF_HTTP_TIMEOUT_MS`, `CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS`,
    /// `CLAIMDIFF_HTTP_MAX_BYTES` and `CLAIMDIFF_PAGE_DEADLINE_MS`.
    pub fn from_env() -> Result<HttpConfig> {
        fn num(var: &str) -> Result<Option<u64>> {
            match std::env::var(var) {
                Ok(v) if !v.trim().is_empty() => v
                    .trim()
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .map(Some)
                    .ok_or_else(|| anyhow!("bad {var} value {v:?}: expected a positive integer")),
                _ => Ok(None),
            }
        }
        let mut c = HttpConfig::default();
        if let Some(ms) = num("CLAIMDIFF_HTTP_TIMEOUT_MS")? {
            c.timeout = Duration::from_millis(ms);
        }
        if let Some(ms) = num("CLAIMDIFF_HTTP_CONNECT_TIMEOUT_MS")? {
            c.connect_timeout = Duration::from_millis(ms);
        }
        c.connect_timeout = c.connect_timeout.min(c.timeout);
        if let Some(n) = num("CLAIMDIFF_HTTP_MAX_BYTES")? {
            c.max_bytes = n;
        }
        if let Some(ms) = num("CLAIMDIFF_PAGE_DEADLINE_MS")? {
            c.page_deadline = Duration::from_millis(ms);
        }
        Ok(c)
    }
}

/// `url` with an internationalised host in its ASCII (punycode) form, which HTTP needs:
/// `http://bücher.example/a` → `http://xn--bcher-kva.example/a`. Other URLs are unchanged.
pub(crate) fn ascii_host(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.is_ascii() {
        return url.to_string();
    }
    let (userinfo, hostport) = match authority.rsplit_once('@') {
        Some((u, h)) => (Some(u), h),
        None => (None, authority),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => (h, Some(p)),
        _ => (hostport, None),
    };
    let Ok(host) = idna::domain_to_ascii(host) else {
        return url.to_string();
    };
    let mut out = format!("{scheme}://");
    if let Some(u) = userinfo {
        out.push_str(u);
        out.push('@');
    }
    out.push_str(&host);
    if let Some(p) = port {
        out.push(':');
        out.push_str(p);
    }
    out.push_str(tail);
    out
}

/// The longest duration a flag accepts: a year (`--every 1y` of a watch or a `--delay` longer
/// than that is a typo, and larger values would overflow the clock).
pub const MAX_DURATION: Duration = Duration::from_secs(366 * 86400);

/// Parses a duration: `30s`, `15m`, `1h`, `1h30m`, `500ms`, `2d`; a bare number is seconds.
pub fn parse_duration(s: &str, flag: &str) -> Result<Duration> {
    duration_arg(s).map_err(|e| anyhow!("bad {flag} value {s:?}: {e}"))
}

/// [`parse_duration`] as a command-line value parser: the error says what is wrong (clap
/// names the flag and the value), so a bad or huge duration is a usage error.
pub fn duration_arg(s: &str) -> Result<Duration, String> {
    let bad = || "expected a duration like 30s, 15m or 1h".to_string();
    let t = s.trim().to_ascii_lowercase();
    if t.is_empty() {
        return Err(bad());
    }
    let total = match t.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => n,
        Ok(_) => return Err(bad()),
        Err(_) => {
            let mut total = 0f64;
            let mut rest = t.as_str();
            while !rest.is_empty() {
                let num_end = rest
                    .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                    .ok_or_else(bad)?;
                if num_end == 0 {
                    return Err(bad());
                }
                let n: f64 = rest[..num_end].parse().map_err(|_| bad())?;
                rest = &rest[num_end..];
                let unit_end = rest
                    .find(|c: char| c.is_ascii_digit() || c == '.')
                    .unwrap_or(rest.len());
                let secs = match &rest[..unit_end] {
                    "ms" => 0.001,
                    "s" | "sec" | "secs" => 1.0,
                    "m" | "min" | "mins" => 60.0,
                    "h" | "hr" | "hrs" => 3600.0,
                    "d" => 86400.0,
                    _ => return Err(bad()),
                };
                total += n * secs;
                rest = &rest[unit_end..];
            }
            total
        }
    };
    if total > MAX_DURATION.as_secs_f64() {
        return Err("too long: at most 366d".into());
    }
    Ok(Duration::from_secs_f64(total))
}

/// Validators of a cached response, sent back as `If-None-Match` / `If-Modified-Since`.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// A successful (2xx) response.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL after redirects.
    pub final_url: String,
    pub mime_type: Option<String>,
    pub charset: Option<String>,
    pub body: Vec<u8>,
    pub validators: Validators,
}

/// What a GET gave.
#[derive(Debug)]
pub enum Response {
    /// 304: the cached version is current.
    NotModified,
    Ok(Page),
}

pub(crate) fn fail(reason: impl Into<String>, transient: bool) -> anyhow::Error {
    anyhow::Error::new(Error::Fetch {
        reason: reason.into(),
        transient,
        retry_after: None,
    })
}

/// The blocking HTTP client.
pub struct Http {
    agent: ureq::Agent,
    pub config: HttpConfig,
}

fn human_duration(d: Duration) -> String {
    if d.as_millis() < 1000 {
        format!("{} ms", d.as_millis())
    } else if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{:.1} s", d.as_secs_f64())
    }
}

impl Http {
    pub fn new(config: HttpConfig) -> Http {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(config.user_agent.as_deref().unwrap_or(USER_AGENT))
            .http_status_as_error(false)
            .max_redirects(config.max_redirects)
            .timeout_global(Some(config.timeout))
            .timeout_resolve(Some(config.connect_timeout))
            .timeout_connect(Some(config.connect_timeout))
            .build()
            .into();
        Http { agent, config }
    }

    /// GETs `url`, following redirects, sending the validators if any. Non-2xx answers other
    /// than 304 are errors ([`Error::Fetch`] inside the anyhow error).
    pub fn get(&self, url: &str, accept: &str, v: Option<&Validators>) -> Result<Response> {
        use ureq::ResponseExt;
        let url = &ascii_host(url);
        let mut req = self.agent.get(url).header("Accept", accept);
        if let Some(v) = v {
            if let Some(e) = &v.etag {
                req = req.header("If-None-Match", e);
            }
            if let Some(m) = &v.last_modified {
                req = req.header("If-Modified-Since", m);
            }
        }
        let mut resp = match req.call() {
            Ok(r) => r,
            Err(ureq::Error::TooManyRedirects) => return Err(self.redirect_error(url)),
            Err(e) => return Err(self.error(e)),
        };
        let status = resp.status();
        if status.as_u16() == 304 {
            return Ok(Response::NotModified);
        }
        if !status.is_success() {
            let reason = match status.canonical_reason() {
                Some(r) => format!("HTTP {} {r}", status.as_u16()),
                None => format!("HTTP {}", status.as_u16()),
            };
            let code = status.as_u16();
            let retry_after = resp
                .headers()
                .get("retry-after")
                .and_then(|h| h.to_str().ok())
                .and_then(|s| s.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(anyhow::Error::new(Error::Fetch {
                reason: if status.is_redirection() {
                    format!("{reason} without a usable Location")
                } else {
                    reason
                },
                transient: code == 429 || code >= 500,
                retry_after,
            }));
        }
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|h| h.to_str().ok())
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let final_url = resp.get_uri().to_string();
        let body = resp.body_mut();
        let mime_type = body.mime_type().map(|m| m.to_ascii_lowercase());
        let charset = body.charset().map(str::to_string);
        let max = self.config.max_bytes;
        if body.content_length().is_some_and(|n| n > max) {
            bail!(fail(
                format!(
                    "the page is larger than the {} limit (CLAIMDIFF_HTTP_MAX_BYTES)",
                    crate::input::human_size(max)
                ),
                false
            ));
        }
        let bytes = body
            .with_config()
            .limit(max)
            .read_to_vec()
            .map_err(|e| self.error(e))?;
        Ok(Response::Ok(Page {
            final_url,
            mime_type,
            charset,
            body: bytes,
            validators,
        }))
    }

    /// Why following `url`'s redirects failed: ureq counts a redirect to a URL it cannot
    /// follow (`file:`, `javascript:`) as one more redirect, so the chain is walked again
    /// without following, one request a hop, to name such a target; else "more than N".
    fn redirect_error(&self, url: &str) -> anyhow::Error {
        let probe: ureq::Agent = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_global(Some(self.config.timeout))
            .build()
            .into();
        let mut at = url.to_string();
        for _ in 0..=self.config.max_redirects {
            let Ok(r) = probe.get(&at).call() else {
                break;
            };
            let location = r
                .headers()
                .get("location")
                .and_then(|h| h.to_str().ok())
                .map(str::to_string);
            let (true, Some(location)) = (r.status().is_redirection(), location) else {
                break;
            };
            match crate::url::resolve_url(&at, &location) {
                Some(next) => at = next,
                None => {
                    let shown: String = location.chars().take(80).collect();
                    return fail(
                        format!("redirected to {shown:?}, which is not an http(s) URL"),
                        false,
                    );
                }
            }
        }
        self.error(ureq::Error::TooManyRedirects)
    }

    fn error(&self, e: ureq::Error) -> anyhow::Error {
        use ureq::Error as E;
        let (reason, transient) = match e {
            E::Timeout(_) => (
                format!(
                    "timed out after {} (CLAIMDIFF_HTTP_TIMEOUT_MS)",
                    human_duration(self.config.timeout)
                ),
                true,
            ),
            E::HostNotFound => ("host not found".to_string(), true),
            E::ConnectionFailed => ("could not connect".to_string(), true),
            E::Io(io) => {
                let r = match io.kind() {
                    std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
                    std::io::ErrorKind::ConnectionReset => "connection reset".to_string(),
                    std::io::ErrorKind::TimedOut => format!(
                        "timed out after {} (CLAIMDIFF_HTTP_TIMEOUT_MS)",
                        human_duration(self.config.timeout)
                    ),
                    std::io::ErrorKind::UnexpectedEof => {
                        "the server closed the connection early".to_string()
                    }
                    _ => format!("network error: {io}"),
                };
                (r, true)
            }
            E::BodyExceedsLimit(_) => (
                format!(
                    "the page is larger than the {} limit (CLAIMDIFF_HTTP_MAX_BYTES)",
                    crate::input::human_size(self.config.max_bytes)
                ),
                false,
            ),
            E::TooManyRedirects => (
                format!("more than {} redirects", self.config.max_redirects),
                false,
            ),
            E::RedirectFailed => ("a redirect could not be followed".to_string(), false),
            E::BadUri(u) => (format!("bad URL ({u})"), false),
            E::Decompress(_, io) => (format!("could not decompress the body: {io}"), false),
            E::LargeResponseHeader(..) => ("the response headers are too large".into(), false),
            other => (other.to_string(), true),
        };
        fail(reason, transient)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        let d = |s| parse_duration(s, "--every").unwrap();
        assert_eq!(d("30s"), Duration::from_secs(30));
        assert_eq!(d("15m"), Duration::from_secs(900));
        assert_eq!(d("1h"), Duration::from_secs(3600));
        assert_eq!(d("1h30m"), Duration::from_secs(5400));
        assert_eq!(d("250ms"), Duration::from_millis(250));
        assert_eq!(d("90"), Duration::from_secs(90));
        for bad in [
            "",
            "m",
            "15x",
            "-1s",
            "1.2.3s",
            "h1",
            "99999999999999999999s",
            "367d",
        ] {
            assert!(parse_duration(bad, "--every").is_err(), "{bad}");
        }
    }
}
