//! Subject, label and attribution of a quantity, one seam a file:
//! - [`phrase`]: the noun phrase the number counts or measures and the verb that governs it
//!   ("extradited … organized crime leaders"), with the stemmed key the diff engine aligns on;
//! - `paid`: what a sum of money pays for ("£40 for a barbecue kit");
//! - [`label`]: a compact label for people ("50+ organized crime leaders");
//! - [`attribution`]: who the sentence says the figure comes from ("officials", "según
//!   Protección Civil");
//! - `lead`: the sides of a lead pair ("Harris leads Trump 48% to 46%");
//! - `reach`: the total a verb of reaching takes to a figure ("bringing the total to 55");
//! - [`words`]: the word tests they read, over word lists kept as data in `extract/lexicon/`.

pub mod attribution;
mod comparative;
mod duration;
mod ellipsis;
mod event;
pub mod label;
pub mod lead;
mod order;
mod paid;
mod payee;
pub mod phrase;
pub(crate) mod present_es;
mod reach;
mod relative;
mod restriction;
mod unit_named;
pub mod words;

pub use attribution::{
    attribution, continues_speaker, contrast_starts, it_speaks, named_person,
    opened_by_its_speaker, opening_person, opening_subject, participle_start, plural_subject,
    resolve_generic_speakers, subordinate_speech, MAX_REPORTING_SUBJECT,
};
pub use ellipsis::{expected_by, holds_a_share_base};
pub use label::{label, label_words, Notation};
pub use phrase::{
    comparison_side, elliptic, head, names_only, part_named_after_them, predicate_names_the_part,
    share_of_them, subject, Subject,
};
pub use reach::change_before_level;
