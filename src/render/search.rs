//! Search results for people: the words of a sentence that match the query (by stem, in
//! English or Spanish, accents aside) and a snippet of the sentence around the first of them.

use std::ops::Range;

use crate::text::stems_any;

/// Byte ranges of the words of `sentence` whose English or Spanish stem is one of a query
/// word's.
pub fn matched_words(sentence: &str, query: &str) -> Vec<Range<usize>> {
    let wanted: Vec<String> = words(query)
        .flat_map(|(_, w)| stems_any(w))
        .filter(|s| !s.is_empty())
        .collect();
    words(sentence)
        .filter(|(_, w)| stems_any(w).iter().any(|s| wanted.contains(s)))
        .map(|(start, w)| start..start + w.len())
        .collect()
}

/// The words of `s` (runs of letters and digits) with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(b)) => {
                out.push((b, &s[b..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, &s[b..]));
    }
    out.into_iter()
}

/// About `width` chars of `sentence` around its first matched word, cut at spaces with "…",
/// every matched word passed through `mark`.
pub fn snippet(
    sentence: &str,
    matched: &[Range<usize>],
    width: usize,
    mark: &dyn Fn(&str) -> String,
) -> String {
    let first = matched.first().map_or(0, |r| r.start);
    let chars: Vec<(usize, char)> = sentence.char_indices().collect();
    let at = chars.iter().position(|(b, _)| *b >= first).unwrap_or(0);
    // A third of the window before the match, the rest after it.
    let mut from = at.saturating_sub(width / 3);
    let mut to = (from + width).min(chars.len());
    from = to.saturating_sub(width).min(from);
    // Cut at spaces, not inside words.
    if from > 0 {
        from = (from..at)
            .find(|&i| chars[i].1 == ' ')
            .map_or(from, |i| i + 1);
    }
    if to < chars.len() {
        to = (at..to).rev().find(|&i| chars[i].1 == ' ').unwrap_or(to);
    }
    let byte = |i: usize| chars.get(i).map_or(sentence.len(), |(b, _)| *b);
    let (start, end) = (byte(from), byte(to));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let mut pos = start;
    for r in matched.iter().filter(|r| r.start >= start && r.end <= end) {
        out.push_str(&sentence[pos..r.start]);
        out.push_str(&mark(&sentence[r.clone()]));
        pos = r.end;
    }
    out.push_str(&sentence[pos..end]);
    if end < sentence.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_accents_match_and_the_snippet_shows_them() {
        let s = "Tras meses de negociación, el gobierno anunció que los aranceles al acero de \
                 México subirán un 25% a partir de marzo, según el ministerio de economía.";
        let m = matched_words(s, "arancel mexico");
        let found: Vec<&str> = m.iter().map(|r| &s[r.clone()]).collect();
        assert_eq!(found, ["aranceles", "México"]);
        let snip = snippet(s, &m, 60, &|w| format!("[{w}]"));
        assert!(
            snip.contains("[aranceles]") && snip.starts_with('…'),
            "{snip}"
        );
        assert!(snip.chars().count() <= 64, "{snip}");
        let short = snippet(
            "Tariffs rose 25%.",
            &matched_words("Tariffs rose 25%.", "tariff"),
            60,
            &|w| format!("[{w}]"),
        );
        assert_eq!(short, "[Tariffs] rose 25%.");
    }
}
