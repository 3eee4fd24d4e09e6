//! Labels: the compact name of a claim, its figure and the first words of its subject
//! ("50+ organized crime leaders", "hundreds of people").

use super::Subject;
use crate::model::{format_figure, Qualifier};

/// The label of a claim: its figure and the first words of its subject.
pub fn label(
    value: f64,
    value_max: Option<f64>,
    qualifier: Qualifier,
    unit: Option<&str>,
    subj: &Subject,
) -> String {
    let mut out = match &subj.figure {
        Some(f) => f.clone(),
        None => format_figure(value, value_max, qualifier, unit),
    };
    let source = if subj.phrase.is_empty() {
        &subj.text
    } else {
        &subj.phrase
    };
    for w in source.split_whitespace().take(4) {
        out.push(' ');
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_is_the_figure_and_four_words_of_the_phrase() {
        let subj = Subject {
            text: "extradited organized crime leaders".into(),
            phrase: "organized crime leaders to the United States".into(),
            ..Subject::default()
        };
        assert_eq!(
            label(50.0, None, Qualifier::MoreThan, None, &subj),
            "50+ organized crime leaders to"
        );
        let vague = Subject {
            text: "people".into(),
            figure: Some("hundreds of".into()),
            ..Subject::default()
        };
        assert_eq!(
            label(100.0, Some(900.0), Qualifier::Approx, None, &vague),
            "hundreds of people"
        );
    }
}
