//! Attribution: who a sentence says its figures come from ("officials", "the Health Ministry",
//! "según Protección Civil"), read from "according to X" forms and from verbs of speech.

use super::words::{
    auxiliaries, clause_joiners, phrase_ends, possessives, pronouns, singular_articles,
    speaker_ends, title_abbreviations,
};
use crate::extract::lexicon::shared::is_speech;
use crate::extract::numbers::is_number_word;
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::word_set;

word_set!(
    /// Words that open a contrasting clause with a source of its own ("…, while police said").
    contrast_joiners,
    "en/contrast_joiners.txt",
    "es/contrast_joiners.txt",
);

/// Where the sentence's contrast segments start: token 0, each contrast joiner that follows
/// a comma ("fire officials said, while the police reported 5 arrests") and, by rule
/// `semicolon_ends_a_clause`, the token after a semicolon ("… 3.000 migrantes salieron;
/// otros 600 se sumaron, según el INM": the source of the second clause is not the first's).
/// One pass.
pub fn contrast_starts(toks: &[Tok]) -> Vec<usize> {
    let mut starts = vec![0];
    for i in 1..toks.len() {
        let joiner = toks[i].kind == Kind::Word
            && toks[i - 1].text == ","
            && contrast_joiners().contains(&toks[i].low());
        if joiner || toks[i - 1].text == ";" {
            starts.push(i);
        }
    }
    starts
}

word_set!(
    /// Words after which the source of a claim follows ("citing X", "según X").
    source_openers,
    "en/source_openers.txt",
    "es/source_openers.txt",
);

word_set!(
    /// Words that open a subordinate clause of time or cause ("after", "tras").
    subordinators,
    "en/subordinators.txt",
    "es/subordinators.txt",
);

/// Who the sentence says its figures come from, if anyone (not a bare pronoun).
pub fn attribution(sentence: &str, toks: &[Tok]) -> Option<String> {
    let r = Reader {
        sentence,
        toks,
        lw: toks.iter().map(Tok::low).collect(),
    };
    r.according_to().or_else(|| r.by_speech_verb())
}

/// A sentence's tokens and their lower case, read for a speaker.
struct Reader<'s, 't> {
    sentence: &'s str,
    toks: &'t [Tok<'s>],
    lw: Vec<Lower<'s>>,
}

impl Reader<'_, '_> {
    /// The speaker of tokens `from..to`, if they make one.
    fn phrase(&self, from: usize, mut to: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
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
        // A speaker is never what a figure counts ("Half of the hospitals reported", "Three
        // in 10 voters say") and holds no verb of its own ("said her client would appeal").
        let counted = (from..to).any(|k| {
            toks[k].kind == Kind::Num || is_number_word(&lw[k]) || auxiliaries().contains(&lw[k])
        }) || from > 0
            && (toks[from - 1].kind == Kind::Num || is_number_word(&lw[from - 1]));
        if counted {
            return None;
        }
        // Rule `speaker_is_no_clause`: a pronoun anywhere makes the words a clause of their
        // own ("after it cut its profit"), and a speaker holds at least one letter (not a
        // closing quote).
        let clause = (from..to).any(|k| pronouns().contains(&lw[k]));
        let s = self.sentence[toks[from].start..toks[to - 1].end].trim();
        let letters = s.chars().any(char::is_alphabetic);
        (letters && !clause && s.split_whitespace().count() <= 9).then(|| s.to_string())
    }

    /// Where the clause from token `from` ends: at punctuation (not the dot of a title such
    /// as "Dr."), a number or a word that ends a speaker.
    fn clause_end(&self, from: usize) -> usize {
        let (toks, lw) = (self.toks, &self.lw);
        let mut k = from;
        while k < toks.len() {
            let t = &toks[k];
            let title_dot = t.text == "." && k > from && title_abbreviations().contains(&lw[k - 1]);
            if t.kind == Kind::Punct
                && !title_dot
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
    }

    /// "according to X", "según X", "de acuerdo con X", "citing X".
    fn according_to(&self) -> Option<String> {
        let lw = &self.lw;
        for (i, w) in lw.iter().enumerate() {
            let start = match w.as_str() {
                "according" if lw.get(i + 1).map(Lower::as_str) == Some("to") => i + 2,
                "acuerdo"
                    if i > 0
                        && lw[i - 1] == "de"
                        && lw.get(i + 1).map(Lower::as_str) == Some("con") =>
                {
                    i + 2
                }
                w if source_openers().contains(w) => i + 1,
                _ => continue,
            };
            if let Some(p) = self.phrase(start, self.clause_end(start)) {
                return Some(p);
            }
        }
        None
    }

    /// "X said", "X told reporters", "X dijo"; and "…, said X" / "…, informó X": the speaker
    /// of the first verb of speech that names one.
    fn by_speech_verb(&self) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        for (i, w) in lw.iter().enumerate() {
            let speech = is_speech(w);
            if !speech || w == "according" || toks[i].kind != Kind::Word {
                continue;
            }
            // "an estimated $1.2 billion", "the reported 40": an adjective, not a verb of
            // speech; "its profit forecast": a noun.
            if i > 0
                && (singular_articles().contains(&lw[i - 1]) || possessives().contains(&lw[i - 1]))
            {
                continue;
            }
            if let Some(p) = self.speaker_of(i) {
                return Some(p);
            }
        }
        None
    }

    /// The speaker of the verb of speech at token `i`: after it ("…, said X"), before it
    /// ("officials have said"), or set off by commas before it ("the secretary, John Hale,
    /// said").
    fn speaker_of(&self, i: usize) -> Option<String> {
        let toks = self.toks;
        // Inverted: the speaker follows the verb after a comma or a closing quote.
        let after_comma = i > 0 && matches!(toks[i - 1].text, "," | "”" | "\"" | "'" | "’" | "»");
        // The inverted speaker ends its clause: "…, anunció un recorte de 5%" names what
        // was announced, not who.
        let end = self.clause_end(i + 1);
        let figure_next = toks.get(end).is_some_and(|t| t.kind == Kind::Num);
        // Rule `named_subject_before_its_verb`: "La directora del hospital, Laura Ríos,
        // describió la situación": a name set off by commas right before the verb is its
        // subject; what follows the verb is no inverted speaker.
        if i > 0 && toks[i - 1].text == "," {
            let named = self.name_in_commas(i);
            if named
                .as_ref()
                .is_some_and(|n| n.starts_with(char::is_uppercase))
            {
                return named;
            }
        }
        if after_comma && !figure_next {
            if let Some(p) = self.phrase(i + 1, end) {
                return Some(p);
            }
        }
        let k = self.clause_start(i);
        // Rule `speech_verb_before_its_speaker`: a verb of speech that opens its clause is
        // followed by its speaker, up to the "que" of what was said ("Calculan las
        // autoridades que 1.800 personas …", "Estima el Banco de México que …").
        let reported = toks.get(end).is_some_and(|t| t.is("que") || t.is("that"));
        if k == i && reported && end > i + 1 {
            if let Some(p) = self.phrase(i + 1, end) {
                return Some(p);
            }
        }
        let end = self.verb_start(k, i);
        // "The defence secretary, John Hale, later said": the name set off by commas.
        if end == k && k >= 2 && toks[k - 1].text == "," {
            if let Some(p) = self.name_in_commas(k) {
                return Some(p);
            }
        }
        // Rule `subordinate_speech_is_no_source`: "after the company reported a loss" tells
        // an event; the speaker starts after the subordinator and speaks for no figure.
        if k > 0 && subordinators().contains(&self.lw[k - 1]) {
            return None;
        }
        if end > k && i - k <= 9 {
            return self.phrase(k, end);
        }
        None
    }

    /// The clause start before token `i`, back over words (and apostrophes, hyphens, dots)
    /// to a clause joiner or other punctuation.
    fn clause_start(&self, i: usize) -> usize {
        let (toks, lw) = (self.toks, &self.lw);
        let mut k = i;
        while k > 0 {
            let t = &toks[k - 1];
            if t.kind != Kind::Word
                && !(t.text == "'" || t.text == "’" || t.text == "-" || t.text == ".")
            {
                break;
            }
            if t.kind == Kind::Word
                && (clause_joiners().contains(&lw[k - 1]) || subordinators().contains(&lw[k - 1]))
            {
                break;
            }
            k -= 1;
        }
        k
    }

    /// The verb at `i` with the auxiliaries and adverbs before it back to `k` dropped
    /// ("officials have said", "John Hale later said"): where the speaker ends.
    fn verb_start(&self, k: usize, i: usize) -> usize {
        let lw = &self.lw;
        let mut end = i;
        while end > k
            && (auxiliaries().contains(&lw[end - 1])
                || phrase_ends().contains(&lw[end - 1]) && lw[end - 1] != "that")
        {
            end -= 1;
        }
        end
    }

    /// The words between two commas ending at the comma `k - 1`, as a speaker.
    fn name_in_commas(&self, k: usize) -> Option<String> {
        let toks = self.toks;
        let mut n = k - 1;
        while n > 0 && toks[n - 1].kind == Kind::Word {
            n -= 1;
        }
        if n > 0 && toks[n - 1].text == "," && n < k - 1 {
            return self.phrase(n, k - 1);
        }
        None
    }
}

/// True when a sentence without a speaker of its own speaks for the last one named: it
/// continues a quote (opens with a quotation mark) or gives its speaker as a pronoun ("She
/// said …", "“…,” he said", "…, añadió").
pub fn continues_speaker(toks: &[Tok]) -> bool {
    if toks
        .first()
        .is_some_and(|t| matches!(t.text, "“" | "\"" | "«" | "'" | "‘"))
    {
        return true;
    }
    let lw: Vec<Lower> = toks.iter().map(Tok::low).collect();
    // Rule `speech_verb_without_subject`: a sentence that opens on a verb of speech and its
    // "que" has the last speaker as its subject ("Añadió que 1.400 personas …").
    if lw.len() > 1 && toks[0].kind == Kind::Word && is_speech(&lw[0]) && lw[1] == "que" {
        return true;
    }
    lw.iter().enumerate().any(|(i, w)| {
        is_speech(w)
            && (i > 0 && pronouns().contains(&lw[i - 1])
                || lw.get(i + 1).is_some_and(|n| pronouns().contains(n))
                || i > 0
                    && matches!(toks[i - 1].text, "," | "”")
                    && toks.get(i + 1).is_none_or(|n| n.kind == Kind::Punct))
    })
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
            (
                "“We hired 300 nurses,” said Dr. Anita Rao.",
                Some("Dr. Anita Rao"),
            ),
            ("Prices rose 4% in May.", None),
            (
                "The defence secretary, John Hale, later said the figure was 150.",
                Some("John Hale"),
            ),
            (
                "Smith's lawyer, Dana Whitfield, 52, said her client would appeal.",
                None,
            ),
            (
                "The strike cost the carmaker an estimated $1.2 billion.",
                None,
            ),
            ("Half of the hospitals reported shortages.", None),
            // A counting verb names who counted, not a source.
            ("Officials counted 47 bodies in the rubble.", None),
            // A possessive makes "forecast" a noun; a pronoun makes a clause, not a speaker.
            ("Shares dropped 7% after it cut its profit forecast.", None),
            (
                "Tesla shares fell 6% after the company reported a drop in profit.",
                None,
            ),
            (
                "El ministro, de 59 años, anunció un recorte de 5% en el gasto.",
                None,
            ),
            (
                "La directora del hospital, Laura Ríos, describió la situación.",
                Some("Laura Ríos"),
            ),
            // A verb of speech opening its clause, its speaker before "que".
            (
                "Calculan las autoridades migratorias que 1.800 personas integran el grupo.",
                Some("las autoridades migratorias"),
            ),
            ("Dijo que 40 familias serán reubicadas.", None),
            // A single closing quote before an inverted speech verb.
            (
                "'We lost 40% of our customers,' said Ana Ruiz, a baker.",
                Some("Ana Ruiz"),
            ),
        ] {
            let got = attribution(sentence, &tokenize(sentence));
            assert_eq!(got.as_deref(), speaker, "{sentence}");
        }
    }

    #[test]
    fn contrasting_clauses_name_their_own_source() {
        let s =
            "The fire destroyed 340 buildings, officials said, while police reported 5 arrests.";
        let toks = tokenize(s);
        let starts = contrast_starts(&toks);
        assert_eq!(starts.len(), 2);
        let (first, second) = (&toks[..starts[1]], &toks[starts[1]..]);
        assert_eq!(attribution(s, second).as_deref(), Some("police"));
        assert_eq!(attribution(s, first).as_deref(), Some("officials"));
        // A semicolon ends a clause: its source is the clause's own.
        let s = "Salieron 3.000 migrantes; otros 600 se sumaron, según el INM.";
        let toks = tokenize(s);
        let starts = contrast_starts(&toks);
        assert_eq!(starts.len(), 2);
        assert_eq!(attribution(s, &toks[..starts[1]]), None);
        assert_eq!(
            attribution(s, &toks[starts[1]..]).as_deref(),
            Some("el INM")
        );
    }

    #[test]
    fn quotes_and_pronouns_continue_the_last_speaker() {
        for (sentence, continues) in [
            ("“Another 150 will start in January.”", true),
            ("She said 12 of them were rifles.", true),
            ("“Los primeros 4 llegan en marzo”, añadió.", true),
            ("Prices rose 4% in May.", false),
            ("'Our bill went up to €1,800 a month.'", true),
            ("Añadió que 1.400 personas fueron detenidas.", true),
            ("Calculó 1.400 detenidos.", false),
        ] {
            assert_eq!(
                continues_speaker(&tokenize(sentence)),
                continues,
                "{sentence}"
            );
        }
    }
}
