use super::*;
use crate::model::Lang;

const TEXT: &str = "The governor defended the new measure before the weekend. \
    Officials reported 25 people injured and 3 killed, the Health Ministry said on May 4. \
    Opposition lawmakers questioned the pace of the negotiations in a closed-door meeting.";

#[test]
fn packed_texts_unpack_to_the_same_bytes_and_deltas_need_their_base() {
    let long = TEXT.repeat(4);
    for data in ["", "a", "ñandú", TEXT, long.as_str()] {
        let blob = pack(data.as_bytes(), None).unwrap();
        assert_eq!(unpack(&blob, None).unwrap(), data.as_bytes());
    }
    let revised = long.replace("25 people", "31 people");
    let plain = pack(revised.as_bytes(), None).unwrap();
    let delta = pack(revised.as_bytes(), Some(long.as_bytes())).unwrap();
    assert!(is_delta(&delta) && !is_delta(&plain));
    assert!(
        delta.len() * 3 < plain.len(),
        "{} vs {}",
        delta.len(),
        plain.len()
    );
    assert_eq!(
        unpack(&delta, Some(long.as_bytes())).unwrap(),
        revised.as_bytes()
    );
    assert!(unpack(&delta, None).is_err());
    // A tiny text is kept as it is, one byte longer.
    assert_eq!(pack(b"ab", None).unwrap(), b"\0ab");
    assert!(unpack(&[], None).is_err() && unpack(&[9, 1], None).is_err());
}

/// A large text is packed with a context of its own, freed at once: the thread's reused
/// context stays as small as news-sized texts made it (issue 14), and the text unpacks.
#[test]
fn a_large_text_does_not_leave_its_context_in_the_thread() {
    std::thread::spawn(|| {
        let slot = || COMPRESSOR.with(|c| c.borrow().is_some());
        let large = TEXT.repeat(OWN_CONTEXT_FROM / TEXT.len() + 1);
        let blob = pack(large.as_bytes(), None).unwrap();
        assert!(!slot(), "a large text filled the thread's context");
        assert_eq!(unpack(&blob, None).unwrap(), large.as_bytes());
        pack(TEXT.as_bytes(), None).unwrap();
        assert!(slot(), "a small text reuses the thread's context");
        // Large data is packed at the level with the smaller context, deltas too.
        assert_eq!(level_for(large.len()), LARGE_LEVEL);
        assert_eq!(level_for(TEXT.len()), LEVEL);
        let revised = large.replacen("25 people", "31 people", 1);
        let delta = pack(revised.as_bytes(), Some(large.as_bytes())).unwrap();
        assert!(is_delta(&delta) && delta.len() * 100 < large.len());
        assert_eq!(
            unpack(&delta, Some(large.as_bytes())).unwrap(),
            revised.as_bytes()
        );
    })
    .join()
    .unwrap();
}

#[test]
fn input_equal_to_the_text_is_not_stored() {
    assert_eq!(pack_input(TEXT.as_bytes(), TEXT).unwrap(), None);
    let html = format!("<html><body><p>{TEXT}</p></body></html>");
    let blob = pack_input(html.as_bytes(), TEXT).unwrap().unwrap();
    assert!(blob.len() < 60, "{}", blob.len());
    assert_eq!(
        unpack(&blob, Some(TEXT.as_bytes())).unwrap(),
        html.as_bytes()
    );
}

#[test]
fn sentence_spans_round_trip_with_and_without_their_texts() {
    let s = |index, paragraph, start, end, lang| Sentence {
        index,
        paragraph,
        start,
        end,
        text: "".into(),
        lang,
    };
    // Gaps, a paragraph going back and an overlap are kept as they are (imports).
    let list = vec![
        s(0, 0, 0, 40, Lang::En),
        s(1, 0, 41, 300, Lang::Es),
        s(3, 2, 302, 302_000, Lang::En),
        s(4, 1, 301_000, 301_500, Lang::En),
    ];
    let texts = [None, Some("Él dijo 25."), Some(""), None];
    let spans = || {
        list.iter()
            .zip(texts)
            .map(|(s, t)| (s.index, s.paragraph, s.start, s.end, s.lang.as_str(), t))
    };
    let old = pack_span_list(spans()).unwrap();
    assert!(old.len() < 40, "{}", old.len());
    let back = sentences::decode(&unpack(&old, None).unwrap(), false).unwrap();
    assert_eq!(
        back.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>(),
        list
    );
    let bytes = sentences::encode(spans(), true);
    let back = sentences::decode(&bytes, true).unwrap();
    let kept: Vec<Option<&str>> = back.iter().map(|(s, k)| k.then_some(&*s.text)).collect();
    assert_eq!(kept, texts);
    assert_eq!(
        sentences::kept_text(&bytes, 1).unwrap().as_deref(),
        Some("Él dijo 25.")
    );
    assert_eq!(sentences::kept_text(&bytes, 0).unwrap(), None);
    assert_eq!(
        sentences::kept_text(&bytes, 3).unwrap().as_deref(),
        Some("")
    );
    assert!(sentences::decode(&[], true).unwrap().is_empty());
    assert!(sentences::decode(&[0x80], true).is_err());
    assert!(sentences::decode(&bytes[..bytes.len() - 3], true).is_err());
}

#[test]
fn the_migration_puts_kept_texts_into_the_old_blob_and_rebases_it() {
    let s = |index, start, end| Sentence {
        index,
        paragraph: 0,
        start,
        end,
        text: "".into(),
        lang: Lang::Es,
    };
    let list = [s(0, 0, 10), s(1, 11, 30)];
    let old = pack_span_list(
        list.iter()
            .map(|s| (s.index, s.paragraph, s.start, s.end, s.lang.as_str(), None)),
    )
    .unwrap();
    let blob = spans_with_texts(Some(&old), r#"[[1, "Subió un 25%."]]"#)
        .unwrap()
        .unwrap();
    assert_eq!(
        quoted_text(&blob, None, 1).unwrap().as_deref(),
        Some("Subió un 25%.")
    );
    assert_eq!(quoted_text(&blob, None, 0).unwrap(), None);
    assert_eq!(spans_with_texts(None, "[]").unwrap(), None);
    assert!(spans_with_texts(Some(&old), "not json").is_err());
}

#[test]
fn sentence_slices_count_chars() {
    let text = "Él dijo. Sí, 25%.";
    let mut sl = Slicer::new(text);
    assert_eq!(sl.slice(9, 17), Some("Sí, 25%."));
    assert_eq!(sl.slice(0, 8), Some("Él dijo."));
    assert_eq!(sl.slice(9, 9), Some(""));
    assert_eq!(sl.slice(17, 17), Some(""));
    assert_eq!(sl.slice(9, 30), None);
    assert_eq!(sl.slice(5, 2), None);
    let s = Sentence {
        index: 1,
        paragraph: 0,
        start: 9,
        end: 17,
        text: "Sí, 25%.".into(),
        lang: Default::default(),
    };
    assert!(!keeps_text(&s, false, &mut Slicer::new(text)));
    assert!(keeps_text(&s, true, &mut Slicer::new(text)));
    assert!(keeps_text(&s, false, &mut Slicer::new("Él dijo. No, 25%.")));
}
