//! Attribution: who a sentence says its figures come from ("officials", "the Health Ministry",
//! "según Protección Civil"), read from "according to X" forms and from verbs of speech.

use super::ellipsis::expectation_verbs;
use super::words::{
    auxiliaries, clause_joiners, is_verb, phrase_ends, possessives, prepositions, pronouns,
    singular_articles, speaker_connectives, speaker_ends, title_abbreviations,
};
use crate::extract::lexicon::shared::{bare_source_nouns, is_speech, source_markers, source_nouns};
use crate::extract::numbers::is_number_word;
use crate::extract::tokens::{Kind, Lower, Tok};
use crate::word_set;

word_set!(
    /// Words that open a contrasting clause with a source of its own ("…, while police said").
    pub(super) contrast_joiners,
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
    fn phrase(&self, mut from: usize, mut to: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        // Rule `connective_opens_no_speaker`: "…, however the website shows", "the agency
        // however said": a connective joins the clause to the one before; it is no part of
        // the speaker on either side of it.
        let connective =
            |k: usize| toks[k].kind == Kind::Word && speaker_connectives().contains(&lw[k]);
        while from < to && connective(from) {
            from += 1;
        }
        while to > from && connective(to - 1) {
            to -= 1;
        }
        // Adverbs at the edge are not part of the speaker: "the president recently (said)".
        // Rule `name_in_ly_is_no_adverb`: "Shaun McNally" keeps its capitalised last word.
        while to > from
            && toks[to - 1].kind == Kind::Word
            && !toks[to - 1].is_capitalized()
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
        // Rule `counted_speakers`: a count of anonymous sources ("Two officials familiar with
        // the talks"), a poll's sample ("A YouGov poll of 2,100 adults") and a number in a
        // name ("Channel 4 News") are part of a speaker, not what a figure counts.
        // Rule `acronym_is_no_number`: "The UN said" names the United Nations, not Spanish
        // "un" (one).
        let number = |k: usize| {
            let acronym = toks[k].text.len() > 1 && toks[k].text.chars().all(char::is_uppercase);
            toks[k].kind == Kind::Num || is_number_word(&lw[k]) && !acronym
        };
        let counted = (from..to).any(|k| {
            number(k) && !self.number_in_speaker(from, to, k) || auxiliaries().contains(&lw[k])
        }) || from > 0 && number(from - 1);
        // Rule `speaker_opens_no_preposition`: "62% of voters said": the words after a figure's
        // link are what it counts, not who speaks.
        if counted || prepositions().contains(&lw[from]) {
            return None;
        }
        // Rule `speaker_is_no_clause`: a pronoun anywhere makes the words a clause of their
        // own ("after it cut its profit"), and a speaker holds at least one letter (not a
        // closing quote).
        let clause = (from..to).any(|k| pronouns().contains(&lw[k]));
        let s = self.sentence[toks[from].start..toks[to - 1].end].trim();
        let letters = s.chars().any(char::is_alphabetic);
        // Rule `long_names_speak`: the function words inside a proper name do not count
        // against a speaker's length ("la Unidad Nacional para la Gestión del Riesgo de
        // Desastres" is a name of five words, no clause).
        let words = (from..to)
            .filter(|&k| {
                toks[k].kind == Kind::Word
                    && (toks[k].is_capitalized() || !super::words::is_stopword(&lw[k]))
            })
            .count();
        (letters && !clause && words <= 9 && s.split_whitespace().count() <= 16)
            .then(|| s.to_string())
    }

    /// Whether the number at token `k` of the speaker `from..to` is part of it
    /// ([`Reader::phrase`], rule `counted_speakers`): a count of anonymous sources, a poll's
    /// sample size or a number in a name.
    fn number_in_speaker(&self, from: usize, to: usize, k: usize) -> bool {
        let lw = &self.lw;
        let sources = k == from
            && lw.get(k + 1).is_some_and(|n| source_nouns().contains(n))
            && ((k + 2..to).any(|m| source_markers().contains(&lw[m]))
                || bare_source_nouns().contains(&lw[k + 1]));
        let site = crate::extract::lexicon::shared::domain_dot(self.toks, k + 1);
        sources
            || k > from && (self.name_number(k) || site)
            || self.poll_sample(k)
            || self.year_of(k, to)
    }

    /// Rule `year_in_speaker`: "the 2022 census found", "its 2024 report said": a year
    /// between an article and the noun of the source it dates is part of the speaker.
    fn year_of(&self, k: usize, to: usize) -> bool {
        let t = &self.toks[k];
        let year = t.kind == Kind::Num
            && t.text.len() == 4
            && t.text
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y));
        year && k > 0
            && (singular_articles().contains(&self.lw[k - 1])
                || self.lw[k - 1] == "the"
                || possessives().contains(&self.lw[k - 1]))
            && k + 1 < to
            && self.toks[k + 1].kind == Kind::Word
    }

    /// The number at `k` is part of a name: digits after a capitalised word, before another
    /// or a verb of speech ("Channel 4 News reported", "Radio 5 said").
    fn name_number(&self, k: usize) -> bool {
        let toks = self.toks;
        toks[k].kind == Kind::Num
            && k > 0
            && toks[k - 1].is_capitalized()
            && (toks
                .get(k + 1)
                .is_some_and(|n| n.is_capitalized() || is_speech(&self.lw[k + 1]))
                || self.glued_name_number(k))
    }

    /// Rule `glued_name_number`: digits written against a capitalised word with no space
    /// ("la plataforma Inmuebles24", "Canal13") are the end of a name, not a figure.
    fn glued_name_number(&self, k: usize) -> bool {
        let toks = self.toks;
        toks[k].kind == Kind::Num
            && k > 0
            && toks[k - 1].kind == Kind::Word
            && toks[k - 1].is_capitalized()
            && toks[k - 1].end == toks[k].start
    }

    /// Rule `poll_sample_in_source`: the number at `k` is a poll's sample size ("a survey of
    /// 3,200 tenants", "a poll of 2,100 adults").
    fn poll_sample(&self, k: usize) -> bool {
        let lw = &self.lw;
        self.toks[k].kind == Kind::Num
            && k >= 2
            && poll_links().contains(&lw[k - 1])
            && poll_nouns().contains(&lw[k - 2])
    }

    /// Where the clause from token `from` ends: at punctuation (not the dot of a title such
    /// as "Dr."), a number (not a poll's sample) or a word that ends a speaker.
    fn clause_end(&self, from: usize) -> usize {
        let (toks, lw) = (self.toks, &self.lw);
        let mut k = from;
        while k < toks.len() {
            let t = &toks[k];
            // Rule `domain_dot_continues_the_name`: "according to the property website
            // Daft.ie": the dot of a web address is inside the name.
            let title_dot = t.text == "."
                && k > from
                && (title_abbreviations().contains(&lw[k - 1])
                    || crate::extract::lexicon::shared::domain_dot(toks, k));
            if t.kind == Kind::Punct
                && !title_dot
                && matches!(t.text, "," | "." | ";" | ":" | "(" | ")" | "\"" | "”" | "—")
            {
                break;
            }
            let site =
                t.kind == Kind::Num && crate::extract::lexicon::shared::domain_dot(toks, k + 1);
            if t.kind == Kind::Num && !self.poll_sample(k) && !self.glued_name_number(k) && !site
                || (t.kind == Kind::Word && speaker_ends().contains(&lw[k]))
                || self.channel_at(k)
            {
                break;
            }
            k += 1;
        }
        k
    }

    /// Rule `speaker_ends_before_its_channel`: "…, informó la empresa en un comunicado a la
    /// Bolsa", "…, dijo a la prensa que": a Spanish preposition of the channel or audience
    /// ("en", "a", "ante", "durante") with a determiner after it ends the speaker, or stands
    /// where the speaker would (then the speaker is before the verb).
    fn channel_at(&self, k: usize) -> bool {
        let lw = &self.lw;
        self.toks[k].kind == Kind::Word
            && channel_prepositions().contains(&lw[k])
            && lw
                .get(k + 1)
                .is_some_and(|d| channel_determiners().contains(d))
            // "according to a UN report": an acronym is no determiner.
            && !self.toks[k + 1].is_capitalized()
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
            // Rule `published_by_names_the_source`: "according to data published on Thursday
            // by the UK Health Security Agency": the agent after "by" is the source.
            let published = lw.get(start + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "published" | "released" | "compiled" | "collected"
                )
            });
            let agent = published
                .then(|| {
                    (start + 2..lw.len().min(start + 10))
                        .take_while(|&k| self.toks[k].kind == Kind::Word)
                        .find(|&k| lw[k] == "by")
                })
                .flatten();
            // Rule `published_in_names_the_journal`: "according to a study published in
            // JAMA": with no agent, the capitalised venue after "published in" is the source.
            let venue = (1..=2)
                .map(|d| start + d)
                .find(|&p| lw.get(p).is_some_and(|w| w == "published"))
                .filter(|_| agent.is_none())
                .map(|p| p + 2)
                .filter(|&v| {
                    lw.get(v - 1).is_some_and(|w| w == "in")
                        && self.toks.get(v).is_some_and(|t| t.is_capitalized())
                });
            let mut start = agent.map_or(venue.unwrap_or(start), |by| by + 1);
            // Rule `segun_speech_verb`: "Según informó la Secretaría, …" names its speaker
            // after the verb; "Según explicó, …" names none (the last person named speaks).
            if lw.get(start).is_some_and(|v| is_speech(v)) {
                start += 1;
            }
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
            let speech = is_speech(w)
                && !acts_on_a_figure(toks, lw, i)
                && !verdict(lw, i)
                && !finding::discovers_a_count(toks, lw, i)
                && !finding::law_provides(toks, lw, i)
                || self.expects(i)
                || finding::rules_on(toks, lw, i)
                || finding::count_records(toks, lw, i)
                || closing::narrates_a_quote(toks, lw, i);
            if !speech || w == "according" || toks[i].kind != Kind::Word {
                continue;
            }
            // "an estimated $1.2 billion", "the reported 40": an adjective, not a verb of
            // speech; "its profit forecast": a noun.
            // "la sitúa en 51%": an object pronoun before a finite verb (not a participle,
            // "la estimada") is no article.
            let participle = ["ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas"]
                .iter()
                .any(|e| w.ends_with(e));
            let article = i > 0
                && singular_articles().contains(&lw[i - 1])
                && !toks[i - 1].text.chars().all(char::is_uppercase)
                && (participle || !object_clitics().contains(&lw[i - 1]));
            // Rule `impersonal_se_names_no_speaker`: "Se denunciaron 1.431 extorsiones",
            // "se informó que …": a passive or impersonal verb has no speaker.
            let impersonal = i > 0 && lw[i - 1] == "se";
            let noun = super::words::modified_speech_noun(toks, i);
            if article || impersonal || noun || i > 0 && possessives().contains(&lw[i - 1]) {
                continue;
            }
            // Rule `passive_speech_names_no_speaker`: "India's rice output is estimated at
            // 120m tonnes, the ministry said": what is estimated is no one's word; and "its
            // growth forecast" (after a verb: "raised its growth forecast") is a noun after
            // its possessive and modifier.
            let passive = i > 0
                && matches!(
                    lw[i - 1].as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been"
                );
            let compound = (i.saturating_sub(3).max(1)..i.saturating_sub(1)).any(|m| {
                possessives().contains(&lw[m])
                    && is_verb(&lw[m - 1], crate::model::Lang::En)
                    && (m..i).all(|k| toks[k].kind == Kind::Word)
            });
            if passive || compound {
                continue;
            }
            if self.closes_reduced_relative(i) || self.declares_a_thing(i) {
                continue;
            }
            if let Some(p) = self.speaker_of(i) {
                return self.closing_speaker_after(i).or(Some(p));
            }
        }
        None
    }

    /// Rule `expects_to_do`: "La DIAN espera recaudar 21 billones", "espera que": a Spanish
    /// verb of expecting before an infinitive or "que" states a forecast of its subject
    /// ("la lista de espera" is a noun).
    fn expects(&self, i: usize) -> bool {
        let lw = &self.lw;
        forecast_verbs().contains(&lw[i])
            && i > 0
            && self.toks[i - 1].kind == Kind::Word
            && !definite_articles_es(&lw[i - 1])
            && lw.get(i + 1).is_some_and(|n| {
                n.as_str() == "que"
                    || n.len() > 3 && (n.ends_with("ar") || n.ends_with("er") || n.ends_with("ir"))
            })
    }

    /// Rule `speech_act_on_a_noun`: "…, por lo que el Cenace declaró el estado de
    /// emergencia": a Spanish verb of speech after its subject whose object is a noun phrase
    /// with no figure and no clause ("que") declares that thing; it is no source of the
    /// figures. "…, informó el municipio" (after a comma) names its speaker.
    fn declares_a_thing(&self, i: usize) -> bool {
        let (toks, lw) = (self.toks, &self.lw);
        let subject_before = i > 0
            && toks[i - 1].kind == Kind::Word
            && !super::words::is_stopword(&lw[i - 1])
            && !source_openers().contains(&lw[i - 1]);
        let object = lw
            .get(i + 1)
            .is_some_and(|w| matches!(w.as_str(), "el" | "la" | "los" | "las"));
        if !subject_before || !object {
            return false;
        }
        let end = self.clause_end(i + 1);
        let figure_or_clause = toks
            .get(end)
            .is_some_and(|t| t.kind == Kind::Num || t.kind == Kind::Word && lw[end] == "que");
        !figure_or_clause && end > i + 2
    }

    /// Rule `expectation_names_its_source` (the sentence's side): a verb of expecting that
    /// closes a reduced relative after a definite figure ("above the 2.1% analysts had
    /// forecast") speaks for that figure alone (`subject::expected_by`), not the sentence.
    fn closes_reduced_relative(&self, i: usize) -> bool {
        let (toks, lw) = (self.toks, &self.lw);
        if !expectation_verbs().contains(&lw[i])
            || toks.get(i + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            return false;
        }
        let noun = if i > 0 && auxiliaries().contains(&lw[i - 1]) {
            i.saturating_sub(2)
        } else {
            i.saturating_sub(1)
        };
        noun > 0
            && toks[noun].kind == Kind::Word
            && (noun.saturating_sub(3)..noun).any(|k| toks[k].kind == Kind::Num)
            && (noun.saturating_sub(5)..noun).any(|k| lw[k] == "the")
    }

    /// The speaker of the verb of speech at token `i`: after it ("…, said X"), before it
    /// ("officials have said"), or set off by commas before it ("the secretary, John Hale,
    /// said").
    fn speaker_of(&self, i: usize) -> Option<String> {
        let toks = self.toks;
        if i > 0 && toks[i - 1].text == "," && self.lw[i].ends_with("ing") {
            return self.participle_speaker(i - 1);
        }
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
        // Rule `age_before_its_verb`: "…, chief executive Sam Altman, 40, told a
        // conference": a speaker's age set off by commas right before the verb; the speaker
        // is before it, what follows the verb is whom he told.
        let age_before = i > 1 && toks[i - 1].text == "," && toks[i - 2].kind == Kind::Num;
        if age_before {
            if let Some(p) = self.before_appositive(i) {
                return Some(p);
            }
        }
        if after_comma && !figure_next {
            if let Some(p) = self.phrase(i + 1, self.named_after(end)) {
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
        // "The defence secretary, John Hale, later said": the name set off by commas; "Mark
        // Daly, 41, told", "The council, which faces …, said": the one before them.
        if end == k && k >= 2 && toks[k - 1].text == "," {
            if let Some(p) = self.before_appositive(k).or_else(|| self.name_in_commas(k)) {
                return Some(p);
            }
        }
        // Rule `subordinate_speech_is_no_source`: "after the company reported a loss" tells
        // an event; the speaker starts after the subordinator and speaks for no figure.
        // Rule `contrast_segment_speaks`: read as a contrast segment of its own ("aunque el
        // Observatorio la sitúa en 51%"), a clause opened by a contrast joiner names the
        // source of its own figures.
        let own_segment = k == 1 && contrast_joiners().contains(&self.lw[0]);
        if k > 0 && subordinators().contains(&self.lw[k - 1]) && !own_segment {
            return None;
        }
        // Rule `finder_before_that_may_be_long`: the subject of a verb before its reported
        // "that", or at the end of the sentence, is its speaker whatever its length ("A survey of 3,000 early-career
        // researchers in Germany found that …"), up to [`MAX_REPORTING_SUBJECT`] tokens.
        // So is one set off by a comma whose verb closes the sentence ("…, a report by the
        // National Council on the Administration of Justice found.").
        let that = toks.get(i + 1).is_some_and(|t| t.is("that") || t.is("que"));
        let closing =
            k > 0 && toks[k - 1].text == "," && toks.get(i + 1).is_none_or(|t| t.text == ".");
        let reach = if that || closing {
            MAX_REPORTING_SUBJECT
        } else {
            9
        };
        if end > k && i - k <= reach {
            return self.phrase(k, end);
        }
        self.coordinated_speaker(i)
    }

    /// Rule `coordinated_speech_verb`: "El Banco Central redujo su tasa a 5% y prevé que la
    /// inflación cierre en 2,2%": a verb of speech right after "y", before its "que", speaks
    /// for the subject of the clause before "y" (its words up to its first verb).
    fn coordinated_speaker(&self, i: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        let reported = toks.get(i + 1).is_some_and(|t| t.is("que"));
        if i == 0 || lw[i - 1] != "y" || !reported {
            return None;
        }
        let joiner = i - 1;
        let start = toks[..joiner]
            .iter()
            .rposition(|t| t.kind == Kind::Punct && matches!(t.text, "," | ";" | ":" | "."))
            .map_or(0, |p| p + 1);
        let verb = (start..joiner).find(|&k| {
            toks[k].kind == Kind::Word
                && (is_verb(&lw[k], crate::model::Lang::Es) || auxiliaries().contains(&lw[k]))
        })?;
        self.phrase(start, verb)
    }

    /// Rule `participle_speaks_for_the_subject`: "The bank left rates at 3.85%, saying
    /// inflation of 2.7% was within its target": a participle of speech after the comma at
    /// `comma` speaks for the subject of the clause before it, the words before its first
    /// verb.
    fn participle_speaker(&self, comma: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        let mut start = comma;
        while start > 0
            && !matches!(
                toks[start - 1].text,
                "," | "." | ";" | ":" | "\"" | "“" | "”"
            )
        {
            start -= 1;
        }
        let verb = (start..comma).find(|&m| {
            toks[m].kind == Kind::Word
                && (is_verb(&lw[m], crate::model::Lang::En) || auxiliaries().contains(&lw[m]))
        })?;
        self.phrase(start, self.verb_start(start, verb))
    }

    /// Rule `inverted_speaker_with_its_name`: "…», dijo el jefe de la policía, Ricardo
    /// Salas.": the name set off by a comma after an inverted speaker, up to the end of the
    /// sentence or clause, belongs to it; one capitalised word is a name too ("…», contó su
    /// padre, Alejandro."). The end of the speaker (`end`, or past the name).
    fn named_after(&self, end: usize) -> usize {
        let toks = self.toks;
        if toks.get(end).is_none_or(|t| t.text != ",") {
            return end;
        }
        let mut k = end + 1;
        while k < toks.len()
            && k <= end + 4
            && toks[k].kind == Kind::Word
            && toks[k].is_capitalized()
        {
            k += 1;
        }
        let closed = toks
            .get(k)
            .is_none_or(|t| t.kind == Kind::Punct && matches!(t.text, "." | "," | ";" | "»" | "”"));
        if k >= end + 2 && closed {
            k
        } else {
            end
        }
    }

    /// The clause start before token `i`, back over words (and apostrophes, hyphens, dots)
    /// to a clause joiner or other punctuation.
    fn clause_start(&self, i: usize) -> usize {
        let (toks, lw) = (self.toks, &self.lw);
        let mut k = i;
        while k > 0 {
            let t = &toks[k - 1];
            // Rule `ampersand_joins_a_name`: "Marks & Spencer".
            let passes = t.kind == Kind::Word
                || matches!(t.text, "'" | "’" | "-" | "." | "&")
                || self.poll_sample(k - 1)
                || self.name_number(k - 1)
                || self.year_of(k - 1, i);
            if !passes {
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
        // "el Observatorio la sitúa": an object pronoun before the verb is no speaker's.
        while end > k
            && (auxiliaries().contains(&lw[end - 1])
                || object_clitics().contains(&lw[end - 1])
                || phrase_ends().contains(&lw[end - 1]) && lw[end - 1] != "that")
        {
            end -= 1;
        }
        end
    }

    /// Rule `speaker_before_appositive`: when the words between two commas ending at the
    /// comma `k - 1` are an age ("Mark Daly, 41, told"), a relative clause ("The council,
    /// which faces a shortfall of £87m, said") or a description opened by an indefinite
    /// article ("Dr Amir Patel, a consultant at the hospital, said") or, after a name, by
    /// "the" ("Brad Smith, the company's president, wrote"), the speaker is the name or noun
    /// before them.
    fn before_appositive(&self, k: usize) -> Option<String> {
        let (toks, lw) = (self.toks, &self.lw);
        let mut c = k - 1;
        while c > 0
            && !matches!(
                toks[c - 1].text,
                "," | "." | ";" | ":" | "(" | ")" | "\"" | "“" | "”"
            )
        {
            c -= 1;
        }
        if c < 2 || toks[c - 1].text != "," || c == k - 1 {
            return None;
        }
        let first = &lw[c];
        // "41", "aged 41", "de 52 años".
        let age = (c..k - 1).any(|m| toks[m].kind == Kind::Num)
            && (c..k - 1).all(|m| {
                toks[m].kind == Kind::Num || matches!(lw[m].as_str(), "aged" | "de" | "años")
            });
        // "The company, known as NNPC, said": a name it is known by, as a relative clause.
        let relative = first == "which" || first == "who" || first == "known";
        // Rule `name_before_its_role`: "Brad Smith, the company's president, wrote": a
        // description opened by "the" after a capitalised name; the name speaks.
        // In Spanish the role may go without its article ("La Sra. Ruiz, directora del
        // hospital, aseguró"): a title noun after the name.
        let titled = |w: &str| w == "the" || w == "el" || w == "la" || title_nouns().contains(w);
        let role = titled(first) && toks[c - 2].is_capitalized();
        let described = first == "a" || first == "an" || role;
        if !(age || relative || described) {
            return None;
        }
        let start = self.clause_start(c - 1);
        self.phrase(start, c - 1)
    }

    /// The words between two commas ending at the comma `k - 1`, as a speaker.
    fn name_in_commas(&self, k: usize) -> Option<String> {
        let toks = self.toks;
        let mut n = k - 1;
        // Rule `hyphenated_speaker_name`: "Jamiu Alli-Balogun": a hyphen glued between two
        // words is inside the name.
        let glued_hyphen = |m: usize| {
            toks[m].text == "-"
                && m > 0
                && !toks[m].space_before
                && toks.get(m + 1).is_some_and(|t| !t.space_before)
                && toks[m - 1].kind == Kind::Word
        };
        while n > 0 && (toks[n - 1].kind == Kind::Word || glued_hyphen(n - 1)) {
            n -= 1;
        }
        if n > 0 && toks[n - 1].text == "," && n < k - 1 {
            return self.phrase(n, k - 1);
        }
        None
    }
}

word_set!(
    /// Nouns of polls and surveys, whose sample size may stand in their name as a source ("a
    /// survey of 3,200 tenants by Shelter").
    poll_nouns,
    "en/poll_nouns.txt",
    "es/poll_nouns.txt",
);

word_set!(
    /// Words between a poll noun and its sample size ("a survey of 3,200", "un ensayo con
    /// 1.200 voluntarios").
    poll_links,
    "en/poll_links.txt",
    "es/poll_links.txt",
);

word_set!(
    /// Spanish object pronouns before a verb ("la sitúa", "lo cifró").
    object_clitics,
    "es/object_clitics.txt",
);

word_set!(
    /// Spanish prepositions that open the channel or audience of speech after a speaker
    /// ("en un comunicado", "a la prensa"): rule `speaker_ends_before_its_channel`.
    channel_prepositions,
    "es/channel_prepositions.txt",
);

word_set!(
    /// Determiners after a channel preposition ("en un comunicado", "ante los diputados").
    channel_determiners,
    "es/channel_determiners.txt",
);

word_set!(
    /// Spanish verbs of expecting that state a forecast before an infinitive or "que"
    /// ("espera recaudar").
    forecast_verbs,
    "es/forecast_verbs.txt",
);

/// "la", "el", "de": words before a noun, never before a verb of its subject.
fn definite_articles_es(w: &str) -> bool {
    matches!(w, "la" | "el" | "de" | "del" | "su" | "sin")
}

word_set!(
    /// Verbs of speech that are acts when a figure is their object ("added 143,000 jobs").
    speech_or_act_verbs,
    "en/speech_or_act_verbs.txt",
    "es/speech_or_act_verbs.txt",
);

/// Rule `added_figure_is_an_act`: "added" with a figure for object ("the economy added
/// 143,000 jobs", "added another 200 beds") is an act, not speech; "added that …", "a
/// spokesman added" are speech.
fn acts_on_a_figure(toks: &[Tok], lw: &[Lower], i: usize) -> bool {
    speech_or_act_verbs().contains(&lw[i])
        && toks.get(i + 1).is_some_and(|n| {
            n.kind == Kind::Num
                || is_number_word(&lw[i + 1])
                || matches!(lw[i + 1].as_str(), "another" | "more" | "some" | "about")
        })
}

/// Most tokens of the subject of a verb of speech before its reported "that"/"que" (rule
/// `finder_before_that_may_be_long`); other speakers end within nine.
pub const MAX_REPORTING_SUBJECT: usize = 14;

word_set!(
    /// Words that make a finding verb a verdict ("found the 29-year-old guilty").
    verdict_words,
    "en/verdict_words.txt",
);

/// Rule `verdict_is_no_source`: "A jury found the 29-year-old guilty of two counts": a verb
/// of finding with a verdict within eight tokens after it judges someone; it reports no
/// figure.
fn verdict(lw: &[Lower], i: usize) -> bool {
    lw[i + 1..lw.len().min(i + 9)]
        .iter()
        .any(|w| verdict_words().contains(w))
}

word_set!(
    /// Titles before a person's name ("la alcaldesa Claudia Navarro", "el ministro Andrés
    /// Molina").
    title_nouns,
    "es/title_nouns.txt",
);

#[cfg(test)]
mod tests;

mod person;
pub use person::{named_person, opening_person};
mod pronoun;
pub use pronoun::{it_speaks, opened_by_its_speaker, opening_subject, plural_subject};
mod generic;
mod generic_es;
pub use generic::resolve_generic_speakers;
mod closing;
mod continued;
mod finding;
pub use continued::continues_speaker;
mod subordinate;
pub use subordinate::{participle_start, subordinate_speech};

#[cfg(test)]
mod tests_en;
