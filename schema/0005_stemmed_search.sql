-- claimdiff schema 5: stemmed search. Each claim's sentence as the English and Spanish stems of
-- its words, accent-folded (claimdiff_stems, a function every connection registers), so that
-- "tariff" finds "tariffs" and "aranceles" finds "arancel"; rowid is the claim id. Filled here
-- for the claims already stored; triggers keep it in step with the claims table.
CREATE VIRTUAL TABLE claim_stems USING fts5(
    stems,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO claim_stems (rowid, stems)
SELECT c.id, claimdiff_stems(s.text)
FROM claims c JOIN sentences s ON s.version_id = c.version_id AND s.idx = c.sentence_idx;

CREATE TRIGGER claim_stems_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claim_stems (rowid, stems)
    SELECT new.id, claimdiff_stems(s.text)
    FROM sentences s WHERE s.version_id = new.version_id AND s.idx = new.sentence_idx;
END;

CREATE TRIGGER claim_stems_delete AFTER DELETE ON claims BEGIN
    DELETE FROM claim_stems WHERE rowid = old.id;
END;
