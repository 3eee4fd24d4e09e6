-- claimdiff schema 11: the topic timeline without its two secondary indexes (issue 16: they
-- were two thirds of its bytes, ~110 B a claim, since an index of a WITHOUT ROWID table repeats
-- the whole key).
--
-- timeline_version served only deletes by version: those now find a version's rows on the
-- primary key, by each topic the timeline holds (a skip over the topics, a few dozen probes)
-- at the version's time (record.rs, delete_timeline). timeline_source served `history
-- --source`: the source now filters the topic's range of the key (measured on the
-- 1,000,000-claim store by scripts/scale-bench.sh). The reference to versions goes with them:
-- its ON DELETE CASCADE looked rows up by version_id (a scan of the table without the index),
-- and every path that deletes a version deletes its timeline rows first.
CREATE TABLE timeline_slim (
    topic      TEXT NOT NULL,
    at         TEXT NOT NULL,
    version_id INTEGER NOT NULL,
    claim_id   INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('new', 'changed', 'unchanged', 'removed')),
    source_id  INTEGER NOT NULL,
    change_pct REAL,
    PRIMARY KEY (topic, at, version_id, claim_id)
) WITHOUT ROWID;
INSERT INTO timeline_slim (topic, at, version_id, claim_id, status, source_id, change_pct)
SELECT topic, at, version_id, claim_id, status, source_id, change_pct FROM timeline
ORDER BY topic, at, version_id, claim_id;
DROP TABLE timeline;
ALTER TABLE timeline_slim RENAME TO timeline;

-- The stemmed search rows are written by the store with the claims (record.rs,
-- write_extraction), not by this trigger: it made every claim insert a statement transaction,
-- at each of which FTS5 flushed its pending terms into a new segment (perf on an import: a
-- fifth of the writer's time went to those flushes and the merges they caused).
DROP TRIGGER claim_stems_insert;
