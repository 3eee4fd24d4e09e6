-- claimdiff PostgreSQL schema 4: indexes for the read paths measured on the generated
-- 100,000-version store (scripts/pg-scale-bench.sh).
--
-- The topic timeline's entries without the `unchanged` ones (what `history` shows by
-- default), in time order, with what its filters read.
--
-- history --topic reads the latest 50 entries and counts all of them. On the generated
-- 100,000-version store a topic has ~56,000 timeline rows of which ~34,000 are `unchanged`:
-- through the primary key PostgreSQL read every row of the topic from the table to test its
-- status (a bitmap scan, then a sort of the survivors). This index holds only the entries
-- shown, ordered as the query orders them, and carries the status, source and size of change,
-- so the count and the --source and --min-change filters are index-only scans and the latest
-- entries are its first rows.
CREATE INDEX timeline_changes ON timeline (topic, at DESC, version_id DESC, claim_id DESC)
    INCLUDE (status, source_id, change_pct)
    WHERE status <> 'unchanged';

-- Each article's version count and latest time from the index alone (as SQLite's 0009): the
-- articles list (`log`, serve's front page) read all 100,000 version rows, text included,
-- from the table (555 ms; 120 ms from this index).
CREATE INDEX versions_article_at ON versions (article_id, at);
