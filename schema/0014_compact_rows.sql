-- claimdiff schema 14: smaller rows (issue 16: at most 3 KB a version in all).
--
-- Sentence texts go into each version's sentence blob (versions.spans, src/store/sqlite/codec.rs):
-- the texts a claim quotes (or that are not the slice of the version's text their offsets name)
-- were rows of the sentences table, 19% of the store on the storage bench. The blob is packed
-- like the version's text, against its key version's blob (base_id) when that is smaller: a
-- revision repeats most of its key's sentences. claimdiff_spans_texts and claimdiff_rebase are
-- the codec's, registered on every connection.
UPDATE versions SET spans = claimdiff_spans_texts(spans, (
    SELECT json_group_array(json_array(s.idx, s.text)) FROM sentences s
    WHERE s.version_id = versions.id
));
UPDATE versions SET spans = claimdiff_rebase(spans, (
    SELECT b.spans FROM versions b WHERE b.id = versions.base_id
))
WHERE base_id IS NOT NULL AND spans IS NOT NULL;
DROP TABLE sentences;

-- A lower-case hex content hash (claimdiff's SHA-256) as its 32 bytes instead of 64 chars;
-- the store reads it back as text (src/store/sqlite/columns.rs, hash_value and hash_text).
UPDATE versions SET content_hash = unhex(content_hash)
WHERE length(content_hash) > 0 AND lower(hex(unhex(content_hash))) = content_hash;

-- Topics by id: claim topics and the timeline repeated each topic's name in every row (and
-- the timeline in its key). Names are added as claims bring them and never removed.
CREATE TABLE topics (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
INSERT INTO topics (name) SELECT DISTINCT topic FROM claim_topics ORDER BY topic;
INSERT OR IGNORE INTO topics (name) SELECT DISTINCT topic FROM timeline ORDER BY topic;

-- Claims with small codes (src/store/sqlite/columns.rs names them): qualifier 0 exact,
-- 1 approx, 2 more_than, 3 at_least, 4 less_than, 5 at_most; status 0 new, 1 changed,
-- 2 unchanged (3 removed, in the timeline). The label without its subject when it is
-- "<head> <subject>" (label_subject = 1: the label is label || ' ' || subject), its usual
-- shape. 1,564 -> ~1,140 B a version on the storage bench.
CREATE TABLE claims_compact (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    sentence_idx  INTEGER NOT NULL,
    label         TEXT NOT NULL,
    label_subject INTEGER NOT NULL,
    value         REAL NOT NULL,
    value_max     REAL,
    qualifier     INTEGER NOT NULL,
    unit          TEXT,
    subject       TEXT NOT NULL,
    subject_key   TEXT NOT NULL,
    attribution   TEXT,
    surface       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    status        INTEGER,
    previous_id   INTEGER
);
INSERT INTO claims_compact (id, version_id, ord, sentence_idx, label, label_subject, value,
    value_max, qualifier, unit, subject, subject_key, attribution, surface, start, end, status,
    previous_id)
SELECT id, version_id, ord, sentence_idx,
    CASE WHEN split THEN substr(label, 1, length(label) - length(subject) - 1) ELSE label END,
    split, value, value_max,
    CASE qualifier WHEN 'approx' THEN 1 WHEN 'more_than' THEN 2 WHEN 'at_least' THEN 3
        WHEN 'less_than' THEN 4 WHEN 'at_most' THEN 5 ELSE 0 END,
    unit, subject, subject_key, attribution, surface, start, end,
    CASE status WHEN 'new' THEN 0 WHEN 'changed' THEN 1 WHEN 'unchanged' THEN 2 END,
    previous_id
FROM (
    SELECT *, length(label) > length(subject)
        AND substr(label, length(label) - length(subject)) = ' ' || subject AS split
    FROM claims
);

CREATE TABLE claim_topics_compact (
    claim_id INTEGER NOT NULL REFERENCES claims_compact(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL,
    PRIMARY KEY (claim_id, topic_id)
) WITHOUT ROWID;
INSERT INTO claim_topics_compact (claim_id, topic_id)
SELECT t.claim_id, p.id FROM claim_topics t JOIN topics p ON p.name = t.topic;

-- Dropping a table drops its triggers and indexes: the search row's delete trigger (schema 5)
-- and claims_version come back on the new table.
DROP TABLE claim_topics;
DROP TABLE claims;
ALTER TABLE claims_compact RENAME TO claims;
ALTER TABLE claim_topics_compact RENAME TO claim_topics;
CREATE INDEX claims_version ON claims(version_id, ord);
CREATE TRIGGER claim_stems_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_stems WHERE rowid = old.id;
END;

-- The timeline by topic id, with the status code, and its time as whole seconds since the
-- epoch (a time SQLite cannot read as 0): the key's 20-char times were a third of its bytes.
CREATE TABLE timeline_compact (
    topic_id   INTEGER NOT NULL,
    at         INTEGER NOT NULL,
    version_id INTEGER NOT NULL,
    claim_id   INTEGER NOT NULL,
    status     INTEGER NOT NULL,
    source_id  INTEGER NOT NULL,
    change_pct REAL,
    PRIMARY KEY (topic_id, at, version_id, claim_id)
) WITHOUT ROWID;
INSERT INTO timeline_compact (topic_id, at, version_id, claim_id, status, source_id, change_pct)
SELECT p.id, coalesce(unixepoch(t.at), 0), t.version_id, t.claim_id,
    CASE t.status WHEN 'new' THEN 0 WHEN 'changed' THEN 1 WHEN 'unchanged' THEN 2 ELSE 3 END,
    t.source_id, t.change_pct
FROM timeline t JOIN topics p ON p.name = t.topic
ORDER BY 1, 2, t.version_id, t.claim_id;
DROP TABLE timeline;
ALTER TABLE timeline_compact RENAME TO timeline;
