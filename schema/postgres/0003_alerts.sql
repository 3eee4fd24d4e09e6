-- claimdiff PostgreSQL schema 3: the alert delivery ledger, as SQLite's schema/0008_alerts.sql.
-- One row per claim change and notification target, queued once and delivered once.
CREATE TABLE alert_deliveries (
    id BIGSERIAL PRIMARY KEY,
    change_id TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    delivered_at TEXT,
    last_error TEXT,
    UNIQUE (target, change_id)
);
CREATE INDEX alert_deliveries_pending ON alert_deliveries (target, id)
    WHERE delivered_at IS NULL;
-- How far each target's notifier has looked (the newest version whose changes it queued).
CREATE TABLE alert_cursors (
    target TEXT PRIMARY KEY,
    version_id BIGINT NOT NULL
);
