//! Small text utilities shared by the pipeline stages: accent folding and stemming (English and
//! Spanish Snowball stemmers), so that "tariff"/"tariffs" and "arancel"/"aranceles" meet.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::model::Lang;

fn stemmer(lang: Lang) -> &'static Stemmer {
    static EN: OnceLock<Stemmer> = OnceLock::new();
    static ES: OnceLock<Stemmer> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| Stemmer::create(Algorithm::English)),
        Lang::Es => ES.get_or_init(|| Stemmer::create(Algorithm::Spanish)),
    }
}

/// `s.to_lowercase()`, borrowed when `s` is already lower case (most words of a sentence), so
/// that matching words costs no allocation.
pub fn lower(s: &str) -> Cow<'_, str> {
    let unchanged = if s.is_ascii() {
        !s.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        s.chars().all(|c| {
            let mut l = c.to_lowercase();
            l.next() == Some(c) && l.next().is_none()
        })
    };
    if unchanged {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Lower-cases and removes diacritics from Latin letters ("Más" → "mas"; "ñ" stays "ñ").
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// The stem of a lower-case word in `lang`, accent-folded. Memoised per thread: news text
/// repeats its words, and stemming is the costliest step per claim.
pub fn stem(word: &str, lang: Lang) -> String {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static MEMO: RefCell<[HashMap<String, String>; 2]> = RefCell::new([HashMap::new(), HashMap::new()]);
    }
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        let m = &mut m[usize::from(lang == Lang::Es)];
        if let Some(s) = m.get(word) {
            return s.clone();
        }
        let s = fold(&stemmer(lang).stem(&word.to_lowercase()));
        if m.len() > 100_000 {
            m.clear();
        }
        m.insert(word.to_string(), s.clone());
        s
    })
}

/// Stems of a word under both languages (for matching a query typed in either).
pub fn stems_any(word: &str) -> [String; 2] {
    [stem(word, Lang::En), stem(word, Lang::Es)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_and_accents_meet() {
        assert_eq!(stem("tariffs", Lang::En), stem("tariff", Lang::En));
        assert_eq!(stem("aranceles", Lang::Es), stem("arancel", Lang::Es));
        assert_eq!(fold("Más Extradición"), "mas extradicion");
    }
}
