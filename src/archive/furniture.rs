//! A source's furniture during an import: the lines a source prints in several of its articles
//! (newsletter boxes, "read more" lines) are not the story, as `record` finds them from the
//! source's other articles ([`crate::ingest::boilerplate::source_furniture`]). An import learns
//! them once per source and batch, not per version: for each source (and site: only pages of
//! the same site teach it, as `record`'s rule) it keeps the lines of its latest articles, first
//! from the store ([`Store::source_article_texts`]), then from each batch, and a line counts as
//! furniture of an article when at least two *other* articles of the source print it.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::ingest::boilerplate::line_hashes;
use crate::store::Store;

/// Articles remembered per source and site: the 50 others `record` reads, and the article itself.
const KEPT: usize = 51;

/// An article of a batch: its source, site, key and text (its latest version in the batch).
pub(super) struct Seen<'a> {
    pub source: &'a str,
    pub site: Option<String>,
    pub article: &'a str,
    pub text: &'a str,
}

/// The latest articles of one source on one site: their keys and line hashes, newest first.
#[derive(Default)]
struct Lines {
    articles: VecDeque<(String, HashSet<u64>)>,
}

impl Lines {
    /// Puts `article`'s lines first (replacing what was known of it), forgetting the oldest.
    fn learn(&mut self, article: &str, text: &str) {
        self.articles.retain(|(a, _)| a != article);
        self.articles
            .push_front((article.to_string(), line_hashes(text).collect()));
        self.articles.truncate(KEPT);
    }

    /// For each of `articles`, the lines at least two other articles print.
    fn furniture_of(&self, articles: &[&str]) -> Vec<(String, HashSet<u64>)> {
        let mut counts: HashMap<u64, u32> = HashMap::new();
        for (_, lines) in &self.articles {
            for h in lines {
                *counts.entry(*h).or_default() += 1;
            }
        }
        articles
            .iter()
            .map(|article| {
                let own = self
                    .articles
                    .iter()
                    .find(|(a, _)| a == article)
                    .map(|(_, l)| l);
                let known = counts
                    .iter()
                    .filter(|(h, n)| **n - u32::from(own.is_some_and(|o| o.contains(h))) >= 2)
                    .map(|(h, _)| *h)
                    .collect();
                (article.to_string(), known)
            })
            .collect()
    }
}

/// What an import knows of its sources' furniture so far.
#[derive(Default)]
pub(super) struct Furniture {
    sources: HashMap<(String, Option<String>), Lines>,
}

impl Furniture {
    /// Learns a batch's articles (each source first read from `store` when it has not been
    /// met yet) and returns the furniture of each article of the batch, by source and key;
    /// articles with none known are left out.
    pub(super) fn for_batch(
        &mut self,
        store: Option<&dyn Store>,
        seen: &[Seen],
    ) -> HashMap<(String, String), HashSet<u64>> {
        let mut batch: HashMap<(String, Option<String>), Vec<&str>> = HashMap::new();
        for s in seen {
            let key = (s.source.to_string(), s.site.clone());
            let lines = self.sources.entry(key.clone()).or_insert_with(|| {
                let mut lines = Lines::default();
                let stored = store
                    .and_then(|st| st.source_article_texts(s.source, s.site.as_deref()).ok())
                    .unwrap_or_default();
                // Oldest first, so that the newest ends first.
                for (article, text) in stored.iter().rev() {
                    lines.learn(article, text);
                }
                lines
            });
            lines.learn(s.article, s.text);
            let articles = batch.entry(key).or_default();
            if !articles.contains(&s.article) {
                articles.push(s.article);
            }
        }
        let mut out = HashMap::new();
        for (key, articles) in batch {
            for (article, known) in self.sources[&key].furniture_of(&articles) {
                if !known.is_empty() {
                    out.insert((key.0.clone(), article), known);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOOTER: &str = "Sign up for our newsletter to get 3 stories every morning";

    fn seen<'a>(article: &'a str, text: &'a str) -> Seen<'a> {
        Seen {
            source: "Tribune",
            site: Some("example.com".into()),
            article,
            text,
        }
    }

    #[test]
    fn a_line_two_other_articles_print_is_furniture_and_one_is_not() {
        let a = format!("The mill hired 40 workers this week.\n{FOOTER}\n");
        let b = format!("The dam holds 9 million litres of water.\n{FOOTER}\n");
        let c = format!("Fares rose by 5 percent on Monday.\n{FOOTER}\n");
        let mut f = Furniture::default();
        // Two articles: each sees the footer in only one other.
        assert!(f
            .for_batch(None, &[seen("a", &a), seen("b", &b)])
            .is_empty());
        // A third (in a later batch): two others print it, for every one of them.
        let known = f.for_batch(None, &[seen("c", &c)]);
        let footer = crate::ingest::boilerplate::line_hash(FOOTER);
        assert!(known[&("Tribune".into(), "c".into())].contains(&footer));
        // An article's own versions do not count twice: a new version of c sees a and b only.
        let c2 = format!(
            "Fares rose by 6 percent on Monday.\n{FOOTER}\nFares rose by 6 percent on Monday.\n"
        );
        let known = f.for_batch(None, &[seen("c", &c2)]);
        let own = crate::ingest::boilerplate::line_hash("Fares rose by 6 percent on Monday.");
        assert!(!known[&("Tribune".into(), "c".into())].contains(&own));
        // Another site of the same source learns nothing from these.
        let mut elsewhere = seen("d", &c);
        elsewhere.site = Some("example.org".into());
        assert!(f.for_batch(None, &[elsewhere]).is_empty());
    }
}
