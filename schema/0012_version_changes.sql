-- claimdiff schema 12: how many claim changes each version has against the version before it
-- (claims added, changed and removed, as its stored lineage says), written with the lineage,
-- so that the articles list (`serve`'s front page) sums five numbers per article instead of
-- diffing every shown article's versions. A version whose lineage is not stored yet
-- (linked = 0) has no row; a first version has 0. Deleting a version deletes its row.
CREATE TABLE version_changes (
    version_id INTEGER PRIMARY KEY REFERENCES versions(id) ON DELETE CASCADE,
    changes    INTEGER NOT NULL
);

-- Existing linked versions, from their claims' lineage: the claims new or changed against
-- the version before, plus that version's claims none of them continues (removed).
INSERT INTO version_changes (version_id, changes)
SELECT v.id,
       CASE WHEN p.id IS NULL THEN 0 ELSE
           (SELECT count(*) FROM claims c
             WHERE c.version_id = v.id AND c.status IN ('new', 'changed'))
           + (SELECT count(*) FROM claims c WHERE c.version_id = p.id)
           - (SELECT count(*) FROM claims c
               WHERE c.version_id = v.id AND c.previous_id IS NOT NULL)
       END
FROM versions v
LEFT JOIN versions p ON p.article_id = v.article_id AND p.number = v.number - 1
WHERE v.linked = 1;
