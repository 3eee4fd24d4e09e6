//! Subject, label and attribution of a quantity: the noun phrase the number counts or measures
//! and the verb that governs it ("extradited … organized crime leaders"), a compact label for
//! people ("50+ organized crime leaders"), the stemmed key the diff engine aligns on, and who
//! the sentence says the figure comes from ("officials", "según Protección Civil").

use std::fmt::Write;

use super::quantity::Quantity;
use super::tokens::{Kind, Lower, Tok};
use crate::model::{Lang, Qualifier};
use crate::text;

/// Function words that never make a subject (both languages).
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "from"
            | "at"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "than"
            | "more"
            | "less"
            | "about"
            | "around"
            | "over"
            | "under"
            | "nearly"
            | "almost"
            | "least"
            | "most"
            | "up"
            | "into"
            | "per"
            | "as"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "also"
            | "all"
            | "other"
            | "such"
            | "only"
            | "just"
            | "s"
            | "de"
            | "del"
            | "la"
            | "el"
            | "los"
            | "las"
            | "en"
            | "y"
            | "o"
            | "un"
            | "una"
            | "unos"
            | "unas"
            | "para"
            | "por"
            | "con"
            | "sin"
            | "sobre"
            | "al"
            | "su"
            | "sus"
            | "que"
            | "se"
            | "lo"
            | "más"
            | "menos"
            | "casi"
            | "cerca"
            | "hasta"
            | "entre"
            | "este"
            | "esta"
            | "estos"
            | "estas"
            | "ese"
            | "esa"
            | "otro"
            | "otra"
            | "otros"
            | "ya"
            | "muy"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "será"
            | "serán"
            | "está"
            | "están"
            | "estimated"
            | "roughly"
            | "approximately"
            | "well"
            | "alrededor"
            | "aproximadamente"
            | "there"
            | "which"
            | "who"
            | "what"
            | "not"
            | "no"
            | "new"
            | "another"
            | "many"
            | "much"
            | "both"
            | "each"
            | "every"
            | "year"
            | "years"
            | "ago"
            | "last"
            | "next"
            | "now"
            | "then"
            | "so"
            | "i"
            | "you"
            | "them"
            | "him"
            | "us"
            | "le"
            | "les"
            | "mil"
            | "million"
            | "millones"
            | "billion"
            | "thousand"
    )
}

/// Words that end the noun phrase after a number.
fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "while"
            | "because"
            | "although"
            | "though"
            | "but"
            | "as"
            | "when"
            | "where"
            | "if"
            | "than"
            | "said"
            | "says"
            | "according"
            | "and"
            | "or"
            | "que"
            | "quien"
            | "quienes"
            | "cuando"
            | "donde"
            | "aunque"
            | "pero"
            | "porque"
            | "como"
            | "según"
            | "dijo"
            | "y"
            | "o"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "será"
            | "serán"
            | "está"
            | "están"
            | "since"
            | "after"
            | "before"
            | "during"
            | "until"
            | "desde"
            | "tras"
            | "durante"
            | "last"
            | "this"
            | "next"
            | "ago"
    )
}

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "habían"
            | "será"
            | "serán"
            | "were,"
            | "get"
            | "got"
    )
}

/// Words that name the base of a rate ("a day", "per barrel", "al mes", "diarios").
fn is_rate_word(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "week"
            | "month"
            | "year"
            | "hour"
            | "minute"
            | "gallon"
            | "barrel"
            | "liter"
            | "litre"
            | "dose"
            | "head"
            | "person"
            | "share"
            | "ton"
            | "tonne"
            | "kilo"
            | "pound"
            | "unit"
            | "night"
            | "trip"
            | "ticket"
            | "día"
            | "semana"
            | "mes"
            | "año"
            | "hora"
            | "litro"
            | "barril"
            | "dosis"
            | "persona"
            | "acción"
            | "tonelada"
            | "diarios"
            | "diarias"
            | "diario"
            | "mensuales"
            | "anuales"
            | "annually"
            | "daily"
            | "monthly"
            | "apiece"
            | "nationwide"
    )
}

/// A rough verb test without a tagger: common news verbs and regular past forms.
fn is_verb(w: &str, lang: Lang) -> bool {
    if w.len() < 3 || is_stopword(w) && !matches!(w, "said" | "has" | "had") {
        return false;
    }
    let common = matches!(
        w,
        "rose"
            | "fell"
            | "grew"
            | "paid"
            | "sent"
            | "cost"
            | "hit"
            | "cut"
            | "left"
            | "took"
            | "made"
            | "gave"
            | "lost"
            | "won"
            | "spent"
            | "sold"
            | "built"
            | "put"
            | "set"
            | "saw"
            | "held"
            | "brought"
            | "reached"
            | "killed"
            | "imposed"
            | "extradite"
            | "extradited"
            | "rise"
            | "rises"
            | "fall"
            | "falls"
            | "raise"
            | "raises"
            | "kill"
            | "kills"
            | "impose"
            | "imposes"
            | "pay"
            | "pays"
            | "send"
            | "sends"
            | "reach"
            | "reaches"
            | "total"
            | "totals"
            | "totaled"
            | "hold"
            | "holds"
            | "estimate"
            | "estimates"
            | "expect"
            | "expects"
            | "plan"
            | "plans"
            | "face"
            | "faces"
            | "receive"
            | "receives"
            | "employ"
            | "employs"
            | "affect"
            | "affects"
            | "lose"
            | "loses"
            | "approve"
            | "approves"
            | "detain"
            | "detains"
            | "arrest"
            | "arrests"
            | "deport"
            | "deports"
    );
    if common {
        return true;
    }
    match lang {
        Lang::En => w.ends_with("ed") && w.len() > 4,
        Lang::Es => {
            (w.ends_with("ó")
                || w.ends_with("aron")
                || w.ends_with("ieron")
                || w.ends_with("ado")
                || w.ends_with("ido"))
                && w.len() > 4
        }
    }
}

/// What a claim is about, read from the tokens around its quantity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Subject {
    pub text: String,
    /// Stemmed, accent-folded content words of the subject (and its verb).
    pub key: Vec<String>,
    /// The noun phrase alone (for labels).
    pub phrase: String,
    /// How a vague figure is written, for its label ("hundreds of", "several thousand"):
    /// a range such as 100–1000 would read as a precise one.
    pub figure: Option<String>,
}

/// Reads the subject of quantity `q` in a sentence.
pub fn subject(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Subject {
    let word = |i: usize| toks[i].low();
    // The noun phrase after the quantity: "… 50 organized crime leaders to Washington".
    let mut i = q.end;
    let measured = q.unit.is_some();
    // "25% of the workers", "la mitad del país", "2.000 millones de pesos de inversión"
    while i < toks.len()
        && toks[i].kind == Kind::Word
        && matches!(
            word(i).as_str(),
            "of" | "the"
                | "de"
                | "del"
                | "la"
                | "el"
                | "los"
                | "las"
                | "a"
                | "an"
                | "su"
                | "sus"
                | "its"
                | "their"
        )
    {
        i += 1;
    }
    let mut np_start = i;
    // A phrase that opens with a preposition ("5.2% in October") is not what the number counts.
    if i < toks.len()
        && toks[i].kind == Kind::Word
        && matches!(
            word(i).as_str(),
            "in" | "at"
                | "by"
                | "to"
                | "from"
                | "since"
                | "until"
                | "after"
                | "before"
                | "during"
                | "en"
                | "por"
                | "para"
                | "con"
                | "desde"
                | "hasta"
                | "tras"
                | "durante"
                | "with"
                | "compared"
                | "against"
                | "frente"
                | "for"
                | "respecto"
        )
    {
        i = toks.len();
        np_start = i;
    }
    // A rate after a measured figure ("$3.15 a gallon", "per day", "al mes", "diarios") says
    // how it is measured, not what: the thing is named before the figure.
    if measured && i < toks.len() && toks[i].kind == Kind::Word {
        let w0 = word(i);
        let w1 = if i + 1 < toks.len() {
            word(i + 1)
        } else {
            Lower::default()
        };
        let rate_next = matches!(
            w0.as_str(),
            "a" | "an" | "per" | "each" | "every" | "al" | "por" | "cada"
        ) && is_rate_word(&w1);
        if rate_next || is_rate_word(&w0) {
            i = toks.len();
            np_start = i;
        }
    }
    let mut content = 0;
    let mut np_end = i;
    let mut verb_after: Option<String> = None;
    while i < toks.len() {
        let t = &toks[i];
        if t.kind == Kind::Punct {
            if t.text == "-" && !t.space_before {
                i += 1;
                continue;
            }
            break;
        }
        if t.kind == Kind::Num {
            break;
        }
        let w = word(i);
        if ends_phrase(&w) {
            // "55 leaders were extradited": keep the participle after an auxiliary as the verb.
            if is_aux(&w) {
                let mut j = i + 1;
                while j < toks.len() && toks[j].kind == Kind::Word && is_aux(&word(j)) {
                    j += 1;
                }
                if j < toks.len() && toks[j].kind == Kind::Word && is_verb(&word(j), lang) {
                    verb_after = Some(word(j).into());
                }
            }
            break;
        }
        // "26 detainees sent to …": a participle right after the noun, before a preposition.
        let next_is_boundary = toks.get(i + 1).is_none_or(|n| {
            n.kind == Kind::Punct
                || text::with_lower(n.text, |w| {
                    matches!(
                        w,
                        "to" | "in"
                            | "on"
                            | "by"
                            | "from"
                            | "at"
                            | "into"
                            | "for"
                            | "a"
                            | "en"
                            | "por"
                            | "de"
                            | "hacia"
                    )
                })
        });
        if content >= 1 && !measured && next_is_boundary && is_verb(&w, lang) {
            verb_after = Some(w.into());
            break;
        }
        if !is_stopword(&w) {
            content += 1;
        }
        i += 1;
        np_end = i;
        if content >= 4 {
            break;
        }
    }
    // Trim function words at the end: "tariffs on" → "tariffs".
    while np_end > np_start && toks[np_end - 1].kind == Kind::Word && is_stopword(&word(np_end - 1))
    {
        np_end -= 1;
    }
    let mut phrase = if np_end > np_start {
        sentence[toks[np_start].start..toks[np_end - 1].end].to_string()
    } else {
        String::new()
    };
    // The governing verb before the quantity, within its clause.
    let mut verb_before: Option<String> = None;
    let mut before_words: Vec<String> = Vec::new();
    let mut j = q.start;
    let mut steps = 0;
    while j > 0 && steps < 8 {
        j -= 1;
        steps += 1;
        let t = &toks[j];
        if t.kind != Kind::Word {
            if matches!(
                t.text,
                "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”" | "—" | "–"
            ) {
                break;
            }
            continue;
        }
        let w = word(j);
        if verb_before.is_none() && is_verb(&w, lang) {
            verb_before = Some(w.to_string());
            if !before_words.is_empty() || !phrase.is_empty() {
                break;
            }
            continue;
        }
        if ends_phrase(&w) && !is_aux(&w) {
            break;
        }
        if !is_stopword(&w) {
            before_words.push(w.into());
        }
        if before_words.len() >= 4 {
            break;
        }
    }
    before_words.reverse();
    let verb = verb_before.or(verb_after);
    // Measured quantities ("a tariff of 25%", "unemployment rose to 5%") often name the thing
    // before the number; counted ones name it after.
    if phrase.is_empty() || (measured && content == 0) {
        phrase = before_words.join(" ");
    } else if measured {
        // "aranceles del 25% a los autos", "a tariff of 25% on cars": the noun joined to the
        // figure by "of"/"de" heads the phrase.
        let mut k = q.start;
        let mut linked = false;
        while k > 0
            && toks[k - 1].kind == Kind::Word
            && matches!(
                word(k - 1).as_str(),
                "of" | "de" | "del" | "the" | "el" | "la" | "los" | "las"
            )
        {
            linked |= matches!(word(k - 1).as_str(), "of" | "de" | "del");
            k -= 1;
        }
        if linked && k > 0 && toks[k - 1].kind == Kind::Word {
            let noun = word(k - 1);
            if !is_stopword(&noun)
                && !is_verb(&noun, lang)
                && !phrase.to_lowercase().contains(noun.as_str())
            {
                let rest = phrase
                    .split_whitespace()
                    .skip_while(|w| {
                        matches!(
                            w.to_lowercase().as_str(),
                            "a" | "al" | "los" | "las" | "el" | "la"
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                phrase = format!("{} {rest}", toks[k - 1].text);
            }
        }
    }
    let mut text = phrase.clone();
    if let Some(v) = &verb {
        if !text.split_whitespace().any(|w| w.eq_ignore_ascii_case(v)) {
            text = if text.is_empty() {
                v.clone()
            } else {
                format!("{v} {text}")
            };
        }
    }
    let mut key: Vec<String> = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        text::with_lower(w, |lw| {
            if lw.is_empty() || is_stopword(lw) || lw.chars().all(|c| c.is_ascii_digit()) {
                return;
            }
            text::with_stem(lw, lang, |s| {
                if !key.iter().any(|k| k == s) {
                    key.push(s.to_string());
                }
            });
        });
    }
    let figure = super::quantity::is_vague(q, toks).then(|| {
        let mut f = sentence[toks[q.start].start..toks[q.end - 1].end].to_lowercase();
        if let Some(t) = toks
            .get(q.end)
            .filter(|t| matches!(t.text, "of" | "de" | "del"))
        {
            if !phrase.is_empty() && np_start < toks.len() && toks[np_start].start > t.start {
                f.push(' ');
                f.push_str(t.text);
            }
        }
        f
    });
    Subject {
        text,
        key,
        phrase,
        figure,
    }
}

/// True when a subject phrase opens with a relational preposition ("on automobiles",
/// "al acero"): the noun it relates to is elsewhere, typically in an earlier figure of a list.
pub fn elliptic(phrase: &str) -> bool {
    let first = phrase.split_whitespace().next().unwrap_or("");
    text::with_lower(first, |w| {
        matches!(
            w,
            "on" | "for" | "of" | "a" | "al" | "sobre" | "para" | "de" | "del"
        )
    })
}

/// The first content word of a phrase (its head, in news noun phrases often the first noun).
pub fn head(phrase: &str) -> Option<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() > 2 && !text::with_lower(w, is_stopword))
        .map(str::to_lowercase)
}

/// A figure in the largest of trillions ("tn"), billions ("bn") and millions ("M") it reaches.
fn scaled(v: f64) -> (f64, &'static str) {
    if v.abs() >= 1e12 {
        (v / 1e12, "tn")
    } else if v.abs() >= 1e9 {
        (v / 1e9, "bn")
    } else if v.abs() >= 1e6 {
        (v / 1e6, "M")
    } else {
        (v, "")
    }
}

/// Appends one figure to `out`, scaled to "tn", "bn" or "M" and with at most three decimals:
/// "1.2bn", "24", "0.125".
fn push_number(out: &mut String, v: f64) {
    let (scaled, suffix) = scaled(v);
    // Whole numbers (most figures) skip float formatting, which costs far more.
    if scaled.fract() == 0.0 && scaled.abs() < 1e15 && !(scaled == 0.0 && scaled.is_sign_negative())
    {
        let _ = write!(out, "{}", scaled as i64);
    } else {
        let start = out.len();
        let _ = write!(out, "{:.3}", scaled);
        while out[start..].contains('.') && (out.ends_with('0') || out.ends_with('.')) {
            out.pop();
        }
    }
    out.push_str(suffix);
}

/// The sign written before a currency figure ("$5"), or None for other units.
fn currency_sign(unit: Option<&str>) -> Option<&'static str> {
    match unit {
        Some("USD") => Some("$"),
        Some("EUR") => Some("€"),
        Some("GBP") => Some("£"),
        _ => None,
    }
}

/// True for a three-letter currency code written before its figure ("CAD 5").
fn currency_code(unit: &str) -> bool {
    unit.len() == 3 && unit.chars().all(|c| c.is_ascii_uppercase())
}

/// A compact rendering of a figure: "50+", "~24", "25%", "$1.2bn", "20–30 minute".
pub fn format_figure(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
) -> String {
    let mut out = String::with_capacity(32);
    if qualifier != Qualifier::MoreThan {
        out.push_str(qualifier.symbol());
    }
    let sign = currency_sign(unit);
    match (sign, unit) {
        (Some(sign), _) => out.push_str(sign),
        (None, Some(u)) if u != "percent" && currency_code(u) => {
            out.push_str(u);
            out.push(' ');
        }
        _ => {}
    }
    push_number(&mut out, value);
    if let Some(m) = value_max {
        out.push('–');
        push_number(&mut out, m);
    }
    match (sign, unit) {
        (None, Some("percent")) => out.push('%'),
        (None, Some(u)) if !currency_code(u) => {
            out.push(' ');
            out.push_str(u);
        }
        _ => {}
    }
    if qualifier == Qualifier::MoreThan {
        out.push('+');
    }
    out
}

/// The label of a claim: its figure and the first words of its subject.
pub fn label(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
    subj: &Subject,
) -> String {
    let mut out = match &subj.figure {
        Some(f) => f.clone(),
        None => format_figure(value, value_max, qualifier, unit),
    };
    let source = if subj.phrase.is_empty() {
        &subj.text
    } else {
        &subj.phrase
    };
    for w in source.split_whitespace().take(4) {
        out.push(' ');
        out.push_str(w);
    }
    out
}

/// True for a verb of speech or report that attributes a claim, in English ("said",
/// "estimated") or Spanish ("dijo", "informó").
pub(crate) fn is_speech(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "reported"
            | "reports"
            | "announced"
            | "estimated"
            | "estimates"
            | "stated"
            | "confirmed"
            | "added"
            | "noted"
            | "according"
            | "claimed"
            | "claims"
            | "warned"
            | "tallied"
            | "counted"
            | "calculated"
            | "projected"
            | "forecast"
            | "predicted"
            | "dijo"
            | "informó"
            | "señaló"
            | "afirmó"
            | "reportó"
            | "indicó"
            | "aseguró"
            | "declaró"
            | "detalló"
            | "precisó"
            | "explicó"
            | "estimó"
            | "calculó"
            | "confirmó"
            | "anunció"
            | "reveló"
    )
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "él"
            | "ella"
            | "ellos"
            | "ellas"
            | "who"
            | "which"
            | "that"
    )
}

/// Who the sentence says its figures come from, if anyone (not a bare pronoun).
pub fn attribution(sentence: &str, toks: &[Tok]) -> Option<String> {
    let lw: Vec<Lower> = toks.iter().map(Tok::low).collect();
    let phrase = |from: usize, mut to: usize| -> Option<String> {
        // Adverbs at the edge are not part of the speaker: "the president recently (said)".
        while to > from
            && toks[to - 1].kind == Kind::Word
            && lw[to - 1].len() > 4
            && lw[to - 1].ends_with("ly")
        {
            to -= 1;
        }
        if from >= to {
            return None;
        }
        let s = sentence[toks[from].start..toks[to - 1].end].trim();
        let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
        (!s.is_empty() && !is_pronoun(&first) && s.split_whitespace().count() <= 9)
            .then(|| s.to_string())
    };
    let clause_end = |from: usize| -> usize {
        let mut k = from;
        while k < toks.len() {
            let t = &toks[k];
            if t.kind == Kind::Punct
                && matches!(t.text, "," | "." | ";" | ":" | "(" | ")" | "\"" | "”" | "—")
            {
                break;
            }
            if t.kind == Kind::Num
                || (t.kind == Kind::Word
                    && matches!(
                        lw[k].as_str(),
                        "that"
                            | "que"
                            | "on"
                            | "in"
                            | "last"
                            | "this"
                            | "after"
                            | "while"
                            | "because"
                    ))
            {
                break;
            }
            k += 1;
        }
        k
    };
    // "according to X", "según X", "de acuerdo con X", "citing X"
    for (i, w) in lw.iter().enumerate() {
        let start = match w.as_str() {
            "according" if lw.get(i + 1).map(Lower::as_str) == Some("to") => i + 2,
            "según" | "segun" | "citing" => i + 1,
            "acuerdo"
                if i > 0
                    && lw[i - 1] == "de"
                    && lw.get(i + 1).map(Lower::as_str) == Some("con") =>
            {
                i + 2
            }
            _ => continue,
        };
        if let Some(p) = phrase(start, clause_end(start)) {
            return Some(p);
        }
    }
    // "X said", "X told reporters", "X dijo"; and "…, said X" / "…, informó X".
    for (i, w) in lw.iter().enumerate() {
        let speech = is_speech(w);
        if !speech || w == "according" || toks[i].kind != Kind::Word {
            continue;
        }
        // Inverted: the speaker follows the verb after a comma or a closing quote.
        let after_comma = i > 0 && matches!(toks[i - 1].text, "," | "”" | "\"");
        if after_comma {
            if let Some(p) = phrase(i + 1, clause_end(i + 1)) {
                return Some(p);
            }
        }
        // The speaker before the verb, back to the clause start.
        let mut k = i;
        while k > 0 {
            let t = &toks[k - 1];
            if t.kind != Kind::Word
                && !(t.text == "'" || t.text == "’" || t.text == "-" || t.text == ".")
            {
                break;
            }
            if t.kind == Kind::Word
                && matches!(
                    lw[k - 1].as_str(),
                    "and" | "that" | "but" | "y" | "que" | "pero" | "while"
                )
            {
                break;
            }
            k -= 1;
        }
        // Drop auxiliaries between speaker and verb ("officials have said").
        let mut end = i;
        while end > k && is_aux(&lw[end - 1]) {
            end -= 1;
        }
        if end > k && i - k <= 9 {
            if let Some(p) = phrase(k, end) {
                return Some(p);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::decimal_evidence;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;

    fn subj(s: &str, lang: Lang) -> Subject {
        let toks = tokenize(s);
        let q = quantity::find(&toks, lang, decimal_evidence(s)).remove(0);
        subject(s, &toks, &q, lang)
    }

    #[test]
    fn counted_noun_and_verb() {
        let s = subj(
            "Sheinbaum has extradited more than 50 organized crime leaders to Washington.",
            Lang::En,
        );
        assert!(s.text.contains("organized crime leaders"), "{}", s.text);
        assert!(
            s.key.iter().any(|k| k.starts_with("extradit")),
            "{:?}",
            s.key
        );
        assert!(s.key.iter().any(|k| k == "leader"), "{:?}", s.key);
    }

    #[test]
    fn measured_thing_before_the_number() {
        let s = subj("Unemployment rose to 5.2% in October.", Lang::En);
        assert!(
            s.key.iter().any(|k| k.starts_with("unemploy")),
            "{:?}",
            s.key
        );
        let s = subj("Washington imposed 25% tariffs on automobiles.", Lang::En);
        assert!(s.text.contains("tariffs on automobiles"), "{}", s.text);
    }

    #[test]
    fn attribution_forms() {
        let a = |s: &str| attribution(s, &tokenize(s));
        assert_eq!(
            a("At least 12 people died, officials said."),
            Some("officials".into())
        );
        assert_eq!(
            a("According to the Health Ministry, 40 people were hurt."),
            Some("the Health Ministry".into())
        );
        assert_eq!(
            a("Hubo 48 heridos, según Protección Civil."),
            Some("Protección Civil".into())
        );
        assert_eq!(
            a("The attorney general's office said 26 were sent."),
            Some("The attorney general's office".into())
        );
        assert_eq!(a("He said 26 were sent."), None);
        assert_eq!(a("Prices rose 4% in May."), None);
    }

    #[test]
    fn figures_render_compactly() {
        assert_eq!(format_figure(50.0, None, Qualifier::MoreThan, None), "50+");
        assert_eq!(
            format_figure(1.2e9, None, Qualifier::Exact, Some("USD")),
            "$1.2bn"
        );
        assert_eq!(
            format_figure(25.0, None, Qualifier::Exact, Some("percent")),
            "25%"
        );
        assert_eq!(
            format_figure(20.0, Some(30.0), Qualifier::Approx, Some("minute")),
            "~20–30 minute"
        );
    }

    #[test]
    fn whole_numbers_render_as_float_formatting_would() {
        let slow = |v: f64| {
            let mut s = format!("{v:.3}");
            while s.contains('.') && (s.ends_with('0') || s.ends_with('.')) {
                s.pop();
            }
            s
        };
        for v in [
            0.0, -0.0, 1.0, -7.0, 12.0, 999_999.0, -450_000.0, 2.5e14, 1e15, 3.0e20,
        ] {
            let (s, suffix) = scaled(v);
            assert_eq!(
                format_figure(v, None, Qualifier::Exact, None),
                format!("{}{suffix}", slow(s))
            );
        }
    }
}
