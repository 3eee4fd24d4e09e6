//! The HTML building blocks: the page shell, links (every path segment percent-encoded), stored
//! text made inert ([`Text`]: escaped by maud, control characters such as ANSI escapes
//! dropped), figures, word-level highlights and a version's text with its claims marked.

use maud::{html, Markup, Render, DOCTYPE};

use crate::align::InlineChange;
use crate::diff::{ClaimChange, Kind, Mode};
use crate::model::Claim;

/// Stored text, shown inert: maud escapes `<>&"'`; control characters (ANSI escapes, NUL,
/// bidi overrides) are dropped.
pub(crate) struct Text<'a>(pub &'a str);

impl Render for Text<'_> {
    fn render_to(&self, buffer: &mut String) {
        let clean: String = self.0.chars().filter(|c| !is_unsafe_char(*c)).collect();
        clean.as_str().render_to(buffer);
    }
}

fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Which navigation entry is the current page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nav {
    Articles,
    Sources,
    Topics,
    Search,
    Record,
    None,
}

/// A whole page: head, navigation, `body`.
pub(crate) fn layout(title: &str, nav: Nav, body: Markup) -> Markup {
    let item = |n: Nav, href: &str, label: &str| {
        html! {
            @if n == nav { a href=(href) aria-current="page" { (label) } }
            @else { a href=(href) { (label) } }
        }
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (Text(title)) " · claimdiff" }
                link rel="stylesheet" href="/assets/style.css";
            }
            body {
                header.top {
                    a.brand href="/" { "claimdiff" }
                    nav aria-label="Main" {
                        (item(Nav::Articles, "/", "Articles"))
                        (item(Nav::Sources, "/sources", "Outlets"))
                        (item(Nav::Topics, "/topics", "Topics"))
                        (item(Nav::Search, "/search", "Search"))
                    }
                    form.search role="search" action="/search" method="get" {
                        input type="search" name="q" aria-label="Search claims" placeholder="Search claims";
                        button type="submit" { "Search" }
                    }
                }
                main { (body) }
            }
        }
    }
}

/// `s` percent-encoded as one path segment (only unreserved characters stay as they are; a
/// dot is encoded too, so a key never looks like the `.json` suffix).
pub(crate) fn seg(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `s` percent-encoded as a query value.
pub(crate) fn q(s: &str) -> String {
    seg(s)
}

pub(crate) fn article_href(key: &str) -> String {
    format!("/articles/{}", seg(key))
}

pub(crate) fn version_href(key: &str, n: u32) -> String {
    format!("/articles/{}/versions/{n}", seg(key))
}

pub(crate) fn compare_href(key: &str, from: u32, to: u32) -> String {
    format!("/articles/{}/compare/{from}/{to}", seg(key))
}

pub(crate) fn claim_href(key: &str, n: u32, i: usize) -> String {
    format!("/articles/{}/versions/{n}/claims/{}", seg(key), i + 1)
}

pub(crate) fn topic_href(topic: &str) -> String {
    format!("/topics/{}", seg(topic))
}

/// An external link only for http(s) URLs; anything else (a `javascript:` URL) is text.
pub(crate) fn external(url: &str) -> Markup {
    let lower = url.trim_start().to_ascii_lowercase();
    html! {
        @if lower.starts_with("http://") || lower.starts_with("https://") {
            a href=(Text(url)) rel="noopener noreferrer nofollow" { (Text(url)) }
        } @else {
            span.url { (Text(url)) }
        }
    }
}

/// A figure as people read it ("more than 50 percent").
pub(crate) fn figure(c: &Claim) -> String {
    crate::render::figure(c)
}

/// A signed number ("+5", "-2.5").
pub(crate) fn signed(v: f64) -> String {
    crate::model::format_delta(v, crate::model::Lang::En)
}

/// The word a change's kind goes by: its JSON name in words ("agreement within bounds").
pub(crate) fn kind_word(k: Option<Kind>) -> String {
    k.and_then(|k| serde_json::to_value(k).ok())
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

/// A sentence with its changed words highlighted (`<del>`, `<ins>`).
pub(crate) fn inline(changes: &[InlineChange]) -> Markup {
    html! {
        @for ch in changes {
            @match ch.tag {
                "delete" => del { (Text(&ch.text)) },
                "insert" => ins { (Text(&ch.text)) },
                _ => (Text(&ch.text)),
            }
        }
    }
}

/// One claim change as a list item: status, before → after, delta, kind, the sentence.
pub(crate) fn change_item(c: &ClaimChange, mode: Mode) -> Markup {
    let (class, word) = match (c, mode) {
        (ClaimChange::Changed { .. }, _) => ("changed", kind_word(c.kind())),
        (ClaimChange::Added { .. }, Mode::Versions) => ("added", "added".to_string()),
        (ClaimChange::Added { .. }, Mode::Sources) => ("added", "only in B".to_string()),
        (ClaimChange::Removed { .. }, Mode::Versions) => ("removed", "removed".to_string()),
        (ClaimChange::Removed { .. }, Mode::Sources) => ("removed", "only in A".to_string()),
        (ClaimChange::Unchanged { .. }, Mode::Versions) => ("unchanged", "unchanged".to_string()),
        (ClaimChange::Unchanged { .. }, Mode::Sources) => ("unchanged", "agree".to_string()),
    };
    let conflict = c.kind() == Some(Kind::Conflict) || c.kind() == Some(Kind::Correction);
    html! {
        li.change.(class) .alert[conflict] {
            span.kind { (word) }
            " "
            @if let Some(b) = c.before() { span.before { (Text(&figure(b))) } }
            @if c.before().is_some() && c.after().is_some() {
                @if mode == Mode::Versions { " → " } @else { " vs " }
            }
            @if let Some(a) = c.after() { span.after { (Text(&figure(a))) } }
            @if let Some(d) = c.delta() { " " span.delta { "(" (signed(d)) ")" } }
            " " span.subject { (Text(&c.latest().subject)) }
            @if !c.inline().is_empty() {
                p.sentence { (inline(c.inline())) }
            } @else if mode == Mode::Sources && c.before().is_some() && c.after().is_some() {
                @let (b, a) = (c.before().map(|x| &*x.sentence).unwrap_or(""), c.after().map(|x| &*x.sentence).unwrap_or(""));
                p.sentence { (Text(b)) }
                @if a != b { p.sentence { (Text(a)) } }
            } @else {
                p.sentence { (Text(&c.latest().sentence)) }
            }
        }
    }
}

/// A version's text with each claim marked in place (`<mark id="claim-N">`), paragraphs kept.
pub(crate) fn marked_text(
    text: &str,
    claims: &[Claim],
    claim_href: &dyn Fn(usize) -> String,
) -> Markup {
    let chars: Vec<char> = text.chars().collect();
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by_key(|&i| (claims[i].start, claims[i].end));
    let mut pieces: Vec<(String, Option<usize>)> = Vec::new();
    let mut at = 0;
    for i in order {
        let c = &claims[i];
        if c.start < at || c.end > chars.len() || c.start >= c.end {
            continue;
        }
        pieces.push((chars[at..c.start].iter().collect(), None));
        pieces.push((chars[c.start..c.end].iter().collect(), Some(i)));
        at = c.end;
    }
    pieces.push((chars[at.min(chars.len())..].iter().collect(), None));
    html! {
        div.text {
            @for (s, claim) in &pieces {
                @match claim {
                    Some(i) => a.claim href=(claim_href(*i)) id=(format!("claim-{}", i + 1))
                        title=(Text(&claims[*i].label)) { mark { (Text(s)) } },
                    None => (Text(s)),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_become_links() {
        let js = external("javascript:alert(1)").into_string();
        assert!(!js.contains("href"), "{js}");
        let js = external(" JavaScript:alert(1)").into_string();
        assert!(!js.contains("href"), "{js}");
        let ok = external("https://news.example/a?b=1&c=\"2\"").into_string();
        assert!(
            ok.contains("href=\"https://news.example/a?b=1&amp;c=&quot;2&quot;\""),
            "{ok}"
        );
    }

    #[test]
    fn text_drops_control_characters_and_escapes_markup() {
        let t = maud::html! { (Text("\x1b[31m<b>x</b>\u{202e}\0 ok\n")) }.into_string();
        assert_eq!(t, "[31m&lt;b&gt;x&lt;/b&gt; ok\n");
    }

    #[test]
    fn path_segments_are_percent_encoded_dots_included() {
        assert_eq!(seg("a b/c.json@2"), "a%20b%2Fc%2Ejson%402");
        assert_eq!(seg("México"), "M%C3%A9xico");
        assert_eq!(article_href("x"), "/articles/x");
    }
}
