-- claimdiff schema 1: sources, articles, versions, sentences, claims and their topics.
CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE articles (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    source_id  INTEGER NOT NULL REFERENCES sources(id),
    url        TEXT,
    title      TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);

CREATE TABLE versions (
    id           INTEGER PRIMARY KEY,
    article_id   INTEGER NOT NULL REFERENCES articles(id),
    number       INTEGER NOT NULL,
    recorded_at  TEXT NOT NULL,
    published_at TEXT,
    -- The time the version stands for: published_at when known, else recorded_at.
    at           TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- The input exactly as given, so claims can be re-extracted when the extractor improves.
    raw          BLOB NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('text', 'html')),
    encoding     TEXT,
    -- The normalised text claims were extracted from (offsets point into it).
    text         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    title        TEXT,
    UNIQUE (article_id, number)
);
CREATE INDEX versions_at ON versions(at);

CREATE TABLE sentences (
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    lang       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (version_id, idx)
) WITHOUT ROWID;

CREATE TABLE claims (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    sentence_idx INTEGER NOT NULL,
    label        TEXT NOT NULL,
    value        REAL NOT NULL,
    value_max    REAL,
    qualifier    TEXT NOT NULL,
    unit         TEXT,
    subject      TEXT NOT NULL,
    -- Stemmed subject words, space-separated: what the diff engine aligns claims on.
    subject_key  TEXT NOT NULL,
    attribution  TEXT,
    surface      TEXT NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL
);
CREATE INDEX claims_version ON claims(version_id, ord);

CREATE TABLE claim_topics (
    topic    TEXT NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (topic, claim_id)
) WITHOUT ROWID;
CREATE INDEX claim_topics_claim ON claim_topics(claim_id);

-- User additions to the topic lexicon ("topic: term, term" lines), applied to every extraction.
CREATE TABLE topic_terms (
    id    INTEGER PRIMARY KEY,
    lines TEXT NOT NULL
);
