//! Rule `payee_is_not_what_is_paid`: "fined the operator £19.2m", "ordered the insurer to
//! pay Maria Costa, 61, €48,000", "condenó a Glovo a pagar 57 millones de euros a la
//! Seguridad Social", "multó con 1,3 millones de euros a una casa de apuestas": whoever a
//! verb of paying or penalising (en/es `payee_acts`) pays or fines is not what the sum is;
//! the act names it ("£19.2M fined", "€57M pagar", "€1,3M multados").

use super::paid::{is_infinitive, participle};
use super::words::{definite_articles, is_stopword, is_verb};
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::text;
use crate::word_set;

word_set!(
    /// Verbs whose object or "a" complement is who is paid or fined, not what the money
    /// buys: English words as written ("fined", "pay"), Spanish stems ("pag", "mult").
    payee_acts,
    "en/payee_acts.txt",
    "es/payee_acts.txt",
);

/// How many tokens may stand between an English verb of paying and its sum (the payee:
/// "the operator", "Maria Costa, 61,").
const PAYEE_REACH: usize = 8;

/// The act that names sum `q`, when a verb of paying or fining governs it past its payee.
/// English: the verb, then a payee of names, nouns, an article, commas and an age, then the
/// sum, with no phrase of what it pays for after it. Spanish: the verb (or the verb and
/// "con") right before the sum, and "a"/"al" after it.
pub(super) fn act_past_payee(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    let unit = q.unit.as_deref()?;
    if unit.len() != 3 || !unit.bytes().all(|b| b.is_ascii_uppercase()) || q.start == 0 {
        return None;
    }
    match lang {
        Lang::Es => {
            let after = toks.get(q.end)?;
            if !(after.is("a") || after.is("al")) {
                return None;
            }
            let mut v = q.start - 1;
            if toks[v].is("con") && v > 0 {
                v -= 1;
            }
            let w = &toks[v];
            let pays =
                w.kind == Kind::Word && text::with_stem(w.text, lang, |s| payee_acts().contains(s));
            if !pays {
                return None;
            }
            let low = w.low();
            Some(if is_infinitive(&low) {
                w.text.to_string()
            } else {
                participle(&low).unwrap_or_else(|| w.text.to_string())
            })
        }
        Lang::En => {
            let next = toks.get(q.end);
            if next.is_some_and(|t| t.kind == Kind::Word && payment_link(t)) {
                return None;
            }
            let payee = |t: &Tok| match t.kind {
                Kind::Num => true,
                Kind::Word => {
                    let w = t.low();
                    definite_articles().contains(&w) || !is_stopword(&w) && !is_verb(&w, lang)
                }
                _ => t.text == ",",
            };
            let mut v = q.start - 1;
            let lowest = q.start.saturating_sub(PAYEE_REACH + 1);
            while v > lowest && payee(&toks[v]) && !payee_acts().contains(&toks[v].low()) {
                v -= 1;
            }
            let w = &toks[v];
            (v + 1 < q.start && w.kind == Kind::Word && payee_acts().contains(&w.low()))
                .then(|| w.text.to_string())
        }
    }
}

/// True for a word after a sum that opens what it pays for ("for", "in", "on").
fn payment_link(t: &Tok) -> bool {
    super::words::payment_prepositions().contains(&t.low())
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    #[test]
    fn payee_is_not_what_is_paid() {
        assert_eq!(
            labels("The Gambling Commission fined the operator £19.2m.")[0],
            "£19.2M fined"
        );
        assert_eq!(
            labels(
                "Un juzgado condenó a Glovo a pagar 57 millones de euros a la Seguridad Social."
            )[0],
            "€57M pagar"
        );
        // What the money pays for, when written, still names it.
        assert_eq!(
            labels("The council paid the firm £2m for new roads.")[0],
            "£2M for new roads"
        );
    }
}
