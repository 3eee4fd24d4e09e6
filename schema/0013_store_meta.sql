-- claimdiff schema 13: facts about the store itself, as key/value rows. `extractor` is the
-- extractor version (src/extract/version.rs) whose claims the store holds: a store that holds
-- no version yet (a new one) gets this claimdiff's, through the SQL function
-- claimdiff_extractor_version() every connection has; a store that already holds versions was
-- recorded by an older claimdiff and gets 0 (older than any numbered extractor) until a
-- complete `reindex` re-extracts it.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO store_meta (key, value)
SELECT 'extractor',
       CASE WHEN EXISTS (SELECT 1 FROM versions) THEN '0'
            ELSE CAST(claimdiff_extractor_version() AS TEXT) END;
