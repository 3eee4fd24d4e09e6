//! What each figure is about, measured on the project's own labelled sentences
//! (tests/data/grammar_{en,es}.jsonl, format in tests/data/LABELS.md "Grammar set"): labels,
//! subjects, topics, attribution and claim precision. Every claim lists the acceptable head
//! nouns of what it counts, the words its label must not carry, its topics (and topics that are
//! tolerated), and its attribution (null: none); `nonclaims` are numbers that must not be
//! extracted, each with its class. Prints the figures; fails below the ratchet thresholds,
//! which only move up. The goal (issue 12) is [`GOAL`].
//!
//! Recognising a quantity and deciding it is a claim are two layers: time expressions, time
//! windows and age groups are recognised as quantities (NewsQuant, scored by
//! scripts/newsquant.sh on the quantity layer, annotates them) but classified as non-claims,
//! so claim precision counts `Extraction::claims` only, and a labelled non-claim of those
//! classes that the quantity layer reads must come out of `Extractor::extract_all` with its
//! class (what `extract --all-quantities` writes as `"non_claim"`).

use claimdiff::extract::Extractor;
use claimdiff::model::Claim;
use serde_json::Value;

#[path = "support/labelled.rs"]
mod labelled;
use labelled::load;

/// Issue 12's targets: label, subject, topic precision, topic recall, attribution, claim
/// precision. The ratchets below are the measured values; raise them as the scores rise.
const GOAL: Scores = Scores {
    label: 0.90,
    subject: 0.90,
    topic_p: 0.97,
    topic_r: 0.90,
    attribution: 0.90,
    claim_p: 0.97,
    claim_r: 0.95,
};

/// Measured floor for English: every score at or above the goal (claim precision since time
/// expressions and windows are classified as non-claims).
const EN_FLOOR: Scores = Scores {
    label: 0.98,
    subject: 0.98,
    topic_p: 0.98,
    topic_r: 0.98,
    attribution: 0.97,
    claim_p: 0.99,
    claim_r: 0.99,
};

/// Measured floor for Spanish.
const ES_FLOOR: Scores = Scores {
    label: 0.98,
    subject: 0.98,
    topic_p: 0.99,
    topic_r: 0.99,
    attribution: 0.98,
    claim_p: 0.99,
    claim_r: 0.99,
};

/// Classes of labelled non-claims that the quantity layer recognises and classifies
/// (`extract --all-quantities` names them in `"non_claim"`).
const CLASSIFIED: &[&str] = &["time_expression", "time_window", "age_group"];

#[derive(Debug, Clone, Copy)]
struct Scores {
    label: f64,
    subject: f64,
    topic_p: f64,
    topic_r: f64,
    attribution: f64,
    claim_p: f64,
    claim_r: f64,
}

/// Words a label must never end on (English and Spanish function words).
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "for", "at", "by", "with", "from", "and", "or",
    "but", "as", "than", "that", "which", "who", "was", "were", "is", "are", "be", "been", "has",
    "have", "had", "will", "would", "its", "their", "his", "her", "they", "them", "it", "el", "la",
    "los", "las", "un", "una", "de", "del", "al", "en", "con", "por", "para", "y", "o", "que",
    "se", "su", "sus", "es", "son", "fue", "ha", "han", "lo",
];

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_lowercase)
                .collect()
        })
        .unwrap_or_default()
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// True when `phrase`'s words occur in `text` as a run of whole words.
fn has_phrase(text: &str, phrase: &str) -> bool {
    let (t, p) = (words(text), words(phrase));
    !p.is_empty() && t.windows(p.len()).any(|w| w == p.as_slice())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0)
}

/// Why a label fails, if it does.
fn label_fault(gold: &Value, c: &Claim, duplicate: bool) -> Option<&'static str> {
    let label = c.label.to_lowercase();
    let heads = strings(gold, "heads");
    let last = words(&label).pop().unwrap_or_default();
    if duplicate {
        Some("duplicate")
    } else if !heads.iter().any(|h| label.contains(h.as_str())) {
        Some("no head")
    } else if strings(gold, "not").iter().any(|n| has_phrase(&label, n)) {
        Some("forbidden word")
    } else if FUNCTION_WORDS.contains(&last.as_str()) {
        Some("ends on a function word")
    } else {
        None
    }
}

#[derive(Default)]
struct Tally {
    gold: usize,
    extracted: usize,
    matched: usize,
    label: usize,
    subject: usize,
    topics_predicted: usize,
    topics_right: usize,
    topics_gold: usize,
    topics_found: usize,
    attribution: usize,
    nonclaims: usize,
    nonclaims_extracted: Vec<String>,
    /// Labelled non-claims of a [`CLASSIFIED`] class that the quantity layer read.
    classifiable: usize,
    /// Of those, how many it classified as non-claims of their labelled class.
    classified: usize,
    notes: Vec<String>,
}

impl Tally {
    fn scores(&self) -> Scores {
        let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        Scores {
            label: r(self.label, self.gold),
            subject: r(self.subject, self.gold),
            topic_p: r(self.topics_right, self.topics_predicted),
            topic_r: r(self.topics_found, self.topics_gold),
            attribution: r(self.attribution, self.gold),
            claim_p: r(self.matched, self.extracted),
            claim_r: r(self.matched, self.gold),
        }
    }
}

fn score_item(ex: &Extractor, item: &Value, t: &mut Tally) {
    let text = item["text"].as_str().unwrap();
    let (extraction, non_claims) = ex.extract_text_all(text);
    let got = extraction.claims;
    let gold = item["claims"].as_array().unwrap();
    t.gold += gold.len();
    t.extracted += got.len();
    let mut used = vec![false; got.len()];
    for g in gold {
        let v = g["value"].as_f64().unwrap();
        let want_topics = strings(g, "topics");
        t.topics_gold += want_topics.len();
        let Some(i) = (0..got.len()).find(|&i| !used[i] && close(v, got[i].value)) else {
            t.notes.push(format!("MISS {v} in {text:?}"));
            continue;
        };
        used[i] = true;
        t.matched += 1;
        let c = &got[i];
        let duplicate = got
            .iter()
            .enumerate()
            .any(|(j, o)| j != i && o.label.eq_ignore_ascii_case(&c.label));
        match label_fault(g, c, duplicate) {
            None => t.label += 1,
            Some(why) => t
                .notes
                .push(format!("LABEL {why}: {:?} in {text:?}", c.label)),
        }
        let subject = c.subject.to_lowercase();
        if strings(g, "heads")
            .iter()
            .any(|h| subject.contains(h.as_str()))
        {
            t.subject += 1;
        } else {
            t.notes
                .push(format!("SUBJECT {:?} for {v} in {text:?}", c.subject));
        }
        let ok = strings(g, "topics_ok");
        t.topics_predicted += c.topics.len();
        for topic in &c.topics {
            if want_topics.contains(topic) || ok.contains(topic) {
                t.topics_right += 1;
            } else {
                t.notes.push(format!("TOPIC+ {topic} for {v} in {text:?}"));
            }
        }
        for topic in &want_topics {
            if c.topics.contains(topic) {
                t.topics_found += 1;
            } else {
                t.notes.push(format!("TOPIC- {topic} for {v} in {text:?}"));
            }
        }
        let got_by = c.attribution.as_deref().unwrap_or("").to_lowercase();
        let right = match g["attribution"].as_str().map(str::to_lowercase) {
            None => got_by.is_empty(),
            Some(w) => !got_by.is_empty() && (got_by.contains(&w) || w.contains(&got_by)),
        };
        if right {
            t.attribution += 1;
        } else {
            t.notes.push(format!(
                "ATTRIBUTION {:?} want {} for {v} in {text:?}",
                c.attribution, g["attribution"]
            ));
        }
    }
    let nonclaims = item.get("nonclaims").and_then(Value::as_array);
    t.nonclaims += nonclaims.map_or(0, Vec::len);
    let overlaps = |gold: &Value, surface: &str| {
        let s = gold["surface"].as_str().unwrap_or("").to_lowercase();
        let cs = surface.to_lowercase();
        s.contains(&cs) || cs.contains(&s)
    };
    for n in nonclaims.into_iter().flatten() {
        let class = n["class"].as_str().unwrap_or("");
        if !CLASSIFIED.contains(&class) {
            continue;
        }
        let as_non_claim = non_claims.iter().find(|q| overlaps(n, &q.quantity.surface));
        let as_claim = got.iter().any(|c| overlaps(n, &c.surface));
        if as_non_claim.is_none() && !as_claim {
            continue; // not read as a quantity at all ("a year ago")
        }
        t.classifiable += 1;
        match as_non_claim.map(|q| q.class.name()) {
            Some(c) if c == class => t.classified += 1,
            other => t.notes.push(format!(
                "NONCLAIM {:?} read as {other:?}, labelled {class} in {text:?}",
                n["surface"]
            )),
        }
    }
    for (c, _) in got.iter().zip(&used).filter(|(_, u)| !**u) {
        let class = nonclaims.into_iter().flatten().find(|n| {
            let s = n["surface"].as_str().unwrap_or("").to_lowercase();
            let cs = c.surface.to_lowercase();
            s.contains(&cs) || cs.contains(&s)
        });
        let class = class
            .and_then(|n| n["class"].as_str())
            .unwrap_or("unlabelled");
        t.nonclaims_extracted.push(class.to_string());
        t.notes
            .push(format!("EXTRA [{class}] {:?} in {text:?}", c.surface));
    }
}

fn measure(file: &str) -> (Tally, Scores) {
    let ex = Extractor::default();
    let mut t = Tally::default();
    for item in load(file) {
        score_item(&ex, &item, &mut t);
    }
    let s = t.scores();
    println!(
        "{file}: {} claims, {} non-claims; label {:.3}, subject {:.3}, topic P {:.3} R {:.3}, \
         attribution {:.3}, claim P {:.3} R {:.3}; non-claims classified {}/{}; \
         extracted non-claims by class: {:?}",
        t.gold,
        t.nonclaims,
        s.label,
        s.subject,
        s.topic_p,
        s.topic_r,
        s.attribution,
        s.claim_p,
        s.claim_r,
        t.classified,
        t.classifiable,
        t.nonclaims_extracted
    );
    if std::env::var_os("CLAIMDIFF_SHOW_MISSES").is_some() {
        for n in &t.notes {
            println!("  {n}");
        }
    }
    (t, s)
}

fn assert_floor(name: &str, s: Scores, floor: Scores) {
    let pairs = [
        ("label", s.label, floor.label),
        ("subject", s.subject, floor.subject),
        ("topic precision", s.topic_p, floor.topic_p),
        ("topic recall", s.topic_r, floor.topic_r),
        ("attribution", s.attribution, floor.attribution),
        ("claim precision", s.claim_p, floor.claim_p),
        ("claim recall", s.claim_r, floor.claim_r),
    ];
    for (what, got, min) in pairs {
        assert!(got >= min, "{name} {what} {got:.3} fell below {min:.3}");
    }
}

/// Every labelled time expression, time window and age group the quantity layer reads is
/// classified as a non-claim of its class (and some are: the check is not vacuous).
fn assert_classified(name: &str, t: &Tally) {
    assert!(
        t.classifiable >= 8,
        "{name}: too few classified non-claims labelled"
    );
    assert_eq!(
        t.classified, t.classifiable,
        "{name}: non-claims classified {}/{}",
        t.classified, t.classifiable
    );
}

#[test]
fn english_grammar() {
    let (t, s) = measure("grammar_en.jsonl");
    assert!(t.gold >= 250, "at least 250 labelled English claims");
    assert_floor("en", s, EN_FLOOR);
    assert_classified("en", &t);
}

#[test]
fn spanish_grammar() {
    let (t, s) = measure("grammar_es.jsonl");
    assert!(t.gold >= 100, "at least 100 labelled Spanish claims");
    assert_floor("es", s, ES_FLOOR);
    assert_classified("es", &t);
}

/// Held-out floors: tests/data/grammar_heldout_{en,es}.jsonl were written and labelled before
/// the extractor was run on them, so their scores are the honest estimate of quality on new
/// text. Floors are set at what was measured after the fixes of issue 12's grammar2 round.
/// Measured before the fixes: label .871, subject .952, topic P .956 R .792, attribution .903,
/// claim P 1.000 R .984; after: .968, .968, .981, .917, .968, 1.000, .984. The floors sit a
/// little below (62 claims: one claim is .016).
const HELDOUT_EN_FLOOR: Scores = Scores {
    label: 0.95,
    subject: 0.95,
    topic_p: 0.96,
    topic_r: 0.90,
    attribution: 0.95,
    claim_p: 0.98,
    claim_r: 0.98,
};

/// Held-out floor for Spanish (see [`HELDOUT_EN_FLOOR`]).
/// Measured before: label .933, subject .933, topic P .864 R .680, attribution 1.000, claim P
/// 1.000 R 1.000; after: 1.000, 1.000, 1.000, .960, 1.000, 1.000, 1.000 (30 claims: one claim
/// is .033, so the floors leave one miss each).
const HELDOUT_ES_FLOOR: Scores = Scores {
    label: 0.96,
    subject: 0.96,
    topic_p: 0.96,
    topic_r: 0.92,
    attribution: 0.96,
    claim_p: 0.96,
    claim_r: 0.96,
};

#[test]
fn english_held_out() {
    let (t, s) = measure("grammar_heldout_en.jsonl");
    assert!(t.gold >= 60, "at least 60 held-out English claims");
    assert_floor("held-out en", s, HELDOUT_EN_FLOOR);
}

/// Third English held-out set (grammar4 round): UK housing and evictions, strikes, court
/// sentences, wildfires and power cuts, polls, football, airline delays, earnings and layoffs,
/// waiting lists and local budgets, written and labelled before the extractor was run on it.
/// Measured blind (108 claims, 55 texts): label .815, subject .917, topic P 1.000 R .724,
/// attribution .806, claim P .964 R 1.000; after the grammar4 fixes: .963, 1.000, 1.000,
/// .882, .991, .973, 1.000; after grammar5 (topic scope, duration verbs, money sources, the
/// hyperbolic distance, written after reading its misses, so no longer a blind estimate):
/// 1.000, 1.000, 1.000, .974,
/// .991, .982, 1.000. The floors sit just below (one claim is .009). "over two years"
/// after a budget cut is labelled a time window here while tests/data/pairs/058 keeps "a 20
/// percent raise over 3 years" as a claim: one convention is still to be chosen.
const HELDOUT3_EN_FLOOR: Scores = Scores {
    label: 0.99,
    subject: 0.99,
    topic_p: 0.99,
    topic_r: 0.96,
    attribution: 0.99,
    claim_p: 0.98,
    claim_r: 0.99,
};

#[test]
fn english_held_out_3() {
    let (t, s) = measure("grammar_heldout3_en.jsonl");
    assert!(t.gold >= 90, "at least 90 held-out English claims");
    assert_floor("held-out 3 en", s, HELDOUT3_EN_FLOOR);
}

#[test]
fn spanish_held_out() {
    let (t, s) = measure("grammar_heldout_es.jsonl");
    assert!(t.gold >= 30, "at least 30 held-out Spanish claims");
    assert_floor("held-out es", s, HELDOUT_ES_FLOOR);
}

/// Third Spanish held-out set (tests/data/grammar_heldout3_es.jsonl): written and labelled
/// blind on story types the other sets cover little (public debt and deficit, subsidies,
/// migrant caravans, homicides by state, dengue and disease, unemployment, remittances, fuel
/// prices, elections and polls, earthquakes, drought, football). Measured blind (before any
/// fix): label .843, subject .943, topic P .885 R .571, attribution .843, claim P .986 R
/// 1.000; after the fixes of the grammar4es round: .943, 1.000, 1.000, .857, 1.000, 1.000,
/// 1.000 (70 claims: one claim is .014; the floors sit just below); after grammar6es (topic
/// terms for security forces and jobless rates, "compara precios" cut as a verb, the
/// announcement convention): .971, 1.000, 1.000, .898, 1.000, 1.000, 1.000; grammar10es
/// (a relative clause after ", que" reads its antecedent): topic R .959 -> .980; grammar13es
/// (`restrictive_relative_reads_its_noun`): topic R .980 -> 1.000.
const HELDOUT3_ES_FLOOR: Scores = Scores {
    label: 0.97,
    subject: 0.99,
    // Homonyms judged by every word of the clause, names too ("Reserve Bank" is context
    // for "rate"): one "elementos" of a Guardia Nacional name tags a count of children.
    topic_p: 0.98,
    topic_r: 0.97,
    // One convention for "anunció un recorte de N" in both languages since grammar6es
    // (LABELS.md, "Attribution of an announcement"): the announcer; the set's one label
    // that said otherwise follows it.
    attribution: 0.99,
    claim_p: 0.99,
    claim_r: 0.99,
};

#[test]
fn spanish_held_out_3() {
    let (t, s) = measure("grammar_heldout3_es.jsonl");
    assert!(t.gold >= 60, "at least 60 held-out Spanish claims (set 3)");
    assert_floor("held-out es 3", s, HELDOUT3_ES_FLOOR);
}

/// Fourth English held-out set (tests/data/grammar_heldout4_en.jsonl, grammar6 round): wire
/// copy, UK broadsheet, US local news, markets, courts, health, sport, polls, disasters,
/// science, Australian and Indian English (crore, lakh), written and labelled blind.
/// Measured blind (159 claims, 80 texts): label .830, subject .862, topic P .890 R .726,
/// attribution .912, claim P .963 R .975; after the grammar6 fixes (written after reading its
/// misses, so no longer blind): .918, .943, .983, .903, .981, 1.000, .994; after grammar7
/// (its known misses: lead pairs, totals, levels on hold, shares of a stand-in, durations
/// after "in", money for a purpose, topics of "It is 14% contained"): .981, .975, .983, .920,
/// .987, 1.000, .994. After grammar11 (topic rules `fronted_event_sets_the_scene`,
/// `coordinated_subject_reads_its_predicate`, …; "sent" 26 cartel figures is extradition):
/// topic R .938 -> .956, the rest unchanged. Floors: issue 12's goal, topics just below
/// the after figures.
#[test]
fn english_held_out_4() {
    let (t, s) = measure("grammar_heldout4_en.jsonl");
    assert!(
        t.gold >= 100,
        "at least 100 held-out English claims (set 4)"
    );
    assert_floor("held-out 4 en", s, HELDOUT4_EN_FLOOR);
}

/// Floor of the fourth English held-out set (see [`english_held_out_4`]).
const HELDOUT4_EN_FLOOR: Scores = Scores {
    topic_p: 0.98,
    topic_r: 0.95,
    ..GOAL
};

/// Fifth English held-out set (tests/data/grammar_heldout5_en.jsonl, grammar7 round): earnings
/// and guidance, local government, weather records, transport, sport, health studies, tech,
/// polls with leads, courts, conflict, obituaries, UK/US/Australian/Indian/Irish/Canadian/South
/// African copy, written and labelled blind (209 claims, 53 non-claims, 115 texts). Measured
/// blind: label .861, subject .904, topic P .849 R .664, attribution .885, claim P .981 R .986;
/// after the grammar7 fixes (written after reading its misses, so no longer a blind estimate):
/// .971, .990, .971, .907, .957, .991, 1.000. Three 'not' lists dropped their own event verb
/// when LABELS.md took the event-participle convention (after the set was written). After
/// grammar10 (rule `share_base_is_its_share_s`: "C$9 billion more on defence … to meet
/// NATO's target of 2% of GDP" is no economy figure): topic P .972 -> .979, the rest
/// unchanged (label .971, subject .990, topic R .907, attribution .986, claim P .995 R 1.000).
/// After grammar11 (topic rules `negative_context_in_the_sentence`,
/// `coordinated_subject_reads_its_predicate`, "agents" of the FBI in context, "forced from
/// their homes" no housing): topic P .979 -> .986, R .907 -> .925, the rest unchanged.
/// Floors: just below the after figures.
#[test]
fn english_held_out_5() {
    let (t, s) = measure("grammar_heldout5_en.jsonl");
    assert!(
        t.gold >= 150,
        "at least 150 held-out English claims (set 5)"
    );
    assert!(t.nonclaims >= 35, "at least 35 labelled non-claims (set 5)");
    assert_floor("held-out 5 en", s, HELDOUT5_EN_FLOOR);
}

/// Floor of the fifth English held-out set (see [`english_held_out_5`]).
const HELDOUT5_EN_FLOOR: Scores = Scores {
    label: 0.965,
    subject: 0.985,
    topic_p: 0.98,
    topic_r: 0.92,
    attribution: 0.98,
    claim_p: 0.99,
    claim_r: 0.995,
};

/// Sixth English held-out set (tests/data/grammar_heldout6_en.jsonl, grammar8 round): energy
/// bills, insurance and pensions, shipping, harvests, asylum figures, exam results, crime
/// statistics, hospital waits, central banks, markets, mergers, strikes, fires and floods,
/// transfers, seat counts, science, tech users and outages; UK/US/Irish/Indian/Australian/
/// Nigerian/Canadian copy, written and labelled blind (274 claims, 66 non-claims, 144 texts).
/// Measured blind: label .850, subject .887, topic P .928 R .806, attribution .901, claim P
/// .968 R .978; after the grammar8 fixes (written after reading its misses, so no longer a
/// blind estimate): .942, .964, .965, .950, .971, .989, 1.000. One 'not' list dropped its own
/// event participle ("recorded") per LABELS.md's event-participle convention. After grammar10
/// (rule `possessive_context`: "86 of the Dáil's 174 seats after the count" is about an
/// election): topic R .950 -> .971, the rest unchanged. After grammar11 (topic rules
/// `negative_context_in_the_sentence`: "Shareholders … with 99.5% of votes cast" is no
/// election; `fronted_event_sets_the_scene`: "Three months after the floods, 2,000 families
/// …"; an outage's "customers" alone no power cut): topic P .966 -> .978, R .971 -> .978,
/// the rest unchanged. Floors: just below the after figures.
#[test]
fn english_held_out_6() {
    let (t, s) = measure("grammar_heldout6_en.jsonl");
    assert!(
        t.gold >= 200,
        "at least 200 held-out English claims (set 6)"
    );
    assert!(t.nonclaims >= 45, "at least 45 labelled non-claims (set 6)");
    assert_floor("held-out 6 en", s, HELDOUT6_EN_FLOOR);
}

/// Floor of the sixth English held-out set (see [`english_held_out_6`]).
const HELDOUT6_EN_FLOOR: Scores = Scores {
    label: 0.93,
    subject: 0.96,
    topic_p: 0.975,
    topic_r: 0.975,
    attribution: 0.97,
    claim_p: 0.98,
    claim_r: 0.99,
};

/// Seventh English held-out set (tests/data/grammar_heldout7_en.jsonl, grammar9 round): rents
/// and house prices, tourism, aviation, retail sales, gambling, military aid and defence
/// budgets, public debt, charity appeals, court fines and sentences, sport, weather records,
/// drug seizures, census, minimum wage and pay deals, tax changes, oil and commodities, crypto,
/// space, vaccinations and outbreaks; about half the texts are article paragraphs of three to
/// five sentences (quotes over two sentences, "the company said", "the ministry added", "he
/// told reporters"); UK/US/Irish/Indian/Australian/South African/Kenyan/Canadian copy,
/// written and labelled blind (398 claims, 59 non-claims, 126 texts). Measured blind: label
/// .839, subject .844, topic P .832 R .646, attribution .869, claim P .959 R .942. After the
/// grammar9 fixes (written after reading its misses, so no longer a blind estimate; 394
/// claims, 64 non-claims): .904, .904, .946, .839, .972, .985, .995. Labels corrected after
/// the blind run, each to a convention the older sets already follow: five bare "in N
/// hours/days/years" after an amount are time windows (as "285 millimetres of rain in 24
/// hours" in held-out 5), three end-of-sentence speakers and two reported ages attributed as
/// "X rose and Y fell, the ONS said" and "Police said James Porter, 31," are, generic
/// speakers resolved per LABELS.md, two `not` lists follow the participle and "(down from …)"
/// conventions, and one omitted age ("aged 38 and 44") added. Floors: just below the after
/// figures. Merged with main's verb groups ("prices could hit $90" now reads "prices", not
/// the crude before it; "The factory could produce 5kg a day" its own subject): label .909,
/// subject .906, topic P .945, R .829 (the two topics that came with the wrong subjects are
/// gone; a rule lending a definite subject the previous figure's topics was tried and
/// dropped: it gave one in twenty claims of a mixed news corpus a stray topic). After grammar10
/// (rules `relative_figure_heads_no_list`, `age_lends_no_topic`, `share_base_is_its_share_s`,
/// `capitalised_unit_is_no_name`, `complement_of_its_own_subject`,
/// `level_infinitive_is_no_act`, `event_after_opener` for weather records, health term
/// "contacts" in context, rate base "ounce"): label .909 -> .916, subject .906 -> .914, topic
/// P .945 -> .963, R .829 -> .849; attribution .972, claim P .985 R .995 unchanged. After
/// grammar11 (topic rules `opening_subject_continues_the_story`: "A Delhi court sentenced …
/// The court said … 310%", "Each unit will sell for …" after 20,000 homes, but "The city
/// council said …" after a flood story lends nothing; `measure_noun_borrows_topics`: "The
/// average is 155mm", "aim for 5%", "prices could hit $90" after Brent crude;
/// `pronoun_subject_borrows_topics` for "he"/"she"; `value_participle_is_appositive`;
/// `own_predicate_over_the_lent_topics`; `source_phrase_is_no_appositive`;
/// `negative_context_in_the_sentence`; the English `appositive_between_subject_and_verb`;
/// "ringleader", "deposit" in context), and three ages of the charged relabelled to the
/// sets' age convention (no topic, crime tolerated: LABELS.md), weather "forecasters" in
/// context, `comparison_is_of_like_things` ("Lenders approved 3,700 fewer loans than in
/// April" after mortgage approvals): topic P .963 -> .978, R .849 -> .911; label, subject,
/// attribution and claims unchanged.
/// After grammar11b (its rules are listed at [`english_held_out_8`]): label .926 -> .931,
/// subject .921 -> .926, topic P .963 -> .968, attribution .972 -> .975.
#[test]
fn english_held_out_7() {
    let (t, s) = measure("grammar_heldout7_en.jsonl");
    assert!(
        t.gold >= 200,
        "at least 200 held-out English claims (set 7)"
    );
    assert!(t.nonclaims >= 45, "at least 45 labelled non-claims (set 7)");
    assert_floor("held-out 7 en", s, HELDOUT7_EN_FLOOR);
}

/// Floor of the seventh English held-out set (see [`english_held_out_7`]).
const HELDOUT7_EN_FLOOR: Scores = Scores {
    label: 0.93,
    subject: 0.925,
    topic_p: 0.975,
    topic_r: 0.905,
    attribution: 0.974,
    claim_p: 0.98,
    claim_r: 0.99,
};

/// Eighth English held-out set (tests/data/grammar_heldout8_en.jsonl, grammar11b round): elections
/// and polls, migration and asylum, crime statistics, schools and exams, hospitals and waiting
/// lists, transport and fares, energy bills, farming and food prices, wildfires and floods,
/// unemployment and jobs, company results and layoffs, trade and tariffs, inflation and interest
/// rates, housing starts, insurance losses, strikes, research funding and sports transfers; a
/// third of the texts are article paragraphs of three to five sentences;
/// UK/US/Irish/Indian/Australian/Nigerian/Canadian/New Zealand copy, written and labelled blind
/// (495 claims, 74 non-claims, 140 texts). Measured blind: label .889, subject .899, topic P .913
/// R .731, attribution .917, claim P .965 R .994. (The blind commit's floors were just below
/// these.) Labels corrected after the blind run, each to a convention of LABELS.md or of an older
/// set: two figures inside their poll source ("according to a YouGov poll of 2,104 adults")
/// unattributed (`figure_inside_its_source`), "the regulator" and "the agency" left as
/// descriptions where no body was named with their noun, "The union wants" unattributed (no verb
/// of speech), "rose by 5% to 7%" read as a change and a level (two claims), two omitted ages of
/// "aged 24, 31 and 55" added, the unit "tonnes" accepted as "ton" and "burned" as a head of
/// burned areas (498 claims). After the grammar11b fixes (written after reading its misses, so no
/// longer a blind estimate): label .944, subject .946, topic P .915 R .746, attribution .982,
/// claim P .980 R .996. Rules: `adverb_inside_the_verb_group`, `relative_subject_is_its_noun`,
/// `as_high_as_is_the_figure_s`, `average_of_a_change`, `age_before_an_amount`,
/// `modified_speech_word_is_a_noun`, `possessive_is_no_plural`, `change_of_the_figure_before`,
/// `fronted_partitive_names_the_whole`, `direction_before_by`, `expected_noun_is_the_subject`,
/// `active_verb_with_an_object`, `span_of_time_ends_the_phrase`; attribution
/// `name_in_ly_is_no_adverb`, `hyphenated_speaker_name`, `ampersand_joins_a_name`,
/// `generic_speaker_is_the_same_noun`, `noun_before_its_name`, `titled_name_is_a_person`,
/// `title_speaks_for_the_named_person`, `body_word_is_no_person`, `opening_name_after_its_noun`,
/// `published_in_names_the_journal`, `known_as_is_an_appositive`,
/// `trailing_speaker_keeps_its_adjunct`, `trailing_speaker_behind_its_name`,
/// `trailing_speaker_before_a_participle`; quantities `comma_from_after_a_level`,
/// `time_between_a_figure_and_up_from`, `dozen_as_a_rate_base`, `change_by_across_its_object`, the
/// naira sign. grammar12 (English topics, after reading its topic misses): topic P .911 -> .978,
/// R .756 -> .900 (other figures unchanged), with the clause rules
/// `purpose_infinitive_opens_a_clause`, `noun_after_an_article`,
/// `predicate_list_shares_the_subject` (and
/// `coordinated_predicate` past an appositive), plural event kinds after "after"; the topic
/// rules `ages_in_a_list`, `casualties_of_the_sentence_s_disaster`,
/// `animals_are_no_casualties`, `lead_narrowed_to_points`, `side_trails_at_a_share`, `pronoun_subject_borrows_topics` for a
/// count of people, `pronoun_of_the_infinitive`, `generic_body_continues_the_story`, `attempt_is_no_casualty` past
/// "to",
/// "proportion" as a measure noun; homonyms (candidates of an exam, trade unions, hectares
/// outside a fire or flood, cases of crimes, …) and terms in context (housing starts, a trip, a
/// season ticket, drivers, cabin crew, entries, positions, emergency departments, filling stations, people
/// seeking protection, rescued …). Data: the 1,000 drivers stranded by snow take climate in
/// `topics_ok`, as the same sentence's other figures do. Floors: just below the after figures.
#[test]
fn english_held_out_8() {
    let (t, s) = measure("grammar_heldout8_en.jsonl");
    assert!(
        t.gold >= 200,
        "at least 200 held-out English claims (set 8)"
    );
    assert!(t.nonclaims >= 45, "at least 45 labelled non-claims (set 8)");
    assert_floor("held-out 8 en", s, HELDOUT8_EN_FLOOR);
}

/// Floor of the eighth English held-out set (see [`english_held_out_8`]).
const HELDOUT8_EN_FLOOR: Scores = Scores {
    label: 0.94,
    subject: 0.94,
    topic_p: 0.975,
    topic_r: 0.895,
    attribution: 0.98,
    claim_p: 0.975,
    claim_r: 0.99,
};

/// Ninth English held-out set (tests/data/grammar_heldout9_en.jsonl, grammar13 round): local
/// councils and planning, courts and sentencing, water and sewage, pensions and benefits,
/// shipping and ports, aviation safety, mining, tourism, retail sales, public transport strikes,
/// drought and crops, vaccination, road deaths, prisons, defence procurement, sport attendance
/// and finances, tech layoffs, cyber attacks and charity appeals; a third of the texts are
/// article paragraphs of three to five sentences; UK/US/Irish/Indian/Australian/South African/
/// Kenyan/Canadian/Singaporean copy, written and labelled blind (392 claims, 83 non-claims, 122
/// texts). Measured blind: label .903, subject .916, topic P .858 R .544, attribution .908, claim
/// P .970 R .990 (the blind commit's floors were just below these). Labels corrected after the
/// blind run, each to a convention LABELS.md or the set states: three end-of-sentence speakers
/// given every clause of their sentence ("Rescuers pulled 11 miners alive …, but 18 others remain trapped, the mines
/// minister said"; "A strike by 8,000 railway workers … left 90 ships waiting, Transnet said";
/// "Drought has cut … by 70%, and 7.6 million people …, the World Food Programme said"), and
/// "farmers … expect canola yields 25% below average" attributed to the farmers as the set's
/// "Economists had expected" and "The authority expects" are (attribution .908 -> .918 with the
/// blind extractor). After the grammar13 fixes (written after reading its misses, so no longer
/// a blind estimate): label .903, subject .916, topic P .941 R .842, attribution .918, claim P
/// .970 R .990. Topic work: the English lexicon given each topic's ordinary news vocabulary
/// (courts and prisons, scams and hacking, ports and freight, aviation and road users, defence
/// procurement, vaccination and outbreaks, lay-offs, benefits and grants, tourism and retail,
/// dwellings, and terms for beats no set has: referendums, emigration, insolvencies, pipelines,
/// eruptions, terrorism, enrolment, …), homonyms in context (spent/spend, benefits, grants,
/// revenue, roles, laid off, admissions, sales, crash, scam victims and cases, a ship's cargo,
/// containers of drugs, doses of drugs, pre-pandemic, road, trips, court, trial, vacancies,
/// delays, fighter jets, storm overflows) and stems of other words kept out (=container,
/// =shipping, =pension, =affordable, =heat, =university, =shelling, =lettings, =parking); rules
/// `measure_noun_with_its_scope` ("bringing the total for the outbreak to 203"),
/// `casualties_of_the_sentence_s_crash` ("Five people died when a minibus taxi collided with a
/// truck"), `surname_continues_the_story` ("… Jodie Marsh, 29, was jailed … Marsh must also
/// repay £40,000"; the story goes on from the last figure that had topics),
/// `plural_acronym_is_no_name` ("1.02 million TEUs"), `home_of_another_thing` ("41 home
/// games", "towns home to 400,000 people"), `part_of_which_keeps_the_whole_s_topics` in English
/// ("11 frigates, the first three of which"); measure nouns "figure", "tally", "level". Every
/// other English set kept its figures (held-out 5 topic P .986 -> .987, 6 P .978 -> .979,
/// grammar_en P .986 -> .982: "21 crew members" after "4,000 containers and" now takes trade,
/// held-out 4 P .984 -> .985, R .956 -> .965). Then `sentence_for_a_charge_is_crime` in
/// English (the terms of "sentenced to minimum terms of 21 and 24 years for the murder of a
/// delivery rider" take no casualties or transport): topic P .941 -> .950. Floors: just below
/// the after figures. Known misses left: compound adjectives with a unit ("a four-hour meeting", "a 40-foot
/// container") are labelled non-claims here as in sets 7 and 8, while the exclusion rule keeps
/// "A 10-year plan" a claim; labels of changes without their noun ("£9.7bn too", "£603 Wales").
/// Then the topics15 round (general fixes for the classes of its topic misses, not for one
/// sentence): vocabulary (retail, ransoms, prison terms, abuse, landings and airliners,
/// cancelled services, what workers earn or walk out over, bodies brought up), the Army, Navy,
/// Defence Forces and Treasury as capitalised common nouns, and the scope rules
/// `subordinate_clause_opens_a_clause` with `clause_reads_its_cause`,
/// `means_clause_opens_a_clause`, the counted noun phrase of `noun_counted_by_an_earlier_figure`,
/// `coordinated_clause_keeps_its_own_topics`, `forecasters_continue_the_story`,
/// `place_before_a_measure_noun`, `without_a_home`, `benefit_name_is_budget` ("winter fuel
/// payment" is a benefit, no energy) and `benefit_s_recipients`: topic P .950 -> .978, R .842
/// -> .926, the rest unchanged; held-out 8 en topic P .979 -> .981, R .900 -> .905. Floors: the
/// after figures rounded down. Topic misses left: a strike's topic on the counts of what it
/// stopped ("left 90 ships waiting"), police officers as security beside arrests, figures of a
/// quote or an aside that name their topic only in the sentences before ("fill 200 seats",
/// "19,000 of them had waited more than 12 months").
#[test]
fn english_held_out_9() {
    let (t, s) = measure("grammar_heldout9_en.jsonl");
    assert!(
        t.gold >= 220,
        "at least 220 held-out English claims (set 9)"
    );
    assert!(t.nonclaims >= 50, "at least 50 labelled non-claims (set 9)");
    assert_floor("held-out 9 en", s, HELDOUT9_EN_FLOOR);
}

/// Floor of the ninth English held-out set (see [`english_held_out_9`]).
const HELDOUT9_EN_FLOOR: Scores = Scores {
    label: 0.90,
    subject: 0.91,
    topic_p: 0.97,
    topic_r: 0.92,
    attribution: 0.915,
    claim_p: 0.965,
    claim_r: 0.985,
};

/// Tenth English held-out set (tests/data/grammar_heldout10_en.jsonl): written and labelled
/// blind (texts and labels committed before claimdiff was run on them), on beats no older set
/// covers: space and science, fisheries and farming, insurance, gambling, media and
/// advertising, churches and charities, wildlife and conservation, universities and research
/// funding, local transport fares, air quality, fires and rescues, elections abroad,
/// employment tribunals, product recalls, football transfers, weather records, public
/// inquiries and tax cases; UK/US/Irish/Australian/Indian/Kenyan/Canadian/European copy, with
/// passives, partitives ("40 of them", "23 of the 31 days"), ratios ("three in four"), money
/// with scales, changes ("rose 12% to", "up from £2"), ranges, qualifiers, appositive ages,
/// quotes and speakers in other sentences, generic speakers ("the corporation said", "the club
/// said"), "according to", "found that", and a non-claim of every class. Measured blind (284
/// claims, 58 non-claims, 108 texts): label .852, subject .887, topic P .828 R .630,
/// attribution .915, claim P .969 R 1.000 (the floors: these rounded down). Labels corrected
/// after reading the misses, each to a convention LABELS.md states: "over seven years" after an
/// amount ("a budget of €95.5bn over seven years") made a claim; a figure in a sentence with no
/// speaker left unattributed ("Freshwater species were hit hardest, with an 85% decline" after
/// "…, the WWF said"); "the club said" kept as the description (no route of the generic-speaker
/// rule leads to Real Madrid); "X found that" given to X as the set's "a survey … found that"
/// is (the Grenfell, infected blood and Robodebt inquiries); "3 more are missing" given its
/// head noun "people". With the blind extractor (285 claims): label .856, subject .891, topic P
/// .829 R .630, attribution .933, claim P .973 R 1.000. Misses left for the next round: money
/// labelled with a neighbour instead of what it pays for ("€34M Palmeiras", "£19.2M operator"),
/// shares and changes without their noun ("28.5% first", "⅓"), durations and measures whose
/// subject is the verb ("The journey took 127 days" → "took"), generic speakers not resolved
/// ("the corporation", "the church", "the company"), "A survey of 3,000 … found that" and
/// "… ruled" not read as speakers, topics of air quality, labour tribunals, fares and tax cases,
/// and compound adjectives with a unit ("a 30-second slot") extracted as claims. After the
/// labels16 round (rules `price_to_a_name`, `measure_names_its_unit`,
/// `payee_is_not_what_is_paid`, payment verbs in their base forms, `average_of_a_change` after
/// a verb of change): label .884, subject .912, attribution .933 (the floors: these rounded
/// down).
/// After the topics16 round's general fixes (the beats' vocabulary and homonym contexts, written
/// after reading its misses, so no longer a blind estimate): topic P .909 R .761 (their floors:
/// these rounded down).
/// After the topics17 round's clause-reach rules (`part_of_them_keeps_the_whole_s_topics`,
/// `included_part_keeps_the_whole_s_topics`, `report_counts_its_own_measures`,
/// `referent_adds_its_topics`, `modified_noun_continues_the_story`,
/// `state_that_goes_on_continues_the_story`, `time_an_act_took_borrows_nothing`,
/// `fronted_scene_sets_the_scene`): topic P .937 R .812 (their floors: these rounded down).
/// After the labels17 round (rules `partitive_of_a_stand_in`, `comparison_with_an_earlier_time`,
/// `time_phrase_before_the_figure`, `that_opens_a_relative`, `level_of_a_state`,
/// `measure_adjective_after_its_noun`, `attributive_age_before_a_name`; findings as sources:
/// `ruling_speaks_for_its_clause`, `discovery_is_no_source`, `finder_before_that_may_be_long`;
/// generic speakers: `noun_opens_its_name`, `owner_is_not_the_body`, "corporation", "church";
/// then `part_after_including`, `free_relative_keeps_its_clause`,
/// `part_of_which_counts_the_noun_before`): label .933, subject .954, attribution .965 (the
/// floors: these rounded down). After the topics18, labels18 and topics19 rounds: subject
/// .954, topic P .944 R .841, attribution .972, claim P .979 (the floors: these rounded down).
#[test]
fn english_held_out_10() {
    let (t, s) = measure("grammar_heldout10_en.jsonl");
    assert!(
        t.gold >= 240,
        "at least 240 held-out English claims (set 10)"
    );
    assert!(
        t.nonclaims >= 55,
        "at least 55 labelled non-claims (set 10)"
    );
    assert_floor("held-out 10 en", s, HELDOUT10_EN_FLOOR);
}

/// Floor of the tenth English held-out set (see [`english_held_out_10`]).
const HELDOUT10_EN_FLOOR: Scores = Scores {
    label: 0.93,
    subject: 0.95,
    topic_p: 0.94,
    topic_r: 0.85,
    attribution: 0.97,
    claim_p: 0.97,
    claim_r: 1.00,
};

/// Fourth Spanish held-out set (tests/data/grammar_heldout4_es.jsonl, grammar6es round):
/// written and labelled blind across México, España, Argentina, Colombia and Chile (crime and
/// security forces, courts, public money with scales, inflation and jobs, polls and seats,
/// health, football, disasters, energy), with se-passives, partitives and "N de cada M",
/// lists, appositive ages, quotes whose speaker is in another sentence, "pasó de X a Y",
/// comparatives, durations, topic traps (Casa Blanca, Guardia Nacional, paro/para) and a
/// non-claim of every class. Measured blind (103 claims, 35 non-claims): label .864, subject
/// .835, topic P .881 R .787, attribution .874, claim P .927 R .990; after the grammar6es
/// fixes (written after reading its misses, so no longer a blind estimate): .942, .913, .979,
/// .987, 1.000, 1.000, 1.000. Floors: the goal.
#[test]
fn spanish_held_out_4() {
    let (t, s) = measure("grammar_heldout4_es.jsonl");
    assert!(t.gold >= 70, "at least 70 held-out Spanish claims (set 4)");
    assert!(t.nonclaims >= 20, "at least 20 labelled non-claims (set 4)");
    assert_floor("held-out es 4", s, GOAL);
}

/// Fifth Spanish held-out set (tests/data/grammar_heldout5_es.jsonl, grammar7es round):
/// written and labelled blind across México, España, Argentina, Colombia, Chile, Perú,
/// Venezuela and US Spanish-language media (companies and markets, local government,
/// temperature records, transport, football, health studies, polls, courts, security forces,
/// migration, energy, CPI lists "en X", money for a purpose, durations of events,
/// comparatives, se-passives, "N de cada M", appositive ages, pronouns, quotes across
/// sentences, "según"/"informó"/"calculan"/"de acuerdo con", topic traps and a non-claim of
/// every class). Measured blind (156 claims, 44 non-claims, 93 texts): label .769, subject
/// .840, topic P .813 R .711, attribution .923, claim P .957 R .994; after the grammar7es
/// fixes (written after reading its misses, so no longer a blind estimate): .974, .981, .973,
/// .933, .974, .987, 1.000. grammar13es (`restrictive_relative_reads_its_noun`: "la Fiscalía
/// pide penas que suman 230 años"): topic R .967 -> .978. Floors: the issue's goal.
#[test]
fn spanish_held_out_5() {
    let (t, s) = measure("grammar_heldout5_es.jsonl");
    assert!(
        t.gold >= 110,
        "at least 110 held-out Spanish claims (set 5)"
    );
    assert!(t.nonclaims >= 30, "at least 30 labelled non-claims (set 5)");
    assert_floor("held-out es 5", s, GOAL);
}

/// Sixth Spanish held-out set (tests/data/grammar_heldout6_es.jsonl, grammar8es round):
/// written and labelled blind across México, España, Argentina, Colombia, Chile, Perú,
/// Uruguay, Ecuador, Central America, the Caribbean and US Spanish-language media (rates and
/// inflation, remittances, migration, homicides, polls and seats, health, drought and fires,
/// mining and energy, transport, education, football, companies and markets, budgets,
/// housing, jobs), with se-passives, partitives and "N de cada M", ranges, lists, appositive
/// ages, "pasó/subió de X a Y", "cayó un 3%", "según" first and last, speech verbs after a
/// semicolon, elided subjects, "mil millones", "millón y medio", money for a purpose,
/// durations, topic traps (Vaca Muerta, Casa de Papel, Ministerio de Energía, home office) and
/// a non-claim of every class. Measured blind (236 claims, 63 non-claims, 119 texts): label
/// .775, subject .831, topic P .941 R .747, attribution .919, claim P .970 R .975; after the
/// grammar8es fixes (written after reading its misses, so no longer a blind estimate): .911,
/// .953, .955, .913, .966, 1.000, .987; after grammar10es (homonym contexts for inversión,
/// recaudar, deuda, desaparecidos, generación; a service's name opens with its kind; ", que"
/// reads its antecedent; counts joined to "casos de X"; sums named by their act; durations of
/// a relative's antecedent; "EE.UU." as one word): label .932 -> .949, subject .966 -> .975,
/// topic P .955 -> .995, R .927 -> .967. The floors sit just below.
const HELDOUT6_ES_FLOOR: Scores = Scores {
    label: 0.94,
    subject: 0.97,
    topic_p: 0.99,
    topic_r: 0.96,
    attribution: 0.96,
    claim_p: 0.99,
    claim_r: 0.98,
};

#[test]
fn spanish_held_out_6() {
    let (t, s) = measure("grammar_heldout6_es.jsonl");
    assert!(
        t.gold >= 150,
        "at least 150 held-out Spanish claims (set 6)"
    );
    assert!(t.nonclaims >= 40, "at least 40 labelled non-claims (set 6)");
    assert_floor("held-out es 6", s, HELDOUT6_ES_FLOOR);
}

/// Seventh Spanish held-out set (tests/data/grammar_heldout7_es.jsonl, grammar9es round):
/// written and labelled blind, about half the texts 3-5 sentences long, across México,
/// España, Argentina, Colombia, Chile, Perú, Venezuela, Bolivia, Paraguay, Cuba, República
/// Dominicana, Guatemala, Honduras, Puerto Rico and US Spanish-language media (rents and
/// housing, tourism, aviation, retail, public debt, fines and sentences, sport results and
/// records, rain and record heat, drug seizures, census, minimum wage, taxes, oil and copper,
/// crypto, vaccination and outbreaks, water and blackouts), with se-passives, partitives,
/// "N de cada M", ranges, lists of figures with elided verbs, appositive ages, "cayó de X a
/// Y", "redujo a la mitad", "según" first and last, speech verbs after the quote ("decretó
/// Petro"), decimals with a comma and thousands with a point, money for a purpose, durations,
/// topic traps (déficit habitacional, impuesto a la renta, metro cuadrado, comercio minorista,
/// Ministerio de Defensa) and a non-claim of every class. Measured blind (252 claims, 60 non-claims, 91
/// texts): label .802, subject .877, topic P .911 R .800, attribution .925, claim P .988 R
/// .980. After the grammar9es fixes (written after reading its misses, so no longer a blind
/// estimate): .956, .964, .979, .927, .980, 1.000, .996; after grammar10es: label .956 ->
/// .960, subject .964 -> .968, topic P .979 -> .986, R .927 -> .964. The floors sit just
/// below. grammar13es ("solo", "apenas" as function words: "los pequeños comercios, solo un
/// 1,2%"): label .960 -> .964, subject .968 -> .972.
const HELDOUT7_ES_FLOOR: Scores = Scores {
    label: 0.95,
    subject: 0.96,
    topic_p: 0.98,
    topic_r: 0.96,
    attribution: 0.97,
    claim_p: 0.99,
    claim_r: 0.99,
};

#[test]
fn spanish_held_out_7() {
    let (t, s) = measure("grammar_heldout7_es.jsonl");
    assert!(
        t.gold >= 160,
        "at least 160 held-out Spanish claims (set 7)"
    );
    assert!(t.nonclaims >= 40, "at least 40 labelled non-claims (set 7)");
    assert_floor("held-out es 7", s, HELDOUT7_ES_FLOOR);
}

/// Eighth Spanish held-out set (tests/data/grammar_heldout8_es.jsonl, grammar11es round):
/// written and labelled blind, about half the texts 3-5 sentences long, across México, España,
/// Argentina, Colombia, Chile, Perú, Venezuela, Ecuador, Uruguay, Costa Rica, Panamá, El
/// Salvador, Honduras and US Spanish-language media (elections and polls, migration
/// and asylum with and without the word "migrantes", homicides and security forces, exams and
/// schools, hospital waiting lists, fares, power bills and blackouts, food prices and harvests,
/// wildfires, floods and earthquakes, unemployment, company results and lay-offs, tariffs and
/// trade, inflation and interest rates, housing, insurance, strikes, science, transfers), with
/// passives and se-passives, partitives, ranges, lists of figures, appositive ages, changes,
/// "según" first and last, generic speakers ("informó la empresa", "precisó la cartera"), a
/// speaker in an "aunque" clause that is not the figure's, a correction notice, named bodies
/// with topic words ("Policía de Tránsito", "Guardia Nacional", "el Presupuesto ... prevé") and
/// non-claims of most classes. Measured blind (234 claims, 47 non-claims, 104 texts): label .829,
/// subject .868, topic P .931 R .848, attribution .863, claim P .974 R .966. Labels corrected
/// after the blind run, each to a convention LABELS.md states: three participles after their
/// noun taken off `not` ("310 conductores sorprendidos"), three end-of-sentence speakers given
/// every clause and reported age of their sentence ("..., que dejó 137 fallecidos, ..., informó
/// el Gobierno"), two figures of a sentence before the speaker's left unattributed, and "58
/// segundos antes" made a time expression (233 claims, 48 non-claims: .845, .871, .931, .848,
/// .893, .974, .970). After the grammar11es fixes (written after reading its misses, so no
/// longer a blind estimate; 233 claims, 46 non-claims, four more labels brought to older
/// conventions: an age range is a claim, "asesinadas" is crime as in held-out 6, a correction
/// notice makes no claims, accented heads): label .961, subject .957, topic P .969 R .966,
/// attribution .987, claim P .996 R .996. Floors: just below. Rule
/// `coordinated_count_keeps_its_noun` ("dejó 1.830 casos confirmados y tres muertes": the
/// cases take no casualties): topic P .969 -> .974. grammar13es
/// (`relative_between_subject_and_verb`: "El incendio …, que dejó 137 fallecidos, destruyó
/// unas 7.000 viviendas"): topic P .974 -> .975, R .966 -> .972. grammar14es
/// (`seller_names_no_thing_bought`: "la contratación del delantero uruguayo Edinson Cavani
/// por 2,5 millones"): label .961 -> .966, subject .957 -> .961.
const HELDOUT8_ES_FLOOR: Scores = Scores {
    label: 0.96,
    subject: 0.955,
    topic_p: 0.97,
    topic_r: 0.96,
    attribution: 0.98,
    claim_p: 0.99,
    claim_r: 0.99,
};

#[test]
fn spanish_held_out_8() {
    let (t, s) = measure("grammar_heldout8_es.jsonl");
    assert!(
        t.gold >= 160,
        "at least 160 held-out Spanish claims (set 8)"
    );
    assert!(t.nonclaims >= 40, "at least 40 labelled non-claims (set 8)");
    assert_floor("held-out es 8", s, HELDOUT8_ES_FLOOR);
}

/// Ninth Spanish held-out set (tests/data/grammar_heldout9_es.jsonl, grammar13es round):
/// written and labelled blind, about 40% of the texts 3-5 sentences long, across España,
/// México, Argentina, Colombia, Chile, Perú, Bolivia, Paraguay, Uruguay, Guatemala, Panamá,
/// República Dominicana, Cuba, El Salvador and US Spanish-language media, on beats the older
/// sets cover little (town halls and urban planning, court sentences, water and drought,
/// pensions and social transfers, ports and shipping, aviation, mining, tourism, retail sales,
/// transport strikes, harvests, vaccination, road deaths, prisons, defence purchases, club
/// attendance and finances, tech lay-offs, cyberattacks, charity appeals), with topic traps
/// (Seguridad Social, Renta Ciudadana, Ministerio de Energía y Minas, Agencia de Protección de
/// Datos, afiliados of a club, recaudar of a telethon, a tasa of a town hall) and non-claims of
/// most classes. Measured blind (263 claims, 46 non-claims, 95 texts): label .867, subject
/// .890, topic P .884 R .712, attribution .932, claim P .985 R .985. Labels corrected after
/// the blind run, each to a convention the older sets and `generic_es` state: five generic
/// speakers of public bodies and clubs ("informó el club", "informó la institución",
/// "precisó la dependencia", "según la entidad") keep their description, as held-out 7's
/// "informó el club" and held-out 8's "precisó la cartera" do (blind attribution with them:
/// .951). After the grammar13es fixes (written after reading its misses, so no longer a
/// blind estimate): label .897, subject .920, topic P .983 R .928, attribution .966, claim P
/// .985 R .989. Topics: the Spanish lexicon's ordinary news vocabulary per topic, homonyms by
/// context and exact forms (R .712 -> .896, P .884 -> .930), rules
/// `consequence_clause_reads_the_event_before`, `sentence_for_a_charge_is_crime`,
/// `relative_between_subject_and_verb`, `restrictive_relative_reads_its_noun`; labels and
/// subjects: `national_adjective_is_the_currency_s`, `range_ends_measure_alike`,
/// `bearer_of_a_cost_names_no_thing`, `al_infinitive_is_a_time_clause`, rate adjectives,
/// harvest seasons as time words, "lejos de" as a comparison; attribution
/// `short_name_is_the_full_name_es`. After grammar14es (rules `opening_verb_is_no_name`,
/// `seller_names_no_thing_bought`, `each_payer_names_the_sum`, and
/// `relative_clause_before_the_verb` read in Spanish): label .897 -> .920, subject .920 ->
/// .943; topic P .983 R .928, attribution .966, claim P .985 R .989 unchanged. Floors: just
/// below the after figures.
const HELDOUT9_ES_FLOOR: Scores = Scores {
    label: 0.915,
    subject: 0.94,
    topic_p: 0.975,
    topic_r: 0.92,
    attribution: 0.96,
    claim_p: 0.98,
    claim_r: 0.985,
};

#[test]
fn spanish_held_out_9() {
    let (t, s) = measure("grammar_heldout9_es.jsonl");
    assert!(
        t.gold >= 170,
        "at least 170 held-out Spanish claims (set 9)"
    );
    assert!(t.nonclaims >= 40, "at least 40 labelled non-claims (set 9)");
    assert_floor("held-out es 9", s, HELDOUT9_ES_FLOOR);
}

/// Tenth Spanish held-out set (tests/data/grammar_heldout10_es.jsonl): written and labelled
/// blind (texts and labels committed before claimdiff was run on them) across España, México,
/// Argentina, Colombia, Chile, Perú, Ecuador, Guatemala and news of Portugal, France, Brazil
/// and Venezuela, on beats no older set covers (space and science, fisheries and harvests,
/// insurance, gambling, media and advertising, church and charities, wildlife, universities
/// and research grants, transport fares, air quality, fires and rescues, elections abroad,
/// labour courts, product recalls, football transfers, weather records, commissions of
/// inquiry, tax cases), with se-passives, partitives and "N de cada M", "pasó de X a Y",
/// "subió a 50, desde los 12", ranges, "mil millones" and "billones", appositive ages,
/// "según"/"calcula"/"informó" first and last, generic speakers ("calcula la organización",
/// "el club calcula"), topic traps (casilla de la Iglesia en la renta, Seguridad Social in a
/// labour case, Comisión Ambiental) and a non-claim of every class. Measured blind (212
/// claims, 41 non-claims, 80 texts): label .877, subject .906, topic P .833 R .598,
/// attribution .958, claim P .977 R .981 (the floors: these rounded down). Labels corrected
/// after reading the misses, each to a convention LABELS.md states: an age reported by the
/// speaker at the end of its sentence given to that speaker ("Luis Díaz, de 28 años, fichó …,
/// informó el Liverpool"); "concluyó que" given to its subject as English "found that" is (the
/// Comisión de la Verdad); "estufas" taken off the `not` of the 80% whose own clause it is in;
/// "el 80% de ellas eran civiles" given the antecedent "persona" as a head, as the set's other
/// partitives with a pronoun are. With the blind extractor: label .887, subject .910, topic P
/// .833 R .598, attribution .953, claim P .977 R .981. Misses left for the next round: money
/// labelled with its recipient or a neighbour ("€57M a la Seguridad Social", "$600M SAOCOM"),
/// shares and changes without their noun ("9% salud", "89% de hace"), subjects that are verbs
/// ("ordenó retirar", "tardaron en controlarlo"), "la mitad" and elided nouns not read ("frente
/// a las 27.000 de un año lluvioso"), "desde los 12 que tenía" extracted as a claim, topics of
/// air quality, fares, labour courts, recalls and tax cases. Measured again before the
/// labels16 round: label .882, subject .910, attribution .953; after it (rules
/// `price_to_a_name`, `measure_names_its_unit`, `payee_is_not_what_is_paid`): label .901,
/// subject .929, attribution .953 (the floors: these rounded down).
/// After the topics16 round's general fixes (the beats' vocabulary, homonym contexts and rule
/// `labour_court_orders_are_no_crime`, written after reading its misses, so no longer a blind
/// estimate): topic P .905 R .770 (their floors: these rounded down).
/// After the topics17 round's clause-reach rules (`report_counts_its_own_measures`,
/// `demonstrative_continues_the_story`, `state_that_goes_on_continues_the_story`, the
/// continuation of the sentence before read in Spanish): topic P .935 R .779 (their floors:
/// these rounded down).
/// After the labels17 round (rules `comparison_with_an_earlier_time`, `time_after_a_link` with
/// "hace", `share_goes_to_its_destination`, `copula_closes_a_long_subject`,
/// `ruling_speaks_for_its_clause`, `association_is_the_earlier_speaker_es`): label .925,
/// subject .948, attribution .967 (the floors: these rounded down). After the topics18,
/// labels18 and topics19 rounds: topic R .795, claim P .990 (the floors: these rounded down).
const HELDOUT10_ES_FLOOR: Scores = Scores {
    label: 0.92,
    subject: 0.94,
    topic_p: 0.94,
    topic_r: 0.80,
    attribution: 0.96,
    claim_p: 0.98,
    claim_r: 0.98,
};

#[test]
fn spanish_held_out_10() {
    let (t, s) = measure("grammar_heldout10_es.jsonl");
    assert!(
        t.gold >= 170,
        "at least 170 held-out Spanish claims (set 10)"
    );
    assert!(
        t.nonclaims >= 35,
        "at least 35 labelled non-claims (set 10)"
    );
    assert_floor("held-out es 10", s, HELDOUT10_ES_FLOOR);
}

/// Eleventh English held-out set (tests/data/grammar_heldout11_en.jsonl): written and labelled blind by a helper
/// who never ran claimdiff on it, on beats no earlier set covered: central banks and rates,
/// mortgages and rents, migration and asylum, drug seizures, hospital waits and doctors' pay,
/// medicine prices, cars and electric vehicles, telecoms, AI and data centres, energy bills, oil
/// and Opec, company results and markets, minimum wage, childcare, homelessness, congestion
/// charges, museums, box office and streaming, Olympics and sport, earthquakes and volcanoes,
/// aid, births and population, obesity, smoking and vaping, alcohol and sugar duties, water
/// shortages, coastal erosion, deforestation, plastics and lotteries; UK, US, Irish, Indian
/// (crore, lakh), Australian, South African, Nigerian, Canadian, New Zealand and Singaporean
/// copy, 37% of it paragraphs of 3 to 5 sentences, with partitives, ratios, changes against an
/// earlier figure, ranges, qualifiers, appositive ages, quotes and speakers across sentences,
/// generic speakers, "found that", topic-word traps ("Home Office", "drug-buying agency") and
/// a non-claim of every class. Measured blind on main before the session's rounds were merged
/// (515 claims, 118 non-claims, 155 texts): label .909, subject .918, topic P .906 R .745,
/// attribution .926, claim P .964 R .988. After the next session's rounds (topics18,
/// labels18, topics19, which read its misses: no longer a blind estimate): label .915,
/// subject .920, topic P .946 R .830, attribution .965, claim P .986 R .992 (the floors: these
/// rounded down).
#[test]
fn english_held_out_11() {
    let (t, s) = measure("grammar_heldout11_en.jsonl");
    assert!(
        t.gold >= 480,
        "at least 480 held-out English claims (set 11)"
    );
    assert!(
        t.nonclaims >= 110,
        "at least 110 labelled non-claims (set 11)"
    );
    assert_floor("held-out 11 en", s, HELDOUT11_EN_FLOOR);
}

/// Floor of the eleventh English held-out set (see [`english_held_out_11`]).
const HELDOUT11_EN_FLOOR: Scores = Scores {
    label: 0.91,
    subject: 0.92,
    topic_p: 0.95,
    topic_r: 0.85,
    attribution: 0.96,
    claim_p: 0.98,
    claim_r: 0.99,
};

/// Eleventh Spanish held-out set (tests/data/grammar_heldout11_es.jsonl): written and labelled blind by a helper
/// who never ran claimdiff on it, on beats no earlier set covered: bancos centrales y tipos,
/// hipotecas y alquileres, migración, incautaciones de droga, listas de espera, medicamentos,
/// coches eléctricos, telecomunicaciones, centros de datos, facturas de luz, petróleo y OPEP,
/// resultados de empresas, salario mínimo, cuidado infantil, personas sin hogar, peajes,
/// museos, taquilla, deporte, terremotos y volcanes, ayuda humanitaria, natalidad, obesidad,
/// tabaco, impuestos al alcohol y al azúcar, sequía, erosión costera, deforestación, plásticos
/// y loterías; copy from sixteen countries with their own notations (Mexican "315.04 pesos" and
/// "12,500 millones", a space for thousands in "28 500"), 41% of it paragraphs. Measured blind
/// on main before the session's rounds were merged (307 claims, 59 non-claims, 100 texts):
/// label .850, subject .873, topic P .933 R .587, attribution .945, claim P .956 R .984. After
/// the next session's rounds (topics18, labels18, topics19, which read its misses): label
/// .906, subject .912, topic P .960 R .781, attribution .954, claim P .990 R .990 (the floors:
/// these rounded down).
#[test]
fn spanish_held_out_11() {
    let (t, s) = measure("grammar_heldout11_es.jsonl");
    assert!(
        t.gold >= 290,
        "at least 290 held-out Spanish claims (set 11)"
    );
    assert!(
        t.nonclaims >= 55,
        "at least 55 labelled non-claims (set 11)"
    );
    assert_floor("held-out es 11", s, HELDOUT11_ES_FLOOR);
}

/// Floor of the eleventh Spanish held-out set (see [`spanish_held_out_11`]).
const HELDOUT11_ES_FLOOR: Scores = Scores {
    label: 0.90,
    subject: 0.91,
    topic_p: 0.95,
    topic_r: 0.80,
    attribution: 0.95,
    claim_p: 0.98,
    claim_r: 0.98,
};

/// Twelfth English held-out set (tests/data/grammar_heldout12_en.jsonl): written and labelled
/// blind by a helper who never ran claimdiff on it, on beats no earlier set covered:
/// archaeology and treasure finds, bees and hornets, chess and esports, libraries, funerals and
/// cemeteries, pets, opera and orchestras, patents, lifeboats and coastguards, dentistry,
/// mountain rescue, ferries, the spice and salt trade, garment factories, water leaks, animal
/// disease, horse racing, robotics, quantum computing, semiconductors, bridges and tunnels,
/// language learning, parking fines, noise complaints and canals, with council budgets, crime,
/// health and elections abroad written in new ways; 42% of it paragraphs of three to five
/// sentences with speakers carried across them. Measured blind on main before the session's
/// rounds were merged (406 claims, 98 non-claims, 110 texts): label .904, subject .941, topic P
/// .787 R .614, attribution .911, claim P .966 R .983. Read and fixed against its misses in the
/// next session: the floors are its figures after that, rounded down.
#[test]
fn english_held_out_12() {
    let (t, s) = measure("grammar_heldout12_en.jsonl");
    assert!(
        t.gold >= 400,
        "at least 400 held-out English claims (set 12)"
    );
    assert!(
        t.nonclaims >= 95,
        "at least 95 labelled non-claims (set 12)"
    );
    assert_floor("held-out 12 en", s, HELDOUT12_EN_FLOOR);
}

/// Floor of the twelfth English held-out set (see [`english_held_out_12`]).
const HELDOUT12_EN_FLOOR: Scores = Scores {
    label: 0.91,
    subject: 0.94,
    topic_p: 0.88,
    topic_r: 0.76,
    attribution: 0.93,
    claim_p: 0.96,
    claim_r: 0.98,
};

/// Twelfth Spanish held-out set (tests/data/grammar_heldout12_es.jsonl): written and labelled
/// blind by a helper who never ran claimdiff on it, on beats no earlier set covered:
/// arqueología, abejas, ajedrez y deportes electrónicos, bibliotecas, funerarias, mascotas,
/// ópera, patentes, salvamento marítimo, rescate en montaña, dentistas, ferris, hipódromos,
/// robótica, computación cuántica, semiconductores, puentes y túneles, idiomas, multas y grúas,
/// ruido, maquilas, especias, enfermedades veterinarias, fugas de agua, carnaval, pirotecnia,
/// toros, surf, maratón, correos y trasplantes, with budgets, crime, health and elections
/// written in new ways; copy from nineteen countries with their own notations (1.200,5 and
/// 1,200.5, "US$ 2 150 millones", S/, $U, Q, B/., lempiras, guaraníes), 61% of it paragraphs.
/// Measured blind on main before the session's rounds were merged (289 claims, 63 non-claims,
/// 80 texts): label .824, subject .851, topic P .796 R .588, attribution .882, claim P .976 R
/// .969. Read and fixed against its misses in the next session: the floors are its figures
/// after that, rounded down.
#[test]
fn spanish_held_out_12() {
    let (t, s) = measure("grammar_heldout12_es.jsonl");
    assert!(
        t.gold >= 285,
        "at least 285 held-out Spanish claims (set 12)"
    );
    assert!(
        t.nonclaims >= 60,
        "at least 60 labelled non-claims (set 12)"
    );
    assert_floor("held-out es 12", s, HELDOUT12_ES_FLOOR);
}

/// Floor of the twelfth Spanish held-out set (see [`spanish_held_out_12`]).
const HELDOUT12_ES_FLOOR: Scores = Scores {
    label: 0.89,
    subject: 0.90,
    topic_p: 0.94,
    topic_r: 0.79,
    attribution: 0.92,
    claim_p: 0.97,
    claim_r: 0.96,
};

/// Thirteenth English held-out set (tests/data/grammar_heldout13_en.jsonl): written and
/// labelled blind by two helpers who never ran claimdiff on it, on beats no earlier set
/// covered: postal services and the Royal Mint, glaciers and avalanches, blood and organ
/// donation, ambulance response times, circus, theatre and ballet, marathons, public toilets,
/// school meals, street trees, pawnbrokers, tattoos, cruise ships, cycle lanes, bike share and
/// e-scooters, bread and bakeries, metro ridership, wine harvests, ski resorts, potholes,
/// weddings, passports, driving tests, lost property, lifts in tower blocks, pests, lightning,
/// hail, sinkholes, art auctions, vinyl, toys, truffles and oysters, with budgets, crime,
/// health and elections abroad written in new ways; money in a dozen currencies, 38% of it
/// paragraphs of three sentences or more. Measured blind on main before the session's rounds
/// were merged (846 claims, 207 non-claims, 220 texts): label .897, subject .916, topic P .857
/// R .552, attribution .898, claim P .972 R .987 (the floors: these rounded down).
#[test]
fn english_held_out_13() {
    let (t, s) = measure("grammar_heldout13_en.jsonl");
    assert!(
        t.gold >= 840,
        "at least 840 held-out English claims (set 13)"
    );
    assert!(
        t.nonclaims >= 200,
        "at least 200 labelled non-claims (set 13)"
    );
    assert_floor("held-out 13 en", s, HELDOUT13_EN_FLOOR);
}

/// Floor of the thirteenth English held-out set (see [`english_held_out_13`]).
const HELDOUT13_EN_FLOOR: Scores = Scores {
    label: 0.89,
    subject: 0.91,
    topic_p: 0.84,
    topic_r: 0.55,
    attribution: 0.89,
    claim_p: 0.97,
    claim_r: 0.98,
};

/// Thirteenth Spanish held-out set (tests/data/grammar_heldout13_es.jsonl): written and
/// labelled blind by a helper who never ran claimdiff on it, on beats no earlier set covered:
/// correos, glaciares, donación de sangre y órganos, circo y teatro, metro y teleférico,
/// maratones, baños públicos, comedores escolares y ollas comunes, arbolado urbano,
/// ambulancias, casas de empeño, tatuajes, cruceros, ciclovías y bicicletas públicas, pan y
/// panaderías, carnavales, peregrinaciones, flores, juguetes, bodas y divorcios, ahogamientos,
/// ITV, objetos perdidos, pisco, globos aerostáticos y robo de combustible, with budgets, crime,
/// health, wages and elections written in new ways; copy from twenty countries with their own
/// notations (1.200,5 and 1,200.5, 198 000, ₡, Q, Bs, S/), 46% of it paragraphs of three
/// sentences or more. Measured blind on main before the session's rounds were merged (337
/// claims, 91 non-claims, 80 texts): label .849, subject .899, topic P .838 R .520, attribution
/// .905, claim P .970 R .973 (the floors: these rounded down, below any that sits on the
/// boundary).
#[test]
fn spanish_held_out_13() {
    let (t, s) = measure("grammar_heldout13_es.jsonl");
    assert!(
        t.gold >= 330,
        "at least 330 held-out Spanish claims (set 13)"
    );
    assert!(
        t.nonclaims >= 85,
        "at least 85 labelled non-claims (set 13)"
    );
    assert_floor("held-out es 13", s, HELDOUT13_ES_FLOOR);
}

/// Floor of the thirteenth Spanish held-out set (see [`spanish_held_out_13`]).
const HELDOUT13_ES_FLOOR: Scores = Scores {
    label: 0.84,
    subject: 0.89,
    topic_p: 0.82,
    topic_r: 0.51,
    attribution: 0.90,
    claim_p: 0.96,
    claim_r: 0.97,
};
