//! Rule `lead_pair`: a pair of figures after a verb of leading ("Harris leads Trump 48% to
//! 46%", "Mamdani leads Cuomo by 12 points, 46% to 34%") gives the first figure to the
//! subject of the verb and the second to its object: "48% Harris", "46% Trump".

use super::words::{is_stopword, is_verb};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Verbs of one side standing ahead of another by a pair of figures ("leads", "trails").
    lead_verbs,
    "en/lead_verbs.txt",
    "es/lead_verbs.txt",
);

/// Rule `led_side_is_no_thing`: "La candidata aventaja por 18 puntos a su rival": a margin
/// right after a verb of leading and "por" ("by"); the phrase after it names the side led,
/// not what the points count.
pub(super) fn margin_of_a_lead(toks: &[Tok], q: &Quantity) -> bool {
    q.start >= 2
        && (toks[q.start - 1].is("por") || toks[q.start - 1].is("by"))
        && lead_verbs().contains(&toks[q.start - 2].low())
}

/// The side a figure of a lead pair stands for (its subject's or its object's words, as
/// written), or None when the figure is no side of a pair after a verb of leading.
pub(super) fn lead_side(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    // Spanish: "aventaja a su rival por 48% a 46%".
    let link = if lang == Lang::Es { "a" } else { "to" };
    let is_to = |k: usize| toks.get(k).is_some_and(|t| t.is(link));
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num);
    // First figure: "48% to 46%"; second: the figure after "to" that follows a figure.
    let (first, first_start) = if is_to(q.end) && num(q.end + 1) {
        (true, q.start)
    } else if q.start >= 2 && is_to(q.start - 1) {
        let mut k = q.start - 1;
        while k > 0 && (toks[k - 1].kind != Kind::Word || is_unit_word(&toks[k - 1])) {
            k -= 1;
        }
        if !(q.start - 1 > k && (k..q.start - 1).any(num)) {
            return None;
        }
        (false, k)
    } else {
        return None;
    };
    let verb = lead_verb_before(toks, first_start)?;
    let side = if first {
        subject_of(toks, verb, lang)?
    } else {
        object_of(toks, verb, first_start)?
    };
    Some(sentence[toks[side.0].start..toks[side.1 - 1].end].to_string())
}

/// Rule `lead_is_a_poll`: a side of a lead pair ("Labor leads the Coalition 55% to 45%"), a
/// lead in points ("leads Cuomo by 12 points", "seven points ahead of Labour") or, in a
/// sentence that tells a lead, a share "on" a name ("Labour on 24%") is a poll's reading: the
/// claim is about an election whatever words its clause holds.
pub fn poll_lead(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> bool {
    let percent = q.unit.as_deref() == Some("percent");
    if lang != Lang::En {
        return percent && lead_side(sentence, toks, q, lang).is_some();
    }
    let points = q.unit.as_deref() == Some("point");
    let ahead = points && toks.get(q.end).is_some_and(|t| t.is("ahead"));
    let by = points
        && q.start >= 1
        && toks[q.start - 1].is("by")
        && lead_verb_before(toks, q.start - 1).is_some();
    // Rule `lead_narrowed_to_points`: "Labour's lead over the Conservatives has narrowed to
    // 11 points": points reached by a lead named within LEAD_NOUN_REACH tokens before them.
    let reached = points
        && q.start >= 1
        && toks[q.start - 1].is("to")
        && (q.start.saturating_sub(LEAD_NOUN_REACH)..q.start).any(|k| toks[k].is("lead"));
    let by = by || reached;
    // "Reform UK is on 31%, seven points ahead of Labour on 24%": in a sentence that tells a
    // lead, a share "on" a name is a side's reading too.
    let on_a_side = percent
        && q.start >= 2
        && toks[q.start - 1].is("on")
        && (q.start.saturating_sub(4)..q.start - 1).any(|k| toks[k].is_capitalized())
        && toks
            .iter()
            .any(|t| t.is("ahead") || lead_verbs().contains(&t.low()));
    // Rule `side_trails_at_a_share`: "The Liberals trail at 25%": a share right after a lead
    // verb and "at", with a name before it, is a side's reading.
    let at_a_side = percent
        && q.start >= 3
        && toks[q.start - 1].is("at")
        && ["lead", "leads", "trail", "trails"]
            .iter()
            .any(|v| toks[q.start - 2].is(v))
        && (q.start.saturating_sub(5)..q.start - 2).any(|k| toks[k].is_capitalized() && k > 0);
    let on_a_side = on_a_side || at_a_side;
    // Rule `league_lead_is_no_poll`: "Bayern now lead the Bundesliga by eight points with six
    // games left": a lead in points in a sentence about a sports table is a team's.
    let sport = (ahead || by) && toks.iter().any(|t| sport_table_words().contains(&t.low()));
    percent && lead_side(sentence, toks, q, lang).is_some() || (ahead || by) && !sport || on_a_side
}

/// Tokens looked back from "to N points" for the noun "lead" (rule `lead_narrowed_to_points`).
const LEAD_NOUN_REACH: usize = 10;

crate::word_set!(
    /// Words of a sports table ("league", "games", "season"): a lead in points beside one is
    /// a team's, not a poll's.
    sport_table_words,
    "en/sport_table_words.txt",
);

/// Words that write a unit after a figure of the pair ("per cent", "points").
fn is_unit_word(t: &Tok) -> bool {
    [
        "per", "cent", "percent", "points", "point", "pc", "por", "ciento", "puntos", "punto",
    ]
    .iter()
    .any(|w| t.is(w))
}

/// The verb of leading before the pair's first figure (at `start`): within the clause, past
/// its object and a "by N points," that measures the lead.
fn lead_verb_before(toks: &[Tok], start: usize) -> Option<usize> {
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 12 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if matches!(t.text, "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”") {
            return None;
        }
        if t.kind == Kind::Word && lead_verbs().contains(&t.low()) {
            return Some(k);
        }
    }
    None
}

/// The subject before the verb at `verb`: the name right before it ("Labor", "Reform UK"),
/// else up to three words back to a punctuation mark, a verb or "that".
fn subject_of(toks: &[Tok], verb: usize, lang: Lang) -> Option<(usize, usize)> {
    let word = |k: usize| toks[k].kind == Kind::Word;
    let mut from = verb;
    while from > 0 && word(from - 1) && toks[from - 1].is_capitalized() {
        from -= 1;
    }
    if from == verb {
        while from > 0 && verb - from < 3 && word(from - 1) {
            let w = toks[from - 1].low();
            if w == "that" || w == "que" || is_verb(&w, lang) {
                break;
            }
            from -= 1;
        }
    }
    while from < verb && word(from) && is_stopword(&toks[from].low()) {
        from += 1;
    }
    (from < verb).then_some((from, verb))
}

/// The object after the verb at `verb`, up to a comma, "by" or the first figure (at `start`),
/// its article left out ("the Coalition" → "Coalition").
fn object_of(toks: &[Tok], verb: usize, start: usize) -> Option<(usize, usize)> {
    let mut from = verb + 1;
    while from < start && toks[from].kind == Kind::Word && is_stopword(&toks[from].low()) {
        from += 1;
    }
    let end = (from..start)
        .find(|&k| toks[k].kind != Kind::Word || toks[k].is("by") || toks[k].is("por"))
        .unwrap_or(start);
    (from < end).then_some((from, end))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;
    use crate::extract::Extractor;

    #[test]
    fn each_figure_of_a_lead_is_its_side() {
        assert_eq!(
            labels("Harris leads Trump 48% to 46% among likely voters."),
            ["48% Harris", "46% Trump"]
        );
        let l = labels("A poll shows Labor leads the Coalition 55 per cent to 45 per cent.");
        assert_eq!(l, ["55% Labor", "45% Coalition"]);
        let l = labels("Mamdani leads Cuomo by 12 points, 46% to 34%, a survey found.");
        assert_eq!(l[1..], ["46% Mamdani", "34% Cuomo"]);
        // Rule `league_lead_is_no_poll`.
        let ex = Extractor::default().extract_text(
            "Bayern Munich now lead the Bundesliga by eight points with six games left.",
        );
        assert!(
            ex.claims.iter().all(|c| c.topics.is_empty()),
            "{:?}",
            ex.claims
        );
        // Rule `lead_is_a_poll`.
        let ex = Extractor::default()
            .extract_text("Mamdani leads Cuomo by 12 points, 46% to 34%, a survey found.");
        assert!(
            ex.claims.iter().all(|c| c.topics == ["elections"]),
            "{:?}",
            ex.claims
        );
        let ex = Extractor::default().extract_text(
            "Reform UK is on 31%, seven points ahead of Labour on 24%, with the Conservatives third on 17%.",
        );
        assert!(
            ex.claims.iter().all(|c| c.topics == ["elections"]),
            "{:?}",
            ex.claims
        );
        // In Spanish, after "por" and with "a" between the figures.
        let l =
            labels("La candidata de Morena aventaja a su rival por 48% a 46%, según la encuesta.");
        assert_eq!(l, ["48% Morena", "46% rival"]);
        let l = labels("El candidato oficialista supera a la opositora por 44% a 39%.");
        assert_eq!(l, ["44% candidato oficialista", "39% opositora"]);
        // A share "on" a name with no lead told is no poll.
        let ex = Extractor::default().extract_text("Tesla is on 18% of the market.");
        assert!(ex.claims[0].topics.is_empty(), "{:?}", ex.claims);
    }
}
