//! `log` and `claims`: listing articles and versions, and a version's claims.

use crate::common::*;

#[test]
fn log_lists_all_articles_and_one_articles_versions() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    let s = env.write("strike.txt", STRIKE);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    env.record(&s, "Harbour Times", "strike", &[]).ok();

    let all = env.log_json();
    assert_eq!(
        article_counts(&all),
        BTreeMap::from([("flood".to_string(), 2), ("strike".to_string(), 1)])
    );
    let sources: Vec<&str> = all["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["source"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"Wire") && sources.contains(&"Harbour Times"));

    let text = env.run_db(&["log"]).ok().stdout;
    let flood_line = text
        .lines()
        .find(|l| l.starts_with("flood"))
        .unwrap_or_else(|| panic!("no flood line:\n{text}"));
    assert!(
        flood_line.split_whitespace().any(|w| w == "2"),
        "{flood_line}"
    );
    assert!(text.lines().any(|l| l.starts_with("strike")), "{text}");

    let one = env
        .run_db(&["log", "flood", "--format", "json"])
        .ok()
        .json();
    assert_eq!(versions_of(&one), vec![1, 2]);
    let claims: Vec<u64> = one["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["claims"].as_u64().unwrap())
        .collect();
    assert_eq!(claims, vec![3, 4]);
    let text = env.run_db(&["log", "flood"]).ok().stdout;
    assert!(
        text.contains("flood@1") && text.contains("flood@2"),
        "{text}"
    );
    assert!(!text.contains("strike"), "{text}");
}

#[test]
fn log_on_an_empty_database_is_not_an_error() {
    if skip_on_pg("an empty SQLite file (an empty PostgreSQL database is no claimdiff database)") {
        return;
    }
    let env = Env::new();
    std::fs::write(&env.db, b"").unwrap();
    let j = env.log_json();
    assert_eq!(j["articles"].as_array().map(Vec::len), Some(0), "{j}");
}

#[test]
fn claims_accepts_every_ref_form() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();

    let latest = env.claims_json("flood");
    assert_eq!(latest["version"], 2);
    assert_eq!(latest["article"], "flood");
    assert_eq!(latest["source"], "Wire");
    assert_eq!(claims_of(&latest).len(), 4);
    assert_eq!(env.claims_json("flood@latest"), latest);
    assert_eq!(env.claims_json("flood@2"), latest);

    let first = env.claims_json("flood@1");
    assert_eq!(first["version"], 1);
    assert_eq!(claims_of(&first).len(), 3);
    assert_eq!(claims_of(&first)[0]["value"], 2400.0);
    assert_eq!(env.claims_json("flood@first"), first);

    for r in ["flood@1", "flood@first"] {
        let t = env.run_db(&["claims", r]).ok().stdout;
        assert!(t.contains("flood@1"), "{t}");
        assert!(t.contains("2,400"), "{t}");
        assert!(!t.contains("3,100"), "{t}");
    }
    for r in ["flood", "flood@latest", "flood@2"] {
        let t = env.run_db(&["claims", r]).ok().stdout;
        assert!(t.contains("flood@2"), "{t}");
        assert!(t.contains("3,100"), "{t}");
    }
}

#[test]
fn claims_json_has_every_contract_field_and_exact_surfaces() {
    let env = Env::new();
    let f = env.write("unicode.txt", UNICODE);
    env.record(&f, "Wire", "cafe", &[]).ok();
    let doc = env.claims_json("cafe");
    let claims = claims_of(&doc);
    // "1.2 million visitors …, up from about 900,000": one claim, changed from 900,000.
    assert!(claims.len() >= 3, "{doc}");
    for c in claims {
        assert_claim_fields(c);
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert!(s < e, "{c}");
        assert_eq!(
            c["surface"].as_str().unwrap(),
            char_slice(UNICODE, s, e),
            "{c}"
        );
        let sentence = c["sentence"].as_str().unwrap();
        assert!(UNICODE.contains(sentence), "{sentence:?}");
        assert!(sentence.contains(c["surface"].as_str().unwrap()), "{c}");
    }
    let by_surface = |s: &str| {
        claims
            .iter()
            .find(|c| c["surface"] == s)
            .unwrap_or_else(|| panic!("no claim {s:?} in {doc}"))
    };
    assert_eq!(by_surface("1.2 million")["value"], 1_200_000.0);
    // The figure left is part of the claim, its text at its own offsets, read back from the store.
    let from = &by_surface("1.2 million")["changed_from"];
    assert_eq!(from["value"], 900_000.0, "{doc}");
    assert_eq!(from["text"], "about 900,000", "{doc}");
    assert_eq!(from["qualifier"], "approx", "{doc}");
    let (fs, fe) = (
        from["start"].as_u64().unwrap() as usize,
        from["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(char_slice(UNICODE, fs, fe), "about 900,000");
    assert_eq!(by_surface("3.5%")["unit"], "percent");
    let range = by_surface("between 20 and 30 percent");
    assert_eq!(range["value"], 20.0);
    assert_eq!(range["value_max"], 30.0);
}
