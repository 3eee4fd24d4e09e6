//! HTML ingestion: detects HTML by content, extracts the article body with a readability port
//! (dom_smoothie, formatted text mode so paragraphs stay apart), and reads the page's own
//! metadata (title, site name, canonical URL, author, published and modified times).
//!
//! Before the readability pass, the page furniture that readability tends to keep is taken out
//! of the DOM: scripts and styles, figure captions, navigation, sidebars, footers, cookie
//! notices, newsletter, paywall and "most read" / "related" boxes. Those are found by element
//! (`nav`, `aside`, ARIA roles), by class and id words ("newsletter", "paywall", "most-read",
//! ...) and by a box's own heading ("Most read", "Lo más leído", ...), never by a site's name.
//! A box is only removed when it is small next to the page's prose (less than a third of its
//! paragraph text, and not itself a run of long paragraphs), so a page that puts a "paywall"
//! class on its article body keeps its body.

use anyhow::{bail, Result};
use dom_smoothie::{Config, Readability, TextMode};

use super::article_text::article_text;
use super::{Document, Format, PageMeta};

/// True when the text is an HTML page or fragment rather than plain text.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(2048)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<?xml")
    {
        return true;
    }
    let tags = ["<head", "<body", "<p>", "<p ", "<div", "<article", "<meta "];
    head.starts_with('<') && tags.iter().any(|t| head.contains(t))
}

/// Extracts the article text and metadata of an HTML page.
pub fn extract(html: &str) -> Result<Document> {
    read_article(parse_page(html))
}

/// The DOM of an HTML page, its nesting capped ([`super::nesting::cap_depth`]). It holds its
/// own copy of the text: the page's string can be dropped once it is built.
pub(crate) fn parse_page(html: &str) -> dom_query::Document {
    dom_query::Document::from(&*super::nesting::cap_depth(html))
}

/// The article text and metadata of a page parsed by [`parse_page`]. Each big intermediate
/// (the DOM, readability's article text, the tidied text) is dropped as soon as the next
/// exists, so that no more than two of them are held at once.
pub(crate) fn read_article(meta_doc: dom_query::Document) -> Result<Document> {
    let meta = page_meta(&meta_doc);
    strip_furniture(&meta_doc);
    let mut reader = match Readability::with_document(meta_doc, None, Some(reader_config())) {
        Ok(r) => r,
        Err(e) => bail!("could not read the HTML page: {e}"),
    };
    let article = match reader.parse() {
        Ok(a) => a,
        Err(_) => bail!("no article body found in the HTML page"),
    };
    // The text, and whether the article is a list of links, are read on the reader's DOM,
    // which holds the article (its markup parsed again took a second DOM, and readability's
    // formatted text and its copy were the peak of a large page; issue 14).
    let Some(root) = article_root(&reader.doc) else {
        bail!("no article body found in the HTML page");
    };
    let link_list = is_link_list(&root);
    let text = article_text(&root);
    drop(reader);
    if text.trim().is_empty() || link_list {
        bail!("no article body found in the HTML page");
    }
    let mut meta = meta;
    if meta.title.is_none() && !article.title.trim().is_empty() {
        meta.title = Some(article.title.trim().to_string());
    }
    meta.site_name = meta.site_name.or(article.site_name);
    meta.author = meta.author.or(article.byline);
    meta.published = meta.published.or(article.published_time);
    meta.modified = meta.modified.or(article.modified_time);
    Ok(Document {
        text: text.into(),
        skip: Vec::new(),
        format: Format::Html,
        meta,
        encoding: None,
    })
}

/// How the readability pass reads: it finds the article and leaves it in its DOM, where
/// [`article_text`] reads it; neither its markup (`Article::content`) nor its text is
/// serialised (the options are the patch in `vendor/dom_smoothie`; the markup, the formatted
/// text and their copies were the peak of recording a large page, issue 14). The text mode
/// is the one the text was read in before (formatted: paragraphs stay apart), for the tests
/// that compare the two.
fn reader_config() -> Config {
    Config {
        text_mode: TextMode::Formatted,
        disable_content: true,
        disable_text_content: true,
        ..Config::default()
    }
}

/// Elements that are never article prose, removed outright.
const ALWAYS_DROP: &str = "script, style, noscript, template, svg, canvas, iframe, object, embed, \
     figcaption, button, input, select, textarea, dialog";

/// Landmarks and hidden elements that are furniture unless they hold the page's prose.
const LANDMARKS: &str = "nav, aside, footer, form, [role=navigation], [role=banner], \
     [role=complementary], [role=contentinfo], [role=dialog], [role=alertdialog], [hidden], \
     [aria-hidden=true]";

/// Class or id words (split at `-`, `_`, spaces and camelCase) that name page furniture.
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "adslot",
    "nav",
    "navbar",
    "navigation",
    "menu",
    "share",
    "sharing",
    "social",
    "related",
    "recommended",
    "recommendations",
    "promo",
    "promos",
    "promotion",
    "newsletter",
    "newsletters",
    "paywall",
    "meter",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "trending",
    "popular",
    "sidebar",
    "rail",
    "breadcrumb",
    "breadcrumbs",
    "outbrain",
    "taboola",
    "comments",
    "caption",
    "subscribe",
    "subscription",
    "signup",
    "modal",
    "popup",
    "overlay",
    "sponsored",
    "sponsor",
    "ticker",
    "byline",
    "meta",
    "timestamp",
    "credit",
    "credits",
];

/// Class or id word runs (joined, lower case) that name page furniture.
const FURNITURE_COMPOUNDS: &[&str] = &[
    "mostread",
    "mostpopular",
    "mostviewed",
    "mostshared",
    "mostcommented",
    "readmore",
    "readnext",
    "morestories",
    "moreon",
    "alsoread",
    "signup",
    "adunit",
    "adslot",
    "adcontainer",
    "adwrapper",
    "commentcount",
    "commentssection",
    "readtime",
    "readingtime",
    "minread",
    "lomasleido",
    "masleidas",
    "masvistas",
];

/// Headings (lower case, start of the heading text) of furniture boxes, English and Spanish.
const FURNITURE_HEADINGS: &[&str] = &[
    "most read",
    "most viewed",
    "most popular",
    "most shared",
    "most commented",
    "trending",
    "popular now",
    "related",
    "recommended",
    "more from",
    "more on ",
    "more stories",
    "read more",
    "read next",
    "you may also like",
    "you might also like",
    "latest news",
    "latest stories",
    "top stories",
    "sign up",
    "newsletter",
    "subscribe",
    "lo más leído",
    "lo más visto",
    "lo más popular",
    "más leídas",
    "más leído",
    "más vistas",
    "más visto",
    "te puede interesar",
    "también te puede",
    "relacionad",
    "noticias relacionadas",
    "últimas noticias",
    "suscríbete",
    "boletín",
    "tendencias",
];

/// Words of a correction or editor's note: a box holding one is never furniture.
const CORRECTION_WORDS: &[&str] = &[
    "correction",
    "corrected",
    "amended",
    "earlier version",
    "fe de errores",
    "rectificación",
    "aclaración",
    "editor's note",
    "nota del editor",
];

/// Takes page furniture out of the DOM before the readability pass (see the module comment).
fn strip_furniture(doc: &dom_query::Document) {
    doc.select(ALWAYS_DROP).remove();
    let total = prose_chars(doc.select("body").nodes().first().copied());
    let mut boxes: Vec<dom_query::NodeRef> = doc.select(LANDMARKS).nodes().to_vec();
    for node in doc.select("[class], [id]").nodes() {
        if named_as_furniture(node) {
            boxes.push(*node);
        }
    }
    for node in doc.select("h1, h2, h3, h4, h5, h6").nodes() {
        let t = node.text().trim().trim_end_matches(':').to_lowercase();
        if t.chars().count() > 40 || !FURNITURE_HEADINGS.iter().any(|h| t.starts_with(h)) {
            continue;
        }
        match node.parent() {
            Some(p) if is_removable(&p, total) => boxes.push(p),
            _ => {
                // The heading sits among the article's paragraphs: drop it and the list after it.
                let mut next = node.next_element_sibling();
                boxes.push(*node);
                while let Some(n) = next {
                    if !(n.has_name("ul") || n.has_name("ol") || link_density(&n) > 0.5) {
                        break;
                    }
                    next = n.next_element_sibling();
                    boxes.push(n);
                }
            }
        }
    }
    for b in boxes {
        if b.has_name("html") || b.has_name("body") || b.parent().is_none() {
            continue;
        }
        if b.has_name("h1")
            || b.has_name("h2")
            || b.has_name("h3")
            || b.has_name("h4")
            || b.has_name("h5")
            || b.has_name("h6")
            || b.has_name("ul")
            || b.has_name("ol")
            || is_removable(&b, total)
        {
            b.remove_from_parent();
        }
    }
}

/// True when the element's class or id names furniture.
fn named_as_furniture(node: &dom_query::NodeRef) -> bool {
    let mut names = String::new();
    for a in ["class", "id"] {
        if let Some(v) = node.attr(a) {
            names.push(' ');
            names.push_str(&v);
        }
    }
    for name in names.split_whitespace() {
        let words = split_name(name);
        if words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str())) {
            return true;
        }
        let joined: String = words.concat();
        if FURNITURE_COMPOUNDS.iter().any(|c| joined.contains(c)) {
            return true;
        }
    }
    false
}

/// "most-read__list" → ["most", "read", "list"]; "mostReadBox" → ["most", "read", "box"].
fn split_name(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

/// Characters of paragraph text (`<p>`) inside a node: how much of the story it holds.
fn prose_chars(node: Option<dom_query::NodeRef>) -> usize {
    let Some(n) = node else { return 0 };
    let mut total = 0;
    if n.has_name("p") {
        return n.text().chars().filter(|c| !c.is_whitespace()).count();
    }
    for d in n.descendants_it() {
        if d.has_name("p") && !d.ancestors(None).iter().skip(1).any(|a| a.has_name("p")) {
            total += d.text().chars().filter(|c| !c.is_whitespace()).count();
        }
    }
    total
}

/// Share of a node's text that is link text.
fn link_density(node: &dom_query::NodeRef) -> f64 {
    let all = node.text().chars().filter(|c| !c.is_whitespace()).count();
    if all == 0 {
        return 0.0;
    }
    let links: usize = node
        .descendants_it()
        .filter(|d| d.has_name("a"))
        .map(|a| a.text().chars().filter(|c| !c.is_whitespace()).count())
        .sum();
    links as f64 / all as f64
}

/// A furniture candidate may go unless it holds a large part of the page's prose, reads like
/// a run of article paragraphs, or carries a correction notice.
fn is_removable(node: &dom_query::NodeRef, total_prose: usize) -> bool {
    if node.has_name("html") || node.has_name("body") || node.has_name("main") {
        return false;
    }
    let prose = prose_chars(Some(*node));
    if prose * 3 > total_prose && prose >= 200 {
        return false;
    }
    let text = node.text().to_lowercase();
    if CORRECTION_WORDS.iter().any(|w| text.contains(w)) {
        return false;
    }
    let long_paragraphs = node
        .descendants_it()
        .filter(|d| d.has_name("p"))
        .filter(|p| {
            let t = p.text();
            let t = t.trim();
            t.chars().count() >= 150
                && t.ends_with(['.', '"', '”', '?', '!'])
                && link_density(p) < 0.3
        })
        .count();
    long_paragraphs < 3
}

/// The element readability put the article in (its `Article::content` is this element's
/// markup): the first with readability's id, as dom_smoothie finds it.
fn article_root(doc: &dom_query::Document) -> Option<dom_query::NodeRef<'_>> {
    doc.select_single("#readability-page-1")
        .nodes()
        .first()
        .copied()
}

/// True when what readability kept (its article element, `root`) is a list of links (a
/// section front, an index page) rather than an article: mostly link text, and no paragraph
/// of a sentence or more.
fn is_link_list(root: &dom_query::NodeRef) -> bool {
    let has_prose = root.descendants_it().any(|p| {
        p.has_name("p") && link_density(&p) < 0.5 && {
            let t = p.text();
            t.split_whitespace().count() >= 8 && t.trim().ends_with(['.', '"', '”', '?', '!'])
        }
    });
    !has_prose && link_density(root) > 0.5
}

fn meta_content(doc: &dom_query::Document, selector: &str) -> Option<String> {
    let sel = doc.select(selector);
    let v = sel.attr("content")?.trim().to_string();
    (!v.is_empty()).then_some(v)
}

/// Reads the page's self-description: Open Graph, article meta, JSON-LD, <title>, <time>.
fn page_meta(doc: &dom_query::Document) -> PageMeta {
    let ld = json_ld(doc);
    let ld_str = |k: &str| -> Option<String> {
        ld.as_ref()
            .and_then(|v| v.get(k))
            .and_then(|v| match v {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Object(o) => {
                    o.get("name").and_then(|n| n.as_str()).map(str::to_string)
                }
                serde_json::Value::Array(a) => a.first().and_then(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .or_else(|| x.get("name").and_then(|n| n.as_str()).map(str::to_string))
                }),
                _ => None,
            })
            .filter(|s| !s.trim().is_empty())
    };
    let site_name = meta_content(doc, r#"meta[property="og:site_name"]"#).or_else(|| {
        ld.as_ref()
            .and_then(|v| v.get("publisher"))
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str())
            .map(str::to_string)
    });
    let title = meta_content(doc, r#"meta[property="og:title"]"#)
        .or_else(|| ld_str("headline"))
        .or_else(|| {
            let t = doc.select("title").text().trim().to_string();
            (!t.is_empty()).then(|| strip_site_suffix(&t, site_name.as_deref()))
        });
    let canonical = {
        let sel = doc.select(r#"link[rel="canonical"]"#);
        sel.attr("href")
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .or_else(|| meta_content(doc, r#"meta[property="og:url"]"#))
    };
    let published = ld_str("datePublished")
        .or_else(|| meta_content(doc, r#"meta[property="article:published_time"]"#))
        .or_else(|| {
            let sel = doc.select("time[datetime]");
            sel.attr("datetime").map(|s| s.to_string())
        });
    let modified = ld_str("dateModified")
        .or_else(|| meta_content(doc, r#"meta[property="article:modified_time"]"#));
    let author = ld_str("author")
        .or_else(|| meta_content(doc, r#"meta[name="author"]"#))
        .or_else(|| byline(doc));
    PageMeta {
        title,
        site_name,
        canonical_url: canonical,
        author,
        published,
        modified,
    }
}

/// The byline printed on the page (read before the furniture, bylines included, is removed).
fn byline(doc: &dom_query::Document) -> Option<String> {
    for sel in [
        r#"[class*="byline"]"#,
        r#"[itemprop="author"] [itemprop="name"]"#,
        r#"[itemprop="author"]"#,
        r#"[rel="author"]"#,
        r#"[class*="author"]"#,
    ] {
        for node in doc.select(sel).nodes() {
            let text = node.text();
            let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let t = t
                .strip_prefix("By ")
                .or_else(|| t.strip_prefix("by "))
                .or_else(|| t.strip_prefix("Por "))
                .unwrap_or(&t)
                .trim();
            if !t.is_empty() && t.chars().count() <= 60 && !t.contains(char::is_numeric) {
                return Some(t.to_string());
            }
        }
    }
    None
}

/// The first JSON-LD object of a news-article type (or the first object) on the page.
fn json_ld(doc: &dom_query::Document) -> Option<serde_json::Value> {
    let mut first = None;
    for node in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(node.text().trim()) else {
            continue;
        };
        let candidates: Vec<serde_json::Value> = match v {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(ref o) if o.contains_key("@graph") => {
                o["@graph"].as_array().cloned().unwrap_or_default()
            }
            other => vec![other],
        };
        for c in candidates {
            let ty = c.get("@type").map(|t| t.to_string()).unwrap_or_default();
            if ty.contains("Article") || ty.contains("Posting") {
                return Some(c);
            }
            if first.is_none() {
                first = Some(c);
            }
        }
    }
    first
}

/// "Headline | The Site" → "Headline", when the suffix is the site's name (or any short tail).
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: "] {
        if let Some(pos) = title.rfind(sep) {
            let tail = &title[pos + sep.len()..];
            let is_site = site.is_some_and(|s| tail.eq_ignore_ascii_case(s))
                || tail.split_whitespace().count() <= 4;
            if is_site && pos > 0 {
                return title[..pos].trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_html_by_content() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body><p>x</p></body></html>"
        ));
        assert!(looks_like_html("  <div class=a><p>Hello</p></div>"));
        assert!(!looks_like_html(
            "Mexico sent 26 people. <b>bold</b> is rare in text."
        ));
    }

    fn para(i: usize) -> String {
        format!(
            "<p>Paragraph {i} of the story says that the council approved a budget of {i}00 million \
             dollars for the coming year, officials said at a news conference on Monday.</p>"
        )
    }

    #[test]
    fn furniture_boxes_are_removed_before_readability() {
        let body: String = (1..=6).map(para).collect();
        let page = format!(
            "<html><head><title>Budget | Site</title></head><body>\
             <nav><a href=/>Home</a> <a href=/top>Top 10</a></nav>\
             <article><h1>Budget</h1>\
             <figure><img src=a.jpg><figcaption>A crowd of 5,000 people.</figcaption></figure>\
             {body}\
             <div class=\"newsletter-signup\"><p>Join 250,000 readers.</p></div>\
             <div class=\"mostRead\"><ol><li><a href=/a>Storm: 40,000 without power</a></li></ol></div>\
             <p class=\"article-correction\">Correction: an earlier version of this story gave the \
             budget as 300 million dollars.</p>\
             </article>\
             <aside><h2>Trending</h2><ul><li><a href=/b>Fares up 6%</a></li></ul></aside>\
             <footer><p>Call 0800 555 0199.</p></footer></body></html>"
        );
        let doc = extract(&page).unwrap();
        for gone in ["5,000", "250,000", "40,000", "6%", "0800", "Top 10"] {
            assert!(!doc.text.contains(gone), "{gone} kept in {}", doc.text);
        }
        assert!(doc.text.contains("Paragraph 1 of the story"));
        assert!(doc.text.contains("Paragraph 6 of the story"));
        assert!(
            doc.text.contains("earlier version of this story"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn an_article_body_with_a_furniture_class_is_kept() {
        let body: String = (1..=6).map(para).collect();
        let page = format!(
            "<html><body><nav><a href=/>Home</a></nav><article><h1>Budget</h1>\
             <div class=\"article-body paywall-enabled\">{body}</div></article></body></html>"
        );
        let doc = extract(&page).unwrap();
        assert!(
            doc.text.contains("Paragraph 3 of the story"),
            "{}",
            doc.text
        );
    }

    #[test]
    fn a_page_of_links_has_no_article_body() {
        let page = "<html><body><nav><a href=/>Home</a></nav><main><h1>Business</h1><ul>\
            <li><a href=/a>Port expansion to cost $2.4bn</a></li>\
            <li><a href=/b>Diesel up 9 cents</a></li></ul></main></body></html>";
        assert!(extract(page).is_err());
    }

    /// The HTML fixtures (their text decoded) and two pages of these tests, an article and a
    /// list of links.
    fn fixture_pages() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fetch");
        let mut pages: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "html"))
            .map(|p| super::super::decode::decode(&std::fs::read(p).unwrap(), None).unwrap())
            .map(|d| d.text)
            .collect();
        assert!(pages.len() >= 5, "{dir}");
        let body: String = (1..=6).map(para).collect();
        pages.push(format!(
            "<html><body><article>{body}</article></body></html>"
        ));
        pages.push(
            "<html><body><main><h1>Business</h1><ul>\
             <li><a href=/a>Port expansion to cost $2.4bn</a></li>\
             <li><a href=/b>Diesel up 9 cents</a></li></ul></main></body></html>"
                .into(),
        );
        pages
    }

    /// The readability pass on a page as [`read_article`] runs it, with `config`.
    fn read_with(page: &str, config: Config) -> Option<(Readability, dom_smoothie::Article)> {
        let doc = parse_page(page);
        strip_furniture(&doc);
        let mut reader = Readability::with_document(doc, None, Some(config)).unwrap();
        let article = reader.parse().ok()?;
        Some((reader, article))
    }

    /// The link-list check reads the reader's DOM: on every HTML fixture (and the pages of
    /// these tests) it says what it said on the article's markup parsed again, which held a
    /// second DOM of the article (issue 14).
    #[test]
    fn the_link_list_check_on_the_dom_agrees_with_the_markup_parsed_again() {
        let on_markup = |content: &str| {
            let doc = dom_query::Document::from(content);
            let body = doc.select("body").nodes().first().copied();
            body.is_some_and(|b| is_link_list(&b))
        };
        let (mut lists, mut articles) = (0, 0);
        for page in &fixture_pages() {
            let Some((reader, _)) = read_with(page, reader_config()) else {
                continue;
            };
            // The markup readability would have returned as `Article::content`.
            let markup = reader.doc.select_single("#readability-page-1").html();
            let on_dom = article_root(&reader.doc).is_some_and(|r| is_link_list(&r));
            assert_eq!(on_dom, on_markup(&markup), "{page}");
            if on_dom {
                lists += 1;
            } else {
                articles += 1;
            }
        }
        assert!(
            lists >= 2 && articles >= 4,
            "{lists} lists, {articles} articles"
        );
    }

    /// The patched reader's options (`disable_content`, `disable_text_content`,
    /// vendor/dom_smoothie) leave the markup and the text out and change nothing else, and
    /// the text read on its DOM is the reader's formatted text, tidied, as it was before: on
    /// every fixture, the same text, title and metadata as the reader as published.
    #[test]
    fn the_text_read_on_the_dom_is_the_full_readers_text() {
        let full = Config {
            disable_content: false,
            disable_text_content: false,
            ..reader_config()
        };
        let mut read = 0;
        for page in &fixture_pages() {
            let (a, (reader, b)) = match (
                read_with(page, full.clone()),
                read_with(page, reader_config()),
            ) {
                (Some((_, a)), Some(b)) => (a, b),
                (None, None) => continue,
                _ => panic!("one reader failed where the other did not: {page}"),
            };
            assert!(
                !a.content.is_empty() && !a.text_content.is_empty(),
                "{page}"
            );
            assert!(b.content.is_empty() && b.text_content.is_empty(), "{page}");
            let ours = article_text(&article_root(&reader.doc).unwrap());
            assert_eq!(
                ours,
                super::super::article_text::tidy(&a.text_content),
                "{page}"
            );
            assert_eq!(
                (a.title, a.byline, a.excerpt),
                (b.title, b.byline, b.excerpt)
            );
            read += 1;
        }
        assert!(read >= 6, "{read} pages read");
    }

    #[test]
    fn class_names_split_into_words() {
        assert_eq!(split_name("most-read__list"), ["most", "read", "list"]);
        assert_eq!(split_name("mostReadBox"), ["most", "read", "box"]);
        assert_eq!(split_name("ad_slot2"), ["ad", "slot2"]);
    }

    #[test]
    fn title_suffix_is_dropped() {
        assert_eq!(
            strip_site_suffix("Tariffs rise | The Gulf Courier", Some("The Gulf Courier")),
            "Tariffs rise"
        );
    }
}
