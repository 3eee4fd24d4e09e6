//! The realistic ("news") generator: stories shaped like the captured real pages (see the
//! module doc for the statistics it is calibrated to). Figure-free sentences make up most of a
//! story; figures also occur where they are not claims (years, dates, times, ordinals, model
//! names); page furniture (headlines, bylines, datelines, captions, "Read more" links,
//! newsletter prompts, most-read lists, copyright lines) sits around and inside the body.

use super::synth::{MONTHS_EN, MONTHS_ES};
use super::{group, Rng};

#[path = "news_tables.rs"]
mod tables;
use tables::*;

/// Renders `template` into `out`, filling its tags from `rng`.
pub(super) fn fill(template: &str, es: bool, rng: &mut Rng, out: &mut String) {
    let (thou, dec) = if es { ('.', ',') } else { (',', '.') };
    let mut rest = template;
    let start = out.len();
    while let Some(b) = rest.find('{') {
        out.push_str(&rest[..b]);
        let e = b + rest[b..].find('}').expect("closed tag");
        let tag = &rest[b + 1..e];
        let at_start = out.len() == start;
        let lang = |en: &'static [&'static str], sp: &'static [&'static str]| {
            if es {
                sp
            } else {
                en
            }
        };
        let piece: String = match tag {
            "q" => rng.pick(lang(QUAL_EN, QUAL_ES)).to_string(),
            "n" => (3 + rng.below(90)).to_string(),
            "k" => group(120 + rng.below(9_700) as u64, thou),
            "big" => group(12_000 + rng.below(970_000) as u64, thou),
            "pct" => format!("{}{dec}{}%", 1 + rng.below(24), rng.below(10)),
            "ipct" => (5 + rng.below(70)).to_string(),
            "money" => {
                let (a, b) = (2 + rng.below(480), rng.below(10));
                match (es, rng.below(4)) {
                    (false, 0) => format!("${a}{dec}{b} billion"),
                    (false, 1) => format!("${a} million"),
                    (false, 2) => format!("£{a}{dec}{b}m"),
                    (false, _) => format!("€{a} million"),
                    (true, 0) => format!("{a}{dec}{b} millones de euros"),
                    (true, 1) => format!("{a} millones de dólares"),
                    (true, 2) => format!("{} millones de pesos", group(a as u64 * 37, thou)),
                    (true, _) => format!("{} euros", group(a as u64 * 1_000, thou)),
                }
            }
            "w" => rng.pick(lang(WORDS_EN, WORDS_ES)).to_string(),
            "w2" => rng.pick(lang(WORDS2_EN, WORDS2_ES)).to_string(),
            "age" => (19 + rng.below(70)).to_string(),
            "year" => (1995 + rng.below(29)).to_string(),
            "year2" => (2026 + rng.below(5)).to_string(),
            "month" => rng.pick(lang(MONTHS_EN, MONTHS_ES)).to_string(),
            "date" => {
                let (d, m) = (1 + rng.below(28), rng.pick(lang(MONTHS_EN, MONTHS_ES)));
                if es {
                    format!("{d} de {m}")
                } else {
                    format!("{m} {d}")
                }
            }
            "time" => {
                let (h, m) = (1 + rng.below(11), rng.below(4) * 15);
                if es {
                    format!("{}.{m:02}", h + 8)
                } else {
                    format!(
                        "{h}:{m:02} {}",
                        if rng.chance(50) { "a.m." } else { "p.m." }
                    )
                }
            }
            "day" => rng.pick(lang(DAYS_EN, DAYS_ES)).to_string(),
            "ord" => rng.pick(lang(ORD_EN, ORD_ES)).to_string(),
            "model" => rng.pick(MODELS).to_string(),
            "per" | "perm" | "perf" => {
                let woman = match tag {
                    "perm" => false,
                    "perf" => true,
                    _ => rng.chance(50),
                };
                let first = match (woman, es) {
                    (false, false) => rng.pick(MEN_EN),
                    (true, false) => rng.pick(WOMEN_EN),
                    (false, true) => rng.pick(MEN_ES),
                    (true, true) => rng.pick(WOMEN_ES),
                };
                format!("{first} {}", rng.pick(SURNAMES))
            }
            "sur" => rng.pick(SURNAMES).to_string(),
            "city" => rng.pick(CITIES).to_string(),
            "country" => rng.pick(lang(COUNTRIES_EN, COUNTRIES_ES)).to_string(),
            "org" => rng.pick(lang(ORG_EN, ORG_ES)).to_string(),
            "role" => rng.pick(lang(ROLE_EN, ROLE_ES)).to_string(),
            "team" => rng.pick(TEAMS).to_string(),
            "subj" => rng.pick(lang(EN_SUBJ, ES_SUBJ)).to_string(),
            "issue" => rng.pick(lang(ISSUE_EN, ISSUE_ES)).to_string(),
            "outlet" => rng.pick(OUTLETS).to_string(),
            "agency" => rng.pick(AGENCIES).to_string(),
            "head" => {
                let mut h = String::new();
                fill(rng.pick(lang(EN_HEAD, ES_HEAD)), es, rng, &mut h);
                h
            }
            _ => panic!("unknown tag {{{tag}}}"),
        };
        if at_start {
            let mut cs = piece.chars();
            if let Some(c) = cs.next() {
                out.extend(c.to_uppercase());
                out.push_str(cs.as_str());
            }
        } else {
            out.push_str(&piece);
        }
        rest = &rest[e + 1..];
    }
    out.push_str(rest);
    if es {
        // Contractions: "de el Ministerio" is "del Ministerio".
        for (from, to) in [(" de el ", " del "), (" a el ", " al ")] {
            if out[start..].contains(from) {
                let fixed = out[start..].replace(from, to);
                out.truncate(start);
                out.push_str(&fixed);
            }
        }
    }
}

// Furniture: lines around and inside the body that are not the story.
const EN_TOP: &[&str] = &[
    "By {per}",
    "By {per} and {per}",
    "{per}, {city} correspondent",
    "Published {date}, {year} at {time} ET",
    "Updated {date}, {year}",
];
const ES_TOP: &[&str] = &[
    "Por {per}",
    "{per} / {per}",
    "{city} - {date} de {year} - {time} CET",
    "Actualizado: {date} de {year}",
];
const EN_INSIDE: &[&str] = &[
    "Read more: {head}",
    "Advertisement",
    "Related: {head}",
    "Rescue workers at the scene in {city} on {day}. Photograph: {per}/{agency}",
    "{per}, pictured in {city} last week. Photograph: {agency}",
    "Share this article",
    "Skip past newsletter promotion",
];
const ES_INSIDE: &[&str] = &[
    "Lee también: {head}",
    "Publicidad",
    "Más información: {head}",
    "Los equipos de rescate trabajan en {city} este {day}. Foto: {per} ({agency})",
    "{per}, en una imagen de archivo en {city}. {agency}",
    "Comparte esta noticia",
];
const EN_END: &[&str] = &[
    "Sign up for our morning newsletter to get the day's top stories in your inbox",
    "Get breaking news alerts on your phone: download our app",
    "Reporting by {per}; editing by {per}",
    "© {year} {outlet}. All rights reserved.",
    "Comments are closed on this article",
    "Topics",
];
const ES_END: &[&str] = &[
    "Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes",
    "Recibe las alertas de última hora en tu móvil: descarga nuestra aplicación",
    "Con información de {agency}",
    "© {year} {outlet}. Todos los derechos reservados.",
    "Archivado en",
];

/// One story of about `bytes` bytes: furniture lines at the top, paragraphs of one to
/// three sentences (some figure-bearing) with occasional furniture between them, and
/// furniture at the end.
pub(super) fn story(rng: &mut Rng, bytes: usize, es: bool) -> String {
    let (fig, plain, plain_figs, short) = if es {
        (ES_FIG, ES_PLAIN, ES_PLAIN_FIGS, ES_SHORT)
    } else {
        (EN_FIG, EN_PLAIN, EN_PLAIN_FIGS, EN_SHORT)
    };
    let (top, inside, end) = if es {
        (ES_TOP, ES_INSIDE, ES_END)
    } else {
        (EN_TOP, EN_INSIDE, EN_END)
    };
    let mut out = String::with_capacity(bytes + 512);
    fill("{head}", es, rng, &mut out);
    out.push_str("\n\n");
    for _ in 0..rng.below(3) {
        fill(rng.pick(top), es, rng, &mut out);
        out.push('\n');
    }
    out.push('\n');
    while out.len() < bytes {
        // One to three sentences a paragraph, 1.65 on average.
        let n = match rng.below(20) {
            0..=9 => 1,
            10..=16 => 2,
            _ => 3,
        };
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            let t = match rng.below(1000) {
                x if x < FIG_PER_MILLE => rng.pick(fig),
                x if x < FIG_PER_MILLE + NONCLAIM_PER_MILLE => {
                    plain[plain.len() - plain_figs + rng.below(plain_figs)]
                }
                x if x < FIG_PER_MILLE + NONCLAIM_PER_MILLE + SHORT_PER_MILLE => rng.pick(short),
                _ => plain[rng.below(plain.len() - plain_figs)],
            };
            fill(t, es, rng, &mut out);
        }
        out.push_str("\n\n");
        if rng.chance(INSIDE_PERCENT) {
            fill(rng.pick(inside), es, rng, &mut out);
            out.push_str("\n\n");
        }
    }
    if rng.chance(60) {
        let first = rng.below(end.len());
        for i in 0..1 + rng.below(2) {
            fill(end[(first + i) % end.len()], es, rng, &mut out);
            out.push('\n');
        }
    }
    if rng.chance(30) {
        out.push_str(if es {
            "Lo más visto\n"
        } else {
            "Most viewed\n"
        });
        for _ in 0..3 + rng.below(3) {
            fill("{head}", es, rng, &mut out);
            out.push('\n');
        }
    }
    out
}

/// Share of body sentences drawn from the figure templates, per mille.
const FIG_PER_MILLE: usize = 195;
/// Share of body sentences with a figure that is no claim (year, date, time, model), per
/// mille.
const NONCLAIM_PER_MILLE: usize = 50;
/// Share of body sentences drawn from the short ones, per mille.
const SHORT_PER_MILLE: usize = 120;
/// Chance of a furniture line after a paragraph, percent.
const INSIDE_PERCENT: usize = 7;

/// A corpus of about `bytes` bytes: stories of 2–14 KB, 45% of them in Spanish.
pub(super) fn corpus(seed: u64, bytes: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let es = rng.chance(45);
        let len = 2_000 + rng.below(12_000);
        let s = story(&mut rng, len, es);
        size += s.len();
        out.push(s);
    }
    out
}
