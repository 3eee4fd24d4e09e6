//! What a sum of money pays for ("£40 for a barbecue kit", "£22.6bn for the NHS", "took
//! £1.4m from 212 pensioners"), read after the figure by the subject reader ([`super::phrase`]).

use super::words::{
    definite_articles, is_stopword, is_verb, money_sources, paid_after_time, paid_for_adjectives,
    payment_prepositions, payment_verbs, phrase_ends, rate_bases, rate_markers, scope_prepositions,
    time_words,
};
use crate::extract::lexicon::WordSet;
use crate::extract::quantity::Quantity;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::text;
use crate::word_set;

word_set!(
    /// Spanish preterite stems and their participle's ("pid ped"), as "preterite participle".
    preterite_stems,
    "es/preterite_stems.phrases",
);

word_set!(
    /// Spanish verbs that move money, by stem ("quitó", "pidió", "transfirió"): the words
    /// before a sum one governs name who pays, takes, asks or receives.
    money_acts,
    "es/money_acts.txt",
);

word_set!(
    /// Spanish sale verbs, by stem ("vendió"): a sum right after one is the takings.
    sale_acts,
    "es/sale_acts.txt",
);

/// True for a Spanish infinitive ("salir", "pagar", "vender"), with an attached clitic
/// ("pagarle") too; not for a short word such as "mar" or "ser"'s kin of three letters.
pub(super) fn is_infinitive(w: &str) -> bool {
    let w = ["le", "les", "lo", "la", "los", "las", "se"]
        .iter()
        .find_map(|c| {
            w.strip_suffix(c)
                .filter(|b| b.len() > 3 && (b.ends_with('r')))
        })
        .unwrap_or(w);
    w.len() > 3 && (w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"))
}

/// True for a gerund or infinitive, an act rather than a thing ("helping", "ayudar").
fn is_act(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => w.ends_with("ing"),
        Lang::Es => w.ends_with("ar") || w.ends_with("er") || w.ends_with("ir"),
    }
}

/// Rule `exchange_rate_base_names_no_thing`: "fijó el tipo de cambio en 231 bolívares por
/// dólar", "at 7.2 yuan per dollar": a currency word after a rate marker right after a sum is
/// the base of an exchange rate, nothing the sum pays for or counts; the rate is named
/// before the figure.
pub(super) fn exchange_rate_base(toks: &[Tok], q: &Quantity) -> bool {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    money
        && toks
            .get(q.end)
            .is_some_and(|t| t.kind == Kind::Word && rate_markers().contains(&t.low()))
        && toks.get(q.end + 1).is_some_and(|t| {
            t.kind == Kind::Word && crate::extract::quantity::is_currency_word(&t.low())
        })
}

word_set!(
    /// Prepositions of the place where a sum is the cost ("cuesta 900 pesos en una farmacia"):
    /// rule `place_of_a_cost_names_no_thing`.
    place_prepositions,
    "es/place_prepositions.txt",
);

/// Rule `place_of_a_cost_names_no_thing`: "una calza de resina cuesta en promedio $180.000
/// en un consultorio particular": after a Spanish verb of cost (within three tokens before
/// the sum), "en" and an article right after the sum name where it costs so, nothing it
/// pays for; the thing is the clause's subject.
pub(super) fn place_of_a_cost(toks: &[Tok], q: &Quantity) -> bool {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    let is = |i: usize, set: &WordSet| toks.get(i).is_some_and(|t| set.contains(&t.low()));
    money
        && (q.start.saturating_sub(3)..q.start).any(|k| is(k, super::words::cost_verbs()))
        && is(q.end, place_prepositions())
        && (is(q.end + 1, definite_articles()) || is(q.end + 1, super::words::singular_articles()))
}

/// What a sum of money pays for: the noun phrase after "for"/"in"/"on" ("£40 for a barbecue
/// kit", "$39 billion in grants", "100 millones de euros por el delantero"), not a time ("in
/// October", "over the next seven years"); else the act, a regular participle before it that
/// is no verb of change ("£17.4 billion borrowed"). None for other figures.
pub(super) fn paid_for(
    sentence: &str,
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    verb: Option<&str>,
) -> Option<String> {
    let unit = q.unit.as_deref()?;
    if unit.len() != 3 || !unit.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    if lang == Lang::Es && (price_reached(toks, q) || place_of_a_cost(toks, q))
        || exchange_rate_base(toks, q)
    {
        return None;
    }
    let is = |i: usize, set: &WordSet| toks.get(i).is_some_and(|t| set.contains(&t.low()));
    let article = |i: usize| {
        is(i, definite_articles())
            || toks
                .get(i)
                .is_some_and(|t| t.is("a") || t.is("un") || t.is("una"))
    };
    // Rule `money_from_source`: "took £1.4m from 212 pensioners": whom the money came from,
    // counted or not (a count's digits, never a currency's, stand before the noun), when the
    // money is the object of the verb right before it (not "claims in excess of $1 billion
    // from the hailstorm", whose noun stands before).
    // Rule `paid_for_past_its_time`: "$80bn this fiscal year on data centres", "$140 more
    // a year for electricity": a time or rate phrase of words between the sum and the
    // preposition of what it pays for is read past.
    let mut at = purpose_after_recipient(toks, q, lang).unwrap_or(q.end);
    // Rule `paid_for_past_a_qualifier`: "8 millones de euros adicionales para reparar la
    // sede": a qualifier of the sum (es/sum_qualifiers.txt) before the preposition of what it
    // pays for is read past when "para" opens its purpose ("dólares mensuales en el sector
    // comercio" is a scope, not what the sum pays for).
    let purpose_next = toks.get(at + 1).is_some_and(|t| t.is("para"));
    if at == q.end && is(at, super::words::sum_qualifiers()) && purpose_next {
        at += 1;
    }
    if !is(at, payment_prepositions()) {
        let prep = (q.end + 1..toks.len().min(q.end + 5)).find(|&k| is(k, paid_after_time()));
        if let Some(k) = prep.filter(|&k| {
            (q.end..k).all(|i| {
                toks[i].kind == Kind::Word && (!is(i, payment_prepositions()) || article(i))
            }) && (q.end..k).any(|i| is(i, time_words()))
        }) {
            at = k;
        }
    }
    let source = verb.is_some() && is(at, money_sources());
    if is(at, payment_prepositions()) || source {
        let mut k = at + 1;
        while article(k) {
            k += 1;
        }
        // Rule `paid_for_past_adjective`: "£1.5bn for new prisons": an adjective that is a
        // stop word elsewhere opens the noun phrase paid for.
        let noun_next = toks
            .get(k + 1)
            .is_some_and(|t| t.kind == Kind::Word && !is_stopword(&t.low()));
        if is(k, paid_for_adjectives()) && noun_next {
            k += 1;
        }
        // A year is no count ("fell £2m from 2019 levels").
        let count = |i: usize| {
            toks.get(i).is_some_and(|t| {
                let year = t.text.len() == 4 && matches!(t.text.as_bytes()[0], b'1' | b'2');
                t.kind == Kind::Num
                    && !year
                    && t.text.bytes().all(|b| b.is_ascii_digit() || b == b',')
            })
        };
        if source && count(k) {
            k += 1;
        }
        // Not a time ("in the second quarter", "over the next seven years"), a rate ("por
        // litro") or an act with an object ("for helping clients", "por ayudar a"); a bare
        // gerund names a thing ("for policing").
        // The time starts at the noun or right after it ("in the second quarter"), or two
        // words on after a time word or number ("over the next seven years"); a time after
        // the thing paid for is its own ("in military aid next year").
        let when = |i: usize| is(i, time_words()) || is(i, rate_bases());
        let numeral = toks.get(k).is_some_and(|t| {
            t.kind == Kind::Num || crate::extract::numbers::is_number_word(&t.low())
        });
        let time = (at + 1..k + 2).any(when) || (when(k) || numeral) && when(k + 2);
        let object_follows = toks.get(k + 1).is_some_and(|n| n.kind == Kind::Word);
        let thing = toks.get(k).is_some_and(|t| {
            let w = t.low();
            // Rule `money_for_a_purpose`: "500 millones de pesos para reparar escuelas": "para"
            // and an infinitive name what the money is for, with the infinitive's object; so
            // do "en" and an infinitive ("invertirá 2.500 millones en reparar fugas").
            let purpose = lang == Lang::Es
                && (toks[at].is("para") || toks[at].is("en"))
                && k == at + 1
                && is_act(&w, lang);
            if purpose && !is_stopword(&w) {
                return true;
            }
            let act = object_follows && is_act(&w, lang);
            // Rule `paid_for_acronym`: "£22.6bn for the NHS": an acronym after an article is
            // the body paid, not a proper name that would end the phrase.
            let acronym = k > at + 1
                && article(k - 1)
                && t.text.len() > 1
                && t.text.chars().all(|c| c.is_ascii_uppercase());
            t.kind == Kind::Word
                && (!t.is_capitalized() || acronym)
                && !is_stopword(&w)
                && !is_verb(&w, lang)
                && !act
        });
        if thing && !time {
            let end = paid_phrase_end(toks, k, lang);
            return Some(sentence[toks[at].start..toks[end - 1].end].to_string());
        }
    }
    purpose_or_act(sentence, toks, q, lang).or_else(|| {
        verb.filter(|v| payment_verbs().contains(v))
            .map(str::to_string)
    })
}

/// The end (exclusive) of the phrase paid for that opens on the noun at `k`: up to four more
/// words (a glued compound counts as one, "nuclear-powered"), before a verb, a word that ends
/// a phrase or a preposition of scope, without the stop words it would end on.
fn paid_phrase_end(toks: &[Tok], k: usize, lang: Lang) -> usize {
    let mut end = k + 1;
    let hyphen = |i: usize| toks[i].text == "-" && !toks[i].space_before && i + 1 < toks.len();
    // The word after a glued hyphen is part of its compound ("nuclear-powered"), never a
    // verb, and the compound counts as one word.
    let compound_part = |i: usize| hyphen(i - 1) && !toks[i].space_before;
    let mut limit = k + 5;
    while end < toks.len()
        && end < limit
        && (toks[end].kind == Kind::Word || hyphen(end))
        && !phrase_ends().contains(&toks[end].low())
        && !scope_prepositions().contains(&toks[end].low())
        && (compound_part(end) || !is_verb(&toks[end].low(), lang))
    {
        if hyphen(end) {
            limit += 2;
        }
        end += 1;
    }
    while end > k + 1 && is_stopword(&toks[end - 1].low()) {
        end -= 1;
    }
    end
}

/// Rule `price_reached_buys_nothing`: "el precio se disparó a 60 pesos en las centrales de
/// abasto", "bajó hasta los 48 euros en Madrid": a sum that a verb of rise or fall reached
/// (after "a" or "hasta", an article allowed) is a price level; the phrase after it says
/// where, not what the money pays for.
fn price_reached(toks: &[Tok], q: &Quantity) -> bool {
    let Some(mut link) = q.num_start.checked_sub(1) else {
        return false;
    };
    if link > 0 && definite_articles().contains(&toks[link].low()) {
        link -= 1;
    }
    let to = toks[link].is("a") || toks[link].is("hasta") || toks[link].is("al");
    to && link > 0 && {
        let w = toks[link - 1].low();
        super::event::rise_verbs().contains(&w) || super::event::fall_verbs().contains(&w)
    }
}

word_set!(
    /// Infinitives of reaching or changing a level ("to reach", "to hit", "to peak").
    pub(super) level_infinitives,
    "en/level_infinitives.txt",
);

/// Rule `infinitive_after_money`: "pledged £1.5bn to repair potholes", "pay $1.4 billion to
/// settle claims": an infinitive with its object after the sum is what it is for ("to repair
/// potholes"); rule `act_before_money`: else a gerund or infinitive right before the sum is
/// the act ("for stealing £2.3m" → "stealing", "ordered to pay R2.4 billion" → "pay").
fn purpose_or_act(sentence: &str, toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    if lang != Lang::En {
        return None;
    }
    let plain = |i: usize| {
        toks.get(i).is_some_and(|t| {
            let w = t.low();
            t.kind == Kind::Word
                && !t.is_capitalized()
                && !is_stopword(&w)
                && !phrase_ends().contains(&w)
                && !time_words().contains(&w)
        })
    };
    let to = |i: usize| toks.get(i).is_some_and(|t| t.is("to"));
    // "to cover the cost": an article may open the object.
    let object = if article_at(toks, q.end + 2) {
        q.end + 3
    } else {
        q.end + 2
    };
    if to(q.end) && plain(q.end + 1) && plain(object) {
        let mut end = object + 1;
        while end < object + 3 && plain(end) {
            end += 1;
        }
        return Some(sentence[toks[q.end].start..toks[end - 1].end].to_string());
    }
    let k = q.start.checked_sub(1)?;
    let gerund = plain(k) && is_act(&toks[k].low(), lang) && toks[k].text.len() > 5;
    // Rule `level_infinitive_is_no_act`: "receipts are expected to reach €28bn": an
    // infinitive of reaching or changing a level is the clause's verb, whose subject names
    // the sum.
    let infinitive = k > 0
        && plain(k)
        && to(k - 1)
        && !text::with_lower(toks[k].text, |w| level_infinitives().contains(w));
    (gerund || infinitive).then(|| toks[k].text.to_string())
}

/// Whether token `i` is a definite or indefinite article.
fn article_at(toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| definite_articles().contains(&t.low()) || t.is("a") || t.is("an"))
}

/// Where "para" stands after a Spanish sum and its recipient ("45.000 millones de pesos a las
/// provincias para obras de agua"): what the money is for, not whom it goes to, names it.
/// None when no recipient ("a", "al") follows the sum, or no "para" closes it within five
/// words.
pub(super) fn purpose_after_recipient(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<usize> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    let to = toks.get(q.end).is_some_and(|t| t.is("a") || t.is("al"));
    if lang != Lang::Es || !money || !to {
        return None;
    }
    (q.end + 2..toks.len().min(q.end + 7))
        .take_while(|&k| toks[k].kind == Kind::Word)
        .find(|&k| toks[k].is("para"))
        .filter(|&k| (q.end + 1..k).all(|i| !is_verb(&toks[i].low(), lang)))
}

/// Rule `money_act_not_its_actor`: "el banco quitó 3 millones de pesos", "pidió al Congreso
/// 500 millones de pesos": a sum governed by a verb that moves money (`verb`) is not named by
/// the words before it, who pay, take, ask or receive; its label names the act.
///
/// Rule `sale_takings_name_the_sale`: a sale verb (es/sale_acts.txt) names a sum it governs
/// right after it ("Bimbo vendió 399.000 millones de pesos" → "vendidos"), not a price after
/// a preposition ("se vendió en 26,30 pesos").
pub(super) fn moved_by(
    toks: &[Tok],
    q: &Quantity,
    verb: Option<&str>,
    lang: Lang,
) -> Option<String> {
    let unit = q.unit.as_deref()?;
    let money = unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase());
    let verb = verb?;
    // A preposition just before the digits (past a qualifier) makes the sum a price.
    let price = || {
        (q.start.saturating_sub(1)..(q.start + 3).min(toks.len()))
            .take_while(|&k| toks[k].kind != Kind::Num)
            .any(|k| toks[k].is("en") || toks[k].is("a") || toks[k].is("por"))
    };
    // Rule `price_at_names_its_thing`: "pagan el kilovatio hora a 1.050 pesos", "el litro se
    // pagó a 24 pesos": a sum after "a" is the price of what is paid for, not a sum moved.
    let at = q.start > 0 && toks[q.start - 1].is("a");
    let moves = text::with_stem(verb, lang, |s| {
        money_acts().contains(s) && !at || sale_acts().contains(s) && !price()
    });
    (lang == Lang::Es && money && moves).then(|| {
        participle(verb)
            .or_else(|| present_participle(verb))
            .unwrap_or_else(|| verb.to_string())
    })
}

/// Rule `present_names_its_act`: "los médicos cobran 3.900 euros al mes", "gana en promedio
/// 28,500 pesos": a present of a verb that moves money names the sum by its act as a
/// participle ("cobrados", "ganados"), as a preterite does; the finite verb is no word a
/// label keeps. None for a form that is no present ending ("-a", "-an", "-e", "-en").
pub(super) fn present_participle(verb: &str) -> Option<String> {
    let w = verb.to_lowercase();
    [("an", "ados"), ("a", "ados"), ("en", "idos"), ("e", "idos")]
        .iter()
        .find_map(|(e, p)| w.strip_suffix(e).map(|stem| format!("{stem}{p}")))
        .filter(|p| p.chars().count() > 5)
}

/// Rule `verb_named_once`: "invertirá 3 millones … invertidos", "gasta … gastados por
/// crucerista": whether `w` is a Spanish participle of the verb `verb` (the same stem, or the
/// participle of a preterite or future whose stem changes: "pidió" → "pedidos"), or its
/// infinitive ("abrirá … para abrir planta"), so that a subject holding it does not name the
/// verb again.
pub(super) fn participle_of(verb: &str, w: &str, lang: Lang) -> bool {
    if lang == Lang::Es
        && w.len() > 4
        && text::with_lower(w, |l| {
            text::with_lower(verb, |v| {
                v != l && super::present_es::infinitive(v).as_deref() == Some(l)
            })
        })
    {
        return true;
    }
    let participle_ending = ["ado", "ido", "ados", "idos", "ada", "ida", "adas", "idas"]
        .iter()
        .any(|e| w.ends_with(e));
    if lang != Lang::Es || !participle_ending {
        return false;
    }
    let w = w.to_lowercase();
    let verb = verb.to_lowercase();
    let same_stem = text::stem(&verb, lang) == text::stem(&w, lang);
    same_stem || participle(&verb).is_some_and(|p| p.get(..p.len() - 2) == w.get(..p.len() - 2))
}

/// The plural participle of a Spanish preterite ("ganó" → "ganados", "recibió" →
/// "recibidos", "pidió" → "pedidos"), which agrees with "millones de pesos": the label
/// names the act as what happened to the money ("€2,8bn ganados"). None for other forms.
pub(super) fn participle(verb: &str) -> Option<String> {
    // Rule `plural_preterite_names_its_act`: "los turistas gastaron 126.000 millones",
    // "perdieron 250 millones" → "gastados", "perdidos", as the singular does.
    let (stem, ending) = if let Some(stem) = verb.strip_suffix("ieron") {
        (stem, "idos")
    } else if let Some(stem) = verb.strip_suffix("aron") {
        (stem, "ados")
    } else if let Some(stem) = verb.strip_suffix("ió") {
        (stem, "idos")
    } else if let Some(stem) = verb
        .strip_suffix("ará")
        .or_else(|| verb.strip_suffix("arán"))
    {
        // Rule `future_names_its_act`: "invertirá 6.000 millones" → "invertidos", as the
        // preterite does ("gastará" → "gastados").
        (stem, "ados")
    } else if let Some(stem) = ["erá", "erán", "irá", "irán"]
        .iter()
        .find_map(|e| verb.strip_suffix(e))
    {
        (stem, "idos")
    } else {
        (verb.strip_suffix('ó')?, "ados")
    };
    // Stems that change in the preterite ("pid-", "invirt-"): es/preterite_stems.phrases.
    let stem = preterite_stems()
        .iter()
        .find_map(|p| p.strip_prefix(stem).and_then(|r| r.strip_prefix(' ')))
        .unwrap_or(stem);
    (stem.chars().count() >= 2).then(|| format!("{stem}{ending}"))
}

/// Rule `each_payer_names_the_sum`: "Cada visitante paga 224 pesos", "Cada crucerista gasta
/// en promedio 110 dólares": a sum right after a verb that moves money (es/money_acts.txt),
/// in any tense, whose subject is "cada" and a noun is what each of them pays: its act as a
/// participle and the payer ("pagados por visitante"), as a preterite's act is named
/// (`money_act_not_its_actor`) without losing who pays.
pub(super) fn paid_by_each(toks: &[Tok], q: &Quantity, lang: Lang) -> Option<String> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    if lang != Lang::Es || !money || q.start < 3 {
        return None;
    }
    let mut v = q.start - 1;
    if v >= 2 && toks[v].is("promedio") && toks[v - 1].is("en") {
        v -= 2;
    }
    if v < 2 || !toks[v - 2].is("cada") {
        return None;
    }
    let (verb, payer) = (&toks[v], &toks[v - 1]);
    let noun = payer.kind == Kind::Word && !is_stopword(&payer.low()) && !payer.is_capitalized();
    let w = verb.low();
    let moves = verb.kind == Kind::Word && text::with_stem(&w, lang, |s| money_acts().contains(s));
    if !noun || !moves {
        return None;
    }
    let act = participle(&w).or_else(|| present_participle(&w))?;
    Some(format!("{act} por {}", payer.low()))
}

word_set!(
    /// Words between a price's preposition and its sum ("for an initial €34m", "por unos").
    price_openers,
    "en/price_openers.txt",
    "es/price_openers.txt",
);

word_set!(
    /// Prepositions that open the name of a deal's other side ("from Palmeiras", "al
    /// Brighton").
    name_openers,
    "en/price_name_openers.txt",
    "es/price_name_openers.txt",
);

word_set!(
    /// Prepositions that give a sum as a price ("moved to Brighton for £30m", "fichó por el
    /// Bayern por 70 millones").
    price_prepositions,
    "en/price_prepositions.txt",
    "es/price_prepositions.txt",
);

/// How far back from the name before a price [`price_to_a_name`] looks for the verb of the
/// deal, in tokens.
const PRICE_VERB_REACH: usize = 16;

/// Rule `price_to_a_name`: "signed the winger from Palmeiras for an initial €34m", "moved to
/// Brighton for £30m", "fichó por el Bayern Múnich por 70 millones de euros": a sum given as a
/// price ("for", "por", an article or a word such as "initial" between) right after a name
/// that a preposition opens ("from Palmeiras", "al Brighton") is paid to or by that name (a
/// club, a seller), not for it; the deal's verb (the nearest before the name, within
/// [`PRICE_VERB_REACH`] tokens of its sentence) names what the money is. `phrase` is the
/// phrase read so far: the rule holds only when it opens with a name. None when no such verb
/// stands there.
pub(super) fn price_to_a_name(
    toks: &[Tok],
    q: &Quantity,
    lang: Lang,
    phrase: &str,
) -> Option<String> {
    let money = q
        .unit
        .as_deref()
        .is_some_and(|u| u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()));
    if !money || !phrase.starts_with(char::is_uppercase) {
        return None;
    }
    let mut p = q.start.checked_sub(1)?;
    let mut skipped = 0;
    while skipped < 3 && p > 0 && price_openers().contains(&toks[p].low()) {
        p -= 1;
        skipped += 1;
    }
    if !price_prepositions().contains(&toks[p].low()) || p < 3 {
        return None;
    }
    let ends_sentence = |t: &Tok| matches!(t.text, "." | ";" | ":" | "?" | "!");
    // The name's capitalised words, an article, then the preposition that opens it.
    let mut name = p - 1;
    if !toks[name].is_capitalized() {
        return None;
    }
    while name > 1 && toks[name - 1].is_capitalized() {
        name -= 1;
    }
    let mut opener = name - 1;
    if definite_articles().contains(&toks[opener].low()) && opener > 0 {
        opener -= 1;
    }
    if !name_openers().contains(&toks[opener].low()) {
        return None;
    }
    (opener.saturating_sub(PRICE_VERB_REACH)..opener)
        .rev()
        .take_while(|&i| !ends_sentence(&toks[i]))
        .find(|&i| toks[i].kind == Kind::Word && is_verb(&toks[i].low(), lang))
        .map(|i| {
            let verb = toks[i].text.to_string();
            // A Spanish preterite reads as its participle ("vendidos"), as `moved_by` does.
            match lang {
                Lang::Es => participle(&verb).unwrap_or(verb),
                Lang::En => verb,
            }
        })
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::labels;

    /// Rule `money_act_not_its_actor` with "llevarse" (es/money_acts.txt): a prize taken is
    /// named by the act, not by who took it.
    #[test]
    fn a_sum_taken_is_named_by_the_act() {
        let got = labels("La tenista se llevó 20.000 euros, informó el club.");
        assert!(got[0].contains("llevados"), "{got:?}");
        assert!(!got[0].contains("tenista"), "{got:?}");
    }

    #[test]
    fn paid_for_past_a_qualifier() {
        let got = labels("El club pidió 2 millones de euros adicionales para ampliar el estadio.");
        assert!(got[0].contains("ampliar el estadio"), "{got:?}");
        // Near miss: a qualifier with nothing paid for after it names no thing, nor does a
        // scope after it.
        let got = labels("El club pagó 2 millones de euros netos en 2024.");
        assert!(!got[0].contains("netos"), "{got:?}");
        let got = labels("El sueldo subirá a 900 dólares mensuales en el sector textil.");
        assert!(!got[0].contains("sector textil"), "{got:?}");
    }

    /// A sum lost or won is labelled by that act, as a sum paid is, not by who lost it ("The
    /// fund lost $2.3 billion" is no fund of $2.3bn); a percentage lost is the size of a
    /// fall (en/fall_verbs.txt).
    #[test]
    fn a_sum_lost_or_won_is_labelled_by_the_act() {
        assert_eq!(
            labels("The pension fund lost $4.1 billion."),
            ["$4.1bn lost"]
        );
        assert_eq!(labels("A nurse from Leeds won £250,000."), ["£250,000 won"]);
        assert_eq!(
            labels("Shares in the carmaker lost 7% on Friday."),
            ["7% fall in shares"]
        );
        // In Spanish too (es/fall_verbs.txt, es/rise_verbs.txt).
        assert_eq!(
            labels("Las acciones de la aerolínea perdieron un 9% el martes."),
            ["9% de caída en acciones de la aerolínea"]
        );
        assert_eq!(
            labels("Los bonos ganaron un 4% en la sesión."),
            ["4% de alza en bonos"]
        );
    }
}
