-- claimdiff schema 7: compact storage (src/store/sqlite/codec.rs says how texts are packed).
--
-- claim_fts goes: no read has used it since stemmed search (schema 5) replaced it, and it held
-- every claim's sentence a second time.
DROP TABLE claim_fts;

-- claim_stems keeps its index without a copy of the stems (contentless): search reads rowids
-- and ranks only. Rebuilt from the sentences, with its triggers.
DROP TRIGGER claim_stems_insert;
DROP TRIGGER claim_stems_delete;
DROP TABLE claim_stems;
CREATE VIRTUAL TABLE claim_stems USING fts5(
    stems,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claim_stems (rowid, stems)
SELECT c.id, claimdiff_stems(s.text)
FROM claims c JOIN sentences s ON s.version_id = c.version_id AND s.idx = c.sentence_idx;

-- Texts packed: body is the normalised text, zstd-compressed, as a delta against the key
-- version base_id (the article's first version here) when that is smaller; input is the input
-- as given, NULL when it is the normalised text byte for byte (claimdiff_pack and
-- claimdiff_is_delta are the codec's, registered on every connection).
ALTER TABLE versions ADD COLUMN body BLOB;
ALTER TABLE versions ADD COLUMN base_id INTEGER REFERENCES versions(id);
ALTER TABLE versions ADD COLUMN input BLOB;
UPDATE versions SET base_id = (
    SELECT k.id FROM versions k WHERE k.article_id = versions.article_id ORDER BY k.number LIMIT 1
);
UPDATE versions SET base_id = NULL WHERE base_id = id;
UPDATE versions SET
    body = claimdiff_pack(text, (SELECT b.text FROM versions b WHERE b.id = versions.base_id)),
    input = CASE WHEN raw = CAST(text AS BLOB) THEN NULL ELSE claimdiff_pack(raw, text) END;
UPDATE versions SET base_id = NULL WHERE base_id IS NOT NULL AND NOT claimdiff_is_delta(body);

-- A sentence's text only where a claim quotes it or it is not the slice of its version's text
-- that its char offsets name (substr counts chars too); readers fill in the others.
CREATE TABLE sentences_packed (
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    lang       TEXT NOT NULL,
    text       TEXT,
    PRIMARY KEY (version_id, idx)
) WITHOUT ROWID;
INSERT INTO sentences_packed (version_id, idx, paragraph, start, end, lang, text)
SELECT s.version_id, s.idx, s.paragraph, s.start, s.end, s.lang,
    CASE WHEN EXISTS (
            SELECT 1 FROM claims c WHERE c.version_id = s.version_id AND c.sentence_idx = s.idx
        )
        OR s.text IS NOT (
            SELECT substr(v.text, s.start + 1, s.end - s.start) FROM versions v
            WHERE v.id = s.version_id
        )
    THEN s.text END
FROM sentences s;
DROP TABLE sentences;
ALTER TABLE sentences_packed RENAME TO sentences;

-- Claim topics keyed by claim first: every read looks topics up by claim (the timeline and
-- the topic summary carry the topic-first paths), so the second index goes.
CREATE TABLE claim_topics_by_claim (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    topic    TEXT NOT NULL,
    PRIMARY KEY (claim_id, topic)
) WITHOUT ROWID;
INSERT INTO claim_topics_by_claim (claim_id, topic) SELECT claim_id, topic FROM claim_topics;
DROP TABLE claim_topics;
ALTER TABLE claim_topics_by_claim RENAME TO claim_topics;

ALTER TABLE versions DROP COLUMN raw;
ALTER TABLE versions DROP COLUMN text;

CREATE TRIGGER claim_stems_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_stems (rowid, stems)
    SELECT new.id, claimdiff_stems(s.text)
    FROM sentences s WHERE s.version_id = new.version_id AND s.idx = new.sentence_idx;
END;

CREATE TRIGGER claim_stems_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_stems WHERE rowid = old.id;
END;
