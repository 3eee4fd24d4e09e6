//! Parts: rule `sum_of_parts`. One outlet lists the parts ("112 passengers and 9 crew"), the
//! other gives their total ("121 personas a bordo"): the total is neither part, however
//! alike the words around them read, and the parts must not be paired with it.

use super::features::{is_share, unit_family};
use crate::model::Claim;

/// For each claim, the totals of the runs of two or more figures of its sentence it belongs
/// to (consecutive claims of one sentence, of one unit family, none a range): "112
/// passengers and 9 crew members" gives 121 to both.
pub(super) fn totals(claims: &[Claim]) -> Vec<Vec<f64>> {
    let mut out = vec![Vec::new(); claims.len()];
    let mut start = 0;
    while start < claims.len() {
        let mut end = start + 1;
        while end < claims.len() && claims[end].sentence_index == claims[start].sentence_index {
            end += 1;
        }
        for i in start..end {
            for j in i + 1..end {
                let run = &claims[i..=j];
                let family = unit_family(run[0].unit.as_deref());
                if run
                    .iter()
                    .any(|c| c.value_max.is_some() || unit_family(c.unit.as_deref()) != family)
                {
                    break;
                }
                let sum: f64 = run.iter().map(|c| c.value).sum();
                for list in &mut out[i..=j] {
                    list.push(sum);
                }
            }
        }
        start = end;
    }
    out
}

/// One claim's figure is the total of a run the other belongs to (rule `sum_of_parts`),
/// a total above `above` (small sums meet by chance: "2 dead and 3 injured" is no "5").
pub(super) fn part_and_total(
    a: &Claim,
    a_totals: &[f64],
    b: &Claim,
    b_totals: &[f64],
    above: f64,
) -> bool {
    let is_total = |c: &Claim, totals: &[f64]| {
        c.value_max.is_none()
            && c.value.abs() > above
            && totals
                .iter()
                .any(|t| (t - c.value).abs() <= 1e-9 * c.value.abs().max(1.0))
    };
    (unit_family(a.unit.as_deref()) == unit_family(b.unit.as_deref()))
        && (is_total(b, a_totals) || is_total(a, b_totals))
}

/// The part markers (`part_markers.txt`): the phrases before and after a part's figure.
fn markers() -> &'static (Vec<String>, Vec<String>) {
    static M: std::sync::OnceLock<(Vec<String>, Vec<String>)> = std::sync::OnceLock::new();
    M.get_or_init(|| {
        let (mut before, mut after) = (Vec::new(), Vec::new());
        for line in include_str!("part_markers.txt").lines() {
            let Some((side, list)) = line.split_once(':') else {
                continue;
            };
            let into = match side.trim() {
                "before" => &mut before,
                "after" => &mut after,
                _ => continue,
            };
            into.extend(list.split(',').map(|p| p.trim().to_string()));
        }
        (before, after)
    })
}

/// The claims that are parts of the figure before them (see [`is_part`]): for each claim,
/// the index of its whole, the claim right before it (a part is never its sentence's first).
pub(super) fn wholes(parts: impl Iterator<Item = bool>) -> Vec<Option<usize>> {
    parts
        .enumerate()
        .map(|(i, part)| (part && i > 0).then(|| i - 1))
        .collect()
}

/// Rule `part_of_a_figure`: the claim (at byte `pos` of its sentence, the `place`-th figure
/// of it) is a part of a figure before it in its sentence, told by a partitive relative
/// ("211 muertos, de los que 207 en Valencia"; "86 rescued, 18 of whom were hospitalised").
/// Another outlet's figure that is no part and reads as the whole (close to it) is never
/// paired with the part, though their words and figures read alike.
pub(super) fn is_part(c: &Claim, pos: usize, place: usize) -> bool {
    // A percentage or a share is a part of its whole however it is told ("80% of them").
    if place == 0 || unit_family(c.unit.as_deref()) == "percent" || is_share(c) {
        return false;
    }
    let end = (pos + c.surface.len()).min(c.sentence.len());
    let before = crate::text::lower(c.sentence[..pos].trim_end()).into_owned();
    let after = crate::text::lower(c.sentence[end..].trim_start()).into_owned();
    let word_end = |rest: &str| rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
    let (pre, post) = markers();
    pre.iter().any(|m| {
        before.ends_with(m.as_str())
            && before[..before.len() - m.len()]
                .chars()
                .last()
                .is_none_or(|ch| !ch.is_alphanumeric())
    }) || post
        .iter()
        .any(|m| after.starts_with(m.as_str()) && word_end(&after[m.len()..]))
}

/// Rule `part_of_a_figure`: one claim is a part of a whole (`whole_a` or `whole_b`, the
/// figure before it in its sentence) and the other, no part, reads as that whole: at least
/// `closeness` close to it.
pub(super) fn part_for_whole(
    a: &Claim,
    whole_a: Option<&Claim>,
    b: &Claim,
    whole_b: Option<&Claim>,
    closeness: f32,
) -> bool {
    let reads_as = |x: &Claim, whole: &Claim| super::features::closeness(x, whole) >= closeness;
    match (whole_a, whole_b) {
        (None, Some(wb)) => reads_as(a, wb),
        (Some(wa), None) => reads_as(b, wa),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::features::test_claim;
    use crate::model::Qualifier;

    fn count(v: f64, sentence: usize) -> Claim {
        let mut c = test_claim(v, Qualifier::Exact, None, &[], "", "");
        c.sentence_index = sentence;
        c
    }

    #[test]
    fn sum_of_parts_keeps_a_total_from_its_parts() {
        let a = [count(112.0, 1), count(9.0, 1), count(17.0, 2)];
        let t = totals(&a);
        assert_eq!(t[0], vec![121.0]);
        assert_eq!(t[1], vec![121.0]);
        assert!(t[2].is_empty());
        let total = count(121.0, 1);
        assert!(part_and_total(&a[0], &t[0], &total, &[], 10.0));
        assert!(part_and_total(&total, &[], &a[1], &t[1], 10.0));
        // Another figure, or a small total met by chance, is no total.
        assert!(!part_and_total(&a[0], &t[0], &count(120.0, 0), &[], 10.0));
        let small = [count(2.0, 0), count(3.0, 0)];
        let ts = totals(&small);
        assert!(!part_and_total(
            &small[1],
            &ts[1],
            &count(5.0, 0),
            &[],
            10.0
        ));
        // Figures of another unit family are never summed with counts.
        let mut pct = count(9.0, 1);
        pct.unit = Some("percent".into());
        assert!(totals(&[count(112.0, 1), pct])[0].is_empty());
    }

    #[test]
    fn part_of_a_figure_never_pairs_with_its_whole() {
        let near = crate::diff::weights::Weights::DEFAULT
            .sources
            .part_whole_closeness;
        let (whole, part) = (count(211.0, 0), count(207.0, 0));
        // Rule `part_of_a_figure`: 205 reads as the whole 211, not its part 207.
        assert!(part_for_whole(
            &count(205.0, 0),
            None,
            &part,
            Some(&whole),
            near
        ));
        assert!(part_for_whole(
            &part,
            Some(&whole),
            &count(150.0, 0),
            None,
            near
        ));
        // Near misses: a figure far below the whole is the part told on its own ("6
        // seriously injured" against "52 injured, 6 of them seriously"); two parts pair.
        let six = count(6.0, 0);
        assert!(!part_for_whole(
            &six,
            None,
            &six,
            Some(&count(52.0, 0)),
            near
        ));
        let other_whole = count(210.0, 0);
        assert!(!part_for_whole(
            &part,
            Some(&whole),
            &part,
            Some(&other_whole),
            near
        ));
    }

    #[test]
    fn part_of_a_figure_follows_a_partitive_relative() {
        let part = |surface: &str, sentence: &str, place: usize| {
            let c = test_claim(1.0, Qualifier::Exact, None, &[], surface, sentence);
            is_part(&c, crate::diff::features::figure_pos(&c, &[]), place)
        };
        let s = "Asciende a 211, de los que 207 se registraron en Valencia.";
        assert!(part("207", s, 1));
        assert!(!part("211", s, 0));
        assert!(part(
            "18",
            "Rescataron a 86, 18 de las cuales fueron hospitalizadas.",
            1
        ));
        assert!(part("6", "It injured 52 people, 6 of them seriously.", 1));
        // Near misses: the sentence's first figure, and "of" before another noun.
        assert!(!part("6", "6 of them were hurt.", 0));
        assert!(!part("6", "It hurt 52 people and 6 of the crew.", 1));
    }
}
