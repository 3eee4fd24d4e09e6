//! Ages set off by commas after a person or thing ("Smith, 46,", "Juan Pérez, de 46 años,"):
//! whose age a figure is, and the subject that names it ("age of Smith", "edad de …").

use super::{key, Subject};
use crate::extract::quantity::Quantity;
use crate::extract::subject::words::is_stopword;
use crate::extract::tokens::{Kind, Tok};
use crate::model::Lang;

/// The subject of an appositive age: "Smith, 46," is the age of Smith ("46-year-old
/// Smith"); "de entre 19 y 25 años" the ages of a group.
pub(super) fn age_of(person: String, q: &Quantity, lang: Lang) -> Subject {
    let years = match q.value_max {
        Some(hi) => format!("{}–{}", q.value.round() as i64, hi.round() as i64),
        None => format!("{}", q.value.round() as i64),
    };
    let figure = Some(match lang {
        Lang::En => format!("{years}-year-old"),
        Lang::Es => format!("{years} años:"),
    });
    let text = match lang {
        Lang::En => format!("age of {person}"),
        Lang::Es => format!("edad de {person}"),
    };
    Subject {
        key: key(&text, lang),
        text,
        phrase: person,
        figure,
        link: None,
        event_before: false,
        restriction: None,
        participle: None,
        change: None,
    }
}

/// The person or thing an age set off by commas belongs to: "Maria Delgado, 46,", "the
/// defendant, 34,", "The suspects, both 17,", "The senator, who is 81,", "Juan Pérez, de 46
/// años,", "Los cuatro detenidos, de entre 19 y 25 años,". None when the figure is not an
/// age in years, or no comma sets it off.
pub(super) fn appositive_age(sentence: &str, toks: &[Tok], q: &Quantity) -> Option<String> {
    if q.unit.as_deref() != Some("year") || q.value.max(q.value_max.unwrap_or(0.0)) >= 120.0 {
        return None;
    }
    let is = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
    let mut k = q.start;
    if k > 0 && (is(k - 1, "de") || is(k - 1, "both") || is(k - 1, "aged")) {
        k -= 1;
    }
    if k >= 2 && (is(k - 1, "is") || is(k - 1, "was")) && is(k - 2, "who") {
        k -= 2;
    }
    // Rule `attributive_age_before_a_name`: ", 59-year-old Helen Mountfield," is the age of
    // the name after it, not of the noun before the comma.
    let named_after = super::super::duration::name_after_an_age(sentence, toks, q).is_some();
    if k == 0 || toks[k - 1].text != "," || named_after {
        return None;
    }
    let comma = k - 1;
    let mut from = comma;
    // Rule `hyphenated_name_ages`: "Sam Bankman-Fried, 32,": a hyphen glued between two
    // capitalised words joins one name.
    loop {
        if from > 0 && toks[from - 1].is_capitalized() {
            from -= 1;
        } else if from > 1
            && toks[from - 1].text == "-"
            && !toks[from - 1].space_before
            && !toks[from].space_before
            && toks[from - 2].is_capitalized()
        {
            from -= 2;
        } else {
            break;
        }
    }
    from = crate::extract::subject::ellipsis::office_start(toks, from, comma);
    if from == comma {
        // No name: the noun before the comma ("the defendant").
        let w = toks.get(comma.checked_sub(1)?)?;
        if w.kind != Kind::Word || is_stopword(&w.low()) {
            return None;
        }
        from = comma - 1;
    }
    // "Dr." and other titles stay out; the name is what follows them.
    Some(sentence[toks[from].start..toks[comma - 1].end].to_string())
}
