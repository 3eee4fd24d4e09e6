//! Rule `generic_speaker_is_the_named_body`: "IndiGo operates 2,200 flights. The airline said
//! it would add 30 planes": a speaker written as a definite description of a kind of body
//! ("the airline", "the research firm", "the ministry") is the body the text named before
//! it. Read after every sentence of a text is extracted; English speakers here, Spanish
//! companies in `generic_es`.

use crate::extract::lexicon::shared::is_stopword;
use crate::extract::numbers::is_number_word;
use crate::extract::subject::words::{auxiliaries, is_verb};
use crate::extract::tokens::{tokenize, Kind};
use crate::model::{Claim, Lang, Sentence};
use crate::word_set;

use super::generic_es;

word_set!(
    /// Kinds of company or body that speak as "the <kind> said" ("the airline", "the
    /// retailer"): resolved to a body named before them.
    generic_speakers,
    "en/generic_speakers.txt",
);

word_set!(
    /// Kinds of public body or source that speak as "the <kind> said" ("the ministry", "the
    /// survey"): resolved only to a body named before them with the same noun, or to a named
    /// speaker before them that is not a person's name.
    generic_bodies,
    "en/generic_bodies.txt",
);

word_set!(
    /// Titles of a person that speak as "the <title> said" ("the minister"): resolved only
    /// to the person named before them with the same title.
    titled_speakers,
    "en/titled_speakers.txt",
);

word_set!(
    /// Endings of a nationality ("Kenyan", "Chinese"): "the Kenyan said" stands for a person.
    demonym_endings,
    "en/demonym_endings.txt",
);

word_set!(
    /// Lower-case words a body's name may hold between capitalised ones ("Bank of England").
    name_connectors,
    "en/name_connectors.txt",
);

/// The head noun of a generic speaker: "the airline" → "airline", "The data firm" → "firm"
/// (up to two lower-case modifiers), or None for anything else (a name, "officials").
fn generic_head(speaker: &str) -> Option<String> {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    if !first.eq_ignore_ascii_case("the") || rest.is_empty() || rest.len() > 3 {
        return None;
    }
    let (head, modifiers) = rest.split_last()?;
    // Rule `proper_adjective_before_a_kind`: "the South Korean carmaker", "the US chipmaker":
    // a kind of company may follow capitalised modifiers (its country, not its name).
    let modifiers_ok = modifiers.iter().all(lower) || generic_speakers().contains(head);
    (lower(head) && modifiers_ok).then(|| head.to_string())
}

/// Rewrites, in place, the attribution of every English claim said by a generic speaker
/// when the text named the body before it: by the same noun with a name before it ("the
/// Bybit exchange", "Kenya's health ministry"; any generic noun), else the latest named
/// speaker of an earlier sentence (a kind of company only), else the name that opens the
/// text ("Air Canada's pilots", "IndiGo operates").
pub fn resolve_generic_speakers(sentences: &[Sentence], claims: &mut [Claim]) {
    // The last speaker resolved, by sentence: a sentence's claims share their speaker.
    let mut last: Option<(usize, String, Option<String>)> = None;
    // The name that opens the text, read once when first needed.
    let mut opening: Option<Option<String>> = None;
    let mut opening_es: Option<Option<String>> = None;
    // Per generic noun, whether the text writes it with a capital anywhere (rule
    // `any_noun_speaks_for_its_name` needs a name ending on it): asked once per noun.
    let mut capitalised: Vec<(String, bool)> = Vec::new();
    for i in 0..claims.len() {
        let Some(speaker) = claims[i].attribution.as_deref() else {
            continue;
        };
        let s = claims[i].sentence_index;
        let lang = sentences.get(s).map(|x| x.lang);
        if lang == Some(Lang::Es) {
            let spanish = SpanishSpeaker {
                sentences,
                before: &claims[..i],
                sentence: s,
                speaker,
            };
            if let Some(name) = spanish.resolve(&mut opening_es) {
                claims[i].attribution = Some(name);
            }
            continue;
        }
        if lang != Some(Lang::En) {
            continue;
        }
        // Rule `nationality_speaks_for_the_person`: "Faith Kipyegon, 31, broke … The Kenyan,
        // who won gold in Paris, said …": "the" and a nationality is the person named first.
        if let Some(person) = nationality(speaker)
            .then(|| {
                let first = &sentences[0].text;
                super::named_person(first, &tokenize(first))
            })
            .flatten()
        {
            claims[i].attribution = Some(person);
            continue;
        }
        if let Some((_, _, found)) = last
            .as_ref()
            .filter(|(ls, la, _)| *ls == s && la == speaker)
        {
            if let Some(name) = found.clone() {
                claims[i].attribution = Some(name);
            }
            continue;
        }
        let Some(head) = generic_head(speaker) else {
            continue;
        };
        let kind = generic_speakers().contains(&head);
        // Rule `title_speaks_for_the_named_person`: "the home affairs minister, Tony Burke,
        // said … The minister added": a title is the person named with it, nobody else.
        if titled_speakers().contains(&head) {
            let found = named_with_noun(sentences, s, speaker, &head).filter(|n| person_like(n));
            last = Some((s, speaker.to_string(), found.clone()));
            if let Some(name) = found {
                claims[i].attribution = Some(name);
            }
            continue;
        }
        if !kind && !generic_bodies().contains(&head) {
            let named = match capitalised.iter().find(|(h, _)| *h == head) {
                Some(&(_, named)) => named,
                None => {
                    let named = sentences.iter().any(|x| holds_capitalised(&x.text, &head));
                    capitalised.push((head.clone(), named));
                    named
                }
            };
            let found = named
                .then(|| body_named_by_noun(sentences, s, speaker, &head))
                .flatten()
                .or_else(|| opening_body(sentences, s, &mut opening));
            last = Some((s, speaker.to_string(), found.clone()));
            if let Some(name) = found {
                claims[i].attribution = Some(name);
            }
            continue;
        }
        // A company may be named like a person ("Roy Morgan"); a ministry speaks for itself.
        let earlier = || {
            claims[..i]
                .iter()
                .rev()
                .filter(|c| c.sentence_index < s)
                .filter_map(|c| c.attribution.as_deref())
                .find(|a| proper_name(a))
                .filter(|a| kind || !person_like(a))
                .map(str::to_string)
        };
        let found = named_with_noun(sentences, s, speaker, &head)
            .or_else(|| same_noun_speaker(&claims[..i], s, &head))
            .or_else(earlier)
            .or_else(|| {
                kind.then(|| clause_subject_name(sentences, s, speaker))
                    .flatten()
            })
            .or_else(|| {
                kind.then(|| {
                    opening
                        .get_or_insert_with(|| opening_name(&sentences[0].text))
                        .clone()
                })
                .flatten()
            });
        last = Some((s, speaker.to_string(), found.clone()));
        if let Some(name) = found {
            claims[i].attribution = Some(name);
        }
    }
}

/// A Spanish generic speaker of claim sentence `sentence` ("la empresa", "la organización",
/// "el ministerio"), with the claims before it.
struct SpanishSpeaker<'a> {
    sentences: &'a [Sentence],
    before: &'a [Claim],
    sentence: usize,
    speaker: &'a str,
}

impl SpanishSpeaker<'_> {
    /// The body a Spanish generic speaker stands for: a kind of company is the latest named
    /// speaker of an earlier sentence, else the name that opens the text (`opening_es`, read
    /// once); an association the latest named speaker; any other the full name ending on its
    /// noun in the sentences before (within [`GENERIC_SPEAKER_REACH`]).
    fn resolve(&self, opening_es: &mut Option<Option<String>>) -> Option<String> {
        let (sentences, s, speaker) = (self.sentences, self.sentence, self.speaker);
        if generic_es::company_kind(speaker).is_some() {
            return earlier_name_es(self.before, s).or_else(|| {
                opening_es
                    .get_or_insert_with(|| generic_es::opening_name_es(&sentences[0].text))
                    .clone()
            });
        }
        if generic_es::association_kind(speaker) {
            return earlier_name_es(self.before, s);
        }
        let texts = (s.saturating_sub(GENERIC_SPEAKER_REACH)..=s)
            .rev()
            .map(|k| text_before_speaker(sentences, k, s, speaker));
        generic_es::full_name_es(speaker, texts).or_else(|| {
            // The speaker closes its sentence: the words before its last writing ("de la
            // alcaldía Iztapalapa …, advirtió la alcaldía").
            let texts = (s.saturating_sub(GENERIC_SPEAKER_REACH)..=s)
                .rev()
                .map(|k| {
                    let text = &sentences[k].text[..];
                    if k == s {
                        &text[..text.rfind(speaker).unwrap_or(0)]
                    } else {
                        text
                    }
                });
            generic_es::named_body_es(speaker, texts)
        })
    }
}

/// The text of sentence `k` that a generic speaker of sentence `s` may look back on: all of
/// an earlier sentence, and of its own sentence the words before the speaker.
fn text_before_speaker<'a>(
    sentences: &'a [Sentence],
    k: usize,
    s: usize,
    speaker: &str,
) -> &'a str {
    let text = &sentences[k].text[..];
    if k == s {
        &text[..text.find(speaker).unwrap_or(0)]
    } else {
        text
    }
}

/// Sentences from the text's start in which a generic noun no list knows may stand for the
/// name that opens the text (rule `unknown_kind_is_the_opening_body`).
const OPENING_BODY_REACH: usize = 1;

/// Rule `unknown_kind_is_the_opening_body`: "The Hallé has hired 12 players, the orchestra
/// said", "Harbin's Ice and Snow World drew 2.7 million visitors, the park said": a generic
/// noun no list knows, with no name ending on it, is the name that opens the text as its
/// subject (after "The", or of three words or more: a body's, not a person's or a
/// country's) when it speaks in the text's first [`OPENING_BODY_REACH`] + 1 sentences
/// (further on, another body may have come in). Read in `resolve_generic_speakers`.
///
/// The body of rule `unknown_kind_is_the_opening_body` for a speaker of sentence `s`, with
/// the text's opening name (`opening`, read once).
fn opening_body(
    sentences: &[Sentence],
    s: usize,
    opening: &mut Option<Option<String>>,
) -> Option<String> {
    if s > OPENING_BODY_REACH {
        return None;
    }
    let name = opening
        .get_or_insert_with(|| opening_name(&sentences[0].text))
        .clone()?;
    // "The Berlin Philharmonic", "Harbin's Ice and Snow World": a name after "the" or of
    // three words or more is a body's; one word may be a country's or a city's ("Canada will
    // raise …, the government said" keeps its description).
    let body = sentences[0].text.starts_with("The ")
        || name.split_whitespace().count() >= 3 && !person_like(&name);
    body.then_some(name)
}

/// Rule `any_noun_speaks_for_its_name`: "The British Library lost … The library said", "MPs
/// on the Treasury Committee … the committee said": a generic noun no list knows is the body
/// whose name ends on that same noun, capitalised, and nothing else ("a Delhi court … The
/// court said" names no body).
fn body_named_by_noun(
    sentences: &[Sentence],
    s: usize,
    speaker: &str,
    head: &str,
) -> Option<String> {
    named_with_noun(sentences, s, speaker, head).filter(|n| {
        let last = n.rsplit(' ').next().unwrap_or("");
        last.eq_ignore_ascii_case(head) && last.starts_with(char::is_uppercase)
    })
}

/// Whether `text` may write `noun` with a capital ("Library" for "library"): its first letter
/// in upper case and the rest in any case. Always true for a noun that opens on a non-ASCII
/// letter (not looked for).
fn holds_capitalised(text: &str, noun: &str) -> bool {
    let (t, w) = (text.as_bytes(), noun.as_bytes());
    match w.first() {
        Some(&first) if first.is_ascii_lowercase() => {
            memchr::memchr_iter(first.to_ascii_uppercase(), t).any(|i| {
                t.get(i + 1..i + w.len())
                    .is_some_and(|rest| rest.eq_ignore_ascii_case(&w[1..]))
            })
        }
        _ => true,
    }
}

/// The latest speaker of a sentence before `s` written as a name ("Renfe", "la Comisión
/// Federal de Electricidad"), for a Spanish generic company speaker.
fn earlier_name_es(before: &[Claim], s: usize) -> Option<String> {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    before
        .iter()
        .rev()
        .filter(|c| c.sentence_index < s)
        .filter_map(|c| c.attribution.as_deref())
        .find(|a| {
            let mut words = a.split_whitespace();
            let first = words.next().unwrap_or("");
            let article = matches!(first, "la" | "el" | "los" | "las");
            let name = if article {
                words.next().unwrap_or("")
            } else {
                first
            };
            capital(name) && generic_es::company_kind(a).is_none()
        })
        .map(str::to_string)
}

/// "The Kenyan", "the Serb": "the" and one capitalised word of a nationality.
fn nationality(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let [the, word] = words[..] else {
        return false;
    };
    let lower = word.to_lowercase();
    the.eq_ignore_ascii_case("the")
        && word.chars().next().is_some_and(char::is_uppercase)
        && demonym_endings().iter().any(|e| lower.ends_with(e))
}

/// A speaker that is a name: its first word capitalised, or "the" and a capitalised word
/// ("the BBC"), and no generic description.
fn proper_name(a: &str) -> bool {
    let mut words = a.split_whitespace();
    let first = words.next().unwrap_or("");
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let first = if first.eq_ignore_ascii_case("the") {
        words.next().unwrap_or("")
    } else {
        first
    };
    capital(first) && generic_head(a).is_none()
}

word_set!(
    /// Nouns for people, titles among them ("minister", "governor"): a capitalised one in a
    /// speaker makes it a person ("Immigration Minister Marc Miller").
    person_titles,
    "en/person_nouns.txt",
);

/// A name of two or three capitalised words and nothing else ("Rebecca Miano"), or a
/// person's name after a title (rule `titled_name_is_a_person`: "Immigration Minister Marc
/// Miller" is no body a "the department said" may stand for).
fn person_like(a: &str) -> bool {
    let words: Vec<&str> = a.split_whitespace().collect();
    let capitalised = words
        .iter()
        .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with("'s"));
    // Rule `body_word_is_no_person`: "Statistics Canada", "Stats NZ" name a body.
    let body = words.iter().any(|w| {
        let l = w.to_lowercase();
        body_name_words().contains(&l) || generic_bodies().contains(&l)
    });
    let titled = words.len() >= 3
        && words[..words.len() - 2]
            .iter()
            .any(|w| person_titles().contains(&w.to_lowercase()));
    capitalised && !body && ((2..=3).contains(&words.len()) || titled)
}

word_set!(
    /// Words that make a capitalised name a body's, not a person's ("Statistics Canada").
    body_name_words,
    "en/body_name_words.txt",
);

/// Rule `generic_speaker_is_the_same_noun`: "…, according to the home ministry. The ministry
/// said …", "commerce ministry data showed … the ministry said": an earlier speaker that is a
/// description ending on the generic speaker's noun is the body it stands for.
fn same_noun_speaker(earlier: &[Claim], s: usize, head: &str) -> Option<String> {
    earlier
        .iter()
        .rev()
        .filter(|c| c.sentence_index < s)
        .filter_map(|c| c.attribution.as_deref())
        .map(|a| {
            // "commerce ministry data showed": the body of its data.
            let trimmed = a
                .trim_end_matches(" data")
                .trim_end_matches(" figures")
                .trim_end_matches(" statistics");
            trimmed
        })
        .find(|a| {
            let words: Vec<&str> = a.split_whitespace().collect();
            words.len() >= 2
                && words.len() <= 4
                && words[words.len() - 1].eq_ignore_ascii_case(head)
                && !words[..words.len() - 1]
                    .iter()
                    .all(|w| w.eq_ignore_ascii_case("the"))
        })
        .map(str::to_string)
}

/// Sentences before a generic company speaker whose clauses' subjects it may stand for: a
/// name further back is as often another story's (a company is no club or country, and no
/// kind of it is known from its name alone).
const CLAUSE_SUBJECT_REACH: usize = 1;

/// Words after which a clause opens on its subject ("after Ryanair cancelled 400 flights",
/// "…, and Iberia said").
const CLAUSE_OPENERS: &[&str] = &[" after ", " when ", " while ", " as ", " because ", " and "];

/// Rule `company_is_the_nearest_clause_subject`: "Thousands were stranded after Ryanair
/// cancelled 400 flights. The carrier said …": a kind of company is the nearest name that
/// opens a clause inside a sentence as its subject (`opening_name` of the clause after
/// "after", "when", "and" …) and holds a figure, in the sentence before `s` or in `s` before
/// the speaker ([`CLAUSE_SUBJECT_REACH`]), a person's name aside. Clauses are read from the
/// nearest.
fn clause_subject_name(sentences: &[Sentence], s: usize, speaker: &str) -> Option<String> {
    (s.saturating_sub(CLAUSE_SUBJECT_REACH)..=s)
        .rev()
        .find_map(|k| {
            let text = text_before_speaker(sentences, k, s, speaker);
            // Inside a sentence a capital is a name's; at its start it may be any word's.
            let mut starts: Vec<usize> = CLAUSE_OPENERS
                .iter()
                .flat_map(|o| text.match_indices(o).map(|(at, o)| at + o.len()))
                .collect();
            starts.sort_unstable_by(|a, b| b.cmp(a));
            // The name acts in the story: its clause holds a figure ("after Ryanair cancelled
            // 400 flights"; not "after Fulham came from behind").
            let figure = |clause: &str| {
                let end = clause.find([',', ';', '.']).unwrap_or(clause.len());
                clause[..end].bytes().any(|b| b.is_ascii_digit())
            };
            starts
                .into_iter()
                .filter(|&at| figure(&text[at..]))
                .filter_map(|at| opening_name(&text[at..]))
                .find(|n| !person_like(n))
        })
}

/// Sentences before a generic speaker searched for the body it names by the same noun (a
/// body named further back is still found as the latest named speaker or the text's opening
/// name); each costs a tokenisation, so the search is bounded on a long text.
const GENERIC_SPEAKER_REACH: usize = 12;

/// The noun `head` written earlier in the text (the [`GENERIC_SPEAKER_REACH`] sentences up to
/// `s`, and in sentence `s` before the speaker) with a capitalised name in the words before it: "the Bybit exchange"
/// → "Bybit exchange", "Kenya's health ministry". The nearest one.
fn named_with_noun(sentences: &[Sentence], s: usize, speaker: &str, head: &str) -> Option<String> {
    (s.saturating_sub(GENERIC_SPEAKER_REACH)..=s)
        .rev()
        .find_map(|k| {
            let text = text_before_speaker(sentences, k, s, speaker);
            // Most sentences do not hold the noun: only those that may are tokenised.
            if !crate::text::contains_ascii_ci(text, head) {
                return None;
            }
            let toks = tokenize(text);
            (0..toks.len()).rev().find_map(|h| {
                // Rule `possessive_noun_names_its_body`: "The Disasters Emergency Committee's
                // appeal … the committee said": the noun may carry its possessive.
                let bare = toks[h].text.trim_end_matches("'s").trim_end_matches("’s");
                if toks[h].kind != Kind::Word || !bare.eq_ignore_ascii_case(head) {
                    return None;
                }
                let mut start = h;
                let mut named = None;
                while start > 0 && h - start < 4 {
                    let t = &toks[start - 1];
                    if t.kind != Kind::Word || t.is("the") || t.is("a") || t.is("an") {
                        break;
                    }
                    start -= 1;
                    // A capital is a name's unless it only opens the sentence ("Kenya's" does).
                    let possessive = t.text.ends_with("'s") || t.text.ends_with("’s");
                    if t.is_capitalized() && (start > 0 || possessive) {
                        named = Some(start);
                    }
                }
                let owner = toks[h].text.len() - bare.len();
                named
                    .map(|n| text[toks[n].start..toks[h].end - owner].to_string())
                    .or_else(|| name_after_noun(text, &toks, h))
            })
        })
}

/// Rule `noun_before_its_name`: "exams regulator Ofqual said", "outplacement firm Challenger,
/// Gray & Christmas": the capitalised name right after the noun (not at a sentence's start).
fn name_after_noun(text: &str, toks: &[crate::extract::tokens::Tok], h: usize) -> Option<String> {
    let mut end = None;
    // "the home affairs minister, Tony Burke,": the name may stand in commas.
    let comma = toks.get(h + 1).is_some_and(|t| t.text == ",");
    // Rule `noun_opens_its_name`: "The Church of England … the church said": a capitalised
    // noun opens the name that goes on after it; a name never opens on a connector ("of").
    let opens = toks[h].is_capitalized() && !comma;
    let first = if opens { h } else { h + 1 + usize::from(comma) };
    if !opens && toks.get(first).is_some_and(|t| !t.is_capitalized()) {
        return None;
    }
    let mut k = first;
    while let Some(t) = toks.get(k) {
        if t.kind == Kind::Word && t.is_capitalized() {
            end = Some(k);
        } else if !(t.kind == Kind::Word && name_connectors().contains(&t.low())) {
            break;
        }
        k += 1;
    }
    let closed = |e: usize| {
        !comma
            || toks
                .get(e + 1)
                .is_none_or(|t| t.text == "," || t.text == ".")
    };
    end.filter(|&e| closed(e) && e > h)
        .map(|e| text[toks[first].start..toks[e].end].to_string())
}

/// The last token of the name that starts at token `k`: capitalised words with connectors
/// between, up to a possessive.
fn name_end(toks: &[crate::extract::tokens::Tok], mut k: usize) -> Option<usize> {
    let mut last = None;
    while let Some(t) = toks.get(k) {
        if t.kind == Kind::Word && t.is_capitalized() {
            last = Some(k);
            if t.text.ends_with("'s") || t.text.ends_with("’s") {
                break;
            }
        } else if !(t.kind == Kind::Word && name_connectors().contains(&t.low()) && last.is_some())
        {
            break;
        }
        k += 1;
    }
    last
}

word_set!(
    /// Collective nouns of a company's people ("staff", "personnel") that open a text before
    /// "at" and its name (rule `staff_at_opens_the_name`).
    staff_nouns,
    "en/staff_nouns.txt",
);

/// Most tokens of a description set off by commas between an opening name and its verb
/// (rule `opening_name_past_its_apposition`).
const MAX_APPOSITION_TOKENS: usize = 8;

/// The name that opens a text's first sentence as its subject or its possessor: capitalised
/// words (with "of", "for", "and" between), after an optional "The", followed by a verb's
/// word in lower case or by "'s" ("Air Canada's 10,400 pilots", "Primark will open",
/// "Sainsbury's will close"). None when a word of it is a demonym or a plural common noun
/// ("Australians spent", "Shares in Tesla").
pub fn opening_name(sentence: &str) -> Option<String> {
    let toks = tokenize(sentence);
    let mut k = usize::from(toks.first()?.is("the"));
    // Rule `opening_name_after_its_noun`: "Sales at Tesco rose …", "Profits of Unilever
    // fell": a plural noun of a company's figures and "at"/"of" before the name.
    // Rule `staff_at_opens_the_name`: "Staff at Harwood Funeral Services were accused …":
    // a collective noun of a company's people, which ends in no "s", does so too.
    let plural = toks[k].text.ends_with('s') || staff_nouns().contains(&toks[k].low());
    let figures_of = toks.get(k + 2).is_some_and(|n| n.is_capitalized())
        && toks[k].is_capitalized()
        && plural
        && !toks[k].text.ends_with("'s")
        && (toks[k + 1].is("at") || toks[k + 1].is("of"));
    if figures_of {
        k += 2;
    }
    let mut start = k;
    let mut end = name_end(&toks, k)?;
    // Rule `name_ends_on_its_number`: "Channel 4 will cut 240 jobs": a number of one or two
    // digits right after the name and before a lower-case word (its verb, checked below) is
    // the name's; not a figure ("Some 180,000 homes") nor a model ("The Boeing 787 diverted").
    if toks
        .get(end + 1)
        .is_some_and(|t| t.kind == Kind::Num && t.text.len() <= 2)
        && !is_stopword(&toks[end].low())
        && toks
            .get(end + 2)
            .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalized())
    {
        end += 1;
    }
    // Rule `owner_is_not_the_body`: "Elon Musk's X lost …, the company told": a name after
    // a possessive name is the company; its owner is not.
    let owned = |e: usize| {
        (toks[e].text.ends_with("'s") || toks[e].text.ends_with("’s"))
            && toks
                .get(e + 1)
                .is_some_and(|t| t.kind == Kind::Word && t.is_capitalized())
    };
    if owned(end) {
        if let Some(e) = name_end(&toks, end + 1) {
            start = end + 1;
            end = e;
        }
    }
    // Rule `opening_name_past_its_apposition`: "Ryanair, Europe's biggest airline by
    // passengers, carried …", "Octopus Energy now supplies …": the verb may follow a
    // description set off by commas (up to [`MAX_APPOSITION_TOKENS`]) or an adverb of time.
    let mut after = end + 1;
    if toks.get(after).is_some_and(|t| t.text == ",") {
        if let Some(p) = toks[after + 1..]
            .iter()
            .take(MAX_APPOSITION_TOKENS)
            .position(|t| t.text == ",")
        {
            after += p + 2;
        }
    }
    if toks.get(after).is_some_and(|t| {
        t.kind == Kind::Word && crate::extract::subject::words::figure_adverbs().contains(&t.low())
    }) {
        after += 1;
    }
    let next = toks.get(after)?;
    let possessive = toks[end].text.ends_with("'s") || toks[end].text.ends_with("’s");
    let lower_word = next.kind == Kind::Word && !next.is_capitalized();
    // A verb's word: known as one, or a finite ending ("IndiGo operates", "Unilever agreed").
    let w = next.low();
    let verb = lower_word
        && (is_verb(&w, Lang::En)
            || auxiliaries().contains(&w)
            || w.ends_with("ed")
            || w.ends_with('s') && !w.ends_with("ss"));
    let first = toks[start].low();
    // Rule `common_noun_opens_no_name`: one capitalised word the lexicon knows as a common
    // noun of a body, a kind of company or a person ("Police arrested …", "Officers found
    // …") opens the sentence, it names no one.
    let common = end == start
        && (toks[start].text.ends_with('s') && !possessive
            || is_stopword(&first)
            || is_number_word(&first)
            || body_name_words().contains(&first)
            || generic_bodies().contains(&first)
            || generic_speakers().contains(&first)
            || person_titles().contains(&first));
    if !(possessive || verb) || common {
        return None;
    }
    let text = &sentence[toks[start].start..toks[end].end];
    // "Sainsbury's will close": a possessive before a verb is the name itself; before a noun
    // or a figure ("Air Canada's 10,400 pilots") its owner is.
    if possessive && !(lower_word && auxiliaries().contains(&next.low())) {
        return Some(
            text.trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string(),
        );
    }
    Some(text.to_string())
}

#[cfg(test)]
mod tests;
