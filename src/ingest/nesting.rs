//! A cap on HTML nesting depth, applied before the page is parsed: the readability pass is
//! quadratic in depth (8,000 nested `<div>`s took 9 s, 100,000 more than 5 minutes), and no
//! real article nests more than a few dozen elements. Tags deeper than [`MAX_DEPTH`] are
//! dropped, their text kept, so a hostile page costs time linear in its size.

use std::borrow::Cow;

/// The deepest element kept; deeper tags are dropped (their text stays).
pub(crate) const MAX_DEPTH: usize = 200;

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "!doctype",
];

/// Elements a start tag of the same name closes (`<p>a<p>b`, `<li>a<li>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "tr", "td", "th", "option"];

/// Elements whose content is raw text up to their end tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title"];

/// `html` with the tags nested deeper than [`MAX_DEPTH`] dropped; borrowed when none is.
pub(crate) fn cap_depth(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    // The open elements: (name, whether its tags are dropped).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut out: Option<String> = None;
    // Where the text not yet copied to `out` starts.
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[i..]).map(|k| i + k) {
        if bytes[lt..].starts_with(b"<!--") {
            i = find(html, lt + 4, "-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let Some(gt) = memchr::memchr(b'>', &bytes[lt..]).map(|k| lt + k) else {
            break;
        };
        let tag = &html[lt + 1..gt];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        i = gt + 1;
        if name.is_empty()
            || !(name.starts_with(|c: char| c.is_ascii_alphabetic()) || name == "!doctype")
        {
            continue;
        }
        let drop = if closing {
            match open.iter().rposition(|(n, _)| *n == name) {
                Some(k) => {
                    let dropped = open[k].1;
                    open.truncate(k);
                    dropped
                }
                None => false,
            }
        } else if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            false
        } else {
            if SELF_CLOSING_SIBLINGS.contains(&name.as_str())
                && open.last().is_some_and(|(n, _)| *n == name)
            {
                open.pop();
            }
            let dropped = open.len() >= MAX_DEPTH;
            open.push((name.clone(), dropped));
            if RAW_TEXT.contains(&name.as_str()) {
                let end = format!("</{name}");
                i = find_ascii_ci(html, i, &end).unwrap_or(bytes.len());
            }
            dropped
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[copied..lt]);
            copied = gt + 1;
        }
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[copied..]);
            Cow::Owned(o)
        }
    }
}

/// The position of `needle` in `hay` at or after `from`.
fn find(hay: &str, from: usize, needle: &str) -> Option<usize> {
    memchr::memmem::find(&hay.as_bytes()[from..], needle.as_bytes()).map(|k| from + k)
}

/// The position of the ASCII `needle` in `hay` at or after `from`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (from..h.len().saturating_sub(n.len() - 1)).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_left_as_they_are() {
        let page =
            "<html><body><p>One<p>Two<br><script>if (a<b) {}</script><!-- <div> --></body></html>";
        assert!(matches!(cap_depth(page), Cow::Borrowed(_)));
        let many_paragraphs = "<p>x".repeat(5 * MAX_DEPTH);
        assert!(matches!(cap_depth(&many_paragraphs), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_tags_are_dropped_and_their_text_kept() {
        let n = 1000;
        let page = format!(
            "{}<p>deep text</p>{}",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let capped = cap_depth(&page);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("deep text"));
    }

    #[test]
    fn a_hundred_thousand_nested_divs_are_processed_in_time() {
        let n = 100_000;
        let page = format!(
            "<html><body>{}<p>The council approved 40 new homes on Monday, officials said.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let started = std::time::Instant::now();
        let result = crate::ingest::html::extract(&page);
        // Debug builds are several times slower than release: the bound is generous.
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        let doc = result.unwrap();
        assert!(doc.text.contains("40 new homes"), "{}", doc.text);
    }
}
