//! Clauses: the stretch of a sentence a figure belongs to, cut at clause punctuation and at
//! words that join clauses ("and", "while", "mientras", "que"), and the words in it that may
//! name a topic (proper names left out: "Casa Blanca", "Home Office", "Social Security").

use std::sync::OnceLock;

use crate::extract::subject::words::{auxiliaries, is_verb, prepositions};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

const HOMONYMS: &str = include_str!("topic_homonyms.txt");

/// Topic terms with an unrelated second sense (by English stem), each with the words that
/// must stand in its clause for it to name its topic (`topic_homonyms.txt`).
fn homonyms() -> &'static [(String, Vec<String>)] {
    static SET: OnceLock<Vec<(String, Vec<String>)>> = OnceLock::new();
    SET.get_or_init(|| {
        HOMONYMS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once(':'))
            .map(|(w, ctx)| {
                let ctx = ctx.split(',').map(|c| c.trim().to_string()).collect();
                (crate::text::stem(w.trim(), Lang::En), ctx)
            })
            .collect()
    })
}

word_set!(
    /// Words that open a new clause: a figure's topics and attribution stop there.
    clause_openers,
    "en/clause_openers.txt",
    "es/clause_openers.txt"
);

word_set!(
    /// Words that open an age ("aged 34"): an appositive's participle, not a clause's verb.
    age_openers,
    "en/age_openers.txt",
);

word_set!(
    /// Prepositions of time that open a clause only before a verb ("tras anunciar el plan"),
    /// not before an article ("tras el terremoto" is a phrase of the clause).
    verbal_openers,
    "es/verbal_openers.txt"
);

word_set!(
    /// Articles after which a verbal opener opens no clause.
    opener_articles,
    "es/definite_articles.txt",
    "es/singular_articles.txt"
);

/// True when token `t` ends a clause as punctuation.
fn clause_punct(t: &Tok) -> bool {
    t.kind == Kind::Punct
        && matches!(
            t.text,
            "," | ";" | ":" | "—" | "–" | "(" | ")" | "“" | "”" | "\""
        )
}

/// True when token `i` opens a new clause; "and"/"y" only before a verb or a figure ("killed
/// 14 people and left 200,000 homes", "… and 25% on the rest", not "Canada and the United
/// States").
fn opens_clause(toks: &[Tok], i: usize, lang: Lang) -> bool {
    let t = &toks[i];
    if clause_punct(t) {
        return true;
    }
    if t.kind != Kind::Word {
        return false;
    }
    let w = t.low();
    if w == "and" || w == "y" {
        // "… 10% on energy imports and 25% on everything else": a list item of its own.
        // Rule `and_opens_a_list_item`: "… y daños en 300 viviendas", "y del 50% al acero":
        // a figure within three words after "and", no verb between, opens an item too.
        let item = (i + 1..toks.len().min(i + 5))
            .take_while(|&k| toks[k].kind != Kind::Punct)
            .take_while(|&k| {
                // "and is 30% contained": an auxiliary keeps the clause's subject.
                let w = toks[k].low();
                toks[k].kind == Kind::Num || !is_verb(&w, lang) && !auxiliaries().contains(&w)
            })
            .any(|k| toks[k].kind == Kind::Num);
        return item
            || toks
                .get(i + 1)
                .is_some_and(|n| n.kind == Kind::Word && is_verb(&n.low(), lang));
    }
    // Rule `preposition_before_an_article_opens_no_clause`: "quedaron inhabitables tras el
    // terremoto": the earthquake belongs to the figure's clause (and names its topic).
    if verbal_openers().contains(&w) {
        return !toks
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && opener_articles().contains(&n.low()));
    }
    clause_openers().contains(&w)
}

/// The token range `[start, end)` of the clause holding tokens `[from, to)`.
pub fn span(toks: &[Tok], from: usize, to: usize, lang: Lang) -> (usize, usize) {
    let mut start = from;
    while start > 0 && !opens_clause(toks, start - 1, lang) {
        start -= 1;
    }
    let mut end = to;
    while end < toks.len() && !opens_clause(toks, end, lang) {
        end += 1;
    }
    appositive_head(toks, (start, end), lang)
}

/// Where the segment of comma-free words ending before token `end` starts.
fn segment_start(toks: &[Tok], end: usize, lang: Lang) -> usize {
    let mut k = end;
    while k > 0 && !opens_clause(toks, k - 1, lang) {
        k -= 1;
    }
    k
}

/// Where the segment of comma-free words starting at token `from` ends.
fn segment_end(toks: &[Tok], from: usize, lang: Lang) -> usize {
    let mut k = from;
    while k < toks.len() && !opens_clause(toks, k, lang) {
        k += 1;
    }
    k
}

/// True when tokens `[a, b)` hold words and no verb: a noun phrase, not a clause.
fn verbless(toks: &[Tok], (a, b): (usize, usize), lang: Lang) -> bool {
    a < b
        && (a..b).any(|k| toks[k].kind == Kind::Word)
        && !(a..b).any(|k| toks[k].kind == Kind::Word && is_verb(&toks[k].low(), lang))
}

/// Rule `appositive_head`: a clause set off by commas from the sentence's subject belongs to
/// it. A figure in an appositive or in the predicate after one reads the subject ("The
/// earthquake, of magnitude 6.8, struck at a depth of 18 km": both figures are about the
/// earthquake), and a figure in the subject reads the predicate after a verbless appositive
/// ("Two men, aged 34 and 41, were charged with murder"). Only when every segment between
/// the sentence start and the figure is verbless, so a figure never reads another clause.
fn appositive_head(
    toks: &[Tok],
    (mut start, mut end): (usize, usize),
    lang: Lang,
) -> (usize, usize) {
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.text == ",");
    // Back: at most two verbless segments, reaching the sentence start.
    let mut back = start;
    for _ in 0..2 {
        if back < 2 || !comma(back - 1) {
            break;
        }
        let p = segment_start(toks, back - 1, lang);
        if !verbless(toks, (p, back - 1), lang) {
            break;
        }
        back = p;
        // The head is the sentence's subject, not an adverbial ("En el terreno de la
        // seguridad, …" frames the sentence; its words are no topic of every figure).
        let adverbial = toks
            .first()
            .is_some_and(|t| t.kind == Kind::Word && prepositions().contains(&t.low()));
        if back == 0 && !adverbial {
            start = 0;
            break;
        }
    }
    // Forward: the subject reads the predicate after one verbless appositive ("aged 34 and
    // 41" is one, its "and" no clause of its own).
    if start == 0 && comma(end) {
        let mut k = end + 1;
        while k < toks.len() && k <= end + 9 && !clause_punct(&toks[k]) {
            k += 1;
        }
        let appositive = (end + 1..k).all(|j| {
            toks[j].kind != Kind::Word
                || !is_verb(&toks[j].low(), lang)
                || age_openers().contains(&toks[j].low())
        });
        if comma(k) && k > end + 1 && appositive {
            end = segment_end(toks, k + 1, lang);
        }
    }
    (start, end)
}

/// True when word token `i` is a homonym of a topic term whose context words are missing
/// from the clause `[start, end)` ("a stadium with 60,000 seats").
fn homonym_out_of_context(toks: &[Tok], i: usize, (start, end): (usize, usize)) -> bool {
    let w = toks[i].low();
    let first = w.as_bytes().first().copied();
    if !homonyms()
        .iter()
        .any(|(h, _)| h.as_bytes().first().copied() == first)
    {
        return false;
    }
    // Matched on the English stem, as topic terms are ("approved" is "approval").
    let found = crate::text::with_stem(&w, Lang::En, |st| {
        homonyms().iter().find(|(h, _)| h == st).map(|(_, ctx)| ctx)
    });
    let Some(ctx) = found else {
        return false;
    };
    !(start..end).any(|k| k != i && ctx.iter().any(|c| toks[k].is(c)))
}

/// True when three in four words of the sentence are capitalised (a headline in title case), where
/// capitals say nothing about names.
pub fn title_case(toks: &[Tok]) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.text.len() > 3)
    {
        words += 1;
        caps += usize::from(t.is_capitalized());
    }
    words >= 3 && caps * 4 >= words * 3
}

/// True when word token `i` is part of a proper name: capitalised (not an all-capitals
/// acronym such as "GDP"), and either inside the sentence or next to another capitalised
/// word ("Casa Blanca dijo", "Social Security payments").
pub fn in_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_capitalized() || t.text.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let cap = |k: usize| toks.get(k).is_some_and(Tok::is_capitalized);
    let sentence_start = toks[..i].iter().all(|p| p.kind == Kind::Punct);
    !sentence_start || cap(i + 1)
}

word_set!(
    /// Common nouns that open the name of an event of their kind ("Storm Darragh",
    /// "Hurricane Milton").
    event_kinds,
    "en/event_kinds.txt",
);

/// Rule `named_event_kind`: the first word of an event's name says what the event is
/// ("Storm Darragh" is a storm, "Hurricane Milton" a hurricane), so it names a topic where
/// the rest of a proper name does not.
fn event_kind(toks: &[Tok], i: usize) -> bool {
    event_kinds().contains(&toks[i].low()) && toks.get(i + 1).is_some_and(Tok::is_capitalized)
}

/// The words of tokens `[start, end)` that may name a topic: proper names left out unless
/// the sentence is in title case (or their first word names an event's kind).
pub fn topic_words<'a, 't>(
    toks: &'t [Tok<'a>],
    (start, end): (usize, usize),
    title: bool,
) -> impl Iterator<Item = &'a str> + 't {
    (start..end)
        .filter(move |&i| {
            toks[i].kind == Kind::Word
                && (title || !in_name(toks, i) || event_kind(toks, i))
                && !homonym_out_of_context(toks, i, (start, end))
        })
        .map(move |i| toks[i].text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    fn clause_of(s: &str, word: &str) -> String {
        let toks = tokenize(s);
        let i = toks.iter().position(|t| t.text == word).unwrap();
        let lang = if s.contains(" que ") {
            Lang::Es
        } else {
            Lang::En
        };
        let (a, b) = span(&toks, i, i + 1, lang);
        let words: Vec<&str> = topic_words(&toks, (a, b), title_case(&toks)).collect();
        words.join(" ")
    }

    #[test]
    fn clauses_stop_at_punctuation_and_joiners() {
        let s = "The storm killed 14 people and left 200,000 homes without power, officials said.";
        assert_eq!(clause_of(s, "14"), "The storm killed people");
        assert_eq!(clause_of(s, "200,000"), "left homes without power");
        let s = "La Secretaría de Salud informó que se registraron 2.350 casos de dengue.";
        assert_eq!(clause_of(s, "2.350"), "se registraron casos de dengue");
    }

    #[test]
    fn proper_names_are_not_topic_words() {
        let s = "La Casa Blanca dijo que 1.500 soldados irán.";
        assert_eq!(clause_of(s, "dijo"), "dijo");
        assert_eq!(
            clause_of("Exports fell 2.3% in May.", "fell"),
            "Exports fell in"
        );
        assert_eq!(
            clause_of("The Home Office said GDP fell.", "said"),
            "said GDP fell"
        );
        assert_eq!(
            clause_of("Ruling Party Keeps Majority As Turnout Climbs", "Keeps"),
            "Ruling Party Keeps Majority As Turnout Climbs"
        );
    }

    #[test]
    fn appositives_belong_to_the_subject() {
        let s = "The earthquake, of magnitude 6.8, struck at a depth of 18 kilometres.";
        assert_eq!(clause_of(s, "6.8"), "The earthquake of magnitude");
        assert_eq!(
            clause_of(s, "18"),
            "The earthquake of magnitude struck at a depth of kilometres"
        );
        let s = "Two men, aged 34 and 41, have been charged with murder.";
        assert_eq!(
            clause_of(s, "Two"),
            "Two men aged and have been charged with murder"
        );
        let s = "El sismo dejó 12 muertos y daños en 300 viviendas.";
        assert_eq!(clause_of(s, "12"), "El sismo dejó muertos");
        assert_eq!(clause_of(s, "300"), "daños en viviendas");
        let s = "The wildfire has burned 14,000 acres and is 30% contained.";
        assert_eq!(
            clause_of(s, "30"),
            "The wildfire has burned acres and is contained"
        );
        let s = "Tres de cada diez viviendas quedaron inhabitables tras el terremoto.";
        assert_eq!(
            clause_of(s, "diez"),
            "Tres de cada diez viviendas quedaron inhabitables tras el terremoto"
        );
        let s = "Las ventas cayeron 5% tras anunciar que cerraría.";
        assert_eq!(clause_of(s, "5"), "Las ventas cayeron");
        let s = "En el terreno de la seguridad, Sheinbaum llega con 50 líderes.";
        assert_eq!(clause_of(s, "50"), "llega con líderes");
        // A clause with a verb before the comma keeps its own words.
        let s = "The storm killed 14 people, officials said, and 300 homes flooded.";
        assert_eq!(clause_of(s, "300"), "homes flooded");
    }

    #[test]
    fn named_events_keep_their_kind() {
        let s = "Homes lost power after Storm Darragh hit.";
        assert_eq!(clause_of(s, "Darragh"), "Storm hit");
        let s = "Homes lost power after Hurricane Milton hit.";
        assert_eq!(clause_of(s, "Milton"), "Hurricane hit");
        // The rest of the name still names nothing.
        let s = "Fans left after Storm Rangers won.";
        assert_eq!(clause_of(s, "Rangers"), "Storm won");
    }

    #[test]
    fn homonyms_need_their_context() {
        assert_eq!(
            clause_of("Nurses began a strike over pay.", "strike"),
            "Nurses began a strike over pay"
        );
        assert_eq!(
            clause_of("A missile strike hit the port.", "strike"),
            "A missile hit the port"
        );
        assert_eq!(
            clause_of("The stadium has 60,000 seats.", "seats"),
            "The stadium has"
        );
        assert_eq!(
            clause_of("Labour won 411 seats.", "seats"),
            "Labour won seats"
        );
    }
}
