//! claimdiff-gen: writes a large, deterministic claimdiff database for the scale bench
//! (`scripts/scale-bench.sh`): by default 20,000 articles × 5 versions × 10 claims, that is
//! 100,000 versions and 1,000,000 claims, over 20 topics and 50 sources, in English and Spanish.
//!
//! The schema comes from claimdiff itself (the store creates the file and applies every
//! migration, so `PRAGMA user_version` is right); the rows are then written directly with SQL,
//! a few thousand articles a transaction. A fixed seed makes the file the same on every run.
//!
//! Versions of one article change like news stories do: figures are revised between versions,
//! qualifiers firm up ("more than 50" → "55"), paragraphs swap places, and now and then a
//! sentence is replaced by another one (two claims removed, two added).
//!
//! `--versions N` changes the versions per article, and `--prose BYTES` pads every version with
//! claim-free paragraphs up to about that size (edited a little between versions, from a separate
//! random stream, so the default output is unchanged): the storage bench
//! (`scripts/storage-bench.sh`) uses both for news-sized versions.
//!
//! Usage: `claimdiff-gen --db PATH [--articles N] [--versions N] [--prose BYTES] [--force]`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use claimdiff::model::{Claim, Extraction, Lang, Qualifier, Sentence};
use claimdiff::store::postgres::{self, PgStore};
use claimdiff::store::{NewVersion, SqliteStore, Store};

const VERSIONS: usize = 5;
const SENTENCES: usize = 5; // per version, two claims each
const SEED: u64 = 0x00c1_a1d1_ff5e_ed01;
const ARTICLES_PER_TX: usize = 2_000;

/// The random generator and word lists the dev generators share (with the pipeline bench).
#[path = "../dev/synth.rs"]
mod synth;

use synth::{group, Rng, MONTHS_EN, MONTHS_ES};

/// Claim-free paragraphs that pad versions to news size (`--prose`).
#[path = "../dev/prose.rs"]
mod prose;

/// Something a figure can count or measure, in both languages.
struct Spec {
    topic: &'static str,
    en: &'static str,
    es: &'static str,
    /// Stemmed key words (what the diff engine aligns claims on), per language.
    key_en: &'static str,
    key_es: &'static str,
    unit: Option<&'static str>,
    /// A typical magnitude of the figure.
    base: f64,
}

macro_rules! spec {
    ($t:expr, $en:expr, $es:expr, $ken:expr, $kes:expr, $u:expr, $b:expr) => {
        Spec {
            topic: $t,
            en: $en,
            es: $es,
            key_en: $ken,
            key_es: $kes,
            unit: $u,
            base: $b,
        }
    };
}

const PCT: Option<&str> = Some("percent");
const USD: Option<&str> = Some("USD");
const MXN: Option<&str> = Some("MXN");
const COUNT: Option<&str> = None;

#[rustfmt::skip]
const SPECS: &[Spec] = &[
    spec!("tariffs", "tariff on steel imports", "arancel al acero importado", "tariff steel import", "arancel acer import", PCT, 25.0),
    spec!("tariffs", "tariff on auto parts", "arancel a las autopartes", "tariff auto part", "arancel autopart", PCT, 10.0),
    spec!("tariffs", "in duties on steel and aluminum", "en aranceles al acero y aluminio", "duti steel aluminum", "arancel acer alumini", USD, 2.0e9),
    spec!("trade", "in exports to the United States", "en exportaciones a Estados Unidos", "export unit state", "exportacion estad unid", USD, 4.5e10),
    spec!("trade", "trucks crossing the border each day", "camiones que cruzan la frontera al día", "truck cross border day", "camion cruz fronter dia", COUNT, 14000.0),
    spec!("trade", "drop in imports", "caída de las importaciones", "drop import", "caid importacion", PCT, 6.0),
    spec!("extradition", "cartel leaders extradited to Washington", "capos extraditados a Washington", "cartel leader extradit washington", "capo extradit washington", COUNT, 50.0),
    spec!("extradition", "prisoners transferred to U.S. custody", "presos entregados a Estados Unidos", "prison transfer custodi", "pres entreg estad unid", COUNT, 26.0),
    spec!("extradition", "extradition requests pending", "solicitudes de extradición pendientes", "extradit request pend", "solicitud extradicion pendient", COUNT, 120.0),
    spec!("migration", "migrants detained at the border", "migrantes detenidos en la frontera", "migrant detain border", "migrant deten fronter", COUNT, 8500.0),
    spec!("migration", "asylum requests filed", "solicitudes de asilo", "asylum request file", "solicitud asil", COUNT, 32000.0),
    spec!("migration", "deportation flights", "vuelos de deportación", "deport flight", "vuel deportacion", COUNT, 45.0),
    spec!("casualties", "people killed in the attack", "muertos en el ataque", "peopl kill attack", "muert ataqu", COUNT, 12.0),
    spec!("casualties", "people injured", "heridos", "peopl injur", "her", COUNT, 40.0),
    spec!("casualties", "victims identified", "víctimas identificadas", "victim identifi", "victim identific", COUNT, 9.0),
    spec!("budget", "for the defense budget", "para el presupuesto de defensa", "defens budget", "presupuest defens", USD, 8.5e11),
    spec!("budget", "budget deficit", "déficit presupuestario", "budget deficit", "deficit presupuestari", PCT, 3.4),
    spec!("budget", "in emergency funding", "en financiamiento de emergencia", "emerg fund", "financ emergent", MXN, 1.5e9),
    spec!("economy", "economic growth", "crecimiento económico", "econom growth", "crecimient econom", PCT, 1.8),
    spec!("economy", "inflation", "inflación", "inflat", "inflacion", PCT, 4.2),
    spec!("economy", "in remittances", "en remesas", "remitt", "remes", USD, 6.3e10),
    spec!("employment", "workers laid off", "trabajadores despedidos", "worker laid off", "trabaj desped", COUNT, 1200.0),
    spec!("employment", "unemployment rate", "tasa de desempleo", "unemploy rate", "tas desemple", PCT, 3.1),
    spec!("employment", "new jobs created", "nuevos empleos", "new job creat", "nuev emple", COUNT, 150000.0),
    spec!("crime", "suspects arrested", "detenidos", "suspect arrest", "deten", COUNT, 35.0),
    spec!("crime", "homicides recorded", "homicidios registrados", "homicid record", "homicidi registr", COUNT, 2300.0),
    spec!("crime", "gang members charged", "pandilleros acusados", "gang member charg", "pandiller acus", COUNT, 18.0),
    spec!("drugs", "kilograms of fentanyl seized", "kilos de fentanilo asegurados", "kilogram fentanyl seiz", "kil fentanil asegur", COUNT, 900.0),
    spec!("drugs", "overdose deaths", "muertes por sobredosis", "overdos death", "muert sobredosis", COUNT, 74000.0),
    spec!("drugs", "drug labs dismantled", "narcolaboratorios desmantelados", "drug lab dismantl", "narcolaboratori desmantel", COUNT, 60.0),
    spec!("health", "patients hospitalized", "pacientes hospitalizados", "patient hospit", "pacient hospitaliz", COUNT, 430.0),
    spec!("health", "new cases confirmed", "casos nuevos confirmados", "new case confirm", "cas nuev confirm", COUNT, 2100.0),
    spec!("health", "vaccines delivered", "vacunas entregadas", "vaccin deliv", "vacun entreg", COUNT, 1.2e6),
    spec!("energy", "barrels of oil a day", "barriles de petróleo al día", "barrel oil day", "barril petrole dia", COUNT, 1.6e6),
    spec!("energy", "rise in gasoline prices", "alza en el precio de la gasolina", "rise gasolin price", "alz preci gasolin", PCT, 7.0),
    spec!("energy", "in power grid investment", "en inversión en la red eléctrica", "power grid invest", "inversion red electr", USD, 3.0e9),
    spec!("climate", "cut in carbon emissions", "reducción de emisiones de carbono", "cut carbon emiss", "reduccion emision carbon", PCT, 35.0),
    spec!("climate", "tons of carbon dioxide", "toneladas de dióxido de carbono", "ton carbon dioxid", "tonel dioxid carbon", COUNT, 4.0e8),
    spec!("climate", "days of extreme heat", "días de calor extremo", "day extrem heat", "dia calor extrem", COUNT, 21.0),
    spec!("disasters", "people evacuated", "personas evacuadas", "peopl evacu", "person evacu", COUNT, 15000.0),
    spec!("disasters", "hectares burned", "hectáreas quemadas", "hectar burn", "hectar quem", COUNT, 8500.0),
    spec!("disasters", "homes damaged by the storm", "viviendas dañadas por la tormenta", "home damag storm", "viviend dañ torment", COUNT, 3200.0),
    spec!("elections", "turnout", "participación", "turnout", "participacion", PCT, 61.0),
    spec!("elections", "votes counted", "votos contados", "vote count", "vot cont", COUNT, 2.4e7),
    spec!("elections", "approval rating", "aprobación", "approv rate", "aprobacion", PCT, 57.0),
    spec!("security", "troops deployed", "soldados desplegados", "troop deploy", "sold despleg", COUNT, 10000.0),
    spec!("security", "police officers assigned", "policías asignados", "polic offic assign", "polici asign", COUNT, 2500.0),
    spec!("security", "weapons seized", "armas aseguradas", "weapon seiz", "arm asegur", COUNT, 640.0),
    spec!("housing", "rise in rents", "aumento de las rentas", "rise rent", "aument rent", PCT, 9.0),
    spec!("housing", "new homes built", "viviendas nuevas construidas", "new home built", "viviend nuev constru", COUNT, 48000.0),
    spec!("housing", "average mortgage rate", "tasa hipotecaria promedio", "averag mortgag rate", "tas hipotecari promedi", PCT, 6.8),
    spec!("education", "students enrolled", "estudiantes inscritos", "student enrol", "estudi inscrit", COUNT, 1.1e6),
    spec!("education", "schools closed", "escuelas cerradas", "school close", "escuel cerr", COUNT, 300.0),
    spec!("education", "teachers hired", "maestros contratados", "teacher hire", "maestr contrat", COUNT, 5200.0),
    spec!("transport", "passengers a day on the new train", "pasajeros al día en el nuevo tren", "passeng day new train", "pasaj dia nuev tren", COUNT, 45000.0),
    spec!("transport", "flights cancelled", "vuelos cancelados", "flight cancel", "vuel cancel", COUNT, 780.0),
    spec!("transport", "for the railway project", "para el proyecto ferroviario", "railway project", "proyect ferroviari", MXN, 1.2e11),
    spec!("agriculture", "tons of corn harvested", "toneladas de maíz cosechadas", "ton corn harvest", "tonel maiz cosech", COUNT, 2.7e7),
    spec!("agriculture", "drop in avocado exports", "caída de las exportaciones de aguacate", "drop avocado export", "caid exportacion aguacat", PCT, 12.0),
    spec!("agriculture", "farmers receiving subsidies", "productores con subsidios", "farmer receiv subsidi", "productor subsidi", COUNT, 2.0e6),
];

/// Sentence frames with two figure slots ({1}, {2}), an attribution ({a}) and a day ({d}).
const FRAMES_EN: &[&str] = &[
    "Officials reported {1}, and {2}, {a} said on {d}.",
    "According to {a}, there were {1} by {d}, compared with {2}.",
    "The latest figures show {1} and {2}, {a} said.",
    "By {d}, {1} had been recorded, while {2} remained under review, according to {a}.",
    "{a} said on {d} that {1} and {2} were confirmed.",
    "The report, released on {d}, counted {1}; it also cited {2}.",
];
const FRAMES_ES: &[&str] = &[
    "Se reportaron {1} y {2}, según {a}, el {d}.",
    "De acuerdo con {a}, hasta el {d} había {1}, frente a {2}.",
    "Las cifras más recientes muestran {1} y {2}, informó {a}.",
    "Al {d} se registraron {1}, mientras que {2} seguían en revisión, según {a}.",
    "{a} informó el {d} que se confirmaron {1} y {2}.",
    "El informe, publicado el {d}, contabilizó {1}; también citó {2}.",
];
const ATTR_EN: &[&str] = &[
    "officials",
    "the attorney general's office",
    "the Commerce Department",
    "the Health Ministry",
    "local authorities",
    "the central bank",
    "the electoral institute",
    "civil protection officials",
];
const ATTR_ES: &[&str] = &[
    "la Fiscalía General",
    "Protección Civil",
    "la Secretaría de Economía",
    "la Secretaría de Salud",
    "las autoridades locales",
    "el Banco de México",
    "el INE",
    "el gobierno federal",
];
const CITIES: &[&str] = &[
    "Northport",
    "Riverside",
    "Lakeview",
    "Monterrey",
    "Tijuana",
    "Hillcrest",
    "Puebla",
    "Bayside",
    "Oaxaca",
    "Westfield",
];
const PAPERS: &[&str] = &["Herald", "Tribune", "Diario", "Crónica", "Courier"];

/// One figure slot of an article: which spec, its current value and qualifier.
#[derive(Clone)]
struct Slot {
    spec: usize,
    value: f64,
    qual: Qualifier,
}

/// Rounds a value to what a newspaper would print at its magnitude.
fn round_news(v: f64) -> f64 {
    let a = v.abs();
    if a >= 1e9 {
        (v / 1e8).round() * 1e8
    } else if a >= 1e6 {
        (v / 1e5).round() * 1e5
    } else if a >= 1000.0 {
        (v / 10.0).round() * 10.0
    } else if a >= 20.0 {
        v.round()
    } else {
        (v * 10.0).round() / 10.0
    }
}

/// A plain number as the language writes it (thousands grouped, one decimal at most).
fn plain_number(v: f64, es: bool) -> String {
    let (thou, dec) = if es { ('.', ',') } else { (',', '.') };
    if v.fract().abs() > 1e-9 {
        let whole = v.trunc() as u64;
        let tenth = ((v.fract() * 10.0).round() as u64).min(9);
        format!("{}{dec}{tenth}", group(whole, thou))
    } else {
        group(v as u64, thou)
    }
}

/// A number with a scale word for big figures ("1.2 million", "1,2 millones").
fn scaled_number(v: f64, es: bool) -> (String, &'static str) {
    let (div, en, es_word) = if v >= 1e9 {
        (1e9, "billion", "mil millones")
    } else {
        (1e6, "million", "millones")
    };
    let x = (v / div * 10.0).round() / 10.0;
    (plain_number(x, es), if es { es_word } else { en })
}

fn compact(v: f64) -> String {
    let a = v.abs();
    let (x, suffix) = if a >= 1e9 {
        (v / 1e9, "B")
    } else if a >= 1e6 {
        (v / 1e6, "M")
    } else if a >= 1e4 {
        (v / 1e3, "K")
    } else {
        (v, "")
    };
    let s = format!("{:.1}", x);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    format!("{s}{suffix}")
}

/// A rendered figure: the phrase that goes into the sentence, the claim's surface (a substring
/// of that phrase, at char offset `surface_at`), subject, label and key.
struct Figure {
    phrase: String,
    surface_at: usize,
    surface: String,
    subject: &'static str,
    label: String,
    key: &'static str,
}

fn figure(slot: &Slot, es: bool) -> Figure {
    let sp = &SPECS[slot.spec];
    let v = slot.value;
    let qual_words = match (slot.qual, es) {
        (Qualifier::Exact, _) => "",
        (Qualifier::Approx, false) => "about ",
        (Qualifier::Approx, true) => "alrededor de ",
        (Qualifier::MoreThan, false) => "more than ",
        (Qualifier::MoreThan, true) => "más de ",
        (Qualifier::AtMost, false) => "up to ",
        (Qualifier::AtMost, true) => "hasta ",
        (Qualifier::AtLeast, false) => "at least ",
        (Qualifier::AtLeast, true) => "al menos ",
        (Qualifier::LessThan, false) => "less than ",
        (Qualifier::LessThan, true) => "menos de ",
    };
    let noun = if es { sp.es } else { sp.en };
    let number = match (sp.unit, es) {
        (Some("percent"), false) => format!("{}%", plain_number(v, false)),
        (Some("percent"), true) => format!("{} por ciento", plain_number(v, true)),
        (Some("USD"), false) if v >= 1e6 => {
            let (n, w) = scaled_number(v, false);
            format!("${n} {w}")
        }
        (Some("USD"), false) => format!("${}", plain_number(v, false)),
        (Some("USD"), true) if v >= 1e6 => {
            let (n, w) = scaled_number(v, true);
            format!("{n} {w} de dólares")
        }
        (Some("USD"), true) => format!("{} dólares", plain_number(v, true)),
        (Some(_), false) if v >= 1e6 => {
            let (n, w) = scaled_number(v, false);
            format!("{n} {w} pesos")
        }
        (Some(_), false) => format!("{} pesos", plain_number(v, false)),
        (Some(_), true) if v >= 1e6 => {
            let (n, w) = scaled_number(v, true);
            format!("{n} {w} de pesos")
        }
        (Some(_), true) => format!("{} pesos", plain_number(v, true)),
        (None, _) if v >= 1e6 => {
            let (n, w) = scaled_number(v, es);
            format!("{n} {w}{}", if es { " de" } else { "" })
        }
        (None, _) => plain_number(v, es),
    };
    let surface = format!("{qual_words}{number}");
    let phrase = match (sp.unit, es) {
        // "a 25% tariff on steel imports", "un arancel al acero importado de 25 por ciento"
        (Some("percent"), false) if slot.qual == Qualifier::Exact => format!("a {surface} {noun}"),
        (Some("percent"), false) => format!("a {noun} of {surface}"),
        (Some("percent"), true) => format!("{noun} de {surface}"),
        _ => format!("{surface} {noun}"),
    };
    let surface_at = phrase
        .find(&surface)
        .map_or(0, |b| phrase[..b].chars().count());
    let sym = match slot.qual {
        Qualifier::Exact => "",
        Qualifier::Approx => "~",
        Qualifier::MoreThan => ">",
        Qualifier::AtMost => "≤",
        Qualifier::AtLeast => "≥",
        Qualifier::LessThan => "<",
    };
    let shown = match sp.unit {
        Some("percent") => format!("{}%", compact(v)),
        Some("USD") => format!("${}", compact(v)),
        Some(u) => format!("{} {u}", compact(v)),
        None => compact(v),
    };
    let label = if slot.qual == Qualifier::MoreThan {
        format!("{}+ {noun}", shown.trim_start_matches('>'))
    } else {
        format!("{sym}{shown} {noun}")
    };
    Figure {
        phrase,
        surface_at,
        surface,
        subject: noun,
        label,
        key: if es { sp.key_es } else { sp.key_en },
    }
}

/// A sentence slot of an article: a frame, two figures and an attribution.
#[derive(Clone)]
struct Para {
    frame: usize,
    attr: usize,
    day: usize,
    slots: [Slot; 2],
}

/// The "true" figure of a spec in a given week: outlets mostly report it, some get it wrong.
fn truth(spec: usize, week: i64) -> f64 {
    let mut r = Rng::new(SEED ^ ((spec as u64) << 32) ^ week as u64);
    round_news(SPECS[spec].base * (0.5 + r.below(1000) as f64 / 1000.0))
}

fn new_slot(rng: &mut Rng, topic: usize, secondary: usize, week: i64) -> Slot {
    // Most figures are on the article's topic; some on a related one.
    let t = if rng.probability(0.75) {
        topic
    } else {
        secondary
    };
    let first = t * 3;
    let spec = first + rng.below(3);
    let mut value = truth(spec, week);
    if rng.probability(0.2) {
        value = round_news(value * (0.7 + rng.below(600) as f64 / 1000.0)).max(0.1);
    }
    let qual = match rng.below(20) {
        0..=11 => Qualifier::Exact,
        12..=14 => Qualifier::Approx,
        15..=17 => Qualifier::MoreThan,
        _ => Qualifier::AtMost,
    };
    Slot { spec, value, qual }
}

fn new_para(rng: &mut Rng, topic: usize, secondary: usize, frames: usize, week: i64) -> Para {
    Para {
        frame: rng.below(frames),
        attr: rng.below(ATTR_EN.len()),
        day: 1 + rng.below(28),
        slots: [
            new_slot(rng, topic, secondary, week),
            new_slot(rng, topic, secondary, week),
        ],
    }
}

/// The next version of an article's paragraphs: figures revised, paragraphs moved or replaced.
fn revise(
    rng: &mut Rng,
    paras: &mut [Para],
    topic: usize,
    secondary: usize,
    frames: usize,
    week: i64,
) {
    for p in paras.iter_mut() {
        for s in p.slots.iter_mut() {
            if rng.probability(0.2) {
                let factor = 1.0 + (rng.below(41) as f64 - 20.0) / 100.0;
                s.value = round_news(s.value * factor).max(0.1);
                if s.qual != Qualifier::Exact && rng.probability(0.5) {
                    s.qual = Qualifier::Exact;
                }
            }
        }
    }
    if rng.probability(0.3) {
        let i = rng.below(paras.len());
        let j = rng.below(paras.len());
        paras.swap(i, j);
    }
    if rng.probability(0.2) {
        let i = rng.below(paras.len());
        paras[i] = new_para(rng, topic, secondary, frames, week);
    }
}

struct Args {
    db: PathBuf,
    articles: usize,
    versions: usize,
    prose: usize,
    force: bool,
}

fn parse_args() -> Result<Args> {
    let mut db = None;
    let mut articles = 20_000usize;
    let mut versions = VERSIONS;
    let mut prose = 0usize;
    let mut force = false;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--db" => {
                db = Some(PathBuf::from(
                    it.next().ok_or_else(|| anyhow!("--db needs a path"))?,
                ))
            }
            "--articles" => {
                let n = it
                    .next()
                    .ok_or_else(|| anyhow!("--articles needs a number"))?;
                articles = n
                    .parse()
                    .map_err(|_| anyhow!("bad --articles value {n:?}: expected a whole number"))?;
            }
            "--versions" | "--prose" => {
                let n = it.next().ok_or_else(|| anyhow!("{a} needs a number"))?;
                let n: usize = n
                    .parse()
                    .map_err(|_| anyhow!("bad {a} value {n:?}: expected a whole number"))?;
                match a.as_str() {
                    "--versions" => versions = n.max(1),
                    _ => prose = n,
                }
            }
            "--force" => force = true,
            "-h" | "--help" => {
                println!(
                    "claimdiff-gen --db PATH [--articles N] [--versions N] [--prose BYTES] [--force]\n\n\
                     Writes a deterministic claimdiff database of N articles (default 20000), each with\n\
                     {VERSIONS} versions (--versions) of {} claims, for the scale bench; --prose pads each version\n\
                     with claim-free paragraphs to about BYTES. --force replaces an existing file.",
                    SENTENCES * 2
                );
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?} (see --help)"),
        }
    }
    Ok(Args {
        db: db.ok_or_else(|| anyhow!("--db PATH is required"))?,
        articles,
        versions,
        prose,
        force,
    })
}

fn topics() -> Vec<&'static str> {
    let mut t: Vec<&'static str> = Vec::new();
    for s in SPECS {
        if t.last() != Some(&s.topic) {
            t.push(s.topic);
        }
    }
    t
}

fn timestamp(secs: i64) -> String {
    chrono::DateTime::from_timestamp(secs, 0)
        .expect("time in range")
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// One generated version, owned until its batch is imported.
struct GenVersion {
    source: String,
    key: String,
    url: String,
    title: String,
    at: String,
    text: String,
    hash: String,
    lang: &'static str,
    extraction: Extraction,
}

impl GenVersion {
    fn as_new(&self) -> NewVersion<'_> {
        NewVersion {
            source: &self.source,
            article: &self.key,
            url: Some(&self.url),
            title: Some(&self.title),
            recorded_at: self.at.clone(),
            published_at: Some(self.at.clone()),
            raw: self.text.as_bytes(),
            format: "text",
            encoding: None,
            text: &self.text,
            content_hash: &self.hash,
            lang: self.lang,
            extraction: &self.extraction,
        }
    }
}

/// The generator's state across articles.
struct Generator {
    rng: Rng,
    topic_names: Vec<&'static str>,
    /// The first article's time and the span the articles are spread over (seconds).
    start: i64,
    span: i64,
    articles: usize,
    /// Versions per article, and the claim-free prose each is padded to (bytes).
    versions: usize,
    prose: usize,
    /// Claims written so far (every seventh claim carries a second topic).
    claims: u64,
}

/// An article's language: its frames, attributions and month names.
struct Language {
    es: bool,
    frames: &'static [&'static str],
    attrs: &'static [&'static str],
    month: &'static str,
}

impl Generator {
    fn new(articles: usize, versions: usize, prose: usize) -> Generator {
        let topic_names = topics();
        assert_eq!(SPECS.len(), topic_names.len() * 3, "three specs per topic");
        Generator {
            rng: Rng::new(SEED),
            topic_names,
            start: chrono::DateTime::parse_from_rfc3339("2025-01-01T06:00:00Z")
                .expect("valid time")
                .timestamp(),
            span: 360 * 86_400,
            articles,
            versions,
            prose,
            claims: 0,
        }
    }

    /// The versions of article number `article` (from 0), in order.
    fn article(&mut self, article: usize, out: &mut Vec<GenVersion>) {
        let rng = &mut self.rng;
        let a_id = article + 1;
        let es = rng.probability(0.45);
        let n_topics = self.topic_names.len();
        let topic = rng.below(n_topics);
        let secondary = (topic + 1 + rng.below(n_topics - 1)) % n_topics;
        let source = rng.below(CITIES.len() * PAPERS.len());
        let (city, paper) = (CITIES[source / PAPERS.len()], PAPERS[source % PAPERS.len()]);
        let host = format!(
            "{}-{}.example",
            city.to_lowercase(),
            paper.to_lowercase().replace('ó', "o")
        );
        let name = self.topic_names[topic];
        let key = format!("{host}/2025/{name}/story-{a_id}");
        let title = if es {
            format!("{name}: las cifras de la semana ({a_id})")
        } else {
            format!("{name}: the week in figures ({a_id})")
        };
        let created = self.start + (article as i64 * self.span) / self.articles.max(1) as i64;
        let week = (created - self.start) / (7 * 86_400);
        let months = if es { MONTHS_ES } else { MONTHS_EN };
        let language = Language {
            es,
            frames: if es { FRAMES_ES } else { FRAMES_EN },
            attrs: if es { ATTR_ES } else { ATTR_EN },
            month: months[((created - self.start) / (30 * 86_400)) as usize % 12],
        };
        let frames = language.frames.len();
        let mut paras: Vec<Para> = (0..SENTENCES)
            .map(|_| new_para(rng, topic, secondary, frames, week))
            .collect();
        let mut at = created;
        // The claim-free prose, from its own random stream (the figures' stream stays as it is).
        let mut prose_rng = Rng::new(SEED ^ 0x5eed_0000 ^ a_id as u64);
        let mut filler = prose::paragraphs(&mut prose_rng, es, self.prose);
        for number in 1..=self.versions {
            if number > 1 {
                revise(&mut self.rng, &mut paras, topic, secondary, frames, week);
                prose::revise(&mut prose_rng, es, &mut filler);
                at += 1_800 + self.rng.below(6 * 3_600) as i64;
            }
            let (mut text, mut extraction) =
                self.version(&paras, &language, self.topic_names[secondary]);
            prose::append(&mut text, &mut extraction, &filler);
            out.push(GenVersion {
                source: format!("{city} {paper}"),
                url: format!("https://{key}"),
                key: key.clone(),
                title: title.clone(),
                at: timestamp(at),
                hash: claimdiff::ingest::content_hash(&text),
                text,
                lang: if es { "es" } else { "en" },
                extraction,
            });
        }
    }

    /// A version's text and what the extractor would find in it: each paragraph one sentence
    /// with two claims, offsets in chars.
    fn version(
        &mut self,
        paras: &[Para],
        language: &Language,
        secondary: &str,
    ) -> (String, Extraction) {
        let lang = if language.es { Lang::Es } else { Lang::En };
        let mut text = String::new();
        let mut ex = Extraction {
            lang,
            ..Extraction::default()
        };
        // (sentence index, char offset, claim) until the text is whole.
        let mut pending: Vec<(usize, usize, Claim)> = Vec::new();
        let mut pos = 0usize;
        for (idx, p) in paras.iter().enumerate() {
            if idx > 0 {
                text.push_str("\n\n");
                pos += 2;
            }
            let figures = [
                figure(&p.slots[0], language.es),
                figure(&p.slots[1], language.es),
            ];
            let (sentence, offs) = fill_frame(p, language, &figures);
            let len = sentence.chars().count();
            text.push_str(&sentence);
            for (k, f) in figures.into_iter().enumerate() {
                let start = pos + offs[k] + f.surface_at;
                let claim = self.claim(p, &p.slots[k], f, language, secondary);
                pending.push((idx, start, claim));
            }
            ex.sentences.push(Sentence {
                index: idx,
                paragraph: idx,
                start: pos,
                end: pos + len,
                text: sentence.into(),
                lang,
            });
            pos += len;
        }
        ex.claims = pending
            .into_iter()
            .map(|(idx, start, mut c)| {
                // A surface that opens its sentence opens with a capital letter there.
                if text.chars().nth(start).is_some_and(char::is_uppercase) {
                    let mut cs = c.surface.chars();
                    let c0: String = cs.next().into_iter().flat_map(char::to_uppercase).collect();
                    c.surface = format!("{c0}{}", cs.as_str());
                }
                c.start = start;
                c.end = start + c.surface.chars().count();
                c.sentence_index = idx;
                c.sentence = ex.sentences[idx].text.clone();
                c
            })
            .collect();
        (text, ex)
    }

    /// The claim of one figure (offsets and sentence filled in by the caller).
    fn claim(
        &mut self,
        p: &Para,
        slot: &Slot,
        f: Figure,
        language: &Language,
        secondary: &str,
    ) -> Claim {
        self.claims += 1;
        let sp = &SPECS[slot.spec];
        let mut topics = vec![sp.topic.to_string()];
        // Some claims carry a second topic too (tariffs are also trade).
        if sp.topic == "tariffs" {
            topics.push("trade".into());
        } else if self.claims.is_multiple_of(7) {
            topics.push(secondary.into());
        }
        Claim {
            label: f.label,
            value: slot.value,
            value_max: None,
            qualifier: slot.qual,
            unit: sp.unit.map(str::to_string),
            subject: f.subject.to_string(),
            topics,
            attribution: Some(language.attrs[p.attr].to_string()),
            surface: f.surface,
            sentence: "".into(),
            start: 0,
            end: 0,
            sentence_index: 0,
            key: f.key.split(' ').map(str::to_string).collect(),
            changed_from: None,
        }
    }
}

/// A paragraph's sentence: its frame filled piece by piece, with the char offsets of its two
/// figure phrases.
fn fill_frame(p: &Para, language: &Language, figures: &[Figure; 2]) -> (String, [usize; 2]) {
    let day = if language.es {
        format!("{} de {}", p.day, language.month)
    } else {
        format!("{} {}", language.month, p.day)
    };
    let attr = language.attrs[p.attr];
    let mut sentence = String::new();
    let mut offs = [0usize; 2];
    let mut rest = language.frames[p.frame];
    let mut first = true;
    while let Some(b) = rest.find('{') {
        sentence.push_str(&rest[..b]);
        let piece: &str = match &rest[b + 1..b + 2] {
            "1" => {
                offs[0] = sentence.chars().count();
                &figures[0].phrase
            }
            "2" => {
                offs[1] = sentence.chars().count();
                &figures[1].phrase
            }
            "a" => attr,
            _ => &day,
        };
        if first && b == 0 {
            // A sentence opens with a capital letter.
            let mut cs = piece.chars();
            if let Some(c0) = cs.next() {
                sentence.extend(c0.to_uppercase());
                sentence.push_str(cs.as_str());
            }
        } else {
            sentence.push_str(piece);
        }
        first = false;
        rest = &rest[b + 3..];
    }
    sentence.push_str(rest);
    (sentence, offs)
}

fn run(args: &Args) -> Result<()> {
    if args.db.exists() {
        if !args.force {
            bail!("{} exists (pass --force to replace it)", args.db.display());
        }
        std::fs::remove_file(&args.db)?;
        for ext in ["-wal", "-shm"] {
            let mut p = args.db.clone().into_os_string();
            p.push(ext);
            let _ = std::fs::remove_file(p);
        }
    }
    // The store creates the file with every migration applied (and user_version set), and
    // writes each batch of articles in one transaction.
    // A `postgres://` URL fills a PostgreSQL database instead (its tables created when missing).
    let (mut store, schema): (Box<dyn Store>, usize) = match args.db.to_str() {
        Some(url) if postgres::is_url(url) => {
            let store = PgStore::open(url, true)?;
            let schema = store.schema()?;
            (Box::new(store), schema)
        }
        _ => {
            let store = SqliteStore::open(&args.db, true)?;
            let schema = store.schema()?;
            (Box::new(store), schema)
        }
    };
    let t0 = Instant::now();
    let mut generator = Generator::new(args.articles, args.versions, args.prose);
    let mut versions = 0usize;
    let mut article = 0usize;
    while article < args.articles {
        let end = (article + ARTICLES_PER_TX).min(args.articles);
        let mut batch = Vec::with_capacity((end - article) * args.versions);
        for a in article..end {
            generator.article(a, &mut batch);
        }
        let new: Vec<NewVersion> = batch.iter().map(GenVersion::as_new).collect();
        versions += store
            .import_versions(&new)
            .with_context(|| format!("writing {}", args.db.display()))?;
        article = end;
        eprint!(
            "\rclaimdiff-gen: {article}/{} articles, {} claims ({:.0?})",
            args.articles,
            generator.claims,
            t0.elapsed()
        );
    }
    eprintln!();
    // Each version's claim lineage through the diff engine, as `record` computes it.
    let linked = store.relink(&mut claimdiff::history::lineage)?;
    eprintln!(
        "claimdiff-gen: linked {linked} versions ({:.1?})",
        t0.elapsed()
    );
    eprintln!(
        "claimdiff-gen: wrote {} ({} articles, {versions} versions, {} claims, {} topics, {} sources, schema {}) in {:.1?}",
        args.db.display(),
        args.articles,
        generator.claims,
        generator.topic_names.len(),
        CITIES.len() * PAPERS.len(),
        schema,
        t0.elapsed()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args().and_then(|a| run(&a)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimdiff-gen: {e:#}");
            ExitCode::FAILURE
        }
    }
}
