-- claimdiff schema 4: claim lineage, stored when a version is written, so that history reads
-- statuses instead of diffing every version of every article on each query.
--
-- claims.status is the claim's status against the version before it in the same article
-- (new, changed, unchanged) as the diff engine aligned them, and previous_id the claim of that
-- version it continues. Versions recorded before this schema have linked = 0: claimdiff links
-- them (diffing each with the version before) the first time history needs them.
ALTER TABLE claims ADD COLUMN status TEXT CHECK (status IN ('new', 'changed', 'unchanged'));
ALTER TABLE claims ADD COLUMN previous_id INTEGER;
ALTER TABLE versions ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX versions_unlinked ON versions(article_id, number) WHERE linked = 0;

-- One row per (topic, claim) entry of a topic's timeline, at the time of the version it belongs
-- to: the claims of each version with their status, and, with status 'removed', the claims of
-- the version before that this version dropped (claim_id then names the older claim).
-- Keyed by topic and time, so "the latest entries on a topic" is one index range.
CREATE TABLE timeline (
    topic      TEXT NOT NULL,
    at         TEXT NOT NULL,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    claim_id   INTEGER NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('new', 'changed', 'unchanged', 'removed')),
    source_id  INTEGER NOT NULL,
    -- For 'changed' rows: how far the value moved, in percent of the previous value (null when
    -- that was zero), so that --min-change filters without reading claims.
    change_pct REAL,
    PRIMARY KEY (topic, at, version_id, claim_id)
) WITHOUT ROWID;
CREATE INDEX timeline_version ON timeline(version_id);
CREATE INDEX timeline_source ON timeline(topic, source_id, at);
