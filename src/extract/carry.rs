//! Rule `bare_millions_continue_the_currency`: "un presupuesto de 12.400 millones de pesos,
//! de los cuales 3.100 millones irán a seguridad", "«Vamos a recaudar 12 billones de pesos».
//! «Y otros 4 billones vendrán de …»": a Spanish figure written with a scale word of millions
//! and no unit or noun after it, right after a sum of money, is a sum in that currency.

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
    (scaled && counts_nothing).then(|| money.to_string())
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
        // Near misses: a noun counted, no scale word.
        assert_eq!(carried("Y 3 millones de personas viven ahí."), None);
        assert_eq!(carried("Y otros 400 vendrán."), None);
    }
}
