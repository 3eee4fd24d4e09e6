//! Rule `unit_counted_by_an_agent`: "el incendio arrasó unas 2.000 hectáreas", "Petroecuador
//! perdió 35.000 barriles": the words before the verb act; the unit as written is what the
//! figure counts, and the subject names it ("arrasó hectáreas incendio").

use crate::extract::quantity::Quantity;
use crate::extract::subject::duration::is_duration_unit;
use crate::extract::tokens::Tok;

/// The subject text (verb, unit as written, agent) of a count in a unit of things (not a
/// share, a measure of degree, money or a duration) whose phrase is the agent read before its
/// verb, or None.
pub(super) fn unit_counted_by_an_agent(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    verb: Option<&str>,
    agent: &str,
) -> Option<String> {
    let counted_unit = q.unit.as_deref().is_some_and(|u| {
        let money = u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase());
        let measure = matches!(
            u,
            "percent" | "percentage point" | "point" | "basis point" | "degree" | "celsius"
        );
        !(measure || money || is_duration_unit(u))
    });
    if !counted_unit || agent.is_empty() || q.num_end >= q.end {
        return None;
    }
    let unit = &sentence[toks[q.num_end].start..toks[q.end - 1].end];
    verb.map(|v| format!("{v} {unit} {agent}"))
}
