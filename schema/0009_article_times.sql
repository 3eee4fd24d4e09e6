-- The latest time of each article without reading its versions' rows: the articles list
-- (`serve`'s front page, `log`) orders and filters articles by it. Measured on a
-- 100,000-version store: the front page scanned most of the versions table without it.
CREATE INDEX versions_article_at ON versions(article_id, at);
