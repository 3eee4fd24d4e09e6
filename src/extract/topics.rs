//! Topics: the lexicon of topic names and their English and Spanish terms (built in, and
//! extendable from a file), matched on stems so that "tariff", "tariffs", "arancel" and
//! "aranceles" all find `tariffs`.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use anyhow::{bail, Result};

use crate::model::Lang;
use crate::text;

const BUILTIN: &str = include_str!("topics.txt");

/// Topic names and the stems that point to them.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    by_stem: FxHashMap<String, Vec<String>>,
    topics: BTreeSet<String>,
}

impl Lexicon {
    /// The lexicon that ships with claimdiff.
    pub fn builtin() -> Lexicon {
        let mut lx = Lexicon::default();
        lx.add_text(BUILTIN)
            .expect("the built-in topic lexicon parses");
        lx
    }

    /// Adds "topic: term, term" lines (comments with #). Errors name the bad line.
    pub fn add_text(&mut self, text: &str) -> Result<()> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((topic, terms)) = line.split_once(':') else {
                bail!(
                    "topic file line {}: expected \"topic: term, term, ...\"",
                    n + 1
                );
            };
            let topic = text::fold(topic.trim());
            if topic.is_empty() || topic.contains(char::is_whitespace) && topic.len() > 40 {
                bail!(
                    "topic file line {}: the topic name is empty or too long",
                    n + 1
                );
            }
            self.topics.insert(topic.clone());
            let mut all: Vec<&str> = terms
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect();
            all.push(topic.as_str());
            for term in all {
                for s in text::stems_any(term) {
                    let v = self.by_stem.entry(s).or_default();
                    if !v.contains(&topic) {
                        v.push(topic.clone());
                    }
                }
            }
        }
        Ok(())
    }

    /// Every topic name.
    pub fn topics(&self) -> impl Iterator<Item = &String> {
        self.topics.iter()
    }

    /// Topics of a bag of words (in `lang`), in lexicon order.
    pub fn topics_of<'a>(&self, words: impl Iterator<Item = &'a str>, lang: Lang) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for w in words {
            let lw = text::lower(w);
            if lw.len() < 3 {
                continue;
            }
            text::with_stem(&lw, lang, |s| {
                for t in self.by_stem.get(s).into_iter().flatten() {
                    if !out.contains(t) {
                        out.push(t.clone());
                    }
                }
            });
        }
        out.sort();
        out
    }

    /// The topics a user's query names: "Tariffs", "aranceles", "extradición" → their topics.
    pub fn resolve(&self, query: &str) -> Vec<String> {
        let q = text::fold(query.trim());
        if self.topics.contains(&q) {
            return vec![q];
        }
        let mut out: Vec<String> = Vec::new();
        for s in text::stems_any(&q) {
            for t in self.by_stem.get(&s).into_iter().flatten() {
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_in_either_language_find_the_topic() {
        let lx = Lexicon::builtin();
        assert_eq!(lx.resolve("Tariffs"), vec!["tariffs"]);
        assert_eq!(lx.resolve("tariff"), vec!["tariffs"]);
        assert!(lx.resolve("aranceles").contains(&"tariffs".to_string()));
        assert!(lx
            .resolve("Extradición")
            .contains(&"extradition".to_string()));
        assert!(lx.resolve("zebra").is_empty());
    }

    #[test]
    fn user_terms_extend_the_lexicon() {
        let mut lx = Lexicon::builtin();
        lx.add_text("water: drought, reservoirs, sequía").unwrap();
        assert_eq!(
            lx.topics_of(["reservoirs"].into_iter(), Lang::En),
            vec!["water"]
        );
        assert!(lx.add_text("no colon here").is_err());
    }
}
