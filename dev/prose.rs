//! Claim-free prose for `claimdiff-gen --prose BYTES`: paragraphs of sentences put together
//! from phrase lists (English or Spanish), appended after an article's figure paragraphs so that
//! versions have the size of news articles, and edited a little between versions (a sentence
//! replaced, one added) as news stories are. Each sentence is a [`Sentence`] of the extraction,
//! as the pipeline keeps every sentence.

use claimdiff::model::{Extraction, Sentence};

use super::synth::Rng;

const SUBJECTS_EN: &[&str] = &[
    "The governor",
    "Local residents",
    "Opposition lawmakers",
    "A spokesperson for the ministry",
    "Union leaders",
    "Several analysts",
    "The mayor's office",
    "Business owners near the border",
    "The committee chair",
    "Witnesses at the scene",
    "Federal prosecutors",
    "Community groups",
    "The company's board",
    "Emergency crews",
    "Teachers in the district",
    "Diplomats from both countries",
];
const VERBS_EN: &[&str] = &[
    "criticised",
    "defended",
    "questioned",
    "welcomed",
    "called for a review of",
    "warned about",
    "declined to comment on",
    "pushed back against",
    "promised to examine",
    "described",
    "raised concerns over",
    "praised",
    "voted to delay",
    "asked for details about",
    "met on Tuesday to discuss",
    "published a statement on",
];
const OBJECTS_EN: &[&str] = &[
    "the new measure",
    "the decision announced last week",
    "the pace of the negotiations",
    "the plan to reorganise the agency",
    "the timing of the announcement",
    "the draft agreement",
    "the response of the authorities",
    "the proposal sent to congress",
    "the court's ruling",
    "the investigation into the contracts",
    "the changes to the rules",
    "the regional strategy",
    "the budget talks",
    "the evacuation orders",
    "the reform package",
    "the inspection reports",
];
const TAILS_EN: &[&str] = &[
    "",
    " before the weekend",
    " in a closed-door meeting",
    " during a visit to the capital",
    " in an interview with reporters",
    " after weeks of pressure",
    " on social media",
    " at a news conference",
    " while protesters gathered outside",
    " in a letter to the cabinet",
    " without offering a timeline",
    " as the debate continued",
];
const SUBJECTS_ES: &[&str] = &[
    "El gobernador",
    "Los vecinos",
    "Los legisladores de oposición",
    "Un portavoz del ministerio",
    "Los líderes sindicales",
    "Varios analistas",
    "La oficina del alcalde",
    "Los comerciantes de la frontera",
    "La presidenta de la comisión",
    "Los testigos",
    "La fiscalía federal",
    "Las organizaciones vecinales",
    "El consejo de la empresa",
    "Los equipos de emergencia",
    "Los maestros del distrito",
    "Diplomáticos de ambos países",
];
const VERBS_ES: &[&str] = &[
    "criticaron",
    "defendieron",
    "cuestionaron",
    "celebraron",
    "pidieron revisar",
    "advirtieron sobre",
    "evitaron comentar",
    "rechazaron",
    "prometieron examinar",
    "describieron",
    "expresaron dudas sobre",
    "elogiaron",
    "votaron para aplazar",
    "pidieron detalles sobre",
    "se reunieron el martes para discutir",
    "publicaron un comunicado sobre",
];
const OBJECTS_ES: &[&str] = &[
    "la nueva medida",
    "la decisión anunciada la semana pasada",
    "el ritmo de las negociaciones",
    "el plan para reorganizar la agencia",
    "el momento del anuncio",
    "el borrador del acuerdo",
    "la respuesta de las autoridades",
    "la propuesta enviada al congreso",
    "el fallo del tribunal",
    "la investigación sobre los contratos",
    "los cambios a las reglas",
    "la estrategia regional",
    "las negociaciones del presupuesto",
    "las órdenes de evacuación",
    "el paquete de reformas",
    "los informes de inspección",
];
const TAILS_ES: &[&str] = &[
    "",
    " antes del fin de semana",
    " en una reunión a puerta cerrada",
    " durante una visita a la capital",
    " en una entrevista con periodistas",
    " tras semanas de presión",
    " en redes sociales",
    " en una conferencia de prensa",
    " mientras los manifestantes se reunían afuera",
    " en una carta al gabinete",
    " sin ofrecer un calendario",
    " mientras seguía el debate",
];

/// One sentence of prose.
fn sentence(rng: &mut Rng, es: bool) -> String {
    let (s, v, o, t) = if es {
        (SUBJECTS_ES, VERBS_ES, OBJECTS_ES, TAILS_ES)
    } else {
        (SUBJECTS_EN, VERBS_EN, OBJECTS_EN, TAILS_EN)
    };
    format!(
        "{} {} {}{}.",
        rng.pick(s),
        rng.pick(v),
        rng.pick(o),
        rng.pick(t)
    )
}

/// Paragraphs (three to five sentences each) of about `bytes` in all; none for 0.
pub fn paragraphs(rng: &mut Rng, es: bool, bytes: usize) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut size = 0;
    while size < bytes {
        let n = 3 + rng.below(3);
        let para: Vec<String> = (0..n).map(|_| sentence(rng, es)).collect();
        size += para.iter().map(|s| s.len() + 1).sum::<usize>() + 1;
        out.push(para);
    }
    out
}

/// The next version's prose: now and then a sentence rewritten, or one added.
pub fn revise(rng: &mut Rng, es: bool, paras: &mut [Vec<String>]) {
    if paras.is_empty() {
        return;
    }
    if rng.probability(0.5) {
        let p = rng.below(paras.len());
        let i = rng.below(paras[p].len());
        paras[p][i] = sentence(rng, es);
    }
    if rng.probability(0.3) {
        let p = rng.below(paras.len());
        paras[p].push(sentence(rng, es));
    }
}

/// Appends the prose to a version's text, and its sentences to the extraction (char offsets).
pub fn append(text: &mut String, ex: &mut Extraction, paras: &[Vec<String>]) {
    let mut pos = text.chars().count();
    let first_paragraph = ex.sentences.last().map_or(0, |s| s.paragraph + 1);
    for (k, para) in paras.iter().enumerate() {
        text.push_str("\n\n");
        pos += 2;
        for (i, s) in para.iter().enumerate() {
            if i > 0 {
                text.push(' ');
                pos += 1;
            }
            let len = s.chars().count();
            text.push_str(s);
            ex.sentences.push(Sentence {
                index: ex.sentences.len(),
                paragraph: first_paragraph + k,
                start: pos,
                end: pos + len,
                text: s.as_str().into(),
                lang: ex.lang,
            });
            pos += len;
        }
    }
}
