-- claimdiff schema 15: a version's claims found by their ids, without an index, and the texts
-- claims repeat kept once (issue 16: at most 3 KB a version in all).
--
-- A version's claims are written together (src/store/sqlite/record.rs, write_extraction), so
-- their ids are one run: the version row holds the first and the last (NULL without claims),
-- and a read walks that range of the claims table's rowids, keeping the rows of the version
-- (`c.id BETWEEN v.claims_first AND v.claims_last AND c.version_id = v.id`: right even for a
-- run that is not contiguous). The index claims_version(version_id, ord) goes: 127 B a
-- version on the storage bench, 4% of a store.
ALTER TABLE versions ADD COLUMN claims_first INTEGER;
ALTER TABLE versions ADD COLUMN claims_last INTEGER;
UPDATE versions SET
    claims_first = (SELECT min(c.id) FROM claims c WHERE c.version_id = versions.id),
    claims_last = (SELECT max(c.id) FROM claims c WHERE c.version_id = versions.id);

-- Subjects, their keys and attributions by id: a revision repeats most of its claims, and an
-- outlet its attributions, with the same texts (a third of a claim row's bytes). Each text is
-- kept once (claim_strings), added as claims bring it and never removed; NULL stays NULL.
CREATE TABLE claim_strings (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO claim_strings (text)
SELECT subject FROM claims UNION SELECT subject_key FROM claims
UNION SELECT attribution FROM claims WHERE attribution IS NOT NULL;

-- Claims again, without the reference to versions: with it, deleting a version looked its
-- claims up by version_id (ON DELETE CASCADE), a scan of the table without the index. Every
-- path that deletes a version deletes its claims first, by their range. Claim topics are
-- copied with them (they reference claims, and dropping claims would empty them).
CREATE TABLE claims_ranged (
    id            INTEGER PRIMARY KEY,
    version_id    INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    sentence_idx  INTEGER NOT NULL,
    label         TEXT NOT NULL,
    label_subject INTEGER NOT NULL,
    value         REAL NOT NULL,
    value_max     REAL,
    qualifier     INTEGER NOT NULL,
    unit          TEXT,
    subject_id    INTEGER NOT NULL,
    key_id        INTEGER NOT NULL,
    attribution_id INTEGER,
    surface       TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    status        INTEGER,
    previous_id   INTEGER
);
INSERT INTO claims_ranged (id, version_id, ord, sentence_idx, label, label_subject, value,
    value_max, qualifier, unit, subject_id, key_id, attribution_id, surface, start, end, status,
    previous_id)
SELECT id, version_id, ord, sentence_idx, label, label_subject, value, value_max, qualifier,
    unit, (SELECT s.id FROM claim_strings s WHERE s.text = c.subject),
    (SELECT s.id FROM claim_strings s WHERE s.text = c.subject_key),
    (SELECT s.id FROM claim_strings s WHERE s.text = c.attribution),
    surface, start, end, status, previous_id
FROM claims c ORDER BY id;

CREATE TABLE claim_topics_ranged (
    claim_id INTEGER NOT NULL REFERENCES claims_ranged(id) ON DELETE CASCADE,
    topic_id INTEGER NOT NULL,
    PRIMARY KEY (claim_id, topic_id)
) WITHOUT ROWID;
INSERT INTO claim_topics_ranged (claim_id, topic_id)
SELECT claim_id, topic_id FROM claim_topics ORDER BY claim_id, topic_id;

-- Dropping claims drops its index claims_version and the search rows' delete trigger, which
-- comes back on the new table.
DROP TABLE claim_topics;
DROP TABLE claims;
ALTER TABLE claims_ranged RENAME TO claims;
ALTER TABLE claim_topics_ranged RENAME TO claim_topics;
CREATE TRIGGER claim_stems_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_stems WHERE rowid = old.id;
END;
