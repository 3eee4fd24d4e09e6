//! A claim as a row of cells, for tables and CSV: every field of the contract's CLAIM, in
//! its order, absent values empty and topics joined with ";".

use super::Claim;

/// The columns of a claim in CSV: every field of the contract's CLAIM, in its order.
pub const CLAIM_COLUMNS: [&str; 12] = [
    "label",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "subject",
    "topics",
    "attribution",
    "surface",
    "sentence",
    "start",
    "end",
];

/// A claim's cells under [`CLAIM_COLUMNS`]; topics joined with ";", absent values empty.
pub fn claim_cells(c: &Claim) -> Vec<String> {
    vec![
        c.label.clone(),
        c.value.to_string(),
        c.value_max.map(|m| m.to_string()).unwrap_or_default(),
        c.qualifier.as_str().to_string(),
        c.unit.clone().unwrap_or_default(),
        c.subject.clone(),
        c.topics.join(";"),
        c.attribution.clone().unwrap_or_default(),
        c.surface.clone(),
        c.sentence.to_string(),
        c.start.to_string(),
        c.end.to_string(),
    ]
}
