//! The topics a figure takes from its own clause ([`Extractor::own_clause_topics`]) and as an
//! item of a list ([`Extractor::list_item_topics`]), read by `clause_topics` in that order.

use super::super::quantity::Quantity;
use super::super::{clause, subject, tokens, Extractor};
use super::Figures;

impl Extractor {
    /// The topics of the words of the figure's own clause (`span`): from the start of a
    /// coordinated clause that names one, outside relative clauses, with a fronted event, a
    /// level's change and a subject borrowed from the clause before.
    pub(super) fn own_clause_topics(
        &self,
        f: &mut Figures,
        q: &Quantity,
        span: (usize, usize),
        own_counted: bool,
    ) {
        let lang = f.s.lang;
        let noun_at = |k: usize| content_word_at(f.toks, k);
        let figure_start = if own_counted { q.start } else { 0 };
        let later = if q.unit.is_none() {
            clause::coordinated_count(f.toks, q.end, span.1, noun_at)
        } else {
            None
        };
        let later = later.unwrap_or(0..0);
        // Rule `coordinated_clause_keeps_its_own_topics`: "Hosepipe bans now cover 2.7
        // million homes, and reservoirs there hold 59% of their capacity": a clause joined by
        // ", and" that the clause reader read on from the sentence's start (rule
        // `appositive_head`) keeps to its own words when they name a topic; one that names
        // none ("…, and the No side won by a margin of 20 points") still reads the start.
        let words_from = clause::coordinated_clause_start(f.toks, span, q.start)
            .filter(|&k| {
                let mut own = Vec::new();
                self.lexicon.topic_ids(
                    clause::topic_words(f.toks, (k, span.1), figure_start, f.title),
                    lang,
                    &mut own,
                );
                !own.is_empty()
            })
            .unwrap_or(span.0);
        self.lexicon.topic_ids(
            clause::outside_relatives(
                q.start,
                clause::topic_words(f.toks, (words_from, span.1), figure_start, f.title)
                    .filter(|w| !later.contains(&w.index())),
            ),
            lang,
            &mut f.topic_ids,
        );
        // Rule `fronted_event_sets_the_scene` (`clause::fronted_event`).
        if let Some(k) = clause::fronted_event(f.toks, span.0) {
            self.lexicon.topic_ids(
                clause::topic_words(f.toks, (k, k + 1), 0, f.title),
                lang,
                &mut f.topic_ids,
            );
        }
        // Rule `fronted_scene_sets_the_scene` (`clause::fronted_scene`), for a clause that
        // names no topic of its own.
        if f.topic_ids.is_empty() {
            if let Some(scene) = clause::fronted_scene(f.toks, span.0, lang) {
                self.lexicon.topic_ids(
                    clause::topic_words(f.toks, scene, 0, f.title),
                    lang,
                    &mut f.topic_ids,
                );
            }
        }
        // Rule `level_takes_its_change_s_topics`: "El salario mínimo subirá 9,5%, hasta
        // 1.423.500 pesos": a level reached after a change is about what changed.
        if f.topic_ids.is_empty() {
            if let Some(v) = subject::change_before_level(f.toks, q, lang) {
                let verb_span = clause::span(f.toks, v, v + 1, lang);
                self.lexicon.topic_ids(
                    clause::topic_words(f.toks, verb_span, 0, f.title),
                    lang,
                    &mut f.topic_ids,
                );
            }
        }
        // Rule `participle_clause_reads_its_main_clause` (`clause::participle_main_clause`);
        // the main clause's subject only when the figure's clause names a topic of its own.
        let own_topics = !f.topic_ids.is_empty();
        if let Some(main) = clause::participle_main_clause(f.toks, span, lang, own_topics) {
            self.lexicon.topic_ids(
                clause::topic_words(f.toks, main, 0, f.title),
                lang,
                &mut f.topic_ids,
            );
        }
        if let Some(borrowed) = clause::borrowed_subject(f.toks, span, lang) {
            self.lexicon.topic_ids(
                clause::outside_relatives(
                    q.start,
                    clause::topic_words_in(
                        f.toks,
                        borrowed,
                        (borrowed.0, span.1),
                        figure_start,
                        f.title,
                    ),
                ),
                lang,
                &mut f.topic_ids,
            );
        }
    }

    /// A figure's topics as an item of a list: when its own clause named none, those of the
    /// list's earlier item (unless the figure counts a noun of its own, or stands in another
    /// relative clause); after a colon, its subject's; and what it lends to the items after it.
    pub(super) fn list_item_topics(
        &self,
        f: &mut Figures,
        q: &Quantity,
        subj: &subject::Subject,
        span: (usize, usize),
        (shared_head, own_counted): (bool, bool),
        is_claim: bool,
    ) {
        let lang = f.s.lang;
        let own_object = subject::elliptic(&subj.phrase) && !shared_head;
        // Rule `list_item_with_its_own_clause`: "600 posts would go and 25 libraries would
        // close": an item that counts a noun other than the one before it, as the subject of
        // its own verb (an auxiliary within three words), is a clause of its own, no item.
        let own_verb = (q.end..(q.end + 3).min(f.toks.len())).any(|k| {
            f.toks[k].kind == tokens::Kind::Word
                && subject::words::auxiliaries().contains(&f.toks[k].low())
        });
        let own_noun = (own_verb || own_counted || complement_of_its_own_subject(f.toks, q, span))
            && !subject::elliptic(&subj.phrase)
            && subject::head(&subj.phrase).is_some_and(|h| {
                // The claim's own head was remembered last (`share_head`): the one before.
                f.heads
                    .iter()
                    .rev()
                    .filter(|(u, _)| *u == q.unit)
                    .nth(usize::from(f.pushed_head))
                    .is_some_and(|(_, p)| *p != h)
            });
        self.list_frame(f, q, span, is_claim);
        // Rule `colon_figure_takes_its_subject_s_topics`: "El precio del alquiler marcó un
        // máximo: 13,4 euros por metro cuadrado": the clause before the colon names what the
        // figure is about.
        let after_colon = q.start > 0 && f.toks[q.start - 1].text == ":";
        if f.topic_ids.is_empty() && after_colon {
            let words: Vec<&str> = subj
                .phrase
                .split_whitespace()
                .filter(|w| !w.starts_with(char::is_uppercase))
                .collect();
            self.lexicon
                .topic_ids(words.into_iter(), lang, &mut f.topic_ids);
        }
        // Rule `relative_figure_heads_no_list`: "The supermarket, which employs 330,000
        // people, added that it had sold 1.2 million puddings": a figure in a relative clause
        // describes its noun, and lends no topics to a figure outside that clause.
        if f.topic_ids.is_empty() && !own_object && !own_noun {
            let earlier = f.list_topics.iter().rev().find(|(u, _, at)| {
                *u == q.unit && !clause::in_other_relative(f.toks, *at, q.start)
            });
            if let Some((_, t, _)) = earlier {
                f.topic_ids.clone_from(t);
            }
        }
        if is_claim {
            // Rule `share_base_is_its_share_s`: "2.5% of GDP" lends no economy to the
            // figures after it ("…, adding £13.4bn a year").
            let lent = self.topics_lent(f, q);
            f.list_topics.push((q.unit.clone(), lent, q.start));
        }
    }
}

crate::word_set!(
    /// Forms of "be" that link a subject to the figure completing it.
    complement_copulas,
    "en/complement_copulas.txt",
);

crate::word_set!(
    /// Hedges between such a form of "be" and its figure ("just", "only").
    complement_hedges,
    "en/complement_hedges.txt",
);

/// A word that is no function word at token `k`.
pub(super) fn content_word_at(toks: &[tokens::Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| t.kind == tokens::Kind::Word && !subject::words::is_stopword(&t.low()))
}

/// Rule `counted_noun_of_its_own`: "4.000 policías para 5,8 millones de habitantes":
/// a figure right before a noun of its own (or its link and the noun), after another
/// figure of its own clause, takes no topic from the noun that figure counts, and
/// (when its noun is another) is no item of a list either. "1,000 flights were
/// delayed by two hours" counts no noun of its own: the flights are its subject; and
/// "destroyed 1,200 homes and forced 8,000 residents to flee" is two clauses.
pub(super) fn counts_a_noun_of_its_own(
    toks: &[tokens::Tok],
    q: &Quantity,
    span: (usize, usize),
) -> bool {
    let noun_at = |k: usize| content_word_at(toks, k);
    let after_a_figure = (span.0..q.start).any(|k| toks[k].kind == tokens::Kind::Num);
    let linked = toks
        .get(q.end)
        .is_some_and(|t| subject::words::noun_links().contains(&t.low()));
    // Only a count counts a noun: a measure ("the 10-day closure") is of the event or
    // thing its clause names, whatever other figures count there.
    q.unit.is_none() && after_a_figure && (noun_at(q.end) || linked && noun_at(q.end + 1))
}

/// Rule `complement_of_its_own_subject`: "…, and the number of Irish speakers who use the
/// language daily was just 71,968": a figure right after a form of "be" (a hedge or two
/// between), with a word of its clause before that verb, completes its own clause's subject;
/// it is a clause of its own, no list item (when its noun is another, see `own_noun`).
fn complement_of_its_own_subject(toks: &[tokens::Tok], q: &Quantity, span: (usize, usize)) -> bool {
    let mut k = q.start;
    while k > span.0 && q.start - k < 3 && complement_hedges().contains(&toks[k - 1].low()) {
        k -= 1;
    }
    k > span.0 + 1
        && toks[k - 1].kind == tokens::Kind::Word
        && complement_copulas().contains(&toks[k - 1].low())
        && toks[k - 2].kind == tokens::Kind::Word
}
