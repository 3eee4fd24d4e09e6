//! Language identification (English or Spanish) for articles, paragraphs and lines, with
//! whatlang restricted to the two languages claimdiff reads.

use std::sync::OnceLock;

use crate::model::Lang;

fn detector() -> &'static whatlang::Detector {
    static D: OnceLock<whatlang::Detector> = OnceLock::new();
    D.get_or_init(|| {
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Spa])
    })
}

/// The language of `text`, or None when there is too little text to tell.
pub fn detect(text: &str) -> Option<Lang> {
    // A few hundred characters are plenty and keep detection cheap on long paragraphs.
    let sample = match text.char_indices().nth(400) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    if sample.split_whitespace().count() < 3 {
        return None;
    }
    let info = detector().detect(sample)?;
    match info.lang() {
        whatlang::Lang::Spa => Some(Lang::Es),
        _ => Some(Lang::En),
    }
}

/// The language of a whole document: detection over its first paragraphs; English if unsure.
pub fn detect_document(text: &str) -> Lang {
    let end = text
        .char_indices()
        .nth(3000)
        .map(|(i, _)| i)
        .unwrap_or(text.len());
    detect(&text[..end]).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_english_from_spanish() {
        assert_eq!(
            detect("The government imposed new tariffs on steel and aluminum imports."),
            Some(Lang::En)
        );
        assert_eq!(
            detect("El gobierno impuso nuevos aranceles al acero y al aluminio importados."),
            Some(Lang::Es)
        );
        assert_eq!(detect("25%"), None);
    }
}
