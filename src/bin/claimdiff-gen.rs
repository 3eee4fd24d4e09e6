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
//! Usage: `claimdiff-gen --db PATH [--articles N] [--force]`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use claimdiff::store::Store;
use rusqlite::{params, Connection};

const VERSIONS: usize = 5;
const SENTENCES: usize = 5; // per version, two claims each
const SEED: u64 = 0x00c1_a1d1_ff5e_ed01;
const ARTICLES_PER_TX: usize = 2_000;

/// SplitMix64: small, fast and deterministic; good enough to vary synthetic text.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

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
const MONTHS_EN: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: &[&str] = &[
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
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

#[derive(Clone, Copy, PartialEq)]
enum Qual {
    Exact,
    Approx,
    MoreThan,
    AtMost,
}

impl Qual {
    fn as_str(self) -> &'static str {
        match self {
            Qual::Exact => "exact",
            Qual::Approx => "approx",
            Qual::MoreThan => "more_than",
            Qual::AtMost => "at_most",
        }
    }
}

/// One figure slot of an article: which spec, its current value and qualifier.
#[derive(Clone)]
struct Slot {
    spec: usize,
    value: f64,
    qual: Qual,
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

fn group(int: u64, sep: char) -> String {
    let s = int.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
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
        (Qual::Exact, _) => "",
        (Qual::Approx, false) => "about ",
        (Qual::Approx, true) => "alrededor de ",
        (Qual::MoreThan, false) => "more than ",
        (Qual::MoreThan, true) => "más de ",
        (Qual::AtMost, false) => "up to ",
        (Qual::AtMost, true) => "hasta ",
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
        (Some("percent"), false) if slot.qual == Qual::Exact => format!("a {surface} {noun}"),
        (Some("percent"), false) => format!("a {noun} of {surface}"),
        (Some("percent"), true) => format!("{noun} de {surface}"),
        _ => format!("{surface} {noun}"),
    };
    let surface_at = phrase
        .find(&surface)
        .map_or(0, |b| phrase[..b].chars().count());
    let sym = match slot.qual {
        Qual::Exact => "",
        Qual::Approx => "~",
        Qual::MoreThan => ">",
        Qual::AtMost => "≤",
    };
    let shown = match sp.unit {
        Some("percent") => format!("{}%", compact(v)),
        Some("USD") => format!("${}", compact(v)),
        Some(u) => format!("{} {u}", compact(v)),
        None => compact(v),
    };
    let label = if slot.qual == Qual::MoreThan {
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
    let t = if rng.chance(0.75) { topic } else { secondary };
    let first = t * 3;
    let spec = first + rng.below(3);
    let mut value = truth(spec, week);
    if rng.chance(0.2) {
        value = round_news(value * (0.7 + rng.below(600) as f64 / 1000.0)).max(0.1);
    }
    let qual = match rng.below(20) {
        0..=11 => Qual::Exact,
        12..=14 => Qual::Approx,
        15..=17 => Qual::MoreThan,
        _ => Qual::AtMost,
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
            if rng.chance(0.2) {
                let factor = 1.0 + (rng.below(41) as f64 - 20.0) / 100.0;
                s.value = round_news(s.value * factor).max(0.1);
                if s.qual != Qual::Exact && rng.chance(0.5) {
                    s.qual = Qual::Exact;
                }
            }
        }
    }
    if rng.chance(0.3) {
        let i = rng.below(paras.len());
        let j = rng.below(paras.len());
        paras.swap(i, j);
    }
    if rng.chance(0.2) {
        let i = rng.below(paras.len());
        paras[i] = new_para(rng, topic, secondary, frames, week);
    }
}

struct Args {
    db: PathBuf,
    articles: usize,
    force: bool,
}

fn parse_args() -> Result<Args> {
    let mut db = None;
    let mut articles = 20_000usize;
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
            "--force" => force = true,
            "-h" | "--help" => {
                println!(
                    "claimdiff-gen --db PATH [--articles N] [--force]\n\n\
                     Writes a deterministic claimdiff database of N articles (default 20000), each with\n\
                     {VERSIONS} versions of {} claims, for the scale bench. --force replaces an existing file.",
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
    // The store creates the file with every migration applied (and user_version set).
    drop(claimdiff::store::SqliteStore::open(&args.db, true)?);
    let mut conn = Connection::open(&args.db)?;
    conn.pragma_update(None, "journal_mode", "OFF")?;
    conn.pragma_update(None, "synchronous", "OFF")?;
    conn.pragma_update(None, "cache_size", -262_144i64)?;
    let topic_names = topics();
    assert_eq!(SPECS.len(), topic_names.len() * 3, "three specs per topic");
    let t0 = Instant::now();

    let n_sources = CITIES.len() * PAPERS.len();
    {
        let tx = conn.transaction()?;
        for (i, c) in CITIES.iter().enumerate() {
            for (j, p) in PAPERS.iter().enumerate() {
                tx.execute(
                    "INSERT INTO sources (id, name) VALUES (?, ?)",
                    params![(i * PAPERS.len() + j + 1) as i64, format!("{c} {p}")],
                )?;
            }
        }
        tx.commit()?;
    }

    let mut rng = Rng::new(SEED);
    let start = chrono::DateTime::parse_from_rfc3339("2025-01-01T06:00:00Z")
        .expect("valid time")
        .timestamp();
    let span = 360 * 86_400i64;
    let mut version_id = 0i64;
    let mut claim_id = 0i64;
    let mut text = String::new();
    let mut article = 0usize;
    while article < args.articles {
        let tx = conn.transaction()?;
        {
            let mut ins_article = tx.prepare(
                "INSERT INTO articles (id, key, source_id, url, title, created_at) VALUES (?,?,?,?,?,?)",
            )?;
            let mut ins_version = tx.prepare(
                "INSERT INTO versions (id, article_id, number, recorded_at, published_at, at, content_hash, raw, format, encoding, text, lang, title) \
                 VALUES (?,?,?,?,?,?,?,?,'text',NULL,?,?,?)",
            )?;
            let mut ins_sentence = tx.prepare(
                "INSERT INTO sentences (version_id, idx, paragraph, start, end, lang, text) VALUES (?,?,?,?,?,?,?)",
            )?;
            let mut ins_claim = tx.prepare(
                "INSERT INTO claims (id, version_id, ord, sentence_idx, label, value, value_max, qualifier, unit, subject, subject_key, attribution, surface, start, end) \
                 VALUES (?,?,?,?,?,?,NULL,?,?,?,?,?,?,?,?)",
            )?;
            let mut ins_topic =
                tx.prepare("INSERT OR IGNORE INTO claim_topics (topic, claim_id) VALUES (?, ?)")?;
            let mut ins_fts =
                tx.prepare("INSERT INTO claim_fts (rowid, sentence, subject) VALUES (?, ?, ?)")?;
            let end = (article + ARTICLES_PER_TX).min(args.articles);
            while article < end {
                let a_id = article as i64 + 1;
                let es = rng.chance(0.45);
                let lang = if es { "es" } else { "en" };
                let topic = rng.below(topic_names.len());
                let secondary = (topic + 1 + rng.below(topic_names.len() - 1)) % topic_names.len();
                let source = 1 + rng.below(n_sources);
                let city = CITIES[(source - 1) / PAPERS.len()].to_lowercase();
                let paper = PAPERS[(source - 1) % PAPERS.len()]
                    .to_lowercase()
                    .replace('ó', "o");
                let host = format!("{city}-{paper}.example");
                let key = format!("{host}/2025/{}/story-{a_id}", topic_names[topic]);
                let url = format!("https://{key}");
                let title = if es {
                    format!("{}: las cifras de la semana ({a_id})", topic_names[topic])
                } else {
                    format!("{}: the week in figures ({a_id})", topic_names[topic])
                };
                let created = start + (article as i64 * span) / args.articles.max(1) as i64;
                ins_article.execute(params![
                    a_id,
                    key,
                    source as i64,
                    url,
                    title,
                    timestamp(created)
                ])?;
                let frames = if es { FRAMES_ES } else { FRAMES_EN };
                let attrs = if es { ATTR_ES } else { ATTR_EN };
                let months = if es { MONTHS_ES } else { MONTHS_EN };
                let week = (created - start) / (7 * 86_400);
                let month = months[((created - start) / (30 * 86_400)) as usize % 12];
                let mut paras: Vec<Para> = (0..SENTENCES)
                    .map(|_| new_para(&mut rng, topic, secondary, frames.len(), week))
                    .collect();
                let mut at = created;
                for number in 1..=VERSIONS {
                    if number > 1 {
                        revise(&mut rng, &mut paras, topic, secondary, frames.len(), week);
                        at += 1_800 + rng.below(6 * 3_600) as i64;
                    }
                    version_id += 1;
                    // Build the text, remembering where each sentence and surface sits (chars).
                    text.clear();
                    let mut sentences: Vec<(usize, usize, String)> = Vec::new();
                    let mut claims: Vec<(usize, Figure, usize, &Slot)> = Vec::new();
                    let mut pos = 0usize;
                    for (idx, p) in paras.iter().enumerate() {
                        if idx > 0 {
                            text.push_str("\n\n");
                            pos += 2;
                        }
                        let f1 = figure(&p.slots[0], es);
                        let f2 = figure(&p.slots[1], es);
                        let day = if es {
                            format!("{} de {month}", p.day)
                        } else {
                            format!("{month} {}", p.day)
                        };
                        let frame = frames[p.frame];
                        let attr = attrs[p.attr];
                        // Fill the frame piece by piece so the offsets are known.
                        let mut sentence = String::new();
                        let mut offs = [0usize; 2];
                        let mut rest = frame;
                        let mut first = true;
                        while let Some(b) = rest.find('{') {
                            sentence.push_str(&rest[..b]);
                            let tag = &rest[b + 1..b + 2];
                            let piece: &str = match tag {
                                "1" => {
                                    offs[0] = sentence.chars().count();
                                    &f1.phrase
                                }
                                "2" => {
                                    offs[1] = sentence.chars().count();
                                    &f2.phrase
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
                        let len = sentence.chars().count();
                        text.push_str(&sentence);
                        for (k, f) in [f1, f2].into_iter().enumerate() {
                            let s = pos + offs[k] + f.surface_at;
                            claims.push((idx, f, s, &p.slots[k]));
                        }
                        sentences.push((pos, pos + len, sentence));
                        pos += len;
                    }
                    let at_s = timestamp(at);
                    let hash = claimdiff::app::content_hash(&text);
                    ins_version.execute(params![
                        version_id,
                        a_id,
                        number as i64,
                        at_s,
                        at_s,
                        at_s,
                        hash,
                        text.as_bytes(),
                        text,
                        lang,
                        title
                    ])?;
                    for (idx, (s, e, t)) in sentences.iter().enumerate() {
                        ins_sentence.execute(params![
                            version_id, idx as i64, idx as i64, *s as i64, *e as i64, lang, t
                        ])?;
                    }
                    for (ord, (idx, f, s, slot)) in claims.iter().enumerate() {
                        claim_id += 1;
                        let sp = &SPECS[slot.spec];
                        let surface_is_upper =
                            text.chars().nth(*s).is_some_and(|c| c.is_uppercase());
                        let surface = if surface_is_upper {
                            let mut cs = f.surface.chars();
                            let c0: String =
                                cs.next().into_iter().flat_map(char::to_uppercase).collect();
                            format!("{c0}{}", cs.as_str())
                        } else {
                            f.surface.clone()
                        };
                        let e = s + surface.chars().count();
                        let p = &paras[*idx];
                        ins_claim.execute(params![
                            claim_id,
                            version_id,
                            ord as i64,
                            *idx as i64,
                            f.label,
                            slot.value,
                            slot.qual.as_str(),
                            sp.unit,
                            f.subject,
                            f.key,
                            attrs[p.attr],
                            surface,
                            *s as i64,
                            e as i64
                        ])?;
                        ins_topic.execute(params![sp.topic, claim_id])?;
                        // Some claims carry a second topic too (tariffs are also trade).
                        if sp.topic == "tariffs" {
                            ins_topic.execute(params!["trade", claim_id])?;
                        } else if claim_id % 7 == 0 {
                            ins_topic.execute(params![topic_names[secondary], claim_id])?;
                        }
                        ins_fts.execute(params![claim_id, sentences[*idx].2, f.subject])?;
                    }
                }
                article += 1;
            }
        }
        tx.commit()?;
        eprint!(
            "\rclaimdiff-gen: {article}/{} articles, {claim_id} claims ({:.0?})",
            args.articles,
            t0.elapsed()
        );
    }
    eprintln!();
    conn.pragma_update(None, "journal_mode", "WAL")?;
    let schema: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    drop(conn);
    // Prove the file opens as a claimdiff database, and build its derived tables: the topic
    // summary, and each version's claim lineage through the diff engine, as `record` does.
    let mut store = claimdiff::store::SqliteStore::open(&args.db, false)
        .with_context(|| format!("reopening {}", args.db.display()))?;
    store.rebuild_summaries()?;
    let linked = store.relink(&mut claimdiff::history::lineage)?;
    eprintln!(
        "claimdiff-gen: linked {linked} versions ({:.1?})",
        t0.elapsed()
    );
    eprintln!(
        "claimdiff-gen: wrote {} ({} articles, {version_id} versions, {claim_id} claims, {} topics, {n_sources} sources, schema {schema}) in {:.1?}",
        args.db.display(),
        args.articles,
        topic_names.len(),
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
