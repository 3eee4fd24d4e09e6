//! Tests of English attribution rules added in the grammar7 round (the older ones are in
//! `super::tests`).

use super::*;
use crate::extract::tokens::tokenize;

fn speaker(sentence: &str) -> Option<String> {
    attribution(sentence, &tokenize(sentence))
}

#[test]
fn an_acronym_is_no_number_word() {
    // Rule `acronym_is_no_number`: "UN" is no Spanish "un".
    assert_eq!(
        speaker("The UN says 12.4 million Sudanese have fled.").as_deref(),
        Some("The UN")
    );
    // A figure that counts the speakers still leaves them out.
    assert_eq!(
        speaker("Half of the hospitals reported 3 cases.").as_deref(),
        None
    );
}

#[test]
fn bare_sources_and_an_analysis_speak() {
    // Rule `bare_sources_speak`: "sources" marks an anonymous source with no "familiar with".
    assert_eq!(
        speaker("Sales rose 9%, two sources told Reuters.").as_deref(),
        Some("two sources")
    );
    // Rule `poll_sample_in_source`, with "analysis" a poll noun.
    assert_eq!(
        speaker("Walkers had a 47% lower risk, an analysis of 160,000 adults found.").as_deref(),
        Some("an analysis of 160,000 adults")
    );
}

#[test]
fn those_who_expect_a_figure_speak_for_it() {
    assert_eq!(
        speaker("Ministers expect prices to fall 3% next year.").as_deref(),
        Some("Ministers")
    );
}

#[test]
fn a_name_opening_the_sentence_with_its_role_is_named() {
    // Rule `opening_name_with_its_role`.
    let s = "Ahmed Khan, the charity's director, visited the camp last week.";
    assert_eq!(named_person(s, &tokenize(s)).as_deref(), Some("Ahmed Khan"));
    let s = "Heavy Rain fell on the camp.";
    assert_eq!(named_person(s, &tokenize(s)), None);
}

#[test]
fn data_published_by_a_body_are_its() {
    // Rule `published_by_names_the_source`.
    assert_eq!(
        speaker("It was 83% effective, according to data published on Thursday by the UKHSA.")
            .as_deref(),
        Some("the UKHSA")
    );
    // "suggest" reports as "show" does.
    assert_eq!(
        speaker("One in five adults has diabetes, figures from NHS England suggest.").as_deref(),
        Some("figures from NHS England")
    );
}

#[test]
fn pronoun_speaker_opens_its_sentence() {
    let s = "Ryan Holliday, 40, who had travelled from Galveston, was hurt because, he said, it failed.";
    assert_eq!(
        opening_person(&tokenize(s)).as_deref(),
        Some("Ryan Holliday")
    );
    // No age in commas after the name: not this rule's.
    let s = "Ryan Holliday, who had travelled from Galveston, said 40 people came.";
    assert_eq!(opening_person(&tokenize(s)), None);
    // Through the extractor: the figure is Holliday's, not the last speaker's.
    let text = "“I saw him in Sioux Center,” said Tammy Growth, a pastor. Ryan Holliday, 40, \
                who had travelled from Galveston, was hurt because, he said, the campaign \
                spent only 3 days in Texas.";
    let ex = crate::extract::Extractor::default().extract_text(text);
    let days = ex
        .claims
        .iter()
        .find(|c| c.value == 3.0)
        .expect("the 3 days");
    assert_eq!(days.attribution.as_deref(), Some("Ryan Holliday"));
}

#[test]
fn subordinate_speech_speaks_for_what_follows() {
    let s = "Shares rose 9% after the carmaker said it would cut 1,700 jobs.";
    let found = subordinate_speech(s, &tokenize(s)).map(|(p, _)| p);
    assert_eq!(found.as_deref(), Some("the carmaker"));
    // No clause reported: the event that moved the shares.
    let s = "Shares fell 6% after the company reported a 45% drop in profit.";
    assert_eq!(subordinate_speech(s, &tokenize(s)), None);
}

#[test]
fn it_speaks_for_the_subject() {
    let s = "The fashion house, which employs 9,000 people, expects revenue of £2.4bn, it said.";
    let toks = tokenize(s);
    assert!(it_speaks(&toks).is_some());
    assert_eq!(
        opening_subject(s, &toks).as_deref(),
        Some("The fashion house")
    );
    let s = "Its load factor was 96%, it said.";
    assert_eq!(it_speaks(&tokenize(s)).map(|(_, and)| and), Some(false));
    assert_eq!(opening_subject(s, &tokenize(s)), None);
    let s = "Ryanair carried 19.6 million passengers in July.";
    assert_eq!(opening_subject(s, &tokenize(s)).as_deref(), Some("Ryanair"));
    assert!(it_speaks(&tokenize("He said it would cost £2m.")).is_none());
    // After "and", only what follows the verb; the possessor of the subject speaks.
    let s = "Margin at the carmaker's core division slipped, and it now expects €320bn.";
    assert_eq!(it_speaks(&tokenize(s)).map(|(_, and)| and), Some(true));
    assert_eq!(
        opening_subject(s, &tokenize(s)).as_deref(),
        Some("the carmaker")
    );
    let s = "Within the past six months, the shares rose 40%, and it now expects 500 hires.";
    assert_eq!(opening_subject(s, &tokenize(s)), None);
}

#[test]
fn year_in_speaker() {
    let a = crate::extract::testing::attributions(
        "One in six people in Ireland was born abroad, the 2022 census found.",
    );
    assert_eq!(a[0].as_deref(), Some("the 2022 census"));
}

#[test]
fn name_in_ly_is_no_adverb() {
    assert_eq!(
        speaker("\"That is one in three,\" said its chief executive, Shaun McNally.").as_deref(),
        Some("its chief executive, Shaun McNally")
    );
    // A lower-case adverb at the edge still goes.
    assert_eq!(
        speaker("Sales rose 9%, the president recently said.").as_deref(),
        Some("the president")
    );
}

#[test]
fn hyphenated_speaker_name() {
    assert_eq!(
        speaker("Lagos will build 1,200 classrooms, its education commissioner, Jamiu Alli-Balogun, said.").as_deref(),
        Some("Jamiu Alli-Balogun")
    );
}

#[test]
fn modified_speech_word_is_a_noun() {
    assert_eq!(
        speaker("Asylum claims in the UK reached 108,138, Home Office figures showed.").as_deref(),
        Some("Home Office figures")
    );
    assert_eq!(
        speaker("Asylum claims in the UK reached 108,138.").as_deref(),
        None
    );
}

#[test]
fn ampersand_inside_a_name() {
    // Rule `ampersand_joins_a_name`: "Marks & Spencer reported".
    assert_eq!(
        speaker("Marks & Spencer reported a 39% jump in profit.").as_deref(),
        Some("Marks & Spencer")
    );
}

#[test]
fn published_in_names_the_journal() {
    assert_eq!(
        speaker("The NIH cut 1,200 jobs, according to a study published in JAMA.").as_deref(),
        Some("JAMA")
    );
}

#[test]
fn known_as_is_an_appositive() {
    assert_eq!(
        speaker("The company, known as NNPC, said it was owed ₦2.8 trillion.").as_deref(),
        Some("The company")
    );
}

#[test]
fn ruling_speaks_for_its_clause() {
    // Rule `ruling_speaks_for_its_clause`: a verb of ruling at the end of its clause or
    // before "that"/"que" reports; with an object it acts.
    assert_eq!(
        speaker("Apple must pay Ireland €13bn in back taxes, the EU's top court ruled.").as_deref(),
        Some("the EU's top court")
    );
    assert_eq!(
        speaker("La Comisión de la Verdad concluyó que 450.664 personas murieron.").as_deref(),
        Some("La Comisión de la Verdad")
    );
    assert_eq!(
        speaker("Putin has ruled Russia for 25 years.").as_deref(),
        None
    );
}

#[test]
fn discovery_is_no_source() {
    // Rule `discovery_is_no_source`: a count found is discovered, a share found is reported.
    assert_eq!(
        speaker("Astronomers have found 62 new moons orbiting Saturn.").as_deref(),
        None
    );
    assert_eq!(
        speaker("Police found about 11 bodies in a house.").as_deref(),
        None
    );
    assert_eq!(
        speaker("The survey found 48% trusted the police.").as_deref(),
        Some("The survey")
    );
    assert_eq!(
        speaker("The inquiry found 29 patients had died.").as_deref(),
        Some("The inquiry")
    );
}

#[test]
fn finder_before_that_may_be_long() {
    // Rule `finder_before_that_may_be_long`: the subject before a reported "that" speaks
    // past nine tokens.
    assert_eq!(
        speaker("A survey of 3,000 early-career researchers in Germany found that 82% were on fixed-term contracts.")
            .as_deref(),
        Some("A survey of 3,000 early-career researchers in Germany")
    );
    // And so may one set off by a comma whose verb closes the sentence.
    assert_eq!(
        speaker("Nearly 70% of prisoners are awaiting trial, a report by the National Council on the Administration of Justice found.")
            .as_deref(),
        Some("a report by the National Council on the Administration of Justice")
    );
    let a = crate::extract::testing::attributions(
        "The army is short of 1,600 personnel, and the navy can crew only two of its eight ships, a report by the Commission on the Defence Forces found.",
    );
    assert_eq!(
        a[0].as_deref(),
        Some("a report by the Commission on the Defence Forces")
    );
}

#[test]
fn domain_dot_continues_the_name() {
    assert_eq!(
        speaker("Rents rose 3%, according to the listings site Zoopla.co.uk.").as_deref(),
        Some("the listings site Zoopla.co.uk")
    );
    assert_eq!(
        speaker("Rents rose 3%, according to the portal 99.co.").as_deref(),
        Some("the portal 99.co")
    );
    // Near miss: a dot that ends the sentence ends the name.
    assert_eq!(
        speaker("Rents rose 3%, according to Zoopla. Co-owners paid more.").as_deref(),
        Some("Zoopla")
    );
}

/// Rule `connective_opens_no_speaker`: a connective adverb that opens the clause before its
/// speaker is no part of who speaks.
#[test]
fn a_connective_before_the_speaker_is_dropped() {
    assert_eq!(
        speaker("Its owners gave no reason, however the register shows 14 ships were sold in May.")
            .as_deref(),
        Some("the register")
    );
    assert_eq!(
        speaker("Prices kept rising; meanwhile the statistics office said 3,000 firms closed.")
            .as_deref(),
        Some("the statistics office")
    );
    // Between the speaker and its verb it changes nothing.
    assert_eq!(
        speaker("The agency however said 40 flights were cancelled.").as_deref(),
        Some("The agency")
    );
}

#[test]
fn closing_speaker_outranks_the_actor() {
    assert_eq!(
        speaker("Divers reported 1,378 finds last year, the British Museum said.").as_deref(),
        Some("the British Museum")
    );
    assert_eq!(
        speaker("Inspectors have found cracks in 300 tunnels, and 30 need work, the agency said, a year after a collapse.").as_deref(),
        Some("the agency")
    );
    assert_eq!(
        speaker("Los buzos reportaron 1.378 hallazgos el año pasado, informó el museo.").as_deref(),
        Some("el museo")
    );
    // Near misses: a reported "that" or no speaker closing the sentence.
    assert_eq!(
        speaker("Divers reported that 1,378 finds were made, the museum said.").as_deref(),
        Some("Divers")
    );
    assert_eq!(
        speaker("Divers reported 1,378 finds last year, a record.").as_deref(),
        Some("Divers")
    );
}
