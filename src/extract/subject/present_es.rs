//! Rule `present_tense_is_a_verb`: the Spanish present (and imperfect) of common news verbs
//! is a verb to the rough verb test ("suponen", "cuesta", "cuenta", "alcanzan", "registra",
//! "invierte", "incluye", "envía", "aportaba"). The endings of the present ("-a", "-e",
//! "-an", "-en") are those of many nouns, so the forms are conjugated from lists of
//! infinitives (data under `lexicon/es/present_lemmas*.txt`), once, on first use: regular
//! verbs, verbs whose stem changes ("costar" → "cuesta", "pedir" → "pide") and "-iar"/"-uar"
//! verbs stressed on the "í"/"ú" ("envía", "sitúa"). Verbs whose present is mostly a noun
//! ("ayuda", "cifra", "firma", "muestra") are left out of those lists.

use crate::extract::lexicon::WordSet;
use crate::word_set;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

word_set!(
    /// Infinitives whose present is regular ("registrar" → "registra").
    regular_lemmas,
    "es/present_lemmas.txt",
);
word_set!(
    /// Infinitives whose stressed stem vowel changes in the present ("costar" → "cuesta").
    diphthong_lemmas,
    "es/present_lemmas_diphthong.txt",
);
word_set!(
    /// "-iar"/"-uar" infinitives stressed on the "í"/"ú" in the present ("enviar" → "envía").
    stressed_lemmas,
    "es/present_lemmas_stressed.txt",
);

/// The conjugated forms (a set, for the verb test's speed) and the infinitive of each.
struct Forms {
    set: WordSet,
    lemma: FxHashMap<&'static str, &'static str>,
}

fn forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut lemma = FxHashMap::default();
        for (lemmas, kind) in [
            (regular_lemmas(), Stem::Regular),
            (diphthong_lemmas(), Stem::Diphthong),
            (stressed_lemmas(), Stem::Stressed),
        ] {
            for l in lemmas.iter() {
                let mut forms = Vec::new();
                conjugate(l, kind, &mut forms);
                for f in forms {
                    lemma.insert(&*Box::leak(f.into_boxed_str()), l);
                }
            }
        }
        let words: Vec<&'static str> = lemma.keys().copied().collect();
        Forms {
            set: WordSet::from_words(&words),
            lemma,
        }
    })
}

/// Whether `w` (lower case) is a present or imperfect form, third person or first plural, of
/// a listed news verb.
pub(super) fn is_present_verb(w: &str) -> bool {
    forms().set.contains(w)
}

/// Whether `w` (lower case) is the infinitive of a listed news verb ("subir", "costar").
pub(crate) fn is_listed_infinitive(w: &str) -> bool {
    regular_lemmas().contains(w) || diphthong_lemmas().contains(w) || stressed_lemmas().contains(w)
}

/// The infinitive of a Spanish verb form (lower case): an infinitive itself ("abrir"), a
/// regular future or conditional ("abrirá", "publicarán", "subiría"), or a listed verb's
/// present or imperfect ("cuesta" → "costar"). None for another form ("tendrá", "abrió").
pub(in crate::extract::subject) fn infinitive(w: &str) -> Option<String> {
    let infinitive =
        |s: &str| s.chars().count() > 3 && ["ar", "er", "ir"].iter().any(|e| s.ends_with(e));
    if infinitive(w) {
        return Some(w.to_string());
    }
    let future = ["rán", "rá", "remos", "rían", "ría"]
        .iter()
        .find_map(|e| w.strip_suffix(e))
        .map(|stem| format!("{stem}r"))
        .filter(|s| infinitive(s));
    future.or_else(|| forms().lemma.get(w).map(|l| l.to_string()))
}

#[derive(Clone, Copy)]
enum Stem {
    Regular,
    Diphthong,
    Stressed,
}

/// Pushes the forms of `lemma` the verb test knows: present third persons ("cuesta",
/// "cuestan"), first plural ("costamos") and imperfect third persons ("costaba", "costaban").
fn conjugate(lemma: &str, kind: Stem, out: &mut Vec<String>) {
    let Some(stem) = lemma
        .strip_suffix("ar")
        .or_else(|| lemma.strip_suffix("er"))
        .or_else(|| lemma.strip_suffix("ir"))
    else {
        return;
    };
    let class = &lemma[stem.len()..];
    let (present, plural_first, imperfect) = match class {
        "ar" => ("a", "amos", "aba"),
        "er" => ("e", "emos", "ía"),
        _ => ("e", "imos", "ía"),
    };
    // "incluir" → "incluye": a "-uir" verb (not "seguir", "distinguir") takes a "y".
    let uir =
        class == "ir" && stem.ends_with('u') && !stem.ends_with("gu") && !stem.ends_with("qu");
    let stressed = match kind {
        Stem::Regular if uir => vec![format!("{stem}y")],
        Stem::Regular => vec![stem.to_string()],
        Stem::Diphthong => changed_stems(stem, class),
        Stem::Stressed => vec![stress_last(stem)],
    };
    for s in &stressed {
        out.push(format!("{s}{present}"));
        out.push(format!("{s}{present}n"));
    }
    out.push(format!("{stem}{plural_first}"));
    out.push(format!("{stem}{imperfect}"));
    out.push(format!("{stem}{imperfect}n"));
}

/// The stems of a stem-changing verb's stressed forms: its last "e" becomes "ie" ("cierr-",
/// "pierd-"), and also "i" in an "-ir" verb ("pid-", "sigu-"); its last "o" (or the "u" of
/// "jugar") becomes "ue" ("cuest-", "muev-").
fn changed_stems(stem: &str, class: &str) -> Vec<String> {
    let Some(at) = stem.rfind(['e', 'o', 'u']) else {
        return vec![stem.to_string()];
    };
    // The "u" of "gu"/"qu" only spells the consonant ("seguir": its vowel is the "e").
    let at = if stem[at..].starts_with('u') && at > 0 && matches!(&stem[at - 1..at], "g" | "q") {
        match stem[..at].rfind(['e', 'o']) {
            Some(v) => v,
            None => return vec![stem.to_string()],
        }
    } else {
        at
    };
    let (head, tail) = (&stem[..at], &stem[at + 1..]);
    if stem[at..].starts_with('e') {
        let mut stems = vec![format!("{head}ie{tail}")];
        if class == "ir" {
            stems.push(format!("{head}i{tail}"));
        }
        stems
    } else {
        vec![format!("{head}ue{tail}")]
    }
}

/// "envi" → "enví", "situ" → "sitú": the stem's last vowel, stressed.
fn stress_last(stem: &str) -> String {
    let mut s = stem.to_string();
    match s.pop() {
        Some('i') => s.push('í'),
        Some('u') => s.push('ú'),
        Some(c) => s.push(c),
        None => {}
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn present_tense_is_a_verb() {
        for w in [
            "suponen",
            "supone",
            "cuesta",
            "cuestan",
            "cuenta",
            "representan",
            "alcanzan",
            "registra",
            "invierte",
            "pide",
            "sigue",
            "tiene",
            "incluye",
            "construyen",
            "envía",
            "sitúa",
            "vuelve",
            "aportaba",
            "crecía",
            "necesitamos",
            "elige",
            "muere",
        ] {
            assert!(is_present_verb(w), "{w}");
        }
        // Nouns with a verb's ending, and forms no stem change makes.
        for w in [
            "costa", "ayuda", "cifra", "muestra", "prueba", "parte", "firma", "volumen", "examen",
            "continua", "vía",
        ] {
            assert!(!is_present_verb(w), "{w}");
        }
        assert_eq!(infinitive("cuesta").as_deref(), Some("costar"));
        assert_eq!(infinitive("abrirá").as_deref(), Some("abrir"));
        assert_eq!(infinitive("tendrá"), None);
    }
}
