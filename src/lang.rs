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

/// Function words that occur only in one of the two languages: a first, cheap vote.
fn vote(text: &str) -> (usize, usize) {
    let (mut en, mut es) = (0, 0);
    let mut buf = [0u8; 5];
    for w in text.split(|c: char| !c.is_alphabetic()).take(80) {
        if w.len() > 5 || w.is_empty() {
            continue;
        }
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        let Ok(lw) = std::str::from_utf8(&buf[..w.len()]) else {
            continue;
        };
        match lw {
            "the" | "and" | "of" | "to" | "is" | "was" | "that" | "with" | "for" | "on"
            | "said" | "has" | "have" | "from" | "its" | "were" | "by" | "which" | "this"
            | "will" => en += 1,
            "el" | "los" | "las" | "del" | "que" | "y" | "en" | "por" | "para" | "con" | "una"
            | "se" | "su" | "sus" | "al" | "es" | "fue" | "como" | "pero" | "dijo" => es += 1,
            _ => {}
        }
    }
    (en, es)
}

/// The language of `text`, or None when there is too little text to tell.
///
/// A clear majority of one language's function words decides at once; otherwise whatlang's
/// trigram model (restricted to English and Spanish) does. The first path keeps detection off
/// the hot path of long documents.
pub fn detect(text: &str) -> Option<Lang> {
    let (en, es) = vote(text);
    if en >= 2 && en >= 3 * es {
        return Some(Lang::En);
    }
    if es >= 2 && es >= 3 * en {
        return Some(Lang::Es);
    }
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
