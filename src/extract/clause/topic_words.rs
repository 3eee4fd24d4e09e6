//! The words of a clause that may name a topic: proper names left out ("Casa Blanca", "Home
//! Office", "Social Security") unless they name an event's kind, homonyms judged by the words
//! around them, acts that did not happen, and nouns another figure counts.

use std::sync::OnceLock;

use super::topic_senses;
use crate::extract::subject::words::{is_stopword, is_verb, prepositions};
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;
use crate::word_set;

const HOMONYMS: &str = include_str!("../topic_homonyms.txt");

/// Topic terms with an unrelated second sense (by English stem), each with the words that
/// must stand in its clause for it to name its topic (`topic_homonyms.txt`), and the first
/// bytes the stems start with (a word starting otherwise is no homonym: stemming keeps a
/// word's first letter).
struct Homonyms {
    first_bytes: [bool; 256],
    by_stem: rustc_hash::FxHashMap<String, Contexts>,
}

/// The context words of one homonym, as sets: each word of the window is looked up once,
/// however many contexts the homonym lists.
struct Contexts {
    /// Whether any context is listed without "!" (then one of them must stand near).
    positive: bool,
    /// The words of those contexts, in ASCII lower case (they match in any ASCII case).
    words: rustc_hash::FxHashSet<Box<str>>,
    /// Those written with a hyphen ("first-time"), as their two halves.
    hyphenated: Vec<(String, String)>,
    /// The words written "!word" that rule the sense out, in ASCII lower case.
    vetoes: rustc_hash::FxHashSet<Box<str>>,
}

impl Contexts {
    fn of(list: &str) -> Contexts {
        let mut ctx = Contexts {
            positive: false,
            words: Default::default(),
            hyphenated: Vec::new(),
            vetoes: Default::default(),
        };
        for c in list.split(',').map(str::trim) {
            if let Some(veto) = c.strip_prefix('!') {
                ctx.vetoes.insert(veto.to_ascii_lowercase().into());
                continue;
            }
            ctx.positive = true;
            match c.split_once('-') {
                Some((a, b)) => ctx.hyphenated.push((a.to_string(), b.to_string())),
                None => {
                    ctx.words.insert(c.to_ascii_lowercase().into());
                }
            }
        }
        ctx
    }

    /// Adds another line's contexts and vetoes to these (rule
    /// `homonym_lines_of_a_stem_merge`).
    fn merge(&mut self, other: Contexts) {
        self.positive |= other.positive;
        self.words.extend(other.words);
        self.hyphenated.extend(other.hyphenated);
        self.vetoes.extend(other.vetoes);
    }
}

fn homonyms() -> &'static Homonyms {
    static SET: OnceLock<Homonyms> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = Homonyms {
            first_bytes: [false; 256],
            by_stem: rustc_hash::FxHashMap::default(),
        };
        let entries = HOMONYMS
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once(':'));
        for (w, ctx) in entries {
            let stem = crate::text::stem(w.trim(), Lang::En);
            if let Some(&b) = stem.as_bytes().first() {
                set.first_bytes[usize::from(b)] = true;
            }
            // Rule `homonym_lines_of_a_stem_merge`: lines whose words share a stem ("taxes"
            // and "tax", "evacuated" and "evacuation") are one homonym with all their
            // contexts and vetoes, so no line is shadowed by an earlier one.
            let ctx = Contexts::of(ctx);
            match set.by_stem.entry(stem) {
                std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().merge(ctx),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(ctx);
                }
            }
        }
        set
    })
}

/// Tokens either side of a homonym searched for its context words: more than a clause
/// holds, and a bound on the run-on "clause" of a text without punctuation (each of its
/// homonyms would otherwise search all of it, for each figure).
const HOMONYM_CONTEXT_REACH: usize = 40;

/// True when word token `i` is a homonym of a topic term whose context words are missing
/// from the clause `[start, end)` ("a stadium with 60,000 seats").
fn homonym_out_of_context(toks: &[Tok], i: usize, (start, end): (usize, usize)) -> bool {
    let w = toks[i].low();
    let h = homonyms();
    if !w
        .as_bytes()
        .first()
        .is_some_and(|&b| h.first_bytes[usize::from(b)])
    {
        return false;
    }
    // Matched on the English stem, as topic terms are ("approved" is "approval").
    let found = crate::text::with_stem(&w, Lang::En, |st| h.by_stem.get(st));
    let Some(ctx) = found else {
        return false;
    };
    // Rule `homonym_negative_context`: a context written "!word" rules the sense out
    // ("default tariffs" of an electricity retailer are prices, not duties); a homonym with
    // only such contexts names its topic unless one of them stands in the clause.
    // Within the clause, and at most HOMONYM_CONTEXT_REACH tokens either side.
    let (lo, hi) = (
        governing_clause_start(toks, start).max(i.saturating_sub(HOMONYM_CONTEXT_REACH)),
        end.min(i + HOMONYM_CONTEXT_REACH + 1),
    );
    // Rule `hyphenated_context`: "first-time" is three tokens ("first", "-", "time").
    let hyphenated = |(a, b): &(String, String)| {
        (lo..hi.saturating_sub(2))
            .any(|k| k != i && toks[k].is(a) && toks[k + 1].text == "-" && toks[k + 2].is(b))
    };
    let wanted = !ctx.positive
        || ctx.hyphenated.iter().any(hyphenated)
        || (lo..hi).any(|k| k != i && context_word_in(&toks[k], &ctx.words));
    // Rule `negative_context_in_the_sentence`: a word that rules the sense out does so from
    // anywhere in the sentence within the reach ("landed near the Moon's south pole after a
    // 40-day journey": a journey in space), not only from the homonym's clause.
    let (lo, hi) = (
        i.saturating_sub(HOMONYM_CONTEXT_REACH),
        toks.len().min(i + HOMONYM_CONTEXT_REACH + 1),
    );
    !wanted
        || !ctx.vetoes.is_empty()
            && (lo..hi).any(|k| k != i && context_word_in(&toks[k], &ctx.vetoes))
}

/// Rule `homonym_context_in_the_governing_clause`: "la huelga de médicos, que obligó a
/// suspender 7.500 consultas", "a strike by nurses, cancelling 3,000 operations": a clause
/// that opens on a relative pronoun or a participle after a comma says more of the clause
/// before it, whose words count as a homonym's context too. Where the context search of
/// the clause starting at `start` begins.
fn governing_clause_start(toks: &[Tok], start: usize) -> usize {
    let segment = |mut k: usize| {
        let floor = k.saturating_sub(HOMONYM_CONTEXT_REACH);
        while k > floor && !super::clause_punct(&toks[k - 1]) {
            k -= 1;
        }
        k
    };
    // The comma-free segment holding the clause: "que obligó a suspender …" holds the
    // clause "suspender …".
    let c = segment(start);
    let opens = toks
        .get(c)
        .is_some_and(|t| t.kind == Kind::Word && super::relative_openers().contains(&t.low()))
        || super::participle::participle_at(toks, c);
    if c < 2 || toks[c - 1].text != "," || !opens {
        return start;
    }
    segment(c - 1)
}

/// Rule `possessive_context`: a homonym's context word counts in the possessive of a name
/// too ("174 seats" in "the Dáil's 174 seats" is about an election, as in "the Dáil has 174
/// seats"); a common noun's possessive owns the homonym ("the chief's pay" is one person's).
/// `set` holds context words in ASCII lower case; a token matches in any ASCII case.
fn context_word_in(t: &Tok, set: &rustc_hash::FxHashSet<Box<str>>) -> bool {
    if ascii_lower_in(t.text, set) {
        return true;
    }
    let name = t.kind == Kind::Word && t.is_capitalized();
    name && t
        .text
        .strip_suffix("'s")
        .or_else(|| t.text.strip_suffix("\u{2019}s"))
        .is_some_and(|base| ascii_lower_in(base, set))
}

/// Whether `w` in ASCII lower case is in `set`, lower-cased in a stack buffer when short.
fn ascii_lower_in(w: &str, set: &rustc_hash::FxHashSet<Box<str>>) -> bool {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return set.contains(w);
    }
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).is_ok_and(|l| set.contains(l))
        }
        None => set.contains(w.to_ascii_lowercase().as_str()),
    }
}

/// True when three in four words of the sentence are capitalised (a headline in title case), where
/// capitals say nothing about names.
pub fn title_case(toks: &[Tok]) -> bool {
    let (mut words, mut caps) = (0usize, 0usize);
    for t in toks
        .iter()
        .filter(|t| t.kind == Kind::Word && t.text.len() > 3)
    {
        words += 1;
        caps += usize::from(t.is_capitalized());
    }
    words >= 3 && caps * 4 >= words * 3
}

/// True when word token `i` is part of a proper name: capitalised (not an all-capitals
/// acronym such as "GDP"), and either inside the sentence or next to another capitalised
/// word ("Casa Blanca dijo", "Social Security payments").
pub fn in_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.is_capitalized() || t.text.chars().all(|c| !c.is_lowercase()) || plural_acronym(t.text) {
        return false;
    }
    let cap = |k: usize| toks.get(k).is_some_and(Tok::is_capitalized);
    let sentence_start = toks[..i].iter().all(|p| p.kind == Kind::Punct);
    !sentence_start || cap(i + 1) || joined_name(toks, i)
}

/// Rule `plural_acronym_is_no_name`: "1.02 million TEUs", "GPs", "ICUs": an acronym with a
/// plural "s" is a common noun, as the acronym alone is ("GDP").
fn plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|core| core.len() >= 2 && core.chars().all(|c| c.is_ascii_uppercase()))
}

/// Rule `name_joined_by_and`: a sentence's capitalised first word joined by "and", "&" or
/// "of" to two capitalised words opens a name ("Health and Safety Executive inspectors",
/// "Department of Health officials"), not a topic word of its own.
fn joined_name(toks: &[Tok], i: usize) -> bool {
    let cap = |k: usize| toks.get(k).is_some_and(Tok::is_capitalized);
    toks.get(i + 1)
        .is_some_and(|t| t.is("and") || t.is("of") || t.text == "&")
        && cap(i + 2)
        && cap(i + 3)
}

word_set!(
    /// Common nouns that open the name of an event of their kind ("Storm Darragh",
    /// "Hurricane Milton").
    pub(super) event_kinds,
    "en/event_kinds.txt",
);

/// Rule `named_event_kind`: the first word of an event's name says what the event is
/// ("Storm Darragh" is a storm, "Hurricane Milton" a hurricane), so it names a topic where
/// the rest of a proper name does not.
fn event_kind(toks: &[Tok], i: usize) -> bool {
    let w = toks[i].low();
    event_kinds().contains(&w) && toks.get(i + 1).is_some_and(Tok::is_capitalized)
        || named_service_kind(toks, i, &w)
}

word_set!(
    /// Common nouns that head the name of a service or a work of their kind ("el Tren
    /// Maya", "el Metro de Santiago").
    named_kinds,
    "es/named_kinds.txt",
);

/// Rule `named_service_kind`: in Spanish a service's or a work's name opens with its kind
/// ("el Tren Maya" is a train, "la Línea 12 del Metro" runs on a metro, "el Aeropuerto de
/// Barajas" is an airport), so that word names a topic where the rest of the name does not;
/// only when it opens the name (the word before it is not capitalised, or is the sentence's
/// first: "El Tren Maya"; "Casa Blanca" and "Guardia Nacional" open with no such kind).
fn named_service_kind(toks: &[Tok], i: usize, w: &str) -> bool {
    named_kinds().contains(w)
        && (i == 0
            || !toks[i - 1].is_capitalized()
            || toks[..i - 1].iter().all(|t| t.kind == Kind::Punct))
}

word_set!(
    /// Common nouns capitalised when they name the one public thing or body ("el
    /// Presupuesto", "the Army", "the Treasury").
    capitalised_common_nouns,
    "en/capitalised_common_nouns.txt",
    "es/capitalised_common_nouns.txt",
);

/// Rule `capitalised_common_noun_keeps_its_topic`: "el mayor rubro social del Presupuesto",
/// "accepted by the Army", "cost the Treasury £6bn": a common noun the press capitalises
/// for the one public thing or body it names is no name; it names its topic as it does in
/// lower case, alone or in a name ("El Presupuesto de Egresos 2025", "Ireland's Defence
/// Forces"). Only when it opens the name: after a word in lower case, a possessive or the
/// sentence's first word ("the Salvation Army" is a charity, no army).
fn capitalised_common_noun(toks: &[Tok], i: usize) -> bool {
    capitalised_common_nouns().contains(&toks[i].low())
        && (i == 0
            || !toks[i - 1].is_capitalized()
            || toks[i - 1].text.ends_with("'s")
            || toks[i - 1].text.ends_with("\u{2019}s")
            || toks[..i - 1].iter().all(|t| t.kind == Kind::Punct))
}

word_set!(
    /// Units named after a person and written with a capital ("Celsius").
    capitalised_units,
    "en/capitalised_units.txt",
);

/// Rule `capitalised_unit_is_no_name`: "49.9 degrees Celsius": a unit named after a person
/// keeps his capital, and names its topic as any unit word does.
fn capitalised_unit(toks: &[Tok], i: usize) -> bool {
    capitalised_units().contains(&toks[i].low())
}

word_set!(
    /// Dwelling nouns that name one dwelling after a determiner of one ("home", "house").
    owned_things,
    "en/owned_things.txt",
);

word_set!(
    /// Determiners of one thing or one person's ("a", "the", "his").
    one_dwelling_determiners,
    "en/one_dwelling_determiners.txt",
);

/// Rule `one_dwelling`: a singular dwelling noun after a determiner of one ("a house 70 miles
/// away", "his east London home", "her second home") is one dwelling, not the topic (housing
/// is about homes and houses): the determiner at most three words before it, no preposition
/// or verb between. As a modifier of the noun after it ("house prices", "the home sales
/// figures") it still names housing.
fn one_dwelling(toks: &[Tok], i: usize) -> bool {
    if !owned_things().contains(&toks[i].low()) {
        return false;
    }
    let modifier = toks.get(i + 1).is_some_and(|n| {
        let w = n.low();
        n.kind == Kind::Word && !is_stopword(&w) && !prepositions().contains(&w)
    });
    if modifier {
        return false;
    }
    for k in (i.saturating_sub(4)..i).rev() {
        let t = &toks[k];
        if t.kind != Kind::Word {
            return false;
        }
        let w = t.low();
        if one_dwelling_determiners().contains(&w) {
            // Rule `without_a_home`: "growing up without a home of their own" is
            // homelessness, the topic, not one dwelling.
            return !(k > 0 && toks[k - 1].is("without"));
        }
        if prepositions().contains(&w) || is_verb(&w, Lang::En) {
            return false;
        }
    }
    false
}

word_set!(
    /// Nouns that "home" qualifies with no dwelling in it ("home games", "home division").
    home_compounds,
    "en/home_compounds.txt",
);

/// Rule `home_of_another_thing`: "home" before a noun of sport, trade or government ("41
/// home games", "its clothing and home division", "the home secretary") or before "to" ("32
/// towns, home to 400,000 people") names no dwelling.
fn home_of_another_thing(toks: &[Tok], i: usize) -> bool {
    toks[i].is("home")
        && (toks
            .get(i + 1)
            .is_some_and(|n| n.is("to") || home_compounds().contains(&n.low()))
            || working_from_home(toks, i))
}

word_set!(
    /// Verbs of work done from home ("work", "working"): rule `working_from_home_is_no_dwelling`.
    home_working_verbs,
    "en/home_working_verbs.txt",
);

/// Rule `working_from_home_is_no_dwelling`: "sacked for asking to work from home two days a
/// week": the home a job is done from is a way of working, no dwelling.
fn working_from_home(toks: &[Tok], i: usize) -> bool {
    i >= 2 && toks[i - 1].is("from") && home_working_verbs().contains(&toks[i - 2].low())
}

word_set!(
    /// Nouns of a drug that may be a medicine ("drug", "drugs"): rule
    /// `medicine_drug_is_health`.
    drug_nouns,
    "en/drug_nouns.txt",
);

word_set!(
    /// Words that make a drug a medicine ("patients", "prescription", "generic"): rule
    /// `medicine_drug_is_health`.
    medicine_contexts,
    "en/medicine_contexts.txt",
);

/// Rule `medicine_drug_is_health`: "the weight-loss drug Wegovy costs about $16,000", "Each
/// patient will get the drug": a drug with a word of medicine in its sentence (within
/// [`HOMONYM_CONTEXT_REACH`]) is a medicine, and names health as "medicines" does, not the
/// drugs trade.
fn medicine_drug(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !matches!(t.text.as_bytes().first(), Some(b'd' | b'D')) || !drug_nouns().contains(&t.low()) {
        return false;
    }
    let (lo, hi) = (
        i.saturating_sub(HOMONYM_CONTEXT_REACH),
        toks.len().min(i + HOMONYM_CONTEXT_REACH + 1),
    );
    (lo..hi).any(|k| {
        k != i && toks[k].kind == Kind::Word && medicine_contexts().contains(&toks[k].low())
    })
}

word_set!(
    /// Nouns of a roof over one's head that "sin" makes homelessness ("personas sin hogar",
    /// "sin techo"): rule `without_a_roof_is_housing`.
    roof_nouns,
    "es/roof_nouns.txt",
);

/// Rule `without_a_roof_is_housing`: "771.000 personas sin hogar", "los sin techo": a roof
/// noun after "sin" is homelessness, and names housing as "vivienda" does ("hogar" alone is
/// a household: "la factura de luz de un hogar medio").
fn without_a_roof(toks: &[Tok], i: usize) -> bool {
    i > 0 && toks[i - 1].is("sin") && roof_nouns().contains(&toks[i].low())
}

word_set!(
    /// Letters that name a road when glued to digits after "the" ("the M25", "the I-95").
    road_letters,
    "en/road_letters.txt",
);

/// Rule `road_number`: a letter glued to digits after "the" ("the M25", "the I-95") is a
/// road's number, and names transport as "motorway" would.
fn road_number(toks: &[Tok], i: usize) -> bool {
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    let digits = |k: usize| glued(k) && toks[k].kind == Kind::Num;
    i > 0
        && toks[i - 1].is("the")
        && toks[i].text.len() == 1
        && toks[i].text.chars().all(char::is_uppercase)
        && road_letters().contains(&toks[i].low())
        && (digits(i + 1) || (glued(i + 1) && toks[i + 1].text == "-" && digits(i + 2)))
}

word_set!(
    /// Nouns that end a benefit's name ("payment", "credit").
    benefit_heads,
    "en/benefit_heads.txt",
);

word_set!(
    /// Names of state benefits ("winter fuel payment"), two or three words.
    benefit_names,
    "en/benefit_names.phrases",
);

/// Words of a benefit's name looked at either side of a word (its names have at most three).
const BENEFIT_NAME_WORDS: usize = 3;

/// Rule `benefit_name_is_budget`: "About 10 million pensioners lost their winter fuel
/// payment of up to £300": a benefit's name (`en/benefit_names.phrases`) names a benefit,
/// whatever its first words say it pays for: its head ("payment") reads as "benefits" (a
/// budget term) and the words before it name no topic (no energy). The token range of the
/// name holding word token `i`, if any.
fn benefit_name(toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let word = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Word);
    // The head ends the name, within BENEFIT_NAME_WORDS - 1 words after `i`.
    let head = (i..toks.len().min(i + BENEFIT_NAME_WORDS))
        .take_while(|&k| word(k))
        .find(|&k| benefit_heads().contains(&toks[k].low()))?;
    let mut buf = String::new();
    (2..=BENEFIT_NAME_WORDS).find_map(|n| {
        let start = (head + 1).checked_sub(n)?;
        if start > i || !(start..=head).all(word) {
            return None;
        }
        buf.clear();
        for (n, t) in toks[start..=head].iter().enumerate() {
            if n > 0 {
                buf.push(' ');
            }
            buf.push_str(&t.low());
        }
        benefit_names().contains(&buf).then_some((start, head))
    })
}

/// Rule `benefit_s_recipients`: "the R370 relief grant for the unemployed was extended at a
/// cost of R35 billion": the people a benefit's name is for ("for the unemployed", "for
/// carers") are who receive it, no topic of its figures (no employment). True when word
/// token `i` follows "for" (and "the") right after a benefit's name.
fn recipients_of_a_benefit(toks: &[Tok], i: usize) -> bool {
    let head = match i.checked_sub(1).map(|k| &toks[k]) {
        Some(t) if t.is("the") && i >= 3 && toks[i - 2].is("for") => i - 3,
        Some(t) if t.is("for") && i >= 2 => i - 2,
        _ => return false,
    };
    crate::text::with_lower(toks[head].text, |l| benefit_heads().contains(l))
        && benefit_name(toks, head).is_some_and(|(_, h)| h == head)
}

word_set!(
    /// Spanish vehicles that are a place after "en un"/"en una" ("en un camión").
    place_vehicles,
    "es/place_vehicles.txt",
);

/// Rule `one_vehicle_is_a_place`: "decomisó 2,3 toneladas de cocaína en un camión": one
/// vehicle where something was found or carried is the place of the act, not a transport
/// topic (as one home is no housing: rule `one_dwelling`).
fn vehicle_as_place(toks: &[Tok], i: usize) -> bool {
    i >= 2
        && place_vehicles().contains(&toks[i].low())
        && (toks[i - 1].is("un") || toks[i - 1].is("una"))
        && toks[i - 2].is("en")
}

word_set!(
    /// Words before a topic term that say its act did not happen ("attempted").
    unfulfilled_markers,
    "en/unfulfilled_markers.txt",
);

/// Rule `attempt_is_no_casualty`: "two counts of attempted murder", "she had tried to kill
/// another 10 babies": the word after a marker of an act that did not happen (or after the
/// marker's "to") names no topic of its own (no one died).
fn unfulfilled(toks: &[Tok], i: usize) -> bool {
    let marker =
        |k: usize| toks[k].kind == Kind::Word && unfulfilled_markers().contains(&toks[k].low());
    i > 0 && marker(i - 1) && !tried_out(toks, i) || i > 1 && toks[i - 1].is("to") && marker(i - 2)
}

word_set!(
    /// Verbs of trying out that a gerund after them says was done ("had tried vaping"):
    /// rule `tried_gerund_was_done`.
    trying_out_verbs,
    "en/trying_out_verbs.txt",
);

/// Rule `tried_gerund_was_done`: "1 in 5 children had tried vaping": a gerund after "tried"
/// (not "tried to") is what was tried out, and so done; "attempted kidnapping" was not.
fn tried_out(toks: &[Tok], i: usize) -> bool {
    toks[i].low().ends_with("ing") && trying_out_verbs().contains(&toks[i - 1].low())
}

/// Words of a noun phrase before its head that rule `noun_counted_by_an_earlier_figure`
/// passes back over to the figure ("400,000 health workers").
const COUNTED_PHRASE_REACH: usize = 2;

/// Rule `noun_counted_by_an_earlier_figure`: the noun phrase right after the digits of a
/// figure before this one is what that figure counts, not this one's topic ("Tenemos 4.000
/// policías para 5,8 millones de habitantes": the inhabitants are no security figure;
/// "400,000 health workers will go door to door to vaccinate 45 million children": the
/// children are no employment figure; but "Half of the 2,400 teachers" counts teachers,
/// after it). The phrase is its head and at most [`COUNTED_PHRASE_REACH`] words before it,
/// none of them a verb or a function word. The caller asks it (a `figure_start` above 0) only
/// for a figure that counts a noun of its own.
fn counted_by_an_earlier_figure(toks: &[Tok], i: usize, figure_start: usize) -> bool {
    if i == 0 || i >= figure_start {
        return false;
    }
    let noun = |k: usize| {
        let w = toks[k].low();
        toks[k].kind == Kind::Word && !is_stopword(&w) && !is_verb(&w, Lang::En)
    };
    let mut k = i - 1;
    for _ in 0..=COUNTED_PHRASE_REACH {
        if toks[k].kind == Kind::Num {
            return k + 1 == i || noun(i);
        }
        if k == 0 || !noun(k) {
            return false;
        }
        k -= 1;
    }
    false
}

/// Rule `relative_clause_is_its_noun_s`: a clause set off by a comma and a relative pronoun
/// (", which employs 330,000 people,", ", who died aged 24,") describes the noun before it,
/// not a figure outside it ("The supermarket, which employs 330,000 people, added that it
/// had sold 1.2 million puddings": the puddings are no employment figure). True when word
/// token `i` is in such a clause and token `figure` is not.
pub fn in_other_relative(toks: &[Tok], i: usize, figure: usize) -> bool {
    let Some(open) = (0..i).rev().find(|&k| toks[k].text == ",") else {
        return false;
    };
    let relative = toks
        .get(open + 1)
        .is_some_and(|t| t.kind == Kind::Word && super::relative_openers().contains(&t.low()));
    if !relative {
        return false;
    }
    let close = (i..toks.len())
        .find(|&k| toks[k].text == "," || toks[k].text == ";")
        .unwrap_or(toks.len());
    !(open..close).contains(&figure)
}

word_set!(
    /// Measures of an economy that a share is taken of ("2.5% of GDP").
    share_base_measures,
    "en/share_base_measures.txt",
);

/// Rule `share_base_is_its_share_s`: "will raise defence spending to 2.5% of GDP by 2027,
/// adding £13.4bn a year": the measure a percentage is a share of ("of GDP") names a topic
/// for that percentage only, not for the other figures of its clause. True when word token
/// `i` is such a measure after "of" and a percentage that is not the figure at token
/// `figure`.
fn base_of_another_share(toks: &[Tok], i: usize, figure: usize) -> bool {
    if i < 3 || !toks[i - 1].is("of") || !share_base_measures().contains(&toks[i].low()) {
        return false;
    }
    // Back over the percentage's sign or words ("%", "per cent", "percent") to its number.
    let mut k = i - 2;
    while k > 0 && k + 4 > i && matches!(toks[k].low().as_str(), "%" | "per" | "cent" | "percent") {
        k -= 1;
    }
    k + 2 < i && toks[k].kind == Kind::Num && k != figure
}

/// The measure a figure ending at token `end` is a share of ("2.5% of GDP": "GDP").
pub fn share_base<'a>(toks: &[Tok<'a>], end: usize) -> Option<&'a str> {
    let base = toks.get(end + 1)?;
    (toks[end].is("of") && share_base_measures().contains(&base.low())).then_some(base.text)
}

/// The words of tokens `[start, end)` that may name a topic for the figure starting at
/// token `figure_start`: proper names left out unless the sentence is in title case (or
/// their first word names an event's kind), and nouns an earlier figure counts.
pub fn topic_words<'a, 't>(
    toks: &'t [Tok<'a>],
    span: (usize, usize),
    figure_start: usize,
    title: bool,
) -> impl Iterator<Item = ClauseWord<'a, 't>> + 't {
    topic_words_in(toks, span, span, figure_start, title)
}

/// The `words` judged as well by whether they stand outside any relative clause that does
/// not hold token `figure` (rule `relative_clause_is_its_noun_s`).
pub fn outside_relatives<'a: 't, 't>(
    figure: usize,
    words: impl Iterator<Item = ClauseWord<'a, 't>> + 't,
) -> impl Iterator<Item = ClauseWord<'a, 't>> + 't {
    words.map(move |w| ClauseWord {
        relative_figure: Some(figure),
        ..w
    })
}

/// The topic words of tokens `[start, end)` for the figure starting at token `figure_start`
/// (see [`topic_words`]), homonyms judged by the words of `context` (a borrowed subject is
/// judged with the clause that borrows it: "The strike … and cost £30m").
pub fn topic_words_in<'a, 't>(
    toks: &'t [Tok<'a>],
    (start, end): (usize, usize),
    context: (usize, usize),
    figure_start: usize,
    title: bool,
) -> impl Iterator<Item = ClauseWord<'a, 't>> + 't {
    (start..end)
        .filter(move |&i| toks[i].kind == Kind::Word)
        .map(move |i| ClauseWord {
            toks,
            i,
            span: (start, end),
            context,
            figure_start,
            title,
            relative_figure: None,
        })
}

/// A word of a clause offered as a topic word: [`ClauseWord::admitted`] judges it where it
/// stands (the lexicon asks only of words that name a topic: see
/// [`crate::extract::topics::TopicWord`]).
pub struct ClauseWord<'a, 't> {
    toks: &'t [Tok<'a>],
    i: usize,
    span: (usize, usize),
    context: (usize, usize),
    figure_start: usize,
    title: bool,
    /// The figure whose relative clause alone may name its topics, if that is judged.
    relative_figure: Option<usize>,
}

impl<'a> ClauseWord<'a, '_> {
    /// The word's token index.
    pub fn index(&self) -> usize {
        self.i
    }

    /// The word to look up: a road's letter before its number reads "motorway".
    pub fn word(&self) -> &'a str {
        let t = &self.toks[self.i];
        if road_number(self.toks, self.i) {
            "motorway"
        } else if topic_senses::named_work_kind(self.toks, self.i) {
            // Every kind of `en/named_work_kinds.txt` is a work of transport.
            "transport"
        } else if without_a_roof(self.toks, self.i) {
            "vivienda"
        } else if medicine_drug(self.toks, self.i) {
            "medicines"
        } else if benefit_heads().may_contain_ascii(t.text.as_bytes())
            && crate::text::with_lower(t.text, |l| benefit_heads().contains(l))
            && benefit_name(self.toks, self.i).is_some_and(|(_, head)| head == self.i)
        {
            "benefits"
        } else {
            t.text
        }
    }

    /// Whether the word may name a topic where it stands: no proper name (unless the
    /// sentence is in title case or the name's first word names an event's kind), no noun an
    /// earlier figure counts, no homonym without its context, no act that did not happen, no
    /// single dwelling.
    pub fn admitted(&self) -> bool {
        let (toks, i) = (self.toks, self.i);
        !counted_by_an_earlier_figure(toks, i, self.figure_start)
            && (self.title
                || !in_name(toks, i)
                || event_kind(toks, i)
                || capitalised_unit(toks, i)
                || capitalised_common_noun(toks, i)
                || topic_senses::named_work_kind(toks, i)
                || benefit_name(toks, i).is_some_and(|(_, head)| head == i))
            && (!homonym_out_of_context(toks, i, self.span)
                || !homonym_out_of_context(toks, i, self.context)
                || topic_senses::tax_rate_at(toks, i).is_some_and(|n| {
                    // Its own rate's figure (a currency sign may open the figure).
                    self.relative_figure.is_none_or(|f| n == f || n == f + 1)
                }))
            && !unfulfilled(toks, i)
            && !one_dwelling(toks, i)
            && !home_of_another_thing(toks, i)
            && !topic_senses::home_as_a_place_adverb(toks, i)
            && !topic_senses::chamber_of_parliament(toks, i)
            && !topic_senses::pay_as_a_verb(toks, i)
            && !topic_senses::hospital_as_a_destination(toks, i)
            && !topic_senses::pandemic_as_a_time(toks, i)
            && !topic_senses::speaking_body_s_domain(toks, i)
            && !vehicle_as_place(toks, i)
            && benefit_name(toks, i).is_none_or(|(_, head)| head == i)
            && !recipients_of_a_benefit(toks, i)
            && self.relative_figure.is_none_or(|figure| {
                !in_other_relative(toks, i, figure) && !base_of_another_share(toks, i, figure)
            })
    }

    /// The word, when it is admitted (what tests compare).
    pub fn admitted_word(&self) -> Option<&'a str> {
        self.admitted().then(|| self.word())
    }
}

impl<'a> crate::extract::topics::TopicWord<'a> for ClauseWord<'a, '_> {
    fn word(&self) -> &'a str {
        ClauseWord::word(self)
    }
    fn admitted(&self) -> bool {
        ClauseWord::admitted(self)
    }
}

#[cfg(test)]
mod homonym_line_tests;
