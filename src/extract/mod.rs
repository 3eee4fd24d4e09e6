//! Extract: finds the claims of a document. Segments it into sentences, picks the sentences
//! that hold a number (in digits or words), and turns each quantity there into a [`Claim`]
//! with its qualifier, unit, subject, label, attribution and topics.
//!
//! Sentences without a digit or a number word cost one byte scan; only the rest are tokenized.

mod carry;
pub mod clause;
pub mod lexicon;
pub mod nonclaim;
pub mod numbers;
pub mod quantity;
mod sentence;
mod speaker;
pub mod subject;
pub mod tally;
pub mod tokens;
pub mod topics;
pub mod version;

use crate::ingest::Document;
use crate::model::{Claim, Extraction, Lang};
use crate::{lang, segment, word_set};

pub use nonclaim::{NonClaim, NonClaimClass};
pub use topics::Lexicon;

/// A number the extractor read and did not make a claim of, and the rule that ruled it out.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Dropped {
    /// The number as written.
    pub surface: String,
    /// The name of the exclusion rule (`quantity/exclusion/`) that dropped it.
    pub rule: &'static str,
    /// The sentence it stands in.
    pub sentence: String,
}

/// What a figure counted, kept for the stand-ins of later figures.
struct Antecedent {
    unit: Option<String>,
    /// The figure's value, to prefer a figure of a like size.
    value: f64,
    /// The noun phrase as its label shows it ("jobs", "nurses").
    phrase: String,
    key: Vec<String>,
    topics: Vec<u32>,
    /// The figure stands in a modifier of an earlier figure's phrase ("31 goals in 12 league
    /// games"): a stand-in borrows it only when no other figure of its unit fits.
    modifier: bool,
    /// The index of the sentence it stands in: a sentence that continues the one before
    /// borrows only from the sentences just before it (`CONTINUED_SENTENCE_REACH`).
    sentence: usize,
}

/// What one sentence's claims read from the sentences before it.
struct Context<'c> {
    antecedents: &'c mut Vec<Antecedent>,
    /// The last speaker named, for quotes continued and pronoun speakers, and the sentence
    /// without figures or speech just before this one, whose person speaks for them.
    speaker: speaker::SpeakerScope<'c>,
    /// The sentence before this one, whose subject "it said" may name.
    previous: Option<&'c str>,
    /// The sentence before that one, where a surname that opens this one may have been
    /// written in full (rule `surname_continues_the_story`).
    earlier: Option<&'c str>,
    /// Where the quantities that are not claims go, when they are wanted.
    non_claims: Option<&'c mut Vec<NonClaim>>,
}

/// Recent figures a stand-in may refer to.
const MAX_ANTECEDENTS: usize = 8;

/// The claim extractor: holds the topic lexicon; cheap to share.
#[derive(Debug, Clone)]
pub struct Extractor {
    pub lexicon: Lexicon,
    /// Whether callers that write claims (`extract --jsonl`) also write the quantities that
    /// are not claims ([`Extractor::extract_all`]); extraction itself ignores it.
    pub all_quantities: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new(Lexicon::builtin())
    }
}

/// The longest sentence, in words, read as the tail of a correction notice before it
/// (rule `notice_continued`): "It is £122.7m.", "The correct figure is 12%.".
const NOTICE_TAIL_WORDS: usize = 12;

word_set!(
    /// Phrases that open a correction notice (looked for, lower-cased, in a sentence's head).
    correction_marks,
    "en/correction_marks.phrases",
    "es/correction_marks.phrases",
);

/// True when a sentence is a correction or update notice ("Correction: An earlier version of
/// this article misstated …", "Fe de errores: …"): it bears on other claims and makes none.
pub(crate) fn is_correction_notice(sentence: &str) -> bool {
    let end = crate::text::char_index(sentence, 80);
    if !may_hold_correction_mark(&sentence.as_bytes()[..end]) {
        return false;
    }
    let head = crate::text::lower(&sentence[..end]);
    correction_marks().iter().any(|m| head.contains(m))
}

/// A necessary condition for [`is_correction_notice`], checked on the raw bytes of the
/// sentence's head: every mark holds ':' or one of "fe de", "versi", "correct", "corregid",
/// and a lower-cased head that contains a mark holds those ASCII letters in some case in the
/// original (the only non-ASCII letters that lower-case to ASCII are the Kelvin sign, to 'k',
/// and 'İ', to "i̇", which no mark can match), so skipping on a miss changes nothing.
fn may_hold_correction_mark(head: &[u8]) -> bool {
    if head.contains(&b':') {
        return true;
    }
    let starts = |i: usize, pat: &[u8]| {
        head.get(i..i + pat.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(pat))
    };
    let lower = memchr::memchr3_iter(b'f', b'v', b'c', head);
    let upper = memchr::memchr3_iter(b'F', b'V', b'C', head);
    lower.chain(upper).any(|i| match head[i] | 0x20 {
        b'f' => starts(i, b"fe de"),
        b'v' => starts(i, b"versi"),
        _ => starts(i, b"correct") || starts(i, b"corregid"),
    })
}

/// [`numbers::decimal_evidence`] of a whole document, run only over its pieces between ASCII
/// whitespace that hold a digit, joined by spaces. A digit run (digits, and '.' or ',' before
/// a digit) never holds whitespace and is followed by the same non-digit in both texts, so
/// the runs, and the evidence, are the same; the rest of the document is skipped eight bytes
/// at a time.
fn doc_decimal_evidence(text: &str) -> Option<numbers::DecimalMark> {
    let b = text.as_bytes();
    let mut pieces = String::new();
    let mut i = 0;
    while let Some(d) = crate::text::find_ascii_digit(&b[i..]) {
        let at = i + d;
        let start = b[i..at]
            .iter()
            .rposition(u8::is_ascii_whitespace)
            .map_or(i, |p| i + p + 1);
        let end = b[at..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |p| at + p);
        pieces.push_str(&text[start..end]);
        pieces.push(' ');
        i = end;
    }
    numbers::decimal_evidence(&pieces)
}

/// Makes every label of a version unique: a label shown twice names its source when the two
/// differ ("25% tariff (officials)"), else its rank ("25% tariff (2)").
fn unique_labels(claims: &mut [Claim]) {
    // Labels taken so far, and for each repeated label the next number to try: linear in the
    // number of claims (a run-on text can hold tens of thousands). The labels taken are those
    // of the claims before the current one, found by hash ([`Taken`]), not copied.
    let mut taken = Taken::default();
    let mut next_number: std::collections::HashMap<String, u32> = Default::default();
    for j in 0..claims.len() {
        let (done, rest) = claims.split_at_mut(j);
        let c = &mut rest[0];
        if taken.contains(done, &c.label) {
            let named = c.attribution.as_ref().map(|a| format!("{} ({a})", c.label));
            match named {
                Some(named) if !taken.contains(done, &named) => c.label = named,
                _ => {
                    let n = next_number.entry(c.label.clone()).or_insert(2);
                    while taken.contains(done, &format!("{} ({n})", c.label)) {
                        *n += 1;
                    }
                    c.label = format!("{} ({n})", c.label);
                    *n += 1;
                }
            }
        }
        taken.insert(&c.label, j);
    }
}

/// The labels of the claims made unique so far, as indexes of those claims by label hash: a
/// set of copies of every label took 3.7 MB for a 10 MB text's 32,000 claims, on top of the
/// claims themselves, at the peak of extraction (issue 14).
#[derive(Default)]
struct Taken {
    /// The first claim whose label has this hash.
    first: rustc_hash::FxHashMap<u64, u32>,
    /// Further claims whose (different) labels have a hash already in `first`.
    more: rustc_hash::FxHashMap<u64, Vec<u32>>,
}

impl Taken {
    fn hash(label: &str) -> u64 {
        use std::hash::{BuildHasher, BuildHasherDefault};
        BuildHasherDefault::<rustc_hash::FxHasher>::default().hash_one(label)
    }

    /// Whether one of `done` (the claims indexed so far) has this label.
    fn contains(&self, done: &[Claim], label: &str) -> bool {
        let h = Taken::hash(label);
        let is = |i: &u32| done[*i as usize].label == label;
        self.first.get(&h).is_some_and(is) || self.more.get(&h).is_some_and(|v| v.iter().any(is))
    }

    /// Indexes claim `i`, whose label no claim indexed before has.
    fn insert(&mut self, label: &str, i: usize) {
        let h = Taken::hash(label);
        match self.first.entry(h) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i as u32);
            }
            std::collections::hash_map::Entry::Occupied(_) => {
                self.more.entry(h).or_default().push(i as u32)
            }
        }
    }
}

/// Gives a figure that names no noun of its own the noun, key and topics of the nearest
/// earlier figure of its unit; a bare percentage ("up 16% on a year earlier"), a share or
/// change of the nearest figure, takes that one's when none of its unit stands before it.
/// Rule `stand_in_takes_a_like_figure`: of the earlier figures of its unit, the nearest one
/// within a factor of 100 of its value ("Tenemos 4.000 policías para 5,8 millones de
/// habitantes; necesitamos otros 2.000" → policías), else the nearest.
fn borrow_antecedent(
    antecedents: &[Antecedent],
    unit: Option<&str>,
    value: f64,
    subj: &mut subject::Subject,
    topic_ids: &mut Vec<u32>,
) {
    // Rule `stand_ins_skip_modifiers`: "31 goals in 12 league games … Salah has 14 of them"
    // counts goals; a like figure (within a factor of 100) is preferred to an unlike one.
    let like = |a: &&Antecedent| {
        let (lo, hi) = (
            a.value.abs().min(value.abs()),
            a.value.abs().max(value.abs()),
        );
        hi <= 100.0 * lo
    };
    let of_unit = || {
        antecedents
            .iter()
            .rev()
            .filter(|a| a.unit.as_deref() == unit)
    };
    let same_unit = of_unit()
        .find(|a| !a.modifier && like(a))
        .or_else(|| of_unit().find(like))
        .or_else(|| of_unit().find(|a| !a.modifier))
        .or_else(|| of_unit().next());
    // Rule `share_of_a_stand_in`: a share with no noun of its own ("more than half of it",
    // "two thirds of that") is a share of the nearest figure, whatever its unit, as a
    // percentage is.
    let share = unit.is_none() && value.abs() < 1.0;
    let nearest = antecedents
        .last()
        .filter(|_| unit == Some("percent") || share);
    let Some(a) = same_unit.or(nearest) else {
        return;
    };
    subj.phrase = a.phrase.clone();
    // Rule `comparison_with_an_earlier_time`: the subject keeps the degree ("more collected").
    subj.text = match subj.change.filter(|c| subject::label::is_degree(c)) {
        Some(degree) => format!("{degree} {}", a.phrase),
        None => a.phrase.clone(),
    };
    for k in &a.key {
        if !subj.key.contains(k) {
            subj.key.push(k.clone());
        }
    }
    for t in &a.topics {
        if !topic_ids.contains(t) {
            topic_ids.push(*t);
        }
    }
}

/// Most contrast segments a sentence is read by (each costs a few scans of it): a longer
/// run-on text keeps the sentence's attribution, so extraction stays linear.
const MAX_SEGMENTS: usize = 8;

/// The attribution of each contrast segment of a sentence ("fire officials said, while the
/// police reported 5 arrests", "…, and US border officials have reported …"): the source
/// named in the segment, else one named before it, else an "according to" after it, else
/// none when the sentence `named` a source elsewhere, else the sentence's `attribution` (a
/// continued speaker's). Empty when the sentence is one segment or too many.
fn segment_attributions(
    sentence: &str,
    toks: &[tokens::Tok],
    starts: &[usize],
    named: bool,
    attribution: &Option<String>,
) -> Vec<Option<String>> {
    if starts.len() < 2 || starts.len() > MAX_SEGMENTS {
        return Vec::new();
    }
    let trailing = trailing_speaker(sentence, toks);
    let mut out = Vec::with_capacity(starts.len());
    for (i, &a) in starts.iter().enumerate() {
        let b = starts.get(i + 1).copied().unwrap_or(toks.len());
        // "according to X" / "según X" at the end covers the whole sentence, up to a
        // semicolon (rule `semicolon_ends_a_clause`).
        // Rule `breakdown_shares_the_source`: "…cruzaron 520.000 migrantes; de ellos,
        // 113.000 eran niños, según Unicef": a clause after the semicolon that breaks the
        // figure before it down ("de ellos", "siete de cada diez") is the same count's, and
        // so is its source.
        let mut from = if toks[b - 1].text == ";" { b - 1 } else { b };
        let limit = loop {
            match toks[from..].iter().position(|t| t.text == ";") {
                Some(p) if breakdown_after(toks, from + p) => from += p + 1,
                Some(p) => break (from + p).max(b),
                None => break toks.len(),
            }
        };
        // Rule `mid_clause_source_is_its_own`: "…, while inflation, according to the ONS,
        // held at 3.4%": a source set off inside a later clause, with that clause's figure
        // after it, speaks for that clause only.
        let according = || {
            let at = toks[b..limit]
                .iter()
                .position(|t| t.is("according") || t.is("según") || t.is("citing"))?;
            let rest = &toks[b + at..limit];
            let figure_after = rest
                .iter()
                .position(|t| t.text == ",")
                .is_some_and(|c| rest[c..].iter().any(|t| t.kind == tokens::Kind::Num));
            if figure_after {
                return None;
            }
            subject::attribution(sentence, &toks[b..limit])
        };
        let before = || {
            (a > 0)
                .then(|| subject::attribution(sentence, &toks[..a]))
                .flatten()
        };
        let own = subject::attribution(sentence, &toks[a..b])
            .or_else(before)
            .or_else(according)
            .or_else(|| trailing.clone());
        out.push(if own.is_some() || named {
            own
        } else {
            attribution.clone()
        });
    }
    out
}

/// Whether the clause after the semicolon at `semi` opens by breaking down the figure
/// before it: "de ellos", "de estas" (a stand-in after "de") or "N de cada M" (rule
/// `breakdown_shares_the_source`).
fn breakdown_after(toks: &[tokens::Tok], semi: usize) -> bool {
    let w = |k: usize| toks.get(semi + k).map(|t| t.low()).unwrap_or_default();
    let stand_in = |k: usize| {
        let w = w(k);
        subject::words::stand_ins().contains(&w)
            || matches!(w.as_str(), "estos" | "estas" | "esos" | "esas")
    };
    let number = |k: usize| {
        toks.get(semi + k).is_some_and(|t| {
            t.kind == tokens::Kind::Num || crate::extract::numbers::is_number_word(&t.low())
        })
    };
    (w(1) == "de" || w(1) == "of") && stand_in(2) || number(1) && w(2) == "de" && w(3) == "cada"
}

/// Rule `trailing_speaker_covers_the_sentence`: a source named after the last comma with no
/// figure of its own ("…, and 9,000 operations were postponed, NHS England said.", "…, said
/// the fire service", "…, its chief executive told shareholders") speaks for every segment
/// of the sentence that names none; a clause that reports something else ("…, and officials
/// have reported a sharp fall in seizures") does not.
fn trailing_speaker(sentence: &str, toks: &[tokens::Tok]) -> Option<String> {
    let mut comma = toks.iter().rposition(|t| t.text == ",")?;
    let previous = |c: usize| toks[..c].iter().rposition(|t| t.text == ",");
    // Rule `trailing_speaker_before_a_participle`: "…, the union said, ending a dispute that
    // closed 2,500 schools": a participle clause after the speaker is no speaker; the
    // speaker is set off by the comma before it.
    let opens_participle = toks.get(comma + 1).is_some_and(|t| {
        t.kind == tokens::Kind::Word && t.text.len() > 5 && t.text.ends_with("ing")
    });
    if opens_participle {
        comma = previous(comma)?;
    }
    // Rule `trailing_speaker_behind_its_name`: "…, the registrar, Ishaq Oloyede, said.":
    // the verb alone after the last comma speaks for the name and title set off before it.
    let verb_alone = toks[comma + 1..]
        .iter()
        .filter(|t| t.kind == tokens::Kind::Word)
        .count()
        <= 1;
    if verb_alone {
        let name = previous(comma)?;
        comma = previous(name).unwrap_or(name);
    }
    // Rule `trailing_speaker_past_a_name`: "…, reconoció el secretario de Seguridad, Omar
    // García Harfuch.": a name set off after the speaker's title belongs to the speaker.
    let name_after = toks[comma + 1..]
        .iter()
        .filter(|t| t.kind == tokens::Kind::Word)
        .all(|t| t.is_capitalized() || subject::words::is_stopword(&t.low()));
    if name_after {
        if let Some(c) = toks[..comma].iter().rposition(|t| t.text == ",") {
            comma = c;
        }
    }
    let tail_end = if opens_participle {
        toks[comma + 1..]
            .iter()
            .position(|t| t.text == ",")
            .map_or(toks.len(), |p| comma + 1 + p)
    } else {
        toks.len()
    };
    let words: Vec<String> = toks[comma + 1..tail_end]
        .iter()
        .filter(|t| t.kind == tokens::Kind::Word)
        .map(|t| t.low().to_string())
        .collect();
    let verb = words
        .iter()
        .position(|w| crate::extract::lexicon::shared::is_speech(w))?;
    let reported = toks[comma + 1..tail_end]
        .iter()
        .any(|t| t.kind == tokens::Kind::Num);
    // Rule `trailing_speaker_keeps_its_adjunct`: "…, the Electoral Commission said in its
    // final count": a phrase of place or time after the verb is no reported clause.
    let adjunct = words
        .get(verb + 1)
        .is_some_and(|w| matches!(w.as_str(), "in" | "on" | "at" | "during"));
    let after = if adjunct { 6 } else { 3 };
    // Rule `finder_before_that_may_be_long`: a speaker whose verb closes the sentence ("…, a
    // report by the Commission on the Defence Forces found.") may be long.
    let most = if verb + 1 == words.len() {
        subject::MAX_REPORTING_SUBJECT
    } else {
        9
    };
    if reported || words.len() > most || (verb > 0 && words.len() - verb > after) {
        return None;
    }
    // From the comma: a Spanish verb of speech that opens the tail names its speaker after
    // it ("…, reconoció el secretario") only after the clause it reports.
    subject::attribution(sentence, &toks[comma..tail_end])
}

/// The commonest verbs of speech, for [`names_speaker`].
const SPEAKER_VERBS: [&str; 12] = [
    "said",
    "says",
    "told",
    "dijo",
    "afirmó",
    "informó",
    "declaró",
    "señaló",
    "explicó",
    "aseguró",
    "habló",
    "describió",
];

/// Cheap test: could this sentence name a speaker (a word after a space that starts with one
/// of [`SPEAKER_VERBS`])? One pass over the bytes, looking only after spaces.
fn names_speaker(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b' ' && {
            let rest = &b[i + 1..];
            let first = rest.first().copied();
            SPEAKER_VERBS
                .iter()
                .any(|v| first == v.as_bytes().first().copied() && rest.starts_with(v.as_bytes()))
        }
    })
}

/// Cheap test: could this sentence hold a number? A digit, or a number word among its words
/// (pieces between non-alphabetic chars, see [`crate::text::any_piece`]).
fn has_candidate(s: &str) -> bool {
    crate::text::find_ascii_digit(s.as_bytes()).is_some()
        || crate::text::any_piece(s, may_be_number_word)
}

/// A word of [`has_candidate`] (`ascii` when all its chars are) that is a number word in
/// either language. Most ASCII words are ruled out without lower-casing them.
fn may_be_number_word(w: &str, ascii: bool) -> bool {
    (3..=14).contains(&w.len())
        && numbers::may_start_number_word(w.as_bytes()[0].to_ascii_lowercase())
        && (!ascii || numbers::may_be_number_word_ascii(w.as_bytes()))
        && crate::text::with_lower(w, numbers::is_number_word)
}

impl Extractor {
    pub fn new(lexicon: Lexicon) -> Extractor {
        Extractor {
            lexicon,
            all_quantities: false,
        }
    }

    /// Sentences and claims of an ingested document.
    pub fn extract(&self, doc: &Document) -> Extraction {
        self.extract_into(doc, None)
    }

    /// Sentences and claims of an ingested document, and the quantities it recognised that
    /// are not claims ([`nonclaim`]: time expressions and windows, age groups), in reading
    /// order: what `extract --all-quantities` lists. The claims are those of [`Extractor::extract`].
    pub fn extract_all(&self, doc: &Document) -> (Extraction, Vec<NonClaim>) {
        let mut non_claims = Vec::new();
        let e = self.extract_into(doc, Some(&mut non_claims));
        (e, non_claims)
    }

    /// [`Extractor::extract_all`] of one plain text.
    pub fn extract_text_all(&self, text: &str) -> (Extraction, Vec<NonClaim>) {
        self.extract_all(&crate::ingest::plain(text))
    }

    fn extract_into(&self, doc: &Document, mut non: Option<&mut Vec<NonClaim>>) -> Extraction {
        let doc_lang = lang::detect_document(&doc.text);
        let mut sentences = segment::sentences(&doc.text, &doc.skip, doc_lang);
        let doc_mark = doc_decimal_evidence(&doc.text);
        // Room for a claim per number written in digits, reserved at once (issue 14).
        let mut claims = Vec::with_capacity(crate::text::digit_numbers(&doc.text));
        // Nouns of recent figures, for stand-ins in later sentences ("It said another 700").
        let mut antecedents: Vec<Antecedent> = Vec::new();
        // The last speaker named, for quotes continued and pronoun speakers ("she said").
        let mut speaker = speaker::LastSpeaker::default();
        // Language per paragraph (a page can mix them), decided once per paragraph.
        let mut para_lang: Option<(usize, Lang)> = None;
        for i in 0..sentences.len() {
            let (done, rest) = sentences.split_at_mut(i);
            let s = &mut rest[0];
            // A correction notice makes no claims, nor, by rule `notice_continued`, a short
            // sentence right after one in its paragraph ("Correction: … said the fine was
            // £123.7m. It is £122.7m."). Both are asked only of a sentence that may hold a
            // figure: most sentences hold none.
            let notice_tail = || {
                done.last().is_some_and(|p| {
                    p.paragraph == s.paragraph
                        && s.text.split_whitespace().nth(NOTICE_TAIL_WORDS).is_none()
                        && is_correction_notice(&p.text)
                })
            };
            if !has_candidate(&s.text) || is_correction_notice(&s.text) || notice_tail() {
                // A sentence without figures may still name the speaker of the quotes and
                // pronouns that follow ("Minister X said Canada would retaliate."): read
                // when they ask (`speaker`).
                speaker.without_figures(i);
                continue;
            }
            match para_lang {
                Some((p, l)) if p == s.paragraph => s.lang = l,
                _ => {
                    let mut words = s.text.split_whitespace();
                    if words.nth(7).is_some() {
                        // The same words read on: 20 or more make a trigram guess count.
                        let long = || words.nth(lang::TRIGRAM_TRUSTED_WORDS - 9).is_some();
                        if let Some(l) = lang::detect_line(&s.text, long) {
                            s.lang = l;
                        }
                    }
                    para_lang = Some((s.paragraph, s.lang));
                }
            }
            let context = Context {
                antecedents: &mut antecedents,
                speaker: speaker.scope(done),
                previous: done.last().map(|d| &d.text[..]),
                earlier: done.len().checked_sub(2).map(|i| &done[i].text[..]),
                non_claims: non.as_deref_mut(),
            };
            self.sentence_claims(s, doc_mark, context, &mut claims);
            speaker.with_figures();
        }
        subject::resolve_generic_speakers(&sentences, &mut claims);
        unique_labels(&mut claims);
        Extraction {
            lang: doc_lang,
            sentences,
            claims,
        }
    }

    /// The numbers of an extraction's sentences that no claim was made of, each with the
    /// exclusion rule that dropped it (see [`quantity::explain`]): what `extract --explain`
    /// shows. `extraction` must come from [`Extractor::extract`] of `doc` (its sentences carry
    /// the language each was read in).
    pub fn dropped(&self, doc: &Document, extraction: &Extraction) -> Vec<Dropped> {
        let doc_mark = doc_decimal_evidence(&doc.text);
        let mut out = Vec::new();
        for s in &extraction.sentences {
            if !has_candidate(&s.text) {
                continue;
            }
            let toks = tokens::tokenize(&s.text);
            let mark = numbers::decimal_evidence(&s.text).or(doc_mark);
            for (surface, rule) in quantity::explain(&toks, s.lang, mark) {
                if let Some(rule) = rule {
                    out.push(Dropped {
                        surface,
                        rule,
                        sentence: s.text.to_string(),
                    });
                }
            }
        }
        out
    }

    /// Claims of one plain text (no furniture removal beyond the line rules).
    pub fn extract_text(&self, text: &str) -> Extraction {
        self.extract(&crate::ingest::plain(text))
    }

    /// Claims of many plain texts, in their order, spread over every core (rayon). Each text is
    /// extracted exactly as [`Extractor::extract_text`] would; callers bound memory by passing
    /// a chunk of their input at a time.
    pub fn extract_texts<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Extraction> {
        use rayon::prelude::*;
        texts
            .par_iter()
            .map(|t| self.extract_text(t.as_ref()))
            .collect()
    }
}

#[cfg(test)]
mod tests;

/// Helpers the extractor's unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    use super::Extractor;

    /// The labels of a text's claims, in order.
    /// The texts of tokens `a..b`, joined by spaces ("" for no range).
    pub(crate) fn words_of(toks: &[super::tokens::Tok], range: Option<(usize, usize)>) -> String {
        range.map_or(String::new(), |(a, b)| {
            toks[a..b]
                .iter()
                .map(|t| t.text)
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    pub(crate) fn labels(text: &str) -> Vec<String> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.label).collect()
    }

    /// The topics of a text's claims, in order.
    pub(crate) fn topics(text: &str) -> Vec<Vec<String>> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.topics).collect()
    }

    /// The attributions of a text's claims, in order.
    pub(crate) fn attributions(text: &str) -> Vec<Option<String>> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.attribution).collect()
    }

    /// The subjects of a text's claims, in order.
    pub(crate) fn subjects(text: &str) -> Vec<String> {
        let ex = Extractor::default().extract_text(text);
        ex.claims.into_iter().map(|c| c.subject).collect()
    }
}
