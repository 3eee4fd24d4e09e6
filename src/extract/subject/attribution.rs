//! Attribution: who a sentence says its figures come from ("officials", "the Health Ministry",
//! "según Protección Civil"), read from "according to X" forms and from verbs of speech.

use super::words::{auxiliaries, clause_joiners, pronouns, speaker_ends};
use crate::extract::lexicon::shared::is_speech;
use crate::extract::tokens::{Kind, Lower, Tok};

/// Who the sentence says its figures come from, if anyone (not a bare pronoun).
pub fn attribution(sentence: &str, toks: &[Tok]) -> Option<String> {
    let lw: Vec<Lower> = toks.iter().map(Tok::low).collect();
    let phrase = |from: usize, mut to: usize| -> Option<String> {
        // Adverbs at the edge are not part of the speaker: "the president recently (said)".
        while to > from
            && toks[to - 1].kind == Kind::Word
            && lw[to - 1].len() > 4
            && lw[to - 1].ends_with("ly")
        {
            to -= 1;
        }
        if from >= to {
            return None;
        }
        let s = sentence[toks[from].start..toks[to - 1].end].trim();
        let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
        (!s.is_empty() && !pronouns().contains(&first) && s.split_whitespace().count() <= 9)
            .then(|| s.to_string())
    };
    let clause_end = |from: usize| -> usize {
        let mut k = from;
        while k < toks.len() {
            let t = &toks[k];
            if t.kind == Kind::Punct
                && matches!(t.text, "," | "." | ";" | ":" | "(" | ")" | "\"" | "”" | "—")
            {
                break;
            }
            if t.kind == Kind::Num || (t.kind == Kind::Word && speaker_ends().contains(&lw[k])) {
                break;
            }
            k += 1;
        }
        k
    };
    // "according to X", "según X", "de acuerdo con X", "citing X"
    for (i, w) in lw.iter().enumerate() {
        let start = match w.as_str() {
            "according" if lw.get(i + 1).map(Lower::as_str) == Some("to") => i + 2,
            "según" | "segun" | "citing" => i + 1,
            "acuerdo"
                if i > 0
                    && lw[i - 1] == "de"
                    && lw.get(i + 1).map(Lower::as_str) == Some("con") =>
            {
                i + 2
            }
            _ => continue,
        };
        if let Some(p) = phrase(start, clause_end(start)) {
            return Some(p);
        }
    }
    // "X said", "X told reporters", "X dijo"; and "…, said X" / "…, informó X".
    for (i, w) in lw.iter().enumerate() {
        let speech = is_speech(w);
        if !speech || w == "according" || toks[i].kind != Kind::Word {
            continue;
        }
        // Inverted: the speaker follows the verb after a comma or a closing quote.
        let after_comma = i > 0 && matches!(toks[i - 1].text, "," | "”" | "\"");
        if after_comma {
            if let Some(p) = phrase(i + 1, clause_end(i + 1)) {
                return Some(p);
            }
        }
        // The speaker before the verb, back to the clause start.
        let mut k = i;
        while k > 0 {
            let t = &toks[k - 1];
            if t.kind != Kind::Word
                && !(t.text == "'" || t.text == "’" || t.text == "-" || t.text == ".")
            {
                break;
            }
            if t.kind == Kind::Word && clause_joiners().contains(&lw[k - 1]) {
                break;
            }
            k -= 1;
        }
        // Drop auxiliaries between speaker and verb ("officials have said").
        let mut end = i;
        while end > k && auxiliaries().contains(&lw[end - 1]) {
            end -= 1;
        }
        if end > k && i - k <= 9 {
            if let Some(p) = phrase(k, end) {
                return Some(p);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn attribution_forms() {
        for (sentence, speaker) in [
            (
                "At least 12 people died, officials said.",
                Some("officials"),
            ),
            (
                "According to the Health Ministry, 40 people were hurt.",
                Some("the Health Ministry"),
            ),
            (
                "Hubo 48 heridos, según Protección Civil.",
                Some("Protección Civil"),
            ),
            (
                "The attorney general's office said 26 were sent.",
                Some("The attorney general's office"),
            ),
            ("Officials have said 26 were sent.", Some("Officials")),
            ("He said 26 were sent.", None),
            ("Prices rose 4% in May.", None),
        ] {
            let got = attribution(sentence, &tokenize(sentence));
            assert_eq!(got.as_deref(), speaker, "{sentence}");
        }
    }
}
