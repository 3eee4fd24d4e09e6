-- claimdiff PostgreSQL schema 6: facts about the store itself, as SQLite's
-- schema/0013_store_meta.sql. `extractor` is the extractor version (src/extract/version.rs)
-- whose claims the store holds: a store without versions (a new one) gets this claimdiff's,
-- which the migration transaction sets as claimdiff.extractor_version; a store that already
-- holds versions was recorded by an older claimdiff and gets 0 until a complete `reindex`.
CREATE TABLE store_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO store_meta (key, value)
SELECT 'extractor',
       CASE WHEN EXISTS (SELECT 1 FROM versions) THEN '0'
            ELSE coalesce(current_setting('claimdiff.extractor_version', true), '0') END;
