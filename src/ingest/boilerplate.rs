//! Page furniture in plain text: finds the lines around and inside an article body that are not
//! the story (newsletter lines, paywall notices in another language, "most viewed" and "latest
//! news" link lists, lines a source repeats across its articles). It works on the shape of lines,
//! not on phrases from any one site:
//!
//! - the body runs from the first to the last *prose* line (a full sentence-like paragraph in
//!   the document's language); short lines after the body are furniture;
//! - inside and before the body, runs of three or more short lines without sentence punctuation
//!   are link lists, and runs of two or more paragraphs in another language are furniture;
//! - a line the same source printed in another of its articles is furniture wherever it stands.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use crate::lang;
use crate::model::Lang;

struct Line<'a> {
    range: Range<usize>,
    text: &'a str,
    words: usize,
    terminal: bool,
    bullet: bool,
    lang: LineLang,
}

/// What is known of a line's language. The function words' vote is taken on every line of
/// five words or more; the trigram model (some 50,000 instructions a line) is asked only when
/// the vote leaves a line undecided and the filter needs its language (see [`furniture`]).
enum LineLang {
    /// Too short to tell.
    Unknown,
    Voted(Lang),
    /// [`lang::detect_line`]'s verdict, once asked.
    Undecided(OnceCell<Option<Lang>>),
}

impl Line<'_> {
    fn short_unpunctuated(&self) -> bool {
        (self.words < 14 && !self.terminal) || (self.bullet && self.words < 25)
    }

    /// The line's language, as [`lang::detect_line`] gives it.
    fn lang(&self) -> Option<Lang> {
        match &self.lang {
            LineLang::Unknown => None,
            LineLang::Voted(l) => Some(*l),
            LineLang::Undecided(cell) => *cell.get_or_init(|| {
                lang::detect_line(self.text, || self.words >= lang::TRIGRAM_TRUSTED_WORDS)
            }),
        }
    }

    /// The line may be in a language other than `doc_lang` (its vote does not say `doc_lang`).
    fn may_be_other(&self, doc_lang: Lang) -> bool {
        match &self.lang {
            LineLang::Unknown => false,
            LineLang::Voted(l) => *l != doc_lang,
            LineLang::Undecided(_) => true,
        }
    }
}

/// A stable hash of a line's words, for recognising lines a source repeats across articles.
pub(crate) fn line_hash(line: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for w in line.split_whitespace() {
        w.to_lowercase().hash(&mut h);
    }
    h.finish()
}

/// The lines of `text` worth remembering as possible furniture of its source (3+ words).
pub(crate) fn line_hashes(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.lines()
        .filter(|l| l.split_whitespace().nth(2).is_some())
        .map(line_hash)
}

/// A source's furniture, from the texts of its other articles (the latest version of each,
/// as [`crate::store::Store::source_texts`] gives them): the lines at least two of them carry.
pub fn source_furniture<S: AsRef<str>>(texts: &[S]) -> HashSet<u64> {
    let mut counts: std::collections::HashMap<u64, u32> = std::collections::HashMap::new();
    for text in texts {
        let lines: HashSet<u64> = line_hashes(text.as_ref()).collect();
        for h in lines {
            *counts.entry(h).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(h, _)| h)
        .collect()
}

fn ends_like_sentence(s: &str) -> bool {
    let mut rev = s.chars().rev();
    let Some(last) = rev.next() else { return false };
    if matches!(last, '.' | '!' | '?' | '…' | ':') {
        return true;
    }
    if matches!(last, '"' | '”' | '’' | '\'' | '»' | ')') {
        return matches!(rev.next(), Some('.' | '!' | '?' | '…' | ','));
    }
    false
}

/// Byte ranges of `text` that are furniture, sorted and disjoint.
pub fn furniture(text: &str, known: Option<&HashSet<u64>>) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let range = pos..pos + raw.len();
        pos += raw.len();
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        let words = crate::text::word_count(t);
        let numbered = {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits)
                && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
                && t.as_bytes().get(digits + 1) == Some(&b' ')
        };
        let bullet = numbered
            || t.starts_with(['-', '•', '*', '·', '–', '—', '►', '>'])
                && t.chars().nth(1).is_some_and(char::is_whitespace);
        lines.push(Line {
            range,
            text: t,
            words,
            terminal: ends_like_sentence(t),
            bullet,
            lang: LineLang::Unknown,
        });
    }
    let mut skip = vec![false; lines.len()];
    if let Some(known) = known {
        for (i, l) in lines.iter().enumerate() {
            if l.words >= 3 && known.contains(&line_hash(l.text)) {
                skip[i] = true;
            }
        }
    }
    if lines.len() < 2 {
        return ranges(&lines, &skip);
    }
    // A trigram guess on a short line would make a story's own line furniture in another
    // language.
    for l in lines.iter_mut().filter(|l| l.words >= 5) {
        l.lang = match lang::line_vote(l.text) {
            Some(v) => LineLang::Voted(v),
            None => LineLang::Undecided(OnceCell::new()),
        };
    }
    let doc_lang = document_language(&lines);
    let other_lang = |l: &Line| l.lang().is_some_and(|x| x != doc_lang);
    let prose = |l: &Line| {
        l.words >= 8 && l.terminal && !l.bullet && !other_lang(l) && !addresses_reader(l.text)
    };

    let Some(first) = lines.iter().position(prose) else {
        return ranges(&lines, &skip);
    };
    let last = lines.iter().rposition(prose).unwrap_or(first);
    // After the body: furniture unless a line reads as a sentence of the story (a short last
    // paragraph such as "About 300 homes were damaged.").
    for (l, s) in lines.iter().zip(skip.iter_mut()).skip(last + 1) {
        let sentence_like =
            l.terminal && l.words >= 4 && !l.bullet && !other_lang(l) && !addresses_reader(l.text);
        if !sentence_like {
            *s = true;
        }
    }
    let list_runs = mark_runs(last + 1, &mut skip, 3, |i| lines[i].short_unpunctuated());
    mark_other_language_runs(&lines[..=last], doc_lang, &mut skip);
    // A link list near the end closes the article: short lines after it are furniture too, and
    // so are the short lines just before it that address the reader ("Sign up for …").
    if let Some(run) = list_runs.last() {
        let after_is_short = lines[run.end..].iter().all(|l| !prose(l) || l.words < 10);
        if after_is_short {
            for s in skip.iter_mut().skip(run.start) {
                *s = true;
            }
            let mut k = run.start;
            while k > first + 1 && lines[k - 1].words < 20 && addresses_reader(lines[k - 1].text) {
                k -= 1;
                skip[k] = true;
            }
        }
    }
    ranges(&lines, &skip)
}

/// Marks every run of two or more lines in a language other than `doc_lang`. A line counts
/// only in a run, so one whose neighbours are, by their vote, in the document's language is
/// not asked for its own.
fn mark_other_language_runs(lines: &[Line], doc_lang: Lang, skip: &mut [bool]) {
    let neighbour_may_be = |j: Option<usize>| {
        j.and_then(|j| lines.get(j))
            .is_some_and(|n| n.may_be_other(doc_lang))
    };
    let in_run: Vec<bool> = (0..lines.len())
        .map(|i| {
            (neighbour_may_be(i.checked_sub(1)) || neighbour_may_be(Some(i + 1)))
                && lines[i].lang().is_some_and(|l| l != doc_lang)
        })
        .collect();
    mark_runs(lines.len(), skip, 2, |i| in_run[i]);
}

/// The document's language: the one most of its words are written in (each line's words
/// counted for its language; English on a tie). Lines the vote left undecided are asked only
/// when they could change the answer.
fn document_language(lines: &[Line]) -> Lang {
    let (mut en, mut es, mut open) = (0, 0, 0);
    for l in lines {
        match &l.lang {
            LineLang::Voted(Lang::En) => en += l.words,
            LineLang::Voted(Lang::Es) => es += l.words,
            LineLang::Undecided(_) => open += l.words,
            LineLang::Unknown => {}
        }
    }
    if es > en + open {
        return Lang::Es;
    }
    if en >= es + open {
        return Lang::En;
    }
    for l in lines {
        if let LineLang::Undecided(_) = l.lang {
            match l.lang() {
                Some(Lang::En) => en += l.words,
                Some(Lang::Es) => es += l.words,
                None => {}
            }
        }
    }
    if es > en {
        Lang::Es
    } else {
        Lang::En
    }
}

crate::word_set!(
    /// Words that speak to the reader in the second person ("your", "suscríbete").
    reader_address,
    "en/reader_address.txt",
    "es/reader_address.txt"
);

/// A line that speaks to the reader in the second person ("your inbox", "tu suscripción").
fn addresses_reader(line: &str) -> bool {
    line.split(|c: char| !c.is_alphabetic())
        .any(|w| crate::text::with_lower(w, |w| reader_address().contains(w)))
}

/// Marks every run of at least `min` consecutive lines among the first `n` whose index
/// satisfies `pred`; returns the runs.
fn mark_runs(
    n: usize,
    skip: &mut [bool],
    min: usize,
    pred: impl Fn(usize) -> bool,
) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < n {
        if !pred(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && pred(i) {
            i += 1;
        }
        if i - start >= min {
            for s in &mut skip[start..i] {
                *s = true;
            }
            runs.push(start..i);
        }
    }
    runs
}

fn ranges(lines: &[Line], skip: &[bool]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (l, _) in lines.iter().zip(skip).filter(|(_, s)| **s) {
        match out.last_mut() {
            Some(prev) if prev.end == l.range.start => prev.end = l.range.end,
            _ => out.push(l.range.clone()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines for [`lazy_language_reading_matches_reading_every_line`]: prose the vote decides
    /// in either language, lines it leaves to the trigram model, short lines.
    const MIXED_LINES: [&str; 9] = [
        "The council said the new bridge would open to traffic in the spring of next year.",
        "El ayuntamiento dijo que el nuevo puente se abrirá al tráfico en la primavera.",
        "Nuevas protestas estudiantiles sacuden Bogotá tras recortes presupuestarios",
        "Published June 17, 2011 at 8:45 a.m. ET",
        "Suscríbete ahora y accede sin límites a todos nuestros contenidos exclusivos",
        "Storm warnings remain across northern coastal districts tonight",
        "Most viewed",
        "Inflación golpea bolsillos argentinos durante diciembre pasado",
        "Residents described hearing explosions shortly before dawn yesterday",
    ];

    fn read_lines(text: &str) -> Vec<Line<'_>> {
        let mut pos = 0;
        text.split_inclusive('\n')
            .map(|raw| {
                let range = pos..pos + raw.len();
                pos += raw.len();
                let t = raw.trim();
                let words = crate::text::word_count(t);
                let lang = match lang::line_vote(t) {
                    _ if words < 5 => LineLang::Unknown,
                    Some(v) => LineLang::Voted(v),
                    None => LineLang::Undecided(OnceCell::new()),
                };
                Line {
                    range,
                    text: t,
                    words,
                    terminal: ends_like_sentence(t),
                    bullet: false,
                    lang,
                }
            })
            .collect()
    }

    #[test]
    fn lazy_language_reading_matches_reading_every_line() {
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..300 {
            let n = 1 + next(8);
            let text: Vec<&str> = (0..n)
                .map(|_| MIXED_LINES[next(MIXED_LINES.len())])
                .collect();
            let text = text.join("\n");
            let lines = read_lines(&text);
            // Every line read, as the filter did before it was lazy.
            let (mut en, mut es) = (0, 0);
            for l in &lines {
                match l.lang() {
                    Some(Lang::En) => en += l.words,
                    Some(Lang::Es) => es += l.words,
                    None => {}
                }
            }
            let eager_lang = if es > en { Lang::Es } else { Lang::En };
            let lines = read_lines(&text);
            let doc_lang = document_language(&lines);
            assert_eq!(doc_lang, eager_lang, "{text}");
            let mut eager = vec![false; n];
            mark_runs(n, &mut eager, 2, |i| {
                lines[i].lang().is_some_and(|l| l != doc_lang)
            });
            let lines = read_lines(&text);
            let mut lazy = vec![false; n];
            mark_other_language_runs(&lines, doc_lang, &mut lazy);
            assert_eq!(lazy, eager, "{text}");
        }
    }

    #[test]
    fn source_furniture_is_what_two_other_texts_carry() {
        let texts = [
            "Sign up for our daily newsletter\nThe council met on Monday.",
            "Sign up for our daily newsletter\nRain is expected all week.",
            "Rain is expected all week.\nOnly here: one line",
        ];
        let known = source_furniture(&texts);
        assert!(known.contains(&line_hash("sign up for our DAILY newsletter")));
        assert!(known.contains(&line_hash("Rain is expected all week.")));
        assert!(!known.contains(&line_hash("The council met on Monday.")));
        // A line repeated inside one text counts once.
        assert!(source_furniture(&["a b c\na b c"]).is_empty());
    }

    fn kept(text: &str) -> String {
        let skip = furniture(text, None);
        let mut out = String::new();
        let mut pos = 0;
        for r in skip {
            out.push_str(&text[pos..r.start]);
            pos = r.end;
        }
        out.push_str(&text[pos..]);
        out
    }

    #[test]
    fn trailing_lists_and_foreign_paywall_are_furniture() {
        let text = "Tariffs bite in Monterrey\n\
            Factories in the north of Mexico have cut 1,200 jobs since the duties began, the chamber said.\n\
            Exporters say a 25% levy on cars leaves them with very thin margins this year.\n\
            Subscribe to our morning briefing for more coverage\n\
            Tu suscripción se está usando en otro dispositivo y no puedes leer aquí.\n\
            Si continúas leyendo en este dispositivo, no se podrá leer en el otro.\n\
            Most viewed\n\
            - 10 years on, the town that lost its river\n\
            - 5 ways to save on groceries\n";
        let k = kept(text);
        assert!(k.contains("1,200 jobs"));
        assert!(k.contains("25% levy"));
        assert!(k.contains("Tariffs bite"));
        assert!(!k.contains("Subscribe"));
        assert!(!k.contains("suscripción"));
        assert!(!k.contains("10 years on"));
    }

    #[test]
    fn link_list_inside_body_is_furniture_but_single_short_lines_stay() {
        let text = "Headline with 3 figures\n\
            The storm killed 12 people across the region, officials said on Monday.\n\
            Related\n\
            Storm season opens early\n\
            Five charts on the 2024 floods\n\
            Rescuers found 4 more survivors overnight, the Red Cross said in a statement.\n";
        let k = kept(text);
        assert!(k.contains("Headline with 3"));
        assert!(!k.contains("Five charts"));
        assert!(k.contains("4 more survivors"));
    }

    #[test]
    fn a_short_last_sentence_without_function_words_stays() {
        // Too few words for a trustworthy language verdict: a trigram guess of Spanish must not
        // make the story's last sentence "another language" and so furniture.
        let text = "Flooding in the valley\n\
            Authorities said 52 people had died in the floods by Tuesday evening.\n\
            About 300 schools remain closed.\n";
        assert!(lang::detect_trusted("About 300 schools remain closed.").is_none());
        assert!(kept(text).contains("300 schools"));
    }

    #[test]
    fn line_language_needs_evidence() {
        // Eight to twenty words with one function word: a trigram guess reads Spanish; the
        // line stays the story's.
        let text = "Iberica, one of the largest banks, said on Tuesday it would lay off 3,000 \
            employees and shut 480 branches across the country.\n\
            Net profit rose 18% to 2.1 billion euros last year.\n";
        assert!(kept(text).contains("Net profit rose 18%"));
        // A paragraph its words put in another language is still furniture.
        let text =
            "The port handled 1.2 million containers last year, its director said on Monday.\n\
            Cargo volumes rose 4% in the first quarter, the port authority reported on Friday.\n\
            Este contenido es exclusivo para los suscriptores de nuestro diario.\n\
            Lea también las noticias de la semana en nuestra portada digital.\n";
        assert!(!kept(text).contains("suscriptores"));
    }

    #[test]
    fn a_single_line_is_never_furniture() {
        assert!(furniture("Most viewed: 5 ways to save", None).is_empty());
    }

    #[test]
    fn lines_known_from_the_source_are_furniture() {
        let text = "The port handled 1.2 million containers last year, its director said.\n\
            Get our newsletter every morning in your inbox now.\n\
            Cargo volumes rose 4% in the first quarter, the port authority reported.\n";
        let known: HashSet<u64> = [line_hash(
            "Get our newsletter every morning in your inbox now.",
        )]
        .into();
        let skip = furniture(text, Some(&known));
        assert_eq!(skip.len(), 1);
        assert!(text[skip[0].clone()].starts_with("Get our newsletter"));
    }
}
