//! Which of a page's claims about itself to believe: a page may name any canonical URL and
//! any `og:site_name`, so a page served from one host could otherwise write into another
//! outlet's history. The canonical URL (and with it the site name) is used only when its host
//! is the host the page was fetched from or shares its registrable domain
//! (`www.herald.example` and `news.herald.example`, `a.herald.co.uk` and `herald.co.uk`).

use crate::url::{host_of, registrable_domain};

/// The hosts whose canonical URLs a page from any host may name (`CLAIMDIFF_TRUSTED_HOSTS`,
/// comma-separated: a mirror, a syndication partner, a test server's fixtures).
pub(crate) fn trusted_hosts_from_env() -> Vec<String> {
    std::env::var("CLAIMDIFF_TRUSTED_HOSTS")
        .unwrap_or_default()
        .split(',')
        .map(|h| registrable_domain(h.trim()))
        .filter(|h| !h.is_empty())
        .collect()
}

/// Whether a page fetched from `fetched_url` may speak for `canonical_url`: same host, the
/// same registrable domain, or a canonical host on the `trusted` list.
pub(crate) fn same_site(fetched_url: &str, canonical_url: &str, trusted: &[String]) -> bool {
    match (host_of(fetched_url), host_of(canonical_url)) {
        (Some(a), Some(b)) => {
            let site = registrable_domain(&b);
            a.eq_ignore_ascii_case(&b) || registrable_domain(&a) == site || trusted.contains(&site)
        }
        _ => false,
    }
}

/// The warning for a canonical URL on another site: the page is kept under its own URL.
pub(crate) fn refused(fetched_url: &str, canonical_url: &str) -> String {
    format!(
        "{fetched_url}: ignored its canonical URL {canonical_url} and site name (another site \
         than the one it was fetched from); recorded under its own URL"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_follow_the_suffix_rule() {
        assert_eq!(registrable_domain("news.herald.example"), "herald.example");
        assert_eq!(registrable_domain("www.herald.co.uk"), "herald.co.uk");
        assert_eq!(registrable_domain("herald.co.uk"), "herald.co.uk");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(registrable_domain("127.0.0.1"), "127.0.0.1");
    }

    #[test]
    fn only_the_same_site_may_be_canonical() {
        let none: &[String] = &[];
        assert!(same_site(
            "https://www.herald.example/a",
            "https://herald.example/a",
            none
        ));
        assert!(same_site(
            "https://m.herald.co.uk/a",
            "https://www.herald.co.uk/a",
            none
        ));
        assert!(!same_site(
            "https://evil.example/a",
            "https://herald.example/a",
            none
        ));
        assert!(!same_site(
            "https://evil.co.uk/a",
            "https://herald.co.uk/a",
            none
        ));
        assert!(!same_site(
            "http://127.0.0.1:8000/a",
            "http://127.0.0.2:8000/a",
            none
        ));
    }
}
