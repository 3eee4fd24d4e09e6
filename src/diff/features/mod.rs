//! Features: what the diff steps compare two claims by. Word features (a claim's context
//! words, subject-word overlap, Dice overlap, its place in its sentence) and figure features
//! (the interval a figure allows, containment, overlap, closeness, unit family).

use std::collections::HashMap;

use super::candidates::SentenceMap;
use super::slots::Slots;
use super::weights::{BoundWeights, ContextWeights};
use super::{Mode, Side};
use crate::align::SentencePair;
pub(super) use crate::extract::lexicon::shared::is_stopword;
use crate::model::{Claim, Lang, Qualifier, Sentence};

mod convert;
mod rounding;
pub(super) use convert::{converted_to, family, is_share, nearly_equal};
use rounding::ROUNDING_TOLERANCE;
pub(super) use rounding::{rounded_alike, rounded_down_to};

/// What the pairing steps read: both sides, their claims' features, where each sentence of A
/// went in B, and the mode.
pub(super) struct Sides<'s> {
    pub a: &'s Side<'s>,
    pub b: &'s Side<'s>,
    pub fa: SideFeatures,
    pub fb: SideFeatures,
    pub map: SentenceMap<'s>,
    /// Where each sentence without a counterpart stood (rule `rewritten_in_place`).
    pub slots: Slots,
    pub mode: Mode,
}

impl<'s> Sides<'s> {
    pub fn new(
        a: &'s Side<'s>,
        b: &'s Side<'s>,
        pairs: &'s [SentencePair],
        mode: Mode,
        w: &ContextWeights,
    ) -> Sides<'s> {
        Sides {
            a,
            b,
            fa: SideFeatures::of(a, w),
            fb: SideFeatures::of(b, w),
            map: SentenceMap::new(pairs),
            slots: Slots::new(pairs, a.sentences.len(), b.sentences.len()),
            mode,
        }
    }
}

/// What the steps read of one side's claims, computed once: each claim's context words and
/// its place among its sentence's claims.
pub(super) struct SideFeatures {
    pub contexts: Vec<Vec<String>>,
    pub places: Vec<usize>,
    /// The stems of the name each claim's figure belongs to (see [`super::owner::owner`]).
    pub owners: Vec<Vec<String>>,
    /// What happened to what each claim counts (see [`super::events::events`]).
    pub events: Vec<Vec<(&'static str, &'static str)>>,
    /// Whether each claim is a threshold, what is needed (see [`super::events::threshold`]).
    pub thresholds: Vec<bool>,
    /// The totals of the runs of figures each claim is listed with (see
    /// [`super::parts::totals`]).
    pub totals: Vec<Vec<f64>>,
    /// The stems of the named place each claim is restricted to (see
    /// [`super::owner::place`]).
    pub places_named: Vec<Vec<String>>,
    /// The whole each claim is a part of, the figure before it in its sentence (see
    /// [`super::parts::is_part`]).
    pub wholes: Vec<Option<usize>>,
    /// Which way each claim's change went, if told (see [`super::events::direction`]).
    pub directions: Vec<Option<&'static str>>,
    /// Whether each claim stands in the text's headline (see [`super::headline`]).
    pub headlines: Vec<bool>,
    /// Whether each claim is a headline's restatement of a figure of the body (see
    /// [`super::headline::repeats`]).
    pub repeats: Vec<bool>,
}

impl SideFeatures {
    pub fn of(side: &Side, w: &ContextWeights) -> SideFeatures {
        let pos: Vec<usize> = side
            .claims
            .iter()
            .map(|c| figure_pos(c, side.sentences))
            .collect();
        let lang = |c: &Claim| claim_lang(c, side.sentences);
        SideFeatures {
            contexts: side
                .claims
                .iter()
                .zip(&pos)
                .map(|(c, &p)| context(c, p, lang(c), w))
                .collect(),
            places: places(side.claims),
            owners: {
                let names = super::owner::side_names(side.sentences);
                side.claims
                    .iter()
                    .zip(&pos)
                    .map(|(c, &p)| super::owner::owner(c, p, &names))
                    .collect()
            },
            events: side
                .claims
                .iter()
                .zip(&pos)
                .map(|(c, &p)| super::events::events(c, p, lang(c), w))
                .collect(),
            thresholds: side
                .claims
                .iter()
                .zip(&pos)
                .map(|(c, &p)| super::events::threshold(c, p, lang(c), w))
                .collect(),
            directions: side
                .claims
                .iter()
                .zip(&pos)
                .map(|(c, &p)| super::events::direction(c, p, lang(c), w))
                .collect(),
            totals: super::parts::totals(side.claims),
            wholes: {
                let places = places(side.claims);
                super::parts::wholes(
                    side.claims
                        .iter()
                        .zip(&pos)
                        .zip(&places)
                        .map(|((c, &p), &k)| super::parts::is_part(c, p, k)),
                )
            },
            places_named: side
                .claims
                .iter()
                .zip(&pos)
                .map(|(c, &p)| super::owner::place(c, p))
                .collect(),
            headlines: side
                .claims
                .iter()
                .map(|c| super::headline::in_headline(c, side.sentences))
                .collect(),
            repeats: super::headline::repeats(side),
        }
    }
}

/// Byte offset of a claim's figure in its sentence, from its char offsets when its sentence
/// is given: a figure written twice in one sentence ("un arancel de 25% ..., y los
/// automóviles seguirán con un gravamen de 25%") is read where it stands, not at its first
/// occurrence. Without the sentence (or offsets that do not point at the figure), its first
/// occurrence.
pub(super) fn figure_pos(c: &Claim, sentences: &[Sentence]) -> usize {
    let first = || c.sentence.find(&c.surface).unwrap_or(0);
    let Some(s) = sentences.get(c.sentence_index) else {
        return first();
    };
    let Some(chars) = c.start.checked_sub(s.start) else {
        return first();
    };
    match c.sentence.char_indices().nth(chars) {
        Some((at, _)) if c.sentence[at..].starts_with(&c.surface) => at,
        _ => first(),
    }
}

/// The language of a claim: that of its sentence (English when the sentence is not given).
pub(super) fn claim_lang(c: &Claim, sentences: &[Sentence]) -> Lang {
    sentences.get(c.sentence_index).map_or(Lang::En, |s| s.lang)
}

/// Which family a unit belongs to: a claim only pairs with one of the same family.
pub(super) fn unit_family(u: Option<&str>) -> &'static str {
    match u {
        None => "count",
        Some("percent" | "percentage point" | "basis point") => "percent",
        Some(
            "year" | "month" | "week" | "day" | "hour" | "minute" | "second" | "decade" | "century",
        ) => "time",
        Some("km" | "mile" | "m" | "cm" | "mm" | "foot" | "inch" | "yard") => "length",
        Some("kg" | "g" | "lb" | "ton" | "ounce" | "mg") => "mass",
        Some("km/h" | "mph" | "knot") => "speed",
        Some("hectare" | "km2" | "m2" | "acre" | "square mile" | "square foot") => "area",
        Some("celsius" | "fahrenheit") => "temperature",
        Some(u) if u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase()) => "money",
        Some("cent") => "money",
        Some(_) => "other",
    }
}

/// The interval of values a claim allows: (low, high, low_open, high_open).
fn bounds(c: &Claim, w: &BoundWeights) -> (f64, f64, bool, bool) {
    let v = c.value;
    let hi = c.value_max.unwrap_or(v);
    match c.qualifier {
        Qualifier::Exact => (v, hi, false, false),
        Qualifier::Approx => (v * w.approx_low, hi * w.approx_high, false, false),
        Qualifier::MoreThan => (hi, f64::INFINITY, true, false),
        Qualifier::AtLeast => (v, f64::INFINITY, false, false),
        Qualifier::LessThan => (f64::NEG_INFINITY, v, false, true),
        Qualifier::AtMost => (f64::NEG_INFINITY, hi, false, false),
    }
}

/// Every value `x` allows is one `outer` allows ("55" is within "more than 50").
pub(super) fn within(x: &Claim, outer: &Claim, w: &BoundWeights) -> bool {
    let (lo, hi, lo_open, hi_open) = bounds(outer, w);
    let (xl, xh, _, _) = bounds(x, w);
    let above = if lo_open { xl > lo } else { xl >= lo };
    let below = if hi_open { xh < hi } else { xh <= hi };
    above && below
}

/// The two claims allow some value in common.
pub(super) fn overlap(a: &Claim, b: &Claim, w: &BoundWeights) -> bool {
    let (al, ah, _, _) = bounds(a, w);
    let (bl, bh, _, _) = bounds(b, w);
    let lo = al.max(bl);
    let hi = ah.min(bh);
    if lo < hi {
        return true;
    }
    // Touching ends count only when both ends are closed (exact 50 vs at least 50).
    lo == hi && (within(a, b, w) || within(b, a, w))
}

/// What one of a unit is worth in its family's base (minutes, metres, kilograms, km/h), so that
/// figures of one family compare as amounts: "30 days" is far from "30 minutes".
fn unit_scale(u: Option<&str>) -> f64 {
    match u {
        Some("second") => 1.0 / 60.0,
        Some("hour") => 60.0,
        Some("day") => 1_440.0,
        Some("week") => 10_080.0,
        Some("month") => 43_830.0,
        Some("year") => 525_960.0,
        Some("decade") => 5_259_600.0,
        Some("century") => 52_596_000.0,
        Some("km") => 1_000.0,
        Some("cm") => 0.01,
        Some("mm") => 0.001,
        Some("mile") => 1_609.344,
        Some("foot") => 0.3048,
        Some("inch") => 0.0254,
        Some("yard") => 0.9144,
        Some("g") => 0.001,
        Some("mg") => 0.000_001,
        Some("lb") => 0.453_592,
        Some("ton") => 1_000.0,
        Some("ounce") => 0.028_35,
        Some("mph") => 1.609_344,
        Some("knot") => 1.852,
        Some("hectare") => 10_000.0,
        Some("km2") => 1_000_000.0,
        Some("acre") => 4_046.856,
        Some("square mile") => 2_589_988.0,
        Some("square foot") => 0.092_903,
        _ => 1.0,
    }
}

/// How close two figures are, as amounts of their unit family: 1 when equal, the ratio of the
/// smaller to the larger otherwise.
pub(super) fn closeness(a: &Claim, b: &Claim) -> f32 {
    let scale = |c: &Claim| {
        if is_share(c) {
            100.0
        } else {
            unit_scale(c.unit.as_deref())
        }
    };
    let (sa, sb) = (scale(a), scale(b));
    let (x, y) = ((a.value * sa).abs(), (b.value * sb).abs());
    if x == y {
        return 1.0;
    }
    if x == 0.0 || y == 0.0 || a.value.signum() != b.value.signum() {
        return 0.0;
    }
    (x.min(y) / x.max(y)) as f32
}

/// The same value, range and unit (the qualifier aside).
pub(super) fn same_value(a: &Claim, b: &Claim) -> bool {
    a.value == b.value && a.value_max == b.value_max && a.unit == b.unit
}

/// Two paired claims state the same figure: value, range, qualifier and unit all agree.
pub(super) fn same_figure(a: &Claim, b: &Claim) -> bool {
    same_value(a, b) && a.qualifier == b.qualifier
}

/// Shared subject words over the shorter subject (at least `min_key_len` words long, so that
/// one shared word is never full agreement).
pub(super) fn key_overlap(a: &[String], b: &[String], w: &ContextWeights) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a
        .iter()
        .filter(|k| b.iter().any(|m| same_thing(k, m)))
        .count();
    inter as f32 / a.len().min(b.len()).max(w.min_key_len) as f32
}

const SYNONYMS: &str = include_str!("../synonyms.txt");
const TRANSLATIONS: &str = include_str!("../translations.txt");

/// Stem → concept, from `synonyms.txt` then `translations.txt` (every word stemmed in both
/// languages; a stem keeps the first concept it is listed in).
fn concepts() -> &'static std::collections::HashMap<String, usize> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<String, usize>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        let lines = SYNONYMS
            .lines()
            .chain(TRANSLATIONS.lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        for (id, line) in lines.enumerate() {
            let words = line.split_once(':').map_or(line, |(_, w)| w);
            for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                for st in crate::text::stems_any(&crate::text::lower(w)) {
                    map.entry(st).or_insert(id);
                }
            }
        }
        map
    })
}

/// The concept a stem names, by the concept's name (the word before ':' in the lexicon
/// line); None for a stem in no concept.
pub(super) fn concept_name(stem: &str) -> Option<&'static str> {
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        SYNONYMS
            .lines()
            .chain(TRANSLATIONS.lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| l.split_once(':').map_or("", |(n, _)| n.trim()))
            .collect()
    });
    concepts().get(stem).map(|&id| names[id])
}

/// Two key stems name the same thing: equal, or synonyms or translations ("car" and
/// "automóviles", "extradited" and "handed", "duty" and "arancel").
pub(super) fn same_thing(a: &str, b: &str) -> bool {
    a == b || {
        let m = concepts();
        m.get(a).is_some_and(|x| m.get(b) == Some(x))
    }
}

/// The head noun of what a count counts, from its label ("5 planes" → planes, "4 military
/// aircraft" → aircraft, "26 alleged cartel members to …" → members), or of what a percentage
/// is a share of ("58–60% votos" → votos, "25% tariff on cars" → tariff): the last word before
/// the first function word after the figure. None for a measured figure (its unit says what
/// it measures), a label that opens on words ("hundreds of people") or one without a noun.
pub(super) fn counted_head(c: &Claim) -> Option<String> {
    if c.unit.as_deref().is_some_and(|u| u != "percent") {
        return None;
    }
    let mut words = c.label.split(' ');
    let figure = words.next()?;
    if !figure.chars().any(|ch| ch.is_ascii_digit()) {
        return None;
    }
    let head = words
        .take_while(|w| {
            let l = crate::text::lower(w);
            w.chars().all(char::is_alphabetic) && !crate::extract::lexicon::shared::is_stopword(&l)
        })
        .last()?;
    Some(crate::text::lower(head).into_owned())
}

/// Two counts count the same kind of thing: their head nouns are the same word, or synonyms
/// or translations ("planes", "aircraft"; "cars", "automóviles").
pub(super) fn same_head(a: &Claim, b: &Claim) -> bool {
    let (Some(x), Some(y)) = (counted_head(a), counted_head(b)) else {
        return false;
    };
    let (sx, sy) = (crate::text::stems_any(&x), crate::text::stems_any(&y));
    sx.iter().any(|p| sy.iter().any(|q| same_thing(p, q)))
}

/// A claim's key with its topics added, so that "tariff" and "levy" meet through `tariffs`.
pub(super) fn with_topics(c: &Claim) -> Vec<String> {
    let mut k = c.key.clone();
    k.extend(c.topics.iter().map(|t| format!("#{t}")));
    k
}

/// Overlap of two word lists (Dice coefficient).
pub(super) fn dice(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.iter().filter(|k| b.contains(k)).count();
    2.0 * inter as f32 / (a.len() + b.len()) as f32
}

/// Overlap of two stemmed word lists (Dice), a synonym or translation counting as the same
/// word ("cars" and "automóviles", "levy" and "arancel"): two outlets' sentences about one
/// figure share what they speak of more often than their words.
pub(super) fn dice_about(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a
        .iter()
        .filter(|k| b.iter().any(|m| same_thing(k, m)))
        .count()
        .min(b.len());
    2.0 * inter as f32 / (a.len() + b.len()) as f32
}

/// A content word: long enough, no function word, not a number.
pub(super) fn is_content_word(lower: &str, w: &ContextWeights) -> bool {
    lower.len() >= w.min_word_len
        && !is_stopword(lower)
        && !lower.chars().all(|c| c.is_ascii_digit())
}

/// Stemmed content words around a claim in its sentence (up to `words_each_side` each side),
/// stemmed as `lang`: what tells two independently written sentences about the same figure
/// apart from the rest.
pub(super) fn context(c: &Claim, pos: usize, lang: Lang, w: &ContextWeights) -> Vec<String> {
    let before = words(&c.sentence[..pos]);
    let after = words(&c.sentence[(pos + c.surface.len()).min(c.sentence.len())..]);
    let content = |word: &&&str| is_content_word(&word.to_lowercase(), w);
    let mut out: Vec<String> = Vec::new();
    for word in before
        .iter()
        .rev()
        .filter(content)
        .take(w.words_each_side)
        .chain(after.iter().filter(content).take(w.words_each_side))
    {
        let s = crate::text::stem(&word.to_lowercase(), lang);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The words of a stretch of text.
fn words(s: &str) -> Vec<&str> {
    s.split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// How many claims of the same sentence come before each claim (its place in the sentence).
pub(super) fn places(claims: &[Claim]) -> Vec<usize> {
    let mut count: HashMap<usize, usize> = HashMap::new();
    claims
        .iter()
        .map(|c| {
            let n = count.entry(c.sentence_index).or_default();
            *n += 1;
            *n - 1
        })
        .collect()
}

/// A claim for the steps' tests: the figure `value` (with `qualifier` and `unit`) found as
/// `surface` in `sentence`, about the stemmed subject words `key`.
#[cfg(test)]
pub(super) fn test_claim(
    value: f64,
    qualifier: Qualifier,
    unit: Option<&str>,
    key: &[&str],
    surface: &str,
    sentence: &str,
) -> Claim {
    let start = sentence.find(surface).unwrap_or(0);
    Claim {
        label: String::new(),
        value,
        value_max: None,
        qualifier,
        unit: unit.map(str::to_string),
        subject: key.join(" "),
        topics: Vec::new(),
        attribution: None,
        surface: surface.to_string(),
        sentence: sentence.into(),
        start,
        end: start + surface.len(),
        sentence_index: 0,
        key: key.iter().map(|k| k.to_string()).collect(),
        changed_from: None,
    }
}

/// "About 40 died": an approximate count, for the steps' tests.
#[cfg(test)]
pub(super) fn about_40_died() -> Claim {
    test_claim(
        40.0,
        Qualifier::Approx,
        None,
        &[],
        "about 40",
        "about 40 died",
    )
}

#[cfg(test)]
mod synonym_tests {
    use super::*;
    use crate::model::Lang;
    use crate::text::{lower, stem};

    #[test]
    fn counts_of_the_same_kind_of_thing_share_a_head() {
        use crate::model::Qualifier;
        let count = |label: &str| {
            let mut c = test_claim(5.0, Qualifier::Exact, None, &[], "5", "5 of them.");
            c.label = label.into();
            c
        };
        assert_eq!(counted_head(&count("5 planes")).as_deref(), Some("planes"));
        assert_eq!(
            counted_head(&count("4 military aircraft to Texas")).as_deref(),
            Some("aircraft")
        );
        assert_eq!(counted_head(&count("hundreds of people")), None);
        assert!(same_head(&count("5 planes"), &count("4 military aircraft")));
        assert!(same_head(&count("5 cars"), &count("4 automóviles")));
        assert!(!same_head(&count("5 planes"), &count("4 states")));
    }

    #[test]
    fn percentages_share_a_head_when_they_are_shares_of_the_same_thing() {
        use crate::model::Qualifier;
        let share = |label: &str, unit: &str| {
            let mut c = test_claim(5.0, Qualifier::Exact, Some(unit), &[], "5%", "5% of it.");
            c.label = label.into();
            c
        };
        let pct = |label: &str| share(label, "percent");
        assert_eq!(counted_head(&pct("58–60% votos")).as_deref(), Some("votos"));
        assert!(same_head(
            &pct("6% business lending"),
            &pct("3% Lending to companies")
        ));
        assert!(same_head(&pct("54% vote"), &pct("59,5% sufragios")));
        assert!(!same_head(&pct("61% lista nominal"), &pct("58–60% votos")));
        assert_eq!(counted_head(&pct("14%")), None);
        // A measured figure's unit says what it measures: no head.
        assert_eq!(counted_head(&share("4 m rivers", "m")), None);
    }

    #[test]
    fn synonyms_and_translations_name_the_same_thing() {
        assert!(same_thing(
            &stem("cars", Lang::En),
            &stem("automóviles", Lang::Es)
        ));
        assert!(same_thing(
            &stem("duty", Lang::En),
            &stem("aranceles", Lang::Es)
        ));
        assert!(same_thing(
            &stem("extradited", Lang::En),
            &stem("handed", Lang::En)
        ));
        assert!(!same_thing(
            &stem("cars", Lang::En),
            &stem("steel", Lang::En)
        ));
        // Translations across the two stemmers, and verbs of one direction of change.
        for (en, es) in [
            ("winds", "vientos"),
            ("hurricane", "huracán"),
            ("workers", "trabajadores"),
            ("exports", "exportaciones"),
            ("rose", "subió"),
        ] {
            assert!(
                same_thing(&stem(en, Lang::En), &stem(es, Lang::Es)),
                "{en} {es}"
            );
        }
        assert!(same_thing(&stem("rose", Lang::En), &stem("grew", Lang::En)));
        for (x, y) in [
            ("drowned", "bodies"),
            ("vessel", "boat"),
            ("positions", "jobs"),
            ("eliminate", "cut"),
            ("rescued", "pulled"),
        ] {
            assert!(
                same_thing(&stem(x, Lang::En), &stem(y, Lang::En)),
                "{x} {y}"
            );
        }
        assert!(same_thing(
            &stem("participación", Lang::Es),
            &stem("nominal", Lang::Es)
        ));
        assert!(!same_thing(
            &stem("rose", Lang::En),
            &stem("fell", Lang::En)
        ));
    }

    #[test]
    fn translation_lexicon_joins_english_and_spanish_claim_words() {
        for (en, es) in [
            ("arrested", "detenidos"),
            ("prisoners", "detenidos"),
            ("port", "puerto"),
            ("worth", "valor"),
            ("brands", "marcas"),
            ("Chinese", "chinas"),
            ("patients", "pacientes"),
            ("counties", "condados"),
            ("operations", "cirugías"),
            ("closed", "terminó"),
        ] {
            assert!(
                same_thing(&stem(&lower(en), Lang::En), &stem(es, Lang::Es)),
                "{en} {es}"
            );
        }
        // Related is not the same: a port is no street, an arrest no sentence.
        assert!(!same_thing(
            &stem("port", Lang::En),
            &stem("calle", Lang::Es)
        ));
        assert!(!same_thing(
            &stem("arrested", Lang::En),
            &stem("condena", Lang::Es)
        ));
    }

    /// Every word of the two lexicons joins its own line's concept, unless an earlier line
    /// already holds its stem in both languages (then it is listed twice by mistake, or two
    /// concepts share a stem and one of them silently loses the word).
    #[test]
    fn lexicon_words_reach_their_own_concept() {
        let m = concepts();
        let lines = SYNONYMS
            .lines()
            .chain(TRANSLATIONS.lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'));
        let mut lost = Vec::new();
        for (id, line) in lines.enumerate() {
            let words = line.split_once(':').map_or(line, |(_, w)| w);
            for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                let st = crate::text::stems_any(&lower(w));
                if !st.iter().any(|s| m.get(s) == Some(&id)) {
                    lost.push(w.to_string());
                }
            }
        }
        assert!(lost.is_empty(), "{lost:?}");
    }

    #[test]
    fn context_overlap_across_outlets_counts_synonyms_and_translations() {
        let stems =
            |ws: &[(&str, Lang)]| -> Vec<String> { ws.iter().map(|(w, l)| stem(w, *l)).collect() };
        let a = stems(&[
            ("huracán", Lang::Es),
            ("vientos", Lang::Es),
            ("tierra", Lang::Es),
        ]);
        let b = stems(&[
            ("hurricane", Lang::En),
            ("winds", Lang::En),
            ("landfall", Lang::En),
        ]);
        assert_eq!(dice(&a, &b), 0.0);
        let got = dice_about(&a, &b);
        assert!((got - 2.0 * 2.0 / 6.0).abs() < 1e-6, "{got}");
        // Many words of one side meeting one word of the other never pass 1.
        let many = stems(&[
            ("cars", Lang::En),
            ("autos", Lang::En),
            ("vehicles", Lang::En),
        ]);
        assert!(dice_about(&many, &stems(&[("automobiles", Lang::En)])) <= 1.0);
    }
}

#[cfg(test)]
mod tests;
