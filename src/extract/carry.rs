//! Rule `bare_millions_continue_the_currency`: "un presupuesto de 12.400 millones de pesos,
//! de los cuales 3.100 millones irán a seguridad", "«Vamos a recaudar 12 billones de pesos».
//! «Y otros 4 billones vendrán de …»": a Spanish figure written with a scale word of millions
//! and no unit or noun after it, right after a sum of money, is a sum in that currency; so is
//! a bare figure after the same preposition as the sum before it.

use crate::extract::quantity::Quantity;
use crate::extract::subject::words::{is_stopword, is_verb};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Spanish scale words of sums of money ("millones", "billones").
    money_scales,
    "es/money_scales.txt",
);

/// The currency figure `q` continues: `last`, the unit of the figure before it in the text,
/// when `q` has no unit, is written with a scale word of millions and nothing it counts
/// follows it (punctuation, a verb, or a function word other than "de").
pub(super) fn carried_currency(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    last: Option<&str>,
) -> Option<String> {
    let money = last.filter(|u| crate::model::figure::currency_code(u))?;
    if lang != Lang::Es || q.unit.is_some() || q.value_max.is_some() {
        return None;
    }
    let scaled = (q.num_start..q.end)
        .any(|k| toks[k].kind == Kind::Word && money_scales().contains(&toks[k].low()));
    let counts_nothing = toks.get(q.end).is_none_or(|t| {
        let w = t.low();
        t.kind == Kind::Punct || is_verb(&w, lang) || is_stopword(&w) && w != "de"
    });
    (counts_nothing && (scaled || parallel_to_the_figure_before(toks, q)))
        .then(|| money.to_string())
}

/// Most tokens back from a figure searched for the figure it parallels (rule
/// `parallel_figure_continues_the_currency`).
const PARALLEL_REACH: usize = 10;

/// Rule `parallel_figure_continues_the_currency`: "subir el salario a 529.000 pesos desde
/// enero y a 539.000 en julio", "pagan el litro a 24 pesos, frente a 22 en Monterrey": a bare
/// figure after the same preposition as the figure just before it, within
/// [`PARALLEL_REACH`] tokens, is a sum in that figure's currency.
fn parallel_to_the_figure_before(toks: &[Tok], q: &Quantity) -> bool {
    let Some(prep) = q.start.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    if prep.kind != Kind::Word || !is_stopword(&prep.low()) {
        return false;
    }
    let Some(num) = (q.start.saturating_sub(PARALLEL_REACH)..q.start - 1)
        .rev()
        .find(|&k| toks[k].kind == Kind::Num)
    else {
        return false;
    };
    // The previous figure's own preposition, past a currency sign ("a $24").
    let mut k = num;
    if k > 0 && toks[k - 1].kind == Kind::Punct {
        k -= 1;
    }
    k > 0 && toks[k - 1].low() == prep.low()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::decimal_evidence;
    use crate::extract::quantity;
    use crate::extract::tokens::tokenize;

    fn carried(s: &str) -> Option<String> {
        let toks = tokenize(s);
        let q = quantity::find(&toks, Lang::Es, decimal_evidence(s))
            .pop()
            .unwrap();
        carried_currency(&toks, &q, Lang::Es, Some("MXN"))
    }

    #[test]
    fn bare_millions_continue_the_currency() {
        assert_eq!(
            carried("De ellos, 3.100 millones irán a seguridad.").as_deref(),
            Some("MXN")
        );
        assert_eq!(
            carried("Y otros 4 billones vendrán de la evasión.").as_deref(),
            Some("MXN")
        );
        // Rule `parallel_figure_continues_the_currency`.
        assert_eq!(
            carried(
                "Cobrarán 900 pesos desde marzo y 950 en julio, a 40 pesos el kilo y a 45 en mayo."
            )
            .as_deref(),
            Some("MXN")
        );
        // Near misses: a noun counted, no scale word, no figure after the same preposition.
        assert_eq!(
            carried("Cobrarán 900 pesos desde marzo y hasta 30 en julio."),
            None
        );
        assert_eq!(carried("Y 3 millones de personas viven ahí."), None);
        assert_eq!(carried("Y otros 400 vendrán."), None);
    }
}
