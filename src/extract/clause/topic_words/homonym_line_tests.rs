//! Tests of how `topic_homonyms.txt` is read (`super`).

use super::*;

/// Rule `homonym_lines_of_a_stem_merge`: two lines of one stem are one homonym with both
/// lines' contexts and vetoes ("evacuated" and "evacuation" are written apart in
/// `topic_homonyms.txt`; both lines count).
#[test]
fn homonym_lines_of_a_stem_merge() {
    let mut ctx = Contexts::of("storm, flood");
    ctx.merge(Contexts::of("!bees, !climbers"));
    assert!(ctx.positive);
    assert!(ctx.words.contains("flood") && ctx.vetoes.contains("climbers"));
    let stem = crate::text::stem("evacuation", Lang::En);
    let merged = &homonyms().by_stem[&stem];
    let stem_of = |w: &str| crate::text::stem(w, Lang::En);
    assert_eq!(stem_of("evacuated"), stem);
    assert!(merged.vetoes.len() + merged.words.len() > 2);
}
