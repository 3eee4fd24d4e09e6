//! Tables for people: the articles and versions `log` lists, the claims of a version or a
//! text, and the topics known.

use super::{claim_lang, table, vref};
use crate::model::format_number;
use crate::model::{Article, Claim, Version};
use crate::store::TopicCount;

pub(crate) fn articles_text(list: &[Article]) -> String {
    if list.is_empty() {
        return "no articles recorded yet\n".into();
    }
    // In the order of the dates shown: latest version oldest first.
    let mut list: Vec<&Article> = list.iter().collect();
    list.sort_by(|a, b| a.latest_at.cmp(&b.latest_at).then(a.key.cmp(&b.key)));
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let mut cells = article_cells(a);
            cells.push(a.title.clone().unwrap_or_default());
            cells
        })
        .collect();
    table(&["ARTICLE", "SOURCE", "VERSIONS", "LATEST", "TITLE"], &rows)
}

/// An article's key, source, version count and latest time, as the table and the CSV list them.
fn article_cells(a: &Article) -> Vec<String> {
    vec![
        a.key.clone(),
        a.source.clone(),
        a.versions.to_string(),
        a.latest_at.clone().unwrap_or_default(),
    ]
}

/// `log --format csv`: every article, with its URL and whole title.
pub(crate) fn articles_csv(list: &[Article]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|a| {
            let mut cells = article_cells(a);
            cells.push(a.url.clone().unwrap_or_default());
            cells.push(a.title.clone().unwrap_or_default());
            cells
        })
        .collect();
    let headers = ["article", "source", "versions", "latest", "url", "title"];
    super::csv(&headers, &rows)
}

/// `log ARTICLE --format csv`: the article's versions, with their whole hashes and titles.
pub(crate) fn versions_csv(list: &[Version]) -> String {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|v| {
            vec![
                v.article.clone(),
                v.source.clone(),
                v.number.to_string(),
                v.at().to_string(),
                v.recorded_at.clone(),
                v.claims.to_string(),
                v.content_hash.clone(),
                v.title.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let headers = [
        "article", "source", "version", "at", "recorded", "claims", "hash", "title",
    ];
    super::csv(&headers, &rows)
}

pub(crate) fn versions_text(list: &[Version]) -> String {
    // In the order of the times shown (a version given an earlier --at comes first).
    let mut list: Vec<&Version> = list.iter().collect();
    list.sort_by(|a, b| a.at().cmp(b.at()).then(a.number.cmp(&b.number)));
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|v| {
            vec![
                vref(v),
                v.at().to_string(),
                v.recorded_at.clone(),
                v.claims.to_string(),
                v.content_hash[..12.min(v.content_hash.len())].to_string(),
            ]
        })
        .collect();
    table(&["VERSION", "AT", "RECORDED", "CLAIMS", "HASH"], &rows)
}

/// A value of `c` in people's notation, in the language of its sentence.
fn number(v: f64, c: &Claim) -> String {
    format_number(v, claim_lang(c))
}

pub(crate) fn claims_text(claims: &[Claim]) -> String {
    if claims.is_empty() {
        return "no claims\n".into();
    }
    let rows: Vec<Vec<String>> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            vec![
                (i + 1).to_string(),
                c.label.clone(),
                match c.value_max {
                    Some(m) => format!("{}–{}", number(c.value, c), number(m, c)),
                    None => number(c.value, c),
                },
                c.qualifier.as_str().to_string(),
                c.unit.clone().unwrap_or_else(|| "-".into()),
                c.subject.clone(),
                c.topics.join(","),
                c.attribution.clone().unwrap_or_else(|| "-".into()),
            ]
        })
        .collect();
    table(
        &[
            "#",
            "LABEL",
            "VALUE",
            "QUALIFIER",
            "UNIT",
            "SUBJECT",
            "TOPICS",
            "ATTRIBUTION",
        ],
        &rows,
    )
}

pub(crate) fn topics_text(list: &[TopicCount]) -> String {
    if list.is_empty() {
        return "no topics yet (record an article first)\n".into();
    }
    let rows: Vec<Vec<String>> = list.iter().map(topic_row).collect();
    table(&["TOPIC", "CLAIMS", "ARTICLES", "SOURCES", "LATEST"], &rows)
}

/// A topic's cells, as the table and the CSV list them.
pub(crate) fn topic_row(t: &TopicCount) -> Vec<String> {
    vec![
        t.topic.clone(),
        t.claims.to_string(),
        t.articles.to_string(),
        t.sources.to_string(),
        t.latest.clone().unwrap_or_default(),
    ]
}
