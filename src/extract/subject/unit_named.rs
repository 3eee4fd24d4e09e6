//! Rule `measure_names_its_unit`: a measure whose subject names no thing of its own ("The
//! journey took 127 days" → "took", "Los bomberos tardaron 14 horas en controlarlo") names
//! its unit, as written, right after the verb ("took days", "tardaron horas en
//! controlarlo", "wildfire in Madeira burned hectares"): what the figure measures is that
//! unit of the act, never the verb alone. Display only: the key is built before it.

use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};

/// Units whose figures name their own thing elsewhere (money, shares, points, ages).
fn named_elsewhere(unit: &str) -> bool {
    let money = unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase());
    money || matches!(unit, "percent" | "percentage point" | "point" | "fold")
}

/// `text` with the unit of `q` as written after the first word that is `verb`, when `phrase`
/// (the figure's phrase) holds no noun after the figure: empty, the verb itself, the clause's
/// subject read before its verb (`agent_phrase`), or an act ("to reach them", "en
/// controlarlo"). None
/// when the rule does not apply.
pub(super) fn with_unit(
    (sentence, toks, q): (&str, &[Tok], &Quantity),
    text: &str,
    phrase: &str,
    verb: Option<&str>,
    agent_phrase: bool,
) -> Option<String> {
    let unit = q.unit.as_deref()?;
    let verb = verb?;
    if named_elsewhere(unit) || q.end == 0 || q.end > toks.len() {
        return None;
    }
    let last = &toks[q.end - 1];
    if last.kind != Kind::Word || last.text.chars().count() < 3 || q.end - 1 < q.num_end {
        return None;
    }
    let written = &sentence[last.start..last.end];
    let act = ["to ", "en ", "para "]
        .iter()
        .any(|p| phrase.starts_with(p));
    let verb_alone = phrase.eq_ignore_ascii_case(verb);
    if !(phrase.is_empty() || agent_phrase || act || verb_alone) {
        return None;
    }
    let lower = written.to_lowercase();
    if text.split_whitespace().any(|w| w.to_lowercase() == lower) {
        return None;
    }
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let at = words.iter().position(|w| w.eq_ignore_ascii_case(verb))?;
    words.insert(at + 1, written);
    Some(words.join(" "))
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::subjects;

    #[test]
    fn measure_names_its_unit() {
        assert_eq!(subjects("The journey took 127 days."), ["took days"]);
        assert_eq!(
            subjects("Los bomberos tardaron 14 horas en controlarlo."),
            ["tardaron horas en controlarlo"]
        );
        // Money and shares name their own things.
        assert_eq!(subjects("The fund spent $40m."), ["spent"]);
    }
}
