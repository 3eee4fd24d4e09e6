-- A sentence's stems are indexed with its first claim. Claims are inserted in reading order
-- (`ord`), so "the first claim of its sentence" is "the claim before it (by ord) is of another
-- sentence": one index probe on claims(version_id, ord), where 0007's condition scanned every
-- claim of the version (quadratic: a 10 MB text with tens of thousands of claims took 38 s).
DROP TRIGGER claim_stems_insert;
CREATE TRIGGER claim_stems_insert AFTER INSERT ON claims
WHEN NOT EXISTS (
    SELECT 1 FROM claims c
    WHERE c.version_id = new.version_id AND c.ord = new.ord - 1
      AND c.sentence_idx = new.sentence_idx
)
BEGIN
    INSERT INTO claim_stems (rowid, stems)
    SELECT new.id, claimdiff_stems(s.text)
    FROM sentences s WHERE s.version_id = new.version_id AND s.idx = new.sentence_idx;
END;
