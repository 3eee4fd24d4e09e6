//! The subject reader's word lists and word tests: function words, phrase ends, auxiliaries,
//! rate bases, verbs, verbs of speech and pronouns, in English and Spanish.

use crate::model::Lang;

/// Function words that never make a subject (both languages).
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "for"
            | "from"
            | "at"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "than"
            | "more"
            | "less"
            | "about"
            | "around"
            | "over"
            | "under"
            | "nearly"
            | "almost"
            | "least"
            | "most"
            | "up"
            | "into"
            | "per"
            | "as"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "also"
            | "all"
            | "other"
            | "such"
            | "only"
            | "just"
            | "s"
            | "de"
            | "del"
            | "la"
            | "el"
            | "los"
            | "las"
            | "en"
            | "y"
            | "o"
            | "un"
            | "una"
            | "unos"
            | "unas"
            | "para"
            | "por"
            | "con"
            | "sin"
            | "sobre"
            | "al"
            | "su"
            | "sus"
            | "que"
            | "se"
            | "lo"
            | "más"
            | "menos"
            | "casi"
            | "cerca"
            | "hasta"
            | "entre"
            | "este"
            | "esta"
            | "estos"
            | "estas"
            | "ese"
            | "esa"
            | "otro"
            | "otra"
            | "otros"
            | "ya"
            | "muy"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "será"
            | "serán"
            | "está"
            | "están"
            | "estimated"
            | "roughly"
            | "approximately"
            | "well"
            | "alrededor"
            | "aproximadamente"
            | "there"
            | "which"
            | "who"
            | "what"
            | "not"
            | "no"
            | "new"
            | "another"
            | "many"
            | "much"
            | "both"
            | "each"
            | "every"
            | "year"
            | "years"
            | "ago"
            | "last"
            | "next"
            | "now"
            | "then"
            | "so"
            | "i"
            | "you"
            | "them"
            | "him"
            | "us"
            | "le"
            | "les"
            | "mil"
            | "million"
            | "millones"
            | "billion"
            | "thousand"
    )
}

/// Words that end the noun phrase after a number.
pub(super) fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "while"
            | "because"
            | "although"
            | "though"
            | "but"
            | "as"
            | "when"
            | "where"
            | "if"
            | "than"
            | "said"
            | "says"
            | "according"
            | "and"
            | "or"
            | "que"
            | "quien"
            | "quienes"
            | "cuando"
            | "donde"
            | "aunque"
            | "pero"
            | "porque"
            | "como"
            | "según"
            | "dijo"
            | "y"
            | "o"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "será"
            | "serán"
            | "está"
            | "están"
            | "since"
            | "after"
            | "before"
            | "during"
            | "until"
            | "desde"
            | "tras"
            | "durante"
            | "last"
            | "this"
            | "next"
            | "ago"
    )
}

/// Auxiliaries that stand between a subject and its participle or speech verb ("were
/// extradited", "have said").
pub(super) fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "es"
            | "son"
            | "fue"
            | "fueron"
            | "ha"
            | "han"
            | "había"
            | "habían"
            | "será"
            | "serán"
            | "were,"
            | "get"
            | "got"
    )
}

/// Words that name the base of a rate ("a day", "per barrel", "al mes", "diarios").
pub(super) fn is_rate_word(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "week"
            | "month"
            | "year"
            | "hour"
            | "minute"
            | "gallon"
            | "barrel"
            | "liter"
            | "litre"
            | "dose"
            | "head"
            | "person"
            | "share"
            | "ton"
            | "tonne"
            | "kilo"
            | "pound"
            | "unit"
            | "night"
            | "trip"
            | "ticket"
            | "día"
            | "semana"
            | "mes"
            | "año"
            | "hora"
            | "litro"
            | "barril"
            | "dosis"
            | "persona"
            | "acción"
            | "tonelada"
            | "diarios"
            | "diarias"
            | "diario"
            | "mensuales"
            | "anuales"
            | "annually"
            | "daily"
            | "monthly"
            | "apiece"
            | "nationwide"
    )
}

/// A rough verb test without a tagger: common news verbs and regular past forms.
pub(super) fn is_verb(w: &str, lang: Lang) -> bool {
    if w.len() < 3 || is_stopword(w) && !matches!(w, "said" | "has" | "had") {
        return false;
    }
    let common = matches!(
        w,
        "rose"
            | "fell"
            | "grew"
            | "paid"
            | "sent"
            | "cost"
            | "hit"
            | "cut"
            | "left"
            | "took"
            | "made"
            | "gave"
            | "lost"
            | "won"
            | "spent"
            | "sold"
            | "built"
            | "put"
            | "set"
            | "saw"
            | "held"
            | "brought"
            | "reached"
            | "killed"
            | "imposed"
            | "extradite"
            | "extradited"
            | "rise"
            | "rises"
            | "fall"
            | "falls"
            | "raise"
            | "raises"
            | "kill"
            | "kills"
            | "impose"
            | "imposes"
            | "pay"
            | "pays"
            | "send"
            | "sends"
            | "reach"
            | "reaches"
            | "total"
            | "totals"
            | "totaled"
            | "hold"
            | "holds"
            | "estimate"
            | "estimates"
            | "expect"
            | "expects"
            | "plan"
            | "plans"
            | "face"
            | "faces"
            | "receive"
            | "receives"
            | "employ"
            | "employs"
            | "affect"
            | "affects"
            | "lose"
            | "loses"
            | "approve"
            | "approves"
            | "detain"
            | "detains"
            | "arrest"
            | "arrests"
            | "deport"
            | "deports"
    );
    if common {
        return true;
    }
    match lang {
        Lang::En => w.ends_with("ed") && w.len() > 4,
        Lang::Es => {
            (w.ends_with("ó")
                || w.ends_with("aron")
                || w.ends_with("ieron")
                || w.ends_with("ado")
                || w.ends_with("ido"))
                && w.len() > 4
        }
    }
}

/// True for a verb of speech or report that attributes a claim, in English ("said",
/// "estimated") or Spanish ("dijo", "informó").
pub fn is_speech(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "reported"
            | "reports"
            | "announced"
            | "estimated"
            | "estimates"
            | "stated"
            | "confirmed"
            | "added"
            | "noted"
            | "according"
            | "claimed"
            | "claims"
            | "warned"
            | "tallied"
            | "counted"
            | "calculated"
            | "projected"
            | "forecast"
            | "predicted"
            | "dijo"
            | "informó"
            | "señaló"
            | "afirmó"
            | "reportó"
            | "indicó"
            | "aseguró"
            | "declaró"
            | "detalló"
            | "precisó"
            | "explicó"
            | "estimó"
            | "calculó"
            | "confirmó"
            | "anunció"
            | "reveló"
    )
}

/// Pronouns (and relative words) that name no speaker on their own.
pub(super) fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she"
            | "they"
            | "it"
            | "we"
            | "i"
            | "you"
            | "él"
            | "ella"
            | "ellos"
            | "ellas"
            | "who"
            | "which"
            | "that"
    )
}

/// Words between a figure and the noun it counts ("25% of the workers", "la mitad del país").
pub(super) fn is_figure_link(w: &str) -> bool {
    matches!(
        w,
        "of" | "the"
            | "de"
            | "del"
            | "la"
            | "el"
            | "los"
            | "las"
            | "a"
            | "an"
            | "su"
            | "sus"
            | "its"
            | "their"
    )
}

/// Prepositions that, right after a figure, open a phrase other than what it counts
/// ("5.2% in October").
pub(super) fn is_scope_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "at"
            | "by"
            | "to"
            | "from"
            | "since"
            | "until"
            | "after"
            | "before"
            | "during"
            | "en"
            | "por"
            | "para"
            | "con"
            | "desde"
            | "hasta"
            | "tras"
            | "durante"
            | "with"
            | "compared"
            | "against"
            | "frente"
            | "for"
            | "respecto"
    )
}

/// Words that introduce the base of a rate ("a gallon", "per day", "al mes", "cada año").
pub(super) fn is_rate_marker(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "per" | "each" | "every" | "al" | "por" | "cada"
    )
}

/// Prepositions after which a word right after the counted noun reads as its participle
/// ("26 detainees sent to …").
pub(super) fn is_participle_boundary(w: &str) -> bool {
    matches!(
        w,
        "to" | "in"
            | "on"
            | "by"
            | "from"
            | "at"
            | "into"
            | "for"
            | "a"
            | "en"
            | "por"
            | "de"
            | "hacia"
    )
}

/// Words that join a noun to a measured figure ("a tariff of 25%", "aranceles del 25%").
pub(super) fn is_noun_link(w: &str) -> bool {
    matches!(w, "of" | "de" | "del")
}

/// Definite articles, read through between a linking word and its figure ("of the 25%").
pub(super) fn is_definite_article(w: &str) -> bool {
    matches!(w, "the" | "el" | "la" | "los" | "las")
}

/// Words dropped from the start of a phrase that follows its linked noun ("aranceles del 25%
/// a los autos" → "aranceles autos").
pub(super) fn is_phrase_lead(w: &str) -> bool {
    matches!(w, "a" | "al" | "los" | "las" | "el" | "la")
}

/// Prepositions that open an elliptic phrase, whose noun is elsewhere ("on automobiles").
pub(super) fn is_relational_preposition(w: &str) -> bool {
    matches!(
        w,
        "on" | "for" | "of" | "a" | "al" | "sobre" | "para" | "de" | "del"
    )
}
