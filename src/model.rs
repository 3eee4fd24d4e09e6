//! The domain types every stage of the pipeline passes along: articles, versions, sentences,
//! claims and their parts. Plain data, no behaviour beyond small conversions and the way a
//! figure is written ([`figure`]).

pub mod cells;
pub mod figure;
pub mod json;
pub mod span;

pub use figure::{format_delta, format_figure, format_figure_in, format_number};
pub use span::TextSpan;

use serde::{Deserialize, Serialize};

/// How a figure is hedged in the text ("more than 50", "about 40", "up to 12").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    /// As stated: "55".
    Exact,
    /// "about", "nearly", "around", "some", "roughly".
    Approx,
    /// "more than", "over".
    MoreThan,
    /// "at least".
    AtLeast,
    /// "less than", "under".
    LessThan,
    /// "up to", "no more than".
    AtMost,
}

impl Qualifier {
    /// The contract's name for this qualifier.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
        }
    }

    /// Parses the contract's name back.
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s {
            "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "more_than" => Qualifier::MoreThan,
            "at_least" => Qualifier::AtLeast,
            "less_than" => Qualifier::LessThan,
            "at_most" => Qualifier::AtMost,
            _ => return None,
        })
    }

    /// A short prefix or suffix used in labels: "50+", "~40", "<10".
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            Qualifier::Exact => "",
            Qualifier::Approx => "~",
            Qualifier::MoreThan => ">",
            Qualifier::AtLeast => "≥",
            Qualifier::LessThan => "<",
            Qualifier::AtMost => "≤",
        }
    }
}

/// Languages claimdiff reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    /// English.
    En,
    /// Spanish.
    Es,
}

impl Lang {
    /// The language's ISO 639-1 code.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
    /// The language of an ISO 639-1 code claimdiff reads.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }
}

/// One factual, numeric claim found in a text. Serialises to the contract's CLAIM shape
/// (plus `sentence_index`, which the diff engine uses to align claims).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// A compact rendering for people ("50+ extradited").
    pub label: String,
    /// The number, scaled ("1.2 million" is 1200000).
    pub value: f64,
    /// The upper end of a range ("between 20 and 30"), else `None`.
    pub value_max: Option<f64>,
    /// How the figure is hedged.
    pub qualifier: Qualifier,
    /// `percent`, an ISO 4217 code, or a lower-case singular English unit; `None` for a count.
    pub unit: Option<String>,
    /// What the number counts or measures.
    pub subject: String,
    /// Lower-case topic names the claim belongs to.
    pub topics: Vec<String>,
    /// Who the text says the figure comes from, if anyone.
    pub attribution: Option<String>,
    /// The figure exactly as written (the text between `start` and `end`).
    pub surface: String,
    /// The sentence the figure stands in: shared with the version's [`Sentence::text`], a
    /// span of the version's one text (no copy however many claims a sentence holds).
    pub sentence: TextSpan,
    /// Char offsets of `surface` in the text that was given.
    pub start: usize,
    /// Char offset just past `surface`.
    pub end: usize,
    /// Index of the sentence the claim comes from, in the version's sentence list.
    pub sentence_index: usize,
    /// The stemmed content words of the subject and governing verb: what alignment compares.
    #[serde(default)]
    pub key: Vec<String>,
    /// The figure a change started from ("rose from 5% to 7%": 5%, the claim being 7%);
    /// `None` for a figure that states no change. Absent from JSON when `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_from: Option<ChangedFrom>,
}

/// The earlier figure of a change, part of the claim of the figure reached: "unemployment
/// rose from 5% to 7%" is one claim, 7%, changed from 5%; so is "7%, up from 5%".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangedFrom {
    /// The figure left, scaled and in the claim's unit.
    pub value: f64,
    /// Its upper end when it was a range ("from 5 to 7 per cent to 3 to 5 per cent").
    pub value_max: Option<f64>,
    /// How it was hedged ("up from about 900,000").
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The figure as written.
    pub text: String,
    /// Char offsets of `text` in the text that was given.
    pub start: usize,
    /// Char offset just past `text`.
    pub end: usize,
}

/// A [`Claim`] borrowed for JSON with its keys in name order, as a `serde_json::Value` map
/// writes them (claimdiff's JSON once went through one and stays byte-identical to it): it is
/// serialised straight to the output, without building a value or a string first.
#[derive(Debug, Serialize)]
pub struct SortedClaim<'a> {
    attribution: &'a Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    changed_from: Option<&'a ChangedFrom>,
    end: usize,
    key: &'a [String],
    label: &'a str,
    qualifier: Qualifier,
    sentence: &'a str,
    sentence_index: usize,
    start: usize,
    subject: &'a str,
    surface: &'a str,
    topics: &'a [String],
    unit: &'a Option<String>,
    value: f64,
    value_max: Option<f64>,
}

impl<'a> From<&'a Claim> for SortedClaim<'a> {
    fn from(c: &'a Claim) -> SortedClaim<'a> {
        SortedClaim {
            attribution: &c.attribution,
            changed_from: c.changed_from.as_ref(),
            end: c.end,
            key: &c.key,
            label: &c.label,
            qualifier: c.qualifier,
            sentence: &c.sentence,
            sentence_index: c.sentence_index,
            start: c.start,
            subject: &c.subject,
            surface: &c.surface,
            topics: &c.topics,
            unit: &c.unit,
            value: c.value,
            value_max: c.value_max,
        }
    }
}

/// Claims serialised as a list of [`SortedClaim`]s, each made as it is written: a report of
/// many claims needs no list of borrowed views beside them (a large text's views took half
/// the size of the claims themselves).
pub struct SortedClaims<'a>(pub &'a [Claim]);

impl Serialize for SortedClaims<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(SortedClaim::from))
    }
}

/// One sentence of a text, with char offsets into that text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Position in the text's sentence list, from 0.
    pub index: usize,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
    /// Char offset of its first char in the text.
    pub start: usize,
    /// Char offset just past its last char.
    pub end: usize,
    /// The sentence as written: a span of the text it was read from (shared with the other
    /// sentences and with the claims made in it).
    pub text: TextSpan,
    /// The language it was read in.
    pub lang: Lang,
}

/// What the pipeline makes of one text: its sentences and claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The text's main language.
    pub lang: Lang,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// The claims, in reading order.
    pub claims: Vec<Claim>,
}

/// A stored article: one story of one source, with its versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    /// The article's key (given with `--article`, or derived from its URL).
    pub key: String,
    /// The outlet it belongs to.
    pub source: String,
    /// Its URL, when known.
    pub url: Option<String>,
    /// Its latest title, when known.
    pub title: Option<String>,
    /// How many versions are stored.
    pub versions: usize,
    /// The time of its latest version.
    pub latest_at: Option<String>,
}

/// One stored version of an article, without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    /// The store's id of the version.
    pub id: i64,
    /// The article's key.
    pub article: String,
    /// The article's source.
    pub source: String,
    /// Its number within the article, from 1.
    pub number: u32,
    /// When it was recorded (RFC 3339, UTC).
    pub recorded_at: String,
    /// The time given with `--at` or by the page, when known.
    pub published_at: Option<String>,
    /// Hex SHA-256 of its normalised text.
    pub content_hash: String,
    /// Its title, when known.
    pub title: Option<String>,
    /// How many claims it holds.
    pub claims: usize,
}

impl Version {
    /// The time a version stands for: published (or page-modified) time when known, else recorded.
    pub fn at(&self) -> &str {
        self.published_at.as_deref().unwrap_or(&self.recorded_at)
    }
}

/// A claim's status against the version before it in the same article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimStatus {
    /// First time this claim appears in the article.
    New,
    /// The same claim with another value, range, qualifier or unit.
    Changed,
    /// The same claim with the same figure.
    Unchanged,
    /// Present in the version before and gone from this one.
    Removed,
}

impl ClaimStatus {
    /// The status as JSON and CSV name it.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::New => "new",
            ClaimStatus::Changed => "changed",
            ClaimStatus::Unchanged => "unchanged",
            ClaimStatus::Removed => "removed",
        }
    }
    /// The status of its name.
    pub fn parse(s: &str) -> Option<ClaimStatus> {
        Some(match s {
            "new" => ClaimStatus::New,
            "changed" => ClaimStatus::Changed,
            "unchanged" => ClaimStatus::Unchanged,
            "removed" => ClaimStatus::Removed,
            _ => return None,
        })
    }
}

/// How the claims of a version descend from those of the version before it, as the diff
/// engine aligned them. Indices are claim positions in each version's claim list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lineage {
    /// For each claim of the newer version: the older claim it continues and whether it
    /// changed, or `None` for a new claim.
    pub previous: Vec<Option<(usize, bool)>>,
    /// Claims of the older version that are gone from the newer one.
    pub removed: Vec<usize>,
}

impl Lineage {
    /// The lineage of a first version: every claim is new.
    pub fn first(claims: usize) -> Lineage {
        Lineage {
            previous: vec![None; claims],
            removed: Vec::new(),
        }
    }

    /// The status of the newer version's claim `i`.
    pub fn status(&self, i: usize) -> ClaimStatus {
        match self.previous.get(i).copied().flatten() {
            None => ClaimStatus::New,
            Some((_, true)) => ClaimStatus::Changed,
            Some((_, false)) => ClaimStatus::Unchanged,
        }
    }
}
