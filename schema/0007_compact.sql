-- claimdiff schema 7: compact storage (src/store/sqlite/codec.rs says how texts are packed).
--
-- claim_fts goes: no read has used it since stemmed search (schema 5) replaced it, and it held
-- every claim's sentence a second time.
DROP TABLE claim_fts;

-- claim_stems keeps its index without a copy of the stems (contentless): search reads rowids
-- and ranks only; and it indexes each quoted sentence once, under its first claim's id (search
-- groups hits by sentence and reads all of its claims; claims go a version at a time). Rebuilt
-- from the sentences, with its insert trigger (the delete trigger of schema 5 stays as it is).
DROP TRIGGER claim_stems_insert;
DROP TABLE claim_stems;
CREATE VIRTUAL TABLE claim_stems USING fts5(
    stems,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claim_stems (rowid, stems)
SELECT min(c.id), claimdiff_stems(s.text)
FROM claims c JOIN sentences s ON s.version_id = c.version_id AND s.idx = c.sentence_idx
GROUP BY c.version_id, c.sentence_idx;

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

-- Sentences: the spans of all of a version's sentences in versions.spans (claimdiff_spans packs
-- them), and a sentence's text only where a claim quotes it or it is not the slice of its
-- version's text that its char offsets name (substr counts chars too).
ALTER TABLE versions ADD COLUMN spans BLOB;
UPDATE versions SET spans = (
    SELECT claimdiff_spans(s.idx, s.paragraph, s.start, s.end, s.lang ORDER BY s.idx)
    FROM sentences s WHERE s.version_id = versions.id
);
CREATE TABLE sentence_texts (
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (version_id, idx)
) WITHOUT ROWID;
INSERT INTO sentence_texts (version_id, idx, text)
SELECT s.version_id, s.idx, s.text FROM sentences s
WHERE EXISTS (
        SELECT 1 FROM claims c WHERE c.version_id = s.version_id AND c.sentence_idx = s.idx
    )
    OR s.text IS NOT (
        SELECT substr(v.text, s.start + 1, s.end - s.start) FROM versions v
        WHERE v.id = s.version_id
    );
DROP TABLE sentences;
ALTER TABLE sentence_texts RENAME TO sentences;

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

CREATE TRIGGER claim_stems_insert AFTER INSERT ON claims
WHEN NOT EXISTS (
    SELECT 1 FROM claims c
    WHERE c.version_id = new.version_id AND c.sentence_idx = new.sentence_idx AND c.id <> new.id
)
BEGIN
    INSERT INTO claim_stems (rowid, stems)
    SELECT new.id, claimdiff_stems(s.text)
    FROM sentences s WHERE s.version_id = new.version_id AND s.idx = new.sentence_idx;
END;
