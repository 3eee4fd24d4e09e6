-- claimdiff schema 3: a per-topic, per-article summary kept in step with claims by every write
-- (record and reindex rewrite the rows of the articles they touch), so that `topics` reads a
-- few thousand rows instead of joining every claim.
CREATE TABLE topic_articles (
    topic      TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    source_id  INTEGER NOT NULL,
    claims     INTEGER NOT NULL,
    latest     TEXT,
    PRIMARY KEY (topic, article_id)
) WITHOUT ROWID;

INSERT INTO topic_articles (topic, article_id, source_id, claims, latest)
SELECT t.topic, v.article_id, a.source_id, count(*), max(v.at)
FROM claim_topics t
JOIN claims c ON c.id = t.claim_id
JOIN versions v ON v.id = c.version_id
JOIN articles a ON a.id = v.article_id
GROUP BY t.topic, v.article_id;
