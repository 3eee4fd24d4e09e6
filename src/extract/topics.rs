//! Topics: the lexicon of topic names and their English and Spanish terms (built in, and
//! extendable from a file), matched on stems so that "tariff", "tariffs", "arancel" and
//! "aranceles" all find `tariffs`.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::atomic::{AtomicU64, Ordering};

use rustc_hash::FxHashMap;

use anyhow::{bail, Result};

use crate::model::Lang;
use crate::{text, word_set};

word_set!(
    /// Topic terms that name their topic only when no other word does ("prices", "precio").
    weak_topic_terms,
    "en/weak_topic_terms.txt",
    "es/weak_topic_terms.txt"
);

const BUILTIN: &str = include_str!("topics.txt");

/// Topic names and the stems that point to them.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Per language (English, Spanish): stem → ids (indices into `names`) of the topics it
    /// points to, in the order added. A term of a line tagged `[en]` or `[es]` is stemmed by
    /// that language's stemmer into that language's map only (an untagged line's terms go
    /// into both), and a word is looked up only in its own language's map, so an English word
    /// never meets a Spanish term ("her" is not "heridos", "cases" is not "casa").
    by_stem: [FxHashMap<String, Vec<u32>>; 2],
    /// Per language, terms written `=word`: matched only as that exact word (lower case,
    /// accents folded), never by stem, for a term whose stem is another common word's ("paro",
    /// a strike or unemployment, stems as "para" does).
    exact: [FxHashMap<String, Vec<u32>>; 2],
    /// Per language, terms written `!word`: that exact word never names the topic, whatever
    /// its stem meets.
    vetoed: [FxHashMap<String, Vec<u32>>; 2],
    /// Topic names by id, in the order first added.
    names: Vec<String>,
    topics: BTreeSet<String>,
    /// Names this lexicon's content for the per-thread word cache: new on every change (0
    /// only for an empty lexicon); a clone shares it, as it shares the content.
    id: u64,
}

/// Rule `one_language_lines`: the languages a lexicon line's terms are matched in (English,
/// Spanish) and the line without its tag: "[en] ..." English only, "[es] ..." Spanish only,
/// no tag both. An unknown tag is the error (the tag's text).
fn line_languages(line: &str) -> Result<([bool; 2], &str), String> {
    let Some(rest) = line.strip_prefix('[') else {
        return Ok(([true, true], line));
    };
    let Some((tag, rest)) = rest.split_once(']') else {
        return Err(rest.chars().take(10).collect());
    };
    let langs = match tag.trim().to_ascii_lowercase().as_str() {
        "en" => [true, false],
        "es" => [false, true],
        _ => return Err(tag.chars().take(10).collect()),
    };
    Ok((langs, rest.trim_start()))
}

/// A fresh [`Lexicon::id`].
fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Per-thread memo of word → topic ids for one lexicon (by id), one map per language: news
/// text repeats its words, so most words cost one hash lookup instead of lower-casing,
/// stemming and a stem lookup.
#[derive(Default)]
struct WordCache {
    lexicon: u64,
    by_lang: [FxHashMap<Box<str>, Box<[u32]>>; 2],
}

/// Appends to `out` the ids of `ids` it does not hold yet.
fn add_new(out: &mut Vec<u32>, ids: &[u32]) {
    for id in ids {
        if !out.contains(id) {
            out.push(*id);
        }
    }
}

/// Words memoised per language and thread before the memo is cleared.
const WORD_CACHE_MAX: usize = 50_000;

thread_local! {
    static WORD_CACHE: RefCell<WordCache> = RefCell::default();
}

impl Lexicon {
    /// The lexicon that ships with claimdiff.
    pub fn builtin() -> Lexicon {
        let mut lx = Lexicon::default();
        lx.add_text(BUILTIN)
            .expect("the built-in topic lexicon parses");
        lx
    }

    /// Adds "topic: term, term" lines (comments with #), each optionally tagged with the one
    /// language its terms belong to ("[en] topic: ...", "[es] topic: ..."). Errors name the
    /// bad line.
    pub fn add_text(&mut self, text: &str) -> Result<()> {
        self.id = next_id();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (langs, line) = line_languages(line).map_err(|tag| {
                anyhow::anyhow!(
                    "topic file line {}: unknown language tag [{tag}] (expected [en] or [es])",
                    n + 1
                )
            })?;
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
            let id = match self.names.iter().position(|n| *n == topic) {
                Some(i) => i as u32,
                None => {
                    self.names.push(topic.clone());
                    (self.names.len() - 1) as u32
                }
            };
            let mut all: Vec<&str> = terms
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .collect();
            // Topic names are English words.
            if langs[0] {
                all.push(topic.as_str());
            }
            for term in all {
                for (i, lang) in [Lang::En, Lang::Es].into_iter().enumerate() {
                    if langs[i] {
                        self.add_term(term, lang, id);
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds one term of topic `id` to `lang`'s maps: `!word` vetoed, `=word` exact, else by
    /// its stem in that language.
    fn add_term(&mut self, term: &str, lang: Lang, id: u32) {
        let i = usize::from(lang == Lang::Es);
        let (map, key) = if let Some(word) = term.strip_prefix('!') {
            (&mut self.vetoed[i], text::fold(word))
        } else if let Some(word) = term.strip_prefix('=') {
            (&mut self.exact[i], text::fold(word))
        } else {
            (&mut self.by_stem[i], text::stem(term, lang))
        };
        let v = map.entry(key).or_default();
        if !v.contains(&id) {
            v.push(id);
        }
    }

    /// The id of topic `name`, if the lexicon has it.
    pub(crate) fn id(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|n| n == name).map(|i| i as u32)
    }

    /// Every topic name.
    pub fn topics(&self) -> impl Iterator<Item = &String> {
        self.topics.iter()
    }

    /// Topics of a bag of words (in `lang`), sorted by name.
    pub fn topics_of<'a>(&self, words: impl Iterator<Item = &'a str>, lang: Lang) -> Vec<String> {
        let mut ids = Vec::new();
        self.topic_ids(words, lang, &mut ids);
        self.names_sorted(&ids)
    }

    /// Adds to `out` the ids of the topics of `words` (in `lang`) that it does not hold yet.
    /// A word is looked up first and judged ([`TopicWord::admitted`]) only when it names a
    /// topic: most words of a clause name none, and the lookup is memoised.
    pub(crate) fn topic_ids<'a, W: TopicWord<'a>>(
        &self,
        words: impl Iterator<Item = W>,
        lang: Lang,
        out: &mut Vec<u32>,
    ) {
        WORD_CACHE.with(|c| {
            let mut c = c.borrow_mut();
            if c.lexicon != self.id {
                c.lexicon = self.id;
                c.by_lang.iter_mut().for_each(FxHashMap::clear);
            }
            let memo = &mut c.by_lang[usize::from(lang == Lang::Es)];
            // Topics of weak terms ("prices"), kept only when no other word names one.
            let mut weak: Vec<u32> = Vec::new();
            let mut named = !out.is_empty();
            for candidate in words {
                let w = candidate.word();
                // Lower-casing keeps an ASCII word's length: too short either way.
                if w.len() < 3 && w.is_ascii() {
                    continue;
                }
                let ids = match memo.get(w) {
                    Some(ids) => ids.clone(),
                    None => {
                        if memo.len() >= WORD_CACHE_MAX {
                            memo.clear();
                        }
                        let ids = self.word_topic_ids(w, lang);
                        memo.insert(w.into(), ids.clone());
                        ids
                    }
                };
                if ids.is_empty() || !candidate.admitted() {
                    continue;
                }
                if text::with_lower(w, |l| weak_topic_terms().contains(l)) {
                    add_new(&mut weak, &ids);
                } else {
                    named = true;
                    add_new(out, &ids);
                }
            }
            if !named {
                add_new(out, &weak);
            }
        });
    }

    /// The topic ids of one word, uncached: its lower-case stem's entry (none under 3 bytes),
    /// and rule `exact_topic_terms`: the entry of the word itself among the `=word` terms.
    fn word_topic_ids(&self, w: &str, lang: Lang) -> Box<[u32]> {
        let lw = text::lower(w);
        if lw.len() < 3 {
            return Box::default();
        }
        let mut ids: Vec<u32> = text::with_stem(&lw, lang, |s| {
            self.by_stem[usize::from(lang == Lang::Es)]
                .get(s)
                .cloned()
                .unwrap_or_default()
        });
        let i = usize::from(lang == Lang::Es);
        if !self.exact[i].is_empty() || !self.vetoed[i].is_empty() {
            // A lower-case ASCII word is folded already.
            let folded: std::borrow::Cow<str> = if lw.is_ascii() {
                std::borrow::Cow::Borrowed(&lw)
            } else {
                std::borrow::Cow::Owned(text::fold(&lw))
            };
            if let Some(v) = self.exact[i].get(folded.as_ref()) {
                add_new(&mut ids, v);
            }
            // Rule `vetoed_topic_terms`.
            if let Some(v) = self.vetoed[i].get(folded.as_ref()) {
                ids.retain(|id| !v.contains(id));
            }
        }
        ids.into_boxed_slice()
    }

    /// True when `w` (in `lang`) is one of the lexicon's topic terms: a common word, never a
    /// name.
    pub(crate) fn is_term(&self, w: &str, lang: Lang) -> bool {
        !self.word_topic_ids(w, lang).is_empty()
    }

    /// The names of topic ids (as [`Lexicon::topic_ids`] gives them), sorted.
    pub(crate) fn names_sorted(&self, ids: &[u32]) -> Vec<String> {
        let mut names: Vec<&str> = ids
            .iter()
            .map(|&i| self.names[i as usize].as_str())
            .collect();
        names.sort_unstable();
        names.into_iter().map(str::to_string).collect()
    }

    /// The topics a user's query names: "Tariffs", "aranceles", "extradición" → their topics.
    pub fn resolve(&self, query: &str) -> Vec<String> {
        let q = text::fold(query.trim());
        if self.topics.contains(&q) {
            return vec![q];
        }
        let mut out: Vec<String> = Vec::new();
        for &id in self.exact.iter().filter_map(|m| m.get(&q)).flatten() {
            let t = &self.names[id as usize];
            if !out.contains(t) {
                out.push(t.clone());
            }
        }
        for (map, s) in self.by_stem.iter().zip(text::stems_any(&q)) {
            for &id in map.get(&s).into_iter().flatten() {
                let t = &self.names[id as usize];
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
        out
    }
}

/// A word offered to [`Lexicon::topic_ids`], with the judgement of whether it may name a
/// topic where it stands (see `clause::topic_words`), asked only of words that name one.
pub(crate) trait TopicWord<'a> {
    fn word(&self) -> &'a str;
    fn admitted(&self) -> bool {
        true
    }
}

impl<'a> TopicWord<'a> for &'a str {
    fn word(&self) -> &'a str {
        self
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
        lx.add_text("water: drought, aquifers, sequía").unwrap();
        assert_eq!(
            lx.topics_of(["aquifers"].into_iter(), Lang::En),
            vec!["water"]
        );
        assert!(lx.add_text("no colon here").is_err());
    }

    #[test]
    fn exact_topic_terms() {
        let mut lx = Lexicon::default();
        lx.add_text("strikes: =paro, =paros").unwrap();
        assert_eq!(
            lx.topics_of(["Paro"].into_iter(), Lang::Es),
            vec!["strikes"]
        );
        assert_eq!(
            lx.topics_of(["paros"].into_iter(), Lang::Es),
            vec!["strikes"]
        );
        // Same stem, another word: "para" is no strike.
        assert!(lx.topics_of(["para"].into_iter(), Lang::Es).is_empty());
        assert!(lx.topics_of(["parar"].into_iter(), Lang::Es).is_empty());
        assert_eq!(lx.resolve("paro"), vec!["strikes"]);
        // Rule `vetoed_topic_terms`: "hurtos" (thefts) stems as "hurt" but is no casualty.
        let lx = Lexicon::builtin();
        assert_eq!(
            lx.topics_of(["hurtos"].into_iter(), Lang::Es),
            vec!["crime"]
        );
        // The built-in lexicon: "paro" is employment, "para" names nothing.
        let lx = Lexicon::builtin();
        assert_eq!(
            lx.topics_of(["paro"].into_iter(), Lang::Es),
            vec!["employment"]
        );
        assert!(lx.topics_of(["para"].into_iter(), Lang::Es).is_empty());
    }

    #[test]
    fn one_language_lines() {
        let mut lx = Lexicon::default();
        lx.add_text("[en] health: cases\n[es] security: agentes\nwater: sequía, drought")
            .unwrap();
        // A tagged term is matched only in its own language: Spanish "casa" stems as English
        // "cases" does, English "agents" as Spanish "agentes".
        assert!(lx.topics_of(["casa"].into_iter(), Lang::Es).is_empty());
        assert_eq!(
            lx.topics_of(["cases"].into_iter(), Lang::En),
            vec!["health"]
        );
        assert!(lx.topics_of(["agents"].into_iter(), Lang::En).is_empty());
        assert_eq!(
            lx.topics_of(["agentes"].into_iter(), Lang::Es),
            vec!["security"]
        );
        // An untagged line's terms meet both languages.
        assert_eq!(
            lx.topics_of(["sequía"].into_iter(), Lang::Es),
            vec!["water"]
        );
        assert_eq!(
            lx.topics_of(["droughts"].into_iter(), Lang::En),
            vec!["water"]
        );
        // Queries find a topic by a term of either language.
        assert_eq!(lx.resolve("agentes"), vec!["security"]);
        let e = lx.add_text("[fr] water: sécheresse").unwrap_err();
        assert_eq!(
            e.to_string(),
            "topic file line 1: unknown language tag [fr] (expected [en] or [es])"
        );
        // The built-in lexicon: Spanish words that stem as English terms name nothing.
        let lx = Lexicon::builtin();
        for w in [
            "casa",
            "rato",
            "quitó",
            "importa",
            "importante",
            "bordo",
            "pollo",
            "guardó",
            "cámara",
            "metros",
            "seguro",
            "estudio",
            "presas",
            "participaron",
        ] {
            assert!(lx.topics_of([w].into_iter(), Lang::Es).is_empty(), "{w}");
        }
        // ("agents" is an English security term of its own, named only in the context of
        // police, the FBI, troops …: `topic_homonyms.txt`, clause tests.)
        for w in ["elements", "caso"] {
            assert!(lx.topics_of([w].into_iter(), Lang::En).is_empty(), "{w}");
        }
        // Nor do English words that stem as a term of another sense ("important" as
        // "imports", "fired" as "fires", "posted" as "posts", "training" as "trains").
        for w in [
            "important",
            "quite",
            "fired",
            "posted",
            "training",
            "office",
            "operator",
            "rated",
            "approved",
            "appropriately",
            "secured",
        ] {
            assert!(lx.topics_of([w].into_iter(), Lang::En).is_empty(), "{w}");
        }
        // "walk" names employment as "walked" does, beside workers only (the homonym
        // contexts of "walked" in `topic_homonyms.txt`: "drivers will walk out", not "walking
        // 100 laps"); "walking" names nothing.
        assert_eq!(
            lx.topics_of(["walk"].into_iter(), Lang::En),
            vec!["employment"]
        );
        assert!(lx.topics_of(["walking"].into_iter(), Lang::En).is_empty());
    }

    #[test]
    fn words_meet_only_their_own_language_s_stems() {
        let lx = Lexicon::builtin();
        assert!(lx.topics_of(["her"].into_iter(), Lang::En).is_empty());
        assert_eq!(
            lx.topics_of(["heridos"].into_iter(), Lang::Es),
            vec!["casualties"]
        );
        assert_eq!(
            lx.topics_of(["wounded"].into_iter(), Lang::En),
            vec!["casualties"]
        );
    }

    #[test]
    fn english_terms_of_grammar13() {
        let lx = Lexicon::builtin();
        let en = |w: &str| lx.topics_of([w].into_iter(), Lang::En);
        // Each topic's ordinary news vocabulary: courts and prisons, ports, aviation and
        // roads, defence procurement, vaccination, lay-offs, benefits, tourism.
        assert_eq!(en("inmates"), vec!["crime"]);
        assert_eq!(en("scams"), vec!["crime"]);
        assert_eq!(en("freight"), vec!["trade"]);
        assert_eq!(en("containers"), vec!["trade"]);
        assert_eq!(en("pilots"), vec!["transport"]);
        assert_eq!(en("pedestrians"), vec!["transport"]);
        assert_eq!(en("frigates"), vec!["security"]);
        assert_eq!(en("doses"), vec!["health"]);
        assert_eq!(en("redundancies"), vec!["employment"]);
        assert_eq!(en("welfare"), vec!["budget"]);
        assert_eq!(en("tourism"), vec!["economy"]);
        assert_eq!(en("dwellings"), vec!["housing"]);
        assert_eq!(en("referendum"), vec!["elections"]);
        assert_eq!(en("airstrikes"), vec!["security"]);
        assert_eq!(en("refineries"), vec!["energy"]);
        assert_eq!(en("aftershocks"), vec!["disasters"]);
        assert_eq!(en("enrolment"), vec!["education"]);
        assert_eq!(en("insolvencies"), vec!["economy"]);
        // "earn" names employment, in context only (`topic_homonyms.txt`: what workers earn,
        // not what a company earns); "earnings" and "earned" stay out.
        assert_eq!(en("earn"), vec!["employment"]);
        assert!(en("earnings").is_empty());
        // Words that share a new term's stem and mean something else stay out: a fire "30%
        // contained" holds no containers, "shipped" phones no shipping, pensioners no
        // pension bill, "cannot afford" no affordable homes, "allowed" no allowance.
        for w in [
            "contained",
            "shipped",
            "pensioners",
            "afford",
            "allowed",
            "heated",
            // "shell" companies are no shelling, "let" no lettings, a "fiscal year" no budget.
            "shell",
            "let",
            "fiscal",
        ] {
            assert!(en(w).is_empty(), "{w}");
        }
    }

    #[test]
    fn spanish_terms_of_grammar7es() {
        let lx = Lexicon::builtin();
        let es = |w: &str| lx.topics_of([w].into_iter(), Lang::Es);
        // Stems that met common words: "muro" is no "murieron", "comerciantes" no "comercio".
        assert!(es("muro").is_empty());
        assert!(es("comerciantes").is_empty());
        assert_eq!(es("comercial"), vec!["trade"]);
        assert_eq!(es("hipertensión"), vec!["health"]);
        assert_eq!(es("grados"), vec!["climate"]);
        assert_eq!(es("efectivos"), vec!["security"]);
        assert!(es("efectivo").is_empty());
        assert_eq!(es("afiliados"), vec!["employment"]);
        assert_eq!(es("profesores"), vec!["education"]);
    }

    #[test]
    fn spanish_terms_of_grammar8es() {
        let lx = Lexicon::builtin();
        let es = |w: &str| lx.topics_of([w].into_iter(), Lang::Es);
        assert_eq!(es("asesinadas"), vec!["crime"]);
        assert_eq!(es("violentas"), vec!["crime"]);
        assert_eq!(es("cirugías"), vec!["health"]);
        assert_eq!(es("oleoducto"), vec!["energy"]);
        assert_eq!(es("viajeros"), vec!["transport"]);
        assert_eq!(es("becas"), vec!["education"]);
        assert_eq!(es("tasas"), vec!["economy"]);
        // Stems that would meet common words stay out: "pasaje" is no "pasado", "tasa" no
        // "tas", "becas" no "bebés".
        assert!(es("pasado").is_empty());
        assert!(es("paso").is_empty());
        assert!(es("interesante").is_empty());
    }

    #[test]
    fn terms_of_the_held_out_10_beats() {
        let lx = Lexicon::builtin();
        let en = |w: &str| lx.topics_of([w].into_iter(), Lang::En);
        let es = |w: &str| lx.topics_of([w].into_iter(), Lang::Es);
        // Air quality and food recalls are health; tribunals and dismissals employment;
        // passes and tickets transport; tax cases budget; poaching and tax evasion crime.
        assert_eq!(en("pollution"), vec!["health"]);
        assert_eq!(es("contaminación"), vec!["health"]);
        assert_eq!(es("listeria"), vec!["health"]);
        assert_eq!(en("tribunals"), vec!["employment"]);
        assert_eq!(en("dismissal"), vec!["employment"]);
        assert_eq!(es("asalariados"), vec!["employment"]);
        assert_eq!(es("abonos"), vec!["transport"]);
        assert_eq!(es("irpf"), vec!["budget"]);
        assert_eq!(en("poachers"), vec!["crime"]);
        assert_eq!(es("evasión"), vec!["crime"]);
        assert_eq!(en("winds"), vec!["climate"]);
        assert_eq!(es("termómetro"), vec!["climate"]);
        // "impuesto" only as that word: "impuesta" (imposed) shares its stem.
        assert_eq!(es("impuestos"), vec!["budget"]);
        assert!(es("impuesta").is_empty());
    }

    #[test]
    fn terms_of_the_held_out_11_beats() {
        let lx = Lexicon::builtin();
        let en = |w: &str| lx.topics_of([w].into_iter(), Lang::En);
        let es = |w: &str| lx.topics_of([w].into_iter(), Lang::Es);
        // Vaping, tobacco and insulin are health; boats and visas migration; Brent crude
        // energy; aftershocks, ash and lava disasters; traffic jams transport; schooling
        // education.
        assert_eq!(en("vaping"), vec!["health"]);
        assert_eq!(es("tabaco"), vec!["health"]);
        assert_eq!(es("insulina"), vec!["health"]);
        assert_eq!(es("farmacias"), vec!["health"]);
        assert_eq!(es("pateras"), vec!["migration"]);
        assert_eq!(es("visas"), vec!["migration"]);
        assert_eq!(en("brent"), vec!["energy"]);
        assert_eq!(es("opep"), vec!["energy"]);
        assert_eq!(es("réplicas"), vec!["disasters"]);
        assert_eq!(es("atascos"), vec!["transport"]);
        assert_eq!(es("escolarizados"), vec!["education"]);
        assert_eq!(en("overweight"), vec!["health"]);
        assert_eq!(es("sobrepeso"), vec!["health"]);
        assert_eq!(en("college"), vec!["education"]);
        assert_eq!(es("diputados"), vec!["elections"]);
        assert_eq!(es("travesía"), vec!["migration"]);
        // Exact forms only: "retorno" (a return) and "visita" share their stems.
        assert!(es("retorno").is_empty());
        assert!(es("visita").is_empty());
        assert!(es("réplica").is_empty());
    }
}
