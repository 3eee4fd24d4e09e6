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
mod news {
    use super::synth::{MONTHS_EN, MONTHS_ES};
    use super::{group, Rng};

    // Figure templates: every one holds at least one claim, most exactly one (as in real
    // text). Tags: claims: {q} a qualifier (often none), {n} a small count, {k} hundreds to
    // thousands, {big} tens to hundreds of thousands, {pct} a percentage with a decimal,
    // {ipct} a whole percentage, {money} (dollars, pounds, euros, pesos), {w} a number word,
    // {w2} a larger one, {age}; not claims: {year}, {year2}, {month}, {date}, {time}, {day},
    // {ord} (an ordinal word), {model}; names: {per} a person ({perm} a man, {perf} a woman), {sur} a surname, {city},
    // {country}, {org}, {role}, {team}, {subj} a plural noun, {issue} a bill or reform,
    // {outlet}, {agency}, {head} a headline.
    const EN_FIG: &[&str] = &[
        "{q}{k} {subj} were evacuated from low-lying neighbourhoods of {city} on {day}, and emergency shelters were opened in schools and sports halls, {role} said.",
        "Inflation eased to {pct} in {month}, down from {pct} the previous month, according to figures published by the national statistics office on {day}.",
        "The government said it would spend {money} over the next decade on new rail lines, a plan it first announced during the {year} election campaign.",
        "{perm}, a former bank manager, was arrested at his home in {city} and charged with fraud, prosecutors said, adding that the scheme had cost investors {q}{money}.",
        "Unemployment in the region stood at {pct} at the end of the quarter, the highest level since {year}, as factories cut shifts and postponed hiring.",
        "The storm left {q}{k} homes without electricity across the province, and repair crews were still working on {day} to restore supply to remote villages.",
        "The club confirmed that the midfielder had signed a contract until {year2} worth {q}{money}, making him one of the best-paid players in the league.",
        "Police said {w} people had been taken to hospital after the crash on the motorway near {city}, which happened shortly after {time} on {day}.",
        "The ministry said {q}{big} people had applied for the housing subsidy since it was launched in {month}, far more than officials had expected.",
        "Exports to {country} fell {pct} in the first half of the year to {money}, hurt by new tariffs and a slowdown in demand for industrial machinery.",
        "The survey, carried out among voters in early {month}, found that {ipct}% of respondents disapproved of the way the government has handled the economy.",
        "Firefighters said the blaze had burned {q}{k} hectares of forest near {city} by {day} evening, and several villages remained under evacuation orders.",
        "The company reported a net profit of {money} for the quarter, up {pct} from a year earlier, and said it planned to hire {q}{k} more staff.",
        "{perm} was sentenced to {w} years in prison on {day} for his role in the scheme, which prosecutors said had been laundering money since {year}.",
        "The minimum wage will rise by {ipct}% from {date}, the labour minister announced, benefiting an estimated {big} workers in shops, restaurants and farms.",
        "According to the health ministry, {q}{n} patients were being treated in intensive care on {day}, and new infections rose for the {ord} week in a row.",
        "The {model} programme has already cost taxpayers {money}, according to the audit, which found that deliveries were running years behind schedule.",
        "Turnout was {pct}, the lowest in a general election since {year}, and the winning party fell well short of a majority in the lower house.",
        "{team} are unbeaten in their last {w2} matches and sit {ord} in the table, comfortably clear of the relegation zone.",
        "Prices of olive oil have risen {q}{ipct}% since {year}, and a consumer group said on {day} that many households were now buying less of it.",
        "{q}{n} people have died in the heatwave so far, officials said, as temperatures climbed far above the seasonal average in {city} on {day} afternoon.",
        "The bill passed by {n} votes to {n}, with several members of the ruling party voting against the government for the first time since {year}.",
        "The fine of {money} is the largest ever imposed by the regulator, which said the bank had failed for years to report suspicious transactions to the authorities.",
        "{perf}, who is {age} and has spent most of her career in the diplomatic service, will take over as ambassador to {country} in {month}.",
        "Rescue teams pulled {w} survivors from the rubble overnight, but {q}{n} residents of the building in {city} were still unaccounted for on {day}.",
        "The airline said it would cancel {q}{k} flights over the summer because of a shortage of pilots and delays in the delivery of new {model} jets.",
        "The museum said it had welcomed {q}{big} visitors since reopening in {month}, helped by a surge in tourists from {country} and a string of popular exhibitions.",
        "Average rents in {city} have climbed {pct} over the past year, according to a property website, outpacing wage growth for the {ord} year running.",
    ];
    const ES_FIG: &[&str] = &[
        "{q}{k} {subj} fueron desalojados de los barrios bajos de {city} el {day}, y se habilitaron albergues en escuelas y polideportivos, informó {role}.",
        "La inflación se moderó hasta el {pct} en {month}, frente al {pct} del mes anterior, según los datos publicados el {day} por el instituto de estadística.",
        "El gobierno invertirá {money} durante la próxima década en nuevas líneas ferroviarias, un plan que anunció por primera vez en la campaña electoral de {year}.",
        "{perm}, exdirector de una sucursal bancaria, fue detenido en su casa de {city} y acusado de fraude, según la fiscalía, que calcula que el esquema costó a los inversores {q}{money}.",
        "El desempleo en la región se situó en el {pct} al cierre del trimestre, su nivel más alto desde {year}, mientras las fábricas reducían turnos y congelaban contrataciones.",
        "La tormenta dejó sin electricidad a {q}{k} viviendas de la provincia, y las cuadrillas seguían trabajando el {day} para restablecer el servicio en los pueblos más aislados.",
        "La policía informó de que {w} personas fueron trasladadas al hospital tras el choque en la autopista cerca de {city}, ocurrido a primera hora de la mañana del {day}.",
        "El ministerio indicó que {q}{big} personas han solicitado la ayuda al alquiler desde que se puso en marcha en {month}, muchas más de las previstas.",
        "Las exportaciones a {country} cayeron un {pct} en el primer semestre, hasta {money}, afectadas por los nuevos aranceles y la menor demanda de maquinaria.",
        "Los bomberos calculan que el fuego había arrasado {q}{k} hectáreas de monte cerca de {city} en la noche del {day}, y varios pueblos seguían desalojados.",
        "La empresa obtuvo un beneficio neto de {money} en el trimestre, un {pct} más que un año antes, y anunció que contratará a {q}{k} empleados más.",
        "{perm} fue condenado el {day} a {w} años de prisión por su papel en la trama, que según la fiscalía blanqueaba dinero desde {year}.",
        "El salario mínimo subirá un {ipct}% a partir del {date}, anunció la ministra de Trabajo, lo que beneficiará a unos {big} trabajadores del comercio, la hostelería y el campo.",
        "Según el Ministerio de Sanidad, {q}{n} pacientes seguían ingresados en cuidados intensivos el {day}, y los contagios aumentaron por {ord} semana consecutiva.",
        "La participación fue del {pct}, la más baja en unas elecciones generales desde {year}, y el partido ganador quedó lejos de la mayoría en el Congreso.",
        "{q}{n} personas han muerto por la ola de calor, según las autoridades, mientras los termómetros seguían muy por encima de lo habitual en {city} el {day}.",
        "La multa de {money} es la mayor impuesta nunca por el regulador, que acusa al banco de no haber comunicado durante años operaciones sospechosas a las autoridades.",
        "{team} encadena {w2} partidos sin perder y se aleja de los puestos de descenso antes de la jornada del {day}.",
        "Los equipos de rescate sacaron con vida a {w} personas de los escombros durante la noche, pero {q}{n} vecinos del edificio de {city} seguían desaparecidos.",
        "La aerolínea cancelará {q}{k} vuelos este verano por la falta de pilotos y los retrasos en la entrega de los nuevos aviones {model}.",
        "{per}, de {age} años, asumirá en {month} la embajada en {country} tras una larga carrera en el servicio diplomático, según fuentes del ministerio.",
        "El museo recibió {q}{big} visitantes desde su reapertura en {month}, impulsado por la llegada de turistas de {country} y por varias exposiciones de éxito.",
        "Los alquileres en {city} han subido un {pct} en el último año, según un portal inmobiliario, muy por encima de lo que han crecido los salarios.",
    ];
    // Figure-free sentences: most of a story. The last few carry figures that are not claims
    // (years, dates, times, ordinals, model names).
    const EN_PLAIN: &[&str] = &[
        "The proposal, which {org} presented to lawmakers on {day}, would overhaul the way regional hospitals are funded and give local councils more say over spending.",
        "{perf}, a spokeswoman for {org}, said the agency was still reviewing the findings and would not comment further until the investigation had been completed.",
        "Opposition leaders accused the government of rushing {issue} through parliament without proper scrutiny, and several backbenchers have signalled that they could vote against it.",
        "Forecasters warned that heavy rain and strong winds would continue to batter the coast around {city} through the weekend, raising the risk of flooding and landslides.",
        "The judge rejected a request from the defence to delay the trial, saying that both sides had been given ample time to prepare their arguments.",
        "Health officials in {city} urged residents to get vaccinated before the winter, noting that hospital admissions had begun to climb in recent weeks.",
        "{sur} told reporters outside the courthouse that his client was innocent and that the prosecution had relied on evidence gathered without a proper warrant.",
        "Economists said the central bank was likely to keep interest rates on hold at its next meeting while it waits for clearer signs that price pressures are easing.",
        "The coach praised the resilience of his players after {team} came from behind in the second half to secure a draw in front of a hostile crowd.",
        "Farmers in the region have complained for months that the drought has left their fields parched and that promised government assistance has been slow to arrive.",
        "The ruling is expected to be appealed, and legal experts said the case could eventually reach the supreme court, where it would not be heard before next year.",
        "{role} said negotiations with {country} had made progress but that significant differences remained over border controls, fishing rights and the timetable for implementation.",
        "Residents who gathered outside the town hall in {city} on {day} evening demanded answers from local officials about why the warning sirens had not sounded.",
        "The company said in a statement that it had cooperated fully with regulators and that it remained committed to the highest standards of safety and transparency.",
        "Critics of the plan argue that it does little to address the underlying shortage of affordable housing and could push rents even higher in the largest cities.",
        "Investigators have not yet determined what caused the fire, but they said there was no indication so far that it had been started deliberately.",
        "{perf}, who has led the party since its founding, is widely expected to announce whether she will seek another term before the end of the month.",
        "Supporters of the measure say it will make it easier for small businesses to hire workers and compete with larger firms that have long dominated the market.",
        "The hospital said the patients were in a stable condition and that additional staff had been called in to cope with the sudden increase in admissions.",
        "Talks between the union and management broke down late on {day} after the two sides failed to agree on pay, pensions and working hours.",
        "Environmental groups welcomed the decision but said much more needed to be done to protect the wetlands around {city} from development and pollution.",
        "The minister defended the budget in a heated debate, insisting that the spending cuts were necessary to restore confidence in the public finances.",
        "Police said they had arrested a man in connection with the attack and were searching for a second suspect who was seen fleeing the scene.",
        "Several players were left out of the squad for the match against {team} because of injuries, and the manager said he would rotate the lineup.",
        "The report, commissioned by {org}, concluded that oversight of the programme had been weak and that warnings from staff had repeatedly been ignored.",
        "Shares of the carmaker fell sharply in early trading after it cut its forecast, blaming weaker demand in Europe and rising costs for raw materials.",
        "Authorities in {city} closed schools and suspended public transport as the storm approached, and they asked drivers to stay off the roads unless absolutely necessary.",
        "{per}, a professor of political science at the University of {city}, said the result reflected deep frustration with the governing coalition among younger voters.",
        "The agreement still needs to be ratified by national parliaments, a process that diplomats said could take many months and face resistance in several capitals.",
        "Doctors at the clinic said they had seen a worrying rise in respiratory infections among children and urged parents to keep sick pupils at home.",
        "The defence minister said the troops would remain in the region for as long as necessary and would work closely with local security forces.",
        "In a video posted on social media, the singer thanked fans for their support and said she would return to the stage once she had fully recovered.",
        "Prosecutors allege that the former mayor accepted bribes from construction firms in exchange for lucrative public contracts, an accusation he has repeatedly denied.",
        "Emergency crews worked through the night to restore power to homes in the hills above {city}, where fallen trees had brought down several lines.",
        "The electoral commission said turnout had been higher than expected and that official results would be published once all postal ballots had been counted.",
        "Shop owners in the old town said they had seen fewer tourists this summer and blamed higher prices, the strong currency and a string of cancelled flights.",
        "The central bank governor warned that the recovery remained fragile and that any further shock to energy prices could push the economy back into recession.",
        "Human rights groups called on the authorities to release the journalists immediately, saying they had been detained solely for doing their jobs.",
        "The striker, who joined {team} from a rival club last summer, has struggled for form and was substituted shortly after half-time on {day}.",
        "Officials said the new rules would apply to all imports from {country} and would be reviewed regularly in light of changing market conditions.",
        "{sur} declined to say whether the government would compensate those affected, telling reporters that it was too early to discuss the details.",
        "The spokesman added that the talks had been constructive and that both delegations had agreed to meet again in {city} before the end of the year.",
        "Teachers' unions said the reform had been drawn up without consulting the people who would have to carry it out, and threatened further walkouts.",
        "The weather service said the cold front would bring snow to higher ground and that temperatures would stay well below the seasonal average.",
        "Lawyers for the family said they would press for a public inquiry, arguing that the police had ignored repeated warnings about the suspect.",
        "The law, passed in {year} after a long campaign by patient groups, was meant to shorten waiting lists, but critics say it has never been properly funded.",
        "The hearing is scheduled to resume on {date} at {time}, when the defence is expected to call its first witnesses, including a former senior official.",
        "It was the {ord} time this season that {team} had dropped points at home, and fans jeered the players as they left the pitch.",
        "Regulators ordered further checks on the {model} after a series of incidents, and the manufacturer said it would work with them to resolve any concerns.",
        "{perf} has served on the board since {year} and previously worked at the finance ministry, where she helped draft the country's banking rules.",
    ];
    /// How many of the last `EN_PLAIN` sentences carry figures that are not claims.
    const EN_PLAIN_FIGS: usize = 5;
    const ES_PLAIN: &[&str] = &[
        "La propuesta, que {org} presentó a los diputados el {day}, cambiaría la forma en que se financian los hospitales regionales y daría más peso a los ayuntamientos.",
        "{per}, portavoz de {org}, dijo que el organismo seguía revisando los resultados y que no haría más comentarios hasta que concluyera la investigación.",
        "Los líderes de la oposición acusaron al gobierno de tramitar {issue} con prisas y sin el debido análisis, y varios diputados advirtieron que podrían votar en contra.",
        "La agencia meteorológica advirtió que las lluvias intensas y el viento seguirán azotando la costa de {city} durante el fin de semana, con riesgo de inundaciones.",
        "El juez rechazó la petición de la defensa para aplazar el juicio y recordó que ambas partes habían tenido tiempo suficiente para preparar sus argumentos.",
        "Las autoridades sanitarias de {city} pidieron a la población vacunarse antes del invierno, ya que los ingresos hospitalarios han comenzado a aumentar en las últimas semanas.",
        "El abogado {sur} aseguró a la salida del tribunal que su cliente es inocente y que la fiscalía se basó en pruebas obtenidas sin una orden judicial.",
        "Los economistas consultados creen que el banco central mantendrá los tipos de interés sin cambios en su próxima reunión mientras espera señales claras de que la inflación cede.",
        "El entrenador elogió la entrega de sus jugadores después de que {team} remontara en la segunda parte y lograra un empate ante un público muy hostil.",
        "Los agricultores de la zona llevan meses quejándose de que la sequía ha dejado sus campos sin agua y de que las ayudas prometidas no terminan de llegar.",
        "Se espera que la sentencia sea recurrida, y varios juristas señalaron que el caso podría llegar al Tribunal Supremo, que no lo estudiaría antes del próximo año.",
        "{role} afirmó que las negociaciones con {country} han avanzado, aunque persisten diferencias importantes sobre los controles fronterizos, la pesca y el calendario de aplicación.",
        "Los vecinos que se concentraron frente al ayuntamiento de {city} la tarde del {day} exigieron explicaciones sobre por qué no sonaron las sirenas de alerta.",
        "La empresa aseguró en un comunicado que ha colaborado plenamente con los reguladores y que mantiene su compromiso con la seguridad y la transparencia.",
        "Los críticos del plan sostienen que apenas aborda la escasez de vivienda asequible y que podría encarecer todavía más los alquileres en las grandes ciudades.",
        "Los investigadores todavía no han determinado qué causó el incendio, aunque señalaron que por ahora no hay indicios de que fuera provocado.",
        "{per}, que dirige el partido desde su fundación, anunciará antes de que termine el mes si se presenta a la reelección, según fuentes de su entorno.",
        "Los defensores de la medida aseguran que facilitará la contratación en las pequeñas empresas y les permitirá competir con las grandes compañías del sector.",
        "El hospital informó de que los pacientes se encuentran estables y de que ha reforzado la plantilla para atender el repentino aumento de ingresos en urgencias.",
        "Las negociaciones entre el sindicato y la dirección se rompieron la noche del {day} después de que ambas partes no lograran un acuerdo sobre salarios y jornada.",
        "Los grupos ecologistas celebraron la decisión, pero advirtieron que queda mucho por hacer para proteger los humedales cercanos a {city} de la urbanización.",
        "La ministra defendió los presupuestos en un debate muy tenso e insistió en que los recortes son necesarios para recuperar la confianza en las cuentas públicas.",
        "La policía informó de que detuvo a un hombre relacionado con el ataque y de que busca a un segundo sospechoso que fue visto huyendo del lugar.",
        "El informe, encargado por {org}, concluye que la supervisión del programa fue deficiente y que las advertencias del personal se ignoraron en repetidas ocasiones.",
        "Las acciones del fabricante de automóviles cayeron con fuerza en la apertura después de que rebajara sus previsiones por la debilidad de la demanda en Europa.",
        "Las autoridades de {city} cerraron las escuelas y suspendieron el transporte público ante la llegada de la tormenta, y pidieron a los conductores no salir a la carretera.",
        "{perf}, profesora de ciencia política en la Universidad de {city}, explicó que el resultado refleja un profundo malestar con la coalición de gobierno entre los votantes jóvenes.",
        "El acuerdo todavía debe ser ratificado por los parlamentos nacionales, un proceso que según los diplomáticos podría prolongarse durante meses y encontrar resistencias.",
        "Los médicos de la clínica alertaron de un preocupante aumento de las infecciones respiratorias entre los niños y pidieron a las familias que no los lleven a clase.",
        "La fiscalía sostiene que el exalcalde aceptó sobornos de varias constructoras a cambio de contratos públicos, una acusación que él ha negado en todo momento.",
        "Los equipos de emergencia trabajaron durante toda la noche para devolver la luz a las viviendas de los cerros de {city}, donde la caída de árboles derribó varios tendidos.",
        "Las organizaciones de derechos humanos pidieron a las autoridades la liberación inmediata de los periodistas, detenidos según ellas únicamente por ejercer su trabajo.",
        "El delantero, que llegó a {team} procedente de un club rival el verano pasado, no encuentra su mejor forma y fue sustituido poco después del descanso.",
        "{sur} evitó aclarar si el gobierno indemnizará a los afectados y dijo a los periodistas que todavía es pronto para hablar de los detalles.",
        "Los sindicatos de docentes denunciaron que la reforma se redactó sin consultar a quienes tendrán que aplicarla y amenazaron con nuevas jornadas de huelga.",
        "La ley, aprobada en {year} tras una larga campaña de las asociaciones de pacientes, debía reducir las listas de espera, pero sus críticos aseguran que nunca tuvo financiación suficiente.",
        "La vista se reanudará el {date} a las {time}, cuando está previsto que la defensa llame a sus primeros testigos, entre ellos un antiguo alto cargo.",
        "Es la {ord} vez esta temporada que {team} pierde puntos en casa, y la afición despidió a los jugadores con pitos al abandonar el campo.",
        "Los reguladores ordenaron nuevas revisiones del {model} tras una serie de incidentes, y el fabricante dijo que colaborará para resolver cualquier duda.",
    ];
    const ES_PLAIN_FIGS: usize = 4;
    // Short sentences (quotes, one-line statements): real stories mix them in.
    const EN_SHORT: &[&str] = &[
        "The ministry did not respond to a request for comment.",
        "{sur} declined to comment.",
        "\"We are doing everything we can,\" she said.",
        "The investigation is continuing.",
        "No arrests have been made.",
        "\"This is a dark day for our town,\" {sur} said.",
        "The decision can be appealed.",
        "It was not clear when the work would be finished.",
        "Both men deny the charges.",
        "\"We were lucky,\" a resident said.",
        "The cause of the outage is still unknown.",
        "{org} said it would study the ruling carefully.",
        "Voting ends on {day}.",
        "He has not been seen in public since.",
        "Talks will resume next week.",
        "The government has promised to publish the full report.",
    ];
    const ES_SHORT: &[&str] = &[
        "El ministerio no respondió a las preguntas de este diario.",
        "{sur} declinó hacer comentarios.",
        "\"Estamos haciendo todo lo posible\", dijo.",
        "La investigación sigue abierta.",
        "No hay detenidos por el momento.",
        "\"Es un día muy triste para el pueblo\", lamentó {sur}.",
        "La resolución puede recurrirse.",
        "No está claro cuándo terminarán las obras.",
        "Ambos niegan los hechos.",
        "\"Tuvimos mucha suerte\", contó una vecina.",
        "Se desconoce todavía la causa del apagón.",
        "{org} dijo que estudiará la sentencia con detenimiento.",
        "Las negociaciones se retomarán la próxima semana.",
        "El gobierno ha prometido publicar el informe completo.",
        "Desde entonces no ha vuelto a aparecer en público.",
    ];
    const EN_HEAD: &[&str] = &[
        "Floods force thousands from their homes as rivers burst their banks near {city}",
        "Central bank holds rates as inflation cools faster than expected",
        "{per} resigns as party leader after disappointing local election results",
        "Court blocks {issue} in blow to government",
        "{team} edge past rivals to move top of the table",
        "Wildfire near {city} forces evacuations as heatwave grips the south",
        "Union leaders call national strike over pension changes",
        "What we know about the crash on the motorway near {city}",
        "Talks with {country} stall over border checks and fishing quotas",
        "Hospitals in {city} brace for a difficult winter as infections rise",
        "Former mayor goes on trial accused of taking bribes",
        "Opinion: the housing crisis will not be solved by tinkering",
        "Explainer: how the new tariffs will affect shoppers",
        "Drought leaves farmers counting the cost of a lost harvest",
        "Live: storm warnings in place across the coast",
    ];
    const ES_HEAD: &[&str] = &[
        "Las inundaciones obligan a desalojar a miles de vecinos en {city}",
        "El banco central mantiene los tipos mientras la inflación se modera",
        "{per} dimite como líder del partido tras el revés en las municipales",
        "Un tribunal frena {issue}",
        "{team} se impone a su rival y asalta el liderato",
        "Un incendio cerca de {city} obliga a evacuar varios pueblos",
        "Los sindicatos convocan una huelga general contra la reforma de las pensiones",
        "Qué se sabe del accidente en la autopista cerca de {city}",
        "Las negociaciones con {country} se atascan por los controles fronterizos",
        "Los hospitales de {city} se preparan para un invierno difícil",
        "Arranca el juicio contra el exalcalde acusado de cobrar sobornos",
        "Claves para entender los nuevos aranceles",
    ];
    const EN_SUBJ: &[&str] = &[
        "residents",
        "people",
        "families",
        "tourists",
        "pensioners",
        "students",
        "patients",
        "workers",
        "passengers",
        "villagers",
        "children",
        "farmers",
    ];
    const ES_SUBJ: &[&str] = &[
        "vecinos",
        "residentes",
        "turistas",
        "jubilados",
        "estudiantes",
        "pacientes",
        "trabajadores",
        "pasajeros",
        "migrantes",
        "agricultores",
        "niños",
        "ancianos",
    ];
    // First names, men's then women's, by language.
    const MEN_EN: &[&str] = &[
        "James", "Michael", "David", "Thomas", "Daniel", "Robert", "Andrew", "Peter", "Simon",
        "Mark", "Richard", "Paul", "Stephen", "Matthew", "Jonathan",
    ];
    const WOMEN_EN: &[&str] = &[
        "Sarah",
        "Emma",
        "Laura",
        "Rachel",
        "Helen",
        "Claire",
        "Fiona",
        "Grace",
        "Alice",
        "Joanna",
        "Naomi",
        "Katherine",
        "Olivia",
        "Hannah",
        "Ruth",
    ];
    const MEN_ES: &[&str] = &[
        "José",
        "Javier",
        "Alejandro",
        "Fernando",
        "Miguel",
        "Andrés",
        "Sergio",
        "Raúl",
        "Diego",
        "Pablo",
        "Ricardo",
        "Héctor",
        "Eduardo",
        "Tomás",
        "Jorge",
    ];
    const WOMEN_ES: &[&str] = &[
        "María",
        "Carmen",
        "Lucía",
        "Isabel",
        "Elena",
        "Patricia",
        "Rocío",
        "Beatriz",
        "Gabriela",
        "Ana",
        "Verónica",
        "Claudia",
        "Mónica",
        "Silvia",
        "Adriana",
    ];
    const SURNAMES: &[&str] = &[
        "Thompson",
        "García",
        "Mitchell",
        "Fernández",
        "Harrison",
        "López",
        "Bennett",
        "Martínez",
        "Clarke",
        "Sánchez",
        "Walsh",
        "Romero",
        "Hughes",
        "Navarro",
        "Fletcher",
        "Domínguez",
        "Marshall",
        "Vázquez",
        "Gallagher",
        "Castillo",
        "Doyle",
        "Ortega",
        "Palmer",
        "Herrera",
        "Holloway",
        "Medina",
        "Sutton",
        "Aguilar",
        "Whitaker",
        "Cortés",
        "Kowalski",
        "Iglesias",
        "Brennan",
        "Delgado",
        "Lindqvist",
        "Morales",
        "Okafor",
        "Serrano",
        "Nakamura",
        "Paredes",
    ];
    const CITIES: &[&str] = &[
        "Valencia",
        "Monterrey",
        "Leeds",
        "Seville",
        "Guadalajara",
        "Bristol",
        "Zaragoza",
        "Puebla",
        "Glasgow",
        "Málaga",
        "Tijuana",
        "Cardiff",
        "Bilbao",
        "Mérida",
        "Houston",
        "Córdoba",
        "Oaxaca",
        "Manchester",
        "Murcia",
        "León",
        "Phoenix",
        "Alicante",
        "Querétaro",
        "Denver",
        "Granada",
        "Veracruz",
        "Liverpool",
        "Valladolid",
        "Toluca",
        "Sacramento",
        "Santander",
        "Chihuahua",
        "Belfast",
        "Oviedo",
        "Hermosillo",
        "Tucson",
        "Cádiz",
        "Mazatlán",
        "Norwich",
        "Pamplona",
        "Acapulco",
        "Albuquerque",
    ];
    const COUNTRIES_EN: &[&str] = &[
        "Canada",
        "Brazil",
        "Morocco",
        "Japan",
        "Germany",
        "Colombia",
        "Turkey",
        "Norway",
        "India",
        "Argentina",
        "Poland",
        "Chile",
        "Egypt",
        "Vietnam",
    ];
    const COUNTRIES_ES: &[&str] = &[
        "Canadá",
        "Brasil",
        "Marruecos",
        "Japón",
        "Alemania",
        "Colombia",
        "Turquía",
        "Noruega",
        "India",
        "Argentina",
        "Polonia",
        "Chile",
        "Egipto",
        "Vietnam",
    ];
    const ORG_EN: &[&str] = &[
        "the health ministry",
        "the competition authority",
        "the environment agency",
        "the European Commission",
        "the transport department",
        "the national audit office",
        "the electoral commission",
        "the teachers' union",
        "the chamber of commerce",
        "the interior ministry",
        "the data protection regulator",
        "the central bank",
        "the coastguard",
        "the attorney general's office",
        "the farmers' association",
        "the state prosecutor's office",
        "the energy regulator",
        "the housing ministry",
    ];
    const ORG_ES: &[&str] = &[
        "el Ministerio de Sanidad",
        "la Comisión Nacional de la Competencia",
        "la Agencia del Medio Ambiente",
        "la Comisión Europea",
        "la Secretaría de Transporte",
        "el Tribunal de Cuentas",
        "el Instituto Nacional Electoral",
        "el sindicato de docentes",
        "la Cámara de Comercio",
        "el Ministerio del Interior",
        "la Fiscalía General",
        "Protección Civil",
        "el Banco de México",
        "la asociación de agricultores",
        "la Comisión Federal de Electricidad",
        "el Ministerio de Vivienda",
        "la Agencia de Protección de Datos",
        "la Guardia Civil",
    ];
    const ROLE_EN: &[&str] = &[
        "a government spokesman",
        "the regional governor",
        "the foreign minister",
        "the mayor's office",
        "a senior police officer",
        "the fire chief",
        "the deputy prime minister",
        "the trade secretary",
        "a spokeswoman for the council",
        "the head of the civil protection agency",
    ];
    const ROLE_ES: &[&str] = &[
        "un portavoz del gobierno",
        "la gobernadora",
        "el ministro de Asuntos Exteriores",
        "el ayuntamiento",
        "un mando de la policía",
        "el jefe de bomberos",
        "la vicepresidenta",
        "el secretario de Economía",
        "una portavoz del cabildo",
        "la directora de Protección Civil",
    ];
    const TEAMS: &[&str] = &[
        "Real Betis",
        "Celta",
        "Rayo Vallecano",
        "Osasuna",
        "Tigres",
        "Pumas",
        "Toluca",
        "Santos Laguna",
        "Brentford",
        "Fulham",
        "Everton",
        "Nottingham Forest",
        "Getafe",
        "Cruz Azul",
        "Crystal Palace",
        "Mallorca",
    ];
    const ISSUE_EN: &[&str] = &[
        "the pension reform",
        "the housing bill",
        "the new immigration rules",
        "the education reform",
        "the energy price cap",
        "the judicial overhaul",
        "the tax package",
        "the security law",
    ];
    const ISSUE_ES: &[&str] = &[
        "la reforma de las pensiones",
        "la ley de vivienda",
        "las nuevas normas migratorias",
        "la reforma educativa",
        "el tope al precio de la energía",
        "la reforma judicial",
        "el paquete fiscal",
        "la ley de seguridad",
    ];
    const MODELS: &[&str] = &[
        "Boeing 737 MAX",
        "Airbus A321neo",
        "Eurofighter Typhoon",
        "F-35",
        "Airbus A400M",
        "Boeing 787",
        "Embraer E195",
        "Leopard 2",
        "Falcon 9",
    ];
    const DAYS_EN: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const DAYS_ES: &[&str] = &[
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
    ];
    const ORD_EN: &[&str] = &["second", "third", "fourth", "fifth", "sixth", "seventh"];
    const ORD_ES: &[&str] = &["segunda", "tercera", "cuarta", "quinta", "sexta", "séptima"];
    const WORDS_EN: &[&str] = &["two", "three", "four", "five", "six", "seven", "eight"];
    const WORDS2_EN: &[&str] = &["nine", "ten", "eleven", "twelve", "fifteen", "twenty"];
    const WORDS_ES: &[&str] = &["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho"];
    const WORDS2_ES: &[&str] = &["nueve", "diez", "once", "doce", "quince", "veinte"];
    const QUAL_EN: &[&str] = &[
        "",
        "",
        "",
        "",
        "about ",
        "more than ",
        "nearly ",
        "at least ",
        "some ",
        "almost ",
    ];
    const QUAL_ES: &[&str] = &[
        "",
        "",
        "",
        "",
        "más de ",
        "casi ",
        "alrededor de ",
        "al menos ",
        "cerca de ",
    ];
    const OUTLETS: &[&str] = &[
        "The Northern Courier",
        "Diario del Sur",
        "The Harbour Times",
        "El Heraldo Central",
        "Metro Daily",
        "La Voz del Valle",
    ];
    const AGENCIES: &[&str] = &["Reuters", "AP", "AFP", "EFE", "Getty Images", "EPA"];

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
                    x if x < FIG_PER_MILLE + NONCLAIM_PER_MILLE + SHORT_PER_MILLE => {
                        rng.pick(short)
                    }
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
}

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
