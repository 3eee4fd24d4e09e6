//! URLs: the article key a URL stands for (host and path, without scheme, `www.`, tracking
//! parameters, fragment or trailing slash), hosts, and links resolved against their page.

use anyhow::{anyhow, bail, Result};

/// A stable article key from a URL: host and path, no scheme, "www.", tracking parameters,
/// fragment or trailing slash.
pub fn article_key(url: &str) -> Result<String> {
    let u = url.trim();
    let rest = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .ok_or_else(|| anyhow!("bad URL {url:?}: expected http:// or https://"))?;
    let rest = rest.split('#').next().unwrap_or("");
    let (hostpath, query) = match rest.split_once('?') {
        Some((h, q)) => (h, Some(q)),
        None => (rest, None),
    };
    let (host, path) = match hostpath.split_once('/') {
        Some((h, p)) => (h, p),
        None => (hostpath, ""),
    };
    let host = host.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let ip6 = host.starts_with('[') && host.contains(']');
    if host.is_empty()
        || !host.contains('.') && host != "localhost" && !host.starts_with("127.") && !ip6
    {
        bail!("bad URL {url:?}: no host");
    }
    let host = host.split('@').next_back().unwrap_or(host);
    let mut key = format!("{host}/{}", path.trim_end_matches('/'));
    if let Some(q) = query {
        let kept: Vec<&str> = q
            .split('&')
            .filter(|kv| {
                let k = kv.split('=').next().unwrap_or("").to_lowercase();
                !(k.starts_with("utm_")
                    || matches!(
                        k.as_str(),
                        "fbclid"
                            | "gclid"
                            | "mc_cid"
                            | "mc_eid"
                            | "cmpid"
                            | "ref"
                            | "smid"
                            | "ocid"
                            | "icid"
                            | "ito"
                            | "src"
                            | ""
                            | "outputtype"
                            | "amp"
                    ))
            })
            .collect();
        if !kept.is_empty() {
            key.push('?');
            key.push_str(&kept.join("&"));
        }
    }
    Ok(key.trim_end_matches('/').to_string())
}

/// The host and port of an http(s) URL (the unit of politeness), lower case.
pub(crate) fn authority_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    (!authority.is_empty()).then(|| authority.to_lowercase())
}

/// The host of an http(s) URL, lower case, without port or credentials.
pub fn host_of(url: &str) -> Option<String> {
    let authority = authority_of(url)?;
    let host = if authority.starts_with('[') {
        authority.split(']').next().map(|h| format!("{h}]"))?
    } else {
        authority.split(':').next()?.to_string()
    };
    (!host.is_empty()).then_some(host)
}

/// Second-level labels under which registrations happen (`co.uk`, `com.au`, `gov.br`, ...):
/// a small public-suffix rule, enough to keep `a.co.uk` and `b.co.uk` apart.
const SECOND_LEVEL: &[&str] = &[
    "ac", "co", "com", "edu", "gob", "gov", "ltd", "mil", "net", "nic", "or", "org", "plc", "sch",
];

/// The registrable domain of `host` (`news.herald.example` → `herald.example`,
/// `www.herald.co.uk` → `herald.co.uk`); an IP address or single label is itself.
pub(crate) fn registrable_domain(host: &str) -> String {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok() {
        return host;
    }
    let labels: Vec<&str> = host.split('.').collect();
    let n = labels.len();
    let keep = if n >= 3 && labels[n - 1].len() == 2 && SECOND_LEVEL.contains(&labels[n - 2]) {
        3
    } else {
        2
    };
    labels[n.saturating_sub(keep)..].join(".")
}

/// The registrable domain of an http(s) URL's host (`https://news.herald.example/x` →
/// `herald.example`): the site a page belongs to.
pub fn site_of(url: &str) -> Option<String> {
    host_of(url).map(|h| registrable_domain(&h))
}

/// Resolves a link found in a page or feed against the URL it came from.
pub(crate) fn resolve_url(base: &str, link: &str) -> Option<String> {
    let link = link.trim();
    if link.is_empty() {
        return None;
    }
    let lower = link.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return Some(link.to_string());
    }
    if link.contains(':') && !link.starts_with('/') && !link.starts_with('.') {
        let scheme = link.split(':').next().unwrap_or("");
        if scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        {
            return None; // mailto:, javascript:, ftp: ...
        }
    }
    let scheme_end = base.find("://")? + 3;
    if let Some(rest) = link.strip_prefix("//") {
        return Some(format!("{}//{rest}", &base[..scheme_end - 2]));
    }
    let after = &base[scheme_end..];
    let auth_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = &base[..scheme_end + auth_end];
    if link.starts_with('/') {
        return Some(format!("{origin}{link}"));
    }
    let path = after[auth_end..].split(['?', '#']).next().unwrap_or("");
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "/",
    };
    if link.starts_with('?') || link.starts_with('#') {
        return Some(format!("{origin}{path}{link}"));
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    let segs: Vec<&str> = link.split('/').collect();
    for (i, seg) in segs.iter().enumerate() {
        match *seg {
            "." => {}
            ".." => {
                parts.pop();
            }
            s if i + 1 == segs.len() || !s.is_empty() => parts.push(s),
            _ => {}
        }
    }
    Some(format!("{origin}/{}", parts.join("/")))
}

/// The canonical URL a page names, when it is usable as the article's identity: absolute
/// http(s), and not the site's front page standing in for an article.
pub(crate) fn usable_canonical(final_url: &str, canonical: Option<&str>) -> Option<String> {
    let c = resolve_url(final_url, canonical?)?;
    let key = article_key(&c).ok()?;
    let final_key = article_key(final_url).ok()?;
    let is_front = |k: &str| !k.contains('/');
    if is_front(&key) && !is_front(&final_key) {
        return None;
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_scheme_www_fragment_and_trailing_slash() {
        let k = |u| article_key(u).unwrap();
        assert_eq!(
            k("https://www.News.example/world/story/"),
            "news.example/world/story"
        );
        assert_eq!(
            k("http://news.example/world/story#comments"),
            "news.example/world/story"
        );
        // A front page is its host alone.
        assert_eq!(k("https://news.example"), "news.example");
        assert_eq!(k("https://news.example/"), "news.example");
        assert_eq!(k(" https://user@news.example/a "), "news.example/a");
        assert_eq!(k("http://localhost/a"), "localhost/a");
        assert_eq!(k("http://127.0.0.1:9/a"), "127.0.0.1:9/a");
    }

    #[test]
    fn keys_drop_tracking_parameters_and_keep_the_others() {
        let k = |u| article_key(u).unwrap();
        assert_eq!(
            k("https://news.example/a?utm_source=x&id=7&fbclid=y&UTM_Medium=z"),
            "news.example/a?id=7"
        );
        assert_eq!(
            k("https://news.example/a?ref=home&amp=1&outputType=amp"),
            "news.example/a"
        );
        assert_eq!(
            k("https://news.example/a?page=2&lang=es"),
            "news.example/a?page=2&lang=es"
        );
    }

    #[test]
    fn keys_need_an_http_url_with_a_host() {
        for bad in [
            "ftp://news.example/a",
            "news.example/a",
            "https://",
            "https://intranet/a",
        ] {
            let e = article_key(bad).unwrap_err().to_string();
            assert!(e.starts_with("bad URL"), "{bad}: {e}");
        }
    }

    #[test]
    fn links_resolve_against_their_page() {
        let base = "https://news.example/world/2025/story.html?x=1";
        let r = |l| resolve_url(base, l);
        assert_eq!(r("/a/b").as_deref(), Some("https://news.example/a/b"));
        assert_eq!(
            r("other.html").as_deref(),
            Some("https://news.example/world/2025/other.html")
        );
        assert_eq!(r("../x").as_deref(), Some("https://news.example/world/x"));
        assert_eq!(
            r("//cdn.example/p").as_deref(),
            Some("https://cdn.example/p")
        );
        assert_eq!(r("http://a.example/").as_deref(), Some("http://a.example/"));
        assert_eq!(r("mailto:x@y.example"), None);
        assert_eq!(r("javascript:void(0)"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.a.example:8443/x").as_deref(),
            Some("www.a.example")
        );
        assert_eq!(
            host_of("http://127.0.0.1:9/x").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(host_of("ftp://a.example/"), None);
    }

    #[test]
    fn canonical_front_page_is_not_an_article() {
        let f = "https://a.example/news/2025/story";
        assert_eq!(usable_canonical(f, Some("https://a.example/")), None);
        assert_eq!(
            usable_canonical(f, Some("/news/2025/story-slug")).as_deref(),
            Some("https://a.example/news/2025/story-slug")
        );
    }
}
