//! A topic's figures over time as server-side SVG (no script): one step series per claim
//! lineage and outlet, one panel per unit (a percentage and a dollar amount share no axis).
//! Every figure shown is a `<circle class="point">` (a removal ends its series with a cross
//! instead), a range (`value_max`) is a band up to its upper end, a correction gets a ring and
//! a figure in conflict with another outlet's the same day is outlined.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use chrono::DateTime;
use maud::{html, Markup, PreEscaped};

use super::html::{figure, Text};
use crate::history::{Entry, EntryStatus};
use crate::model::Claim;

/// The drawing area, in SVG user units.
const WIDTH: f64 = 800.0;
const HEIGHT: f64 = 260.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 34.0;
/// Colours cycle over this many series classes (`s0`…).
const PALETTE: usize = 8;

/// Which entries are corrections: (article, version, claim start).
pub(crate) type Corrections = HashSet<(String, u32, usize)>;

/// One lineage of one outlet: its entries in time order (indices into the entries).
struct Series {
    article: String,
    source: String,
    points: Vec<usize>,
    /// Where it ends: the index of the `removed` entry, if any.
    removed: Option<usize>,
}

/// Whether `later` continues `earlier` (the claim a changed or unchanged entry names).
fn continues(earlier: &Claim, previous: &Claim) -> bool {
    earlier.value == previous.value
        && earlier.value_max == previous.value_max
        && earlier.unit == previous.unit
        && earlier.key == previous.key
}

/// The entries grouped into lineages, per unit.
fn lineages(entries: &[Entry]) -> BTreeMap<String, Vec<Series>> {
    let mut series: Vec<Series> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let wanted = match e.status {
            EntryStatus::New => None,
            EntryStatus::Removed => Some(&e.claim),
            EntryStatus::Changed | EntryStatus::Unchanged => e.previous.as_ref(),
        };
        let found = wanted.and_then(|p| {
            open.iter().position(|&s| {
                let s = &series[s];
                s.article == e.article
                    && s.points.last().is_some_and(|&l| {
                        continues(&entries[l].claim, p) && entries[l].version < e.version
                    })
            })
        });
        match (found, e.status) {
            (Some(o), EntryStatus::Removed) => {
                series[open[o]].removed = Some(i);
                open.remove(o);
            }
            (None, EntryStatus::Removed) => {}
            (Some(o), _) => series[open[o]].points.push(i),
            (None, _) => {
                open.push(series.len());
                series.push(Series {
                    article: e.article.clone(),
                    source: e.source.clone(),
                    points: vec![i],
                    removed: None,
                });
            }
        }
    }
    let mut by_unit: BTreeMap<String, Vec<Series>> = BTreeMap::new();
    for s in series {
        let unit = entries[s.points[0]]
            .claim
            .unit
            .clone()
            .unwrap_or_else(|| "count".to_string());
        by_unit.entry(unit).or_default().push(s);
    }
    by_unit
}

fn seconds(at: &str) -> f64 {
    DateTime::parse_from_rfc3339(at).map_or(0.0, |t| t.timestamp() as f64)
}

/// The scales of one panel.
struct Scale {
    t0: f64,
    t1: f64,
    v0: f64,
    v1: f64,
}

impl Scale {
    fn x(&self, t: f64) -> f64 {
        LEFT + (t - self.t0) / (self.t1 - self.t0).max(1.0) * (WIDTH - LEFT - RIGHT)
    }
    fn y(&self, v: f64) -> f64 {
        let span = self.v1 - self.v0;
        let span = if span > 0.0 { span } else { 1.0 };
        TOP + (1.0 - (v - self.v0) / span) * (HEIGHT - TOP - BOTTOM)
    }
}

/// The charts of a topic's entries: one panel per unit.
pub(crate) fn charts(entries: &[Entry], corrections: &Corrections) -> Markup {
    let by_unit = lineages(entries);
    let times: Vec<f64> = entries.iter().map(|e| seconds(&e.at)).collect();
    let (t0, t1) = times
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &t| (a.min(t), b.max(t)));
    html! {
        @for (n, (unit, series)) in by_unit.iter().enumerate() {
            (panel(n, unit, series, entries, &times, (t0, t1), corrections))
        }
    }
}

fn panel(
    n: usize,
    unit: &str,
    series: &[Series],
    entries: &[Entry],
    times: &[f64],
    (t0, t1): (f64, f64),
    corrections: &Corrections,
) -> Markup {
    let values = series.iter().flat_map(|s| s.points.iter()).flat_map(|&i| {
        let c = &entries[i].claim;
        [c.value, c.value_max.unwrap_or(c.value)]
    });
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
    let pad = ((hi - lo) * 0.08).max(hi.abs() * 0.02).max(1e-9);
    let scale = Scale {
        t0,
        t1: if t1 > t0 { t1 } else { t0 + 3600.0 },
        v0: if lo >= 0.0 {
            (lo - pad).max(0.0)
        } else {
            lo - pad
        },
        v1: hi + pad,
    };
    let id = format!("chart-{n}");
    let points: usize = series.iter().map(|s| s.points.len()).sum();
    html! {
        figure.chart {
            svg viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img" aria-labelledby=(id)
                data-unit=(Text(unit)) data-points=(points) {
                title id=(id) { "Figures in " (Text(unit)) " over time: " (points) " points in " (series.len()) " series" }
                (axes(&scale))
                @for (k, s) in series.iter().enumerate() {
                    (series_svg(k, s, entries, times, &scale, corrections))
                }
            }
            figcaption {
                "Unit: " (Text(unit)) ". "
                ul.legend {
                    @for (k, s) in series.iter().enumerate() {
                        @let c = &entries[s.points[0]].claim;
                        li { span.(format!("swatch s{}", k % PALETTE)) {} (Text(&s.source)) ": " (Text(&c.subject)) }
                    }
                }
            }
        }
    }
}

fn axes(scale: &Scale) -> Markup {
    let fmt_time = |t: f64| {
        DateTime::from_timestamp(t as i64, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    let label =
        |v: f64| crate::model::format_number((v * 100.0).round() / 100.0, crate::model::Lang::En);
    let (bottom, right) = (HEIGHT - BOTTOM, WIDTH - RIGHT);
    html! {
        g.axes {
            line x1=(LEFT) y1=(TOP) x2=(LEFT) y2=(bottom) {}
            line x1=(LEFT) y1=(bottom) x2=(right) y2=(bottom) {}
            text x=(LEFT - 6.0) y=(scale.y(scale.v1) + 4.0) text-anchor="end" { (label(scale.v1)) }
            text x=(LEFT - 6.0) y=(bottom) text-anchor="end" { (label(scale.v0)) }
            text x=(LEFT) y=(HEIGHT - 8.0) { (fmt_time(scale.t0)) }
            text x=(right) y=(HEIGHT - 8.0) text-anchor="end" { (fmt_time(scale.t1)) }
        }
    }
}

fn series_svg(
    k: usize,
    s: &Series,
    entries: &[Entry],
    times: &[f64],
    scale: &Scale,
    corrections: &Corrections,
) -> Markup {
    let end_t = s.removed.map_or(scale.t1, |r| times[r]);
    let mut path = String::new();
    let mut bands: Vec<(f64, f64, f64, f64)> = Vec::new();
    for (j, &i) in s.points.iter().enumerate() {
        let (x, y) = (scale.x(times[i]), scale.y(entries[i].claim.value));
        if j == 0 {
            let _ = write!(path, "M{x:.1},{y:.1}");
        } else {
            let _ = write!(path, " V{y:.1}");
        }
        let next_t = s.points.get(j + 1).map_or(end_t, |&n| times[n]);
        let _ = write!(path, " H{:.1}", scale.x(next_t));
        if let Some(max) = entries[i].claim.value_max {
            bands.push((x, scale.y(max), scale.x(next_t) - x, y - scale.y(max)));
        }
    }
    let class = format!("series s{}", k % PALETTE);
    html! {
        g class=(class) {
            @for (x, y, w, h) in bands {
                rect.band x=(format!("{x:.1}")) y=(format!("{y:.1}")) width=(format!("{:.1}", w.max(2.0))) height=(format!("{h:.1}")) {}
            }
            path.step d=(path) {}
            @for &i in &s.points { (point(&entries[i], times[i], scale, corrections)) }
            @if let Some(r) = s.removed {
                @let (x, y) = (scale.x(times[r]), scale.y(entries[r].claim.value));
                path.removed d=(format!("M{:.1},{:.1} l8,8 m0,-8 l-8,8", x - 4.0, y - 4.0)) {
                    title { "removed in " (Text(&entries[r].article)) "@" (entries[r].version) }
                }
            }
        }
    }
}

fn point(e: &Entry, t: f64, scale: &Scale, corrections: &Corrections) -> Markup {
    let corrected = corrections.contains(&(e.article.clone(), e.version, e.claim.start));
    let conflict = !e.conflicts.is_empty();
    let (x, y) = (scale.x(t), scale.y(e.claim.value));
    let mut class = String::from("point");
    if corrected {
        class.push_str(" correction");
    }
    if conflict {
        class.push_str(" conflict");
    }
    let tip = format!(
        "{} {}@{} {}: {} {}",
        e.at,
        e.article,
        e.version,
        e.source,
        figure(&e.claim),
        e.claim.subject
    );
    html! {
        @if corrected {
            circle.ring cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="8" {}
        }
        circle class=(class) cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="4" {
            title { (Text(&tip)) @if corrected { " (correction)" } @if conflict { " (conflicts with another outlet)" } }
        }
    }
}

/// An empty SVG says nothing; a note does.
pub(crate) fn nothing() -> Markup {
    html! { p.note { (PreEscaped("No figures to chart for these filters.")) } }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;

    fn claim(value: f64, start: usize) -> Claim {
        Claim {
            label: format!("{value}"),
            value,
            value_max: None,
            qualifier: Qualifier::Exact,
            unit: Some("percent".into()),
            subject: "tariff".into(),
            topics: vec!["tariffs".into()],
            attribution: None,
            surface: format!("{value}%"),
            sentence: "A <b>tariff</b>.".into(),
            start,
            end: start + 3,
            sentence_index: 0,
            key: vec!["tariff".into()],
            changed_from: None,
        }
    }

    fn entry(version: u32, at: &str, status: EntryStatus, c: Claim, prev: Option<Claim>) -> Entry {
        Entry {
            article: "a".into(),
            source: "S".into(),
            version,
            at: at.into(),
            status,
            claim: c,
            previous: prev,
            conflicts: Vec::new(),
        }
    }

    #[test]
    fn a_lineage_is_one_series_with_a_point_per_figure() {
        let entries = vec![
            entry(
                1,
                "2025-12-04T08:00:00Z",
                EntryStatus::New,
                claim(30.0, 10),
                None,
            ),
            entry(
                2,
                "2025-12-04T10:00:00Z",
                EntryStatus::New,
                claim(50.0, 40),
                None,
            ),
            entry(
                3,
                "2025-12-05T09:00:00Z",
                EntryStatus::Changed,
                claim(25.0, 12),
                Some(claim(30.0, 11)),
            ),
        ];
        let by_unit = lineages(&entries);
        let series = &by_unit["percent"];
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].points, vec![0, 2]);
        let mut corrections = Corrections::new();
        corrections.insert(("a".into(), 3, 12));
        let svg = charts(&entries, &corrections).into_string();
        assert_eq!(svg.matches("<circle class=\"point").count(), 3);
        assert_eq!(svg.matches("class=\"point correction\"").count(), 1);
        assert!(!svg.contains("<b>"), "stored text is escaped in the SVG");
    }
}
