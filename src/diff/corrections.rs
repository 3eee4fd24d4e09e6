//! Corrections: a correction notice on the newer side ("An earlier version of this article
//! misstated…", "Fe de errores") turns the changes it bears on most clearly into corrections.
//! A notice usually corrects one figure, so only the best-pointed changes are marked.

use super::features::{claim_lang, context, figure_pos, is_stopword, same_thing, unit_family};
use super::weights::{ContextWeights, NoticeWeights};
use super::{ClaimChange, Kind};
use crate::extract::is_correction_notice;
use crate::model::{Claim, Lang, Sentence};

/// Stem prefixes that speak of money in a notice ("currency", "moneda", "dólares").
const MONEY_WORDS: &[&str] = &[
    "currenc", "moneda", "divisa", "dollar", "dolar", "peso", "euro",
];
/// Stem prefixes that speak of percentages ("percentage point", "porcentaje").
const PERCENT_WORDS: &[&str] = &["percent", "percentag", "point", "porcentaj", "punto"];
/// Stem prefixes that speak of some other unit.
const UNIT_WORDS: &[&str] = &["unit", "unidad"];

/// Marks as corrections the changed claims the correction notices among `sentences` (the
/// newer side's) bear on most clearly.
pub(super) fn mark(
    claims: &mut [ClaimChange],
    sentences: &[Sentence],
    cw: &ContextWeights,
    w: &NoticeWeights,
) {
    let notices: Vec<&str> = sentences
        .iter()
        .map(|s| &*s.text)
        .filter(|t| is_correction_notice(t))
        .collect();
    if notices.is_empty() {
        return;
    }
    let scores: Vec<u32> = claims
        .iter()
        .map(|c| match c {
            ClaimChange::Changed { before, after, .. } => notices
                .iter()
                .map(|n| bearing(n, before, after, claim_lang(after, sentences), cw, w))
                .max()
                .unwrap_or(0),
            _ => 0,
        })
        .collect();
    // Rule `hedge_not_corrected`: a notice corrects a figure; a change of the qualifier alone
    // ("more than 50" → "about 50") is marked only when no change of a figure bears on it.
    let figure: Vec<bool> = claims.iter().map(changes_figure).collect();
    let best_of = |want: bool| {
        scores
            .iter()
            .zip(&figure)
            .filter(|(_, &f)| f || !want)
            .map(|(&s, _)| s)
            .max()
            .unwrap_or(0)
    };
    let figures_only = best_of(true) > 0;
    let best = if figures_only {
        best_of(true)
    } else {
        best_of(false)
    };
    if best == 0 {
        return;
    }
    for ((c, s), f) in claims.iter_mut().zip(scores).zip(figure) {
        if let ClaimChange::Changed { kind, .. } = c {
            if s == best && (f || !figures_only) {
                *kind = Kind::Correction;
            }
        }
    }
}

/// A changed claim whose value, range or unit changed, not its qualifier alone.
fn changes_figure(c: &ClaimChange) -> bool {
    c.fields().iter().any(|f| *f != "qualifier")
}

/// How clearly a correction notice points to this change: it quotes one of the figures,
/// names the claim's subject, shares words with its context, or speaks of its unit or
/// currency (more when the unit is what changed). Zero when it does not bear on it at all.
fn bearing(
    notice: &str,
    before: &Claim,
    after: &Claim,
    lang: Lang,
    cw: &ContextWeights,
    w: &NoticeWeights,
) -> u32 {
    let folded = crate::text::fold(notice);
    let figure = |v: f64| folded.contains(&format!("{v}"));
    let mut score = 0;
    if figure(before.value) || figure(after.value) {
        score += w.quotes_figure;
    }
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= cw.min_word_len && !is_stopword(w))
        .flat_map(crate::text::stems_any)
        .collect();
    let hit = |k: &String| words.contains(k);
    if after.key.iter().any(hit) {
        score += w.names_subject;
    } else if after
        .key
        .iter()
        .any(|k| words.iter().any(|x| same_thing(x, k)))
    {
        // Rule `notice_synonyms`: a notice may name the claim in other words ("un número
        // equivocado de lesionados" for a count of heridos), weaker evidence than its own.
        score += w.names_subject_in_other_words;
    }
    // The notice is read against the figure's first occurrence in its sentence.
    let shared = context(after, figure_pos(after, &[]), lang, cw)
        .iter()
        .filter(|k| hit(k))
        .count();
    score += shared.min(w.max_context_words) as u32 * w.context_word;
    let unit_words: &[&str] = match unit_family(after.unit.as_deref()) {
        "money" => MONEY_WORDS,
        "percent" => PERCENT_WORDS,
        "count" => &[],
        _ => UNIT_WORDS,
    };
    let unit_named = unit_words
        .iter()
        .any(|u| words.iter().any(|w| w.starts_with(u)))
        || after
            .unit
            .as_deref()
            .is_some_and(|u| folded.contains(&u.to_lowercase()));
    if unit_named && before.unit != after.unit {
        score += w.names_changed_unit;
    } else if unit_named {
        score += w.names_unit;
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::test_claim;
    use crate::diff::weights::Weights;
    use crate::model::Qualifier;

    const W: Weights = Weights::DEFAULT;

    fn changed(before: Claim, after: Claim) -> ClaimChange {
        ClaimChange::Changed {
            before,
            after,
            fields: vec!["value"],
            delta: None,
            delta_pct: None,
            kind: Kind::Update,
            inline: Vec::new(),
        }
    }

    fn toll(v: f64) -> Claim {
        let s = format!("The storm killed {v} people in Veracruz.");
        test_claim(
            v,
            Qualifier::Exact,
            None,
            &["peopl", "kill"],
            &v.to_string(),
            &s,
        )
    }

    fn budget(v: f64, unit: &str) -> Claim {
        let s = format!("The city approved a budget of {v} million.");
        test_claim(
            v,
            Qualifier::Exact,
            Some(unit),
            &["budget"],
            &v.to_string(),
            &s,
        )
    }

    #[test]
    fn bearing_counts_figure_subject_context_and_unit() {
        let n = W.notice;
        let notice =
            "An earlier version of this article misstated the number of people killed: it was 12.";
        let b = bearing(notice, &toll(10.0), &toll(12.0), Lang::En, &W.context, &n);
        assert_eq!(b, n.quotes_figure + n.names_subject + n.context_word * 2);
        let notice = "An earlier version gave the budget in the wrong currency.";
        let b = bearing(
            notice,
            &budget(5.0, "USD"),
            &budget(5.0, "MXN"),
            Lang::En,
            &W.context,
            &n,
        );
        assert_eq!(b, n.names_subject + n.context_word + n.names_changed_unit);
        assert_eq!(
            bearing(
                "Fe de errores.",
                &toll(10.0),
                &toll(12.0),
                Lang::En,
                &W.context,
                &n
            ),
            0
        );
    }

    #[test]
    fn notice_synonyms_name_the_claim_in_other_words() {
        let n = W.notice;
        let heridos = |v: f64| {
            let s = format!("El sismo dejó 3 muertos y {v} heridos.");
            test_claim(v, Qualifier::Exact, None, &["her"], &v.to_string(), &s)
        };
        let notice = "Fe de erratas: se publicó un número equivocado de lesionados.";
        let b = bearing(
            notice,
            &heridos(47.0),
            &heridos(74.0),
            Lang::Es,
            &W.context,
            &n,
        );
        assert_eq!(b, n.names_subject_in_other_words);
    }

    #[test]
    fn the_best_pointed_change_becomes_the_correction() {
        let ex = crate::extract::Extractor::default();
        let text = "An earlier version of this article misstated the number of people killed.";
        let sentences = ex.extract_text(text).sentences;
        let mut claims = vec![
            changed(budget(5.0, "USD"), budget(6.0, "USD")),
            changed(toll(10.0), toll(12.0)),
        ];
        mark(&mut claims, &sentences, &W.context, &W.notice);
        assert_eq!(claims[0].kind(), Some(Kind::Update));
        assert_eq!(claims[1].kind(), Some(Kind::Correction));
        // No notice, no correction.
        let mut claims = vec![changed(toll(10.0), toll(12.0))];
        mark(
            &mut claims,
            &ex.extract_text("It rained.").sentences,
            &W.context,
            &W.notice,
        );
        assert_eq!(claims[0].kind(), Some(Kind::Update));
    }

    #[test]
    fn hedge_not_corrected_when_a_figure_change_bears_on_the_notice() {
        let ex = crate::extract::Extractor::default();
        let text = "An earlier version of this article misstated the number of people killed.";
        let sentences = ex.extract_text(text).sentences;
        let hedged = |mut c: Claim| {
            c.qualifier = Qualifier::MoreThan;
            c
        };
        let qualifier_only = |before: Claim, after: Claim| match changed(before, after) {
            ClaimChange::Changed {
                before,
                after,
                delta,
                delta_pct,
                kind,
                inline,
                ..
            } => ClaimChange::Changed {
                before,
                after,
                fields: vec!["qualifier"],
                delta,
                delta_pct,
                kind,
                inline,
            },
            c => c,
        };
        let mut claims = vec![
            qualifier_only(hedged(toll(50.0)), toll(50.0)),
            changed(toll(10.0), toll(12.0)),
        ];
        mark(&mut claims, &sentences, &W.context, &W.notice);
        assert_eq!(claims[0].kind(), Some(Kind::Update));
        assert_eq!(claims[1].kind(), Some(Kind::Correction));
        // Alone, the qualifier's change is what the notice corrects.
        let mut claims = vec![qualifier_only(hedged(toll(50.0)), toll(50.0))];
        mark(&mut claims, &sentences, &W.context, &W.notice);
        assert_eq!(claims[0].kind(), Some(Kind::Correction));
    }
}
