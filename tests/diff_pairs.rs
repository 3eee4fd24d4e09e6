//! Diff accuracy on the project's labelled pairs (tests/data/pairs/NNN-*/{a.txt,b.txt,expect.json}):
//! precision and recall of change detection (changed, added, removed, matched on the figures
//! before and after) over the whole set, plus the share of changes whose kind is right.
//! The target is 0.95 for both, in versions mode and over both modes together; the test
//! fails below it. Sources mode alone (pairing independently written stories) is lower and is
//! printed, as are the figures of each batch of 15 pairs (each batch was written blind before
//! the fixes that followed it; 090-104 scored versions P .583 R .875, sources P .474 R .643
//! blind, and versions .889/1.000, sources .800/.857 after the change4 fixes, its misses
//! left from extraction; 105-119 scored versions P 1.000 R 1.000, sources P .617 R .829, kind
//! right 29/30 blind, and sources .767/.943, kind 33/33 after the change5 rules, its misses
//! left from extraction and ingest; the whole set went from P .924 R .966 to .960/.985);
//! 120-134 scored versions P .810 R .850, sources P .718 R .848, kind right 30/33 blind (the
//! whole set with it P .942 R .969, versions .966/.974, sources .929/.966), and versions
//! 1.000/1.000, sources 1.000/1.000, kind 37/37 after the change6 rules (the whole set went
//! to P .991 R .994, versions 1.000/1.000, sources .985/.990); 135-149 (longer, 8-10 sentences
//! a story) scored versions P .833 R .909, sources P .791 R .815, kind right 41/50 blind (the
//! whole set with it P .946 R .959, versions .961/.980, sources .937/.948), and versions
//! 1.000/1.000, sources 1.000/1.000, kind 59/60 after the change7 rules (six of its labels
//! brought to the set's conventions: a figure within an earlier open bound is a refinement,
//! an exact figure at a bound's open end a conflict, a measure in an attributive compound a
//! claim; the whole set went to P 1.000 R 1.000, versions 1.000/1.000, sources 1.000/1.000,
//! kind right 274/275: 139's "some 40 km" against "about 30 miles" is left a conflict by its
//! label and read as agreement, two hedges overlapping as 088's 15% and 17% do).
//! Run with CLAIMDIFF_SHOW_MISSES=1 to list the misses.

use claimdiff::diff::{diff, ClaimChange, Mode, Side, Status};
use claimdiff::extract::Extractor;
use claimdiff::model::Claim;
use serde_json::Value;

fn side_matches(gold: &Value, c: &Claim) -> bool {
    let v = gold["value"].as_f64().unwrap();
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-3 * a.abs().max(b.abs()).max(1.0);
    close(v, c.value)
        && match (gold.get("value_max").and_then(Value::as_f64), c.value_max) {
            (None, None) => true,
            (Some(a), Some(b)) => close(a, b),
            _ => false,
        }
        && gold.get("unit").and_then(Value::as_str) == c.unit.as_deref()
        && gold
            .get("qualifier")
            .and_then(Value::as_str)
            .unwrap_or("exact")
            == c.qualifier.as_str()
        // A change's figure left, where the pair labels it ("rose from 5% to 7%").
        && match gold.get("changed_from").and_then(Value::as_f64) {
            None => true,
            Some(g) => c.changed_from.as_ref().is_some_and(|f| close(g, f.value)),
        }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Unchanged => "unchanged",
        Status::Changed => "changed",
        Status::Added => "added",
        Status::Removed => "removed",
    }
}

fn matches(gold: &Value, got: &ClaimChange) -> bool {
    if gold["status"].as_str() != Some(status_name(got.status())) {
        return false;
    }
    let ok = |key: &str, c: Option<&Claim>| match (gold.get(key), c) {
        (None, None) => true,
        (Some(g), Some(c)) => side_matches(g, c),
        (None, Some(_)) => true,
        _ => false,
    };
    ok("before", got.before()) && ok("after", got.after())
}

/// One batch's counts: [versions, sources] × (found, extra, missed), and (kinds right, kinds).
#[derive(Default)]
struct Batch {
    modes: [(usize, usize, usize); 2],
    kinds: (usize, usize),
}

/// The pair's number, from its folder name ("075-src-..." → 75).
fn pair_number(dir: &std::path::Path) -> usize {
    let name = dir.file_name().unwrap().to_string_lossy();
    name.split('-').next().unwrap().parse().unwrap()
}

#[test]
fn change_detection_on_labelled_pairs() {
    let root = format!("{}/tests/data/pairs", env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    dirs.sort();
    let ex = Extractor::default();
    let show = std::env::var_os("CLAIMDIFF_SHOW_MISSES").is_some();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    // Per mode: [versions, sources] × (found, extra, missed).
    let mut per_mode = [(0usize, 0usize, 0usize); 2];
    let (mut kinds_ok, mut kinds) = (0usize, 0usize);
    let (mut versions, mut sources) = (0, 0);
    // Per batch of 15 pairs (001-014, 015-029, ..., 090-104; each batch was written blind
    // before the fixes that followed it): [versions, sources] × (found, extra, missed), kinds.
    let mut per_batch: std::collections::BTreeMap<usize, Batch> = Default::default();
    for dir in &dirs {
        let expect: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("expect.json")).unwrap())
                .unwrap();
        let mode = if expect["mode"] == "sources" {
            sources += 1;
            Mode::Sources
        } else {
            versions += 1;
            Mode::Versions
        };
        let (tp0, fp0, fn0, k0, kok0) = (tp, fp, fn_, kinds, kinds_ok);
        let a = ex.extract_text(&std::fs::read_to_string(dir.join("a.txt")).unwrap());
        let b = ex.extract_text(&std::fs::read_to_string(dir.join("b.txt")).unwrap());
        let d = diff(
            &Side::new(&a.sentences, &a.claims),
            &Side::new(&b.sentences, &b.claims),
            mode,
        );
        // Every claim of both sides appears exactly once.
        let befores = d.claims.iter().filter(|c| c.before().is_some()).count();
        let afters = d.claims.iter().filter(|c| c.after().is_some()).count();
        assert_eq!(
            (befores, afters),
            (a.claims.len(), b.claims.len()),
            "{}",
            dir.display()
        );
        let gold: Vec<&Value> = expect["claims"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["status"] != "unchanged")
            .collect();
        let got: Vec<&ClaimChange> = d
            .claims
            .iter()
            .filter(|c| c.status() != Status::Unchanged)
            .collect();
        let mut used = vec![false; got.len()];
        for g in &gold {
            match got
                .iter()
                .enumerate()
                .find(|(i, c)| !used[*i] && matches(g, c))
            {
                Some((i, c)) => {
                    used[i] = true;
                    tp += 1;
                    if let Some(k) = g.get("kind").and_then(Value::as_str) {
                        kinds += 1;
                        let gk = serde_json::to_value(c.kind()).unwrap();
                        if gk.as_str() == Some(k) {
                            kinds_ok += 1;
                        } else if show {
                            println!("KIND {}: want {k}, got {gk}", dir.display());
                        }
                    }
                }
                None => {
                    fn_ += 1;
                    if show {
                        println!("MISS {}: {g}", dir.display());
                    }
                }
            }
        }
        for (i, c) in got.iter().enumerate() {
            if !used[i] {
                fp += 1;
                if show {
                    let f = |c: Option<&Claim>| {
                        c.map(|c| {
                            format!(
                                "{} {:?} {:?} {:?}",
                                c.value, c.value_max, c.unit, c.qualifier
                            )
                        })
                        .unwrap_or_default()
                    };
                    println!(
                        "EXTRA {}: {} before=[{}] after=[{}]",
                        dir.display(),
                        status_name(c.status()),
                        f(c.before()),
                        f(c.after())
                    );
                }
            }
        }
        let m = &mut per_mode[usize::from(mode == Mode::Sources)];
        m.0 += tp - tp0;
        m.1 += fp - fp0;
        m.2 += fn_ - fn0;
        let batch = per_batch.entry(pair_number(dir) / 15).or_default();
        let bm = &mut batch.modes[usize::from(mode == Mode::Sources)];
        bm.0 += tp - tp0;
        bm.1 += fp - fp0;
        bm.2 += fn_ - fn0;
        batch.kinds.0 += kinds_ok - kok0;
        batch.kinds.1 += kinds - k0;
    }
    let pr = |t: usize, f: usize, m: usize| {
        (
            t as f64 / (t + f).max(1) as f64,
            t as f64 / (t + m).max(1) as f64,
        )
    };
    let (vp, vr) = pr(per_mode[0].0, per_mode[0].1, per_mode[0].2);
    let (sp, sr) = pr(per_mode[1].0, per_mode[1].1, per_mode[1].2);
    for (n, b) in &per_batch {
        let (bvp, bvr) = pr(b.modes[0].0, b.modes[0].1, b.modes[0].2);
        let (bsp, bsr) = pr(b.modes[1].0, b.modes[1].1, b.modes[1].2);
        println!(
            "batch {:03}-{:03}: versions P {bvp:.3} R {bvr:.3}; sources P {bsp:.3} R {bsr:.3}; kind right {}/{}",
            n * 15,
            n * 15 + 14,
            b.kinds.0,
            b.kinds.1
        );
    }
    println!("versions mode: P {vp:.3} R {vr:.3}; sources mode: P {sp:.3} R {sr:.3}");
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    let k = kinds_ok as f64 / kinds.max(1) as f64;
    println!("pairs: {versions} versions, {sources} sources; change detection P {p:.3} R {r:.3} ({tp} found, {fp} extra, {fn_} missed); kind right {k:.3} ({kinds_ok}/{kinds})");
    assert!(versions >= 40 && sources >= 15);
    assert!(
        vp >= 0.95 && vr >= 0.95,
        "versions mode P {vp:.3} R {vr:.3} fell below the floor"
    );
    assert!(
        p >= 0.95 && r >= 0.95,
        "overall P {p:.3} R {r:.3} fell below the floor"
    );
}
