//! Rule `object_reaches`: a figure after "to" that a verb of reaching takes its object to
//! ("bringing the total transferred this year to 55", "taking the death toll since October
//! 2023 to more than 58,000") counts that object: "55 total transferred", "58,000+ death toll";
//! and the level a change reached is its subject's ("revenue rose 69% from a year earlier to
//! $44.1 billion").

use super::words::{definite_articles, is_stopword, possessives, prepositions, time_words};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Verbs that take a total to a level ("bringing", "taking", "pushing").
    reaching_verbs,
    "en/reaching_verbs.txt",
);

/// The object of the verb of reaching before figure `q` (its words from after its determiner
/// to a preposition, a time word or a figure), or None.
pub(super) fn object_reached(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
) -> Option<String> {
    if lang != Lang::En || q.start < 3 || !toks[q.start - 1].is("to") {
        return None;
    }
    let word = |k: usize| toks[k].kind == Kind::Word;
    let verb = (q.start.saturating_sub(10)..q.start - 1)
        .rev()
        .take_while(|&k| word(k) || toks[k].kind == Kind::Num)
        .find(|&k| reaching_verbs().contains(&toks[k].low()))?;
    let det = toks.get(verb + 1)?.low();
    if !(definite_articles().contains(&det) || possessives().contains(&det)) {
        return None;
    }
    let start = verb + 2;
    let end = (start..q.start - 1)
        .find(|&k| {
            let w = toks[k].low();
            let adjective = reached_object_adjectives().contains(&w);
            !word(k)
                || prepositions().contains(&w)
                || time_words().contains(&w)
                || is_stopword(&w) && !adjective
        })
        .unwrap_or(q.start - 1);
    (end > start).then(|| sentence[toks[start].start..toks[end - 1].end].to_string())
}

word_set!(
    /// Stop words inside a reached object's noun phrase ("the full new state pension").
    reached_object_adjectives,
    "en/reached_object_adjectives.txt",
);

word_set!(
    /// Verbs of change ("rose", "fell", "jumped").
    pub(super) change_verbs,
    "en/change_verbs.txt",
);

word_set!(
    /// More verbs of change of a level ("tumbled", "double"), read here only.
    level_change_verbs,
    "en/level_change_verbs.txt",
);

/// Rule `level_after_a_change`: the level a change reached ("revenue rose 69% from a year
/// earlier to $44.1 billion", "petrol prices rose 5.2p a litre in March to 142.6p") is of the
/// change's subject, however many words stand between the change's figure and "to": the
/// token of the change verb, read back from the figure after "to" within its clause past one
/// other figure. Rule `level_after_a_change_at`: "closed down 1.2% at 8,145 points". In
/// Spanish the level follows "hasta" or "a", an article and a comma allowed ("la utilidad cayó
/// 28%, a 11.000 millones", "bajó un 12%, hasta los 48 euros").
pub fn change_before_level(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<usize> {
    // "hasta los 48 euros": the qualifier's words are the figure's own surface.
    let start = if lang == Lang::Es {
        q.num_start
    } else {
        q.start
    };
    if start < 3 {
        return None;
    }
    let mut link = start - 1;
    if lang == Lang::Es && definite_articles().contains(&toks[link].low()) {
        link -= 1;
    }
    // Rule `level_reached_a_record`: "rose 8.2% in the year to June to a record £2,252": the
    // level's "a record" between "to" and the figure.
    if lang == Lang::En && link >= 2 && toks[link].is("record") && toks[link - 1].is("a") {
        link -= 2;
    }
    let at = lang == Lang::En && toks[link].is("at");
    let linked = match lang {
        Lang::En => toks[link].is("to") || at,
        Lang::Es => toks[link].is("hasta") || toks[link].is("a"),
    };
    if !linked {
        return None;
    }
    let is_change = |w: &str| match lang {
        Lang::En => change_verbs().contains(w) || level_change_verbs().contains(w),
        Lang::Es => {
            super::event::rise_verbs().contains(w) || super::event::fall_verbs().contains(w)
        }
    };
    let reach = if lang == Lang::En { 14 } else { 12 };
    let mut figure = false;
    for k in (link.saturating_sub(reach)..link).rev() {
        let t = &toks[k];
        match t.kind {
            Kind::Num => figure = true,
            // An object between a transitive change and its figure ("cut interest rates by
            // 0.25 points to 4%") is what the level is of: no subject to read back to.
            Kind::Word if is_change(&t.low()) => {
                let mut next = k + 1;
                while toks
                    .get(next)
                    .is_some_and(|n| n.is("by") || lang == Lang::Es && (n.is("en") || n.is("un")))
                {
                    next += 1;
                }
                let intransitive = toks.get(next).is_some_and(|n| n.kind == Kind::Num);
                // Rule `level_after_a_change` without a figure of change ("demand will more
                // than double to 945 TWh", "rates had doubled in six weeks, to $5,900"): the
                // verb with no object before its preposition or comma.
                let bare = lang == Lang::En
                    && !at
                    && toks.get(k + 1).is_some_and(|n| {
                        n.text == "," || prepositions().contains(&n.low()) && !n.is("by")
                    });
                return (figure && intransitive || bare).then_some(k);
            }
            // "Wages rose 5.6%, while inflation … held at 3.4%": another clause's change.
            Kind::Word if super::attribution::contrast_joiners().contains(&t.low()) => return None,
            Kind::Word => {}
            // "tumbled 1,062 points, or 1.3%, to 79,883".
            _ if matches!(t.text, "%" | "$" | "£" | "€" | "." | "-" | ",") => {}
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    #[test]
    fn a_total_reached_counts_the_object() {
        let l = labels("Mexico sent 26 more cartel figures on Tuesday, bringing the total transferred this year to 55.");
        assert!(l[1].starts_with("55 total"), "{l:?}");
        let l = labels("At least 62 people were killed, bringing the death toll since October 2023 to more than 58,000.");
        assert_eq!(l[1], "58,000+ death toll");
        // An object without its determiner is no total ("sent 26 figures to 55 cities").
        let l = labels("The firm moved 300 staff to 12 offices.");
        assert!(l[1].contains("offices"), "{l:?}");
    }

    #[test]
    fn a_level_after_a_change_is_of_the_change_s_subject() {
        let l = labels("Nvidia said revenue rose 69% from a year earlier to $44.1 billion.");
        assert_eq!(l[1], "$44.1bn revenue");
        let l = labels("Petrol prices rose 5.2p a litre in March to 142.6p.");
        assert_eq!(l[1], "142.6p petrol prices");
        let l = labels("The Bank of England cut interest rates by 0.25 percentage points to 4%.");
        assert!(l[1].contains("rates"), "{l:?}");
        let l = labels("The Sensex tumbled 1,062 points, or 1.3%, to 79,883 on Thursday.");
        assert!(l[2].contains("Sensex"), "{l:?}");
        let l = labels("Average rents rose 8.2% in the year to June to a record £2,252 a month.");
        assert!(l[1].contains("rents"), "{l:?}");
        let l = labels("Gas prices fell 4.5% on Tuesday to €31 per megawatt hour.");
        assert!(l[1].contains("prices"), "{l:?}");
        let l = labels("The FTSE 100 closed down 1.2% at 8,145 points.");
        assert!(l[1].contains("FTSE"), "{l:?}");
        let l = labels("Freight rates had more than doubled in six weeks, to $5,900.");
        assert!(l[0].contains("rates"), "{l:?}");
        let l = labels("The rise takes the full new state pension to £230.25 a week.");
        assert!(l[0].contains("new state pension"), "{l:?}");
        let l = labels("Su utilidad neta cayó 28%, a 11.000 millones de pesos.");
        assert!(l[1].contains("utilidad"), "{l:?}");
        let l = labels("La factura de la luz bajó un 12% en octubre, hasta los 48 euros.");
        assert!(l[1].contains("factura"), "{l:?}");
    }
}
