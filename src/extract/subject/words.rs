//! The subject reader's word lists, as data under `extract/lexicon/` (see each file's
//! comment), and the rough verb test built on them. Every set holds lower-case words; look a
//! token up by its lower case ([`crate::extract::tokens::Tok::low`]).

pub(crate) use crate::extract::lexicon::shared::is_stopword;
use crate::model::Lang;
use crate::word_set;

word_set!(
    /// Words that end the noun phrase after a number: conjunctions, relatives, verbs of
    /// speech, auxiliaries and modals, time words.
    pub(super) phrase_ends,
    "en/phrase_ends.txt",
    "es/phrase_ends.txt",
    "en/auxiliaries.txt",
    "es/auxiliaries.txt",
    "en/modals.txt",
    "es/estar.txt",
);
word_set!(
    /// Nouns that make a word of speech after them a noun ("asylum claims"): rule
    /// `modified_speech_word_is_a_noun`.
    pub(crate) speech_noun_modifiers,
    "en/speech_noun_modifiers.txt",
);

/// Rule `modified_speech_word_is_a_noun`: the word of speech at `j` follows a noun of
/// [`speech_noun_modifiers`] ("Asylum claims in the UK reached 108,138"): a noun, no verb.
pub(crate) fn modified_speech_noun(toks: &[crate::extract::tokens::Tok], j: usize) -> bool {
    j > 0
        && toks[j - 1].kind == crate::extract::tokens::Kind::Word
        && speech_noun_modifiers().contains(&toks[j - 1].low())
}

word_set!(
    /// Negations of a participle after a noun ("products not included").
    pub(super) negations,
    "en/negations.txt",
    "es/negations.txt",
);
word_set!(
    /// Auxiliaries that stand between a subject and its participle or speech verb ("were
    /// extradited", "have said").
    pub(crate) auxiliaries,
    "en/auxiliaries.txt",
    "es/auxiliaries.txt",
    "en/participle_auxiliaries.txt",
    "es/participle_auxiliaries.txt",
);
word_set!(
    /// Words that name the base of a rate ("a day", "per barrel", "al mes", "diarios").
    pub(super) rate_bases,
    "en/rate_bases.txt",
    "es/rate_bases.txt",
);
word_set!(
    /// Words that introduce the base of a rate ("a gallon", "per day", "al mes", "cada año").
    pub(super) rate_markers,
    "en/rate_markers.txt",
    "es/rate_markers.txt",
);
word_set!(
    /// Common news verbs the rough verb test knows beyond regular past forms.
    news_verbs,
    "en/news_verbs.txt",
    "es/news_verbs.txt",
);
word_set!(
    /// Pronouns (and relative words) that name no speaker on their own.
    pub(super) pronouns,
    "en/pronouns.txt",
    "es/pronouns.txt",
);
word_set!(
    /// Two-word openers of a time after a figure ("as of", "a partir"), as "first second".
    pub(super) time_openers,
    "en/time_openers.phrases",
    "es/time_openers.phrases",
);
word_set!(
    /// Words (one, or two as "first second") right before a figure that make it the other
    /// side of a comparison ("against 12", "compared with 38,000", "frente a 40").
    pub(super) comparison_sides,
    "en/comparison_sides.txt",
    "en/comparison_sides.phrases",
    "es/comparison_sides.txt",
    "es/comparison_sides.phrases",
);
word_set!(
    /// Prepositions, where a noun phrase's modifier begins ("meeting between …").
    pub(crate) prepositions,
    "en/prepositions.txt",
    "es/prepositions.txt",
);
word_set!(
    /// Prepositions after money that name whom it came from ("took £1.4m from 212
    /// pensioners").
    pub(super) money_sources,
    "en/money_sources.txt",
);
word_set!(
    /// Verbs whose duration is their subject's length ("lasted", "duró").
    pub(super) lasting_verbs,
    "en/lasting_verbs.txt",
    "es/lasting_verbs.txt",
);
word_set!(
    /// Linking verbs that end a counted noun's phrase ("remain", "siguen").
    pub(super) linking_verbs,
    "en/linking_verbs.txt",
    "es/linking_verbs.txt",
);
word_set!(
    /// Words right after a sum that qualify it ("brutos", "netos", "anuales"), naming no
    /// thing.
    pub(super) sum_qualifiers,
    "es/sum_qualifiers.txt",
);
word_set!(
    /// Verbs of cost after a sum that opens the sentence ("Mil millones costará la obra").
    pub(super) cost_verbs,
    "es/cost_verbs.txt",
);
word_set!(
    /// Verbs that take a sum to what it is spent on ("3.100 millones irán a seguridad").
    pub(super) destination_verbs,
    "es/destination_verbs.txt",
);
word_set!(
    /// Forms of "ser" between a figure with no noun and the noun that names what it counts
    /// ("de ellos, 113.000 eran niños").
    pub(super) predicate_copulas,
    "es/predicate_copulas.txt",
);
word_set!(
    /// Words after a figure that stand for an earlier figure's noun ("6 more", "6 más").
    pub(super) stand_ins_after,
    "en/stand_ins_after.txt",
    "es/stand_ins_after.txt",
);
word_set!(
    /// Possessive determiners ("its", "our", "nuestros"): the word after one is a noun.
    pub(crate) possessives,
    "en/possessives.txt",
    "es/possessives.txt",
);
word_set!(
    /// Words between a figure and the noun it counts in English ("25% of the workers").
    figure_links_en,
    "en/figure_links.txt",
);
word_set!(
    /// Words between a figure and the noun it counts in Spanish ("la mitad del país").
    figure_links_es,
    "es/figure_links.txt",
);

/// Words between a figure and the noun it counts, in the sentence's language only: the English
/// article "a" is the Spanish preposition of "25% a los automóviles", which names the goods a
/// tariff falls on, not what the figure counts.
pub(super) fn figure_links(lang: Lang) -> &'static crate::extract::lexicon::WordSet {
    match lang {
        Lang::En => figure_links_en(),
        Lang::Es => figure_links_es(),
    }
}
word_set!(
    /// Prepositions that, right after a figure, open a phrase other than what it counts
    /// ("5.2% in October").
    pub(super) scope_prepositions,
    "en/scope_prepositions.txt",
    "es/scope_prepositions.txt",
);
word_set!(
    /// Words after which a word right after the counted noun reads as its participle ("26
    /// detainees sent to …").
    pub(super) participle_boundaries,
    "en/participle_boundaries.txt",
    "es/participle_boundaries.txt",
);
word_set!(
    /// Words that join a noun to a measured figure ("a tariff of 25%", "aranceles del 25%").
    pub(crate) noun_links,
    "en/noun_links.txt",
    "es/noun_links.txt",
);
word_set!(
    /// Definite articles, read through between a linking word and its figure ("of the 25%").
    pub(crate) definite_articles,
    "en/definite_articles.txt",
    "es/definite_articles.txt",
);
word_set!(
    /// Words dropped from the start of a phrase that follows its linked noun ("aranceles del
    /// 25% a los autos" → "aranceles autos").
    pub(super) phrase_leads,
    "es/phrase_leads.txt",
);
word_set!(
    /// Prepositions that open an elliptic phrase, whose noun is elsewhere ("on automobiles").
    pub(super) relational_prepositions,
    "en/relational_prepositions.txt",
    "es/relational_prepositions.txt",
);
word_set!(
    /// Words that end a speaker named after "according to" or a verb of speech ("according
    /// to the ministry *on* Tuesday").
    pub(super) speaker_ends,
    "en/speaker_ends.txt",
    "es/speaker_ends.txt",
);
word_set!(
    /// Words that stand for a noun named elsewhere ("two of them", "otros 150").
    pub(crate) stand_ins,
    "en/stand_ins.txt",
    "es/stand_ins.txt",
);
word_set!(
    /// Words that join clauses: a speaker named before its verb of speech starts after them.
    pub(super) clause_joiners,
    "en/clause_joiners.txt",
    "es/clause_joiners.txt",
);

word_set!(
    /// Connective adverbs that may open a clause before its speaker ("however the website
    /// shows"): rule `connective_opens_no_speaker`.
    pub(super) speaker_connectives,
    "en/speaker_connectives.txt",
    "es/speaker_connectives.txt",
);

word_set!(
    /// Adverbs of direction between a verb of change and its figure ("closed down 1.4%"), and
    /// Spanish adverbs right before a figure that hedge it ("en apenas 36 horas").
    pub(super) direction_adverbs,
    "en/direction_adverbs.txt",
    "es/figure_adverbs.txt",
);

word_set!(
    /// Relative pronouns that open a clause set off by commas ("which", "who", "que",
    /// "donde"): rule `relative_clause_before_the_verb` reads past such a clause in both
    /// languages ("Las ventas en línea, que ya suponen el 12% del total, crecieron 25%").
    pub(super) relative_pronouns,
    "en/relative_pronouns.txt",
    "es/relative_pronouns.txt",
);

word_set!(
    /// Spanish nouns of a level between "un" and "de" before a figure ("un récord de"): they
    /// describe the figure, not what it measures.
    pub(crate) level_nouns,
    "es/level_nouns.txt",
);

word_set!(
    /// Adjectives between an article and a figure that describe the figure ("a record 250").
    pub(super) figure_adjectives,
    "en/figure_adjectives.txt",
);

/// Prepositions of a time window ("in", "within", "over").
pub(super) use crate::extract::lexicon::shared::window_prepositions;

word_set!(
    /// Words that open a source set off by commas before a verb ("according").
    pub(super) parenthetical_openers,
    "en/parenthetical_openers.txt",
    "es/parenthetical_openers.txt",
);

word_set!(
    /// Words that join a thing to the money it is worth ("a deal worth $12bn").
    pub(super) value_links,
    "en/value_links.txt",
    "es/value_links.txt",
);

word_set!(
    /// Hedges before the whole's size in a partitive ("85 of the roughly 100 drones").
    pub(super) partitive_hedges,
    "en/partitive_hedges.txt",
);

word_set!(
    /// Conjunctions that join a pair of names ("England and Wales"), as written.
    pub(super) name_pair_joiners,
    "en/conjunctions.txt",
);

word_set!(
    /// Prepositions of what money pays for after a time phrase ("$80bn this year on X").
    pub(super) paid_after_time,
    "en/paid_after_time.txt",
);

word_set!(
    /// Adjectives between a payment preposition and what the money pays for ("£1.5bn for new
    /// prisons"), stop words elsewhere.
    pub(super) paid_for_adjectives,
    "en/paid_for_adjectives.txt",
);

word_set!(
    /// Prepositions after a sum of money that name what it pays for ("£40 for a kit").
    pub(crate) payment_prepositions,
    "en/payment_prepositions.txt",
    "es/payment_prepositions.txt",
);
word_set!(
    /// Words of time ("next", "years", "ago", months, weekdays): a phrase they open names no
    /// thing.
    pub(super) time_words,
    "en/time_words.txt",
    "es/time_words.txt",
    "en/months.txt",
    "es/months.txt",
    "en/weekdays.txt",
    "es/weekdays.txt",
);

word_set!(
    /// Verbs of paying and getting money ("borrowed", "pagado"): a sum they govern is
    /// labelled by the act.
    pub(super) payment_verbs,
    "en/payment_verbs.txt",
    "es/payment_verbs.txt",
);
word_set!(
    /// Nouns that only say "how many" before what is counted ("the number of deaths").
    pub(super) measure_leads,
    "en/measure_leads.txt",
    "es/measure_leads.txt",
);

word_set!(
    /// English finite verb forms that are never nouns ("ran", "go").
    pub(super) finite_irregulars,
    "en/finite_irregulars.txt",
);

word_set!(
    /// Words that close a time phrase after a figure ("a decade ago", "dos años atrás").
    pub(super) time_tails,
    "en/time_tails.txt",
    "es/time_tails.txt",
);

word_set!(
    /// Clitics that open a verb after a counted noun ("pasos al día se asocia").
    pub(super) clitics,
    "es/clitics.txt",
);

/// A rough verb test without a tagger: common news verbs and regular past forms.
pub(crate) fn is_verb(w: &str, lang: Lang) -> bool {
    if is_stopword(w) {
        return false;
    }
    if news_verbs().contains(w) || lang == Lang::Es && super::present_es::is_present_verb(w) {
        return true;
    }
    if w.len() < 3 {
        return false;
    }
    match lang {
        Lang::En => w.ends_with("ed") && w.len() > 4,
        Lang::Es => {
            (w.ends_with("ó")
                || w.ends_with("aron")
                || w.ends_with("ieron")
                || w.ends_with("yeron")
                || w.ends_with("aban")
                || w.ends_with("ían")
                || w.ends_with("rán")
                || w.ends_with("rá")
                || w.ends_with("ado")
                || w.ends_with("ido")
                || conditional_es(w))
                && w.len() > 4
        }
    }
}

/// Rule `conditional_is_a_verb`: a Spanish conditional ("ganaría", "sumaría", "subirían",
/// "tendría") is a verb; nouns in "-aría" ("secretaría") are listed apart, and "-ería" words
/// (mostly nouns: "refinería", "batería") count only in the plural ending "-erían".
fn conditional_es(w: &str) -> bool {
    let ending = ["aría", "iría", "dría", "arían", "erían", "irían", "drían"]
        .iter()
        .any(|e| w.ends_with(e));
    ending && !not_conditionals_es().contains(w) || w == "sería" || w == "serían"
}

word_set!(
    /// Nouns with a conditional's ending ("secretaría", "notaría").
    not_conditionals_es,
    "es/not_conditionals.txt"
);

word_set!(
    /// Lower-case words that may join a proper name's capitalised words ("of", "de"), as
    /// written.
    pub(super) name_particles,
    "en/name_particles.txt",
    "es/name_particles.txt"
);
word_set!(
    /// Prepositions that introduce a duration ("during", "durante").
    pub(super) duration_openers,
    "en/duration_openers.txt",
    "es/duration_openers.txt"
);
word_set!(
    /// Titles abbreviated with a dot before a name ("dr", "gov", "sra").
    pub(super) title_abbreviations,
    "en/title_abbreviations.txt",
    "es/title_abbreviations.txt"
);
word_set!(
    /// Singular articles that make a following participle an adjective ("an estimated").
    pub(crate) singular_articles,
    "en/singular_articles.txt",
    "es/singular_articles.txt"
);
word_set!(
    /// Words that open a partitive after a figure ("of", "de", "del").
    pub(super) partitive_links,
    "en/partitive_links.txt",
    "es/partitive_links.txt"
);
word_set!(
    /// Link words a label shows between a figure and its phrase ("of", "the", "del").
    pub(super) plain_links,
    "en/plain_links.txt",
    "es/plain_links.txt"
);
word_set!(
    /// Articles between a window word and its time word ("over the past four months").
    pub(super) window_articles,
    "en/window_articles.txt",
    "es/window_articles.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auxiliaries_end_phrases_and_modals_take_no_participle() {
        for w in ["were", "fueron", "could", "están", "said", "según", "ago"] {
            assert!(phrase_ends().contains(w), "{w}");
        }
        for w in ["were", "habían", "got"] {
            assert!(auxiliaries().contains(w), "{w}");
        }
        for w in ["could", "están"] {
            assert!(!auxiliaries().contains(w), "{w}");
        }
        assert!(!phrase_ends().contains("habían"));
    }

    #[test]
    fn rough_verb_test() {
        for (w, lang) in [
            ("extradited", Lang::En),
            ("rose", Lang::En),
            ("extraditó", Lang::Es),
            ("enviaron", Lang::Es),
            ("equivale", Lang::Es),
            ("vamos", Lang::Es),
        ] {
            assert!(is_verb(w, lang), "{w}");
        }
        for (w, lang) in [
            ("were", Lang::En),
            ("has", Lang::En),
            ("said", Lang::En),
            ("leaders", Lang::En),
            ("red", Lang::En),
            ("fueron", Lang::Es),
            ("dosis", Lang::Es),
        ] {
            assert!(!is_verb(w, lang), "{w}");
        }
    }
}

word_set!(
    /// Adverbs of time or degree read past between a verb and its figure (rule
    /// `adverb_before_the_figure`) and between an opening name and its verb (rule
    /// `opening_name_past_its_apposition`: "Octopus Energy now supplies").
    pub(super) figure_adverbs,
    "en/figure_adverbs.txt",
);
