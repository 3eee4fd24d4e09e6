//! The domain types every stage of the pipeline passes along: articles, versions, sentences,
//! claims and their parts. Plain data, no behaviour beyond small conversions and the way a
//! figure is written ([`figure`]).

pub mod figure;

pub use figure::format_figure;

use serde::{Deserialize, Serialize};

/// How a figure is hedged in the text ("more than 50", "about 40", "up to 12").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    LessThan,
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
    pub fn symbol(self) -> &'static str {
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
    En,
    Es,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
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
    pub label: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: Option<String>,
    pub subject: String,
    pub topics: Vec<String>,
    pub attribution: Option<String>,
    pub surface: String,
    pub sentence: String,
    /// Char offsets of `surface` in the text that was given.
    pub start: usize,
    pub end: usize,
    /// Index of the sentence the claim comes from, in the version's sentence list.
    pub sentence_index: usize,
    /// The stemmed content words of the subject and governing verb: what alignment compares.
    #[serde(default)]
    pub key: Vec<String>,
}

/// One sentence of a text, with char offsets into that text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub index: usize,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lang: Lang,
}

/// What the pipeline makes of one text: its sentences and claims.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub lang: Lang,
    pub sentences: Vec<Sentence>,
    pub claims: Vec<Claim>,
}

/// A stored article: one story of one source, with its versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Article {
    pub key: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub versions: usize,
    pub latest_at: Option<String>,
}

/// One stored version of an article, without its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    pub id: i64,
    pub article: String,
    pub source: String,
    pub number: u32,
    pub recorded_at: String,
    pub published_at: Option<String>,
    pub content_hash: String,
    pub title: Option<String>,
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
    Unchanged,
    /// Present in the version before and gone from this one.
    Removed,
}

impl ClaimStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::New => "new",
            ClaimStatus::Changed => "changed",
            ClaimStatus::Unchanged => "unchanged",
            ClaimStatus::Removed => "removed",
        }
    }
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
