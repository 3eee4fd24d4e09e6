-- claimdiff PostgreSQL schema 2: full-text search over claims (their sentence and subject).
--
-- Each claim's `search` vector is built when it is written, with the text-search configuration
-- of its sentence's language: claimdiff_en (English stemming) or claimdiff_es (Spanish), both
-- accent-folded through the `unaccent` extension (shipped with Debian's postgresql-15 and a
-- trusted extension: a database owner may create it). Where unaccent is not installable the
-- configurations fall back to plain english/spanish stemming (accents then count: "cafe" does
-- not find "café"). Queries are matched in both configurations.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'claimdiff: the unaccent extension is not available; search keeps accents';
    END;
    CREATE TEXT SEARCH CONFIGURATION claimdiff_en (COPY = pg_catalog.english);
    CREATE TEXT SEARCH CONFIGURATION claimdiff_es (COPY = pg_catalog.spanish);
    IF EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = 'unaccent') THEN
        ALTER TEXT SEARCH CONFIGURATION claimdiff_en
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        ALTER TEXT SEARCH CONFIGURATION claimdiff_es
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, spanish_stem;
    END IF;
END
$$;

-- The subject weighs more than the rest of the sentence in the ranking.
ALTER TABLE claims ADD COLUMN search tsvector NOT NULL DEFAULT ''::tsvector;
CREATE INDEX claims_search ON claims USING gin (search);
