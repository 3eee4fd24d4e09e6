//! Tests of the generic speakers' rules (`super`).

use super::*;
use crate::extract::testing::attributions;

#[test]
fn holds_capitalised_looks_for_the_noun_with_a_capital() {
    assert!(holds_capitalised(
        "MPs on the Treasury Committee met.",
        "committee"
    ));
    assert!(holds_capitalised("THE COMMITTEE", "committee"));
    assert!(!holds_capitalised(
        "the committee met; a Commit",
        "committee"
    ));
    assert!(!holds_capitalised("", "committee"));
    assert!(holds_capitalised("anything", "éxito"));
}

#[test]
fn noun_opens_its_name() {
    let a = attributions(
        "The Church of England will set up a fund. Attendance at its services averages 573,000, the church said.",
    );
    assert_eq!(a[0].as_deref(), Some("Church of England"));
    // A lower-case noun with a connector after it names nothing.
    let a = attributions("The fund of England grew. Attendance averages 573,000, the church said.");
    assert_eq!(a[0].as_deref(), Some("the church"));
}

#[test]
fn opening_name_past_its_apposition() {
    assert_eq!(
        opening_name(
            "Ryanair, Europe's biggest airline by passengers, carried 19.4 million people."
        )
        .as_deref(),
        Some("Ryanair")
    );
    assert_eq!(
        opening_name("Octopus Energy now supplies 7.5 million households.").as_deref(),
        Some("Octopus Energy")
    );
    // A list of names is no apposition.
    assert_eq!(opening_name("Shares in Tesla, Ford and GM fell 5%."), None);
}

#[test]
fn possessive_noun_names_its_body() {
    let a = attributions(
        "The Disasters Emergency Committee's appeal raised £12m in its first four days, the committee said.",
    );
    assert_eq!(a[0].as_deref(), Some("Disasters Emergency Committee"));
}

#[test]
fn owner_is_not_the_body() {
    let a = attributions(
        "Elon Musk's X lost about 7 million daily users in Europe, the company told the European Commission.",
    );
    assert_eq!(a[0].as_deref(), Some("X"));
    assert_eq!(
        opening_name("Air Canada's 10,400 pilots will get a rise.").as_deref(),
        Some("Air Canada")
    );
}

#[test]
fn any_noun_speaks_for_its_name() {
    let a = attributions(
        "MPs on the Treasury Committee questioned the governor. The committee said 12 lenders had failed.",
    );
    assert_eq!(a[0].as_deref(), Some("Treasury Committee"));
    // A place and a lower-case noun name no body: the description stays.
    let a = attributions(
        "A Delhi court jailed the official. The court said he had amassed 310% of his income.",
    );
    assert_eq!(a[0].as_deref(), Some("The court"));
}

#[test]
fn unknown_kind_is_the_opening_body() {
    let a = attributions(
        "The Hallé has hired 12 new players for its winter season, the orchestra said.",
    );
    assert_eq!(a[0].as_deref(), Some("Hallé"));
    let a = attributions(
        "The Royal Ballet named a new director. The troupe said 2.1 million people saw it last year.",
    );
    assert_eq!(a[0].as_deref(), Some("Royal Ballet"));
    // Near miss: a person opens the text, and further on another body may speak.
    let a = attributions("Maria Gomez conducted 300 concerts, the orchestra said.");
    assert_eq!(a[0].as_deref(), Some("the orchestra"));
    let a = attributions("Norway will spend $2 billion on roads, the government said.");
    assert_eq!(a[0].as_deref(), Some("the government"));
    let a = attributions(
        "The Royal Ballet named a new director. Its shop sold more. Its cafe opened. Visitors rose 12%, the troupe said.",
    );
    assert_eq!(a[0].as_deref(), Some("the troupe"));
}

#[test]
fn company_is_the_nearest_clause_subject() {
    let a = attributions(
        "Travellers were stranded after Ryanair cancelled 400 flights. The carrier said 60,000 passengers were affected.",
    );
    assert_eq!(a[1].as_deref(), Some("Ryanair"));
    // A clause with no figure tells no story of a company.
    let a = attributions(
        "The coach praised his players after Fulham came from behind. The company reported a profit of $76 million.",
    );
    assert_eq!(a[0].as_deref(), Some("The company"));
}

#[test]
fn generic_speaker_is_the_named_body() {
    let a = attributions(
        "IndiGo operates about 2,200 daily flights. The airline said it would add 30 planes.",
    );
    assert_eq!(a[1].as_deref(), Some("IndiGo"));
    let a = attributions(
        "Hackers stole $1.5 billion from the Bybit exchange, the FBI said. The exchange said it had repaid 350,000 customers.",
    );
    assert_eq!(a[1].as_deref(), Some("Bybit exchange"));
    let a = attributions(
        "Shoppers spent A$1.3 billion, according to Roy Morgan. The average shopper spent A$310, the research firm said.",
    );
    assert_eq!(a[1].as_deref(), Some("Roy Morgan"));
    let a = attributions(
        "Faith Kipyegon, 31, broke her record. The Kenyan said she had trained for 10 weeks.",
    );
    assert_eq!(a[1].as_deref(), Some("Faith Kipyegon"));
    // No body named before: the description stays.
    let a = attributions("The flight was delayed by three hours, the airline said.");
    assert_eq!(a[0].as_deref(), Some("the airline"));
}

#[test]
fn generic_speaker_is_the_same_noun() {
    let a = attributions(
        "Fraud cost Indians $2.7 billion, according to the home ministry. The ministry said 1.1 million complaints were filed.",
    );
    assert_eq!(a[1].as_deref(), Some("the home ministry"));
}

#[test]
fn noun_before_its_name() {
    let a = attributions(
        "Top grades rose to 28.3%, exams regulator Ofqual said. In England, 79.5% of students got a place, Ucas said. The regulator said 2,400 more students took further maths.",
    );
    assert_eq!(a[2].as_deref(), Some("Ofqual"));
}

#[test]
fn title_speaks_for_the_named_person() {
    let a = attributions(
        "Migrant numbers will be cut to 185,000, the home affairs minister, Tony Burke, said. The minister added that 12,000 places would go to refugees.",
    );
    assert_eq!(a[1].as_deref(), Some("Tony Burke"));
    // No person named with the title: the description stays.
    let a = attributions("The minister said 12,000 places would go to refugees.");
    assert_eq!(a[0].as_deref(), Some("The minister"));
}

#[test]
fn body_word_is_no_person() {
    let a = attributions(
        "Canada lost 2,800 jobs, Statistics Canada said. Manufacturing shed 19,000 positions, the agency said.",
    );
    assert_eq!(a[1].as_deref(), Some("Statistics Canada"));
    let a = attributions(
        "Exports fell 9.3%, commerce ministry data showed. Gold imports rose to $14.8 billion, the ministry said.",
    );
    assert_eq!(a[1].as_deref(), Some("commerce ministry"));
}

#[test]
fn titled_name_is_a_person() {
    let a = attributions(
        "Canada will admit 395,000 permanent residents, Immigration Minister Marc Miller said. Student permits will be capped at 437,000, the department said.",
    );
    assert_eq!(a[1].as_deref(), Some("the department"));
}

#[test]
fn opening_name_after_its_noun() {
    assert_eq!(
        opening_name("Sales at Tesco rose 4.6% to £63.6bn.").as_deref(),
        Some("Tesco")
    );
    assert_eq!(opening_name("Shares in Tesla fell 5%."), None);
}

#[test]
fn opening_names() {
    assert_eq!(
        opening_name("Air Canada's 10,400 pilots will get a rise.").as_deref(),
        Some("Air Canada")
    );
    assert_eq!(
        opening_name("Sainsbury's will close 20 cafés.").as_deref(),
        Some("Sainsbury's")
    );
    assert_eq!(
        opening_name("Primark will open 10 stores.").as_deref(),
        Some("Primark")
    );
    assert_eq!(
        opening_name("The Disasters Emergency Committee's appeal raised £30m.").as_deref(),
        Some("Disasters Emergency Committee")
    );
    assert_eq!(opening_name("Shares in Tesla fell 9%."), None);
    assert_eq!(opening_name("Operating margin slipped to 4.2%."), None);
    assert_eq!(opening_name("Australians spent a record."), None);
    assert_eq!(opening_name("The average buyer needs more."), None);
    // Rule `common_noun_opens_no_name`.
    assert_eq!(opening_name("Police arrested 14 people."), None);
    assert_eq!(opening_name("The council approved 300 homes."), None);
    assert_eq!(
        opening_name("Police Scotland arrested 14 people.").as_deref(),
        Some("Police Scotland")
    );
}

#[test]
fn proper_adjective_before_a_kind() {
    let a = attributions("Kia will build 300,000 cars in Georgia, the South Korean carmaker said.");
    assert_eq!(a[0].as_deref(), Some("Kia"));
    // Near miss: capitalised words before a body's noun are its name, no kind.
    assert_eq!(generic_head("the Lancet Study"), None);
    assert_eq!(generic_head("the New Zealand study"), None);
}

#[test]
fn name_ends_on_its_number() {
    assert_eq!(
        opening_name("Channel 5 will cut 90 jobs, the broadcaster said.").as_deref(),
        Some("Channel 5")
    );
    // Near miss: a figure after the name, before a noun it counts, is no part of it.
    assert_eq!(
        opening_name("Tesco 500 stores will close.").as_deref(),
        None
    );
    assert_eq!(opening_name("Some 12 homes were flooded.").as_deref(), None);
    assert_eq!(
        opening_name("The Boeing 787 diverted to Shannon.").as_deref(),
        None
    );
}

#[test]
fn staff_at_opens_the_name() {
    let a = attributions(
        "Staff at Brennan Home Care were accused of neglect at 9 of its homes. The company said it had dismissed six nurses.",
    );
    assert_eq!(a.last().unwrap().as_deref(), Some("Brennan Home Care"));
}
