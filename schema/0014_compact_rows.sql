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
