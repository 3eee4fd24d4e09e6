-- claimdiff PostgreSQL schema 1: the SQLite store's tables (its schemas 1 to 4) in one step:
-- sources, articles, versions, sentences, claims with their lineage and topics, the per-topic
-- summary, the topic timeline and the user's topic terms. Times are RFC 3339 UTC strings, as
-- in SQLite (they compare in time order). Names, keys, topics and times compare byte-wise
-- (COLLATE "C"), as SQLite orders them, whatever the server's locale. Offsets count characters.
CREATE TABLE sources (
    id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT COLLATE "C" NOT NULL UNIQUE
);

CREATE TABLE articles (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key        TEXT COLLATE "C" NOT NULL UNIQUE,
    source_id  BIGINT NOT NULL REFERENCES sources(id),
    url        TEXT,
    title      TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX articles_source ON articles(source_id);

-- Writers lock the article's row (SELECT ... FOR UPDATE) before numbering its next version;
-- the unique (article_id, number) key backs that up.
CREATE TABLE versions (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   BIGINT NOT NULL REFERENCES articles(id),
    number       INTEGER NOT NULL,
    recorded_at  TEXT COLLATE "C" NOT NULL,
    published_at TEXT COLLATE "C",
    -- The time the version stands for: published_at when known, else recorded_at.
    at           TEXT COLLATE "C" NOT NULL,
    content_hash TEXT NOT NULL,
    raw          BYTEA NOT NULL,
    format       TEXT NOT NULL CHECK (format IN ('text', 'html')),
    encoding     TEXT,
    text         TEXT NOT NULL,
    lang         TEXT NOT NULL,
    title        TEXT,
    -- Whether the claims' lineage (status, previous_id, timeline rows) is written.
    linked       BOOLEAN NOT NULL DEFAULT false,
    UNIQUE (article_id, number)
);
CREATE INDEX versions_at ON versions(at);
CREATE INDEX versions_unlinked ON versions(article_id, number) WHERE NOT linked;

CREATE TABLE sentences (
    version_id BIGINT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    lang       TEXT NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (version_id, idx)
);

CREATE TABLE claims (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id   BIGINT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    ord          INTEGER NOT NULL,
    sentence_idx INTEGER NOT NULL,
    label        TEXT NOT NULL,
    value        DOUBLE PRECISION NOT NULL,
    value_max    DOUBLE PRECISION,
    qualifier    TEXT NOT NULL,
    unit         TEXT,
    subject      TEXT NOT NULL,
    -- Stemmed subject words, space-separated: what the diff engine aligns claims on.
    subject_key  TEXT NOT NULL,
    attribution  TEXT,
    surface      TEXT NOT NULL,
    start_char   INTEGER NOT NULL,
    end_char     INTEGER NOT NULL,
    -- Lineage: the status against the version before, and the claim of it this one continues.
    status       TEXT CHECK (status IN ('new', 'changed', 'unchanged')),
    previous_id  BIGINT
);
CREATE INDEX claims_version ON claims(version_id, ord);

CREATE TABLE claim_topics (
    topic    TEXT COLLATE "C" NOT NULL,
    claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    PRIMARY KEY (topic, claim_id)
);
CREATE INDEX claim_topics_claim ON claim_topics(claim_id);

-- User additions to the topic lexicon ("topic: term, term" lines), applied to every extraction.
CREATE TABLE topic_terms (
    id    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    lines TEXT NOT NULL
);

-- Per-topic, per-article summary kept in step with claims by every write, read by `topics`.
CREATE TABLE topic_articles (
    topic      TEXT COLLATE "C" NOT NULL,
    article_id BIGINT NOT NULL REFERENCES articles(id),
    source_id  BIGINT NOT NULL,
    claims     BIGINT NOT NULL,
    latest     TEXT COLLATE "C",
    PRIMARY KEY (topic, article_id)
);
CREATE INDEX topic_articles_article ON topic_articles(article_id);

-- One row per (topic, claim) entry of a topic's timeline (see SQLite's 0004_lineage.sql).
CREATE TABLE timeline (
    topic      TEXT COLLATE "C" NOT NULL,
    at         TEXT COLLATE "C" NOT NULL,
    version_id BIGINT NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    claim_id   BIGINT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('new', 'changed', 'unchanged', 'removed')),
    source_id  BIGINT NOT NULL,
    change_pct DOUBLE PRECISION,
    PRIMARY KEY (topic, at, version_id, claim_id)
);
CREATE INDEX timeline_version ON timeline(version_id);
CREATE INDEX timeline_source ON timeline(topic, source_id, at);
