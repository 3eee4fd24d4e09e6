//! HTML ingestion: detects HTML by content, extracts the article body with a readability port
//! (dom_smoothie, formatted text mode so paragraphs stay apart), and reads the page's own
//! metadata (title, site name, canonical URL, author, published and modified times).

use anyhow::{bail, Result};
use dom_smoothie::{Config, Readability, TextMode};

use super::{Document, Format, PageMeta};

/// True when the text is an HTML page or fragment rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
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
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let meta_doc = dom_query::Document::from(html);
    let meta = page_meta(&meta_doc);
    let mut reader = match Readability::with_document(meta_doc, None, Some(cfg)) {
        Ok(r) => r,
        Err(e) => bail!("could not read the HTML page: {e}"),
    };
    let article = match reader.parse() {
        Ok(a) => a,
        Err(_) => bail!("no article body found in the HTML page"),
    };
    let text = tidy(&article.text_content);
    if text.trim().is_empty() {
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
        text,
        skip: Vec::new(),
        format: Format::Html,
        meta,
        encoding: None,
    })
}

/// Normalises the extracted text: one paragraph per line, blank line between paragraphs,
/// no runs of spaces, no non-breaking spaces.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for para in text.split('\n') {
        let line: String = para
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out.push('\n');
    out
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
    let author = ld_str("author").or_else(|| meta_content(doc, r#"meta[name="author"]"#));
    PageMeta {
        title,
        site_name,
        canonical_url: canonical,
        author,
        published,
        modified,
    }
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

    #[test]
    fn title_suffix_is_dropped() {
        assert_eq!(
            strip_site_suffix("Tariffs rise | The Gulf Courier", Some("The Gulf Courier")),
            "Tariffs rise"
        );
    }
}
