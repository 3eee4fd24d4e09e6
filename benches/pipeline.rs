//! Pipeline benches (criterion, `cargo bench --bench pipeline`).
//!
//! Extraction runs over two generated corpora of about 5 MB each (stories of 2–14 KB, 55%
//! English, 45% Spanish), reported as bytes per second. Target: ≥ 60 MB/s.
//!
//! - `news` (realistic: the speed to quote): stories as sparse in figures as real news. It is
//!   calibrated to the captured real pages (`../shared/real-pages` template-pairs and
//!   version-pairs, `../shared/seed`): each was run through `claimdiff extract` (HTML through
//!   the article extraction, text as is) and its sentences and claims counted; over the 8
//!   distinct articles (one file of each template pair and of each byte-identical pair, the
//!   later version of the AP story, 38 KB of article text, 261 sentences, 59 claims) they give
//!   1.55 claims per KB of text, 18.0% of sentences holding a claim, 1.26 claims per such
//!   sentence, 136 bytes per sentence (146 bytes of text per sentence, furniture and breaks
//!   included), 1.65 sentences per paragraph, and 5% of sentences with digits that are no
//!   claim (dates, years). Averaged article by article instead (short articles weigh as much
//!   as long ones) the figures are 2.2 claims/KB and 22%. The generator gives 1.63 claims/KB,
//!   18.3%, 1.25, 136 bytes (141 of text), 1.60 and 4%. Its sentences come from 50 English and
//!   39 Spanish figure-free sentences of 20–35 words (politics, economy, courts, weather,
//!   health, sport; a few with years, dates, times, ordinals and model names, which are not
//!   claims), 16 and 15 short ones (quotes, one-line statements), and 28 and 23 figure
//!   sentences (counts, number words, ages, money in four currencies, percentages, qualifiers,
//!   mostly one claim each), with names, places, institutions and teams drawn from longer
//!   lists; page furniture (headlines, bylines, datelines, captions, "Read more" links,
//!   newsletter prompts, most-read lists, copyright lines) sits around and between paragraphs.
//!   Figures are printed at start (computed with the real `Extractor`) so the calibration can
//!   be checked.
//! - `dense`: the original generator, a few short templates, about half of them with figures:
//!   about 9 claims per KB, 39% of sentences with a claim, 80 bytes a sentence. A worst case
//!   for the number and subject finders, not news-like. The diff benches use it too.
//!
//! For each corpus:
//! - `extract/{news,dense}_5mb`: the whole extraction pipeline (furniture marking,
//!   segmentation, language detection, number finding, subjects, topics), one `extract_text`
//!   call a story.
//! - `extract/{news,dense}_5mb_parallel`: the same stories through `Extractor::extract_texts`,
//!   the batch API `extract --jsonl` uses, which spreads them over every core (rayon), 128
//!   stories (about 1 MB) a call as `extract --jsonl` chunks its input.
//! - `extract/{news,dense}_one_text_5mb`: the same stories concatenated into one 5 MB text.
//!   Furniture marking treats runs of lines in the text's minority language as furniture, so
//!   less of it reaches the extractor than one story at a time.
//!
//! And:
//! - `diff/versions_10kb`: the claim diff of two ~10 KB versions of one story (figures edited,
//!   paragraphs reordered, sentences added and removed), extracted beforehand. Target: < 2 ms.
//! - `diff/versions_1mb`: the same for two ~1 MB documents (in Spanish). Target: < 200 ms.
//!
//! Everything is generated here, deterministically (fixed seeds). `CLAIMDIFF_BENCH_DUMP=DIR`
//! writes the texts there (`news_5mb.jsonl`, `news_5mb.txt`, `dense_5mb.jsonl`,
//! `dense_5mb.txt`, the diff versions), to look at or to feed to the CLI;
//! `CLAIMDIFF_BENCH_CORPUS=DIR` only writes larger corpora for `scripts/extract-bench.sh` (see
//! [`write_corpora`]) and exits. Measurement times are short so the whole run takes a few
//! minutes on two cores.

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use claimdiff::diff::{self, Mode, Side};
use claimdiff::extract::Extractor;
use claimdiff::model::Extraction;
use criterion::{criterion_group, Criterion, Throughput};

/// The allocator the `claimdiff` binary uses, so that the benches measure what it runs.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The random generator and word lists the dev generators share (with claimdiff-gen).
#[path = "../dev/synth.rs"]
mod synth;

use synth::{group, Rng};

// Templates: {N} a count, {P} a percentage, {M} money, {Q} a qualifier, {R} a range,
// {D} a date, {A} an attribution, {W} a number in words, {X} a subject noun, {Y} a place.
const EN: &[&str] = &[
    "{Q}{N} {X} were reported in {Y} on {D}, {A} said.",
    "The government raised the tariff on steel imports to {P}, up from {P} a year earlier.",
    "According to {A}, {Q}{N} {X} had been counted by {D}.",
    "The plan will cost {M} over {W} years, and officials expect {Q}{P} of it to come from new taxes.",
    "Between {R} {X} were evacuated from {Y} after the storm, {A} said on {D}.",
    "Inflation slowed to {P} in the year to {D}, the lowest reading in {W} months.",
    "{A} said {Q}{N} {X} remained in custody, while {N} others were released.",
    "Exports to the United States rose {P} to {M} in the first quarter.",
    "The company said it would cut {Q}{N} jobs, about {P} of its workforce, by {D}.",
    "Police said the blast killed {N} people and injured {Q}{N} in {Y}.",
    "The measure passed with {N} votes in favor and {N} against.",
    "Officials have not said how many {X} were affected.",
    "Residents of {Y} said the water had risen quickly during the night.",
    "The ministry did not respond to a request for comment.",
    "He was sentenced to {W} years in prison and fined {M}.",
    "Some {N} hectares burned in {Y}, where {W} fires were still active on {D}.",
];
const ES: &[&str] = &[
    "{Q}{N} {X} fueron reportados en {Y} el {D}, según {A}.",
    "El gobierno elevó el arancel al acero importado a {P}, frente a {P} un año antes.",
    "De acuerdo con {A}, hasta el {D} se contabilizaban {Q}{N} {X}.",
    "El plan costará {M} en {W} años, y se espera que {Q}{P} provenga de nuevos impuestos.",
    "Entre {R} {X} fueron evacuados de {Y} tras la tormenta, informó {A} el {D}.",
    "La inflación bajó a {P} en el año al {D}, su menor nivel en {W} meses.",
    "{A} dijo que {Q}{N} {X} seguían detenidos, mientras que {N} fueron liberados.",
    "Las exportaciones a Estados Unidos crecieron {P} hasta {M} en el primer trimestre.",
    "La empresa recortará {Q}{N} empleos, alrededor de {P} de su plantilla, antes del {D}.",
    "La explosión dejó {N} muertos y {Q}{N} heridos en {Y}, según la policía.",
    "La iniciativa fue aprobada con {N} votos a favor y {N} en contra.",
    "Las autoridades no han dicho cuántas {X} resultaron afectadas.",
    "Vecinos de {Y} dijeron que el agua subió rápidamente durante la noche.",
    "La secretaría no respondió a una solicitud de comentarios.",
    "Fue condenado a {W} años de prisión y a pagar una multa de {M}.",
    "Unas {N} hectáreas se quemaron en {Y}, donde seguían activos {W} incendios el {D}.",
];
// Sentences without figures: most of a news story.
const EN_PLAIN: &[&str] = &[
    "The announcement came after weeks of negotiations between the two governments.",
    "Critics said the measure would hurt small businesses and raise prices for consumers.",
    "The president defended the decision in a news conference on Tuesday morning.",
    "Residents described hearing a loud noise shortly before the building collapsed.",
    "Analysts said the move was likely to be challenged in court.",
    "The governor urged people to stay indoors and follow the instructions of emergency crews.",
    "It was not immediately clear who was responsible for the attack.",
    "Opposition lawmakers called for an independent investigation.",
    "The agency said it was reviewing the data and would publish an update next week.",
    "Business groups welcomed the agreement but warned that details were still missing.",
    "Witnesses said the police arrived within minutes.",
    "The talks are expected to resume after the holiday.",
];
const ES_PLAIN: &[&str] = &[
    "El anuncio se dio tras semanas de negociaciones entre ambos gobiernos.",
    "Los críticos advirtieron que la medida afectaría a los pequeños negocios y elevaría los precios.",
    "La presidenta defendió la decisión en su conferencia matutina del martes.",
    "Los vecinos relataron que escucharon un fuerte ruido poco antes del derrumbe.",
    "Analistas señalaron que la medida probablemente será impugnada en los tribunales.",
    "El gobernador pidió a la población permanecer en sus casas y seguir las indicaciones de los cuerpos de emergencia.",
    "No quedó claro de inmediato quién fue responsable del ataque.",
    "Legisladores de oposición exigieron una investigación independiente.",
    "La dependencia dijo que revisa los datos y que publicará una actualización la próxima semana.",
    "Los empresarios celebraron el acuerdo, aunque advirtieron que faltan detalles.",
    "Testigos dijeron que la policía llegó en cuestión de minutos.",
    "Se espera que las conversaciones se reanuden después del día festivo.",
];
const FURNITURE: &[&str] = &[
    "Sign up for our newsletter",
    "Advertisement",
    "Read more: The week in tariffs, explained",
    "Share this article",
    "Suscríbete a nuestro boletín",
    "Publicidad",
    "Lee también: Lo que sabemos de la reforma",
    "© 2025 The Daily Example. All rights reserved.",
];
const QUAL_EN: &[&str] = &[
    "",
    "",
    "",
    "about ",
    "more than ",
    "nearly ",
    "at least ",
    "up to ",
];
const QUAL_ES: &[&str] = &[
    "",
    "",
    "",
    "alrededor de ",
    "más de ",
    "casi ",
    "al menos ",
    "hasta ",
];
const SUBJ_EN: &[&str] = &[
    "migrants",
    "workers",
    "families",
    "prisoners",
    "homes",
    "vehicles",
    "students",
    "patients",
];
const SUBJ_ES: &[&str] = &[
    "migrantes",
    "trabajadores",
    "familias",
    "presos",
    "viviendas",
    "vehículos",
    "estudiantes",
    "pacientes",
];
const PLACES: &[&str] = &[
    "Sinaloa",
    "Texas",
    "Oaxaca",
    "Chihuahua",
    "Arizona",
    "Veracruz",
    "Jalisco",
    "California",
];
const ATTR_EN: &[&str] = &[
    "officials",
    "the attorney general's office",
    "the Commerce Department",
    "local authorities",
    "a spokesman for the governor",
];
const ATTR_ES: &[&str] = &[
    "la Fiscalía General",
    "Protección Civil",
    "la Secretaría de Economía",
    "las autoridades locales",
    "un vocero del gobierno estatal",
];
const WORDS_EN: &[&str] = &["two", "three", "five", "ten", "twelve", "twenty"];
const WORDS_ES: &[&str] = &["dos", "tres", "cinco", "diez", "doce", "veinte"];
const MONTHS_EN: &[&str] = &["January", "March", "June", "September", "December"];
const MONTHS_ES: &[&str] = &["enero", "marzo", "junio", "septiembre", "diciembre"];

/// A sentence to render: a template and the figures that fill it, kept apart so that a later
/// version can edit a figure and render the same sentence again.
#[derive(Clone)]
struct Sent {
    es: bool,
    template: usize,
    figures: Vec<u64>,
    seed: u64,
}

impl Sent {
    fn new(rng: &mut Rng, es: bool) -> Sent {
        // About half the sentences of a story carry no figure.
        let (with, plain) = if es {
            (ES.len(), ES_PLAIN.len())
        } else {
            (EN.len(), EN_PLAIN.len())
        };
        let template = if rng.chance(50) {
            with + rng.below(plain)
        } else {
            rng.below(with)
        };
        Sent {
            es,
            template,
            figures: (0..6).map(|_| rng.next()).collect(),
            seed: rng.next(),
        }
    }

    /// Changes one of the figures (a revised number).
    fn edit(&mut self, rng: &mut Rng) {
        // The first two figures are the ones every template with a figure uses.
        let i = rng.below(2);
        self.figures[i] = self.figures[i].wrapping_add(1 + rng.below(7) as u64);
    }

    fn render(&self, out: &mut String) {
        let (with, plain) = if self.es {
            (ES, ES_PLAIN)
        } else {
            (EN, EN_PLAIN)
        };
        let t = with
            .get(self.template)
            .copied()
            .unwrap_or_else(|| plain[self.template - with.len()]);
        // The non-figure choices come from the sentence's own seed, so they stay put.
        let mut r = Rng(self.seed);
        let mut figs = self.figures.iter().copied().cycle();
        let mut fig = || figs.next().unwrap_or(0);
        let (thou, dec) = if self.es { ('.', ',') } else { (',', '.') };
        let mut rest = t;
        let start = out.len();
        while let Some(b) = rest.find('{') {
            out.push_str(&rest[..b]);
            let tag = rest.as_bytes()[b + 1];
            let at_start = out.len() == start;
            let mut piece = String::new();
            match tag {
                b'N' => piece.push_str(&group(fig() % 20_000 + 2, thou)),
                b'P' => {
                    let f = fig();
                    let _ = write!(piece, "{}{dec}{}%", f % 40, (f / 40) % 10);
                }
                b'M' => {
                    let f = fig();
                    piece = if self.es {
                        format!("{}{dec}{} millones de pesos", f % 900 + 1, (f / 900) % 10)
                    } else {
                        format!("${}{dec}{} million", f % 900 + 1, (f / 900) % 10)
                    };
                }
                b'R' => {
                    let lo = fig() % 500 + 10;
                    let hi = lo + 10 + fig() % 300;
                    piece = if self.es {
                        format!("{lo} y {hi}")
                    } else {
                        format!("{lo} and {hi}")
                    };
                }
                b'Q' => piece.push_str(r.pick(if self.es { QUAL_ES } else { QUAL_EN })),
                b'D' => {
                    let day = 1 + r.below(28);
                    piece = if self.es {
                        format!("{day} de {}", r.pick(MONTHS_ES))
                    } else {
                        format!("{} {day}", r.pick(MONTHS_EN))
                    };
                }
                b'A' => piece.push_str(r.pick(if self.es { ATTR_ES } else { ATTR_EN })),
                b'W' => piece.push_str(r.pick(if self.es { WORDS_ES } else { WORDS_EN })),
                b'X' => piece.push_str(r.pick(if self.es { SUBJ_ES } else { SUBJ_EN })),
                _ => piece.push_str(r.pick(PLACES)),
            }
            if at_start {
                let mut cs = piece.chars();
                if let Some(c) = cs.next() {
                    out.extend(c.to_uppercase());
                    out.push_str(cs.as_str());
                }
            } else {
                out.push_str(&piece);
            }
            rest = &rest[b + 3..];
        }
        out.push_str(rest);
    }
}

/// A story: paragraphs of sentences, plus furniture lines between some paragraphs.
#[derive(Clone)]
struct Story {
    paragraphs: Vec<Vec<Sent>>,
    furniture: Vec<Option<&'static str>>,
}

impl Story {
    /// A story of about `bytes` bytes in one language (Spanish when `es`).
    fn generate(rng: &mut Rng, bytes: usize, es: bool) -> Story {
        let mut story = Story {
            paragraphs: Vec::new(),
            furniture: Vec::new(),
        };
        let mut size = 0;
        while size < bytes {
            let n = 1 + rng.below(4);
            let para: Vec<Sent> = (0..n).map(|_| Sent::new(rng, es)).collect();
            let mut buf = String::new();
            for s in &para {
                s.render(&mut buf);
            }
            size += buf.len() + n + 1;
            let furniture = rng.chance(8).then(|| rng.pick(FURNITURE));
            size += furniture.map_or(0, |f| f.len() + 2);
            story.paragraphs.push(para);
            story.furniture.push(furniture);
        }
        story
    }

    fn render(&self) -> String {
        let mut out = String::new();
        for (p, furniture) in self.paragraphs.iter().zip(&self.furniture) {
            for (i, s) in p.iter().enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                s.render(&mut out);
            }
            out.push_str("\n\n");
            if let Some(f) = furniture {
                out.push_str(f);
                out.push_str("\n\n");
            }
        }
        out
    }

    /// The next version: some figures edited, paragraphs reordered, sentences added and removed.
    fn revise(&self, rng: &mut Rng) -> Story {
        let mut next = self.clone();
        for p in next.paragraphs.iter_mut() {
            for s in p.iter_mut() {
                if rng.chance(10) {
                    s.edit(rng);
                }
            }
            if p.len() > 1 && rng.chance(6) {
                let i = rng.below(p.len());
                p.remove(i);
            }
            if rng.chance(6) {
                let es = p[0].es;
                let i = rng.below(p.len() + 1);
                p.insert(i, Sent::new(rng, es));
            }
        }
        let n = next.paragraphs.len();
        for _ in 0..n / 12 + 1 {
            let i = rng.below(n);
            let j = rng.below(n);
            next.paragraphs.swap(i, j);
        }
        next
    }
}

/// A news corpus of about `bytes` bytes: stories of 2–14 KB, 45% of them in Spanish.
fn corpus(seed: u64, bytes: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    let mut size = 0;
    while size < bytes {
        let es = rng.chance(45);
        let len = 2_000 + rng.below(12_000);
        let story = Story::generate(&mut rng, len, es).render();
        size += story.len();
        out.push(story);
    }
    out
}

/// The realistic ("news") generator: stories shaped like the captured real pages (see the
/// module doc for the statistics it is calibrated to). Figure-free sentences make up most of a
/// story; figures also occur where they are not claims (years, dates, times, ordinals, model
/// names); page furniture (headlines, bylines, datelines, captions, "Read more" links,
/// newsletter prompts, most-read lists, copyright lines) sits around and inside the body.
#[path = "pipeline/news.rs"]
mod news;

fn texts(seed: u64, bytes: usize, es: bool) -> (String, String) {
    let mut rng = Rng(seed);
    let a = Story::generate(&mut rng, bytes, es);
    let b = a.revise(&mut rng);
    let (a, b) = (a.render(), b.render());
    dump(&format!("{seed:x}-a.txt"), &a);
    dump(&format!("{seed:x}-b.txt"), &b);
    (a, b)
}

/// With `CLAIMDIFF_BENCH_DUMP=DIR`, writes the generated texts there, to look at or to feed
/// to the CLI.
fn dump(name: &str, text: &str) {
    if let Some(dir) = std::env::var_os("CLAIMDIFF_BENCH_DUMP") {
        let path = std::path::Path::new(&dir).join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
        }
    }
}

/// The stories as `extract --jsonl` input: one `{"id", "text"}` object a line.
fn jsonl(articles: &[String]) -> String {
    let mut out = String::new();
    for (i, a) in articles.iter().enumerate() {
        let line = serde_json::json!({"id": i, "text": a});
        let _ = writeln!(out, "{line}");
    }
    out
}

/// Sentences, claims and the share of sentences holding a claim, as the extractor sees them.
fn corpus_stats(ex: &Extractor, name: &str, stories: &[String]) {
    let bytes: usize = stories.iter().map(String::len).sum();
    let (mut sentences, mut claims, mut with_claim) = (0, 0, 0);
    for chunk in stories.chunks(128) {
        for e in ex.extract_texts(chunk) {
            sentences += e.sentences.len();
            claims += e.claims.len();
            let mut idx: Vec<usize> = e.claims.iter().map(|c| c.sentence_index).collect();
            idx.dedup();
            with_claim += idx.len();
        }
    }
    eprintln!(
        "extract/{name}: {} stories, {:.2} MB, {sentences} sentences ({:.0} bytes each), \
         {claims} claims, {:.2} claims/KB, {:.1}% of sentences with a claim, \
         {:.2} claims a figure-bearing sentence",
        stories.len(),
        bytes as f64 / 1e6,
        bytes as f64 / sentences as f64,
        claims as f64 / (bytes as f64 / 1e3),
        100.0 * with_claim as f64 / sentences as f64,
        claims as f64 / with_claim as f64,
    );
}

fn bench_extract(c: &mut Criterion) {
    let ex = Extractor::default();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(8));
    for (name, stories) in [
        ("news", news::corpus(0x5eed_0002, 5_000_000)),
        ("dense", corpus(0x5eed_0001, 5_000_000)),
    ] {
        corpus_stats(&ex, &format!("{name}_5mb"), &stories);
        let bytes: usize = stories.iter().map(String::len).sum();
        // The same stories as one text (the languages alternate story by story).
        let text = stories.concat();
        dump(&format!("{name}_5mb.txt"), &text);
        dump(&format!("{name}_5mb.jsonl"), &jsonl(&stories));
        let e = ex.extract_text(&text);
        eprintln!(
            "extract/{name}_one_text_5mb: {:.2} MB, {} sentences, {} claims",
            text.len() as f64 / 1e6,
            e.sentences.len(),
            e.claims.len()
        );
        g.throughput(Throughput::Bytes(bytes as u64));
        // What `record` and `extract --jsonl` do: one story at a time.
        g.bench_function(format!("{name}_5mb"), |b| {
            b.iter(|| {
                for s in &stories {
                    black_box(ex.extract_text(black_box(s)));
                }
            })
        });
        // What `extract --jsonl` does: ~1 MB chunks of stories, each spread over every core.
        g.bench_function(format!("{name}_5mb_parallel"), |b| {
            b.iter(|| {
                for chunk in stories.chunks(128) {
                    black_box(ex.extract_texts(black_box(chunk)));
                }
            })
        });
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{name}_one_text_5mb"), |b| {
            b.iter(|| black_box(ex.extract_text(black_box(&text))))
        });
    }
    g.finish();
}

fn diff_pair(ex: &Extractor, a: &str, b: &str) -> (Extraction, Extraction) {
    (ex.extract_text(a), ex.extract_text(b))
}

fn bench_diff(c: &mut Criterion) {
    let ex = Extractor::default();
    let mut g = c.benchmark_group("diff");
    g.sample_size(10).warm_up_time(Duration::from_secs(1));
    for (name, seed, bytes, es) in [
        ("versions_10kb", 0x5eed_0010u64, 10_000usize, false),
        ("versions_1mb", 0x5eed_1000, 1_000_000, true),
    ] {
        let (ta, tb) = texts(seed, bytes, es);
        let (a, b) = diff_pair(&ex, &ta, &tb);
        let d = diff::diff(
            &Side::new(&a.sentences, &a.claims),
            &Side::new(&b.sentences, &b.claims),
            Mode::Versions,
        );
        eprintln!(
            "diff/{name}: {} + {} bytes, {} + {} sentences, {} + {} claims; \
             {} unchanged, {} changed, {} added, {} removed",
            ta.len(),
            tb.len(),
            a.sentences.len(),
            b.sentences.len(),
            a.claims.len(),
            b.claims.len(),
            d.summary.unchanged,
            d.summary.changed,
            d.summary.added,
            d.summary.removed
        );
        g.throughput(Throughput::Bytes((ta.len() + tb.len()) as u64))
            .measurement_time(Duration::from_secs(if bytes > 100_000 { 8 } else { 4 }));
        g.bench_function(name, |bench| {
            bench.iter(|| {
                black_box(diff::diff(
                    &Side {
                        sentences: black_box(&a.sentences),
                        claims: black_box(&a.claims),
                    },
                    &Side {
                        sentences: black_box(&b.sentences),
                        claims: black_box(&b.claims),
                    },
                    Mode::Versions,
                ))
            })
        });
    }
    g.finish();
}

/// With `CLAIMDIFF_BENCH_CORPUS=DIR`, writes `news.jsonl` and `dense.jsonl` there, each of
/// `CLAIMDIFF_BENCH_CORPUS_MB` MB (default 60) of distinct stories (seed
/// `CLAIMDIFF_BENCH_CORPUS_SEED`, default 1), as `extract --jsonl` input, and exits without
/// benchmarking: what `scripts/extract-bench.sh` times the CLI on.
fn write_corpora(dir: &std::ffi::OsStr) {
    let var = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .map(|v| {
                v.parse::<u64>()
                    .unwrap_or_else(|_| panic!("{name}={v:?}: not a number"))
            })
            .unwrap_or(default)
    };
    let bytes = var("CLAIMDIFF_BENCH_CORPUS_MB", 60) as usize * 1_000_000;
    let seed = var("CLAIMDIFF_BENCH_CORPUS_SEED", 1);
    let dir = std::path::Path::new(dir);
    for (name, stories) in [
        ("news", news::corpus(0x6e65_7773_0000 ^ seed, bytes)),
        ("dense", corpus(0x6465_6e73_0000 ^ seed, bytes)),
    ] {
        let path = dir.join(format!("{name}.jsonl"));
        if let Err(e) = std::fs::write(&path, jsonl(&stories)) {
            eprintln!("cannot write {}: {e}", path.display());
            std::process::exit(1);
        }
        eprintln!("{}: {} stories", path.display(), stories.len());
    }
}

criterion_group!(benches, bench_extract, bench_diff);

fn main() {
    if let Some(dir) = std::env::var_os("CLAIMDIFF_BENCH_CORPUS") {
        write_corpora(&dir);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
