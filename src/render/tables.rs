//! Tables for people: the articles and versions `log` lists, the claims of a version or a
//! text, and the topics known.

use super::{claim_lang, cut, table, vref};
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
            vec![
                a.key.clone(),
                a.source.clone(),
                a.versions.to_string(),
                a.latest_at.clone().unwrap_or_default(),
                cut(a.title.as_deref().unwrap_or(""), 50),
            ]
        })
        .collect();
    table(&["ARTICLE", "SOURCE", "VERSIONS", "LATEST", "TITLE"], &rows)
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
                cut(&c.label, 40),
                match c.value_max {
                    Some(m) => format!("{}–{}", number(c.value, c), number(m, c)),
                    None => number(c.value, c),
                },
                c.qualifier.as_str().to_string(),
                c.unit.clone().unwrap_or_else(|| "-".into()),
                cut(&c.subject, 40),
                c.topics.join(","),
                cut(c.attribution.as_deref().unwrap_or("-"), 28),
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
